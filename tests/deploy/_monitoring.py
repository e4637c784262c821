"""Shared by the monitoring tests: where the files are, finding the Prometheus binaries, and reading the PromQL
out of the dashboard and the alert rules."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
MONITORING = ROOT / "deploy" / "monitoring"
PROMETHEUS_YML = MONITORING / "prometheus.yml"
ALERTS_YML = MONITORING / "alerts.yml"
ALERTS_TEST_YML = MONITORING / "alerts_test.yml"
DASHBOARD_JSON = MONITORING / "grafana" / "dashboards" / "elson.json"
REQUIRE_ENV = "ELSON_REQUIRE_PROMTOOL"

# Grafana's variables in the dashboard's PromQL, and what a test substitutes for them. One minute is at least four
# scrapes at the live test's 1 s interval, like Grafana's own $__rate_interval.
GRAFANA_VARS = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "1h"}

_METRIC = re.compile(r"\b(?:elson|vllm):[A-Za-z0-9_:]*[A-Za-z0-9_]")


def binary(name: str) -> str:
    """Path of a Prometheus binary (``promtool``, ``prometheus``). Missing: skip, or fail when CI asks for it
    with ``ELSON_REQUIRE_PROMTOOL=1`` (so a CI image without it cannot pass by skipping)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian: apt-get install prometheus)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{message}, and {REQUIRE_ENV}=1 requires it")
        pytest.skip(message)
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
