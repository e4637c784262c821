"""The provider interface and the wire models every market-data tool returns.

Every result carries ``source`` (which provider produced it) and ``as_of`` (how current the data is), so an answer
can say where a number came from and how old it is. Numbers that are missing upstream are ``None``, never NaN.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from tools.errors import ToolInputError

StatementKind = Literal["income", "balance", "cash_flow"]
StatementPeriod = Literal["annual", "quarterly"]
Period = Literal["5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"]
Interval = Literal["1d", "1wk", "1mo"]

_SYMBOL = re.compile(r"^\^?[A-Z0-9][A-Z0-9.\-=]{0,14}$")


def normalize_symbol(symbol: str) -> str:
    """``symbol`` upper-cased and checked (letters, digits and ``. - ^ =``), or a tool error the model can fix."""
    clean = symbol.strip().upper()
    if not _SYMBOL.match(clean):
        raise ToolInputError(f"{symbol!r} is not a ticker symbol (expected e.g. AAPL, BRK-B, ^GSPC)")
    return clean


def number(value: object) -> float | None:
    """A finite float, or ``None`` for missing, NaN and infinite values (never a NaN presented as data)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


class Provenance(BaseModel):
    """Where a result came from and how current it is."""

    source: str = Field(description="Provider that produced the data, e.g. 'yfinance' or 'snapshot:yahoo'")
    as_of: datetime | date = Field(description="Timestamp of the data (last price time, statement date...)")


class Quote(Provenance):
    symbol: str
    price: float
    currency: str | None = None
    previous_close: float | None = None
    change: float | None = None
    change_percent: float | None = None
    open: float | None = None
    day_high: float | None = None
    day_low: float | None = None
    volume: float | None = None
    market_cap: float | None = None


class PriceBar(BaseModel):
    date: date
    open: float | None
    high: float | None
    low: float | None
    close: float | None
    adj_close: float | None
    volume: float | None


class PriceHistory(Provenance):
    symbol: str
    interval: Interval
    currency: str | None = None
    bars: list[PriceBar]


class Statement(Provenance):
    """One financial statement: line items (rows) by fiscal period end (columns, newest first)."""

    symbol: str
    kind: StatementKind
    period: StatementPeriod
    currency: str | None = None
    period_ends: list[date]
    items: dict[str, list[float | None]]


class Profile(Provenance):
    symbol: str
    name: str | None = None
    sector: str | None = None
    industry: str | None = None
    country: str | None = None
    website: str | None = None
    employees: int | None = None
    currency: str | None = None
    exchange: str | None = None
    summary: str | None = None


class CashEvent(BaseModel):
    date: date
    value: float


class Distributions(Provenance):
    """Dividends (cash per share) and splits (ratio, e.g. 4.0 for 4-for-1)."""

    symbol: str
    dividends: list[CashEvent]
    splits: list[CashEvent]


class KeyStats(Provenance):
    """Valuation, profitability, balance-sheet and trading statistics as the source reports them. Margins, returns
    and growth are fractions (0.27 = 27 %); ``dividend_yield_percent`` is in percent."""

    symbol: str
    currency: str | None = None
    market_cap: float | None = None
    enterprise_value: float | None = None
    trailing_pe: float | None = None
    forward_pe: float | None = None
    peg_ratio: float | None = None
    price_to_book: float | None = None
    price_to_sales: float | None = None
    ev_to_ebitda: float | None = None
    ev_to_revenue: float | None = None
    trailing_eps: float | None = None
    forward_eps: float | None = None
    book_value_per_share: float | None = None
    beta: float | None = None
    fifty_two_week_high: float | None = None
    fifty_two_week_low: float | None = None
    fifty_day_average: float | None = None
    two_hundred_day_average: float | None = None
    shares_outstanding: float | None = None
    float_shares: float | None = None
    dividend_rate: float | None = None
    dividend_yield_percent: float | None = None
    payout_ratio: float | None = None
    gross_margin: float | None = None
    operating_margin: float | None = None
    profit_margin: float | None = None
    return_on_equity: float | None = None
    return_on_assets: float | None = None
    revenue_growth: float | None = None
    earnings_growth: float | None = None
    total_cash: float | None = None
    total_debt: float | None = None
    debt_to_equity: float | None = None
    current_ratio: float | None = None
    quick_ratio: float | None = None
    free_cash_flow: float | None = None


class Provider(Protocol):
    """What every market-data provider offers. Methods raise :class:`~tools.errors.ToolInputError` for an unknown
    symbol or bad range and :class:`~tools.errors.ProviderUnavailable` when the source cannot be reached."""

    name: str

    def quote(self, symbol: str) -> Quote: ...

    def history(self, symbol: str, *, period: Period | None = None, start: date | None = None,
                end: date | None = None, interval: Interval = "1d") -> PriceHistory: ...

    def statement(self, symbol: str, kind: StatementKind, period: StatementPeriod = "annual") -> Statement: ...

    def profile(self, symbol: str) -> Profile: ...

    def distributions(self, symbol: str) -> Distributions: ...

    def key_stats(self, symbol: str) -> KeyStats: ...
