"""Retirement-income templates: required minimum distributions, Social Security claiming and taxation,
withdrawal rates, how long savings last, and a couple's full retirement plan."""

from __future__ import annotations

import math
import random

from tools.calc.tax_retirement import required_minimum_distribution, retirement_projection
from tools.calc.tvm import periods_to_payoff
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.planning_rules import (
    ADDITIONAL_65,
    STANDARD_DEDUCTION,
    age_text,
    claim_factor,
    finish,
    full_retirement_age_months,
    marginal_rate,
    ordinary_tax,
    pair,
    phrase,
    table,
    who,
)

_M = "planning_income"
_ULT_SRC = "IRS Uniform Lifetime Table, 26 CFR 1.401(a)(9)-9(c)"


def rmd_start_age(birth_year: int) -> int:
    """RMD start age under SECURE 2.0 §107: 73 for those born 1951-1959, 75 from 1960."""
    return 75 if birth_year >= 1960 else 73


def _divisor(age: int) -> float:
    res = required_minimum_distribution(account_balance=1_000_000.0, age=age)
    return float(res.inputs["period"])


# ---------------------------------------------------------------------------------------------------- RMDs

def t_rmd(rng: random.Random) -> Draft:
    """This year's RMD from the prior year-end balance and the Uniform Lifetime Table."""
    name, year = who(rng), rng.choice((2024, 2025))
    age, bal = rng.randint(73, 95), pick(rng, 50_000, 3_000_000, 1_000)
    res = required_minimum_distribution(account_balance=bal, age=age, birth_year=year - age)
    kind = rng.choice(("traditional IRA", "rollover IRA", "401(k)", "403(b)", "SEP IRA"))
    q = phrase(rng, (
        "{n} turns {a} in {y}. The {k} was worth {b} on December 31 of the prior year. What is the {y} required "
        "minimum distribution?",
        "RMD for {y}: owner age {a} (reached this year), prior year-end balance {b}, {k}, spouse not more than 10 "
        "years younger.",
        "How much must I withdraw from my {k} in {y}? I turn {a}; the balance at last year-end was {b}.",
    ), n=name, a=age, y=year, b=money(bal, cents=False), k=kind)
    d = float(res.inputs["period"])
    steps = [f"Distribution period for age {age} ({_ULT_SRC}): {num(d, 1)}",
             f"RMD = {money(bal, cents=False)} / {num(d, 1)} = {money(res.value)} ({pct(1 / d)} of the balance)",
             "It must be out by December 31 (only the first RMD may wait until April 1 of the next year)."]
    return finish(f"{_M}.rmd", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="required_minimum_distributions", difficulty="easy",
                  params={"balance": bal, "age": age, "year": year})


def t_rmd_first_year(rng: random.Random) -> Draft:
    """First RMD: start age by birth year, and the double distribution if it is delayed to April 1."""
    name, birth = who(rng), rng.randint(1951, 1962)
    start = rmd_start_age(birth)
    bal, growth = pick(rng, 80_000, 2_500_000, 1_000), pick(rng, -0.05, 0.10, 0.005)
    d1, d2 = _divisor(start), _divisor(start + 1)
    r1 = bal / d1
    bal2 = bal * (1 + growth)
    r2 = bal2 / d2
    q = phrase(rng, (
        "{n} was born in {b}. When is the first RMD due, and if {n} delays it to the April 1 deadline, how much must "
        "come out in that second year? The IRA held {v} at the end of the year before the first RMD year and grows "
        "{g} in that year.",
        "Born {b}, IRA balance {v} at the prior year-end, {g} growth during the first RMD year. If I postpone my "
        "first RMD to April 1 of the following year, what's the total I must withdraw that year?",
    ), n=name, b=birth, v=money(bal, cents=False), g=pct(growth, 1))
    steps = [f"Born {birth}: RMDs start at {start} (SECURE 2.0), so the first RMD year is {birth + start}; the "
             f"deadline for it is April 1, {birth + start + 1}.",
             f"First RMD = {money(bal, cents=False)} / {num(d1, 1)} = {money(r1)}",
             f"If delayed, nothing leaves in {birth + start}; the year-end balance is {money(bal, cents=False)} × "
             f"{num(1 + growth, 3)} = {money(bal2)}, so the second RMD = {money(bal2)} / {num(d2, 1)} = {money(r2)}",
             f"Total in {birth + start + 1}: {money(r1)} + {money(r2)} = {money(r1 + r2)}. Bunching both into one "
             "year can push income into a higher bracket; taking the first RMD in its own year usually costs less."]
    ans = round(r1 + r2, 2)
    return finish(f"{_M}.rmd_first_year", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="required_minimum_distributions", difficulty="medium",
                  params={"birth_year": birth, "balance": bal, "growth": growth})


def t_rmd_projection(rng: random.Random) -> Draft:
    """Five years of RMDs with the balance growing at a fixed return."""
    name = who(rng)
    age, bal = rng.randint(73, 85), pick(rng, 100_000, 3_000_000, 5_000)
    growth, years = pick(rng, 0.02, 0.08, 0.0025), rng.choice((3, 4, 5))
    rows, b, total = [], bal, 0.0
    for k in range(years):
        d = _divisor(age + k)
        rmd = b / d
        rows.append((str(age + k), money(b), num(d, 1), money(rmd)))
        total += rmd
        b = (b - rmd) * (1 + growth)
    q = phrase(rng, (
        "{n} is {a} with {v} in a traditional IRA. If the account earns {g} a year and only RMDs are withdrawn, what "
        "are the RMDs for the next {y} years?",
        "Project my RMDs for {y} years: age {a} this year, prior year-end balance {v}, growth {g}.",
        "Build an RMD schedule: starting age {a}, balance {v}, {g} annual return, {y} years. Total withdrawn?",
    ), n=name, a=age, v=money(bal, cents=False), g=pct(growth), y=years)
    steps = [f"Each year RMD = prior year-end balance / distribution period; next balance = (balance − RMD) × "
             f"{num(1 + growth, 4)} ({_ULT_SRC}):",
             table(("Age", "Prior year-end balance", "Divisor", "RMD"), rows),
             f"Total RMDs over {years} years: {money(total)}. The required percentage rises every year as the "
             "divisor falls."]
    ans = round(total, 2)
    return finish(f"{_M}.rmd_projection", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="required_minimum_distributions", difficulty="hard",
                  params={"age": age, "balance": bal, "growth": growth, "years": years})


# ---------------------------------------------------------------------------------------------------- Social Security

def t_ss_claim(rng: random.Random) -> Draft:
    """Monthly benefit at a claiming age from the PIA: FRA by birth year, early reduction or delayed credits."""
    name, birth = who(rng), rng.randint(1955, 1968)
    pia = pick(rng, 1_200, 4_000, 10)
    claim = rng.randint(62 * 12, 70 * 12)
    fra = full_retirement_age_months(birth)
    f = claim_factor(claim, fra)
    q = phrase(rng, (
        "{n} was born in {b} and has a primary insurance amount of {p}. What is the monthly benefit if {n} claims at "
        "{c}?",
        "Social Security: born {b}, PIA {p}. How much per month when claiming at age {c}?",
        "If my full-retirement-age benefit is {p} and I was born in {b}, what do I get by starting benefits at {c}?",
    ), n=name, b=birth, p=money(pia, cents=False), c=age_text(claim))
    diff = claim - fra
    if diff < 0:
        e = -diff
        adj = (f"{e} months early: reduction = {min(e, 36)} × 5/9% + {max(e - 36, 0)} × 5/12% = "
               f"{pct(1 - f, 3)}")
    elif diff > 0:
        adj = f"{min(diff, 70 * 12 - fra)} months of delayed retirement credits × 2/3% = {pct(f - 1, 3)} more"
    else:
        adj = "claiming exactly at full retirement age: 100% of the PIA"
    benefit = pia * f
    steps = [f"Full retirement age for {birth}: {age_text(fra)}", adj,
             f"Benefit = {money(pia, cents=False)} × {num(f, 6)} = {money(benefit)} a month (SSA then rounds the "
             "payment down to the dollar)"]
    ans = round(benefit, 2)
    return finish(f"{_M}.ss_claim", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="social_security", difficulty="medium",
                  params={"birth_year": birth, "pia": pia, "claim_months": claim})


def t_ss_breakeven(rng: random.Random) -> Draft:
    """Benefits at 62, FRA and 70, cumulative totals by age, and the break-even age between two choices."""
    name, birth = who(rng), rng.randint(1955, 1968)
    pia = pick(rng, 1_200, 4_000, 10)
    fra = full_retirement_age_months(birth)
    ages = {"62": 62 * 12, "FRA": fra, "70": 70 * 12}
    a, b = rng.choice((("62", "FRA"), ("62", "70"), ("FRA", "70")))
    ben = {k: pia * claim_factor(m, fra) for k, m in ages.items()}
    t = (ben[b] * ages[b] - ben[a] * ages[a]) / (ben[b] - ben[a])
    q = phrase(rng, (
        "{n} (born {y}, PIA {p}) is deciding between claiming at {a} and at {b}. Ignoring COLAs and interest, at "
        "what age does waiting pay off?",
        "Break-even analysis for Social Security: born {y}, PIA {p}. Compare starting at {a} with starting at {b}.",
        "Should I claim at {a} or {b}? Born {y}, full benefit {p}. Show cumulative benefits and the break-even age.",
    ), n=name, y=birth, p=money(pia, cents=False), a=_label(a, fra), b=_label(b, fra))
    rows = [(_label(k, fra), money(ben[k]), *(money(ben[k] * max(0, x * 12 - ages[k]), cents=False)
                                              for x in (75, 80, 85, 90))) for k in ("62", "FRA", "70")]
    steps = [f"FRA {age_text(fra)}; 5/9% a month for the first 36 early months, 5/12% beyond; +2/3% a month after FRA.",
             table(("Claim at", "Monthly", "Total by 75", "by 80", "by 85", "by 90"), rows),
             f"Break-even: {money(ben[a])} × (t − {num(ages[a] / 12)}) = {money(ben[b])} × (t − {num(ages[b] / 12)}) "
             f"→ t = {num(t / 12, 1)} years",
             f"Living past about {num(t / 12, 1)} favors {_label(b, fra)}; the later claim also gives a surviving "
             "spouse a larger benefit."]
    ans = round(t / 12, 1)
    return finish(f"{_M}.ss_breakeven", instruction=q, steps=steps, answer=ans, shown=f"age {num(ans, 1)}",
                  domain="social_security", difficulty="hard", unit="years",
                  params={"birth_year": birth, "pia": pia, "early": a, "late": b})


def _label(key: str, fra: int) -> str:
    return f"full retirement age ({age_text(fra)})" if key == "FRA" else key


def taxable_social_security(benefits: float, other: float, exempt: float, joint: bool) -> tuple[float, float]:
    """(provisional income, taxable benefits) by IRS Pub. 915: 50% above the base amount, 85% above the adjusted
    base (25,000 / 34,000 single; 32,000 / 44,000 joint), capped at 85% of benefits."""
    base, adj = (32_000, 44_000) if joint else (25_000, 34_000)
    prov = other + exempt + benefits / 2
    if prov <= base:
        return prov, 0.0
    if prov <= adj:
        return prov, min(0.5 * (prov - base), 0.5 * benefits)
    return prov, min(0.85 * benefits, 0.85 * (prov - adj) + min(0.5 * benefits, 0.5 * (adj - base)))


def t_ss_taxable(rng: random.Random) -> Draft:
    """Taxable part of Social Security benefits from provisional income."""
    name = who(rng)
    joint = rng.random() < 0.5
    ss, other = pick(rng, 12_000, 60_000, 100), pick(rng, 0, 150_000, 500)
    exempt = pick(rng, 0, 10_000, 100) if rng.random() < 0.4 else 0.0
    src = rng.choice(("pension", "IRA withdrawals", "part-time wages", "pension and interest"))
    prov, taxable = taxable_social_security(ss, other, exempt, joint)
    base, adj = (32_000, 44_000) if joint else (25_000, 34_000)
    q = phrase(rng, (
        "{n} ({s}) receives {b} of Social Security and {o} of {src}{x}. How much of the benefit is taxable?",
        "Taxable Social Security: filing {s}, benefits {b}, other income {o} ({src}){x}.",
        "We get {b} a year in Social Security and {o} from {src}{x}. Filing {s}, what portion of the benefits is "
        "subject to federal income tax?",
    ), n=name, s="jointly" if joint else "single", b=money(ss, cents=False), o=money(other, cents=False), src=src,
        x=f", plus {money(exempt, cents=False)} of tax-exempt interest" if exempt else "")
    steps = [f"Provisional income = other income + tax-exempt interest + ½ benefits = {money(other, cents=False)} + "
             f"{money(exempt, cents=False)} + {money(ss / 2)} = {money(prov)}",
             f"Thresholds ({'joint' if joint else 'single'}): {money(base, cents=False)} and "
             f"{money(adj, cents=False)} (IRC §86; not indexed for inflation)"]
    if prov <= base:
        steps.append("Below the first threshold: none of the benefit is taxable.")
    elif prov <= adj:
        steps.append(f"Between the thresholds: lesser of ½ × ({money(prov)} − {money(base, cents=False)}) and ½ of "
                     f"benefits = {money(taxable)}")
    else:
        steps.append(f"Above the second threshold: lesser of 85% of benefits ({money(0.85 * ss)}) and 85% × "
                     f"({money(prov)} − {money(adj, cents=False)}) + min(½ benefits, "
                     f"{money(0.5 * (adj - base), cents=False)}) = {money(taxable)}")
    ans = round(taxable, 2)
    return finish(f"{_M}.ss_taxable", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="social_security", difficulty="hard",
                  params={"benefits": ss, "other_income": other, "tax_exempt": exempt, "joint": joint})


# ---------------------------------------------------------------------------------------------------- income

def t_four_percent(rng: random.Random) -> Draft:
    """Withdrawal-rate rule: first-year income from a portfolio, or the portfolio a spending level needs."""
    name, wr = who(rng), rng.choice((0.03, 0.035, 0.04, 0.04, 0.045, 0.05))
    if rng.random() < 0.5:
        bal = pick(rng, 200_000, 5_000_000, 5_000)
        infl = pick(rng, 0.02, 0.04, 0.0025)
        w = bal * wr
        q = phrase(rng, (
            "{n} retires with {b}. Under a {w} rule, how much can be withdrawn in year one, and in year two after "
            "{i} inflation?",
            "Using the {w} withdrawal rule on a {b} portfolio, what is the first-year withdrawal?",
            "If I follow a {w} initial withdrawal rate on {b}, what's my monthly income to start?",
        ), n=name, b=money(bal, cents=False), w=pct(wr), i=pct(infl))
        steps = [f"Year-1 withdrawal = {pct(wr)} × {money(bal, cents=False)} = {money(w)} ({money(w / 12)} a month)",
                 f"Year 2 keeps purchasing power, not the percentage: {money(w)} × {num(1 + infl, 4)} = "
                 f"{money(w * (1 + infl))}"]
        params: dict[str, float | str] = {"mode": "withdrawal", "balance": bal, "rate": wr}
    else:
        spend, ss = pick(rng, 40_000, 200_000, 1_000), pick(rng, 0, 50_000, 1_000)
        w = (spend - ss) / wr
        q = phrase(rng, (
            "{n} wants {s} a year in retirement; Social Security and pensions cover {ss}. Using a {w} withdrawal "
            "rate, how big a portfolio is needed?",
            "How much do I need saved to spend {s} a year, given {ss} of guaranteed income and a {w} safe withdrawal "
            "rate?",
        ), n=name, s=money(spend, cents=False), ss=money(ss, cents=False), w=pct(wr))
        steps = [f"Portfolio income needed = {money(spend, cents=False)} − {money(ss, cents=False)} = "
                 f"{money(spend - ss, cents=False)}",
                 f"Nest egg = {money(spend - ss, cents=False)} / {pct(wr)} = {money(w)} (= {num(1 / wr, 2)} × the "
                 "annual draw)"]
        params = {"mode": "target", "spending": spend, "guaranteed": ss, "rate": wr}
    ans = round(w, 2)
    return finish(f"{_M}.four_percent", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="retirement_income", difficulty="easy", params=params)


def t_savings_last(rng: random.Random) -> Draft:
    """How long a balance lasts with fixed monthly withdrawals (NPER)."""
    name = who(rng)
    bal, rate = pick(rng, 100_000, 2_000_000, 5_000), pick(rng, 0.02, 0.07, 0.0025)
    draw = pick(rng, max(500, math.ceil(bal * rate / 12 * 1.2 / 50) * 50), max(bal / 60, 1_000), 50)
    n = periods_to_payoff(principal=bal, annual_rate=rate, payment=draw).value
    q = phrase(rng, (
        "{n} has {b} and withdraws {d} a month. If the money earns {r} a year (compounded monthly), how long will it "
        "last?",
        "How many years will {b} last at {d} per month of withdrawals and a {r} return?",
        "Longevity of savings: balance {b}, monthly withdrawal {d}, return {r}. When does it run out?",
    ), n=name, b=money(bal, cents=False), d=money(draw, cents=False), r=pct(rate))
    i = rate / 12
    steps = [f"Monthly interest at first = {money(bal * i)}, less than the {money(draw, cents=False)} withdrawal, so "
             "the balance declines.",
             f"n = −ln(1 − i·B/W)/ln(1 + i) = −ln(1 − {num(i, 6)}×{num(bal)}/{num(draw)})/ln({num(1 + i, 6)}) = "
             f"{num(n)} months",
             f"≈ {num(n / 12, 1)} years (the last withdrawal partial). Withdrawals that rise with inflation would "
             "shorten this."]
    ans = round(n / 12, 1)
    return finish(f"{_M}.savings_last", instruction=q, steps=steps, answer=ans, shown=f"{num(ans, 1)} years",
                  domain="retirement_income", difficulty="medium", unit="years",
                  params={"balance": bal, "rate": rate, "withdrawal": draw})


def t_withdrawal_path(rng: random.Random) -> Draft:
    """Year-by-year path of inflation-adjusted withdrawals at a fixed return, and how many years are funded."""
    name = who(rng)
    bal, wr = pick(rng, 300_000, 3_000_000, 10_000), pick(rng, 0.04, 0.08, 0.0025)
    ret, infl = pick(rng, 0.02, 0.07, 0.0025), pick(rng, 0.02, 0.035, 0.0025)
    w1 = round(bal * wr, -2)
    rows, b, w, years = [], bal, w1, 0
    while b >= w and years < 60:
        end = (b - w) * (1 + ret)
        years += 1
        rows.append((str(years), money(b), money(w), money(end)))
        b, w = end, w * (1 + infl)
    q = phrase(rng, (
        "{n} retires with {b} and withdraws {w} at the start of each year, raised {i} a year for inflation. At a "
        "steady {r} return, how many years of withdrawals does the portfolio fund?",
        "Sustainability check: {b} portfolio, first withdrawal {w} (start of year), withdrawals grow {i}/yr, return "
        "{r}/yr. How long does it last?",
        "Simulate my retirement drawdown: start {b}, take {w} now and {i} more each year, earn {r}. When does the "
        "money run short?",
    ), n=name, b=money(bal, cents=False), w=money(w1, cents=False), i=pct(infl), r=pct(ret))
    shown = rows if len(rows) <= 5 else [*rows[:3], ("…", "", "", ""), rows[-1]]
    steps = ["Each year: withdraw at the start, the rest earns the return; the withdrawal grows with inflation.",
             table(("Year", "Start balance", "Withdrawal", "End balance"), shown)]
    if years >= 60:
        steps.append("The portfolio still covers the withdrawals after 60 years: the rate is sustainable.")
    else:
        steps.append(f"In year {years + 1} the {money(w)} withdrawal exceeds the {money(b)} left, so {years} full "
                     f"years are funded (initial rate {pct(w1 / bal)}). "
                     + ("That comfortably outlasts a 30-year retirement." if years >= 30 else
                        "That is short of a 30-year retirement: lower the withdrawal or add guaranteed income."))
    return finish(f"{_M}.withdrawal_path", instruction=q, steps=steps, answer=years, shown=f"{years} years",
                  domain="retirement_income", difficulty="hard", unit="years",
                  params={"balance": bal, "withdrawal": w1, "return": ret, "inflation": infl})


def _couple_params(rng: random.Random) -> dict[str, float]:
    older = rng.randint(45, 60)
    retire = rng.choice((65, 66, 67))
    return {"older_age": older, "younger_age": older - rng.randint(0, 6), "retire_age": retire,
            "saved": pick(rng, 100_000, 1_500_000, 5_000), "contribution": pick(rng, 10_000, 46_000, 500),
            "growth": pick(rng, 0.0, 0.03, 0.005), "rate": pick(rng, 0.05, 0.075, 0.0025),
            "inflation": pick(rng, 0.02, 0.03, 0.0025), "wr": rng.choice((0.035, 0.04, 0.045)),
            "ss": pick(rng, 30_000, 70_000, 500), "real_return": pick(rng, 0.015, 0.04, 0.0025)}


def couple_numbers(p: dict[str, float]) -> dict[str, float]:
    """Every figure of the couple's plan (see :func:`t_couple_plan`)."""
    n = int(p["retire_age"] - p["older_age"])
    proj = retirement_projection(current_savings=p["saved"], annual_contribution=p["contribution"],
                                 annual_return=p["rate"], years=n, contribution_growth=p["growth"],
                                 inflation=p["inflation"])
    real = float((proj.details or {})["real_value"])
    w = p["wr"] * real
    prov, taxable_ss = taxable_social_security(p["ss"], w, 0.0, True)
    over65 = 1 + int(p["younger_age"] + n >= 65)
    ded = STANDARD_DEDUCTION[2025]["married_filing_jointly"] + over65 * ADDITIONAL_65[2025][0]
    taxable = max(0.0, w + taxable_ss - ded)
    tax = ordinary_tax(taxable, "married_filing_jointly", 2025)
    start = rmd_start_age(2025 - int(p["older_age"]))
    bal = real
    for _ in range(int(start - p["retire_age"])):
        bal = (bal - w) * (1 + p["real_return"])
    return {"n": n, "nominal": proj.value, "real": real, "w": w, "prov": prov, "taxable_ss": taxable_ss,
            "over65": over65, "ded": ded, "taxable": taxable, "tax": tax, "net": w + p["ss"] - tax,
            "start": start, "rmd_bal": bal, "rmd": max(bal, 0.0) / _divisor(start),
            "marginal": marginal_rate(taxable, "married_filing_jointly", 2025)}


def t_couple_plan(rng: random.Random) -> Draft:
    """A couple's plan: project savings, the income the nest egg supports, tax on it (with taxable Social
    Security), the first RMD, and a recommendation."""
    a, b = pair(rng)
    p = _couple_params(rng)
    x = couple_numbers(p)
    p["goal"] = round(x["net"] * rng.uniform(0.8, 1.2), -3)
    q = phrase(rng, (
        "{a} ({oa}) and {b} ({ya}) plan to retire when {a} turns {ra}. {a}'s 401(k) holds {s}; they add {c} a year "
        "(rising {g}) and expect {r} returns and {i} inflation. In retirement they want {goal} a year after tax "
        "(today's dollars), will draw {w} of the portfolio, earn {rr} real after retiring, and get {ss} of Social "
        "Security. Check the plan: after-tax income, federal tax, and {a}'s first RMD.",
        "Couple's retirement plan. Ages {oa} and {ya}; retire at {a}'s {ra}. 401(k) (in {a}'s name) {s}, "
        "contributions {c}/yr growing {g}, return {r}, inflation {i}. Withdrawal rate {w}, combined Social "
        "Security {ss}, spending goal {goal} after tax. Post-retirement real return {rr}. Do they meet the goal, "
        "and what happens at the first RMD?",
    ), a=a, b=b, oa=int(p["older_age"]), ya=int(p["younger_age"]), ra=int(p["retire_age"]),
        s=money(p["saved"], cents=False), c=money(p["contribution"], cents=False), g=pct(p["growth"]),
        r=pct(p["rate"]), i=pct(p["inflation"]), goal=money(p["goal"], cents=False), w=pct(p["wr"]),
        ss=money(p["ss"], cents=False), rr=pct(p["real_return"]))
    gap = x["net"] - p["goal"]
    steps = [f"1. Projection ({x['n']} years): {money(x['nominal'])}, or {money(x['real'])} in today's dollars",
             f"2. Withdrawal = {pct(p['wr'])} × {money(x['real'])} = {money(x['w'])}",
             f"3. Provisional income = {money(x['w'])} + ½ × {money(p['ss'], cents=False)} = {money(x['prov'])} → "
             f"taxable Social Security {money(x['taxable_ss'])} (joint thresholds 32,000/44,000)",
             f"4. Deduction = {money(STANDARD_DEDUCTION[2025]['married_filing_jointly'], cents=False)} + "
             f"{x['over65']} × {money(ADDITIONAL_65[2025][0], cents=False)} (65+) = {money(x['ded'], cents=False)}; "
             f"taxable income {money(x['taxable'])}; tax {money(x['tax'])} (marginal {pct(x['marginal'])}; 2025 "
             "MFJ tables held constant; the 2025-2028 senior deduction will have expired)",
             f"5. After-tax income = {money(x['w'])} + {money(p['ss'], cents=False)} − {money(x['tax'])} = "
             f"{money(x['net'])} vs goal {money(p['goal'], cents=False)}: "
             + (f"surplus {money(gap)}" if gap >= 0 else f"shortfall {money(-gap)}"),
             f"6. First RMD at {x['start']}: balance after {int(x['start'] - p['retire_age'])} years of withdrawals "
             f"at {pct(p['real_return'])} real ≈ {money(x['rmd_bal'])} (today's dollars); RMD = ÷ "
             f"{num(_divisor(int(x['start'])), 1)} = {money(x['rmd'])} "
             + ("(above the planned withdrawal: extra taxable income)" if x["rmd"] > x["w"] else
                "(below the planned withdrawal, so it changes nothing)"),
             "Recommendation: " + ("the plan works; " if gap >= 0 else
                                   "close the gap by saving more, retiring later or delaying Social Security; ")
             + ("use the low-income years before RMDs and Social Security for Roth conversions."
                if x["rmd"] > x["w"] else "keep withdrawals in the current bracket and review yearly.")]
    ans = round(x["net"], 2)
    return finish(f"{_M}.couple_plan", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="retirement_income", difficulty="extremely_complex", params=p)


TEMPLATES: list[tuple[Template, float]] = [
    (t_rmd, 3.5), (t_rmd_first_year, 2.5), (t_rmd_projection, 3.0), (t_ss_claim, 3.0), (t_ss_breakeven, 3.0),
    (t_ss_taxable, 2.5), (t_four_percent, 3.5), (t_savings_last, 2.5), (t_withdrawal_path, 3.0),
    (t_couple_plan, 4.5),
]
