"""Choosing which built-in tools an agent request is offered."""

from __future__ import annotations

import pytest

from service.settings import Settings
from tools.registry import default_registry
from tools.selection import ToolIndex, query_text

INDEX = ToolIndex([t for t in default_registry().schemas() if not t["function"]["name"].startswith("openbb.")])


@pytest.mark.parametrize(("question", "tool"), [
    ("What is the monthly payment on a $300,000 mortgage at 6.5% a year over 30 years?", "calc.loan_payment"),
    ("How much federal income tax do I owe on 90k taxable income filing jointly?", "calc.us_federal_income_tax"),
    ("What is the yield to maturity of a bond priced at 950?", "calc.bond_yield"),
    ("IRR of these cash flows: -1000, 300, 400, 500", "calc.irr"),
    ("How much must I withdraw from my IRA at age 75? That is the required minimum distribution.",
     "calc.required_minimum_distribution"),
    ("Volatility of my portfolio with these weights and monthly returns", "calc.portfolio_return_volatility"),
    ("Show me the amortization schedule of my loan", "calc.amortization_schedule"),
    ("What is the latest stock price of AAPL?", "yfinance.quote"),
    ("Show me Apple revenue in the income statement", "yfinance.statement"),
    ("AAPL price history over the last year", "yfinance.history"),
    ("What dividends did AAPL pay?", "yfinance.dividends"),
    ("What sector is MSFT in?", "yfinance.profile"),
    ("What is the P/E ratio and beta of AAPL?", "yfinance.key_stats"),
    ("What is the current ratio of MSFT?", "financetoolkit.ratios"),
    ("Sharpe ratio and beta of MSFT versus the S&P 500", "financetoolkit.risk"),
    ("DuPont analysis of Apple return on equity", "financetoolkit.dupont"),
])
def test_the_tool_a_question_needs_is_among_the_four_offered(question: str, tool: str) -> None:
    chosen = [t["function"]["name"] for t in INDEX.select(question, 4)]
    assert tool in chosen and len(chosen) == 4


def test_zero_or_a_large_k_offers_everything_in_registry_order() -> None:
    assert INDEX.select("anything", 0) == INDEX.schemas
    assert INDEX.select("anything", 1000) == INDEX.schemas
    assert INDEX.select("loan", 3) == INDEX.select("loan", 3)  # deterministic: every turn sees the same tools


def test_query_text_reads_user_messages_only() -> None:
    messages = [{"role": "system", "content": "ignore"}, {"role": "user", "content": "bond"},
                {"role": "assistant", "content": "x"},
                {"role": "user", "content": [{"type": "text", "text": "yield"}]}]
    assert query_text(messages) == "bond yield"


def test_default_tool_limit_depends_on_the_engine() -> None:
    assert Settings().agent_tool_limit == 4
    assert Settings(upstreams=["http://a:8000"]).agent_tool_limit == 0
    assert Settings(agent_max_tools=7).agent_tool_limit == 7


def test_the_agent_is_offered_the_configured_namespaces_only() -> None:
    from service.chat import Gateway
    from tests.fakes.scripted import ScriptedEngine, say

    registry = default_registry()

    def offered(settings: Settings) -> set[str]:
        gateway = Gateway(settings, ScriptedEngine([say("ok")]), registry)
        return {t["function"]["name"].split(".")[0] for t in gateway.tool_index.select("anything", 0)}

    assert offered(Settings()) == {"calc", "yfinance", "financetoolkit"}
    assert offered(Settings(agent_tool_namespaces="openbb,calc")) == {"openbb", "calc"}  # type: ignore[arg-type]
