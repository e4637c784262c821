"""The embedded engine on a tiny random-weight Llama with SmolLM2's tokenizer (see :mod:`tests.fakes.tiny_model`).

Every engine test runs on both backends (the ``engine`` fixture is parametrized): onnxruntime-genai on the tiny
model exported to int4 in a temp dir, and eager transformers. The model's text is noise, so tests assert mechanics:
streaming, limits, cancellation, queueing, prefix reuse, and that every tool call the grammar lets through parses
and validates against its schema. Slow tests run the real SmolLM2.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from jsonschema import Draft202012Validator

from service.engines import model_store
from service.engines.base import CallAccumulator, EngineRequest, Finish, TextDelta, ToolCallEvent
from service.engines.decoding import Detokenizer
from service.engines.embedded import EmbeddedEngine
from service.engines.model_store import ModelStoreError, is_complete, publish_folder
from service.exceptions import ContextLengthExceeded, InvalidRequest, RateLimited
from service.settings import Settings
from tests.fakes.tiny_model import TINY_CONTEXT, build_tiny_model

# Async tests share the module-scoped engine, so they share its event loop.
module_loop = pytest.mark.asyncio(loop_scope="module")


def tool(name: str, parameters: dict[str, Any]) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, "description": f"{name} tool", "parameters": parameters}}


WEATHER = tool("get_weather", {"type": "object", "required": ["city", "unit"], "properties": {
    "city": {"type": "string", "maxLength": 12}, "unit": {"enum": ["celsius", "fahrenheit"]}}})
LOAN = tool("calc.loan_payment", {"type": "object", "required": ["principal", "years"], "properties": {
    "principal": {"type": "number", "minimum": 0}, "annual_rate": {"type": "number"},
    "years": {"type": "integer", "minimum": 1, "maximum": 40}}})
EVENT = tool("create_event", {"type": "object", "required": ["title", "when"], "properties": {
    "title": {"type": "string", "maxLength": 10},
    "when": {"type": "object", "required": ["day", "hour"], "properties": {
        "day": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "hour": {"type": "integer", "minimum": 0, "maximum": 23}}},
    "attendees": {"type": "array", "maxItems": 2, "items": {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string", "maxLength": 6}, "role": {"enum": ["host", "guest"]}}}},
    "tags": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"enum": ["work", "home", "x"]}},
    "urgent": {"type": "boolean"}}})
PING = tool("ping", {"type": "object", "properties": {}})
TOOL_SETS = [[WEATHER], [LOAN, PING], [EVENT, WEATHER], [WEATHER, LOAN, EVENT, PING]]
SCHEMAS = {t["function"]["name"]: t["function"]["parameters"] for t in (WEATHER, LOAN, EVENT, PING)}


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache the tiny model's ONNX export goes to (built once per session, ~12 s)."""
    return tmp_path_factory.mktemp("elson-cache")


BACKENDS = ["onnx", "transformers"]


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=BACKENDS)
async def engine(request: pytest.FixtureRequest, tiny_model_dir: Path,
                 model_cache: Path) -> AsyncIterator[EmbeddedEngine]:
    eng = EmbeddedEngine(Settings(model_path=str(tiny_model_dir), threads=1, embedded_max_queue=2,
                                  embedded_backend=request.param, cache_dir=str(model_cache)))
    await eng.start()
    yield eng
    await eng.close()


def req(content: str = "Hello there", **kw: Any) -> EngineRequest:
    kw.setdefault("max_tokens", 24)
    return EngineRequest(model="tiny", messages=[{"role": "user", "content": content}], **kw)


async def collect(engine: EmbeddedEngine, request: EngineRequest) -> list[Any]:
    return [event async for event in engine.stream(request)]


# ---------------------------------------------------------------------------------------------------------------
# Streaming, limits, sampling
# ---------------------------------------------------------------------------------------------------------------
@module_loop
async def test_streams_text_then_one_finish_with_usage(engine: EmbeddedEngine) -> None:
    assert await engine.ready() and await engine.models() == ["SmolLM2-135M-Instruct"]
    events = await collect(engine, req(max_tokens=16, temperature=1.0, seed=3))
    finish = events[-1]
    assert isinstance(finish, Finish) and finish.reason in ("stop", "length")
    assert all(isinstance(e, TextDelta) and e.text for e in events[:-1]) and len(events) > 1
    usage = finish.usage
    assert usage.prompt_tokens > 10 and 1 <= usage.completion_tokens <= 16
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


@module_loop
async def test_complete_equals_the_accumulated_stream(engine: EmbeddedEngine) -> None:
    request = req(max_tokens=40, temperature=1.0, seed=11)
    events = await collect(engine, request)
    completion = await engine.complete(req(max_tokens=40, temperature=1.0, seed=11))
    assert completion.text == "".join(e.text for e in events if isinstance(e, TextDelta))
    assert completion.finish_reason == events[-1].reason and completion.usage == events[-1].usage


@module_loop
async def test_max_tokens_is_respected(engine: EmbeddedEngine) -> None:
    completion = await engine.complete(req(max_tokens=5))
    assert completion.finish_reason == "length" and completion.usage.completion_tokens == 5


@module_loop
async def test_seeded_sampling_is_deterministic(engine: EmbeddedEngine) -> None:
    first = await engine.complete(req(max_tokens=30, temperature=1.0, top_p=0.9, seed=42))
    again = await engine.complete(req(max_tokens=30, temperature=1.0, top_p=0.9, seed=42))
    other = await engine.complete(req(max_tokens=30, temperature=1.0, top_p=0.9, seed=43))
    assert first.text == again.text and first.text != other.text


@module_loop
async def test_stop_string_cuts_the_text_and_stops(engine: EmbeddedEngine) -> None:
    free = await engine.complete(req(max_tokens=60, temperature=1.0, seed=5))
    assert len(free.text) > 30
    stop = free.text[20:24]
    cut = free.text.find(stop)
    stopped = await engine.complete(req(max_tokens=60, temperature=1.0, seed=5, stop=[stop]))
    assert stopped.text == free.text[:cut] and stopped.finish_reason == "stop"
    assert stopped.usage.completion_tokens < free.usage.completion_tokens


@module_loop
async def test_context_overflow_is_refused_before_any_compute(engine: EmbeddedEngine) -> None:
    before = engine.tokens_generated
    with pytest.raises(ContextLengthExceeded) as err:
        await engine.complete(req(max_tokens=TINY_CONTEXT))
    assert err.value.status_code == 400 and err.value.code == "context_length_exceeded"
    with pytest.raises(ContextLengthExceeded):
        await engine.complete(req("word " * TINY_CONTEXT, max_tokens=1))
    assert engine.tokens_generated == before


def test_detokenizer_handles_multibyte_characters(engine: EmbeddedEngine) -> None:
    text = "naïve café — 世界 🎉🇫🇷 done"
    ids = engine.tokenizer(text, add_special_tokens=False)["input_ids"]
    detok = Detokenizer(engine.tokenizer)
    pieces = [detok.push(i) for i in ids]
    assert "".join(pieces) + detok.flush() == text
    assert not any("\ufffd" in p for p in pieces)


# ---------------------------------------------------------------------------------------------------------------
# Cancellation and the bounded queue
# ---------------------------------------------------------------------------------------------------------------
async def _wait_for(predicate: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting"
        await asyncio.sleep(0.005)


@module_loop
async def test_closing_the_stream_stops_decoding(engine: EmbeddedEngine) -> None:
    before = engine.tokens_generated
    stream = engine.stream(req(max_tokens=900, temperature=1.0, seed=1))
    for _ in range(3):
        await anext(stream)
    await stream.aclose()  # what a client disconnect does
    await _wait_for(lambda: not engine.busy)
    assert engine.tokens_generated - before < 20  # of 900 asked for


@module_loop
async def test_queue_overflow_is_rate_limited(engine: EmbeddedEngine) -> None:
    running = engine.stream(req(max_tokens=900, temperature=1.0, seed=2))
    await anext(running)  # decoding now, holding the worker
    waiting = [asyncio.create_task(engine.complete(req(max_tokens=3))) for _ in range(2)]
    await _wait_for(lambda: engine.queue_depth == 2)
    with pytest.raises(RateLimited) as err:
        await engine.complete(req(max_tokens=3))
    assert err.value.status_code == 429 and err.value.headers == {"Retry-After": "1"}
    await running.aclose()
    done = await asyncio.gather(*waiting)
    assert all(c.usage.completion_tokens <= 3 for c in done) and engine.queue_depth == 0


@module_loop
async def test_a_client_leaving_the_queue_frees_its_place(engine: EmbeddedEngine) -> None:
    running = engine.stream(req(max_tokens=900, temperature=1.0, seed=4))
    await anext(running)
    queued = asyncio.create_task(engine.complete(req(max_tokens=3)))
    await _wait_for(lambda: engine.queue_depth == 1)
    queued.cancel()
    await asyncio.gather(queued, return_exceptions=True)
    assert engine.queue_depth == 0
    await running.aclose()
    assert (await engine.complete(req(max_tokens=2))).usage.completion_tokens == 2  # the worker is free again


@module_loop
async def test_decoding_never_blocks_the_event_loop(engine: EmbeddedEngine) -> None:
    gaps: list[float] = []

    async def ticker() -> None:
        loop = asyncio.get_running_loop()
        last = loop.time()
        while True:
            await asyncio.sleep(0.005)
            gaps.append(loop.time() - last)
            last = loop.time()

    tick = asyncio.create_task(ticker())
    await engine.complete(req("x " * 600, max_tokens=200, temperature=1.0, seed=9))  # long prefill, then decode
    tick.cancel()
    assert len(gaps) > 20 and max(gaps) < 0.1


# ---------------------------------------------------------------------------------------------------------------
# Grammar-constrained tool calls
# ---------------------------------------------------------------------------------------------------------------
def _check_calls(completion: Any, allowed: set[str]) -> int:
    for call in completion.tool_calls:
        assert call["id"].startswith("call_") and len(call["id"]) == 29 and call["id"][5:].isalnum()
        assert call["name"] in allowed
        Draft202012Validator(SCHEMAS[call["name"]]).validate(json.loads(call["arguments"]))
    return len(completion.tool_calls)


def _cases(n: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    for seed in range(n):
        yield seed, TOOL_SETS[seed % len(TOOL_SETS)]


@module_loop
async def test_required_tool_calls_always_validate(engine: EmbeddedEngine) -> None:
    with_calls = 0
    for seed, tools in _cases(50):
        parallel = seed % 2 == 0
        completion = await engine.complete(req(f"task {seed}", tools=tools, tool_choice="required", seed=seed,
                                               temperature=1.0, parallel_tool_calls=parallel, max_tokens=300))
        n = _check_calls(completion, {t["function"]["name"] for t in tools})
        if completion.finish_reason != "length":
            assert n >= 1 and completion.finish_reason == "tool_calls" and completion.text == ""
            assert parallel or n == 1
            with_calls += 1
    assert with_calls >= 40  # only a call cut off by max_tokens may be missing


@module_loop
async def test_named_tool_choice_calls_exactly_that_tool(engine: EmbeddedEngine) -> None:
    with_calls = 0
    for seed, tools in _cases(50):
        name = tools[-1]["function"]["name"]
        choice = {"type": "function", "function": {"name": name}}
        completion = await engine.complete(req(f"named {seed}", tools=tools, tool_choice=choice, seed=seed + 100,
                                               temperature=1.0, max_tokens=300))
        if completion.finish_reason != "length":
            assert _check_calls(completion, {name}) == 1 and completion.text == ""
            with_calls += 1
    assert with_calls >= 40


@module_loop
async def test_auto_mode_constrains_a_call_once_opened(engine: EmbeddedEngine,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # The random model rarely writes "<tool_call>" itself, so open the block for it: the rest is sampled under
    # the auto grammar, exactly as if the model had chosen to call a tool.
    monkeypatch.setattr(engine, "_forced_prefix", lambda request: "<tool_call>")
    with_calls = 0
    for seed, tools in _cases(50):
        completion = await engine.complete(req(f"auto {seed}", tools=tools, tool_choice="auto", seed=seed + 200,
                                               temperature=1.0, max_tokens=300, parallel_tool_calls=False))
        n = _check_calls(completion, {t["function"]["name"] for t in tools})
        if completion.finish_reason != "length":
            assert n == 1 and completion.finish_reason == "tool_calls"  # parallel off: the grammar ends after one
            with_calls += 1
    assert with_calls >= 40


@module_loop
async def test_auto_mode_free_text_never_yields_an_invalid_call(engine: EmbeddedEngine) -> None:
    for seed in range(4):
        completion = await engine.complete(req(tools=TOOL_SETS[3], tool_choice="auto", seed=seed, temperature=1.0,
                                               max_tokens=60))
        _check_calls(completion, set(SCHEMAS))
        assert completion.finish_reason in ("stop", "length", "tool_calls")


@module_loop
async def test_tool_calls_stream_head_then_arguments(engine: EmbeddedEngine) -> None:
    events = await collect(engine, req(tools=[WEATHER], tool_choice="required", seed=1, temperature=1.0,
                                       max_tokens=200, parallel_tool_calls=False))
    calls = [e for e in events if isinstance(e, ToolCallEvent)]
    assert [c.index for c in calls] == [0, 0]
    assert calls[0].id and calls[0].name == "get_weather" and calls[0].arguments == ""
    assert calls[1].id is None and json.loads(calls[1].arguments)["unit"] in ("celsius", "fahrenheit")
    acc = CallAccumulator()
    for c in calls:
        acc.add(c)
    assert acc.ordered()[0]["id"] == calls[0].id


@module_loop
async def test_tool_choice_none_is_unconstrained_and_hides_tools(engine: EmbeddedEngine) -> None:
    plain = await engine.complete(req(max_tokens=4))
    hidden = await engine.complete(req(tools=[WEATHER], tool_choice="none", max_tokens=4))
    shown = await engine.complete(req(tools=[WEATHER], tool_choice="auto", max_tokens=4))
    assert plain.usage.prompt_tokens == hidden.usage.prompt_tokens < shown.usage.prompt_tokens
    assert hidden.tool_calls == []


@module_loop
async def test_uncompilable_tool_schema_is_a_400_naming_the_tool(engine: EmbeddedEngine) -> None:
    bad = tool("lookbehind", {"type": "object", "properties": {"q": {"type": "string", "pattern": "(?<=a)b"}}})
    with pytest.raises(InvalidRequest) as err:
        await engine.complete(req(tools=[WEATHER, bad], tool_choice="required"))
    assert err.value.param == "tools" and "lookbehind" in err.value.message


@module_loop
async def test_response_format_json_schema_is_enforced(engine: EmbeddedEngine) -> None:
    schema = {"type": "object", "required": ["answer", "score"], "properties": {
        "answer": {"enum": ["yes", "no"]}, "score": {"type": "integer", "minimum": 0, "maximum": 9}}}
    fmt = {"type": "json_schema", "json_schema": {"name": "verdict", "schema": schema}}
    for seed in range(5):
        completion = await engine.complete(req(response_format=fmt, seed=seed, temperature=1.0, max_tokens=60))
        assert completion.finish_reason == "stop"
        Draft202012Validator(schema).validate(json.loads(completion.text))


@module_loop
async def test_response_format_json_object_yields_an_object(engine: EmbeddedEngine) -> None:
    completion = await engine.complete(req(response_format={"type": "json_object"}, max_tokens=60))
    if completion.finish_reason == "stop":  # greedy noise may run out of tokens inside a string
        assert isinstance(json.loads(completion.text), dict)
    else:
        assert completion.text.lstrip().startswith("{")


@module_loop
async def test_int8_quantized_model_decodes_under_the_grammar(tiny_model_dir: Path) -> None:
    engine = EmbeddedEngine(Settings(model_path=str(tiny_model_dir), threads=1, embedded_backend="transformers",
                                     embedded_precision="int8"))
    await engine.start()
    try:
        completion = await engine.complete(req(tools=[WEATHER], tool_choice="required", seed=3, temperature=1.0,
                                               max_tokens=200, parallel_tool_calls=False))
        assert _check_calls(completion, {"get_weather"}) == 1
    finally:
        await engine.close()


@module_loop
async def test_a_crashed_worker_fails_its_request_and_is_replaced(engine: EmbeddedEngine) -> None:
    from service.exceptions import EngineError

    stream = engine.stream(req(max_tokens=900, temperature=1.0, seed=8))
    await anext(stream)
    engine._workers[0].process.kill()  # what an OOM kill or a native crash does
    with pytest.raises(EngineError, match="exited unexpectedly"):
        async for _ in stream:
            pass
    await _wait_for(lambda: len(engine._workers) == 1 and not engine.busy, timeout=60)
    assert (await engine.complete(req(max_tokens=3))).usage.completion_tokens == 3


# ---------------------------------------------------------------------------------------------------------------
# Prefix reuse
# ---------------------------------------------------------------------------------------------------------------
SYSTEM = {"role": "system", "content": "You are a terse assistant for portfolio questions. " * 12}


def _tools_req(user: str, **kw: Any) -> EngineRequest:
    kw.setdefault("max_tokens", 40)
    return EngineRequest(model="tiny", messages=[SYSTEM, {"role": "user", "content": user}],
                         tools=TOOL_SETS[3], **kw)


@module_loop
async def test_a_prefix_hit_decodes_exactly_what_a_cold_run_does(engine: EmbeddedEngine, tiny_model_dir: Path,
                                                                 model_cache: Path) -> None:
    cold_engine = EmbeddedEngine(Settings(model_path=str(tiny_model_dir), threads=1, prefix_cache_mb=0,
                                          embedded_backend=engine.settings.embedded_backend,
                                          cache_dir=str(model_cache)))
    await cold_engine.start()
    try:
        await engine.complete(_tools_req("warm the cache with the shared system prompt and tools"))
        for i, user in enumerate(["What is my Sharpe ratio?", "Price of MSFT", "x" * 7]):
            before = engine.prefix_hit_tokens
            hit = await engine.complete(_tools_req(user))
            cold = await cold_engine.complete(_tools_req(user))
            assert engine.prefix_hit_tokens - before > 300  # the system prompt and the tool schemas
            assert cold_engine.prefix_hit_tokens == 0
            assert (hit.text, hit.tool_calls, hit.finish_reason) == (cold.text, cold.tool_calls, cold.finish_reason)
            assert hit.usage == cold.usage, i
        # Greedy tool calls too: the constrained path must not depend on where the prompt came from.
        forced = _tools_req("call something", tool_choice="required", max_tokens=120)
        hit_call, cold_call = await engine.complete(forced), await cold_engine.complete(forced)
        assert hit_call.tool_calls and [c["arguments"] for c in hit_call.tool_calls] == \
            [c["arguments"] for c in cold_call.tool_calls]
    finally:
        await cold_engine.close()


@module_loop
async def test_prefix_hits_are_counted_in_metrics(engine: EmbeddedEngine) -> None:
    from service.metrics import REGISTRY

    def sample(name: str) -> float:
        return REGISTRY.get_sample_value(name) or 0.0

    queries, hits = sample("elson:prefix_cache_queries_total"), sample("elson:prefix_cache_hits_total")
    first = await engine.complete(_tools_req("first question"))
    second = await engine.complete(_tools_req("second question"))
    looked_up = first.usage.prompt_tokens + second.usage.prompt_tokens
    assert sample("elson:prefix_cache_queries_total") - queries == looked_up
    reused = sample("elson:prefix_cache_hits_total") - hits
    assert 300 < reused < looked_up
    assert sample("elson:prefix_cache_bytes") > 0


@module_loop
async def test_an_agent_turn_reuses_the_previous_turn(engine: EmbeddedEngine) -> None:
    turn1 = _tools_req("What is the payment on a loan?", tool_choice="required", max_tokens=120,
                       parallel_tool_calls=False)
    first = await engine.complete(turn1)
    assert first.tool_calls
    call = first.tool_calls[0]
    assistant = {"role": "assistant", "content": None, "tool_calls": [{
        "id": call["id"], "type": "function", "function": {"name": call["name"], "arguments": call["arguments"]}}]}
    result = {"role": "tool", "tool_call_id": call["id"], "content": '{"payment": 1798.65}'}
    messages = [*turn1.messages, assistant, result]
    before = engine.prefix_hit_tokens
    second = await engine.complete(EngineRequest(model="tiny", messages=messages, tools=TOOL_SETS[3],
                                                 max_tokens=10))
    # Everything up to the end of turn 1's prompt was computed in batched passes and is reused.
    assert engine.prefix_hit_tokens - before >= first.usage.prompt_tokens - 2
    assert second.usage.prompt_tokens > first.usage.prompt_tokens


# ---------------------------------------------------------------------------------------------------------------
# Model store
# ---------------------------------------------------------------------------------------------------------------
@module_loop
async def test_missing_model_path_is_a_clear_start_up_error(tmp_path: Path) -> None:
    engine = EmbeddedEngine(Settings(model_path=str(tmp_path / "nope")))
    with pytest.raises(ModelStoreError, match=r"ELSON_MODEL_PATH=.*nope.*\(no config\.json\)"):
        await engine.start()
    assert not await engine.ready()


@module_loop
async def test_adapter_on_the_onnx_backend_names_the_setting_to_change(tiny_model_dir: Path, tmp_path: Path,
                                                                      model_cache: Path) -> None:
    engine = EmbeddedEngine(Settings(model_path=str(tiny_model_dir), adapter_path=str(tmp_path),
                                     cache_dir=str(model_cache)))
    with pytest.raises(ModelStoreError, match="ELSON_EMBEDDED_BACKEND=transformers"):
        await engine.start()


@module_loop
async def test_int4_on_the_transformers_backend_is_refused(tiny_model_dir: Path) -> None:
    engine = EmbeddedEngine(Settings(model_path=str(tiny_model_dir), embedded_backend="transformers",
                                     embedded_precision="int4"))
    with pytest.raises(ModelStoreError, match="int4 needs ELSON_EMBEDDED_BACKEND=onnx"):
        await engine.start()


@module_loop
async def test_a_broken_onnx_folder_is_named_at_start_up(tmp_path: Path) -> None:
    (tmp_path / "genai_config.json").write_text('{"model": {"decoder": {"filename": "model.onnx"}}}')
    engine = EmbeddedEngine(Settings(model_path=str(tmp_path)))
    with pytest.raises(ModelStoreError, match=r"not a usable ONNX export: .*model\.onnx is missing"):
        await engine.start()
    (tmp_path / "model.onnx").write_bytes(b"not a model")
    (tmp_path / "tokenizer.json").write_text("{}")
    with pytest.raises(ModelStoreError, match="cannot load ONNX model"):
        await engine.start()


@module_loop
async def test_a_corrupt_cached_export_is_rebuilt(tiny_model_dir: Path, tmp_path: Path) -> None:
    from service.engines.onnx_store import export_dir

    settings = Settings(model_path=str(tiny_model_dir), threads=1, cache_dir=str(tmp_path))
    cached = export_dir(tmp_path, tiny_model_dir, "int4")
    cached.mkdir(parents=True)  # as if a crash or a full disk left garbage that looks finished
    (cached / "genai_config.json").write_text('{"model": {"decoder": {"filename": "model.onnx"}}}')
    for name in ("model.onnx", "tokenizer.json", "elson-onnx.json"):
        (cached / name).write_text("garbage")
    engine = EmbeddedEngine(settings)
    await engine.start()
    try:
        assert (await engine.complete(req(max_tokens=3))).usage.completion_tokens == 3
        assert (cached / "model.onnx").stat().st_size > 1000
    finally:
        await engine.close()


def test_publish_folder_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "model"

    def crash(tmp: Path) -> None:
        (tmp / "config.json").write_text("{}")
        raise OSError("disk full")

    with pytest.raises(OSError):
        publish_folder(out, crash)
    assert list(tmp_path.iterdir()) == []  # neither a half folder nor a temp dir

    def write(tmp: Path) -> None:
        (tmp / "config.json").write_text("{}")
        (tmp / "model.safetensors").write_bytes(b"x")
        (tmp / model_store.MANIFEST).write_text("{}")

    publish_folder(out, write)
    assert is_complete(out) and [p.name for p in tmp_path.iterdir()] == ["model"]


def test_published_folder_is_readable_by_other_users(tmp_path: Path) -> None:
    """A cache prepared by root at image build time is served by a non-root uid: no 0700 temp dir, no 0600 file."""
    out = tmp_path / "model"

    def write(tmp: Path) -> None:
        (tmp / "sub").mkdir()
        for name in ("config.json", model_store.MANIFEST, "sub/model.safetensors"):
            (tmp / name).write_text("{}")
            (tmp / name).chmod(0o600)  # as safetensors writes its files

    old = os.umask(0o022)
    try:
        publish_folder(out, write)
    finally:
        os.umask(old)
    assert (out.stat().st_mode & 0o777) == 0o755 and ((out / "sub").stat().st_mode & 0o777) == 0o755
    assert all((out / n).stat().st_mode & 0o777 == 0o644 for n in ("config.json", "sub/model.safetensors"))


def test_default_model_converts_once_and_rebuilds_an_incomplete_cache(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    conversions: list[Path] = []

    def fake_convert(gguf: Path, out: Path) -> None:
        def write(tmp: Path) -> None:
            for name in ("config.json", "model.safetensors", model_store.MANIFEST):
                (tmp / name).write_text("{}")

        conversions.append(out)
        publish_folder(out, write)

    monkeypatch.setattr(model_store, "_convert", fake_convert)
    first = model_store.prepare_default_model(tmp_path)
    assert model_store.prepare_default_model(tmp_path) == first and len(conversions) == 1
    assert first.parent == tmp_path / "models" and first.name.startswith("smollm2-135m-instruct-")
    (first / model_store.MANIFEST).unlink()  # as if a crash (or a user) damaged the cache
    assert model_store.prepare_default_model(tmp_path) == first and len(conversions) == 2


# ---------------------------------------------------------------------------------------------------------------
# The real model (slow: converts SmolLM2 into ~/.cache/elson on first run)
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("backend", BACKENDS)
@module_loop
async def test_real_smollm2_required_tool_call_validates(backend: str) -> None:
    engine = EmbeddedEngine(Settings(embedded_backend=backend))
    await engine.start()
    try:
        messages = [{"role": "user", "content": "What is the weather in Paris, in celsius?"}]
        completion = await engine.complete(EngineRequest(model="SmolLM2-135M-Instruct", messages=messages,
                                                         tools=[WEATHER, LOAN], tool_choice="required",
                                                         max_tokens=128))
        assert completion.finish_reason == "tool_calls", completion
        assert _check_calls(completion, {"get_weather", "calc.loan_payment"}) >= 1
        free = await engine.complete(EngineRequest(model="SmolLM2-135M-Instruct", max_tokens=32, messages=[
            {"role": "user", "content": "Say hello."}]))
        assert free.text.strip() and free.finish_reason in ("stop", "length")
    finally:
        await engine.close()


@pytest.mark.slow
@module_loop
async def test_real_smollm2_prefix_hit_matches_a_cold_run() -> None:
    warm = EmbeddedEngine(Settings())
    cold = EmbeddedEngine(Settings(prefix_cache_mb=0))
    await warm.start()
    await cold.start()
    try:
        await warm.complete(_tools_req("Hello"))
        for user in ("What is the monthly payment on $300,000 at 6% for 30 years?", "Quote AAPL"):
            hit, ref = await warm.complete(_tools_req(user, max_tokens=64)), await cold.complete(
                _tools_req(user, max_tokens=64))
            assert (hit.text, hit.tool_calls) == (ref.text, ref.tool_calls)
        assert warm.prefix_hit_tokens > 600 and cold.prefix_hit_tokens == 0
    finally:
        await warm.close()
        await cold.close()


def test_jump_forward_feeds_forced_text_but_leaves_the_boundary_token_to_the_model(engine: EmbeddedEngine) -> None:
    from service.engines.grammar import GrammarCache

    tok = engine.tokenizer
    cache = GrammarCache(tok, engine.info.vocab_size, engine.info.stop_ids)
    choice = {"type": "function", "function": {"name": "get_weather"}}
    constraint = cache.constraint(cache.get(req(tools=[WEATHER], tool_choice=choice)))
    forced = constraint.jump_forward(tok, budget=100)
    text = tok.decode(forced)
    header = '<tool_call>\n{"name": "get_weather", "arguments": {"'
    assert len(forced) >= 2 and header.startswith(text) and len(text) < len(header)
    assert constraint.jump_forward(tok, budget=1) == []  # nothing forced twice, and a 1-token budget is too small
    free = cache.constraint(cache.get(req(tools=[WEATHER], tool_choice="auto")))
    assert free.jump_forward(tok, budget=100) == []  # free text until the model opens a call
