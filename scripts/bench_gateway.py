#!/usr/bin/env python3
"""Gateway overhead, side by side in one run: the same closed-loop load sent directly to a fixed-latency stub
upstream, through the naive FastAPI proxies (httpx and aiohttp clients), through LiteLLM (when installed in the
gwbench venv) and through Elson. Added latency = p50/p99 through a target minus direct, same concurrency and mode.

Uses the shared gwbench harness (stub upstream, naive proxy, load generator) by path; nothing of it is copied here.

  python3.11 -m venv .venv-gwbench && .venv-gwbench/bin/pip install fastapi uvicorn httpx aiohttp uvloop \
      'litellm[proxy]==1.106.4'
  .venv/bin/python scripts/bench_gateway.py --out gwbench.jsonl

Every load run is bounded by --max-seconds. A target whose throughput at a lower concurrency says it cannot finish
--requests within that bound (LiteLLM at c=256) gets fewer requests, marked "capped" in the table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KEY = "sk-stub-master-key-0123456789"
UPSTREAM = "http://127.0.0.1:8001"
PORTS = {"direct": 8001, "naive-httpx": 8002, "naive-aiohttp": 8003, "litellm": 4000, "elson": 8000}
LITELLM_YAML = f"""model_list:
  - model_name: stub-model
    litellm_params: {{model: openai/stub-model, api_base: "{UPSTREAM}/v1", api_key: sk-stub}}
litellm_settings: {{drop_params: true, telemetry: false}}
general_settings: {{master_key: {KEY}}}
"""


def start(cmd: list[str], env: dict[str, str] | None = None, log: Path | None = None) -> subprocess.Popen[bytes]:
    """A server in its own process group (so killpg takes its workers too), output to ``log`` or nowhere."""
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - lives as long as the process
    return subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    for p in procs:
        try:
            p.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)


def port_busy(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_ready(url: str, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    req = urllib.request.Request(f"{url}/models", headers={"Authorization": f"Bearer {KEY}"})
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(req, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"bench_gateway: {url} did not answer /models within {timeout_s:.0f} s")


def table(rows: list[dict[str, Any]]) -> str:
    def key(r: dict[str, Any]) -> str:
        return str(r["label"]).split(" ", 1)[1]

    base = {key(r): r["latency_ms"] for r in rows if r["label"].startswith("direct ") and not r.get("failed")}
    lines = [f"{'target':<28}{'p50 ms':>9}{'p99 ms':>9}{'+p50':>8}{'+p99':>9}{'req/s':>9}{'err':>6}  note"]
    for r in rows:
        if r.get("failed") or not r.get("latency_ms"):
            lines.append(f"{r['label']:<28} failed  {r.get('note', '')}")
            continue
        lat, b = r["latency_ms"], base.get(key(r))
        d50 = lat["p50"] - b["p50"] if b else float("nan")
        d99 = lat["p99"] - b["p99"] if b else float("nan")
        note = " ".join(x for x in (r.get("note", ""), "truncated" if r.get("truncated") else "") if x)
        lines.append(f"{r['label']:<28}{lat['p50']:>9.2f}{lat['p99']:>9.2f}{d50:>8.2f}{d99:>9.2f}"
                     f"{r.get('rps') or float('nan'):>9.1f}{r.get('errors', 0):>6}  {note}")
    return "\n".join(lines)


def reproduce(args: argparse.Namespace) -> str:
    cmd = [".venv/bin/python", "scripts/bench_gateway.py", "--out", args.out,
           "--concurrency", *map(str, args.concurrency), "--requests-c1", str(args.requests_c1),
           "--requests", str(args.requests), "--max-seconds", str(args.max_seconds)]
    if args.skip:
        cmd += ["--skip", *args.skip]
    if Path(args.gwbench_dir).resolve() != (ROOT.parent / "shared" / "gwbench").resolve():
        cmd += ["--gwbench-dir", args.gwbench_dir]
    return shlex.join(cmd)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="gwbench.jsonl", help="JSON lines, one per load run (truncated first)")
    ap.add_argument("--gwbench-dir", default=str(ROOT.parent / "shared" / "gwbench"))
    ap.add_argument("--venv", default=str(ROOT / ".venv-gwbench"), help="venv with the harness deps (+ litellm)")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 64, 256])
    ap.add_argument("--requests-c1", type=int, default=400, help="requests per run at concurrency 1")
    ap.add_argument("--requests", type=int, default=3000, help="requests per run at concurrency > 1")
    ap.add_argument("--max-seconds", type=float, default=120, help="time bound of each load run")
    ap.add_argument("--skip", nargs="*", default=[], choices=list(PORTS), help="targets to leave out")
    args = ap.parse_args()
    gw, venv = Path(args.gwbench_dir), Path(args.venv)
    py = str(venv / "bin" / "python")
    if not (gw / "load.py").exists():
        raise SystemExit(f"bench_gateway: no gwbench harness at {gw} (see --gwbench-dir)")
    litellm = venv / "bin" / "litellm"
    wanted = [t for t in PORTS if t not in args.skip and (t != "litellm" or litellm.exists())]
    if busy := [f"{t}:{PORTS[t]}" for t in [*wanted, "direct"] if port_busy(PORTS[t])]:
        raise SystemExit(f"bench_gateway: ports already in use ({', '.join(sorted(set(busy)))}); "
                         "is another benchmark running?")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that `finally` runs and reaps the servers
    work = Path(tempfile.mkdtemp(prefix="gwbench-"))
    procs: list[subprocess.Popen[bytes]] = []
    out = Path(args.out)
    out.write_text("")
    try:
        procs.append(start([py, str(gw / "upstream.py"), "--port", "8001", "--delay-ms", "20", "--chunks", "20",
                            "--chunk-delay-ms", "2"]))
        for name, client in (("naive-httpx", "httpx"), ("naive-aiohttp", "aiohttp")):
            if name in wanted:
                procs.append(start([py, str(gw / "naive_proxy.py"), "--port", str(PORTS[name]), "--upstream",
                                    UPSTREAM, "--client", client]))
        if "litellm" in wanted:
            (work / "litellm.yaml").write_text(LITELLM_YAML)
            procs.append(start([str(litellm), "--config", str(work / "litellm.yaml"), "--port", "4000",
                                "--num_workers", "1"], {"LITELLM_LOG": "ERROR"}, work / "litellm.log"))
        if "elson" in wanted:
            procs.append(start([str(ROOT / ".venv" / "bin" / "elson"), "serve", "--port", "8000"],
                               {"ELSON_UPSTREAMS": UPSTREAM, "ELSON_API_KEYS": KEY, "ELSON_LOG_LEVEL": "warning"},
                               work / "elson.log"))
        targets = {t: f"http://127.0.0.1:{PORTS[t]}/v1" for t in wanted}
        for url in targets.values():
            wait_ready(url)
        rps_seen: dict[tuple[str, bool], float] = {}  # (target, stream) -> req/s at the last concurrency
        for conc in args.concurrency:
            for stream in (False, True):
                for name, url in targets.items():
                    label = f"{name} c={conc} {'stream' if stream else 'nostream'}"
                    n, note = args.requests_c1 if conc == 1 else args.requests, ""
                    rps = rps_seen.get((name, stream))
                    if rps and n / rps > 0.8 * args.max_seconds:  # would not finish in the bound: cap it
                        n = max(2 * conc, int(rps * args.max_seconds / 2))
                        note = f"capped to {n} requests ({rps:.0f} req/s at lower concurrency)"
                    cmd = [py, str(gw / "load.py"), "--base-url", url, "-n", str(n), "-c", str(conc),
                           *(["--stream"] if stream else []), "--warmup", str(max(50, conc)), "--max-seconds",
                           str(args.max_seconds), "--api-key", KEY, "--label", label]
                    run = subprocess.run(cmd, capture_output=True, text=True)
                    row: dict[str, Any] = {"label": label, "failed": True, "stderr": run.stderr[-500:]}
                    with contextlib.suppress(json.JSONDecodeError, IndexError):
                        row = json.loads(run.stdout.strip().splitlines()[-1])
                    if note:
                        row["note"] = note
                    if row.get("rps"):
                        rps_seen[(name, stream)] = row["rps"]
                    with out.open("a") as f:
                        f.write(json.dumps(row) + "\n")
                    print(f"done: {label} ({row.get('rps')} req/s) {note}", file=sys.stderr, flush=True)
    finally:
        stop(procs)
    print(table([json.loads(line) for line in out.read_text().splitlines()]))
    print(f"\nreproduce: {reproduce(args)}")


if __name__ == "__main__":
    main()
