"""Typed tool errors. Each becomes ``{"error": {"type", "message"}}``: a tool message the model can read and
recover from in the agent loop, and an HTTP 4xx/5xx on the REST routes."""

from __future__ import annotations

from typing import Any, ClassVar


class ToolError(Exception):
    error_type: ClassVar[str] = "tool_error"
    http_status: ClassVar[int] = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.error_type, "message": self.message}


class ToolNotFound(ToolError):
    error_type = "unknown_tool"
    http_status = 404


class InvalidToolArguments(ToolError):
    error_type = "invalid_arguments"
    http_status = 422


class ToolInputError(ToolError):
    """Arguments are well-typed but make no sense (a negative principal, a zero-period loan, an unknown ticker)."""

    error_type = "invalid_input"
    http_status = 422


class ToolTimeout(ToolError):
    error_type = "timeout"
    http_status = 504


class ProviderUnavailable(ToolError):
    """A data source is down or its circuit breaker is open."""

    error_type = "provider_unavailable"
    http_status = 503


class ToolExecutionError(ToolError):
    """The tool raised something unexpected; the message is safe to show, the traceback is logged only."""

    error_type = "execution_error"
    http_status = 500
