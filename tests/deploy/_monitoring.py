"""Shared by the monitoring tests: where the files are, finding the Prometheus binaries, and reading the PromQL
out of the dashboard and the alert rules."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.deploy._tools import missing

ROOT = Path(__file__).resolve().parents[2]
MONITORING = ROOT / "deploy" / "monitoring"
PROMETHEUS_YML = MONITORING / "prometheus.yml"
ALERTS_YML = MONITORING / "alerts.yml"
ALERTS_TEST_YML = MONITORING / "alerts_test.yml"
DASHBOARD_JSON = MONITORING / "grafana" / "dashboards" / "elson.json"

# Grafana's variables in the dashboard's PromQL, and what a test substitutes for them. One minute is at least four
# scrapes at the live test's 1 s interval, like Grafana's own $__rate_interval.
GRAFANA_VARS = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "1h"}

_METRIC = re.compile(r"\b(?:elson|vllm):[A-Za-z0-9_:]*[A-Za-z0-9_]")


def binary(name: str) -> str:
    """Path of a Prometheus binary (``promtool``, ``prometheus``); missing: see :func:`tests.deploy._tools.missing`."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} (Debian: apt-get install prometheus)")
    return path


def substitute(expr: str) -> str:
    """A dashboard expression with Grafana's variables replaced, as Grafana sends it to Prometheus."""
    for var, value in GRAFANA_VARS.items():
        expr = expr.replace(var, value)
    return expr


def metric_names(expr: str) -> set[str]:
    """The ``elson:``/``vllm:`` metric names an expression reads."""
    return set(_METRIC.findall(expr))


def load_alerts() -> list[dict[str, Any]]:
    """Every alerting rule of alerts.yml."""
    doc = yaml.safe_load(ALERTS_YML.read_text())
    return [rule for group in doc["groups"] for rule in group["rules"] if "alert" in rule]


def dashboard_model() -> dict[str, Any]:
    """The committed dashboard JSON."""
    import json

    model: dict[str, Any] = json.loads(DASHBOARD_JSON.read_text())
    return model
