"""``elson bench ...``: load benchmarks. ``serve`` measures a serving endpoint with vLLM's ``bench serve`` metrics
(see :mod:`eval.serve_bench`). Every argument error is one line on stderr with exit status 2; a run in which every
request failed still writes its results, says so on stderr and exits 1."""

from __future__ import annotations

import math
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlsplit

import typer

from clikit import fail, progress
from eval.loaders import QUIZ_DIR

if TYPE_CHECKING:  # the benchmark (aiohttp, numpy) is imported when the command runs, not for `elson --help`
    from eval.serve_bench import BenchResult, LoadPoint, Prompt

bench_app = typer.Typer(help="Load benchmarks: serving latency and throughput.", no_args_is_help=True)
DEFAULT_INPUT_LEN = 128
DEFAULT_OUTPUT_LEN = 128
DEFAULT_MAX_TOKENS = 512
DEFAULT_MAX_CONCURRENCY = 256


@bench_app.callback()
def _group() -> None:
    """Load benchmarks: serving latency and throughput."""  # a callback keeps `serve` a subcommand


# --- argument checks -----------------------------------------------------------------------------------------
def _check_url(option: str, url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path.strip("/") == "":
        fail(f"{option} must be an http(s) URL that includes the API prefix, e.g. http://127.0.0.1:8000/v1; "
             f"got {url!r}")
    return url.rstrip("/")


def _numbers(option: str, text: str, integer: bool) -> list[float]:
    values: list[float] = []
    for part in (p.strip() for p in text.split(",")):
        try:
            value = float(part) if not integer else float(int(part))
        except ValueError:
            fail(f"{option} takes comma-separated {'integers' if integer else 'numbers'}, e.g. "
                 f"{'1,4,16' if integer else '2,8'}; got {text!r}")
        if not value > 0 or (integer and math.isinf(value)):
            fail(f"{option} values must be positive, got {part!r}")
        values.append(value)
    return values


def load_points(concurrency: str | None, request_rate: str | None, max_concurrency: int | None) -> list[LoadPoint]:
    """The sweep: concurrency values or request rates (not both); concurrency 1 when neither is given."""
    from eval.serve_bench import LoadPoint

    if concurrency is not None and request_rate is not None:
        fail("give --concurrency or --request-rate, not both")
    if max_concurrency is not None and max_concurrency < 1:
        fail(f"--max-concurrency must be at least 1, got {max_concurrency}")
    if request_rate is not None:
        bound = max_concurrency or DEFAULT_MAX_CONCURRENCY
        return [LoadPoint("rate", r, bound) for r in _numbers("--request-rate", request_rate, False)]
    if max_concurrency is not None:
        fail("--max-concurrency bounds --request-rate runs; with --concurrency the concurrency is the bound")
    return [LoadPoint("concurrency", c) for c in _numbers("--concurrency", concurrency or "1", True)]


def load_prompts(kind: str, n: int, seed: int, quiz_dir: Path, input_len: int | None, output_len: int | None,
                 max_tokens: int | None) -> list[Prompt]:
    """Quiz questions or synthetic prompts; the length options of the other kind are errors."""
    from eval.serve_bench import PromptError, quiz_prompts, synthetic_prompts

    for option, value in (("--input-len", input_len), ("--output-len", output_len), ("--max-tokens", max_tokens)):
        if value is not None and value < 1:
            fail(f"{option} must be at least 1, got {value}")
    if kind == "synthetic":
        if max_tokens is not None:
            fail("--max-tokens applies to --prompts quiz; synthetic prompts take --output-len")
        return synthetic_prompts(n, input_len or DEFAULT_INPUT_LEN, output_len or DEFAULT_OUTPUT_LEN, seed)
    if kind != "quiz":
        fail(f"--prompts must be quiz or synthetic, got {kind!r}")
    if input_len is not None or output_len is not None:
        fail("--input-len and --output-len apply to --prompts synthetic; quiz prompts take --max-tokens")
    try:
        return quiz_prompts(n, max_tokens or DEFAULT_MAX_TOKENS, seed, quiz_dir)
    except (PromptError, OSError) as exc:
        fail(str(exc))


def _goodput(items: list[str] | None, stream: bool) -> dict[str, float]:
    from eval.serve_bench_metrics import parse_goodput

    try:
        slos = parse_goodput(items or [])
    except ValueError as exc:
        fail(str(exc))
    if not stream and ({"ttft", "tpot"} & slos.keys()):
        fail("--goodput ttft/tpot need streamed requests (TTFT is not measured with --no-stream); use e2el")
    return slos


# --- output --------------------------------------------------------------------------------------------------
def _ms(value: Any) -> str:
    return "—" if value is None else f"{value:,.1f}"


def _print_tables(result: BenchResult) -> None:
    from rich.console import Console
    from rich.table import Table

    slos = bool(result.config.goodput)
    table = Table(title=f"elson bench serve: {result.config.model}, {'streamed' if result.config.stream else 'plain'}")
    header = ["target", "load", "ok", "failed", "req/s", "out tok/s", "TTFT p50", "TTFT p99", "TPOT p50",
              "ITL p50", "E2EL p50", "E2EL p99", *(["goodput/s"] if slos else [])]
    for i, name in enumerate(header):
        table.add_column(name, justify="left" if i < 2 else "right")
    for run in result.runs:
        s = run.summary
        table.add_row(run.target.name, run.point.label, str(s["completed"]), str(s["failed"]),
                      f"{s['request_throughput']:,.2f}", f"{s['output_throughput']:,.1f}", _ms(s["median_ttft_ms"]),
                      _ms(s["p99_ttft_ms"]), _ms(s["median_tpot_ms"]), _ms(s["median_itl_ms"]),
                      _ms(s["median_e2el_ms"]), _ms(s["p99_e2el_ms"]),
                      *([f"{s['request_goodput']:,.2f}"] if slos else []))
    console = Console()
    if not console.is_terminal:  # a pipe or a log file: the full table, not one squeezed to 80 columns
        console = Console(width=160)
    console.print(table)
    if result.overhead:
        added = Table(title="added by the gateway (gateway − upstream, ms)")
        for i, name in enumerate(["load", "order", "E2EL p50", "E2EL p99", "TTFT p50", "TTFT p99"]):
            added.add_column(name, justify="left" if i < 2 else "right")
        for row in result.overhead:
            added.add_row(row["label"], " → ".join(row["order"]), _ms(row["added_median_e2el_ms"]),
                          _ms(row["added_p99_e2el_ms"]), _ms(row["added_median_ttft_ms"]),
                          _ms(row["added_p99_ttft_ms"]))
        console.print(added)
    for run in result.runs:
        if run.summary["failures"]:
            reasons = ", ".join(f"{reason} × {n}" for reason, n in run.summary["failures"].items())
            typer.echo(f"failures ({run.target.name} {run.point.label}): {reasons}")


def reproduce(args: dict[str, Any]) -> str:
    """The command line that repeats this run (the API key value redacted)."""
    cmd = ["elson", "bench", "serve"]
    if args.get("prompts") != "quiz" or args.get("quiz_dir") == QUIZ_DIR:
        args = {k: v for k, v in args.items() if k != "quiz_dir"}
    for name, value in args.items():
        flag = "--" + name.replace("_", "-")
        if name == "stream":
            cmd.append("--stream" if value else "--no-stream")
        elif value is None or value is False or value == []:
            continue
        elif value is True:
            cmd.append(flag)
        elif isinstance(value, list):
            cmd += [flag, " ".join(value)]
        else:
            cmd += [flag, "<redacted>" if name.endswith("api_key") else str(value)]
    return shlex.join(cmd)


# --- the command ---------------------------------------------------------------------------------------------
@bench_app.command()
def serve(
    base_url: Annotated[str, typer.Option(help="Endpoint under test, with its API prefix: http://host:8000/v1")],
    model: Annotated[str, typer.Option(help="Model name sent in every request")],
    api_key: Annotated[str | None, typer.Option(help="Bearer key for --base-url")] = None,
    concurrency: Annotated[str | None, typer.Option(help="Closed loop: requests in flight, a sweep: '1,4,16' "
                                                         "(default 1)")] = None,
    request_rate: Annotated[str | None, typer.Option(help="Open loop: Poisson arrivals per second, a sweep: "
                                                          "'2,8' ('inf' = all at once)")] = None,
    max_concurrency: Annotated[int | None, typer.Option(help="In-flight bound of --request-rate runs "
                                                             "(default 256)")] = None,
    num_prompts: Annotated[int, typer.Option(help="Requests per run")] = 100,
    stream: Annotated[bool, typer.Option(help="Stream (SSE, TTFT/ITL/TPOT measured) or not")] = True,
    prompts: Annotated[str, typer.Option(help="quiz (eval/quizzes/*.jsonl questions) or synthetic")] = "quiz",
    quiz_dir: Annotated[Path, typer.Option(help="Folder of the quiz *.jsonl files")] = QUIZ_DIR,
    input_len: Annotated[int | None, typer.Option(help="Synthetic prompt length in words (default 128)")] = None,
    output_len: Annotated[int | None, typer.Option(help="Synthetic max_tokens (default 128)")] = None,
    max_tokens: Annotated[int | None, typer.Option(help="max_tokens of quiz prompts (default 512)")] = None,
    ignore_eos: Annotated[bool, typer.Option(help="Send vLLM's ignore_eos, so every reply is max_tokens long")]
    = False,
    timeout: Annotated[float, typer.Option(help="Per-request timeout, seconds")] = 120.0,
    goodput: Annotated[list[str] | None, typer.Option(help="SLOs in ms, e.g. 'ttft:500 tpot:50' (keys: ttft, "
                                                           "tpot, e2el)")] = None,
    compare_upstream: Annotated[str | None, typer.Option(help="Gateway overhead: also run the same load against "
                                                              "this upstream (with /v1) and report the difference")]
    = None,
    upstream_api_key: Annotated[str | None, typer.Option(help="Bearer key for --compare-upstream (default: "
                                                              "--api-key)")] = None,
    out: Annotated[Path | None, typer.Option(help="Folder for results.json, requests.jsonl and latency.png")]
    = None,
    seed: Annotated[int, typer.Option(help="Seed of the prompt order, synthetic words and Poisson gaps")] = 0,
) -> None:
    """Benchmark a serving endpoint: TTFT, TPOT, ITL, E2EL, throughput and goodput, as `vllm bench serve`."""
    args = dict(locals())  # first: the options as given, for the reproduce line
    from eval.serve_bench import BenchConfig, run_benchmark

    base = _check_url("--base-url", base_url)
    upstream = None if compare_upstream is None else _check_url("--compare-upstream", compare_upstream)
    if num_prompts < 1:
        fail(f"--num-prompts must be at least 1, got {num_prompts}")
    if not timeout > 0:
        fail(f"--timeout must be positive, got {timeout}")
    points = load_points(concurrency, request_rate, max_concurrency)
    config = BenchConfig(base_url=base, model=model, points=points, num_prompts=num_prompts, api_key=api_key,
                         compare_upstream=upstream, upstream_api_key=upstream_api_key, stream=stream,
                         timeout_s=timeout, seed=seed, goodput=_goodput(goodput, stream),
                         extra_body={"ignore_eos": True} if ignore_eos else {})
    chosen = load_prompts(prompts, num_prompts, seed, quiz_dir, input_len, output_len, max_tokens)
    if out is not None:  # before the run, not after it: a long run must not end on an unwritable folder
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"--out {out}: {exc.strerror or exc}")
    runs = len(points) * len(config.targets(0))
    with progress(f"{runs} run(s) × {num_prompts} requests", runs * num_prompts) as advance:
        result = run_benchmark(config, chosen, lambda _record: advance())
    _print_tables(result)
    command = reproduce(args)
    typer.echo(f"reproduce: {command}")
    _finish(result, out, command)


def _finish(result: BenchResult, out: Path | None, command: str) -> None:
    from eval.serve_bench_report import write_results

    if out is None:
        typer.echo("results not saved (pass --out DIR to keep results.json, requests.jsonl and the plot)")
    else:
        try:
            files = write_results(result, out, command)
        except OSError as exc:
            fail(f"cannot write results to {out}: {exc}")
        plot = files["plot"]
        typer.echo(f"results: {files['results']} and {files['requests']}; plot: "
                   f"{plot if plot else 'skipped (' + _no_plot_reason(result) + ')'}")
    if result.all_failed:
        total = sum(len(run.records) for run in result.runs)
        reasons: dict[str, int] = {}
        for run in result.runs:
            for reason, n in run.summary["failures"].items():
                reasons[reason] = reasons.get(reason, 0) + n
        listed = ", ".join(f"{reason} × {n}" for reason, n in reasons.items())
        typer.echo(f"elson: every request failed ({total}: {listed})", err=True)
        raise typer.Exit(1)


def _no_plot_reason(result: BenchResult) -> str:
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        return "matplotlib is not installed"
    return "no request completed" if result.all_failed else "nothing to plot"
