"""Retirement-saving templates: projections, required savings, a readiness check, 401(k) matches and vesting,
traditional versus Roth, Roth IRA phase-outs and Roth conversions."""

from __future__ import annotations

import random

from tools.calc.tax_retirement import retirement_projection, us_federal_income_tax
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.planning_rules import (
    IRA_CATCH_UP,
    IRA_LIMIT,
    ROTH_PHASEOUT,
    STATUS_LABEL,
    ceil_to,
    finish,
    ordinary_tax,
    phrase,
    table,
    who,
)

_M = "planning_retirement"


# ---------------------------------------------------------------------------------------------------- projections

def t_projection(rng: random.Random) -> Draft:
    """Projected balance with growing year-end contributions, nominal and in today's dollars."""
    name = who(rng)
    start, contrib = pick(rng, 0, 300_000, 1_000), pick(rng, 2_000, 30_000, 500)
    rate, years = pick(rng, 0.04, 0.09, 0.0025), rng.randint(5, 40)
    growth, infl = pick(rng, 0.0, 0.04, 0.005), pick(rng, 0.02, 0.035, 0.0025)
    res = retirement_projection(current_savings=start, annual_contribution=contrib, annual_return=rate, years=years,
                                contribution_growth=growth, inflation=infl)
    rows = res.table or []
    real = (res.details or {})["real_value"]
    q = phrase(rng, (
        "{n} has {s} saved for retirement and will contribute {c} at the end of this year, raising it {g} a year. "
        "At {r} a year, what will the account hold in {y} years, in future and in today's dollars ({i} inflation)?",
        "Project my retirement savings: balance {s}, contributions {c} a year growing {g} annually, return {r}, "
        "{y} years, inflation {i}.",
        "What will {s} plus yearly contributions of {c} (rising {g} a year) grow to over {y} years at {r}? Also "
        "state it in today's money at {i} inflation.",
    ), n=name, s=money(start, cents=False), c=money(contrib, cents=False), g=pct(growth), r=pct(rate), y=years,
        i=pct(infl))
    shown = [rows[0], rows[1], rows[-1]] if years > 3 else rows
    steps = [f"B_t = B_(t−1) × (1 + {pct(rate)}) + C × (1 + {pct(growth)})^(t−1):",
             table(("Year", "Contribution", "Year-end balance"),
                   [(str(r["year"]), money(r["contribution"]), money(r["balance"])) for r in shown[:-1]]
                   + ([("…", "", "")] if years > 3 else [])
                   + [(str(shown[-1]["year"]), money(shown[-1]["contribution"]), money(shown[-1]["balance"]))]),
             f"In today's dollars: {money(res.value)} / {num(1 + infl, 4)}^{years} = {money(real)}"]
    return finish(f"{_M}.projection", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="retirement_savings", difficulty="medium",
                  params={"start": start, "contribution": contrib, "rate": rate, "years": years, "growth": growth,
                          "inflation": infl})


def t_required_savings(rng: random.Random) -> Draft:
    """Annual saving needed for a retirement income goal (withdrawal-rate nest egg, inflated, less savings)."""
    name = who(rng)
    age = rng.randint(25, 55)
    retire = rng.randint(max(62, age + 8), 70)
    n = retire - age
    goal, ss = pick(rng, 40_000, 150_000, 1_000), pick(rng, 15_000, 45_000, 500)
    wr, infl, rate = rng.choice((0.035, 0.04, 0.045)), pick(rng, 0.02, 0.03, 0.0025), pick(rng, 0.05, 0.08, 0.0025)
    saved, salary = pick(rng, 0, 400_000, 1_000), pick(rng, 50_000, 250_000, 1_000)
    target_today = (goal - ss) / wr
    target = target_today * (1 + infl) ** n
    grown = saved * (1 + rate) ** n
    need = (target - grown) * rate / ((1 + rate) ** n - 1)
    q = phrase(rng, (
        "{n} is {a}, earns {sal}, and wants {g} a year in retirement at {ra} (today's dollars); Social Security "
        "should cover {ss}. Using a {w} withdrawal rate, {i} inflation and {r} returns, how much must {n} save each "
        "year on top of the current {s}?",
        "How much should I save per year? Age {a}, retiring at {ra}, income goal {g} in today's money, expected "
        "Social Security {ss}, savings {s}, return {r}, inflation {i}, withdrawal rate {w}.",
        "Retirement savings target: goal {g}/yr (today's $), Social Security {ss}, {w} withdrawal rule, {yrs} "
        "years to go, current savings {s}, {r} growth, {i} inflation. Required annual contribution and % of a "
        "{sal} salary?",
    ), n=name, a=age, yrs=n, sal=money(salary, cents=False), g=money(goal, cents=False), ra=retire,
        ss=money(ss, cents=False),
        w=pct(wr), i=pct(infl), r=pct(rate), s=money(saved, cents=False))
    steps = [f"1. Income the portfolio must supply = {money(goal, cents=False)} − {money(ss, cents=False)} = "
             f"{money(goal - ss, cents=False)}; nest egg = that / {pct(wr)} = {money(target_today)} (today's $)",
             f"2. In {n} years at {pct(infl)} inflation: × {num((1 + infl) ** n, 4)} = {money(target)}",
             f"3. Current savings grow to {money(saved, cents=False)} × {num(1 + rate, 4)}^{n} = {money(grown)}",
             f"4. Gap {money(target - grown)}; annual saving = gap × r/((1 + r)^n − 1) = {money(max(need, 0))}"]
    if need <= 0:
        steps.append("Current savings alone reach the target; keep contributing for margin.")
    else:
        steps.append(f"That is {pct(need / salary, 1)} of today's salary (the figure is level in dollars, so it "
                     "shrinks as a share of a rising salary).")
    ans = round(max(need, 0.0), 2)
    return finish(f"{_M}.required_savings", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="retirement_savings", difficulty="hard",
                  params={"years": n, "goal": goal, "social_security": ss, "withdrawal_rate": wr, "inflation": infl,
                          "rate": rate, "saved": saved, "salary": salary})


# ---------------------------------------------------------------------------------------------------- 401(k)

MATCHES: tuple[tuple[str, tuple[tuple[float, float], ...]], ...] = (
    ("100% of the first 3% of pay plus 50% of the next 2%", ((1.0, 0.03), (0.5, 0.02))),
    ("50% of the first 6% of pay", ((0.5, 0.06),)),
    ("100% of the first 4% of pay", ((1.0, 0.04),)),
    ("100% of the first 6% of pay", ((1.0, 0.06),)),
    ("50% of the first 8% of pay", ((0.5, 0.08),)),
    ("100% of the first 1% plus 50% of the next 5%", ((1.0, 0.01), (0.5, 0.05))),
    ("25% of the first 10% of pay", ((0.25, 0.10),)),
)


def match_amount(salary: float, deferral_pct: float, tiers: tuple[tuple[float, float], ...]) -> float:
    """Employer match for a deferral rate under a tiered formula (rate on each band of pay deferred)."""
    total, low = 0.0, 0.0
    for rate, width in tiers:
        total += rate * max(0.0, min(deferral_pct - low, width)) * salary
        low += width
    return total


def t_match(rng: random.Random) -> Draft:
    """Employer 401(k) match under a tiered formula, and the match left unclaimed."""
    name = who(rng)
    label, tiers = rng.choice(MATCHES)
    salary, defer = pick(rng, 35_000, 180_000, 500), pick(rng, 0.01, 0.12, 0.005)
    full_at = sum(w for _, w in tiers)
    got = match_amount(salary, defer, tiers)
    best = match_amount(salary, full_at, tiers)
    q = phrase(rng, (
        "{n} earns {s} and defers {d} of pay into the 401(k). The employer matches {f}. How much is the match this "
        "year, and is any left on the table?",
        "My company's 401(k) match is {f}. I make {s} and contribute {d}. What will the employer put in?",
        "Compute the annual employer match: salary {s}, employee deferral {d}, formula '{f}'.",
    ), n=name, s=money(salary, cents=False), d=pct(defer), f=label)
    rows, low = [], 0.0
    for rate, width in tiers:
        band = max(0.0, min(defer - low, width))
        rows.append((f"{pct(low)}–{pct(low + width)} of pay", pct(rate), money(rate * band * salary)))
        low += width
    steps = [f"Employee deferral = {pct(defer)} × {money(salary, cents=False)} = {money(defer * salary)}",
             table(("Band", "Match rate", "Match"), rows),
             f"Employer match = {money(got)}"
             + (f"; deferring at least {pct(full_at)} would earn {money(best)}, so {money(best - got)} is being left "
                "on the table." if defer < full_at else "; the deferral captures the full match.")]
    ans = round(got, 2)
    return finish(f"{_M}.match", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="employer_plans_401k", difficulty="medium",
                  params={"salary": salary, "deferral": defer, "tiers": [list(t) for t in tiers]})


VESTING: tuple[tuple[str, tuple[float, ...]], ...] = (  # vested share after 0, 1, 2, ... completed years
    ("3-year cliff", (0, 0, 0, 1)), ("2-year cliff", (0, 0, 1)),
    ("6-year graded (20% after 2 years, +20% a year)", (0, 0, 0.2, 0.4, 0.6, 0.8, 1)),
    ("5-year graded (20% per year of service)", (0, 0.2, 0.4, 0.6, 0.8, 1)),
    ("4-year graded (25% per year of service)", (0, 0.25, 0.5, 0.75, 1)),
)


def t_vesting(rng: random.Random) -> Draft:
    """Vested balance on leaving an employer: own deferrals always vested, match by the schedule."""
    name = who(rng)
    label, sched = rng.choice(VESTING)
    years = rng.randint(0, 7)
    share = sched[min(years, len(sched) - 1)]
    own, employer = pick(rng, 2_000, 150_000, 100), pick(rng, 500, 60_000, 100)
    q = phrase(rng, (
        "{n} is leaving a job after {yt} of service. The 401(k) holds {o} from {n}'s own deferrals and {e} of "
        "employer match on a {s} vesting schedule. How much can {n} keep?",
        "I'm changing jobs with {y} years of service. My 401(k): {o} of my contributions plus {e} of employer "
        "money vesting on a {s} schedule. What's my vested balance?",
        "Vesting check: {s}, {y} completed years, employee money {o}, employer match {e}. Vested total?",
    ), n=name, y=years, yt="1 full year" if years == 1 else f"{years} full years", o=money(own, cents=False),
        e=money(employer, cents=False), s=label)
    kept = own + share * employer
    steps = [f"Own deferrals (and their earnings) are always 100% vested: {money(own, cents=False)}",
             f"{label}: after {years} year{'s' if years != 1 else ''} the employer money is {pct(share)} vested → "
             f"{pct(share)} × {money(employer, cents=False)} = {money(share * employer)}; "
             f"{money((1 - share) * employer)} is forfeited",
             f"Vested total = {money(kept)}"]
    return finish(f"{_M}.vesting", instruction=q, steps=steps, answer=round(kept, 2), shown=money(kept),
                  domain="employer_plans_401k", difficulty="easy",
                  params={"schedule": list(sched), "years": years, "own": own, "employer": employer})


def t_trad_vs_roth(rng: random.Random) -> Draft:
    """Traditional against Roth 401(k) for the same pre-tax budget: after-tax value at retirement."""
    name = who(rng)
    rates = (0.10, 0.12, 0.15, 0.22, 0.24, 0.27, 0.32, 0.35)
    now, later = rng.sample(rates, 2)
    c, years, r = pick(rng, 3_000, 23_000, 500), rng.randint(5, 40), pick(rng, 0.04, 0.09, 0.0025)
    fv = c * ((1 + r) ** years - 1) / r
    trad, roth = fv * (1 - later), fv * (1 - now)
    q = phrase(rng, (
        "{n} can put {c} of pre-tax pay a year into a traditional 401(k), or the after-tax equivalent into a Roth "
        "401(k). Tax rate now {t0}, expected in retirement {t1}; {y} years at {r}. Which leaves more to spend?",
        "Traditional vs Roth 401(k): same {c} pre-tax budget each year, {y} years, {r} return, marginal rate {t0} "
        "today and {t1} in retirement. Compare the after-tax balances.",
        "Should I choose Roth or traditional? I'd contribute {c} a year (pre-tax equivalent) for {y} years, earning "
        "{r}. My tax rate is {t0} now and I expect {t1} later.",
    ), n=name, c=money(c, cents=False), t0=pct(now), t1=pct(later), y=years, r=pct(r))
    steps = [f"Traditional: {money(c, cents=False)} a year grows to FV = C((1 + r)^n − 1)/r = {money(fv)}; after "
             f"{pct(later)} tax on withdrawal: {money(trad)}",
             f"Roth: the same pay buys {money(c, cents=False)} × (1 − {pct(now)}) = {money(c * (1 - now))} a year of "
             f"contributions, growing to {money(roth)}, tax-free",
             f"Roth − traditional = FV × (t_later − t_now) = {money(roth - trad)}",
             "Recommendation: " + ("traditional, because the tax rate is expected to fall in retirement."
                                   if later < now else "Roth, because the tax rate is expected to rise.")
             + " With equal rates the two tie; Roth also avoids RMD-driven taxable income."]
    ans = round(roth - trad, 2)
    return finish(f"{_M}.trad_vs_roth", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="employer_plans_401k", difficulty="hard",
                  params={"contribution": c, "years": years, "rate": r, "tax_now": now, "tax_later": later})


# ---------------------------------------------------------------------------------------------------- IRAs

def roth_limit(year: int, status: str, age: int, magi: float) -> tuple[float, float]:
    """(full limit, allowed Roth IRA contribution) after the MAGI phase-out (IRS Pub. 590-A worksheet: the
    reduced limit is rounded up to a multiple of $10, and to $200 if it is above zero but below $200)."""
    full = IRA_LIMIT[year] + (IRA_CATCH_UP if age >= 50 else 0)
    low, high = ROTH_PHASEOUT[year][status]
    if magi <= low:
        return full, full
    if magi >= high:
        return full, 0.0
    allowed = ceil_to(full * (high - magi) / (high - low), 10)
    return full, max(allowed, 200.0)


def t_roth_phaseout(rng: random.Random) -> Draft:
    """Allowed Roth IRA contribution inside the MAGI phase-out range."""
    name = who(rng)
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly"))
    age = rng.randint(22, 70)
    low, high = ROTH_PHASEOUT[year][status]
    magi = pick(rng, low - 6_000, high + 2_000, 250)
    full, allowed = roth_limit(year, status, age, magi)
    q = phrase(rng, (
        "{n} is {a}, files {s}, and expects modified AGI of {m} in {y}. How much can go into a Roth IRA?",
        "Roth IRA eligibility for {y}: filing status {s}, MAGI {m}, age {a}. What is the maximum direct "
        "contribution?",
        "With a MAGI of {m} ({s}, {y}) and age {a}, am I phased out of a Roth IRA? What's my limit?",
    ), n=name, a=age, s=STATUS_LABEL[status], m=money(magi, cents=False), y=year)
    steps = [f"{year} IRA limit {money(IRA_LIMIT[year], cents=False)}"
             + (f" + {money(IRA_CATCH_UP, cents=False)} catch-up (50+) = {money(full, cents=False)}" if age >= 50
                else "") + f"; phase-out range {money(low, cents=False)}–{money(high, cents=False)} "
             "(IRS Notice " + ("2023-75" if year == 2024 else "2024-80") + ")"]
    if magi <= low:
        steps.append("MAGI is below the range: the full amount is allowed.")
    elif magi >= high:
        steps.append("MAGI is above the range: no direct Roth contribution (a backdoor Roth via a nondeductible "
                     "traditional IRA is the usual workaround).")
    else:
        raw = full * (high - magi) / (high - low)
        steps.append(f"Allowed = {money(full, cents=False)} × ({money(high, cents=False)} − {money(magi, cents=False)})"
                     f" / {money(high - low, cents=False)} = {money(raw)} → rounded up to the next $10 (minimum $200)"
                     f" = {money(allowed, cents=False)}")
    return finish(f"{_M}.roth_phaseout", instruction=q, steps=steps, answer=allowed,
                  shown=money(allowed, cents=False), domain="iras_roth", difficulty="medium",
                  params={"year": year, "status": status, "age": age, "magi": magi})


def t_roth_conversion(rng: random.Random) -> Draft:
    """Federal tax added by a Roth conversion on top of other taxable income."""
    name = who(rng)
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly", "head_of_household"))
    base, conv = pick(rng, 20_000, 300_000, 500), pick(rng, 10_000, 200_000, 1_000)
    t0, t1 = ordinary_tax(base, status, year), ordinary_tax(base + conv, status, year)
    q = phrase(rng, (
        "{n} ({s}) has {b} of taxable income in {y} before converting {c} of a traditional IRA to Roth. How much "
        "federal income tax does the conversion add?",
        "Roth conversion tax: taxable income before conversion {b}, conversion {c}, filing {s}, tax year {y}. "
        "Extra tax and the effective rate on the converted amount?",
        "If I convert {c} to a Roth in {y} with {b} of other taxable income ({s}), what's the tax bill on the "
        "conversion?",
    ), n=name, s=STATUS_LABEL[status], b=money(base, cents=False), c=money(conv, cents=False), y=year)
    steps = [f"Tax on {money(base, cents=False)} ({year} {STATUS_LABEL[status]} brackets) = {money(t0)}",
             f"Tax on {money(base + conv, cents=False)} = {money(t1)}",
             f"Added tax = {money(t1 - t0)}, i.e. {pct((t1 - t0) / conv)} of the {money(conv, cents=False)} converted"
             " (pay it from outside the IRA so the whole amount keeps growing tax-free)"]
    ans = round(t1 - t0, 2)
    return finish(f"{_M}.roth_conversion", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="iras_roth", difficulty="medium",
                  params={"year": year, "status": status, "taxable_before": base, "conversion": conv})


def bracket_tops(status: str, year: int) -> list[float]:
    """Upper edges of the 10% … 35% brackets (from the calculator's own table)."""
    rows = us_federal_income_tax(1e9, status, year).table or []  # type: ignore[arg-type]
    return [float(r["to"]) for r in rows if r["to"] is not None]


def t_roth_fill(rng: random.Random) -> Draft:
    """Roth conversion that fills the current bracket or the next one: amounts and tax for each."""
    name = who(rng)
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly"))
    tops = bracket_tops(status, year)
    base = pick(rng, tops[0] + 1_000, tops[2] - 2_000, 50)
    top22, top24 = tops[2], tops[3]
    tax0 = ordinary_tax(base, status, year)
    fill22 = top22 - base
    t22 = ordinary_tax(top22, status, year) - tax0
    t24 = ordinary_tax(top24, status, year) - tax0
    target = rng.choice((0.22, 0.24))
    q = phrase(rng, (
        "{n} ({s}) expects {b} of taxable income in {y} and wants to convert traditional IRA money to Roth without "
        "going past the {t} bracket. How much can be converted, and what is the tax?",
        "Bracket-filling Roth conversion for {y}: taxable income {b}, filing {s}. Compare filling the 22% bracket "
        "and filling the 24% bracket; I plan to fill up to {t}.",
        "How much should I convert to Roth this year ({y}, {s}, taxable income {b}) to top out the {t} bracket, "
        "and what will it cost in federal tax?",
    ), n=name, s=STATUS_LABEL[status], b=money(base, cents=False), y=year, t=pct(target))
    ans = round(t22 if target == 0.22 else t24, 2)
    amount = (top22 if target == 0.22 else top24) - base
    steps = [f"{year} {STATUS_LABEL[status]} brackets: 22% ends at {money(top22, cents=False)}, 24% at "
             f"{money(top24, cents=False)}",
             table(("Fill to top of", "Conversion", "Added tax", "Rate on conversion"),
                   [("22%", money(fill22, cents=False), money(t22), pct(t22 / fill22)),
                    ("24%", money(top24 - base, cents=False), money(t24), pct(t24 / (top24 - base)))]),
             f"Filling to the top of {pct(target)}: convert {money(amount, cents=False)}, "
             f"added tax {money(ans)}. Worth it when the expected rate on future withdrawals (including RMDs) is at "
             "least that high; pay the tax from taxable savings, not from the IRA."]
    return finish(f"{_M}.roth_fill", instruction=q, steps=steps, answer=ans, shown=money(ans), domain="iras_roth",
                  difficulty="hard", params={"year": year, "status": status, "taxable_before": base,
                                             "target_rate": target})


# ---------------------------------------------------------------------------------------------------- readiness

def _readiness_params(rng: random.Random) -> dict[str, float]:
    age = rng.randint(30, 55)
    salary = pick(rng, 50_000, 200_000, 1_000)
    multiple = rng.uniform(0.05, 0.35) * (age - 26)  # roughly 1x pay saved at 30, 3x at 40, 6x at 50
    return {"age": age, "retire": rng.choice((65, 67, 67, 70)), "salary": salary,
            "saved": round(salary * multiple, -3), "deferral": pick(rng, 0.03, 0.12, 0.01),
            "raise": pick(rng, 0.02, 0.04, 0.005), "rate": pick(rng, 0.05, 0.075, 0.0025),
            "inflation": pick(rng, 0.025, 0.03, 0.0025), "replacement": rng.choice((0.7, 0.75, 0.8, 0.85)),
            "ss_today": round(min(45_000, 12_000 + 0.3 * salary) * rng.uniform(0.85, 1.05), -2),
            "wr": rng.choice((0.035, 0.04, 0.045))}


def t_readiness(rng: random.Random) -> Draft:
    """Retirement readiness: project 401(k) with match and raises, income in today's dollars from the nest egg and
    Social Security, the gap to a replacement-ratio goal, and the extra saving that closes it."""
    name = who(rng)
    p = _readiness_params(rng)
    label, tiers = rng.choice(MATCHES)
    n = int(p["retire"] - p["age"])
    match = match_amount(p["salary"], p["deferral"], tiers)
    c0 = p["salary"] * p["deferral"] + match
    res = retirement_projection(current_savings=p["saved"], annual_contribution=c0, annual_return=p["rate"], years=n,
                                contribution_growth=p["raise"], inflation=p["inflation"])
    real = (res.details or {})["real_value"]
    income = p["wr"] * real + p["ss_today"]
    goal = p["replacement"] * p["salary"]
    gap = goal - income
    extra = 0.0
    if gap > 0:
        extra_nom = gap / p["wr"] * (1 + p["inflation"]) ** n
        extra = extra_nom * p["rate"] / ((1 + p["rate"]) ** n - 1)
    q = phrase(rng, (
        "{n} is {a}, earns {s}, has {b} in a 401(k), defers {d} of pay, and the employer matches {m}. Raises {g} a "
        "year, returns {r}, inflation {i}. Retiring at {ra} with Social Security of {ss} (today's dollars), will a "
        "{w} withdrawal rate replace {rr} of pay? If not, how much more should {n} save?",
        "Retirement readiness check. Age {a}, salary {s}, balance {b}, deferral {d}, match: {m}. Assume {g} raises, "
        "{r} returns, {i} inflation, retirement at {ra}, Social Security {ss}/yr in today's money, {w} withdrawals. "
        "Goal: {rr} of current pay. Am I on track, and what's the fix?",
    ), n=name, a=int(p["age"]), s=money(p["salary"], cents=False), b=money(p["saved"], cents=False),
        d=pct(p["deferral"]), m=label, g=pct(p["raise"]), r=pct(p["rate"]), i=pct(p["inflation"]), ra=int(p["retire"]),
        ss=money(p["ss_today"], cents=False), w=pct(p["wr"]), rr=pct(p["replacement"]))
    steps = [f"1. Year-1 contribution = {pct(p['deferral'])} × {money(p['salary'], cents=False)} + match "
             f"{money(match)} = {money(c0)}, growing {pct(p['raise'])} a year",
             f"2. Projection over {n} years (B_t = B_(t−1)(1 + r) + C_t): {money(res.value)}; in today's dollars "
             f"{money(real)}",
             f"3. Income in today's dollars = {pct(p['wr'])} × {money(real)} + Social Security "
             f"{money(p['ss_today'], cents=False)} = {money(income)}",
             f"4. Goal = {pct(p['replacement'])} × {money(p['salary'], cents=False)} = {money(goal)}; "
             + (f"shortfall {money(gap)} a year" if gap > 0 else f"surplus {money(-gap)} a year: on track")]
    if gap > 0:
        steps.append(f"5. Extra nest egg = {money(gap)} / {pct(p['wr'])} = {money(gap / p['wr'])} today, "
                     f"{money(gap / p['wr'] * (1 + p['inflation']) ** n)} at retirement; level saving = that × "
                     f"r/((1 + r)^n − 1) = {money(extra)} a year ({pct(extra / p['salary'], 1)} of pay now).\n"
                     + ("Recommendation: that is more than a quarter of pay, so saving alone is unrealistic; retire "
                        "later (each year adds contributions and growth and shortens the payout), claim Social "
                        "Security later, or lower the goal, alongside a higher deferral."
                        if extra > 0.25 * p["salary"] else
                        "Recommendation: raise the deferral by about that share (the 401(k) limit permitting), keep "
                        "capturing the full match, or plan to work a little longer or claim Social Security later."))
    else:
        steps.append("5. Recommendation: stay the course; revisit the assumptions every year or two.")
    ans = round(extra, 2)
    return finish(f"{_M}.readiness", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="retirement_savings", difficulty="extremely_complex",
                  params={**p, "tiers": [list(t) for t in tiers]})


TEMPLATES: list[tuple[Template, float]] = [
    (t_projection, 3.0), (t_required_savings, 3.0), (t_match, 3.0), (t_vesting, 3.5), (t_trad_vs_roth, 2.5),
    (t_roth_phaseout, 2.5), (t_roth_conversion, 2.5), (t_roth_fill, 2.5), (t_readiness, 4.5),
]
