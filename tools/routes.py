"""REST routes for the tool registry: ``POST /tools/<namespace>/<tool>`` runs one tool, ``GET /tools`` lists them.

The routes come from the same :class:`~tools.registry.Tool` records as the model-facing schemas and go through the
same validated :meth:`~tools.registry.Registry.invoke` path as the agent loop, so the REST API, the agent and the
schema can never disagree. A tool error is ``{"error": {"type", "message"}}`` with its 4xx/5xx status.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import APIRouter, Request
from fastapi.params import Depends
from fastapi.responses import JSONResponse

from tools import errors
from tools.registry import Registry, Tool

DEFAULT_TIMEOUT_S = 30.0


def _error_statuses() -> dict[str, int]:
    statuses, todo = {}, [errors.ToolError]
    while todo:
        cls = todo.pop()
        statuses[cls.error_type] = cls.http_status
        todo.extend(cls.__subclasses__())
    return statuses


_STATUS = _error_statuses()


def route_path(name: str) -> str:
    """``calc.loan_payment`` -> ``/tools/calc/loan_payment``."""
    return "/tools/" + name.replace(".", "/", 1)


def _error(kind: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"type": kind, "message": message}}, status_code=_STATUS.get(kind, 500))


def _handler(registry: Registry, tool: Tool, timeout: float) -> Callable[[Request], Awaitable[JSONResponse]]:
    async def run_tool(request: Request) -> JSONResponse:
        body = await request.body()
        try:
            arguments = json.loads(body) if body.strip() else {}
        except ValueError as exc:
            return _error("invalid_arguments", f"{tool.name}: the body is not valid JSON ({exc})")
        result = await registry.invoke(tool.name, arguments, timeout=timeout)
        if result.ok:
            return JSONResponse(result.result, headers={"x-elson-tool-ms": f"{result.latency_ms:.3f}"})
        assert result.error is not None
        return _error(str(result.error["type"]), str(result.error["message"]))

    return run_tool


def build_router(registry: Registry, *, dependencies: Sequence[Depends] = (),
                 timeout: float = DEFAULT_TIMEOUT_S) -> APIRouter:
    """One ``POST`` route per tool (its request body documented by the tool's parameter schema) plus ``GET /tools``."""
    router = APIRouter(dependencies=list(dependencies), tags=["tools"])
    listing = [{"name": t.name, "description": t.description, "parameters": t.parameters,
                "route": route_path(t.name)} for t in registry]

    async def list_tools() -> dict[str, Any]:
        return {"object": "list", "data": listing}

    router.add_api_route("/tools", list_tools, methods=["GET"], name="list_tools")
    for tool in registry:
        router.add_api_route(
            route_path(tool.name), _handler(registry, tool, timeout), methods=["POST"], name=tool.name,
            summary=tool.description, response_class=JSONResponse,
            openapi_extra={"requestBody": {"required": True,
                                           "content": {"application/json": {"schema": tool.parameters}}}})
    return router
