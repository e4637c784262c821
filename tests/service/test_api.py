"""API surface: every malformed request gets an OpenAI-shaped 4xx naming the field; auth, limits, ops routes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from service.app import create_app
from service.settings import Settings
from tests.fakes.live import serve
from tests.fakes.scripted import ScriptedEngine, say

KEY = "sk-test-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    settings = Settings(api_keys=[KEY], max_body_bytes=64 * 1024, max_messages=8, max_tokens_cap=1000,
                        max_concurrency=1, max_queue=1)
    engine = ScriptedEngine([say("ok")], delay_s=0.05)
    with serve(create_app(settings, engine=engine)) as url:
        yield url


def post(base_url: str, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(f"{base_url}/v1/chat/completions", content=content, timeout=30,
                      headers={"content-type": "application/json", **AUTH, **(headers or {})})


def msgs(*extra: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"role": "user", "content": "hi"}, *extra]


TOOL = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
BAD = [
    ("broken json", b'{"model": "fake-model", "messages": [', None),
    ("not an object", b"[1, 2]", None),
    ("no messages", {"model": "fake-model"}, "messages"),
    ("empty messages", {"model": "fake-model", "messages": []}, "messages"),
    ("messages wrong type", {"model": "fake-model", "messages": "hi"}, "messages"),
    ("unknown role", {"model": "fake-model", "messages": [{"role": "wizard", "content": "x"}]}, "messages[0]"),
    ("content wrong type", {"model": "fake-model", "messages": [{"role": "user", "content": 5}]},
     "messages[0].content"),
    ("tool message without call", {"model": "fake-model", "messages": msgs(
        {"role": "tool", "tool_call_id": "call_x", "content": "1"})}, None),
    ("invalid tool schema", {"model": "fake-model", "messages": msgs(), "tools": [
        {"type": "function", "function": {"name": "f", "parameters": {"type": "no-such-type"}}}]},
     "tools[0].function.parameters"),
    ("bad tool name", {"model": "fake-model", "messages": msgs(), "tools": [
        {"type": "function", "function": {"name": "has spaces"}}]}, "tools[0].function.name"),
    ("n > 1", {"model": "fake-model", "messages": msgs(), "n": 2}, "n"),
    ("negative max_tokens", {"model": "fake-model", "messages": msgs(), "max_tokens": -1}, "max_tokens"),
    ("max_tokens over cap", {"model": "fake-model", "messages": msgs(), "max_tokens": 5000}, "max_tokens"),
    ("temperature wrong type", {"model": "fake-model", "messages": msgs(), "temperature": "hot"}, "temperature"),
    ("bad tool_choice", {"model": "fake-model", "messages": msgs(), "tools": [TOOL], "tool_choice": "sometimes"},
     "tool_choice"),
    ("tool_choice names missing tool", {"model": "fake-model", "messages": msgs(), "tools": [TOOL],
                                        "tool_choice": {"type": "function", "function": {"name": "g"}}}, None),
    ("required without tools", {"model": "fake-model", "messages": msgs(), "tool_choice": "required"}, None),
    ("bad response_format", {"model": "fake-model", "messages": msgs(), "response_format": {"type": "yaml"}},
     "response_format"),
    ("too many messages", {"model": "fake-model", "messages": msgs(*[{"role": "user", "content": "x"}] * 8)},
     "messages"),
    ("stream wrong type", {"model": "fake-model", "messages": msgs(), "stream": "yes please"}, "stream"),
]


@pytest.mark.parametrize(("case", "body", "param"), BAD, ids=[b[0] for b in BAD])
def test_bad_request_is_a_clear_400(base_url: str, case: str, body: Any, param: str | None) -> None:
    resp = post(base_url, body)
    assert resp.status_code == 400, resp.text
    err = resp.json()["error"]
    assert err["type"] == "invalid_request_error" and err["message"]
    assert "Traceback" not in resp.text
    if param is not None:
        assert err["param"] == param, err


def test_unknown_model_is_404(base_url: str) -> None:
    resp = post(base_url, {"model": "gpt-9", "messages": msgs()})
    assert resp.status_code == 404 and resp.json()["error"]["code"] == "model_not_found"


def test_unknown_fields_are_accepted(base_url: str) -> None:
    resp = post(base_url, {"model": "fake-model", "messages": msgs(), "frobnicate": {"x": 1}, "store": True})
    assert resp.status_code == 200 and resp.json()["choices"][0]["message"]["content"] == "ok"


def test_body_too_large_is_413(base_url: str) -> None:
    resp = post(base_url, {"model": "fake-model", "messages": msgs({"role": "user", "content": "x" * 70000})})
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "request_too_large"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}])
def test_auth_required(base_url: str, headers: dict[str, str]) -> None:
    resp = httpx.post(f"{base_url}/v1/chat/completions", json={"model": "fake-model", "messages": msgs()},
                      headers=headers)
    assert resp.status_code == 401 and resp.json()["error"]["type"] == "authentication_error"
    assert httpx.get(f"{base_url}/v1/models", headers=headers).status_code == 401


def test_sdk_sees_typed_errors(base_url: str) -> None:
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="fake-model", messages=msgs())
    client = openai.OpenAI(base_url=f"{base_url}/v1", api_key=KEY, max_retries=0)
    with pytest.raises(openai.BadRequestError, match="max_tokens"):
        client.chat.completions.create(model="fake-model", messages=msgs(), max_tokens=0)


async def test_concurrency_cap_queues_then_429(base_url: str) -> None:
    body = {"model": "fake-model", "messages": msgs()}
    async with httpx.AsyncClient(base_url=base_url, headers=AUTH, timeout=30) as client:
        results = await asyncio.gather(*(client.post("/v1/chat/completions", json=body) for _ in range(6)))
    codes = sorted(r.status_code for r in results)
    assert codes.count(200) >= 2 and 429 in codes  # 1 running + 1 queued succeed; the rest are refused
    refused = next(r for r in results if r.status_code == 429)
    assert refused.headers["retry-after"] == "1" and refused.json()["error"]["type"] == "rate_limit_error"


def test_ops_routes(base_url: str) -> None:
    assert httpx.get(f"{base_url}/health").json() == {"status": "ok"}
    assert httpx.get(f"{base_url}/ready").json()["status"] == "ready"
    ids = [m["id"] for m in httpx.get(f"{base_url}/v1/models", headers=AUTH).json()["data"]]
    assert ids == ["elson-agent", "fake-model"]
    resp = post(base_url, {"model": "fake-model", "messages": msgs()}, headers={"x-request-id": "abc-123"})
    assert resp.headers["x-request-id"] == "abc-123"
    assert float(resp.headers["x-elson-overhead-ms"]) >= 0
    text = httpx.get(f"{base_url}/metrics").text
    for name in ("elson:requests_total", "elson:e2e_request_latency_seconds_bucket", "elson:num_requests_running",
                 "elson:time_to_first_token_seconds_bucket", "elson:gateway_overhead_seconds_bucket",
                 "elson:prompt_tokens_total", "elson:generation_tokens_total"):
        assert name in text, name
    assert 'elson:requests_total{model="fake-model",status="200"}' in text
    assert 'status="400"' in text


def test_unknown_route_is_openai_shaped_404(base_url: str) -> None:
    resp = httpx.get(f"{base_url}/v1/nothing-here")
    assert resp.status_code == 404 and "error" in resp.json()


def test_request_timeout_is_504() -> None:
    settings = Settings(request_timeout_s=0.3)
    with serve(create_app(settings, engine=ScriptedEngine([say("slow words", pieces=5)], delay_s=0.2))) as url:
        resp = httpx.post(f"{url}/v1/chat/completions", json={"model": "fake-model", "messages": msgs()}, timeout=30)
        assert resp.status_code == 504 and resp.json()["error"]["type"] == "timeout_error"
        body = {"model": "fake-model", "messages": msgs(), "stream": True}
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, timeout=30) as stream:
            events = [line for line in stream.iter_lines() if line.startswith("data: ")]
        assert '"timeout_error"' in events[-2] and events[-1] == "data: [DONE]"  # after the first byte: in-stream


def test_the_agent_offers_the_tools_that_match_the_question() -> None:
    from service.engines.base import Finish, TextDelta

    def list_offered(request: Any) -> list[Any]:  # a model turn that answers with the tools it was shown
        return [TextDelta(",".join(t["function"]["name"] for t in request.tools or [])), Finish("stop")]

    with serve(create_app(Settings(), engine=ScriptedEngine([list_offered]))) as url:
        for question, tool in (("What is the tax on 80,000 of taxable income?", "calc.us_federal_income_tax"),
                               ("Price this bond: 5% coupon, 10 years, 6% yield", "calc.bond_price")):
            reply = httpx.post(f"{url}/v1/chat/completions", timeout=30, json={
                "model": "elson-agent", "messages": [{"role": "user", "content": question}]}).json()
            offered = reply["choices"][0]["message"]["content"].split(",")
            assert len(offered) == 4 and tool in offered, offered
