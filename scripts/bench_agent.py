"""End-to-end agent latency through the real gateway: one finance question that needs one tool call.

    .venv/bin/python scripts/bench_agent.py                      # embedded default (onnx int4), 20 runs
    .venv/bin/python scripts/bench_agent.py --backend transformers --runs 5

Starts ``elson serve`` on a free port (the same command a user runs), waits for ``/ready``, then sends the same
question ``--runs`` times, one at a time, as a client would: ``model: elson-agent``, ``tool_choice: required`` (the
first turn must call a tool; the agent loop runs it and the model answers on the next turn) and
``parallel_tool_calls: false`` (the question needs one call) unless ``--parallel``. One warm-up request
goes first and is not counted. Prints p50/p95 latency, the turns and tools used, and how to reproduce.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "What is the monthly payment on a $300,000 mortgage at 6.5% a year over 30 years?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _post(url: str, body: dict[str, object]) -> dict[str, object]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return dict(json.loads(response.read()))


def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"bench_agent: elson serve exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/ready", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("bench_agent: the gateway did not become ready")


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--backend", default="onnx", choices=["onnx", "transformers"])
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--parallel", action="store_true",
                        help="allow parallel tool calls (SmolLM2-135M then tends to repeat the call until max_tokens)")
    args = parser.parse_args()
    port = _free_port()
    env = {**os.environ, "ELSON_PORT": str(port), "ELSON_EMBEDDED_BACKEND": args.backend, "ELSON_LOG_LEVEL": "warning"}
    server = subprocess.Popen([sys.executable, "-m", "cli", "serve"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    body = {"model": "elson-agent", "messages": [{"role": "user", "content": QUESTION}], "tool_choice": "required",
            "temperature": 0, "max_tokens": args.max_tokens, "parallel_tool_calls": args.parallel}
    try:
        _wait_ready(base, server)
        _post(f"{base}/v1/chat/completions", body)  # warm-up: grammar compile, first-touch allocations
        latencies, turns, tools = [], Counter(), Counter()
        for _ in range(args.runs):
            t0 = time.perf_counter()
            reply = _post(f"{base}/v1/chat/completions", body)
            latencies.append((time.perf_counter() - t0) * 1000)
            elson = dict(reply.get("elson") or {})
            turns[elson.get("turns")] += 1
            tools.update(str(t.get("name")) for t in elson.get("tool_trace") or [])
        answer = reply["choices"][0]["message"]["content"]  # type: ignore[index]
    finally:
        server.terminate()
        server.wait(30)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
    print(f"\nagent end to end, backend {args.backend}, {args.runs} runs: p50 {statistics.median(latencies):,.0f} ms, "
          f"p95 {p95:,.0f} ms, min {latencies[0]:,.0f} ms, max {latencies[-1]:,.0f} ms")
    print(f"turns per request: {dict(turns)}; tools called: {dict(tools)}")
    print(f"last answer: {answer!r}")
    print(f"reproduce: .venv/bin/python scripts/bench_agent.py --backend {args.backend} --runs {args.runs} "
          f"--max-tokens {args.max_tokens}{' --parallel' if args.parallel else ''}")


if __name__ == "__main__":
    main()
