"""``yfinance.*`` tools: quotes, price history, statements, profile and dividends for a ticker.

Each call goes to the active provider: the offline snapshot (default, ``ELSON_DATA_PROVIDER=snapshot``) or live
Yahoo Finance (``live``), or the one a call names in ``provider``. Both return the same wire models, with
``source`` and ``as_of``.
"""

from __future__ import annotations

import difflib
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from tools.errors import ToolInputError
from tools.providers.base import (
    Distributions,
    Interval,
    KeyStats,
    Period,
    PriceHistory,
    Profile,
    Provider,
    Quote,
    Statement,
    StatementKind,
    StatementPeriod,
)
from tools.registry import Registry

ProviderName = Literal["snapshot", "live"]
Symbol = Annotated[str, Field(min_length=1, max_length=16, description="Ticker symbol, e.g. AAPL, BRK-B, ^GSPC")]
Choice = Annotated[ProviderName | None, Field(description="Data source: 'snapshot' (offline) or 'live'; default "
                                                          "from the server's settings")]


@lru_cache(maxsize=4)
def get_provider(name: ProviderName | None = None) -> Provider:
    """The provider ``name`` (or the configured default), built once per process."""
    from tools.settings import get_tool_settings

    settings = get_tool_settings()
    chosen = name or settings.data_provider
    if chosen == "live":
        from tools.providers.guard import GuardedProvider, GuardPolicy
        from tools.providers.yahoo import YahooProvider

        policy = GuardPolicy(quote_ttl_s=settings.live_quote_ttl_s, data_ttl_s=settings.live_data_ttl_s,
                             timeout_s=settings.live_timeout_s, failure_threshold=settings.live_breaker_failures,
                             cooldown_s=settings.live_breaker_cooldown_s)
        return GuardedProvider(YahooProvider(), policy)
    from tools.providers.snapshot import DEFAULT_ROOT, SnapshotProvider

    return SnapshotProvider(Path(settings.snapshot_dir).expanduser() if settings.snapshot_dir else DEFAULT_ROOT)


def quote(symbol: Symbol, provider: Choice = None) -> Quote:
    """Latest price of a stock, ETF or index with its change, day range, volume and market cap."""
    return get_provider(provider).quote(symbol)


def history(
    symbol: Symbol,
    period: Annotated[Period | None, Field(description="Look-back window, used when start is not given")] = "1y",
    start: Annotated[date | None, Field(description="First day, YYYY-MM-DD")] = None,
    end: Annotated[date | None, Field(description="Day after the last one, YYYY-MM-DD")] = None,
    interval: Annotated[Interval, Field(description="Bar size")] = "1d",
    provider: Choice = None,
) -> PriceHistory:
    """Historical open, high, low, close, adjusted close and volume bars for a ticker."""
    today = datetime.now(UTC).date()
    if start is not None and start > today:
        raise ToolInputError(f"start {start} is in the future (today is {today})")
    if start is not None and end is not None and end <= start:
        raise ToolInputError(f"end {end} must be after start {start}")
    return get_provider(provider).history(symbol, period=period, start=start, end=end, interval=interval)


def statement(
    symbol: Symbol,
    kind: Annotated[StatementKind, Field(description="income, balance (sheet) or cash_flow")] = "income",
    period: Annotated[StatementPeriod, Field(description="annual or quarterly")] = "annual",
    items: Annotated[list[str] | None, Field(max_length=40, description="Only these line items, e.g. "
                                             "['TotalRevenue', 'NetIncome'] (default: all; case and spaces "
                                             "ignored)")] = None,
    provider: Choice = None,
) -> Statement:
    """A company's income statement, balance sheet or cash-flow statement, line items by fiscal period."""
    result = get_provider(provider).statement(symbol, kind, period)
    return _only_items(result, items) if items else result


def _item_key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _only_items(result: Statement, wanted: list[str]) -> Statement:
    """The statement cut to the requested line items; an unknown name is an error that suggests close ones (so a
    model can correct itself) rather than a silently smaller table."""
    by_key = {_item_key(name): name for name in result.items}
    chosen: dict[str, list[float | None]] = {}
    for name in wanted:
        found = by_key.get(_item_key(name))
        if found is None:
            close = difflib.get_close_matches(_item_key(name), list(by_key), n=3, cutoff=0.5)
            hint = f"; closest: {', '.join(by_key[c] for c in close)}" if close else ""
            raise ToolInputError(f"{result.symbol} {result.kind} statement has no line item {name!r}{hint}")
        chosen[found] = result.items[found]
    return result.model_copy(update={"items": chosen})


def profile(symbol: Symbol, provider: Choice = None) -> Profile:
    """Company profile: name, sector, industry, country, website, employees and business summary."""
    return get_provider(provider).profile(symbol)


def dividends(symbol: Symbol, provider: Choice = None) -> Distributions:
    """Dividend payments (cash per share) and stock splits of a ticker."""
    return get_provider(provider).distributions(symbol)


def key_stats(symbol: Symbol, provider: Choice = None) -> KeyStats:
    """Key statistics: P/E, PEG, price/book, EV/EBITDA, margins, ROE, growth, beta, 52-week range, cash and debt."""
    return get_provider(provider).key_stats(symbol)


def register_yahoo_tools(registry: Registry) -> None:
    """Add the ``yfinance.*`` tools to ``registry``."""
    for name, func in (("yfinance.quote", quote), ("yfinance.history", history),
                       ("yfinance.statement", statement), ("yfinance.profile", profile),
                       ("yfinance.dividends", dividends), ("yfinance.key_stats", key_stats)):
        registry.add(name, func)
