"""Every scorer, with true and false cases, including the numeric edge cases."""

from __future__ import annotations

from typing import Any

import pytest

from eval.schema import NumericGold, Question, ToolGold
from eval.scoring import read_numbers, score, score_choice, score_numeric, score_short, score_tool


def reply(text: str, **extra: Any) -> dict[str, Any]:
    return {"choices": [{"message": {"role": "assistant", "content": text, **extra}}], **({})}


USD = NumericGold(value=1498.88, unit="usd", rel_tol=0.01)
PCT = NumericGold(value=6.5, unit="percent", rel_tol=0.0, abs_tol=0.05)
NEG = NumericGold(value=-1234.0, unit="usd", rel_tol=0.001)
BIG = NumericGold(value=2_400_000, unit="usd", rel_tol=0.01)


@pytest.mark.parametrize(("text", "gold", "ok"), [
    ("Answer: $1,498.88", USD, True),
    ("The payment is about $1,500.00 a month.", USD, True),         # within 1%
    ("Answer: 1498.88 per month", USD, True),
    ("Answer: $1,398.88", USD, False),
    ("PMT = 250000*0.005/(1-1.005^-360) = 1,498.88\nAnswer: 1,498.88", USD, True),
    ("Rate 6%, 360 months; Answer: $1,600", USD, False),              # the Answer line wins over the working
    ("Answer: 6.5%", PCT, True),
    ("Answer: 0.065", PCT, True),                                     # a fraction for a percentage
    ("Answer: 6.5", PCT, True),
    ("Answer: 65%", PCT, False),
    ("Answer: 0.65", PCT, False),
    ("Answer: -$1,234", NEG, True),
    ("Answer: ($1,234)", NEG, True),                                  # accounting negative
    ("Answer: −1,234", NEG, True),                                    # Unicode minus
    ("Answer: $1,234", NEG, False),                                   # the sign matters
    ("Answer: $2.4 million", BIG, True),                              # scale words
    ("Answer: $2.4M", BIG, True),
    ("Answer: 2,400 thousand", BIG, True),
    ("Answer: $2.4 billion", BIG, False),
    ("Answer: 2.4", BIG, False),                                      # no scale: not the same number
    ("I am not sure.", USD, False),
])
def test_numeric(text: str, gold: NumericGold, ok: bool) -> None:
    assert score_numeric(text, gold).correct is ok, score_numeric(text, gold)


def test_numbers_inside_ranges_and_units_are_not_misread() -> None:
    assert [n.value for n in read_numbers("in 2020-2022 the rate was 3.5% over 5 m")] == [2020, 2022, 3.5, 5]


MC = Question(id="q-1", quiz="q", category="Q", type="multiple_choice", question="Which is a liability?",
              choices={"A": "Cash", "B": "Accounts payable", "C": "Inventory", "D": "Goodwill"}, answer="B")


@pytest.mark.parametrize(("text", "ok"), [
    ("Answer: B", True), ("B", True), ("(B) Accounts payable", True), ("The answer is B.", True),
    ("B. Accounts payable is owed to suppliers.", True), ("It is accounts payable.", True),
    ("Answer: A", False), ("A) Cash", False), ("I don't know", False), ("Answer: E", False),
    ("The correct choice is B. Accounts payable", True),          # an explicit pick anywhere
    ("A. Cash\n\nThe correct choice is B. Accounts payable", True),  # the statement beats the listing
    ("A buyer owes money to suppliers.", False),                   # "A" as an article is not a pick
    ("A. Cash\nB. Accounts payable\nC. Inventory", False),         # listing the choices picks none
    ("The answer would be (B).", True),
])
def test_multiple_choice(text: str, ok: bool) -> None:
    assert score_choice(text, MC).correct is ok


SHORT = Question(id="q-2", quiz="q", category="Q", type="short_answer", question="What does a Roth IRA offer?",
                 rubric=[["tax-free", "tax free"], ["qualified withdrawals", "qualified distributions"],
                         ["after-tax", "after tax"]], min_groups=2)


@pytest.mark.parametrize(("text", "ok"), [
    ("Contributions are after-tax and qualified withdrawals are tax-free.", True),
    ("Qualified distributions come out tax free.", True),
    ("It offers tax-free growth.", False),            # one group of the two needed
    ("It is a retirement account.", False),
])
def test_short_answer(text: str, ok: bool) -> None:
    assert score_short(text, SHORT).correct is ok


TOOL = ToolGold(name="calc.loan_payment", arguments={"principal": 420000, "annual_rate": 0.0625, "years": 30})


def test_tool_use_from_tool_calls_and_from_the_gateways_trace() -> None:
    call = {"id": "c1", "type": "function", "function": {
        "name": "calc.loan_payment", "arguments": '{"principal": 420000.0, "annual_rate": 0.0625, "years": 30}'}}
    assert score_tool(reply("", tool_calls=[call]), TOOL).correct
    trace = {"choices": [{"message": {"content": "done"}}], "elson": {"tool_trace": [
        {"name": "calc.loan_payment", "arguments": {"principal": 420000, "annual_rate": 0.0625, "years": 30,
                                                    "payments_per_year": 12}}]}}
    assert score_tool(trace, TOOL).correct  # extra arguments are fine


@pytest.mark.parametrize(("name", "args", "why"), [
    ("calc.loan_payment", {"principal": 420000, "annual_rate": 6.25, "years": 30}, "other argument values"),
    ("calc.present_value", {"future_value": 420000}, "not calc.loan_payment"),
])
def test_tool_use_false_cases(name: str, args: dict[str, Any], why: str) -> None:
    verdict = score_tool({"choices": [{"message": {}}], "elson": {"tool_trace": [{"name": name,
                                                                                    "arguments": args}]}}, TOOL)
    assert not verdict.correct and why in verdict.reason
    assert score_tool(reply("The payment is $2,586."), TOOL).reason == "no tool call"


def test_alternative_tools_and_string_arguments() -> None:
    gold = ToolGold(name="yfinance.quote", alternatives=["openbb.quote"], arguments={"symbol": "AAPL"})
    resp = {"choices": [{"message": {}}], "elson": {"tool_trace": [{"name": "openbb.quote",
                                                                     "arguments": '{"symbol": "aapl"}'}]}}
    assert score_tool(resp, gold).correct


def test_score_dispatches_on_type() -> None:
    q = Question(id="q-3", quiz="q", category="Q", type="numeric", question="Payment on 250k at 6% for 30 years?",
                 numeric=USD)
    assert score(q, reply("Answer: $1,498.88")).correct and not score(q, {"choices": []}).correct


@pytest.mark.parametrize("bad", [
    {"type": "multiple_choice", "choices": {"A": "x"}, "answer": "B"},
    {"type": "numeric"},
    {"type": "tool_use"},
    {"type": "short_answer", "rubric": []},
])
def test_a_question_without_gold_is_invalid(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Question(id="x", quiz="q", category="Q", question="A question here?", **bad)
