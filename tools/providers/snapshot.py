"""The offline provider: a folder of snapshots in the project's own format, written by :func:`write_snapshot`.

Layout, one folder per symbol (all JSON is the provider wire models of :mod:`tools.providers.base`)::

    <root>/<SYMBOL>/meta.json            {"symbol", "source", "recorded_at", "format": 1, "datasets": [...], "note"}
                   quote.json            Quote
                   profile.json          Profile
                   history.csv           date,open,high,low,close,adj_close,volume (daily bars, oldest first)
                   distributions.json    Distributions
                   key_stats.json        KeyStats
                   income-annual.json    Statement (also balance-*, cash_flow-*; -quarterly when recorded)

Only ``meta.json`` and ``history.csv`` are required; a dataset the source does not have (an index has no
statements) is left out and missing from ``datasets``.

Every result read back keeps the ``as_of`` it was recorded with and reports ``source`` as
``snapshot:<original source>``, so an answer from offline data still says where and how old it is. A dataset the
snapshot lacks is a clear tool error, never an empty table.
"""

from __future__ import annotations

import csv
import json
import logging
import shutil
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, get_args

from pydantic import BaseModel

from tools.errors import ToolInputError
from tools.providers.base import (
    Distributions,
    Interval,
    KeyStats,
    Period,
    PriceBar,
    PriceHistory,
    Profile,
    Provenance,
    Provider,
    Quote,
    Statement,
    StatementKind,
    StatementPeriod,
    normalize_symbol,
    number,
)

log = logging.getLogger("elson.tools.snapshot")
M = TypeVar("M", bound=Provenance)
T = TypeVar("T")
FORMAT = 1
DEFAULT_ROOT = Path(__file__).resolve().parents[1] / "data" / "snapshot"  # shipped inside the package
_PERIOD_DAYS = {"5d": 7, "1mo": 31, "3mo": 92, "6mo": 183, "1y": 366, "2y": 731, "5y": 1827, "10y": 3653}
_MAX_PARSED = 256
_BAR_FIELDS = ("date", "open", "high", "low", "close", "adj_close", "volume")


def _dump(path: Path, model: BaseModel) -> None:
    path.write_text(model.model_dump_json(indent=1) + "\n")


def write_snapshot(root: Path, provider: Provider, symbol: str, *, history_period: Period = "5y",
                   quarterly: bool = False, note: str = "") -> Path:
    """Record ``symbol`` from ``provider`` into ``root/<SYMBOL>`` (written to a temp folder, then renamed)."""
    sym = normalize_symbol(symbol)
    out, tmp = root / sym, root / f".{sym}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        _record(tmp, provider, sym, history_period, quarterly, note)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)  # a failed recording leaves the previous snapshot untouched
        raise
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    return out


def _record(tmp: Path, provider: Provider, sym: str, history_period: Period, quarterly: bool, note: str) -> None:
    history = provider.history(sym, period=history_period)  # required: a symbol without prices is not recorded
    with (tmp / "history.csv").open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(_BAR_FIELDS)
        for bar in history.bars:
            prices = ("" if v is None else f"{v:.4f}" for v in (bar.open, bar.high, bar.low, bar.close, bar.adj_close))
            volume = "" if bar.volume is None else f"{bar.volume:.0f}"  # Yahoo's prices are float32: 4 dp is exact
            writer.writerow([bar.date.isoformat(), *prices, volume])
    datasets = ["history"]
    periods: tuple[StatementPeriod, ...] = ("annual", "quarterly") if quarterly else ("annual",)
    parts: list[tuple[str, Callable[[], BaseModel]]] = [
        ("quote", lambda: provider.quote(sym)), ("profile", lambda: provider.profile(sym)),
        ("distributions", lambda: provider.distributions(sym)), ("key_stats", lambda: provider.key_stats(sym))]
    for kind in get_args(StatementKind):
        parts += [(f"{kind}-{period}", partial(provider.statement, sym, kind, period)) for period in periods]
    for name, fetch in parts:
        try:
            _dump(tmp / f"{name}.json", fetch())
        except ToolInputError as exc:  # e.g. an index or ETF has no statements: leave the file out, say so
            log.info("snapshot of %s: no %s (%s)", sym, name, exc)
            continue
        datasets.append(name)
    meta = {"symbol": sym, "source": history.source, "history_currency": history.currency, "format": FORMAT,
            "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"), "history_as_of": str(history.as_of),
            "datasets": datasets, "note": note}
    (tmp / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")  # last: marks a complete snapshot


class SnapshotProvider:
    """Reads snapshots under ``root`` (the shipped ones by default)."""

    name = "snapshot"

    def __init__(self, root: Path = DEFAULT_ROOT) -> None:
        self.root = root
        # Parsed files, keyed by path and checked against the file's mtime, so a refreshed snapshot is picked up.
        self._parsed: OrderedDict[Path, tuple[int, Any]] = OrderedDict()

    def _load(self, path: Path, parse: Callable[[Path], T]) -> T:
        mtime = path.stat().st_mtime_ns
        hit = self._parsed.get(path)
        if hit is not None and hit[0] == mtime:
            self._parsed.move_to_end(path)
            return hit[1]  # type: ignore[no-any-return,unused-ignore]
        value = parse(path)
        self._parsed[path] = (mtime, value)
        if len(self._parsed) > _MAX_PARSED:  # bounded: a large user snapshot is not held in memory whole
            self._parsed.popitem(last=False)
        return value

    def symbols(self) -> list[str]:
        """Symbols with a complete snapshot."""
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / "meta.json").is_file())

    def _folder(self, symbol: str) -> Path:
        sym = normalize_symbol(symbol)
        folder = self.root / sym
        if not (folder / "meta.json").is_file():
            have = ", ".join(self.symbols()) or "none"
            raise ToolInputError(f"no offline data for {sym}; the snapshot has: {have} (or use the live provider)")
        return folder

    def _read(self, symbol: str, name: str, model: type[M]) -> M:
        path = self._folder(symbol) / name
        if not path.is_file():
            raise ToolInputError(f"the snapshot of {normalize_symbol(symbol)} has no {name.removesuffix('.json')}")
        value = self._load(path, lambda p: model.model_validate_json(p.read_text()))
        return value.model_copy(update={"source": f"snapshot:{value.source}"})

    def quote(self, symbol: str) -> Quote:
        """The last quote recorded (``as_of`` says when)."""
        return self._read(symbol, "quote.json", Quote)

    def profile(self, symbol: str) -> Profile:
        """The recorded company profile."""
        return self._read(symbol, "profile.json", Profile)

    def distributions(self, symbol: str) -> Distributions:
        """Recorded dividends and splits."""
        return self._read(symbol, "distributions.json", Distributions)

    def key_stats(self, symbol: str) -> KeyStats:
        """Recorded key statistics."""
        return self._read(symbol, "key_stats.json", KeyStats)

    def statement(self, symbol: str, kind: StatementKind, period: StatementPeriod = "annual") -> Statement:
        """A recorded statement."""
        return self._read(symbol, f"{kind}-{period}.json", Statement)

    def history(self, symbol: str, *, period: Period | None = None, start: date | None = None,
                end: date | None = None, interval: Interval = "1d") -> PriceHistory:
        """Recorded daily bars in a range (``period`` counts back from the last recorded day), resampled to weekly
        or monthly bars on request."""
        folder = self._folder(symbol)
        meta = self._load(folder / "meta.json", lambda p: json.loads(p.read_text()))
        bars = self._load(folder / "history.csv", _read_bars)
        if not bars:
            raise ToolInputError(f"the snapshot of {folder.name} has no price history")
        first, last = bars[0].date, bars[-1].date
        if start is not None and start > last:
            raise ToolInputError(f"{start} is after the snapshot's last day {last} (it ends there; is the date in "
                                 "the future?)")
        if start is None:
            start = _period_start(period, first, last)
        end = end or last + timedelta(days=1)
        chosen = [b for b in bars if start <= b.date < end]
        if not chosen:
            raise ToolInputError(f"no bars for {folder.name} between {start} and {end} (snapshot covers {first} "
                                 f"to {last})")
        chosen = _resample(chosen, interval)
        return PriceHistory(symbol=folder.name, interval=interval, currency=meta.get("history_currency"),
                            bars=chosen, source=f"snapshot:{meta['source']}", as_of=chosen[-1].date)


def _read_bars(path: Path) -> list[PriceBar]:
    with path.open(newline="") as fh:
        return [PriceBar(date=date.fromisoformat(row["date"]),
                         **{k: number(row[k]) if row[k] else None for k in _BAR_FIELDS[1:]})
                for row in csv.DictReader(fh)]


def _period_start(period: Period | None, first: date, last: date) -> date:
    """Where ``period`` begins, counted back from the snapshot's last day."""
    if period in (None, "max"):
        return first
    if period == "ytd":
        return date(last.year, 1, 1)
    return last - timedelta(days=_PERIOD_DAYS[str(period)])


def _resample(bars: list[PriceBar], interval: Interval) -> list[PriceBar]:
    """Daily bars grouped into ISO weeks or calendar months: first open, max high, min low, last close, sum volume."""
    if interval == "1d":
        return bars
    groups: dict[tuple[int, int], list[PriceBar]] = {}
    for bar in bars:
        key = bar.date.isocalendar()[:2] if interval == "1wk" else (bar.date.year, bar.date.month)
        groups.setdefault(key, []).append(bar)
    out = []
    for group in groups.values():
        highs = [b.high for b in group if b.high is not None]
        lows = [b.low for b in group if b.low is not None]
        out.append(PriceBar(date=group[0].date, open=group[0].open, high=max(highs) if highs else None,
                            low=min(lows) if lows else None, close=group[-1].close, adj_close=group[-1].adj_close,
                            volume=sum(b.volume or 0 for b in group)))
    return out
