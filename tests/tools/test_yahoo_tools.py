"""The ``yfinance.*`` tools on the shipped offline snapshot, through the registry (the agent's path); the live
provider, unreachable in tests, fails with its own error type."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tools.registry import default_registry

REGISTRY = default_registry()


def invoke(name: str, **arguments: Any) -> tuple[bool, Any]:
    result = asyncio.run(REGISTRY.invoke(name, arguments, timeout=30))
    return result.ok, result.result if result.ok else result.error


def test_quote_history_statement_profile_dividends_from_the_snapshot() -> None:
    ok, quote = invoke("yfinance.quote", symbol="aapl")
    assert ok and quote["symbol"] == "AAPL" and quote["source"] == "snapshot:yfinance" and quote["as_of"]
    ok, bars = invoke("yfinance.history", symbol="AAPL", start="2024-03-01", end="2024-04-01", interval="1wk")
    assert ok and 4 <= len(bars["bars"]) <= 5 and bars["bars"][0]["date"] >= "2024-03-01"
    ok, income = invoke("yfinance.statement", symbol="AAPL", kind="income")
    assert ok and income["period_ends"][0] == "2025-09-30" and "TotalRevenue" in income["items"]
    ok, profile = invoke("yfinance.profile", symbol="AAPL")
    assert ok and profile["sector"] == "Technology"
    ok, events = invoke("yfinance.dividends", symbol="AAPL")
    assert ok and events["dividends"] and events["as_of"]
    ok, stats = invoke("yfinance.key_stats", symbol="AAPL")  # Yahoo's recorded figures, as recorded
    assert ok and stats["trailing_pe"] == pytest.approx(36.40118) and stats["peg_ratio"] == pytest.approx(2.7695)
    assert stats["beta"] == pytest.approx(1.107) and stats["source"] == "snapshot:yfinance"


def test_the_financetoolkit_dataset_tickers_are_offline_too() -> None:
    ok, income = invoke("yfinance.statement", symbol="MSFT", kind="income")  # MSFT's 10-K, FY ends 30 June
    assert ok and income["period_ends"][0] == "2023-06-30" and income["items"]["Revenue"][0] == 211_915_000_000
    ok, quote = invoke("yfinance.quote", symbol="SPY")
    assert ok and quote["as_of"] == "2022-12-30" and quote["source"] == "snapshot:financetoolkit-dataset"
    ok, error = invoke("yfinance.statement", symbol="SPY")  # an ETF has no statements: said, not an empty table
    assert not ok and "has no income-annual" in error["message"]


def test_a_statement_can_be_cut_to_the_line_items_asked_for() -> None:
    ok, full = invoke("yfinance.statement", symbol="AAPL", kind="income")
    ok2, cut = invoke("yfinance.statement", symbol="AAPL", kind="income", items=["total revenue", "NetIncome"])
    assert ok and ok2 and list(cut["items"]) == ["TotalRevenue", "NetIncome"]
    assert cut["items"]["NetIncome"] == full["items"]["NetIncome"] and cut["period_ends"] == full["period_ends"]
    ok, error = invoke("yfinance.statement", symbol="AAPL", kind="income", items=["NetIncom"])
    assert not ok and error["type"] == "invalid_input" and "closest: NetIncome" in error["message"], error


@pytest.mark.parametrize(("name", "arguments", "kind", "words"), [
    ("yfinance.quote", {"symbol": "ZZZZ"}, "invalid_input", "no offline data for ZZZZ"),
    ("yfinance.quote", {"symbol": "AAPL; DROP"}, "invalid_input", "not a ticker symbol"),
    ("yfinance.history", {"symbol": "AAPL", "start": "2099-01-01"}, "invalid_input", "in the future"),
    ("yfinance.history", {"symbol": "AAPL", "period": "7y"}, "invalid_arguments", "period"),
    ("yfinance.history", {"symbol": "AAPL", "interval": "1h"}, "invalid_arguments", "interval"),
    ("yfinance.history", {"symbol": "AAPL", "start": "2024-02-01", "end": "2024-01-01"}, "invalid_input",
     "must be after"),
    ("yfinance.statement", {"symbol": "AAPL", "kind": "cash_flow", "period": "quarterly"}, "invalid_input",
     "has no cash_flow-quarterly"),
])
def test_bad_input_is_a_tool_error_the_model_can_read(name: str, arguments: dict[str, Any], kind: str,
                                                      words: str) -> None:
    ok, error = invoke(name, **arguments)
    assert not ok and error["type"] == kind and words in error["message"], error


def test_the_live_provider_down_is_a_distinct_error() -> None:
    ok, error = invoke("yfinance.quote", symbol="AAPL", provider="live")  # no network in tests
    assert not ok and error["type"] == "provider_unavailable"
