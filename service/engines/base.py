"""The one engine interface: ``stream`` yields token events, ``complete`` is the accumulated stream.

Engines know no tool registry: they receive the request's tool *definitions* (OpenAI function tools) to render
into the prompt or forward upstream, and they report tool calls as :class:`ToolCallEvent` deltas.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal

from service.protocol import FinishReason, Usage

ToolChoiceValue = Literal["none", "auto", "required"] | dict[str, Any]


@dataclass(slots=True)
class EngineRequest:
    """What an engine needs for one generation. ``messages`` and ``tools`` are OpenAI-shaped dicts."""

    model: str
    messages: list[dict[str, Any]]
    tools: list[dict[str, Any]] | None = None
    tool_choice: ToolChoiceValue = "auto"
    parallel_tool_calls: bool = True
    max_tokens: int = 512
    temperature: float | None = None
    top_p: float | None = None
    stop: list[str] = field(default_factory=list)
    seed: int | None = None
    response_format: dict[str, Any] | None = None
    request_id: str = ""
    # Fields an upstream server understands that we do not interpret (e.g. presence_penalty); forwarded as-is.
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class TextDelta:
    text: str


@dataclass(slots=True)
class ToolCallEvent:
    """A tool-call delta. The first event of a call has ``id`` and ``name``; later ones carry argument text."""

    index: int
    arguments: str = ""
    id: str | None = None
    name: str | None = None


@dataclass(slots=True)
class Finish:
    reason: FinishReason
    usage: Usage = field(default_factory=Usage)


EngineEvent = TextDelta | ToolCallEvent | Finish


@dataclass(slots=True)
class CallAccumulator:
    """Builds whole tool calls from :class:`ToolCallEvent` deltas, by index."""

    calls: dict[int, dict[str, str]] = field(default_factory=dict)

    def add(self, event: ToolCallEvent) -> None:
        call = self.calls.setdefault(event.index, {"id": "", "name": "", "arguments": ""})
        if event.id:
            call["id"] = event.id
        if event.name:
            call["name"] = event.name
        call["arguments"] += event.arguments

    def ordered(self) -> list[dict[str, str]]:
        return [self.calls[i] for i in sorted(self.calls)]


@dataclass(slots=True)
class Completion:
    """A whole generation: what :meth:`Engine.complete` returns."""

    text: str
    tool_calls: list[dict[str, str]]
    finish_reason: FinishReason
    usage: Usage


async def accumulate(events: AsyncIterator[EngineEvent]) -> Completion:
    """Fold an event stream into a :class:`Completion` (the only way a non-streamed result is built)."""
    parts: list[str] = []
    calls = CallAccumulator()
    finish = Finish("stop")
    async for event in events:
        if isinstance(event, TextDelta):
            parts.append(event.text)
        elif isinstance(event, ToolCallEvent):
            calls.add(event)
        else:
            finish = event
    return Completion("".join(parts), calls.ordered(), finish.reason, finish.usage)


@dataclass(slots=True)
class PassthroughResponse:
    """A raw upstream response relayed byte-for-byte (used for tool-less requests on HTTP engines)."""

    status: int
    content_type: str
    body: bytes | None = None
    chunks: AsyncIterator[bytes] | None = None


class Engine(abc.ABC):
    """A model engine: the model-client interface the agent loop runs over."""

    kind: str = "abstract"

    async def start(self) -> None:
        """Acquire resources (load a model, open connections). Called once from the app lifespan."""

    async def close(self) -> None:
        """Release resources."""

    @abc.abstractmethod
    async def models(self) -> list[str]:
        """Model names this engine serves."""

    @abc.abstractmethod
    async def ready(self) -> bool:
        """True when a model is loaded or at least one upstream is healthy."""

    @abc.abstractmethod
    def stream(self, request: EngineRequest) -> AsyncIterator[EngineEvent]:
        """Generate, yielding text and tool-call deltas, then exactly one :class:`Finish`.

        Errors before the first event raise :class:`service.exceptions.ElsonError` subclasses so the route can still
        answer with a proper HTTP status. Closing the iterator early (client disconnect) must cancel the work.
        """

    async def complete(self, request: EngineRequest) -> Completion:
        """The accumulated :meth:`stream`."""
        return await accumulate(self.stream(request))

    async def passthrough(self, body: bytes, *, stream: bool, request_id: str) -> PassthroughResponse | None:
        """Relay a raw request body upstream, or ``None`` when this engine has no upstream (the default)."""
        return None
