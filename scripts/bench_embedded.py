"""Benchmark the embedded engine on the real SmolLM2, per backend and precision, as a client of the engine sees it.

    .venv/bin/python scripts/bench_embedded.py                        # everything below, ~6 min on 2 cores
    .venv/bin/python scripts/bench_embedded.py --configs onnx:int4    # one backend:precision
    .venv/bin/python scripts/bench_embedded.py --skip-throughput

* Cold decode and TTFT: prompts of ~50 and ~1,000 tokens, 128 new tokens (``ignore_eos``), greedy, median of
  ``--runs``, prefix cache off. TTFT is the wait for the first event; decode is (tokens - 1) / (last - first event).
* Prefix hit: a ~1,000-token system prompt with the finance tools, warmed once, then new user questions on it.
* Throughput: ``--requests`` requests of 64 tokens at concurrency 1, 4 and 16, for 1 and 2 decode workers (each
  worker gets cores / workers threads): total completion tokens / wall time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.engines.base import EngineRequest, Finish
from service.engines.embedded import EmbeddedEngine
from service.settings import Settings
from tools.registry import default_registry

FILLER = "The quarterly report covers revenue, costs, loans and interest rates across every region we serve. "
LLAMA_CPP_TOK_S = 112.0  # issue 9's measurement on this machine class (llama-cpp-python cannot run here: AMX)


def _prompt(engine: EmbeddedEngine, tokens: int, salt: int) -> str:
    """A user message whose templated prompt is about ``tokens`` long (``salt`` defeats any prefix reuse)."""
    tok = engine.tokenizer
    ids = tok(FILLER * (tokens // 10 + 2), add_special_tokens=False)["input_ids"]
    return f"Report {salt}. " + str(tok.decode(ids[:max(1, tokens - 36)])) + "\nSummarise."


async def _run(engine: EmbeddedEngine, messages: list[dict[str, Any]], new_tokens: int,
               **kw: Any) -> tuple[float, float, int, int]:
    """(TTFT ms, decode tok/s, prompt tokens, completion tokens) of one streamed request."""
    request = EngineRequest(model="bench", messages=messages, max_tokens=new_tokens, temperature=0.0, **kw)
    t0 = time.perf_counter()
    first = last = 0.0
    finish: Finish | None = None
    async for event in engine.stream(request):
        now = time.perf_counter()
        first, last = first or now, now
        if isinstance(event, Finish):
            finish = event
    assert finish is not None
    n = finish.usage.completion_tokens
    tps = (n - 1) / (last - first) if last > first else float("nan")
    return (first - t0) * 1000.0, tps, finish.usage.prompt_tokens, n


def _user(text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


async def cold(config: str, args: argparse.Namespace) -> list[str]:
    backend, precision = config.split(":")
    engine = EmbeddedEngine(Settings(embedded_backend=backend, embedded_precision=precision, threads=args.threads,
                                     prefix_cache_mb=0))
    await engine.start()
    rows = []
    try:
        await _run(engine, _user(_prompt(engine, 50, 0)), 8, extra={"ignore_eos": True})  # warm-up
        for target in (50, 1000):
            runs = [await _run(engine, _user(_prompt(engine, target, i + 1)), args.new_tokens,
                               extra={"ignore_eos": True}) for i in range(args.runs)]
            rows.append((runs[0][2], statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)))
    finally:
        await engine.close()
    return [f"| {backend} | {precision} | {rows[0][1]:,.0f} ms ({rows[0][0]} tok) | {rows[1][1]:,.0f} ms "
            f"({rows[1][0]} tok) | {rows[0][2]:.1f} | {rows[0][2] / LLAMA_CPP_TOK_S:.2f}x |"]


def raw_onnx(folder: str, args: argparse.Namespace) -> str:
    """onnxruntime-genai alone on the same export, no engine around it: append_tokens + get_logits + argmax."""
    import json

    import numpy as np
    import onnxruntime_genai as og

    config = og.Config(folder)
    config.overlay(json.dumps({"model": {"decoder": {"session_options": {"intra_op_num_threads": args.threads}}}}))
    model = og.Model(config)
    speeds = []
    for run in range(args.runs):
        params = og.GeneratorParams(model)
        params.set_search_options(max_length=2048, past_present_share_buffer=True)
        gen = og.Generator(model, params)
        gen.append_tokens(np.arange(100 + run, 153 + run, dtype=np.int32))
        t0 = time.perf_counter()
        for _ in range(args.new_tokens):
            gen.append_tokens(np.array([int(np.argmax(gen.get_logits()))], dtype=np.int32))
        speeds.append(args.new_tokens / (time.perf_counter() - t0))
    return f"| onnxruntime-genai alone (same int4 export, no engine) | int4 | | | {statistics.median(speeds):.1f} | " \
           f"{statistics.median(speeds) / LLAMA_CPP_TOK_S:.2f}x |"


def grammar_cost(tokenizer: Any, info_stop_ids: list[int], vocab_size: int) -> list[str]:
    """Per-token cost of the xgrammar mask (fill + apply + accept) replayed over a real tool call and over free
    text, with the registry's tools: what the decode loop pays on top of the model, on either backend."""
    import torch

    from service.engines.grammar import GrammarCache

    cache = GrammarCache(tokenizer, vocab_size, info_stop_ids)
    tools = default_registry().schemas()
    name = "calc.loan_payment"
    call = ('<tool_call>\n{"name": "' + name + '", "arguments": {"principal": 300000, "annual_rate": 0.065, '
            '"years": 30}}\n</tool_call>')
    rows = []
    for choice, text in (("required", call), ("auto", "The payment is about $1,896 a month. " * 3)):
        compiled = cache.get(EngineRequest(model="m", messages=[], tools=tools, tool_choice=choice))
        assert compiled is not None
        constraint = cache.constraint(compiled)
        spent = []
        for token_id in tokenizer(text, add_special_tokens=False)["input_ids"]:
            logits = torch.zeros(1, vocab_size)
            t0 = time.perf_counter()
            constraint.mask(logits)
            constraint.accept(token_id)
            spent.append(time.perf_counter() - t0)
        rows.append(f"| {choice} | {len(spent)} | {statistics.median(spent) * 1e6:.0f} us | "
                    f"{statistics.mean(spent) * 1e6:.0f} us |")
    return rows


def _finance_system() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A system prompt plus the registry's tools: about 1,000 tokens once rendered."""
    system = "You are Elson, a careful finance assistant. Use the tools for any figure. " + FILLER * 21
    return [{"role": "system", "content": system}], default_registry().schemas()


async def prefix_hit(args: argparse.Namespace) -> list[str]:
    engine = EmbeddedEngine(Settings(threads=args.threads))
    await engine.start()
    try:
        system, tools = _finance_system()
        questions = ["What is the payment on a $300,000 loan at 6% over 30 years?",
                     "How much will $10,000 grow to at 7% a year for 20 years?",
                     "Monthly payment on $25,000 at 4.5% for 5 years?", "Grow $500 at 3% for 10 years?"]
        cold_ttft, prompt, _, _ = await _run(engine, system + _user(questions[0]), 16, tools=tools)
        hits = []
        for q in questions[1:]:
            before = engine.prefix_hit_tokens
            ttft, _, prompt, _ = await _run(engine, system + _user(q), 16, tools=tools)
            hits.append((ttft, engine.prefix_hit_tokens - before))
    finally:
        await engine.close()
    return [f"| {prompt} | {cold_ttft:,.0f} ms | {statistics.median(h[0] for h in hits):,.0f} ms "
            f"(median of {len(hits)}) | {statistics.median(h[1] for h in hits):.0f} |"]


async def throughput(workers: int, args: argparse.Namespace, threads: int | None = None) -> list[str]:
    threads = threads or max(1, args.threads // workers)
    engine = EmbeddedEngine(Settings(threads=threads, embedded_workers=workers, embedded_max_queue=64))
    await engine.start()
    rows = []
    try:
        for concurrency in (1, 4, 16):
            queue = list(range(args.requests))

            async def client(queue: list[int]) -> int:
                done = 0
                while queue:
                    i = queue.pop()
                    done += (await _run(engine, _user(f"Request {i}: explain compound interest."), 64,
                                        extra={"ignore_eos": True}))[3]
                return done

            t0 = time.perf_counter()
            tokens = sum(await asyncio.gather(*(client(queue) for _ in range(concurrency))))
            rate = tokens / (time.perf_counter() - t0)
            rows.append(f"| {workers} x {threads} threads | {concurrency} | {rate:.1f} |")
    finally:
        await engine.close()
    return rows


async def bench(args: argparse.Namespace) -> None:
    print(f"# embedded engine, SmolLM2-135M-Instruct, {args.threads} threads, greedy, {time.strftime('%Y-%m-%d')}, "
          f"{os.cpu_count()} cores\n")
    print("| backend | weights | TTFT ~50 tok | TTFT ~1,000 tok | decode tok/s | vs llama.cpp |")
    print("|---|---|---|---|---|---|")
    print(f"| llama.cpp (anchor, issue 9) | Q4_1 GGUF | | | {LLAMA_CPP_TOK_S:.0f} | 1.00x |")
    folder = ""
    for config in args.configs:
        for line in await cold(config, args):
            print(line, flush=True)
        if config == "onnx:int4":
            from service.engines.onnx_store import prepare_onnx_model

            folder = str(prepare_onnx_model(None, Settings().cache_dir, "int4"))
    if folder:
        print(raw_onnx(folder, args), flush=True)
    if folder:
        from transformers import AutoTokenizer

        from service.engines.worker import stop_token_ids

        tokenizer = AutoTokenizer.from_pretrained(folder)
        print("\n| grammar (registry tools) | tokens | median per token | mean per token |\n|---|---|---|---|")
        for line in grammar_cost(tokenizer, stop_token_ids([2], tokenizer), len(tokenizer)):
            print(line, flush=True)
    if not args.skip_prefix:
        print("\n| tools prompt tokens | TTFT cold | TTFT on a prefix hit | tokens reused |\n|---|---|---|---|")
        for line in await prefix_hit(args):
            print(line, flush=True)
    if not args.skip_throughput:
        print("\n| workers | concurrency | total tok/s |\n|---|---|---|")
        for workers, threads in ((1, args.threads), (2, max(1, args.threads // 2)), (2, args.threads)):
            for line in await throughput(workers, args, threads):
                print(line, flush=True)
    print(f"\nreproduce: .venv/bin/python scripts/bench_embedded.py --threads {args.threads} --runs {args.runs} "
          f"--configs {' '.join(args.configs)}")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--new-tokens", type=int, default=128)
    parser.add_argument("--requests", type=int, default=16, help="requests per throughput point")
    parser.add_argument("--configs", nargs="+", default=["onnx:int4", "onnx:int8", "onnx:fp32",
                                                         "transformers:fp32", "transformers:int8"])
    parser.add_argument("--skip-prefix", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    asyncio.run(bench(parser.parse_args()))


if __name__ == "__main__":
    main()
