"""Estate and charitable templates: every answer recomputed from params with the official figures restated here (not
imported), plus hand-worked examples with known results."""

from __future__ import annotations

import random
from collections.abc import Callable

import numpy_financial as npf
import pytest

from tests.training._markets_ref import P, close, draws
from training.data.gen import charitable, estate

# Restated on purpose (IRS revenue procedures; Cal. Prob. Code §10810; 26 CFR 1.401(a)(9)-9(c)).
AE = {2019: 15_000, 2020: 15_000, 2021: 15_000, 2022: 16_000, 2023: 17_000, 2024: 18_000, 2025: 19_000}
BEA = {2019: 11_400_000, 2020: 11_580_000, 2021: 11_700_000, 2022: 12_060_000, 2023: 12_920_000,
       2024: 13_610_000, 2025: 13_990_000}
ULT = dict(zip(range(72, 96), (27.4, 26.5, 25.5, 24.6, 23.7, 22.9, 22.0, 21.1, 20.2, 19.4, 18.5, 17.7, 16.8, 16.0,
                               15.2, 14.4, 13.7, 12.9, 12.2, 11.5, 10.8, 10.1, 9.5, 8.9), strict=True))
MFJ_2024 = ((23_200, 0.10), (94_300, 0.12), (201_050, 0.22), (383_900, 0.24), (487_450, 0.32), (731_200, 0.35),
            (float("inf"), 0.37))


def tax_2024_mfj(ti: float) -> float:
    tax, low = 0.0, 0.0
    for high, rate in MFJ_2024:
        tax += max(0.0, min(ti, high) - low) * rate
        low = high
    return tax


def ca_fee(v: float) -> float:
    if v <= 100_000:
        return 0.04 * v
    if v <= 200_000:
        return 4_000 + 0.03 * (v - 100_000)
    if v <= 1_000_000:
        return 7_000 + 0.02 * (v - 200_000)
    if v <= 10_000_000:
        return 23_000 + 0.01 * (v - 1_000_000)
    return 113_000 + 0.005 * (v - 10_000_000)


def _gifts(p: P) -> float:
    per = 2 * AE[p["year"]] if p["split"] else AE[p["year"]]
    return sum(max(0.0, g - per) for g in p["gifts"])  # splitting: 2·max(0, g/2 − e) = max(0, g − 2e)


def _estate_tax(p: P) -> float:
    assert p["exclusion"] == BEA[p["year"]]
    base = p["gross"] - p["debts"] - p["expenses"] - p["marital"] - p["charity"] + p["adjusted_taxable_gifts"]
    return 0.4 * max(0.0, base - BEA[p["year"]])


def _dsue(p: P) -> float:
    unused = BEA[p["first_death_year"]] - p["first_taxable_estate"] - p["first_gifts"]
    base = p["gross"] - p["deductions"] - p["charity"] + p["gifts"]
    return 0.4 * max(0.0, base - BEA[p["death_year"]] - unused)


def _estate_full(p: P) -> float:
    adjusted = sum(max(0.0, g["amount"] - AE[g["year"]]) for g in p["gifts"])
    taxable = sum(p["assets"].values()) - p["debts"] - p["funeral"] - p["admin"] - p["charity"]
    tax = 0.4 * max(0.0, taxable + adjusted - BEA[2025] - (BEA[p["first_death_year"]] - p["first_taxable_estate"]))
    heirs = sum(p["assets"].values()) - p["debts"] - p["funeral"] - p["admin"] - p["charity"] - tax
    assert close(p["heirs"], heirs)
    return tax


def _shares(p: P) -> float:
    kids, alive, grand = p["children"], p["alive"], p["grandchildren"]
    branches = [c for c, a in zip(kids, alive, strict=True) if a or grand.get(c)]
    each = p["estate"] / len(branches)
    if p["method"] == "per stirpes":
        parent = next(c for c in kids if p["target"] in grand.get(c, []))
        return each / len(grand[parent])
    pool = [g for c, a in zip(kids, alive, strict=True) if not a for g in grand.get(c, [])]
    return each * (len(branches) - sum(alive)) / len(pool)


def _probate(p: P) -> float:
    both = 2 * ca_fee(p["home"] + p["accounts"] + p["car"])  # the mortgage is not deducted
    return both - p["trust_cost"] if p["ask_savings"] else both


def _crummey(p: P) -> float:
    return max(0.0, p["premium"] - p["beneficiaries"] * AE[p["year"]] * (2 if p["split"] else 1))


def _exclusion_left(p: P) -> float:
    if p["mode"] == "remaining":
        return BEA[p["year"]] - p["used"]
    return p["donees"] * AE[p["year"]] * (2 if p["couple"] else 1)


def _deduction(p: P) -> float:
    limit = {"cash_public": 0.6, "stock_public": 0.3, "cash_private": 0.3, "stock_private": 0.2}[p["kind"]]
    assert close(p["carryover"], p["gift"] - min(p["gift"], limit * p["agi"]))
    return min(p["gift"], limit * p["agi"])


def _qcd(p: P) -> float:
    assert close(p["rmd"], p["balance"] / ULT[p["age"]])
    return min(p["gift"], {2024: 105_000, 2025: 108_000}[p["year"]]) * p["rate"]


def _bunching(p: P) -> float:
    std, k, g = p["standard"], p["years"], p["gift"]
    other = min(p["salt"], 10_000) + p["mortgage"]
    return (max(std, other + k * g) + (k - 1) * std - k * max(std, other + g)) * p["rate"]


def _crat(p: P) -> float:
    assert p["passes"] == (p["value"] - npf.pv(p["rate_7520"], p["years"], -p["annuity"]) >= 0.1 * p["value"])
    return p["value"] - float(npf.pv(p["rate_7520"], p["years"], -p["annuity"]))


def _giving(p: P) -> float:
    rmd = p["balance"] / ULT[p["ages"][0]]
    std = 29_200 + 2 * 1_550
    other = min(p["salt"], 10_000) + p["mortgage"]
    cash = tax_2024_mfj(max(0.0, p["pension"] + rmd - max(std, other + p["gift"])))
    qcd = tax_2024_mfj(max(0.0, p["pension"] + rmd - p["gift"] - max(std, other)))
    return cash - qcd


CHECKS: dict[str, Callable[[P], float]] = {
    "estate.gift_exclusion": _gifts, "estate.estate_tax": _estate_tax, "estate.dsue": _dsue,
    "estate.estate_full": _estate_full, "estate.descendants_shares": _shares, "estate.probate_fees": _probate,
    "estate.crummey": _crummey, "estate.exclusion_left": _exclusion_left,
    "charitable.deduction_limit": _deduction, "charitable.qcd": _qcd, "charitable.bunching": _bunching,
    "charitable.crat": _crat, "charitable.giving_strategy": _giving,
}
TOLERANCE = {"charitable.giving_strategy": 0.03}  # the module rounds the RMD and each tax to cents first


@pytest.mark.parametrize("template", [t for t, _ in estate.TEMPLATES + charitable.TEMPLATES],
                         ids=lambda t: t.__name__)
def test_answers_recomputed(template: Callable[[random.Random], object]) -> None:
    for d in draws(template):  # type: ignore[arg-type]
        expected = CHECKS[d.template](d.params)
        tol = TOLERANCE.get(d.template, 0.0)
        assert abs(d.params["answer"] - expected) <= tol or close(d.params["answer"], expected), (d.template, d.params)


# ---------------------------------------------------------------------------------------------------- textbook

def test_estate_tax_hand_example() -> None:
    # 2025: $20M taxable estate, no gifts → 40% × ($20M − $13.99M) = $2,404,000.
    assert estate.estate_tax(20_000_000, BEA[2025]) == 2_404_000.0
    assert estate.estate_tax(10_000_000, BEA[2025]) == 0.0


def test_gift_splitting_hand_example() -> None:
    # $50,000 to one child in 2025: alone $31,000 taxable; split, 2 × ($25,000 − $19,000) = $12,000.
    assert _gifts({"year": 2025, "gifts": [50_000], "split": False}) == 31_000
    assert _gifts({"year": 2025, "gifts": [50_000], "split": True}) == 12_000


def test_california_statutory_fee_examples() -> None:
    # Commonly quoted: $500,000 → $13,000 each; $1,000,000 → $23,000 each.
    assert estate.ca_statutory_fee(500_000) == 13_000
    assert estate.ca_statutory_fee(1_000_000) == 23_000
    assert estate.ca_statutory_fee(10_000_000) == 113_000


def test_crat_hand_example() -> None:
    # $1M, $50,000 a year for 20 years at 5%: annuity factor 12.46221 → remainder $376,889.48.
    assert round(1_000_000 - 50_000 * (1 - 1.05**-20) / 0.05, 2) == 376_889.48
    assert close(_crat({"value": 1_000_000, "annuity": 50_000, "years": 20, "rate_7520": 0.05, "passes": True}),
                 376_889.48)


def test_per_stirpes_versus_per_capita_hand_example() -> None:
    # $900,000; A living; B predeceased with 1 child; C predeceased with 2 children.
    p = {"estate": 900_000, "children": ["A", "B", "C"], "alive": [True, False, False],
         "grandchildren": {"B": ["b1"], "C": ["c1", "c2"]}, "target": "c1"}
    assert _shares({**p, "method": "per stirpes"}) == 150_000  # C's third split in two
    assert _shares({**p, "method": "per capita at each generation"}) == 200_000  # 2/3 pooled over 3


def test_qcd_rmd_hand_example() -> None:
    # Age 75, $246,000 balance → period 24.6 → RMD $10,000.
    assert ULT[75] == 24.6 and round(246_000 / ULT[75], 2) == 10_000
