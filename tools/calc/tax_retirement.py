"""US federal income tax, required minimum distributions and retirement projections, from official tables."""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import Field

from tools.calc.common import CalcResult, finite
from tools.errors import ToolInputError

FilingStatus = Literal["single", "married_filing_jointly", "married_filing_separately", "head_of_household",
                       "qualifying_surviving_spouse"]

# Upper bounds of the 10/12/22/24/32/35% brackets of taxable income; 37% above the last.
_RATES = (0.10, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37)
_BRACKETS: dict[int, dict[str, tuple[float, ...]]] = {
    2024: {  # IRS Rev. Proc. 2023-34, section 3.01, Tables 1-4
        "married_filing_jointly": (23_200, 94_300, 201_050, 383_900, 487_450, 731_200),
        "head_of_household": (16_550, 63_100, 100_500, 191_950, 243_700, 609_350),
        "single": (11_600, 47_150, 100_525, 191_950, 243_725, 609_350),
        "married_filing_separately": (11_600, 47_150, 100_525, 191_950, 243_725, 365_600),
    },
    2025: {  # IRS Rev. Proc. 2024-40, section 3.01, Tables 1-4
        "married_filing_jointly": (23_850, 96_950, 206_700, 394_600, 501_050, 751_600),
        "head_of_household": (17_000, 64_850, 103_350, 197_300, 250_500, 626_350),
        "single": (11_925, 48_475, 103_350, 197_300, 250_525, 626_350),
        "married_filing_separately": (11_925, 48_475, 103_350, 197_300, 250_525, 375_800),
    },
}
_TAX_SOURCE = {2024: "IRS Rev. Proc. 2023-34 §3.01 (tax year 2024)",
               2025: "IRS Rev. Proc. 2024-40 §3.01 (tax year 2025)"}

# Uniform Lifetime Table, 26 CFR 1.401(a)(9)-9(c) (in force for distribution calendar years from 2022).
_ULT_FROM_72 = (27.4, 26.5, 25.5, 24.6, 23.7, 22.9, 22.0, 21.1, 20.2, 19.4, 18.5, 17.7, 16.8, 16.0, 15.2, 14.4, 13.7,
                12.9, 12.2, 11.5, 10.8, 10.1, 9.5, 8.9, 8.4, 7.8, 7.3, 6.8, 6.4, 6.0, 5.6, 5.2, 4.9, 4.6, 4.3, 4.1,
                3.9, 3.7, 3.5, 3.4, 3.3, 3.1, 3.0, 2.9, 2.8, 2.7, 2.5, 2.3, 2.0)  # ages 72..120+


def us_federal_income_tax(
    taxable_income: Annotated[float, Field(ge=0, le=1e12, description="Taxable income after deductions, USD")],
    filing_status: Annotated[FilingStatus, Field(description="IRS filing status")] = "single",
    year: Annotated[Literal[2024, 2025], Field(description="Tax year")] = 2025,
) -> CalcResult:
    """US federal income tax on ordinary taxable income (after deductions) for a filing status and tax year.

    Tax = Σ rate_i × (the part of taxable income inside bracket i), from the IRS inflation-adjusted bracket tables.
    Capital gains rates, credits, AMT and other taxes are not included.
    """
    status = "married_filing_jointly" if filing_status == "qualifying_surviving_spouse" else filing_status
    tops = _BRACKETS[year][status]
    tax, low, rows, marginal = 0.0, 0.0, [], _RATES[0]
    for rate, high in zip(_RATES, (*tops, math.inf), strict=True):
        if taxable_income <= low:
            break
        part = min(taxable_income, high) - low
        tax += part * rate
        marginal = rate
        rows.append({"rate": rate, "from": low, "to": None if high == math.inf else high,
                     "taxed_amount": round(part, 2), "tax": round(part * rate, 2)})
        low = high
    effective = tax / taxable_income if taxable_income else 0.0
    return CalcResult(value=round(tax, 2), formula="sum(rate_i * income within bracket i)",
                      inputs={"taxable_income": taxable_income, "filing_status": filing_status, "year": year},
                      table=rows, details={"marginal_rate": marginal, "effective_rate": round(effective, 6)},
                      source=_TAX_SOURCE[year], as_of=f"{year}-01-01",
                      explanation=f"tax {tax:,.2f} on {taxable_income:,.2f}: marginal rate {marginal:.0%}, "
                      f"effective {effective:.2%} ({_TAX_SOURCE[year]})")


def required_minimum_distribution(
    account_balance: Annotated[float, Field(ge=0, description="Balance on December 31 of the previous year, USD")],
    age: Annotated[int, Field(ge=50, le=130, description="Age the owner reaches this year")],
    birth_year: Annotated[int | None, Field(ge=1900, le=2100, description="Owner's birth year (sets the start "
                                                                           "age: 73, or 75 if born 1960 or later)")]
    = None,
) -> CalcResult:
    """Required minimum distribution (RMD) from a traditional IRA or 401(k) for an owner, by the Uniform Lifetime Table.

    RMD = prior year-end balance / distribution period for the owner's age; none before the start age (SECURE 2.0).
    """
    start = 75 if birth_year is not None and birth_year >= 1960 else 73
    source = "IRS Uniform Lifetime Table, 26 CFR 1.401(a)(9)-9(c); start age per SECURE 2.0 Act §107"
    if age < start:
        return CalcResult(value=0.0, formula="none before the start age", source=source, as_of="2022-01-01",
                          inputs={"balance": account_balance, "age": age, "start_age": start},
                          explanation=f"no RMD is required at {age}; they start at {start}")
    period = _ULT_FROM_72[min(age, 120) - 72]
    rmd = account_balance / period
    return CalcResult(value=round(rmd, 2), formula="balance / distribution_period(age)", source=source,
                      as_of="2022-01-01", inputs={"balance": account_balance, "age": age, "period": period},
                      explanation=f"{account_balance:,.2f} / {period} = {rmd:,.2f} must be withdrawn this year")


def retirement_projection(
    current_savings: Annotated[float, Field(ge=0, description="Savings today, USD")],
    annual_contribution: Annotated[float, Field(ge=0, description="Contribution at the end of each year")],
    annual_return: Annotated[float, Field(gt=-1, le=1, description="Expected annual return as a fraction")],
    years: Annotated[int, Field(ge=1, le=80, description="Years until retirement")],
    contribution_growth: Annotated[float, Field(ge=-1, le=1, description="Yearly raise of the contribution")] = 0.0,
    inflation: Annotated[float, Field(gt=-1, le=1, description="Inflation, to state the result in today's money")]
    = 0.0,
) -> CalcResult:
    """Projected retirement savings: yearly growth at a fixed return plus growing year-end contributions.

    B_t = B_(t−1)·(1 + r) + C·(1 + g)^(t−1); the real value is B_T / (1 + inflation)^T.
    """
    balance, rows = current_savings, []
    for t in range(1, years + 1):
        contribution = annual_contribution * (1 + contribution_growth) ** (t - 1)
        balance = balance * (1 + annual_return) + contribution
        rows.append({"year": t, "contribution": round(contribution, 2), "balance": round(balance, 2)})
    real = finite(balance / (1 + inflation) ** years, "the projected balance")
    if balance < 0:
        raise ToolInputError("the projected balance is negative; check the return")
    return CalcResult(value=round(balance, 2), formula="B_t = B_(t-1)*(1 + r) + C*(1 + g)**(t-1)",
                      inputs={"B0": current_savings, "C": annual_contribution, "r": annual_return, "T": years,
                              "g": contribution_growth, "inflation": inflation},
                      table=rows, details={"real_value": round(real, 2)},
                      explanation=f"{balance:,.2f} after {years} years ({real:,.2f} in today's money)")
