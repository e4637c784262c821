"""The snapshot provider: record from the live provider (on recorded Yahoo responses), read back offline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.fakes.yahoo import replay_ticker
from tools.errors import ToolInputError
from tools.providers.snapshot import SnapshotProvider, write_snapshot
from tools.providers.yahoo import YahooProvider

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
CASSETTES = [f"test_y_finance_{c}_fetcher_curl.yaml" for c in (
    "equity_quote", "key_metrics", "equity_historical", "income_statement", "balance_sheet",
    "cash_flow_statement", "equity_profile")]  # equity_profile last: .info needs its trailingPegRatio


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> SnapshotProvider:
    root, tz = tmp_path_factory.mktemp("snapshot"), tmp_path_factory.mktemp("tz")
    live = YahooProvider(ticker_factory=lambda symbol: replay_ticker(symbol, *CASSETTES, tz_cache=tz))
    write_snapshot(root, live, "AAPL", history_period="max")
    return SnapshotProvider(root)


def test_a_recorded_snapshot_reads_back_with_its_source_and_dates(snapshot: SnapshotProvider) -> None:
    assert snapshot.symbols() == ["AAPL"]
    quote = snapshot.quote("aapl")
    assert quote.source == "snapshot:yfinance" and quote.price > 0 and quote.as_of.year == 2025
    income = snapshot.statement("AAPL", "income")
    revenue = dict(zip(income.period_ends, income.items["TotalRevenue"], strict=True))
    assert revenue[date(2023, 9, 30)] == 383_285_000_000 and income.as_of == date(2025, 9, 30)
    assert snapshot.profile("AAPL").sector == "Technology"
    assert len(snapshot.distributions("AAPL").dividends) >= 12


def test_history_ranges_periods_and_resampling(snapshot: SnapshotProvider) -> None:
    everything = snapshot.history("AAPL", period="max")
    assert len(everything.bars) == 746 and everything.as_of == date(2025, 12, 22)
    year = snapshot.history("AAPL", period="1y")
    assert year.bars[0].date >= date(2024, 12, 21) and year.bars[-1].date == date(2025, 12, 22)
    ranged = snapshot.history("AAPL", start=date(2024, 1, 1), end=date(2024, 2, 1))
    assert ranged.bars[0].date == date(2024, 1, 2) and ranged.bars[-1].date == date(2024, 1, 31)
    monthly = snapshot.history("AAPL", start=date(2024, 1, 1), end=date(2024, 12, 31), interval="1mo")
    assert len(monthly.bars) == 12
    jan = ranged.bars
    assert monthly.bars[0].high == max(b.high for b in jan if b.high) and monthly.bars[0].close == jan[-1].close
    weekly = snapshot.history("AAPL", period="1mo", interval="1wk")
    assert 4 <= len(weekly.bars) <= 6


def test_offline_errors_name_the_problem(snapshot: SnapshotProvider) -> None:
    with pytest.raises(ToolInputError, match="no offline data for MSFT; the snapshot has: AAPL"):
        snapshot.quote("MSFT")
    with pytest.raises(ToolInputError, match="after the snapshot's last day"):
        snapshot.history("AAPL", start=date(2030, 1, 1))
    with pytest.raises(ToolInputError, match="has no cash_flow-quarterly"):
        snapshot.statement("AAPL", "cash_flow", "quarterly")
    with pytest.raises(ToolInputError, match="not a ticker symbol"):
        snapshot.quote("../etc")


def test_the_shipped_snapshot_states_its_source_and_dates() -> None:
    shipped = SnapshotProvider()  # the package's own data, built by scripts/build_snapshot.py
    assert "AAPL" in shipped.symbols()
    quote = shipped.quote("AAPL")
    assert quote.source == "snapshot:yfinance" and quote.currency == "USD" and str(quote.as_of).startswith("2025-12")
    income = shipped.statement("AAPL", "income")
    assert income.as_of == date(2025, 9, 30) and income.items["TotalRevenue"][0] and income.items["TotalRevenue"][0] > 0
    assert shipped.history("AAPL", period="max").as_of == date(2025, 12, 22)


def test_the_cli_lists_snapshots_and_fails_a_recording_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["tools", "snapshot", "list"])
    assert listed.exit_code == 0 and listed.output.startswith("AAPL\tprices to 2025-12-22")
    # No network in tests: the live provider fails, cleanly, and leaves nothing half-written behind.
    recorded = runner.invoke(app, ["tools", "snapshot", "record", "AAPL", "--dir", str(tmp_path)])
    assert recorded.exit_code == 2 and "elson: error: AAPL: Yahoo Finance did not answer" in recorded.output
    assert list(tmp_path.iterdir()) == []
    bad = runner.invoke(app, ["tools", "snapshot", "record", "AAPL", "--period", "3w"])
    assert bad.exit_code == 2 and "--period must be" in bad.output
