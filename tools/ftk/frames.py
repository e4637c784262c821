"""The provider's wire models as the DataFrames FinanceToolkit builds from its own downloads.

FinanceToolkit fetches statements, prices and Treasury yields itself (FMP, Yahoo) unless it is handed them. These
builders reproduce the shapes of its own download path, using its own helpers where it has them, so that its
ratio, model and risk code runs unchanged on our data and never needs the network:

* statements: rows ``(ticker, line item)`` with FinanceToolkit's generic item names (Yahoo names are mapped with
  its ``*_yf.csv`` normalization tables), columns = calendar-year labels by its majority rule (a fiscal year
  ending January-May is labelled with the year before, as ``convert_period_end_dates_to_calendar_periods`` does);
* prices: daily ``PeriodIndex`` named ``Date``, columns ``(Open|High|Low|Close|Adj Close|Volume|Dividends|Return|
  Cumulative Return, ticker)``, the benchmark under the label ``Benchmark``;
* Treasury yields: the same shape with maturities (``13 Week``, ``5 Year``, ``10 Year``, ``30 Year``) in place of
  tickers and yields as fractions.

This module imports pandas and financetoolkit: import it lazily.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache

import numpy as np
import pandas as pd
from financetoolkit import helpers
from financetoolkit.historical_model import fill_non_trading_days
from financetoolkit.normalization_model import convert_financial_statements, read_normalization_file

from tools.providers.base import CashEvent, PriceBar, Statement

PRICE_COLUMNS = ["Open", "High", "Low", "Close", "Adj Close", "Volume", "Dividends"]
MATURITIES = ("13 Week", "5 Year", "10 Year", "30 Year")
RISK_FREE_MATURITY = "10 Year"  # == Toolkit(risk_free_rate="10y"), the ^TNX series
_TABLES = {"income": "income", "balance": "balance", "cash_flow": "cash"}


@cache
def normalization_table(kind: str) -> pd.Series:
    """Raw item name → generic name: FinanceToolkit's Yahoo table, then its FMP table for names Yahoo lacks.

    Generic names (values of either table) pass through unchanged in ``convert_financial_statements``."""
    name = _TABLES[kind]
    yahoo, fmp = read_normalization_file(f"{name}_yf"), read_normalization_file(name)
    return pd.concat([yahoo, fmp[~fmp.index.isin(yahoo.index)]])


@cache
def generic_items(kind: str) -> tuple[str, ...]:
    """The generic items FinanceToolkit's FMP path always has (it adds missing ones as NaN rows)."""
    return tuple(read_normalization_file(_TABLES[kind]).tolist())


def period_labels(period_ends: Sequence[date]) -> list[str]:
    """FinanceToolkit's calendar-year label of each fiscal-year end (e.g. a year ending 2024-01-28 is "2023")."""
    labels = helpers.convert_period_end_dates_to_calendar_periods(pd.DatetimeIndex(list(period_ends)), quarter=False)
    return [str(label) for label in labels]


def statement_frame(symbol: str, statement: Statement) -> pd.DataFrame:
    """One annual statement as FinanceToolkit's ``(ticker, item) × year`` frame with its generic item names."""
    raw = pd.DataFrame({item: [np.nan if v is None else v for v in values]
                        for item, values in statement.items.items()}, index=period_labels(statement.period_ends)).T
    raw = raw.loc[:, ~raw.columns.duplicated()].astype("float64")
    raw.index = pd.MultiIndex.from_product([[symbol], raw.index])
    # adjust_financial_statements=False: with True it would keep only raw (Yahoo/FMP) names and drop the generic
    # names that already pass through; the rows it would add as NaN are added below instead.
    frame = convert_financial_statements(raw, normalization_table(statement.kind), adjust_financial_statements=False)
    frame = frame.groupby(level=[0, 1], sort=False).first()  # two raw names for one generic item: keep one row
    missing = [item for item in generic_items(statement.kind) if item not in frame.index.get_level_values(1)]
    if missing:  # like FinanceToolkit's own FMP path: an item the source lacks is NaN, never an invented 0
        frame = pd.concat([frame, pd.DataFrame(np.nan, index=pd.MultiIndex.from_product([[symbol], missing]),
                                               columns=frame.columns)])
    return frame.sort_index(axis=1)


def _bars_frame(bars: Iterable[PriceBar], dividends: Iterable[CashEvent], divide_by: float = 1.0) -> pd.DataFrame:
    """One ticker's daily bars in the column layout of FinanceToolkit's Yahoo download (before enrichment)."""
    rows = [(b.date, b.open, b.high, b.low, b.close, b.adj_close if b.adj_close is not None else b.close,
             b.volume) for b in bars]
    frame = pd.DataFrame([r[1:] for r in rows], columns=PRICE_COLUMNS[:6], dtype="float64",
                         index=pd.PeriodIndex([r[0] for r in rows], freq="D", name="Date"))
    frame[PRICE_COLUMNS[:5]] = frame[PRICE_COLUMNS[:5]] / divide_by
    paid = pd.Series({pd.Period(e.date, freq="D"): e.value for e in dividends}, dtype="float64")
    frame["Dividends"] = paid.groupby(level=0).sum().reindex(frame.index).fillna(0.0)
    return frame[~frame.index.duplicated(keep="first")].sort_index()


def price_frame(series: dict[str, tuple[Sequence[PriceBar], Sequence[CashEvent]]], start: str, end: str,
                divide_by: float = 1.0) -> pd.DataFrame:
    """Daily prices of several labels (tickers, ``Benchmark``, maturities) as FinanceToolkit's historical frame:
    Return and Cumulative Return by its ``enrich_historical_data``, gaps between trading days by its
    ``fill_non_trading_days``, as its ``get_historical_data`` does."""
    per_label = {label: helpers.enrich_historical_data(_bars_frame(bars, events, divide_by), start=start, end=end)
                 for label, (bars, events) in series.items()}
    frame = pd.concat(per_label).unstack(level=0)
    frame = frame.reindex(list(series), level=1, axis=1)
    frame["Dividends"] = frame["Dividends"].fillna(0)
    frame = fill_non_trading_days(frame, "Adj Close")
    frame.index = pd.PeriodIndex(frame.index, freq="D", name="Date")
    return frame.sort_index()


def treasury_frame(bars: Sequence[PriceBar], start: str, end: str) -> pd.DataFrame:
    """^TNX (percent, as Yahoo quotes it) as FinanceToolkit's daily Treasury frame, yields as fractions.

    FinanceToolkit fetches all four maturities whenever one is absent, so the three we do not have are present as
    NaN columns: it then uses the 10-year series it was told to use and fetches nothing."""
    frame = price_frame({RISK_FREE_MATURITY: (bars, [])}, start, end, divide_by=100.0)
    columns = pd.MultiIndex.from_product([frame.columns.get_level_values(0).unique(), MATURITIES])
    return frame.reindex(columns=columns)


def empty_price_frame(symbol: str, days: Sequence[date]) -> pd.DataFrame:
    """NaN prices on ``days`` for a ticker the provider has no prices for: price-based ratios come out missing
    instead of FinanceToolkit fetching prices."""
    columns = pd.MultiIndex.from_product([[*PRICE_COLUMNS, "Return", "Cumulative Return"], [symbol]])
    index = pd.PeriodIndex(sorted(set(days)), freq="D", name="Date")
    frame = pd.DataFrame(np.nan, index=index, columns=columns)
    frame["Dividends"] = 0.0
    return frame
