"""Tool-use conversations beyond one call: several tools (in parallel or chained), recovery from a failed call,
and questions the assistant should answer without any tool."""

from __future__ import annotations

import json
import random

from training.data.domains import Difficulty
from training.data.gen.common import Draft, money, pct, pick
from training.data.gen.tool_use import Chat, ToolKit, ToolTemplate, Unusable, calc_answer, cite, usable
from training.data.gen.tool_use_data import ITEMS, NAMES, big

_ONE_LINE = {"single": "single", "married_filing_jointly": "married filing jointly"}



# ---------------------------------------------------------------------------------------------- several tools

def t_compare_quotes(kit: ToolKit, rng: random.Random) -> Draft:
    a, b = rng.sample(["AAPL", "MSFT", "SPY"], 2)
    q = rng.choice([f"Compare the latest prices of {a} and {b}: which moved more on the day?",
                    f"Quote {a} and {b} for me and tell me which one is up more today."])
    chat = Chat(kit, q, ["yfinance.quote"])
    qa, qb = (usable(r) for r in chat.call(("yfinance.quote", {"symbol": a}), ("yfinance.quote", {"symbol": b})))
    lead = a if qa["change_percent"] >= qb["change_percent"] else b
    text = (f"{a}: {money(qa['price'])}, {qa['change_percent']:+.2f}% on the day {cite(qa)}.\n"
            f"{b}: {money(qb['price'])}, {qb['change_percent']:+.2f}% on the day {cite(qb)}.\n"
            f"{lead} moved more in its latest session. Note the two quotes are from different dates when their "
            f"snapshots differ, so compare them with that in mind.")
    return chat.finish(text, "market_data", "hard", "compare_quotes",
                       {"symbols": [a, b], "answer": max(qa["change_percent"], qb["change_percent"])})


def t_quote_then_growth(kit: ToolKit, rng: random.Random) -> Draft:
    sym, shares = rng.choice(["AAPL", "MSFT", "SPY"]), rng.choice([10, 20, 25, 50, 75, 100, 150, 200])
    r, years = pick(rng, 0.04, 0.10, 0.005), rng.randint(5, 30)
    q = (f"If I buy {shares} shares of {sym} at today's price and the position compounds at {pct(r)} a year, what "
         f"would it be worth in {years} years?")
    chat = Chat(kit, q, ["yfinance.quote", "calc.compound_growth"])
    quote = usable(chat.one("yfinance.quote", {"symbol": sym}))
    cost = round(quote["price"] * shares, 2)
    grown = usable(chat.one("calc.compound_growth", {"present_value": cost, "annual_rate": r, "years": years},
                         say=f"{shares} shares at {money(quote['price'])} cost {money(cost)}; now the growth."))
    lead = (f"{shares} shares of {sym} at {money(quote['price'])} {cite(quote)} cost {money(cost)}. Compounding at "
            f"{pct(r)} for {years} years, that grows to {money(grown['value'])} (an assumption, not a forecast).")
    return chat.finish(calc_answer(grown, lead), "calculator_tools", "hard", "quote_then_growth",
                       {"symbol": sym, "shares": shares, "rate": r, "years": years, "answer": grown["value"]})


def t_compare_margins(kit: ToolKit, rng: random.Random) -> Draft:
    name = rng.choice(["Gross Margin", "Operating Margin", "Net Profit Margin", "Return on Equity",
                       "Return on Assets", "Free Cash Flow Margin"])
    q = rng.choice([f"Which has the higher {name.lower()}, Apple or Microsoft, in their latest fiscal years?",
                    f"Compare AAPL and MSFT on {name.lower()} using FinanceToolkit."])
    chat = Chat(kit, q, ["financetoolkit.ratios"])
    pa, pm = (usable(r) for r in chat.call(("financetoolkit.ratios", {"symbol": "AAPL", "group": "profitability"}),
                                        ("financetoolkit.ratios", {"symbol": "MSFT", "group": "profitability"})))
    va, vm = pa["values"].get(name, {}), pm["values"].get(name, {})
    ya = max((y for y, v in va.items() if v is not None), default=None)
    ym = max((y for y, v in vm.items() if v is not None), default=None)
    if ya is None or ym is None:
        raise Unusable(f"{name} missing")
    winner = "Apple" if va[ya] >= vm[ym] else "Microsoft"
    text = (f"{name}: Apple {pct(va[ya])} in fiscal {ya} {cite(pa)}; Microsoft {pct(vm[ym])} in fiscal {ym} "
            f"{cite(pm)}. {winner} is higher on this measure. The fiscal years differ (Apple's ends in September, "
            f"Microsoft's in June, and the offline data stop at different years).")
    return chat.finish(text, "company_fundamentals", "hard", "compare_margins",
                       {"ratio": name, "answer": max(va[ya], vm[ym])})


def t_retirement_chain(kit: ToolKit, rng: random.Random) -> Draft:
    age, b0 = rng.randint(55, 66), pick(rng, 100_000, 1_500_000, 5_000)
    c, r = pick(rng, 5_000, 30_000, 500), pick(rng, 0.03, 0.07, 0.0025)
    years = 73 - age
    other = pick(rng, 20_000, 90_000, 1_000)
    q = (f"I'm {age} with {money(b0, False)} in a traditional IRA, adding {money(c, False)} a year until 73, "
         f"earning {pct(r)}. What will my first RMD at 73 be, and what federal tax (2025, single) would I owe on "
         f"it if my other taxable income is {money(other, False)}?")
    chat = Chat(kit, q, ["calc.retirement_projection", "calc.required_minimum_distribution",
                         "calc.us_federal_income_tax"])
    proj = usable(chat.one("calc.retirement_projection", {"current_savings": b0, "annual_contribution": c,
                                                       "annual_return": r, "years": years}))
    rmd = usable(chat.one("calc.required_minimum_distribution", {"account_balance": proj["value"], "age": 73},
                       say=f"The balance at 73 projects to {money(proj['value'])}; next the RMD on it."))
    base = usable(chat.one("calc.us_federal_income_tax", {"taxable_income": other, "year": 2025}))
    both = usable(chat.one("calc.us_federal_income_tax", {"taxable_income": round(other + rmd["value"], 2),
                                                       "year": 2025}))
    extra = round(both["value"] - base["value"], 2)
    text = (f"1. Projection: {money(b0, False)} growing at {pct(r)} with {money(c, False)} a year for {years} years "
            f"reaches {money(proj['value'])} ({proj['formula']}).\n"
            f"2. First RMD at 73: {rmd['explanation']} ({rmd['source']}).\n"
            f"3. Tax: on {money(other, False)} alone the 2025 single tax is {money(base['value'])}; with the RMD "
            f"added ({money(other + rmd['value'])}) it is {money(both['value'])}, so the RMD adds {money(extra)} "
            f"of federal tax, at a marginal rate of {pct(both['details']['marginal_rate'])} ({both['source']}).\n\n"
            f"Answer: first RMD {money(rmd['value'])}; extra federal tax {money(extra)}.")
    return chat.finish(text, "calculator_tools", "extremely_complex", "retirement_chain",
                       {"age": age, "savings": b0, "contribution": c, "rate": r, "other_income": other,
                        "answer": extra})


def t_compare_loans(kit: ToolKit, rng: random.Random) -> Draft:
    p, r1 = pick(rng, 100_000, 900_000, 5_000), pick(rng, 0.045, 0.08, 0.00125)
    r2 = round(r1 - pick(rng, 0.0025, 0.0125, 0.00125), 5)
    q = (f"Compare a 30-year mortgage of {money(p, False)} at {pct(r1)} with a 15-year one at {pct(r2)}: monthly "
         f"payment and total interest for each.")
    chat = Chat(kit, q, ["calc.loan_payment"])
    a, b = (usable(x) for x in chat.call(("calc.loan_payment", {"principal": p, "annual_rate": r1, "years": 30}),
                                      ("calc.loan_payment", {"principal": p, "annual_rate": r2, "years": 15})))
    ia, ib = round(a["value"] * 360 - p, 2), round(b["value"] * 180 - p, 2)
    text = (f"30 years at {pct(r1)}: {money(a['value'])} a month, total interest {money(ia)} ({a['formula']}).\n"
            f"15 years at {pct(r2)}: {money(b['value'])} a month, total interest {money(ib)}.\n"
            f"The 15-year loan costs {money(b['value'] - a['value'])} more each month and saves {money(ia - ib)} "
            f"of interest.\n\nAnswer: interest saved {money(ia - ib)}.")
    return chat.finish(text, "calculator_tools", "hard", "compare_loans",
                       {"principal": p, "rate_30": r1, "rate_15": r2, "answer": round(ia - ib, 2)})


MULTI_TEMPLATES: list[tuple[ToolTemplate, float]] = [
    (t_compare_quotes, 0.5), (t_quote_then_growth, 1.0), (t_compare_margins, 0.4), (t_retirement_chain, 1.0),
    (t_compare_loans, 1.0),
]


# ---------------------------------------------------------------------------------------------- recovery

_TYPOS = {"APPL": "AAPL", "AAPl ": "AAPL", "MSFTT": "MSFT", "MSTF": "MSFT", "SYP": "SPY", "SPYY": "SPY"}
_ABSENT = ("TSLA", "NVDA", "AMZN", "GOOGL", "META", "BRK-B", "JPM", "NFLX", "KO", "XOM")


def t_typo_ticker(kit: ToolKit, rng: random.Random) -> Draft:
    typo = rng.choice(list(_TYPOS))
    sym = _TYPOS[typo]
    typo = typo.strip()
    q = rng.choice([f"What's {typo} trading at?", f"Get me a quote for {typo}.", f"Price check on {typo} please."])
    chat = Chat(kit, q, ["yfinance.quote"])
    ok, err = chat.one("yfinance.quote", {"symbol": typo})
    if ok:
        raise Unusable(f"{typo} resolved")
    d = usable(chat.one("yfinance.quote", {"symbol": sym},
                     say=f"There is no data for {typo}; it looks like a typo for {sym}, {NAMES[sym]}."))
    text = (f"I couldn't find {typo} ({err['error']['message'].split(';')[0]}), so I used {sym}, which is probably "
            f"what you meant: {money(d['price'])}, {d['change_percent']:+.2f}% on the day {cite(d)}. Tell me if you "
            f"meant a different ticker.")
    return chat.finish(text, "market_data", "hard", "typo_ticker", {"typo": typo, "symbol": sym,
                                                                    "answer": d["price"]})


def t_absent_ticker(kit: ToolKit, rng: random.Random) -> Draft:
    sym = rng.choice(_ABSENT)
    what = rng.choice(["latest price", "income statement", "dividend history"])
    tool, args = {"latest price": ("yfinance.quote", {"symbol": sym}),
                  "income statement": ("yfinance.statement", {"symbol": sym, "kind": "income"}),
                  "dividend history": ("yfinance.dividends", {"symbol": sym})}[what]
    q = f"Can you get me {sym}'s {what}?"
    chat = Chat(kit, q, [tool])
    ok, err = chat.one(tool, args)
    if ok:
        raise Unusable(f"{sym} is in the snapshot")
    text = (f"I couldn't retrieve {sym}'s {what}: the data tool answered \"{err['error']['message']}\". The offline "
            f"snapshot only covers the tickers listed there; with live data enabled on the server "
            f"(ELSON_DATA_PROVIDER=live) I could fetch it. I won't guess at the figures.")
    return chat.finish(text, "market_data", "medium", "absent_ticker", {"symbol": sym, "tool": tool, "answer": 0})


def t_payment_too_small(kit: ToolKit, rng: random.Random) -> Draft:
    p, r = pick(rng, 2_000, 60_000, 100), pick(rng, 0.12, 0.29, 0.0025)
    interest = p * r / 12
    low = max(10.0, round(interest * rng.uniform(0.4, 0.95), -1))
    q = rng.choice([f"How long will it take to pay off {money(p, False)} at {pct(r)} APR paying {money(low, False)} "
                    f"a month?",
                    f"If I pay {money(low, False)} a month on a {money(p, False)} card balance at {pct(r)}, when "
                    f"will it be paid off?"])
    chat = Chat(kit, q, ["calc.periods_to_payoff"])
    ok, _ = chat.one("calc.periods_to_payoff", {"principal": p, "annual_rate": r, "payment": low})
    if ok:
        raise Unusable("the payment covers the interest")
    better = float(round(interest * 1.5 + p / 100, -1))
    d = usable(chat.one("calc.periods_to_payoff", {"principal": p, "annual_rate": r, "payment": better},
                     say=f"{money(low, False)} does not even cover the monthly interest of {money(interest)}; "
                         f"let me see how long {money(better, False)} a month would take."))
    lead = (f"At {money(low, False)} a month the balance never goes down: the interest alone is {money(interest)} a "
            f"month ({money(p, False)} × {pct(r)} / 12), so the debt grows. Paying {money(better, False)} a month "
            f"instead clears it in {d['value']:g} payments.")
    return chat.finish(calc_answer(d, lead), "calculator_tools", "hard", "payment_too_small",
                       {"principal": p, "annual_rate": r, "payment": low, "better": better, "answer": d["value"]})


_ALIASES = {"revenue": ("Revenue", "TotalRevenue", "Total Revenues", "NetRevenue", "Revenues"),
            "net income": ("NetIncomeLoss", "Net Income Total", "NetIncomes", "Net Incom"),
            "gross profit": ("GrossProfits", "Gross Margin Dollars", "GrossProfitTotal"),
            "operating income": ("OperatingIncomeLoss", "Operating Incomes", "OperatingProfitIncome")}


def t_wrong_item(kit: ToolKit, rng: random.Random) -> Draft:
    sym, label = rng.choice(["AAPL", "MSFT"]), rng.choice(list(_ALIASES))
    right, wrong = ITEMS[(sym, "income")][label], rng.choice(_ALIASES[label])
    ok, content = kit.run("yfinance.statement", {"symbol": sym, "kind": "income", "items": [right]})
    ends = json.loads(content)["period_ends"] if ok else []
    if not ends:
        raise Unusable(content)
    end = rng.choice(ends[:3])
    q = rng.choice([f"What was {NAMES[sym]}'s {label} for the fiscal year ended {end}?",
                    f"Pull {sym}'s {label} ({wrong}) for fiscal {end[:4]}.",
                    f"I need {sym}'s {label} for FY{end[:4]}."])
    chat = Chat(kit, q, ["yfinance.statement"])
    ok, err = chat.one("yfinance.statement", {"symbol": sym, "kind": "income", "items": [wrong]})
    if ok or right not in err["error"]["message"]:  # only cases the error's own suggestions can fix
        raise Unusable("the error does not point to the right line")
    d = usable(chat.one("yfinance.statement", {"symbol": sym, "kind": "income", "items": [right]},
                     say=f"{sym}'s statement has no {wrong!r} line; the tool suggests {right}."))
    v = d["items"][right][d["period_ends"].index(end)]
    if v is None:
        raise Unusable("no value that year")
    text = f"{NAMES[sym]}'s {label} for the fiscal year ended {end} was {big(v)} (line {right}) {cite(d)}."
    return chat.finish(text, "company_fundamentals", "hard", "wrong_item",
                       {"symbol": sym, "item": right, "period_end": end, "answer": v})


def t_fallback_valuation(kit: ToolKit, rng: random.Random) -> Draft:
    name = rng.choice(["Price-to-Earnings", "Price-to-Book", "Dividend Yield", "EV-to-EBITDA", "Price-to-Sales"])
    q = f"What is Microsoft's {name.replace('-', ' ').lower()} ratio from its key statistics?"
    chat = Chat(kit, q, ["yfinance.key_stats", "financetoolkit.ratios"])
    ok, err = chat.one("yfinance.key_stats", {"symbol": "MSFT"})
    if ok:
        raise Unusable("MSFT has key stats")
    d = usable(chat.one("financetoolkit.ratios", {"symbol": "MSFT", "group": "valuation"},
                     say="No key statistics for MSFT offline; FinanceToolkit can compute valuation ratios from its "
                         "statements and prices."))
    series = d["values"].get(name, {})
    year = max((y for y, v in series.items() if v is not None), default=None)
    if year is None:
        raise Unusable(f"{name} missing")
    v = series[year]
    shown = pct(v) if "Yield" in name else f"{v:.2f}"
    text = (f"Yahoo key statistics for MSFT aren't in the offline data ({err['error']['message']}), so I computed "
            f"it with FinanceToolkit instead: Microsoft's {name} for fiscal {year} was {shown}, based on the "
            f"fiscal-year-end price and the 10-K figures {cite(d)}. That is a year-end figure, not today's.")
    return chat.finish(text, "company_fundamentals", "extremely_complex", "fallback_valuation",
                       {"ratio": name, "year": year, "answer": v})


RECOVERY_TEMPLATES: list[tuple[ToolTemplate, float]] = [
    (t_typo_ticker, 0.6), (t_absent_ticker, 0.7), (t_payment_too_small, 1.0), (t_wrong_item, 0.5),
    (t_fallback_valuation, 0.4),
]


# ---------------------------------------------------------------------------------------------- no tool needed

_CONCEPTS: tuple[tuple[str, str], ...] = (
    ("what a stock's beta tells me", "Beta measures how much a stock has moved with the market: a beta of 1.2 means "
     "that, historically, when the benchmark rose or fell 1% the stock tended to move about 1.2% the same way. It "
     "captures market (systematic) risk only, depends on the period and benchmark used, and says nothing about "
     "company-specific risk."),
    ("the difference between trailing and forward P/E", "Trailing P/E divides the price by the last twelve months' "
     "reported earnings per share; forward P/E divides it by analysts' estimate of the next twelve months' EPS. "
     "Trailing is factual but backward-looking; forward reflects expected growth but inherits the estimates' "
     "errors."),
    ("why adjusted close differs from close", "The close is the last traded price of the day. The adjusted close "
     "restates past prices for later splits and dividends so that returns computed from it include those events; "
     "use it for return and risk calculations, and the raw close for what actually traded."),
    ("what a Sharpe ratio measures", "The Sharpe ratio is excess return over the risk-free rate divided by the "
     "volatility of returns: return earned per unit of total risk. Higher is better, it assumes roughly symmetric "
     "returns, and it is only comparable across investments measured over the same period."),
    ("what maximum drawdown means", "Maximum drawdown is the largest fall from a peak to a later trough over a "
     "period, as a percentage of the peak. It shows the worst loss an investor who bought at the top would have "
     "sat through before recovery, which volatility alone does not reveal."),
    ("how DuPont analysis breaks down ROE", "The 3-step DuPont identity writes return on equity as net profit "
     "margin × asset turnover × equity multiplier, i.e. profitability, efficiency and leverage. The 5-step version "
     "splits the margin further into tax burden, interest burden and operating margin."),
    ("what free cash flow is", "Free cash flow is operating cash flow minus capital expenditure: the cash a "
     "business generates after investing to maintain and grow its assets, available for dividends, buybacks, debt "
     "repayment or acquisitions."),
    ("the difference between a quick ratio and a current ratio", "The current ratio divides all current assets by "
     "current liabilities; the quick ratio leaves out inventory (and usually prepaid items) because they cannot be "
     "turned into cash quickly. The quick ratio is the stricter test of short-term liquidity."),
)
_ACTIONS = ("buy", "sell", "short")


def t_no_tool(kit: ToolKit, rng: random.Random) -> Draft:
    difficulty: Difficulty
    kind = rng.choice(["concept", "trade", "predict", "thanks"])
    sym = rng.choice(["AAPL", "MSFT", "SPY", "Tesla", "Nvidia", "Amazon"])
    if kind == "concept":
        topic, answer = rng.choice(_CONCEPTS)
        q = rng.choice([f"No need to look anything up: can you explain {topic}?",
                        f"Quick conceptual question before we look at {sym}: {topic}?",
                        f"In general terms, {topic}?"])
        domain, difficulty = "company_fundamentals", "easy"
    elif kind == "trade":
        action, n = rng.choice(_ACTIONS), rng.choice([5, 10, 25, 50, 100, 200, 500])
        q = rng.choice([f"Please {action} {n} shares of {sym} in my brokerage account.",
                        f"Go ahead and {action} {n} {sym} shares for me at market."])
        answer = (f"I can't place orders or access brokerage accounts: I only have read-only market data and "
                  f"calculators. To {action} {n} shares of {sym}, use your broker's app or call them. If it helps, I "
                  f"can look up the latest quote or work out what the position would cost first.")
        domain, difficulty = "market_data", "easy"
    elif kind == "predict":
        horizon = rng.choice(["tomorrow", "next week", "by the end of the month", "this year"])
        q = rng.choice([f"Will {sym} go up {horizon}?", f"Is {sym} going to rise {horizon}? Just tell me yes or no."])
        answer = (f"I can't tell you whether {sym} will rise {horizon}: short-term price moves are not reliably "
                  f"predictable, and I won't present a guess as a forecast. I can show its recent price history, "
                  f"volatility or valuation ratios so you can judge the risk yourself.")
        domain, difficulty = "market_data", "medium"
    else:
        q = rng.choice(["Thanks, that's everything I needed.", "Great, thank you!", "That's all for now, thanks.",
                        "Perfect, appreciate the help."])
        answer = "You're welcome. Ask any time you need a quote, a statement figure or a calculation."
        domain, difficulty = "market_data", "easy"
    chat = Chat(kit, q, [])
    return chat.finish(answer, domain, difficulty, f"no_tool_{kind}", {"kind": kind})


NO_TOOL_TEMPLATES: list[tuple[ToolTemplate, float]] = [(t_no_tool, 1.0)]
