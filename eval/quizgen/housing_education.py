"""Mortgages & Real Estate (10) and Education Planning (9)."""

from __future__ import annotations

import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, facts, mc, money, name, num, pct, quiz, step
from eval.schema import Question
from tools.calc.tvm import loan_payment

T = "eval.housing_education."


# ---------------------------------------------------------------------------------------------------- mortgages

def mortgage_pi(rng: random.Random) -> Question:
    price, down = step(rng, 250_000, 1_200_000, 5_000), rng.choice((0.05, 0.10, 0.15, 0.20, 0.25))
    rate, years = step(rng, 0.055, 0.075, 0.00125), rng.choice((15, 20, 30))
    loan = price * (1 - down)
    pay = loan_payment(loan, rate, years).value
    q = (f"A buyer puts {pct(down, 0)} down on a {money(price)} home and finances the rest with a {years}-year "
         f"fixed-rate mortgage at {pct(rate, 3)}. What is the monthly principal-and-interest payment?")
    return num(T + "mortgage_pi", q, pay, "usd", params={"price": price, "down": down, "rate": rate, "years": years},
               explanation=f"Loan {money(loan)}; r = {rate:g}/12, n = {12 * years}: P·r / (1 − (1 + r)^−n) = "
               f"{money(pay, True)}")


def lifetime_interest(rng: random.Random) -> Question:
    loan, rate, years = step(rng, 150_000, 800_000, 5_000), step(rng, 0.05, 0.075, 0.00125), rng.choice((15, 30))
    pay = loan_payment(loan, rate, years).value
    interest = pay * 12 * years - loan
    q = (f"Over its full term, how much interest is paid on a {money(loan)}, {years}-year fixed mortgage at "
         f"{pct(rate, 3)} if every scheduled monthly payment is made and nothing extra?")
    return num(T + "lifetime_interest", q, interest, "usd", params={"loan": loan, "rate": rate, "years": years},
               explanation=f"Payment {money(pay, True)} × {12 * years} − {money(loan)} = {money(interest, True)}")


def front_end(rng: random.Random) -> Question:
    income = step(rng, 60_000, 300_000, 1_000)
    pi = step(rng, income / 12 * 0.12, income / 12 * 0.26, 10)
    tax, ins, hoa = step(rng, 150, 1_200, 10), step(rng, 80, 400, 5), rng.choice((0, 0, 50, 150, 300))
    ratio = (pi + tax + ins + hoa) / (income / 12)
    q = (f"A borrower's gross income is {money(income)} a year. The new home's monthly principal and interest is "
         f"{money(pi)}, property tax {money(tax)}, homeowners insurance {money(ins)} and HOA dues {money(hoa)}. "
         "What is the front-end (housing expense) ratio?")
    return num(T + "front_end", q, 100 * ratio, "percent",
               params={"income": income, "pi": pi, "tax": tax, "insurance": ins, "hoa": hoa},
               explanation=f"{money(pi + tax + ins + hoa)} / {money(income / 12, True)} = {pct(ratio, 3)}")


def cap_rate(rng: random.Random) -> Question:
    price = step(rng, 300_000, 2_500_000, 10_000)
    rent = step(rng, price * 0.07, price * 0.12, 100)
    vacancy, costs = rng.choice((0.05, 0.08, 0.10)), step(rng, rent * 0.25, rent * 0.4, 100)
    noi = rent * (1 - vacancy) - costs
    q = (f"A rental building listed at {money(price)} has gross potential rent of {money(rent)} a year, expected "
         f"vacancy of {pct(vacancy, 0)}, and operating expenses of {money(costs)} (excluding mortgage payments). "
         "What is its capitalization rate?")
    return num(T + "cap_rate", q, 100 * noi / price, "percent",
               params={"price": price, "rent": rent, "vacancy": vacancy, "costs": costs},
               explanation=f"NOI = {money(rent)} × {1 - vacancy:g} − {money(costs)} = {money(noi)}; / {money(price)}"
               f" = {pct(noi / price, 3)}")


def points_breakeven(rng: random.Random) -> Question:
    loan, points, saving = step(rng, 200_000, 700_000, 10_000), rng.choice((1, 1.5, 2)), step(rng, 40, 160, 5)
    cost = loan * points / 100
    months = cost / saving
    q = (f"Paying {points:g} discount point{'s' if points != 1 else ''} on a {money(loan)} mortgage lowers the "
         f"monthly payment by {money(saving)}. Ignoring interest on the upfront cost, about how long until the "
         "points pay for themselves?")
    return mc(T + "points_breakeven", q, f"{months:.0f} months",
              [f"{months / 2:.0f} months", f"{months * 2:.0f} months", f"{loan / 100 / saving:.0f} months",
               f"{months * 1.5:.0f} months", f"{months / 12:.0f} months"],
              params={"loan": loan, "points": points, "saving": saving},
              explanation=f"Cost {points:g}% × {money(loan)} = {money(cost)}; / {money(saving)} a month = "
              f"{months:.1f} months")


_MORTGAGE_MC = [
    MC("pmi_cancel", "Under the Homeowners Protection Act, when must a lender automatically end borrower-paid PMI "
       "on a conventional loan that is current?",
       "When the balance is scheduled to reach 78% of the home's original value",
       ("When the balance reaches 80% of the current appraised value", "After five years of payments",
        "When the balance reaches 70% of the original value", "Never; the borrower must refinance"),
       "HPA: automatic termination at a scheduled 78% LTV of original value; the borrower may request "
       "cancellation at 80%."),
    MC("arm_5_1", "What does a 5/1 adjustable-rate mortgage mean?",
       "The rate is fixed for five years, then adjusts once a year",
       ("The rate adjusts every five years, by at most 1%", "The loan lasts five years with one balloon payment",
        "The rate is fixed for one year, then adjusts every five years", "The rate can rise 5% in the first year"),
       "The first number is the initial fixed period in years; the second the adjustment frequency in years."),
    MC("like_kind_deadlines", "In a deferred Section 1031 exchange of investment real estate, what are the "
       "deadlines after the sale of the old property?",
       "45 days to identify replacement property and 180 days to close",
       ("30 days to identify and 90 days to close", "60 days to identify and 1 year to close",
        "90 days to identify and 180 days to close", "180 days to identify and 1 year to close"),
       "IRC §1031(a)(3): identification within 45 days and receipt within 180 days (or the return due date)."),
]

_MORTGAGE_SA = [
    SA("escrow_account", "What is a mortgage escrow (impound) account for?",
       (("property tax", "property taxes", "taxes"), ("insurance", "homeowners insurance"),
        ("monthly", "each month", "payment", "lender pays", "servicer pays")),
       "The servicer collects part of the property taxes and homeowners insurance with each monthly payment and "
       "pays those bills when due."),
    SA("fifteen_vs_thirty", "Compare a 15-year and a 30-year fixed-rate mortgage for a borrower.",
       (("higher payment", "higher monthly payment", "larger payment", "bigger payment", "lower payment"),
        ("less interest", "lower interest", "lower rate", "save interest", "total interest", "interest"),
        ("flexibility", "cash flow", "afford", "affordability", "invest")),
       "A 15-year loan has a higher monthly payment but a lower rate and far less total interest; a 30-year loan "
       "costs more interest but gives a lower payment and cash-flow flexibility."),
]


# ---------------------------------------------------------------------------------------------------- education

def college_cost(rng: random.Random) -> Question:
    cost, infl, years = step(rng, 25_000, 85_000, 500), step(rng, 0.03, 0.06, 0.005), rng.randint(4, 17)
    fut = cost * (1 + infl) ** years
    q = (f"Tuition, fees, room and board at a chosen college total {money(cost)} for a year today. With college "
         f"prices climbing {pct(infl)} annually, what will the first year cost for a child who starts in {years} "
         "years?")
    return num(T + "college_cost", q, fut, "usd", params={"cost": cost, "inflation": infl, "years": years},
               explanation=f"{money(cost)} × {1 + infl:g}^{years} = {money(fut, True)}")


def aotc(rng: random.Random) -> Question:
    spent = step(rng, 600, 7_000, 50)
    credit = min(spent, 2_000) + 0.25 * min(2_000, max(0.0, spent - 2_000))
    q = (f"Parents filing jointly with modified AGI well below the phase-out pay {money(spent)} of qualified tuition "
         f"and required fees in 2025 for a first-year college student they claim as a dependent (no scholarships). "
         "What American opportunity tax credit can they claim?")
    return num(T + "aotc", q, credit, "usd", exact=True, params={"spent": spent},
               explanation=f"100% of the first $2,000 + 25% of the next $2,000: {money(min(spent, 2_000))} + "
               f"{money(0.25 * min(2_000, max(0.0, spent - 2_000)))} = {money(credit)} (max $2,500)")


def monthly_529(rng: random.Random) -> Question:
    goal, rate, years = step(rng, 40_000, 250_000, 5_000), step(rng, 0.04, 0.07, 0.005), rng.randint(5, 18)
    i, n = rate / 12, 12 * years
    pmt = goal * i / ((1 + i) ** n - 1)
    q = (f"{name(rng)} wants {money(goal)} in a 529 plan in {years} years, starting from zero. With returns of "
         f"{pct(rate)} a year compounded monthly, what deposit at the end of each month is needed?")
    return num(T + "monthly_529", q, pmt, "usd", params={"goal": goal, "rate": rate, "years": years},
               explanation=f"PMT = FV × i / ((1 + i)^n − 1), i = {rate:g}/12, n = {n}: {money(pmt, True)}")


_EDU_MC = [
    MC("k12_limit_2025", "For 2025, how much per year per beneficiary can be withdrawn tax-free from a 529 plan "
       "for elementary or secondary school tuition?", "$10,000", ("$5,000", "$19,000", "$2,000", "No limit"),
       "IRC §529(e)(7): $10,000 a year through 2025; Public Law 119-21 raises it to $20,000 from 2026."),
    MC("roth_rollover_529", "Under SECURE 2.0, how much can a beneficiary roll over in total from a long-held "
       "529 plan to a Roth IRA?", "$35,000 over a lifetime, within annual IRA limits, if the 529 is 15+ years old",
       ("$10,000 a year without limit", "Any amount, once the beneficiary graduates", "$7,000 in a lifetime",
        "$35,000 a year"),
       "SECURE 2.0 §126: lifetime $35,000, subject to the annual Roth contribution limit, account open 15 "
       "years, excluding contributions of the last 5 years."),
    MC("aotc_refundable", "What part of the American opportunity tax credit is refundable?",
       "40%, up to $1,000", ("None of it", "All of it, up to $2,500", "25%, up to $625", "60%, up to $1,500"),
       "IRC §25A(i)(5): 40% of the credit is refundable (unless the kiddie-tax rules apply)."),
    MC("coverdell_limit", "What is the maximum total annual contribution to Coverdell education savings accounts "
       "for one beneficiary?", "$2,000", ("$7,000", "$19,000", "$10,000", "$5,000"),
       "IRC §530(b)(1)(A)(iii): $2,000 per beneficiary per year, reduced at higher contributor incomes."),
]

_EDU_SA = [
    SA("why_529", "What are the main tax advantages of a 529 college savings plan?",
       (("tax free", "tax deferred", "tax-free growth", "grows"), ("qualified", "education", "tuition"),
        ("state", "state income tax", "deduction", "state deduction")),
       "Earnings grow tax-deferred and come out federally tax-free for qualified education expenses, and many "
       "states give a deduction or credit for contributions."),
    SA("utma_vs_529", "How does saving for a child in a custodial UTMA account differ from a 529 plan?",
       (("child", "minor", "beneficiary"), ("control", "age of majority", "18", "21", "owns"),
        ("kiddie tax", "taxable", "taxed", "tax free", "tax-free"), ("financial aid", "student asset", "aid")),
       "UTMA assets belong to the child, who controls them at the age of majority (18-21), earnings are taxable "
       "(kiddie tax) and they count heavily as a student asset for aid; a 529 stays under the owner's control, "
       "grows tax-free for education and is treated as a parent asset."),
]

_MORTGAGES: list[Maker] = [mortgage_pi, lifetime_interest, front_end, cap_rate, points_breakeven,
                           *facts("housing_education", [*_MORTGAGE_MC, *_MORTGAGE_SA])]
_EDUCATION: list[Maker] = [college_cost, aotc, monthly_529, *facts("housing_education", [*_EDU_MC, *_EDU_SA])]

QUIZZES: list[QuizSpec] = [
    quiz("mortgages_real_estate", "Mortgages & Real Estate", 10, _MORTGAGES),
    quiz("education_planning", "Education Planning", 9, _EDUCATION),
]
