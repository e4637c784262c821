"""The calculators: cross-checked against numpy-financial and hand-worked examples, through the registry's invoke
path (the agent loop's) as well as directly, with bad inputs coming back as structured tool errors."""

from __future__ import annotations

import asyncio
import math
from typing import Any

import numpy as np
import numpy_financial as npf
import pytest
from jsonschema import Draft202012Validator

from service.protocol import ChatCompletionRequest
from tools.calc import invest, tax_retirement, tvm
from tools.registry import default_registry

REGISTRY = default_registry()


def call(name: str, **arguments: Any) -> dict[str, Any]:
    result = asyncio.run(REGISTRY.invoke(name, arguments))
    assert result.ok, result.error
    return dict(result.result)


def error(name: str, **arguments: Any) -> dict[str, Any]:
    result = asyncio.run(REGISTRY.invoke(name, arguments))
    assert not result.ok and result.error is not None
    return result.error


# ---------------------------------------------------------------------------------------------- time value of money
@pytest.mark.parametrize(("principal", "rate", "years"), [(300_000, 0.065, 30), (25_000, 0.045, 5), (1_000, 0.0, 2)])
def test_loan_payment_matches_numpy_financial(principal: float, rate: float, years: int) -> None:
    expected = -npf.pmt(rate / 12, years * 12, principal)
    assert call("calc.loan_payment", principal=principal, annual_rate=rate, years=years)["value"] == \
        pytest.approx(expected, abs=0.005)


def test_present_and_future_value_match_numpy_financial() -> None:
    pv = call("calc.present_value", future_value=10_000, annual_rate=0.06, years=10, periods_per_year=12, payment=100)
    assert pv["value"] == pytest.approx(-npf.pv(0.005, 120, 100, 10_000), abs=0.005)
    fv = call("calc.future_value", present_value=5_000, annual_rate=0.07, years=20, payment=200, periods_per_year=12)
    assert fv["value"] == pytest.approx(npf.fv(0.07 / 12, 240, -200, -5_000), abs=0.005)
    due = call("calc.future_value", present_value=0, annual_rate=0.05, years=3, payment=1_000, payment_at_start=True)
    assert due["value"] == pytest.approx(npf.fv(0.05, 3, -1_000, 0, when="begin"), abs=0.005)
    assert due["formula"] and due["inputs"]["due"] is True


def test_periods_and_rate_match_numpy_financial() -> None:
    n = call("calc.periods_to_payoff", principal=20_000, annual_rate=0.08, payment=500)
    assert n["value"] == pytest.approx(npf.nper(0.08 / 12, -500, 20_000), abs=1e-3)
    rate = call("calc.loan_rate", principal=300_000, payment=1_896.20, years=30)
    assert rate["value"] == pytest.approx(npf.rate(360, -1_896.20, 300_000, 0) * 12, abs=1e-6)
    assert rate["value"] == pytest.approx(0.065, abs=1e-5)


def test_amortization_schedule_pays_the_loan_off_exactly() -> None:
    result = call("calc.amortization_schedule", principal=200_000, annual_rate=0.05, years=15)
    rows = result["table"]
    assert len(rows) == 15 and rows[-1]["balance"] == 0
    assert sum(r["principal"] for r in rows) == pytest.approx(200_000, abs=0.05)
    first_year_interest = -sum(npf.ipmt(0.05 / 12, k, 180, 200_000) for k in range(1, 13))
    assert rows[0]["interest"] == pytest.approx(first_year_interest, abs=0.01)
    monthly = call("calc.amortization_schedule", principal=1_000, annual_rate=0.12, years=1, detail="every_payment")
    assert len(monthly["table"]) == 12 and monthly["table"][0]["interest"] == 10.0


def test_compound_growth_by_hand() -> None:
    # 1,000 at 5% compounded monthly for 10 years: 1000 * (1 + 0.05/12)**120 = 1,647.01
    assert call("calc.compound_growth", present_value=1_000, annual_rate=0.05, years=10,
                compounds_per_year=12)["value"] == 1_647.01


# ----------------------------------------------------------------------------------------------- cash flows, bonds
def test_npv_and_irr_match_numpy_financial() -> None:
    flows = [-10_000, 3_000, 4_200, 6_800]
    assert call("calc.npv", rate=0.1, cash_flows=flows)["value"] == pytest.approx(npf.npv(0.1, flows), abs=0.005)
    assert call("calc.irr", cash_flows=flows)["value"] == pytest.approx(npf.irr(flows), abs=1e-7)
    two = call("calc.irr", cash_flows=[-100, 230, -132])  # NPV = 0 at 10% and at 20%
    assert two["value"] == pytest.approx(0.1, abs=1e-7) and two["details"]["all_rates"] == pytest.approx([0.1, 0.2])


def test_bond_price_and_yield_by_hand_and_numpy_financial() -> None:
    par = call("calc.bond_price", face_value=1_000, coupon_rate=0.05, years_to_maturity=10, yield_to_maturity=0.05)
    assert par["value"] == pytest.approx(1_000, abs=1e-6) and "(par)" in par["explanation"]
    price = call("calc.bond_price", face_value=1_000, coupon_rate=0.04, years_to_maturity=5, yield_to_maturity=0.06)
    assert price["value"] == pytest.approx(npf.pv(0.03, 10, -20, -1_000), abs=1e-4)  # 914.6980
    ytm = call("calc.bond_yield", price=price["value"], face_value=1_000, coupon_rate=0.04, years_to_maturity=5)
    assert ytm["value"] == pytest.approx(0.06, abs=1e-6)


def test_portfolio_return_and_volatility_by_hand() -> None:
    a, b = [0.01, 0.02, -0.01, 0.03], [0.00, 0.01, 0.02, -0.01]
    result = call("calc.portfolio_return_volatility", weights=[0.6, 0.4], returns=[a, b], periods_per_year=12)
    w = np.array([0.6, 0.4])
    expected_vol = math.sqrt(12 * w @ np.cov([a, b], ddof=1) @ w)
    assert result["value"] == pytest.approx(12 * (0.6 * np.mean(a) + 0.4 * np.mean(b)))
    assert result["details"]["volatility"] == pytest.approx(expected_vol, abs=1e-8)


# -------------------------------------------------------------------------------------- official tables, retirement
def test_federal_tax_by_hand_from_the_cited_tables() -> None:
    # 2024 single, 100,000 taxable: 10% of 11,600 + 12% of 35,550 + 22% of 52,850 = 1,160 + 4,266 + 11,627 = 17,053
    single = call("calc.us_federal_income_tax", taxable_income=100_000, filing_status="single", year=2024)
    assert single["value"] == 17_053.00 and single["details"]["marginal_rate"] == 0.22
    assert "2023-34" in single["source"] and single["as_of"] == "2024-01-01"
    # 2025 married filing jointly, 250,000: 2,385 + 8,772 + 22% of 109,750 (24,145) + 24% of 43,300 (10,392) = 45,694
    joint = call("calc.us_federal_income_tax", taxable_income=250_000, filing_status="married_filing_jointly")
    assert joint["value"] == 45_694.00 and joint["details"]["marginal_rate"] == 0.24
    assert call("calc.us_federal_income_tax", taxable_income=0)["value"] == 0


def test_required_minimum_distribution_uses_the_uniform_lifetime_table() -> None:
    assert call("calc.required_minimum_distribution", account_balance=500_000, age=75)["value"] == \
        round(500_000 / 24.6, 2)
    assert call("calc.required_minimum_distribution", account_balance=500_000, age=73,
                birth_year=1962)["value"] == 0  # SECURE 2.0: born 1960+ starts at 75
    assert call("calc.required_minimum_distribution", account_balance=100_000, age=125)["inputs"]["period"] == 2.0


def test_retirement_projection_by_hand() -> None:
    result = call("calc.retirement_projection", current_savings=10_000, annual_contribution=1_000,
                  annual_return=0.05, years=2, inflation=0.02)
    assert result["value"] == pytest.approx((10_000 * 1.05 + 1_000) * 1.05 + 1_000, abs=0.005)
    assert result["details"]["real_value"] == pytest.approx(result["value"] / 1.02**2, abs=0.01)


# ------------------------------------------------------------------------------------------------------ bad input
@pytest.mark.parametrize(("name", "arguments", "kind"), [
    ("calc.loan_payment", {"principal": -5, "annual_rate": 0.05, "years": 10}, "invalid_arguments"),
    ("calc.loan_payment", {"principal": 1000, "annual_rate": 0.05, "years": 0.01}, "invalid_input"),
    ("calc.periods_to_payoff", {"principal": 100_000, "annual_rate": 0.12, "payment": 500}, "invalid_input"),
    ("calc.irr", {"cash_flows": [100, 200]}, "invalid_input"),
    ("calc.portfolio_return_volatility", {"weights": [0.5, 0.6], "returns": [[0.1, 0.2], [0.0, 0.1]]},
     "invalid_input"),
    ("calc.us_federal_income_tax", {"taxable_income": 1000, "year": 2019}, "invalid_arguments"),
    ("calc.no_such_tool", {}, "unknown_tool"),
])
def test_bad_input_is_a_structured_tool_error(name: str, arguments: dict[str, Any], kind: str) -> None:
    err = error(name, **arguments)
    assert err["type"] == kind and err["message"]


# --------------------------------------------------------------------------------------------------- schemas
def test_every_tool_schema_is_valid_and_accepted_by_the_gateway() -> None:
    assert len(REGISTRY) >= 15
    tools = REGISTRY.schemas()
    for tool in tools:
        Draft202012Validator.check_schema(tool["function"]["parameters"])
        namespace = tool["function"]["name"].split(".")[0]
        assert tool["function"]["description"] and namespace in ("calc", "yfinance", "openbb", "financetoolkit")
    request = ChatCompletionRequest.model_validate({"model": "m", "messages": [{"role": "user", "content": "hi"}],
                                                    "tools": tools})
    assert len(request.tools or []) == len(tools)


def test_direct_calls_equal_registry_calls() -> None:
    direct = invest.npv(0.05, [-100, 60, 60]).model_dump(mode="json")
    assert direct == call("calc.npv", rate=0.05, cash_flows=[-100, 60, 60])
    assert tvm.loan_payment(1000, 0.1, 1).value == call("calc.loan_payment", principal=1000, annual_rate=0.1,
                                                        years=1)["value"]
    assert tax_retirement.us_federal_income_tax(50_000).value > 0
