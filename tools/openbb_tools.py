"""``openbb.*`` tools: quote, historical prices, fundamentals and profile through the OpenBB Platform.

Each call runs a real OpenBB command (``openbb_core``'s ``CommandRunner`` — the engine behind ``obb`` — on the
``openbb-equity`` routes) with ``provider="elson"``: the project's own OpenBB provider extension
(:mod:`tools.openbb_ext`, entry point ``openbb_provider_extension:elson``), whose fetchers read from
:func:`tools.yahoo_tools.get_provider` — the offline snapshot by default, or live Yahoo. Results say so in
``source`` (``openbb:snapshot:yfinance``). No generated ``openbb`` package (``openbb-build``) is needed or imported.

Importing this module and registering the tools imports nothing from OpenBB (the gateway starts without it); the
first call imports ``openbb_core`` (about a second) and builds the command runner once per process.
"""

from __future__ import annotations

import logging
import re
import threading
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, Field

from tools.errors import ProviderUnavailable, ToolError, ToolExecutionError, ToolInputError
from tools.providers.base import Interval, Provenance, StatementKind, StatementPeriod, normalize_symbol, number
from tools.registry import Registry
from tools.yahoo_tools import Choice, Symbol

log = logging.getLogger("elson.tools.openbb")

OPENBB_PROVIDER = "elson"  # == tools.openbb_ext.PROVIDER_NAME (not imported: that module imports openbb_core)
QUOTE_ROUTE = "/equity/price/quote"
HISTORICAL_ROUTE = "/equity/price/historical"
PROFILE_ROUTE = "/equity/profile"
STATEMENT_ROUTES: dict[str, str] = {"income": "/equity/fundamental/income", "balance": "/equity/fundamental/balance",
                                    "cash_flow": "/equity/fundamental/cash"}
ROUTES = (QUOTE_ROUTE, HISTORICAL_ROUTE, PROFILE_ROUTE, *STATEMENT_ROUTES.values())
_STATEMENT_FIELDS = frozenset({"period_ending", "fiscal_period", "fiscal_year"})
_LOCK = threading.Lock()


class OpenBBQuote(Provenance):
    """Latest quote as OpenBB's EquityQuote model carries it."""

    symbol: str
    price: float = Field(description="Last trade price")
    currency: str | None = None
    previous_close: float | None = None
    change: float | None = Field(None, description="Change from the previous close")
    change_percent: float | None = Field(None, description="Change as a fraction of the previous close "
                                                           "(OpenBB convention: -0.0064 means -0.64%)")
    open: float | None = None
    day_high: float | None = None
    day_low: float | None = None
    volume: float | None = None
    market_cap: float | None = None


class OpenBBBar(BaseModel):
    """One OHLCV bar."""

    date: date
    open: float
    high: float
    low: float
    close: float
    adj_close: float | None = None
    volume: float | None = None


class OpenBBHistory(Provenance):
    """Price bars, oldest first."""

    symbol: str
    interval: Interval
    currency: str | None = None
    bars: list[OpenBBBar]


class OpenBBStatementPeriod(BaseModel):
    """One fiscal period of a statement; ``items`` are OpenBB-style snake_case line items."""

    period_ending: date
    fiscal_period: str | None = None
    fiscal_year: int | None = None
    items: dict[str, float | None]


class OpenBBFundamentals(Provenance):
    """A financial statement, newest period first."""

    symbol: str
    statement: StatementKind
    period: StatementPeriod
    currency: str | None = None
    periods: list[OpenBBStatementPeriod]


class OpenBBProfile(Provenance):
    """Company profile as OpenBB's EquityInfo model carries it."""

    symbol: str
    name: str | None = None
    sector: str | None = None
    industry: str | None = None
    country: str | None = None
    website: str | None = None
    employees: int | None = None
    exchange: str | None = None
    currency: str | None = None
    summary: str | None = None


# --- the OpenBB engine ----------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _build_runner() -> Any:
    """OpenBB's CommandRunner over every installed extension, checked to serve our routes with ``elson``."""
    try:
        from openbb_core.app.command_runner import CommandRunner
        from openbb_core.app.provider_interface import ProviderInterface
    except ImportError as exc:
        raise ProviderUnavailable(f"OpenBB is not installed (openbb-core, openbb-equity): {exc}") from None
    if OPENBB_PROVIDER not in ProviderInterface().available_providers:
        raise ProviderUnavailable(f"the OpenBB provider {OPENBB_PROVIDER!r} is not registered; reinstall the project "
                                  "(pip install -e .) so its openbb_provider_extension entry point exists")
    runner = CommandRunner()
    missing = [route for route in ROUTES if route not in runner.command_map.map]
    if missing:
        raise ProviderUnavailable(f"OpenBB has no command for {', '.join(missing)} (is openbb-equity installed?)")
    return runner


def command_runner() -> Any:
    """The process's OpenBB ``CommandRunner`` (built on first use, under a lock; a failed build is retried)."""
    with _LOCK:
        return _build_runner()


def _clean(message: object) -> str:
    """One line, no traceback: OpenBB messages can span lines."""
    text = re.sub(r"\s+", " ", str(message)).strip()
    return text[:300] or "no detail"


def _find_tool_error(exc: BaseException) -> ToolError | None:
    """Our error inside OpenBB's wrappers (``OpenBBError.original``, ``__cause__``, ``__context__``)."""
    pending: list[BaseException] = [exc]
    seen: set[int] = set()
    while pending:
        cur = pending.pop()
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        if isinstance(cur, ToolError):
            return cur
        pending.extend(e for e in (getattr(cur, "original", None), cur.__cause__, cur.__context__)
                       if isinstance(e, BaseException))
    return None


def translate_error(exc: BaseException, route: str) -> ToolError:
    """Map whatever an OpenBB command raised onto our tool errors (never a traceback)."""
    if (found := _find_tool_error(exc)) is not None:
        return found
    from openbb_core.app.model.abstract.error import OpenBBError
    from openbb_core.provider.utils.errors import EmptyDataError
    from pydantic import ValidationError

    if isinstance(exc, EmptyDataError):
        return ToolInputError(f"no data for that request: {_clean(exc.message)}")
    if isinstance(exc, ValidationError):
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("standard_params", "extra_params"))
        return ToolInputError(f"OpenBB rejected {where or 'the arguments'}: {_clean(first.get('msg'))}")
    if isinstance(exc, OpenBBError | ConnectionError | TimeoutError):  # UnauthorizedError is an OpenBBError too
        return ProviderUnavailable(f"OpenBB could not serve {route}: {_clean(exc)}")
    log.error("OpenBB command %s raised", route, exc_info=exc)
    return ToolExecutionError(f"OpenBB command {route} failed: {type(exc).__name__}: {_clean(exc)}")


def run_command(route: str, standard: dict[str, Any], extra: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Run one OpenBB command with the ``elson`` provider: its result rows (never empty) and metadata."""
    runner = command_runner()
    try:
        obbject = runner.sync_run(route, provider_choices={"provider": OPENBB_PROVIDER}, standard_params=standard,
                                  extra_params=extra)
    except Exception as exc:
        raise translate_error(exc, route) from None
    results = obbject.results
    rows = list(results) if isinstance(results, list) else [] if results is None else [results]
    if not rows:
        raise ToolInputError(f"OpenBB returned no data for {route} with {standard}")
    meta = (obbject.extra or {}).get("results_metadata") or {}
    if "source" not in meta or "as_of" not in meta:
        raise ToolExecutionError(f"OpenBB command {route} returned no provenance (source, as_of)")
    return rows, meta


def _extra(provider: str | None) -> dict[str, Any]:
    return {"data_provider": provider} if provider else {}


def _source(meta: dict[str, Any]) -> str:
    return f"openbb:{meta['source']}"


# --- tools ----------------------------------------------------------------------------------------------------------

def quote(symbol: Symbol, provider: Choice = None) -> OpenBBQuote:
    """Latest price of a stock or ETF with change, day range, volume and market cap, via the OpenBB Platform."""
    rows, meta = run_command(QUOTE_ROUTE, {"symbol": normalize_symbol(symbol)}, _extra(provider))
    row = rows[0]
    if row.last_price is None:
        raise ToolInputError(f"OpenBB has no last price for {row.symbol}")
    return OpenBBQuote(symbol=row.symbol, price=row.last_price, currency=getattr(row, "currency", None),
                       previous_close=row.prev_close, change=row.change, change_percent=row.change_percent,
                       open=row.open, day_high=row.high, day_low=row.low, volume=number(row.volume),
                       market_cap=number(getattr(row, "market_cap", None)), source=_source(meta), as_of=meta["as_of"])


def historical(
    symbol: Symbol,
    start: Annotated[date | None, Field(description="First day, YYYY-MM-DD; default one year before the latest "
                                                    "bar")] = None,
    end: Annotated[date | None, Field(description="Last day (inclusive), YYYY-MM-DD; default the latest bar")] = None,
    interval: Annotated[Interval, Field(description="Bar size")] = "1d",
    provider: Choice = None,
) -> OpenBBHistory:
    """Historical open, high, low, close, adjusted close and volume bars for a ticker, via the OpenBB Platform."""
    today = datetime.now(UTC).date()
    if start is not None and start > today:
        raise ToolInputError(f"start {start} is in the future (today is {today})")
    if start is not None and end is not None and end < start:
        raise ToolInputError(f"end {end} is before start {start}")
    standard = {"symbol": normalize_symbol(symbol), "start_date": start, "end_date": end}
    rows, meta = run_command(HISTORICAL_ROUTE, standard, {"interval": interval, **_extra(provider)})
    bars = [OpenBBBar(date=r.date, open=r.open, high=r.high, low=r.low, close=r.close,
                      adj_close=getattr(r, "adj_close", None), volume=number(r.volume)) for r in rows]
    return OpenBBHistory(symbol=standard["symbol"], interval=interval, currency=meta.get("currency"), bars=bars,
                         source=_source(meta), as_of=meta["as_of"])


def fundamentals(
    symbol: Symbol,
    statement: Annotated[StatementKind, Field(description="income, balance (sheet) or cash_flow")] = "income",
    period: Annotated[StatementPeriod, Field(description="annual or quarterly")] = "annual",
    limit: Annotated[int, Field(ge=1, le=40, description="Most recent periods to return")] = 5,
    provider: Choice = None,
) -> OpenBBFundamentals:
    """A company's income statement, balance sheet or cash-flow statement by fiscal period (snake_case line items
    such as total_revenue, net_income, total_assets, free_cash_flow), via the OpenBB Platform."""
    sym = normalize_symbol(symbol)
    extra = {"period": "quarter" if period == "quarterly" else "annual", **_extra(provider)}
    rows, meta = run_command(STATEMENT_ROUTES[statement], {"symbol": sym, "limit": limit}, extra)
    periods = []
    for row in rows:
        items = {k: number(v) for k, v in row.model_dump().items() if k not in _STATEMENT_FIELDS}
        periods.append(OpenBBStatementPeriod(period_ending=row.period_ending, fiscal_period=row.fiscal_period,
                                             fiscal_year=row.fiscal_year, items=items))
    return OpenBBFundamentals(symbol=sym, statement=statement, period=period, currency=meta.get("currency"),
                              periods=periods, source=_source(meta), as_of=meta["as_of"])


def profile(symbol: Symbol, provider: Choice = None) -> OpenBBProfile:
    """Company profile: name, sector, industry, country, website, employees and business summary, via OpenBB."""
    rows, meta = run_command(PROFILE_ROUTE, {"symbol": normalize_symbol(symbol)}, _extra(provider))
    row = rows[0]
    return OpenBBProfile(symbol=row.symbol, name=row.name, sector=row.sector, industry=row.industry_category,
                         country=row.hq_country, website=row.company_url, employees=row.employees,
                         exchange=row.stock_exchange, currency=getattr(row, "currency", None),
                         summary=row.long_description, source=_source(meta), as_of=meta["as_of"])


def register_openbb_tools(registry: Registry) -> None:
    """Add the ``openbb.*`` tools to ``registry`` (imports nothing from OpenBB)."""
    for name, func in (("openbb.quote", quote), ("openbb.historical", historical),
                       ("openbb.fundamentals", fundamentals), ("openbb.profile", profile)):
        registry.add(name, func)
