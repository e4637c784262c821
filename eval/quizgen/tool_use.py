"""Tool Use (25): requests a finance assistant should answer by calling one specific tool with specific argument
values. The gold carries the tool, accepted alternatives with the same argument names, and the arguments the call
must contain: every required one, plus any optional one the request pins down (rates as fractions, as the tool
schemas take them). Market-data questions use only AAPL, MSFT and SPY, the tickers of the offline snapshot."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from eval.quizgen.common import Maker, QuizSpec, a, money, pct, quiz, step, tool
from eval.schema import Question
from tools.calc.tvm import loan_payment

T = "eval.tool_use."


def _call(key: str, question: str, name: str, args: dict[str, Any], alternatives: tuple[str, ...] = ()) -> Question:
    shown = ", ".join(f"{k}={v!r}" for k, v in args.items())
    return tool(T + key, question, name, args, alternatives=alternatives, params=dict(args),
                explanation=f"Call {name}({shown})" + (f"; {', '.join(alternatives)} also accepted"
                                                       if alternatives else ""))


def _fixed(key: str, phrasings: tuple[str, ...], name: str, args: dict[str, Any],
           alternatives: tuple[str, ...] = ()) -> Maker:
    """A market-data request with fixed arguments, worded one of a few ways."""

    def make(rng: random.Random) -> Question:
        return _call(key, rng.choice(phrasings), name, args, alternatives)

    make.__name__ = key
    return make


def mortgage_payment(rng: random.Random) -> Question:
    principal, rate, years = step(rng, 150_000, 900_000, 5_000), step(rng, 0.05, 0.075, 0.00125), rng.choice((15, 30))
    q = (f"What would the monthly payment be on a {money(principal)} fixed-rate mortgage at {pct(rate, 3)} for "
         f"{years} years?")
    return _call("loan_payment", q, "calc.loan_payment", {"principal": principal, "annual_rate": rate, "years": years})


def car_loan_rate(rng: random.Random) -> Question:
    principal, true_rate, years = step(rng, 15_000, 60_000, 500), step(rng, 0.04, 0.11, 0.0025), rng.choice((4, 5, 6))
    payment = round(loan_payment(principal, true_rate, years).value)
    q = (f"I financed {money(principal)} for a car and pay {money(payment)} a month for {years} years. What annual "
         "interest rate does that work out to?")
    return _call("loan_rate", q, "calc.loan_rate", {"principal": principal, "payment": payment, "years": years})


def lump_needed(rng: random.Random) -> Question:
    goal, rate, years = step(rng, 20_000, 200_000, 1_000), step(rng, 0.03, 0.07, 0.0025), rng.randint(5, 20)
    q = (f"How much would I have to invest today, earning {pct(rate)} compounded annually, to have {money(goal)} "
         f"in {years} years?")
    return _call("present_value", q, "calc.present_value", {"future_value": goal, "annual_rate": rate,
                                                            "years": years})


def amortization(rng: random.Random) -> Question:
    principal, rate = step(rng, 180_000, 700_000, 5_000), step(rng, 0.055, 0.0725, 0.00125)
    q = (f"Break down, year by year, how much of my payments go to interest and how much to principal on a "
         f"{money(principal)} 30-year mortgage at {pct(rate, 3)}.")
    return _call("amortization_schedule", q, "calc.amortization_schedule",
                 {"principal": principal, "annual_rate": rate, "years": 30})


def rmd(rng: random.Random) -> Question:
    balance, age = step(rng, 200_000, 2_500_000, 1_000), rng.randint(74, 88)
    q = (f"My father turns {age} this year and his traditional IRA was worth {money(balance)} last December 31. "
         "What is his required minimum distribution for this year?")
    return _call("required_minimum_distribution", q, "calc.required_minimum_distribution",
                 {"account_balance": balance, "age": age})


def income_tax(rng: random.Random) -> Question:
    status = rng.choice(("single", "married_filing_jointly", "head_of_household"))
    income, year = step(rng, 40_000, 600_000, 100), rng.choice((2024, 2025))
    label = status.replace("_", " ")
    q = f"Figure the {year} federal income tax on {money(income)} of taxable income for someone filing {label}."
    return _call("us_federal_income_tax", q, "calc.us_federal_income_tax",
                 {"taxable_income": income, "filing_status": status, "year": year})


def bond_price(rng: random.Random) -> Question:
    coupon, ytm, years = step(rng, 0.02, 0.06, 0.0025), step(rng, 0.03, 0.07, 0.0005), rng.randint(3, 25)
    q = (f"What should a $1,000 face-value bond with a {pct(coupon)} coupon paid semiannually and {years} years to "
         f"maturity sell for if comparable bonds yield {pct(ytm)}?")
    return _call("bond_price", q, "calc.bond_price", {"face_value": 1000, "coupon_rate": coupon,
                                                      "years_to_maturity": years, "yield_to_maturity": ytm})


def bond_yield(rng: random.Random) -> Question:
    coupon, years, price = step(rng, 0.02, 0.06, 0.0025), rng.randint(4, 20), step(rng, 880, 1_080, 0.05)
    q = (f"A bond with $1,000 face value, {years} years to maturity and a {pct(coupon)} semiannual coupon is "
         f"quoted at {money(price, True)}. What is its yield to maturity?")
    return _call("bond_yield", q, "calc.bond_yield", {"price": price, "face_value": 1000, "coupon_rate": coupon,
                                                      "years_to_maturity": years})


def project_npv(rng: random.Random) -> Question:
    cost, rate = step(rng, 100_000, 900_000, 10_000), step(rng, 0.06, 0.12, 0.005)
    flows = [step(rng, cost * 0.2, cost * 0.4, 1_000) for _ in range(rng.randint(3, 5))]
    q = (f"A project costs {money(cost)} up front and should return {', '.join(money(f) for f in flows)} at the end "
         f"of each of the next {len(flows)} years. What is its net present value at {a(pct(rate))} discount rate?")
    return _call("npv", q, "calc.npv", {"rate": rate, "cash_flows": [-cost, *flows]})


def deal_irr(rng: random.Random) -> Question:
    cost, years = step(rng, 20_000, 300_000, 1_000), rng.randint(4, 7)
    yearly = step(rng, cost / years * 1.05, cost / years * 1.6, 100)
    q = (f"If I invest {money(cost)} now and get back {money(yearly)} at the end of each year for {years} years, "
         "what is the internal rate of return?")
    return _call("irr", q, "calc.irr", {"cash_flows": [-cost, *[yearly] * years]})


def retirement(rng: random.Random) -> Question:
    saved, yearly = step(rng, 10_000, 400_000, 1_000), step(rng, 3_000, 30_000, 500)
    ret, years = step(rng, 0.04, 0.08, 0.0025), rng.randint(10, 35)
    q = (f"I have {money(saved)} in retirement savings and will add {money(yearly)} at the end of every year. "
         f"Assuming {pct(ret)} annual returns, how much will I have in {years} years?")
    return _call("retirement_projection", q, "calc.retirement_projection",
                 {"current_savings": saved, "annual_contribution": yearly, "annual_return": ret, "years": years})


def card_payoff(rng: random.Random) -> Question:
    owed, apr = step(rng, 2_000, 25_000, 50), step(rng, 0.18, 0.299, 0.001)
    payment = step(rng, owed * apr / 12 * 1.6, owed * apr / 12 * 4, 5)
    q = (f"My credit card balance is {money(owed)} at {pct(apr, 1)} APR. If I pay {money(payment)} a month and "
         "charge nothing new, how many months until it is paid off?")
    return _call("periods_to_payoff", q, "calc.periods_to_payoff",
                 {"principal": owed, "annual_rate": apr, "payment": payment})


def lump_growth(rng: random.Random) -> Question:
    amount, rate, years = step(rng, 1_000, 100_000, 500), step(rng, 0.03, 0.09, 0.0025), rng.randint(5, 40)
    q = f"What will {money(amount)} grow to in {years} years at {pct(rate)} compounded annually?"
    return _call("compound_growth", q, "calc.compound_growth",
                 {"present_value": amount, "annual_rate": rate, "years": years}, ("calc.future_value",))


_MARKET: list[Maker] = [
    _fixed("quote", ("What is AAPL trading at right now?", "Give me Apple's latest share price."),
           "yfinance.quote", {"symbol": "AAPL"}, ("openbb.quote",)),
    _fixed("income_statement", ("What was Apple's total revenue and net income last fiscal year?",
                                "Pull up Apple's annual income statement."),
           "yfinance.statement", {"symbol": "AAPL", "kind": "income"}),
    _fixed("balance_sheet", ("Show me Microsoft's total assets, liabilities and equity from its annual balance "
                             "sheets.", "How much debt and shareholders' equity did MSFT report at its last "
                                        "fiscal year-end balance sheet?"),
           "yfinance.statement", {"symbol": "MSFT", "kind": "balance"}),
    _fixed("cash_flow_statement", ("How much operating cash flow and capital expenditure did Microsoft report in "
                                   "its recent annual cash-flow statements?",),
           "yfinance.statement", {"symbol": "MSFT", "kind": "cash_flow"}),
    _fixed("ratios_liquidity", ("How have Microsoft's current ratio and quick ratio moved over its recent fiscal "
                                "years?",),
           "financetoolkit.ratios", {"symbol": "MSFT", "group": "liquidity"}),
    _fixed("ratios_profitability", ("What has Apple's return on invested capital (ROIC) been in each of its recent "
                                    "fiscal years?",),
           "financetoolkit.ratios", {"symbol": "AAPL", "group": "profitability"}),
    _fixed("dupont_extended", ("Decompose Apple's return on equity into tax burden, interest burden, operating "
                               "margin, asset turnover and equity multiplier.",),
           "financetoolkit.dupont", {"symbol": "AAPL", "extended": True}),
    _fixed("risk", ("What are Microsoft's Sharpe ratio, maximum drawdown and beta against SPY over the last five "
                    "years?",),
           "financetoolkit.risk", {"symbol": "MSFT"}),
    _fixed("history", ("Show me SPY's monthly price bars over the past five years.",
                       "I want month-by-month closing prices for SPY over the last five years."),
           "yfinance.history", {"symbol": "SPY", "interval": "1mo"}),
    _fixed("dividends", ("List the dividends per share Microsoft has paid over the years.",),
           "yfinance.dividends", {"symbol": "MSFT"}),
    _fixed("key_stats", ("What are Apple's current beta, trailing P/E and 52-week high and low?",),
           "yfinance.key_stats", {"symbol": "AAPL"}),
    _fixed("profile", ("Which sector and industry is Apple in, and how many employees does it have?",),
           "yfinance.profile", {"symbol": "AAPL"}, ("openbb.profile",)),
]

_CALC: list[Callable[[random.Random], Question]] = [
    mortgage_payment, car_loan_rate, lump_needed, amortization, rmd, income_tax, bond_price, bond_yield,
    project_npv, deal_irr, retirement, card_payoff, lump_growth,
]

_PLAN: list[Maker] = [*_CALC, *_MARKET]

QUIZZES: list[QuizSpec] = [quiz("tool_use", "Tool Use", 25, _PLAN)]
