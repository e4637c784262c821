"""The ``openbb.*`` tools: real OpenBB commands (openbb-core's CommandRunner on the openbb-equity routes) served by
our ``elson`` provider extension over the offline snapshot, through the registry's invoke path. Values must equal
the snapshot's; errors must come back as our error types; importing the tools must not import OpenBB."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import date, timedelta
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from tools.errors import ProviderUnavailable
from tools.openbb_tools import register_openbb_tools
from tools.providers.base import PriceBar, PriceHistory
from tools.providers.snapshot import SnapshotProvider
from tools.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
SNAP = SnapshotProvider()


@pytest.fixture(scope="module")
def registry() -> Registry:
    reg = Registry()
    register_openbb_tools(reg)
    return reg


def invoke(registry: Registry, name: str, **arguments: Any) -> tuple[bool, Any]:
    result = asyncio.run(registry.invoke(name, arguments, timeout=60))
    return result.ok, result.result if result.ok else result.error


def test_the_elson_provider_is_an_openbb_provider_extension() -> None:
    (ep,) = [e for e in entry_points(group="openbb_provider_extension") if e.name == "elson"]
    assert ep.value == "tools.openbb_ext:elson_provider"
    provider = ep.load()
    from openbb_core.provider.abstract.provider import Provider

    assert isinstance(provider, Provider) and provider.name == "elson"
    assert {"EquityQuote", "EquityHistorical", "IncomeStatement", "BalanceSheet", "CashFlowStatement",
            "EquityInfo"} <= set(provider.fetcher_dict)


def test_quote_equals_the_snapshot(registry: Registry) -> None:
    snap = SNAP.quote("AAPL")
    ok, quote = invoke(registry, "openbb.quote", symbol="aapl")
    assert ok, quote
    assert quote["symbol"] == "AAPL" and quote["price"] == snap.price and quote["previous_close"] == snap.previous_close
    assert quote["market_cap"] == snap.market_cap and quote["volume"] == snap.volume
    assert quote["change_percent"] == pytest.approx(snap.change_percent / 100)  # OpenBB's fraction convention
    assert quote["source"] == f"openbb:{snap.source}" == "openbb:snapshot:yfinance"
    assert quote["as_of"].replace("Z", "+00:00") == snap.as_of.isoformat()


def test_historical_default_window_ends_on_the_snapshots_last_close(registry: Registry) -> None:
    snap = SNAP.history("AAPL", period="1y")
    ok, hist = invoke(registry, "openbb.historical", symbol="AAPL")
    assert ok, hist
    assert hist["bars"][-1]["close"] == snap.bars[-1].close and hist["bars"][-1]["date"] == str(snap.bars[-1].date)
    assert len(hist["bars"]) == len(snap.bars) and hist["bars"][0]["date"] == str(snap.bars[0].date)
    assert hist["source"] == "openbb:snapshot:yfinance" and hist["as_of"] == str(snap.as_of)


def test_historical_range_is_inclusive_and_resamples(registry: Registry) -> None:
    start, end = date(2025, 1, 6), date(2025, 3, 28)
    daily = SNAP.history("AAPL", start=start, end=end + timedelta(days=1))
    ok, hist = invoke(registry, "openbb.historical", symbol="AAPL", start=str(start), end=str(end))
    assert ok and [b["close"] for b in hist["bars"]] == [b.close for b in daily.bars]
    assert hist["bars"][-1]["date"] == str(end)  # a trading day: the end date is included
    weekly = SNAP.history("AAPL", start=start, end=end + timedelta(days=1), interval="1wk")
    ok, hist = invoke(registry, "openbb.historical", symbol="AAPL", start=str(start), end=str(end), interval="1wk")
    assert ok and hist["interval"] == "1wk"
    assert [(b["date"], b["close"], b["volume"]) for b in hist["bars"]] == [
        (str(b.date), b.close, b.volume) for b in weekly.bars]


@pytest.mark.parametrize(("statement", "kind", "ours", "theirs"), [
    ("income", "income", "TotalRevenue", "total_revenue"),
    ("balance", "balance", "TotalAssets", "total_assets"),
    ("cash_flow", "cash_flow", "FreeCashFlow", "free_cash_flow"),
])
def test_fundamentals_equal_the_snapshot_statement(registry: Registry, statement: str, kind: Any, ours: str,
                                                   theirs: str) -> None:
    snap = SNAP.statement("AAPL", kind, "annual")
    ok, fund = invoke(registry, "openbb.fundamentals", symbol="AAPL", statement=statement, limit=2)
    assert ok, fund
    assert len(fund["periods"]) == 2 and fund["statement"] == statement and fund["period"] == "annual"
    fy2025, fy2024 = fund["periods"]
    assert fy2025["period_ending"] == "2025-09-30" and fy2025["fiscal_year"] == 2025 and fy2025["fiscal_period"] == "FY"
    assert fy2025["items"][theirs] == snap.items[ours][0] and fy2024["items"][theirs] == snap.items[ours][1]
    assert fund["source"] == "openbb:snapshot:yfinance" and fund["as_of"] == str(snap.as_of)


def test_fy2025_revenue_and_default_limit(registry: Registry) -> None:
    ok, fund = invoke(registry, "openbb.fundamentals", symbol="AAPL")
    assert ok and len(fund["periods"]) == len(SNAP.statement("AAPL", "income").period_ends)
    assert fund["periods"][0]["items"]["total_revenue"] == 416_161_000_000


def test_profile_equals_the_snapshot(registry: Registry) -> None:
    snap = SNAP.profile("AAPL")
    ok, prof = invoke(registry, "openbb.profile", symbol="AAPL")
    assert ok, prof
    assert (prof["name"], prof["sector"], prof["industry"], prof["employees"], prof["exchange"]) == (
        snap.name, snap.sector, snap.industry, snap.employees, snap.exchange)
    assert prof["summary"] == snap.summary and prof["source"] == "openbb:snapshot:yfinance"


@pytest.mark.parametrize(("name", "arguments"), [
    ("openbb.quote", {}), ("openbb.historical", {}), ("openbb.fundamentals", {}), ("openbb.profile", {}),
    ("openbb.fundamentals", {"statement": "balance", "period": "quarterly"}),
])
def test_unknown_ticker_is_invalid_input(registry: Registry, name: str, arguments: dict[str, Any]) -> None:
    ok, error = invoke(registry, name, symbol="ZZZZ", **arguments)
    assert not ok and error["type"] == "invalid_input" and "ZZZZ" in error["message"], error
    assert "Traceback" not in error["message"]


@pytest.mark.parametrize(("name", "arguments", "words"), [
    ("openbb.fundamentals", {"symbol": "AAPL", "period": "quarterly"}, "has no income-quarterly"),
    ("openbb.historical", {"symbol": "AAPL", "start": "2025-03-01", "end": "2025-02-01"}, "before start"),
    ("openbb.historical", {"symbol": "AAPL", "start": "2099-01-01"}, "in the future"),
    ("openbb.historical", {"symbol": "AAPL", "start": "2020-01-01", "end": "2020-02-01"}, "no bars"),
    ("openbb.quote", {"symbol": "AAPL; DROP"}, "not a ticker symbol"),
])
def test_bad_requests_are_invalid_input(registry: Registry, name: str, arguments: dict[str, Any],
                                        words: str) -> None:
    ok, error = invoke(registry, name, **arguments)
    assert not ok and error["type"] == "invalid_input" and words in error["message"], error


class _FakeProvider:
    """Stands in for the data provider behind the OpenBB fetchers."""

    name = "fake"

    def __init__(self, failure: Exception | None = None) -> None:
        self.failure = failure
        self.calls: list[str] = []

    def quote(self, symbol: str) -> Any:
        self.calls.append(symbol)
        assert self.failure is not None
        raise self.failure

    def history(self, symbol: str, **_: Any) -> PriceHistory:
        bar = PriceBar(date=date(2025, 1, 2), open=None, high=None, low=None, close=None, adj_close=None, volume=1)
        return PriceHistory(symbol=symbol, interval="1d", bars=[bar], source="fake", as_of=date(2025, 1, 2))


@pytest.mark.parametrize("failure", [ProviderUnavailable("Yahoo Finance is unreachable"),
                                     ConnectionError("connection reset")])
def test_an_outage_is_provider_unavailable(registry: Registry, monkeypatch: pytest.MonkeyPatch,
                                           failure: Exception) -> None:
    fake = _FakeProvider(failure)
    chosen: list[str | None] = []
    monkeypatch.setattr("tools.yahoo_tools.get_provider", lambda name=None: chosen.append(name) or fake)
    ok, error = invoke(registry, "openbb.quote", symbol="AAPL", provider="live")
    assert not ok and error["type"] == "provider_unavailable" and fake.calls == ["AAPL"], error
    assert chosen == ["live"]  # the provider choice travels through OpenBB's extra params to our fetcher
    assert "unreachable" in error["message"] or "connection reset" in error["message"]


def test_an_empty_table_is_not_success(registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tools.yahoo_tools.get_provider", lambda name=None: _FakeProvider())
    ok, error = invoke(registry, "openbb.historical", symbol="AAPL")  # only incomplete bars → OpenBB EmptyDataError
    assert not ok and error["type"] == "invalid_input" and "no complete price bars" in error["message"], error


def test_calls_go_through_openbbs_query_executor(registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    from openbb_core.provider.query_executor import QueryExecutor

    seen: list[tuple[str, str]] = []
    real = QueryExecutor.execute

    async def spy(self: QueryExecutor, provider_name: str, model_name: str, *args: Any, **kwargs: Any) -> Any:
        seen.append((provider_name, model_name))
        return await real(self, provider_name, model_name, *args, **kwargs)

    monkeypatch.setattr(QueryExecutor, "execute", spy)
    assert invoke(registry, "openbb.quote", symbol="AAPL")[0]
    assert invoke(registry, "openbb.fundamentals", symbol="AAPL", statement="cash_flow")[0]
    assert seen == [("elson", "EquityQuote"), ("elson", "CashFlowStatement")]


def test_importing_and_registering_does_not_import_openbb() -> None:
    code = ("import json, sys\n"
            "import tools.openbb_tools as t\n"
            "from tools.registry import Registry\n"
            "reg = Registry(); t.register_openbb_tools(reg)\n"
            "print(json.dumps({'tools': sorted(x.name for x in reg),\n"
            "                  'openbb': sorted(m for m in sys.modules if m.startswith('openbb'))}))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["tools"] == ["openbb.fundamentals", "openbb.historical", "openbb.profile", "openbb.quote"]
    assert report["openbb"] == []


def test_a_call_never_imports_the_generated_openbb_package(registry: Registry) -> None:
    assert invoke(registry, "openbb.quote", symbol="AAPL")[0]
    assert "openbb_core" in sys.modules  # it did run on OpenBB...
    assert "openbb" not in sys.modules  # ...without `import openbb`, whose auto-build would write site-packages
