"""Social Security (10) and Employee Benefits (9)."""

from __future__ import annotations

import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, facts, mc, money, num, pct, quiz, repeat, step
from eval.quizgen.rules import BEND_POINTS, EARNINGS_TEST, HSA_LIMIT, claim_factor, fra_months, pia
from eval.schema import Question

T = "eval.benefits."


# ---------------------------------------------------------------------------------------------------- Social Security

def pia_formula(rng: random.Random) -> Question:
    year, aime = rng.choice((2024, 2025)), step(rng, 1_500, 12_000, 1)
    b1, b2 = BEND_POINTS[year]
    value = pia(aime, year)
    q = (f"A worker first eligible for retirement benefits (turning 62) in {year} has average indexed monthly "
         f"earnings (AIME) of {money(aime)}. Using that year's bend points, what is the primary insurance amount "
         "(PIA), before any cost-of-living adjustments?")
    return num(T + "pia_formula", q, value, "usd", params={"year": year, "aime": aime},
               explanation=f"90% × {money(min(aime, b1))} + 32% × {money(max(0, min(aime, b2) - b1))} + 15% × "
               f"{money(max(0, aime - b2))} = {money(value, True)} (bend points {money(b1)} and {money(b2)}, "
               "rounded down to the dime)")


def early_or_late(rng: random.Random) -> Question:
    born, base = rng.randint(1960, 1964), step(rng, 1_200, 4_000, 10)
    age = rng.choice((62, 63, 64, 65, 66, 68, 69, 70))
    factor = claim_factor(age * 12, fra_months(born))
    q = (f"A worker born in {born} (full retirement age 67) has a primary insurance amount of {money(base)} a "
         f"month and starts retirement benefits in the month of turning exactly {age}. What is the monthly benefit, "
         "before cost-of-living adjustments and Medicare premiums?")
    return num(T + "early_or_late", q, base * factor, "usd", params={"born": born, "pia": base, "age": age},
               explanation=(f"{(67 - age) * 12} months early: 5/9% a month for 36, 5/12% beyond" if age < 67 else
                            f"{(age - 67) * 12} months of delayed credits at 2/3% a month")
               + f" → {pct(factor, 2)} × {money(base)} = {money(base * factor, True)}")


def earnings_test(rng: random.Random) -> Question:
    year, fra_year = rng.choice((2024, 2025)), rng.random() < 0.35
    low, high = EARNINGS_TEST[year]
    limit = high if fra_year else low
    earned = step(rng, limit + 2_000, limit + 40_000, 100)
    held = (earned - limit) / (3 if fra_year else 2)
    if fra_year:
        when = f"who reaches full retirement age in December {year} earns {money(earned)} in the months before then"
    else:
        when = f"who is under full retirement age all of {year} earns {money(earned)} in wages"
    q = (f"A Social Security beneficiary {when}. Under the retirement earnings test, how much in benefits is "
         "withheld for the year?")
    return num(T + "earnings_test", q, held, "usd", params={"year": year, "fra_year": fra_year, "earned": earned},
               explanation=f"$1 withheld for every {'$3' if fra_year else '$2'} over {money(limit)} ({year}): "
               f"({money(earned)} − {money(limit)}) / {3 if fra_year else 2} = {money(held, True)}")


def fra_by_birth(rng: random.Random) -> Question:
    born = rng.randint(1955, 1959)
    months = fra_months(born)
    q = f"What is the full retirement age for Social Security for someone born in {born}?"
    wrong = [_age(m) for m in (66 * 12, 67 * 12, months + 2, months - 2, 65 * 12)]
    return mc(T + "fra_by_birth", q, _age(months), wrong, params={"born": born},
              explanation=f"FRA rises two months a year from 66 (born 1954) to 67 (born 1960): {_age(months)} for "
              f"{born}")


def _age(months: int) -> str:
    return f"{months // 12} and {months % 12} months" if months % 12 else str(months // 12)


_SS_MC = [
    MC("credit_2025", "How much covered earnings did a worker need in 2025 to earn one Social Security credit?",
       "$1,810", ("$1,730", "$1,640", "$4,000", "$7,240"),
       "SSA: $1,810 per credit in 2025 ($1,730 in 2024), at most four credits a year; 40 credits qualify for "
       "retirement benefits."),
    MC("cola_2025", "What cost-of-living adjustment did Social Security benefits receive in January 2025?",
       "2.5%", ("3.2%", "8.7%", "2.0%", "5.9%"), "SSA announced a 2.5% COLA for 2025 (3.2% for 2024)."),
    MC("spousal_max", "At most, what share of the worker's primary insurance amount can a spouse receive as a "
       "spousal benefit, claimed at the spouse's full retirement age?", "50%", ("100%", "33%", "75%", "25%"),
       "The spousal benefit is up to 50% of the worker's PIA; it is reduced if claimed early and earns no "
       "delayed credits."),
]

_SS_SA = [
    SA("delay_decision", "What should someone weigh when deciding whether to delay Social Security from 62 to 70?",
       (("delay", "delaying", "wait", "waiting"), ("8%", "larger", "higher", "increase", "bigger"),
        ("longevity", "life expectancy", "health", "live longer", "break even", "breakeven")),
       "Each year of delay past FRA adds 8% (and early claiming cuts the benefit) for life, inflation-adjusted; "
       "it pays off if one lives past the break-even (around age 80-83), so health, longevity, other savings "
       "and a spouse's survivor benefit matter."),
    SA("survivor_reason", "In a married couple, the spouse with the bigger earnings record is often urged to wait "
       "until 70 to start Social Security even if the other spouse claims early. What is the main reason?",
       (("survivor", "widow", "widower", "surviving spouse"),
        ("higher", "larger", "bigger", "the larger"), ("delay", "delaying", "70", "wait")),
       "When one spouse dies the survivor keeps the larger of the two benefits; delaying the higher earner's "
       "claim raises that survivor benefit for as long as either spouse lives."),
]


# ---------------------------------------------------------------------------------------------------- benefits

def hsa_room(rng: random.Random) -> Question:
    year, family, age = rng.choice((2024, 2025)), rng.random() < 0.5, rng.choice((35, 48, 56, 61))
    base = HSA_LIMIT[year][1 if family else 0]
    extra = 1_000 if age >= 55 else 0
    employer = step(rng, 0, 1_500, 250)
    room = base + extra - employer
    q = (f"An employee aged {age} has {'family' if family else 'self-only'} HDHP coverage all of {year}, with no "
         f"other health coverage. Employer deposits to the employee's HSA for {year} total {money(employer)}. What "
         "is the most the employee may still add for that year?")
    return num(T + "hsa_room", q, room, "usd", exact=True,
               params={"year": year, "family": family, "age": age, "employer": employer},
               explanation=f"{year} limit {money(base)}" + (" + $1,000 catch-up (55+)" if extra else "")
               + f", employer money counts: − {money(employer)} = {money(room)}")


def espp_price(rng: random.Random) -> Question:
    start = step(rng, 20, 200, 0.25)
    end = step(rng, start * 0.75, start * 1.5, 0.25)
    price = 0.85 * min(start, end)
    q = (f"A qualified ESPP buys shares at a 15% discount to the lower of the price on the offering date and on "
         f"the purchase date. The stock was {money(start, True)} on the offering date and {money(end, True)} on the "
         "purchase date. What purchase price per share does the employee pay?")
    return num(T + "espp_price", q, price, "usd", params={"start": start, "end": end},
               explanation=f"85% × min({money(start, True)}, {money(end, True)}) = {money(price, True)}")


def nso_income(rng: random.Random) -> Question:
    shares, strike = step(rng, 500, 20_000, 100), step(rng, 5, 80, 0.5)
    fmv = step(rng, strike * 1.2, strike * 4, 0.25)
    income = shares * (fmv - strike)
    q = (f"An employee exercises {shares:,.0f} nonqualified stock options with a {money(strike, True)} strike price "
         f"when the stock trades at {money(fmv, True)}, and holds the shares. How much ordinary (W-2) income does "
         "the exercise create?")
    return num(T + "nso_income", q, income, "usd", exact=True, params={"shares": shares, "strike": strike,
                                                                      "fmv": fmv},
               explanation=f"Spread ({money(fmv, True)} − {money(strike, True)}) × {shares:,.0f} = "
               f"{money(income, True)}; it becomes basis in the shares")


_EB_MC = [
    MC("fsa_carryover_2025", "If a health FSA plan allows a carryover, what is the most of unused 2025 funds that "
       "can roll into 2026?", "$660", ("$640", "$610", "$3,300", "$500"),
       "Rev. Proc. 2024-40: carryover up to $660 from 2025 plan years (the salary-reduction limit is $3,300)."),
    MC("dcfsa_limit", "What was the maximum annual exclusion for a dependent care FSA for a married couple filing "
       "jointly in 2025?", "$5,000", ("$2,500", "$3,300", "$7,500", "$10,000"),
       "IRC §129(a)(2)(A): $5,000 per household ($2,500 married filing separately) through 2025; Public Law "
       "119-21 raises it to $7,500 from 2026."),
    MC("iso_qualifying", "What holding periods make a sale of stock from incentive stock options a qualifying "
       "disposition?", "More than 2 years from grant and more than 1 year from exercise",
       ("More than 1 year from grant and 2 years from exercise", "More than 1 year from exercise only",
        "More than 3 years from grant", "More than 6 months from exercise"),
       "IRC §422(a)(1): then the whole gain is long-term capital gain and nothing is ordinary income."),
    MC("health_fsa_2025", "What is the 2025 limit on employee salary-reduction contributions to a health FSA?",
       "$3,300", ("$3,200", "$4,300", "$5,000", "$2,750"),
       "Rev. Proc. 2024-40: $3,300 for 2025 ($3,200 in 2024)."),
]

_EB_SA = [
    SA("hsa_triple", "Why is a health savings account described as triple tax-advantaged?",
       (("deductible", "pre tax", "pretax", "deduction", "before tax"),
        ("grow", "grows", "growth", "earnings", "tax free growth", "tax deferred"),
        ("qualified medical", "medical expenses", "health care", "medical")),
       "Contributions are deductible (pre-tax through payroll, also free of FICA), growth is untaxed, and "
       "withdrawals for qualified medical expenses are tax-free."),
    SA("vesting_what", "An employee quits after two years and learns that only part of the employer's 401(k) "
       "matching money is hers to keep. What concept explains this?",
       (("own", "ownership", "keep", "yours", "entitled"),
        ("employer", "match", "matching", "company"), ("leave", "leaving", "years of service", "schedule",
                                                        "forfeit", "quit")),
       "Vesting is the employee's earned ownership of employer contributions over years of service; unvested "
       "employer money is forfeited on leaving (the employee's own deferrals are always fully vested)."),
]

_SS: list[Maker] = [pia_formula, *repeat(early_or_late, 2), earnings_test, fra_by_birth,
                    *facts("benefits", [*_SS_MC, *_SS_SA])]
_EB: list[Maker] = [hsa_room, espp_price, nso_income, *facts("benefits", [*_EB_MC, *_EB_SA])]

QUIZZES: list[QuizSpec] = [
    quiz("social_security", "Social Security", 10, _SS),
    quiz("employee_benefits", "Employee Benefits", 9, _EB),
]
