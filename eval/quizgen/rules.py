"""Official US figures the generators use (each with its source) and small helpers for the rules the ``tools.calc``
calculators do not cover. Tax years 2024 and 2025 only."""

from __future__ import annotations

import math
from typing import Final, Literal, cast

from tools.calc.common import CalcResult
from tools.calc.tax_retirement import us_federal_income_tax

Status = Literal["single", "married_filing_jointly", "head_of_household", "married_filing_separately"]

# Standard deduction. 2024: Rev. Proc. 2023-34 §3.15. 2025: Pub. L. 119-21 §70102 (July 2025) raised Rev. Proc.
# 2024-40's figures (15,000 / 30,000 / 22,500) to these.
STANDARD_DEDUCTION: Final[dict[int, dict[str, float]]] = {
    2024: {"single": 14_600, "married_filing_jointly": 29_200, "head_of_household": 21_900,
           "married_filing_separately": 14_600},
    2025: {"single": 15_750, "married_filing_jointly": 31_500, "head_of_household": 23_625,
           "married_filing_separately": 15_750},
}
# Long-term capital gain 0% and 15% ceilings of taxable income (Rev. Proc. 2023-34 / 2024-40 §3.03); 20% above.
LTCG_TOPS: Final[dict[int, dict[str, tuple[float, float]]]] = {
    2024: {"single": (47_025, 518_900), "married_filing_jointly": (94_050, 583_750),
           "head_of_household": (63_000, 551_350)},
    2025: {"single": (48_350, 533_400), "married_filing_jointly": (96_700, 600_050),
           "head_of_household": (64_750, 566_700)},
}
# Net investment income tax, IRC §1411 (thresholds not indexed).
NIIT_THRESHOLD: Final[dict[str, float]] = {"single": 200_000, "head_of_household": 200_000,
                                           "married_filing_jointly": 250_000, "married_filing_separately": 125_000}
# Social Security wage base (SSA): 2024 168,600; 2025 176,100.
WAGE_BASE: Final[dict[int, float]] = {2024: 168_600, 2025: 176_100}
# Gift tax annual exclusion (Rev. Proc. 2023-34 §3.43 / 2024-40 §3.43) and basic exclusion amount (§3.41).
ANNUAL_EXCLUSION: Final[dict[int, float]] = {2024: 18_000, 2025: 19_000}
BASIC_EXCLUSION: Final[dict[int, float]] = {2024: 13_610_000, 2025: 13_990_000}
NONCITIZEN_SPOUSE_EXCLUSION: Final[dict[int, float]] = {2024: 185_000, 2025: 190_000}
# Elective deferral (IRC §402(g); IRS Notices 2023-75, 2024-80), catch-ups; IRA limit; HSA (Rev. Proc. 2023-23,
# 2024-25).
DEFERRAL_LIMIT: Final[dict[int, float]] = {2024: 23_000, 2025: 23_500}
CATCH_UP_50: Final = 7_500
CATCH_UP_60_63_2025: Final = 11_250
IRA_LIMIT: Final[dict[int, float]] = {2024: 7_000, 2025: 7_000}
HSA_LIMIT: Final[dict[int, tuple[float, float]]] = {2024: (4_150, 8_300), 2025: (4_300, 8_550)}
ROTH_PHASEOUT: Final[dict[int, dict[str, tuple[float, float]]]] = {
    2024: {"single": (146_000, 161_000), "married_filing_jointly": (230_000, 240_000)},
    2025: {"single": (150_000, 165_000), "married_filing_jointly": (236_000, 246_000)},
}
# Social Security PIA bend points (SSA): 2024 1,174 / 7,078; 2025 1,226 / 7,391.
BEND_POINTS: Final[dict[int, tuple[float, float]]] = {2024: (1_174, 7_078), 2025: (1_226, 7_391)}
# Retirement earnings test exempt amounts (SSA): under FRA all year / the year FRA is reached.
EARNINGS_TEST: Final[dict[int, tuple[float, float]]] = {2024: (22_320, 59_520), 2025: (23_400, 62_160)}


def tax_result(taxable: float, status: str, year: int) -> CalcResult:
    """``calc.us_federal_income_tax`` on ordinary taxable income (its table holds each bracket's part)."""
    return us_federal_income_tax(max(taxable, 0.0), cast(Status, status), cast(Literal[2024, 2025], year))


def ordinary_tax(taxable: float, status: str, year: int) -> float:
    """Regular federal income tax on ordinary taxable income (the ``tools.calc`` bracket tables)."""
    return tax_result(taxable, status, year).value


def marginal_rate(taxable: float, status: str, year: int) -> float:
    """The bracket rate of the last dollar of ordinary taxable income."""
    return float((tax_result(taxable, status, year).details or {}).get("marginal_rate", 0.10))


def ltcg_layers(ordinary: float, gain: float, status: str, year: int) -> tuple[float, float, float]:
    """How much of a long-term gain stacked on ``ordinary`` taxable income falls in the 0%, 15% and 20% bands."""
    top0, top15 = LTCG_TOPS[year][status]
    total = ordinary + gain
    at0 = max(0.0, min(total, top0) - ordinary)
    at15 = max(0.0, min(total, top15) - max(ordinary, top0))
    return at0, at15, gain - at0 - at15


def fra_months(birth_year: int) -> int:
    """Full retirement age in months: 66 for 1943-54, rising two months a year to 67 for 1960 and later."""
    if birth_year <= 1954:
        return 66 * 12
    if birth_year >= 1960:
        return 67 * 12
    return 66 * 12 + 2 * (birth_year - 1954)


def claim_factor(claim_months: int, fra: int) -> float:
    """Share of the PIA paid when claiming at ``claim_months`` of age: 5/9 of 1% less a month for the first 36
    months early, 5/12 of 1% beyond; 2/3 of 1% more a month of delay, up to 70."""
    early = fra - claim_months
    if early > 0:
        return 1 - (min(early, 36) * 5 / 9 + max(early - 36, 0) * 5 / 12) / 100
    return 1 + (min(claim_months, 70 * 12) - fra) * (2 / 3) / 100


def pia(aime: float, year: int) -> float:
    """Primary insurance amount from AIME: 90% / 32% / 15% of the parts split by the year's bend points, rounded
    down to the dime."""
    b1, b2 = BEND_POINTS[year]
    raw = 0.9 * min(aime, b1) + 0.32 * max(0.0, min(aime, b2) - b1) + 0.15 * max(0.0, aime - b2)
    return math.floor(raw * 10 + 1e-9) / 10
