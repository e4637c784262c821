"""The one tool registry. A tool is a typed function; its JSON schema comes from its signature via pydantic.

    @registry.tool("calc.loan_payment")
    def loan_payment(principal: Annotated[float, Field(gt=0, description="...")], ...) -> LoanPayment:
        '''Docstring's first paragraph is the model-facing description.'''

From that one definition the registry yields the OpenAI function schema, the invoke path the agent loop uses
(arguments validated against the schema before anything runs) and, in ``tools.routes``, the REST route.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, get_type_hints

from jsonschema import Draft202012Validator
from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from tools.errors import InvalidToolArguments, ToolError, ToolExecutionError, ToolNotFound, ToolTimeout

log = logging.getLogger("elson.tools")


@dataclass(frozen=True, slots=True)
class Tool:
    """One tool: stable namespaced name, description, parameter schema and its invoke function."""

    name: str
    description: str
    params_model: type[BaseModel]
    parameters: dict[str, Any]
    func: Callable[..., Any]

    def openai_schema(self) -> dict[str, Any]:
        """The OpenAI function-tool definition the model sees."""
        return {"type": "function",
                "function": {"name": self.name, "description": self.description, "parameters": self.parameters}}


@dataclass(slots=True)
class ToolResult:
    """The outcome of one invocation: ``result`` (JSON-ready) or ``error`` (``{"type", "message"}``)."""

    name: str
    ok: bool
    result: Any = None
    error: dict[str, Any] | None = None
    latency_ms: float = 0.0

    def content(self) -> str:
        """What goes back to the model as the tool message."""
        payload = self.result if self.ok else {"error": self.error}
        return json.dumps(payload, ensure_ascii=False, default=str)


def _describe(func: Callable[..., Any]) -> str:
    doc = inspect.getdoc(func) or ""
    return doc.split("\n\n", 1)[0].replace("\n", " ").strip()


def _params_model(name: str, func: Callable[..., Any]) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    hints = get_type_hints(func, include_extras=True)  # resolves string annotations (PEP 563)
    for pname, param in inspect.signature(func).parameters.items():
        if pname not in hints:
            raise TypeError(f"tool {name}: parameter {pname!r} has no type annotation")
        default = ... if param.default is inspect.Parameter.empty else param.default
        fields[pname] = (hints[pname], default)
    model_name = "".join(p.title() for p in name.replace("_", ".").split(".")) + "Args"
    return create_model(model_name, __config__=ConfigDict(extra="forbid"), **fields)


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return value


class Registry:
    """Name → :class:`Tool`, with schema generation and validated invocation."""

    def __init__(self) -> None:
        self._tools: dict[str, Tool] = {}
        self._validators: dict[str, Draft202012Validator] = {}

    def tool(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorator: register ``func`` under the namespaced ``name``."""

        def register(func: Callable[..., Any]) -> Callable[..., Any]:
            self.add(name, func)
            return func

        return register

    def add(self, name: str, func: Callable[..., Any]) -> Tool:
        if name in self._tools:
            raise ValueError(f"tool {name!r} registered twice")
        model = _params_model(name, func)
        schema = model.model_json_schema()
        schema.pop("title", None)
        for prop in schema.get("properties", {}).values():
            prop.pop("title", None)
        Draft202012Validator.check_schema(schema)
        tool = Tool(name, _describe(func), model, schema, func)
        self._tools[name] = tool
        self._validators[name] = Draft202012Validator(schema)
        return tool

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def get(self, name: str) -> Tool:
        try:
            return self._tools[name]
        except KeyError:
            raise ToolNotFound(f"unknown tool {name!r}; available: {', '.join(sorted(self._tools))}") from None

    def schemas(self) -> list[dict[str, Any]]:
        return [t.openai_schema() for t in self._tools.values()]

    def validate(self, name: str, arguments: str | dict[str, Any]) -> BaseModel:
        """Parse and validate arguments against the tool's JSON schema, then build its typed params."""
        tool = self.get(name)
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments) if arguments.strip() else {}
            except ValueError as exc:
                raise InvalidToolArguments(f"{name}: arguments are not valid JSON ({exc})") from None
        if not isinstance(arguments, dict):
            raise InvalidToolArguments(f"{name}: arguments must be a JSON object")
        errors = sorted(self._validators[name].iter_errors(arguments), key=lambda e: list(e.path))
        if errors:
            detail = "; ".join(f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors[:5])
            raise InvalidToolArguments(f"{name}: {detail}")
        try:
            return tool.params_model.model_validate(arguments)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"])) or "(root)"
            raise InvalidToolArguments(f"{name}: {where}: {first['msg']}") from None

    async def invoke(self, name: str, arguments: str | dict[str, Any], *, timeout: float | None = None) -> ToolResult:
        """Validate and run one tool; every failure becomes an error result, never an exception."""
        started = time.perf_counter()
        try:
            params = self.validate(name, arguments)
            func = self._tools[name].func
            kwargs = dict(params)
            if inspect.iscoroutinefunction(func):
                coro = func(**kwargs)
            else:  # run blocking tools off the event loop
                coro = asyncio.to_thread(func, **kwargs)
            value = await asyncio.wait_for(coro, timeout)
            return ToolResult(name, True, result=_jsonable(value), latency_ms=_ms(started))
        except TimeoutError:
            err: ToolError = ToolTimeout(f"{name} did not finish within {timeout} s")
        except ToolError as exc:
            err = exc
        except Exception as exc:
            log.exception("tool %s raised", name)
            err = ToolExecutionError(f"{name} failed: {type(exc).__name__}: {exc}")
        return ToolResult(name, False, error=err.to_dict(), latency_ms=_ms(started))


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def default_registry() -> Registry:
    """The registry with every built-in tool (built on call, so importing costs nothing)."""
    from tools.calc import register_calculators
    from tools.ftk_tools import register_ftk_tools
    from tools.openbb_tools import register_openbb_tools
    from tools.yahoo_tools import register_yahoo_tools

    registry = Registry()
    register_calculators(registry)
    register_yahoo_tools(registry)
    register_ftk_tools(registry)
    register_openbb_tools(registry)  # OpenBB and FinanceToolkit are imported on their first call, not here
    return registry
