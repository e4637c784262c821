"""Summaries of a benchmark run with the names and definitions of vLLM's ``benchmarks/serve.py``.

* ``request_throughput`` = completed / duration; ``output_throughput`` = output tokens / duration;
  ``total_token_throughput`` = (prompt + output tokens) / duration (completed requests only).
* TPOT per request = (E2EL − TTFT) / (output tokens − 1), for requests with more than one output token.
* ITL: every gap between output-carrying chunks, pooled over the completed requests.
* ``mean_*``, ``median_*``, ``std_*`` and ``p99_*`` (numpy's linear percentile) in milliseconds. Where vLLM
  reports 0 for a metric with no samples (nothing completed, or TTFT when not streaming), this reports ``null``.
* Goodput (``--goodput ttft:MS tpot:MS e2el:MS``): a completed request is good when it meets every given SLO; as in
  vLLM a request with one output token has TPOT 0 for this test. ``request_goodput`` = good / duration.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from eval.serve_bench_client import RequestRecord

SLO_METRICS = ("ttft", "tpot", "e2el")
LATENCY_METRICS = ("ttft", "tpot", "itl", "e2el")


def parse_goodput(items: Iterable[str]) -> dict[str, float]:
    """``["ttft:500 tpot:50"]`` or ``["ttft:500", "tpot:50"]`` → ``{"ttft": 500.0, "tpot": 50.0}`` (ms).

    Raises ValueError with a one-line message on a bad item."""
    slos: dict[str, float] = {}
    for item in items:
        for part in re.split(r"[\s,]+", item.strip()):
            if not part:
                continue
            name, sep, value = part.partition(":")
            if not sep or name not in SLO_METRICS:
                raise ValueError(f"--goodput takes METRIC:MS with METRIC one of {', '.join(SLO_METRICS)}; "
                                 f"got {part!r}")
            try:
                ms = float(value)
            except ValueError:
                raise ValueError(f"--goodput {name}: {value!r} is not a number of milliseconds") from None
            if not ms > 0 or math.isinf(ms):
                raise ValueError(f"--goodput {name} must be a positive number of milliseconds, got {value}")
            slos[name] = ms
    return slos


def tpot_s(record: RequestRecord) -> float | None:
    """vLLM's TPOT for one completed request, or None when it has no TTFT or at most one output token."""
    if record.ttft_s is None or record.e2el_s is None or not record.output_tokens or record.output_tokens < 2:
        return None
    return (record.e2el_s - record.ttft_s) / (record.output_tokens - 1)


def is_good(record: RequestRecord, slos: dict[str, float]) -> bool:
    """Whether a completed request meets every SLO (ms). A metric the request lacks (TTFT unstreamed) fails."""
    if not record.ok:
        return False
    tpot = tpot_s(record)
    if tpot is None and record.ttft_s is not None:
        tpot = 0.0  # vLLM: a one-token reply counts as TPOT 0 for goodput
    values = {"ttft": record.ttft_s, "tpot": tpot, "e2el": record.e2el_s}
    return all(values[name] is not None and values[name] * 1000.0 <= limit  # type: ignore[operator]
               for name, limit in slos.items())


def _stats(name: str, values_s: Sequence[float]) -> dict[str, float | None]:
    if not values_s:
        return {f"mean_{name}_ms": None, f"median_{name}_ms": None, f"std_{name}_ms": None, f"p99_{name}_ms": None}
    ms = np.asarray(values_s, dtype=float) * 1000.0
    return {f"mean_{name}_ms": round(float(ms.mean()), 3), f"median_{name}_ms": round(float(np.median(ms)), 3),
            f"std_{name}_ms": round(float(ms.std()), 3), f"p99_{name}_ms": round(float(np.percentile(ms, 99)), 3)}


def summarize(records: Sequence[RequestRecord], duration_s: float,
              slos: dict[str, float] | None = None) -> dict[str, Any]:
    """The run's summary: counts, throughputs, latency statistics, goodput and failures by reason."""
    done = [r for r in records if r.ok]
    duration = max(duration_s, 1e-9)
    total_in = sum(r.prompt_tokens or 0 for r in done)
    total_out = sum(r.output_tokens or 0 for r in done)
    samples: dict[str, list[float]] = {
        "ttft": [r.ttft_s for r in done if r.ttft_s is not None],
        "tpot": [t for t in (tpot_s(r) for r in done) if t is not None],
        "itl": [gap for r in done for gap in r.itl_s],
        "e2el": [r.e2el_s for r in done if r.e2el_s is not None],
    }
    summary: dict[str, Any] = {
        "completed": len(done), "failed": len(records) - len(done), "duration_s": round(duration_s, 4),
        "total_input_tokens": total_in, "total_output_tokens": total_out,
        "request_throughput": round(len(done) / duration, 3),
        "output_throughput": round(total_out / duration, 3),
        "total_token_throughput": round((total_in + total_out) / duration, 3),
    }
    if slos:
        good = sum(is_good(r, slos) for r in done)
        summary.update(goodput_slos_ms=dict(slos), good_completed=good,
                       request_goodput=round(good / duration, 3))
    for name in LATENCY_METRICS:
        summary.update(_stats(name, samples[name]))
    summary["failures"] = dict(Counter(r.error or "unknown" for r in records if not r.ok).most_common())
    summary["tokens_from"] = dict(Counter(r.tokens_from for r in done))
    return summary


def _diff(a: Any, b: Any) -> float | None:
    return None if a is None or b is None else round(float(a) - float(b), 3)


def overhead(gateway: dict[str, Any], upstream: dict[str, Any]) -> dict[str, float | None]:
    """What the gateway adds at one load point: gateway minus upstream, median (p50) and p99, E2EL and TTFT."""
    return {f"added_{stat}_{metric}_ms": _diff(gateway.get(f"{stat}_{metric}_ms"), upstream.get(f"{stat}_{metric}_ms"))
            for metric in ("e2el", "ttft") for stat in ("median", "p99")}
