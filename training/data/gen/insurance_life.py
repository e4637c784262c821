"""Insurance templates for life and disability insurance: premiums, the DIME method, income replacement and human
life value, a full needs analysis, and disability benefit amounts, taxation, claims and coverage planning."""

from __future__ import annotations

import math
import random

from tools.calc.tvm import present_value
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import NAMES, ask, table, two_names

_PER = {"annual": "per year", "monthly": "per month", "quarterly": "per quarter", "semiannual": "every six months"}


def growing_annuity_pv(first: float, rate: float, growth: float, years: int) -> float:
    """Present value of ``years`` year-end payments starting at ``first`` and growing at ``growth``."""
    return first / (rate - growth) * (1 - ((1 + growth) / (1 + rate)) ** years)


def t_life_premium(rng: random.Random) -> Draft:
    """A term premium from a rate per $1,000 of coverage, a policy fee and a modal factor."""
    who, age = rng.choice(NAMES), rng.randint(25, 60)
    face, rate = pick(rng, 100000, 2000000, 25000), pick(rng, 0.35, 6.0, 0.01)
    fee = pick(rng, 40, 110, 5)
    mode, factor = rng.choice((("annual", 1.0), ("monthly", 0.0875), ("monthly", 0.09), ("quarterly", 0.265),
                               ("semiannual", 0.52)))
    annual = face / 1000 * rate + fee
    prem = annual * factor
    term = rng.choice((10, 15, 20, 30))
    q = ask(rng, (
        "A {t}-year term quote for {who} (age {a}): {r} per $1,000 of coverage plus a {f} annual policy fee. What is "
        "the {m} premium on a {face} policy{fac}?",
        "Compute the {m} premium for {face} of {t}-year level term: rate {r} per thousand, policy fee {f} a year{fac}.",
        "I'm {a} and want {face} of term life for {t} years. The insurer charges {r} per $1,000 plus {f} a year. How "
        "much will I pay {per}{fac}?",
    ), t=term, who=who, a=age, r=money(rate), f=money(fee, False), m=mode, face=money(face, False),
        fac="" if mode == "annual" else f" (modal factor {factor})",
        per=_PER[mode])
    lines = [f"Annual premium = units of $1,000 × rate + fee = {face / 1000:,.0f} × {money(rate)} + {money(fee)} = "
             f"{money(annual)}"]
    if mode != "annual":
        k = {"monthly": 12, "quarterly": 4, "semiannual": 2}[mode]
        extra = k * round(prem, 2) - round(annual, 2)
        lines.append(f"{mode.capitalize()} premium = annual × modal factor = {money(annual)} × {factor} = {money(prem)}"
                     f" ({k} payments cost {money(extra)} more a year than paying annually)")
    lines += ["", f"Answer: {money(prem)}"]
    return Draft(q, "\n".join(lines), "life_insurance", "easy", "insurance_life.life_premium",
                 {"face": face, "rate_per_1000": rate, "fee": fee, "modal_factor": factor, "answer": round(prem, 2)})


def t_life_dime(rng: random.Random) -> Draft:
    """The DIME method: debt, income × years, mortgage and education, less existing coverage and savings."""
    who = rng.choice(NAMES)
    debt, final = pick(rng, 0, 60000, 500), pick(rng, 10000, 25000, 500)
    income, years = pick(rng, 40000, 250000, 1000), rng.randint(5, 20)
    mort, kids = pick(rng, 0, 650000, 1000), rng.randint(0, 3)
    edu = pick(rng, 40000, 200000, 5000)
    mult = rng.choice((0, 1, 2, 3))
    savings = pick(rng, 0, 200000, 1000)
    gross = debt + final + income * years + mort + kids * edu
    have = mult * income + savings
    need = max(0.0, gross - have)
    q = ask(rng, (
        "Use the DIME method for {who}: {d} of consumer debt plus {fe} for final expenses, income of {i} to replace "
        "for {y} years, a {m} mortgage, and {k} {kid} to put through college at {e} each. {who} has group life of "
        "{mu}× salary and {s} in savings. How much more life insurance is needed?",
        "DIME calculation: debts {d} (+ {fe} final expenses), income {i} × {y} years, mortgage {m}, education {e} × "
        "{k}. Existing resources: employer coverage {mu}× salary and savings of {s}. What is the coverage gap?",
        "How much term life should I buy? I earn {i} and want to cover {y} years of income, the {m} mortgage, {d} of "
        "other debt, {fe} for final expenses and {e} of college for each of my {k} {kid}. I have {mu}× salary through "
        "work and {s} saved.",
    ), who=who, d=money(debt, False), fe=money(final, False), i=money(income, False), y=years, m=money(mort, False),
        k=kids, kid="child" if kids == 1 else "children", e=money(edu, False), mu=mult, s=money(savings, False))
    rows = [("D: debts + final expenses", f"{money(debt)} + {money(final)}", money(debt + final)),
            ("I: income × years", f"{money(income)} × {years}", money(income * years)),
            ("M: mortgage", "", money(mort)), ("E: education", f"{kids} × {money(edu)}", money(kids * edu)),
            ("Total need", "", money(gross)),
            ("Less group life + savings", f"{mult} × {money(income)} + {money(savings)}", f"−{money(have)}")]
    lines = [table(("Item", "Working", "Amount"), rows), "",
             f"Additional coverage needed: max(0, {money(gross)} − {money(have)}) = {money(need)}", "",
             f"Answer: {money(need)}"]
    return Draft(q, "\n".join(lines), "life_insurance", "medium", "insurance_life.life_dime",
                 {"debt": debt, "final_expenses": final, "income": income, "years": years, "mortgage": mort,
                  "children": kids, "education_each": edu, "group_multiple": mult, "savings": savings,
                  "answer": round(need, 2)})


def t_life_income_replacement(rng: random.Random) -> Draft:
    """Income replacement: the present value of a share of income for n years, less existing coverage."""
    who = rng.choice(NAMES)
    income, share = pick(rng, 35000, 300000, 1000), rng.choice((0.6, 0.65, 0.7, 0.75, 0.8))
    years, rate = rng.randint(8, 30), pick(rng, 0.02, 0.06, 0.0025)
    due = rng.random() < 0.5
    have = pick(rng, 0, 500000, 5000)
    pay = income * share
    pv_ord = present_value(annual_rate=rate, years=years, payment=pay).value
    pv = pv_ord * (1 + rate) if due else pv_ord
    need = max(0.0, pv - have)
    q = ask(rng, (
        "If {who} died, the family would need {s} of {who}'s {i} income for {y} years. Discounting at {r} (after "
        "inflation), with the money needed at the {when} of each year, how much life insurance covers that, given "
        "{h} of existing coverage?",
        "Income-replacement method: replace {s} of a {i} salary for {y} years; discount rate {r}; payments at the "
        "{when} of each year; existing insurance {h}. Find the additional death benefit needed.",
        "What lump sum today would replace {s} of my {i} income for {y} years if it earns {r} a year (withdrawals at "
        "the {when} of each year)? I already have {h} of life insurance.",
    ), who=who, s=pct(share), i=money(income, False), y=years, r=pct(rate), when="start" if due else "end",
        h=money(have, False))
    lines = [f"Annual income to replace: {pct(share)} × {money(income)} = {money(pay)}",
             f"PV of {years} end-of-year payments (tools.calc.present_value): {money(pay)} × (1 − (1 + {pct(rate)})^−"
             f"{years}) ÷ {pct(rate)} = {money(pv_ord)}"]
    if due:
        lines.append(f"Payments at the start of each year (annuity due): × (1 + {pct(rate)}) = {money(pv)}")
    lines += [f"Less existing coverage: {money(pv)} − {money(have)} = {money(pv - have)}"
              + ("" if pv >= have else ", so no more is needed"), "", f"Answer: {money(need)}"]
    return Draft(q, "\n".join(lines), "life_insurance", "medium", "insurance_life.life_income_replacement",
                 {"income": income, "share": share, "years": years, "rate": rate, "due": due, "existing": have,
                  "answer": round(need, 2)})


def t_life_hlv(rng: random.Random) -> Draft:
    """Human life value: the present value of the income a person would contribute to the family until retirement."""
    who, age = rng.choice(NAMES), rng.randint(25, 55)
    ret = rng.choice((65, 67))
    income = pick(rng, 40000, 300000, 1000)
    cons, tax = pick(rng, 0.15, 0.35, 0.01), pick(rng, 0.12, 0.3, 0.01)
    g = pick(rng, 0.0, 0.04, 0.005)
    r = round(g + pick(rng, 0.01, 0.05, 0.0025), 4)
    n = ret - age
    c = income * (1 - cons - tax)
    hlv = growing_annuity_pv(c, r, g, n)
    q = ask(rng, (
        "Estimate {who}'s human life value: age {a}, retiring at {ret}, earning {i} with raises of {g} a year. "
        "{cs} of income goes to {who}'s own consumption and {t} to taxes. Discount at {r}.",
        "Human life value: income {i} growing {g} a year, {n} working years left, personal consumption {cs}, taxes "
        "{t}, discount rate {r}. What is the present value of the family's lost income?",
        "How much is my earning power worth to my family? I'm {a}, plan to work until {ret}, make {i} and expect {g} "
        "raises. About {cs} of my pay is spent on me and {t} on taxes. Use a {r} discount rate.",
    ), who=who, a=age, ret=ret, i=money(income, False), g=pct(g), cs=pct(cons), t=pct(tax), r=pct(r), n=n)
    lines = [f"Family's share of income, year 1: {money(income)} × (1 − {pct(cons)} − {pct(tax)}) = {money(c)}",
             f"Years to retirement: {ret} − {age} = {n}",
             "Growing annuity (year-end payments): PV = C ÷ (r − g) × (1 − ((1 + g) ÷ (1 + r))^n)",
             f"PV = {money(c)} ÷ ({pct(r)} − {pct(g)}) × (1 − ({1 + g:.4f} ÷ {1 + r:.4f})^{n}) = {money(hlv)}", "",
             f"Answer: {money(hlv)}"]
    return Draft(q, "\n".join(lines), "life_insurance", "medium", "insurance_life.life_hlv",
                 {"income": income, "consumption": cons, "tax": tax, "growth": g, "rate": r, "years": n,
                  "answer": round(hlv, 2)})


def t_life_needs(rng: random.Random) -> Draft:
    """A needs analysis: immediate cash needs plus the present value of the income shortfall, less resources."""
    who, spouse = two_names(rng)
    final, debts, mort = pick(rng, 10000, 30000, 500), pick(rng, 0, 80000, 500), pick(rng, 0, 600000, 1000)
    emerg, kids, edu = pick(rng, 10000, 60000, 1000), rng.randint(0, 3), pick(rng, 50000, 220000, 5000)
    need_y, surv = pick(rng, 50000, 180000, 1000), pick(rng, 0, 90000, 1000)
    years, rate = rng.randint(10, 25), pick(rng, 0.02, 0.05, 0.0025)
    savings, group = pick(rng, 0, 250000, 1000), pick(rng, 0, 500000, 25000)
    short = max(0.0, need_y - surv)
    pv = present_value(annual_rate=rate, years=years, payment=short).value
    immediate = final + debts + mort + emerg + kids * edu
    gap = immediate + pv - savings - group
    q = ask(rng, (
        "Run a life-insurance needs analysis for {who}. If {who} died, {sp}'s household would need {n} a year for {y} "
        "years; {sp} earns {s}. The rest of the figures are below. How much new coverage is needed?",
        "Needs analysis for a married parent: family spending {n}/yr, survivor income {s}/yr, for {y} years, "
        "discounted at {r}. Use the data table for immediate needs and resources.",
        "My spouse {sp} would need {n} a year for {y} years after my death and earns {s} on their own. At a {r} real "
        "return, how much more life insurance do I need? Details below.",
    ), who=who, sp=spouse, n=money(need_y, False), y=years, s=money(surv, False), r=pct(rate))
    inp = table(("Item", "Amount"), [
        ("Final expenses", money(final, False)), ("Debts other than mortgage", money(debts, False)),
        ("Mortgage balance", money(mort, False)), ("Emergency fund", money(emerg, False)),
        (f"College fund ({kids} × {money(edu, False)})", money(kids * edu, False)),
        ("Savings and investments", money(savings, False)), ("Existing life insurance", money(group, False)),
        ("Real discount rate", pct(rate))])
    lines = [f"Immediate needs: {money(final)} + {money(debts)} + {money(mort)} + {money(emerg)} + "
             f"{money(kids * edu)} = {money(immediate)}",
             f"Annual shortfall: {money(need_y)} − {money(surv)} = {money(short)}",
             f"PV of {years} years of shortfall at {pct(rate)} (tools.calc.present_value): {money(pv)}",
             f"Total need: {money(immediate + pv)}",
             f"Resources: {money(savings)} + {money(group)} = {money(savings + group)}",
             f"Gap: {money(immediate + pv)} − {money(savings + group)} = {money(gap)}"]
    ans = max(0.0, gap)
    lines.append(f"Suggested policy: about {money(math.ceil(ans / 50000) * 50000, False)} (rounded up to $50,000)."
                 if ans > 0 else "Existing resources cover the need; no new coverage is required.")
    lines += ["", f"Answer: {money(ans)}"]
    params = {"final": final, "debts": debts, "mortgage": mort, "emergency": emerg, "children": kids,
              "education_each": edu, "annual_need": need_y, "survivor_income": surv, "years": years, "rate": rate,
              "savings": savings, "existing": group, "answer": round(ans, 2)}
    return Draft(q, "\n".join(lines), "life_insurance", "hard", "insurance_life.life_needs", params, input=inp)


_TERMS = (10, 15, 20, 25, 30)


def _spouse_need(income: float, group_mult: int, shared: float, share: float, years: int, rate: float) -> tuple[
        float, float, float]:
    pv = present_value(annual_rate=rate, years=years, payment=income * share).value
    gap = max(0.0, shared + pv - group_mult * income)
    return pv, gap, math.ceil(gap / 50000 - 1e-9) * 50000.0


def t_life_family(rng: random.Random) -> Draft:
    """A two-income couple: each spouse's need, existing group cover, rounded new term policies and their premiums."""
    a, b = two_names(rng)
    inc = {a: pick(rng, 30000, 250000, 1000), b: pick(rng, 30000, 250000, 1000)}
    mult = {a: rng.choice((0, 1, 2, 3)), b: rng.choice((0, 1, 2, 3))}
    rate_k = {a: pick(rng, 0.3, 3.0, 0.01), b: pick(rng, 0.3, 3.0, 0.01)}
    share, years, rate = rng.choice((0.6, 0.7, 0.75, 0.8)), rng.randint(10, 25), pick(rng, 0.02, 0.05, 0.0025)
    mort, kids, edu = pick(rng, 0, 700000, 1000), rng.randint(1, 3), pick(rng, 50000, 200000, 5000)
    final, savings = pick(rng, 10000, 25000, 500), pick(rng, 0, 300000, 1000)
    shared = final + mort + kids * edu - savings
    res = {n: _spouse_need(inc[n], mult[n], shared, share, years, rate) for n in (a, b)}
    term = next(t for t in _TERMS if t >= years)
    prem = {n: res[n][2] / 1000 * rate_k[n] for n in (a, b)}
    total = res[a][2] + res[b][2]
    q = ask(rng, (
        "{a} and {b} have {k} {kid}, a {m} mortgage and {s} in savings. They want each survivor to have {sh} of the "
        "other's income for {y} years (discount {r}), the mortgage paid off, {e} per child for college and {f} for "
        "final expenses. Using the table, how much new term coverage should each buy, and what will it cost?",
        "Plan life insurance for a two-income couple ({a} and {b}): replace {sh} of the deceased's income for {y} "
        "years at {r}, pay off the {m} mortgage, fund college ({e} × {k}), {f} final expenses; savings {s} offset the "
        "need. Recommend policy amounts (in $50,000 steps) and premiums.",
    ), a=a, b=b, k=kids, kid="child" if kids == 1 else "children", m=money(mort, False), s=money(savings, False),
        sh=pct(share), y=years, r=pct(rate), e=money(edu, False), f=money(final, False))
    inp = table(("", a, b), [("Income", money(inc[a], False), money(inc[b], False)),
                             ("Group life (× salary)", mult[a], mult[b]),
                             (f"{term}-year term rate per $1,000", money(rate_k[a]), money(rate_k[b]))])
    rows = [(f"PV of {pct(share)} of income, {years} yrs", money(res[a][0]), money(res[b][0])),
            ("Shared needs − savings", money(shared), money(shared)),
            ("Less group life", f"−{money(mult[a] * inc[a])}", f"−{money(mult[b] * inc[b])}"),
            ("Gap", money(res[a][1]), money(res[b][1])),
            ("New policy (up to $50k step)", money(res[a][2], False), money(res[b][2], False)),
            (f"{term}-year premium / yr", money(prem[a]), money(prem[b]))]
    lines = [f"Shared needs: {money(final)} + {money(mort)} + {kids} × {money(edu)} − {money(savings)} = "
             f"{money(shared)}", "PV uses tools.calc.present_value (year-end payments).", "",
             table(("", f"If {a} dies", f"If {b} dies"), rows), "",
             f"Recommendation: {money(res[a][2], False)} of {term}-year term on {a} and {money(res[b][2], False)} on "
             f"{b} (the term matches the {years}-year need), about {money(prem[a] + prem[b])} a year in total.", "",
             f"Answer: {money(total)}"]
    params = {"incomes": [inc[a], inc[b]], "group_multiples": [mult[a], mult[b]], "rates": [rate_k[a], rate_k[b]],
              "share": share, "years": years, "rate": rate, "mortgage": mort, "children": kids, "education_each": edu,
              "final": final, "savings": savings, "answer": round(total, 2)}
    return Draft(q, "\n".join(lines), "life_insurance", "extremely_complex", "insurance_life.life_family", params,
                 input=inp)


TEMPLATES: list[tuple[Template, float]] = [
    (t_life_premium, 1.0), (t_life_dime, 1.0), (t_life_income_replacement, 1.0), (t_life_hlv, 0.9),
    (t_life_needs, 1.3), (t_life_family, 1.3),
]
