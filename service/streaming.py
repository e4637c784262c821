"""Agent events → ``chat.completion.chunk`` objects → SSE bytes; and the non-streamed reply, which is built by
accumulating those same chunks, so the two paths cannot drift apart (one ``finish_reason`` rule, not two)."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from service import metrics
from service.agent import AgentEvent, ToolExecuted, TurnDone
from service.engines.base import Finish, TextDelta, ToolCallEvent
from service.exceptions import ElsonError, MaxTurnsExceeded
from service.protocol import (
    ChatCompletion,
    ChatCompletionChunk,
    Choice,
    ChoiceDelta,
    ChunkChoice,
    ElsonExtension,
    FinishReason,
    FunctionCall,
    FunctionCallDelta,
    ResponseMessage,
    ToolCall,
    ToolCallDelta,
    ToolTraceEntry,
    Usage,
)

log = logging.getLogger("elson.streaming")


@dataclass(slots=True)
class StreamMeta:
    """Identity and timing of one response."""

    id: str
    model: str
    agent: bool
    include_usage: bool
    started: float = field(default_factory=time.perf_counter)
    created: int = field(default_factory=lambda: int(time.time()))
    waited: float = 0.0  # seconds spent waiting on the engine and tools: everything else is gateway overhead
    first_token_at: float | None = None
    last_token_at: float | None = None

    def overhead_s(self) -> float:
        return max(0.0, time.perf_counter() - self.started - self.waited)


def _chunk(meta: StreamMeta, delta: ChoiceDelta | None = None, finish: FinishReason | None = None,
           **extra: Any) -> ChatCompletionChunk:
    choices = [] if delta is None else [ChunkChoice(delta=delta, finish_reason=finish)]
    return ChatCompletionChunk(id=meta.id, created=meta.created, model=meta.model, choices=choices, **extra)


def _tool_delta(event: ToolCallEvent) -> ChoiceDelta:
    first = event.id is not None
    return ChoiceDelta(tool_calls=[ToolCallDelta(
        index=event.index, id=event.id, type="function" if first else None,
        function=FunctionCallDelta(name=event.name, arguments=event.arguments))])


def mark_token(meta: StreamMeta) -> None:
    """Record TTFT on the first token of a response and inter-token latency after it."""
    now = time.perf_counter()
    if meta.first_token_at is None:
        meta.first_token_at = now
        metrics.TTFT.labels(meta.model).observe(now - meta.started)
    elif meta.last_token_at is not None:
        metrics.ITL.labels(meta.model).observe(now - meta.last_token_at)
    meta.last_token_at = now


def _record_tool(entry: ToolTraceEntry) -> None:
    metrics.TOOL_CALLS.labels(entry.name, "ok" if entry.ok else (entry.error or {}).get("type", "error")).inc()
    metrics.TOOL_LATENCY.labels(entry.name).observe(entry.latency_ms / 1000)


def _finish_chunks(meta: StreamMeta, finish: Finish, turns: int, stop_reason: str | None = None,
                   ) -> list[ChatCompletionChunk]:
    ext = ElsonExtension(turns=turns, stop_reason=stop_reason) if meta.agent else None
    out = [_chunk(meta, ChoiceDelta(), finish.reason, elson=ext)]
    if meta.include_usage:
        out.append(_chunk(meta, usage=finish.usage))
    metrics.PROMPT_TOKENS.labels(meta.model).inc(finish.usage.prompt_tokens)
    metrics.GENERATION_TOKENS.labels(meta.model).inc(finish.usage.completion_tokens)
    if meta.agent:
        metrics.AGENT_TURNS.observe(turns)
    return out


async def chunks(events: AsyncIterator[AgentEvent], meta: StreamMeta) -> AsyncIterator[ChatCompletionChunk]:
    """Encode agent events as chunks. Nothing is yielded before the engine's first event, so a caller that awaits
    the first chunk sees engine errors (no upstream, queue full, bad grammar) as exceptions, not as a stream."""
    turns, usage = 0, Usage()
    started_role = False
    iterator = events.__aiter__()
    while True:
        t0 = time.perf_counter()
        try:
            event = await iterator.__anext__()
        except StopAsyncIteration:
            meta.waited += time.perf_counter() - t0
            break
        except MaxTurnsExceeded:
            meta.waited += time.perf_counter() - t0
            for chunk in _finish_chunks(meta, Finish("length", usage), turns, "max_turns"):
                yield chunk
            return
        meta.waited += time.perf_counter() - t0
        if not started_role:
            started_role = True
            yield _chunk(meta, ChoiceDelta(role="assistant", content=""))
        if isinstance(event, TextDelta):
            mark_token(meta)
            yield _chunk(meta, ChoiceDelta(content=event.text))
        elif isinstance(event, ToolCallEvent):
            mark_token(meta)
            yield _chunk(meta, _tool_delta(event))
        elif isinstance(event, ToolExecuted):
            _record_tool(event.entry)
            yield _chunk(meta, elson=ElsonExtension(tool_trace=[event.entry]))
        elif isinstance(event, TurnDone):
            turns, usage = event.turn, usage.add(event.usage)
        else:
            for chunk in _finish_chunks(meta, event, turns):
                yield chunk
            return


def _dump(chunk: ChatCompletionChunk) -> bytes:
    return b"data: " + chunk.model_dump_json().encode() + b"\n\n"


async def sse(first: ChatCompletionChunk, rest: AsyncIterator[ChatCompletionChunk]) -> AsyncIterator[bytes]:
    """SSE framing. An error after the first byte can no longer change the HTTP status, so it is sent as an
    OpenAI error object in the stream (as vLLM does), followed by ``[DONE]``."""
    yield _dump(first)
    try:
        async for chunk in rest:
            yield _dump(chunk)
    except ElsonError as exc:
        log.warning("stream aborted: %s", exc.message)
        yield b"data: " + _json(exc.to_dict()) + b"\n\n"
    except Exception:
        log.exception("stream failed")
        yield b'data: {"error": {"message": "internal error", "type": "internal_error", "param": null, ' \
              b'"code": null}}\n\n'
    yield b"data: [DONE]\n\n"


def _json(obj: Any) -> bytes:
    return orjson.dumps(obj)


async def accumulate(first: ChatCompletionChunk, rest: AsyncIterator[ChatCompletionChunk]) -> ChatCompletion:
    """Fold a chunk stream into the ``chat.completion`` object a non-streaming client receives."""
    content: list[str] = []
    calls: dict[int, dict[str, str]] = {}
    finish: FinishReason | None = None
    usage: Usage | None = None
    trace: list[ToolTraceEntry] = []
    ext: ElsonExtension | None = None

    async def all_chunks() -> AsyncIterator[ChatCompletionChunk]:
        yield first
        async for c in rest:
            yield c

    async for chunk in all_chunks():
        usage = chunk.usage or usage
        if chunk.elson is not None:
            trace.extend(chunk.elson.tool_trace or [])
            if chunk.elson.turns is not None:
                ext = chunk.elson
        for choice in chunk.choices:
            finish = choice.finish_reason or finish
            if choice.delta.content:
                content.append(choice.delta.content)
            for tc in choice.delta.tool_calls or []:
                call = calls.setdefault(tc.index, {"id": "", "name": "", "arguments": ""})
                call["id"] = tc.id or call["id"]
                call["name"] = tc.function.name or call["name"]
                call["arguments"] += tc.function.arguments or ""
    tool_calls = [ToolCall(id=c["id"], function=FunctionCall(name=c["name"], arguments=c["arguments"]))
                  for _, c in sorted(calls.items())] or None
    message = ResponseMessage(content="".join(content) if content or not tool_calls else None,
                              tool_calls=tool_calls)
    if ext is not None:
        ext = ElsonExtension(turns=ext.turns, stop_reason=ext.stop_reason, tool_trace=trace)
    return ChatCompletion(id=first.id, created=first.created, model=first.model,
                          choices=[Choice(message=message, finish_reason=finish or "stop")],
                          usage=usage or Usage(), elson=ext)
