"""The ``financetoolkit.*`` tools on the shipped offline snapshot, through the registry's invoke path.

Ratios are checked against figures computed here by hand from FinanceToolkit's own test datasets
(``/work/shared/fixtures/financetoolkit``, read, never copied) and from the snapshot's Yahoo-named AAPL statements;
risk measures against numpy on the snapshot's prices. FinanceToolkit turns many failures into a log line and an
empty result, so a refused download could pass unnoticed: every connection the conftest guard refuses during this
module is recorded, and each result is checked to have caused none.
"""

from __future__ import annotations

import asyncio
import csv
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tools.ftk_tools import register_ftk_tools
from tools.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
FTK_FIXTURES = ROOT.parent / "shared" / "fixtures" / "financetoolkit"
SNAPSHOT = ROOT / "tools" / "data" / "snapshot"
YEARS = ("2020", "2021", "2022", "2023")
REFUSED: list[str] = []  # what the conftest guard refused while this module ran


@pytest.fixture(scope="module", autouse=True)
def _record_refused_connections() -> Iterator[None]:
    """Wrap the guarded socket and curl entry points so that every refusal is recorded, not just raised."""
    from curl_cffi.curl import Curl

    def recording(name: str, guarded: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return guarded(*args, **kwargs)
            except RuntimeError as exc:  # the conftest's NetworkAccessError
                REFUSED.append(f"{name}: {exc}")
                raise
        return call

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket, "getaddrinfo", recording("getaddrinfo", socket.getaddrinfo))
        mp.setattr(socket.socket, "connect", recording("connect", socket.socket.connect))
        mp.setattr(Curl, "perform", recording("curl", Curl.perform))
        yield


@pytest.fixture(scope="module")
def registry() -> Registry:
    registry = Registry()
    register_ftk_tools(registry)
    return registry


def invoke(registry: Registry, name: str, **arguments: Any) -> tuple[bool, Any]:
    before = len(REFUSED)
    result = asyncio.run(registry.invoke(name, arguments, timeout=120))
    assert REFUSED[before:] == [], f"{name} tried to reach the network"
    return result.ok, result.result if result.ok else result.error


def ok(registry: Registry, name: str, **arguments: Any) -> dict[str, Any]:
    success, payload = invoke(registry, name, **arguments)
    assert success, payload
    return payload


def fixture_items(statement: str, ticker: str) -> dict[str, dict[str, float]]:
    """FinanceToolkit's dataset (10-K figures): item → fiscal year → value."""
    with (FTK_FIXTURES / f"{statement}.csv").open(newline="") as fh:
        return {row["item"]: {y: float(row[y]) for y in YEARS} for row in csv.DictReader(fh) if row["ticker"] == ticker}


def snapshot_items(symbol: str, kind: str) -> dict[str, dict[str, float | None]]:
    """The snapshot's statement: item → fiscal-year-end year → value."""
    data = json.loads((SNAPSHOT / symbol / f"{kind}-annual.json").read_text())
    years = [end[:4] for end in data["period_ends"]]
    return {item: dict(zip(years, values, strict=True)) for item, values in data["items"].items()}


def adj_closes(symbol: str) -> dict[str, float]:
    with (SNAPSHOT / symbol / "history.csv").open(newline="") as fh:
        return {row["date"]: float(row["adj_close"]) for row in csv.DictReader(fh)}


def assert_values(got: dict[str, float | None], want: dict[str, float | None]) -> None:
    """Equal to 1e-5 relative (results keep 6 significant digits); ``None`` where no value is expected."""
    assert set(want) <= set(got), (got, want)
    for period, value in want.items():
        if value is None:
            assert got[period] is None, (period, got)
        else:
            assert got[period] == pytest.approx(value, rel=1e-5), (period, got[period], value)


# --- shared results (one FinanceToolkit run each) ---------------------------------------------------------------

@pytest.fixture(scope="module")
def msft(registry: Registry) -> dict[str, dict[str, Any]]:
    return {group: ok(registry, "financetoolkit.ratios", symbol="MSFT", group=group)
            for group in ("profitability", "liquidity", "solvency", "valuation")}


@pytest.fixture(scope="module")
def aapl(registry: Registry) -> dict[str, dict[str, Any]]:
    return {group: ok(registry, "financetoolkit.ratios", symbol="aapl", group=group)
            for group in ("profitability", "liquidity")}


@pytest.fixture(scope="module")
def msft_risk(registry: Registry) -> dict[str, Any]:
    return ok(registry, "financetoolkit.risk", symbol="MSFT", benchmark="SPY", start="2020-01-01", end="2022-12-31")


# --- ratios -------------------------------------------------------------------------------------------------------

def test_msft_ratios_equal_the_hand_computed_ones(msft: dict[str, dict[str, Any]]) -> None:
    inc, bal = fixture_items("income", "MSFT"), fixture_items("balance", "MSFT")
    rev, ni = inc["Revenue"], inc["Net Income"]

    def average(item: str, y: str) -> float | None:  # FinanceToolkit averages the year-end and the one before
        return None if y == YEARS[0] else (bal[item][y] + bal[item][str(int(y) - 1)]) / 2

    hand: dict[tuple[str, str], dict[str, float | None]] = {
        ("profitability", "Gross Margin"): {y: (rev[y] - inc["Cost of Goods Sold"][y]) / rev[y] for y in YEARS},
        ("profitability", "Operating Margin"): {y: inc["Operating Income"][y] / rev[y] for y in YEARS},
        ("profitability", "Net Profit Margin"): {y: ni[y] / rev[y] for y in YEARS},
        ("profitability", "Return on Assets"): {y: (a := average("Total Assets", y)) and ni[y] / a for y in YEARS},
        ("profitability", "Return on Equity"): {y: (e := average("Total Equity", y)) and ni[y] / e for y in YEARS},
        ("liquidity", "Current Ratio"): {y: bal["Total Current Assets"][y] / bal["Total Current Liabilities"][y]
                                         for y in YEARS},
        ("liquidity", "Quick Ratio"): {y: (bal["Cash and Cash Equivalents"][y] + bal["Short Term Investments"][y]
                                           + bal["Accounts Receivable"][y]) / bal["Total Current Liabilities"][y]
                                       for y in YEARS},
        ("solvency", "Debt-to-Equity Ratio"): {y: bal["Total Debt"][y] / bal["Total Equity"][y] for y in YEARS},
    }
    for (group, ratio), want in hand.items():
        assert_values(msft[group]["values"][ratio], want)
    assert hand[("profitability", "Gross Margin")]["2023"] == pytest.approx(0.689201, abs=1e-6)  # 146,052 / 211,915
    assert hand[("liquidity", "Current Ratio")]["2023"] == pytest.approx(1.769167, abs=1e-6)


def test_ratio_results_carry_provenance_and_period_ends(msft: dict[str, dict[str, Any]]) -> None:
    liquidity = msft["liquidity"]
    assert liquidity["source"] == "financetoolkit on snapshot:financetoolkit-dataset"
    assert liquidity["as_of"] == "2023-06-30" and liquidity["symbol"] == "MSFT"
    assert liquidity["periods"] == list(YEARS)
    assert liquidity["period_ends"] == {y: f"{y}-06-30" for y in YEARS}  # Microsoft's fiscal year ends 30 June
    for result in msft.values():
        values = [v for row in result["values"].values() for v in row.values()]
        assert all(v is None or np.isfinite(v) for v in values) and any(v is not None for v in values)


def test_valuation_uses_the_snapshot_prices_and_says_where_there_are_none(msft: dict[str, dict[str, Any]]) -> None:
    closes: dict[str, float] = {}
    with (SNAPSHOT / "MSFT" / "history.csv").open(newline="") as fh:
        for row in csv.DictReader(fh):
            closes[row["date"][:4]] = float(row["close"])  # the last close of each calendar year wins
    shares = fixture_items("income", "MSFT")["Weighted Average Shares Diluted"]
    valuation = msft["valuation"]
    # FinanceToolkit: market cap = calendar-year close × diluted shares; no 2023 prices in the snapshot → None.
    assert_values(valuation["values"]["Market Cap"], {"2021": closes["2021"] * shares["2021"],
                                                       "2022": closes["2022"] * shares["2022"], "2023": None})
    assert closes["2022"] == 239.82 and any("2019-12-31 to 2022-12-30" in note for note in valuation["notes"])


def test_aapl_yahoo_names_go_through_financetoolkits_normalization(aapl: dict[str, dict[str, Any]]) -> None:
    inc, bal = snapshot_items("AAPL", "income"), snapshot_items("AAPL", "balance")
    years = ("2022", "2023", "2024", "2025")
    gross = {y: (inc["TotalRevenue"][y] - inc["CostOfRevenue"][y]) / inc["TotalRevenue"][y]  # type: ignore[operator]
             for y in years}
    current = {y: bal["CurrentAssets"][y] / bal["CurrentLiabilities"][y] for y in years}  # type: ignore[operator]
    equity = bal["TotalEquityGrossMinorityInterest"]
    roe_2025 = inc["NetIncome"]["2025"] / ((equity["2025"] + equity["2024"]) / 2)  # type: ignore[operator]
    assert_values(aapl["profitability"]["values"]["Gross Margin"], gross)
    assert_values(aapl["profitability"]["values"]["Return on Equity"], {"2025": roe_2025})
    assert_values(aapl["liquidity"]["values"]["Current Ratio"], current)
    assert aapl["profitability"]["source"] == "financetoolkit on snapshot:yfinance"
    assert aapl["profitability"]["as_of"] == "2025-09-30"
    # The same fiscal years from the 10-K dataset (generic names) give the same ratios.
    ftk_inc, ftk_bal = fixture_items("income", "AAPL"), fixture_items("balance", "AAPL")
    for y in ("2022", "2023"):
        assert gross[y] == pytest.approx((ftk_inc["Revenue"][y] - ftk_inc["Cost of Goods Sold"][y])
                                         / ftk_inc["Revenue"][y])
        assert current[y] == pytest.approx(ftk_bal["Total Current Assets"][y]
                                           / ftk_bal["Total Current Liabilities"][y])


def test_dupont_three_and_five_step(registry: Registry) -> None:
    bal, ni = fixture_items("balance", "MSFT"), fixture_items("income", "MSFT")["Net Income"]
    three = ok(registry, "financetoolkit.dupont", symbol="MSFT")
    five = ok(registry, "financetoolkit.dupont", symbol="MSFT", extended=True)
    roe_2023 = ni["2023"] / ((bal["Total Equity"]["2023"] + bal["Total Equity"]["2022"]) / 2)
    parts = three["values"]
    assert set(parts) == {"Net Profit Margin", "Asset Turnover", "Equity Multiplier", "Return on Equity"}
    assert parts["Return on Equity"]["2023"] == pytest.approx(roe_2023, rel=1e-5)
    assert parts["Net Profit Margin"]["2023"] * parts["Asset Turnover"]["2023"] * parts["Equity Multiplier"][
        "2023"] == pytest.approx(roe_2023, rel=1e-4)
    assert parts["Return on Equity"]["2020"] is None  # no 2019 balance sheet to average with
    assert {"Tax Burden Ratio", "Interest Burden Ratio", "Operating Profit Margin"} <= set(five["values"])
    assert five["values"]["Return on Equity"]["2023"] == pytest.approx(roe_2023, rel=1e-5)
    assert five["analysis"].startswith("extended") and three["source"] == five["source"]


# --- risk ---------------------------------------------------------------------------------------------------------

def test_risk_beta_and_drawdown_equal_numpy_on_the_snapshot_prices(msft_risk: dict[str, Any]) -> None:
    stock, bench = adj_closes("MSFT"), adj_closes("SPY")
    days = sorted(set(stock) & set(bench))  # 2019-12-31 gives the first 2020 return
    p, b = np.array([stock[d] for d in days]), np.array([bench[d] for d in days])
    r, rb, when = p[1:] / p[:-1] - 1, b[1:] / b[:-1] - 1, np.array([d[:4] for d in days[1:]])
    for year in ("2020", "2021", "2022"):
        k = when == year
        beta = np.cov(r[k], rb[k])[0, 1] / np.var(rb[k], ddof=1)
        assert msft_risk["by_year"]["Beta"][year] == pytest.approx(beta, rel=1e-5)
        assert msft_risk["by_year"]["Volatility"][year] == pytest.approx(r[k].std(ddof=1) * np.sqrt(252), rel=1e-5)
    wealth = p[1:] / p[0]
    drawdown = (wealth / np.maximum(1.0, np.maximum.accumulate(wealth)) - 1).min()
    assert msft_risk["whole_range"]["Maximum Drawdown"] == pytest.approx(drawdown, rel=1e-5)
    assert -0.40 < drawdown < -0.35  # MSFT's 2022 slide


def test_risk_sharpe_is_plausible_and_the_result_says_what_it_used(msft_risk: dict[str, Any]) -> None:
    sharpe = msft_risk["by_year"]["Sharpe Ratio"]
    assert sharpe["2021"] > 1.0 and sharpe["2022"] < 0 and all(-5 < v < 5 for v in sharpe.values())  # +51 %, -28 %
    sortino = msft_risk["by_year"]["Sortino Ratio"]
    assert all(np.sign(sortino[y]) == np.sign(sharpe[y]) for y in sharpe)
    assert msft_risk["whole_range"]["Value at Risk (95%, daily)"] < 0
    assert (msft_risk["start"], msft_risk["end"], msft_risk["as_of"]) == ("2020-01-02", "2022-12-30", "2022-12-30")
    assert msft_risk["benchmark"] == "SPY" and msft_risk["risk_free"].startswith("^TNX")
    assert msft_risk["source"] == "financetoolkit on snapshot:financetoolkit-dataset"


def test_risk_without_overlapping_prices_says_which_ranges_exist(registry: Registry) -> None:
    success, error = invoke(registry, "financetoolkit.risk", symbol="AAPL")
    assert not success and error["type"] == "invalid_input"
    assert "2023-01-03 to 2025-12-22" in error["message"] and "SPY" in error["message"]
    assert "2019-12-31 to 2022-12-30" in error["message"]


def test_risk_narrows_to_the_days_the_benchmark_covers(registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    from tools import ftk_tools
    from tools.providers.snapshot import SnapshotProvider

    class ShortBenchmark(SnapshotProvider):
        """The snapshot, with SPY's prices ending on 2021-06-30."""

        def history(self, symbol: str, **kwargs: Any) -> Any:
            if symbol == "SPY" and (kwargs.get("end") is None or kwargs["end"] > date(2021, 7, 1)):
                kwargs["end"] = date(2021, 7, 1)
            return super().history(symbol, **kwargs)

    monkeypatch.setattr(ftk_tools, "get_provider", lambda name=None: ShortBenchmark())
    result = ok(registry, "financetoolkit.risk", symbol="MSFT", start="2020-01-01", end="2022-12-31")
    assert result["end"] == "2021-06-30" and sorted(result["by_year"]["Beta"]) == ["2020", "2021"]
    assert any("window narrowed" in note and "2019-12-31 to 2021-06-30" in note for note in result["notes"])


# --- bad input and network ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "arguments", "kind", "words"), [
    ("financetoolkit.ratios", {"symbol": "ZZZZ", "group": "liquidity"}, "invalid_input", "no offline data for ZZZZ"),
    ("financetoolkit.ratios", {"symbol": "MSFT", "group": "growth"}, "invalid_arguments", "is not one of"),
    ("financetoolkit.ratios", {"symbol": "SPY", "group": "solvency"}, "invalid_input", "lacks income, balance"),
    ("financetoolkit.dupont", {"symbol": "ZZZZ"}, "invalid_input", "no offline data for ZZZZ"),
    ("financetoolkit.risk", {"symbol": "ZZZZ"}, "invalid_input", "no offline data for ZZZZ"),
    ("financetoolkit.risk", {"symbol": "SPY", "benchmark": "spy"}, "invalid_input", "its own benchmark"),
    ("financetoolkit.risk", {"symbol": "MSFT", "start": "2022-06-01", "end": "2022-01-01"}, "invalid_input",
     "must be after"),
    ("financetoolkit.ratios", {"symbol": "US0378331005", "group": "liquidity"}, "invalid_input", "ISIN"),
])
def test_bad_input_is_a_tool_error(registry: Registry, name: str, arguments: dict[str, Any], kind: str,
                                   words: str) -> None:
    success, error = invoke(registry, name, **arguments)
    assert not success and error["type"] == kind and words in error["message"], error


def test_the_guard_would_catch_financetoolkit_fetching(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the Treasury stand-in FinanceToolkit downloads yields: the guard refuses and the record shows it,
    so the empty records of the other tests mean something. (FMP only, through requests: a refused Yahoo download
    would leave yfinance's process-wide state marked for the other test modules.)"""
    import pandas as pd

    from tools.ftk import engine
    from tools.providers.snapshot import SnapshotProvider

    built = engine._toolkit

    def without_treasury(*args: Any, **kwargs: Any) -> Any:
        toolkit = built(*args, **kwargs)
        toolkit._daily_treasury_data = toolkit._daily_risk_free_rate = pd.DataFrame()
        toolkit._api_key, toolkit._enforce_source = "test-key", "FinancialModelingPrep"
        return toolkit

    monkeypatch.setattr(engine, "_toolkit", without_treasury)
    src = SnapshotProvider()
    company = engine.Company(symbol="MSFT", statements={k: src.statement("MSFT", k) for k in
                                                        ("income", "balance", "cash_flow")},
                             bars=src.history("MSFT", period="max").bars)
    before = len(REFUSED)
    with pytest.raises(RuntimeError, match="network"):
        engine.run_table(company, lambda tk: tk.ratios.collect_solvency_ratios())
    assert REFUSED[before:] and all("financialmodelingprep" in r for r in REFUSED[before:]), REFUSED[before:]
    del REFUSED[before:]


# --- registration -------------------------------------------------------------------------------------------------

def test_schemas_describe_every_parameter(registry: Registry) -> None:
    assert [t.name for t in registry] == ["financetoolkit.ratios", "financetoolkit.dupont", "financetoolkit.risk"]
    for tool in registry:
        assert len(tool.description) > 60 and "FinanceToolkit" in tool.description
        assert all(prop.get("description") for prop in tool.parameters["properties"].values()), tool.name
    group = registry.get("financetoolkit.ratios").parameters["properties"]["group"]
    assert group["enum"] == ["profitability", "liquidity", "solvency", "efficiency", "valuation"]


def test_importing_and_registering_loads_neither_financetoolkit_nor_pandas() -> None:
    code = ("import sys, json\n"
            "from tools.registry import Registry\n"
            "from tools.ftk_tools import register_ftk_tools\n"
            "registry = Registry(); register_ftk_tools(registry)\n"
            "print(json.dumps({'tools': len(registry), 'loaded': sorted(m for m in sys.modules if m.split('.')[0] in "
            "('financetoolkit', 'pandas', 'yfinance') or m.startswith('tools.ftk.'))}))\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         check=True)
    assert json.loads(run.stdout.strip().splitlines()[-1]) == {"tools": 3, "loaded": []}
