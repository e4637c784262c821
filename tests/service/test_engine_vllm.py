"""The vllm engine against real fake-upstream processes on loopback sockets (tests/fakes/upstream_server.py)."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import aclosing
from typing import Any

import aiohttp
import pytest

from service import metrics
from service.engines.base import EngineEvent, EngineRequest, Finish, TextDelta, ToolCallEvent
from service.engines.vllm import VllmEngine
from service.exceptions import (
    ContextLengthExceeded,
    InvalidRequest,
    ModelNotFound,
    RateLimited,
    UpstreamError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from service.settings import Settings
from tests.fakes.upstream_server import FakeUpstream

TOOLS = [{"type": "function", "function": {"name": "calc.add", "parameters": {"type": "object"}}}]
MARKUP = 'Let me compute. <tool_call>\n{"name": "calc.add", "arguments": {"a": 1, "b": 2}}\n</tool_call>'
CALL_ID = re.compile(r"^call_[A-Za-z0-9]{24}$")

MakeEngine = Callable[..., Awaitable[VllmEngine]]


@pytest.fixture(scope="module")
def up_a() -> Iterator[FakeUpstream]:
    fake = FakeUpstream.start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def up_b() -> Iterator[FakeUpstream]:
    fake = FakeUpstream.start(models="fake-model,other-model")
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def _fresh_fakes(up_a: FakeUpstream, up_b: FakeUpstream) -> None:
    for fake in (up_a, up_b):
        fake.control(reset=True, healthy=True)


@pytest.fixture
def dead_url() -> str:
    """A loopback port nothing listens on (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.fixture
async def make_engine() -> AsyncIterator[MakeEngine]:
    engines: list[VllmEngine] = []

    async def make(*urls: str, **overrides: Any) -> VllmEngine:
        settings = Settings(upstreams=list(urls), **{"health_interval_s": 60.0, **overrides})
        engine = VllmEngine(settings)
        engines.append(engine)
        await engine.start()
        return engine

    yield make
    for engine in engines:
        await engine.close()


def request(model: str = "fake-model", **kwargs: Any) -> EngineRequest:
    return EngineRequest(model=model, messages=[{"role": "user", "content": "hi"}], **kwargs)


async def collect(engine: VllmEngine, req: EngineRequest) -> list[EngineEvent]:
    return [event async for event in engine.stream(req)]


def text_of(events: list[EngineEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


async def wait_for(predicate: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"condition not reached in {timeout_s} s")
        await asyncio.sleep(0.05)


# --- streaming ---------------------------------------------------------------------------------------------------
async def test_text_stream_and_complete(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    events = await collect(engine, request(request_id="req-1"))
    assert [e.text for e in events[:-1] if isinstance(e, TextDelta)] == ["Hello", ", ", "world", "!"]
    finish = events[-1]
    assert isinstance(finish, Finish) and finish.reason == "stop"
    assert (finish.usage.prompt_tokens, finish.usage.completion_tokens) == (7, 4)
    assert sum(isinstance(e, Finish) for e in events) == 1
    done = await engine.complete(request())
    assert (done.text, done.finish_reason, done.usage.total_tokens) == ("Hello, world!", "stop", 11)
    stats = up_a.stats()
    assert stats["completed"] == 2
    body = stats["last_body"]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert "tools" not in body and "tool_choice" not in body


async def test_request_body_carries_fields(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    req = request(tools=TOOLS, tool_choice="required", max_tokens=33, temperature=0.5, top_p=0.9, stop=["\n"],
                  seed=4, response_format={"type": "json_object"}, extra={"presence_penalty": 0.25},
                  request_id="req-xyz")
    await collect(engine, req)
    stats = up_a.stats()
    body = stats["last_body"]
    assert body["tools"] == TOOLS and body["tool_choice"] == "required" and body["parallel_tool_calls"] is True
    assert (body["max_tokens"], body["temperature"], body["top_p"], body["stop"], body["seed"]) == \
        (33, 0.5, 0.9, ["\n"], 4)
    assert body["response_format"] == {"type": "json_object"} and body["presence_penalty"] == 0.25
    assert stats["last_request_id"] == "req-xyz"


async def test_structured_tool_calls_pass_through(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    events = await collect(engine, request("fake:tools", tools=TOOLS))
    calls = [e for e in events if isinstance(e, ToolCallEvent)]
    assert calls[0].id == "chatcmpl-tool-0" and calls[0].name == "calc.add" and calls[0].index == 0
    assert len(calls) == 4 and all(c.id is None and c.name is None for c in calls[1:])
    assert json.loads("".join(c.arguments for c in calls)) == {"a": 1, "b": 2}
    assert isinstance(events[-1], Finish) and events[-1].reason == "tool_calls"
    done = await engine.complete(request("fake:tools", tools=TOOLS))
    assert done.tool_calls == [{"id": "chatcmpl-tool-0", "name": "calc.add", "arguments": '{"a": 1, "b": 2}'}]


@pytest.mark.parametrize("pieces", ["preset", "chars"])
async def test_markup_in_content_becomes_a_tool_call(up_a: FakeUpstream, make_engine: MakeEngine,
                                                     pieces: str) -> None:
    engine = await make_engine(up_a.url)
    extra = {} if pieces == "preset" else {"fake": {"content": list(MARKUP)}}
    events = await collect(engine, request("fake:markup", tools=TOOLS, extra=extra))
    assert text_of(events) == "Let me compute. "
    assert not any("<" in e.text or "tool_call" in e.text for e in events if isinstance(e, TextDelta))
    calls = [e for e in events if isinstance(e, ToolCallEvent)]
    assert len(calls) == 1 and calls[0].index == 0 and calls[0].name == "calc.add"
    assert CALL_ID.match(calls[0].id or "")
    assert json.loads(calls[0].arguments) == {"a": 1, "b": 2}
    assert isinstance(events[-1], Finish) and events[-1].reason == "tool_calls"


async def test_markup_and_structured_calls_get_distinct_indexes(up_a: FakeUpstream,
                                                                make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    script = {"content": ["ok ", MARKUP[16:]], "tool_calls": [{"name": "calc.mul", "arguments": {"x": 3}}]}
    done = await engine.complete(request(tools=TOOLS, extra={"fake": script}))
    assert [c["name"] for c in done.tool_calls] == ["calc.add", "calc.mul"]
    assert done.tool_calls[0]["id"] != done.tool_calls[1]["id"]
    assert done.text == "ok " and done.finish_reason == "tool_calls"


async def test_markup_without_tools_stays_text(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    done = await engine.complete(request("fake:markup"))
    assert done.text == MARKUP and done.tool_calls == [] and done.finish_reason == "stop"


def sse(delta: dict[str, Any] | None = None, finish: str | None = None, eol: str = "\n") -> str:
    choice = {"index": 0, "delta": delta or {}, "finish_reason": finish}
    return f"data: {json.dumps({'choices': [choice]})}{eol}{eol}"


async def test_sse_edge_cases(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    split = sse({"content": "split"}, eol="\r\n")
    raw = [": keep-alive comment\r\n\r\n", split[:9], split[9:-3], split[-3:], sse({"content": " ok"}),
           "event: message\ndata: " + json.dumps({"choices": []}) + "\n\n", sse(finish="length"), "data: [DONE]\n\n"]
    done = await engine.complete(request(extra={"fake": {"raw": raw}}))
    assert (done.text, done.finish_reason) == ("split ok", "length")
    no_done = await engine.complete(request(extra={"fake": {"raw": [sse({"content": "x"}), sse(finish="stop")]}}))
    assert (no_done.text, no_done.finish_reason) == ("x", "stop")
    for bad in (["data: not json\n\n"], ['data: {"choices": 5}\n\n'], [sse({"content": "cut"})],
                ['data: {"error": {"message": "boom", "code": 500}}\n\n']):
        with pytest.raises(UpstreamError) as err:
            await engine.complete(request(extra={"fake": {"raw": bad}}))
        assert err.value.status_code == 502


# --- failover, retries, errors -----------------------------------------------------------------------------------
async def test_failover_from_dead_replica(up_a: FakeUpstream, dead_url: str, make_engine: MakeEngine) -> None:
    engine = await make_engine(dead_url, up_a.url)
    dead = engine.pool.replicas[0]
    assert not dead.healthy  # the start-up health round saw it down
    dead.healthy = True  # a stale view: the request must still succeed, and mark it down on the spot
    before = metrics.UPSTREAM_ERRORS.labels(dead_url, "connect")._value.get()
    for _ in range(3):
        assert (await engine.complete(request())).text == "Hello, world!"
    assert not dead.healthy and up_a.stats()["chat"] == 3
    assert metrics.UPSTREAM_ERRORS.labels(dead_url, "connect")._value.get() == before + 1
    assert all(r.outstanding == 0 for r in engine.pool.replicas)


async def test_failover_from_503(up_a: FakeUpstream, up_b: FakeUpstream, make_engine: MakeEngine) -> None:
    up_a.control(script={"status": 503})
    engine = await make_engine(up_a.url, up_b.url)
    for _ in range(4):
        assert (await engine.complete(request())).text == "Hello, world!"
    assert up_b.stats()["chat"] == 4 and 1 <= up_a.stats()["chat"] <= 4


async def test_no_retry_budget_and_all_bad(up_a: FakeUpstream, up_b: FakeUpstream, dead_url: str,
                                          make_engine: MakeEngine) -> None:
    up_a.control(script={"status": 503})
    only_503 = await make_engine(up_a.url, upstream_retries=0)
    with pytest.raises(UpstreamUnavailable) as err:
        await only_503.complete(request())
    assert err.value.status_code == 503 and up_a.stats()["chat"] == 1
    only_dead = await make_engine(dead_url, upstream_retries=0)
    with pytest.raises(UpstreamUnavailable) as err:
        await only_dead.complete(request())
    assert err.value.status_code == 503 and "127.0.0.1" not in err.value.message
    up_b.control(script={"status": 500})
    both_bad = await make_engine(up_a.url, up_b.url, upstream_retries=2)
    with pytest.raises(UpstreamError) as final:  # 503 retried onto b, whose 500 is final
        await both_bad.complete(request())
    assert final.value.status_code == 502 and "internal" not in final.value.message


async def test_upstream_500_is_not_retried(up_a: FakeUpstream, up_b: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url, up_b.url, upstream_retries=2)
    with pytest.raises(UpstreamError) as err:
        await engine.complete(request("fake:500"))
    assert type(err.value) is UpstreamError and err.value.status_code == 502
    assert up_a.stats()["chat"] + up_b.stats()["chat"] == 1


async def test_client_errors_map(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    with pytest.raises(InvalidRequest) as bad:
        await engine.complete(request("fake:400"))
    assert bad.value.status_code == 400 and bad.value.message == "bad request from fake"
    with pytest.raises(ModelNotFound) as missing:
        await engine.complete(request("no-such-model"))
    assert missing.value.status_code == 404 and "no-such-model" in missing.value.message
    with pytest.raises(RateLimited) as limited:
        await engine.complete(request("fake:429"))
    assert limited.value.headers == {"Retry-After": "7"}
    context = {"status": 400, "message": "This model's maximum context length is 2048 tokens."}
    with pytest.raises(ContextLengthExceeded):
        await engine.complete(request(extra={"fake": context}))
    with pytest.raises(UpstreamError) as denied:
        await engine.complete(request(extra={"fake": {"status": 401, "message": "bad key"}}))
    assert denied.value.status_code == 502 and "bad key" not in denied.value.message


async def test_timeout(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url, upstream_read_timeout_s=0.5)
    t0 = time.monotonic()
    with pytest.raises(UpstreamTimeout) as before_headers:
        await engine.complete(request(extra={"fake": {"headers_delay": 3}}))
    assert before_headers.value.status_code == 504
    with pytest.raises(UpstreamTimeout):  # after the first event: the gap between chunks is too long
        await engine.complete(request(extra={"fake": {"delay": 3}}))
    assert time.monotonic() - t0 < 2.5
    assert engine.pool.replicas[0].outstanding == 0


async def test_dies_mid_stream_raises_without_retry(up_a: FakeUpstream, up_b: FakeUpstream,
                                                     make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url, up_b.url, upstream_retries=2)
    seen: list[EngineEvent] = []
    with pytest.raises(UpstreamError) as err:
        async for event in engine.stream(request("fake:die")):
            seen.append(event)
    assert text_of(seen) == "one " and err.value.status_code == 502
    assert up_a.stats()["chat"] + up_b.stats()["chat"] == 1


async def test_dies_before_first_event_is_retried(up_a: FakeUpstream, up_b: FakeUpstream,
                                                  make_engine: MakeEngine) -> None:
    up_a.control(script={"die_after": 0})
    engine = await make_engine(up_a.url, up_b.url, upstream_retries=1)
    for _ in range(2):
        assert (await engine.complete(request())).text == "Hello, world!"
    assert up_b.stats()["chat"] == 2
    up_b.control(script={"die_after": 0})
    with pytest.raises(UpstreamError):
        await engine.complete(request())


# --- health and balancing ----------------------------------------------------------------------------------------
async def test_health_checks_drive_rotation_and_readiness(up_a: FakeUpstream, up_b: FakeUpstream,
                                                          make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url, up_b.url, health_interval_s=0.1)
    a, b = engine.pool.replicas
    assert await engine.ready() and a.healthy and b.healthy
    assert set(await engine.models()) >= {"fake-model", "other-model", "fake:tools"}
    up_a.control(healthy=False)
    await wait_for(lambda: not a.healthy)
    assert await engine.ready()
    for _ in range(4):
        await engine.complete(request())
    assert up_a.stats()["chat"] == 0 and up_b.stats()["chat"] == 4
    up_b.control(healthy=False)
    await wait_for(lambda: not b.healthy)
    assert not await engine.ready() and await engine.models() == []
    # All marked down: requests still go out rather than fail on possibly stale health state.
    assert (await engine.complete(request())).text == "Hello, world!"
    up_a.control(healthy=True)
    up_b.control(healthy=True)
    await wait_for(lambda: a.healthy and b.healthy)
    assert await engine.ready()


async def test_least_outstanding_spreads_concurrent_requests(up_a: FakeUpstream, up_b: FakeUpstream,
                                                             make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url, up_b.url)
    slow = {"fake": {"content": [f"w{i} " for i in range(6)], "delay": 0.05}}
    results = await asyncio.gather(*(engine.complete(request(extra=slow)) for _ in range(6)))
    assert all(r.text.startswith("w0 w1") for r in results)
    assert (up_a.stats()["chat"], up_b.stats()["chat"]) == (3, 3)
    assert [r.outstanding for r in engine.pool.replicas] == [0, 0]


async def test_busy_replica_is_avoided(up_a: FakeUpstream, up_b: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url, up_b.url)
    long = engine.stream(request("fake:long"))
    async with aclosing(long):
        await anext(long)
        busy = next(r for r in engine.pool.replicas if r.outstanding == 1)
        for _ in range(3):
            await engine.complete(request())
        assert busy.outstanding == 1
        idle = up_b if busy.url == up_a.url else up_a
        assert idle.stats()["chat"] == 3


# --- cancellation ------------------------------------------------------------------------------------------------
async def test_closing_the_stream_disconnects_upstream(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    events = engine.stream(request("fake:long", request_id="closed-1"))
    first = await anext(events)
    assert isinstance(first, TextDelta)
    await events.aclose()  # what a client disconnect does to the route's generator
    assert engine.pool.replicas[0].outstanding == 0
    await wait_for(lambda: "closed-1" in up_a.stats()["disconnected_ids"])
    assert up_a.stats()["completed"] == 0


async def test_cancelled_consumer_disconnects_upstream(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    seen: list[EngineEvent] = []

    async def consume() -> None:
        async with aclosing(engine.stream(request("fake:long", request_id="cancelled-1"))) as events:
            async for event in events:
                seen.append(event)

    task = asyncio.create_task(consume())
    await wait_for(lambda: len(seen) >= 2)  # mid-stream, waiting on the upstream's next chunk
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert engine.pool.replicas[0].outstanding == 0
    await wait_for(lambda: "cancelled-1" in up_a.stats()["disconnected_ids"])


# --- passthrough -------------------------------------------------------------------------------------------------
async def direct(fake: FakeUpstream, body: bytes) -> tuple[int, bytes]:
    async with aiohttp.ClientSession() as session, session.post(
        fake.url + "/v1/chat/completions", data=body, headers={"Content-Type": "application/json"}
    ) as resp:
        return resp.status, await resp.read()


def raw_body(model: str = "fake-model", stream: bool = False) -> bytes:
    return json.dumps({"model": model, "messages": [{"role": "user", "content": "hi"}], "stream": stream,
                       "stream_options": {"include_usage": True} if stream else None}).encode()


async def test_passthrough_non_streaming_relays_bytes(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    relayed = await engine.passthrough(raw_body(), stream=False, request_id="req-pt")
    assert (relayed.status, relayed.chunks) == (200, None)
    assert relayed.content_type.startswith("application/json")
    assert relayed.body == (await direct(up_a, raw_body()))[1]
    assert up_a.stats()["chat"] == 2 and engine.pool.replicas[0].outstanding == 0
    bad = await engine.passthrough(raw_body("fake:400"), stream=True, request_id="r")
    assert (bad.status, bad.chunks) == (400, None)
    assert bad.body == (await direct(up_a, raw_body("fake:400", stream=True)))[1]


async def test_passthrough_streaming_relays_bytes(up_a: FakeUpstream, make_engine: MakeEngine) -> None:
    engine = await make_engine(up_a.url)
    relayed = await engine.passthrough(raw_body("fake:tools", stream=True), stream=True, request_id="req-s")
    assert relayed.status == 200 and relayed.content_type.startswith("text/event-stream")
    assert relayed.chunks is not None and relayed.body is None
    assert up_a.stats()["last_request_id"] == "req-s"
    relayed_bytes = b"".join([chunk async for chunk in relayed.chunks])
    assert relayed_bytes == (await direct(up_a, raw_body("fake:tools", stream=True)))[1]
    assert relayed_bytes.endswith(b"data: [DONE]\n\n") and engine.pool.replicas[0].outstanding == 0


async def test_passthrough_retries_503_and_closes_early(up_a: FakeUpstream, up_b: FakeUpstream,
                                                        make_engine: MakeEngine) -> None:
    up_a.control(script={"status": 503})
    engine = await make_engine(up_a.url, up_b.url)
    for _ in range(2):
        ok = await engine.passthrough(raw_body(), stream=False, request_id="r")
        assert ok.status == 200 and ok.body and b"Hello, world!" in ok.body
    relayed = await engine.passthrough(raw_body("fake:long", stream=True), stream=True, request_id="pt-1")
    assert relayed.status == 200 and relayed.chunks is not None
    assert await anext(relayed.chunks)
    await relayed.chunks.aclose()  # type: ignore[attr-defined]
    assert all(r.outstanding == 0 for r in engine.pool.replicas)
    await wait_for(lambda: "pt-1" in up_b.stats()["disconnected_ids"])
    only_503 = await make_engine(up_a.url, upstream_retries=0)
    relayed_503 = await only_503.passthrough(raw_body(), stream=False, request_id="r")
    assert relayed_503.status == 503  # the budget is spent: relayed as-is


async def test_not_started_and_unreachable(dead_url: str, make_engine: MakeEngine) -> None:
    engine = await make_engine(dead_url)
    assert not await engine.ready() and await engine.models() == []
    with pytest.raises(UpstreamUnavailable):
        await engine.passthrough(raw_body(), stream=False, request_id="r")
