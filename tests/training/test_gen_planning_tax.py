"""Tax templates (brackets, deductions and credits, contribution limits, capital gains, self-employment, a full
year): answers recomputed independently from the published tables and forms, plus textbook examples."""

from __future__ import annotations

import math
from typing import Any

import pytest

from tests.training._planning_ref import (
    STD,
    SURTAX,
    Check,
    cg_tax,
    name_of,
    run_checks,
    se,
    tax,
    unique_share,
)
from training.data.gen import planning, planning_tax, planning_tax_gains
from training.data.gen.planning_rules import STANDARD_DEDUCTION, ltcg_layers, ordinary_tax, se_tax
from training.data.gen.planning_tax import child_tax_credit
from training.data.gen.planning_tax_gains import loss_use, net_gains

P = dict[str, Any]


def _t(ti: float, p: P, status: str | None = None) -> float:
    return tax(max(0.0, ti), status or p["status"], p["year"])


def _after_std(income: float, p: P, status: str | None = None) -> float:
    st = status or p["status"]
    return _t(income - STD[p["year"]][st], p, st)


def _marriage(p: P) -> float:
    return (_after_std(p["income_a"] + p["income_b"], p, "married_filing_jointly")
            - _after_std(p["income_a"], p, "single") - _after_std(p["income_b"], p, "single"))


def _itemize(p: P) -> float:
    cap = 10_000 if p["year"] == 2024 else 40_000
    medical = max(0.0, p["medical"] - 0.075 * p["agi"])
    items = min(cap, p["state_income_tax"] + p["property_tax"]) + medical + p["mortgage_interest"] + p["charity"]
    return _t(p["agi"] - max(items, STD[p["year"]][p["status"]]), p)


def _ctc(p: P) -> float:
    per = 2_000 if p["year"] == 2024 else 2_200
    over = p["magi"] - (400_000 if p["status"] == "married_filing_jointly" else 200_000)
    steps = math.ceil(over / 1_000) if over > 0 else 0
    return max(0.0, p["children"] * per - 50 * steps)


def _limit(p: P) -> float:
    year, age = p["year"], p["age"]
    if p["plan"] == "IRA":
        return {2023: 6_500, 2024: 7_000, 2025: 7_000}[year] + 1_000 * (age >= 50)
    if p["plan"] == "HSA":
        table = {2023: (3_850, 7_750), 2024: (4_150, 8_300), 2025: (4_300, 8_550)}
        return table[year][p["coverage"] == "family"] + 1_000 * (age >= 55)
    base = {2023: 22_500, 2024: 23_000, 2025: 23_500}[year]
    catch = 11_250 if year == 2025 and age in (60, 61, 62, 63) else 7_500 if age >= 50 else 0
    return base + catch


def _room(p: P) -> float:
    return (_limit({**p, "plan": "401(k)"}) - p["done"]) / p["paychecks_left"]


def _hsa(p: P) -> float:
    return (_limit({**p, "plan": "HSA"}) - p["employer"]) * (p["rate"] + 0.062 + 0.0145)


def _bunching(p: P) -> float:
    std = STD[p["year"]][p["status"]]
    yearly = _t(p["agi"] - max(std, p["other_itemized"] + p["gift"]), p)
    bunched = _t(p["agi"] - max(std, p["other_itemized"] + 2 * p["gift"]), p) + _t(
        p["agi"] - max(std, p["other_itemized"]), p)
    return 2 * yearly - bunched


TAX: dict[str, tuple[Check, float]] = {
    "planning_tax.bracket_tax": (lambda p: _t(p["taxable_income"], p), 0.01),
    "planning_tax.marginal_effective": (lambda p: _after_std(p["gross"], p) / p["gross"] * 100, 0.005),
    "planning_tax.raise_tax": (lambda p: _after_std(p["salary"] + p["raise"], p) - _after_std(p["salary"], p), 0.01),
    "planning_tax.marriage": (_marriage, 0.01),
    "planning_tax.itemize": (_itemize, 0.01),
    "planning_tax.child_credit": (_ctc, 0),
    "planning_tax.limit_lookup": (_limit, 0),
    "planning_tax.contribution_room": (_room, 0.01),
    "planning_tax.hsa": (_hsa, 0.01),
    "planning_tax.bunching": (_bunching, 0.01),
}


# ------------------------------------------------------------------------------------------------ gains and SE

def _schedule_d(p: P, limit: float) -> tuple[float, float]:
    """(amount on the return, net capital gain taxed at 0/15/20%) from Schedule D lines 7, 15, 16, 18 and 21."""
    line7, line15 = p["st_gains"] - p["st_losses"], p["lt_gains"] - p["lt_losses"]
    line16 = line7 + line15
    if line16 >= 0:
        return line16, max(0.0, min(line15, line16))
    return -min(limit, -line16), 0.0


def _quarterly(p: P) -> float:
    se_t, _ = se(p["profit"], p["year"])
    agi = p["profit"] - se_t / 2 + p["other"]
    ti0 = max(0.0, agi - STD[p["year"]][p["status"]])
    ti = ti0 - 0.2 * min(p["profit"] - se_t / 2, ti0)
    return (_t(ti, p) + se_t) / 4


def _full_year(p: P) -> float:
    se_t, earn = se(p["profit"], p["year"], p["wages"])
    cap, ncg = _schedule_d(p, 3_000)
    pref = p["qual_div"] + ncg
    agi = p["wages"] + p["profit"] - se_t / 2 + cap + p["qual_div"]
    ti0 = max(0.0, agi - STD[p["year"]][p["status"]])
    ti = ti0 - 0.2 * max(0.0, min(p["profit"] - se_t / 2, ti0 - pref))
    taxed_pref = min(pref, ti)
    income_tax = _t(ti - taxed_pref, p) + cg_tax(ti - taxed_pref, taxed_pref, p["status"], p["year"])
    thr = SURTAX[p["status"]]
    niit = 0.038 * min(p["qual_div"] + max(cap, 0.0), max(0.0, agi - thr))
    medicare = 0.009 * (max(0.0, p["wages"] - thr) + max(0.0, earn - max(0.0, thr - p["wages"])))
    return income_tax + se_t + niit + medicare


GAINS: dict[str, tuple[Check, float]] = {
    "planning_tax_gains.cg_netting": (lambda p: _schedule_d(p, 1_500 if p["status"] == "married_filing_separately"
                                                            else 3_000)[0], 0),
    "planning_tax_gains.ltcg_tax": (lambda p: cg_tax(p["ordinary"], p["gain"], p["status"], p["year"]), 0.01),
    "planning_tax_gains.niit": (lambda p: 0.038 * min(p["nii"], max(0.0, p["magi"] - SURTAX[p["status"]])), 0.01),
    "planning_tax_gains.se_tax": (lambda p: se(p["profit"], p["year"], p["wages"])[0], 0.02),
    "planning_tax_gains.quarterly": (_quarterly, 0.02),
    "planning_tax_gains.full_year": (_full_year, 0.02),
}


@pytest.mark.parametrize(("module", "checks"), [(planning_tax, TAX), (planning_tax_gains, GAINS)],
                         ids=["tax", "gains"])
def test_answers_recomputed_independently(module: Any, checks: dict[str, tuple[Check, float]]) -> None:
    own = [(t, w) for t, w in planning.TEMPLATES if t.__module__ == module.__name__]
    assert {name_of(t) for t, _ in own} == set(checks)
    run_checks(own, checks, draws=40)


def test_textbook_examples() -> None:
    # 2024 single, taxable $50,000: 10% × 11,600 + 12% × 35,550 + 22% × 2,850 = $6,053.00
    assert ordinary_tax(50_000, "single", 2024) == 6_053.00
    assert ordinary_tax(100_000, "married_filing_jointly", 2025) == pytest.approx(2_385 + 8_772 + 671)
    assert STANDARD_DEDUCTION[2024]["married_filing_jointly"] == 29_200
    assert STANDARD_DEDUCTION[2025]["head_of_household"] == 23_625
    # SE tax on $100,000 (2024): 92,350 × 15.3% = $14,129.55; with $160,000 of wages only 8,600 bears the 12.4%
    assert se_tax(100_000, 2024)["total"] == pytest.approx(14_129.55)
    assert se_tax(100_000, 2024, 160_000)["total"] == pytest.approx(8_600 * 0.124 + 92_350 * 0.029)
    # 2024 single: $40,000 ordinary + $20,000 LTCG → 7,025 at 0%, 12,975 at 15% = $1,946.25
    assert ltcg_layers(40_000, 20_000, "single", 2024) == pytest.approx((7_025, 12_975, 0))
    # $10,000 short-term loss against a $4,000 long-term gain: net −6,000 → deduct 3,000, carry 3,000 short-term
    st, lt = net_gains(0, 10_000, 4_000, 0)
    assert (st, lt) == (-6_000, 0)
    assert loss_use(st, lt, 3_000) == (3_000, 3_000, 0)
    assert loss_use(-1_000, -5_000, 3_000) == (3_000, 0, 3_000)
    # Child tax credit 2024, joint, two children, MAGI 410,500: 11 steps of $50 → $3,450
    assert child_tax_credit(2024, True, 2, 410_500) == (4_000, 550, 3_450)
    assert child_tax_credit(2025, False, 1, 150_000)[2] == 2_200


@pytest.mark.parametrize("template", [t for t, _ in planning.TEMPLATES if t.__module__.rsplit(".", 1)[-1] in
                                      ("planning_tax", "planning_tax_gains")], ids=name_of)
def test_parameter_space_is_large(template: Any) -> None:
    assert unique_share(template, 400) >= 0.97
