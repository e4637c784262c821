"""The monitoring stack against the real thing: a real gateway process in front of the fake vLLM upstream (and
one dead replica), a short mixed load, and a real ``prometheus`` scraping both every second and evaluating
alerts.yml. Then every dashboard query must return data from Prometheus's HTTP API, and every alert expression
and rule must evaluate without error.

Marked ``prometheus`` (run: ``pytest -m prometheus tests/deploy/test_prometheus_live.py``). Needs the
``prometheus`` binary (Debian: ``apt-get install prometheus``): skipped without it unless
``ELSON_REQUIRE_DEPLOY_TOOLS=1``. Everything listens on loopback; every process is killed at the end.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from deploy.monitoring import dashboard
from tests.deploy._monitoring import (
    ALERTS_YML,
    PROMETHEUS_YML,
    ROOT,
    binary,
    dashboard_model,
    load_alerts,
    substitute,
)
from tests.fakes.live import free_port
from tests.fakes.upstream_server import FakeUpstream

pytestmark = pytest.mark.prometheus

USER = [{"role": "user", "content": "What is the payment on a 300k mortgage at 6.5% over 30 years?"}]
GOOD_CALL = {"name": "calc.loan_payment", "arguments": {"principal": 300000, "annual_rate": 0.065, "years": 30}}
BAD_CALL = {"name": "calc.loan_payment", "arguments": {"principal": "a lot"}}
ROUNDS = 3  # load rounds, a few scrapes apart, so rates and quantiles see increases between samples
MAX_BODY = 65536


@contextmanager
def _process(cmd: list[str], log: Path, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``cmd`` with its output in ``log``; terminate it (then kill it) on exit, whatever happened."""
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env)
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)


def _wait(what: str, check: Callable[[], bool], timeout_s: float, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{what} exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if check():
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{what} not ready after {timeout_s}s:\n{log.read_text(errors='replace')[-3000:]}")


def _prometheus_config(gateway: str, upstream: str) -> dict[str, Any]:
    """deploy/monitoring/prometheus.yml with the targets pointed at the test's processes, 1 s scrapes and rule
    evaluation, and the alert rules by absolute path."""
    config: dict[str, Any] = yaml.safe_load(PROMETHEUS_YML.read_text())
    config["global"].update(scrape_interval="1s", scrape_timeout="1s", evaluation_interval="1s")
    config["rule_files"] = [str(ALERTS_YML)]
    config.pop("alerting", None)
    targets = {"elson-gateway": gateway, "vllm": upstream}
    for job in config["scrape_configs"]:
        job["static_configs"] = [{"targets": [targets[job["job_name"]]], "labels": {"service": job["job_name"]}}]
    return config


class Load:
    """A short mixed load on the gateway: every outcome the dashboard and the alerts look at."""

    def __init__(self, gateway: str, fake: FakeUpstream) -> None:
        self.http = httpx.Client(base_url=gateway, timeout=30)
        self.fake = fake
        self.statuses: dict[int, int] = {}

    def _post(self, body: dict[str, Any] | bytes, stream: bool = False) -> int:
        kwargs: dict[str, Any] = {"content": body} if isinstance(body, bytes) else {"json": body}
        if stream:
            with self.http.stream("POST", "/v1/chat/completions", **kwargs) as resp:
                for _ in resp.iter_bytes():
                    pass
        else:
            resp = self.http.post("/v1/chat/completions", **kwargs)
        self.statuses[resp.status_code] = self.statuses.get(resp.status_code, 0) + 1
        return resp.status_code

    def round(self) -> None:
        self.fake.control(script={})
        for stream in (False, True):  # plain chat, relayed to the upstream as is (the body's "fake" script)
            assert self._post({"model": "fake-model", "messages": USER, "stream": stream,
                               "fake": {"content": ["a", "b", "c", "d", "e"], "delay": 0.01}}, stream) == 200
        for script in ({"tool_calls": [GOOD_CALL]}, {"tool_calls": [BAD_CALL]}):  # agent loop: tool ok, tool error
            self.fake.control(script=script)
            for stream in (False, True):
                body = {"model": "elson-agent", "messages": USER, "stream": stream, "max_turns": 2,
                        "stream_options": {"include_usage": True} if stream else None}
                assert self._post({k: v for k, v in body.items() if v is not None}, stream) == 200
        self.fake.control(script={})
        # Upstream 5xx: retried on the dead replica (a connect error), then a 5xx to the client; three a round,
        # so the 5xx share stays well above the ElsonHighErrorRatio threshold (5%).
        for _ in range(3):
            assert self._post({"model": "fake:503", "messages": USER}) >= 500
        assert self._post({"model": "no-such-model", "messages": USER}) == 404  # the upstream's 404
        assert self._post({"model": "fake-model"}) in (400, 422)  # no messages
        assert self._post(json.dumps({"model": "fake-model", "messages": USER,
                                      "pad": "x" * MAX_BODY}).encode()) == 413  # body over ELSON_MAX_BODY_BYTES
        # A burst past the concurrency cap (2) and the queue (1): some wait, some get 429.
        slow = {"model": "fake-model", "messages": USER, "fake": {"headers_delay": 0.4}}
        with ThreadPoolExecutor(6) as pool:
            codes = list(pool.map(lambda _: self._post(slow), range(6)))
        assert 429 in codes and 200 in codes, codes


def _query(prom: httpx.Client, expr: str) -> list[dict[str, Any]]:
    resp = prom.get("/api/v1/query", params={"query": expr})
    body = resp.json()
    assert resp.status_code == 200 and body["status"] == "success", f"{expr}: {body}"
    result: list[dict[str, Any]] = body["data"]["result"]
    return result


def _finite(result: list[dict[str, Any]]) -> bool:
    return any(math.isfinite(float(series["value"][1])) for series in result)


def test_dashboard_and_alert_queries_return_data_from_real_prometheus(tmp_path: Path) -> None:
    prometheus_bin = binary("prometheus")
    started = time.monotonic()
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there: health checks fail, connects are refused
    gateway_port, prometheus_port = free_port(), free_port()
    gateway_url = f"http://127.0.0.1:{gateway_port}"
    prom_url = f"http://127.0.0.1:{prometheus_port}"
    assert len({dead, gateway_url, prom_url}) == 3
    with ExitStack() as stack:
        fake = FakeUpstream.start()
        stack.callback(fake.stop)
        env = {k: v for k, v in os.environ.items() if not k.startswith("ELSON_")}
        env.update(ELSON_UPSTREAMS=f"{fake.url},{dead}", ELSON_HOST="127.0.0.1", ELSON_PORT=str(gateway_port),
                   ELSON_HEALTH_INTERVAL_S="0.5", ELSON_MAX_CONCURRENCY="2", ELSON_MAX_QUEUE="1",
                   ELSON_MAX_BODY_BYTES=str(MAX_BODY), ELSON_AGENT_TOOL_NAMESPACES="calc", ELSON_LOG_LEVEL="warning",
                   ELSON_UPSTREAM_CONNECT_TIMEOUT_S="1", PYTHONUNBUFFERED="1")
        gateway_log = tmp_path / "gateway.log"
        gateway = stack.enter_context(_process([sys.executable, "-m", "cli", "serve"], gateway_log, env))
        http = stack.enter_context(httpx.Client(timeout=5))
        _wait("gateway", lambda: http.get(f"{gateway_url}/ready").status_code == 200, 90, gateway, gateway_log)

        config = tmp_path / "prometheus.yml"
        config.write_text(yaml.safe_dump(_prometheus_config(f"127.0.0.1:{gateway_port}", f"127.0.0.1:{fake.port}")))
        prom_log = tmp_path / "prometheus.log"
        prom_proc = stack.enter_context(_process([
            prometheus_bin, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{prometheus_port}", "--log.level=warn"], prom_log))
        prom = stack.enter_context(httpx.Client(base_url=prom_url, timeout=10))
        _wait("prometheus", lambda: prom.get("/-/ready").status_code == 200, 60, prom_proc, prom_log)
        _wait("first scrapes", lambda: len(_query(prom, 'up == 1')) == 2, 30, prom_proc, prom_log)

        load = Load(gateway_url, fake)
        stack.callback(load.http.close)
        for _ in range(ROUNDS):
            load.round()
            time.sleep(2.5)  # a few scrapes between rounds
        time.sleep(3)  # the last round scraped, and the rules evaluated on it

        report: dict[str, list[str]] = {"data": [], "nan only": [], "empty": []}
        for title, raw in dashboard.queries(dashboard_model()):
            result = _query(prom, substitute(raw))
            key = "empty" if not result else ("data" if _finite(result) else "nan only")
            report[key].append(f"{title}: {raw}")
        alerts: dict[str, list[str]] = {"data": [], "no data": []}
        for rule in load_alerts():
            result = _query(prom, rule["expr"])
            alerts["data" if result else "no data"].append(rule["alert"])
        groups = prom.get("/api/v1/rules").json()["data"]["groups"]
        rules = {r["name"]: r for g in groups for r in g["rules"]}
        states = {name: r.get("state") for name, r in rules.items()}

        print(f"\nload statuses: {dict(sorted(load.statuses.items()))}; elapsed {time.monotonic() - started:.1f}s")
        for key, items in report.items():
            print(f"dashboard queries, {key} ({len(items)}):", *items, sep="\n  ")
        print("alert expressions with data:", alerts["data"], "\nwithout data:", alerts["no data"])
        print("alert states:", states)

        assert report["empty"] == [], "dashboard queries with no data"
        assert report["nan only"] == [], "dashboard queries with only NaN values"
        assert set(rules) == {r["alert"] for r in load_alerts()}
        for name, rule in rules.items():
            assert rule["health"] == "ok" and not rule.get("lastError"), f"{name}: {rule}"
            assert not rule["lastEvaluation"].startswith("0001"), f"{name} was never evaluated"
        # What the load must have set off (pending, not firing: their for: is minutes): a replica down, 5xx
        # answers, tool errors (half the agent calls have bad arguments) and 429s for a full queue.
        expected = {"ElsonUpstreamDown", "ElsonHighErrorRatio", "ElsonToolFailureRatio", "ElsonQueueFull"}
        assert expected <= set(alerts["data"])
        assert {name: states[name] for name in expected} == dict.fromkeys(expected, "pending")
        assert states["ElsonGatewayDown"] == states["ElsonNoHealthyUpstream"] == "inactive"
        dead_health = _query(prom, f'elson:upstream_healthy{{upstream="{dead}"}}')
        assert [s["value"][1] for s in dead_health] == ["0"]
        assert time.monotonic() - started < 120
