"""The insurance generators (training.data.gen.insurance and the modules it assembles): every template's answer is
recomputed here independently from its params (numpy-financial or a differently written formula), the formatted
answer is the output's last line, and hand-worked textbook examples pin each formula."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from typing import Any

import numpy_financial as npf
import pytest

from tools.calc.tvm import loan_payment, present_value
from training.data.domains import DOMAIN_BY_NAME, TIERS
from training.data.gen import insurance
from training.data.gen.common import money, num
from training.data.gen.insurance_health import family_year, share
from training.data.gen.insurance_life import growing_annuity_pv
from training.data.gen.insurance_ltc import ltc_years
from training.data.gen.insurance_pc import coinsurance_payout, liability_split

from ._gen_checks import check_tier_mix_and_domains, check_uniqueness_and_speed

P = dict[str, Any]
PART_B = {2024: (174.70, 240.0), 2025: (185.00, 257.0)}  # CMS fact sheets, restated here on purpose


def oop(total: float, ded: float, coins: float, cap: float) -> float:
    """Patient's cost for a year's allowed charges, written piecewise (not the module's split)."""
    if total <= ded:
        return min(total, cap)
    return min(cap, ded + coins * (total - ded))


def _single(p: P) -> float:
    return oop(p["bill"], p["deductible"], p["coinsurance"], p["oop_max"])


def _midyear(p: P) -> float:
    left, room = p["deductible"] - p["deductible_met"], p["oop_max"] - p["oop_spent"]
    return min(room, oop(p["bill"], left, p["coinsurance"], math.inf))


def _year(p: P) -> float:  # order does not matter for a single person's year total
    return oop(sum(p["claims"]), p["deductible"], p["coinsurance"], p["oop_max"]) + 12 * p["monthly_premium"]


def _family(p: P) -> float:
    used: dict[str, list[float]] = {}
    fam_d = fam_o = 0.0
    for member, amt in p["claims"]:
        m = used.setdefault(member, [0.0, 0.0])
        to_ded = min(amt, p["deductible"] - m[0], p["family_deductible"] - fam_d)
        cost = to_ded + p["coinsurance"] * (amt - to_ded)
        cost = min(cost, p["oop_max"] - m[1], p["family_oop_max"] - fam_o)
        m[0] += to_ded
        m[1] += cost
        fam_d += to_ded
        fam_o += cost
    return fam_o


def _hdhp(p: P) -> float:
    h = 12 * p["hdhp_premium"] + oop(p["other"] + p["visits"] * p["visit_cost"], p["hdhp_ded"], p["hdhp_coins"],
                                     p["hdhp_oop"]) - p["employer_hsa"] - p["employee_hsa"] * p["tax_rate"]
    ppo = 12 * (p["hdhp_premium"] + p["ppo_extra"]) + min(
        p["ppo_oop"], p["visits"] * p["copay"] + oop(p["other"], p["ppo_ded"], p["ppo_coins"], math.inf))
    return abs(ppo - h)


def _compare(p: P) -> float:
    def expected(pl: P) -> float:
        return sum(q * (12 * pl["prem"] + oop(u, pl["ded"], pl["coins"], pl["oop"]))
                   for q, u in zip(p["probabilities"], p["usage"], strict=True))
    return abs(expected(p["plan_a"]) - expected(p["plan_b"]))


def _part_b_bill(p: P) -> float:
    left = PART_B[p["year"]][1] - p["deductible_met"]
    return p["bill"] if p["bill"] <= left else left + 0.2 * (p["bill"] - left)


def _part_b_year(p: P) -> float:
    prem, ded = PART_B[p["year"]]
    t = sum(p["charges"])
    return 12 * prem + (t if t <= ded else ded + 0.2 * (t - ded))


def _medigap(p: P) -> float:
    prem, ded = PART_B[p["year"]]
    g = 12 * (prem + p["medigap_premium"] + p["part_d_premium"]) + min(p["part_b_charges"], ded)
    copays = (p["pcp_visits"] * p["pcp_copay"] + p["specialist_visits"] * p["specialist_copay"]
              + min(5, p["hospital_days"]) * p["day_copay"] + p["surgery_copay"])
    return abs(g - 12 * (prem + p["ma_premium"]) - min(copays, p["moop"]))


def _uncovered(p: P) -> float:  # total damages less what each limit pays, from totals only
    a, b, c = (x * 1000 for x in p["limits"])
    return sum(p["injuries"]) + p["property"] - min(b, sum(min(d, a) for d in p["injuries"])) - min(p["property"], c)


def _total_loss(p: P) -> float:
    base = p["acv"] if p["repair"] >= p["threshold"] * p["acv"] else p["repair"]
    return max(0.0, base - p["deductible"])


def _umbrella_auto(p: P) -> float:
    return min(p["umbrella_millions"] * 1e6, _uncovered(p))


def _coins(p: P) -> float:
    req = p["ratio"] * p["replacement_cost"]
    paid = p["loss"] - p["deductible"] if p["carried"] >= req else p["loss"] * p["carried"] / req - p["deductible"]
    return min(p["carried"], max(0.0, paid))


def _acv(p: P) -> float:
    acv = sum(rc * (life - age) / life for _, rc, age, life in p["items"])
    rc = sum(i[1] for i in p["items"])
    pay_acv, pay_rc = max(0.0, acv - p["deductible"]), max(0.0, rc - p["deductible"])
    return pay_acv if p["asked"] == "acv" else pay_rc - pay_acv


def _coins_compare(p: P) -> float:
    rc_now = round(p["original_rc"] * (1 + p["growth"]) ** p["years"], 2)
    req = 0.8 * rc_now
    limit80 = max(p["original_rc"], 1000 * math.ceil(req / 1000))
    now = p["loss"] - p["deductible"] if p["original_rc"] >= req else p["loss"] * p["original_rc"] / req - p[
        "deductible"]
    return min(limit80, p["loss"] - p["deductible"]) - min(p["original_rc"], max(0.0, now))


def _umbrella(p: P) -> float:
    first = p["underlying"] if p["covered"] else p["sir"]
    return min(p["umbrella"], max(0.0, p["judgment"] - first))


CHECKS: dict[str, Callable[[P], float]] = {
    "health_single_bill": _single, "health_bill_midyear": _midyear, "health_year_claims": _year,
    "health_family": _family, "hdhp_vs_ppo": _hdhp, "health_plan_compare": _compare,
    "health_payroll_premium": lambda p: p["monthly_premium"] * (1 - p["employer_share"]) * 12 / p["pay_periods"],
    "medicare_part_b_bill": _part_b_bill, "medicare_part_b_year": _part_b_year,
    "medicare_medigap_vs_advantage": _medigap,
    "auto_collision": lambda p: max(0.0, p["repair"] - p["deductible"]), "auto_total_loss": _total_loss,
    "auto_liability": _uncovered, "auto_liability_multi": _uncovered, "auto_umbrella": _umbrella_auto,
    "home_pct_deductible": lambda p: max(0.0, p["loss"] - p["rate"] * p["dwelling"]), "home_coinsurance": _coins,
    "home_acv_vs_rc": _acv, "home_coinsurance_compare": _coins_compare, "umbrella_layers": _umbrella,
}

def _premium(p: P) -> float:
    return (p["face"] / 1000 * p["rate_per_1000"] + p["fee"]) * p["modal_factor"]


def _dime(p: P) -> float:
    need = (p["debt"] + p["final_expenses"] + p["income"] * p["years"] + p["mortgage"]
            + p["children"] * p["education_each"])
    return max(0.0, need - p["group_multiple"] * p["income"] - p["savings"])


def _replacement(p: P) -> float:
    pv = npf.pv(p["rate"], p["years"], -p["income"] * p["share"], when="begin" if p["due"] else "end")
    return max(0.0, pv - p["existing"])


def _hlv(p: P) -> float:
    c = p["income"] * (1 - p["consumption"] - p["tax"])
    return sum(c * (1 + p["growth"]) ** (t - 1) / (1 + p["rate"]) ** t for t in range(1, p["years"] + 1))


def _needs(p: P) -> float:
    immediate = p["final"] + p["debts"] + p["mortgage"] + p["emergency"] + p["children"] * p["education_each"]
    pv = npf.pv(p["rate"], p["years"], -max(0.0, p["annual_need"] - p["survivor_income"]))
    return max(0.0, immediate + pv - p["savings"] - p["existing"])


def _life_family(p: P) -> float:
    shared = p["final"] + p["mortgage"] + p["children"] * p["education_each"] - p["savings"]
    total = 0.0
    for inc, mult in zip(p["incomes"], p["group_multiples"], strict=True):
        gap = max(0.0, shared + npf.pv(p["rate"], p["years"], -inc * p["share"]) - mult * inc)
        total += 50000 * math.ceil(round(gap, 2) / 50000)
    return total


def _di_gross(p: P) -> float:
    return min(p["ratio"] * p["salary"] / 12, p["cap"])


def _di_claim(p: P) -> float:
    g = _di_gross(p)
    monthly = max(g - p["offset"], 100.0, g / 10) * (1 - p["taxable_fraction"] * p["tax_rate"])
    return monthly * (p["months"] - p["elimination_days"] // 30)


def _di_plan(p: P) -> float:
    m = p["salary"] / 12
    group = min(0.6 * m, p["cap"])
    gap = p["goal"] * p["take_home"] * m - group * (1 - p["tax"])
    room = p["issue_limit"] * m - group
    return max(0.0, 100 * math.floor(min(gap, room) / 100))


def _surrender(p: P) -> float:
    value = p["premium"] * (1 + p["rate"]) ** p["year"]
    return value - p["schedule"][p["year"] - 1] * value * (1 - p["free"])


def _exclusion(p: P) -> float:
    ratio = round(p["investment"] / (p["payment"] * 12 * p["years"]), 3)
    return p["payment"] * (1 - ratio)


def _deferred(p: P) -> float:
    fv = npf.fv(p["accum_rate"], p["defer_years"], -p["deposit"], -p["lump"])
    return npf.pmt(p["payout_rate"] / 12, 12 * p["payout_years"], -fv)


def _income_plan(p: P) -> float:
    gap = p["need"] - p["social_security"] - p["pension"]
    return npf.pv(p["rate"] / 12, 12 * p["years"], -gap / 12, when="begin")


def _care_days(p: P) -> list[tuple[int, float, float]]:
    """Day by day: (care year, cost, policy pays) — a different walk than the module's per-year day counts."""
    out = []
    kind, rate = p["rider"].split("% ")[-1] if "%" in p["rider"] else "none", 0.0
    if kind != "none":
        rate = float(p["rider"].split("%")[0]) / 100
    for day in range(1, 365 * p["care_years"] + 1):
        year = (day - 1) // 365
        s = p["wait"] + year
        cost = p["cost0"] * (1 + p["infl"]) ** s
        ben = p["benefit0"] * ((1 + rate) ** s if kind == "compound" else 1 + rate * s)
        covered = p["ep_days"] < day <= p["ep_days"] + 365 * p["bp_years"]
        out.append((year, cost, min(cost, ben) if covered else 0.0))
    return out


def _ltc_short(p: P) -> float:
    return sum(cost - paid for _, cost, paid in _care_days(p))


def _ltc_plan(p: P) -> float:
    disc = p["discount"]
    pv_cost = sum(c / (1 + disc) ** (p["wait"] + y) for y, c, _ in _care_days(p))
    pv_short = sum((c - paid) / (1 + disc) ** (p["wait"] + y) for y, c, paid in _care_days(p))
    prem = npf.pv(disc, p["wait"], -p["premium"], when="begin")
    return abs(p["probability"] * pv_cost - prem - p["probability"] * pv_short)


CHECKS.update({
    "life_premium": _premium, "life_dime": _dime, "life_income_replacement": _replacement, "life_hlv": _hlv,
    "life_needs": _needs, "life_family": _life_family,
    "di_benefit": lambda p: min(p["ratio"] * p["salary"] / p["periods"], p["cap"]),
    "di_tax": lambda p: _di_gross(p) * (1 - p["taxable_fraction"] * (p["federal"] + p["state"])),
    "di_claim": _di_claim, "di_plan": _di_plan,
    "annuity_payout": lambda p: npf.pmt(p["rate"] / p["per_year"], p["years"] * p["per_year"], -p["premium"]),
    "annuity_pv": lambda p: npf.pv(p["rate"] / p["per_year"], p["years"] * p["per_year"], -p["payment"]),
    "annuity_due": lambda p: npf.pmt(p["rate"] / p["per_year"], p["years"] * p["per_year"], -p["premium"],
                                     when="begin"),
    "annuity_exclusion": _exclusion, "annuity_surrender": _surrender, "annuity_deferred": _deferred,
    "annuity_income_plan": _income_plan,
    "ltc_projection": lambda p: p["daily"] * 365 * (1 + p["inflation"]) ** p["years"],
    "ltc_pool": lambda p: p["daily_benefit"] * 365 * p["benefit_years"] / (
        min(p["cost"], p["daily_benefit"]) * p["days_per_week"] * 52),
    "ltc_shortfall": _ltc_short, "ltc_plan": _ltc_plan,
})


MODULES = ("insurance", "insurance_health", "insurance_pc", "insurance_life", "insurance_disability",
           "insurance_annuity", "insurance_ltc")
TEMPLATES = insurance.TEMPLATES
FORMATS: dict[str, Callable[[float], str]] = {"ltc_pool": num}


def _check_draft(draft: Any) -> None:
    module, name = draft.template.split(".")
    assert module in MODULES
    assert DOMAIN_BY_NAME[draft.domain].category == "insurance"
    assert draft.difficulty in TIERS
    json.dumps(draft.params)
    assert len(draft.output) <= 1800, (draft.template, len(draft.output))
    answer = draft.params["answer"]
    assert draft.output.rstrip().splitlines()[-1] == f"Answer: {FORMATS.get(name, money)(answer)}"
    expected = CHECKS[name](draft.params)
    tol = 0.006 if name in FORMATS else max(0.011, 1e-6 * abs(expected))
    assert abs(answer - expected) <= tol, (draft.template, answer, expected, draft.params)


@pytest.mark.parametrize("template", [t for t, _ in TEMPLATES], ids=lambda t: t.__name__)
def test_template_answers_recomputed(template: Callable[[random.Random], Any]) -> None:
    for seed in range(25):
        _check_draft(template(random.Random(seed)))


def test_every_template_has_an_independent_check() -> None:
    names = {t.__name__.removeprefix("t_") for t, _ in TEMPLATES}
    assert names == set(CHECKS), names ^ set(CHECKS)


def test_uniqueness_and_speed() -> None:
    check_uniqueness_and_speed(TEMPLATES)


def test_tier_mix_and_domains() -> None:
    check_tier_mix_and_domains(TEMPLATES, [
        "health_insurance", "life_insurance", "disability_insurance", "long_term_care",
        "property_insurance", "auto_insurance", "medicare", "annuity_products",
    ])


# ---------------------------------------------------------------------------------------------- textbook examples

def test_health_cost_sharing_examples() -> None:
    # $1,000 deductible, 20% coinsurance, $5,000 OOP max: a $10,000 bill costs 1,000 + 0.2 × 9,000 = $2,800;
    # a $30,000 bill would be 1,000 + 5,800 = $6,800, capped at $5,000.
    assert share(10000, 1000, 0.2, 5000)[2] == pytest.approx(2800)
    assert share(30000, 1000, 0.2, 5000)[2] == pytest.approx(5000)
    assert share(600, 1000, 0.2, 5000) == (600, 0, 600)


def test_family_embedded_deductible_example() -> None:
    # $1,000/$2,000 embedded deductible, 20%, $3,000/$6,000 OOP. Worked by hand: A 1,500 → 1,000 + 100 = 1,100;
    # B 800 → 800; C 600 → family deductible has 200 left → 200 + 80 = 280; A 20,000 → 4,000 capped at A's
    # 1,900 left; B 30,000 → 6,000 capped at the family's 1,920 left. Family total $6,000.
    claims = [("A", 1500.0), ("B", 800.0), ("C", 600.0), ("A", 20000.0), ("B", 30000.0)]
    parts, total = family_year(claims, 1000, 2000, 0.2, 3000, 6000)
    assert [round(p[2], 2) for p in parts] == [1100, 800, 280, 1900, 1920]
    assert total == pytest.approx(6000)
    assert _family({"claims": claims, "deductible": 1000, "family_deductible": 2000, "coinsurance": 0.2,
                    "oop_max": 3000, "family_oop_max": 6000}) == pytest.approx(6000)


def test_coinsurance_clause_example() -> None:
    # Textbook 80% rule: replacement cost $200,000 → $160,000 required; $120,000 carried; $40,000 loss,
    # $500 deductible: 120/160 × 40,000 − 500 = $29,500. Fully insured, the same loss pays $39,500.
    assert coinsurance_payout(40000, 120000, 200000, 0.8, 500) == pytest.approx(29500)
    assert coinsurance_payout(40000, 160000, 200000, 0.8, 500) == pytest.approx(39500)
    assert coinsurance_payout(150000, 120000, 200000, 0.8, 500) == pytest.approx(112000)  # 0.75 × 150,000 − 500


def test_split_limits_example() -> None:
    # 50/100/25: injuries of $70,000 and $20,000, property $30,000 → the policy pays 50,000 + 20,000 and 25,000;
    # the driver owes 20,000 + 5,000 = $25,000.
    assert liability_split([70000, 20000], 50000, 100000) == [50000, 20000]
    assert _uncovered({"limits": [50, 100, 25], "injuries": [70000, 20000], "property": 30000}) == 25000
    # Three people at $60,000 each under 50/100: capped at 50,000 each = 150,000 > 100,000 → 33,333.33 each.
    assert liability_split([60000] * 3, 50000, 100000) == pytest.approx([100000 / 3] * 3)


def test_medicare_example() -> None:
    # 2024: $1,000 approved with the $240 deductible unmet → 240 + 20% × 760 = $392.
    assert _part_b_bill({"year": 2024, "bill": 1000, "deductible_met": 0}) == pytest.approx(392)
    assert insurance.part_b_cost(1000, 240) == pytest.approx(392)
    assert insurance.PART_B == PART_B


def test_tvm_examples_used_by_annuities() -> None:
    # $100,000 over 10 years at 6%: PMT $13,586.80; $1,000 a year for 10 years at 5%: PV $7,721.73 (due: $8,107.82).
    assert loan_payment(100000, 0.06, 10, 1).value == pytest.approx(13586.80)
    assert present_value(annual_rate=0.05, years=10, payment=1000).value == pytest.approx(7721.73)
    assert npf.pv(0.05, 10, -1000, when="begin") == pytest.approx(8107.82, abs=0.01)
    # Growing annuity, 1,000 growing 3% for 3 years at 5%: 952.38 + 934.24 + 916.45 = 2,803.07.
    assert growing_annuity_pv(1000, 0.05, 0.03, 3) == pytest.approx(2803.07, abs=0.01)


def test_ltc_years_example() -> None:
    # $200/day flat, 2 years of care now, $150/day benefit, 30-day elimination, 1-year benefit period:
    # year 1 pays 335 days × 150 = 50,250; year 2 pays days 366-395 = 30 × 150 = 4,500.
    rows = ltc_years(200, 0.0, 0, 2, 150, "none", 1, 30)
    assert [(r[2], r[3]) for r in rows] == [(335, 50250), (30, 4500)]
    # 3% compound rider after 10 years: 150 × 1.03^10 = 201.59 > 200, so the policy pays the full cost.
    assert ltc_years(200, 0.0, 10, 1, 150, "3% compound", 1, 0)[0][3] == pytest.approx(200 * 365)
