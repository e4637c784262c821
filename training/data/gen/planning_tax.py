"""Federal income tax templates: bracket tax, marginal and effective rates, raises, the marriage penalty,
itemizing, the child tax credit, and contribution limits (401(k), IRA, HSA)."""

from __future__ import annotations

import math
import random

from tools.calc.tax_retirement import us_federal_income_tax
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.planning_rules import (
    HSA_CATCH_UP,
    HSA_LIMIT,
    IRA_CATCH_UP,
    IRA_LIMIT,
    STANDARD_DEDUCTION,
    STATUS_LABEL,
    STD_SOURCE,
    deferral_limit,
    finish,
    marginal_rate,
    ordinary_tax,
    pair,
    phrase,
    table,
    who,
)

_M = "planning_tax"
_STATUSES = ("single", "married_filing_jointly", "head_of_household", "married_filing_separately")
# SALT deduction cap, IRC §164(b)(6)-(7): 10,000 (5,000 married filing separately) for 2024 (TCJA); 40,000 for 2025
# under Pub. L. 119-21 (the cap phases down for modified AGI above 500,000, which these templates stay below).
SALT_CAP: dict[int, float] = {2024: 10_000, 2025: 40_000}
# Child tax credit per qualifying child, IRC §24(h): 2,000 for 2024 (TCJA); 2,200 for 2025 under Pub. L. 119-21.
# It phases out by $50 per $1,000 (or part) of modified AGI above 400,000 joint / 200,000 other filers.
CTC: dict[int, float] = {2024: 2_000, 2025: 2_200}


def _income(rng: random.Random, low: float = 10_000, high: float = 800_000) -> float:
    tier = rng.random()
    if tier < 0.55:
        return pick(rng, low, min(high, 150_000), 50)
    if tier < 0.85:
        return pick(rng, min(high, 150_000), min(high, 400_000), 100)
    return pick(rng, min(high, 400_000), high, 500)


def t_bracket_tax(rng: random.Random) -> Draft:
    """Federal income tax on taxable income, bracket by bracket."""
    year, status = rng.choice((2024, 2025)), rng.choice(_STATUSES)
    income = _income(rng)
    res = us_federal_income_tax(income, status, year)  # type: ignore[arg-type]
    q = phrase(rng, (
        "What is the {y} federal income tax on taxable income of {i} for a {s} filer?",
        "{n} files {s} and has {i} of taxable income in {y}. Compute the regular federal income tax.",
        "Using the {y} brackets, how much tax is owed on {i} of taxable income ({s})?",
        "Tax on {i} taxable, {s}, tax year {y}? Show each bracket.",
    ), y=year, i=money(income, cents=False), s=STATUS_LABEL[status], n=who(rng))
    rows = [(pct(r["rate"]), f"{money(r['from'], cents=False)}–" + (money(r["to"], cents=False) if r["to"] else "up"),
             money(r["taxed_amount"]), money(r["tax"])) for r in res.table or []]
    steps = [f"{year} brackets for {STATUS_LABEL[status]} ({res.source}):",
             table(("Rate", "Bracket", "Income taxed", "Tax"), rows),
             f"Total = {money(res.value)}; marginal rate {pct((res.details or {})['marginal_rate'])}, effective "
             f"{pct(res.value / income)}"]
    return finish(f"{_M}.bracket_tax", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="tax_brackets", difficulty="easy",
                  params={"year": year, "status": status, "taxable_income": income})


def t_marginal_effective(rng: random.Random) -> Draft:
    """From gross income: standard deduction, tax, marginal rate, effective rates."""
    year, status = rng.choice((2024, 2025)), rng.choice(_STATUSES[:3])
    gross = _income(rng, 25_000, 600_000)
    std = STANDARD_DEDUCTION[year][status]
    taxable = max(0.0, gross - std)
    tax = ordinary_tax(taxable, status, year)
    marg = marginal_rate(taxable, status, year)
    q = phrase(rng, (
        "{n} ({s}) has {g} of income in {y}, all wages, and takes the standard deduction. What are the tax, the "
        "marginal rate and the effective rate?",
        "Marginal vs effective tax rate: {y}, {s}, gross income {g}, standard deduction. Explain the difference "
        "with numbers.",
        "I earn {g} ({s}, {y}). My coworker says I'm 'in the {m} bracket' so I pay {m} of my income. What's my real "
        "effective rate?",
    ), n=who(rng), s=STATUS_LABEL[status], g=money(gross, cents=False), y=year, m=pct(marg))
    eff = tax / gross
    steps = [f"Taxable income = {money(gross, cents=False)} − {money(std, cents=False)} standard deduction "
             f"({STD_SOURCE[year]}) = {money(taxable, cents=False)}",
             f"Tax ({year} brackets) = {money(tax)}",
             f"Marginal rate = {pct(marg)} (the rate on the next dollar); effective rate on gross income = "
             f"{money(tax)} / {money(gross, cents=False)} = {pct(eff)} (on taxable income "
             f"{pct(tax / taxable) if taxable else '0%'})",
             "Only the dollars inside the top bracket are taxed at the marginal rate."]
    ans = round(eff * 100, 2)
    return finish(f"{_M}.marginal_effective", instruction=q, steps=steps, answer=ans, shown=pct(eff),
                  domain="tax_brackets", difficulty="medium", unit="percent",
                  params={"year": year, "status": status, "gross": gross})


def t_raise_tax(rng: random.Random) -> Draft:
    """Extra federal tax on a raise (and why a raise never lowers take-home pay)."""
    year, status = rng.choice((2024, 2025)), rng.choice(_STATUSES[:3])
    salary, bump = _income(rng, 30_000, 450_000), pick(rng, 1_000, 40_000, 500)
    std = STANDARD_DEDUCTION[year][status]
    t0 = ordinary_tax(salary - std, status, year)
    t1 = ordinary_tax(salary + bump - std, status, year)
    q = phrase(rng, (
        "{n} earns {s} and gets a {r} raise. Filing {f} with the standard deduction in {y}, how much more federal "
        "income tax is owed?",
        "Will my {r} raise push me into a higher bracket and cost me? Salary {s}, {f}, {y}, standard deduction.",
        "Compute the additional {y} federal income tax on a raise from {s} to {t} ({f}).",
    ), n=who(rng), s=money(salary, cents=False), r=money(bump, cents=False), f=STATUS_LABEL[status], y=year,
        t=money(salary + bump, cents=False))
    extra = t1 - t0
    steps = [f"Before: taxable {money(salary - std, cents=False)}, tax {money(t0)}",
             f"After: taxable {money(salary + bump - std, cents=False)}, tax {money(t1)}",
             f"Extra tax = {money(extra)} ({pct(extra / bump)} of the raise); {money(bump - extra)} is kept before "
             "payroll and state taxes. Crossing into a higher bracket only taxes the dollars above the line at the "
             "higher rate."]
    ans = round(extra, 2)
    return finish(f"{_M}.raise_tax", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="tax_brackets", difficulty="medium",
                  params={"year": year, "status": status, "salary": salary, "raise": bump})


def t_marriage(rng: random.Random) -> Draft:
    """Marriage penalty or bonus: two single returns against one joint return."""
    a, b = pair(rng)
    year = rng.choice((2024, 2025))
    ia, ib = _income(rng, 0, 500_000), _income(rng, 0, 500_000)
    s_std, j_std = STANDARD_DEDUCTION[year]["single"], STANDARD_DEDUCTION[year]["married_filing_jointly"]
    ta, tb = ordinary_tax(ia - s_std, "single", year), ordinary_tax(ib - s_std, "single", year)
    tj = ordinary_tax(ia + ib - j_std, "married_filing_jointly", year)
    diff = tj - ta - tb
    q = phrase(rng, (
        "{a} earns {x} and {b} earns {y}. If they marry before the end of {yr}, does their federal income tax go up "
        "or down? Assume wages only and the standard deduction.",
        "Marriage penalty or bonus for {yr}: incomes {x} and {y}, standard deduction either way.",
        "Compare two single returns ({x} and {y}) with one joint return in {yr}.",
    ), a=a, b=b, x=money(ia, cents=False), y=money(ib, cents=False), yr=year)
    steps = [table(("Return", "Taxable income", "Tax"),
                   [(f"{a}, single", money(max(0, ia - s_std), cents=False), money(ta)),
                    (f"{b}, single", money(max(0, ib - s_std), cents=False), money(tb)),
                    ("Joint", money(max(0, ia + ib - j_std), cents=False), money(tj))]),
             f"Joint − singles = {money(tj)} − {money(ta + tb)} = {money(diff)}",
             ("A marriage penalty: " if diff > 0 else "A marriage bonus: " if diff < 0 else "No difference: ")
             + ("joint brackets are exactly double the single ones up to the 32% bracket, so penalties come from "
                "two high earners reaching the 35%/37% brackets." if diff > 0 else
                "unequal incomes gain because the joint brackets are wider than one earner's." if diff < 0 else
                "each income sits in brackets that the joint table simply doubles.")]
    ans = round(diff, 2)
    return finish(f"{_M}.marriage", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="tax_brackets", difficulty="hard", params={"year": year, "income_a": ia, "income_b": ib})


# ---------------------------------------------------------------------------------------------------- deductions

def _itemized(year: int, agi: float, items: dict[str, float]) -> tuple[float, float, float]:
    """(SALT allowed, medical allowed, itemized total)."""
    salt = min(items["state_income_tax"] + items["property_tax"], SALT_CAP[year])
    medical = max(0.0, items["medical"] - 0.075 * agi)
    return salt, medical, salt + medical + items["mortgage_interest"] + items["charity"]


def t_itemize(rng: random.Random) -> Draft:
    """Itemized deductions (SALT cap, 7.5% medical floor) against the standard deduction; tax under each."""
    year, status = rng.choice((2024, 2025)), rng.choice(_STATUSES[:3])
    agi = pick(rng, 60_000, 450_000, 500)
    items = {"state_income_tax": pick(rng, 0, agi * 0.07, 50), "property_tax": pick(rng, 0, 22_000, 50),
             "mortgage_interest": pick(rng, 0, 40_000, 50), "charity": pick(rng, 0, agi * 0.06, 50),
             "medical": pick(rng, 0, agi * 0.15, 50) if rng.random() < 0.4 else 0.0}
    std = STANDARD_DEDUCTION[year][status]
    salt, med, total = _itemized(year, agi, items)
    best = max(std, total)
    t_std, t_item = ordinary_tax(agi - std, status, year), ordinary_tax(agi - total, status, year)
    data = f"AGI: {money(agi, cents=False)}\n" + "\n".join(
        f"- {k.replace('_', ' ').capitalize()}: {money(v, cents=False)}" for k, v in items.items())
    q = phrase(rng, (
        "Should {n} ({s}, {y}) itemize or take the standard deduction? What is the tax either way?",
        "Itemize or standard deduction for {y}? Filing status {s}. Figures below.",
        "Compute our {y} itemized deductions (remember the SALT cap and the medical floor), compare with the "
        "standard deduction for {s}, and give the federal income tax.",
    ), n=who(rng), s=STATUS_LABEL[status], y=year)
    steps = [f"SALT = min({money(items['state_income_tax'] + items['property_tax'], cents=False)}, "
             f"{money(SALT_CAP[year], cents=False)} cap) = {money(salt, cents=False)}",
             f"Medical above 7.5% of AGI = max(0, {money(items['medical'], cents=False)} − "
             f"{money(0.075 * agi)}) = {money(med)}",
             f"Itemized = {money(salt, cents=False)} + {money(med)} + {money(items['mortgage_interest'], cents=False)}"
             f" interest + {money(items['charity'], cents=False)} charity = {money(total)}; standard = "
             f"{money(std, cents=False)} ({STD_SOURCE[year]})",
             table(("", "Standard", "Itemized"), [("Taxable income", money(agi - std), money(agi - total)),
                                                  ("Tax", money(t_std), money(t_item))]),
             f"{'Itemize' if total > std else 'Take the standard deduction'}: it saves {money(abs(t_std - t_item))}."]
    ans = round(min(t_std, t_item), 2)
    return finish(f"{_M}.itemize", instruction=q, input_=data, steps=steps, answer=ans, shown=money(ans),
                  domain="deductions_credits", difficulty="hard",
                  params={"year": year, "status": status, "agi": agi, **items, "best_deduction": best})


def child_tax_credit(year: int, joint: bool, kids: int, magi: float) -> tuple[float, float, float]:
    """(credit before phase-out, phase-out reduction, credit allowed): $50 less per $1,000 or part of MAGI over
    400,000 joint / 200,000 other."""
    full = kids * CTC[year]
    cut = 50 * math.ceil(max(0.0, magi - (400_000 if joint else 200_000)) / 1_000)
    return full, cut, max(0.0, full - cut)


def t_child_credit(rng: random.Random) -> Draft:
    """Child tax credit after the income phase-out, and the tax after it."""
    year, status = rng.choice((2024, 2025)), rng.choice(_STATUSES[:3])
    kids = rng.randint(1, 4)
    joint = status == "married_filing_jointly"
    threshold = 400_000 if joint else 200_000
    agi = pick(rng, 50_000, threshold + 60_000 + 30_000 * kids, 250)
    full, cut, credit = child_tax_credit(year, joint, kids, agi)
    std = STANDARD_DEDUCTION[year][status]
    tax = ordinary_tax(agi - std, status, year)
    q = phrase(rng, (
        "{n} files {s} with {k} qualifying {c} under 17 and modified AGI of {a} in {y}. What child tax credit is "
        "allowed?",
        "Child tax credit for {y}: {k} {c}, MAGI {a}, filing {s}. Apply the phase-out.",
        "How much is our {y} child tax credit? {k} {c}, income {a}, {s}.",
    ), n=who(rng), s=STATUS_LABEL[status], k=kids, c="child" if kids == 1 else "children",
        a=money(agi, cents=False), y=year)
    steps = [f"Credit before phase-out = {kids} × {money(CTC[year], cents=False)} = {money(full, cents=False)} "
             f"(IRC §24{', as amended by Pub. L. 119-21' if year == 2025 else ''})",
             f"Phase-out: $50 per $1,000 (or part) of MAGI over {money(threshold, cents=False)} → "
             + (f"ceil(({money(agi, cents=False)} − {money(threshold, cents=False)})/1,000) × $50 = "
                f"{money(cut, cents=False)}" if agi > threshold else "none"),
             f"Credit = {money(credit, cents=False)}; tax before credits (standard deduction) {money(tax)}, after "
             f"{money(max(0.0, tax - credit))}"
             + (" (the unused part may be partly refundable as the additional child tax credit)"
                if credit > tax else "")]
    return finish(f"{_M}.child_credit", instruction=q, steps=steps, answer=credit, shown=money(credit, cents=False),
                  domain="deductions_credits", difficulty="medium",
                  params={"year": year, "status": status, "children": kids, "magi": agi})


# ---------------------------------------------------------------------------------------------------- limits

def t_limit_lookup(rng: random.Random) -> Draft:
    """The year's contribution limit for a 401(k), IRA or HSA, with catch-ups."""
    year, age = rng.choice((2023, 2024, 2025)), rng.randint(25, 70)
    plan, cov = rng.choice(("401(k)", "403(b)", "IRA", "HSA")), ""
    if plan == "IRA":
        base, extra, note = IRA_LIMIT[year], IRA_CATCH_UP if age >= 50 else 0.0, "IRC §219(b)(5); catch-up at 50+"
    elif plan == "HSA":
        cov = rng.choice(("self-only", "family"))
        base, extra = HSA_LIMIT[year][cov == "family"], HSA_CATCH_UP if age >= 55 else 0.0
        note = "IRC §223(b); catch-up at 55+"
    else:
        base, extra = deferral_limit(year, age)
        note = "IRC §402(g); catch-up at 50+" + (", 11,250 at ages 60-63 from 2025 (SECURE 2.0)" if year == 2025
                                                  else "")
    job = rng.choice(("a nurse", "a teacher", "an engineer", "a small-business owner", "a retail manager",
                      "an accountant", "a software developer", "a pharmacist", "a union electrician", "a professor"))
    q = phrase(rng, (
        "What is the maximum {p} contribution for {j} who is {a} in {y}?",
        "{n} will be {a} at the end of {y}. How much can go into the {p}?",
        "{n}, {j}, turns {a} in {y}. What's the {y} {p} limit including any catch-up?",
        "{y} {p} limit for a {a}-year-old? Asking for {n}.",
        "How much can {n} ({j}, age {a}) put in a {p} for {y}?",
    ), p=f"HSA ({cov} coverage)" if cov else plan, a=age, y=year, n=who(rng), j=job)
    total = base + extra
    steps = [f"{year} base limit: {money(base, cents=False)} ({note})",
             f"Catch-up at age {age}: {money(extra, cents=False)}",
             f"Maximum = {money(total, cents=False)}"
             + (" (employee deferrals; employer money counts toward the separate §415(c) limit)"
                if plan in ("401(k)", "403(b)") else "")]
    return finish(f"{_M}.limit_lookup", instruction=q, steps=steps, answer=total, shown=money(total, cents=False),
                  domain="contribution_limits", difficulty="easy",
                  params={"year": year, "age": age, "plan": plan, "coverage": cov})


def t_contribution_room(rng: random.Random) -> Draft:
    """Per-paycheck deferral needed to reach the 401(k) maximum by year end."""
    year, age = rng.choice((2024, 2025)), rng.randint(25, 66)
    per_year = rng.choice((26, 24, 12))
    left = rng.randint(2, per_year - 1)
    base, extra = deferral_limit(year, age)
    limit = base + extra
    done = pick(rng, 0, limit * 0.8, 50)
    each = (limit - done) / left
    low = max(60_000.0, math.ceil(each * per_year / 0.75 / 1_000) * 1_000)
    salary = pick(rng, low, max(low, 400_000), 1_000)
    freq = {26: "biweekly", 24: "semimonthly", 12: "monthly"}[per_year]
    q = phrase(rng, (
        "{n} ({a}) has deferred {d} to the 401(k) so far in {y} and has {k} {f} paychecks left. How much per "
        "paycheck maxes out the year?",
        "I want to max my {y} 401(k). I'm {a}, I've put in {d}, and {k} paychecks remain (paid {f}). What should "
        "each paycheck deferral be?",
        "401(k) catch-up planning: age {a}, year {y}, contributed {d}, {k} remaining {f} paychecks. Per-paycheck "
        "amount to hit the limit?",
    ), n=who(rng), a=age, d=money(done, cents=False), y=year, k=left, f=freq)
    gross = salary / per_year
    steps = [f"{year} limit at age {age}: {money(base, cents=False)} + {money(extra, cents=False)} catch-up = "
             f"{money(limit, cents=False)}",
             f"Remaining room = {money(limit, cents=False)} − {money(done, cents=False)} = "
             f"{money(limit - done, cents=False)}",
             f"Per paycheck = {money(limit - done, cents=False)} / {left} = {money(each)}"
             + (f" ({pct(each / gross, 1)} of a {money(gross)} gross paycheck on a "
                f"{money(salary, cents=False)} salary)")]
    ans = round(each, 2)
    return finish(f"{_M}.contribution_room", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="contribution_limits", difficulty="medium",
                  params={"year": year, "age": age, "done": done, "paychecks_left": left})


def t_hsa(rng: random.Random) -> Draft:
    """HSA room left after the employer's deposit, and the tax saved by payroll contributions."""
    year, cov, age = rng.choice((2023, 2024, 2025)), rng.choice(("self-only", "family")), rng.randint(25, 64)
    limit = HSA_LIMIT[year][cov == "family"] + (HSA_CATCH_UP if age >= 55 else 0)
    employer = pick(rng, 0, 1_500 if cov == "self-only" else 3_000, 50)
    rate = rng.choice((0.10, 0.12, 0.22, 0.24, 0.32))
    room = limit - employer
    saving = room * (rate + 0.0765)
    q = phrase(rng, (
        "{n} is {a} with {c} HDHP coverage for all of {y}. The employer puts {e} into the HSA. How much more can "
        "{n} contribute through payroll, and what does that save at a {r} federal bracket?",
        "HSA planning for {y}: {c} coverage, age {a}, employer contribution {e}, marginal federal rate {r}. "
        "Remaining room and tax savings?",
    ), n=who(rng), a=age, c=cov, y=year, e=money(employer, cents=False), r=pct(rate))
    steps = [f"{year} limit ({cov}) = {money(HSA_LIMIT[year][cov == 'family'], cents=False)}"
             + (f" + {money(HSA_CATCH_UP, cents=False)} catch-up (55+) = {money(limit, cents=False)}" if age >= 55
                else "") + "; employer money counts toward it",
             f"Room = {money(limit, cents=False)} − {money(employer, cents=False)} = {money(room, cents=False)}",
             f"Payroll (cafeteria-plan) contributions skip federal income tax and the 7.65% FICA (pay below the "
             f"Social Security wage base): {money(room, cents=False)} × ({pct(rate)} + 7.65%) = {money(saving)}"]
    ans = round(saving, 2)
    return finish(f"{_M}.hsa", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="contribution_limits", difficulty="medium",
                  params={"year": year, "coverage": cov, "age": age, "employer": employer, "rate": rate})


def t_bunching(rng: random.Random) -> Draft:
    """Charitable bunching over two years (a donor-advised fund) against giving every year: deductions and tax in
    each year under both strategies, and a recommendation."""
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly", "head_of_household"))
    std = STANDARD_DEDUCTION[year][status]
    agi = pick(rng, 70_000, 450_000, 1_000)
    other = pick(rng, std * 0.4, std * 1.1, 100)
    gift = pick(rng, 2_000, 30_000, 250)
    every = max(std, other + gift)
    bunch1, bunch2 = max(std, other + 2 * gift), max(std, other)
    t_every = ordinary_tax(agi - every, status, year)
    t_b1, t_b2 = ordinary_tax(agi - bunch1, status, year), ordinary_tax(agi - bunch2, status, year)
    saved = 2 * t_every - t_b1 - t_b2
    q = phrase(rng, (
        "{n} ({s}) gives {g} to charity every year, has {o} of other itemized deductions (capped SALT and mortgage "
        "interest) and AGI of {a}. Would giving two years' worth in one year through a donor-advised fund, and "
        "nothing the next, save tax? Use the {y} rules for both years.",
        "Bunching analysis ({y} rules both years, {s}): AGI {a}, annual giving {g}, other itemized deductions {o}. "
        "Compare giving every year with bunching two years into one, and recommend.",
        "Should we bunch our charitable gifts? {s}, AGI {a}, {g} a year to charity, {o} of mortgage interest and "
        "state taxes. Show the deductions and tax for two years each way ({y} tables).",
    ), n=who(rng), s=STATUS_LABEL[status], g=money(gift, cents=False), o=money(other, cents=False),
        a=money(agi, cents=False), y=year)
    rows = [("Give yearly, year 1", money(every, cents=False), money(t_every)),
            ("Give yearly, year 2", money(every, cents=False), money(t_every)),
            ("Bunch, year 1 (2 × gift)", money(bunch1, cents=False), money(t_b1)),
            ("Bunch, year 2 (no gift)", money(bunch2, cents=False), money(t_b2))]
    steps = [f"Standard deduction {money(std, cents=False)} ({STD_SOURCE[year]}); each year's deduction is the larger "
             "of it and the itemized total.",
             table(("Year", "Deduction", "Tax"), rows),
             f"Two-year tax: yearly {money(2 * t_every)} vs bunched {money(t_b1 + t_b2)} → saving {money(saved)}",
             "Recommendation: " + (
                 "bunch through a donor-advised fund: the deduction comes in the contribution year and the fund can "
                 "still make grants to the charities every year." if saved > 0 else
                 "bunching does not help here (itemizing already wins every year, or the standard deduction wins "
                 "either way); give as usual.")]
    ans = round(saved, 2)
    return finish(f"{_M}.bunching", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="deductions_credits", difficulty="extremely_complex",
                  params={"year": year, "status": status, "agi": agi, "other_itemized": other, "gift": gift})


TEMPLATES: list[tuple[Template, float]] = [
    (t_bracket_tax, 4.0), (t_marginal_effective, 2.5), (t_raise_tax, 2.0), (t_marriage, 3.0), (t_itemize, 3.0),
    (t_child_credit, 2.5), (t_limit_lookup, 3.5), (t_contribution_room, 2.0), (t_hsa, 2.0), (t_bunching, 4.0),
]
