"""The gateway's one exception hierarchy.

Every error a client can see is an :class:`ElsonError`. Each subclass fixes its HTTP status and OpenAI error
``type``; :func:`service.app` maps them to responses in exactly one place (``error_response``), so no route builds
an error body by hand and no stack trace ever reaches a client.
"""

from __future__ import annotations

from typing import ClassVar


class ElsonError(Exception):
    """Base of every client-visible error."""

    status_code: ClassVar[int] = 500
    error_type: ClassVar[str] = "internal_error"
    default_code: ClassVar[str | None] = None

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code or self.default_code
        self.headers = headers or {}

    def to_dict(self) -> dict[str, object]:
        """The OpenAI error object: ``{"error": {"message", "type", "param", "code"}}``."""
        return {"error": {"message": self.message, "type": self.error_type, "param": self.param,
                          "code": self.code}}


class InvalidRequest(ElsonError):
    """The request is malformed; ``param`` names the offending field."""

    status_code = 400
    error_type = "invalid_request_error"


class ContextLengthExceeded(InvalidRequest):
    default_code = "context_length_exceeded"


class Unauthorized(ElsonError):
    status_code = 401
    error_type = "authentication_error"
    default_code = "invalid_api_key"


class NotFound(ElsonError):
    status_code = 404
    error_type = "invalid_request_error"
    default_code = "not_found"


class ModelNotFound(NotFound):
    default_code = "model_not_found"


class PayloadTooLarge(ElsonError):
    status_code = 413
    error_type = "invalid_request_error"
    default_code = "request_too_large"


class RateLimited(ElsonError):
    """The concurrency cap and its queue are full; carries ``Retry-After``."""

    status_code = 429
    error_type = "rate_limit_error"
    default_code = "rate_limit_exceeded"


class EngineError(ElsonError):
    """The model engine failed in a way that is not the client's fault."""

    status_code = 500
    error_type = "server_error"
    default_code = "engine_error"


class UpstreamError(ElsonError):
    """An upstream model server answered with an error or broke the connection."""

    status_code = 502
    error_type = "upstream_error"
    default_code = "bad_gateway"


class UpstreamUnavailable(UpstreamError):
    """No healthy upstream could take the request."""

    status_code = 503
    default_code = "upstream_unavailable"


class UpstreamTimeout(UpstreamError):
    status_code = 504
    default_code = "upstream_timeout"


class RequestTimeout(ElsonError):
    status_code = 504
    error_type = "timeout_error"
    default_code = "request_timeout"


class MaxTurnsExceeded(ElsonError):
    """The agent loop reached ``max_turns`` without a final answer.

    The streaming layer turns this into a clean finish (``finish_reason="length"`` with
    ``elson.stop_reason="max_turns"``) rather than an error response.
    """

    status_code = 200
    error_type = "max_turns_exceeded"

    def __init__(self, max_turns: int) -> None:
        super().__init__(f"agent loop stopped after max_turns={max_turns} without a final answer")
        self.max_turns = max_turns
