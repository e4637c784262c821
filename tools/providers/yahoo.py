"""The live provider: Yahoo Finance through yfinance 1.x, with an injectable curl_cffi session.

yfinance is imported on first use, not at import (it pulls pandas and curl_cffi). Tests inject a session that
replays recorded Yahoo responses (``tests/fakes/yahoo.py``), so yfinance's real parsing code runs offline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from tools.errors import ProviderUnavailable, ToolError, ToolInputError
from tools.providers.base import (
    CashEvent,
    Distributions,
    Interval,
    KeyStats,
    Period,
    PriceBar,
    PriceHistory,
    Profile,
    Quote,
    Statement,
    StatementKind,
    StatementPeriod,
    normalize_symbol,
    number,
)

log = logging.getLogger("elson.tools.yahoo")
SOURCE = "yfinance"
# KeyStats field -> Yahoo's .info key
_KEY_STATS = {
    "market_cap": "marketCap", "enterprise_value": "enterpriseValue", "trailing_pe": "trailingPE",
    "forward_pe": "forwardPE", "peg_ratio": "trailingPegRatio", "price_to_book": "priceToBook",
    "price_to_sales": "priceToSalesTrailing12Months", "ev_to_ebitda": "enterpriseToEbitda",
    "ev_to_revenue": "enterpriseToRevenue", "trailing_eps": "trailingEps", "forward_eps": "forwardEps",
    "book_value_per_share": "bookValue", "beta": "beta", "fifty_two_week_high": "fiftyTwoWeekHigh",
    "fifty_two_week_low": "fiftyTwoWeekLow", "fifty_day_average": "fiftyDayAverage",
    "two_hundred_day_average": "twoHundredDayAverage", "shares_outstanding": "sharesOutstanding",
    "float_shares": "floatShares", "dividend_rate": "dividendRate", "dividend_yield_percent": "dividendYield",
    "payout_ratio": "payoutRatio", "gross_margin": "grossMargins", "operating_margin": "operatingMargins",
    "profit_margin": "profitMargins", "return_on_equity": "returnOnEquity", "return_on_assets": "returnOnAssets",
    "revenue_growth": "revenueGrowth", "earnings_growth": "earningsGrowth", "total_cash": "totalCash",
    "total_debt": "totalDebt", "debt_to_equity": "debtToEquity", "current_ratio": "currentRatio",
    "quick_ratio": "quickRatio", "free_cash_flow": "freeCashflow",
}
_STATEMENT_METHOD = {"income": "get_income_stmt", "balance": "get_balance_sheet", "cash_flow": "get_cashflow"}


class YahooProvider:
    """Yahoo Finance via yfinance. ``session_factory`` makes the curl_cffi session each ticker uses (default:
    yfinance's own); ``ticker_factory`` replaces the whole ``yf.Ticker`` construction (tests)."""

    name = "yahoo"

    def __init__(self, session_factory: Callable[[], Any] | None = None,
                 ticker_factory: Callable[[str], Any] | None = None) -> None:
        self._session_factory = session_factory
        self._ticker_factory = ticker_factory
        self._session: Any = None

    def _ticker(self, symbol: str) -> Any:
        if self._ticker_factory is not None:
            return self._ticker_factory(symbol)
        import yfinance as yf

        if self._session is None:
            # Our own session, always: yfinance keeps one process-wide session otherwise, so whatever session an
            # earlier Ticker was given (another provider's, a test's) would silently serve this one.
            if self._session_factory is not None:
                self._session = self._session_factory()
            else:
                from curl_cffi import requests as curl_requests

                self._session = curl_requests.Session(impersonate="chrome")
        return yf.Ticker(symbol, session=self._session)

    def _call(self, what: str, fn: Callable[[], Any]) -> Any:
        """Run a yfinance call; anything but our own errors means the source failed, not the request."""
        try:
            return fn()
        except ToolError:
            raise
        except AssertionError:
            raise  # a replaying test session refusing an unrecorded request: let the test see it
        except Exception as exc:
            log.warning("yahoo %s failed: %s: %s", what, type(exc).__name__, exc)
            raise ProviderUnavailable(f"Yahoo Finance did not answer the {what} request "
                                      f"({type(exc).__name__}); try again later") from exc

    def quote(self, symbol: str) -> Quote:
        """Latest price and day statistics."""
        sym = normalize_symbol(symbol)
        info = self._call("quote", lambda: self._ticker(sym).info) or {}
        price = number(info.get("regularMarketPrice") or info.get("currentPrice"))
        if price is None:
            raise ToolInputError(f"no quote for {sym}: unknown or delisted symbol")
        previous = number(info.get("regularMarketPreviousClose") or info.get("previousClose"))
        stamp = info.get("regularMarketTime")
        as_of = datetime.fromtimestamp(stamp, UTC) if isinstance(stamp, int | float) else datetime.now(UTC)
        return Quote(symbol=sym, price=price, currency=info.get("currency"), previous_close=previous,
                     change=None if previous is None else round(price - previous, 6),
                     change_percent=None if not previous else round((price / previous - 1) * 100, 6),
                     open=number(info.get("regularMarketOpen") or info.get("open")),
                     day_high=number(info.get("regularMarketDayHigh") or info.get("dayHigh")),
                     day_low=number(info.get("regularMarketDayLow") or info.get("dayLow")),
                     volume=number(info.get("regularMarketVolume") or info.get("volume")),
                     market_cap=number(info.get("marketCap")), source=SOURCE, as_of=as_of)

    def key_stats(self, symbol: str) -> KeyStats:
        """Valuation multiples, margins, returns, growth, 52-week range, beta and balance-sheet totals."""
        sym = normalize_symbol(symbol)
        info = self._call("key statistics", lambda: self._ticker(sym).info) or {}
        values = {field: number(info.get(key)) for field, key in _KEY_STATS.items()}
        if all(v is None for v in values.values()):
            raise ToolInputError(f"no key statistics for {sym}: unknown symbol, or not an equity")
        stamp = info.get("regularMarketTime")
        as_of = datetime.fromtimestamp(stamp, UTC) if isinstance(stamp, int | float) else datetime.now(UTC)
        return KeyStats(symbol=sym, currency=info.get("currency"), source=SOURCE, as_of=as_of, **values)

    def history(self, symbol: str, *, period: Period | None = None, start: date | None = None,
                end: date | None = None, interval: Interval = "1d") -> PriceHistory:
        """Daily, weekly or monthly OHLCV bars with adjusted closes, for a period or a date range."""
        sym = normalize_symbol(symbol)
        kwargs: dict[str, Any] = {"interval": interval, "auto_adjust": False, "actions": False}
        kwargs.update({"start": start, "end": end} if start else {"period": period or "1y"})
        frame = self._call("history", lambda: self._ticker(sym).history(raise_errors=True, **kwargs))
        if frame is None or frame.empty:
            raise ToolInputError(f"no price history for {sym} in that range (unknown symbol, or no trading)")
        bars = [PriceBar(date=idx.date(), open=number(row.get("Open")), high=number(row.get("High")),
                         low=number(row.get("Low")), close=number(row.get("Close")),
                         adj_close=number(row.get("Adj Close")), volume=number(row.get("Volume")))
                for idx, row in frame.iterrows()]
        return PriceHistory(symbol=sym, interval=interval, bars=bars, source=SOURCE, as_of=bars[-1].date)

    def statement(self, symbol: str, kind: StatementKind, period: StatementPeriod = "annual") -> Statement:
        """Income statement, balance sheet or cash-flow statement, annual or quarterly."""
        sym = normalize_symbol(symbol)
        method = _STATEMENT_METHOD[kind]
        freq = "yearly" if period == "annual" else "quarterly"
        frame = self._call(kind, lambda: getattr(self._ticker(sym), method)(freq=freq))
        if frame is None or frame.empty:
            raise ToolInputError(f"no {period} {kind} statement for {sym}")
        frame = frame[sorted(frame.columns, reverse=True)]  # newest period first
        items = {str(name): [number(v) for v in row] for name, row in frame.iterrows()}
        ends = [col.date() for col in frame.columns]
        return Statement(symbol=sym, kind=kind, period=period, period_ends=ends, items=items, source=SOURCE,
                         as_of=ends[0])

    def profile(self, symbol: str) -> Profile:
        """Company name, sector, industry, country, website, employees and business summary."""
        sym = normalize_symbol(symbol)
        info = self._call("profile", lambda: self._ticker(sym).info) or {}
        if not (info.get("longName") or info.get("shortName")):
            raise ToolInputError(f"no company profile for {sym}: unknown symbol")
        employees = info.get("fullTimeEmployees")
        return Profile(symbol=sym, name=info.get("longName") or info.get("shortName"), sector=info.get("sector"),
                       industry=info.get("industry"), country=info.get("country"), website=info.get("website"),
                       employees=int(employees) if isinstance(employees, int | float) else None,
                       currency=info.get("currency"), exchange=info.get("fullExchangeName") or info.get("exchange"),
                       summary=info.get("longBusinessSummary"), source=SOURCE, as_of=datetime.now(UTC))

    def distributions(self, symbol: str) -> Distributions:
        """Every dividend (cash per share) and split (ratio) Yahoo has for the symbol."""
        sym = normalize_symbol(symbol)
        ticker = self._ticker(sym)
        dividends = self._call("dividends", lambda: ticker.dividends)
        splits = self._call("splits", lambda: ticker.splits)
        events = [[CashEvent(date=idx.date(), value=float(v)) for idx, v in series.items() if number(v)]
                  for series in (dividends, splits)]
        last = max((e.date for group in events for e in group), default=datetime.now(UTC).date())
        return Distributions(symbol=sym, dividends=events[0], splits=events[1], source=SOURCE, as_of=last)
