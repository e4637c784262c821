"""The embedded engine: a causal LM decoded on this machine's CPU, with grammar-constrained tool calls and prefix
reuse, and no server to run.

The model lives in decode worker processes (:mod:`service.engines.worker`); this side does what can fail with a
400 before any compute (templating, tokenizing, the context check, compiling the grammar), admits requests into
a bounded queue and relays each worker's events to the request's stream. ``embedded_workers`` processes decode one
request each (1 by default: on 2 cores a second worker only splits the same cores, see docs/benchmarks.md);
``embedded_max_queue`` more may wait, beyond that the engine answers 429 at once.

The compute sits behind :mod:`service.engines.backends` (onnxruntime-genai by default, eager transformers as the
reference). Templating, grammars, sampling, stop strings and the tool-call parser are shared, so both backends
treat a request the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import socket
import subprocess
import sys
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from service import metrics
from service.engines.backends import check_embedded_settings
from service.engines.base import Engine, EngineEvent, EngineRequest, Finish
from service.engines.grammar import GrammarCache, grammar_spec
from service.engines.model_store import ModelStoreError, default_model_folder
from service.engines.onnx_store import is_onnx_folder, prepare_onnx_model
from service.engines.worker import JobSpec, WorkerInfo, worker_settings
from service.exceptions import ContextLengthExceeded, EngineError, InvalidRequest, RateLimited
from service.settings import Settings
from tools.callformat import to_hermes_messages

log = logging.getLogger(__name__)

WORKER_START_TIMEOUT_S = 600.0


@dataclass(eq=False)
class _Worker:
    """One decode process and its end of the pipe."""

    process: Any
    conn: Connection
    info: WorkerInfo | None = None
    job: int | None = None  # the job it is decoding


@dataclass(slots=True)
class _Pending:
    events: asyncio.Queue[EngineEvent | BaseException] = field(default_factory=asyncio.Queue)
    worker: _Worker | None = None
    finish: Finish | None = None


def _spawn(fields: dict[str, Any]) -> _Worker:
    """Start a worker process and wait for it to load (blocking: call it in a thread).

    The worker is ``python -m service.engines.worker`` on one end of a socketpair, not a multiprocessing child:
    spawn would re-import the caller's ``__main__`` (a script without a main guard would run twice) and fork would
    copy this process's threads and locks."""
    ours, theirs = socket.socketpair()
    process = subprocess.Popen([sys.executable, "-m", "service.engines.worker", str(theirs.fileno())],
                               pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
    theirs.close()
    conn = Connection(ours.detach())
    worker = _Worker(process, conn)
    conn.send(("init", fields))
    if not conn.poll(WORKER_START_TIMEOUT_S):
        process.kill()
        raise ModelStoreError(f"the decode worker did not load the model in {WORKER_START_TIMEOUT_S:.0f} s")
    try:
        message = conn.recv()
    except EOFError:
        raise ModelStoreError(f"the decode worker exited while loading (exit code {process.wait()})") from None
    if message[0] != "ready":
        process.wait(5)
        raise ModelStoreError(message[1])
    worker.info = message[1]
    return worker


class EmbeddedEngine(Engine):
    """In-process-default CPU engine (``ELSON_ENGINE=embedded``) over the backend ``settings.embedded_backend``.

    ``start()`` prepares ``settings.model_path`` or the cached SmolLM2 (converted and exported on first use) and
    starts the decode workers; a model that cannot be prepared or loaded is a one-line :class:`ModelStoreError`.
    """

    kind = "embedded"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tokens_generated = 0  # all tokens sampled since start; tests and benchmarks read it
        self.prefix_query_tokens = 0  # prompt tokens looked up in the workers' prefix caches
        self.prefix_hit_tokens = 0  # of which were reused
        self._info: WorkerInfo | None = None
        self._tokenizer: Any = None
        self._grammars: GrammarCache | None = None
        self._workers: list[_Worker] = []
        self._free: asyncio.Queue[_Worker] = asyncio.Queue()
        self._jobs: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._queued = 0
        self._closing = False

    @property
    def queue_depth(self) -> int:
        """Requests admitted but not yet decoding."""
        return self._queued

    @property
    def busy(self) -> bool:
        """True while every worker is decoding (or finishing a cancelled) request."""
        return self._free.empty()

    @property
    def info(self) -> WorkerInfo:
        """What the workers loaded (after :meth:`start`)."""
        if self._info is None:
            raise EngineError("the embedded model is not loaded yet")
        return self._info

    @property
    def tokenizer(self) -> Any:
        """The model's tokenizer (after :meth:`start`)."""
        self.info  # noqa: B018 - raises if not started
        return self._tokenizer

    async def start(self) -> None:
        """Prepare the model, start the workers and load the tokenizer and grammar compiler (seconds from the
        cache; ~40 s the first time: GGUF conversion plus ONNX export)."""
        check_embedded_settings(self.settings)
        fields = worker_settings(self.settings)
        fields["model_path"] = str(await asyncio.to_thread(self._prepare_model, False))
        try:
            first = await asyncio.to_thread(_spawn, fields)
        except ModelStoreError as exc:
            if not self._model_is_ours():  # the user's folder: name the problem, do not touch it
                raise
            log.warning("cached model failed to load (%s); rebuilding", exc)
            fields["model_path"] = str(await asyncio.to_thread(self._prepare_model, True))
            first = await asyncio.to_thread(_spawn, fields)
        rest = await asyncio.gather(*(asyncio.to_thread(_spawn, fields)
                                      for _ in range(self.settings.embedded_workers - 1)))
        self._fields = fields
        for worker in [first, *rest]:
            self._adopt(worker)
        info = self.info
        from transformers import AutoTokenizer

        self._tokenizer = await asyncio.to_thread(AutoTokenizer.from_pretrained, info.path)
        self._grammars = await asyncio.to_thread(GrammarCache, self._tokenizer, info.vocab_size, info.stop_ids)
        log.info("embedded model %s loaded from %s (backend %s, %s, %d workers)", self.settings.model_name,
                 info.path, info.backend, self.settings.precision, len(self._workers))

    def _model_is_ours(self) -> bool:
        """True when the folder loaded is one this engine built in its cache (so it may rebuild it)."""
        path = self.settings.model_path
        if self.settings.embedded_backend == "onnx":
            return not (path and is_onnx_folder(Path(path).expanduser()))
        return not path

    def _prepare_model(self, force: bool) -> Path:
        s = self.settings
        if s.embedded_backend == "onnx":
            return prepare_onnx_model(s.model_path, s.cache_dir, s.precision, force=force, tuned=s.default_adapter)
        if s.model_path:
            return Path(s.model_path).expanduser()
        return default_model_folder(s.cache_dir, s.default_adapter, force=force)

    def _adopt(self, worker: _Worker) -> None:
        self._info = self._info or worker.info
        self._workers.append(worker)
        asyncio.get_running_loop().add_reader(worker.conn.fileno(), self._on_readable, worker)
        self._free.put_nowait(worker)

    async def close(self) -> None:
        """Cancel running work and stop the workers."""
        self._closing = True
        loop = asyncio.get_running_loop()
        for worker in self._workers:
            loop.remove_reader(worker.conn.fileno())
            with contextlib.suppress(OSError):
                worker.conn.send(("stop",))
        for worker in self._workers:
            try:
                await asyncio.to_thread(worker.process.wait, 5)
            except subprocess.TimeoutExpired:
                worker.process.kill()
            worker.conn.close()
        for pending in self._jobs.values():
            pending.events.put_nowait(EngineError("the embedded engine is shutting down"))
        self._workers.clear()

    async def models(self) -> list[str]:
        """The one served model name."""
        return [self.settings.model_name]

    async def ready(self) -> bool:
        """True once a worker has loaded the model."""
        return self._info is not None and bool(self._workers)

    def stream(self, request: EngineRequest) -> AsyncGenerator[EngineEvent, None]:
        """Decode ``request``; see :meth:`Engine.stream`. ``aclose()`` on the result cancels the decoding."""
        return self._stream(request)

    def _forced_prefix(self, request: EngineRequest) -> str:
        """Text the reply is made to start with (decoded as if sampled). None by default; tests override it to
        open a ``<tool_call>`` and so exercise the ``auto`` grammar on a random-weight model."""
        return ""

    async def _stream(self, request: EngineRequest) -> AsyncGenerator[EngineEvent, None]:
        self.info  # noqa: B018 - raises if not started
        if self._queued >= self.settings.embedded_max_queue:
            raise RateLimited(f"the embedded engine has {self._queued} requests waiting; retry shortly",
                              headers={"Retry-After": "1"})
        self._queued += 1
        try:
            # Templating, tokenizing and grammar compiling can take milliseconds: keep them off the loop.
            job = await asyncio.to_thread(self._prepare, request)
            worker = await self._free.get()
        finally:
            self._queued -= 1
        job_id = next(self._ids)
        pending = self._jobs[job_id] = _Pending(worker=worker)
        worker.job = job_id
        finished = False
        try:
            worker.conn.send(("job", job_id, job))
            while True:
                event = await pending.events.get()
                if isinstance(event, BaseException):
                    raise event
                yield event
                if isinstance(event, Finish):
                    finished = True
                    return
        finally:
            if not finished and worker.job == job_id:  # consumer gone: the worker stops at its next token
                with contextlib.suppress(OSError):
                    worker.conn.send(("cancel", job_id))

    def _on_readable(self, worker: _Worker) -> None:
        """Relay everything the worker has sent (runs on the event loop; the reads do not block)."""
        try:
            while worker.conn.poll():
                self._dispatch(worker, worker.conn.recv())
        except (EOFError, OSError):
            self._lost(worker)

    def _dispatch(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind, job_id = message[0], message[1]
        pending = self._jobs.get(job_id)
        if kind == "events" and pending is not None:
            for event in message[2]:
                if isinstance(event, Finish):  # delivered with "done", when the worker is free and counted
                    pending.finish = event
                else:
                    pending.events.put_nowait(event)
        elif kind == "error" and pending is not None:
            pending.events.put_nowait(EngineError(f"generation failed: {message[2]}"))
        elif kind == "done":
            _, _, generated, reused, prompt, idle_bytes = message
            self.tokens_generated += generated
            self.prefix_query_tokens += prompt
            self.prefix_hit_tokens += reused
            metrics.PREFIX_CACHE_QUERIES.inc(prompt)
            metrics.PREFIX_CACHE_HITS.inc(reused)
            metrics.PREFIX_CACHE_BYTES.set(idle_bytes)
            self._jobs.pop(job_id, None)
            worker.job = None
            self._free.put_nowait(worker)
            if pending is not None and pending.finish is not None:
                pending.events.put_nowait(pending.finish)

    def _lost(self, worker: _Worker) -> None:
        """A worker died (native crash, OOM kill): fail its job and start a replacement."""
        loop = asyncio.get_running_loop()
        loop.remove_reader(worker.conn.fileno())
        if worker in self._workers:
            self._workers.remove(worker)
        if worker.job is not None and (pending := self._jobs.pop(worker.job, None)) is not None:
            pending.events.put_nowait(EngineError("the decode worker exited unexpectedly; retry the request"))
        if self._closing:
            return
        log.error("decode worker %s exited (code %s); starting a new one", worker.process.pid,
                  worker.process.poll())
        task = loop.create_task(asyncio.to_thread(_spawn, self._fields))
        task.add_done_callback(lambda t: self._adopt(t.result()) if not t.exception() and not self._closing
                               else log.error("cannot restart the decode worker: %s", t.exception()))

    def _prepare(self, request: EngineRequest) -> JobSpec:
        """Prompt ids, the context check and the grammar: everything that can fail with a 400, before compute."""
        tok, grammars, info = self._tokenizer, self._grammars, self.info
        assert grammars is not None
        tools_on = bool(request.tools) and request.tool_choice != "none"
        messages = to_hermes_messages(request.messages, request.tools if tools_on else None)
        try:
            text = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        except Exception as exc:  # a template error is about the request's messages (e.g. an unknown role)
            raise InvalidRequest(f"messages cannot be formatted for this model: {exc}", param="messages") from exc
        prompt_ids = list(tok(text, add_special_tokens=False)["input_ids"])
        prefix = self._forced_prefix(request)
        prefix_ids = list(tok(prefix, add_special_tokens=False)["input_ids"]) if prefix else []
        max_tokens = max(1, request.max_tokens)
        needed = len(prompt_ids) + max(max_tokens, len(prefix_ids))
        if needed > info.max_context:
            raise ContextLengthExceeded(
                f"This model's maximum context length is {info.max_context} tokens. However, you requested "
                f"{needed} tokens ({len(prompt_ids)} in the messages, {max_tokens} in the completion). "
                "Please reduce the length of the messages or the completion.", param="messages")
        grammars.get(request)  # compiled here so a schema that cannot be enforced is a 400 now
        return JobSpec(prompt_ids=prompt_ids, prefix_ids=prefix_ids, max_tokens=max_tokens,
                       temperature=request.temperature, top_p=request.top_p, seed=request.seed,
                       stop=list(request.stop), parse_tools=tools_on, grammar=grammar_spec(request),
                       ignore_eos=bool(request.extra.get("ignore_eos", False)))
