"""Build the snapshot the project ships (``tools/data/snapshot``) from real recorded Yahoo Finance responses.

    .venv/bin/python scripts/build_snapshot.py    # writes tools/data/snapshot/{AAPL,MSFT,SPY,^TNX}

The recorded responses (``../shared/fixtures/yahoo_cassettes``: Yahoo answers for AAPL recorded on 2025-12-22/23
by OpenBB's test suite, see that folder's README) are replayed through yfinance's own parsing code by the strict
replay session of ``tests/fakes/yahoo.py``; :func:`tools.providers.snapshot.write_snapshot` then writes the
project's own format. MSFT (annual statements FY2020-2023 and daily prices 2019-12-31 to 2022-12-30), SPY (the
benchmark) and ^TNX (the 10-year Treasury yield, in percent like Yahoo quotes it) come from FinanceToolkit's test
datasets (``../shared/fixtures/financetoolkit``, MIT; the statements are the 10-K figures). Only figures (facts:
prices, statement values) end up in the project, never the recordings or the fixture files.
Users refresh or extend the snapshot from the live provider with ``elson tools snapshot record TICKER...``.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import warnings
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.yahoo import replay_ticker  # noqa: E402
from tools.errors import ToolInputError  # noqa: E402
from tools.providers.base import (  # noqa: E402
    CashEvent,
    Distributions,
    PriceBar,
    PriceHistory,
    Quote,
    Statement,
    StatementKind,
    StatementPeriod,
)
from tools.providers.snapshot import DEFAULT_ROOT, write_snapshot  # noqa: E402
from tools.providers.yahoo import YahooProvider  # noqa: E402

CASSETTES = [f"test_y_finance_{c}_fetcher_curl.yaml" for c in (
    "equity_quote", "key_metrics", "equity_historical", "income_statement", "balance_sheet",
    "cash_flow_statement", "equity_profile")]  # equity_profile last: .info needs its trailingPegRatio series


FTK = ROOT.parent / "shared" / "fixtures" / "financetoolkit"
FTK_NOTE = ("FinanceToolkit test datasets (JerBouma/FinanceToolkit 99e649c, MIT): 10-K annual figures and daily "
            "prices, converted by scripts/build_snapshot.py")
FTK_SOURCE = "financetoolkit-dataset"
# Fiscal year ends (MSFT: 30 June); the dataset labels statements by fiscal year only.
FISCAL_YEAR_END = {"MSFT": (6, 30)}
FTK_FILES: dict[StatementKind, str] = {"income": "income.csv", "balance": "balance.csv", "cash_flow": "cash.csv"}


class FinanceToolkitDataset:
    """A provider over FinanceToolkit's test datasets: statements by fiscal year and daily prices."""

    name = FTK_SOURCE

    def __init__(self, folder: Path = FTK) -> None:
        self.folder = folder
        self.prices: dict[str, list[dict[str, str]]] = {}
        with (folder / "historical_prices.csv").open(newline="") as fh:
            for row in csv.DictReader(fh):
                self.prices.setdefault(row["ticker"], []).append(row)
        with (folder / "risk_free_rate.csv").open(newline="") as fh:  # a fraction; Yahoo's ^TNX is in percent
            self.prices["^TNX"] = [{**r, **{k: str(round(float(r[k]) * 100, 4)) for k in
                                            ("open", "high", "low", "close", "adj_close")}}
                                   for r in csv.DictReader(fh)]
        self.prices["SPY"] = self.prices.pop("Benchmark")  # FinanceToolkit's default benchmark is SPY

    def _rows(self, symbol: str) -> list[dict[str, str]]:
        if symbol not in self.prices:
            raise ToolInputError(f"no data for {symbol}")
        return self.prices[symbol]

    def history(self, symbol: str, **_: object) -> PriceHistory:
        bars = [PriceBar(date=date.fromisoformat(r["date"]), volume=float(r["volume"]),
                         **{k: float(r[k]) for k in ("open", "high", "low", "close", "adj_close")})
                for r in self._rows(symbol)]
        currency = None if symbol.startswith("^") else "USD"  # ^TNX is a yield in percent, not a price
        return PriceHistory(symbol=symbol, interval="1d", currency=currency, bars=bars, source=FTK_SOURCE,
                            as_of=bars[-1].date)

    def quote(self, symbol: str) -> Quote:
        """The last close in the dataset, as a quote dated that day."""
        prev, last = self.history(symbol).bars[-2:]
        assert prev.close is not None and last.close is not None
        return Quote(symbol=symbol, price=last.close, currency=None if symbol.startswith("^") else "USD",
                     previous_close=prev.close,
                     change=round(last.close - prev.close, 4),
                     change_percent=round((last.close / prev.close - 1) * 100, 4), open=last.open,
                     day_high=last.high, day_low=last.low, volume=last.volume, source=FTK_SOURCE, as_of=last.date)

    def distributions(self, symbol: str) -> Distributions:
        rows = self._rows(symbol)
        if symbol.startswith("^"):
            raise ToolInputError("an index pays no dividends")
        dividends = [CashEvent(date=date.fromisoformat(r["date"]), value=float(r["dividends"]))
                     for r in rows if float(r["dividends"] or 0) > 0]
        return Distributions(symbol=symbol, dividends=dividends, splits=[], source=FTK_SOURCE,
                             as_of=date.fromisoformat(rows[-1]["date"]))

    def profile(self, symbol: str) -> None:
        raise ToolInputError("the dataset has no company profiles")

    def key_stats(self, symbol: str) -> None:
        raise ToolInputError("the dataset has no key statistics")

    def statement(self, symbol: str, kind: StatementKind, period: StatementPeriod = "annual") -> Statement:
        if symbol not in FISCAL_YEAR_END or period != "annual":
            raise ToolInputError(f"no {period} {kind} statement for {symbol}")
        with (self.folder / FTK_FILES[kind]).open(newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if r["ticker"] == symbol]
        years = sorted((int(c) for c in rows[0] if c.isdigit()), reverse=True)
        month, day = FISCAL_YEAR_END[symbol]
        items = {r["item"].strip(): [float(r[str(y)]) if r[str(y)] else None for y in years] for r in rows}
        ends = [date(y, month, day) for y in years]
        return Statement(symbol=symbol, kind=kind, period="annual", currency="USD", period_ends=ends, items=items,
                         source=FTK_SOURCE, as_of=ends[0])


def main() -> None:
    """Replay the AAPL recordings and convert the FinanceToolkit datasets into the shipped snapshot."""
    warnings.simplefilter("ignore")  # pandas deprecation noise from inside yfinance
    with tempfile.TemporaryDirectory() as tz:
        live = YahooProvider(ticker_factory=lambda s: replay_ticker(s, *CASSETTES, tz_cache=Path(tz)))
        out = write_snapshot(DEFAULT_ROOT, live, "AAPL", history_period="max",
                             note="Yahoo Finance responses recorded 2025-12-22/23 (OpenBB test recordings), "
                                  "replayed through yfinance by scripts/build_snapshot.py")
        print(f"wrote {out}: {', '.join(sorted(p.name for p in out.iterdir()))}")
    dataset = FinanceToolkitDataset()
    for symbol in ("MSFT", "SPY", "^TNX"):
        out = write_snapshot(DEFAULT_ROOT, dataset, symbol, history_period="max", note=FTK_NOTE)  # type: ignore[arg-type]
        print(f"wrote {out}: {', '.join(sorted(p.name for p in out.iterdir()))}")


if __name__ == "__main__":
    main()
