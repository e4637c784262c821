"""deploy/monitoring: the Prometheus config and alert rules pass promtool (and their unit tests), the Grafana
dashboard is generated deterministically and matches the committed JSON, and every PromQL expression parses and
reads only metrics that exist (the gateway's from ``service/metrics.py``, so renaming a metric breaks this test).

Needs ``promtool`` (Debian: ``apt-get install prometheus``); without it those tests skip, unless
``ELSON_REQUIRE_DEPLOY_TOOLS=1`` makes them fail. The live check against a real Prometheus is test_prometheus_live.py.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import yaml
from prometheus_client.metrics_core import Metric

from deploy.monitoring import dashboard
from service import metrics
from tests.deploy._monitoring import (
    ALERTS_TEST_YML,
    ALERTS_YML,
    DASHBOARD_JSON,
    MONITORING,
    PROMETHEUS_YML,
    ROOT,
    binary,
    dashboard_model,
    load_alerts,
    metric_names,
    substitute,
)

REQUIRED_PANELS = {
    "Request rate by status",
    "End-to-end latency (p50 / p95 / p99)",
    "Time to first token (p50 / p95 / p99)",
    "Inter-token latency (p50 / p95 / p99)",
    "Tokens per second (prompt / generation)",
    "In-flight and queued requests",
    "Agent turns per request",
    "Tool calls by tool and outcome",
    "Tool latency by tool (p50 / p95)",
    "Upstream errors by replica",
    "Upstream health",
    "Gateway overhead (p50 / p99)",
    "vLLM running and waiting requests",
    "vLLM KV cache usage",
    "TTFT p95: gateway vs vLLM",
}
REQUIRED_ALERTS = {
    "ElsonHighLatencyP95", "ElsonHighTTFTP95", "ElsonHighErrorRatio", "ElsonUpstreamDown", "ElsonToolFailureRatio",
    "ElsonRequestsQueued", "ElsonQueueFull",
}
# vLLM's exported sample names (vllm/v1/metrics/loggers.py; gpu_cache_usage_perc before 0.9, kept as a fallback).
VLLM_METRICS = {
    "vllm:num_requests_running", "vllm:num_requests_waiting", "vllm:kv_cache_usage_perc",
    "vllm:gpu_cache_usage_perc", "vllm:prompt_tokens_total", "vllm:generation_tokens_total",
    "vllm:num_preemptions_total", "vllm:request_success_total", "vllm:prefix_cache_queries_total",
    "vllm:prefix_cache_hits_total",
    *(f"vllm:{h}_{s}" for h in ("time_to_first_token_seconds", "e2e_request_latency_seconds",
                                 "inter_token_latency_seconds", "time_per_output_token_seconds",
                                 "request_queue_time_seconds", "request_prefill_time_seconds",
                                 "request_decode_time_seconds", "request_prompt_tokens",
                                 "request_generation_tokens") for s in ("bucket", "sum", "count")),
}
# Gateway metrics deliberately left off the dashboard (embedded-engine only). Anything else that service/metrics.py
# exports must be on it, so a new metric is a conscious choice.
NOT_ON_DASHBOARD = {"elson:prefix_cache_queries", "elson:prefix_cache_hits", "elson:prefix_cache_bytes"}
SEVERITIES = {"warning", "critical"}


def _families() -> list[Metric]:
    return list(metrics.REGISTRY.collect())


def _sample_names(family: Metric) -> set[str]:
    """The sample names Prometheus sees for a metric family (what a query may read)."""
    name = family.name
    if family.type == "counter":
        return {f"{name}_total"}
    if family.type == "histogram":
        return {f"{name}_bucket", f"{name}_sum", f"{name}_count"}
    return {name}


def _gateway_samples() -> set[str]:
    return {sample for family in _families() for sample in _sample_names(family)}


def _promtool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([binary("promtool"), *map(str, args)], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, check=False)


def _all_queries() -> list[tuple[str, str]]:
    """``(where, expr)`` for every dashboard target and every alert rule."""
    out = [(f"panel {title!r}", expr) for title, expr in dashboard.queries(dashboard_model())]
    out += [(f"alert {rule['alert']}", rule["expr"]) for rule in load_alerts()]
    return out


# --------------------------------------------------------------------------------------------------- promtool
def test_prometheus_config_is_valid() -> None:
    # Run from the repository root: rule_files entries resolve relative to the config file, not the cwd.
    result = _promtool("check", "config", PROMETHEUS_YML)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout + result.stderr


def test_prometheus_config_scrapes_gateway_and_vllm() -> None:
    config = yaml.safe_load(PROMETHEUS_YML.read_text())
    assert config["rule_files"] == ["alerts.yml"]
    targets = {job["job_name"]: [t for sc in job.get("static_configs", []) for t in sc["targets"]]
               for job in config["scrape_configs"]}
    assert targets == {"elson-gateway": ["gateway:8000"], "vllm": ["vllm:8000"]}
    assert "kubernetes_sd_configs" in PROMETHEUS_YML.read_text()  # the commented example is there


def test_alert_rules_are_valid() -> None:
    result = _promtool("check", "rules", ALERTS_YML)
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rule_unit_tests_pass() -> None:
    result = _promtool("test", "rules", ALERTS_TEST_YML)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_dashboard_and_alert_expressions_parse(tmp_path: Path) -> None:
    # Debian's promtool has no `promql` command; `check rules` parses every expression of a rules file instead.
    queries = _all_queries()
    rules = {"groups": [{"name": "parse", "rules": [
        {"record": f"elson_parse:q{i}", "expr": substitute(expr)} for i, (_, expr) in enumerate(queries)]}]}
    path = tmp_path / "parse.yml"
    path.write_text(yaml.safe_dump(rules))
    result = _promtool("check", "rules", path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(queries)} rules found" in result.stdout


def test_expression_parse_check_catches_a_broken_expression(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "parse", "rules": [
        {"record": "elson_parse:broken", "expr": "sum(rate(elson:requests_total[1m])"}]}]}))
    assert _promtool("check", "rules", path).returncode != 0


# --------------------------------------------------------------------------------------------------- alerts
def test_required_alerts_exist_with_for_severity_and_annotations() -> None:
    alerts = load_alerts()
    names = [rule["alert"] for rule in alerts]
    assert len(names) == len(set(names)), "duplicate alert names"
    assert set(names) >= REQUIRED_ALERTS
    for rule in alerts:
        assert rule.get("for"), f"{rule['alert']}: no for: (it would fire on one bad evaluation)"
        assert rule.get("labels", {}).get("severity") in SEVERITIES, rule["alert"]
        annotations = rule.get("annotations", {})
        for key in ("summary", "description", "runbook"):
            assert annotations.get(key, "").strip(), f"{rule['alert']}: no {key} annotation"


def test_every_alert_has_a_firing_and_a_quiet_unit_test() -> None:
    doc = yaml.safe_load(ALERTS_TEST_YML.read_text())
    assert doc["rule_files"] == ["alerts.yml"]
    fires: set[str] = set()
    quiet: set[str] = set()
    for case in doc["tests"]:
        for check in case.get("alert_rule_test", []):
            (fires if check.get("exp_alerts") else quiet).add(check["alertname"])
    names = {rule["alert"] for rule in load_alerts()}
    assert names - fires == set(), "alerts never shown firing"
    assert names - quiet == set(), "alerts never shown quiet"


def test_tool_failure_alert_matches_the_outcome_label_written_by_the_gateway() -> None:
    # service/streaming.py records outcome="ok" for a successful call and the tool error type otherwise.
    source = (ROOT / "service" / "streaming.py").read_text()
    assert 'TOOL_CALLS.labels(entry.name, "ok" if entry.ok else' in source
    rule = next(r for r in load_alerts() if r["alert"] == "ElsonToolFailureRatio")
    assert 'outcome!="ok"' in rule["expr"]


# --------------------------------------------------------------------------------------------------- dashboard
def test_dashboard_generation_is_deterministic_and_committed() -> None:
    first, second = dashboard.build(), dashboard.build()
    assert first == second
    text = dashboard.render(first)
    assert text == dashboard.render(second) and text.endswith("}\n")
    assert DASHBOARD_JSON.read_text() == text, (
        "grafana/dashboards/elson.json differs from deploy/monitoring/dashboard.py: "
        "run `python -m deploy.monitoring.dashboard` (hand edits to the JSON are overwritten)")
    assert dashboard.main(["--check"]) == 0


def test_dashboard_has_every_required_panel_with_queries() -> None:
    panels = dashboard.panels(dashboard_model())
    titles = [p["title"] for p in panels]
    assert len(titles) == len(set(titles)), "duplicate panel titles"
    assert REQUIRED_PANELS - set(titles) == set()
    ids = [p["id"] for p in dashboard_model()["panels"]]
    assert len(ids) == len(set(ids))
    for panel in panels:
        refs = [t["refId"] for t in panel["targets"]]
        assert refs and len(refs) == len(set(refs)), panel["title"]
        assert all(t["expr"].strip() for t in panel["targets"]), panel["title"]


def test_dashboard_uses_the_prometheus_datasource_variable_everywhere() -> None:
    model = dashboard_model()
    (variable,) = [v for v in model["templating"]["list"] if v["type"] == "datasource"]
    assert variable["name"] == "datasource" and variable["query"] == "prometheus"
    assert variable["current"]["value"] == "prometheus"
    ref = {"type": "prometheus", "uid": "${datasource}"}
    for panel in dashboard.panels(model):
        assert panel["datasource"] == ref, panel["title"]
        assert all(t["datasource"] == ref for t in panel["targets"]), panel["title"]
    provisioned = yaml.safe_load((MONITORING / "grafana/provisioning/datasources/prometheus.yml").read_text())
    (source,) = provisioned["datasources"]
    assert (source["uid"], source["type"], source["url"]) == ("prometheus", "prometheus", "http://prometheus:9090")
    provider = yaml.safe_load((MONITORING / "grafana/provisioning/dashboards/elson.yml").read_text())["providers"][0]
    assert provider["type"] == "file" and provider["options"]["path"] == "/var/lib/grafana/dashboards"


# --------------------------------------------------------------------------------------------------- metric names
def test_every_queried_metric_exists() -> None:
    gateway = _gateway_samples()
    for where, expr in _all_queries():
        names = metric_names(expr)
        assert names or expr.startswith("up{"), f"{where}: reads no elson:/vllm: metric: {expr}"
        for name in names:
            known = gateway if name.startswith("elson:") else VLLM_METRICS
            assert name in known, f"{where}: {name} is not exported (service/metrics.py or vLLM): {expr}"


def test_every_gateway_metric_is_on_the_dashboard() -> None:
    shown = {name for _, expr in dashboard.queries(dashboard_model()) for name in metric_names(expr)}
    missing = {family.name for family in _families()
               if family.name not in NOT_ON_DASHBOARD and not _sample_names(family) & shown}
    assert missing == set(), "exported but not on the dashboard (add a panel, or list it in NOT_ON_DASHBOARD)"


def test_metric_name_check_catches_a_renamed_metric() -> None:
    gateway = _gateway_samples()
    assert "elson:requests_total" in gateway and "elson:e2e_request_latency_seconds_bucket" in gateway
    assert "elson:requests" not in gateway  # a counter is only ever read as <name>_total
    assert metric_names('sum(rate(elson:request_total{status=~"5.."}[5m]))') == {"elson:request_total"}
    assert "elson:request_total" not in gateway


def _walk(obj: Any) -> list[Any]:
    if isinstance(obj, dict):
        return [obj, *(x for v in obj.values() for x in _walk(v))]
    if isinstance(obj, list):
        return [x for v in obj for x in _walk(v)]
    return [obj]


def test_dashboard_json_is_plain_and_sorted() -> None:
    text = DASHBOARD_JSON.read_text()
    model = json.loads(text)
    assert json.dumps(model, sort_keys=True, indent=2, ensure_ascii=False) + "\n" == text
    assert all(v is not None for v in _walk(model))  # no nulls leaked from the builders
