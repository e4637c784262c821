"""Securities-regulation templates (securities_laws, sec_filings): Rule 144 volume limits, accredited investors and
Regulation D, Regulation A Tier 2 investment limits, and SEC filing deadlines."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from training.data.gen.common import Draft, Template, money, num, pick
from training.data.gen.markets_util import (
    add_business_days,
    company,
    distinct_names,
    long_date,
    md_table,
    next_business_day,
    random_date,
    short_date,
)

RULE144_PCT = 0.01  # Rule 144(e)(1)(i): 1% of the shares outstanding shown by the most recent issuer report
RULE144_WEEKS = 4  # Rule 144(e)(1)(ii): average weekly volume over the four calendar weeks before the Form 144
FORM144_SHARES, FORM144_DOLLARS = 5_000, 50_000  # Rule 144(h): notice needed above either in any 3 months
# Rule 501(a) accredited investor: income over $200,000 (individual) or $300,000 (with spouse or spousal equivalent)
# in each of the two most recent years, or net worth over $1,000,000 excluding the primary residence (501(a)(5),(6));
# holders in good standing of the Series 7, 65 or 82 licenses (501(a)(10)).
INCOME_SOLO, INCOME_JOINT, NET_WORTH = 200_000, 300_000, 1_000_000
RULE506B_MAX_NON_ACCREDITED = 35  # Rule 506(b)(2)(i): no more than 35 non-accredited purchasers
FORM_D_DAYS = 15  # Rule 503(a): Form D within 15 calendar days after the first sale
REG_A_TIER2_PCT = 0.10  # Rule 251(d)(2)(i)(C): 10% of the greater of annual income or net worth (natural persons)
# Exchange Act periodic report deadlines (Form 10-K General Instruction A, Form 10-Q General Instruction A):
TEN_K_DAYS = {"large accelerated filer": 60, "accelerated filer": 75, "non-accelerated filer": 90}
TEN_Q_DAYS = {"large accelerated filer": 40, "accelerated filer": 40, "non-accelerated filer": 45}
EIGHT_K_BUSINESS_DAYS = 4  # Form 8-K General Instruction B.1
FORM4_BUSINESS_DAYS = 2  # Exchange Act §16(a)(2)(C): before the end of the second business day
FORM3_DAYS, FORM5_DAYS = 10, 45  # Rule 16a-3: Form 3 within 10 days; Form 5 within 45 days after fiscal year end
# Rule 12b-2 filer status (entry thresholds, public float on the last business day of the 2nd fiscal quarter):
LAF_FLOAT, AF_FLOAT, SRC_REVENUE = 700_000_000, 75_000_000, 100_000_000


def rule144_limit(outstanding: int, weekly: list[int]) -> int:
    """Rule 144(e) three-month volume limit: the greater of 1% of outstanding or the 4-week average volume."""
    return int(max(outstanding * RULE144_PCT, sum(weekly) / len(weekly)))


def t_rule144(rng: random.Random) -> Draft:
    """Rule 144 volume limit for an affiliate; hard adds earlier sales in the 3-month window and Form 144."""
    co, (who,) = company(rng), distinct_names(rng, 1)
    outstanding = int(pick(rng, 5_000_000, 900_000_000, 10_000))
    weekly = [int(pick(rng, 0.002, 0.02, 0.0001) * outstanding) // 100 * 100 for _ in range(RULE144_WEEKS)]
    limit = rule144_limit(outstanding, weekly)
    hard = rng.random() < 0.5
    prior = int(pick(rng, 0.05, 0.9, 0.05) * limit) // 100 * 100 if hard else 0
    price = pick(rng, 2, 300, 0.05)
    remaining = max(0, limit - prior)
    role = rng.choice(("a director", "the CFO", "a 12% holder", "the founder and CEO", "the COO"))
    weeks = ", ".join(num(w, 0) for w in weekly)
    extra = f" {who} already sold {num(prior, 0)} shares under Rule 144 {rng.randint(3, 11)} weeks ago; the stock " \
        f"trades at {money(price)}." if hard else ""
    instruction = rng.choice((
        f"{who} is {role} of {co}. The latest 10-Q shows {num(outstanding, 0)} shares outstanding and weekly "
        f"trading volume over the last four calendar weeks was {weeks}.{extra} How many shares can {who} sell under "
        "Rule 144 in the current three-month period?",
        f"Rule 144 volume check for an affiliate ({role}) of {co}: {num(outstanding, 0)} shares outstanding; "
        f"4-week volumes {weeks}.{extra} What is the maximum sale now?",
    ))
    avg = sum(weekly) / len(weekly)
    lines = [f"1% of outstanding = {num(outstanding, 0)} × 1% = {num(outstanding * RULE144_PCT, 0)}",
             f"Average weekly volume = ({' + '.join(num(w, 0) for w in weekly)}) / 4 = {num(avg, 0)}",
             f"Rule 144(e) limit per 3 months = the greater = {num(limit, 0)} shares"]
    if hard:
        lines += [f"Sales in the preceding 3 months count against it: {num(limit, 0)} − {num(prior, 0)} = "
                  f"{num(remaining, 0)} shares",
                  f"Selling them at {money(price)} ({money(remaining * price)}) together with the earlier sale "
                  f"exceeds 5,000 shares or $50,000 in 3 months, so a Form 144 must be filed (Rule 144(h))."
                  if remaining + prior > FORM144_SHARES or (remaining + prior) * price > FORM144_DOLLARS else
                  "Below 5,000 shares and $50,000, so no Form 144 is required."]
    lines += ["Manner-of-sale and current-public-information conditions also apply to affiliates.",
              f"Answer: {num(remaining, 0)} shares"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="securities_laws",
                 difficulty="hard" if hard else "medium", template="regulation.rule144",
                 params={"outstanding": outstanding, "weekly": weekly, "prior": prior, "price": price,
                         "answer": remaining})


@dataclass(frozen=True, slots=True)
class Investor:
    """A prospective purchaser's facts for the Rule 501(a) tests."""

    name: str
    joint: bool
    income: tuple[float, float]
    home: float
    mortgage: float
    assets: float
    debts: float
    license: bool

    @property
    def net_worth(self) -> float:
        """Net worth excluding the primary residence; mortgage debt above the home's value counts as a liability."""
        return self.assets - self.debts - max(0.0, self.mortgage - self.home)

    @property
    def accredited(self) -> bool:
        """Rule 501(a): license, income test or net-worth test."""
        bar = INCOME_JOINT if self.joint else INCOME_SOLO
        return self.license or min(self.income) > bar or self.net_worth > NET_WORTH

    def describe(self) -> str:
        """One line of facts."""
        inc = f"{'joint' if self.joint else 'individual'} income {money(self.income[0], False)} and " \
              f"{money(self.income[1], False)} in the last two years (same expected this year)"
        text = f"{self.name}: {inc}; home {money(self.home, False)} with a {money(self.mortgage, False)} mortgage; " \
               f"other assets {money(self.assets, False)}, other debts {money(self.debts, False)}"
        return text + ("; holds a Series 65 license in good standing" if self.license else "")

    def reason(self) -> str:
        """Why the investor is or is not accredited."""
        bar = INCOME_JOINT if self.joint else INCOME_SOLO
        nw = f"net worth excl. home = {money(self.assets, False)} − {money(self.debts, False)}" + (
            f" − {money(self.mortgage - self.home, False)} underwater mortgage" if self.mortgage > self.home else "") \
            + f" = {money(self.net_worth, False)}"
        inc = f"income {'>' if min(self.income) > bar else 'not >'} {money(bar, False)} both years"
        lic = "; Series 65" if self.license else ""
        return f"{inc}; {nw}{lic} → {'accredited' if self.accredited else 'NOT accredited'}"


def make_investor(rng: random.Random, name: str) -> Investor:
    """Facts drawn near the thresholds (half-thousand amounts, so no value sits exactly on a threshold)."""
    joint = rng.random() < 0.45
    centre = INCOME_JOINT if joint else INCOME_SOLO
    income = (pick(rng, centre * 0.55 + 500, centre * 1.6 + 500, 1_000),
              pick(rng, centre * 0.55 + 500, centre * 1.6 + 500, 1_000))
    home = pick(rng, 250_000, 2_500_000, 5_000)
    mortgage = pick(rng, 0, home * 1.15, 5_000)
    return Investor(name=name, joint=joint, income=income, home=home, mortgage=mortgage,
                    assets=pick(rng, 150_500, 2_600_500, 1_000), debts=pick(rng, 0, 350_000, 1_000),
                    license=rng.random() < 0.08)


def t_reg_d_investors(rng: random.Random) -> Draft:
    """Classify subscribers under Rule 501(a) and count non-accredited purchasers against Rule 506(b)'s 35."""
    co = company(rng)
    names = distinct_names(rng, rng.randint(4, 6))
    investors = [make_investor(rng, n) for n in names]
    prior = rng.randint(18, 34)
    non = sum(not i.accredited for i in investors)
    total = prior + non
    data = "\n".join(f"- {i.describe()}" for i in investors)
    instruction = rng.choice((
        f"{co} is raising money under Rule 506(b) and has already sold to {prior} non-accredited (but sophisticated) "
        "purchasers. Which of the new subscribers below are accredited investors, and how many non-accredited "
        "purchasers would the offering then have?",
        f"Rule 506(b) offering by {co}: {prior} non-accredited purchasers so far. Classify these subscribers under "
        "Rule 501(a) and check the 35-purchaser limit.",
    ))
    lines = ["Tests (Rule 501(a)): income > $200,000 individually or > $300,000 jointly in each of the last two years; "
             "or net worth > $1,000,000 excluding the primary residence (mortgage counted only where it exceeds the "
             "home's value); or a Series 7/65/82 license.",
             *[f"- {i.name}: {i.reason()}" for i in investors],
             f"Non-accredited purchasers = {prior} + {non} = {total} "
             + ("(within the 35 limit; each must be sophisticated and receive Rule 502(b) disclosure)."
                if total <= RULE506B_MAX_NON_ACCREDITED else
                f"— over the 35 limit: at most {max(0, RULE506B_MAX_NON_ACCREDITED - prior)} of the new "
                "non-accredited subscribers can be accepted."),
             f"Answer: {total}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="securities_laws",
                 difficulty="hard", template="regulation.reg_d_investors",
                 params={"prior": prior, "investors": [_investor_params(i) for i in investors], "answer": total})


def _investor_params(i: Investor) -> dict[str, object]:
    return {"name": i.name, "joint": i.joint, "income": list(i.income), "home": i.home, "mortgage": i.mortgage,
            "assets": i.assets, "debts": i.debts, "license": i.license}


def t_reg_a_limit(rng: random.Random) -> Draft:
    """Regulation A Tier 2: a non-accredited person may invest at most 10% of the greater of income or net worth."""
    name, co = distinct_names(rng, 1)[0], company(rng)
    income = pick(rng, 30_000, 250_000, 500)
    with_home = rng.random() < 0.5
    assets, debts = pick(rng, 20_000, 900_000, 500), pick(rng, 0, 150_000, 500)
    home = pick(rng, 200_000, 900_000, 5_000)
    mortgage = pick(rng, 0, 0.9 * home, 5_000)
    nw = assets - debts
    cap = REG_A_TIER2_PCT * max(income, nw)
    if with_home:
        facts = (f"earns {money(income, False)} a year, owns a {money(home, False)} home with a "
                 f"{money(mortgage, False)} mortgage, and has {money(assets, False)} of other assets and "
                 f"{money(debts, False)} of other debts")
    else:
        facts = f"earns {money(income, False)} and has a net worth of {money(nw, False)} excluding the home"
    instruction = rng.choice((
        f"{name}, who is not an accredited investor, {facts}. What is the most {name} can invest in {co}'s "
        "Regulation A Tier 2 offering (the shares will not be listed on an exchange)?",
        f"Tier 2 Reg A investment limit: a non-accredited investor {facts}. Unlisted offering by {co}. Maximum "
        "purchase?",
    ))
    lines = [f"Net worth excluding the primary residence = {money(assets)} − {money(debts)} = {money(nw)}"
             if with_home else f"Net worth (excluding the home) = {money(nw)}",
             f"Limit = 10% × greater of income ({money(income)}) and net worth ({money(nw)}) = {money(cap)} "
             "(Rule 251(d)(2)(i)(C); it does not apply to accredited investors or exchange-listed securities)",
             f"Answer: {money(cap)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="securities_laws",
                 difficulty="medium" if with_home else "easy", template="regulation.reg_a_limit",
                 params={"income": income, "net_worth": nw, "answer": round(cap, 2)})


def t_private_placement(rng: random.Random) -> Draft:
    """A private placement: 506(b) versus 506(c), accepted dollars, the Form D date and resale restrictions."""
    co = company(rng)
    solicited = rng.random() < 0.4
    prior = 0 if solicited else rng.randint(26, 35)
    names = distinct_names(rng, rng.randint(5, 7))
    investors = [make_investor(rng, n) for n in names]
    amounts = [pick(rng, 25_000, 500_000, 5_000) for _ in investors]
    first_sale = random_date(rng, date(2024, 2, 1), 640)
    form_d = next_business_day(first_sale + timedelta(days=FORM_D_DAYS))
    room = RULE506B_MAX_NON_ACCREDITED - prior
    accepted, rows = 0.0, []
    for inv, amt in zip(investors, amounts, strict=True):
        ok = inv.accredited or (not solicited and room > 0)
        if not inv.accredited and ok:
            room -= 1
        accepted += amt if ok else 0.0
        rows.append([inv.name, money(amt, False), "yes" if inv.accredited else "no", "accept" if ok else "reject"])
    data = "\n".join([f"Subscriptions in the order received (first sale {long_date(first_sale)}):",
                      *[f"- {i.describe()} — subscribes {money(a, False)}" for i, a in zip(investors, amounts,
                                                                                          strict=True)]])
    setup = (f"{co} advertised the round on social media and at a demo day (general solicitation)" if solicited else
             f"{co} has not used general solicitation and earlier closings admitted {prior} non-accredited, "
             "sophisticated purchasers")
    instruction = rng.choice((
        f"{setup}. Which Rule 506 exemption fits, which subscriptions below can be accepted, how much is raised, "
        "when is Form D due, and can the buyers resell soon?",
        f"Counsel's checklist for {co}: {setup}. Work out the exemption, the accepted dollars, the Form D deadline "
        "and the resale position for the subscribers below.",
    ))
    lines = [("General solicitation → Rule 506(c): every purchaser must be accredited and the issuer must take "
              "reasonable steps to verify it." if solicited else
              f"No general solicitation → Rule 506(b): up to 35 non-accredited purchasers; {prior} used, "
              f"{RULE506B_MAX_NON_ACCREDITED - prior} left."),
             *[f"- {i.name}: {i.reason()}" for i in investors],
             md_table(["Subscriber", "Amount", "Accredited", "Decision"], rows),
             f"Accepted = {money(accepted)}",
             f"Form D: {FORM_D_DAYS} days after the first sale → {long_date(form_d)} (rolled to a business day).",
             "The shares are restricted securities: with a non-reporting issuer, Rule 144 needs a one-year holding "
             "period before public resale.",
             f"Answer: {money(accepted)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="securities_laws",
                 difficulty="extremely_complex", template="regulation.private_placement",
                 params={"solicited": solicited, "prior": prior, "amounts": amounts,
                         "investors": [_investor_params(i) for i in investors], "first_sale": first_sale.isoformat(),
                         "form_d_due": form_d.isoformat(), "answer": round(accepted, 2)})


def month_end(year: int, month: int) -> date:
    """The last day of a month (month may run past 12)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


EVENTS_8K = (("signs a material definitive agreement (Item 1.01)", "signing"),
             ("completes an acquisition (Item 2.01)", "closing"),
             ("announces that its CFO will resign (Item 5.02)", "decision"),
             ("dismisses its auditor (Item 4.01)", "dismissal"),
             ("holds its annual meeting and certifies the vote (Item 5.07)", "meeting"))


def t_filing_deadline(rng: random.Random) -> Draft:
    """One Exchange Act deadline: 10-K, 10-Q, 8-K, Form 3, 4 or 5 (weekends and federal holidays respected)."""
    kind = rng.choice(("10-K", "10-Q", "8-K", "Form 4", "Form 3", "Form 5"))
    co = company(rng)
    status = rng.choice(tuple(TEN_K_DAYS))
    fye = month_end(rng.choice((2024, 2025)), rng.choice((3, 6, 9, 12, 12, 12)))
    who = distinct_names(rng, 1)[0]
    if kind == "10-K":
        base, raw = fye, fye + timedelta(days=TEN_K_DAYS[status])
        q = f"{co}, a {status}, ends its fiscal year on {long_date(fye)}. When is its Form 10-K due?"
        rule = f"10-K due {TEN_K_DAYS[status]} days after fiscal year end for a {status}: {long_date(raw)}"
    elif kind == "10-Q":
        qn = rng.randint(1, 3)
        qe = month_end(fye.year, fye.month + 3 * qn)
        base, raw = qe, qe + timedelta(days=TEN_Q_DAYS[status])
        q = f"{co} ({status}, fiscal year ending {short_date(fye)}) closes fiscal Q{qn} on {long_date(qe)}. " \
            "What is the 10-Q deadline?"
        rule = f"10-Q due {TEN_Q_DAYS[status]} days after quarter end for a {status}: {long_date(raw)}"
    elif kind == "8-K":
        event, word = rng.choice(EVENTS_8K)
        day = random_date(rng, date(2024, 1, 2), 700)
        base, raw = day, add_business_days(day, EIGHT_K_BUSINESS_DAYS)
        q = f"{co} {event}; the {word} happens on {long_date(day)}. By what date must the Form 8-K be filed?"
        rule = f"Form 8-K within 4 business days after the event: {long_date(day)} + 4 business days"
    elif kind == "Form 4":
        day = random_date(rng, date(2024, 1, 2), 700)
        base, raw = day, add_business_days(day, FORM4_BUSINESS_DAYS)
        q = rng.choice((f"{who}, a director of {co}, buys shares in the open market on {long_date(day)}. When is "
                        "the Form 4 due?",
                        f"An officer of {co} sells stock on {long_date(day)}. Form 4 deadline?"))
        rule = f"Form 4 before the end of the 2nd business day after the trade: {long_date(day)} + 2 business days"
    elif kind == "Form 3":
        day = random_date(rng, date(2024, 1, 2), 700, weekday=False)
        base, raw = day, day + timedelta(days=FORM3_DAYS)
        q = f"{who} becomes general counsel (a Section 16 officer) of {co} on {long_date(day)}. When is Form 3 due?"
        rule = f"Form 3 within 10 days of becoming an insider: {long_date(raw)}"
    else:
        base, raw = fye, fye + timedelta(days=FORM5_DAYS)
        q = f"{co}'s fiscal year ends {long_date(fye)}. A director has a small acquisition that was not reported " \
            "on Form 4 and is eligible for deferred reporting. When is Form 5 due?"
        rule = f"Form 5 within 45 days after fiscal year end: {long_date(raw)}"
    due = next_business_day(raw)
    lines = [rule,
             ("That is a weekend or federal holiday, so it moves to the next business day (Exchange Act Rule 0-3)."
              if due != raw else "That is a business day."),
             "(Business days skip weekends and federal holidays; the SEC's EDGAR deadline is 5:30 p.m. Eastern.)",
             f"Answer: {long_date(due)}"]
    return Draft(instruction=q, output="\n".join(lines), domain="sec_filings" if kind[0] in "18" else
                 "insider_trading", difficulty="easy" if kind in ("Form 3", "Form 5") else "medium",
                 template="regulation.filing_deadline",
                 params={"kind": kind, "status": status, "fiscal_year_end": fye.isoformat(), "base": base.isoformat(),
                         "answer": due.isoformat()})


def filer_status(public_float: float, revenue: float) -> str:
    """Rule 12b-2 status from public float and revenue (entry thresholds; SRC revenue-test issuers are
    non-accelerated)."""
    if public_float >= LAF_FLOAT:
        return "large accelerated filer"
    if public_float >= AF_FLOAT and revenue >= SRC_REVENUE:
        return "accelerated filer"
    return "non-accelerated filer"


def t_filing_calendar(rng: random.Random) -> Draft:
    """Filer status from public float and revenue, then the 10-K and the three 10-Q deadlines."""
    co = company(rng)
    fye = month_end(rng.choice((2024, 2025)), rng.choice((6, 9, 12, 12, 12)))
    public_float = pick(rng, 20_000_000, 1_500_000_000, 1_000_000)
    revenue = pick(rng, 10_000_000, 900_000_000, 500_000)
    status = filer_status(public_float, revenue)
    q2 = month_end(fye.year, fye.month - 6)
    start = month_end(fye.year, fye.month - 12)
    ten_k_raw = fye + timedelta(days=TEN_K_DAYS[status])
    ten_k = next_business_day(ten_k_raw)
    rows = []
    for qn in (1, 2, 3):
        qe = month_end(fye.year, fye.month + 3 * qn)
        raw = qe + timedelta(days=TEN_Q_DAYS[status])
        rows.append([f"10-Q Q{qn} (next year)", short_date(qe), f"+{TEN_Q_DAYS[status]} days", short_date(raw),
                     short_date(next_business_day(raw))])
    instruction = rng.choice((
        f"{co} has filed reports for several years and was a non-accelerated filer last year. Its public float on "
        f"{short_date(q2)} (end of fiscal Q2) was {money(public_float, False)}; annual revenue is "
        f"{money(revenue, False)}. For the fiscal year ending {short_date(fye)}, what is its filer status, when is "
        "the 10-K due and when are the next three 10-Qs due?",
        f"Build the periodic-report calendar for {co}: fiscal year {short_date(start + timedelta(days=1))} - "
        f"{short_date(fye)}, public float at the end of Q2 {money(public_float, False)}, revenue "
        f"{money(revenue, False)}, previously non-accelerated.",
    ))
    lines = ["Rule 12b-2 (entry tests): large accelerated if float ≥ $700M; accelerated if $75M ≤ float < $700M "
             "unless revenue < $100M (small reporting company revenue test → non-accelerated).",
             f"Float {money(public_float, False)}, revenue {money(revenue, False)} → {status}.",
             md_table(["Report", "Period end", "Deadline rule", "Raw date", "Due (business day)"],
                      [["10-K", short_date(fye), f"+{TEN_K_DAYS[status]} days", short_date(ten_k_raw),
                        short_date(ten_k)], *rows]),
             "No 10-Q is filed for the fourth quarter; the 10-K covers it.",
             f"Answer: {long_date(ten_k)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="sec_filings", difficulty="hard",
                 template="regulation.filing_calendar",
                 params={"fiscal_year_end": fye.isoformat(), "public_float": public_float, "revenue": revenue,
                         "status": status, "answer": ten_k.isoformat()})


TEMPLATES: list[tuple[Template, float]] = [
    (t_rule144, 2.25), (t_reg_d_investors, 2.0), (t_reg_a_limit, 1.75), (t_private_placement, 2.75),
    (t_filing_deadline, 2.75), (t_filing_calendar, 1.5),
]
