"""``elson eval ...``: build the quiz set, run it against an endpoint, compare runs. Errors are one line on stderr
with exit status 2; a question that fails is reported, never a crash."""

from __future__ import annotations

import asyncio
import json
import shlex
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from clikit import fail, progress

if TYPE_CHECKING:
    from eval.runner import RunConfig
    from eval.schema import Question

eval_app = typer.Typer(help="The domain quiz benchmark: build, run, compare.", no_args_is_help=True)


@eval_app.command()
def build(
    out: Annotated[Path | None, typer.Option(help="Quiz folder (default: eval/quizzes in the package)")] = None,
    seed: Annotated[int, typer.Option(help="Random seed of the question generators")] = 0,
    corpus: Annotated[Path | None, typer.Option(help="Training corpus to check for contamination (default: "
                                                     "data/corpus.jsonl when it exists)")] = None,
) -> None:
    """Build the 431 questions in 27 quizzes as JSONL, and check them against the training corpus."""
    from eval.contamination import check
    from eval.loaders import QUIZ_DIR
    from eval.quizgen.build import build_quizzes

    folder = out or QUIZ_DIR
    try:
        quizzes = build_quizzes(seed)
    except ValueError as exc:
        fail(str(exc))
    folder.mkdir(parents=True, exist_ok=True)
    for name, questions in quizzes.items():
        tmp = folder / f".{name}.jsonl.tmp"
        tmp.write_text("".join(q.model_dump_json(exclude_none=True) + "\n" for q in questions))
        tmp.replace(folder / f"{name}.jsonl")
    total = sum(len(q) for q in quizzes.values())
    typer.echo(f"built {total} questions in {len(quizzes)} quizzes into {folder}")
    path = corpus or Path("data/corpus.jsonl")
    if path.exists():
        report = check([q for qs in quizzes.values() for q in qs], path)
        for line in report.lines():
            typer.echo(line)
    elif corpus is not None:
        fail(f"{corpus}: no such corpus file")
    else:
        typer.echo("contamination: not checked (no data/corpus.jsonl; pass --corpus or run `elson data build`)")


@eval_app.command()
def run(
    base_url: Annotated[str, typer.Option(help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")],
    model: Annotated[str, typer.Option(help="Model name to send")],
    quiz: Annotated[list[str] | None, typer.Option(help="Quiz names or question files (repeatable; default all)")]
    = None,
    fmt: Annotated[str, typer.Option("--format", help="elson, finqa or tatqa")] = "elson",
    out: Annotated[Path, typer.Option(help="Run folder: results.jsonl, report.md, plots")] = Path("eval-runs/run"),
    api_key: Annotated[str | None, typer.Option(envvar="ELSON_EVAL_API_KEY", help="Bearer key")] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=256)] = 4,
    timeout: Annotated[float, typer.Option(help="Seconds per request")] = 120.0,
    retries: Annotated[int, typer.Option(min=0, max=10)] = 3,
    max_tokens: Annotated[int, typer.Option(min=1)] = 512,
    client_tools: Annotated[bool, typer.Option(help="Send the tool schemas with tool-use questions (for a bare "
                                                    "vLLM server); default: the endpoint runs its own agent")]
    = False,
    limit: Annotated[int | None, typer.Option(help="Only the first N questions")] = None,
    max_turns: Annotated[int | None, typer.Option(min=1, max=64, help="Agent turns per question (Elson's "
                                                                      "extension; sent only when given)")] = None,
    tool_model: Annotated[str | None, typer.Option(help="Model for tool-use questions (default: --model), e.g. "
                                                        "elson-agent while --model is the plain model")] = None,
) -> None:
    """Run quiz questions against an endpoint (resumable), score them and write the report."""
    from eval.loaders import LOADERS, load, quiz_files
    from eval.report import read_rows, summarize, write_report
    from eval.runner import RunConfig

    if fmt not in LOADERS:
        fail(f"--format must be one of {', '.join(LOADERS)}, not {fmt!r}")
    if not base_url.startswith(("http://", "https://")):
        fail(f"--base-url must start with http:// or https://, not {base_url!r}")
    files = quiz_files(quiz)
    missing = [str(p) for p in files if not p.exists()]
    if missing or not files:
        fail(f"no such quiz file: {', '.join(missing) or 'none built'} (run `elson eval build`)")
    questions, problems = load(files, fmt)
    for problem in problems:
        typer.echo(f"skipped: {problem}", err=True)
    questions = questions[:limit] if limit else questions
    if not questions:
        fail("no valid questions to run")
    cfg = RunConfig(base_url, model, api_key, concurrency, timeout, retries, max_tokens, client_tools=client_tools,
                    tool_schemas=_tool_schemas() if client_tools else [], max_turns=max_turns,
                    tool_model=tool_model)
    results = out / "results.jsonl"
    started = time.perf_counter()
    asked = asyncio.run(_run_with_progress(questions, cfg, results))
    wanted = {q.id for q in questions}
    rows = [r for r in read_rows(results) if r["id"] in wanted]
    shown = f"{model} (+ {tool_model} for tool use)" if tool_model else model
    meta = {"model": shown, "base_url": base_url, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "command": "elson " + shlex.join(sys.argv[1:]) if sys.argv[1:] else "elson eval run",
            "skipped_records": problems, "asked_this_run": asked,
            "wall_s": round(time.perf_counter() - started, 1)}
    summary = summarize(rows, meta)
    report = write_report(out, rows, summary)
    tool = summary["tool_use_accuracy"]
    typer.echo(f"{summary['questions']} questions ({asked} asked now, {summary['failed']} failed): accuracy "
               f"{summary['accuracy']:.1%}, tool use {'n/a' if tool is None else f'{tool:.1%}'}, mean latency "
               f"{summary['latency_ms']['mean']:,.0f} ms")
    for target, ok in summary["targets"].items():
        typer.echo(f"  {'PASS' if ok else 'FAIL'}  {target}")
    typer.echo(f"report: {report}")


async def _run_with_progress(questions: list[Question], cfg: RunConfig, results: Path) -> int:
    from eval.runner import answered_ids, run_questions

    todo = len([q for q in questions if q.id not in answered_ids(results)])
    with progress("quiz", todo) as advance:
        return await run_questions(questions, cfg, results, advance)


def _tool_schemas() -> list[dict[str, object]]:
    from tools.registry import default_registry

    return default_registry().schemas()


@eval_app.command()
def compare(
    runs: Annotated[list[Path], typer.Argument(help="Run folders written by `elson eval run`")],
    out: Annotated[Path, typer.Option(help="Where to write compare.md and compare.png")] = Path("eval-runs/compare"),
) -> None:
    """Put several runs side by side (for example the base model against the fine-tuned one)."""
    from eval.report import compare as run_compare

    try:
        text = run_compare(runs, out)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        fail(str(exc).strip("'\""))
    typer.echo(text)
    typer.echo(json.dumps({"written": str(out / "compare.md")}))


@eval_app.command()
def rescore(
    run_dir: Annotated[Path, typer.Argument(help="A run folder written by `elson eval run`")],
    quiz: Annotated[list[str] | None, typer.Option(help="Quiz names or files the run used (default all)")] = None,
) -> None:
    """Score a run's stored replies again with the current scorers and rewrite its report (no requests are sent;
    the previous results are kept beside the new ones)."""
    from eval.loaders import load, quiz_files
    from eval.report import read_rows, summarize, write_report
    from eval.scoring import score

    results = run_dir / "results.jsonl"
    if not results.is_file():
        fail(f"{run_dir}: no results.jsonl (run `elson eval run --out {run_dir}` first)")
    questions, _ = load(quiz_files(quiz))
    by_id = {q.id: q for q in questions}
    rows, changed = read_rows(results), 0
    for row in rows:
        q = by_id.get(row["id"])
        if row.get("status") != "answered" or q is None:
            continue
        calls = [{"type": "function", "function": {"name": c["name"], "arguments": json.dumps(c["arguments"])}}
                 for c in row.get("tool_calls") or []]
        verdict = score(q, {"choices": [{"message": {"content": row.get("reply", ""), "tool_calls": calls}}]})
        changed += verdict.correct != row.get("correct")
        row.update(correct=verdict.correct, extracted=verdict.extracted, reason=verdict.reason)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    backup, n = run_dir / f"results.before-rescore-{stamp}.jsonl", 1
    while backup.exists():  # never overwrite an earlier backup
        backup, n = run_dir / f"results.before-rescore-{stamp}-{n}.jsonl", n + 1
    results.replace(backup)
    results.write_text("".join(json.dumps(r) + "\n" for r in rows))
    old = json.loads((run_dir / "summary.json").read_text()) if (run_dir / "summary.json").exists() else {}
    meta = {k: old[k] for k in ("model", "base_url", "date", "command", "skipped_records", "asked_this_run",
                                "wall_s") if k in old}
    summary = summarize(rows, {**meta, "rescored": stamp})
    write_report(run_dir, rows, summary)
    typer.echo(f"rescored {len(rows)} questions: {changed} changed; accuracy {summary['accuracy']:.1%}")
