"""Retirement Planning (50): RMDs, projections, nest-egg sizing, savings needed, deferral limits, employer matches,
conversions and the backdoor-Roth pro-rata rule; facts and short explanations in :mod:`retirement_facts`."""

from __future__ import annotations

import random

from eval.quizgen.common import STATUS_TEXT, Maker, QuizSpec, mc, money, name, num, pct, quiz, repeat, step
from eval.quizgen.retirement_facts import RETIREMENT_FACTS, RETIREMENT_SHORT
from eval.quizgen.rules import CATCH_UP_50, CATCH_UP_60_63_2025, DEFERRAL_LIMIT, ordinary_tax
from eval.schema import Question
from tools.calc.tax_retirement import required_minimum_distribution, retirement_projection
from tools.calc.tvm import periods_to_payoff, present_value

T = "eval.retirement."


def rmd(rng: random.Random) -> Question:
    age = rng.randint(73, 90)
    balance = step(rng, 150_000, 3_000_000, 1_000)
    res = required_minimum_distribution(balance, age, 2025 - age)
    q = (f"{name(rng)}, born in {2025 - age}, turns {age} in 2025. The traditional IRA held {money(balance)} on "
         "December 31, 2024, and its sole beneficiary is an adult child. Using the IRS Uniform Lifetime Table, "
         "what is the required minimum distribution for 2025?")
    return num(T + "rmd", q, res.value, "usd", params={"age": age, "balance": balance},
               explanation=f"Distribution period at {age}: {res.inputs['period']}; {money(balance)} / "
               f"{res.inputs['period']} = {money(res.value, True)}")


def projection(rng: random.Random) -> Question:
    saved, yearly = step(rng, 0, 400_000, 5_000), step(rng, 3_000, 30_000, 500)
    rate, years = step(rng, 0.04, 0.09, 0.005), rng.randint(8, 35)
    res = retirement_projection(saved, yearly, rate, years)
    q = (f"{name(rng)} has {money(saved)} saved for retirement and will add {money(yearly)} at the end of each "
         f"year for {years} years. If the account earns {pct(rate)} a year, compounded annually, what will it "
         "hold at the end of the last year?")
    return num(T + "projection", q, res.value, "usd",
               params={"saved": saved, "yearly": yearly, "rate": rate, "years": years},
               explanation=f"{money(saved)} × {1 + rate:g}^{years} + {money(yearly)} × ((1 + {rate:g})^{years} − 1)"
               f" / {rate:g} = {money(res.value, True)}")


def projection_growing(rng: random.Random) -> Question:
    saved, yearly = step(rng, 10_000, 250_000, 5_000), step(rng, 4_000, 20_000, 500)
    rate, growth, years = step(rng, 0.05, 0.08, 0.005), step(rng, 0.02, 0.04, 0.005), rng.randint(10, 30)
    res = retirement_projection(saved, yearly, rate, years, contribution_growth=growth)
    q = (f"A saver starts with {money(saved)}, contributes {money(yearly)} at the end of the first year and raises "
         f"the contribution by {pct(growth)} every year after that. The portfolio earns {pct(rate)} a year. What "
         f"is the balance right after the contribution at the end of year {years}?")
    return num(T + "projection_growing", q, res.value, "usd",
               params={"saved": saved, "yearly": yearly, "rate": rate, "growth": growth, "years": years},
               explanation=f"B_t = B_(t−1) × {1 + rate:g} + {money(yearly)} × {1 + growth:g}^(t−1), for t = 1.."
               f"{years}: {money(res.value, True)}")


def nest_egg(rng: random.Random) -> Question:
    income, years = step(rng, 30_000, 120_000, 1_000), rng.randint(20, 35)
    rate, start = step(rng, 0.03, 0.07, 0.005), rng.random() < 0.5
    pv = present_value(annual_rate=rate, years=years, payment=income).value * ((1 + rate) if start else 1)
    when = "at the start of each year (the first one immediately)" if start else "at the end of each year"
    q = (f"How much must a retiree have on the first day of retirement to withdraw {money(income)} {when} for "
         f"{years} years, leaving nothing at the end, if the money left invested earns {pct(rate)} a year?")
    return num(T + "nest_egg", q, pv, "usd",
               params={"income": income, "years": years, "rate": rate, "start": start},
               explanation=f"PV of an annuity{' due' if start else ''}: {money(income)} × (1 − {1 + rate:g}^−{years})"
               f" / {rate:g}{f' × {1 + rate:g}' if start else ''} = {money(pv, True)}")


def four_percent(rng: random.Random) -> Question:
    spend, pension = step(rng, 60_000, 160_000, 1_000), step(rng, 18_000, 50_000, 500)
    need = (spend - pension) / 0.04
    q = (f"A couple wants {money(spend)} a year of pre-tax retirement income. Social Security will cover "
         f"{money(pension)} of it. Using the 4% initial withdrawal rule, how large a portfolio do they need for "
         "the rest?")
    return num(T + "four_percent", q, need, "usd", exact=True, params={"spend": spend, "pension": pension},
               explanation=f"Gap {money(spend - pension)} / 0.04 = {money(need)} (25 times the gap)")


def monthly_saving(rng: random.Random) -> Question:
    goal, rate, years = step(rng, 400_000, 2_000_000, 10_000), step(rng, 0.05, 0.08, 0.005), rng.randint(12, 35)
    i, n = rate / 12, 12 * years
    saved = step(rng, 0, min(150_000, 0.6 * goal / (1 + i) ** n), 5_000)
    grown = saved * (1 + i) ** n
    pmt = (goal - grown) * i / ((1 + i) ** n - 1)
    has = f"already has {money(saved)} invested" if saved else "has nothing invested yet"
    q = (f"{name(rng)} wants {money(goal)} in {years} years and {has}. The money "
         f"earns {pct(rate)} a year, compounded monthly. What deposit at the end of every month reaches the goal?")
    return num(T + "monthly_saving", q, pmt, "usd",
               params={"goal": goal, "saved": saved, "rate": rate, "years": years},
               explanation=f"Existing savings grow to {money(grown, True)}; shortfall {money(goal - grown, True)} × "
               f"i / ((1 + i)^{n} − 1) with i = {rate:g}/12 → {money(pmt, True)} a month")


def real_value(rng: random.Random) -> Question:
    balance, years, infl = step(rng, 500_000, 3_000_000, 25_000), rng.randint(15, 35), step(rng, 0.02, 0.035, 0.005)
    real = balance / (1 + infl) ** years
    q = (f"A projection shows a retirement balance of {money(balance)} in {years} years. If inflation averages "
         f"{pct(infl)} a year, what is that balance worth in today's dollars?")
    return num(T + "real_value", q, real, "usd", params={"balance": balance, "years": years, "inflation": infl},
               explanation=f"{money(balance)} / {1 + infl:g}^{years} = {money(real, True)}")


def early_withdrawal(rng: random.Random) -> Question:
    amount, rate, age = step(rng, 10_000, 60_000, 1_000), rng.choice((0.22, 0.24)), rng.randint(38, 52)
    cost = amount * (rate + 0.10)
    q = (f"After leaving a job at age {age}, {name(rng)} cashes out {money(amount)} from the former employer's "
         f"traditional 401(k), funded only with pre-tax deferrals. All of it falls in the {pct(rate, 0)} federal "
         "bracket and no penalty exception applies. How much federal income tax plus early-withdrawal additional "
         "tax does the withdrawal cost in total?")
    return num(T + "early_withdrawal", q, cost, "usd", exact=True,
               params={"amount": amount, "rate": rate, "age": age},
               explanation=f"{pct(rate, 0)} income tax + 10% additional tax (IRC §72(t)) = {pct(rate + 0.1, 0)} × "
               f"{money(amount)} = {money(cost)}")


def max_deferral(rng: random.Random) -> Question:
    year, age = rng.choice((2024, 2025)), rng.choice((38, 47, 50, 55, 60, 61, 62, 63, 64, 67))
    extra = (CATCH_UP_60_63_2025 if year == 2025 and 60 <= age <= 63 else CATCH_UP_50) if age >= 50 else 0
    total = DEFERRAL_LIMIT[year] + extra
    salary = step(rng, 90_000, 400_000, 5_000)
    q = (f"An employee earning {money(salary)} who is {age} at the end of {year} participates in a 401(k) plan that "
         f"allows catch-up contributions. What is the most the employee can defer from salary (pre-tax and Roth "
         f"combined) for {year}?")
    return num(T + "max_deferral", q, total, "usd", exact=True, params={"year": year, "age": age},
               explanation=f"Base limit {money(DEFERRAL_LIMIT[year])} + catch-up {money(extra)}"
               + (" (ages 60-63 in 2025, SECURE 2.0 §109)" if extra == CATCH_UP_60_63_2025 else "")
               + f" = {money(total)}")


_MATCHES = (("100% of the first 3% of pay deferred plus 50% of the next 2%", ((0.03, 1.0), (0.02, 0.5))),
            ("50% of deferrals up to 6% of pay", ((0.06, 0.5),)),
            ("100% of deferrals up to 4% of pay", ((0.04, 1.0),)),
            ("100% of deferrals up to 5% of pay", ((0.05, 1.0),)))


def _match(salary: float, deferral: float, tiers: tuple[tuple[float, float], ...]) -> float:
    out, used = 0.0, 0.0
    for width, rate in tiers:
        part = max(0.0, min(deferral - used, width))
        out, used = out + part * rate * salary, used + width
    return out


def employer_match(rng: random.Random) -> Question:
    salary = step(rng, 45_000, 180_000, 1_000)
    text, tiers = rng.choice(_MATCHES)
    deferral = rng.choice((0.02, 0.03, 0.04, 0.06, 0.08))
    match = _match(salary, deferral, tiers)
    q = (f"An employer matches {text}. An employee earning {money(salary)} defers {pct(deferral, 0)} of pay. What "
         "is the employer's matching contribution for the year?")
    return num(T + "employer_match", q, match, "usd", exact=True,
               params={"salary": salary, "deferral": deferral, "formula": text},
               explanation=f"Apply each tier to the {pct(deferral, 0)} deferred of {money(salary)}: {money(match)}")


def conversion_tax(rng: random.Random) -> Question:
    status = rng.choice(("single", "married_filing_jointly"))
    taxable, amount = step(rng, 30_000, 220_000, 500), step(rng, 10_000, 120_000, 1_000)
    extra = ordinary_tax(taxable + amount, status, 2025) - ordinary_tax(taxable, status, 2025)
    q = (f"A retiree filing {STATUS_TEXT[status]} expects 2025 taxable income of {money(taxable)} before any Roth "
         f"conversion. Converting {money(amount)} of pre-tax traditional IRA money (no basis) adds that amount to "
         "taxable income. How much more 2025 federal income tax does the conversion cause?")
    return num(T + "conversion_tax", q, extra, "usd", params={"status": status, "taxable": taxable, "amount": amount},
               explanation=f"Tax on {money(taxable + amount)} − tax on {money(taxable)} = {money(extra, True)} "
               f"({pct(extra / amount)} of the conversion)")


def years_lasting(rng: random.Random) -> Question:
    pot, rate = step(rng, 400_000, 1_500_000, 10_000), step(rng, 0.03, 0.06, 0.005)
    draw = step(rng, pot * (rate + 0.015), pot * (rate + 0.06), 1_000)
    res = periods_to_payoff(pot, rate, draw, 1)
    q = (f"A {money(pot)} portfolio earns {pct(rate)} a year. The owner withdraws {money(draw)} at the end of each "
         "year. How many years of withdrawals does it support before it runs out (fractional years allowed)?")
    return num(T + "years_lasting", q, res.value, "years", params={"pot": pot, "rate": rate, "draw": draw},
               explanation=f"n = −ln(1 − r·P/W) / ln(1 + r) = −ln(1 − {rate:g} × {pot:,.0f} / {draw:,.0f}) / "
               f"ln({1 + rate:g}) = {res.value:.2f} years")


def rmd_start(rng: random.Random) -> Question:
    born = rng.randint(1951, 1966)
    right = "75" if born >= 1960 else "73"
    q = (f"Under SECURE 2.0, at what age must an IRA owner born in {born} take a first required minimum "
         "distribution?")
    return mc(T + "rmd_start", q, right, ["73" if right == "75" else "75", "72", "70½", "70"],
              params={"born": born}, explanation="SECURE 2.0 §107: age 73 for those born 1951-1959, 75 for 1960 "
              "and later.")


def pro_rata(rng: random.Random) -> Question:
    pretax = step(rng, 20_000, 300_000, 1_000)
    taxable = 7_000 * pretax / (pretax + 7_000)
    q = (f"{name(rng)} has {money(pretax)} in a rollover IRA, all pre-tax, and no other IRAs. In 2025 a $7,000 "
         "nondeductible traditional IRA contribution is made and the $7,000 is converted to a Roth IRA the next "
         f"week; at year end the traditional IRAs hold {money(pretax)}. How much of the conversion is taxable?")
    return mc(T + "pro_rata", q, money(taxable), [money(0), money(7_000), money(7_000 * 7_000 / (pretax + 7_000)),
                                                  money(7_000 * pretax / (pretax + 14_000))],
              params={"pretax": pretax},
              explanation=f"Pro-rata rule (Form 8606): basis share = 7,000 / ({pretax:,.0f} + 7,000); taxable = "
              f"7,000 × {pretax:,.0f} / {pretax + 7_000:,.0f} = {money(taxable)}")


def forgone_match(rng: random.Random) -> Question:
    salary, cap = step(rng, 40_000, 150_000, 1_000), rng.choice((0.04, 0.05, 0.06))
    deferral = rng.choice([d for d in (0.01, 0.02, 0.03) if d < cap])
    lost = salary * (cap - deferral)
    q = (f"A plan matches 100% of deferrals up to {pct(cap, 0)} of pay. An employee earning {money(salary)} defers "
         f"only {pct(deferral, 0)}. How much employer money does the employee pass up each year?")
    return mc(T + "forgone_match", q, money(lost), [money(salary * cap), money(salary * deferral),
                                                    money(lost / 2), money(salary * (cap - deferral) * 2),
                                                    money(lost / 12), money(salary * cap / 2)],
              params={"salary": salary, "cap": cap, "deferral": deferral},
              explanation=f"Full match {money(salary * cap)} − match received {money(salary * deferral)} = "
              f"{money(lost)}")


_PLAN: list[Maker] = [
    *repeat(rmd, 3), *repeat(projection, 3), projection_growing, *repeat(nest_egg, 2), four_percent,
    *repeat(monthly_saving, 2), real_value, early_withdrawal, *repeat(max_deferral, 2), *repeat(employer_match, 2),
    conversion_tax, years_lasting,
    *repeat(rmd_start, 2), pro_rata, forgone_match, *RETIREMENT_FACTS, *RETIREMENT_SHORT,
]

QUIZZES: list[QuizSpec] = [quiz("retirement_planning", "Retirement Planning", 50, _PLAN)]
