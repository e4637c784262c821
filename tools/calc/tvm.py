"""Time-value-of-money calculators."""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import Field

from tools.calc.common import CalcResult, bisect_root, finite
from tools.errors import ToolInputError


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


def _periods(years: float, per_year: int) -> int:
    n = round(years * per_year)
    if n < 1:
        raise ToolInputError("zero periods: increase years or the periods per year")
    return n


def present_value(
    future_value: Annotated[float, Field(ge=0, description="Amount received at the end")] = 0.0,
    annual_rate: Annotated[float, Field(gt=-1, le=10, description="Annual discount rate as a fraction")] = 0.05,
    years: Annotated[float, Field(gt=0, le=200, description="Number of years")] = 1.0,
    periods_per_year: Annotated[int, Field(ge=1, le=365, description="Compounding periods per year")] = 1,
    payment: Annotated[float, Field(ge=0, description="Level payment received at the end of each period")] = 0.0,
) -> CalcResult:
    """Present value (PV) of a future amount plus a level payment stream, discounted at a fixed rate.

    PV = FV/(1 + r)^n + PMT·(1 − (1 + r)^−n)/r, with r the periodic rate and n the number of periods.
    """
    n, r = _periods(years, periods_per_year), annual_rate / periods_per_year
    annuity = payment * n if r == 0 else payment * (1 - (1 + r) ** -n) / r
    pv = finite(future_value * (1 + r) ** -n + annuity, "the present value")
    return CalcResult(value=round(pv, 2), formula="FV*(1 + r)**-n + PMT*(1 - (1 + r)**-n)/r",
                      inputs={"FV": future_value, "PMT": payment, "r": r, "n": n},
                      explanation=f"{future_value:,.2f} in {n} periods plus {n} payments of {payment:,.2f}, "
                      f"discounted at {r:.4%} a period, are worth {pv:,.2f} today")


def future_value(
    present_value: Annotated[float, Field(ge=0, description="Amount invested now")] = 0.0,
    annual_rate: Annotated[float, Field(gt=-1, le=10, description="Annual return as a fraction")] = 0.05,
    years: Annotated[float, Field(gt=0, le=200, description="Number of years")] = 1.0,
    periods_per_year: Annotated[int, Field(ge=1, le=365, description="Compounding periods per year")] = 1,
    payment: Annotated[float, Field(ge=0, description="Level deposit each period")] = 0.0,
    payment_at_start: Annotated[bool, Field(description="Deposits at the start of each period (annuity due)")] = False,
) -> CalcResult:
    """Future value (FV) of a lump sum plus level periodic deposits at a fixed rate.

    FV = PV·(1 + r)^n + PMT·((1 + r)^n − 1)/r·(1 + r if deposits are at the start of each period).
    """
    n, r = _periods(years, periods_per_year), annual_rate / periods_per_year
    annuity = payment * n if r == 0 else payment * ((1 + r) ** n - 1) / r
    annuity *= (1 + r) if payment_at_start else 1
    fv = finite(present_value * (1 + r) ** n + annuity, "the future value")
    return CalcResult(value=round(fv, 2), formula="PV*(1 + r)**n + PMT*((1 + r)**n - 1)/r * (1 + r if due)",
                      inputs={"PV": present_value, "PMT": payment, "r": r, "n": n, "due": payment_at_start},
                      explanation=f"{present_value:,.2f} now and {n} deposits of {payment:,.2f} grow to {fv:,.2f}")


def periods_to_payoff(
    principal: Annotated[float, Field(gt=0, description="Amount owed")],
    annual_rate: Annotated[float, Field(ge=0, le=1, description="Nominal annual rate as a fraction")],
    payment: Annotated[float, Field(gt=0, description="Payment each period")],
    payments_per_year: Annotated[int, Field(ge=1, le=365, description="Payments per year")] = 12,
) -> CalcResult:
    """Number of payments (NPER) needed to pay off a loan with a fixed payment.

    n = −ln(1 − r·P/PMT) / ln(1 + r); the payment must exceed each period's interest r·P.
    """
    r = annual_rate / payments_per_year
    if r == 0:
        n = principal / payment
    elif payment <= r * principal:
        raise ToolInputError(f"a payment of {payment:,.2f} does not cover the {r * principal:,.2f} interest of one "
                             "period, so the loan is never paid off")
    else:
        n = -math.log(1 - r * principal / payment) / math.log(1 + r)
    return CalcResult(value=round(n, 4), formula="-ln(1 - r*P/PMT) / ln(1 + r)" if r else "P / PMT",
                      inputs={"P": principal, "PMT": payment, "r": r},
                      explanation=f"{math.ceil(n - 1e-9)} payments ({n / payments_per_year:.2f} years), "
                      f"the last one partial" if n % 1 > 1e-9 else f"{n:.0f} payments")


def loan_rate(
    principal: Annotated[float, Field(gt=0, description="Amount borrowed")],
    payment: Annotated[float, Field(gt=0, description="Payment each period")],
    years: Annotated[float, Field(gt=0, le=100, description="Loan term in years")],
    payments_per_year: Annotated[int, Field(ge=1, le=365, description="Payments per year")] = 12,
) -> CalcResult:
    """Interest rate (RATE) implied by a loan's principal, level payment and term, as a nominal annual rate.

    Solves P = PMT·(1 − (1 + r)^−n)/r for the periodic rate r by bisection; annual rate = r × payments per year.
    """
    n = _periods(years, payments_per_year)
    if payment * n < principal:
        raise ToolInputError(f"{n} payments of {payment:,.2f} repay less than the principal {principal:,.2f}")

    def excess(r: float) -> float:  # decreasing in r: payments' present value minus principal
        return (payment * n if r == 0 else payment * (1 - (1 + r) ** -n) / r) - principal

    r = bisect_root(lambda x: -excess(x), 0.0, 1.0, "interest rate")
    annual = r * payments_per_year
    return CalcResult(value=round(annual, 8), formula="solve P = PMT*(1 - (1 + r)**-n)/r; annual = r*m",
                      inputs={"P": principal, "PMT": payment, "n": n, "m": payments_per_year},
                      explanation=f"periodic rate {r:.6%}, nominal annual {annual:.4%}, effective annual "
                      f"{(1 + r) ** payments_per_year - 1:.4%}")


def amortization_schedule(
    principal: Annotated[float, Field(gt=0, description="Amount borrowed")],
    annual_rate: Annotated[float, Field(ge=0, le=1, description="Nominal annual rate as a fraction")],
    years: Annotated[float, Field(gt=0, le=50, description="Loan term in years")],
    payments_per_year: Annotated[int, Field(ge=1, le=52, description="Payments per year")] = 12,
    detail: Annotated[Literal["yearly", "every_payment"], Field(
        description="One row per year (default) or one per payment")] = "yearly",
) -> CalcResult:
    """Amortization schedule of a level-payment loan or mortgage: interest, principal and balance over time.

    Each period: interest = balance·r; principal = PMT − interest; the last payment clears the rounding rest.
    """
    n, r = _periods(years, payments_per_year), annual_rate / payments_per_year
    pay = principal / n if r == 0 else principal * r / (1 - (1 + r) ** -n)
    balance, rows, year = principal, [], {"interest": 0.0, "principal": 0.0}
    for k in range(1, n + 1):
        interest = balance * r
        paid = balance if k == n else pay - interest
        balance -= paid
        if detail == "every_payment":
            rows.append({"period": k, "payment": round(paid + interest, 2), "interest": round(interest, 2),
                         "principal": round(paid, 2), "balance": round(max(balance, 0.0), 2)})
        year["interest"] += interest
        year["principal"] += paid
        if detail == "yearly" and (k % payments_per_year == 0 or k == n):
            rows.append({"year": math.ceil(k / payments_per_year), "interest": round(year["interest"], 2),
                         "principal": round(year["principal"], 2), "balance": round(max(balance, 0.0), 2)})
            year = {"interest": 0.0, "principal": 0.0}
    total_interest = sum(row["interest"] for row in rows)
    return CalcResult(value=round(pay, 2), formula="interest_k = B_k*r; principal_k = PMT - interest_k",
                      inputs={"P": principal, "r": r, "n": n}, table=rows,
                      explanation=f"{n} payments of {pay:,.2f}; total interest {total_interest:,.2f}")
