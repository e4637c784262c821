"""Financial-planning templates (budgets, time value of money, goals) and the combined ``TEMPLATES`` of all planning
modules: this one, ``planning_goals`` (net worth, multi-goal plans, education), ``planning_credit`` (debt, consumer
loans, credit), ``planning_mortgage``, ``planning_retirement`` (saving, 401(k), IRAs), ``planning_income`` (RMDs,
Social Security, withdrawals), ``planning_tax`` (brackets, deductions, limits) and ``planning_tax_gains`` (capital
gains, self-employment, a full year). Shared tables and helpers live in ``planning_rules``."""

from __future__ import annotations

import math
import random

from tools.calc.tvm import future_value, loan_rate, present_value
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.planning_rules import (
    finish,
    months_phrase,
    periods_to_goal,
    phrase,
    sinking_payment,
    table,
    who,
)

_M = "planning"
_FREQ = {1: "annually", 2: "semiannually", 4: "quarterly", 12: "monthly", 365: "daily"}


# ---------------------------------------------------------------------------------------------------- budgeting

def t_budget_split(rng: random.Random) -> Draft:
    """A 50/30/20-style split of take-home pay."""
    name = who(rng)
    needs, wants, save, rule = rng.choice(((0.5, 0.3, 0.2, "50/30/20"), (0.6, 0.2, 0.2, "60/20/20"),
                                           (0.7, 0.2, 0.1, "70/20/10"), (0.5, 0.25, 0.25, "50/25/25")))
    per, factor = rng.choice((("a month", 1.0), ("every two weeks", 26 / 12), ("a year", 1 / 12)))
    pay = pick(rng, 1_200, 6_000, 10) if per == "every two weeks" else (
        pick(rng, 30_000, 160_000, 500) if per == "a year" else pick(rng, 2_400, 14_000, 25))
    monthly = round(pay * factor, 2)
    q = phrase(rng, (
        "{n} takes home {a} {p}. Using the {r} budgeting rule, how much should go to needs, wants and savings "
        "each month?",
        "How would a {r} budget split a take-home pay of {a} {p}? I mostly want the monthly savings figure.",
        "My net pay is {a} {p}. If I follow {r} (needs / wants / savings), what is my monthly savings target?",
        "Apply the {r} rule to {n}'s budget: after-tax income is {a} {p}. Break it into needs, wants and savings.",
    ), n=name, a=money(pay, cents=False), p=per, r=rule)
    steps = [f"Monthly take-home: {money(pay, cents=False)} {per}" + (
        f" × {num(factor, 4)} = {money(monthly)} a month." if factor != 1 else "."),
        f"The {rule} rule splits it {pct(needs)} needs, {pct(wants)} wants, {pct(save)} savings:\n"
        + table(("Bucket", "Share", "Monthly"), [("Needs", pct(needs), money(monthly * needs)),
                                                  ("Wants", pct(wants), money(monthly * wants)),
                                                  ("Savings / debt payoff", pct(save), money(monthly * save))])]
    ans = round(monthly * save, 2)
    return finish(f"{_M}.budget_split", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="budgeting_cash_flow", difficulty="easy",
                  params={"pay": pay, "pay_factor": factor, "savings_share": save})


_EXPENSES = (("Rent", 900, 3_200), ("Utilities", 90, 380), ("Groceries", 250, 1_100), ("Transportation", 120, 750),
             ("Insurance", 80, 520), ("Student loan", 150, 700), ("Phone and internet", 60, 220),
             ("Dining out", 60, 600), ("Subscriptions", 15, 120), ("Childcare", 400, 1_800),
             ("Car payment", 200, 650), ("Gym", 20, 120), ("Pet care", 40, 200))


def t_savings_rate(rng: random.Random) -> Draft:
    """Savings rate from a monthly expense table, and the gap to a target rate."""
    name = who(rng)
    items = [(label, pick(rng, lo, hi, 5)) for label, lo, hi in rng.sample(_EXPENSES, rng.randint(5, 8))]
    spent = sum(v for _, v in items)
    net = round(spent * rng.uniform(1.03, 1.4) / 50) * 50
    target = rng.choice((0.10, 0.15, 0.20, 0.25))
    surplus = net - spent
    rate = surplus / net
    data = f"Monthly take-home pay: {money(net, cents=False)}\n" + "\n".join(
        f"- {label}: {money(v, cents=False)}" for label, v in items)
    q = phrase(rng, (
        "What is {n}'s savings rate, and how far is it from a {t} target?",
        "Here is my monthly budget. What share of my take-home pay am I saving, and how much more would I need to "
        "save to reach {t}?",
        "Compute the savings rate for this household budget and compare it with the {t} goal.",
    ), n=name, t=pct(target))
    gap = target * net - surplus
    steps = [f"Total expenses = {' + '.join(money(v, cents=False) for _, v in items)} = {money(spent, cents=False)}",
             f"Surplus = {money(net, cents=False)} − {money(spent, cents=False)} = {money(surplus, cents=False)}",
             f"Savings rate = surplus / take-home = {money(surplus, cents=False)} / {money(net, cents=False)} "
             f"= {pct(rate, 1)}",
             f"A {pct(target)} target is {money(target * net)} a month; "
             + (f"the budget falls short by {money(gap)} a month, so expenses need trimming (dining out, "
                "subscriptions and transport are the usual places)." if gap > 0 else
                f"the budget beats it by {money(-gap)} a month.")]
    ans = round(rate * 100, 1)
    return finish(f"{_M}.savings_rate", instruction=q, input_=data, steps=steps, answer=ans, shown=pct(rate, 1),
                  domain="budgeting_cash_flow", difficulty="medium", unit="percent",
                  params={"net_pay": net, "expenses": [v for _, v in items], "target_rate": target})


def t_emergency_fund(rng: random.Random) -> Draft:
    """Emergency-fund target, the gap, and the months to fill it."""
    name = who(rng)
    essentials = pick(rng, 1_800, 7_500, 50)
    months, why = rng.choice(((3, "two stable incomes"), (4, "a stable salaried job"), (6, "a single income"),
                              (6, "a job in a cyclical industry"), (9, "freelance income"),
                              (12, "self-employment with lumpy income")))
    target = essentials * months
    saved = pick(rng, 0, target * 0.7, 50)
    deposit = pick(rng, 150, 1_500, 25)
    gap = target - saved
    n = math.ceil(gap / deposit)
    q = phrase(rng, (
        "{n} has {w} and essential expenses of {e} a month. Aiming for {m} months of reserves, with {s} already "
        "saved and {d} a month going in, how long until the emergency fund is full?",
        "My must-pay bills come to {e} a month and I want a {m}-month emergency fund ({w}). I have {s} and can add "
        "{d} monthly. How many months will it take?",
        "Emergency fund check: essentials {e}/month, target {m} months, current balance {s}, saving {d}/month. "
        "What's the target, the gap, and the time to close it?",
    ), n=name, w=why, e=money(essentials, cents=False), m=months, s=money(saved, cents=False),
        d=money(deposit, cents=False))
    steps = [f"Target = {months} × {money(essentials, cents=False)} = {money(target, cents=False)}",
             f"Gap = {money(target, cents=False)} − {money(saved, cents=False)} = {money(gap, cents=False)}",
             f"Months = gap / monthly deposit = {money(gap, cents=False)} / {money(deposit, cents=False)} = "
             f"{num(gap / deposit)} → {months_phrase(n)}, ignoring interest on the balance."]
    return finish(f"{_M}.emergency_fund", instruction=q, steps=steps, answer=n, shown=f"{n} months",
                  domain="budgeting_cash_flow", difficulty="medium", unit="months",
                  params={"essentials": essentials, "months_target": months, "saved": saved, "deposit": deposit})


# ---------------------------------------------------------------------------------------------------- TVM

def t_fv_lump(rng: random.Random) -> Draft:
    """Future value of a lump sum with periodic compounding."""
    pv = pick(rng, 1_000, 250_000, 500)
    rate = pick(rng, 0.015, 0.09, 0.0025)
    years = rng.randint(2, 40)
    m = rng.choice((1, 2, 4, 12, 365))
    what = rng.choice(("a certificate of deposit", "a high-yield savings account", "an index fund",
                       "a bond ladder", "an inheritance she invests", "a bonus he invests"))
    q = phrase(rng, (
        "If {a} is placed in {w} earning {r} compounded {f}, what will it be worth after {y} years?",
        "What is the future value of {a} after {y} years at {r} a year, compounded {f}?",
        "I'm putting {a} into {w} at {r} ({f} compounding). How much will I have in {y} years?",
    ), a=money(pv, cents=False), w=what, r=pct(rate), f=_FREQ[m], y=years)
    res = future_value(present_value=pv, annual_rate=rate, years=years, periods_per_year=m)
    n, i = m * years, rate / m
    steps = [f"FV = PV × (1 + r/m)^(m·t), with PV = {money(pv, cents=False)}, r/m = {pct(rate)}/{m} = {pct(i, 5)}, "
             f"m·t = {n}",
             f"FV = {money(pv, cents=False)} × {num(1 + i, 7)}^{n} = {money(pv, cents=False)} × "
             f"{num((1 + i) ** n, 6)} = {money(res.value)}",
             f"Growth earned: {money(res.value - pv)}"]
    return finish(f"{_M}.fv_lump", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="time_value_of_money", difficulty="easy",
                  params={"pv": pv, "rate": rate, "years": years, "m": m})


def t_pv_lump(rng: random.Random) -> Draft:
    """Present value of a future sum."""
    fv = pick(rng, 5_000, 500_000, 500)
    rate = pick(rng, 0.02, 0.08, 0.0025)
    years = rng.randint(1, 30)
    m = rng.choice((1, 4, 12))
    goal = rng.choice(("a child's first year of college", "a wedding", "a home down payment", "a sabbatical",
                       "a balloon payment", "a business expansion"))
    q = phrase(rng, (
        "How much must be invested today at {r} compounded {f} to have {a} in {y} years for {g}?",
        "What is the present value of {a} due in {y} years, discounted at {r} with {f} compounding?",
        "We need {a} in {y} years for {g}. If we can earn {r} ({f}), how much should we set aside now?",
    ), a=money(fv, cents=False), r=pct(rate), f=_FREQ[m], y=years, g=goal)
    res = present_value(future_value=fv, annual_rate=rate, years=years, periods_per_year=m)
    n, i = m * years, rate / m
    steps = [f"PV = FV / (1 + r/m)^(m·t), with FV = {money(fv, cents=False)}, r/m = {pct(i, 5)}, m·t = {n}",
             f"Discount factor = 1 / {num(1 + i, 7)}^{n} = {num((1 + i) ** -n, 6)}",
             f"PV = {money(fv, cents=False)} × {num((1 + i) ** -n, 6)} = {money(res.value)}"]
    return finish(f"{_M}.pv_lump", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="time_value_of_money", difficulty="easy",
                  params={"fv": fv, "rate": rate, "years": years, "m": m})


def t_annuity_fv(rng: random.Random) -> Draft:
    """Future value of a starting balance plus monthly deposits (ordinary annuity or annuity due)."""
    name = who(rng)
    start = pick(rng, 0, 50_000, 500)
    dep = pick(rng, 50, 3_000, 25)
    rate = pick(rng, 0.02, 0.10, 0.0025)
    years = rng.randint(3, 40)
    due = rng.random() < 0.4
    when = "at the start of each month" if due else "at the end of each month"
    q = phrase(rng, (
        "{n} has {s} invested and adds {d} {w}. At {r} a year compounded monthly, what is the balance after "
        "{y} years?",
        "Future value please: starting balance {s}, deposits of {d} {w}, {r} annual return (monthly compounding), "
        "{y} years.",
        "If I contribute {d} {w} to an account that already holds {s} and earns {r} compounded monthly, how much "
        "will I have in {y} years, and how much of it is growth?",
    ), n=name, s=money(start, cents=False), d=money(dep, cents=False), w=when, r=pct(rate), y=years)
    res = future_value(present_value=start, annual_rate=rate, years=years, periods_per_year=12, payment=dep,
                       payment_at_start=due)
    n, i = years * 12, rate / 12
    g = (1 + i) ** n
    lump, ann = start * g, res.value - start * g
    steps = [f"Monthly rate i = {pct(rate)}/12 = {pct(i, 5)}; n = {n} deposits; (1 + i)^n = {num(g, 6)}",
             f"Starting balance: {money(start, cents=False)} × {num(g, 6)} = {money(lump)}",
             f"Deposits: {money(dep, cents=False)} × ((1 + i)^n − 1)/i" + (" × (1 + i)" if due else "")
             + f" = {money(ann)}" + (" (annuity due: each deposit earns one extra month)" if due else ""),
             f"Total = {money(res.value)}; contributed {money(start + dep * n)}, growth "
             f"{money(res.value - start - dep * n)}"]
    return finish(f"{_M}.annuity_fv", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="time_value_of_money", difficulty="medium",
                  params={"start": start, "deposit": dep, "rate": rate, "years": years, "due": due})


def t_lump_vs_annuity(rng: random.Random) -> Draft:
    """Lump sum versus a stream of annual payments: PV at a discount rate, the implied rate, a recommendation."""
    pay = pick(rng, 10_000, 200_000, 1_000)
    years = rng.randint(10, 30)
    implied_target = pick(rng, 0.02, 0.07, 0.0025)
    lump = round(present_value(annual_rate=implied_target, years=years, payment=pay).value, -3)
    disc = pick(rng, 0.03, 0.08, 0.0025)
    what = rng.choice(("a lottery prize", "a pension buyout offer", "a structured legal settlement",
                       "the sale of a business interest", "a deferred-compensation payout"))
    q = phrase(rng, (
        "For {w}, the choice is {l} now or {p} a year for {y} years (paid at each year end). At a {d} discount "
        "rate, which is worth more?",
        "Should I take {l} today or {y} annual payments of {p}? I can earn about {d} on my money. Show the present "
        "value and the break-even rate.",
        "Compare a lump sum of {l} with an annuity of {p} a year for {y} years ({w}) using a {d} discount rate.",
    ), w=what, l=money(lump, cents=False), p=money(pay, cents=False), y=years, d=pct(disc))
    pv = present_value(annual_rate=disc, years=years, payment=pay).value
    implied = loan_rate(principal=lump, payment=pay, years=years, payments_per_year=1).value
    better = "the annuity" if pv > lump else "the lump sum"
    steps = [f"PV of the payments = PMT × (1 − (1 + d)^−n)/d = {money(pay, cents=False)} × "
             f"(1 − {num(1 + disc, 4)}^−{years})/{num(disc, 4)} = {money(pv)}",
             table(("Option", "Value today"), [("Lump sum", money(lump, cents=False)),
                                                ("Annuity at " + pct(disc), money(pv))]),
             f"Break-even (implied) rate: the rate at which {years} payments of {money(pay, cents=False)} are worth "
             f"exactly {money(lump, cents=False)} is {pct(implied)}.",
             f"Recommendation: at {pct(disc)}, {better} is worth more by {money(abs(pv - lump))}. The annuity wins "
             f"whenever you could not earn more than {pct(implied)} on the lump sum; taxes, health and the payer's "
             "credit risk can tip the choice."]
    return finish(f"{_M}.lump_vs_annuity", instruction=q, steps=steps, answer=round(pv, 2), shown=money(pv),
                  domain="time_value_of_money", difficulty="hard",
                  params={"lump": lump, "payment": pay, "years": years, "discount_rate": disc})


# ---------------------------------------------------------------------------------------------------- goals

_GOALS = ("a house down payment", "a new car", "a wedding", "a year-long sabbatical", "a kitchen remodel",
          "a family trip to Japan", "starting a business", "a sailboat", "an MBA", "solar panels")


def t_goal_monthly(rng: random.Random) -> Draft:
    """Monthly deposit needed to reach a goal from current savings."""
    name, goal = who(rng), rng.choice(_GOALS)
    target = pick(rng, 5_000, 150_000, 500)
    months = rng.choice((6, 9, 12, 18, 24, 30, 36, 48, 60, 72, 84, 96, 120))
    rate = pick(rng, 0.0, 0.07, 0.0025)
    saved = pick(rng, 0, target * 0.4, 100)
    i = rate / 12
    grown = saved * (1 + i) ** months
    dep = sinking_payment(target, saved, i, months)
    q = phrase(rng, (
        "{n} wants {t} for {g} in {m} months and has {s} saved. Earning {r} a year (compounded monthly), how much "
        "must {n} save each month?",
        "How much per month do I need to put away to have {t} in {m} months? I already have {s}, and the account "
        "pays {r}.",
        "Goal: {g}, costing {t}, in {m} months. Current savings {s}, return {r} compounded monthly. Required "
        "monthly deposit?",
    ), n=name, g=goal, t=money(target, cents=False), m=months, s=money(saved, cents=False), r=pct(rate))
    steps = [f"Monthly rate i = {pct(rate)}/12 = {pct(i, 5)}, n = {months}",
             f"Current savings grow to {money(saved, cents=False)} × (1 + i)^n = {money(grown)}",
             f"Still needed: {money(target, cents=False)} − {money(grown)} = {money(target - grown)}",
             "Deposit = needed × i / ((1 + i)^n − 1)" if i else "Deposit = needed / n (no interest)",
             f"= {money(dep)} a month"]
    ans = round(dep, 2)
    return finish(f"{_M}.goal_monthly", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="goal_based_planning", difficulty="medium",
                  params={"target": target, "months": months, "rate": rate, "saved": saved})


def t_goal_time(rng: random.Random) -> Draft:
    """Months until savings plus deposits reach a goal (NPER)."""
    name, goal = who(rng), rng.choice(_GOALS)
    target = pick(rng, 5_000, 150_000, 500)
    saved = pick(rng, 0, target * 0.5, 100)
    dep = pick(rng, 100, 3_000, 25)
    rate = pick(rng, 0.005, 0.07, 0.0025)
    i = rate / 12
    n = periods_to_goal(target, saved, dep, i)
    months = math.ceil(n - 1e-9)
    q = phrase(rng, (
        "{n} is saving {d} a month toward {g} ({t}) and has {s} so far, earning {r}. When will the goal be "
        "reached?",
        "How many months until I hit {t}? Starting balance {s}, monthly deposit {d}, {r} annual return compounded "
        "monthly.",
        "Time to goal: {g} costs {t}; we have {s} and add {d} per month at {r}. How long will it take?",
    ), n=name, g=goal, t=money(target, cents=False), s=money(saved, cents=False), d=money(dep, cents=False),
        r=pct(rate))
    steps = [f"Solve FV = S(1 + i)^n + D((1 + i)^n − 1)/i for n, with i = {pct(i, 5)}:",
             "n = ln((FV·i + D)/(S·i + D)) / ln(1 + i)",
             f"= ln(({money(target, cents=False)}·{num(i, 6)} + {num(dep)})/({money(saved, cents=False)}·"
             f"{num(i, 6)} + {num(dep)})) / ln({num(1 + i, 6)}) = {num(n)}",
             f"Round up: {months_phrase(months)}."]
    return finish(f"{_M}.goal_time", instruction=q, steps=steps, answer=months, shown=f"{months} months",
                  domain="goal_based_planning", difficulty="medium", unit="months",
                  params={"target": target, "saved": saved, "deposit": dep, "rate": rate})


def _own() -> list[tuple[Template, float]]:
    return [(t_budget_split, 3.5), (t_savings_rate, 2.5), (t_emergency_fund, 2.5), (t_fv_lump, 3.5),
            (t_pv_lump, 3.0), (t_annuity_fv, 2.5), (t_lump_vs_annuity, 3.0), (t_goal_monthly, 2.5),
            (t_goal_time, 2.0)]


def _combined() -> list[tuple[Template, float]]:
    from training.data.gen import (
        planning_credit,
        planning_goals,
        planning_income,
        planning_mortgage,
        planning_retirement,
        planning_tax,
        planning_tax_gains,
    )

    return [*_own(), *planning_goals.TEMPLATES, *planning_credit.TEMPLATES, *planning_mortgage.TEMPLATES,
            *planning_retirement.TEMPLATES, *planning_income.TEMPLATES, *planning_tax.TEMPLATES,
            *planning_tax_gains.TEMPLATES]


TEMPLATES: list[tuple[Template, float]] = _combined()
