"""Runs FinanceToolkit's own ratio, DuPont and risk code on frames built from the provider (see :mod:`.frames`).

FinanceToolkit quirks handled here:

* it fetches whatever it is not handed (statements, prices, all four Treasury maturities, an FMP plan check): every
  dataset is passed in, ``api_key=""`` (an FMP key in the environment would otherwise be used),
  ``sleep_timer=False`` (no plan lookup) and ``use_cached_data=False`` (no cache database);
* the Treasury data cannot be passed to ``Toolkit()``: it is set on the instance as FinanceToolkit's own tests do;
* its modules call ``warnings.filterwarnings("ignore", RuntimeWarning)`` on import and every ``Toolkit()`` sets
  pandas' ``display.float_format``: imported under ``catch_warnings`` and built under ``option_context`` so neither
  leaks into the process;
* its logger writes to stderr with its own handler: its records are captured during a run instead;
* its metric methods turn missing data into an empty result plus a logged error: a ratio it could not compute is
  reported as unavailable.

Runs are serialised by a lock (the points above touch process-wide state). This module imports pandas.
"""

from __future__ import annotations

import logging
import math
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from tools.providers.base import CashEvent, PriceBar, Statement

# FinanceToolkit's modules call filterwarnings("ignore", RuntimeWarning) when imported, and Toolkit loads them on
# first use: import them all now, inside catch_warnings, which restores the process's filters on exit.
with warnings.catch_warnings():
    from financetoolkit.models import models_controller  # noqa: F401
    from financetoolkit.performance import performance_controller  # noqa: F401
    from financetoolkit.ratios import ratios_controller  # noqa: F401
    from financetoolkit.risk import risk_controller  # noqa: F401
    from financetoolkit.toolkit_controller import Toolkit

    from tools.ftk import frames

_LOCK = threading.Lock()
_FTK_LOGGER = "financetoolkit"
# Its own stderr handler goes; records are captured per run (quiet), and the NullHandler keeps logging's
# last-resort handler from printing them otherwise.
logging.getLogger(_FTK_LOGGER).handlers[:] = [logging.NullHandler()]
SIGNIFICANT = 6  # digits kept in results: enough for any ratio, and no float noise for the model to read


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def quiet() -> Iterator[list[str]]:
    """One FinanceToolkit run at a time, warnings off, pandas options restored, its warnings/errors collected."""
    with _LOCK, warnings.catch_warnings(), pd.option_context("display.float_format",
                                                              pd.get_option("display.float_format")):
        warnings.simplefilter("ignore")
        ftk_log = logging.getLogger(_FTK_LOGGER)
        capture = _Capture()
        ftk_log.addHandler(capture)
        try:
            yield capture.messages
        finally:
            ftk_log.removeHandler(capture)


def clean(value: Any) -> float | None:
    """A finite float rounded to :data:`SIGNIFICANT` digits, else ``None`` (NaN and inf are never data)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    return float(f"{number:.{SIGNIFICANT}g}")


def by_row(frame: pd.DataFrame) -> dict[str, dict[str, float | None]]:
    """Rows (metric names) × columns (periods) → ``{metric: {period: value}}``."""
    return {str(name): {str(period): clean(v) for period, v in row.items()} for name, row in frame.iterrows()}


def column(result: pd.DataFrame | pd.Series, label: str) -> dict[str, float | None]:
    """One ticker's column of a periods × tickers result → ``{period: value}`` (empty if FinanceToolkit failed)."""
    if isinstance(result, pd.Series):  # an empty Series is FinanceToolkit's "could not compute"
        return {}
    if label not in result.columns:
        return {}
    return {str(period): clean(v) for period, v in result[label].items()}


@dataclass
class Company:
    """What the ratio tools hand FinanceToolkit: three annual statements and (optionally) daily prices."""

    symbol: str
    statements: dict[str, Statement]  # income, balance, cash_flow
    bars: list[PriceBar] = field(default_factory=list)
    dividends: list[CashEvent] = field(default_factory=list)


@dataclass
class Table:
    """A FinanceToolkit table for one company."""

    values: dict[str, dict[str, float | None]]  # metric → period label → value
    period_ends: dict[str, date]  # period label → last day of that fiscal year
    items: set[str]  # generic statement items with at least one value (to name what is missing)
    messages: list[str]  # FinanceToolkit's own warnings and errors during the run


def _toolkit(symbol: str, historical: pd.DataFrame, treasury: pd.DataFrame, start: str, end: str,
             benchmark: str | None, statements: dict[str, pd.DataFrame] | None = None) -> Any:
    """A ``Toolkit`` that has every dataset it would otherwise fetch."""
    given = statements or {}
    toolkit = Toolkit(
        tickers=[symbol], api_key="", fred_api_key="", start_date=start, end_date=end, quarterly=False,
        use_cached_data=False, risk_free_rate="10y", benchmark_ticker=benchmark, historical=historical,
        balance=given.get("balance", pd.DataFrame()), income=given.get("income", pd.DataFrame()),
        cash=given.get("cash_flow", pd.DataFrame()), convert_currency=False, rounding=None, sleep_timer=False,
        progress_bar=False)
    # Not a Toolkit() argument: FinanceToolkit's own tests set these two the same way.
    toolkit._daily_treasury_data = toolkit._align_treasury_data_to_trading_days(treasury)
    toolkit._daily_risk_free_rate = toolkit._daily_treasury_data.xs(frames.RISK_FREE_MATURITY, level=1, axis=1)
    return toolkit


def _company_toolkit(company: Company, stmts: dict[str, pd.DataFrame]) -> Any:
    """The Toolkit for a company's statement frames and prices."""
    labels = sorted({str(c) for f in stmts.values() for c in f.columns})
    # Statement columns are truncated by comparing the label strings with start_date, and "2021" < "2021-01-01":
    # start at the last day of the year before, or the first year is dropped.
    start, end = f"{int(labels[0]) - 1}-12-31", f"{labels[-1]}-12-31"
    days = [d for s in company.statements.values() for d in s.period_ends]
    if company.bars:
        historical = frames.price_frame({company.symbol: (company.bars, company.dividends)}, start, end)
    else:  # no prices: price-based ratios come out missing instead of FinanceToolkit fetching them
        historical = frames.empty_price_frame(company.symbol, days)
    # Ratios never read the risk-free rate, but the first price lookup loads it: an all-NaN stand-in says
    # "unknown" and keeps FinanceToolkit from fetching Treasury yields.
    blank = [PriceBar(date=d, open=None, high=None, low=None, close=None, adj_close=None, volume=None) for d in days]
    return _toolkit(company.symbol, historical, frames.treasury_frame(blank, start, end), start, end, None, stmts)


def run_table(company: Company, method: Callable[[Any], pd.DataFrame]) -> Table:
    """``method(toolkit)`` (e.g. ``lambda tk: tk.ratios.collect_liquidity_ratios()``) on the company's data."""
    with quiet() as messages:
        stmts = {kind: frames.statement_frame(company.symbol, s) for kind, s in company.statements.items()}
        result = method(_company_toolkit(company, stmts))
    if isinstance(result.index, pd.MultiIndex):  # several tickers keep the ticker level; we have one
        result = result.xs(company.symbol, level=0)
    ends = {label: end for s in company.statements.values()
            for label, end in zip(frames.period_labels(s.period_ends), s.period_ends, strict=True)}
    items = {str(item) for f in stmts.values() for (_, item), row in f.iterrows() if row.notna().any()}
    return Table(values=by_row(result) if isinstance(result, pd.DataFrame) else {}, period_ends=ends, items=items,
                 messages=list(dict.fromkeys(messages)))


@dataclass
class Market:
    """What the risk tool hands FinanceToolkit: ticker, benchmark and ^TNX daily bars over one window."""

    symbol: str
    benchmark: str
    start: date
    end: date
    bars: list[PriceBar]
    dividends: list[CashEvent]
    benchmark_bars: list[PriceBar]
    benchmark_dividends: list[CashEvent]
    treasury: list[PriceBar]


def run_risk(market: Market) -> tuple[dict[str, dict[str, float | None]], dict[str, float | None], list[str]]:
    """Per calendar year and whole-window risk/performance measures of ``market.symbol``."""
    start, end = market.start.isoformat(), market.end.isoformat()
    with quiet() as messages:
        historical = frames.price_frame({market.symbol: (market.bars, market.dividends),
                                         "Benchmark": (market.benchmark_bars, market.benchmark_dividends)},
                                        start, end)
        treasury = frames.treasury_frame(market.treasury, start, end)
        toolkit = _toolkit(market.symbol, historical, treasury, start, end, market.benchmark)
        perf, risk, sym = toolkit.performance, toolkit.risk, market.symbol
        yearly = {
            "Sharpe Ratio": column(perf.get_sharpe_ratio(period="yearly", annualize=True), sym),
            # Per day in FinanceToolkit (its docs: multiply by sqrt(252) to annualise); annualised here so that it
            # compares with the Sharpe ratio, which its own annualize=True scales the same way.
            "Sortino Ratio": column(perf.get_sortino_ratio(period="yearly") * math.sqrt(252), sym),
            "Beta": column(perf.get_beta(period="yearly"), sym),
            "Volatility": column(risk.get_volatility(period="yearly"), sym),
            "Maximum Drawdown": column(risk.get_maximum_drawdown(period="yearly", within_period=True), sym),
            "Value at Risk (95%, daily)": column(risk.get_value_at_risk(period="yearly", within_period=True), sym),
            "Conditional Value at Risk (95%, daily)":
                column(risk.get_conditional_value_at_risk(period="yearly", within_period=True), sym),
        }
        whole = {
            "Maximum Drawdown": risk.get_maximum_drawdown(period="daily"),
            "Value at Risk (95%, daily)": risk.get_value_at_risk(period="daily"),
            "Conditional Value at Risk (95%, daily)": risk.get_conditional_value_at_risk(period="daily"),
        }
    # A year with no measure at all (a lone first day, whose return is unknown) is left out.
    years = sorted({y for row in yearly.values() for y, v in row.items() if v is not None})
    yearly = {name: {y: row.get(y) for y in years} for name, row in yearly.items()}
    whole_range = {name: clean(s.get(sym)) if isinstance(s, pd.Series) else None for name, s in whole.items()}
    return yearly, whole_range, messages
