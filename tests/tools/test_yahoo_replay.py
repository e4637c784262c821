"""The Yahoo Finance replay fake: recorded AAPL responses go through yfinance's real parsing and give the figures
documented in /work/shared/fixtures/README.md, and anything not recorded fails loudly instead of reaching the network.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import NoReturn

import curl_cffi
import pandas as pd
import pytest
import yfinance.data

from tests.fakes.yahoo import FIXTURES, MOCK_CRUMB, YahooReplay, replay_ticker

HISTORICAL = "test_y_finance_equity_historical_fetcher_curl.yaml"
INCOME = "test_y_finance_income_statement_fetcher_curl.yaml"
BALANCE = "test_y_finance_balance_sheet_fetcher_curl.yaml"
CASH_FLOW = "test_y_finance_cash_flow_statement_fetcher_curl.yaml"
PROFILE = "test_y_finance_equity_profile_fetcher_curl.yaml"
SHARE_STATS = "test_y_finance_share_statistics_fetcher_curl.yaml"
FISCAL_YEAR_ENDS = [pd.Timestamp(f"{year}-09-30") for year in range(2025, 2020, -1)]

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning", "ignore::pandas.errors.Pandas4Warning")


def test_fixtures_folder_is_the_shared_one() -> None:
    assert FIXTURES.parts[-3:] == ("shared", "fixtures", "yahoo_cassettes")  # /work/shared/..., beside the checkout
    assert (FIXTURES / HISTORICAL).is_file()


def test_history_replays_746_daily_bars_with_12_dividends(tmp_path: Path) -> None:
    ticker = replay_ticker("AAPL", HISTORICAL, tz_cache=tmp_path)
    bars = ticker.history(start="2023-01-01", end="2025-12-23", auto_adjust=False)
    assert len(bars) == 746
    assert bars.index[0].strftime("%Y-%m-%d") == "2023-01-03"
    assert bars.index[-1].strftime("%Y-%m-%d") == "2025-12-22"
    dividends = bars["Dividends"][bars["Dividends"] != 0]
    assert len(dividends) == 12
    assert dividends.between(0.23, 0.26).all()
    assert (bars["Stock Splits"] == 0).all()
    assert {"Open", "High", "Low", "Close", "Adj Close", "Volume"} <= set(bars.columns)
    assert ticker.session.unmatched == []


@pytest.mark.parametrize(
    ("cassette", "method", "rows"),
    [(INCOME, "get_income_stmt", 39), (BALANCE, "get_balance_sheet", 69), (CASH_FLOW, "get_cashflow", 53)],
)
def test_statements_have_the_recorded_rows_for_five_fiscal_years(
    tmp_path: Path, cassette: str, method: str, rows: int
) -> None:
    ticker = replay_ticker("AAPL", cassette, tz_cache=tmp_path)
    statement = getattr(ticker, method)()
    assert statement.shape == (rows, 5)
    assert list(statement.columns) == FISCAL_YEAR_ENDS
    assert ticker.session.unmatched == []


def test_income_statement_total_revenue(tmp_path: Path) -> None:
    income = replay_ticker("AAPL", INCOME, tz_cache=tmp_path).get_income_stmt()
    revenue = income.loc["TotalRevenue"]
    assert revenue[pd.Timestamp("2023-09-30")] == 383_285_000_000
    assert revenue[pd.Timestamp("2022-09-30")] == 394_328_000_000


def test_timeseries_matches_by_type_whatever_the_chunking(tmp_path: Path) -> None:
    ticker = replay_ticker("AAPL", BALANCE, tz_cache=tmp_path)
    ticker._data.fundamentals_use_chunked = True  # yfinance's fallback: key lists of 60, unlike the recording
    try:
        balance = ticker.get_balance_sheet()
    finally:
        ticker._data.fundamentals_use_chunked = False
    timeseries_calls = [url for _, url in ticker.session.calls if "fundamentals-timeseries" in url]
    assert len(timeseries_calls) == 3
    assert balance.shape == (69, 5)


def test_info_from_equity_profile(tmp_path: Path) -> None:
    ticker = replay_ticker("AAPL", PROFILE, tz_cache=tmp_path)
    info = ticker.info
    assert info["symbol"] == "AAPL"
    assert info["trailingPegRatio"] == pytest.approx(2.7695)
    assert len(info) == 182
    assert ticker.session.unmatched == []


def test_holders_merge_quote_summary_modules_across_cassettes(tmp_path: Path) -> None:
    ticker = replay_ticker("AAPL", SHARE_STATS, PROFILE, tz_cache=tmp_path)
    assert ticker.info["trailingPegRatio"] == pytest.approx(2.7695)
    assert not ticker.major_holders.empty
    assert not ticker.institutional_holders.empty
    assert ticker.session.unmatched == []


def test_unrecorded_ticker_raises_instead_of_reaching_the_network(tmp_path: Path) -> None:
    ticker = replay_ticker("MSFT", HISTORICAL, tz_cache=tmp_path)
    with pytest.raises(AssertionError, match=r"^unmatched GET https://query\d\.finance\.yahoo\.com/.*/MSFT"):
        ticker.history(start="2023-01-01", end="2025-12-23", auto_adjust=False, raise_errors=True)
    # yfinance swallows the failed timezone lookup (chart) and tries quoteSummary, which raises in turn: the
    # session's record shows both, in order.
    assert [url.split("?")[0] for _, url in ticker.session.unmatched] == [
        "https://query2.finance.yahoo.com/v8/finance/chart/MSFT",
        "https://query2.finance.yahoo.com/v10/finance/quoteSummary/MSFT",
    ]


def test_session_is_strict_about_paths_methods_and_modules() -> None:
    session = YahooReplay(HISTORICAL, PROFILE)
    assert session.get("https://fc.yahoo.com").status_code == 200
    assert session.get("https://query2.finance.yahoo.com/v1/test/getcrumb").text == MOCK_CRUMB
    with pytest.raises(AssertionError, match=r"^unmatched GET https://query1\.finance\.yahoo\.com/v1/finance/search"):
        session.get("https://query1.finance.yahoo.com/v1/finance/search", params={"q": "AAPL"})
    with pytest.raises(AssertionError, match=r"^unmatched POST "):
        session.post("https://query2.finance.yahoo.com/v8/finance/chart/AAPL")
    with pytest.raises(AssertionError, match="unmatched GET"):  # module not recorded in equity_profile
        session.get("https://query2.finance.yahoo.com/v10/finance/quoteSummary/AAPL", params={"modules": "esgScores"})
    with pytest.raises(AssertionError, match="unmatched GET"):  # series type not recorded
        session.get("https://query1.finance.yahoo.com/ws/fundamentals-timeseries/v1/finance/timeseries/AAPL"
                    "?symbol=AAPL&type=annualTotalRevenue")
    assert len(session.unmatched) == 4


def test_responses_are_plain_json_served_in_order_and_repeated() -> None:
    session = YahooReplay(HISTORICAL)
    first = session.get("https://query2.finance.yahoo.com/v8/finance/chart/AAPL", params={"interval": "1d"})
    again = session.get("https://query1.finance.yahoo.com/v8/finance/chart/AAPL")  # host is ignored
    assert first.ok and first.status_code == 200
    first.raise_for_status()
    assert "content-encoding" not in first.headers
    assert first.url.endswith("/v8/finance/chart/AAPL?interval=1d")
    assert first.content == again.content
    assert len(first.json()["chart"]["result"][0]["timestamp"]) == 746


def test_replay_ticker_clears_yfinance_memoised_gets(tmp_path: Path) -> None:
    replay_ticker("AAPL", INCOME, tz_cache=tmp_path).get_income_stmt()
    assert yfinance.data.YfData.cache_get.cache_info().currsize > 0
    replay_ticker("AAPL", INCOME, tz_cache=tmp_path)
    assert yfinance.data.YfData.cache_get.cache_info().currsize == 0


def test_replay_opens_no_socket_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError(f"socket use: {args!r}")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # libcurl opens its sockets in C, past conftest's Python-level guard: block curl_cffi's transfers too.
    monkeypatch.setattr(curl_cffi.Curl, "perform", refuse)
    ticker = replay_ticker("AAPL", HISTORICAL, INCOME, PROFILE, tz_cache=tmp_path)
    assert len(ticker.history(start="2023-01-01", end="2025-12-23", auto_adjust=False)) == 746
    assert len(ticker.get_income_stmt()) == 39
    assert ticker.info["trailingPegRatio"] == pytest.approx(2.7695)
    assert ticker.session.unmatched == []
