"""``financetoolkit.*`` tools: FinanceToolkit's own ratio, DuPont and risk code on the active provider's data.

Each call reads statements and prices from :func:`tools.yahoo_tools.get_provider` (the offline snapshot by default,
or live Yahoo), builds the DataFrames FinanceToolkit would otherwise download (:mod:`tools.ftk.frames`) and runs a
``Toolkit`` on them (:mod:`tools.ftk.engine`); FinanceToolkit itself never reaches the network. Yahoo line-item names
are mapped to FinanceToolkit's generic ones with its own normalization tables. Results say so in ``source``
(``financetoolkit on snapshot:yfinance``).

Importing this module and registering the tools imports neither pandas nor financetoolkit (the gateway starts
without them); the first call imports both (about two seconds).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field

from tools.errors import ProviderUnavailable, ToolInputError
from tools.providers.base import (
    CashEvent,
    PriceBar,
    PriceHistory,
    Provenance,
    Provider,
    Statement,
    StatementKind,
    normalize_symbol,
)
from tools.registry import Registry
from tools.yahoo_tools import Choice, Symbol, get_provider

if TYPE_CHECKING:  # the engine imports pandas and financetoolkit: only when a tool runs
    from tools.ftk.engine import Company

RatioGroup = Literal["profitability", "liquidity", "solvency", "efficiency", "valuation"]
PRICED_GROUPS = ("solvency", "valuation")  # the groups with price-based ratios (free-cash-flow yield, P/E...)
STATEMENTS: tuple[StatementKind, ...] = ("income", "balance", "cash_flow")
RISK_FREE_SYMBOL = "^TNX"  # 10-year Treasury yield in percent, FinanceToolkit's default risk-free rate ("10y")
MIN_COMMON_DAYS = 20  # fewer common trading days make beta and the annual figures meaningless
_ISIN = re.compile(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$")  # FinanceToolkit looks these up on Yahoo: refused instead
# The statement items each ratio group cannot do without, named when a group comes out empty.
KEY_ITEMS: dict[str, tuple[str, ...]] = {
    "profitability": ("Revenue", "Cost of Goods Sold", "Operating Income", "Net Income", "Total Assets",
                      "Total Equity"),
    "liquidity": ("Total Current Assets", "Total Current Liabilities", "Cash and Cash Equivalents",
                  "Accounts Receivable"),
    "solvency": ("Total Debt", "Total Assets", "Total Equity", "EBITDA"),
    "efficiency": ("Revenue", "Cost of Goods Sold", "Inventory", "Accounts Receivable", "Total Assets"),
    "valuation": ("Net Income", "Weighted Average Shares", "Total Equity", "Revenue"),
    "dupont": ("Net Income", "Revenue", "Total Assets", "Total Equity", "Operating Income", "Income Before Tax"),
}


class FtkTable(Provenance):
    """FinanceToolkit metrics of one company by fiscal year: ``values[name][period]`` (``None`` = not computable
    from the provider's data)."""

    symbol: str
    analysis: str = Field(description="What was computed, e.g. 'liquidity ratios'")
    periods: list[str] = Field(description="FinanceToolkit's calendar-year labels, oldest first (a fiscal year "
                                           "ending January-May is labelled with the year before)")
    period_ends: dict[str, date] = Field(description="Last day of the fiscal year behind each label")
    values: dict[str, dict[str, float | None]] = Field(description="Metric name → period label → value; ratios "
                                                                   "and margins are fractions (0.42 = 42 %)")
    unavailable: list[str] = Field(description="Metrics FinanceToolkit could not compute for any period")
    notes: list[str] = Field(default_factory=list)


class FtkRisk(Provenance):
    """FinanceToolkit risk and performance measures of a ticker against a benchmark over a date window."""

    symbol: str
    benchmark: str
    start: date = Field(description="First trading day used")
    end: date = Field(description="Last trading day used")
    risk_free: str = Field(description="The risk-free rate series used")
    by_year: dict[str, dict[str, float | None]] = Field(description="Measure → calendar year → value, from the "
                                                                    "daily returns within that year")
    whole_range: dict[str, float | None] = Field(description="Measure over the whole window")
    notes: list[str] = Field(default_factory=list)


def _require_financetoolkit() -> None:
    if importlib.util.find_spec("financetoolkit") is None or importlib.util.find_spec("pandas") is None:
        raise ProviderUnavailable("FinanceToolkit is not installed on this server (pip install financetoolkit)")


def _symbol(symbol: str) -> str:
    sym = normalize_symbol(symbol)
    if _ISIN.match(sym):
        raise ToolInputError(f"{sym} looks like an ISIN; give the ticker symbol (e.g. AAPL) instead")
    return sym


# --- company statements (ratios, DuPont) ----------------------------------------------------------------------------

def _statements(src: Provider, sym: str, what: str) -> dict[str, Statement]:
    """The three annual statements, or a tool error naming the ones the provider lacks."""
    found: dict[str, Statement] = {}
    errors: dict[str, ToolInputError] = {}
    for kind in STATEMENTS:
        try:
            found[kind] = src.statement(sym, kind, "annual")
        except ToolInputError as exc:
            errors[kind] = exc
    if not errors:
        return found
    messages = {e.message for e in errors.values()}
    if not found and len(messages) == 1:  # the same complaint for all three: an unknown symbol, say
        raise ToolInputError(messages.pop())
    raise ToolInputError(f"{what} needs the annual income, balance and cash_flow statements of {sym}; the "
                         f"{src.name} provider lacks {', '.join(errors)} ({next(iter(errors.values())).message})")


def _coverage(history: PriceHistory | None) -> str:
    return f"{history.bars[0].date} to {history.bars[-1].date}" if history and history.bars else "none"


def _company(src: Provider, sym: str, what: str, prices: bool) -> tuple[Company, list[str]]:
    """The engine's ``Company`` for ``sym`` (prices from a year before its first fiscal year on, if asked for and
    the provider has them) and notes about the data behind it."""
    from tools.ftk.engine import Company

    statements = _statements(src, sym, what)
    if not prices:
        return Company(symbol=sym, statements=statements), []
    first = min(d for s in statements.values() for d in s.period_ends)
    try:
        history: PriceHistory | None = src.history(sym, start=first - timedelta(days=400), period=None)
    except ToolInputError:
        history = None
    if history is None:
        return Company(symbol=sym, statements=statements), [
            f"the provider has no prices for {sym}: price-based ratios are unavailable"]
    notes = [f"prices: {_coverage(history)}; FinanceToolkit prices a fiscal year at its calendar-year close, so a "
             "year without prices has no price-based ratio"]
    try:
        dividends = src.distributions(sym).dividends
    except ToolInputError:
        dividends = []
        notes.append(f"the provider has no dividend history for {sym}: dividends count as 0")
    return Company(symbol=sym, statements=statements, bars=history.bars, dividends=dividends), notes


def _check_valuation_prices(company: Company) -> None:
    """Valuation ratios need a share price in at least one fiscal year (FinanceToolkit takes the close of the
    calendar year it labels the fiscal year with): say which ranges exist if there is none."""
    from tools.ftk.frames import period_labels

    years = {int(y) for s in company.statements.values() for y in period_labels(s.period_ends)}
    if any(bar.date.year in years and bar.close is not None for bar in company.bars):
        return
    have = f"{company.bars[0].date} to {company.bars[-1].date}" if company.bars else "none"
    raise ToolInputError(f"valuation ratios need {company.symbol}'s share prices in its fiscal years "
                         f"({min(years)}-{max(years)}); the provider's prices cover: {have}")


def _table(src: Provider, company: Company, analysis: str, key: str, method: Callable[[Any], Any],
           notes: list[str]) -> FtkTable:
    """Run ``method(toolkit)`` on the company's data and shape the answer (a tool error if nothing came out)."""
    from tools.ftk import engine

    table = engine.run_table(company, method)
    rows = {name: row for name, row in table.values.items() if any(v is not None for v in row.values())}
    if not rows:
        missing = [item for item in KEY_ITEMS[key] if item not in table.items]
        detail = f"missing: {', '.join(missing)}" if missing else f"no year has all of {', '.join(KEY_ITEMS[key])}"
        raise ToolInputError(f"FinanceToolkit could not compute any {analysis} for {company.symbol} from the "
                             f"{src.name} provider's statements ({detail})")
    periods = sorted({p for row in rows.values() for p, v in row.items() if v is not None})
    statements = company.statements
    return FtkTable(symbol=company.symbol, analysis=analysis, periods=periods,
                    period_ends={p: table.period_ends[p] for p in periods if p in table.period_ends},
                    values={name: {p: row.get(p) for p in periods} for name, row in rows.items()},
                    unavailable=sorted(set(table.values) - set(rows)),
                    notes=notes + [f"FinanceToolkit: {m}" for m in table.messages[:5]],
                    source=f"financetoolkit on {statements['income'].source}",
                    as_of=max(d for s in statements.values() for d in s.period_ends))


def ratios(
    symbol: Symbol,
    group: Annotated[RatioGroup, Field(description="Ratio group: profitability (margins, ROA, ROE, ROIC), "
                                                   "liquidity (current, quick, cash ratio), solvency (debt-to-"
                                                   "equity, interest coverage), efficiency (turnovers, days "
                                                   "outstanding), valuation (P/E, P/B, EV/EBITDA, dividend yield; "
                                                   "needs share prices)")],
    provider: Choice = None,
) -> FtkTable:
    """Financial ratios of a company by fiscal year, computed by FinanceToolkit from its annual statements (and
    share prices for valuation): one group of profitability, liquidity, solvency, efficiency or valuation ratios.

    Returns ``values[ratio][year]``; ratios FinanceToolkit cannot compute from the data are listed in
    ``unavailable``. Return ratios (ROA, ROE, turnovers) average balance-sheet items over the year and the one
    before, so the first year has none."""
    _require_financetoolkit()
    src, sym = get_provider(provider), _symbol(symbol)
    company, notes = _company(src, sym, "financetoolkit.ratios", prices=group in PRICED_GROUPS)
    if group == "valuation":
        _check_valuation_prices(company)

    def method(toolkit: Any) -> Any:
        return getattr(toolkit.ratios, f"collect_{group}_ratios")()

    return _table(src, company, f"{group} ratios", group, method, notes)


def dupont(
    symbol: Symbol,
    extended: Annotated[bool, Field(description="false: 3-step DuPont (net profit margin × asset turnover × "
                                                "equity multiplier); true: 5-step/extended (tax burden × "
                                                "interest burden × operating margin × asset turnover × equity "
                                                "multiplier)")] = False,
    provider: Choice = None,
) -> FtkTable:
    """DuPont analysis of a company's return on equity by fiscal year, computed by FinanceToolkit from its annual
    statements: ROE split into margin, asset turnover and leverage (3-step), or tax burden, interest burden,
    operating margin, asset turnover and equity multiplier (5-step).

    Asset turnover and the equity multiplier use average total assets and equity (the year and the one before),
    so the first year has no ROE."""
    _require_financetoolkit()
    src, sym = get_provider(provider), _symbol(symbol)
    company, notes = _company(src, sym, "financetoolkit.dupont", prices=False)
    name = "get_extended_dupont_analysis" if extended else "get_dupont_analysis"
    analysis = "extended (5-step) DuPont analysis" if extended else "DuPont analysis (3-step)"

    def method(toolkit: Any) -> Any:
        return getattr(toolkit.models, name)()

    return _table(src, company, analysis, "dupont", method, notes)


# --- risk ---------------------------------------------------------------------------------------------------------

def _overlapping(src: Provider, sym: str, role: str, stock: PriceHistory) -> PriceHistory:
    """``sym``'s daily bars over the stock's range, or a tool error saying which ranges exist."""
    lo, hi = stock.bars[0].date, stock.bars[-1].date
    try:
        return src.history(sym, start=lo, end=hi + timedelta(days=1), period=None)
    except ToolInputError:
        pass
    try:
        have = _coverage(src.history(sym, period="max"))
    except ToolInputError as exc:
        have = f"none ({exc.message})"
    raise ToolInputError(f"no overlap: {stock.symbol} prices cover {lo} to {hi}, but the {role} {sym} has "
                         f"prices {have}; choose dates (or a benchmark) both cover")


def _stock(src: Provider, sym: str, start: date | None, end: date | None) -> PriceHistory:
    """The ticker's bars from a few days before ``start`` (its first return needs the close before) to ``end``
    (inclusive); the last five years when ``start`` is not given."""
    if start is not None:
        begin = start - timedelta(days=10)
    elif end is not None:
        begin = end - timedelta(days=1827)
    else:
        return src.history(sym, period="5y")
    return src.history(sym, start=begin, end=end + timedelta(days=1) if end else None, period=None)


def _window(start: date | None, *series: PriceHistory) -> tuple[date, date]:
    """The days every series covers (from ``start`` on), checked to hold enough common trading days."""
    lo = max([s.bars[0].date for s in series] + ([start] if start else []))
    hi = min(s.bars[-1].date for s in series)
    stock, bench = ({b.date for b in s.bars if lo <= b.date <= hi} for s in series[:2])
    if len(stock & bench) < MIN_COMMON_DAYS:
        ranges = "; ".join(f"{s.symbol} {_coverage(s)}" for s in series)
        raise ToolInputError(f"only {len(stock & bench)} common trading days of {series[0].symbol} and "
                             f"{series[1].symbol} (need {MIN_COMMON_DAYS}); prices: {ranges}")
    return lo, hi


def risk(
    symbol: Symbol,
    benchmark: Annotated[str, Field(min_length=1, max_length=16, description="Benchmark ticker for beta, e.g. "
                                                                            "SPY (S&P 500 ETF)")] = "SPY",
    start: Annotated[date | None, Field(description="First day, YYYY-MM-DD; default: five years before the "
                                                    "last price")] = None,
    end: Annotated[date | None, Field(description="Last day (inclusive), YYYY-MM-DD; default: the last "
                                                  "price")] = None,
    provider: Choice = None,
) -> FtkRisk:
    """Risk and performance of a stock over a date range, computed by FinanceToolkit from daily prices: Sharpe and
    Sortino ratios, beta against a benchmark, annualised volatility, maximum drawdown, value at risk and
    conditional value at risk, per calendar year and (drawdown, VaR, CVaR) over the whole range.

    The risk-free rate is the 10-year US Treasury yield (^TNX) from the same provider. The ticker, the benchmark
    and ^TNX must have prices over the same days; the error says which ranges exist if they do not."""
    _require_financetoolkit()
    src, sym, bench = get_provider(provider), _symbol(symbol), _symbol(benchmark)
    if sym == bench:
        raise ToolInputError(f"{sym} cannot be its own benchmark; choose another (e.g. SPY)")
    today = datetime.now(UTC).date()
    if start is not None and start > today:
        raise ToolInputError(f"start {start} is in the future (today is {today})")
    if start is not None and end is not None and end <= start:
        raise ToolInputError(f"end {end} must be after start {start}")
    stock = _stock(src, sym, start, end)
    benchmark_history = _overlapping(src, bench, "benchmark", stock)
    rates = _overlapping(src, RISK_FREE_SYMBOL, "risk-free rate (10-year Treasury yield)", stock)
    lo, hi = _window(start, stock, benchmark_history, rates)
    result = _run_risk(src, stock, benchmark_history, rates, lo, hi)
    first, last = stock.bars[0].date, stock.bars[-1].date
    asked = (max(start or first, first), min(end or last, last))
    if (result.start - asked[0]).days > 7 or (asked[1] - result.end).days > 7:
        result.notes.append(f"window narrowed from {asked[0]} to {asked[1]}: {bench} and {RISK_FREE_SYMBOL} "
                            f"prices cover {_coverage(benchmark_history)} and {_coverage(rates)}")
    return result


def _run_risk(src: Provider, stock: PriceHistory, bench: PriceHistory, rates: PriceHistory, lo: date,
              hi: date) -> FtkRisk:
    from tools.ftk import engine

    def dividends(sym: str) -> list[CashEvent]:
        try:
            return src.distributions(sym).dividends
        except ToolInputError:  # an index has none; FinanceToolkit's own Yahoo path uses 0 then, too
            return []

    def upto(bars: list[PriceBar]) -> list[PriceBar]:
        return [b for b in bars if b.date <= hi]

    market = engine.Market(symbol=stock.symbol, benchmark=bench.symbol, start=lo, end=hi, bars=upto(stock.bars),
                           dividends=dividends(stock.symbol), benchmark_bars=upto(bench.bars),
                           benchmark_dividends=dividends(bench.symbol), treasury=upto(rates.bars))
    yearly, whole, messages = engine.run_risk(market)
    if not any(v is not None for row in (*yearly.values(), whole) for v in row.values()):
        raise ToolInputError(f"FinanceToolkit computed no risk measure for {stock.symbol} from {lo} to {hi}")
    days = [b.date for b in stock.bars if lo <= b.date <= hi]
    notes = [
        "Sharpe (annualised) and Sortino (FinanceToolkit's daily ratio × √252) use daily excess returns over the "
        "risk-free rate within each year; volatility is annualised; VaR and CVaR are historical 95 % one-day "
        "returns and the drawdown a fraction (negative = loss); years at the window's edges may be partial",
        *(f"FinanceToolkit: {m}" for m in messages[:5])]
    return FtkRisk(symbol=stock.symbol, benchmark=bench.symbol, start=days[0], end=days[-1],
                   risk_free=f"{RISK_FREE_SYMBOL} (10-year US Treasury yield ÷ 100) from {rates.source}",
                   by_year=yearly, whole_range=whole, notes=notes, source=f"financetoolkit on {stock.source}",
                   as_of=days[-1])


def register_ftk_tools(registry: Registry) -> None:
    """Add the ``financetoolkit.*`` tools to ``registry`` (imports neither pandas nor financetoolkit)."""
    for name, func in (("financetoolkit.ratios", ratios), ("financetoolkit.dupont", dupont),
                       ("financetoolkit.risk", risk)):
        registry.add(name, func)
