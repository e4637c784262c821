"""Insider-trading and adviser/broker templates (securities_regulation): Section 16(b) short-swing profit, Form 4
deadlines, Rule 10b5-1 cooling-off periods, SEC versus state adviser registration, performance fees for qualified
clients and churning ratios."""

from __future__ import annotations

import random
from datetime import date, timedelta

from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import (
    add_business_days,
    company,
    full_name,
    long_date,
    md_table,
    pct_value,
    random_date,
    short_date,
)

# Section 16(b), Exchange Act: profit from any purchase and sale (or sale and purchase) within less than six months
# by an officer, director or >10% holder is recoverable by the issuer; courts match lowest-price purchases with
# highest-price sales (Smolowe v. Delendo Corp., 2d Cir. 1943) to extract the maximum profit. Gifts are exempt
# (Rule 16b-5).
FORM4_BUSINESS_DAYS = 2  # Exchange Act §16(a)(2)(C)
# Rule 10b5-1(c)(1)(ii)(B) (2022 amendments): directors and officers wait the later of 90 days after adoption or two
# business days after the 10-Q/10-K for the quarter of adoption, capped at 120 days; other persons 30 days.
COOLING_OFF_DAYS, COOLING_OFF_CAP, COOLING_OFF_OTHERS = 90, 120, 30
# Advisers Act §203A and Rule 203A-1: register with the SEC at $110M of regulatory AUM (may at $100M); an SEC
# registrant need not withdraw unless RAUM falls below $90M.
SEC_MAY, SEC_MUST, SEC_STAY = 100_000_000, 110_000_000, 90_000_000
# Rule 205-3(d)(1) qualified client (amounts as adjusted by SEC order effective Aug 16, 2021): at least $1,100,000
# managed by the adviser right after contracting, or net worth (with spouse) over $2,200,000 excluding the home.
QC_AUM, QC_NET_WORTH = 1_100_000, 2_200_000


def short_swing_profit(trades: list[tuple[str, int, float]]) -> tuple[float, list[tuple[int, float, float]]]:
    """Maximum 16(b) profit when every purchase can be matched with every sale (all within six months): the lowest
    purchases against the highest sales while the sale price exceeds the purchase price."""
    buys = sorted([[n, p] for side, n, p in trades if side == "buy"], key=lambda x: x[1])
    sells = sorted([[n, p] for side, n, p in trades if side == "sell"], key=lambda x: -x[1])
    profit, pairs, i, j = 0.0, [], 0, 0
    while i < len(buys) and j < len(sells) and sells[j][1] > buys[i][1]:
        qty = min(buys[i][0], sells[j][0])
        profit += qty * (sells[j][1] - buys[i][1])
        pairs.append((int(qty), float(buys[i][1]), float(sells[j][1])))
        buys[i][0] -= qty
        sells[j][0] -= qty
        i += buys[i][0] == 0
        j += sells[j][0] == 0
    return round(profit, 2), pairs


def _window_trades(rng: random.Random, start: date, k: int) -> list[tuple[date, str, int, float]]:
    """``k`` open-market trades within 150 days of ``start`` (so any purchase can match any sale)."""
    base = pick(rng, 8, 150, 0.25)
    sides = ["buy", "sell"] + [rng.choice(("buy", "sell")) for _ in range(k - 2)]
    rng.shuffle(sides)
    days = sorted(rng.sample(range(0, 151), k))
    out = []
    for d, side in zip(days, sides, strict=True):
        day = start + timedelta(days=d)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        out.append((day, side, int(pick(rng, 500, 20_000, 100)), round(base * pick(rng, 0.7, 1.4, 0.01), 2)))
    return sorted(out)


def _pairs_text(pairs: list[tuple[int, float, float]]) -> list[str]:
    return [f"- {num(q, 0)} sh: bought {money(b)}, sold {money(s)} → {num(q, 0)} × {money(s - b)} = "
            f"{money(q * (s - b))}" for q, b, s in pairs]


def t_short_swing(rng: random.Random) -> Draft:
    """Section 16(b) disgorgement for four to six trades inside one six-month window."""
    co, who = company(rng), full_name(rng)
    role = rng.choice(("a director", "the chief marketing officer", "a 15% shareholder", "the CFO", "the CTO"))
    profit = 0.0
    while profit <= 0:
        trades = _window_trades(rng, random_date(rng, date(2023, 1, 2), 800), rng.randint(4, 6))
        profit, pairs = short_swing_profit([(s, n, p) for _, s, n, p in trades])
    data = md_table(["Date", "Trade", "Shares", "Price"],
                    [[short_date(d), s, num(n, 0), money(p)] for d, s, n, p in trades])
    instruction = rng.choice((
        f"{who}, {role} of {co}, made the open-market trades below. How much short-swing profit can {co} recover "
        "under Section 16(b)?",
        f"Compute the Section 16(b) liability of {role} of {co} for these trades (all within six months).",
        f"A shareholder demands that {co} sue {who} ({role}) under Section 16(b). What is the recoverable profit?",
    ))
    lines = ["All trades fall within less than six months, so any purchase can be matched with any sale. Courts match "
             "the lowest purchase prices with the highest sale prices (Smolowe), share for share, and ignore losses:",
             *(_pairs_text(pairs) or ["- no sale was above any purchase price"]),
             f"Recoverable profit = {money(profit)} (intent and net trading losses are irrelevant).",
             f"Answer: {money(profit)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="insider_trading",
                 difficulty="hard", template="insider.short_swing",
                 params={"trades": [[d.isoformat(), s, n, p] for d, s, n, p in trades], "answer": profit})


def t_short_swing_full(rng: random.Random) -> Draft:
    """16(b) with an out-of-window purchase and an exempt gift, plus each trade's Form 4 deadline."""
    co, who = company(rng), full_name(rng)
    profit = 0.0
    while profit <= 0:
        trades = _window_trades(rng, random_date(rng, date(2023, 6, 1), 700), rng.randint(5, 7))
        profit, pairs = short_swing_profit([(s, n, p) for _, s, n, p in trades])
    first_sale = min(d for d, s, _, _ in trades if s == "sell")
    early = first_sale - timedelta(days=rng.randint(195, 330))
    while early.weekday() >= 5:
        early -= timedelta(days=1)
    early_trade = (early, "buy", int(pick(rng, 1_000, 30_000, 100)), round(trades[0][3] * pick(rng, 0.4, 0.8, 0.01), 2))
    gift_day = trades[-1][0] - timedelta(days=rng.randint(1, 20))
    while gift_day.weekday() >= 5:
        gift_day -= timedelta(days=1)
    gift = (gift_day, "gift", int(pick(rng, 500, 5_000, 100)), 0.0)
    everything = sorted([*trades, early_trade, gift])
    rows = [[short_date(d), s, num(n, 0), money(p) if s != "gift" else "—",
             short_date(add_business_days(d, FORM4_BUSINESS_DAYS))] for d, s, n, p in everything]
    data = md_table(["Date", "Transaction", "Shares", "Price"], [r[:4] for r in rows])
    instruction = rng.choice((
        f"{who} is an officer and director of {co}. Using the transactions below (the gift went to a charity), "
        "determine the Form 4 deadline for each transaction and the profit recoverable under Section 16(b).",
        f"Section 16 review for {who}, director of {co}: list the Form 4 due dates and compute the short-swing "
        "profit the company can recover from these transactions.",
    ))
    lines = [md_table(["Date", "Transaction", "Shares", "Price", "Form 4 due"], rows),
             "Form 4: within 2 business days after each transaction (weekends and federal holidays skipped).",
             f"The {short_date(early)} purchase is more than six months before every sale, so it cannot be matched; "
             "the gift is not a purchase or sale (Rule 16b-5).",
             "Within the window, match the lowest purchases with the highest sales:",
             *(_pairs_text(pairs) or ["- no profitable match"]),
             f"Recoverable profit = {money(profit)}; the issuer (or a shareholder on its behalf) must sue within two "
             "years of the profit.",
             f"Answer: {money(profit)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="insider_trading",
                 difficulty="extremely_complex", template="insider.short_swing_full",
                 params={"trades": [[d.isoformat(), s, n, p] for d, s, n, p in everything], "answer": profit})


def cooling_off_end(adopted: date, filed: date, officer: bool) -> date:
    """End of the Rule 10b5-1 cooling-off period."""
    if not officer:
        return adopted + timedelta(days=COOLING_OFF_OTHERS)
    later = max(adopted + timedelta(days=COOLING_OFF_DAYS), add_business_days(filed, 2))
    return min(later, adopted + timedelta(days=COOLING_OFF_CAP))


def t_cooling_off(rng: random.Random) -> Draft:
    """When trading under a new Rule 10b5-1 plan may start, for an officer or director or another employee."""
    co, who = company(rng), full_name(rng)
    adopted = random_date(rng, date(2024, 1, 2), 700)
    officer = rng.random() < 0.7
    q_end = date(adopted.year, 3 * ((adopted.month - 1) // 3 + 1), 1)
    q_end = date(q_end.year + (q_end.month == 12), q_end.month % 12 + 1, 1) - timedelta(days=1)
    report = "10-K" if q_end.month == 12 else "10-Q"
    filed = random_date(rng, q_end + timedelta(days=(50 if report == "10-K" else 25)),
                        25 if report == "10-K" else 19)
    end = cooling_off_end(adopted, filed, officer)
    role = rng.choice(("the CEO", "a director", "the general counsel", "the CFO")) if officer else \
        rng.choice(("a senior engineer", "a regional sales manager", "a non-officer employee"))
    instruction = rng.choice((
        f"{who}, {role} of {co}, adopts a Rule 10b5-1 trading plan on {long_date(adopted)}. {co} files its {report} "
        f"for the quarter ended {short_date(q_end)} on {long_date(filed)}. When does the cooling-off period end?",
        f"Rule 10b5-1 plan adopted {short_date(adopted)} by {role} of {co}; the {report} covering that quarter "
        f"(ended {short_date(q_end)}) is filed {short_date(filed)}. On what date does the cooling-off period expire?",
    ))
    if officer:
        a90, b2, cap = (adopted + timedelta(days=COOLING_OFF_DAYS), add_business_days(filed, 2),
                        adopted + timedelta(days=COOLING_OFF_CAP))
        lines = ["Directors and officers: the later of 90 days after adoption or 2 business days after the 10-Q/10-K "
                 "for the quarter of adoption, but never more than 120 days (Rule 10b5-1(c)(1)(ii)(B)).",
                 f"90 days after adoption: {long_date(a90)}", f"2 business days after the {report}: {long_date(b2)}",
                 f"Later date: {long_date(max(a90, b2))}; 120-day cap: {long_date(cap)}"]
    else:
        lines = ["Persons other than the issuer, directors and officers: 30 days after adoption.",
                 f"{long_date(adopted)} + 30 days = {long_date(end)}"]
    lines += ["Trades may begin once the cooling-off period has run.", f"Answer: {long_date(end)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="insider_trading",
                 difficulty="medium" if officer else "easy", template="insider.cooling_off",
                 params={"adopted": adopted.isoformat(), "filed": filed.isoformat(), "officer": officer,
                         "answer": end.isoformat()})


ACCOUNT_KINDS = (("discretionary", True), ("non-discretionary with continuous and regular supervision", True),
                 ("one-time financial plan only", False), ("hourly consulting, no ongoing supervision", False))


def t_adviser_registration(rng: random.Random) -> Draft:
    """Regulatory assets under management and whether the adviser registers with the SEC or the state."""
    firm = f"{company(rng).split()[0]} Wealth Partners"
    k = rng.randint(4, 7)
    scale = rng.choice((10_000_000, 25_000_000, 40_000_000))
    accounts = [(rng.choice(ACCOUNT_KINDS), pick(rng, 0.1, 1.0, 0.01) * scale) for _ in range(k)]
    raum = sum(v for (_, counts), v in accounts if counts)
    registered = rng.random() < 0.3
    if registered:
        verdict = "stays SEC-registered" if raum >= SEC_STAY else "must withdraw to state registration"
    else:
        verdict = ("must register with the SEC" if raum >= SEC_MUST else "may register with the SEC or the state"
                   if raum >= SEC_MAY else "registers with its state (generally)")
    data = md_table(["Account group", "Service", "Value"],
                    [[f"Group {i + 1}", kind, money(v, False)] for i, ((kind, _), v) in enumerate(accounts)])
    status = "already SEC-registered" if registered else "currently state-registered"
    instruction = rng.choice((
        f"{firm} ({status}) is preparing its annual Form ADV update. Compute its regulatory assets under management "
        "from the accounts below and say where it must be registered.",
        f"What is {firm}'s RAUM, and does it register with the SEC or its state? The firm is {status}.",
    ))
    lines = ["RAUM counts securities portfolios receiving continuous and regular supervisory or management services "
             "(discretionary, or non-discretionary with ongoing supervision); one-off plans and consulting do not.",
             f"RAUM = {' + '.join(money(v, False) for (_, c), v in accounts if c) or '$0'} = {money(raum, False)}",
             f"Thresholds (Rule 203A-1): may register with the SEC from $100M, must at $110M; an SEC registrant stays "
             f"until RAUM falls below $90M. → {firm} {verdict}.", f"Answer: {money(raum, False)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="investment_advisers_brokers",
                 difficulty="medium", template="insider.adviser_registration",
                 params={"accounts": [[kind, counts, v] for (kind, counts), v in accounts], "registered": registered,
                         "answer": round(raum)})


def t_performance_fee(rng: random.Random) -> Draft:
    """Qualified-client test for a performance fee, then the fee over a high-water mark."""
    name = full_name(rng)
    aum = pick(rng, 300_000, 3_000_000, 10_000)
    nw = pick(rng, 800_500, 4_000_500, 1_000)
    home = pick(rng, 300_000, 2_500_000, 10_000)
    incl_home = rng.random() < 0.5
    stated_nw = nw + home if incl_home else nw
    rate = rng.choice((0.10, 0.15, 0.20))
    hwm = round(aum * pick(rng, 1.0, 1.25, 0.01), -2)
    end = round(hwm * pick(rng, 0.92, 1.3, 0.01), -2)
    qualified = aum >= QC_AUM or nw > QC_NET_WORTH
    fee = round(rate * max(0.0, end - hwm), 2) if qualified else 0.0
    nw_text = (f"a net worth of {money(stated_nw, False)} including a {money(home, False)} home (no mortgage)"
               if incl_home else f"a net worth of {money(nw, False)} excluding the home")
    instruction = rng.choice((
        f"{name} will place {money(aum, False)} with an adviser and has {nw_text}. The adviser proposes a "
        f"{pct(rate)} performance fee on gains above a high-water mark of {money(hwm, False)}. The account ends the "
        f"year at {money(end, False)}. Is {name} a qualified client, and what fee may be charged?",
        f"Performance-fee check: client assets with the adviser {money(aum, False)}; {nw_text}. Fee: {pct(rate)} of "
        f"the value above the {money(hwm, False)} high-water mark; year-end value {money(end, False)}.",
    ))
    lines = [f"Qualified client (Rule 205-3): at least {money(QC_AUM, False)} managed by the adviser, or net worth "
             f"over {money(QC_NET_WORTH, False)} excluding the primary residence.",
             f"Assets with the adviser {money(aum, False)} → {'meets' if aum >= QC_AUM else 'fails'} the AUM test.",
             (f"Net worth excluding the home = {money(stated_nw, False)} − {money(home, False)} = {money(nw, False)}"
              if incl_home else f"Net worth excluding the home = {money(nw, False)}")
             + f" → {'meets' if nw > QC_NET_WORTH else 'fails'} the net-worth test.",
             ]
    if qualified:
        lines.append(f"Qualified: fee = {pct(rate)} × max(0, {money(end, False)} − {money(hwm, False)}) = {money(fee)}")
    else:
        lines.append("Not a qualified client: Advisers Act §205(a)(1) bars the performance fee; only an asset-based "
                     "or fixed fee may be charged, so the performance fee is $0.00.")
    lines.append(f"Answer: {money(fee)}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="investment_advisers_brokers",
                 difficulty="hard", template="insider.performance_fee",
                 params={"aum": aum, "net_worth_ex_home": nw, "rate": rate, "hwm": hwm, "end": end,
                         "qualified": qualified, "answer": fee})


def t_churning(rng: random.Random) -> Draft:
    """Annualized turnover and cost-equity ratios for a brokerage account under review for excessive trading."""
    months = rng.choice((6, 9, 12, 18))
    equity = pick(rng, 40_000, 2_000_000, 1_000)
    purchases = equity * pick(rng, 0.5, 8.0, 0.05) * months / 12
    costs = equity * pick(rng, 0.01, 0.35, 0.0025) * months / 12
    purchases, costs = round(purchases, -2), round(costs, 2)
    turnover = purchases / equity * 12 / months
    ce = costs / equity * 12 / months
    rep = full_name(rng)
    instruction = rng.choice((
        f"A FINRA examiner reviews {rep}'s handling of a customer account over {months} months: average equity "
        f"{money(equity, False)}, total purchases {money(purchases, False)}, commissions and fees {money(costs)}. "
        "What are the annualized turnover rate and cost-equity ratio?",
        f"Quantitative suitability check ({months}-month period): average account equity {money(equity, False)}, "
        f"purchases {money(purchases, False)}, trading costs {money(costs)}. Compute the annualized cost-equity ratio.",
    ))
    flag = turnover > 6 or ce > 0.20
    lines = [f"Annualized turnover = purchases / average equity × 12/{months} = {money(purchases, False)} / "
             f"{money(equity, False)} × {num(12 / months, 4)} = {num(turnover, 2)}",
             f"Annualized cost-equity ratio = costs / average equity × 12/{months} = {pct(ce)} (the return needed just "
             "to break even)",
             ("These exceed the levels (turnover above 6, cost-equity above 20%) that FINRA and SEC decisions often "
              "treat as indicating excessive trading under Rule 2111's quantitative suitability obligation."
              if flag else "Below the levels (turnover 6, cost-equity 20%) usually cited as indicating churning; "
              "control and the customer's profile still matter."),
             f"Answer: {pct(ce)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="investment_advisers_brokers",
                 difficulty="medium", template="insider.churning",
                 params={"months": months, "equity": equity, "purchases": purchases, "costs": costs,
                         "turnover": round(turnover, 2), "answer": pct_value(ce)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_short_swing, 2.5), (t_short_swing_full, 2.75), (t_cooling_off, 2.25), (t_adviser_registration, 1.25),
    (t_performance_fee, 1.5), (t_churning, 1.25),
]
