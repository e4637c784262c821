"""Retirement templates (saving, 401(k), IRAs, RMDs, Social Security, withdrawals, a couple's plan): answers
recomputed independently from the published tables and closed forms, plus textbook examples."""

from __future__ import annotations

import math
from typing import Any

import numpy_financial as npf
import pytest

from tests.training._planning_ref import (
    BRACKETS,
    STD,
    ULT,
    Check,
    fra_months,
    name_of,
    run_checks,
    ss_factor,
    tax,
    taxable_ss,
    unique_share,
)
from training.data.gen import planning, planning_income, planning_retirement
from training.data.gen.planning_income import taxable_social_security
from training.data.gen.planning_retirement import match_amount, roth_limit
from training.data.gen.planning_rules import claim_factor, full_retirement_age_months

P = dict[str, Any]


def _grown(b0: float, c: float, r: float, g: float, t: int) -> float:
    """Closed form of B_t = B_(t-1)(1 + r) + C(1 + g)^(t-1): a lump sum plus a growing annuity."""
    annuity = c * t * (1 + r) ** (t - 1) if math.isclose(r, g) else c * ((1 + r) ** t - (1 + g) ** t) / (r - g)
    return b0 * (1 + r) ** t + annuity


def _match(salary: float, pct: float, tiers: list[list[float]]) -> float:
    edges, total = 0.0, 0.0
    for rate, width in tiers:
        covered = min(max(pct, edges), edges + width) - edges
        total += salary * covered * rate
        edges += width
    return total


def _required(p: P) -> float:
    target = (p["goal"] - p["social_security"]) / p["withdrawal_rate"] * (1 + p["inflation"]) ** p["years"]
    return max(0.0, float(-npf.pmt(p["rate"], p["years"], -p["saved"], target)))


# Roth IRA phase-outs: IRS Notice 2023-75 (2024) and 2024-80 (2025); limit 7,000 + 1,000 at 50+.
ROTH = {2024: {"single": (146_000, 161_000), "married_filing_jointly": (230_000, 240_000)},
        2025: {"single": (150_000, 165_000), "married_filing_jointly": (236_000, 246_000)}}


def _roth(p: P) -> float:
    limit = 7_000 + (1_000 if p["age"] >= 50 else 0)
    lo, hi = ROTH[p["year"]][p["status"]]
    if p["magi"] >= hi:
        return 0.0
    reduced = limit - limit * max(0.0, p["magi"] - lo) / (hi - lo)
    reduced = math.ceil(reduced / 10 - 1e-9) * 10
    return float(max(reduced, 200) if p["magi"] > lo else limit)


def _fill(p: P) -> float:
    edges = BRACKETS[p["year"]][p["status"]]
    top = edges[3][0] if p["target_rate"] == 0.22 else edges[4][0]
    return tax(top, p["status"], p["year"]) - tax(p["taxable_before"], p["status"], p["year"])


def _readiness(p: P) -> float:
    n = p["retire"] - p["age"]
    c0 = p["salary"] * p["deferral"] + _match(p["salary"], p["deferral"], p["tiers"])
    real = _grown(p["saved"], c0, p["rate"], p["raise"], n) / (1 + p["inflation"]) ** n
    gap = p["replacement"] * p["salary"] - (p["wr"] * real + p["ss_today"])
    if gap <= 0:
        return 0.0
    return float(-npf.pmt(p["rate"], n, 0, gap / p["wr"] * (1 + p["inflation"]) ** n))


RETIREMENT: dict[str, tuple[Check, float]] = {
    "planning_retirement.projection": (lambda p: _grown(p["start"], p["contribution"], p["rate"], p["growth"],
                                                        p["years"]), 0.01),
    "planning_retirement.required_savings": (_required, 0.01),
    "planning_retirement.match": (lambda p: _match(p["salary"], p["deferral"], p["tiers"]), 0.01),
    "planning_retirement.vesting": (lambda p: p["own"] + p["employer"] * p["schedule"][min(p["years"],
                                                                                           len(p["schedule"]) - 1)],
                                    0.01),
    "planning_retirement.trad_vs_roth": (lambda p: float(npf.fv(p["rate"], p["years"], -p["contribution"], 0))
                                         * (p["tax_later"] - p["tax_now"]), 0.01),
    "planning_retirement.roth_phaseout": (_roth, 0),
    "planning_retirement.roth_conversion": (lambda p: tax(p["taxable_before"] + p["conversion"], p["status"],
                                                          p["year"]) - tax(p["taxable_before"], p["status"],
                                                                           p["year"]), 0.01),
    "planning_retirement.roth_fill": (_fill, 0.01),
    "planning_retirement.readiness": (_readiness, 0.01),
}


# ------------------------------------------------------------------------------------------------ planning_income

def _start(birth: int) -> int:
    return 73 if 1951 <= birth <= 1959 else 75


def _rmd_path(p: P) -> float:
    bal, total = p["balance"], 0.0
    for age in range(p["age"], p["age"] + p["years"]):
        total += bal / ULT[age]
        bal = bal * (1 - 1 / ULT[age]) * (1 + p["growth"])
    return total


def _breakeven(p: P) -> float:
    fra = fra_months(p["birth_year"])
    months = {"62": 744, "FRA": fra, "70": 840}
    (a, ma), (b, mb) = [(p["pia"] * ss_factor(months[k], fra), months[k]) for k in (p["early"], p["late"])]
    # a(t - ma) = b(t - mb)  →  t = (b·mb − a·ma)/(b − a)
    return (b * mb - a * ma) / (b - a) / 12


def _path_years(p: P) -> float:
    bal, w = p["balance"], p["withdrawal"]
    for year in range(60):
        if bal < w:
            return year
        bal = (bal - w) * (1 + p["return"])
        w *= 1 + p["inflation"]
    return 60


def _couple(p: P) -> float:
    n = p["retire_age"] - p["older_age"]
    real = _grown(p["saved"], p["contribution"], p["rate"], p["growth"], n) / (1 + p["inflation"]) ** n
    w = p["wr"] * real
    taxable = w + taxable_ss(p["ss"], w, 0, True)
    people_65 = 1 + (p["younger_age"] + n >= 65)
    ti = max(0.0, taxable - STD[2025]["married_filing_jointly"] - 1_600 * people_65)
    return w + p["ss"] - tax(ti, "married_filing_jointly", 2025)


def _four(p: P) -> float:
    if p["mode"] == "withdrawal":
        return p["balance"] * p["rate"]
    return (p["spending"] - p["guaranteed"]) / p["rate"]


INCOME: dict[str, tuple[Check, float]] = {
    "planning_income.rmd": (lambda p: p["balance"] / ULT[p["age"]], 0.01),
    "planning_income.rmd_first_year": (lambda p: p["balance"] / ULT[_start(p["birth_year"])] + p["balance"]
                                       * (1 + p["growth"]) / ULT[_start(p["birth_year"]) + 1], 0.01),
    "planning_income.rmd_projection": (_rmd_path, 0.01),
    "planning_income.ss_claim": (lambda p: p["pia"] * ss_factor(p["claim_months"], fra_months(p["birth_year"])),
                                 0.01),
    "planning_income.ss_breakeven": (_breakeven, 0.05),
    "planning_income.ss_taxable": (lambda p: taxable_ss(p["benefits"], p["other_income"], p["tax_exempt"],
                                                        p["joint"]), 0.01),
    "planning_income.four_percent": (_four, 0.01),
    "planning_income.savings_last": (lambda p: float(npf.nper(p["rate"] / 12, -p["withdrawal"], p["balance"])) / 12,
                                     0.05),
    "planning_income.withdrawal_path": (_path_years, 0),
    "planning_income.couple_plan": (_couple, 0.01),
}


@pytest.mark.parametrize(("module", "checks"), [(planning_retirement, RETIREMENT), (planning_income, INCOME)],
                         ids=["retirement", "income"])
def test_answers_recomputed_independently(module: Any, checks: dict[str, tuple[Check, float]]) -> None:
    own = [(t, w) for t, w in planning.TEMPLATES if t.__module__ == module.__name__]
    assert {name_of(t) for t, _ in own} == set(checks)
    run_checks(own, checks)


def test_textbook_examples() -> None:
    # Social Security: born 1960 → FRA 67; claiming at 62 pays 70% (36 × 5/9% + 24 × 5/12% = 30%), at 70 pays 124%
    assert full_retirement_age_months(1960) == 804 and full_retirement_age_months(1957) == 66 * 12 + 6
    assert claim_factor(62 * 12, 804) == pytest.approx(0.70)
    assert claim_factor(70 * 12, 804) == pytest.approx(1.24)
    assert claim_factor(65 * 12, 66 * 12) == pytest.approx(1 - 12 * 5 / 900)  # 6.67% less a year early
    # RMD: $500,000 at 75 → 500,000 / 24.6 = $20,325.20
    res = planning_income.required_minimum_distribution(account_balance=500_000, age=75)
    assert res.value == 20_325.20
    assert planning_income.rmd_start_age(1959) == 73 and planning_income.rmd_start_age(1960) == 75
    # Pub. 915 style: single, $20,000 of benefits, $30,000 other income → provisional 40,000 → $9,600 taxable
    assert taxable_social_security(20_000, 30_000, 0, False) == (40_000, pytest.approx(9_600))
    assert taxable_social_security(24_000, 10_000, 0, True)[1] == 0.0
    # Roth IRA 2024, single, MAGI 153,500: 7,000 × (161,000 − 153,500)/15,000 = $3,500; MAGI 160,990 → $200 floor
    assert roth_limit(2024, "single", 30, 153_500) == (7_000, 3_500)
    assert roth_limit(2024, "single", 30, 160_990)[1] == 200
    assert roth_limit(2025, "married_filing_jointly", 55, 240_000) == (8_000, 4_800)
    # Safe-harbor match (100% of 3% + 50% of next 2%) on $100,000 at a 5% deferral: $4,000; at 3%: $3,000
    tiers = ((1.0, 0.03), (0.5, 0.02))
    assert match_amount(100_000, 0.05, tiers) == pytest.approx(4_000)
    assert match_amount(100_000, 0.03, tiers) == pytest.approx(3_000)


@pytest.mark.parametrize("template", [t for t, _ in planning.TEMPLATES if t.__module__.rsplit(".", 1)[-1] in
                                      ("planning_retirement", "planning_income")], ids=name_of)
def test_parameter_space_is_large(template: Any) -> None:
    assert unique_share(template, 400) >= 0.97
