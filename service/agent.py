"""The agent loop: one small async function over the engine's ``stream`` interface. It knows no HTTP.

Each turn the model streams text and tool calls. The turn resolves to a tagged step:

* :class:`FinalOutput`: no server-side tool was called; the turn's text (and any client tool calls) is the answer.
* :class:`RunTools`: the model called server-side tools; they run concurrently, each under a timeout, their
  results are appended as ``tool`` messages, and the loop runs the model again.

Text streams to the caller as it is generated. Calls to the *client's* tools (from the request's ``tools``) are
forwarded as soon as their name is known, exactly like plain chat completions; calls to built-in tools are held
back and executed. A call naming neither, or with invalid arguments, goes back to the model as a tool error.
Reaching ``max_turns`` raises :class:`service.exceptions.MaxTurnsExceeded`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from service.engines.base import CallAccumulator, EngineRequest, Finish, TextDelta, ToolCallEvent
from service.exceptions import MaxTurnsExceeded
from service.protocol import ToolTraceEntry, Usage
from tools.callformat import new_call_id


class ToolResultLike(Protocol):
    ok: bool
    result: Any
    error: dict[str, Any] | None
    latency_ms: float

    def content(self) -> str: ...


class ToolRunner(Protocol):
    """What the loop needs of the tool registry."""

    def schemas(self) -> list[dict[str, Any]]: ...

    async def invoke(self, name: str, arguments: str, *, timeout: float | None = None) -> ToolResultLike: ...


class ModelClient(Protocol):
    def stream(self, request: EngineRequest) -> AsyncIterator[TextDelta | ToolCallEvent | Finish]: ...


@dataclass(slots=True)
class ToolExecuted:
    """Event: the loop ran one built-in tool."""

    entry: ToolTraceEntry


@dataclass(slots=True)
class TurnDone:
    """Event: one model turn finished."""

    turn: int
    usage: Usage


AgentEvent = TextDelta | ToolCallEvent | ToolExecuted | TurnDone | Finish


@dataclass(slots=True)
class FinalOutput:
    finish: Finish


@dataclass(slots=True)
class RunTools:
    calls: list[dict[str, str]]
    text: str


NextStep = FinalOutput | RunTools


@dataclass(slots=True)
class _Turn:
    """What one model turn produced, split into server-side calls (held) and client calls (forwarded)."""

    text: list[str] = field(default_factory=list)
    server: CallAccumulator = field(default_factory=CallAccumulator)
    client_index: dict[int, int] = field(default_factory=dict)  # engine index → index seen by the client
    finish: Finish = field(default_factory=lambda: Finish("stop"))

    def route(self, event: ToolCallEvent, is_server_tool: bool) -> ToolCallEvent | None:
        """Hold a server-side call's deltas; renumber and return a client call's delta to forward."""
        if event.index in self.server.calls or (event.index not in self.client_index and is_server_tool):
            self.server.add(event)
            return None
        if event.index not in self.client_index:
            self.client_index[event.index] = len(self.client_index)
        return replace(event, index=self.client_index[event.index])

    def step(self) -> NextStep:
        """Client calls end the request (any server calls of that turn are dropped: the client cannot run
        them and holds the conversation); otherwise server calls run; otherwise the text is the answer."""
        if self.client_index:
            return FinalOutput(Finish("tool_calls", self.finish.usage))
        if self.server.calls:
            return RunTools(self.server.ordered(), "".join(self.text))
        reason = "stop" if self.finish.reason == "tool_calls" else self.finish.reason
        return FinalOutput(Finish(reason, self.finish.usage))


async def _run_tools(
    runner: ToolRunner, calls: list[dict[str, str]], turn: int, timeout: float
) -> list[tuple[dict[str, str], ToolTraceEntry, str]]:
    """Run a turn's calls concurrently; each gets its own timeout and never raises."""
    results = await asyncio.gather(*(runner.invoke(c["name"], c["arguments"], timeout=timeout) for c in calls))
    out = []
    for call, res in zip(calls, results, strict=True):
        call["id"] = call["id"] or new_call_id()
        entry = ToolTraceEntry(turn=turn, id=call["id"], name=call["name"], arguments=_args(call["arguments"]),
                               ok=res.ok, result=res.result, error=res.error, latency_ms=res.latency_ms)
        out.append((call, entry, res.content()))
    return out


def _args(raw: str) -> dict[str, Any] | str:
    try:
        value = json.loads(raw) if raw.strip() else {}
    except ValueError:
        return raw
    return value if isinstance(value, dict) else raw


async def run_agent(
    client: ModelClient,
    request: EngineRequest,
    runner: ToolRunner | None,
    *,
    max_turns: int,
    tool_timeout: float,
) -> AsyncIterator[AgentEvent]:
    """Run model turns until a final answer, yielding text, client tool calls, executed tools and the finish.

    ``runner=None`` is plain chat completion: one turn, every tool call goes to the client.
    The final :class:`Finish` carries the usage summed over all turns.
    """
    messages = list(request.messages)
    tool_choice = request.tool_choice
    client_tools = request.tools or []
    client_names = {t["function"]["name"] for t in client_tools}
    tools = client_tools + (runner.schemas() if runner is not None else [])
    total = Usage()
    for turn_no in range(1, max_turns + 1):
        turn = _Turn()
        async for event in client.stream(replace(request, messages=messages, tools=tools or None,
                                                  tool_choice=tool_choice)):
            if isinstance(event, TextDelta):
                turn.text.append(event.text)
                yield event
            elif isinstance(event, ToolCallEvent):
                # In agent mode a name that is not the client's goes to the registry, which answers unknown
                # names with a tool error the model can recover from.
                server = runner is not None and event.name not in client_names
                forwarded = turn.route(event, server)
                if forwarded is not None:
                    yield forwarded
            else:
                turn.finish = event
        total = total.add(turn.finish.usage)
        yield TurnDone(turn_no, turn.finish.usage)
        step = turn.step()
        if isinstance(step, FinalOutput):
            yield Finish(step.finish.reason, total)
            return
        assert runner is not None  # only server-side calls produce RunTools
        executed = await _run_tools(runner, step.calls, turn_no, tool_timeout)
        tool_choice = "auto"  # a forced choice applies to the first turn only, or the loop never ends
        messages.append({"role": "assistant", "content": step.text or None, "tool_calls": [
            {"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c["arguments"]}}
            for c, _, _ in executed]})
        for call, entry, content in executed:
            yield ToolExecuted(entry)
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": content})
    raise MaxTurnsExceeded(max_turns)
