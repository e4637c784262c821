"""Shared pieces of the planning generators: official tables (each citing its source), small pure helpers for the
rules the ``tools.calc`` calculators do not cover (capital-gains stacking, SE tax, Social Security adjustments,
contribution limits), and the names and phrasing helpers the templates draw from.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any, Final

from tools.calc.tax_retirement import us_federal_income_tax
from training.data.domains import Difficulty
from training.data.gen.common import Draft

# ---------------------------------------------------------------------------------------------------- people, text

NAMES: Final[tuple[str, ...]] = (
    "Maya", "Daniel", "Priya", "Marcus", "Elena", "James", "Aisha", "Tom", "Sofia", "Kevin", "Grace", "Luis",
    "Hannah", "Omar", "Chloe", "Raj", "Megan", "Andre", "Nina", "Ben", "Fatima", "Carlos", "Julia", "Wei",
    "Olivia", "Sam", "Leah", "Diego", "Rachel", "Ethan", "Zoe", "Victor", "Laura", "Tyrone", "Ana", "Peter",
    "Keiko", "Jordan", "Ruth", "Malik", "Isabel", "Noah", "Yasmin", "Frank", "Chen", "Erin", "Hugo", "Dana",
)

STATUS_LABEL: Final[dict[str, str]] = {
    "single": "single", "married_filing_jointly": "married filing jointly",
    "head_of_household": "head of household", "married_filing_separately": "married filing separately",
}


def who(rng: random.Random) -> str:
    """A first name for a scenario."""
    return rng.choice(NAMES)


def pair(rng: random.Random) -> tuple[str, str]:
    """Two different first names (a couple, or two people compared)."""
    a, b = rng.sample(NAMES, 2)
    return a, b


def phrase(rng: random.Random, options: Sequence[str], **values: Any) -> str:
    """One of ``options``, formatted with ``values`` (so one template reads several ways)."""
    return rng.choice(options).format(**values)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A small Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def years_months(months: int) -> str:
    """``125`` → ``10 years 5 months``."""
    y, m = divmod(months, 12)
    parts = [f"{y} year{'s' if y != 1 else ''}"] if y else []
    if m or not parts:
        parts.append(f"{m} month{'s' if m != 1 else ''}")
    return " ".join(parts)


def months_phrase(months: int) -> str:
    """``18 months (1 year 6 months)``, or just ``9 months`` under a year."""
    return f"{months} months" + (f" ({years_months(months)})" if months >= 12 else "")


# ---------------------------------------------------------------------------------------------------- federal tax

# Standard deduction. 2024: IRS Rev. Proc. 2023-34 §3.15. 2025: Pub. L. 119-21 (July 4, 2025) §70102, amending
# IRC §63(c)(7); it raised Rev. Proc. 2024-40's 15,000 / 30,000 / 22,500 to the figures below for tax year 2025.
STANDARD_DEDUCTION: Final[dict[int, dict[str, float]]] = {
    2024: {"single": 14_600, "married_filing_jointly": 29_200, "head_of_household": 21_900,
           "married_filing_separately": 14_600},
    2025: {"single": 15_750, "married_filing_jointly": 31_500, "head_of_household": 23_625,
           "married_filing_separately": 15_750},
}
STD_SOURCE: Final[dict[int, str]] = {2024: "IRS Rev. Proc. 2023-34", 2025: "Pub. L. 119-21 §70102, July 2025"}
# Additional standard deduction per person aged 65+ (married / unmarried): Rev. Proc. 2023-34 §3.15(3) for 2024,
# Rev. Proc. 2024-40 §3.15(3) for 2025.
ADDITIONAL_65: Final[dict[int, tuple[float, float]]] = {2024: (1_550, 1_950), 2025: (1_600, 2_000)}

# Long-term capital gain / qualified dividend 0% and 15% rate ceilings on taxable income: Rev. Proc. 2023-34 §3.03
# (2024) and Rev. Proc. 2024-40 §3.03 (2025); 20% above the second figure.
LTCG_TOPS: Final[dict[int, dict[str, tuple[float, float]]]] = {
    2024: {"single": (47_025, 518_900), "married_filing_jointly": (94_050, 583_750),
           "head_of_household": (63_000, 551_350), "married_filing_separately": (47_025, 291_850)},
    2025: {"single": (48_350, 533_400), "married_filing_jointly": (96_700, 600_050),
           "head_of_household": (64_750, 566_700), "married_filing_separately": (48_350, 300_000)},
}
# Net investment income tax (IRC §1411) and Additional Medicare Tax (IRC §3101(b)(2)) thresholds; not indexed.
NIIT_RATE: Final = 0.038
SURTAX_THRESHOLD: Final[dict[str, float]] = {"single": 200_000, "head_of_household": 200_000,
                                             "married_filing_jointly": 250_000, "married_filing_separately": 125_000}
# Social Security contribution and benefit base (SSA): 2023 160,200; 2024 168,600; 2025 176,100.
WAGE_BASE: Final[dict[int, float]] = {2023: 160_200, 2024: 168_600, 2025: 176_100}
# Qualified business income deduction (IRC §199A) threshold: Rev. Proc. 2023-34 §3.27, Rev. Proc. 2024-40 §3.27.
QBI_THRESHOLD: Final[dict[int, dict[str, float]]] = {
    2024: {"single": 191_950, "married_filing_jointly": 383_900, "head_of_household": 191_950},
    2025: {"single": 197_300, "married_filing_jointly": 394_600, "head_of_household": 197_300},
}


def ordinary_tax(taxable: float, status: str, year: int) -> float:
    """Regular income tax on ordinary taxable income (``tools.calc`` brackets)."""
    return us_federal_income_tax(max(taxable, 0.0), status, year).value  # type: ignore[arg-type]


def marginal_rate(taxable: float, status: str, year: int) -> float:
    """The bracket rate of the last dollar of ordinary taxable income."""
    details = us_federal_income_tax(max(taxable, 0.0), status, year).details  # type: ignore[arg-type]
    return float(details["marginal_rate"]) if details else 0.10


def ltcg_layers(ordinary: float, preferential: float, status: str, year: int) -> tuple[float, float, float]:
    """How much of the preferential income (long-term gains, qualified dividends), stacked on top of ordinary
    taxable income, falls in the 0%, 15% and 20% bands."""
    top0, top15 = LTCG_TOPS[year][status]
    total = ordinary + preferential
    at0 = max(0.0, min(total, top0) - ordinary)
    at15 = max(0.0, min(total, top15) - max(ordinary, top0))
    return at0, at15, preferential - at0 - at15


def se_tax(profit: float, year: int, wages: float = 0.0) -> dict[str, float]:
    """Self-employment tax (Schedule SE): 92.35% of net profit; 12.4% up to the wage base left after W-2 wages,
    2.9% on all of it; half is deductible."""
    base = round(profit * 0.9235, 2)
    if base < 400:
        base = 0.0
    ss_taxed = min(base, max(0.0, WAGE_BASE[year] - wages))
    ss, medicare = round(ss_taxed * 0.124, 2), round(base * 0.029, 2)
    return {"base": base, "ss_taxed": ss_taxed, "ss": ss, "medicare": medicare, "total": round(ss + medicare, 2),
            "half": round((ss + medicare) / 2, 2)}


# ---------------------------------------------------------------------------------------------------- limits

# Elective deferral limit, IRC §402(g) (IRS notices 2022-55, 2023-75, 2024-80); age-50 catch-up 7,500 in all
# three years; SECURE 2.0 §109 raises it to 11,250 for ages 60-63 from 2025.
DEFERRAL_LIMIT: Final[dict[int, float]] = {2023: 22_500, 2024: 23_000, 2025: 23_500}
CATCH_UP_50: Final = 7_500
CATCH_UP_60_63: Final = 11_250
# IRA limit, IRC §219(b)(5) (same notices); 1,000 catch-up at 50+.
IRA_LIMIT: Final[dict[int, float]] = {2023: 6_500, 2024: 7_000, 2025: 7_000}
IRA_CATCH_UP: Final = 1_000
# HSA limits (self-only, family), IRC §223(b): Rev. Proc. 2022-24 (2023), 2023-23 (2024), 2024-25 (2025); 1,000
# catch-up at 55+.
HSA_LIMIT: Final[dict[int, tuple[float, float]]] = {2023: (3_850, 7_750), 2024: (4_150, 8_300), 2025: (4_300, 8_550)}
HSA_CATCH_UP: Final = 1_000
# Roth IRA contribution phase-out ranges of modified AGI (IRS notices 2023-75 and 2024-80).
ROTH_PHASEOUT: Final[dict[int, dict[str, tuple[float, float]]]] = {
    2024: {"single": (146_000, 161_000), "married_filing_jointly": (230_000, 240_000)},
    2025: {"single": (150_000, 165_000), "married_filing_jointly": (236_000, 246_000)},
}


def deferral_limit(year: int, age: int) -> tuple[float, float]:
    """(base 401(k)/403(b) elective deferral limit, catch-up) for an employee of ``age`` at year end."""
    if year >= 2025 and 60 <= age <= 63:
        return DEFERRAL_LIMIT[year], CATCH_UP_60_63
    return DEFERRAL_LIMIT[year], CATCH_UP_50 if age >= 50 else 0.0


# ---------------------------------------------------------------------------------------------------- Social Security

def full_retirement_age_months(birth_year: int) -> int:
    """Full retirement age in months (SSA: 66 for 1943-54, rising 2 months a year to 67 for 1960 and later)."""
    if birth_year <= 1954:
        return 66 * 12
    if birth_year >= 1960:
        return 67 * 12
    return 66 * 12 + 2 * (birth_year - 1954)


def claim_factor(claim_months: int, fra_months: int) -> float:
    """Share of the primary insurance amount paid when claiming at ``claim_months`` of age: 5/9 of 1% less per month
    for the first 36 months early, 5/12 of 1% beyond; 2/3 of 1% more per month delayed, up to age 70."""
    early = fra_months - claim_months
    if early > 0:
        return 1 - (min(early, 36) * 5 / 9 + max(early - 36, 0) * 5 / 12) / 100
    late = min(claim_months, 70 * 12) - fra_months
    return 1 + late * (2 / 3) / 100


def age_text(months: int) -> str:
    """Months of age as ``66 and 4 months`` (or ``67``)."""
    y, m = divmod(months, 12)
    return f"{y}" if m == 0 else f"{y} and {m} month{'s' if m != 1 else ''}"


def ceil_to(x: float, step: float) -> float:
    """``x`` rounded up to a multiple of ``step``."""
    return math.ceil(round(x / step, 9)) * step


# ---------------------------------------------------------------------------------------------------- drafts

def finish(template: str, *, instruction: str, steps: Sequence[str], answer: float, shown: str, domain: str,
           difficulty: Difficulty, params: dict[str, Any], unit: str = "USD", input_: str = "") -> Draft:
    """The draft: the working (``steps``, joined by blank lines) and the last line ``Answer: <shown>``;
    ``params`` gets ``answer`` (the number shown, as a float) and ``answer_unit``."""
    out = "\n\n".join(steps) + f"\n\nAnswer: {shown}"
    return Draft(instruction=instruction, output=out, domain=domain, difficulty=difficulty, template=template,
                 params={**params, "answer": float(answer), "answer_unit": unit}, input=input_)


def sinking_payment(goal: float, saved: float, rate: float, periods: int) -> float:
    """Level end-of-period deposit that grows ``saved`` plus the deposits to ``goal`` at ``rate`` per period."""
    need = goal - saved * (1 + rate) ** periods
    if rate == 0:
        return need / periods
    return need * rate / ((1 + rate) ** periods - 1)


def periods_to_goal(goal: float, saved: float, deposit: float, rate: float) -> float:
    """Periods (fractional) for ``saved`` plus end-of-period deposits to reach ``goal`` at ``rate`` per period."""
    if rate == 0:
        return (goal - saved) / deposit
    return math.log((goal * rate + deposit) / (saved * rate + deposit)) / math.log(1 + rate)


def balance_after(principal: float, rate: float, payment: float, k: int) -> float:
    """Loan balance after ``k`` level payments at periodic ``rate``."""
    if rate == 0:
        return principal - payment * k
    growth = (1 + rate) ** k
    return principal * growth - payment * (growth - 1) / rate
