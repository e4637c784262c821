"""Cash-flow, bond and portfolio calculators."""

from __future__ import annotations

import math
from typing import Annotated

import numpy as np
from pydantic import Field

from tools.calc.common import CalcResult, bisect_root, finite
from tools.errors import ToolInputError

CashFlows = Annotated[list[float], Field(min_length=2, max_length=1000,
                                         description="Cash flows per period, the first at time 0 (negative = paid)")]


def _npv(rate: float, flows: list[float]) -> float:
    return sum(cf / (1 + rate) ** t for t, cf in enumerate(flows))


def npv(
    rate: Annotated[float, Field(gt=-1, le=10, description="Discount rate per period as a fraction")],
    cash_flows: CashFlows,
) -> CalcResult:
    """Net present value (NPV) of cash flows, the first at time 0 and one per period after it.

    NPV = Σ CF_t / (1 + r)^t, t = 0..n.
    """
    value = finite(_npv(rate, cash_flows), "the NPV")
    return CalcResult(value=round(value, 2), formula="sum(CF_t / (1 + r)**t for t = 0..n)",
                      inputs={"r": rate, "CF": cash_flows},
                      explanation=f"{len(cash_flows)} cash flows discounted at {rate:.4%} a period: NPV {value:,.2f}"
                      f" ({'accept' if value > 0 else 'reject'} at this rate)")


def irr(cash_flows: CashFlows) -> CalcResult:
    """Internal rate of return (IRR) per period: the discount rate at which the cash flows' NPV is zero.

    Solves Σ CF_t / (1 + r)^t = 0 for r: every sign change of the NPV between −99% and 1,000% a period is bisected;
    when several rates solve it (cash flows that change sign more than once) the one closest to 0 is the value.
    """
    if all(cf >= 0 for cf in cash_flows) or all(cf <= 0 for cf in cash_flows):
        raise ToolInputError("the cash flows need at least one outflow (negative) and one inflow (positive)")
    grid = np.concatenate([np.linspace(-0.99, 1.0, 800, endpoint=False), np.geomspace(1.0, 10.0, 200)])
    values = [_npv(float(r), cash_flows) for r in grid]
    roots = [bisect_root(lambda r: _npv(r, cash_flows), float(lo), float(hi), "IRR")
             for lo, hi, a, b in zip(grid, grid[1:], values, values[1:], strict=False) if a == 0 or a * b < 0]
    if not roots:
        raise ToolInputError("no rate between -99% and 1,000% a period makes these cash flows' NPV zero")
    rate = min(roots, key=abs)
    note = f" (several rates solve it: {', '.join(f'{r:.4%}' for r in roots)})" if len(roots) > 1 else ""
    return CalcResult(value=round(rate, 8), formula="solve sum(CF_t / (1 + r)**t) = 0",
                      inputs={"CF": cash_flows}, details={"all_rates": [round(r, 8) for r in roots]},
                      explanation=f"IRR {rate:.4%} a period{note}")


def bond_price(
    face_value: Annotated[float, Field(gt=0, description="Par value repaid at maturity")],
    coupon_rate: Annotated[float, Field(ge=0, le=1, description="Annual coupon rate as a fraction of face")],
    years_to_maturity: Annotated[float, Field(gt=0, le=100, description="Years until maturity")],
    yield_to_maturity: Annotated[float, Field(gt=-0.5, le=1, description="Annual yield as a fraction")],
    payments_per_year: Annotated[int, Field(ge=1, le=12, description="Coupons per year (2 for US bonds)")] = 2,
) -> CalcResult:
    """Price of a fixed-coupon bond on a coupon date from its yield to maturity.

    Price = Σ C/(1 + y/m)^k for k = 1..n + F/(1 + y/m)^n, with C = F·coupon/m and n = years·m.
    """
    n = round(years_to_maturity * payments_per_year)
    if n < 1:
        raise ToolInputError("the bond has no coupon periods left; increase years_to_maturity")
    c, y = face_value * coupon_rate / payments_per_year, yield_to_maturity / payments_per_year
    price = finite(_bond_pv(face_value, c, y, n), "the bond price")
    kind = "premium" if price > face_value + 1e-9 else "discount" if price < face_value - 1e-9 else "par"
    return CalcResult(value=round(price, 4), formula="sum(C/(1 + y/m)**k, k=1..n) + F/(1 + y/m)**n",
                      inputs={"F": face_value, "C": c, "y/m": y, "n": n},
                      explanation=f"{n} coupons of {c:,.4f} and {face_value:,.2f} at maturity are worth "
                      f"{price:,.4f} at a {yield_to_maturity:.4%} yield ({kind})")


def _bond_pv(face: float, coupon: float, y: float, n: int) -> float:
    annuity = coupon * n if y == 0 else coupon * (1 - (1 + y) ** -n) / y
    return annuity + face * (1 + y) ** -n


def bond_yield(
    price: Annotated[float, Field(gt=0, description="Price paid (clean price on a coupon date)")],
    face_value: Annotated[float, Field(gt=0, description="Par value repaid at maturity")],
    coupon_rate: Annotated[float, Field(ge=0, le=1, description="Annual coupon rate as a fraction of face")],
    years_to_maturity: Annotated[float, Field(gt=0, le=100, description="Years until maturity")],
    payments_per_year: Annotated[int, Field(ge=1, le=12, description="Coupons per year (2 for US bonds)")] = 2,
) -> CalcResult:
    """Yield to maturity of a fixed-coupon bond from its price, as a nominal annual rate.

    Solves Price = Σ C/(1 + y/m)^k + F/(1 + y/m)^n for y by bisection.
    """
    n = round(years_to_maturity * payments_per_year)
    if n < 1:
        raise ToolInputError("the bond has no coupon periods left; increase years_to_maturity")
    c = face_value * coupon_rate / payments_per_year
    per_period = bisect_root(lambda y: _bond_pv(face_value, c, y, n) - price, -0.25, 1.0, "yield")
    ytm = per_period * payments_per_year
    return CalcResult(value=round(ytm, 8), formula="solve Price = sum(C/(1 + y/m)**k) + F/(1 + y/m)**n",
                      inputs={"Price": price, "F": face_value, "C": c, "n": n, "m": payments_per_year},
                      explanation=f"yield to maturity {ytm:.4%} a year ({per_period:.4%} a period; current "
                      f"yield {c * payments_per_year / price:.4%})")


def portfolio_return_volatility(
    weights: Annotated[list[float], Field(min_length=1, max_length=100,
                                          description="Portfolio weight of each asset, summing to 1")],
    returns: Annotated[list[list[float]], Field(
        min_length=1, max_length=100, description="One list of periodic returns (fractions) per asset, same length")],
    periods_per_year: Annotated[int, Field(ge=1, le=366, description="12 for monthly returns, 252 for daily")] = 12,
) -> CalcResult:
    """Expected annual return and volatility of a portfolio from asset weights and historical periodic returns.

    Return = m·Σ w_i·mean_i; volatility = √(m·wᵀΣw), with Σ the sample covariance of the periodic returns.
    """
    if len(weights) != len(returns):
        raise ToolInputError(f"{len(weights)} weights but {len(returns)} return series; give one weight per asset")
    lengths = {len(series) for series in returns}
    if len(lengths) != 1 or lengths.pop() < 2:
        raise ToolInputError("every return series needs the same number of periods, at least 2")
    if not math.isclose(sum(weights), 1.0, abs_tol=1e-6):
        raise ToolInputError(f"the weights sum to {sum(weights):g}; they must sum to 1")
    w, r = np.asarray(weights, dtype=float), np.asarray(returns, dtype=float)
    cov = np.atleast_2d(np.cov(r, ddof=1))
    mean = float(periods_per_year * w @ r.mean(axis=1))
    vol = math.sqrt(max(float(periods_per_year * w @ cov @ w), 0.0))
    finite(mean, "the expected return")
    return CalcResult(value=round(mean, 8), formula="m*sum(w_i*mean_i); vol = sqrt(m * w' Cov w)",
                      inputs={"w": weights, "m": periods_per_year, "periods": r.shape[1]},
                      table=[{"asset": i, "weight": weights[i], "annual_mean": round(float(r[i].mean()) *
                              periods_per_year, 8), "annual_volatility": round(math.sqrt(float(cov[i, i]) *
                                                                                        periods_per_year), 8)}
                             for i in range(len(weights))],
                      details={"expected_return": round(mean, 8), "volatility": round(vol, 8)},
                      explanation=f"expected return {mean:.4%} a year, volatility {vol:.4%} a year")
