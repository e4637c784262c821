"""The embedded engine: a transformers causal LM decoded in-process on CPU, with grammar-constrained tool calls.

One worker thread decodes one request at a time (on a 2-core box, two interleaved requests would each run at half
speed and both finish late). Requests wait for it on an asyncio lock, at most ``embedded_max_queue`` of them;
beyond that the engine answers 429 at once. The worker pushes events into the request's asyncio queue through
``call_soon_threadsafe``, so the event loop never waits on compute, and closing the stream sets a flag the decode
loop checks every token.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import threading
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import torch

from service.engines.base import Engine, EngineEvent, EngineRequest, Finish, TextDelta, ToolCallEvent
from service.engines.grammar import GrammarCache, TokenConstraint
from service.engines.model_store import LoadedModel, load_model
from service.exceptions import ContextLengthExceeded, ElsonError, EngineError, InvalidRequest, RateLimited
from service.protocol import FinishReason, Usage
from service.settings import Settings
from tools.callformat import ParsedCall, ToolCallStreamParser, new_call_id, to_hermes_messages

log = logging.getLogger(__name__)

# Prefill in chunks so a cancelled long prompt stops within one chunk, and attention scratch memory stays bounded.
PREFILL_CHUNK = 512


# ---------------------------------------------------------------------------------------------------------------
# Text output: incremental detokenizing, stop strings, tool-call parsing
# ---------------------------------------------------------------------------------------------------------------
class _Detokenizer:
    """Incremental detokenizer (the prefix/read offset trick used by vLLM and TGI).

    Decoding a token alone breaks multi-byte characters split across byte-level tokens and drops word-joining
    context, so we decode a short window before and after the new token and emit the difference, holding back
    while the tail is an incomplete UTF-8 sequence (decoded as U+FFFD).
    """

    def __init__(self, tokenizer: Any) -> None:
        self._tok = tokenizer
        self._ids: list[int] = []
        self._prefix = 0
        self._read = 0

    def _decode(self, ids: list[int]) -> str:
        return str(self._tok.decode(ids, skip_special_tokens=True))

    def push(self, token_id: int) -> str:
        self._ids.append(token_id)
        before = self._decode(self._ids[self._prefix:self._read])
        after = self._decode(self._ids[self._prefix:])
        if len(after) > len(before) and not after.endswith("\ufffd"):
            self._prefix, self._read = self._read, len(self._ids)
            return after[len(before):]
        return ""

    def flush(self) -> str:
        before = self._decode(self._ids[self._prefix:self._read])
        after = self._decode(self._ids[self._prefix:])
        self._prefix = self._read = len(self._ids)
        return after[len(before):]


def _held_back(text: str, stops: list[str]) -> int:
    """How many trailing characters of ``text`` could be the start of a stop string (so must not be sent yet)."""
    best = 0
    for stop in stops:
        for n in range(min(len(stop) - 1, len(text)), best, -1):
            if text.endswith(stop[:n]):
                best = n
                break
    return best


class _Output:
    """Turns sampled tokens into engine events: text deltas and tool calls, cut at the first stop string."""

    def __init__(self, tokenizer: Any, stops: list[str], parse_tools: bool) -> None:
        self._detok = _Detokenizer(tokenizer)
        self._stops = [s for s in stops if s]
        self._pending = ""
        self._parser = ToolCallStreamParser() if parse_tools else None
        self._space = ""
        self.calls = 0
        self.stopped = False

    def push(self, token_id: int) -> list[EngineEvent]:
        return self._release(self._detok.push(token_id), final=False)

    def finish(self) -> list[EngineEvent]:
        events = [] if self.stopped else self._release(self._detok.flush(), final=True)
        if self._parser is not None:
            events += self._events(self._parser.finish())
            if self._space and not self.calls:
                events.append(TextDelta(self._space))
        return events

    def _release(self, delta: str, *, final: bool) -> list[EngineEvent]:
        self._pending += delta
        hits = [i for i in (self._pending.find(s) for s in self._stops) if i >= 0]
        if hits:
            safe, self.stopped = self._pending[:min(hits)], True
        else:
            hold = 0 if final else _held_back(self._pending, self._stops)
            safe = self._pending[:len(self._pending) - hold]
        self._pending = self._pending[len(safe):]
        if not safe:
            return []
        return self._events(self._parser.feed(safe) if self._parser is not None else [safe])

    def _events(self, items: list[str | ParsedCall]) -> list[EngineEvent]:
        events: list[EngineEvent] = []
        for item in items:
            if isinstance(item, str):
                # Whitespace between or around tool calls (the grammar's "\n" separator) is not content: hold it
                # until real text follows, and drop it if the reply turns out to be only calls.
                if self._parser is not None and item.isspace():
                    self._space += item
                elif item:
                    events.append(TextDelta(self._space + item))
                    self._space = ""
                continue
            # OpenAI streams a call as a head (id + name) and then argument text; we send the arguments whole.
            events.append(ToolCallEvent(self.calls, "", id=new_call_id(), name=item.name))
            events.append(ToolCallEvent(self.calls, item.arguments))
            self.calls += 1
        return events


# ---------------------------------------------------------------------------------------------------------------
# Sampling and one request's decode state
# ---------------------------------------------------------------------------------------------------------------
class _Sampler:
    """Greedy when temperature is ``None`` or 0, else temperature / nucleus sampling from a per-request generator."""

    def __init__(self, temperature: float | None, top_p: float | None, seed: int | None) -> None:
        self.temperature = temperature or 0.0
        self.top_p = top_p if top_p is not None and 0.0 < top_p < 1.0 else None
        self.generator = torch.Generator()
        # A per-request generator keeps seeded requests reproducible whatever else the process samples.
        self.generator.manual_seed(seed if seed is not None else secrets.randbits(63))

    def pick(self, logits: torch.Tensor) -> int:
        """A token id from one row of (already masked) logits."""
        if self.temperature <= 0.0:
            return int(torch.argmax(logits))
        probs = torch.softmax(logits / self.temperature, dim=-1)
        if self.top_p is None:
            return self._draw(probs, None)
        sorted_p, order = torch.sort(probs, descending=True)
        keep = (torch.cumsum(sorted_p, 0) - sorted_p) < self.top_p  # the top token always survives
        return self._draw(sorted_p * keep, order)

    def _draw(self, probs: torch.Tensor, order: torch.Tensor | None) -> int:
        # Inverse-CDF sampling: torch.multinomial costs ~2-14 ms over a 49k vocabulary on CPU, this ~0.1 ms.
        # right=True makes a zero-probability (masked) token unpickable: its CDF step is empty.
        cdf = torch.cumsum(probs, 0)
        u = torch.rand(1, generator=self.generator) * cdf[-1]
        index = int(torch.searchsorted(cdf, u, right=True))
        if index >= probs.numel():  # u rounded up to the total: take the most likely token
            index = int(torch.argmax(probs))
        return index if order is None else int(order[index])


Emit = Callable[[EngineEvent | BaseException], None]


@dataclass(slots=True, eq=False)  # identity hashing: jobs live in a set
class _Job:
    """One admitted request, ready to decode: everything the worker thread needs, nothing of the event loop's."""

    prompt_ids: list[int]
    prefix_ids: list[int]
    max_tokens: int
    sampler: _Sampler
    stop: list[str]
    parse_tools: bool
    constraint: TokenConstraint | None
    cancel: threading.Event = field(default_factory=threading.Event)
    emit: Emit = lambda _event: None
    generated: int = 0


def _stop_token_ids(model: Any, tokenizer: Any) -> list[int]:
    """End-of-turn ids: the configured EOS ids plus ChatML's ``<|im_end|>`` and ``<|endoftext|>`` if present."""
    ids: set[int] = set()
    for value in (getattr(model.generation_config, "eos_token_id", None), tokenizer.eos_token_id):
        ids.update([value] if isinstance(value, int) else value or [])
    vocab = tokenizer.get_vocab()
    ids.update(vocab[t] for t in ("<|im_end|>", "<|endoftext|>") if t in vocab)
    return sorted(ids)


def _banned_token_ids(tokenizer: Any, stop_ids: list[int], vocab_size: int) -> torch.Tensor:
    """Special tokens other than the stops: a chat reply never contains ``<|im_start|>`` or ``<repo_name>``."""
    special = [i for i, tok in tokenizer.added_tokens_decoder.items() if tok.special]
    return torch.tensor(sorted(i for i in special if i not in stop_ids and i < vocab_size), dtype=torch.long)


# ---------------------------------------------------------------------------------------------------------------
# The engine
# ---------------------------------------------------------------------------------------------------------------
class EmbeddedEngine(Engine):
    """In-process transformers + torch engine on CPU (``ELSON_ENGINE=embedded``).

    ``start()`` loads ``settings.model_path`` or the cached SmolLM2 conversion. Decoding is serialized behind one
    worker thread; ``queue_depth`` requests may wait for it, up to ``settings.embedded_max_queue``.
    """

    kind = "embedded"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tokens_generated = 0  # all tokens sampled since start; tests and benchmarks read it
        self._loaded: LoadedModel | None = None
        self._grammars: GrammarCache | None = None
        self._stop_ids: frozenset[int] = frozenset()
        self._banned = torch.empty(0, dtype=torch.long)
        self._max_context = 0
        self._queued = 0
        self._slot = asyncio.Lock()  # held while the worker decodes one request
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="elson-decode")
        self._active: set[_Job] = set()

    @property
    def queue_depth(self) -> int:
        """Requests admitted but not yet decoding."""
        return self._queued

    @property
    def busy(self) -> bool:
        """True while the worker is decoding (or finishing a cancelled) request."""
        return self._slot.locked()

    @property
    def tokenizer(self) -> Any:
        """The loaded tokenizer (after :meth:`start`)."""
        return self._require().tokenizer

    async def start(self) -> None:
        """Load the model off the event loop (seconds from the cache; ~25 s the first time, converting)."""
        torch.set_num_threads(self.settings.threads or os.cpu_count() or 1)
        loaded = await asyncio.to_thread(load_model, self.settings.model_path, self.settings.cache_dir,
                                         adapter_path=self.settings.adapter_path,
                                         quantize=self.settings.embedded_quantize)
        model, tok = loaded.model, loaded.tokenizer
        vocab_size = int(model.config.vocab_size)
        stop_ids = _stop_token_ids(model, tok)
        self._grammars = await asyncio.to_thread(GrammarCache, tok, vocab_size, stop_ids)
        self._stop_ids = frozenset(stop_ids)
        self._banned = _banned_token_ids(tok, stop_ids, vocab_size)
        self._max_context = int(getattr(model.config, "max_position_embeddings", 2048))
        self._loaded = loaded
        log.info("embedded model %s loaded from %s (%d threads)", self.settings.model_name, loaded.path,
                 torch.get_num_threads())

    async def close(self) -> None:
        """Cancel running work and stop the worker thread."""
        for job in list(self._active):
            job.cancel.set()
        await asyncio.to_thread(self._executor.shutdown, wait=True, cancel_futures=True)

    async def models(self) -> list[str]:
        """The one served model name."""
        return [self.settings.model_name]

    async def ready(self) -> bool:
        """True once the model is loaded."""
        return self._loaded is not None

    def stream(self, request: EngineRequest) -> AsyncGenerator[EngineEvent, None]:
        """Decode ``request``; see :meth:`Engine.stream`. ``aclose()`` on the result cancels the decoding."""
        return self._stream(request)

    def _require(self) -> LoadedModel:
        if self._loaded is None:
            raise EngineError("the embedded model is not loaded yet")
        return self._loaded

    def _forced_prefix(self, request: EngineRequest) -> str:
        """Text the reply is made to start with (decoded as if sampled). None by default; tests override it to
        open a ``<tool_call>`` and so exercise the ``auto`` grammar on a random-weight model."""
        return ""

    async def _stream(self, request: EngineRequest) -> AsyncGenerator[EngineEvent, None]:
        self._require()
        if self._queued >= self.settings.embedded_max_queue:
            raise RateLimited(f"the embedded engine has {self._queued} requests waiting; retry shortly",
                              headers={"Retry-After": "1"})
        self._queued += 1
        try:
            # Templating, tokenizing and grammar compiling can take milliseconds: keep them off the loop.
            job = await asyncio.to_thread(self._prepare, request)
            await self._slot.acquire()
        finally:
            self._queued -= 1
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[EngineEvent | BaseException] = asyncio.Queue()
        job.emit = _emitter(loop, events, job.cancel)
        self._active.add(job)
        try:
            future = loop.run_in_executor(self._executor, self._run, job)
        except BaseException:
            self._active.discard(job)
            self._slot.release()
            raise
        future.add_done_callback(lambda _f: self._finished(job))
        try:
            while True:
                event = await events.get()
                if isinstance(event, BaseException):
                    if isinstance(event, ElsonError):
                        raise event
                    raise EngineError(f"generation failed: {type(event).__name__}: {event}") from event
                yield event
                if isinstance(event, Finish):
                    return
        finally:
            job.cancel.set()  # consumer gone (finished, failed or disconnected): the worker stops at its next step

    def _finished(self, job: _Job) -> None:
        self._active.discard(job)
        self._slot.release()

    def _prepare(self, request: EngineRequest) -> _Job:
        """Prompt ids, the context check and the grammar: everything that can fail with a 400, before compute."""
        loaded, grammars = self._require(), self._grammars
        assert grammars is not None
        tok = loaded.tokenizer
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
        if needed > self._max_context:
            raise ContextLengthExceeded(
                f"This model's maximum context length is {self._max_context} tokens. However, you requested "
                f"{needed} tokens ({len(prompt_ids)} in the messages, {max_tokens} in the completion). "
                "Please reduce the length of the messages or the completion.", param="messages")
        compiled = grammars.get(request)
        return _Job(prompt_ids=prompt_ids, prefix_ids=prefix_ids, max_tokens=max_tokens,
                    sampler=_Sampler(request.temperature, request.top_p, request.seed), stop=list(request.stop),
                    parse_tools=tools_on, constraint=grammars.constraint(compiled) if compiled else None)

    def _run(self, job: _Job) -> None:
        """Worker-thread entry: decode, reporting any failure as an event (an exception cannot cross threads)."""
        try:
            if not job.cancel.is_set():  # the client may have left while queued
                with torch.inference_mode():
                    self._decode(job)
        except BaseException as exc:
            job.emit(exc)

    def _decode(self, job: _Job) -> None:
        """Prefill, then one token per step until a stop token, a stop string, the grammar's end or max_tokens."""
        from transformers import DynamicCache

        model, tok = self._require().model, self._require().tokenizer
        out = _Output(tok, job.stop, job.parse_tools)
        cache = DynamicCache(config=model.config)
        for token_id in job.prefix_ids:
            self._emit_all(job, out.push(token_id))
        if job.constraint is not None:
            job.constraint.accept_text(job.prefix_ids)
        job.generated = len(job.prefix_ids)
        logits = self._prefill(model, job.prompt_ids + job.prefix_ids, cache, job.cancel)
        reason: FinishReason = "length"
        while logits is not None and job.generated < job.max_tokens and not out.stopped:
            if job.cancel.is_set():
                return
            token_id = self._choose(logits, job)
            job.generated += 1
            self.tokens_generated += 1
            if token_id in self._stop_ids:
                reason = "stop"
                break
            if job.constraint is not None:
                job.constraint.accept(token_id)
            self._emit_all(job, out.push(token_id))
            if out.stopped or (job.constraint is not None and job.constraint.only_stop_allowed()):
                reason = "stop"  # a stop string, or the grammar is complete and would only allow EOS
                break
            logits = self._forward(model, [token_id], cache)
        if logits is None:  # cancelled during prefill
            return
        self._emit_all(job, out.finish())
        usage = Usage(prompt_tokens=len(job.prompt_ids), completion_tokens=job.generated,
                      total_tokens=len(job.prompt_ids) + job.generated)
        job.emit(Finish("tool_calls" if out.calls else reason, usage))

    @staticmethod
    def _emit_all(job: _Job, events: list[EngineEvent]) -> None:
        for event in events:
            job.emit(event)

    def _prefill(self, model: Any, ids: list[int], cache: Any, cancel: threading.Event) -> torch.Tensor | None:
        logits = None
        for start in range(0, len(ids), PREFILL_CHUNK):
            if cancel.is_set():
                return None
            logits = self._forward(model, ids[start:start + PREFILL_CHUNK], cache)
        return logits

    @staticmethod
    def _forward(model: Any, ids: list[int], cache: Any) -> torch.Tensor:
        """Run ``ids`` through the model, extending ``cache``; the last position's logits as ``(1, V)`` fp32."""
        out = model(input_ids=torch.tensor([ids], dtype=torch.long), cache=cache, use_cache=True, logits_to_keep=1)
        return out.logits[:, -1, :].float()

    def _choose(self, logits: torch.Tensor, job: _Job) -> int:
        if self._banned.numel():
            logits.index_fill_(1, self._banned, float("-inf"))
        if job.constraint is not None:
            job.constraint.mask(logits)
        return job.sampler.pick(logits[0])


def _emitter(loop: asyncio.AbstractEventLoop, events: asyncio.Queue[EngineEvent | BaseException],
             cancel: threading.Event) -> Emit:
    """A thread-safe ``emit`` that hands events to the consumer's event loop."""

    def emit(event: EngineEvent | BaseException) -> None:
        try:
            loop.call_soon_threadsafe(events.put_nowait, event)
        except RuntimeError:  # the loop is closed (shutdown): nobody is listening any more
            cancel.set()

    return emit
