"""The embedded engine's decode worker: a child process that owns the model and decodes one request at a time.

Why a process and not a thread: onnxruntime-genai holds the GIL through ``append_tokens`` (measured: a 1,000-token
prefill froze a 5 ms ticker for 5 s), and even with torch the per-token Python of sampling and grammar competes
with the event loop. In a child process the gateway's loop never waits on compute, and a crash in native code
takes down the worker, not the server.

Messages on the pipe, parent -> child: ``("job", job_id, JobSpec)``, ``("cancel", job_id)``, ``("stop",)``.
Child -> parent: ``("ready", WorkerInfo)`` or ``("fatal", message)`` once at start, then per job any number of
``("events", job_id, [EngineEvent, ...])``, an optional ``("error", job_id, message, is_client_error)``, and always one
``("done", job_id, generated_tokens, reused_tokens, prompt_tokens, idle_cache_bytes)`` last.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

import torch

from service.engines.backends import Backend, KVState, load_backend
from service.engines.base import EngineEvent, Finish
from service.engines.decoding import OutputParser, Sampler
from service.engines.grammar import GrammarCache, TokenConstraint
from service.engines.prefix_cache import PrefixCache
from service.protocol import FinishReason, Usage

log = logging.getLogger(__name__)

# How often a decoding worker sends its events to the gateway. Per token (~10 ms) the gateway's wake-ups cost
# decode speed: the worker's threads need both cores, and a preempted thread stalls the whole parallel step.
STREAM_INTERVAL_S = 0.03

# Prefill in chunks so a cancelled long prompt stops within one chunk, and attention scratch memory stays bounded.
PREFILL_CHUNK = 512


@dataclass(slots=True)
class JobSpec:
    """One admitted request, everything the worker needs (picklable)."""

    prompt_ids: list[int]
    prefix_ids: list[int]
    max_tokens: int
    temperature: float | None
    top_p: float | None
    seed: int | None
    stop: list[str]
    parse_tools: bool
    grammar: dict[str, Any] | None  # a grammar_spec, compiled (and cached) in the worker
    ignore_eos: bool = False  # vLLM's extension: decode max_tokens whatever the model says (benchmarks)


@dataclass(slots=True)
class WorkerInfo:
    """What the parent needs to know about the loaded model."""

    path: str
    backend: str
    vocab_size: int
    max_context: int
    eos_ids: list[int]
    stop_ids: list[int] = field(default_factory=list)


def prefill_chunks(n: int, size: int = PREFILL_CHUNK) -> list[tuple[int, int]]:
    """``[start, end)`` spans covering ``n`` prompt tokens, none of length 1 unless ``n`` is 1: a single-token pass
    takes the decode kernels, whose results differ in the last bits (see :class:`KVState`)."""
    spans = [(start, min(start + size, n)) for start in range(0, n, size)]
    if len(spans) > 1 and spans[-1][1] - spans[-1][0] == 1:
        (a, _), (_, end) = spans[-2], spans[-1]
        spans[-2:] = [(a, end - 2), (end - 2, end)]
    return spans


def stop_token_ids(eos_ids: list[int], tokenizer: Any) -> list[int]:
    """End-of-turn ids: the configured EOS ids plus ChatML's ``<|im_end|>`` and ``<|endoftext|>`` if present."""
    ids: set[int] = set(eos_ids)
    if isinstance(tokenizer.eos_token_id, int):
        ids.add(tokenizer.eos_token_id)
    vocab = tokenizer.get_vocab()
    ids.update(vocab[t] for t in ("<|im_end|>", "<|endoftext|>") if t in vocab)
    return sorted(ids)


def _banned_token_ids(tokenizer: Any, stop_ids: list[int], vocab_size: int) -> torch.Tensor:
    """Special tokens other than the stops: a chat reply never contains ``<|im_start|>`` or ``<repo_name>``."""
    special = [i for i, tok in tokenizer.added_tokens_decoder.items() if tok.special]
    return torch.tensor(sorted(i for i in special if i not in stop_ids and i < vocab_size), dtype=torch.long)


class Cancelled(Exception):
    """The parent cancelled the running job."""


class Decoder:
    """Decodes jobs on one backend: prefix reuse, prefill, then sampling under the grammar, emitting events."""

    def __init__(self, backend: Backend, prefix_cache_bytes: int) -> None:
        self.backend = backend
        tok = backend.tokenizer
        self.stop_ids = stop_token_ids(backend.eos_ids, tok)
        self._stops = frozenset(self.stop_ids)
        self._banned = _banned_token_ids(tok, self.stop_ids, backend.vocab_size)
        self.grammars = GrammarCache(tok, backend.vocab_size, self.stop_ids)
        new_bytes = backend.max_context * backend.bytes_per_token if backend.name == "onnx" else 0
        self.prefixes = PrefixCache(prefix_cache_bytes, backend.new_state, new_bytes)

    def run(self, job: JobSpec, emit: Any, check_cancel: Any) -> tuple[int, int]:
        """Decode ``job``; returns (tokens generated, prompt tokens reused). ``check_cancel`` raises
        :class:`Cancelled`. A state is returned to the prefix cache unless decoding failed inside the backend."""
        state, reused = self.prefixes.acquire(job.prompt_ids + job.prefix_ids)
        generated = 0
        try:
            with torch.inference_mode():
                generated = self._generate(job, state, reused, emit, check_cancel)
        except Cancelled:
            pass  # the state's tokens are still accurate: keep it
        self.prefixes.release(state)
        return generated, reused

    def _generate(self, job: JobSpec, state: KVState, reused: int, emit: Any, check_cancel: Any) -> int:
        out = OutputParser(self.backend.tokenizer, job.stop, job.parse_tools)
        compiled = self.grammars.get_spec(job.grammar)
        constraint = self.grammars.constraint(compiled) if compiled is not None else None
        sampler = Sampler(job.temperature, job.top_p, job.seed)
        for event in [e for token_id in job.prefix_ids for e in out.push(token_id)]:
            emit(event)
        if constraint is not None:
            constraint.accept_text(job.prefix_ids)
        ids = (job.prompt_ids + job.prefix_ids)[reused:]
        logits = None
        for start, end in prefill_chunks(len(ids)):
            check_cancel()
            logits = state.extend(ids[start:end])
        assert logits is not None
        generated, reason = len(job.prefix_ids), "length"
        while generated < job.max_tokens and not out.stopped:
            check_cancel()
            forced = constraint.jump_forward(self.backend.tokenizer, job.max_tokens - generated) \
                if constraint is not None else []
            if forced:
                generated += len(forced)
                for event in [e for token_id in forced for e in out.push(token_id)]:
                    emit(event)
                if out.stopped or (constraint is not None and constraint.only_stop_allowed()):
                    reason = "stop"
                    break
                logits = state.extend(forced)
                continue
            token_id = self._choose(logits, sampler, constraint)
            generated += 1
            if token_id in self._stops and not job.ignore_eos:
                reason = "stop"
                break
            if constraint is not None:
                constraint.accept(token_id)
            for event in out.push(token_id):
                emit(event)
            if out.stopped or (constraint is not None and constraint.only_stop_allowed()):
                reason = "stop"  # a stop string, or the grammar is complete and would only allow EOS
                break
            logits = state.extend([token_id])
        for event in out.finish():
            emit(event)
        usage = Usage(prompt_tokens=len(job.prompt_ids), completion_tokens=generated,
                      total_tokens=len(job.prompt_ids) + generated)
        finish: FinishReason = "tool_calls" if out.calls else reason  # type: ignore[assignment]
        emit(Finish(finish, usage))
        return generated

    def _choose(self, logits: torch.Tensor, sampler: Sampler, constraint: TokenConstraint | None) -> int:
        if self._banned.numel():
            logits.index_fill_(1, self._banned, float("-inf"))
        if constraint is not None:
            constraint.mask(logits)
        return sampler.pick(logits[0])


def worker_main(conn: Connection) -> None:
    """Child-process entry point: read ``("init", settings_fields)``, load the backend, report ``ready``, then
    serve jobs until ``stop`` or EOF."""
    from service.settings import Settings

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s decode-worker %(message)s")
    try:
        _, settings_fields = conn.recv()
        settings = Settings(**settings_fields)
        backend = load_backend(settings)
        decoder = Decoder(backend, settings.prefix_cache_mb * 2**20)
    except Exception as exc:  # reported as one line; the parent raises it at start-up
        from service.engines.model_store import ModelStoreError

        text = str(exc) if isinstance(exc, ModelStoreError) else f"{type(exc).__name__}: {exc}"
        conn.send(("fatal", (text.strip().splitlines() or ["unknown error"])[0]))
        return
    conn.send(("ready", WorkerInfo(str(backend.path), backend.name, backend.vocab_size, backend.max_context,
                                   backend.eos_ids, decoder.stop_ids)))
    _serve(conn, decoder)


def _serve(conn: Connection, decoder: Decoder) -> None:
    pending: list[tuple[Any, ...]] = []
    cancelled: set[int] = set()
    while True:
        try:
            message = pending.pop(0) if pending else conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message[0] == "stop":
            return
        if message[0] == "cancel":
            cancelled.add(message[1])
            continue
        _, job_id, job = message
        _run_one(conn, decoder, job_id, job, pending, cancelled)
        cancelled.discard(job_id)


def _run_one(conn: Connection, decoder: Decoder, job_id: int, job: JobSpec, pending: list[tuple[Any, ...]],
             cancelled: set[int]) -> None:
    batch: list[EngineEvent] = []
    last_send = 0.0

    def emit(event: EngineEvent) -> None:
        # Events go out in batches at most every STREAM_INTERVAL_S (the first and the Finish at once): each send
        # wakes the gateway, and on 2 cores that wake-up preempts a decode thread mid-step (see STREAM_INTERVAL_S).
        nonlocal last_send
        batch.append(event)
        now = time.perf_counter()
        if isinstance(event, Finish) or now - last_send >= STREAM_INTERVAL_S:
            conn.send(("events", job_id, batch.copy()))
            batch.clear()
            last_send = now

    def check_cancel() -> None:
        while conn.poll():  # drain what arrived: cancels apply now, anything else waits its turn
            message = conn.recv()
            if message[0] == "cancel":
                cancelled.add(message[1])
            else:
                pending.append(message)
        if job_id in cancelled:
            raise Cancelled

    generated = reused = 0
    try:
        generated, reused = decoder.run(job, emit, check_cancel)
        if batch:
            conn.send(("events", job_id, batch.copy()))
    except Exception as exc:
        from service.exceptions import ElsonError

        conn.send(("error", job_id, f"{type(exc).__name__}: {exc}".splitlines()[0], isinstance(exc, ElsonError)))
    conn.send(("done", job_id, generated, reused, len(job.prompt_ids) + len(job.prefix_ids),
               decoder.prefixes.idle_bytes))


def worker_settings(settings: Any) -> dict[str, Any]:
    """The settings fields a worker needs, as plain values (the child rebuilds :class:`Settings` from them)."""
    names = ("model_path", "adapter_path", "cache_dir", "threads", "embedded_backend", "embedded_precision",
             "embedded_max_context", "prefix_cache_mb")
    fields = {name: getattr(settings, name) for name in names}
    fields["threads"] = fields["threads"] or max(1, (os.cpu_count() or 1) // max(1, settings.embedded_workers))
    return fields


if __name__ == "__main__":
    import sys

    # Run the module's importable copy, so what it pickles is named service.engines.worker.X, not __main__.X.
    from service.engines import worker as _importable

    _importable.worker_main(Connection(int(sys.argv[1])))
