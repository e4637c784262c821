"""Fintech templates (payments, digital_assets, robo_advisors): card-acceptance fees and pricing models, Regulation
II debit caps, crypto cost basis (FIFO versus specific identification) with tax, stablecoin reserve coverage,
tax-loss harvesting with the wash-sale rule, and robo-adviser fee comparisons."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tools.calc import tvm
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import company, full_name, md_table, pct_value, random_date, short_date

# Regulation II (12 CFR 235.3, 235.4) debit interchange cap for covered issuers as set in 2011: 21 cents + 0.05% of
# the transaction, plus a 1-cent fraud-prevention adjustment.
REG_II_BASE, REG_II_AD_VALOREM, REG_II_FRAUD = 0.21, 0.0005, 0.01
CAPITAL_LOSS_LIMIT = 3_000  # IRC §1211(b): net capital loss deductible against ordinary income ($1,500 if MFS)
WASH_SALE_DAYS = 30  # IRC §1091: substantially identical purchase within 30 days before or after the sale


def t_card_fees(rng: random.Random) -> Draft:
    """Merchant fee on a card sale (easy) or a regulated debit-card cap versus an exempt issuer's rate (medium)."""
    merchant = company(rng)
    if rng.random() < 0.5:
        amount = pick(rng, 5, 2_500, 0.01)
        ic_pct, ic_fix = pick(rng, 0.015, 0.026, 0.0001), pick(rng, 0.05, 0.15, 0.05)
        assess, markup, markup_fix = pick(rng, 0.0012, 0.0015, 0.0001), pick(rng, 0.001, 0.005, 0.0005), \
            pick(rng, 0.05, 0.15, 0.05)
        fee = amount * (ic_pct + assess + markup) + ic_fix + markup_fix
        instruction = rng.choice((
            f"{merchant} takes a {money(amount)} credit-card payment. Interchange is {pct(ic_pct)} + {money(ic_fix)}, "
            f"the network assessment {pct(assess)}, and the processor adds {pct(markup)} + {money(markup_fix)}. "
            "What does the merchant pay, and what is deposited?",
            f"Card processing cost on a {money(amount)} sale: interchange {pct(ic_pct)} + {money(ic_fix)}; network "
            f"{pct(assess)}; processor markup {pct(markup)} + {money(markup_fix)}. Total fee?"))
        lines = [f"Interchange = {pct(ic_pct)} × {money(amount)} + {money(ic_fix)} = {money(amount * ic_pct + ic_fix)}",
                 f"Assessment = {pct(assess)} × {money(amount)} = {money(amount * assess)}",
                 f"Processor = {pct(markup)} × {money(amount)} + {money(markup_fix)} = "
                 f"{money(amount * markup + markup_fix)}",
                 f"Total = {money(fee)} ({pct(fee / amount)} effective); deposited {money(amount - fee)}",
                 f"Answer: {money(fee)}"]
        return Draft(instruction=instruction, output="\n".join(lines), domain="payments", difficulty="easy",
                     template="fintech.card_fees",
                     params={"mode": "credit", "amount": amount, "ic_pct": ic_pct, "ic_fix": ic_fix, "assess": assess,
                             "markup": markup, "markup_fix": markup_fix, "answer": round(fee, 2)})
    ticket, count = pick(rng, 8, 400, 0.01), int(pick(rng, 1_000, 200_000, 100))
    ex_pct, ex_fix = pick(rng, 0.005, 0.016, 0.0005), pick(rng, 0.10, 0.25, 0.01)
    cap = REG_II_BASE + REG_II_AD_VALOREM * ticket + REG_II_FRAUD
    exempt = ex_pct * ticket + ex_fix
    diff = round((exempt - cap) * count, 2)
    instruction = rng.choice((
        f"{merchant} processes {num(count, 0)} debit transactions a month averaging {money(ticket)}. On cards from "
        "large (covered) issuers Regulation II caps interchange at 21¢ + 0.05% plus a 1¢ fraud-prevention "
        f"adjustment (the 2011 cap); exempt small issuers charge {pct(ex_pct)} + {money(ex_fix)}. How much more a "
        "month would the merchant pay if all the volume were on exempt-issuer cards?",
        f"Compare debit interchange per transaction ({money(ticket)} average, {num(count, 0)} a month): Reg II cap "
        f"(21¢ + 0.05% + 1¢) versus an exempt issuer at {pct(ex_pct)} + {money(ex_fix)}. Monthly difference?"))
    lines = [f"Covered issuer: $0.21 + 0.05% × {money(ticket)} + $0.01 = {money(cap, True)} (≈ {pct(cap / ticket)})",
             f"Exempt issuer: {pct(ex_pct)} × {money(ticket)} + {money(ex_fix)} = {money(exempt)}",
             f"Difference = ({money(exempt)} − {money(cap)}) × {num(count, 0)} = {money(diff)} a month",
             f"Answer: {money(diff)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="payments", difficulty="medium",
                 template="fintech.card_fees",
                 params={"mode": "debit", "ticket": ticket, "count": count, "ex_pct": ex_pct, "ex_fix": ex_fix,
                         "answer": diff})


CARD_TYPES = (("Regulated debit", 0.0005, 0.22), ("Exempt debit", 0.0080, 0.15), ("Standard credit", 0.0165, 0.10),
              ("Rewards credit", 0.0210, 0.10), ("Premium rewards credit", 0.0250, 0.10),
              ("Commercial credit", 0.0270, 0.10))


def t_pricing_models(rng: random.Random) -> Draft:
    """Flat-rate versus interchange-plus pricing for a merchant's monthly card mix; annual saving."""
    merchant = company(rng)
    mix = rng.sample(CARD_TYPES, rng.randint(3, 5))
    rows = []
    for name, ic_pct, ic_fix in mix:
        count = int(pick(rng, 100, 20_000, 10))
        ticket = pick(rng, 8, 250, 0.01)
        rows.append((name, ic_pct, ic_fix, count, round(count * ticket, 2)))
    flat_pct, flat_fix = rng.choice(((0.029, 0.30), (0.027, 0.30), (0.026, 0.10), (0.0275, 0.15)))
    mk_pct, mk_fix = pick(rng, 0.001, 0.004, 0.0005), pick(rng, 0.05, 0.15, 0.01)
    volume, count = sum(r[4] for r in rows), sum(r[3] for r in rows)
    flat = volume * flat_pct + count * flat_fix
    icp = sum(v * p + c * f for _, p, f, c, v in rows) + volume * mk_pct + count * mk_fix
    saving = round((flat - icp) * 12, 2)
    data = md_table(["Card type", "Interchange", "Transactions", "Volume"],
                    [[n, f"{pct(p)} + {money(f)}", num(c, 0), money(v)] for n, p, f, c, v in rows])
    instruction = rng.choice((
        f"{merchant} pays a flat {pct(flat_pct)} + {money(flat_fix)} per card transaction. A processor offers "
        f"interchange-plus at interchange + {pct(mk_pct)} + {money(mk_fix)}. Using last month's mix below, which is "
        "cheaper and what is the annual saving?",
        f"Should {merchant} switch from flat-rate pricing ({pct(flat_pct)} + {money(flat_fix)}) to interchange-plus "
        f"({pct(mk_pct)} + {money(mk_fix)} over interchange)? Monthly card mix below; annualize the difference.",
    ))
    lines = [f"Volume {money(volume)} in {num(count, 0)} transactions (average {money(volume / count)})",
             f"Flat rate: {pct(flat_pct)} × {money(volume)} + {money(flat_fix)} × {num(count, 0)} = {money(flat)}",
             "Interchange-plus: Σ (interchange % × volume + fixed × count) + markup:",
             *[f"- {n}: {pct(p)} × {money(v)} + {money(f)} × {num(c, 0)} = {money(v * p + c * f)}"
               for n, p, f, c, v in rows],
             f"- markup: {pct(mk_pct)} × {money(volume)} + {money(mk_fix)} × {num(count, 0)} = "
             f"{money(volume * mk_pct + count * mk_fix)}",
             f"Interchange-plus total = {money(icp)}",
             f"Monthly difference = {money(flat - icp)} → annual {money(saving)} "
             f"({'switch' if saving > 0 else 'stay on flat rate'}; network assessments, if billed separately, would "
             "narrow the gap)",
             f"Answer: {money(saving)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="payments", difficulty="hard",
                 template="fintech.pricing_models",
                 params={"rows": [list(r) for r in rows], "flat": [flat_pct, flat_fix], "markup": [mk_pct, mk_fix],
                         "answer": saving})


def long_term(bought: date, sold: date) -> bool:
    """Held more than one year (the day after the anniversary or later)."""
    try:
        anniversary = bought.replace(year=bought.year + 1)
    except ValueError:  # Feb 29
        anniversary = date(bought.year + 1, 3, 1)
    return sold > anniversary


def consume(lots: list[tuple[date, float, float]], qty: float, order: str) -> list[tuple[date, float, float]]:
    """Lots sold (date, quantity, unit cost) taking ``qty`` in FIFO or highest-cost-first order."""
    ranked = sorted(lots, key=lambda lot: lot[0]) if order == "fifo" else sorted(lots, key=lambda lot: -lot[2])
    out, rest = [], qty
    for d, q, c in ranked:
        take = min(q, rest)
        if take > 0:
            out.append((d, take, c))
            rest -= take
    return out


COINS = {"BTC": (0.02, 1.5, 0.01, 18_000, 100_000), "ETH": (0.2, 25, 0.1, 1_000, 4_800),
         "SOL": (2, 400, 1, 15, 260)}


def _gain_rows(sold: list[tuple[date, float, float]], price: float, sale: date) -> tuple[float, float, list[list[str]]]:
    st = lt = 0.0
    rows = []
    for d, q, c in sold:
        g = q * (price - c)
        is_lt = long_term(d, sale)
        lt += g if is_lt else 0.0
        st += 0.0 if is_lt else g
        rows.append([short_date(d), num(q, 4), money(c), money(g), "long" if is_lt else "short"])
    return st, lt, rows


def t_crypto_lots(rng: random.Random) -> Draft:
    """Realized gain on a crypto sale by FIFO (medium); FIFO versus highest-cost specific ID with tax (hard)."""
    coin = rng.choice(tuple(COINS))
    qlo, qhi, qstep, plo, phi = COINS[coin]
    k = rng.randint(3, 5)
    days = sorted(rng.sample(range(0, 900), k))
    base = pick(rng, plo, phi, 0.01)
    lots = [(date(2022, 1, 3) + timedelta(days=d), pick(rng, qlo, qhi, qstep),
             round(base * pick(rng, 0.5, 1.5, 0.001), 2)) for d in days]
    total = sum(q for _, q, _ in lots)
    sale = random_date(rng, lots[-1][0] + timedelta(days=20), 400, weekday=False)
    qty = round(total * pick(rng, 0.3, 0.95, 0.05) / qstep) * qstep or qstep
    price = round(base * pick(rng, 0.6, 1.8, 0.001), 2)
    hard = rng.random() < 0.5
    fifo = consume(lots, qty, "fifo")
    st, lt, rows = _gain_rows(fifo, price, sale)
    name = full_name(rng)
    data = md_table(["Bought", f"{coin}", "Price per coin (incl. fees)"],
                    [[short_date(d), num(q, 4), money(c)] for d, q, c in lots])
    sale_text = f"sells {num(qty, 4)} {coin} at {money(price)} on {short_date(sale)}"
    if not hard:
        instruction = rng.choice((
            f"{name} bought {coin} in the lots below (one wallet) and {sale_text}. Using FIFO, what is the realized "
            "gain or loss, and how much is short- versus long-term?",
            f"Crypto cost basis: lots below; {name} {sale_text}. FIFO realized gain?"))
        lines = [f"FIFO sells the oldest coins first ({num(qty, 4)} {coin}):",
                 md_table(["Lot", "Qty sold", "Cost", "Gain", "Term"], rows),
                 f"Short-term {money(st)}; long-term {money(lt)} (long-term = held more than one year)",
                 f"Total realized = {money(st + lt)}", f"Answer: {money(st + lt)}"]
        return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="digital_assets",
                     difficulty="medium", template="fintech.crypto_lots",
                     params={"lots": [[d.isoformat(), q, c] for d, q, c in lots], "sale": sale.isoformat(), "qty": qty,
                             "price": price, "method": "fifo", "answer": round(st + lt, 2)})
    ro, rl = rng.choice((0.22, 0.24, 0.32, 0.35, 0.37)), rng.choice((0.15, 0.20))
    hifo = consume(lots, qty, "hifo")
    st2, lt2, rows2 = _gain_rows(hifo, price, sale)
    tax_fifo, tax_hifo = st * ro + lt * rl, st2 * ro + lt2 * rl
    saved = round(tax_fifo - tax_hifo, 2)
    instruction = rng.choice((
        f"{name} {sale_text} (lots below, all in one account). Compare FIFO with specifically identifying the "
        f"highest-cost coins. Ordinary rate {pct(ro)}, long-term rate {pct(rl)}; assume other gains absorb any loss "
        "at its own rate. Which method saves tax, and how much?",
        f"Tax-lot choice for a {coin} sale: {sale_text}. FIFO versus highest-cost-first specific identification; "
        f"short-term gains taxed at {pct(ro)}, long-term at {pct(rl)}. Tax difference?"))
    lines = ["FIFO:", md_table(["Lot", "Qty sold", "Cost", "Gain", "Term"], rows),
             f"ST {money(st)}, LT {money(lt)} → tax {pct(ro)} × ST + {pct(rl)} × LT = {money(tax_fifo)}",
             "Highest cost first:", md_table(["Lot", "Qty sold", "Cost", "Gain", "Term"], rows2),
             f"ST {money(st2)}, LT {money(lt2)} → tax {money(tax_hifo)}",
             f"Tax saved by specific identification = {money(saved)} (it needs the lots identified at or before the "
             "sale; with a broker, on its records).",
             f"Answer: {money(saved)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="digital_assets",
                 difficulty="hard", template="fintech.crypto_lots",
                 params={"lots": [[d.isoformat(), q, c] for d, q, c in lots], "sale": sale.isoformat(), "qty": qty,
                         "price": price, "method": "compare", "ordinary": ro, "long_rate": rl, "answer": saved})


RESERVES = (("Cash and bank deposits", 0.0), ("Treasury bills (< 3 months)", 0.01), ("Overnight reverse repo", 0.02),
            ("Government money market funds", 0.01), ("Commercial paper", 0.10), ("Secured loans", 0.30),
            ("Bitcoin", 0.50))
LIQUID = {"Cash and bank deposits", "Treasury bills (< 3 months)", "Overnight reverse repo",
          "Government money market funds"}


def t_stablecoin(rng: random.Random) -> Draft:
    """Reserve ratio of a fiat-backed stablecoin (easy); haircut-adjusted ratio and redemption coverage (medium)."""
    issuer = f"{company(rng).split()[0]}USD"
    tokens = pick(rng, 200_000_000, 90_000_000_000, 1_000_000)
    kinds = [RESERVES[0], RESERVES[1], *rng.sample(RESERVES[2:], rng.randint(1, 4))]
    weights = [rng.uniform(0.3, 1.0) if n in LIQUID else rng.uniform(0.02, 0.15) for n, _ in kinds]
    target = pick(rng, 0.96, 1.06, 0.001)
    amounts = [round(tokens * target * w / sum(weights), -5) for w in weights]
    total = sum(amounts)
    ratio = total / tokens
    medium = rng.random() < 0.5
    data = md_table(["Reserve asset", "Amount"],
                    [[n, money(a, False)] for (n, _), a in zip(kinds, amounts, strict=True)])
    if not medium:
        instruction = rng.choice((
            f"{issuer} has {money(tokens, False)} of tokens outstanding, each redeemable for $1. Given the reserve "
            "report below, what is the reserve ratio?",
            f"Attestation check for {issuer}: tokens in circulation {money(tokens, False)}; reserves below. Is it "
            "fully backed?"))
        lines = [f"Reserves = {money(total, False)}",
                 f"Reserve ratio = reserves / tokens = {money(total, False)} / {money(tokens, False)} = {pct(ratio)}",
                 ("Fully backed" if ratio >= 1 else f"Under-collateralized by {money(tokens - total, False)}") + ".",
                 f"Answer: {pct(ratio)}"]
        answer = pct_value(ratio)
    else:
        shock = pick(rng, 0.05, 0.40, 0.01)
        adjusted = sum(a * (1 - h) for (_, h), a in zip(kinds, amounts, strict=True))
        liquid = sum(a * (1 - h) for (n, h), a in zip(kinds, amounts, strict=True) if n in LIQUID)
        answer = pct_value(adjusted / tokens)
        instruction = rng.choice((
            f"{issuer} has {money(tokens, False)} of $1 tokens outstanding and the reserves below. Applying haircuts "
            "(cash 0%, T-bills 1%, repo 2%, government MMFs 1%, commercial paper 10%, secured loans 30%, bitcoin "
            f"50%), what is the adjusted reserve ratio, and could liquid assets meet redemptions of {pct(shock)} of "
            "tokens in a day?",
            f"Stress the reserves of {issuer} ({money(tokens, False)} outstanding): haircuts cash 0%, T-bills 1%, repo "
            "2%, MMFs 1%, CP 10%, secured loans 30%, bitcoin 50%. Adjusted coverage and a "
            f"{pct(shock)} one-day redemption test?"))
        lines = [md_table(["Asset", "Amount", "Haircut", "Adjusted"],
                          [[n, money(a, False), pct(h), money(a * (1 - h), False)]
                           for (n, h), a in zip(kinds, amounts, strict=True)]),
                 f"Unadjusted ratio = {pct(ratio)}; adjusted = {money(adjusted, False)} / {money(tokens, False)} = "
                 f"{pct(adjusted / tokens)}",
                 f"Liquid assets after haircuts = {money(liquid, False)} vs redemptions {pct(shock)} × "
                 f"{money(tokens, False)} = {money(shock * tokens, False)} → "
                 + ("covered" if liquid >= shock * tokens else "not covered") + ".",
                 f"Answer: {pct(adjusted / tokens)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="digital_assets",
                 difficulty="medium" if medium else "easy", template="fintech.stablecoin",
                 params={"tokens": tokens, "reserves": [[n, h, a] for (n, h), a in zip(kinds, amounts, strict=True)],
                         "haircuts": medium, "answer": answer})


def harvest_savings(loss: float, st_gains: float, lt_gains: float, ro: float, rl: float) -> tuple[float, ...]:
    """A short-term loss nets against short-term gains, then long-term gains, then up to $3,000 of ordinary income;
    returns (against ST, against LT, against ordinary, carried forward, tax saved)."""
    a = min(loss, st_gains)
    b = min(loss - a, lt_gains)
    c = min(loss - a - b, CAPITAL_LOSS_LIMIT)
    return a, b, c, loss - a - b - c, a * ro + b * rl + c * ro


def t_tax_loss_harvest(rng: random.Random) -> Draft:
    """Tax saved by a robo-adviser's harvested loss (medium); hard adds a wash sale that disallows part of it."""
    who = full_name(rng)
    shares = int(pick(rng, 100, 5_000, 10))
    per_loss = pick(rng, 1, 40, 0.01)
    loss_total = round(shares * per_loss, 2)
    st, lt = pick(rng, 0, 30_000, 50), pick(rng, 0, 60_000, 50)
    ro, rl = rng.choice((0.22, 0.24, 0.32, 0.35)), rng.choice((0.15, 0.20))
    wash = rng.random() < 0.5
    rebought = int(pick(rng, 10, shares * 0.8, 10)) if wash else 0
    disallowed = round(loss_total * rebought / shares, 2)
    usable = round(loss_total - disallowed, 2)
    a, b, c, carry, saved = harvest_savings(usable, st, lt, ro, rl)
    fund = rng.choice(("a total-market ETF", "an S&P 500 index fund", "an emerging-markets ETF", "a REIT ETF"))
    extra = (f" Eleven days later the client's own brokerage account buys {rebought:,} shares of the same fund."
             if wash else " The robo immediately buys a similar but not substantially identical fund.")
    instruction = rng.choice((
        f"A robo-adviser sells {shares:,} shares of {fund} for {who} at a {money(loss_total)} short-term loss.{extra} "
        f"{who} has {money(st, False)} of short-term and {money(lt, False)} of long-term gains this year; rates "
        f"{pct(ro)} ordinary and {pct(rl)} long-term. How much tax does the harvest save this year?",
        f"Tax-loss harvest: loss {money(loss_total)} on {shares:,} shares.{extra} Realized gains: ST "
        f"{money(st, False)}, LT {money(lt, False)}. Marginal rates {pct(ro)} / {pct(rl)}. Tax saved this year?",
    ))
    lines = []
    if wash:
        lines.append(f"Wash sale (§1091): {rebought:,} of {shares:,} shares were replaced within 30 days, so "
                     f"{money(disallowed)} of the loss is disallowed now (added to the new shares' basis); usable "
                     f"{money(usable)}.")
    lines += [f"Net against short-term gains: {money(a)} × {pct(ro)} = {money(a * ro)}",
              f"Then long-term gains: {money(b)} × {pct(rl)} = {money(b * rl)}",
              f"Then ordinary income (max $3,000): {money(c)} × {pct(ro)} = {money(c * ro)}",
              f"Carried forward: {money(carry)}", f"Tax saved this year = {money(saved)}", f"Answer: {money(saved)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="robo_advisors",
                 difficulty="hard" if wash else "medium", template="fintech.tax_loss_harvest",
                 params={"loss": loss_total, "shares": shares, "rebought": rebought, "st_gains": st, "lt_gains": lt,
                         "ordinary": ro, "long_rate": rl, "answer": round(saved, 2)})


def t_robo_fees(rng: random.Random) -> Draft:
    """Ending wealth with a robo-adviser versus a traditional adviser over decades (tools.calc compound_growth)."""
    who = full_name(rng)
    start, contrib = pick(rng, 0, 250_000, 1_000), pick(rng, 1_000, 30_000, 500)
    gross = pick(rng, 0.05, 0.09, 0.0025)
    robo, human = pick(rng, 0.0015, 0.004, 0.0005), pick(rng, 0.008, 0.015, 0.0005)
    funds = pick(rng, 0.0003, 0.0015, 0.0001)
    years = rng.randint(15, 40)
    fv_robo = tvm.compound_growth(start, gross - robo - funds, years, 1, contrib).value
    fv_human = tvm.compound_growth(start, gross - human - funds, years, 1, contrib).value
    gap = round(fv_robo - fv_human, 2)
    instruction = rng.choice((
        f"{who} starts with {money(start, False)} and adds {money(contrib, False)} each year-end for {years} years "
        f"at a {pct(gross)} gross return, in funds costing {pct(funds)}. A robo-adviser charges {pct(robo)}; a "
        f"traditional adviser {pct(human)}. How much more does the robo route leave at the end?",
        f"Fee comparison over {years} years: {money(start, False)} initial, {money(contrib, False)} a year, "
        f"{pct(gross)} before fees, fund costs {pct(funds)}, robo fee {pct(robo)} versus adviser fee {pct(human)}.",
    ))
    lines = [f"Net returns: robo {pct(gross - robo - funds)}, adviser {pct(gross - human - funds)}",
             "FV = PV(1 + r)^n + C((1 + r)^n − 1)/r (tools.calc compound_growth)",
             f"Robo: {money(fv_robo)}; adviser: {money(fv_human)}",
             f"Difference = {money(gap)} — worth paying only for advice (planning, behavior coaching, tax work) "
             "that adds at least that much.",
             f"Answer: {money(gap)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="robo_advisors", difficulty="medium",
                 template="fintech.robo_fees",
                 params={"start": start, "contribution": contrib, "gross": gross, "robo": robo, "human": human,
                         "funds": funds, "years": years, "answer": gap})


TEMPLATES: list[tuple[Template, float]] = [
    (t_card_fees, 1.75), (t_pricing_models, 1.5), (t_crypto_lots, 1.75), (t_stablecoin, 1.75),
    (t_tax_loss_harvest, 1.25), (t_robo_fees, 0.75),
]
