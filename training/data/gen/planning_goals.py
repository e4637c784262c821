"""Goal and education templates: net worth, a household's several goals, college costs, 529 savings, student
loans."""

from __future__ import annotations

import math
import random

from tools.calc.tvm import future_value, loan_payment
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.planning_rules import (
    finish,
    pair,
    periods_to_goal,
    phrase,
    sinking_payment,
    table,
    who,
    years_months,
)

_M = "planning_goals"

_ASSETS = (("Checking", 500, 15_000), ("Savings", 0, 60_000), ("401(k)", 0, 400_000), ("Roth IRA", 0, 120_000),
           ("Brokerage account", 0, 150_000), ("Home (market value)", 150_000, 900_000), ("Car", 2_000, 45_000),
           ("HSA", 0, 25_000))
_DEBTS = (("Mortgage", 60_000, 600_000), ("Car loan", 2_000, 40_000), ("Student loans", 3_000, 90_000),
          ("Credit cards", 200, 18_000), ("Personal loan", 1_000, 20_000))


def t_net_worth(rng: random.Random) -> Draft:
    """Net worth from a list of assets and liabilities."""
    assets = [(k, pick(rng, lo, hi, 100)) for k, lo, hi in rng.sample(_ASSETS, rng.randint(3, 6))]
    has_home = any(k.startswith("Home") for k, _ in assets)
    pool = [d for d in _DEBTS if has_home or d[0] != "Mortgage"]
    debts = [(k, pick(rng, lo, hi, 100)) for k, lo, hi in rng.sample(pool, rng.randint(1, 3))]
    if has_home and all(k != "Mortgage" for k, _ in debts) and rng.random() < 0.7:
        home = next(v for k, v in assets if k.startswith("Home"))
        debts.append(("Mortgage", pick(rng, home * 0.2, home * 0.9, 100)))
    a_tot, d_tot = sum(v for _, v in assets), sum(v for _, v in debts)
    nw = a_tot - d_tot
    data = "Assets:\n" + "\n".join(f"- {k}: {money(v, cents=False)}" for k, v in assets) + "\nLiabilities:\n" + \
        "\n".join(f"- {k}: {money(v, cents=False)}" for k, v in debts)
    q = phrase(rng, ("What is {n}'s net worth?", "Calculate our household net worth from this list.",
                     "Using the balance sheet below, what is the net worth and the debt-to-asset ratio?",
                     "Here's everything I own and owe. What's my net worth?"), n=who(rng))
    steps = [f"Total assets = {' + '.join(money(v, cents=False) for _, v in assets)} = {money(a_tot, cents=False)}",
             f"Total liabilities = {' + '.join(money(v, cents=False) for _, v in debts)} = "
             f"{money(d_tot, cents=False)}",
             f"Net worth = assets − liabilities = {money(nw, cents=False)}; debt-to-asset ratio = "
             f"{pct(d_tot / a_tot, 1)}"]
    return finish(f"{_M}.net_worth", instruction=q, input_=data, steps=steps, answer=nw,
                  shown=money(nw, cents=False), domain="goal_based_planning", difficulty="easy",
                  params={"assets": [v for _, v in assets], "liabilities": [v for _, v in debts]})


def _multi_goal_params(rng: random.Random) -> dict[str, float]:
    p: dict[str, float] = {
        "expenses": pick(rng, 3_000, 9_000, 100), "ef_months": rng.choice((3, 4, 6)),
        "hysa": pick(rng, 0.02, 0.045, 0.0025), "house": pick(rng, 30_000, 150_000, 1_000),
        "house_years": rng.randint(3, 7),
        "house_rate": pick(rng, 0.025, 0.045, 0.0025), "college": pick(rng, 60_000, 250_000, 5_000),
        "college_years": rng.randint(8, 17), "college_rate": pick(rng, 0.05, 0.075, 0.0025)}
    p["ef_saved"] = pick(rng, 0, p["expenses"] * p["ef_months"] * 0.6, 100)
    p["house_saved"] = pick(rng, 0, p["house"] * 0.4, 500)
    p["college_saved"] = pick(rng, 0, p["college"] * 0.15, 500)
    return p


def _multi_goal_needs(p: dict[str, float]) -> list[tuple[str, float, float, float, int, float]]:
    ef = p["expenses"] * p["ef_months"]
    goals = [("Emergency fund", ef, p["ef_saved"], p["hysa"], 12),
             ("House down payment", p["house"], p["house_saved"], p["house_rate"], int(p["house_years"]) * 12),
             ("College fund", p["college"], p["college_saved"], p["college_rate"], int(p["college_years"]) * 12)]
    return [(g, t, s, r, n, max(0.0, sinking_payment(t, s, r / 12, n))) for g, t, s, r, n in goals]


def t_multi_goal(rng: random.Random) -> Draft:
    """A household with three goals and a monthly surplus: each goal's required saving, the total, a plan."""
    a, b = pair(rng)
    p = _multi_goal_params(rng)
    needs = _multi_goal_needs(p)
    total = sum(x[5] for x in needs)
    low = math.ceil(max(needs[0][5] + needs[2][5] + 100, total * 0.6) / 50) * 50
    surplus = pick(rng, low, max(total * 1.25, low + 500), 50)
    p["surplus"] = surplus
    data = table(("Goal", "Target", "Saved", "Return", "Deadline"),
                 [(g, money(t, cents=False), money(s, cents=False), pct(r), years_months(n))
                  for g, t, s, r, n, _ in needs]) + f"\nMonthly surplus available: {money(surplus, cents=False)}"
    q = phrase(rng, (
        "{a} and {b} have three goals (below) and {s} a month to put toward them. How much does each goal need "
        "monthly, can they fund all three, and what should they prioritize?",
        "Build a savings plan for these goals. We can save {s} per month. Is it enough, and if not, what do you "
        "recommend?",
        "Household goal planning: given the targets, balances, returns and deadlines below and a {s} monthly "
        "surplus, compute the required monthly saving per goal and recommend an allocation.",
    ), a=a, b=b, s=money(surplus, cents=False))
    steps = ["Required deposit per goal: PMT = (target − saved·(1 + i)^n)·i/((1 + i)^n − 1), i = return/12:\n"
             + table(("Goal", "Monthly needed"), [(g, money(m)) for g, *_, m in needs])
             + f"\nTotal needed: {money(total)} vs surplus {money(surplus, cents=False)}"]
    if total <= surplus:
        steps.append(f"Recommendation: all three goals are funded with {money(surplus - total)} a month to spare; "
                     "send the spare to retirement accounts. After the emergency fund is full (12 months), its "
                     f"{money(needs[0][5])} can be redirected.")
    else:
        rest = surplus - needs[0][5] - needs[2][5]
        _, t, s, r, n, _ = needs[1]
        new_n = math.ceil(periods_to_goal(t, s, rest, r / 12) - 1e-9)
        steps.append(f"Shortfall: {money(total - surplus)} a month. Recommendation: fund the emergency fund first "
                     "(it protects every other goal) and the college fund in full (its deadline is fixed), and "
                     f"put the remaining {money(rest)} toward the house. Solving for n with that deposit, the down "
                     f"payment takes {new_n} months ({years_months(new_n)}) instead of {n}; once the emergency fund "
                     f"is complete its {money(needs[0][5])} can go to the house and shorten that.")
    ans = round(total, 2)
    return finish(f"{_M}.multi_goal", instruction=q, input_=data, steps=steps, answer=ans, shown=money(ans),
                  domain="goal_based_planning", difficulty="extremely_complex", params=p)


# ---------------------------------------------------------------------------------------------------- education

def _college_costs(rng: random.Random) -> tuple[str, float, float, int, list[float]]:
    kind, lo, hi = rng.choice((("an in-state public university", 22_000, 35_000),
                               ("an out-of-state public university", 40_000, 58_000),
                               ("a private college", 55_000, 88_000)))
    today = pick(rng, lo, hi, 500)
    infl = pick(rng, 0.03, 0.06, 0.0025)
    years = 18 - rng.randint(0, 15)
    costs = [today * (1 + infl) ** (years + k) for k in range(4)]
    return kind, today, infl, years, costs


def t_college_cost(rng: random.Random) -> Draft:
    """Projected four-year cost of college with cost inflation."""
    name = who(rng)
    kind, today, infl, years, costs = _college_costs(rng)
    age = 18 - years
    q = phrase(rng, (
        "A year at {k} costs {c} today. If costs rise {g} a year, what will four years cost for {n}'s child, who "
        "is {a} and starts college at 18?",
        "Project the total cost of a four-year degree: {c} per year today ({k}), {g} annual cost inflation, "
        "enrollment in {y} years.",
        "My kid is {a}. College ({k}) is {c} a year now and inflating at {g}. How much will the four years cost "
        "in total?",
    ), k=kind, c=money(today, cents=False), g=pct(infl), n=name, a=age, y=years)
    rows = [(f"Year {k + 1}", f"{years + k}", money(c)) for k, c in enumerate(costs)]
    steps = [f"Cost in year t = today's cost × (1 + {pct(infl)})^t, freshman year in {years} years:",
             table(("College year", "Years from now", "Projected cost"), rows),
             f"Total = {money(sum(costs))} (vs {money(4 * today, cents=False)} at today's prices)"]
    ans = round(sum(costs), 2)
    return finish(f"{_M}.college_cost", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="education_planning", difficulty="medium",
                  params={"cost_today": today, "inflation": infl, "years_to_college": years})


def t_college_529(rng: random.Random) -> Draft:
    """Monthly 529 contribution to fund a share of projected college costs."""
    name = who(rng)
    kind, today, infl, years, costs = _college_costs(rng)
    share = rng.choice((0.5, 0.6, 0.75, 1.0))
    saved = pick(rng, 0, 40_000, 500)
    rate = pick(rng, 0.04, 0.08, 0.0025)
    target = share * sum(costs)
    n, i = years * 12, rate / 12
    grown = future_value(present_value=saved, annual_rate=rate, years=years, periods_per_year=12).value
    dep = sinking_payment(target, saved, i, n)
    q = phrase(rng, (
        "{n} wants a 529 plan to cover {s} of {k} costs (today {c} a year, inflating {g}) for a child starting in {y} "
        "years. The 529 holds {b} and should earn {r}. What monthly contribution is needed?",
        "529 plan math: four years at {c}/year today, {g} college inflation, {y} years to go, goal = {s} of the "
        "cost, current balance {b}, expected return {r}. Monthly contribution?",
        "How much should we put into the 529 each month? Target {s} of four years' cost ({c}/yr today, rising "
        "{g}), {y} years until enrollment, {b} saved, {r} assumed return.",
    ), n=name, s=pct(share), k=kind, c=money(today, cents=False), g=pct(infl), y=years, b=money(saved, cents=False),
        r=pct(rate))
    steps = ["1. Projected costs: " + ", ".join(money(c, cents=False) for c in costs)
             + f"; total {money(sum(costs))}",
             f"2. Target = {pct(share)} × total = {money(target)} (treated as needed at enrollment, a conservative "
             "simplification)",
             f"3. Current balance grows to {money(saved, cents=False)} × (1 + {pct(i, 5)})^{n} = {money(grown)}",
             f"4. Gap {money(target - grown)}; deposit = gap × i/((1 + i)^n − 1) = {money(dep)} a month"]
    if dep <= 0:
        steps[-1] = "4. The current balance alone covers the target; no further contributions are needed."
    ans = round(max(dep, 0.0), 2)
    return finish(f"{_M}.college_529", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="education_planning", difficulty="hard",
                  params={"cost_today": today, "inflation": infl, "years_to_college": years, "share": share,
                          "saved": saved, "rate": rate})


def t_student_loan(rng: random.Random) -> Draft:
    """Student-loan payment and total interest on a standard or extended plan."""
    name = who(rng)
    bal = pick(rng, 8_000, 120_000, 500)
    rate = pick(rng, 0.035, 0.085, 0.0005)
    years, plan = rng.choice(((10, "the standard 10-year plan"), (10, "a 10-year repayment"),
                              (20, "a 20-year private refinance"), (25, "the extended 25-year plan"),
                              (15, "a 15-year private refinance")))
    q = phrase(rng, (
        "{n} graduates with {b} of student loans at {r}. What is the monthly payment on {p}, and the total "
        "interest?",
        "Monthly payment for {b} in student debt at {r} over {y} years?",
        "I owe {b} at {r}. If I repay on {p}, how much will I pay each month?",
    ), n=name, b=money(bal, cents=False), r=pct(rate), p=plan, y=years)
    res = loan_payment(principal=bal, annual_rate=rate, years=years)
    n = years * 12
    steps = [f"PMT = P·i / (1 − (1 + i)^−n), P = {money(bal, cents=False)}, i = {pct(rate)}/12 = "
             f"{pct(rate / 12, 5)}, n = {n}",
             f"PMT = {money(res.value)}",
             f"Total repaid ≈ {money(res.value)} × {n} = {money(res.value * n)}; interest ≈ "
             f"{money(res.value * n - bal)}"]
    return finish(f"{_M}.student_loan", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="education_planning", difficulty="easy",
                  params={"balance": bal, "rate": rate, "years": years})


def _child_plan(today: float, infl: float, age: int, saved: float, rate: float) -> tuple[int, float, float]:
    """(years to enrollment, projected four-year cost, monthly deposit needed) for one child."""
    years = 18 - age
    cost = sum(today * (1 + infl) ** (years + k) for k in range(4))
    return years, cost, max(0.0, sinking_payment(cost, saved, rate / 12, years * 12))


def t_college_two_kids(rng: random.Random) -> Draft:
    """Two children's college funding: projected costs, each 529's required deposit, the budget check, pro-rata
    coverage if short, and a recommendation."""
    a, b = pair(rng)
    kind, today, infl, _, _ = _college_costs(rng)
    ages = sorted(rng.sample(range(0, 16), 2))
    rate = pick(rng, 0.045, 0.075, 0.0025)
    saved = [pick(rng, 0, 2_500 * age + 500, 500) for age in ages]
    plans = [_child_plan(today, infl, age, s, rate) for age, s in zip(ages, saved, strict=True)]
    total = sum(p[2] for p in plans)
    budget = pick(rng, max(100.0, math.floor(total * 0.5 / 50) * 50), math.ceil(total * 1.2 / 50) * 50, 50)
    data = table(("Child", "Age", "529 balance"), [(f"Child {k + 1}", str(age), money(s, cents=False))
                                                   for k, (age, s) in enumerate(zip(ages, saved, strict=True))])
    q = phrase(rng, (
        "{a} and {b} want to pay for four years at {k} ({c} a year today, rising {g} a year) for both children. "
        "Their 529s (below) earn {r}, and they can save {m} a month in total. Is that enough? How should they split "
        "it?",
        "College funding for two kids: today's cost {c}/yr at {k}, {g} cost inflation, {r} expected 529 return, "
        "monthly college budget {m}. Compute each child's required 529 deposit and recommend.",
    ), a=a, b=b, k=kind, c=money(today, cents=False), g=pct(infl), r=pct(rate), m=money(budget, cents=False))
    rows = [(f"Child {k + 1}", f"{n} years", money(cost), money(dep)) for k, (n, cost, dep) in enumerate(plans)]
    steps = ["Four-year cost = Σ today's cost × (1 + g)^t for t = n … n + 3; deposit = (cost − balance·(1 + i)^m)·i/"
             "((1 + i)^m − 1) with i = return/12, m = months to enrollment:",
             table(("", "Until college", "Projected cost", "Monthly deposit"), rows),
             f"Total needed {money(total)} a month vs budget {money(budget, cents=False)}."]
    if budget >= total:
        steps.append(f"Recommendation: fund both fully ({money(plans[0][2])} and {money(plans[1][2])}); the spare "
                     f"{money(budget - total)} can go to retirement, which has no loans to fall back on.")
    else:
        ratio = budget / total
        cover = []
        for (n, cost, dep), s in zip(plans, saved, strict=True):
            i, m = rate / 12, n * 12
            fv = s * (1 + i) ** m + dep * ratio * ((1 + i) ** m - 1) / i
            cover.append(fv / cost)
        steps.append(f"Short by {money(total - budget)}: splitting the budget pro rata ({pct(ratio, 1)} of each "
                     f"need) funds about {pct(cover[0], 1)} and {pct(cover[1], 1)} of the two costs. Recommendation: "
                     "keep retirement saving first, aim the 529s at a realistic share (in-state tuition, aid, "
                     "student work and loans cover the rest), and raise deposits as income grows.")
    ans = round(total, 2)
    return finish(f"{_M}.college_two_kids", instruction=q, input_=data, steps=steps, answer=ans, shown=money(ans),
                  domain="education_planning", difficulty="extremely_complex",
                  params={"cost_today": today, "inflation": infl, "ages": ages, "saved": saved, "rate": rate,
                          "budget": budget})


TEMPLATES: list[tuple[Template, float]] = [
    (t_net_worth, 3.5), (t_multi_goal, 4.5), (t_college_cost, 2.5), (t_college_529, 3.0), (t_student_loan, 3.0),
    (t_college_two_kids, 4.0),
]
