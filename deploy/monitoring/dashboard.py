"""Elson's Grafana dashboard, built from code with grafana-foundation-sdk.

Regenerate the committed JSON after any change here (the tests fail when the two differ)::

    python -m deploy.monitoring.dashboard          # or: python deploy/monitoring/dashboard.py

Every panel queries the data source picked by the ``datasource`` variable, whose default is the provisioned
Prometheus (uid ``prometheus``, see ``grafana/provisioning/datasources/prometheus.yml``). The panels are declared
as data (:data:`ROWS`) so the tests can check each PromQL expression: that it parses, that the metrics it names
exist in ``service/metrics.py``, and that it returns data from a real Prometheus scraping a real gateway.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import common as common_builders
from grafana_foundation_sdk.builders import dashboard as dash
from grafana_foundation_sdk.builders import prometheus, timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common
from grafana_foundation_sdk.models.dashboard import DashboardCursorSync, DataSourceRef, VariableOption

OUTPUT = Path(__file__).resolve().parent / "grafana" / "dashboards" / "elson.json"
UID = "elson-gateway"
TITLE = "Elson gateway"
DATASOURCE_VAR = "datasource"
DATASOURCE_UID = "prometheus"  # the provisioned data source; the variable's default
DATASOURCE = DataSourceRef(type_val="prometheus", uid=f"${{{DATASOURCE_VAR}}}")
RATE = "$__rate_interval"  # Grafana's own choice of window: at least four scrape intervals


@dataclass(frozen=True)
class Query:
    expr: str
    legend: str


@dataclass(frozen=True)
class PanelSpec:
    title: str
    description: str
    unit: str
    queries: tuple[Query, ...]
    span: int = 8
    min: float | None = 0
    max: float | None = None
    stacked: bool = False


def _quantiles(metric: str, by: str = "", qs: tuple[float, ...] = (0.5, 0.95, 0.99), prefix: str = "",
               ) -> tuple[Query, ...]:
    """``histogram_quantile`` of a histogram's buckets, one query per quantile, optionally split by labels."""
    labels = ", ".join(["le", *([by] if by else [])])
    suffix = f" {{{{{by}}}}}" if by else ""
    return tuple(Query(f"histogram_quantile({q}, sum by ({labels}) (rate({metric}_bucket[{RATE}])))",
                       f"{prefix}p{round(q * 100)}{suffix}") for q in qs)


ROWS: tuple[tuple[str, tuple[PanelSpec, ...]], ...] = (
    ("Traffic and errors", (
        PanelSpec("Request rate by status", "Finished chat-completion requests per second, by HTTP status.",
                  "reqps", (Query(f"sum by (status) (rate(elson:requests_total[{RATE}]))", "{{status}}"),),
                  stacked=True),
        PanelSpec("5xx error ratio", "Share of requests answered with a 5xx (the ElsonHighErrorRatio alert).",
                  "percentunit", (Query(f'sum(rate(elson:requests_total{{status=~"5.."}}[{RATE}])) '
                                        f"/ sum(rate(elson:requests_total[{RATE}]))", "5xx share"),), max=1),
        PanelSpec("Rejected requests by reason", "Requests refused by admission control: queue_full (429) and "
                  "body_too_large (413).", "reqps",
                  (Query(f"sum by (reason) (rate(elson:requests_rejected_total[{RATE}]))", "{{reason}}"),)),
    )),
    ("Latency", (
        PanelSpec("End-to-end latency (p50 / p95 / p99)", "Request start to last byte, agent loops included.",
                  "s", _quantiles("elson:e2e_request_latency_seconds"), span=12),
        PanelSpec("Gateway overhead (p50 / p99)", "Time the gateway itself spends on a request, excluding "
                  "waiting on the engine and tools, by path (chat or agent).", "s",
                  _quantiles("elson:gateway_overhead_seconds", by="path", qs=(0.5, 0.99)), span=12),
        PanelSpec("Time to first token (p50 / p95 / p99)", "Request start to the first streamed token.", "s",
                  _quantiles("elson:time_to_first_token_seconds"), span=12),
        PanelSpec("Inter-token latency (p50 / p95 / p99)", "Gap between streamed chunks.", "s",
                  _quantiles("elson:inter_token_latency_seconds"), span=12),
    )),
    ("Throughput and load", (
        PanelSpec("Tokens per second (prompt / generation)", "Prompt and generated tokens per second, from the "
                  "usage the engine reports.", "short", (
                      Query(f"sum(rate(elson:prompt_tokens_total[{RATE}]))", "prompt"),
                      Query(f"sum(rate(elson:generation_tokens_total[{RATE}]))", "generation"))),
        PanelSpec("In-flight and queued requests", "Requests holding a concurrency slot, and requests waiting "
                  "for one (429 once ELSON_MAX_QUEUE are waiting).", "short", (
                      Query("sum(elson:num_requests_running)", "running"),
                      Query("sum(elson:num_requests_waiting)", "waiting"))),
        PanelSpec("Agent turns per request", "Model turns per agent-loop request (elson-agent).", "short", (
            *_quantiles("elson:agent_turns", qs=(0.5, 0.95)),
            Query(f"sum(rate(elson:agent_turns_sum[{RATE}])) / sum(rate(elson:agent_turns_count[{RATE}]))",
                  "mean"))),
    )),
    ("Tools", (
        PanelSpec("Tool calls by tool and outcome", "Built-in tool calls per second; outcome is ok or the tool "
                  "error type (invalid_arguments, timeout, provider_unavailable, ...).", "ops",
                  (Query(f"sum by (tool, outcome) (rate(elson:tool_calls_total[{RATE}]))",
                         "{{tool}} {{outcome}}"),), span=12, stacked=True),
        PanelSpec("Tool latency by tool (p50 / p95)", "Tool call latency, by tool.", "s",
                  _quantiles("elson:tool_latency_seconds", by="tool", qs=(0.5, 0.95)), span=12),
    )),
    ("Upstreams", (
        PanelSpec("Upstream errors by replica", "Failed upstream attempts per second, by replica and kind "
                  "(connect, http_5xx, ...); retried attempts included.", "ops",
                  (Query(f"sum by (upstream, kind) (rate(elson:upstream_errors_total[{RATE}]))",
                         "{{upstream}} {{kind}}"),)),
        PanelSpec("Upstream health", "1 while the replica passes the gateway's active health checks.", "short",
                  (Query("min by (upstream) (elson:upstream_healthy)", "{{upstream}}"),), max=1),
        PanelSpec("Outstanding requests per upstream", "Requests in flight to each replica (the balancer "
                  "picks the least loaded).", "short",
                  (Query("sum by (upstream) (elson:upstream_outstanding_requests)", "{{upstream}}"),)),
    )),
    ("vLLM (engine's own metrics)", (
        PanelSpec("vLLM running and waiting requests", "The scheduler's view: requests in the running batch and "
                  "waiting for KV-cache space, per replica.", "short", (
                      Query("sum by (instance) (vllm:num_requests_running)", "running {{instance}}"),
                      Query("sum by (instance) (vllm:num_requests_waiting)", "waiting {{instance}}"))),
        PanelSpec("vLLM KV cache usage", "Fraction of KV-cache blocks in use (vllm:gpu_cache_usage_perc on vLLM "
                  "before 0.9).", "percentunit",
                  (Query("max by (instance) (vllm:kv_cache_usage_perc or vllm:gpu_cache_usage_perc)",
                         "{{instance}}"),), max=1),
        PanelSpec("vLLM tokens per second", "Prompt and generated tokens per second as vLLM counts them.",
                  "short", (
                      Query(f"sum(rate(vllm:prompt_tokens_total[{RATE}]))", "prompt"),
                      Query(f"sum(rate(vllm:generation_tokens_total[{RATE}]))", "generation"))),
        PanelSpec("TTFT p95: gateway vs vLLM", "Time to first token at the gateway and inside vLLM: the gap is "
                  "the gateway, the network and the agent loop's prompt building.", "s", (
                      *_quantiles("elson:time_to_first_token_seconds", qs=(0.95,), prefix="gateway "),
                      *_quantiles("vllm:time_to_first_token_seconds", qs=(0.95,), prefix="vLLM "),), span=12),
        PanelSpec("End-to-end latency p95: gateway vs vLLM", "End-to-end latency at the gateway and inside vLLM "
                  "(an agent request spans several vLLM requests).", "s", (
                      *_quantiles("elson:e2e_request_latency_seconds", qs=(0.95,), prefix="gateway "),
                      *_quantiles("vllm:e2e_request_latency_seconds", qs=(0.95,), prefix="vLLM "),), span=12),
    )),
)


def _panel(spec: PanelSpec, panel_id: int) -> timeseries.Panel:
    panel = (timeseries.Panel().id(panel_id).title(spec.title).description(spec.description)
             .datasource(DATASOURCE).unit(spec.unit).span(spec.span).height(8)
             .line_width(1).fill_opacity(10 if not spec.stacked else 40).show_points(common.VisibilityMode.NEVER)
             .legend(common_builders.VizLegendOptions().show_legend(True).display_mode(common.LegendDisplayMode.LIST)
                     .placement(common.LegendPlacement.BOTTOM).calcs([]))
             .tooltip(common_builders.VizTooltipOptions().mode(common.TooltipDisplayMode.MULTI)
                      .sort(common.SortOrder.DESCENDING)))
    if spec.min is not None:
        panel = panel.min(spec.min)
    if spec.max is not None:
        panel = panel.max(spec.max)
    if spec.stacked:
        panel = panel.stacking(common_builders.StackingConfig().mode(common.StackingMode.NORMAL))
    for i, query in enumerate(spec.queries):
        panel = panel.with_target(prometheus.Dataquery().ref_id(chr(ord("A") + i)).datasource(DATASOURCE)
                                  .expr(query.expr).legend_format(query.legend).range())
    return panel


def build() -> dict[str, Any]:
    """The dashboard as Grafana's JSON model (plain dicts and lists)."""
    board = (dash.Dashboard(TITLE).uid(UID).tags(["elson", "llm", "vllm"]).editable().refresh("30s")
             .time("now-1h", "now").timezone("browser").tooltip(DashboardCursorSync.CROSSHAIR)
             .description("Elson gateway: traffic, latency, tokens, agent tools and upstream replicas, with "
                          "vLLM's own metrics beside ours. Generated by deploy/monitoring/dashboard.py.")
             .with_variable(dash.DatasourceVariable(DATASOURCE_VAR).label("Data source").type("prometheus")
                            .current(VariableOption(selected=True, text="Prometheus", value=DATASOURCE_UID))))
    panel_id = 0
    for row_title, panels in ROWS:
        panel_id += 1
        board = board.with_row(dash.Row(row_title).id(panel_id))
        for spec in panels:
            panel_id += 1
            board = board.with_panel(_panel(spec, panel_id))
    model: dict[str, Any] = json.loads(json.dumps(board.build(), cls=JSONEncoder))
    return model


def render(model: dict[str, Any]) -> str:
    """The committed file's exact text: sorted keys, two-space indent, trailing newline."""
    return json.dumps(model, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def panels(model: dict[str, Any]) -> list[dict[str, Any]]:
    """Every graph panel of a dashboard model, rows left out (also those nested in collapsed rows)."""
    out: list[dict[str, Any]] = []
    for panel in model.get("panels", []):
        if panel.get("type") == "row":
            out.extend(panel.get("panels") or [])
        else:
            out.append(panel)
    return out


def queries(model: dict[str, Any]) -> list[tuple[str, str]]:
    """``(panel title, PromQL expression)`` for every target of every panel."""
    return [(p["title"], t["expr"]) for p in panels(model) for t in p.get("targets", [])]


def main(argv: list[str] | None = None) -> int:
    """Write the dashboard JSON (``--check``: only compare, exit 1 when the committed file is stale)."""
    args = sys.argv[1:] if argv is None else argv
    text = render(build())
    if "--check" in args:
        current = OUTPUT.read_text() if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run python -m deploy.monitoring.dashboard", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
