"""Benchmark the embedded engine on the real SmolLM2: time to first token and decode speed, as a client sees them.

    .venv/bin/python scripts/bench_embedded.py                 # 2 threads, greedy, 128 new tokens, median of 3
    .venv/bin/python scripts/bench_embedded.py --grammar       # also the per-token cost of the tool-call mask

Each run streams one request through ``EmbeddedEngine.stream``: TTFT is the wait for the first event, decode speed
is (tokens - 1) / (time from the first to the last event). End-of-turn tokens are disabled for the benchmark, so
every run decodes exactly ``--new-tokens`` tokens. The first conversion of SmolLM2 (~25 s) is cached beforehand.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.engines.base import EngineRequest, Finish
from service.engines.embedded import EmbeddedEngine
from service.engines.grammar import TokenConstraint
from service.settings import Settings

FILLER = "The quarterly report covers revenue, costs, loans and interest rates across every region we serve. "


def _prompt(engine: EmbeddedEngine, tokens: int) -> str:
    """A user message whose templated prompt is about ``tokens`` long."""
    tok = engine.tokenizer
    ids = tok(FILLER * (tokens // 10 + 2), add_special_tokens=False)["input_ids"]
    overhead = 30  # the ChatML system turn and markers around the message
    return str(tok.decode(ids[:max(1, tokens - overhead)])) + "\nSummarise."


async def _one_run(engine: EmbeddedEngine, content: str, new_tokens: int, **kw: Any) -> tuple[float, float, int]:
    request = EngineRequest(model="bench", messages=[{"role": "user", "content": content}], max_tokens=new_tokens,
                            temperature=0.0, **kw)
    t0 = time.perf_counter()
    first = last = 0.0
    usage_prompt = 0
    async for event in engine.stream(request):
        now = time.perf_counter()
        first = first or now
        last = now
        if isinstance(event, Finish):
            usage_prompt = event.usage.prompt_tokens
            generated = event.usage.completion_tokens
    decode_tps = (generated - 1) / (last - first) if last > first else float("nan")
    return (first - t0) * 1000.0, decode_tps, usage_prompt


async def bench(args: argparse.Namespace) -> None:
    engine = EmbeddedEngine(Settings(threads=args.threads, embedded_quantize="int8" if args.int8 else "none"))
    await engine.start()
    engine._stop_ids = frozenset()  # benchmark only: never stop early, always decode --new-tokens tokens
    rows = []
    for target in (50, 1000):
        content = _prompt(engine, target)
        await _one_run(engine, content, 8)  # warm-up: first-call allocations, lazy inits
        runs = [await _one_run(engine, content, args.new_tokens) for _ in range(args.runs)]
        rows.append((runs[0][2], statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)))
    weights = "int8" if args.int8 else "fp32"
    print(f"\nembedded engine, SmolLM2-135M-Instruct {weights}, {args.threads} threads, greedy, "
          f"{args.new_tokens} new tokens, median of {args.runs}")
    print(f"{'prompt tokens':>14} {'TTFT ms':>10} {'decode tok/s':>13}")
    for prompt_tokens, ttft, tps in rows:
        print(f"{prompt_tokens:>14} {ttft:>10.0f} {tps:>13.1f}")
    if args.grammar:
        await _grammar_cost(engine)
    await engine.close()
    print(f"\nreproduce: .venv/bin/python scripts/bench_embedded.py --threads {args.threads} --runs {args.runs} "
          f"--new-tokens {args.new_tokens}{' --grammar' if args.grammar else ''}{' --int8' if args.int8 else ''}")


async def _grammar_cost(engine: EmbeddedEngine) -> None:
    """Time TokenConstraint.mask per token over a required-mode tool-call generation."""
    spent: list[float] = []
    original = TokenConstraint.mask

    def timed(self: TokenConstraint, logits: Any) -> None:
        t = time.perf_counter()
        original(self, logits)
        spent.append(time.perf_counter() - t)

    tool = {"type": "function", "function": {"name": "get_weather", "parameters": {
        "type": "object", "required": ["city"], "properties": {"city": {"type": "string"},
                                                               "unit": {"enum": ["celsius", "fahrenheit"]}}}}}
    TokenConstraint.mask = timed  # type: ignore[method-assign]
    try:
        for choice in ("required", "auto"):
            spent.clear()
            await _one_run(engine, "Weather in Paris?", 64, tools=[tool], tool_choice=choice)
            print(f"grammar mask ({choice}): {statistics.mean(spent) * 1e6:.0f} us/token mean, "
                  f"{statistics.median(spent) * 1e6:.0f} us median, {max(spent) * 1e6:.0f} us max "
                  f"over {len(spent)} tokens")
    finally:
        TokenConstraint.mask = original  # type: ignore[method-assign]


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--new-tokens", type=int, default=128)
    parser.add_argument("--grammar", action="store_true", help="also measure the per-token grammar mask cost")
    parser.add_argument("--int8", action="store_true", help="dynamic int8 weights (ELSON_EMBEDDED_QUANTIZE=int8)")
    asyncio.run(bench(parser.parse_args()))


if __name__ == "__main__":
    main()
