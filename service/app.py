"""The FastAPI application: factory, lifespan, thin routes, and the one place errors become HTTP responses."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException

from service import metrics
from service.agent import ToolRunner
from service.auth import require_api_key
from service.chat import Gateway, parse_chat_request
from service.deps import GatewayDep
from service.engines.base import Engine
from service.exceptions import ElsonError, InvalidRequest, UpstreamUnavailable
from service.limits import read_body
from service.protocol import ModelCard, ModelList
from service.settings import Settings, get_settings

log = logging.getLogger("elson.app")


AuthDep = Annotated[None, Depends(require_api_key)]

api = APIRouter()


@api.post("/v1/chat/completions")
async def chat_completions(request: Request) -> Response:
    # The hot path resolves its two dependencies by hand (the same ones, in the same order, as GatewayDep and
    # AuthDep): FastAPI's dependency solver cost more CPU per request than the rest of this route
    # (docs/benchmarks.md, "Gateway overhead").
    gateway: Gateway = request.app.state.gateway
    await require_api_key(request, request.app.state.settings)
    started = time.perf_counter()
    body = await read_body(request, gateway.settings.max_body_bytes)
    chat = parse_chat_request(body, gateway.settings)
    return await gateway.chat(chat, body, request.state.request_id, started)


@api.get("/v1/models")
async def list_models(gateway: GatewayDep, _auth: AuthDep) -> ModelList:
    return ModelList(data=[ModelCard(id=name) for name in await gateway.refresh_models()])


@api.get("/health")
async def health() -> dict[str, str]:
    """Liveness: the process serves HTTP."""
    return {"status": "ok"}


@api.get("/ready")
async def ready(gateway: GatewayDep) -> dict[str, str]:
    """Readiness: the embedded model is loaded, or at least one upstream passes its health check."""
    if not await gateway.engine.ready():
        raise UpstreamUnavailable(f"{gateway.engine.kind} engine is not ready")
    return {"status": "ready", "engine": gateway.engine.kind}


@api.get("/metrics")
async def prometheus_metrics() -> Response:
    return Response(generate_latest(metrics.REGISTRY), media_type=CONTENT_TYPE_LATEST)


def error_response(exc: ElsonError) -> JSONResponse:
    """The one mapping from our exception hierarchy to an HTTP response."""
    return JSONResponse(exc.to_dict(), status_code=exc.status_code, headers=exc.headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ElsonError)
    async def _elson(request: Request, exc: ElsonError) -> JSONResponse:
        if request.url.path == "/v1/chat/completions":
            metrics.REQUESTS.labels("-", str(exc.status_code)).inc()
        return error_response(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = {"error": {"message": str(exc.detail), "type": "invalid_request_error", "param": None,
                          "code": str(exc.status_code)}}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        param = ".".join(str(p) for p in first["loc"][1:]) or None
        return error_response(InvalidRequest(f"{param}: {first['msg']}", param=param))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(ElsonError("internal server error"))


def build_engine(settings: Settings) -> Engine:
    """The configured engine; heavy modules are imported only here, at start-up."""
    if settings.engine_kind == "vllm":
        from service.engines.vllm import VllmEngine

        return VllmEngine(settings)
    from service.engines.embedded import EmbeddedEngine

    return EmbeddedEngine(settings)


def _tools_router(settings: Settings, tools: ToolRunner | None) -> APIRouter:
    """The REST routes of the tool registry (the injected one when it is a registry, else the default)."""
    from tools.registry import Registry, default_registry
    from tools.routes import build_router

    registry = tools if isinstance(tools, Registry) else default_registry()
    return build_router(registry, dependencies=[Depends(require_api_key)], timeout=settings.tool_timeout_s)


def create_app(settings: Settings | None = None, *, engine: Engine | None = None,
               tools: ToolRunner | None = None) -> FastAPI:
    """Build the app. Tests inject a scripted ``engine`` or ``tools``; production builds them from settings."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from tools.registry import default_registry

        eng = engine or build_engine(settings)
        if not settings.api_keys:
            log.warning("ELSON_API_KEYS is not set: the API is OPEN to anyone who can reach it")
        await eng.start()
        gateway = Gateway(settings, eng, tools or default_registry())
        await gateway.refresh_models()
        app.state.gateway = gateway
        log.info("ready: engine=%s models=%s", eng.kind, gateway.served)
        try:
            yield
        finally:
            await eng.close()

    app = FastAPI(title="Elson", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.include_router(api)
    app.include_router(_tools_router(settings, tools))
    _install_error_handlers(app)
    from service.middleware import RequestContextMiddleware

    app.add_middleware(RequestContextMiddleware)
    return app
