"""One benchmark request over aiohttp: post a chat completion (streamed or not), time it, and record the outcome.

Timing follows vLLM's ``benchmarks/serve.py`` request function, with one difference stated here on purpose: TTFT is
the time to the first chunk that carries *generated output* (content, reasoning or a tool-call delta), not to the
first chunk with ``choices``. vLLM sends its role-only chunk together with the first token, so on vLLM both agree;
a server that sends the role chunk at once (a gateway, the fake upstream) would otherwise show a TTFT of ~0.
ITL is the gap between consecutive output-carrying chunks; E2EL runs from sending the request to ``[DONE]`` (or to
the end of the body when not streaming). Output tokens come from the ``usage`` object when the server sends one,
else from the number of output-carrying chunks.

A request never raises: every failure becomes a record with ``ok=False`` and a short, groupable ``error`` reason
(``unreachable``, ``timeout``, ``http 429``, ``malformed body``, ``malformed stream``, ``error event``,
``cut off``, ``connection error``, ``client error``) plus a ``detail`` string.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import asdict, dataclass, field
from typing import Any

import aiohttp
import orjson

DETAIL_CHARS = 300


@dataclass
class RequestRecord:
    """The outcome of one request. Times are seconds; ``start_s`` is the send time from the start of the run."""

    index: int
    ok: bool = False
    error: str | None = None
    detail: str | None = None
    status: int | None = None
    start_s: float = 0.0
    ttft_s: float | None = None
    e2el_s: float | None = None
    itl_s: list[float] = field(default_factory=list)
    prompt_tokens: int | None = None
    output_tokens: int | None = None
    tokens_from: str = "none"
    chunks: int = 0
    gateway_overhead_ms: float | None = None

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the JSONL file."""
        return asdict(self)


class RequestFailed(Exception):
    """A failure with its groupable reason and a detail message."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail[:DETAIL_CHARS]


def _tokens(usage: Any) -> tuple[int | None, int | None]:
    if not isinstance(usage, dict):
        return None, None
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    return (prompt if isinstance(prompt, int) else None, completion if isinstance(completion, int) else None)


def _error_message(obj: Any) -> str:
    error = obj.get("error") if isinstance(obj, dict) else None
    if isinstance(error, dict):
        return str(error.get("message") or error)
    return str(error if error is not None else obj)


def _has_output(delta: Any) -> bool:
    if not isinstance(delta, dict):
        return False
    return bool(delta.get("content") or delta.get("reasoning_content") or delta.get("reasoning")
                or delta.get("tool_calls"))


class _StreamState:
    """Timing of one SSE stream, fed one complete event at a time."""

    def __init__(self, sent: float) -> None:
        self.sent = sent
        self.events = 0
        self.first_choice: float | None = None
        self.first_output: float | None = None
        self.last_output: float | None = None
        self.itl: list[float] = []
        self.chunks = 0
        self.usage: Any = None
        self.done_at: float | None = None

    def feed(self, data: bytes, now: float) -> None:
        """Take one event's data (the ``data:`` lines joined)."""
        self.events += 1
        if data.strip() == b"[DONE]":
            self.done_at = now
            return
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise RequestFailed("malformed stream", f"invalid JSON in SSE data: {data[:120]!r}") from None
        if not isinstance(obj, dict):
            raise RequestFailed("malformed stream", f"SSE data is not an object: {data[:120]!r}")
        if "error" in obj:
            raise RequestFailed("error event", _error_message(obj))
        if "choices" not in obj and "usage" not in obj:
            raise RequestFailed("malformed stream", f"chunk without choices or usage: {data[:120]!r}")
        if obj.get("usage"):
            self.usage = obj["usage"]
        choices = obj.get("choices")
        if not choices or not isinstance(choices, list) or not isinstance(choices[0], dict):
            return
        if self.first_choice is None:
            self.first_choice = now
        if _has_output(choices[0].get("delta")):
            if self.last_output is None:
                self.first_output = now
            else:
                self.itl.append(now - self.last_output)
            self.last_output = now
            self.chunks += 1

    def finish(self, record: RequestRecord) -> None:
        """Fill the record once the body has ended (raises when the stream never said ``[DONE]``)."""
        if self.done_at is None:
            if self.events == 0:
                raise RequestFailed("malformed stream", "the response had no SSE events")
            raise RequestFailed("cut off", f"stream ended without [DONE] after {self.chunks} output chunks")
        first = self.first_output if self.first_output is not None else self.first_choice
        record.ttft_s = None if first is None else first - self.sent
        record.e2el_s = self.done_at - self.sent
        record.itl_s = self.itl
        record.chunks = self.chunks
        record.prompt_tokens, completion = _tokens(self.usage)
        if completion is not None:
            record.output_tokens, record.tokens_from = completion, "usage"
        else:
            record.output_tokens, record.tokens_from = self.chunks, "chunks"


async def _read_stream(resp: aiohttp.ClientResponse, sent: float, record: RequestRecord) -> None:
    state = _StreamState(sent)
    buf = b""
    data_lines: list[bytes] = []
    now = sent
    async for piece in resp.content.iter_any():
        now = time.perf_counter()
        *lines, buf = (buf + piece).split(b"\n")
        for raw in lines:
            line = raw.rstrip(b"\r")
            if not line:
                if data_lines:
                    state.feed(b"\n".join(data_lines), now)
                    data_lines = []
            elif line.startswith(b"data:"):
                value = line[5:]
                data_lines.append(value[1:] if value.startswith(b" ") else value)
    if buf.rstrip(b"\r").startswith(b"data:"):  # a last event without its blank line
        value = buf.rstrip(b"\r")[5:]
        data_lines.append(value[1:] if value.startswith(b" ") else value)
    if data_lines:
        state.feed(b"\n".join(data_lines), now)
    state.finish(record)


async def _read_body(resp: aiohttp.ClientResponse, sent: float, record: RequestRecord) -> None:
    body = await resp.read()
    record.e2el_s = time.perf_counter() - sent
    try:
        obj = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise RequestFailed("malformed body", f"not JSON: {body[:120]!r}") from None
    if isinstance(obj, dict) and "error" in obj:
        raise RequestFailed("error event", _error_message(obj))
    choices = obj.get("choices") if isinstance(obj, dict) else None
    if not choices or not isinstance(choices, list):
        raise RequestFailed("malformed body", f"no choices in {body[:120]!r}")
    record.prompt_tokens, record.output_tokens = _tokens(obj.get("usage"))
    record.tokens_from = "usage" if record.output_tokens is not None else "none"


async def _http_error(resp: aiohttp.ClientResponse) -> RequestFailed:
    body = await resp.content.read(4096)
    try:
        detail = _error_message(orjson.loads(body))
    except orjson.JSONDecodeError:
        detail = body.decode("utf-8", "replace") or resp.reason or ""
    return RequestFailed(f"http {resp.status}", detail)


def _overhead_header(resp: aiohttp.ClientResponse) -> float | None:
    value = resp.headers.get("x-elson-overhead-ms")
    try:
        return None if value is None else float(value)
    except ValueError:
        return None


async def _exchange(session: aiohttp.ClientSession, url: str, body: bytes, headers: dict[str, str], stream: bool,
                    record: RequestRecord, sent: float) -> None:
    stage = "connect"
    try:
        async with session.post(url, data=body, headers=headers) as resp:
            record.status = resp.status
            record.gateway_overhead_ms = _overhead_header(resp)
            if resp.status != 200:
                raise await _http_error(resp)
            stage = "body"
            await (_read_stream if stream else _read_body)(resp, sent, record)
    except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError, ConnectionResetError) as exc:
        if stage == "body":
            raise RequestFailed("cut off", f"{type(exc).__name__}: {exc}") from None
        raise RequestFailed("connection error", f"{type(exc).__name__}: {exc}") from None


async def send_request(session: aiohttp.ClientSession, url: str, body: bytes, headers: dict[str, str], *,
                       stream: bool, timeout_s: float, index: int, run_start: float) -> RequestRecord:
    """Post one pre-serialized chat body and return its record. Never raises (cancellation aside)."""
    record = RequestRecord(index=index)
    sent = time.perf_counter()
    record.start_s = sent - run_start
    try:
        async with asyncio.timeout(timeout_s + 1.0):  # a belt over the session's own total timeout
            await _exchange(session, url, body, headers, stream, record, sent)
        record.ok = True
    except RequestFailed as exc:
        record.error, record.detail = exc.reason, exc.detail
    except TimeoutError:
        record.error, record.detail = "timeout", f"no complete response within {timeout_s:g} s"
    except aiohttp.ClientConnectorError as exc:
        record.error, record.detail = "unreachable", str(exc)[:DETAIL_CHARS]
    except aiohttp.ClientError as exc:
        record.error, record.detail = "connection error", f"{type(exc).__name__}: {exc}"[:DETAIL_CHARS]
    except Exception as exc:  # a benchmark must not crash on one odd reply; keep the cause in the record
        record.error, record.detail = "client error", f"{type(exc).__name__}: {exc}"[:DETAIL_CHARS]
    if not record.ok:
        record.e2el_s = time.perf_counter() - sent
        record.ttft_s, record.itl_s = None, []
    return record
