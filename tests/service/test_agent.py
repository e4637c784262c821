"""The agent loop through the real HTTP stack and the real ``openai`` SDK, streamed and not, on a scripted engine."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Annotated, Any

import httpx
import openai
import pytest
from pydantic import Field

from service.app import create_app
from service.settings import Settings
from tests.fakes.live import serve
from tests.fakes.scripted import ScriptedEngine, call, quote_tool_results, say
from tools.calc import register_calculators
from tools.registry import Registry

_barrier: dict[str, asyncio.Barrier] = {}


async def meet(party: Annotated[str, Field(description="who arrives")]) -> dict[str, str]:
    """Wait until two calls are running at once (times out if calls run one after another)."""
    barrier = _barrier.setdefault("b", asyncio.Barrier(2))
    await asyncio.wait_for(barrier.wait(), 2.0)
    return {"met": party}


async def sleepy(seconds: Annotated[float, Field(ge=0)]) -> dict[str, float]:
    """Sleep, then answer."""
    await asyncio.sleep(seconds)
    return {"slept": seconds}


def _registry() -> Registry:
    reg = Registry()
    register_calculators(reg)
    reg.add("test.meet", meet)
    reg.add("test.sleepy", sleepy)
    return reg


@pytest.fixture(scope="module")
def engine() -> ScriptedEngine:
    return ScriptedEngine([say("hello")])


@pytest.fixture(scope="module")
def base_url(engine: ScriptedEngine) -> Iterator[str]:
    settings = Settings(tool_timeout_s=0.5, max_turns=4)
    with serve(create_app(settings, engine=engine, tools=_registry())) as url:
        yield url


@pytest.fixture
def script(engine: ScriptedEngine) -> Any:
    def set_turns(*turns: Any) -> None:
        engine.turns, engine.calls = list(turns), 0
        _barrier.clear()

    return set_turns


def ask(base_url: str, stream: bool, **kwargs: Any) -> dict[str, Any]:
    """One chat completion through the openai SDK; streamed replies are folded the way a client would."""
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key="unused", max_retries=0)
    params: dict[str, Any] = {"model": "elson-agent", "messages": [{"role": "user", "content": "hi"}], **kwargs}
    if not stream:
        return client.chat.completions.create(**params).model_dump()
    text, calls, trace, finish, ext = [], {}, [], None, {}
    for chunk in client.chat.completions.create(stream=True, **params):
        extra = chunk.model_extra or {}
        if extra.get("elson"):
            trace += extra["elson"].get("tool_trace") or []
            ext.update({k: v for k, v in extra["elson"].items() if k != "tool_trace"})
        for choice in chunk.choices:
            finish = choice.finish_reason or finish
            text.append(choice.delta.content or "")
            for tc in choice.delta.tool_calls or []:
                entry = calls.setdefault(tc.index, {"id": tc.id, "name": "", "arguments": ""})
                entry["name"] += (tc.function.name or "") if tc.function else ""
                entry["arguments"] += (tc.function.arguments or "") if tc.function else ""
    message = {"content": "".join(text), "tool_calls": [
        {"id": c["id"], "function": {"name": c["name"], "arguments": c["arguments"]}} for c in calls.values()] or None}
    return {"choices": [{"message": message, "finish_reason": finish}], "elson": {**ext, "tool_trace": trace}}


@pytest.mark.parametrize("stream", [False, True])
def test_final_answer_in_one_turn(base_url: str, script: Any, stream: bool) -> None:
    script(say("The answer is 42."))
    out = ask(base_url, stream)
    assert out["choices"][0]["message"]["content"] == "The answer is 42."
    assert out["choices"][0]["finish_reason"] == "stop"
    assert out["elson"]["turns"] == 1 and not out["elson"]["tool_trace"]


@pytest.mark.parametrize("stream", [False, True])
def test_tool_result_is_fed_back_to_the_model(base_url: str, script: Any, stream: bool) -> None:
    script(call(("calc.loan_payment", {"principal": 300000, "annual_rate": 0.065, "years": 30})),
           quote_tool_results())
    out = ask(base_url, stream)
    content = out["choices"][0]["message"]["content"]
    assert content.startswith("Tool said: ") and json.loads(content.removeprefix("Tool said: "))["value"] == 1896.2
    trace = out["elson"]["tool_trace"]
    assert [(t["name"], t["ok"], t["turn"]) for t in trace] == [("calc.loan_payment", True, 1)]
    assert trace[0]["arguments"] == {"principal": 300000, "annual_rate": 0.065, "years": 30}
    assert out["elson"]["turns"] == 2 and out["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize("stream", [False, True])
def test_parallel_calls_run_concurrently(base_url: str, script: Any, stream: bool) -> None:
    script(call(("test.meet", {"party": "a"}), ("test.meet", {"party": "b"})), quote_tool_results())
    out = ask(base_url, stream)
    trace = out["elson"]["tool_trace"]
    assert [t["ok"] for t in trace] == [True, True], trace  # the barrier times out if they ran in sequence
    assert '{"met": "a"} | {"met": "b"}' in out["choices"][0]["message"]["content"]


@pytest.mark.parametrize("stream", [False, True])
def test_tool_errors_go_back_to_the_model(base_url: str, script: Any, stream: bool) -> None:
    script(call(("calc.loan_payment", {"principal": -5, "annual_rate": 0.1, "years": 1}),
                ("no.such_tool", {}), ("test.sleepy", {"seconds": 3}), ("calc.loan_payment", "{not json")),
           quote_tool_results())
    out = ask(base_url, stream)
    kinds = [t["error"]["type"] for t in out["elson"]["tool_trace"]]
    assert kinds == ["invalid_arguments", "unknown_tool", "timeout", "invalid_arguments"]
    content = out["choices"][0]["message"]["content"]
    assert content.count('"error"') == 4 and "principal" in content


@pytest.mark.parametrize("stream", [False, True])
def test_max_turns_is_a_clean_finish(base_url: str, script: Any, stream: bool) -> None:
    script(call(("calc.compound_growth", {"present_value": 100, "annual_rate": 0.05, "years": 2})))
    out = ask(base_url, stream, extra_body={"max_turns": 3})
    assert out["choices"][0]["finish_reason"] == "length"
    assert out["elson"]["stop_reason"] == "max_turns"
    assert len(out["elson"]["tool_trace"]) == 3


@pytest.mark.parametrize("stream", [False, True])
def test_client_tools_are_returned_to_the_client(base_url: str, script: Any, stream: bool) -> None:
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}
    script(call(("get_weather", {"city": "Paris"}), preamble="Checking. "))
    out = ask(base_url, stream, tools=[tool])
    message = out["choices"][0]["message"]
    assert out["choices"][0]["finish_reason"] == "tool_calls"
    assert message["content"] == "Checking. "
    assert [(c["function"]["name"], json.loads(c["function"]["arguments"])) for c in message["tool_calls"]] == [
        ("get_weather", {"city": "Paris"})]
    assert message["tool_calls"][0]["id"]


@pytest.mark.parametrize("stream", [False, True])
def test_plain_model_returns_tool_calls_without_running_them(base_url: str, script: Any, stream: bool) -> None:
    script(call(("calc.loan_payment", {"principal": 1, "annual_rate": 0.1, "years": 1})))
    tool = {"type": "function", "function": {"name": "calc.loan_payment", "parameters": {"type": "object"}}}
    out = ask(base_url, stream, model="fake-model", tools=[tool])
    assert out["choices"][0]["finish_reason"] == "tool_calls"
    assert out["choices"][0]["message"]["tool_calls"][0]["function"]["name"] == "calc.loan_payment"
    assert not out.get("elson") or not out["elson"].get("tool_trace")


def test_tool_call_deltas_have_the_openai_shape(base_url: str, script: Any) -> None:
    script(call(("get_weather", {"city": "Oslo"})))
    tool = {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}
    body = {"model": "fake-model", "stream": True, "tools": [tool], "messages": [{"role": "user", "content": "x"}],
            "stream_options": {"include_usage": True}}
    with httpx.stream("POST", f"{base_url}/v1/chat/completions", json=body, timeout=30) as resp:
        events = [json.loads(line[6:]) for line in resp.iter_lines() if line.startswith("data: {")]
    deltas = [c["choices"][0]["delta"]["tool_calls"][0] for c in events if c["choices"]
              and c["choices"][0]["delta"].get("tool_calls")]
    assert deltas[0] == {"index": 0, "id": deltas[0]["id"], "type": "function",
                         "function": {"name": "get_weather", "arguments": ""}}
    assert all(set(d) == {"index", "function"} and set(d["function"]) == {"arguments"} for d in deltas[1:])
    assert "".join(d["function"]["arguments"] for d in deltas) == '{"city": "Oslo"}'
    assert events[-1]["choices"] == [] and events[-1]["usage"]["completion_tokens"] > 0
    assert events[-2]["choices"][0]["finish_reason"] == "tool_calls"


async def test_async_sdk_streams(base_url: str, script: Any) -> None:
    script(say("streamed words here", pieces=3))
    client = openai.AsyncOpenAI(base_url=f"{base_url}/v1", api_key="unused", max_retries=0)
    stream = await client.chat.completions.create(model="elson-agent", stream=True,
                                                  messages=[{"role": "user", "content": "hi"}])
    pieces = [c.choices[0].delta.content async for c in stream if c.choices and c.choices[0].delta.content]
    assert len(pieces) >= 3 and "".join(pieces) == "streamed words here"


def test_tool_and_turn_metrics(base_url: str, script: Any) -> None:
    script(call(("calc.compound_growth", {"present_value": 1, "annual_rate": 0.1, "years": 1}), ("nope.x", {})),
           quote_tool_results())
    ask(base_url, False)
    text = httpx.get(f"{base_url}/metrics").text
    assert 'elson:tool_calls_total{outcome="ok",tool="calc.compound_growth"}' in text
    assert 'elson:tool_calls_total{outcome="unknown_tool",tool="nope.x"}' in text
    assert 'elson:tool_latency_seconds_count{tool="calc.compound_growth"}' in text
    assert "elson:agent_turns_bucket" in text
