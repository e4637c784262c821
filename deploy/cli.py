"""``elson deploy ...``: launch vLLM with a profile, show a profile's memory plan, print the cost table.
Errors are one line on stderr with exit status 2, before anything starts."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Annotated, Any

import typer

from clikit import fail

deploy_app = typer.Typer(help="Serving profiles: vLLM launch, memory plan, cost.", no_args_is_help=True)


@deploy_app.command("vllm")
def vllm(
    profile: Annotated[str, typer.Option(help="l4, l4-spot, h100, cpu, or a profile YAML file")],
    model: Annotated[Path, typer.Option(help="The merged checkpoint folder (`elson train merge --out`)")],
    served_model_name: Annotated[str, typer.Option(help="The model name clients and the gateway use")] = "elson",
    host: Annotated[str, typer.Option(help="Address vLLM listens on")] = "0.0.0.0",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    chat_template: Annotated[Path | None, typer.Option(help="Override the chat template (default: the "
                                                            "checkpoint's if it renders tools, else ours)")] = None,
    health_timeout: Annotated[float, typer.Option(help="Seconds to wait for /health (model load)")] = 1800.0,
    dry_run: Annotated[bool, typer.Option(help="Check and print the plan and command; start nothing")] = False,
) -> None:
    """Check the checkpoint against the profile, then run `vllm serve` with the hermes tool parser and wait
    until it is healthy."""
    from deploy.vllm.launch import prepare, run
    from deploy.vllm.plan import DeployError

    try:
        launch = prepare(profile, model, served_model_name, host, port, chat_template)
    except DeployError as exc:
        fail(str(exc))
    p = launch.plan
    typer.echo(f"profile {launch.profile.name}: budget {p.budget_gib:.1f} GiB = weights {p.weights_gib:.2f} + "
               f"overhead {p.overhead_gib:.1f} + KV {p.kv_gib:.2f} GiB ({p.kv_tokens:,} tokens at "
               f"{p.kv_bytes_per_token:,} B); {p.max_concurrency} full-length sequences at once", err=True)
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in launch.env.items())
    typer.echo(f"{env} {shlex.join(launch.argv)}".strip())
    if dry_run:
        return
    try:
        code = run(launch, health_timeout,
                   on_ready=lambda s: typer.echo(f"vllm healthy at {launch.health_url} after {s:.0f} s", err=True))
    except DeployError as exc:
        fail(str(exc))
    raise typer.Exit(code)


@deploy_app.command("plan")
def plan(
    profile: Annotated[list[str] | None, typer.Option(help="Profiles (default: all)")] = None,
    model: Annotated[Path | None, typer.Option(help="A merged checkpoint folder (default: each profile's "
                                                    "reference model)")] = None,
) -> None:
    """Memory arithmetic per profile: weights + KV cache per token x context x sequences, and max concurrency."""
    from deploy.vllm.plan import (
        DeployError,
        check_checkpoint,
        check_format,
        load_profile,
        memory_plan,
        profile_names,
        reference_shape,
    )

    print_table = _table(["profile", "model", "budget GiB", "weights GiB", "overhead GiB", "KV GiB", "KV B/token",
                          "KV tokens", "max_model_len", "full-length seqs", "seqs at 1/4 length"])
    try:
        shape = check_checkpoint(model) if model else None
        for name in profile or profile_names():
            prof = load_profile(name)
            s = shape or reference_shape(prof.reference_model)
            if shape:
                check_format(prof, s)
            p = memory_plan(prof, s)
            print_table.add_row(name, s.name, f"{p.budget_gib:.2f}", f"{p.weights_gib:.2f}", f"{p.overhead_gib:.1f}",
                                f"{p.kv_gib:.2f}", f"{p.kv_bytes_per_token:,}", f"{p.kv_tokens:,}",
                                f"{prof.max_model_len:,}", str(p.max_concurrency), str(p.seqs))
    except DeployError as exc:
        fail(str(exc))
    _print(print_table)


@deploy_app.command("cost")
def cost(
    profile: Annotated[list[str] | None, typer.Option(help="Profiles (default: all)")] = None,
    throughput: Annotated[list[str] | None, typer.Option(
        help="A measured figure for a profile: PROFILE=TOKENS_PER_S or PROFILE=path/to/results.json "
             "(from `elson bench serve`); repeatable")] = None,
    markdown: Annotated[bool, typer.Option(help="Print the Markdown table with its notes")] = False,
) -> None:
    """Hourly and monthly cost per profile, and dollars per million output tokens."""
    from deploy.cost import cost_rows, throughput_from_file
    from deploy.cost import markdown as to_markdown
    from deploy.vllm.plan import DeployError

    given: dict[str, tuple[float, str]] = {}
    try:
        for item in throughput or []:
            name, sep, value = item.partition("=")
            if not sep or not value:
                fail(f"--throughput takes PROFILE=TOKENS_PER_S or PROFILE=results.json, got {item!r}")
            path = Path(value)
            if path.suffix == ".json":
                given[name] = (throughput_from_file(path), f"measured: {path}")
            else:
                try:
                    given[name] = (float(value), "measured (given on the command line)")
                except ValueError:
                    fail(f"--throughput {item!r}: {value!r} is neither a number nor a .json file")
                if given[name][0] <= 0:
                    fail(f"--throughput {item!r}: tokens/s must be positive")
        rows = cost_rows(profile, given)
    except DeployError as exc:
        fail(str(exc))
    if markdown:
        typer.echo(to_markdown(rows), nl=False)
        return
    table = _table(["profile", "model", "$/hour", "$/month", "output tok/s", "kind", "$/M output tokens"])
    for r in rows:
        table.add_row(r.profile.name, r.model, f"{r.profile.price_usd_per_hour:.3f}", f"{r.monthly:,.0f}",
                      f"{r.tok_s:,.0f}", r.tok_s_kind, f"{r.per_million:.2f}")
    _print(table)


def _table(columns: list[str]) -> Any:
    from rich.table import Table

    table = Table()
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i < 2 else "right")
    return table


def _print(table: Any) -> None:
    from rich.console import Console

    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(table)
