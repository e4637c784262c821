"""Scores and reports of a quiz run: ``summary.json``, ``report.md`` and two plots (accuracy by category, latency
histogram), and side-by-side comparisons of several runs.

A question counts once: its last answered row wins, a question never answered (every attempt failed) is wrong and
listed as failed. The plan's targets are printed as pass/fail: overall > 80%, each category > 70%, tool use > 95%,
average latency < 2,000 ms.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

TARGETS = {"overall": 0.80, "category": 0.70, "tool_use": 0.95, "latency_ms": 2000.0}


def read_rows(results: Path) -> list[dict[str, Any]]:
    """The final row per question of a results file (answered beats error; later beats earlier)."""
    best: dict[str, dict[str, Any]] = {}
    for line in results.read_text().splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        old = best.get(row.get("id", ""))
        if old is None or row.get("status") == "answered" or old.get("status") != "answered":
            best[row["id"]] = row
    return list(best.values())


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def summarize(rows: list[dict[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    """Accuracy overall, per category and for tool use; latency and tokens; the targets' pass/fail."""
    by_cat: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        by_cat[r["category"]].append(bool(r.get("correct")))
    lat = [float(r["latency_ms"]) for r in rows if r.get("status") == "answered"]
    tool = [bool(r.get("correct")) for r in rows if r.get("type") == "tool_use"]
    n = len(rows)
    overall = sum(bool(r.get("correct")) for r in rows) / n if n else 0.0
    categories = {c: {"n": len(v), "correct": sum(v), "accuracy": sum(v) / len(v)} for c, v in sorted(by_cat.items())}
    avg = statistics.fmean(lat) if lat else float("nan")
    summary = {
        **meta, "questions": n, "answered": len(lat), "failed": n - len(lat), "accuracy": overall,
        "tool_use_accuracy": (sum(tool) / len(tool)) if tool else None, "categories": categories,
        "latency_ms": {"mean": avg, "p50": _pct(lat, 0.5), "p95": _pct(lat, 0.95)},
        "tokens": {"prompt": sum(int(r.get("prompt_tokens") or 0) for r in rows),
                   "completion": sum(int(r.get("completion_tokens") or 0) for r in rows)},
    }
    summary["targets"] = {
        "overall > 80%": overall > TARGETS["overall"],
        "each category > 70%": bool(categories) and all(c["accuracy"] > TARGETS["category"]
                                                         for c in categories.values()),
        "tool use > 95%": bool(tool) and sum(tool) / len(tool) > TARGETS["tool_use"],
        "average latency < 2000 ms": bool(lat) and avg < TARGETS["latency_ms"],
    }
    return summary


def write_report(run_dir: Path, rows: list[dict[str, Any]], summary: dict[str, Any]) -> Path:
    """Write ``summary.json``, ``report.md``, ``accuracy.png`` and ``latency.png`` into ``run_dir``."""
    (run_dir / "summary.json").write_text(json.dumps(summary, indent=2, default=str))
    _plot_accuracy(run_dir / "accuracy.png", summary)
    _plot_latency(run_dir / "latency.png", rows)
    path = run_dir / "report.md"
    path.write_text(render(summary, rows))
    return path


def render(summary: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    """The Markdown report."""
    lat, tok = summary["latency_ms"], summary["tokens"]
    tool = summary["tool_use_accuracy"]
    lines = [f"# Quiz benchmark: {summary.get('model')}", "",
             f"Endpoint `{summary.get('base_url')}`, {summary.get('date', '')}. Reproduce: `{summary.get('command')}`",
             "", "| measure | value |", "| --- | ---: |",
             f"| questions | {summary['questions']} |", f"| answered | {summary['answered']} |",
             f"| failed (no answer) | {summary['failed']} |", f"| accuracy | {summary['accuracy']:.1%} |",
             f"| tool-use accuracy | {'n/a' if tool is None else f'{tool:.1%}'} |",
             f"| latency mean / p50 / p95 | {lat['mean']:,.0f} / {lat['p50']:,.0f} / {lat['p95']:,.0f} ms |",
             f"| tokens prompt / completion | {tok['prompt']:,} / {tok['completion']:,} |", "",
             "## Targets", "", "| target | result |", "| --- | --- |"]
    lines += [f"| {k} | {'PASS' if v else 'FAIL'} |" for k, v in summary["targets"].items()]
    lines += ["", "## By category", "", "![accuracy by category](accuracy.png)", "",
              "| category | questions | correct | accuracy |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {c} | {v['n']} | {v['correct']} | {v['accuracy']:.1%} |" for c, v in summary["categories"].items()]
    lines += ["", "## Latency", "", "![latency histogram](latency.png)", ""]
    failed = [r for r in rows if r.get("status") != "answered"]
    if failed:
        lines += ["## Failed questions (no answer)", "", "| question | reason |", "| --- | --- |"]
        lines += [f"| {r['id']} | {str(r.get('error', '')).replace('|', '/')[:160]} |" for r in failed]
        lines.append("")
    wrong = [r for r in rows if r.get("status") == "answered" and not r.get("correct")]
    if wrong:
        lines += [f"## Wrong answers ({len(wrong)})", "", "| question | read from the reply | why |",
                  "| --- | --- | --- |"]
        lines += [f"| {r['id']} | {str(r.get('extracted') or '—').replace('|', '/')[:60]} | "
                  f"{str(r.get('reason', '')).replace('|', '/')[:120]} |" for r in sorted(wrong, key=lambda r: r["id"])]
        lines.append("")
    return "\n".join(lines)


def _plot_accuracy(path: Path, summary: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cats = list(summary["categories"].items())
    fig, ax = plt.subplots(figsize=(8, max(3.0, 0.28 * len(cats) + 1)))
    ax.barh([c for c, _ in cats], [v["accuracy"] * 100 for _, v in cats], color="#3b7dd8")
    ax.axvline(70, color="#c0392b", linestyle="--", linewidth=1, label="category target 70%")
    ax.set_xlim(0, 100)
    ax.set_xlabel("accuracy (%)")
    ax.invert_yaxis()
    ax.set_title(f"{summary.get('model')}: {summary['accuracy']:.1%} overall")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_latency(path: Path, rows: list[dict[str, Any]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    lat = [float(r["latency_ms"]) for r in rows if r.get("status") == "answered"]
    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.hist(lat or [0.0], bins=30, color="#5aa469")
    ax.axvline(2000, color="#c0392b", linestyle="--", linewidth=1, label="target mean 2,000 ms")
    ax.set_xlabel("latency per question (ms)")
    ax.set_ylabel("questions")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def compare(run_dirs: list[Path], out: Path) -> str:
    """Side-by-side Markdown of several runs' summaries (and ``compare.png``); writes ``out``/compare.md."""
    summaries = []
    for d in run_dirs:
        path = d / "summary.json"
        if not path.exists():
            raise FileNotFoundError(f"{d}: no summary.json (run `elson eval run` into it first)")
        summaries.append(json.loads(path.read_text()))
    names = [f"{s.get('model')} ({d.name})" for s, d in zip(summaries, run_dirs, strict=True)]
    cats = sorted({c for s in summaries for c in s["categories"]})
    lines = ["# Quiz benchmark comparison", "", "| measure | " + " | ".join(names) + " |",
             "| --- |" + " ---: |" * len(names)]

    def row(label: str, values: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(values) + " |")

    row("accuracy", [f"{s['accuracy']:.1%}" for s in summaries])
    row("tool-use accuracy", ["n/a" if s["tool_use_accuracy"] is None else f"{s['tool_use_accuracy']:.1%}"
                              for s in summaries])
    row("mean latency (ms)", [f"{s['latency_ms']['mean']:,.0f}" for s in summaries])
    row("failed", [str(s["failed"]) for s in summaries])
    for c in cats:
        row(c, [f"{s['categories'][c]['accuracy']:.1%}" if c in s["categories"] else "—" for s in summaries])
    out.mkdir(parents=True, exist_ok=True)
    _plot_compare(out / "compare.png", names, cats, summaries)
    text = "\n".join([*lines, "", "![comparison](compare.png)", ""])
    (out / "compare.md").write_text(text)
    return text


def _plot_compare(path: Path, names: list[str], cats: list[str], summaries: list[dict[str, Any]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, max(3.0, 0.3 * len(cats) + 1)))
    height = 0.8 / max(1, len(summaries))
    for i, (name, s) in enumerate(zip(names, summaries, strict=True)):
        ys = [j + i * height for j in range(len(cats))]
        ax.barh(ys, [s["categories"].get(c, {}).get("accuracy", 0) * 100 for c in cats], height=height, label=name)
    ax.set_yticks([j + 0.4 - height / 2 for j in range(len(cats))], cats)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("accuracy (%)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
