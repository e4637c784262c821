#!/usr/bin/env python3
"""Gateway overhead, side by side in one run: the same closed-loop load sent directly to a fixed-latency stub
upstream, through the naive FastAPI proxies (httpx and aiohttp), through LiteLLM (when installed) and through Elson.

Uses the shared gwbench harness (stub upstream, naive proxy, load generator) by path; nothing of it is copied here.

  python3.11 -m venv .venv-gwbench && .venv-gwbench/bin/pip install fastapi uvicorn httpx aiohttp uvloop \
      'litellm[proxy]==1.106.4'
  .venv/bin/python scripts/bench_gateway.py --out gwbench.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEY = "sk-stub-master-key-0123456789"
LITELLM_YAML = f"""model_list:
  - model_name: stub-model
    litellm_params: {{model: openai/stub-model, api_base: "http://127.0.0.1:8001/v1", api_key: sk-stub}}
litellm_settings: {{drop_params: true, telemetry: false}}
general_settings: {{master_key: {KEY}}}
"""


def start(cmd: list[str], env: dict[str, str] | None = None, log: Path | None = None) -> subprocess.Popen[bytes]:
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - lives as long as the process
    return subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True)


def wait_ready(url: str, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    req = urllib.request.Request(f"{url}/models", headers={"Authorization": f"Bearer {KEY}"})
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(req, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"bench_gateway: {url} did not answer within {timeout_s:.0f} s")


def table(rows: list[dict]) -> str:
    def key(r: dict) -> str:
        return r["label"].split(" ", 1)[1]

    base = {key(r): r for r in rows if r["label"].startswith("direct ") and not r.get("failed")}
    lines = [f"{'target':<30}{'p50 ms':>9}{'p99 ms':>9}{'+p50':>8}{'+p99':>8}{'req/s':>9}{'err':>5}"]
    for r in rows:
        if r.get("failed"):
            lines.append(f"{r['label']:<30} failed")
            continue
        lat, b = r["latency_ms"], base.get(key(r), {}).get("latency_ms")
        d50 = lat["p50"] - b["p50"] if b else float("nan")
        d99 = lat["p99"] - b["p99"] if b else float("nan")
        lines.append(f"{r['label']:<30}{lat['p50']:>9.2f}{lat['p99']:>9.2f}{d50:>8.2f}{d99:>8.2f}"
                     f"{r.get('rps') or float('nan'):>9.1f}{r.get('errors', 0):>5}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="gwbench.jsonl")
    ap.add_argument("--gwbench-dir", default=str(ROOT.parent / "shared" / "gwbench"))
    ap.add_argument("--venv", default=str(ROOT / ".venv-gwbench"), help="venv with the harness deps (+ litellm)")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 64, 256])
    ap.add_argument("--requests-c1", type=int, default=400)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--skip", nargs="*", default=[], help="targets to leave out, e.g. litellm naive-httpx")
    args = ap.parse_args()
    gw, py = Path(args.gwbench_dir), str(Path(args.venv) / "bin" / "python")
    if not (gw / "load.py").exists():
        raise SystemExit(f"bench_gateway: no gwbench harness at {gw}")
    work = Path(tempfile.mkdtemp(prefix="gwbench-"))
    procs = [start([py, str(gw / "upstream.py"), "--port", "8001", "--delay-ms", "20", "--chunks", "20",
                    "--chunk-delay-ms", "2"])]
    targets = {"direct": "http://127.0.0.1:8001/v1"}
    for name, port, client in (("naive-httpx", 8002, "httpx"), ("naive-aiohttp", 8003, "aiohttp")):
        procs.append(start([py, str(gw / "naive_proxy.py"), "--port", str(port), "--upstream",
                            "http://127.0.0.1:8001", "--client", client]))
        targets[name] = f"http://127.0.0.1:{port}/v1"
    litellm = Path(args.venv) / "bin" / "litellm"
    if litellm.exists():
        (work / "litellm.yaml").write_text(LITELLM_YAML)
        procs.append(start([str(litellm), "--config", str(work / "litellm.yaml"), "--port", "4000",
                            "--num_workers", "1"], {"LITELLM_LOG": "ERROR"}, work / "litellm.log"))
        targets["litellm"] = "http://127.0.0.1:4000/v1"
    procs.append(start([str(ROOT / ".venv" / "bin" / "elson"), "serve", "--port", "8000"],
                       {"ELSON_UPSTREAMS": "http://127.0.0.1:8001", "ELSON_API_KEYS": KEY,
                        "ELSON_LOG_LEVEL": "warning"}, work / "elson.log"))
    targets["elson"] = "http://127.0.0.1:8000/v1"
    targets = {k: v for k, v in targets.items() if k not in args.skip}
    out = Path(args.out)
    out.write_text("")
    try:
        for url in targets.values():
            wait_ready(url)
        for conc in args.concurrency:
            n = args.requests_c1 if conc == 1 else args.requests
            for stream in ([], ["--stream"]):
                for name, url in targets.items():
                    label = f"{name} c={conc} {'stream' if stream else 'nostream'}"
                    cmd = [py, str(gw / "load.py"), "--base-url", url, "-n", str(n), "-c", str(conc), *stream,
                           "--warmup", "50", "--max-seconds", "120", "--api-key", KEY, "--label", label,
                           "--out", str(out)]
                    if subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode:
                        with out.open("a") as f:
                            f.write(json.dumps({"label": label, "failed": True}) + "\n")
                    print(f"done: {label}", file=sys.stderr, flush=True)
    finally:
        for p in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGTERM)
    print(table([json.loads(line) for line in out.read_text().splitlines()]))
    print(f"\nreproduce: .venv/bin/python scripts/bench_gateway.py --out {out} "
          f"--concurrency {' '.join(map(str, args.concurrency))}")


if __name__ == "__main__":
    main()
