"""Time-value-of-money calculators."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field

from tools.errors import ToolInputError


class CalcResult(BaseModel):
    """A calculator answer with its working, so a reader can audit it."""

    value: float
    formula: str
    inputs: dict[str, Any]
    explanation: str
    source: str = "elson.calc"
    as_of: str | None = None


def loan_payment(
    principal: Annotated[float, Field(gt=0, description="Amount borrowed")],
    annual_rate: Annotated[float, Field(ge=0, le=1, description="Nominal annual rate as a fraction, 0.065 = 6.5%")],
    years: Annotated[float, Field(gt=0, le=100, description="Loan term in years")],
    payments_per_year: Annotated[int, Field(ge=1, le=365, description="Payments per year")] = 12,
) -> CalcResult:
    """Level payment of an amortizing loan or mortgage (PMT).

    payment = P·r / (1 − (1 + r)^−n), with r the periodic rate and n the number of payments.
    """
    n = round(years * payments_per_year)
    if n < 1:
        raise ToolInputError("the loan has zero payment periods; increase years or payments_per_year")
    r = annual_rate / payments_per_year
    payment = principal / n if r == 0 else principal * r / (1 - (1 + r) ** -n)
    return CalcResult(
        value=round(payment, 2),
        formula="P*r / (1 - (1 + r)**-n)" if r else "P / n",
        inputs={"P": principal, "r": r, "n": n},
        explanation=f"{n} payments of {payment:,.2f}; total paid {payment * n:,.2f}, "
        f"interest {payment * n - principal:,.2f}",
    )


def compound_growth(
    present_value: Annotated[float, Field(ge=0, description="Starting amount")],
    annual_rate: Annotated[float, Field(gt=-1, le=10, description="Annual growth rate as a fraction")],
    years: Annotated[float, Field(ge=0, le=200, description="Number of years")],
    compounds_per_year: Annotated[int, Field(ge=1, le=365, description="Compounding periods per year")] = 1,
    annual_contribution: Annotated[float, Field(ge=0, description="Added at the end of each year")] = 0.0,
) -> CalcResult:
    """Future value of a lump sum compounding at a fixed rate, plus optional year-end contributions.

    FV = PV·(1 + r/m)^(m·t) + C·((1 + g)^t − 1)/g, with g = (1 + r/m)^m − 1 the effective annual rate.
    """
    m = compounds_per_year
    growth = (1 + annual_rate / m) ** (m * years)
    g = (1 + annual_rate / m) ** m - 1
    annuity = annual_contribution * years if g == 0 else annual_contribution * ((1 + g) ** years - 1) / g
    fv = present_value * growth + annuity
    return CalcResult(
        value=round(fv, 2),
        formula="PV*(1 + r/m)**(m*t) + C*((1 + g)**t - 1)/g, g = (1 + r/m)**m - 1",
        inputs={"PV": present_value, "r": annual_rate, "m": m, "t": years, "C": annual_contribution},
        explanation=f"{present_value:,.2f} grows to {present_value * growth:,.2f}; contributions add "
        f"{annuity:,.2f}; future value {fv:,.2f}",
    )
