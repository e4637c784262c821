"""The live Yahoo provider on real recorded Yahoo responses (``tests/fakes/yahoo.py``): yfinance's own parsing code
runs offline, and our mapping to the wire models is checked against the recorded figures."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.yahoo import replay_ticker
from tools.errors import ProviderUnavailable, ToolInputError
from tools.providers.yahoo import YahooProvider

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")


def provider(tmp_path: Path, *cassettes: str) -> YahooProvider:
    names = [f"test_y_finance_{c}_fetcher_curl.yaml" for c in cassettes]
    return YahooProvider(ticker_factory=lambda symbol: replay_ticker(symbol, *names, tz_cache=tmp_path))


def test_history_maps_every_recorded_bar(tmp_path: Path) -> None:
    history = provider(tmp_path, "equity_historical").history("aapl", start=date(2023, 1, 1), end=date(2025, 12, 23))
    assert history.symbol == "AAPL" and history.source == "yfinance" and len(history.bars) == 746
    assert history.bars[0].date == date(2023, 1, 3) and history.as_of == date(2025, 12, 22)
    assert all(b.close and b.adj_close and b.volume is not None for b in history.bars)
    assert all(b.low <= b.close <= b.high for b in history.bars if b.low and b.high and b.close)


def test_statements_carry_the_recorded_figures(tmp_path: Path) -> None:
    income = provider(tmp_path, "income_statement").statement("AAPL", "income")
    assert income.period_ends[0] == date(2025, 9, 30) and income.as_of == date(2025, 9, 30)
    revenue = dict(zip(income.period_ends, income.items["TotalRevenue"], strict=True))
    assert revenue[date(2023, 9, 30)] == 383_285_000_000 and revenue[date(2022, 9, 30)] == 394_328_000_000
    balance = provider(tmp_path, "balance_sheet").statement("AAPL", "balance")
    cash = provider(tmp_path, "cash_flow_statement").statement("AAPL", "cash_flow")
    assert (len(income.items), len(balance.items), len(cash.items)) == (39, 69, 53)
    assert not any(isinstance(v, float) and v != v for row in balance.items.values() for v in row)  # no NaN


def test_quote_and_profile_from_the_recorded_summary(tmp_path: Path) -> None:
    quote = provider(tmp_path, "equity_quote", "equity_profile").quote("AAPL")
    assert quote.price > 0 and quote.currency == "USD" and quote.as_of.year == 2025
    assert quote.change == pytest.approx(quote.price - (quote.previous_close or 0), abs=1e-6)
    profile = provider(tmp_path, "equity_profile").profile("AAPL")
    assert profile.name and "Apple" in profile.name and profile.sector == "Technology"
    assert profile.employees and profile.employees > 100_000


def test_dividends_from_the_recorded_chart(tmp_path: Path) -> None:
    events = provider(tmp_path, "equity_historical").distributions("AAPL")
    assert len(events.dividends) >= 12 and all(0.2 < d.value < 0.3 for d in events.dividends)
    assert events.splits == []


def test_a_bad_symbol_is_a_tool_error_before_any_request(tmp_path: Path) -> None:
    with pytest.raises(ToolInputError, match="not a ticker symbol"):
        provider(tmp_path, "equity_quote").quote("AAPL; rm -rf")


def test_an_outage_is_a_distinct_error(tmp_path: Path) -> None:
    class Down:
        @property
        def info(self) -> dict[str, Any]:
            raise ConnectionError("connection reset by peer")

    failing: Callable[[str], Any] = lambda _symbol: Down()  # noqa: E731
    with warnings.catch_warnings(), pytest.raises(ProviderUnavailable, match="did not answer"):
        YahooProvider(ticker_factory=failing).quote("AAPL")
