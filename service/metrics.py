"""Prometheus metrics, vLLM-style names under the ``elson:`` prefix. Exposed on ``GET /metrics``.

Metric objects live on one module-level :data:`REGISTRY` (the usual prometheus-client pattern; creating them is
cheap and does no I/O). Label values are bounded: model names, status codes, tool names and upstream URLs.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

# Buckets in seconds, like vLLM's: fine below 100 ms (gateway and TTFT), coarse up to minutes (agent runs).
_LATENCY = (0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0, 40.0,
            80.0, 160.0, 640.0)
_TOKEN_GAP = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
_OVERHEAD = (0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25)

REQUESTS = Counter("elson:requests", "Finished HTTP requests on the OpenAI API, by status code.",
                   ["model", "status"], registry=REGISTRY)
E2E_LATENCY = Histogram("elson:e2e_request_latency_seconds", "End-to-end request latency.",
                        ["model", "stream"], buckets=_LATENCY, registry=REGISTRY)
TTFT = Histogram("elson:time_to_first_token_seconds", "Time to the first streamed token.",
                 ["model"], buckets=_LATENCY, registry=REGISTRY)
ITL = Histogram("elson:inter_token_latency_seconds", "Time between streamed chunks.",
                ["model"], buckets=_TOKEN_GAP, registry=REGISTRY)
PROMPT_TOKENS = Counter("elson:prompt_tokens", "Prompt tokens processed.", ["model"], registry=REGISTRY)
GENERATION_TOKENS = Counter("elson:generation_tokens", "Tokens generated.", ["model"], registry=REGISTRY)
RUNNING = Gauge("elson:num_requests_running", "Requests being served now.", registry=REGISTRY)
WAITING = Gauge("elson:num_requests_waiting", "Requests queued for a concurrency slot.", registry=REGISTRY)
REJECTED = Counter("elson:requests_rejected", "Requests refused by limits, by reason.", ["reason"],
                   registry=REGISTRY)
AGENT_TURNS = Histogram("elson:agent_turns", "Model turns per agent-loop request.",
                        buckets=(1, 2, 3, 4, 5, 6, 8, 12, 16, 32, 64), registry=REGISTRY)
TOOL_CALLS = Counter("elson:tool_calls", "Tool calls executed by the agent loop, by tool and outcome.",
                     ["tool", "outcome"], registry=REGISTRY)
TOOL_LATENCY = Histogram("elson:tool_latency_seconds", "Tool call latency.", ["tool"],
                         buckets=_LATENCY, registry=REGISTRY)
UPSTREAM_ERRORS = Counter("elson:upstream_errors", "Upstream failures, by upstream and kind.",
                          ["upstream", "kind"], registry=REGISTRY)
UPSTREAM_HEALTHY = Gauge("elson:upstream_healthy", "1 when the upstream passes health checks.", ["upstream"],
                         registry=REGISTRY)
UPSTREAM_OUTSTANDING = Gauge("elson:upstream_outstanding_requests", "Requests in flight per upstream.",
                             ["upstream"], registry=REGISTRY)
OVERHEAD = Histogram("elson:gateway_overhead_seconds",
                     "Time the gateway itself spends on a request, excluding waiting on the engine.",
                     ["path"], buckets=_OVERHEAD, registry=REGISTRY)
# Embedded engine prefix reuse, in tokens like vLLM's prefix_cache_queries/hits: hit rate = hits / queries.
PREFIX_CACHE_QUERIES = Counter("elson:prefix_cache_queries", "Prompt tokens looked up in the prefix cache.",
                               registry=REGISTRY)
PREFIX_CACHE_HITS = Counter("elson:prefix_cache_hits", "Prompt tokens served from the prefix cache.",
                            registry=REGISTRY)
PREFIX_CACHE_BYTES = Gauge("elson:prefix_cache_bytes", "Memory held by idle cached prefixes.", registry=REGISTRY)
