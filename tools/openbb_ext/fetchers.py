"""OpenBB fetchers (transform_query → extract_data → transform_data) over the project's data providers.

``extract_data`` asks :func:`tools.yahoo_tools.get_provider` (snapshot by default, or live Yahoo) for our wire
model; ``transform_data`` maps it onto OpenBB's standard data model and returns an :class:`AnnotatedResult` whose
metadata carries our ``source``, ``as_of`` and ``currency``. Our provider errors (``ToolInputError`` for an unknown
symbol, ``ProviderUnavailable`` for an outage) propagate unchanged; a result with no usable rows raises OpenBB's
``EmptyDataError`` rather than returning an empty table.
"""

# No ``from __future__ import annotations``: OpenBB inspects these classes' ``__annotations__`` at registry time.

from datetime import timedelta
from typing import Any, Literal

from openbb_core.provider.abstract.annotated_result import AnnotatedResult
from openbb_core.provider.abstract.fetcher import Fetcher
from openbb_core.provider.standard_models.balance_sheet import BalanceSheetData, BalanceSheetQueryParams
from openbb_core.provider.standard_models.cash_flow import CashFlowStatementData, CashFlowStatementQueryParams
from openbb_core.provider.standard_models.equity_historical import (
    EquityHistoricalData,
    EquityHistoricalQueryParams,
)
from openbb_core.provider.standard_models.equity_info import EquityInfoData, EquityInfoQueryParams
from openbb_core.provider.standard_models.equity_quote import EquityQuoteData, EquityQuoteQueryParams
from openbb_core.provider.standard_models.income_statement import IncomeStatementData, IncomeStatementQueryParams
from openbb_core.provider.utils.errors import EmptyDataError
from pydantic import Field
from pydantic.alias_generators import to_snake

from tools.providers.base import PriceHistory, Profile, Provenance, Quote, Statement, StatementKind

DataProvider = Literal["snapshot", "live"] | None
_DATA_PROVIDER = Field(default=None, description="Elson data source behind OpenBB: 'snapshot' (offline) or 'live' "
                                                 "(Yahoo Finance); default from ELSON_DATA_PROVIDER.")


def _provider(name: DataProvider) -> Any:
    from tools.yahoo_tools import get_provider  # late: keeps the router import graph one-way

    return get_provider(name)


def _meta(model: Provenance, currency: str | None) -> dict[str, Any]:
    return {"source": model.source, "as_of": model.as_of, "currency": currency}


# --- quote -----------------------------------------------------------------------------------------------------------

class ElsonEquityQuoteQueryParams(EquityQuoteQueryParams):
    """Elson equity quote query."""

    data_provider: DataProvider = _DATA_PROVIDER


class ElsonEquityQuoteData(EquityQuoteData):
    """Elson equity quote: the standard quote plus currency and market cap."""

    currency: str | None = Field(default=None, description="Currency of the prices.")
    market_cap: float | None = Field(default=None, description="Market capitalisation.")


class ElsonEquityQuoteFetcher(Fetcher[ElsonEquityQuoteQueryParams, list[ElsonEquityQuoteData]]):
    """Latest quote from the Elson provider."""

    require_credentials = False

    @staticmethod
    def transform_query(params: dict[str, Any]) -> ElsonEquityQuoteQueryParams:
        """Validate the query."""
        return ElsonEquityQuoteQueryParams(**params)

    @staticmethod
    def extract_data(query: ElsonEquityQuoteQueryParams, credentials: dict[str, str] | None, **kwargs: Any) -> Quote:
        """Read the quote from our provider."""
        return _provider(query.data_provider).quote(query.symbol)

    @staticmethod
    def transform_data(query: ElsonEquityQuoteQueryParams, data: Quote,
                       **kwargs: Any) -> AnnotatedResult[list[ElsonEquityQuoteData]]:
        """Map our Quote onto EquityQuoteData (change_percent becomes a fraction, OpenBB's convention)."""
        pct = None if data.change_percent is None else round(data.change_percent / 100, 10)
        row = ElsonEquityQuoteData(
            symbol=data.symbol, last_price=data.price, prev_close=data.previous_close, change=data.change,
            change_percent=pct, open=data.open, high=data.day_high, low=data.day_low, volume=data.volume,
            currency=data.currency, market_cap=data.market_cap)
        return AnnotatedResult(result=[row], metadata=_meta(data, data.currency))


# --- historical prices -----------------------------------------------------------------------------------------------

class ElsonEquityHistoricalQueryParams(EquityHistoricalQueryParams):
    """Elson historical prices query; ``end_date`` is inclusive, no ``start_date`` means one year back from the
    latest bar."""

    interval: Literal["1d", "1wk", "1mo"] = Field(default="1d", description="Bar size.")
    data_provider: DataProvider = _DATA_PROVIDER


class ElsonEquityHistoricalData(EquityHistoricalData):
    """Elson daily/weekly/monthly bar: the standard bar plus the split- and dividend-adjusted close."""

    adj_close: float | None = Field(default=None, description="Close adjusted for splits and dividends.")


class ElsonEquityHistoricalFetcher(Fetcher[ElsonEquityHistoricalQueryParams, list[ElsonEquityHistoricalData]]):
    """Historical bars from the Elson provider."""

    require_credentials = False

    @staticmethod
    def transform_query(params: dict[str, Any]) -> ElsonEquityHistoricalQueryParams:
        """Validate the query."""
        return ElsonEquityHistoricalQueryParams(**params)

    @staticmethod
    def extract_data(query: ElsonEquityHistoricalQueryParams, credentials: dict[str, str] | None,
                     **kwargs: Any) -> PriceHistory:
        """Read the bars from our provider (its ``end`` is exclusive, OpenBB's ``end_date`` inclusive)."""
        end = query.end_date + timedelta(days=1) if query.end_date else None
        period = None if query.start_date else "1y"
        return _provider(query.data_provider).history(query.symbol, period=period, start=query.start_date, end=end,
                                                      interval=query.interval)

    @staticmethod
    def transform_data(query: ElsonEquityHistoricalQueryParams, data: PriceHistory,
                       **kwargs: Any) -> AnnotatedResult[list[ElsonEquityHistoricalData]]:
        """Map our bars onto EquityHistoricalData, skipping bars without a full open/high/low/close."""
        rows = [ElsonEquityHistoricalData(date=b.date, open=b.open, high=b.high, low=b.low, close=b.close,
                                          volume=b.volume, adj_close=b.adj_close)
                for b in data.bars if None not in (b.open, b.high, b.low, b.close)]
        if not rows:
            raise EmptyDataError(f"no complete price bars for {data.symbol} in the requested range")
        return AnnotatedResult(result=rows, metadata=_meta(data, data.currency))


# --- financial statements --------------------------------------------------------------------------------------------

StatementPeriodChoice = Literal["annual", "quarter"]
_PERIOD_DOC = "Time period of the data to return."


class ElsonIncomeStatementQueryParams(IncomeStatementQueryParams):
    """Elson income statement query."""

    period: StatementPeriodChoice = Field(default="annual", description=_PERIOD_DOC)
    data_provider: DataProvider = _DATA_PROVIDER


class ElsonBalanceSheetQueryParams(BalanceSheetQueryParams):
    """Elson balance sheet query."""

    period: StatementPeriodChoice = Field(default="annual", description=_PERIOD_DOC)
    data_provider: DataProvider = _DATA_PROVIDER


class ElsonCashFlowStatementQueryParams(CashFlowStatementQueryParams):
    """Elson cash-flow statement query."""

    period: StatementPeriodChoice = Field(default="annual", description=_PERIOD_DOC)
    data_provider: DataProvider = _DATA_PROVIDER


class ElsonIncomeStatementData(IncomeStatementData):
    """Elson income statement period; line items are snake_case fields (``total_revenue``, ``net_income``...)."""


class ElsonBalanceSheetData(BalanceSheetData):
    """Elson balance sheet period; line items are snake_case fields (``total_assets``, ``total_debt``...)."""


class ElsonCashFlowStatementData(CashFlowStatementData):
    """Elson cash-flow period; line items are snake_case fields (``operating_cash_flow``, ``free_cash_flow``...)."""


StatementQuery = ElsonIncomeStatementQueryParams | ElsonBalanceSheetQueryParams | ElsonCashFlowStatementQueryParams


def _read_statement(query: StatementQuery, kind: StatementKind) -> Statement:
    period = "quarterly" if query.period == "quarter" else "annual"
    return _provider(query.data_provider).statement(query.symbol, kind, period)


def _statement_rows(query: StatementQuery, data: Statement, row_type: Any) -> AnnotatedResult[Any]:
    """One row per fiscal period (newest first, at most ``limit``), with every line item as a snake_case field."""
    keys = {name: to_snake(name) for name in data.items}
    rows = []
    for i, end in enumerate(data.period_ends[: query.limit] if query.limit else data.period_ends):
        values = {keys[name]: column[i] if i < len(column) else None for name, column in data.items.items()}
        annual = data.period == "annual"
        rows.append(row_type(period_ending=end, fiscal_period="FY" if annual else None,
                             fiscal_year=end.year if annual else None, **values))
    if not rows:
        raise EmptyDataError(f"no {data.period} {data.kind} statement periods for {data.symbol}")
    return AnnotatedResult(result=rows, metadata=_meta(data, data.currency))


class ElsonIncomeStatementFetcher(Fetcher[ElsonIncomeStatementQueryParams, list[ElsonIncomeStatementData]]):
    """Income statements from the Elson provider."""

    require_credentials = False

    @staticmethod
    def transform_query(params: dict[str, Any]) -> ElsonIncomeStatementQueryParams:
        """Validate the query."""
        return ElsonIncomeStatementQueryParams(**params)

    @staticmethod
    def extract_data(query: ElsonIncomeStatementQueryParams, credentials: dict[str, str] | None,
                     **kwargs: Any) -> Statement:
        """Read the statement from our provider."""
        return _read_statement(query, "income")

    @staticmethod
    def transform_data(query: ElsonIncomeStatementQueryParams, data: Statement,
                       **kwargs: Any) -> AnnotatedResult[list[ElsonIncomeStatementData]]:
        """Map our statement columns onto IncomeStatementData rows."""
        return _statement_rows(query, data, ElsonIncomeStatementData)


class ElsonBalanceSheetFetcher(Fetcher[ElsonBalanceSheetQueryParams, list[ElsonBalanceSheetData]]):
    """Balance sheets from the Elson provider."""

    require_credentials = False

    @staticmethod
    def transform_query(params: dict[str, Any]) -> ElsonBalanceSheetQueryParams:
        """Validate the query."""
        return ElsonBalanceSheetQueryParams(**params)

    @staticmethod
    def extract_data(query: ElsonBalanceSheetQueryParams, credentials: dict[str, str] | None,
                     **kwargs: Any) -> Statement:
        """Read the statement from our provider."""
        return _read_statement(query, "balance")

    @staticmethod
    def transform_data(query: ElsonBalanceSheetQueryParams, data: Statement,
                       **kwargs: Any) -> AnnotatedResult[list[ElsonBalanceSheetData]]:
        """Map our statement columns onto BalanceSheetData rows."""
        return _statement_rows(query, data, ElsonBalanceSheetData)


class ElsonCashFlowStatementFetcher(Fetcher[ElsonCashFlowStatementQueryParams, list[ElsonCashFlowStatementData]]):
    """Cash-flow statements from the Elson provider."""

    require_credentials = False

    @staticmethod
    def transform_query(params: dict[str, Any]) -> ElsonCashFlowStatementQueryParams:
        """Validate the query."""
        return ElsonCashFlowStatementQueryParams(**params)

    @staticmethod
    def extract_data(query: ElsonCashFlowStatementQueryParams, credentials: dict[str, str] | None,
                     **kwargs: Any) -> Statement:
        """Read the statement from our provider."""
        return _read_statement(query, "cash_flow")

    @staticmethod
    def transform_data(query: ElsonCashFlowStatementQueryParams, data: Statement,
                       **kwargs: Any) -> AnnotatedResult[list[ElsonCashFlowStatementData]]:
        """Map our statement columns onto CashFlowStatementData rows."""
        return _statement_rows(query, data, ElsonCashFlowStatementData)


# --- profile ---------------------------------------------------------------------------------------------------------

class ElsonEquityInfoQueryParams(EquityInfoQueryParams):
    """Elson company profile query."""

    data_provider: DataProvider = _DATA_PROVIDER


class ElsonEquityInfoData(EquityInfoData):
    """Elson company profile: the standard fields plus the trading currency."""

    currency: str | None = Field(default=None, description="Trading currency.")


class ElsonEquityInfoFetcher(Fetcher[ElsonEquityInfoQueryParams, list[ElsonEquityInfoData]]):
    """Company profile from the Elson provider."""

    require_credentials = False

    @staticmethod
    def transform_query(params: dict[str, Any]) -> ElsonEquityInfoQueryParams:
        """Validate the query."""
        return ElsonEquityInfoQueryParams(**params)

    @staticmethod
    def extract_data(query: ElsonEquityInfoQueryParams, credentials: dict[str, str] | None,
                     **kwargs: Any) -> Profile:
        """Read the profile from our provider."""
        return _provider(query.data_provider).profile(query.symbol)

    @staticmethod
    def transform_data(query: ElsonEquityInfoQueryParams, data: Profile,
                       **kwargs: Any) -> AnnotatedResult[list[ElsonEquityInfoData]]:
        """Map our Profile onto EquityInfoData."""
        row = ElsonEquityInfoData(
            symbol=data.symbol, name=data.name, stock_exchange=data.exchange, long_description=data.summary,
            company_url=data.website, employees=data.employees, sector=data.sector, industry_category=data.industry,
            hq_country=data.country, currency=data.currency)
        return AnnotatedResult(result=[row], metadata=_meta(data, data.currency))


__all__ = [
    "ElsonBalanceSheetFetcher",
    "ElsonCashFlowStatementFetcher",
    "ElsonEquityHistoricalFetcher",
    "ElsonEquityInfoFetcher",
    "ElsonEquityQuoteFetcher",
    "ElsonIncomeStatementFetcher",
]
