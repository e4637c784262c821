"""The registry's REST routes: every tool over HTTP, errors as ``{"error": {...}}`` with 4xx, auth applies."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from service.app import create_app
from service.settings import Settings
from tests.fakes.live import serve
from tests.fakes.scripted import ScriptedEngine, say
from tools.registry import default_registry
from tools.routes import route_path

KEY = "sk-tools-test"
AUTH = {"Authorization": f"Bearer {KEY}"}
# One valid call per calculator: the REST answer must equal the agent-loop invoke path's answer.
EXAMPLES: dict[str, dict[str, Any]] = {
    "calc.loan_payment": {"principal": 300_000, "annual_rate": 0.065, "years": 30},
    "calc.compound_growth": {"present_value": 1_000, "annual_rate": 0.05, "years": 10},
    "calc.present_value": {"future_value": 10_000, "annual_rate": 0.05, "years": 10},
    "calc.future_value": {"present_value": 1_000, "annual_rate": 0.05, "years": 10, "payment": 100},
    "calc.periods_to_payoff": {"principal": 10_000, "annual_rate": 0.06, "payment": 300},
    "calc.loan_rate": {"principal": 10_000, "payment": 300, "years": 3},
    "calc.amortization_schedule": {"principal": 10_000, "annual_rate": 0.06, "years": 2},
    "calc.npv": {"rate": 0.08, "cash_flows": [-1_000, 400, 400, 400]},
    "calc.irr": {"cash_flows": [-1_000, 400, 400, 400]},
    "calc.bond_price": {"face_value": 1_000, "coupon_rate": 0.05, "years_to_maturity": 10,
                        "yield_to_maturity": 0.04},
    "calc.bond_yield": {"price": 950, "face_value": 1_000, "coupon_rate": 0.05, "years_to_maturity": 10},
    "calc.portfolio_return_volatility": {"weights": [0.5, 0.5], "returns": [[0.01, 0.02, 0.0], [0.0, 0.01, 0.03]]},
    "calc.us_federal_income_tax": {"taxable_income": 85_000, "filing_status": "head_of_household", "year": 2024},
    "calc.required_minimum_distribution": {"account_balance": 250_000, "age": 80},
    "calc.retirement_projection": {"current_savings": 50_000, "annual_contribution": 6_000,
                                   "annual_return": 0.06, "years": 25},
    "yfinance.quote": {"symbol": "AAPL"},
    "yfinance.history": {"symbol": "AAPL", "period": "1mo"},
    "yfinance.statement": {"symbol": "AAPL", "kind": "balance"},
    "yfinance.profile": {"symbol": "AAPL"},
    "yfinance.dividends": {"symbol": "AAPL"},
    "yfinance.key_stats": {"symbol": "AAPL"},
    "openbb.quote": {"symbol": "AAPL"},
    "openbb.historical": {"symbol": "MSFT", "start": "2022-12-01", "end": "2022-12-30"},
    "openbb.fundamentals": {"symbol": "AAPL", "statement": "income", "limit": 2},
    "openbb.profile": {"symbol": "AAPL"},
    "financetoolkit.ratios": {"symbol": "MSFT", "group": "liquidity"},
    "financetoolkit.dupont": {"symbol": "AAPL"},
    "financetoolkit.risk": {"symbol": "MSFT", "start": "2022-01-01", "end": "2022-12-30"},
}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve(create_app(Settings(api_keys=[KEY]), engine=ScriptedEngine([say("ok")]))) as url:
        yield url


def test_every_tool_has_an_example_and_a_listed_route(base_url: str) -> None:
    listing = httpx.get(f"{base_url}/tools", headers=AUTH).json()["data"]
    assert {t["name"] for t in listing} == set(EXAMPLES)
    assert all(t["route"] == route_path(t["name"]) and t["parameters"]["type"] == "object" for t in listing)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_rest_route_equals_the_agent_invoke_path(base_url: str, name: str) -> None:
    response = httpx.post(base_url + route_path(name), json=EXAMPLES[name], headers=AUTH)
    assert response.status_code == 200, response.text
    invoked = asyncio.run(default_registry().invoke(name, EXAMPLES[name]))
    assert invoked.ok and response.json() == invoked.result
    assert response.json()["source"] and ("formula" in response.json() or response.json()["as_of"])


@pytest.mark.parametrize(("path", "body", "status", "kind"), [
    ("/tools/calc/loan_payment", {"principal": -1, "annual_rate": 0.05, "years": 10}, 422, "invalid_arguments"),
    ("/tools/calc/loan_payment", {"principal": 1, "annual_rate": 0.05, "years": 0.01}, 422, "invalid_input"),
    ("/tools/calc/loan_payment", b"{not json", 422, "invalid_arguments"),
    ("/tools/calc/irr", {"cash_flows": [1, 2]}, 422, "invalid_input"),
])
def test_bad_input_is_a_structured_4xx(base_url: str, path: str, body: Any, status: int, kind: str) -> None:
    kwargs: dict[str, Any] = {"content": body} if isinstance(body, bytes) else {"json": body}
    response = httpx.post(base_url + path, headers=AUTH, **kwargs)
    assert response.status_code == status and response.json()["error"]["type"] == kind
    assert "Traceback" not in response.text


def test_tool_routes_need_the_api_key(base_url: str) -> None:
    assert httpx.get(f"{base_url}/tools").status_code == 401
    response = httpx.post(base_url + "/tools/calc/npv", json=EXAMPLES["calc.npv"])
    assert response.status_code == 401 and response.json()["error"]["type"]
    assert httpx.post(base_url + "/tools/calc/nope", json={}, headers=AUTH).status_code == 404
