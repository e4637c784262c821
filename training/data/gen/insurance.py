"""Insurance templates: choosing a health plan (HSA-eligible HDHP against a PPO, two plans over usage scenarios) and
Medicare Part B, Medigap and Medicare Advantage arithmetic.

``TEMPLATES`` here is the whole insurance set: these templates plus those of :mod:`insurance_health` (health cost
sharing), :mod:`insurance_pc` (property, auto, umbrella), :mod:`insurance_life` (life), :mod:`insurance_disability`
(disability), :mod:`insurance_annuity` (annuities) and :mod:`insurance_ltc` (long-term care), so the insurance source
needs only this module.
"""

from __future__ import annotations

import random

from training.data.gen import (
    insurance_annuity,
    insurance_disability,
    insurance_health,
    insurance_life,
    insurance_ltc,
    insurance_pc,
)
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import NAMES, ask, table
from training.data.gen.insurance_health import share, year_cost

# HSA contribution limits (self-only, family): IRS Rev. Proc. 2023-23 (2024) and Rev. Proc. 2024-25 (2025).
HSA_LIMITS: dict[int, dict[str, float]] = {2024: {"self-only": 4150.0, "family": 8300.0},
                                           2025: {"self-only": 4300.0, "family": 8550.0}}
# Medicare Part B standard monthly premium and annual deductible: CMS fact sheets of 2023-10-12 (2024) and
# 2024-11-08 (2025). After the deductible, Part B coinsurance is 20% of the Medicare-approved amount (no cap in
# Original Medicare); the doctor is assumed to accept assignment.
PART_B: dict[int, tuple[float, float]] = {2024: (174.70, 240.0), 2025: (185.00, 257.0)}
PART_B_COINSURANCE = 0.20


def _hdhp_inputs(rng: random.Random) -> dict[str, float | int | str]:
    year, cov = rng.choice((2024, 2025)), rng.choice(("self-only", "family"))
    k = 1.0 if cov == "self-only" else 2.0
    er = pick(rng, 0, 750 * k, 250)
    return {
        "year": year, "coverage": cov, "hdhp_premium": pick(rng, 0, 160 * k, 5), "ppo_extra": pick(rng, 60, 220 * k, 5),
        "hdhp_ded": pick(rng, 1750 * k, 4500 * k, 250), "hdhp_coins": rng.choice((0.0, 0.1, 0.2, 0.3)),
        "hdhp_oop": pick(rng, 5000 * k, 8000 * k, 250), "ppo_ded": pick(rng, 250 * k, 1500 * k, 250),
        "ppo_coins": rng.choice((0.1, 0.2)), "ppo_oop": pick(rng, 3000 * k, 6000 * k, 250),
        "visits": rng.randint(0, 14), "visit_cost": pick(rng, 110, 240, 5), "copay": pick(rng, 20, 50, 5),
        "other": pick(rng, 0, 25000 * k, 50), "employer_hsa": er,
        "employee_hsa": pick(rng, 0, HSA_LIMITS[year][cov] - er, 50), "tax_rate": rng.choice((0.22, 0.27, 0.3, 0.32,
                                                                                                  0.35, 0.4)),
    }


def t_hdhp_vs_ppo(rng: random.Random) -> Draft:
    """An HSA-eligible HDHP against a PPO for one expected year: premiums, out-of-pocket, HSA money, tax saving."""
    p = _hdhp_inputs(rng)
    f = {k: float(v) for k, v in p.items() if not isinstance(v, str)}
    v, ppo_prem = int(f["visits"]), f["hdhp_premium"] + f["ppo_extra"]
    h_oop = year_cost(f["other"] + v * f["visit_cost"], f["hdhp_ded"], f["hdhp_coins"], f["hdhp_oop"])
    p_oop = min(f["ppo_oop"], v * f["copay"] + share(f["other"], f["ppo_ded"], f["ppo_coins"], 1e12)[2])
    tax = f["employee_hsa"] * f["tax_rate"]
    cost_h = 12 * f["hdhp_premium"] + h_oop - f["employer_hsa"] - tax
    cost_p = 12 * ppo_prem + p_oop
    better = "HDHP" if cost_h <= cost_p else "PPO"
    q = ask(rng, (
        "Open enrollment ({year}, {cov} coverage): should I take the HSA-eligible HDHP or the PPO? I expect {v} office "
        "visits and about {o} of other care. Plan details are below.",
        "Compare the net annual cost of the two {cov} plans below for an employee who expects {v} office visits and "
        "{o} in other allowed charges in {year}, counting the HSA contributions and their tax saving.",
        "{who} is choosing between an HDHP with an HSA and a PPO for {year} ({cov}). Expected use: {v} doctor visits "
        "plus {o} of other allowed charges. Which plan is cheaper, and by how much?",
    ), year=p["year"], cov=p["coverage"], v=v, o=money(f["other"]), who=rng.choice(NAMES))
    inp = table(("", "HDHP + HSA", "PPO"), [
        ("Employee premium / month", money(f["hdhp_premium"]), money(ppo_prem)),
        ("Deductible", money(f["hdhp_ded"]), money(f["ppo_ded"])),
        ("Coinsurance", pct(f["hdhp_coins"]), pct(f["ppo_coins"])),
        ("Out-of-pocket max", money(f["hdhp_oop"]), money(f["ppo_oop"])),
        ("Office visit", f"{money(f['visit_cost'])} allowed, deductible applies", f"{money(f['copay'])} copay"),
        ("Employer HSA deposit", money(f["employer_hsa"]), "—")])
    inp += (f"\n\nThe employee would contribute {money(f['employee_hsa'])} to the HSA by payroll; combined marginal "
            f"tax rate {pct(f['tax_rate'])}.")
    lim = HSA_LIMITS[int(f["year"])][str(p["coverage"])]
    lines = [f"HSA check: {money(f['employer_hsa'])} + {money(f['employee_hsa'])} = "
             f"{money(f['employer_hsa'] + f['employee_hsa'])}, within the {p['year']} {p['coverage']} limit of "
             f"{money(lim)}.", "",
             f"HDHP: charges {money(f['other'])} + {v} × {money(f['visit_cost'])} = "
             f"{money(f['other'] + v * f['visit_cost'])} → out-of-pocket {money(h_oop)}",
             f"  premiums 12 × {money(f['hdhp_premium'])} = {money(12 * f['hdhp_premium'])}; employer HSA "
             f"−{money(f['employer_hsa'])}; tax saving {pct(f['tax_rate'])} × {money(f['employee_hsa'])} = "
             f"−{money(tax)}",
             f"  net cost {money(cost_h)}",
             f"PPO: copays {v} × {money(f['copay'])} + deductible/coinsurance on {money(f['other'])}, capped at "
             f"{money(f['ppo_oop'])} → out-of-pocket {money(p_oop)}",
             f"  premiums 12 × {money(ppo_prem)} = {money(12 * ppo_prem)}; net cost {money(cost_p)}", "",
             f"The {better} costs {money(abs(cost_p - cost_h))} less for this expected year.", "",
             f"Answer: {money(abs(cost_p - cost_h))}"]
    params = {**p, "ppo_premium": ppo_prem, "better": better, "answer": round(abs(cost_p - cost_h), 2)}
    return Draft(q, "\n".join(lines), "health_insurance", "hard", "insurance.hdhp_vs_ppo", params, input=inp)


def t_health_plan_compare(rng: random.Random) -> Draft:
    """Two plans over low, expected and high usage with probabilities: expected annual cost and a recommendation."""
    who = rng.choice(NAMES)
    fam = rng.random() < 0.4
    k = 2.0 if fam else 1.0
    a = {"prem": pick(rng, 120 * k, 420 * k, 5), "ded": pick(rng, 250 * k, 1500 * k, 250),
         "coins": rng.choice((0.1, 0.15, 0.2)), "oop": pick(rng, 2500 * k, 5500 * k, 250)}
    b = {"prem": a["prem"] - pick(rng, 40 * k, 200 * k, 5), "ded": pick(rng, 2500 * k, 6000 * k, 250),
         "coins": rng.choice((0.2, 0.3, 0.4)), "oop": pick(rng, 6500 * k, 9000 * k, 250)}
    b["prem"] = max(b["prem"], 0.0)
    usage = [pick(rng, 200 * k, 2000 * k, 50), pick(rng, 2500 * k, 12000 * k, 100), pick(rng, 30000, 150000, 1000)]
    p_low = rng.choice((0.4, 0.45, 0.5, 0.55, 0.6))
    p_high = rng.choice((0.05, 0.1, 0.15, 0.2))
    probs = [p_low, round(1 - p_low - p_high, 2), p_high]
    costs = {n: [12 * pl["prem"] + year_cost(u, pl["ded"], pl["coins"], pl["oop"]) for u in usage]
             for n, pl in (("A", a), ("B", b))}
    exp = {n: sum(p * c for p, c in zip(probs, cs, strict=True)) for n, cs in costs.items()}
    worst = {n: 12 * pl["prem"] + pl["oop"] for n, pl in (("A", a), ("B", b))}
    best = "A" if exp["A"] <= exp["B"] else "B"
    q = ask(rng, (
        "{who} is picking {cov} coverage. Plan A and Plan B are below, with three ways the year could go. Which plan "
        "has the lower expected total cost (premiums plus out-of-pocket), and what do the worst cases look like?",
        "Help me choose between these two {cov} health plans. Weigh the usage scenarios by their probabilities and "
        "recommend one.",
        "Compare Plan A and Plan B for a {cov} household: annual cost in each scenario, probability-weighted expected "
        "cost, worst case, and a recommendation.",
    ), who=who, cov="family" if fam else "individual")
    inp = table(("", "Plan A", "Plan B"), [
        ("Premium / month", money(a["prem"]), money(b["prem"])), ("Deductible", money(a["ded"]), money(b["ded"])),
        ("Coinsurance", pct(a["coins"]), pct(b["coins"])), ("Out-of-pocket max", money(a["oop"]), money(b["oop"]))])
    inp += "\n\n" + table(("Scenario", "Allowed charges", "Probability"), [
        (n, money(u), pct(p)) for n, u, p in zip(("Low", "Expected", "High"), usage, probs, strict=True)])
    rows = [(n, money(ca), money(cb)) for n, ca, cb in zip(("Low", "Expected", "High"), costs["A"], costs["B"],
                                                          strict=True)]
    rows += [("Probability-weighted", money(exp["A"]), money(exp["B"])),
             ("Worst case (premiums + OOP max)", money(worst["A"]), money(worst["B"]))]
    gap = abs(exp["A"] - exp["B"])
    other = "B" if best == "A" else "A"
    lines = ["Annual cost = 12 × premium + out-of-pocket (deductible, then coinsurance, capped at the OOP max).", "",
             table(("Scenario", "Plan A", "Plan B"), rows), "",
             f"Expected cost: A = Σ p × cost = {money(exp['A'])}; B = {money(exp['B'])}.",
             f"Recommendation: Plan {best}, about {money(gap)} a year cheaper on average. Its worst case is "
             f"{money(worst[best])} against {money(worst[other])} for Plan {other}, so "
             + ("it also protects better in a bad year." if worst[best] <= worst[other] else
                "choose it only if a bad year's higher bill could be covered from savings."), "",
             f"Answer: {money(gap)}"]
    params = {"plan_a": a, "plan_b": b, "usage": usage, "probabilities": probs, "better": best, "answer": round(gap, 2)}
    return Draft(q, "\n".join(lines), "health_insurance", "extremely_complex", "insurance.health_plan_compare", params,
                 input=inp)


def part_b_cost(charges: float, ded_left: float) -> float:
    """What an Original Medicare enrollee pays on Part B-approved charges: the deductible left, then 20%."""
    d = min(charges, max(0.0, ded_left))
    return d + PART_B_COINSURANCE * (charges - d)


def t_medicare_part_b_bill(rng: random.Random) -> Draft:
    """One Part B-approved bill with the deductible unmet, partly met or met."""
    year, who = rng.choice((2024, 2025)), rng.choice(NAMES)
    _, ded = PART_B[year]
    met = rng.choice((0.0, ded, pick(rng, 20, ded - 10, 5)))
    bill = pick(rng, 90, 12000, 5)
    pay = part_b_cost(bill, ded - met)
    svc = rng.choice(("an outpatient cataract surgery", "a cardiology follow-up and an echocardiogram", "physical "
                      "therapy sessions", "a dermatology procedure", "a colonoscopy with polyp removal", "an MRI",
                      "durable medical equipment (a walker and a nebulizer)", "an outpatient ER visit"))
    q = ask(rng, (
        "{who} has Original Medicare with no supplement. In {y} the Medicare-approved amount for {svc} is {b}, and "
        "{who} has paid {met} toward the Part B deductible so far. What does {who} owe?",
        "Medicare Part B question ({y}): approved charges of {b} for {svc}; {met} of the annual Part B deductible "
        "already met. How much is the beneficiary's share, assuming the provider accepts assignment?",
        "How much will I pay under Part B for {svc} ({b} approved) in {y}? I've met {met} of my Part B deductible and "
        "don't have Medigap.",
    ), who=who, y=year, svc=svc, b=money(bill), met=money(met))
    d = min(bill, ded - met)
    lines = [f"{year} Part B deductible: {money(ded)}; {money(met)} met, {money(ded - met)} left.",
             f"1. Deductible part: min({money(bill)}, {money(ded - met)}) = {money(d)}",
             f"2. Coinsurance: 20% × ({money(bill)} − {money(d)}) = {money(0.2 * (bill - d))}",
             f"3. Total: {money(d)} + {money(0.2 * (bill - d))} = {money(pay)}",
             "Original Medicare has no out-of-pocket maximum, so nothing caps this.", "", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "medicare", "easy", "insurance.medicare_part_b_bill",
                 {"year": year, "bill": bill, "deductible_met": met, "answer": round(pay, 2)})


def t_medicare_part_b_year(rng: random.Random) -> Draft:
    """A year of Part B: twelve standard premiums plus the deductible and 20% coinsurance on the approved charges."""
    year, who = rng.choice((2024, 2025)), rng.choice(NAMES)
    prem, ded = PART_B[year]
    items = rng.sample(("Primary-care visits", "Specialist visits", "Lab work", "Outpatient imaging",
                        "Physical therapy", "Outpatient surgery", "Durable medical equipment",
                        "Chemotherapy infusions (Part B drugs)", "Ambulance"), rng.randint(3, 5))
    amts = [pick(rng, 60, 9000, 5) for _ in items]
    total = sum(amts)
    cost_share = part_b_cost(total, ded)
    ans = 12 * prem + cost_share
    q = ask(rng, (
        "{who} is on Original Medicare without a supplement and pays the standard Part B premium in {y}. Using the "
        "approved charges below, what will Part B cost {who} for the year, premiums included?",
        "Estimate a beneficiary's total {y} Part B cost: standard premium, the deductible and 20% coinsurance on the "
        "approved amounts listed (no Medigap, provider accepts assignment).",
        "What's my total Part B outlay for {y}? Standard premium, no supplemental coverage; my approved charges are "
        "in the table.",
    ), who=who, y=year)
    inp = table(("Service", "Medicare-approved"), [(s, money(a)) for s, a in zip(items, amts, strict=True)])
    lines = [f"{year} figures: standard premium {money(prem)}/month, deductible {money(ded)}, then 20% coinsurance.",
             f"Approved charges: {money(total)}",
             f"Cost sharing: {money(min(total, ded))} + 20% × {money(max(0.0, total - ded))} = {money(cost_share)}",
             f"Premiums: 12 × {money(prem)} = {money(12 * prem)}",
             f"Total: {money(12 * prem)} + {money(cost_share)} = {money(ans)}", "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "medicare", "medium", "insurance.medicare_part_b_year",
                 {"year": year, "charges": amts, "answer": round(ans, 2)}, input=inp)


def t_medicare_medigap_vs_advantage(rng: random.Random) -> Draft:
    """Original Medicare with Medigap Plan G and Part D against a Medicare Advantage plan for one year of care."""
    year, who = rng.choice((2024, 2025)), rng.choice(NAMES)
    prem, ded = PART_B[year]
    g, d_prem, ma = pick(rng, 95, 320, 1), pick(rng, 0, 80, 0.5), pick(rng, 0, 90, 1)
    pcp, spec, days = rng.randint(2, 10), rng.randint(0, 10), rng.choice((0, 0, 3, 4, 5, 7))
    c_pcp, c_spec, c_day = pick(rng, 0, 25, 5), pick(rng, 25, 60, 5), pick(rng, 150, 450, 5)
    surg, c_surg = rng.random() < 0.4, pick(rng, 150, 600, 25)
    moop = pick(rng, 3000, 8500, 50)
    b_charges = pick(rng, 300, 25000, 10)
    copays = pcp * c_pcp + spec * c_spec + min(days, 5) * c_day + (c_surg if surg else 0.0)
    cost_ma = 12 * (prem + ma) + min(copays, moop)
    cost_g = 12 * (prem + g + d_prem) + min(b_charges, ded)
    diff = abs(cost_g - cost_ma)
    q = ask(rng, (
        "{who} turns 65 in {y}. Option 1: Original Medicare + Medigap Plan G ({g}/mo) + a Part D plan ({dp}/mo). "
        "Option 2: a Medicare Advantage plan ({ma}/mo, drugs included). Using the expected year below, which costs "
        "less, and by how much?",
        "Compare a year under Medigap Plan G against Medicare Advantage for {y}: Plan G premium {g}, Part D {dp}, "
        "Advantage premium {ma} (all monthly). The expected use of care is listed.",
        "Should I go with Plan G or an Advantage plan in {y}? Plan G costs {g}/month plus {dp}/month for Part D; the "
        "Advantage plan is {ma}/month. Here's the care I expect.",
    ), who=who, y=year, g=money(g), dp=money(d_prem), ma=money(ma))
    rows = [("Primary-care visits", pcp, money(c_pcp)), ("Specialist visits", spec, money(c_spec)),
            ("Hospital days (copay days 1-5)", days, money(c_day))]
    rows += [("Outpatient surgery", 1, money(c_surg))] if surg else []
    inp = table(("Expected care", "Count", "Advantage copay"), rows)
    inp += (f"\n\nPart B-approved charges for the year (Original Medicare): {money(b_charges)}. Advantage in-network "
            f"out-of-pocket maximum: {money(moop)}. Drug costs are assumed equal under both and left out.")
    lines = [f"Both options pay the {year} Part B premium, {money(prem)}/month.",
             f"Plan G covers everything Medicare covers except the Part B deductible ({money(ded)}):",
             f"  12 × ({money(prem)} + {money(g)} + {money(d_prem)}) + {money(min(b_charges, ded))} = {money(cost_g)}",
             f"Advantage: copays {money(copays)}" + (f", capped at the MOOP {money(moop)}" if copays > moop else "")
             + f"; 12 × ({money(prem)} + {money(ma)}) + {money(min(copays, moop))} = {money(cost_ma)}", "",
             f"{'Plan G' if cost_g < cost_ma else 'Medicare Advantage'} is cheaper by {money(diff)} for this year. "
             f"Worst case: Plan G {money(12 * (prem + g + d_prem) + ded)}, Advantage {money(12 * (prem + ma) + moop)}"
             " (in network); Plan G also has no network limits.", "", f"Answer: {money(diff)}"]
    params = {"year": year, "medigap_premium": g, "part_d_premium": d_prem, "ma_premium": ma, "pcp_visits": pcp,
              "pcp_copay": c_pcp, "specialist_visits": spec, "specialist_copay": c_spec, "hospital_days": days,
              "day_copay": c_day, "surgery_copay": c_surg if surg else 0.0, "moop": moop,
              "part_b_charges": b_charges, "answer": round(diff, 2)}
    return Draft(q, "\n".join(lines), "medicare", "hard", "insurance.medicare_medigap_vs_advantage", params, input=inp)


OWN: list[tuple[Template, float]] = [
    (t_hdhp_vs_ppo, 1.3), (t_health_plan_compare, 1.5),
    (t_medicare_part_b_bill, 0.8), (t_medicare_part_b_year, 0.9), (t_medicare_medigap_vs_advantage, 1.1),
]
TEMPLATES: list[tuple[Template, float]] = (
    insurance_health.TEMPLATES + OWN + insurance_pc.TEMPLATES + insurance_life.TEMPLATES
    + insurance_disability.TEMPLATES + insurance_annuity.TEMPLATES + insurance_ltc.TEMPLATES)
