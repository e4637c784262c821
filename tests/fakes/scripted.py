"""A scripted fake model client: each turn's output is a function of the conversation it is given.

Replies depend on their input (e.g. "quote the last tool result"), so tests observe the loop's behaviour through the
response, never by inspecting what a mock was called with.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from service.engines.base import Engine, EngineEvent, EngineRequest, Finish, TextDelta, ToolCallEvent
from service.protocol import Usage

Turn = Callable[[EngineRequest], Sequence[EngineEvent]]


def say(text: str, pieces: int = 3) -> Turn:
    """A turn that streams ``text`` in a few deltas and stops."""

    def turn(req: EngineRequest) -> Sequence[EngineEvent]:
        step = max(1, len(text) // pieces)
        deltas: list[EngineEvent] = [TextDelta(text[i:i + step]) for i in range(0, len(text), step)]
        return [*deltas, Finish("stop", _usage(req, len(deltas)))]

    return turn


def call(*calls: tuple[str, dict[str, Any] | str], preamble: str = "") -> Turn:
    """A turn that calls tools; arguments stream in two fragments after a first delta with id and name."""

    def turn(req: EngineRequest) -> Sequence[EngineEvent]:
        events: list[EngineEvent] = [TextDelta(preamble)] if preamble else []
        for i, (name, args) in enumerate(calls):
            raw = args if isinstance(args, str) else json.dumps(args)
            half = len(raw) // 2
            events += [ToolCallEvent(i, "", id=f"call_{len(req.messages)}_{i}", name=name),
                       ToolCallEvent(i, raw[:half]), ToolCallEvent(i, raw[half:])]
        return [*events, Finish("tool_calls", _usage(req, 5))]

    return turn


def quote_tool_results(prefix: str = "Tool said: ") -> Turn:
    """A turn that answers with the contents of the tool messages since the last assistant turn."""

    def turn(req: EngineRequest) -> Sequence[EngineEvent]:
        results = []
        for msg in reversed(req.messages):
            if msg["role"] != "tool":
                break
            results.append(msg["content"])
        return say(prefix + " | ".join(reversed(results)))(req)

    return turn


def _usage(req: EngineRequest, completion: int) -> Usage:
    prompt = sum(len(str(m.get("content") or "")) for m in req.messages) // 4 + 1
    return Usage(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)


class ScriptedEngine(Engine):
    """Plays ``turns`` in order, one per engine call; repeats the last one when the script runs out."""

    kind = "scripted"

    def __init__(self, turns: Sequence[Turn], *, model: str = "fake-model", delay_s: float = 0.0,
                 fail_with: Exception | None = None) -> None:
        self.turns = list(turns)
        self.model = model
        self.delay_s = delay_s
        self.fail_with = fail_with
        self.calls = 0

    async def models(self) -> list[str]:
        return [self.model]

    async def ready(self) -> bool:
        return True

    async def stream(self, request: EngineRequest) -> AsyncIterator[EngineEvent]:  # type: ignore[override]
        if self.fail_with is not None:
            raise self.fail_with
        turn = self.turns[min(self.calls, len(self.turns) - 1)]
        self.calls += 1
        for event in turn(request):
            if self.delay_s:
                await asyncio.sleep(self.delay_s)
            yield event
