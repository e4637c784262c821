"""Insurance templates: health-plan cost sharing (deductible, coinsurance, out-of-pocket maximum), one bill, a year of
claims, a family with embedded deductibles, and the employee's premium share. Plan choice and Medicare are in
:mod:`insurance`, which also assembles every insurance template."""

from __future__ import annotations

import random

from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import NAMES, ask, table

_SMALL = ("an MRI", "a CT scan", "an urgent-care visit with X-rays", "lab work and an ultrasound", "a sleep study",
          "an allergy panel and two specialist visits", "a colonoscopy with biopsy")
_LARGE = ("an outpatient knee arthroscopy", "an emergency-room visit", "a two-night hospital stay",
          "an appendectomy", "a hip replacement", "a cardiac catheterization", "a spinal fusion",
          "a C-section delivery", "a gallbladder removal")


def share(charge: float, ded_left: float, coins: float, oop_left: float) -> tuple[float, float, float]:
    """One allowed charge split: (deductible part, coinsurance part, what the patient pays after the OOP cap)."""
    ded = min(charge, max(0.0, ded_left))
    co = coins * (charge - ded)
    return ded, co, min(ded + co, max(0.0, oop_left))


def year_cost(total: float, ded: float, coins: float, oop: float) -> float:
    """A year's patient cost for ``total`` allowed charges under one deductible/coinsurance/OOP-max plan."""
    return share(total, ded, coins, oop)[2]


def _plan(rng: random.Random, ded_lo: float, ded_hi: float) -> tuple[float, float, float]:
    ded = pick(rng, ded_lo, ded_hi, 250)
    coins = rng.choice((0.1, 0.15, 0.2, 0.25, 0.3, 0.4))
    oop = pick(rng, max(ded + 1000, 3000), 9000, 250)
    return ded, coins, oop


def _bill(rng: random.Random) -> tuple[float, str]:
    lo, hi, step = rng.choice(((150, 3000, 5), (1000, 20000, 10), (5000, 95000, 25)))
    bill = pick(rng, lo, hi, step)
    return bill, rng.choice(_SMALL if bill < 4000 else _LARGE)


def t_health_single_bill(rng: random.Random) -> Draft:
    """One bill at the start of the plan year: deductible, then coinsurance, capped by the OOP maximum."""
    who, (bill, service) = rng.choice(NAMES), _bill(rng)
    ded, coins, oop = _plan(rng, 500, 5000)
    d, c, pay = share(bill, ded, coins, oop)
    q = ask(rng, (
        "{who} has a plan with a {ded} deductible, {co} coinsurance and a {oop} out-of-pocket maximum. Nothing has "
        "been paid toward the deductible this year. How much does {who} owe for {svc} with an allowed amount of {b}?",
        "My health plan: {ded} deductible, then I pay {co}, out-of-pocket max {oop}. First claim of the year is {svc} "
        "billed at {b} (allowed amount). What's my share?",
        "A member's first claim of the year is {svc}, allowed charge {b}. Deductible {ded}, coinsurance {co}, "
        "out-of-pocket maximum {oop}. Compute the member's cost and what the insurer pays.",
    ), who=who, ded=money(ded), co=pct(coins), oop=money(oop), svc=service, b=money(bill))
    lines = ["Cost sharing applies in order: deductible, then coinsurance, all capped by the out-of-pocket maximum.",
             "", f"1. Deductible: the first {money(d)} of the {money(bill)} is paid by the member.",
             f"2. Coinsurance: {pct(coins)} × ({money(bill)} − {money(d)}) = {money(c)}",
             f"3. Before the cap: {money(d)} + {money(c)} = {money(d + c)}"]
    lines.append(f"4. Out-of-pocket maximum {money(oop)}: " + (
        f"reached, so the member pays only {money(pay)}." if d + c > oop else "not reached."))
    lines += ["", f"The insurer pays {money(bill)} − {money(pay)} = {money(bill - pay)}.", "",
              f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "health_insurance", "easy", "insurance_health.health_single_bill",
                 {"bill": bill, "deductible": ded, "coinsurance": coins, "oop_max": oop, "answer": round(pay, 2)})


def t_health_bill_midyear(rng: random.Random) -> Draft:
    """A bill later in the year, with part of the deductible or OOP maximum already used."""
    who, (bill, service) = rng.choice(NAMES), _bill(rng)
    ded, coins, oop = _plan(rng, 1000, 6000)
    if rng.random() < 0.5:
        ded_met = pick(rng, 0, ded - 50, 25)
        spent = ded_met + pick(rng, 0, 600, 10)  # copays also count toward the OOP maximum
    else:
        ded_met = ded
        spent = pick(rng, ded, oop - 50, 10)
    d, c, pay = share(bill, ded - ded_met, coins, oop - spent)
    q = ask(rng, (
        "It's {mon}. {who} has paid {dm} toward a {ded} deductible and {sp} toward the {oop} out-of-pocket maximum "
        "(copays included). Coinsurance is {co}. What will {who} pay for {svc} with an allowed amount of {b}?",
        "Mid-year claim: {svc}, allowed amount {b}. Plan: {ded} deductible ({dm} met so far), {co} coinsurance, {oop} "
        "OOP max with {sp} already spent. How much does the member owe, and how much does the plan pay?",
        "I've already paid {dm} of my {ded} deductible and {sp} toward my {oop} out-of-pocket limit. My coinsurance is "
        "{co}. How much will I owe on {svc} (allowed amount {b})?",
    ), mon=rng.choice(("June", "August", "October", "April")), who=who, dm=money(ded_met), ded=money(ded),
        sp=money(spent), oop=money(oop), co=pct(coins), svc=service, b=money(bill))
    lines = [f"Deductible left: {money(ded)} − {money(ded_met)} = {money(ded - ded_met)}",
             f"Out-of-pocket room left: {money(oop)} − {money(spent)} = {money(oop - spent)}", "",
             f"1. Toward the deductible: min({money(bill)}, {money(ded - ded_met)}) = {money(d)}",
             f"2. Coinsurance: {pct(coins)} × ({money(bill)} − {money(d)}) = {money(c)}",
             f"3. Subtotal {money(d + c)}; capped at the {money(oop - spent)} left → {money(pay)}", "",
             f"The plan pays {money(bill)} − {money(pay)} = {money(bill - pay)}.", "", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "health_insurance", "medium", "insurance_health.health_bill_midyear",
                 {"bill": bill, "deductible": ded, "deductible_met": ded_met, "oop_spent": spent, "coinsurance": coins,
                  "oop_max": oop, "answer": round(pay, 2)})


_SERVICES = ("Primary-care visit", "Lab work", "MRI", "Physical therapy (6 visits)", "ER visit", "Outpatient surgery",
             "Specialist visit", "Imaging", "Urgent care", "Hospital stay", "Allergy testing", "Dermatology procedure")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _claims(rng: random.Random, count: int) -> list[tuple[str, str, float]]:
    months = sorted(rng.sample(range(12), count))
    out = []
    for m in months:
        svc = rng.choice(_SERVICES)
        big = svc in ("ER visit", "Outpatient surgery", "Hospital stay")
        out.append((_MONTHS[m], svc, pick(rng, 1500, 40000, 10) if big else pick(rng, 80, 2500, 5)))
    return out


def t_health_year_claims(rng: random.Random) -> Draft:
    """A year of claims processed in date order against one deductible/coinsurance/OOP-max plan."""
    who = rng.choice(NAMES)
    ded, coins, oop = _plan(rng, 500, 6000)
    claims = _claims(rng, rng.randint(4, 7))
    premium = pick(rng, 80, 650, 5)
    with_prem = rng.random() < 0.4
    rows, ded_used, paid = [], 0.0, 0.0
    for month, svc, amt in claims:
        d, c, pay = share(amt, ded - ded_used, coins, oop - paid)
        ded_used += d
        paid += pay
        rows.append((month, svc, money(amt), money(d), money(c), money(pay), money(paid)))
    total = paid + (12 * premium if with_prem else 0.0)
    q = ask(rng, (
        "{who}'s claims this year are below. The plan has a {ded} deductible, {co} coinsurance and a {oop} "
        "out-of-pocket maximum. What does {who} pay out of pocket for the year{extra}?",
        "Run these allowed charges through a plan with a {ded} deductible, {co} coinsurance and {oop} OOP max. "
        "Show each claim and the member's total for the year{extra}.",
        "How much will I spend on health care this year{extra}? Deductible {ded}, coinsurance {co}, out-of-pocket "
        "limit {oop}; my claims are listed.",
    ), who=who, ded=money(ded), co=pct(coins), oop=money(oop),
        extra=f", counting the {money(premium)} monthly premium" if with_prem else "")
    inp = table(("Month", "Service", "Allowed amount"), [(m, s, money(a)) for m, s, a in claims])
    body = table(("Month", "Service", "Allowed", "Deductible", "Coinsurance", "Member pays", "YTD"), rows)
    lines = ["Each claim: deductible first, then coinsurance on the rest, never past the OOP maximum.", "", body, "",
             f"Out-of-pocket for the year: {money(paid)}" + (" (the OOP maximum was reached)" if paid >= oop else "")]
    if with_prem:
        lines.append(f"Premiums: 12 × {money(premium)} = {money(12 * premium)}; total {money(total)}")
    lines += ["", f"Answer: {money(total)}"]
    return Draft(q, "\n".join(lines), "health_insurance", "hard", "insurance_health.health_year_claims",
                 {"claims": [a for _, _, a in claims], "deductible": ded, "coinsurance": coins, "oop_max": oop,
                  "monthly_premium": premium if with_prem else 0.0, "answer": round(total, 2)}, input=inp)


def family_year(claims: list[tuple[str, float]], ded: float, fam_ded: float, coins: float, oop: float,
                fam_oop: float) -> tuple[list[tuple[float, float, float]], float]:
    """Claims (member, amount) under embedded individual and family deductibles/OOP maxima, in order: each claim's
    (deductible part, coinsurance part, member pays) and the family total."""
    ded_by: dict[str, float] = {}
    oop_by: dict[str, float] = {}
    fam_d = fam_p = 0.0
    out = []
    for member, amt in claims:
        d_room = min(ded - ded_by.get(member, 0.0), fam_ded - fam_d)
        o_room = min(oop - oop_by.get(member, 0.0), fam_oop - fam_p)
        d, c, pay = share(amt, d_room, coins, o_room)
        ded_by[member] = ded_by.get(member, 0.0) + d
        oop_by[member] = oop_by.get(member, 0.0) + pay
        fam_d += d
        fam_p += pay
        out.append((d, c, pay))
    return out, fam_p


def t_health_family(rng: random.Random) -> Draft:
    """A family plan with embedded deductibles and OOP maxima: who meets what, and the family's year total."""
    names = rng.sample(NAMES, rng.randint(3, 4))
    ded = pick(rng, 500, 3000, 250)
    oop = pick(rng, max(ded + 1500, 3000), 8500, 250)
    coins = rng.choice((0.1, 0.2, 0.25, 0.3))
    claims = [(rng.choice(names), amt) for _, _, amt in _claims(rng, rng.randint(5, 7))]
    parts, total = family_year(claims, ded, 2 * ded, coins, oop, 2 * oop)
    q = ask(rng, (
        "The {fam} family's plan has an embedded deductible of {d} per person ({fd} family) and an out-of-pocket "
        "maximum of {o} per person ({fo} family), with {co} coinsurance. Given the claims in order, what does the "
        "family pay for the year?",
        "Family coverage: {d} individual / {fd} family deductible (embedded), {co} coinsurance, OOP max {o} "
        "individual / {fo} family. Process the claims below and give the family's total out-of-pocket cost.",
        "How much will our family spend out of pocket this year? Embedded deductible {d} each, {fd} family; "
        "{co} coinsurance; out-of-pocket limits {o} each, {fo} family. Claims are listed in date order.",
    ), fam=rng.choice(("Okafor", "Lindqvist", "Moreno", "Chen", "Patel", "Novak", "Haddad", "Brennan")),
        d=money(ded), fd=money(2 * ded), o=money(oop), fo=money(2 * oop), co=pct(coins))
    inp = table(("#", "Member", "Allowed amount"), [(i + 1, m, money(a)) for i, (m, a) in enumerate(claims)])
    running, rows = 0.0, []
    for i, ((m, a), (d, c, pay)) in enumerate(zip(claims, parts, strict=True)):
        running += pay
        rows.append((i + 1, m, money(a), money(d), money(c), money(pay), money(running)))
    lines = ["Embedded deductible: a member's coinsurance starts once they meet " + money(ded) +
             ", or once the family together meets " + money(2 * ded) + ". Each member's payments stop at " +
             money(oop) + ", the family's at " + money(2 * oop) + ".", "",
             table(("#", "Member", "Allowed", "Deductible", "Coinsurance", "Pays", "Family YTD"), rows), "",
             f"Family deductible met: {money(sum(p[0] for p in parts))} of {money(2 * ded)}.",
             f"Family out-of-pocket total: {money(total)}", "", f"Answer: {money(total)}"]
    return Draft(q, "\n".join(lines), "health_insurance", "hard", "insurance_health.health_family",
                 {"claims": [[m, a] for m, a in claims], "deductible": ded, "family_deductible": 2 * ded,
                  "coinsurance": coins, "oop_max": oop, "family_oop_max": 2 * oop, "answer": round(total, 2)},
                 input=inp)


def t_health_payroll_premium(rng: random.Random) -> Draft:
    """The employee's share of a group premium, per paycheck."""
    who = rng.choice(NAMES)
    tier = rng.choice(("employee-only", "employee + spouse", "employee + children", "family"))
    lo, hi = {"employee-only": (450, 950), "employee + spouse": (950, 1900), "employee + children": (850, 1700),
              "family": (1300, 2600)}[tier]
    total = pick(rng, lo, hi, 5)
    er = rng.choice((0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9))
    periods = rng.choice((12, 24, 26, 52))
    per_check = total * (1 - er) * 12 / periods
    q = ask(rng, (
        "{who}'s employer pays {er} of the {tot} monthly premium for {tier} coverage. {who} is paid {freq}. How much "
        "is deducted from each paycheck for health insurance?",
        "Our {tier} medical premium is {tot} a month and the company covers {er}. With {n} paychecks a year, what's "
        "my per-paycheck premium?",
        "Compute the employee premium per pay period: total premium {tot}/month ({tier}), employer share {er}, "
        "{n} pay periods a year.",
    ), who=who, er=pct(er), tot=money(total), tier=tier, n=periods,
        freq={12: "monthly", 24: "twice a month", 26: "every two weeks", 52: "weekly"}[periods])
    lines = [f"Employee share of the premium: {pct(1 - er)} × {money(total)} = {money(total * (1 - er))} a month",
             f"Per year: 12 × {money(total * (1 - er))} = {money(total * (1 - er) * 12)}",
             f"Per paycheck: {money(total * (1 - er) * 12)} ÷ {periods} = {money(per_check)}", "",
             f"Answer: {money(per_check)}"]
    return Draft(q, "\n".join(lines), "health_insurance", "easy", "insurance_health.health_payroll_premium",
                 {"monthly_premium": total, "employer_share": er, "pay_periods": periods,
                  "answer": round(per_check, 2)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_health_single_bill, 1.0), (t_health_payroll_premium, 0.8), (t_health_bill_midyear, 1.0),
    (t_health_year_claims, 1.3), (t_health_family, 1.2),
]
