"""The ``vllm`` engine: one or more upstream vLLM OpenAI servers behind one shared aiohttp session.

Requests go to the healthy replica with the fewest requests in flight (see :mod:`service.engines.pool`).

Retry policy: connection failures, and HTTP 502/503/504, are retried on another replica (up to
``upstream_retries`` retries) as long as nothing has reached the caller yet. HTTP 500 is *not* retried: vLLM
answers 500 for failures that follow from the request itself, so a retry would only repeat the work. A read
timeout is not retried either (the replica is alive but slow; a retry would double the load that made it slow).
Once an event has been yielded, failures raise and never retry.

Upstream errors become :mod:`service.exceptions` errors with no stack trace and no internal address in the
message: 400/422 → ``InvalidRequest`` (``ContextLengthExceeded`` when vLLM says so), 404 → ``ModelNotFound``,
429 → ``RateLimited`` (``Retry-After`` relayed), 401/403 → ``UpstreamError`` (502: our credentials, not the
client's), 503 → ``UpstreamUnavailable``, 504 or a read timeout → ``UpstreamTimeout``, any other failure →
``UpstreamError``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, cast

import aiohttp
import orjson

from service import metrics
from service.engines.base import (
    Engine,
    EngineEvent,
    EngineRequest,
    Finish,
    PassthroughResponse,
    TextDelta,
    ToolCallEvent,
)
from service.engines.pool import Replica, UpstreamPool
from service.exceptions import (
    ContextLengthExceeded,
    ElsonError,
    EngineError,
    InvalidRequest,
    ModelNotFound,
    PayloadTooLarge,
    RateLimited,
    UpstreamError,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from service.protocol import FinishReason, Usage
from service.settings import Settings
from tools.callformat import ParsedCall, ToolCallStreamParser, new_call_id

log = logging.getLogger(__name__)

_RETRY_STATUSES = frozenset({502, 503, 504})
_FINISH_REASONS: frozenset[str] = frozenset({"stop", "length", "tool_calls", "content_filter", "function_call"})
# Below uvicorn's (and so vLLM's) 5 s keep-alive, so we drop an idle connection before the server does and never
# race it by sending a request down a socket the server is closing.
_KEEPALIVE_S = 4.0
class VllmEngine(Engine):
    """Engine over upstream vLLM OpenAI-compatible servers (``settings.upstreams``).

    ``pool`` exposes the replicas with their health and in-flight counts. Callers should close the iterator
    returned by :meth:`stream` (``contextlib.aclosing``) when they stop early: closing it drops the upstream
    connection, which is how vLLM learns to abort the generation.
    """

    kind = "vllm"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._retries = settings.upstream_retries
        self.pool = UpstreamPool(list(settings.upstreams), health_interval_s=settings.health_interval_s)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        """Open the shared session, run one health round (an all-down result is not fatal), start the checker."""
        if self._session is not None:
            return
        s = self._settings
        connector = aiohttp.TCPConnector(limit=s.max_upstream_connections, keepalive_timeout=_KEEPALIVE_S)
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=s.upstream_connect_timeout_s,
                                        sock_read=s.upstream_read_timeout_s)
        # auto_decompress off: passthrough relays bytes as they come, and we ask for identity encoding anyway.
        self._session = aiohttp.ClientSession(connector=connector, timeout=timeout, auto_decompress=False)
        await self.pool.check_all(self._session)
        if not self.pool.ready():
            log.warning("no upstream is healthy at start; serving will retry them")
        self.pool.start(self._session)

    async def close(self) -> None:
        """Stop health checks and close every upstream connection."""
        await self.pool.stop()
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def models(self) -> list[str]:
        """Union of the model ids the healthy upstreams serve, as of the last health round."""
        return self.pool.model_ids()

    async def ready(self) -> bool:
        """True when at least one upstream passes health checks."""
        return self.pool.ready()

    # --- chat completions ------------------------------------------------------------------------------------
    async def stream(self, request: EngineRequest) -> AsyncGenerator[EngineEvent, None]:
        """Stream a chat completion from an upstream as engine events, ending with one :class:`Finish`."""
        body = orjson.dumps(chat_body(request))
        tried: list[Replica] = []
        while True:
            replica, resp = await self._open(body, request.request_id, tried)
            yielded = clean = False
            try:
                if resp.status >= 300:
                    raise await self._status_error(replica, resp)
                try:
                    async for event in _events(resp.content, bool(request.tools)):
                        yielded = True
                        yield event
                except aiohttp.ServerTimeoutError:
                    self._record(replica, "timeout")
                    raise UpstreamTimeout("upstream stopped sending (read timeout)") from None
                except aiohttp.ClientError as exc:
                    self._record(replica, "broken_stream")
                    log.warning("upstream %s broke a stream: %s", replica.url, type(exc).__name__)
                    if yielded or len(tried) > self._retries:
                        raise UpstreamError("upstream connection broke mid-stream") from None
                    continue
                clean = await _drain(resp)
                return
            finally:
                # close() drops the connection (the upstream sees the disconnect and aborts); release() keeps a
                # fully read one alive for reuse.
                if clean:
                    resp.release()
                else:
                    resp.close()
                self.pool.release(replica)

    async def passthrough(self, body: bytes, *, stream: bool, request_id: str) -> PassthroughResponse:
        """Relay a raw chat-completions body to an upstream and hand back its answer unchanged.

        A 2xx streamed answer comes back as ``chunks`` (raw bytes as they arrive; closing the iterator drops the
        upstream connection). Anything else, including an upstream error status when ``stream`` was asked for,
        comes back whole in ``body`` with the upstream's status.
        """
        replica, resp = await self._open(body, request_id, [])
        content_type = resp.headers.get("Content-Type", "text/event-stream" if stream else "application/json")
        if stream and resp.status < 300:
            return PassthroughResponse(resp.status, content_type, chunks=_Relay(self, replica, resp))
        try:
            data = await resp.read()
        except aiohttp.ServerTimeoutError:
            self._record(replica, "timeout")
            raise UpstreamTimeout("upstream stopped sending (read timeout)") from None
        except aiohttp.ClientError:
            self._record(replica, "broken_stream")
            raise UpstreamError("upstream connection broke mid-response") from None
        finally:
            resp.release()
            self.pool.release(replica)
        if resp.status >= 500:
            self._record(replica, f"http_{resp.status}")
        return PassthroughResponse(resp.status, content_type, body=data)

    # --- plumbing --------------------------------------------------------------------------------------------
    async def _open(self, body: bytes, request_id: str,
                    tried: list[Replica]) -> tuple[Replica, aiohttp.ClientResponse]:
        """POST ``body`` to the next replica until one answers, within the retry budget shared through ``tried``.

        The caller owns the returned response and one in-flight count on the replica (``pool.release``). When the
        budget runs out on a retryable status, that last response is returned rather than raised.
        """
        session = self._session
        if session is None:
            raise EngineError("the vllm engine is not started")
        headers = {"Content-Type": "application/json", "Accept-Encoding": "identity"}
        if request_id:
            headers["x-request-id"] = request_id
        budget = self._retries + 1
        while len(tried) < budget:
            replica = self.pool.pick(tried)
            if replica is None:
                raise UpstreamUnavailable("no upstream is configured")
            tried.append(replica)
            self.pool.acquire(replica)
            try:
                resp = await session.post(replica.chat_url, data=body, headers=headers)
            except (aiohttp.ConnectionTimeoutError, aiohttp.ClientConnectorError) as exc:
                # Refused or unanswered connect: the server is gone, so take it out of rotation at once.
                self._connect_failed(replica, type(exc).__name__, down=True)
                continue
            except aiohttp.ServerTimeoutError:
                self.pool.release(replica)
                self._record(replica, "timeout")
                raise UpstreamTimeout("upstream did not answer in time (read timeout)") from None
            except aiohttp.ClientError as exc:
                # E.g. a reused keep-alive socket the server had just closed: retry, but the server is fine.
                self._connect_failed(replica, type(exc).__name__, down=False)
                continue
            except BaseException:
                self.pool.release(replica)
                raise
            if resp.status in _RETRY_STATUSES and len(tried) < budget:
                self._record(replica, f"http_{resp.status}")
                resp.release()
                self.pool.release(replica)
                continue
            return replica, resp
        raise UpstreamUnavailable(f"no upstream could take the request ({len(tried)} attempts failed)")

    def _connect_failed(self, replica: Replica, why: str, *, down: bool) -> None:
        self.pool.release(replica)
        self._record(replica, "connect")
        if down:
            self.pool.mark_down(replica, why)
        else:
            log.warning("upstream %s failed before answering: %s", replica.url, why)

    @staticmethod
    def _record(replica: Replica, kind: str) -> None:
        metrics.UPSTREAM_ERRORS.labels(replica.url, kind).inc()

    async def _status_error(self, replica: Replica, resp: aiohttp.ClientResponse) -> ElsonError:
        """The client-facing error for an upstream's non-2xx answer to a chat completion."""
        status = resp.status
        try:
            message = error_message(await resp.read())
        except aiohttp.ClientError:
            message = ""
        if status >= 500 or status in (401, 403, 429):
            self._record(replica, f"http_{status}")
        if status == 404:
            return ModelNotFound(message or "model not found upstream", param="model")
        if status == 429:
            return RateLimited(message or "the upstream is rate limiting",
                               headers={"Retry-After": resp.headers.get("Retry-After", "1")})
        if status in (401, 403):
            log.error("upstream %s refused our credentials (HTTP %d)", replica.url, status)
            return UpstreamError(f"the upstream refused the gateway's credentials (HTTP {status})")
        if status == 413:
            return PayloadTooLarge(message or "request too large for the upstream")
        if 400 <= status < 500:
            if "maximum context length" in message:
                return ContextLengthExceeded(message, param="messages")
            return InvalidRequest(message or f"the upstream rejected the request (HTTP {status})")
        if status == 503:
            return UpstreamUnavailable("the upstream is unavailable (HTTP 503)")
        if status == 504:
            return UpstreamTimeout("the upstream timed out (HTTP 504)")
        return UpstreamError(f"the upstream failed (HTTP {status})")


def chat_body(request: EngineRequest) -> dict[str, Any]:
    """The upstream ``/v1/chat/completions`` body for ``request`` (always streamed, with usage)."""
    body: dict[str, Any] = dict(request.extra)
    body["model"] = request.model
    body["messages"] = request.messages
    # vLLM rejects tool_choice without tools, so the tool fields travel only together.
    if request.tools:
        body["tools"] = request.tools
        body["tool_choice"] = request.tool_choice
        body["parallel_tool_calls"] = request.parallel_tool_calls
    body["max_tokens"] = request.max_tokens
    if request.temperature is not None:
        body["temperature"] = request.temperature
    if request.top_p is not None:
        body["top_p"] = request.top_p
    if request.stop:
        body["stop"] = request.stop
    if request.seed is not None:
        body["seed"] = request.seed
    if request.response_format is not None:
        body["response_format"] = request.response_format
    body["stream"] = True
    body["stream_options"] = {"include_usage": True}
    return body


def error_message(raw: bytes) -> str:
    """The human message in an upstream error body (OpenAI, old-vLLM or FastAPI shape); never a traceback."""
    try:
        obj: Any = orjson.loads(raw)
    except orjson.JSONDecodeError:
        obj = raw.decode("utf-8", "replace").strip()
    if isinstance(obj, dict):
        err = obj.get("error", obj)
        obj = (err.get("message") or err.get("detail")) if isinstance(err, dict) else err
    if not obj:
        return ""
    text = obj if isinstance(obj, str) else orjson.dumps(obj).decode()
    if "Traceback (most recent call last)" in text or text.startswith("<"):
        return ""
    return text[:1000]


async def _drain(resp: aiohttp.ClientResponse) -> bool:
    """Read what follows ``[DONE]`` (the chunked terminator) so the connection can be reused; False on failure."""
    if resp.content.is_eof():
        return True
    try:
        await resp.content.read()
    except aiohttp.ClientError:
        return False
    return True


async def _sse_data(content: aiohttp.StreamReader) -> AsyncIterator[bytes]:
    """The ``data`` payload of each server-sent event, up to and including ``[DONE]``."""
    buf = b""
    data: list[bytes] = []
    while chunk := await content.readany():
        lines = (buf + chunk).split(b"\n")
        buf = lines.pop()
        for line in lines:
            line = line.rstrip(b"\r")
            if line.startswith(b"data:"):
                data.append(line[6:] if line[5:6] == b" " else line[5:])
            elif not line and data:
                payload = data[0] if len(data) == 1 else b"\n".join(data)
                data = []
                yield payload
                if payload == b"[DONE]":
                    return
    if buf.startswith(b"data:"):  # a last event missing its blank line
        data.append(buf[5:].lstrip(b" "))
    if data:
        yield b"\n".join(data)


async def _events(content: aiohttp.StreamReader, parse_markup: bool) -> AsyncIterator[EngineEvent]:
    """Engine events from an upstream SSE body; raises :class:`UpstreamError` on a malformed or cut stream."""
    translator = _Translator(parse_markup)
    done = False
    async for payload in _sse_data(content):
        if payload == b"[DONE]":
            done = True  # and _sse_data stops here
            continue
        try:
            events = translator.feed(payload)
        except (AttributeError, TypeError, KeyError, ValueError):  # valid JSON, but not a chunk's shape
            raise UpstreamError("the upstream sent a malformed stream chunk") from None
        for event in events:
            yield event
    if not done and translator.finish_reason is None:
        raise UpstreamError("the upstream stream ended before it finished")
    try:
        events = translator.close()
    except ValueError:  # usage of the wrong shape
        raise UpstreamError("the upstream sent malformed usage") from None
    for event in events:
        yield event


class _Translator:
    """Turns upstream chunk objects into engine events, rescuing ``<tool_call>`` markup left in ``content``.

    vLLM's hermes parser sometimes leaves the markup in ``content`` (vllm issues #9693, #22885, #22975, #18412),
    so when the request has tools the content goes through :class:`ToolCallStreamParser`. Tool-call indexes are
    ours: upstream indexes keep their first-seen order and rescued calls take the next free one.
    """

    def __init__(self, parse_markup: bool) -> None:
        self._parser = ToolCallStreamParser() if parse_markup else None
        self._indexes: dict[int, int] = {}
        self._next_index = 0
        self._usage: dict[str, Any] | None = None
        self.finish_reason: str | None = None

    def feed(self, payload: bytes) -> list[EngineEvent]:
        """Events for one SSE payload (a ``chat.completion.chunk`` or an error object)."""
        try:
            obj = orjson.loads(payload)
        except orjson.JSONDecodeError:
            raise UpstreamError("the upstream sent an unreadable stream chunk") from None
        if not isinstance(obj, dict):
            raise UpstreamError("the upstream sent an unreadable stream chunk")
        if "error" in obj or obj.get("object") == "error":
            raise UpstreamError("the upstream failed mid-stream: " + (error_message(payload) or "unknown error"))
        if obj.get("usage"):
            self._usage = obj["usage"]
        events: list[EngineEvent] = []
        for choice in obj.get("choices") or ():
            delta = choice.get("delta") or {}
            if content := delta.get("content"):
                self._text(content, events)
            for call in delta.get("tool_calls") or ():
                self._structured(call, events)
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
        return events

    def close(self) -> list[EngineEvent]:
        """The held-back text and calls, then the one :class:`Finish`."""
        events: list[EngineEvent] = []
        if self._parser is not None:
            self._items(self._parser.finish(), events)
        reason = self.finish_reason if self.finish_reason in _FINISH_REASONS else "stop"
        # The reason must agree with what was produced, whichever side (markup rescue or vLLM) produced it.
        if reason == "stop" and self._next_index:
            reason = "tool_calls"
        elif reason == "tool_calls" and not self._next_index:
            reason = "stop"
        usage = Usage.model_validate(self._usage) if self._usage else Usage()
        events.append(Finish(cast(FinishReason, reason), usage))
        return events

    def _text(self, content: str, events: list[EngineEvent]) -> None:
        if self._parser is None:
            events.append(TextDelta(content))
        else:
            self._items(self._parser.feed(content), events)

    def _items(self, items: list[str | ParsedCall], events: list[EngineEvent]) -> None:
        for item in items:
            if isinstance(item, str):
                if item:
                    events.append(TextDelta(item))
            else:
                events.append(ToolCallEvent(self._next_index, item.arguments, new_call_id(), item.name))
                self._next_index += 1

    def _structured(self, call: dict[str, Any], events: list[EngineEvent]) -> None:
        upstream_index = call.get("index", 0)
        index = self._indexes.get(upstream_index)
        if index is None:
            index = self._indexes[upstream_index] = self._next_index
            self._next_index += 1
        function = call.get("function") or {}
        events.append(ToolCallEvent(index, function.get("arguments") or "", call.get("id"), function.get("name")))


class _Relay:
    """Raw upstream body chunks for a streamed passthrough; the upstream connection goes when done or closed."""

    __slots__ = ("_content", "_done", "_engine", "_replica", "_resp")

    def __init__(self, engine: VllmEngine, replica: Replica, resp: aiohttp.ClientResponse) -> None:
        self._engine, self._replica, self._resp = engine, replica, resp
        self._content = resp.content
        self._done = False

    def __aiter__(self) -> _Relay:
        return self

    async def __anext__(self) -> bytes:
        if self._done:
            raise StopAsyncIteration
        try:
            chunk = await self._content.readany()
        except aiohttp.ServerTimeoutError:
            self._fail("timeout")
            raise UpstreamTimeout("upstream stopped sending (read timeout)") from None
        except aiohttp.ClientError:
            self._fail("broken_stream")
            raise UpstreamError("upstream connection broke mid-stream") from None
        except BaseException:  # cancelled (client gone): drop the upstream connection now
            self._finish(clean=False)
            raise
        if chunk:
            return chunk
        self._finish(clean=True)
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Stop early: drop the upstream connection so the upstream aborts the generation."""
        self._finish(clean=False)

    def _fail(self, kind: str) -> None:
        self._engine._record(self._replica, kind)
        self._finish(clean=False)

    def _finish(self, *, clean: bool) -> None:
        if self._done:
            return
        self._done = True
        if clean:
            self._resp.release()
        else:
            self._resp.close()
        self._engine.pool.release(self._replica)

    def __del__(self) -> None:
        # Safety net for a relay dropped without iteration or aclose: keep the in-flight count honest.
        if not self._done:
            self._finish(clean=False)
