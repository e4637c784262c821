"""Files of a serving benchmark: ``results.json`` (config, every run's summary, the added latency in overhead
mode), ``requests.jsonl`` (one line per request, tagged with its run) and ``latency.png`` (p50/p99 E2EL and TTFT
against request throughput across the sweep points, one line per target)."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any

from eval.serve_bench import BenchResult, RunResult

RESULTS = "results.json"
REQUESTS = "requests.jsonl"
PLOT = "latency.png"


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def results_json(result: BenchResult, command: str) -> dict[str, Any]:
    """The content of results.json."""
    import aiohttp

    return {"benchmark": "elson bench serve", "started_at": result.started_at, "command": command,
            "environment": {"python": platform.python_version(), "aiohttp": aiohttp.__version__,
                            "machine": platform.machine(), "cpus": os.cpu_count()},
            "config": result.config.to_json(), "all_failed": result.all_failed,
            "runs": [run.to_json() for run in result.runs], "overhead": result.overhead}


def _request_lines(runs: list[RunResult]) -> str:
    lines = [json.dumps({"run": i, "target": run.target.name, "label": run.point.label, **record.to_json()})
             for i, run in enumerate(runs) for record in run.records]
    return "".join(line + "\n" for line in lines)


def write_results(result: BenchResult, out_dir: Path, command: str) -> dict[str, Path | None]:
    """Write results.json, requests.jsonl and the plot into ``out_dir`` (created); the plot is None when
    matplotlib is missing or nothing completed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _atomic_write(out_dir / REQUESTS, _request_lines(result.runs))
    _atomic_write(out_dir / RESULTS, json.dumps(results_json(result, command), indent=2) + "\n")
    plot = plot_latency(result.runs, out_dir / PLOT)
    return {"results": out_dir / RESULTS, "requests": out_dir / REQUESTS, "plot": plot}


def _series(runs: list[RunResult], key: str) -> tuple[list[float], list[float], list[str]]:
    points = [(run.summary["request_throughput"], run.summary[key], run.point.label) for run in runs
              if run.summary.get(key) is not None]
    points.sort(key=lambda p: p[0])
    return [p[0] for p in points], [p[1] for p in points], [p[2] for p in points]


def plot_latency(runs: list[RunResult], path: Path) -> Path | None:
    """Plot p50/p99 E2EL and TTFT against request throughput (Agg backend); None when there is nothing to plot
    or matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    if not any(run.summary["completed"] for run in runs):
        return None
    targets = list(dict.fromkeys(run.target.name for run in runs))
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
    for ax, metric, title in ((axes[0], "e2el", "End-to-end latency"), (axes[1], "ttft", "Time to first token")):
        for name in targets:
            mine = [run for run in runs if run.target.name == name]
            for stat, style in (("median", "-o"), ("p99", "--s")):
                xs, ys, labels = _series(mine, f"{stat}_{metric}_ms")
                if not xs:
                    continue
                ax.plot(xs, ys, style, label=f"{name} {'p50' if stat == 'median' else 'p99'}")
                for x, y, label in zip(xs, ys, labels, strict=True) if stat == "median" else ():
                    ax.annotate(label, (x, y), textcoords="offset points", xytext=(4, 4), fontsize=7)
        ax.set(title=title, xlabel="request throughput (req/s)", ylabel="ms")
        ax.grid(True, alpha=0.3)
        if ax.lines:
            ax.legend(fontsize=8)
        else:
            ax.text(0.5, 0.5, "not measured (non-streamed)", ha="center", va="center", transform=ax.transAxes)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
