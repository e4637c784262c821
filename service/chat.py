"""``/v1/chat/completions`` behind the route: choose the path, admit, run, and shape the response.

Three paths, one response shape:

* **agent**: ``model == ELSON_AGENT_MODEL``: the server-side agent loop over the built-in tools (plus any client
  tools, whose calls are returned to the client).
* **plain**: any other served model, with or without client tools: one engine turn, OpenAI semantics.
* **passthrough**: a plain request without tools on an HTTP engine: upstream bytes are relayed untouched.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson
from fastapi.responses import Response, StreamingResponse
from pydantic import ValidationError

from service import metrics
from service.agent import ToolRunner, run_agent
from service.engines.base import Engine, EngineRequest
from service.exceptions import ElsonError, InvalidRequest, ModelNotFound, RequestTimeout, UpstreamUnavailable
from service.limits import ConcurrencyLimiter
from service.protocol import ChatCompletionRequest, NamedToolChoice
from service.settings import Settings
from service.streaming import StreamMeta, accumulate, chunks, mark_token, sse
from tools.selection import SelectedTools, ToolIndex, query_text

log = logging.getLogger("elson.chat")

# Request fields an upstream server understands that the agent loop does not interpret.
_FORWARDED = ("frequency_penalty", "presence_penalty", "logit_bias", "user", "metadata")


def parse_chat_request(body: bytes, settings: Settings) -> ChatCompletionRequest:
    """Decode and validate a request body; every failure is a 400 that names the offending field."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise InvalidRequest(f"request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidRequest("request body must be a JSON object")
    try:
        req = ChatCompletionRequest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        param = _param(first["loc"], data)
        raise InvalidRequest(f"{param or 'body'}: {first['msg']}", param=param) from None
    if len(req.messages) > settings.max_messages:
        raise InvalidRequest(f"{len(req.messages)} messages; the limit is {settings.max_messages}",
                             param="messages")
    if req.model_extra:
        log.info("ignoring unknown request fields: %s", ", ".join(sorted(req.model_extra)))
    return req


def _param(loc: tuple[int | str, ...], data: dict[str, Any]) -> str | None:
    """A dotted field path like ``messages[2].role``, without pydantic's union-tag segments."""
    out: list[str] = []
    node: Any = data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list):
            out[-1] += f"[{part}]"
            node = node[part] if part < len(node) else None
        elif isinstance(node, dict) and part in node:
            out.append(str(part))
            node = node[part]
        elif isinstance(node, dict) and not isinstance(part, int) and not out:
            out.append(str(part))  # a missing top-level field
            node = None
        # else: a union tag such as 'user' or 'function-after[...]': not part of the client's path
    return ".".join(out) or None


def completion_id() -> str:
    # Ids must be unique, not secret: getrandbits avoids a urandom syscall per request.
    return f"chatcmpl-{random.getrandbits(96):024x}"


def _tool_choice(req: ChatCompletionRequest) -> Any:
    if isinstance(req.tool_choice, NamedToolChoice):
        return req.tool_choice.model_dump(exclude_none=True)
    return req.tool_choice or "auto"


def to_engine_request(req: ChatCompletionRequest, settings: Settings, model: str, request_id: str,
                      system_prompt: str | None = None) -> EngineRequest:
    """Translate the validated wire request into what an engine needs."""
    limit = req.output_limit
    if limit is not None and limit > settings.max_tokens_cap:
        raise InvalidRequest(f"max_tokens={limit} is above this server's limit of {settings.max_tokens_cap}",
                             param="max_tokens")
    messages = [m.model_dump(exclude_none=True) for m in req.messages]
    if system_prompt:
        messages.insert(0, {"role": "system", "content": system_prompt})
    response_format = req.response_format.model_dump(by_alias=True, exclude_none=True) \
        if req.response_format is not None else None
    return EngineRequest(
        model=model, messages=messages,
        tools=[t.model_dump(exclude_none=True) for t in req.tools] if req.tools else None,
        tool_choice=_tool_choice(req), parallel_tool_calls=req.parallel_tool_calls is not False,
        max_tokens=limit or settings.default_max_tokens, temperature=req.temperature, top_p=req.top_p,
        stop=req.stop_list, seed=req.seed, response_format=response_format, request_id=request_id,
        extra={k: v for k in _FORWARDED if (v := getattr(req, k)) is not None},
    )


class Gateway:
    """Everything a chat request needs, built once in the app lifespan."""

    def __init__(self, settings: Settings, engine: Engine, tools: ToolRunner) -> None:
        self.settings = settings
        self.engine = engine
        self.tools = tools
        offered = set(settings.agent_tool_namespaces)
        self.tool_index = ToolIndex([t for t in tools.schemas()
                                     if t["function"]["name"].split(".", 1)[0] in offered])
        self.limiter = ConcurrencyLimiter(settings.max_concurrency, settings.max_queue)
        self.served: list[str] = []

    async def refresh_models(self) -> list[str]:
        self.served = await self.engine.models()
        return [self.settings.agent_model, *self.served]

    def metric_model(self, model: str) -> str:
        """A bounded label value: clients may send any string as ``model``."""
        return model if model == self.settings.agent_model or model in self.served else "other"

    async def _resolve(self, req: ChatCompletionRequest) -> tuple[str, bool]:
        """(model to ask the engine for, whether this is the agent path)."""
        if req.model == self.settings.agent_model:
            if not self.served and not self.settings.agent_base_model:
                await self.refresh_models()
            base = self.settings.agent_base_model or (self.served[0] if self.served else "")
            if not base:
                raise UpstreamUnavailable("no model is available to run the agent")
            return base, True
        # An upstream knows its own models (and may serve new ones): let it answer 404 for unknown names.
        if self.engine.kind != "vllm" and req.model not in self.served:
            raise ModelNotFound(f"model {req.model!r} does not exist; this server serves "
                                f"{', '.join([self.settings.agent_model, *self.served])}", param="model")
        return req.model, False

    def _agent_tools(self, request: EngineRequest) -> ToolRunner:
        """The built-in tools this agent request is offered: the best matches for the user's words."""
        chosen = self.tool_index.select(query_text(request.messages), self.settings.agent_tool_limit)
        return SelectedTools(self.tools, chosen)

    async def chat(self, req: ChatCompletionRequest, body: bytes, request_id: str, started: float) -> Response:
        """Admit, run the right path, and build the response; the slot is held until the last byte."""
        release = await self.limiter.acquire()
        try:
            model, agent = await self._resolve(req)
            if not agent and req.tool_choice == "required" and not req.tools:
                raise InvalidRequest("tool_choice 'required' needs tools", param="tool_choice")
            meta = StreamMeta(id=completion_id(), model=req.model, agent=agent, started=started,
                              include_usage=bool(req.stream_options and req.stream_options.include_usage)
                              or not req.stream)
            deadline = asyncio.get_running_loop().time() + self.settings.request_timeout_s
            if not agent and not req.tools:
                relayed = await self._passthrough(body, req, meta, release, deadline, request_id)
                if relayed is not None:
                    return relayed
            erq = to_engine_request(req, self.settings, model, request_id,
                                    self.settings.agent_system_prompt if agent else None)
            events = run_agent(self.engine, erq, self._agent_tools(erq) if agent else None,
                               max_turns=req.max_turns or (self.settings.max_turns if agent else 1),
                               tool_timeout=self.settings.tool_timeout_s)
            stream = _guard(chunks(events, meta), deadline, release, self._done(meta, bool(req.stream)))
            first = await anext(stream)
        except BaseException:
            release()
            raise
        if req.stream:
            return StreamingResponse(sse(first, stream), media_type="text/event-stream",
                                     headers=_headers(meta))
        completion = await accumulate(first, stream)
        return Response(completion.model_dump_json(), media_type="application/json", headers=_headers(meta))

    async def _passthrough(self, body: bytes, req: ChatCompletionRequest, meta: StreamMeta,
                           release: Callable[[], None], deadline: float, request_id: str) -> Response | None:
        t0 = time.perf_counter()
        async with asyncio.timeout_at(deadline):
            relayed = await self.engine.passthrough(body, stream=bool(req.stream), request_id=request_id)
        if relayed is None:
            return None
        meta.waited += time.perf_counter() - t0
        done = self._done(meta, bool(req.stream))
        if relayed.chunks is None:
            release()
            done(relayed.status)
            return Response(relayed.body, status_code=relayed.status, media_type=relayed.content_type,
                            headers=_headers(meta))
        return StreamingResponse(_guard(relayed.chunks, deadline, release, done, meta), status_code=relayed.status,
                                 media_type=relayed.content_type, headers=_headers(meta))

    def _done(self, meta: StreamMeta, stream: bool) -> Callable[[int | str], None]:
        label = self.metric_model(meta.model)

        def record(status: int | str) -> None:
            metrics.REQUESTS.labels(label, str(status)).inc()
            metrics.E2E_LATENCY.labels(label, str(stream).lower()).observe(time.perf_counter() - meta.started)
            metrics.OVERHEAD.labels("agent" if meta.agent else "chat").observe(meta.overhead_s())

        return record


def _headers(meta: StreamMeta) -> dict[str, str]:
    return {"x-elson-overhead-ms": f"{meta.overhead_s() * 1000:.3f}"}


async def _guard(items: AsyncIterator[Any], deadline: float, release: Callable[[], None],
                 done: Callable[[int | str], None], relay: StreamMeta | None = None) -> AsyncIterator[Any]:
    """Apply the request deadline to every step, then free the slot and record the outcome exactly once.

    ``relay`` is set for relayed upstream bytes, whose waiting time and token timing only this layer sees.
    """
    status: int | str = 499  # the client went away, unless we reach one of the outcomes below
    try:
        while True:
            t0 = time.perf_counter()
            try:
                async with asyncio.timeout_at(deadline):
                    item = await anext(items)
            except StopAsyncIteration:
                status = 200
                return
            except TimeoutError:
                raise RequestTimeout("the request took longer than this server's request timeout") from None
            if relay is not None:
                relay.waited += time.perf_counter() - t0
                mark_token(relay)
            yield item
    except ElsonError as exc:
        status = exc.status_code
        raise
    finally:
        release()
        done(status)
        aclose = getattr(items, "aclose", None)
        if aclose is not None:
            await aclose()
