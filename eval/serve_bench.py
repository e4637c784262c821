"""``elson bench serve``: a serving benchmark with the metrics of vLLM's ``vllm bench serve``.

Sends chat completions to ``<base-url>/chat/completions`` (the base URL includes ``/v1``) over aiohttp, streamed
(SSE with ``stream_options.include_usage``) or not, under one of two loads, swept over several values:

* fixed concurrency (closed loop): N requests in flight until ``num_prompts`` have been sent;
* Poisson arrivals at a request rate (open loop): seeded exponential gaps, each request sent on schedule unless
  ``max_concurrency`` requests are already in flight (then it waits for a free slot, as in vLLM).

Prompts are the quiz questions (``eval/quizzes/*.jsonl``) or synthetic (random words). The gateway-overhead mode
runs the same load with the same prompts against the upstream directly and through the gateway at each sweep
point, alternating which goes first, and reports what the gateway adds to p50/p99 E2EL and TTFT.

Per-request timing and failure reasons: :mod:`eval.serve_bench_client`; summaries: :mod:`eval.serve_bench_metrics`;
files and plot: :mod:`eval.serve_bench_report`.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import aiohttp
import orjson

from eval.loaders import QUIZ_DIR
from eval.serve_bench_client import RequestRecord, send_request
from eval.serve_bench_metrics import overhead, summarize

OnDone = Callable[[RequestRecord], None]
WORDS = ("rate", "bond", "yield", "equity", "loan", "cash", "flow", "tax", "credit", "asset", "market", "fund",
         "index", "price", "return", "risk", "hedge", "option", "swap", "dividend", "coupon", "spread", "margin",
         "budget", "income", "expense", "capital", "debt", "interest", "payment", "annuity", "pension", "share",
         "stock", "value", "growth", "inflation", "deposit", "balance", "account", "premium", "policy", "estate",
         "trust", "ledger", "audit", "revenue", "profit", "loss", "term", "duration", "volatility", "beta", "alpha")


class PromptError(ValueError):
    """The prompts could not be loaded (missing quiz set, unreadable line)."""


@dataclass(frozen=True)
class Prompt:
    """One user message and its ``max_tokens``."""

    text: str
    max_tokens: int


@dataclass(frozen=True)
class LoadPoint:
    """One sweep point: ``concurrency`` N (closed loop) or ``rate`` req/s (Poisson, ``inf`` = all at once)."""

    mode: Literal["concurrency", "rate"]
    value: float
    max_concurrency: int | None = None

    @property
    def label(self) -> str:
        """``c=4`` or ``rate=2/s``."""
        if self.mode == "concurrency":
            return f"c={int(self.value)}"
        return f"rate={'inf' if math.isinf(self.value) else f'{self.value:g}'}/s"

    def to_json(self) -> dict[str, Any]:
        """vLLM's fields: fixed concurrency is ``max_concurrency`` N at request rate ``inf``."""
        if self.mode == "concurrency":
            return {"mode": self.mode, "label": self.label, "max_concurrency": int(self.value), "request_rate": "inf"}
        rate: float | str = "inf" if math.isinf(self.value) else self.value
        return {"mode": self.mode, "label": self.label, "max_concurrency": self.max_concurrency, "request_rate": rate}


@dataclass(frozen=True)
class Target:
    """An endpoint under test: ``target`` (plain run), or ``gateway`` and ``upstream`` (overhead mode)."""

    name: str
    base_url: str
    api_key: str | None = None


@dataclass
class BenchConfig:
    """Everything a run needs besides the prompts."""

    base_url: str
    model: str
    points: list[LoadPoint]
    num_prompts: int = 100
    api_key: str | None = None
    compare_upstream: str | None = None
    upstream_api_key: str | None = None
    stream: bool = True
    timeout_s: float = 120.0
    seed: int = 0
    goodput: dict[str, float] = field(default_factory=dict)
    extra_body: dict[str, Any] = field(default_factory=dict)

    def targets(self, point_index: int) -> list[Target]:
        """The targets of a sweep point, in the order they run (alternating per point in overhead mode)."""
        if self.compare_upstream is None:
            return [Target("target", self.base_url, self.api_key)]
        key = self.upstream_api_key if self.upstream_api_key is not None else self.api_key
        pair = [Target("upstream", self.compare_upstream, key), Target("gateway", self.base_url, self.api_key)]
        return pair if point_index % 2 == 0 else pair[::-1]

    def to_json(self) -> dict[str, Any]:
        """The configuration for results.json (API keys left out)."""
        return {"base_url": self.base_url, "model": self.model, "points": [p.label for p in self.points],
                "num_prompts": self.num_prompts, "compare_upstream": self.compare_upstream, "stream": self.stream,
                "timeout_s": self.timeout_s, "seed": self.seed, "goodput_slos_ms": self.goodput,
                "extra_body": self.extra_body, "api_key_set": self.api_key is not None}


@dataclass
class RunResult:
    """One target at one sweep point: its records and summary."""

    target: Target
    point: LoadPoint
    stream: bool
    records: list[RequestRecord]
    summary: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        """The run's entry in results.json (records go to the JSONL file)."""
        return {"target": self.target.name, "base_url": self.target.base_url, **self.point.to_json(),
                "stream": self.stream, "num_prompts": len(self.records), **self.summary}


@dataclass
class BenchResult:
    """All runs of a benchmark, plus the added latency per sweep point in overhead mode."""

    config: BenchConfig
    runs: list[RunResult]
    overhead: list[dict[str, Any]]
    started_at: str

    @property
    def all_failed(self) -> bool:
        """True when not a single request completed in any run."""
        return all(run.summary["completed"] == 0 for run in self.runs)


# --- prompts -------------------------------------------------------------------------------------------------
def quiz_prompts(n: int, max_tokens: int, seed: int = 0, quiz_dir: Path = QUIZ_DIR) -> list[Prompt]:
    """``n`` quiz questions in a seeded order (cycling when the set is smaller); PromptError when there are none."""
    questions: list[str] = []
    files = sorted(quiz_dir.glob("*.jsonl")) if quiz_dir.is_dir() else []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                question = json.loads(line).get("question")
            except (json.JSONDecodeError, AttributeError):
                raise PromptError(f"{path}:{number}: not a JSON object") from None
            if not isinstance(question, str) or not question.strip():
                raise PromptError(f"{path}:{number}: no \"question\" string")
            questions.append(question)
    if not questions:
        raise PromptError(f"no quiz questions in {quiz_dir}/*.jsonl (build the quizzes with `elson eval build`, "
                          "or use --prompts synthetic)")
    random.Random(seed).shuffle(questions)
    return [Prompt(questions[i % len(questions)], max_tokens) for i in range(n)]


def synthetic_prompts(n: int, input_len: int, output_len: int, seed: int = 0) -> list[Prompt]:
    """``n`` prompts of ``input_len`` random finance words each, asking for ``output_len`` tokens."""
    rng = random.Random(seed)
    return [Prompt(" ".join(rng.choice(WORDS) for _ in range(input_len)), output_len) for _ in range(n)]


def build_body(model: str, prompt: Prompt, stream: bool, extra: dict[str, Any]) -> bytes:
    """The chat request as vLLM's benchmark sends it (greedy, usage in the stream), plus ``extra`` fields."""
    body: dict[str, Any] = {"model": model, "messages": [{"role": "user", "content": prompt.text}],
                            "max_tokens": prompt.max_tokens, "temperature": 0.0, "stream": stream}
    if stream:
        body["stream_options"] = {"include_usage": True}
    body.update(extra)
    return orjson.dumps(body)


# --- load ----------------------------------------------------------------------------------------------------
def poisson_offsets(n: int, rate: float, seed: int = 0) -> list[float]:
    """Send times (s from the start) of ``n`` Poisson arrivals at ``rate``/s: the first at 0, then exponential
    gaps from a seeded generator (all 0 for an infinite rate)."""
    rng = random.Random(seed)
    offsets, at = [], 0.0
    for i in range(n):
        if i and not math.isinf(rate):
            at += rng.expovariate(rate)
        offsets.append(at)
    return offsets


async def _closed_loop(send: Callable[[int], Awaitable[RequestRecord]], n: int,
                       concurrency: int) -> list[RequestRecord]:
    records: list[RequestRecord | None] = [None] * n
    indexes = iter(range(n))

    async def worker() -> None:
        for i in indexes:  # one shared iterator: each worker takes the next request when its last one ends
            records[i] = await send(i)

    await asyncio.gather(*(worker() for _ in range(min(concurrency, n))))
    return [r for r in records if r is not None]


async def _open_loop(send: Callable[[int], Awaitable[RequestRecord]], n: int, rate: float,
                     max_concurrency: int | None, seed: int, start: float) -> list[RequestRecord]:
    slots = asyncio.Semaphore(max_concurrency) if max_concurrency else None

    async def limited(i: int) -> RequestRecord:
        if slots is None:
            return await send(i)
        async with slots:
            return await send(i)

    tasks = []
    for i, at in enumerate(poisson_offsets(n, rate, seed)):
        delay = start + at - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(limited(i)))
    return list(await asyncio.gather(*tasks))


async def run_point(target: Target, point: LoadPoint, prompts: Sequence[Prompt], config: BenchConfig,
                    on_done: OnDone | None = None) -> RunResult:
    """Run one load point against one target: every prompt once, then summarize."""
    url = target.base_url.rstrip("/") + "/chat/completions"
    headers = {"Content-Type": "application/json"}
    if target.api_key:
        headers["Authorization"] = f"Bearer {target.api_key}"
    bodies = [build_body(config.model, p, config.stream, config.extra_body) for p in prompts]
    limit = int(point.value) if point.mode == "concurrency" else (point.max_concurrency or 0)
    connector = aiohttp.TCPConnector(limit=limit, limit_per_host=0)
    timeout = aiohttp.ClientTimeout(total=config.timeout_s)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        start = time.perf_counter()

        async def send(i: int) -> RequestRecord:
            record = await send_request(session, url, bodies[i], headers, stream=config.stream,
                                        timeout_s=config.timeout_s, index=i, run_start=start)
            if on_done is not None:
                on_done(record)
            return record

        if point.mode == "concurrency":
            records = await _closed_loop(send, len(bodies), int(point.value))
        else:
            records = await _open_loop(send, len(bodies), point.value, point.max_concurrency, config.seed, start)
        duration = time.perf_counter() - start
    return RunResult(target, point, config.stream, records, summarize(records, duration, config.goodput))


async def run_benchmark_async(config: BenchConfig, prompts: Sequence[Prompt],
                              on_done: OnDone | None = None) -> BenchResult:
    """Every sweep point against every target (both, alternating order, in overhead mode)."""
    started = datetime.now(UTC).isoformat(timespec="seconds")
    runs: list[RunResult] = []
    added: list[dict[str, Any]] = []
    for k, point in enumerate(config.points):
        by_name: dict[str, RunResult] = {}
        for target in config.targets(k):
            by_name[target.name] = await run_point(target, point, prompts, config, on_done)
            runs.append(by_name[target.name])
        if config.compare_upstream is not None:
            order = [t.name for t in config.targets(k)]
            added.append({"label": point.label, "order": order,
                          **overhead(by_name["gateway"].summary, by_name["upstream"].summary)})
    return BenchResult(config, runs, added, started)


def run_benchmark(config: BenchConfig, prompts: Sequence[Prompt], on_done: OnDone | None = None) -> BenchResult:
    """:func:`run_benchmark_async` in a fresh event loop."""
    return asyncio.run(run_benchmark_async(config, prompts, on_done))
