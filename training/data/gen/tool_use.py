"""Tool-use records, built from the tool registry and *executed*: every tool call in a record ran on the offline
snapshot provider, and the final answer quotes what it returned.

A record's ``messages`` are exactly what the gateway's agent loop would put in front of a model: the agent's system
prompt with the offered tools (the best BM25 matches for the question, as the gateway picks them, with the tools
the answer needs always among them), the user's question, assistant ``<tool_call>`` turns, ``<tool_response>``
turns and the final answer, all in the Hermes form of :mod:`tools.callformat`.

This module holds the runner and the calculator templates; :mod:`training.data.gen.tool_use_data` the market-data,
fundamentals, multi-tool, recovery and no-tool ones.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
from collections.abc import Callable, Sequence
from typing import Any

from tools.callformat import AGENT_SYSTEM_PROMPT, to_hermes_messages
from training.data.domains import Difficulty
from training.data.gen.common import Draft, money, pct, pick

DEFAULT_NAMESPACES = ("calc", "yfinance", "financetoolkit")  # what the gateway offers its agent by default
OFFERED = 4  # tools per request on the embedded engine (ELSON_AGENT_MAX_TOOLS default there)


class ToolKit:
    """The registry on the snapshot provider, with BM25 tool selection and a cache of identical calls (results are
    deterministic, and FinanceToolkit calls cost a tenth of a second each)."""

    def __init__(self) -> None:
        os.environ["ELSON_DATA_PROVIDER"] = "snapshot"  # records must replay offline, whatever the caller's setting
        from tools.registry import default_registry
        from tools.selection import ToolIndex
        from tools.settings import get_tool_settings
        from tools.yahoo_tools import get_provider

        get_tool_settings.cache_clear()
        get_provider.cache_clear()
        self.registry = default_registry()
        schemas = self.registry.schemas()
        self._default = ToolIndex([s for s in schemas if s["function"]["name"].split(".")[0] in DEFAULT_NAMESPACES])
        self._all = ToolIndex(schemas)
        self._loop = asyncio.new_event_loop()
        self._cache: dict[str, tuple[bool, str]] = {}

    def run(self, name: str, arguments: dict[str, Any]) -> tuple[bool, str]:
        """Invoke one tool as the agent loop does; ``(ok, content)`` with ``content`` the tool message text."""
        key = name + json.dumps(arguments, sort_keys=True)
        if key not in self._cache:
            result = self._loop.run_until_complete(self.registry.invoke(name, arguments, timeout=120))
            self._cache[key] = (result.ok, result.content())
        return self._cache[key]

    def offer(self, question: str, needed: Sequence[str], everything: bool = False) -> list[dict[str, Any]]:
        """The tools a request for ``question`` is offered, with every tool in ``needed`` among them."""
        index = self._all if everything else self._default
        must = set(needed)
        others = [s["function"]["name"] for s in index.select(question, OFFERED)
                  if s["function"]["name"] not in must]
        picked = must | set(others[: max(0, OFFERED - len(must))])
        return [t.openai_schema() for t in self.registry if t.name in picked]  # registry order, as the gateway

    def close(self) -> None:
        self._loop.close()


class Chat:
    """One agent conversation being written: tool turns run for real as they are added."""

    def __init__(self, kit: ToolKit, question: str, needed: Sequence[str], everything: bool = False) -> None:
        self.kit, self.question = kit, question
        self.offered = kit.offer(question, needed, everything)
        self.messages: list[dict[str, Any]] = [{"role": "system", "content": AGENT_SYSTEM_PROMPT},
                                               {"role": "user", "content": question}]
        self._n = 0

    def call(self, *calls: tuple[str, dict[str, Any]], say: str = "") -> list[tuple[bool, dict[str, Any]]]:
        """One assistant turn that calls ``calls`` (in parallel), then their results; returns ``(ok, payload)``
        per call, ``payload`` the result or its ``{"error": ...}``."""
        tool_calls = []
        for name, args in calls:
            self._n += 1
            tool_calls.append({"id": f"call_{self._n}", "type": "function",
                               "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}})
        self.messages.append({"role": "assistant", "content": say or None, "tool_calls": tool_calls})
        out = []
        for tc, (name, args) in zip(tool_calls, calls, strict=True):
            ok, content = self.kit.run(name, args)
            self.messages.append({"role": "tool", "tool_call_id": tc["id"], "content": content})
            out.append((ok, json.loads(content)))
        return out

    def one(self, name: str, args: dict[str, Any], say: str = "") -> tuple[bool, dict[str, Any]]:
        """A turn with a single call."""
        return self.call((name, args), say=say)[0]

    def finish(self, answer: str, domain: str, difficulty: Difficulty, template: str,
               params: dict[str, Any]) -> Draft:
        """The draft: the final answer appended and the whole chat rendered in Hermes form."""
        self.messages.append({"role": "assistant", "content": answer})
        return Draft(instruction=self.question, output=answer, domain=domain, difficulty=difficulty,
                     template=f"tool_use.{template}", params=params,
                     messages=to_hermes_messages(self.messages, self.offered),
                     tools=[t["function"]["name"] for t in self.offered])


class Unusable(Exception):
    """A drawn case whose tool result cannot make a good record (the filler simply draws again)."""


def usable(result: tuple[bool, dict[str, Any]]) -> dict[str, Any]:
    """The payload of a successful call; a failed one makes the case :class:`Unusable`."""
    ok, payload = result
    if not ok:
        raise Unusable(payload["error"]["message"])
    return payload


ToolTemplate = Callable[[ToolKit, random.Random], Draft]


def cite(payload: dict[str, Any]) -> str:
    """Where a data figure came from: ``(source: ..., as of ...)``."""
    return f"(source: {payload.get('source', 'elson.calc')}, as of {payload.get('as_of') or 'n/a'})"


def calc_answer(payload: dict[str, Any], lead: str) -> str:
    """A calculator result as the final answer: the lead sentence, the formula, the inputs and the explanation."""
    inputs = ", ".join(f"{k} = {v:.8g}" if isinstance(v, float) else f"{k} = {v}" for k, v in payload["inputs"].items())
    lines = [lead, "", f"Formula: {payload['formula']}", f"Inputs: {inputs}", f"Working: {payload['explanation']}."]
    if payload.get("source") and payload["source"] != "elson.calc":
        lines.append(f"Table used: {payload['source']}.")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- calculators

def _calc(kit: ToolKit, question: str, name: str, args: dict[str, Any], lead: Callable[[dict[str, Any]], str],
          difficulty: Difficulty = "easy") -> Draft:
    chat = Chat(kit, question, [name])
    payload = usable(chat.one(name, args))
    return chat.finish(calc_answer(payload, lead(payload)), "calculator_tools", difficulty, name.split(".")[1],
                       {**args, "answer": payload["value"]})


def t_loan_payment(kit: ToolKit, rng: random.Random) -> Draft:
    p, r, y = pick(rng, 5_000, 900_000, 500), pick(rng, 0.02, 0.11, 0.00125), rng.choice([3, 4, 5, 7, 10, 15, 20, 30])
    q = rng.choice([f"What is the monthly payment on a {money(p, False)} loan at {pct(r)} APR over {y} years?",
                    f"Calculate the monthly mortgage payment for {money(p, False)} borrowed at {pct(r)} for {y} years.",
                    f"I'm borrowing {money(p, False)} for {y} years at {pct(r)}. What will I pay each month?"])
    return _calc(kit, q, "calc.loan_payment", {"principal": p, "annual_rate": r, "years": y},
                 lambda d: f"The monthly payment is {money(d['value'])}.")


def t_compound_growth(kit: ToolKit, rng: random.Random) -> Draft:
    pv, r, t = pick(rng, 1_000, 250_000, 250), pick(rng, 0.02, 0.10, 0.0025), rng.randint(2, 40)
    m = rng.choice([1, 4, 12])
    c = rng.choice([0.0, 0.0, pick(rng, 500, 20_000, 500)])
    extra = f" and I add {money(c, False)} at the end of each year" if c else ""
    comp = {1: "annually", 4: "quarterly", 12: "monthly"}[m]
    q = rng.choice([f"If I invest {money(pv, False)} at {pct(r)} compounded {comp}{extra}, what will it be worth "
                    f"in {t} years?",
                    f"How much will {money(pv, False)} grow to after {t} years at {pct(r)} a year, compounded {comp}"
                    f"{extra}?"])
    args: dict[str, Any] = {"present_value": pv, "annual_rate": r, "years": t, "compounds_per_year": m}
    if c:
        args["annual_contribution"] = c
    return _calc(kit, q, "calc.compound_growth", args, lambda d: f"It grows to {money(d['value'])}.",
                 "medium" if c else "easy")


def t_present_value(kit: ToolKit, rng: random.Random) -> Draft:
    fv, r, t = pick(rng, 5_000, 2_000_000, 1_000), pick(rng, 0.02, 0.09, 0.0025), rng.randint(2, 35)
    q = rng.choice([f"How much do I need to invest today at {pct(r)} a year to have {money(fv, False)} in {t} years?",
                    f"What is the present value of {money(fv, False)} received {t} years from now, discounted at "
                    f"{pct(r)}?"])
    return _calc(kit, q, "calc.present_value", {"future_value": fv, "annual_rate": r, "years": t},
                 lambda d: f"The present value is {money(d['value'])}.")


def t_future_value(kit: ToolKit, rng: random.Random) -> Draft:
    pmt, r, t = pick(rng, 50, 3_000, 25), pick(rng, 0.02, 0.10, 0.0025), rng.randint(3, 40)
    due = rng.random() < 0.3
    when = "at the start of each month" if due else "at the end of each month"
    q = rng.choice([f"I save {money(pmt, False)} {when} at {pct(r)} a year. How much will I have after {t} years?",
                    f"What is the future value of {money(pmt, False)} deposited {when} for {t} years earning "
                    f"{pct(r)} annually (compounded monthly)?"])
    args = {"present_value": 0, "annual_rate": r, "years": t, "periods_per_year": 12, "payment": pmt,
            "payment_at_start": due}
    return _calc(kit, q, "calc.future_value", args, lambda d: f"You will have {money(d['value'])}.", "medium")


def t_periods_to_payoff(kit: ToolKit, rng: random.Random) -> Draft:
    p, r = pick(rng, 1_000, 40_000, 100), pick(rng, 0.05, 0.29, 0.0025)
    pmt = round(p * (r / 12) * rng.uniform(1.3, 4.0) + p / 200, -1) or 10.0
    q = rng.choice([f"How many months will it take to pay off a {money(p, False)} credit card balance at {pct(r)} APR "
                    f"if I pay {money(pmt, False)} a month?",
                    f"I owe {money(p, False)} at {pct(r)} and can pay {money(pmt, False)} monthly. How long until "
                    f"it's paid off?"])
    return _calc(kit, q, "calc.periods_to_payoff", {"principal": p, "annual_rate": r, "payment": pmt},
                 lambda d: f"It takes {d['value']:g} monthly payments.", "medium")


def t_loan_rate(kit: ToolKit, rng: random.Random) -> Draft:
    p, y = pick(rng, 10_000, 500_000, 1_000), rng.choice([3, 5, 7, 10, 15, 30])
    true_rate = pick(rng, 0.03, 0.12, 0.0025)
    r, n = true_rate / 12, y * 12
    pmt = round(p * r / (1 - (1 + r) ** -n), 2)
    q = rng.choice([f"A lender offers {money(p, False)} over {y} years with payments of {money(pmt)} a month. What "
                    f"interest rate is that?",
                    f"What APR am I paying if a {money(p, False)}, {y}-year loan costs {money(pmt)} monthly?"])
    return _calc(kit, q, "calc.loan_rate", {"principal": p, "payment": pmt, "years": y},
                 lambda d: f"The loan's annual rate is {pct(d['value'], 3)}.", "medium")


def t_amortization(kit: ToolKit, rng: random.Random) -> Draft:
    p, r, y = pick(rng, 5_000, 600_000, 1_000), pick(rng, 0.025, 0.10, 0.00125), rng.choice([2, 3, 4, 5])
    q = rng.choice([f"Show the amortization of a {money(p, False)} loan at {pct(r)} over {y} years, year by year.",
                    f"How much interest and principal do I pay each year on {money(p, False)} borrowed at {pct(r)} "
                    f"for {y} years?"])
    chat = Chat(kit, q, ["calc.amortization_schedule"])
    args = {"principal": p, "annual_rate": r, "years": y}
    d = usable(chat.one("calc.amortization_schedule", args))
    rows = "\n".join(f"| {row['year']} | {money(row['interest'])} | {money(row['principal'])} | "
                     f"{money(row['balance'])} |" for row in d["table"])
    lead = (f"The payment is {money(d['value'])} a month. By year:\n\n| year | interest | principal | balance |\n"
            f"| --- | --- | --- | --- |\n{rows}")
    return chat.finish(calc_answer(d, lead), "calculator_tools", "medium", "amortization_schedule",
                       {**args, "answer": d["value"]})


def t_npv_irr(kit: ToolKit, rng: random.Random) -> Draft:
    outlay = pick(rng, 10_000, 2_000_000, 5_000)
    n = rng.randint(3, 7)
    flows = [-outlay] + [round(outlay * rng.uniform(0.15, 0.45), -2) for _ in range(n)]
    listing = ", ".join(money(f, False) for f in flows)
    if rng.random() < 0.5:
        rate = pick(rng, 0.04, 0.15, 0.005)
        q = f"What is the NPV at a {pct(rate)} discount rate of these yearly cash flows (year 0 first): {listing}?"
        return _calc(kit, q, "calc.npv", {"rate": rate, "cash_flows": flows},
                     lambda d: f"The net present value is {money(d['value'])}.", "medium")
    q = f"What is the internal rate of return of a project with cash flows {listing} (year 0 first)?"
    return _calc(kit, q, "calc.irr", {"cash_flows": flows}, lambda d: f"The IRR is {pct(d['value'], 3)}.", "medium")


def t_bond(kit: ToolKit, rng: random.Random) -> Draft:
    face, c, t = rng.choice([1_000, 1_000, 5_000, 10_000]), pick(rng, 0.01, 0.08, 0.0025), rng.randint(2, 30)
    if rng.random() < 0.5:
        y = pick(rng, 0.01, 0.09, 0.0025)
        q = (f"Price a {money(face, False)} face-value bond with a {pct(c)} semiannual coupon, {t} years to maturity, "
             f"at a {pct(y)} yield to maturity.")
        args = {"face_value": face, "coupon_rate": c, "years_to_maturity": t, "yield_to_maturity": y}
        return _calc(kit, q, "calc.bond_price", args, lambda d: f"The bond is worth {money(d['value'])}.", "medium")
    price = round(face * rng.uniform(0.8, 1.15), 2)
    q = (f"A {money(face, False)} bond paying a {pct(c)} semiannual coupon matures in {t} years and trades at "
         f"{money(price)}. What is its yield to maturity?")
    args = {"price": price, "face_value": face, "coupon_rate": c, "years_to_maturity": t}
    return _calc(kit, q, "calc.bond_yield", args, lambda d: f"The yield to maturity is {pct(d['value'], 3)}.",
                 "medium")


def t_portfolio(kit: ToolKit, rng: random.Random) -> Draft:
    k, n = rng.randint(2, 3), rng.randint(4, 6)
    raw = [rng.randint(1, 8) for _ in range(k)]
    weights = [round(w / sum(raw), 2) for w in raw]
    weights[-1] = round(1 - sum(weights[:-1]), 2)
    returns = [[round(rng.uniform(-0.2, 0.3), 3) for _ in range(n)] for _ in range(k)]
    table = "; ".join(f"fund {chr(65 + i)}: " + ", ".join(pct(x, 1) for x in row) for i, row in enumerate(returns))
    q = (f"My portfolio holds {k} funds with weights {', '.join(pct(w, 0) for w in weights)}. Their returns over "
         f"the last {n} years were {table}. What are the portfolio's expected annual return and volatility?")
    args = {"weights": weights, "returns": returns, "periods_per_year": 1}
    return _calc(kit, q, "calc.portfolio_return_volatility", args,
                 lambda d: f"The portfolio's expected annual return is {pct(d['value'], 3)}, with volatility "
                           f"{pct(d['details']['volatility'], 3)}.", "hard")


_STATUS = {"single": "single", "married_filing_jointly": "married filing jointly",
           "head_of_household": "head of household", "married_filing_separately": "married filing separately"}


def t_income_tax(kit: ToolKit, rng: random.Random) -> Draft:
    income, status, year = pick(rng, 5_000, 900_000, 50), rng.choice(list(_STATUS)), rng.choice([2024, 2025])
    q = rng.choice([f"What is the {year} federal income tax on taxable income of {money(income, False)} for "
                    f"someone filing {_STATUS[status]}?",
                    f"Filing {_STATUS[status]} with {money(income, False)} of taxable income in {year}, how much "
                    f"federal income tax do I owe, and what are my marginal and effective rates?"])
    return _calc(kit, q, "calc.us_federal_income_tax",
                 {"taxable_income": income, "filing_status": status, "year": year},
                 lambda d: f"Federal income tax is {money(d['value'])}: marginal rate "
                           f"{pct(d['details']['marginal_rate'])}, effective {pct(d['details']['effective_rate'])}.",
                 "medium")


def t_rmd(kit: ToolKit, rng: random.Random) -> Draft:
    bal, age = pick(rng, 20_000, 5_000_000, 1_000), rng.randint(73, 95)
    q = rng.choice([f"I'm {age} with {money(bal, False)} in my traditional IRA at the end of last year. What is my "
                    f"required minimum distribution?",
                    f"Compute this year's RMD for a {age}-year-old IRA owner whose prior year-end balance was "
                    f"{money(bal, False)}."])
    return _calc(kit, q, "calc.required_minimum_distribution", {"account_balance": bal, "age": age},
                 lambda d: f"The required minimum distribution is {money(d['value'])}.")


def t_retirement(kit: ToolKit, rng: random.Random) -> Draft:
    b0, c = pick(rng, 0, 500_000, 1_000), pick(rng, 1_000, 40_000, 500)
    r, t = pick(rng, 0.03, 0.09, 0.0025), rng.randint(5, 40)
    g = rng.choice([0.0, 0.02, 0.03])
    raise_ = f", raising it {pct(g)} a year" if g else ""
    q = (f"I have {money(b0, False)} saved and put away {money(c, False)} a year{raise_}. At a {pct(r)} return, "
         f"how much will I have in {t} years?")
    args: dict[str, Any] = {"current_savings": b0, "annual_contribution": c, "annual_return": r, "years": t}
    if g:
        args["contribution_growth"] = g
    return _calc(kit, q, "calc.retirement_projection", args,
                 lambda d: f"You would have about {money(d['value'])} after {t} years.", "medium")


CALC_TEMPLATES: list[tuple[ToolTemplate, float]] = [
    (t_loan_payment, 1.2), (t_compound_growth, 1.0), (t_present_value, 0.7), (t_future_value, 0.8),
    (t_periods_to_payoff, 0.7), (t_loan_rate, 0.6), (t_amortization, 0.7), (t_npv_irr, 0.9), (t_bond, 0.9),
    (t_portfolio, 0.6), (t_income_tax, 1.2), (t_rmd, 0.8), (t_retirement, 0.9),
]
