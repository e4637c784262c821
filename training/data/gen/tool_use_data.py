"""Tool-use templates over market data and fundamentals, multi-tool questions, recoveries from failed calls, and
questions that need no tool. Every figure in an answer is read from the executed tool result."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

from training.data.gen.common import Draft, money, pct
from training.data.gen.tool_use import Chat, ToolKit, ToolTemplate, Unusable, cite, usable

PRICED = ("AAPL", "MSFT", "SPY")
NAMES = {"AAPL": "Apple", "MSFT": "Microsoft", "SPY": "the SPDR S&P 500 ETF (SPY)", "^TNX": "the 10-year Treasury "
         "yield index (^TNX)"}

# Line items worth asking about, by statement, as each snapshot names them (AAPL: Yahoo's names; MSFT: the
# FinanceToolkit dataset's). Matching in the tool ignores case and spaces.
ITEMS: dict[tuple[str, str], dict[str, str]] = {
    ("AAPL", "income"): {"revenue": "TotalRevenue", "gross profit": "GrossProfit", "operating income":
                         "OperatingIncome", "net income": "NetIncome", "R&D spending": "ResearchAndDevelopment",
                         "diluted EPS": "DilutedEPS", "EBITDA": "EBITDA", "income tax provision": "TaxProvision"},
    ("AAPL", "balance"): {"total assets": "TotalAssets", "current assets": "CurrentAssets", "current liabilities":
                          "CurrentLiabilities", "total debt": "TotalDebt", "shareholders' equity":
                          "StockholdersEquity", "inventory": "Inventory", "cash and cash equivalents":
                          "CashAndCashEquivalents", "retained earnings": "RetainedEarnings"},
    ("AAPL", "cash_flow"): {"operating cash flow": "OperatingCashFlow", "free cash flow": "FreeCashFlow",
                            "capital expenditure": "CapitalExpenditure", "share buybacks": "RepurchaseOfCapitalStock",
                            "dividends paid": "CashDividendsPaid", "stock-based compensation":
                            "StockBasedCompensation"},
    ("MSFT", "income"): {"revenue": "Revenue", "gross profit": "Gross Profit", "operating income":
                         "Operating Income", "net income": "Net Income", "R&D spending":
                         "Research and Development Expenses", "EPS": "EPS", "EBITDA": "EBITDA",
                         "income tax expense": "Income Tax Expense"},
    ("MSFT", "balance"): {"total assets": "Total Assets", "current assets": "Total Current Assets",
                          "current liabilities": "Total Current Liabilities", "total debt": "Total Debt",
                          "shareholders' equity": "Total Shareholder Equity", "goodwill": "Goodwill",
                          "cash and cash equivalents": "Cash and Cash Equivalents", "retained earnings":
                          "Retained Earnings"},
    ("MSFT", "cash_flow"): {"operating cash flow": "Operating Cash Flow", "free cash flow": "Free Cash Flow",
                            "capital expenditure": "Capital Expenditure", "share buybacks": "Common Stock Purchased",
                            "dividends paid": "Dividends Paid", "stock-based compensation":
                            "Stock Based Compensation"},
}
_KIND_WORDS = {"income": "income statement", "balance": "balance sheet", "cash_flow": "cash-flow statement"}


def big(x: float) -> str:
    """A statement figure in words people use: $394.33 billion, $812.0 million."""
    if abs(x) >= 1e9:
        return f"{'-' if x < 0 else ''}${abs(x) / 1e9:,.2f} billion"
    if abs(x) >= 1e6:
        return f"{'-' if x < 0 else ''}${abs(x) / 1e6:,.1f} million"
    return money(x)



# ---------------------------------------------------------------------------------------------- market data

def t_quote(kit: ToolKit, rng: random.Random) -> Draft:
    sym = rng.choice([*PRICED, "^TNX"])
    q = rng.choice([f"What's the latest price of {sym}?", f"How is {NAMES[sym]} trading right now?",
                    f"Give me a quote for {sym}: price, change on the day and volume.",
                    f"Where did {sym} last trade, and how much did it move from the previous close?"])
    chat = Chat(kit, q, ["yfinance.quote"])
    d = usable(chat.one("yfinance.quote", {"symbol": sym}))
    if sym == "^TNX":
        text = (f"The 10-year US Treasury yield index (^TNX) stood at {d['price']:.3f}, i.e. a yield of about "
                f"{d['price']:.2f}%, a change of {d['change']:+.3f} from the previous close of "
                f"{d['previous_close']:.3f} {cite(d)}.")
    else:
        text = (f"{sym} last traded at {money(d['price'])}, {d['change']:+.2f} ({d['change_percent']:+.2f}%) from the "
                f"previous close of {money(d['previous_close'])}; the day's range was {money(d['day_low'])} to "
                f"{money(d['day_high'])} on volume of {d['volume']:,.0f} shares {cite(d)}.")
    return chat.finish(text, "market_data", "easy", "quote", {"symbol": sym, "answer": d["price"]})


def _dates(kit: ToolKit, sym: str) -> list[str]:
    ok, content = kit.run("yfinance.history", {"symbol": sym, "period": "max"})
    if not ok:
        raise Unusable(content)
    return [bar["date"] for bar in json.loads(content)["bars"]]


def t_history_window(kit: ToolKit, rng: random.Random) -> Draft:
    sym = rng.choice(PRICED)
    days = _dates(kit, sym)
    i, span = rng.randrange(0, len(days) - 16), rng.randint(4, 14)
    first, last = days[i], days[i + span]
    end = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    q = rng.choice([f"How did {sym} move between {first} and {last}?",
                    f"Show me {sym}'s daily closes from {first} to {last} and the change over the period.",
                    f"What were the high and low for {sym} from {first} through {last}?"])
    chat = Chat(kit, q, ["yfinance.history"])
    d = usable(chat.one("yfinance.history", {"symbol": sym, "start": first, "end": end}))
    bars = d["bars"]
    c0, c1 = bars[0]["close"], bars[-1]["close"]
    hi = max(bars, key=lambda b: b["high"])
    lo = min(bars, key=lambda b: b["low"])
    change = c1 / c0 - 1
    text = (f"Over {len(bars)} trading days from {bars[0]['date']} to {bars[-1]['date']}, {sym} closed at "
            f"{money(c0)} and then {money(c1)}: a change of {pct(change)}. The highest intraday price was "
            f"{money(hi['high'])} on {hi['date']} and the lowest {money(lo['low'])} on {lo['date']} {cite(d)}.")
    return chat.finish(text, "market_data", "medium", "history_window",
                       {"symbol": sym, "start": first, "end": end, "answer": round(change, 6)})


def t_history_monthly(kit: ToolKit, rng: random.Random) -> Draft:
    sym = rng.choice(PRICED)
    days = _dates(kit, sym)
    years = sorted({d[:4] for d in days})[1:-1] or sorted({d[:4] for d in days})
    year = rng.choice(years)
    q = rng.choice([f"What were {sym}'s month-end closing prices in {year}?",
                    f"Give me {sym}'s monthly price bars for {year}. How much did it gain or lose over the year?"])
    chat = Chat(kit, q, ["yfinance.history"])
    args = {"symbol": sym, "start": f"{year}-01-01", "end": f"{int(year) + 1}-01-01", "interval": "1mo"}
    d = usable(chat.one("yfinance.history", args))
    bars = d["bars"]
    rows = "\n".join(f"| {b['date'][:7]} | {money(b['close'])} |" for b in bars)
    change = bars[-1]["close"] / bars[0]["open"] - 1
    text = (f"{sym}'s monthly bars for {year} {cite(d)}:\n\n| month | close |\n| --- | --- |\n{rows}\n\n"
            f"From the first open of {money(bars[0]['open'])} to the last close of {money(bars[-1]['close'])} the "
            f"price changed {pct(change)}.")
    return chat.finish(text, "market_data", "medium", "history_monthly", {**args, "answer": round(change, 6)})


def t_dividends(kit: ToolKit, rng: random.Random) -> Draft:
    sym = rng.choice(PRICED)
    chat_q = rng.choice(["total", "latest"])
    ok, content = kit.run("yfinance.dividends", {"symbol": sym})
    years = sorted({e["date"][:4] for e in json.loads(content)["dividends"]}) if ok else []
    if not years:
        raise Unusable(f"{sym} has no dividends")
    year = rng.choice(years)
    q = (f"How much did {sym} pay in dividends per share in {year}?" if chat_q == "total"
         else rng.choice([f"What was {sym}'s most recent dividend?", f"When did {sym} last pay a dividend, and how "
                                                                     f"much was it?"]))
    chat = Chat(kit, q, ["yfinance.dividends"])
    d = usable(chat.one("yfinance.dividends", {"symbol": sym}))
    if chat_q == "total":
        paid = [e for e in d["dividends"] if e["date"].startswith(year)]
        total = round(sum(e["value"] for e in paid), 4)
        listing = ", ".join(f"{money(e['value'], True)} on {e['date']}" for e in paid)
        text = (f"{sym} paid {len(paid)} dividends in {year}: {listing}, a total of {money(total)} per share "
                f"{cite(d)}.")
        return chat.finish(text, "market_data", "medium", "dividends_total",
                           {"symbol": sym, "year": year, "answer": total})
    last = d["dividends"][-1]
    text = f"{sym}'s most recent dividend was {money(last['value'])} per share, paid on {last['date']} {cite(d)}."
    return chat.finish(text, "market_data", "easy", "dividends_latest", {"symbol": sym, "answer": last["value"]})


_PROFILE_FIELDS = {"sector": "sector", "industry": "industry", "employees": "number of full-time employees",
                   "website": "website", "country": "home country", "exchange": "listing exchange"}


def t_profile(kit: ToolKit, rng: random.Random) -> Draft:
    key = rng.choice(list(_PROFILE_FIELDS))
    q = rng.choice([f"What is Apple's {_PROFILE_FIELDS[key]}?", f"Look up AAPL's company profile: what's its "
                                                                f"{_PROFILE_FIELDS[key]}?"])
    chat = Chat(kit, q, ["yfinance.profile"])
    d = usable(chat.one("yfinance.profile", {"symbol": "AAPL"}))
    value = f"{d[key]:,}" if isinstance(d[key], int) else d[key]
    text = f"{d['name']} ({d['symbol']}): {_PROFILE_FIELDS[key]} {value}. {cite(d)}"
    return chat.finish(text, "market_data", "easy", "profile", {"field": key, "answer": str(d[key])})


def _openbb(kit: ToolKit, rng: random.Random, kind: str) -> Draft:
    sym = rng.choice(["AAPL", "MSFT"])
    if kind == "profile":
        key = rng.choice(["sector", "industry", "employees", "website"])
        q = f"Use OpenBB to look up Apple's company profile. What is its {_PROFILE_FIELDS[key]}?"
        chat = Chat(kit, q, ["openbb.profile"], everything=True)
        d = usable(chat.one("openbb.profile", {"symbol": "AAPL"}))
        if d.get(key) is None:
            raise Unusable(f"no {key} in the OpenBB profile")
        value = f"{d[key]:,}" if isinstance(d[key], int) else d[key]
        text = f"Per OpenBB's equity profile, Apple's {_PROFILE_FIELDS[key]} is {value} {cite(d)}."
        return chat.finish(text, "market_data", "easy", "openbb_profile", {"field": key, "answer": str(d[key])})
    if kind == "quote":
        q = f"Using OpenBB, get the latest quote for {sym}."
        chat = Chat(kit, q, ["openbb.quote"], everything=True)
        d = usable(chat.one("openbb.quote", {"symbol": sym}))
        text = (f"Through OpenBB, {sym} last traded at {money(d['price'])} ({d['change_percent']:+.2%} on the day, "
                f"previous close {money(d['previous_close'])}) {cite(d)}.")
        return chat.finish(text, "market_data", "easy", "openbb_quote", {"symbol": sym, "answer": d["price"]})
    if kind == "fundamentals":
        limit = rng.randint(2, 4)
        q = f"Pull {sym}'s last {limit} annual income statements through OpenBB and tell me the revenue trend."
        chat = Chat(kit, q, ["openbb.fundamentals"], everything=True)
        d = usable(chat.one("openbb.fundamentals", {"symbol": sym, "statement": "income", "limit": limit}))
        rows = d["periods"]
        rev_key = next((k for k in ("total_revenue", "revenue") if rows and rows[0]["items"].get(k) is not None),
                       None)
        if rev_key is None:
            raise Unusable("no revenue in the OpenBB rows")
        trend = "; ".join(f"FY{r['fiscal_year']} (ended {r['period_ending']}): {big(r['items'][rev_key])}"
                          for r in rows)
        text = f"{sym}'s annual revenue, newest first, via OpenBB {cite(d)}: {trend}."
        return chat.finish(text, "company_fundamentals", "medium", "openbb_fundamentals",
                           {"symbol": sym, "limit": limit, "answer": rows[0]["items"][rev_key]})
    days = _dates(kit, sym)
    i = rng.randrange(0, len(days) - 8)
    start, end = days[i], days[i + rng.randint(3, 7)]
    q = f"Use OpenBB to fetch {sym}'s daily prices from {start} to {end}. What was the closing price on {end}?"
    chat = Chat(kit, q, ["openbb.historical"], everything=True)
    d = usable(chat.one("openbb.historical", {"symbol": sym, "start": start, "end": end}))
    last = d["bars"][-1]
    text = f"OpenBB's bars for {sym} end on {last['date']} with a close of {money(last['close'])} {cite(d)}."
    return chat.finish(text, "market_data", "easy", "openbb_historical",
                       {"symbol": sym, "start": start, "end": end, "answer": last["close"]})


def t_openbb_quote(kit: ToolKit, rng: random.Random) -> Draft:
    return _openbb(kit, rng, "quote")


def t_openbb_fundamentals(kit: ToolKit, rng: random.Random) -> Draft:
    return _openbb(kit, rng, "fundamentals")


def t_openbb_historical(kit: ToolKit, rng: random.Random) -> Draft:
    return _openbb(kit, rng, "historical")


def t_openbb_profile(kit: ToolKit, rng: random.Random) -> Draft:
    return _openbb(kit, rng, "profile")


MARKET_TEMPLATES: list[tuple[ToolTemplate, float]] = [
    (t_quote, 0.5), (t_history_window, 2.0), (t_history_monthly, 0.6), (t_dividends, 0.8), (t_profile, 0.3),
    (t_openbb_quote, 0.15), (t_openbb_fundamentals, 0.3), (t_openbb_historical, 0.3), (t_openbb_profile, 0.1),
]


# ---------------------------------------------------------------------------------------------- fundamentals

def _fiscal(end: str) -> str:
    return f"fiscal {end[:4]} (year ended {end})"


def t_statement_item(kit: ToolKit, rng: random.Random) -> Draft:
    sym, kind = rng.choice(["AAPL", "MSFT"]), rng.choice(["income", "balance", "cash_flow"])
    label, item = rng.choice(list(ITEMS[(sym, kind)].items()))
    ok, content = kit.run("yfinance.statement", {"symbol": sym, "kind": kind, "items": [item]})
    ends = json.loads(content)["period_ends"] if ok else []
    values = json.loads(content)["items"][item] if ok else []
    present = [i for i, v in enumerate(values) if v is not None]
    if not present:
        raise Unusable(f"{sym} {item} has no values")
    i = rng.choice(present)
    fy = ends[i][:4]
    q = rng.choice([f"What was {NAMES[sym]}'s {label} in fiscal {fy}?",
                    f"From {sym}'s {_KIND_WORDS[kind]}, what is the {label} for fiscal year {fy}?",
                    f"Look up {sym}'s {label} for its {fy} fiscal year."])
    chat = Chat(kit, q, ["yfinance.statement"])
    d = usable(chat.one("yfinance.statement", {"symbol": sym, "kind": kind, "items": [item]}))
    v = d["items"][item][i]
    shown = f"{v:.2f} per share" if "EPS" in item else big(v)
    text = f"{NAMES[sym]}'s {label} for {_fiscal(ends[i])} was {shown}, from its {_KIND_WORDS[kind]} {cite(d)}."
    return chat.finish(text, "company_fundamentals", "easy", "statement_item",
                       {"symbol": sym, "kind": kind, "item": item, "period_end": ends[i], "answer": v})


def t_statement_growth(kit: ToolKit, rng: random.Random) -> Draft:
    sym = rng.choice(["AAPL", "MSFT"])
    label = rng.choice(["revenue", "net income", "operating income", "gross profit"])
    item = ITEMS[(sym, "income")][label]
    q0 = {"sym": sym, "label": label}
    chat_q = rng.choice([f"How fast did {sym}'s {label} grow in its latest fiscal year?",
                         f"What was {NAMES[sym]}'s year-over-year {label} growth in the most recent fiscal year?",
                         f"Compare {sym}'s {label} in its last two fiscal years."])
    chat = Chat(kit, chat_q, ["yfinance.statement"])
    d = usable(chat.one("yfinance.statement", {"symbol": sym, "kind": "income", "items": [item]}))
    values, ends = d["items"][item], d["period_ends"]
    if len(values) < 2 or values[0] is None or values[1] in (None, 0):
        raise Unusable(f"no two years of {item}")
    growth = values[0] / values[1] - 1
    text = (f"{NAMES[sym]}'s {label} was {big(values[0])} in {_fiscal(ends[0])} against {big(values[1])} in "
            f"{_fiscal(ends[1])}: growth = {big(values[0])} / {big(values[1])} − 1 = {pct(growth)} {cite(d)}.")
    return chat.finish(text, "company_fundamentals", "medium", "statement_growth",
                       {"symbol": q0["sym"], "item": item, "answer": round(growth, 6)})


_STATS = {"trailing_pe": ("trailing P/E ratio", "{:.2f}"), "forward_pe": ("forward P/E", "{:.2f}"),
          "peg_ratio": ("PEG ratio", "{:.2f}"), "price_to_book": ("price-to-book ratio", "{:.2f}"),
          "beta": ("beta", "{:.3f}"), "ev_to_ebitda": ("EV/EBITDA multiple", "{:.2f}"),
          "fifty_two_week_high": ("52-week high", "${:,.2f}"), "fifty_two_week_low": ("52-week low", "${:,.2f}"),
          "trailing_eps": ("trailing EPS", "${:,.2f}"), "dividend_rate": ("annual dividend rate", "${:,.2f}")}


def t_key_stats(kit: ToolKit, rng: random.Random) -> Draft:
    key = rng.choice(list(_STATS))
    label, fmt = _STATS[key]
    q = rng.choice([f"What is Apple's {label}?", f"Pull AAPL's key statistics. What's its {label}?"])
    chat = Chat(kit, q, ["yfinance.key_stats"])
    d = usable(chat.one("yfinance.key_stats", {"symbol": "AAPL"}))
    if d.get(key) is None:
        raise Unusable(f"AAPL has no {key}")
    text = f"Apple's {label} is {fmt.format(d[key])} {cite(d)}."
    return chat.finish(text, "company_fundamentals", "easy", "key_stats", {"field": key, "answer": d[key]})


_GROUP_WORDS = {"profitability": "profitability", "liquidity": "liquidity", "solvency": "solvency (leverage)",
                "efficiency": "efficiency", "valuation": "valuation"}


def _ratio_text(name: str, v: float) -> str:
    if any(w in name for w in ("Margin", "Return on", "Yield", "Rate", "Payout")):
        return pct(v)
    if name.startswith("Days") or "Cycle" in name:
        return f"{v:,.1f} days"
    if any(w in name for w in ("Working Capital", "Market Cap", "Enterprise Value", "Asset Value", "Free Cash Flow")
           ) and abs(v) > 1e6:
        return big(v)
    return f"{v:,.3f}"


def t_ftk_ratio(kit: ToolKit, rng: random.Random) -> Draft:
    sym, group = rng.choice(["AAPL", "MSFT"]), rng.choice(list(_GROUP_WORDS))
    ok, content = kit.run("financetoolkit.ratios", {"symbol": sym, "group": group})
    if not ok:
        raise Unusable(content)
    values = json.loads(content)["values"]
    name = rng.choice(sorted(values))
    years = [y for y, v in values[name].items() if v is not None]
    if not years:
        raise Unusable(f"{name} is empty")
    year = rng.choice(years)
    q = rng.choice([f"What was {sym}'s {name.lower()} in {year}?",
                    f"Run FinanceToolkit's {group} ratios for {sym}. What is the {name} for {year}?",
                    f"Using FinanceToolkit, compute {NAMES[sym]}'s {name} for fiscal {year}."])
    chat = Chat(kit, q, ["financetoolkit.ratios"])
    d = usable(chat.one("financetoolkit.ratios", {"symbol": sym, "group": group}))
    v = d["values"][name][year]
    trend = ", ".join(f"{y}: {_ratio_text(name, x)}" for y, x in d["values"][name].items() if x is not None)
    text = (f"{NAMES[sym]}'s {name} for {year} is {_ratio_text(name, v)} (by fiscal year: {trend}), computed by "
            f"FinanceToolkit from the company's statements {cite(d)}.")
    return chat.finish(text, "company_fundamentals", "medium", "ftk_ratio",
                       {"symbol": sym, "group": group, "ratio": name, "year": year, "answer": v})


def t_dupont(kit: ToolKit, rng: random.Random) -> Draft:
    sym, extended = rng.choice(["AAPL", "MSFT"]), rng.random() < 0.35
    q = rng.choice([f"Break down {sym}'s return on equity with a {'5' if extended else '3'}-step DuPont analysis.",
                    f"What drives {NAMES[sym]}'s ROE? Use a{' 5-step' if extended else ' 3-step'} DuPont "
                    f"decomposition."])
    chat = Chat(kit, q, ["financetoolkit.dupont"])
    args: dict[str, Any] = {"symbol": sym, "extended": extended} if extended else {"symbol": sym}
    d = usable(chat.one("financetoolkit.dupont", args))
    year = max(y for y, v in d["values"]["Return on Equity"].items() if v is not None)
    parts = "; ".join(f"{k} {_ratio_text(k, v[year]) if v.get(year) is not None else 'n/a'}"
                      for k, v in d["values"].items())
    roe = d["values"]["Return on Equity"][year]
    text = (f"{d['analysis']} for {NAMES[sym]}, fiscal {year}: {parts}. The product of the factors gives the ROE of "
            f"{pct(roe)} {cite(d)}.")
    return chat.finish(text, "company_fundamentals", "hard" if extended else "medium", "dupont",
                       {**args, "year": year, "answer": roe})


def t_risk(kit: ToolKit, rng: random.Random) -> Draft:
    year = rng.choice(["2020", "2021", "2022"])
    measure = rng.choice(["Sharpe Ratio", "Sortino Ratio", "Beta", "Volatility", "Maximum Drawdown"])
    q = rng.choice([f"What was Microsoft's {measure.lower()} in {year}, measured against SPY?",
                    f"Compute MSFT's risk measures for {year}. What was its {measure}?"])
    chat = Chat(kit, q, ["financetoolkit.risk"])
    args = {"symbol": "MSFT", "benchmark": "SPY", "start": f"{year}-01-01", "end": f"{year}-12-31"}
    d = usable(chat.one("financetoolkit.risk", args))
    v = d["by_year"][measure][year]
    shown = pct(v) if measure in ("Volatility", "Maximum Drawdown") else f"{v:.3f}"
    text = (f"Microsoft's {measure} for {year} was {shown} (benchmark {d['benchmark']}, risk-free rate "
            f"{d['risk_free']}), computed by FinanceToolkit on daily prices {cite(d)}.")
    return chat.finish(text, "company_fundamentals", "medium", "risk", {**args, "measure": measure, "answer": v})


FUNDAMENTAL_TEMPLATES: list[tuple[ToolTemplate, float]] = [
    (t_statement_item, 2.0), (t_statement_growth, 0.6), (t_key_stats, 0.5), (t_ftk_ratio, 2.0), (t_dupont, 0.3),
    (t_risk, 0.5),
]
