#!/usr/bin/env python3
"""Tool-layer latency and start-up cost, on the shipped offline snapshot.

    .venv/bin/python scripts/bench_tools.py [--calls 2000] [--rest-calls 500]

Prints three tables:
- **cold import**: wall time of a fresh interpreter importing the tools package and building the registry, and the
  gateway app, with the heavy libraries each leaves imported (OpenBB, FinanceToolkit, pandas and yfinance must stay
  out until a tool that needs them is first called);
- **in-process**: p50/p99 per snapshot tool call, both the tool function itself and the agent loop's path
  (``Registry.invoke``: JSON-schema validation, typed arguments, a worker thread, serialisation);
- **REST**: p50/p99 of ``POST /tools/<ns>/<tool>`` on the real gateway app (uvicorn, its middleware and API-key
  check) over one keep-alive connection, so the figure is per call, not throughput.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tools.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
KEY = "sk-bench-0123456789abcdef"
HEAVY = ("openbb_core", "openbb", "financetoolkit", "pandas", "yfinance", "scipy")
CALLS: dict[str, dict[str, Any]] = {
    "yfinance.quote": {"symbol": "AAPL"},
    "yfinance.statement": {"symbol": "AAPL", "kind": "income"},
    "yfinance.key_stats": {"symbol": "AAPL"},
    "yfinance.profile": {"symbol": "AAPL"},
    "yfinance.history": {"symbol": "AAPL", "period": "1y"},
    "calc.loan_payment": {"principal": 300000, "annual_rate": 0.065, "years": 30},
    # The anchor: the same snapshot data through OpenBB's own machinery (CommandRunner, Fetcher, standard models).
    "openbb.quote": {"symbol": "AAPL"},
    "openbb.fundamentals": {"symbol": "AAPL", "statement": "income"},
}
FIRST = {  # one call in a fresh interpreter: what the first request to each router pays
    "yfinance.quote": ("yfinance.quote", {"symbol": "AAPL"}),
    "openbb.quote": ("openbb.quote", {"symbol": "AAPL"}),
    "financetoolkit.ratios": ("financetoolkit.ratios", {"symbol": "MSFT", "group": "liquidity"}),
}
COLD = {
    "tools package + registry": "import tools.registry as r; r.default_registry()",
    "gateway app (create_app)": "from service.app import create_app; create_app()",
}


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cold_imports(repeats: int = 3) -> list[tuple[str, float, str]]:
    """Median wall time of a fresh interpreter running each snippet, and the heavy modules it left imported."""
    rows = []
    for label, code in COLD.items():
        probe = f"{code}\nimport sys; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
        times, heavy = [], ""
        for _ in range(repeats):
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
            times.append(time.perf_counter() - started)
            heavy = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
        rows.append((label, statistics.median(times) * 1000, heavy or "none"))
    return rows


def first_calls() -> list[tuple[str, float]]:
    """Wall time of the first call of a tool in a fresh interpreter (its lazy imports included), in ms."""
    rows = []
    for label, (name, args) in FIRST.items():
        code = ("import asyncio, time; from tools.registry import default_registry; r = default_registry(); "
                f"t = time.perf_counter(); res = asyncio.run(r.invoke({name!r}, {args!r})); "
                "assert res.ok, res.error; print((time.perf_counter() - t) * 1000)")
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        rows.append((label, float(out.stdout.strip().splitlines()[-1])))
    return rows


def in_process(calls: int) -> list[tuple[str, float, float, float, float]]:
    """Per tool: p50/p99 of the bare function and of ``Registry.invoke`` (µs)."""
    from tools.registry import default_registry

    registry = default_registry()
    rows = []
    for name, args in CALLS.items():
        tool = registry.get(name)
        params = dict(registry.validate(name, args))
        direct = _timed(partial(tool.func, **params), calls)
        invoked = asyncio.run(_invoke_times(registry, name, args, calls))
        rows.append((name, pct(direct, .5) * 1e6, pct(direct, .99) * 1e6, pct(invoked, .5) * 1e6,
                     pct(invoked, .99) * 1e6))
    return rows


async def _invoke_times(registry: Registry, name: str, args: dict[str, Any], calls: int) -> list[float]:
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        result = await registry.invoke(name, args)
        out.append(time.perf_counter() - started)
        assert result.ok, result.error
    return out


def _timed(fn: Callable[[], object], calls: int) -> list[float]:
    for _ in range(min(50, calls)):
        fn()  # warm: first reads, lazy imports
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rest(calls: int) -> list[tuple[str, float, float]]:
    """Per tool: p50/p99 (µs) of the REST route on the real gateway app in its own process."""
    import http.client

    port = _free_port()
    # The vLLM engine kind with an unreachable upstream: nothing is loaded, the tool routes are the whole app.
    env = {**os.environ, "ELSON_UPSTREAMS": "http://127.0.0.1:9", "ELSON_API_KEYS": KEY, "ELSON_PORT": str(port),
           "ELSON_LOG_LEVEL": "warning"}
    server = subprocess.Popen([sys.executable, "-m", "cli", "serve"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(f"http://127.0.0.1:{port}/health")
        conn = http.client.HTTPConnection("127.0.0.1", port)
        rows = []
        for name, args in CALLS.items():
            body = json.dumps(args)
            path = "/tools/" + name.replace(".", "/", 1)
            samples = []
            for i in range(calls + 20):
                started = time.perf_counter()
                conn.request("POST", path, body, {"authorization": f"Bearer {KEY}",
                                                  "content-type": "application/json"})
                response = conn.getresponse()
                response.read()
                if i >= 20:  # the first calls warm the route
                    samples.append(time.perf_counter() - started)
                assert response.status == 200, (name, response.status)
            rows.append((name, pct(samples, .5) * 1e6, pct(samples, .99) * 1e6))
        return rows
    finally:
        server.terminate()
        server.wait(10)


def _wait(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the gateway did not come up at {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="in-process calls per tool")
    parser.add_argument("--rest-calls", type=int, default=500, help="REST calls per tool")
    args = parser.parse_args()
    print(f"# tools benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, python {sys.version.split()[0]})")
    print(f"# reproduce: .venv/bin/python scripts/bench_tools.py --calls {args.calls} --rest-calls {args.rest_calls}")
    print("\n| cold start (fresh interpreter) | wall ms | heavy modules imported |\n|---|---|---|")
    for label, ms, heavy in cold_imports():
        print(f"| {label} | {ms:.0f} | {heavy} |")
    print("\n| first call in a fresh process | ms |\n|---|---|")
    for label, ms in first_calls():
        print(f"| {label} | {ms:.0f} |")
    print("\n| tool (snapshot) | function p50 µs | p99 µs | Registry.invoke p50 µs | p99 µs |\n|---|---|---|---|---|")
    for name, *figures in in_process(args.calls):
        print(f"| {name} | " + " | ".join(f"{v:.0f}" for v in figures) + " |")
    print("\n| tool (snapshot) | REST p50 µs | p99 µs |\n|---|---|---|")
    for name, p50, p99 in rest(args.rest_calls):
        print(f"| {name} | {p50:.0f} | {p99:.0f} |")


if __name__ == "__main__":
    main()
