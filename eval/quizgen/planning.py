"""Financial Planning Basics (10), Budgeting & Cash Flow (9), Debt & Credit (9)."""

from __future__ import annotations

import math
import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, facts, mc, money, name, num, pct, quiz, repeat, step
from eval.schema import Question
from tools.calc.tvm import loan_payment, periods_to_payoff

T = "eval.planning."


# ---------------------------------------------------------------------------------------------------- basics

def emergency_gap(rng: random.Random) -> Question:
    rent, food, other = step(rng, 900, 3_200, 50), step(rng, 300, 1_200, 25), step(rng, 300, 1_500, 25)
    months, have = rng.choice((3, 6)), step(rng, 0, 8_000, 100)
    need = months * (rent + food + other) - have
    if need <= 0:
        have, need = 0.0, months * (rent + food + other)
    q = (f"A household's essential monthly costs are {money(rent)} housing, {money(food)} groceries and "
         f"{money(other)} for utilities, insurance and transport. It wants an emergency fund of {months} months of "
         f"essential costs and has {money(have)} in savings. How much more must it save?")
    return num(T + "emergency_gap", q, need, "usd", exact=True,
               params={"rent": rent, "food": food, "other": other, "months": months, "have": have},
               explanation=f"{months} × {money(rent + food + other)} = {money(months * (rent + food + other))}; "
               f"minus {money(have)} = {money(need)}")


def net_worth(rng: random.Random) -> Question:
    home, retire, cash, car = (step(rng, 200_000, 700_000, 5_000), step(rng, 20_000, 500_000, 1_000),
                               step(rng, 2_000, 40_000, 500), step(rng, 5_000, 35_000, 500))
    mortgage, auto, card = step(rng, 80_000, home * 0.9, 1_000), step(rng, 0, car, 500), step(rng, 0, 9_000, 100)
    worth = home + retire + cash + car - mortgage - auto - card
    q = (f"{name(rng)} owns a home worth {money(home)}, retirement accounts of {money(retire)}, {money(cash)} in "
         f"checking and savings and a car worth {money(car)}, and owes {money(mortgage)} on the mortgage, "
         f"{money(auto)} on the car loan and {money(card)} on credit cards. What is the net worth?")
    return num(T + "net_worth", q, worth, "usd", exact=True,
               params={"assets": [home, retire, cash, car], "liabilities": [mortgage, auto, card]},
               explanation=f"Assets {money(home + retire + cash + car)} − liabilities {money(mortgage + auto + card)}"
               f" = {money(worth)}")


def savings_rate(rng: random.Random) -> Question:
    gross = step(rng, 50_000, 250_000, 1_000)
    k401, ira, match = step(rng, 2_000, 23_000, 500), rng.choice((0, 7_000)), step(rng, 0, 8_000, 500)
    rate = (k401 + ira + match) / gross
    match_text = f"receives a {money(match)} employer match" if match else "receives no employer match"
    ira_text = f"contributes {money(ira)} to an IRA" if ira else "makes no IRA contribution"
    q = (f"On a {money(gross)} gross salary, an employee defers {money(k401)} to a 401(k), {match_text} and "
         f"{ira_text} this year. Counting any match, what is the retirement savings rate as a share of gross "
         "salary?")
    return num(T + "savings_rate", q, 100 * rate, "percent", params={"gross": gross, "k401": k401, "ira": ira,
                                                                     "match": match},
               explanation=f"({money(k401)} + {money(match)} + {money(ira)}) / {money(gross)} = {pct(rate, 3)}")


def future_cost(rng: random.Random) -> Question:
    cost, infl, years = step(rng, 10_000, 80_000, 500), step(rng, 0.02, 0.05, 0.005), rng.randint(3, 15)
    fut = cost * (1 + infl) ** years
    q = (f"A goal costs {money(cost)} in today's dollars. If its price rises {pct(infl)} a year, what will it cost "
         f"in {years} years?")
    return num(T + "future_cost", q, fut, "usd", params={"cost": cost, "inflation": infl, "years": years},
               explanation=f"{money(cost)} × {1 + infl:g}^{years} = {money(fut, True)}")


def liquidity_months(rng: random.Random) -> Question:
    liquid, monthly = step(rng, 3_000, 60_000, 500), step(rng, 2_500, 9_000, 100)
    months = liquid / monthly
    q = (f"A client has {money(liquid)} in cash and money-market funds and {money(monthly)} of monthly expenses. "
         "About how many months of expenses does the emergency (liquidity) ratio cover?")
    return mc(T + "liquidity_months", q, f"{months:.1f} months",
              [f"{monthly / liquid * 12:.1f} months", f"{months * 12:.1f} months", f"{months / 2:.1f} months",
               f"{liquid / (monthly * 12):.1f} months"],
              params={"liquid": liquid, "monthly": monthly},
              explanation=f"{money(liquid)} / {money(monthly)} = {months:.2f} months")


_BASICS_MC = [
    MC("cfp_first_step", "In the CFP Board's seven-step financial planning process, what is the first step?",
       "Understanding the client's personal and financial circumstances",
       ("Developing the recommendations", "Implementing the recommendations", "Selecting investments",
        "Monitoring progress"),
       "CFP Board Standards of Conduct: 1 understand circumstances, 2 identify and select goals, 3 analyze, "
       "4 develop, 5 present, 6 implement, 7 monitor."),
    MC("smart_goal", "In a SMART financial goal, what does the T stand for?", "Time-bound",
       ("Tax-efficient", "Tangible", "Trackable", "Tolerable"),
       "Specific, Measurable, Achievable, Relevant, Time-bound."),
    MC("emergency_rule", "What is the usual rule of thumb for the size of an emergency fund?",
       "Three to six months of essential expenses", ("One month of gross income", "Twelve months of gross "
                                                     "income", "10% of net worth", "Two weeks of expenses"),
       "Most planners suggest 3-6 months of essential expenses, more for variable incomes or single earners."),
]

_BASICS_SA = [
    SA("emergency_where", "Where should an emergency fund be kept, and why not in stocks?",
       (("savings", "money market", "high yield", "bank", "cash", "liquid"),
        ("volatile", "volatility", "fall", "drop", "decline", "loss", "lose value", "sell at a loss"),
        ("access", "accessible", "quickly", "immediately", "available")),
       "In safe, liquid places (a high-yield savings or money market account): the money must be available "
       "immediately at full value, while stocks can fall just when the emergency (often a recession) strikes."),
    SA("networth_vs_cashflow", "How does a personal net worth statement differ from a cash flow statement?",
       (("point in time", "snapshot", "a date", "at one time", "moment"),
        ("assets",), ("liabilities", "debts"), ("period", "over time", "month", "year", "inflows", "income")),
       "A net worth (balance sheet) statement lists assets minus liabilities at a point in time; a cash flow "
       "statement tracks income and spending over a period."),
]


# ---------------------------------------------------------------------------------------------------- budgeting

def fifty_thirty_twenty(rng: random.Random) -> Question:
    net, part = step(rng, 3_000, 12_000, 50), rng.choice(("needs", "wants", "savings and extra debt payments"))
    share = {"needs": 0.5, "wants": 0.3, "savings and extra debt payments": 0.2}[part]
    q = (f"Using the 50/30/20 budget, how much of a {money(net)} monthly after-tax income goes to {part}?")
    return num(T + "fifty_thirty_twenty", q, net * share, "usd", exact=True, params={"net": net, "part": part},
               explanation=f"{pct(share, 0)} × {money(net)} = {money(net * share, True)}")


def monthly_surplus(rng: random.Random) -> Question:
    pay = step(rng, 3_500, 11_000, 50)
    items = {"rent": step(rng, 900, 3_000, 25), "car payment": step(rng, 0, 700, 25),
             "groceries": step(rng, 300, 1_100, 25), "utilities and phone": step(rng, 150, 500, 5),
             "insurance": step(rng, 100, 600, 5), "eating out and entertainment": step(rng, 100, 900, 25)}
    spent = sum(items.values())
    listed = ", ".join(f"{k} {money(v)}" for k, v in items.items())
    q = (f"Monthly take-home pay is {money(pay)}. Spending is: {listed}. What is left over each month (negative "
         "if overspent)?")
    return num(T + "monthly_surplus", q, pay - spent, "usd", exact=True, params={"pay": pay, "items": items},
               explanation=f"{money(pay)} − {money(spent)} = {money(pay - spent)}")


def sinking_fund(rng: random.Random) -> Question:
    bill, months = step(rng, 600, 4_800, 50), rng.randint(4, 12)
    what = rng.choice(("an annual car insurance premium", "a property tax installment", "a holiday trip",
                       "a yearly tuition deposit"))
    q = (f"{what[0].upper() + what[1:]} of {money(bill)} is due in {months} months. How much should go into a "
         "sinking fund each month, starting now, to have it ready (ignore interest)?")
    return num(T + "sinking_fund", q, bill / months, "usd", params={"bill": bill, "months": months},
               explanation=f"{money(bill)} / {months} = {money(bill / months, True)} a month")


_BUDGET_MC = [
    MC("variable_expense", "Which of these is usually a variable expense in a household budget?", "Groceries",
       ("Rent", "A fixed-rate car payment", "A term life insurance premium", "A mortgage payment"),
       "Variable expenses change month to month (food, fuel, utilities); fixed ones stay the same."),
    MC("zero_based", "What defines zero-based budgeting?",
       "Every dollar of income is assigned a job, so income minus planned outflows equals zero",
       ("Spending is cut to zero in all discretionary categories", "The budget starts from last year's spending",
        "Savings are whatever is left at month end", "All bills are paid in cash"),
       "In a zero-based budget, income minus spending, saving and debt payments is planned to equal zero."),
    MC("pay_yourself_first", "A budgeting coach tells a client to 'pay yourself first'. What is the client being "
       "told to do?",
       "Move savings out automatically when paid, before discretionary spending",
       ("Spend on wants before needs", "Pay credit cards before rent", "Save whatever is left at month end",
        "Take a salary before paying business expenses"),
       "Saving is treated as the first bill, usually automated on payday."),
    MC("minimum_payments_bucket", "Elizabeth Warren's 'balanced money' budget splits after-tax income into needs, "
       "wants and savings. Where do the minimum required payments on a student loan belong?", "Needs (the 50%)",
       ("Wants (the 30%)", "Savings (the 20%)", "Outside the budget", "Split between needs and wants"),
       "Minimum debt payments are must-haves; payments above the minimum count toward the 20%."),
]

_BUDGET_SA = [
    SA("sinking_fund_what", "A family moves $150 each month into a separate account earmarked for next year's car "
       "registration, holiday gifts and appliance repairs. What is this budgeting tool called, and why use it?",
       (("sinking fund",), ("irregular", "annual", "large", "known", "future", "upcoming", "planned"),
        ("monthly", "each month", "regular", "small amounts", "set aside")),
       "A sinking fund: money set aside in regular (monthly) amounts for a known future or irregular expense, so "
       "it does not disrupt the budget or go on a credit card."),
    SA("lifestyle_creep", "What is lifestyle creep, and how can someone keep it from eating a raise?",
       (("lifestyle creep", "lifestyle inflation", "spending rises", "spending increases", "spend more"),
        ("raise", "income", "pay"),
        ("save", "saving", "savings", "automate", "automatic", "invest")),
       "Spending rising with income; counter it by automatically saving a fixed share of each raise (e.g. "
       "increasing 401(k) deferrals) before it reaches the checking account."),
]


# ---------------------------------------------------------------------------------------------------- debt

def card_months(rng: random.Random) -> Question:
    owed, apr = step(rng, 2_000, 20_000, 50), step(rng, 0.17, 0.29, 0.005)
    payment = step(rng, owed * apr / 12 * 1.5, owed * apr / 12 * 4, 5)
    n = periods_to_payoff(owed, apr, payment).value
    q = (f"A credit card carries {money(owed)} at {pct(apr, 1)} APR (monthly rate APR/12). With no new charges "
         f"and a fixed {money(payment)} payment each month, how many monthly payments pay it off (counting a "
         "smaller final one)?")
    return num(T + "card_months", q, math.ceil(n - 1e-9), "months", exact=True, abs_tol=0.99,
               params={"owed": owed, "apr": apr, "payment": payment},
               explanation=f"n = −ln(1 − r·B/PMT) / ln(1 + r), r = {apr:g}/12: {n:.2f} → {math.ceil(n - 1e-9)} "
               "payments")


def loan_interest(rng: random.Random) -> Question:
    amount, rate, years = step(rng, 10_000, 60_000, 500), step(rng, 0.04, 0.12, 0.0025), rng.choice((3, 4, 5, 6))
    pay = loan_payment(amount, rate, years).value
    interest = pay * 12 * years - amount
    q = (f"A {years}-year auto loan of {money(amount)} at {pct(rate)} APR is repaid in equal monthly payments. How "
         "much interest is paid over the life of the loan?")
    return num(T + "loan_interest", q, interest, "usd", params={"amount": amount, "rate": rate, "years": years},
               explanation=f"Payment {money(pay, True)} × {12 * years} = {money(pay * 12 * years, True)}; minus "
               f"{money(amount)} = {money(interest, True)}")


def utilization(rng: random.Random) -> Question:
    limits = [step(rng, 1_000, 15_000, 500) for _ in range(3)]
    balances = [step(rng, 0, lim * 0.9, 50) for lim in limits]
    u = sum(balances) / sum(limits)
    q = (f"A borrower has three credit cards with limits of {', '.join(money(x) for x in limits)} and statement "
         f"balances of {', '.join(money(x) for x in balances)}. What is the overall credit utilization ratio?")
    return num(T + "utilization", q, 100 * u, "percent", params={"limits": limits, "balances": balances},
               explanation=f"{money(sum(balances))} / {money(sum(limits))} = {pct(u, 3)}")


def dti(rng: random.Random) -> Question:
    income = step(rng, 48_000, 220_000, 1_000)
    housing = step(rng, income / 12 * 0.15, income / 12 * 0.32, 25)
    car, student = step(rng, 0, 800, 25), step(rng, 0, 900, 25)
    ratio = (housing + car + student) / (income / 12)
    q = (f"A mortgage applicant earns {money(income)} a year before tax. The proposed housing payment is "
         f"{money(housing)} a month; other debts are a {money(car)} car payment and {money(student)} of student "
         "loans a month. What is the back-end debt-to-income ratio?")
    return num(T + "dti", q, 100 * ratio, "percent",
               params={"income": income, "housing": housing, "car": car, "student": student},
               explanation=f"{money(housing + car + student)} / {money(income / 12, True)} = {pct(ratio, 3)}")


def payoff_order(rng: random.Random) -> Question:
    while True:
        debts = [("store card", step(rng, 300, 6_000, 50), step(rng, 0.18, 0.30, 0.005)),
                 ("car loan", step(rng, 4_000, 20_000, 100), step(rng, 0.04, 0.09, 0.005)),
                 ("personal loan", step(rng, 1_500, 9_000, 100), step(rng, 0.09, 0.19, 0.005)),
                 ("bank card", step(rng, 500, 9_000, 50), step(rng, 0.15, 0.30, 0.005))]
        if len({d[1] for d in debts}) == 4 and len({d[2] for d in debts}) == 4:
            break
    rng.shuffle(debts)
    method = rng.choice(("avalanche", "snowball"))
    key = (lambda d: -d[2]) if method == "avalanche" else (lambda d: d[1])
    first = min(debts, key=key)[0]
    listed = "; ".join(f"{n}: {money(b)} at {pct(r, 1)}" for n, b, r in debts)
    q = (f"Debts: {listed}. Paying minimums on all, which debt gets the extra money first under the debt "
         f"{method} method?")
    return mc(T + "payoff_order", q, first.capitalize(), [n.capitalize() for n, _, _ in debts],
              params={"debts": debts, "method": method},
              explanation=("Avalanche: highest interest rate first" if method == "avalanche" else
                           "Snowball: smallest balance first") + f" → {first}")


_DEBT_MC = [
    MC("fico_weights", "Which factor carries the most weight in a FICO score?", "Payment history (about 35%)",
       ("Amounts owed (about 35%)", "Length of credit history (about 30%)", "New credit (about 25%)",
        "Credit mix (about 35%)"),
       "FICO: payment history 35%, amounts owed 30%, length of history 15%, new credit 10%, credit mix 10%."),
    MC("late_payment_report", "Under the Fair Credit Reporting Act, how long can a late payment generally stay on a "
       "consumer's credit report?", "Seven years", ("Two years", "Five years", "Ten years", "Until it is paid"),
       "FCRA §605: most negative items for 7 years (Chapter 7 bankruptcy for 10)."),
]

_DEBT_SA = [
    SA("avalanche_vs_snowball", "Someone with five debts asks whether to put extra money toward the smallest balance "
       "or the highest interest rate first. Name and explain the two standard approaches and their trade-off.",
       (("avalanche",), ("highest interest", "highest rate", "highest apr"),
        ("snowball",), ("smallest balance", "lowest balance", "smallest debt", "motivation", "quick wins")),
       "Avalanche pays extra on the highest-rate debt first, minimizing interest; snowball pays the smallest "
       "balance first for quick wins and motivation, usually at some extra interest cost."),
    SA("utilization_why", "Why does credit utilization matter for a credit score, and how can it be lowered?",
       (("utilization", "balance", "balances"), ("limit", "limits", "available credit"),
        ("pay down", "pay off", "lower", "reduce", "before the statement", "credit limit increase")),
       "Scores compare revolving balances to credit limits (amounts owed, about 30% of FICO); paying balances "
       "down before the statement date or raising limits lowers the ratio, ideally under 10-30%."),
]

_BASICS: list[Maker] = [emergency_gap, net_worth, savings_rate, future_cost, liquidity_months,
                        *facts("planning", [*_BASICS_MC, *_BASICS_SA])]
_BUDGET: list[Maker] = [*repeat(fifty_thirty_twenty, 1), monthly_surplus, sinking_fund,
                        *facts("planning", [*_BUDGET_MC, *_BUDGET_SA])]
_DEBT: list[Maker] = [card_months, loan_interest, utilization, dti, payoff_order,
                      *facts("planning", [*_DEBT_MC, *_DEBT_SA])]

QUIZZES: list[QuizSpec] = [
    quiz("financial_planning_basics", "Financial Planning Basics", 10, _BASICS),
    quiz("budgeting_cash_flow", "Budgeting & Cash Flow", 9, _BUDGET),
    quiz("debt_credit", "Debt & Credit", 9, _DEBT),
]
