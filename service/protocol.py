"""OpenAI chat-completions wire objects, one pydantic model per object, ordered as in the OpenAI API reference.

Requests accept unknown fields (they land in ``model_extra`` and are logged by the route, never a 500). Our own
extensions live in one marked block at the end of this module. This module imports nothing of ours.
"""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


def _is_none(value: object) -> bool:
    return value is None


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow")


# ---------------------------------------------------------------------------------------------------------------
# Request: messages
# ---------------------------------------------------------------------------------------------------------------
class TextContentPart(_Wire):
    type: Literal["text"]
    text: str


class ImageUrl(_Wire):
    url: str
    detail: Literal["auto", "low", "high"] | None = None


class ImageContentPart(_Wire):
    type: Literal["image_url"]
    image_url: ImageUrl


ContentPart = Annotated[TextContentPart | ImageContentPart, Field(discriminator="type")]
Content = str | list[ContentPart]


class FunctionCall(_Wire):
    name: str
    arguments: str


class ToolCall(_Wire):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class DeveloperMessage(_Wire):
    role: Literal["developer"]
    content: Content
    name: str | None = None


class SystemMessage(_Wire):
    role: Literal["system"]
    content: Content
    name: str | None = None


class UserMessage(_Wire):
    role: Literal["user"]
    content: Content
    name: str | None = None


class AssistantMessage(_Wire):
    role: Literal["assistant"]
    content: Content | None = None
    refusal: str | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None

    @model_validator(mode="after")
    def _has_body(self) -> AssistantMessage:
        if self.content is None and not self.tool_calls:
            raise ValueError("an assistant message needs content or tool_calls")
        return self


class ToolMessage(_Wire):
    role: Literal["tool"]
    content: Content
    tool_call_id: str


ChatMessage = Annotated[
    DeveloperMessage | SystemMessage | UserMessage | AssistantMessage | ToolMessage,
    Field(discriminator="role"),
]


# ---------------------------------------------------------------------------------------------------------------
# Request: tools, tool_choice, response_format, stream_options
# ---------------------------------------------------------------------------------------------------------------
class FunctionDefinition(_Wire):
    name: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.\-]+$")
    description: str | None = None
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})
    strict: bool | None = None

    @field_validator("parameters")
    @classmethod
    def _valid_json_schema(cls, value: dict[str, Any]) -> dict[str, Any]:
        try:
            Draft202012Validator.check_schema(value)
        except SchemaError as exc:
            where = "/".join(str(p) for p in exc.path) or "(root)"
            raise ValueError(f"not a valid JSON Schema at {where}: {exc.message}") from None
        return value


class ChatCompletionTool(_Wire):
    type: Literal["function"] = "function"
    function: FunctionDefinition


class NamedFunction(_Wire):
    name: str


class NamedToolChoice(_Wire):
    type: Literal["function"] = "function"
    function: NamedFunction


ToolChoice = Literal["none", "auto", "required"] | NamedToolChoice


class ResponseFormatText(_Wire):
    type: Literal["text"]


class ResponseFormatJsonObject(_Wire):
    type: Literal["json_object"]


class JsonSchemaSpec(_Wire):
    name: str
    description: str | None = None
    schema_: dict[str, Any] = Field(default_factory=dict, alias="schema")
    strict: bool | None = None

    @field_validator("schema_")
    @classmethod
    def _valid_json_schema(cls, value: dict[str, Any]) -> dict[str, Any]:
        try:
            Draft202012Validator.check_schema(value)
        except SchemaError as exc:
            raise ValueError(f"not a valid JSON Schema: {exc.message}") from None
        return value


class ResponseFormatJsonSchema(_Wire):
    type: Literal["json_schema"]
    json_schema: JsonSchemaSpec


ResponseFormat = Annotated[
    ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema, Field(discriminator="type")
]


class StreamOptions(_Wire):
    include_usage: bool | None = None


# ---------------------------------------------------------------------------------------------------------------
# Request
# ---------------------------------------------------------------------------------------------------------------
class ChatCompletionRequest(_Wire):
    """``POST /v1/chat/completions`` body. Fields in OpenAI reference order."""

    messages: list[ChatMessage] = Field(min_length=1)
    model: str = Field(min_length=1)
    frequency_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    logit_bias: dict[str, float] | None = None
    logprobs: bool | None = None
    max_completion_tokens: int | None = Field(None, ge=1)
    max_tokens: int | None = Field(None, ge=1)
    metadata: dict[str, str] | None = None
    n: int | None = Field(1, ge=1, le=1, description="Only n=1 is supported.")
    parallel_tool_calls: bool | None = None
    presence_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    response_format: ResponseFormat | None = None
    seed: int | None = None
    stop: str | list[str] | None = None
    stream: bool | None = False
    stream_options: StreamOptions | None = None
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    tool_choice: ToolChoice | None = None
    tools: list[ChatCompletionTool] | None = None
    top_logprobs: int | None = Field(None, ge=0, le=20)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    user: str | None = None

    # --- Elson extensions (request) ---------------------------------------------------------------------------
    max_turns: int | None = Field(None, ge=1, le=64, description="Elson: agent-loop turn limit for this request.")

    @field_validator("stop")
    @classmethod
    def _stop_list(cls, value: str | list[str] | None) -> str | list[str] | None:
        if isinstance(value, list) and len(value) > 4:
            raise ValueError("at most 4 stop sequences")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ChatCompletionRequest:
        seen: set[str] = set()
        for i, msg in enumerate(self.messages):
            if isinstance(msg, AssistantMessage) and msg.tool_calls:
                seen.update(call.id for call in msg.tool_calls)
            elif isinstance(msg, ToolMessage) and msg.tool_call_id not in seen:
                raise ValueError(f"messages[{i}]: tool message answers tool_call_id "
                                 f"{msg.tool_call_id!r}, which no earlier assistant message called")
        if isinstance(self.tool_choice, NamedToolChoice):
            names = {t.function.name for t in self.tools or []}
            if self.tool_choice.function.name not in names:
                raise ValueError(f"tool_choice names function {self.tool_choice.function.name!r}, "
                                 "which is not in tools")
        return self

    @property
    def output_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens

    @property
    def stop_list(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else list(self.stop)


# ---------------------------------------------------------------------------------------------------------------
# Response: chat.completion
# ---------------------------------------------------------------------------------------------------------------
FinishReason = Literal["stop", "length", "tool_calls", "content_filter", "function_call"]


class CompletionTokensDetails(_Wire):
    reasoning_tokens: int = 0


class Usage(_Wire):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def add(self, other: Usage) -> Usage:
        return Usage(prompt_tokens=self.prompt_tokens + other.prompt_tokens,
                     completion_tokens=self.completion_tokens + other.completion_tokens,
                     total_tokens=self.total_tokens + other.total_tokens)


class ResponseMessage(_Wire):
    role: Literal["assistant"] = "assistant"
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[ToolCall] | None = Field(None, exclude_if=_is_none)


class Choice(_Wire):
    index: int = 0
    message: ResponseMessage
    logprobs: None = None
    finish_reason: FinishReason | None = None


# ---------------------------------------------------------------------------------------------------------------
# Response: chat.completion.chunk
# ---------------------------------------------------------------------------------------------------------------
class FunctionCallDelta(_Wire):
    name: str | None = Field(None, exclude_if=_is_none)
    arguments: str | None = Field(None, exclude_if=_is_none)


class ToolCallDelta(_Wire):
    """Streamed tool call: the first delta of a call carries index, id, type and name; later ones argument text."""

    index: int
    id: str | None = Field(None, exclude_if=_is_none)
    type: Literal["function"] | None = Field(None, exclude_if=_is_none)
    function: FunctionCallDelta


class ChoiceDelta(_Wire):
    role: Literal["assistant"] | None = Field(None, exclude_if=_is_none)
    content: str | None = Field(None, exclude_if=_is_none)
    tool_calls: list[ToolCallDelta] | None = Field(None, exclude_if=_is_none)


class ChunkChoice(_Wire):
    index: int = 0
    delta: ChoiceDelta
    logprobs: None = None
    finish_reason: FinishReason | None = None


# ---------------------------------------------------------------------------------------------------------------
# Response: models and errors
# ---------------------------------------------------------------------------------------------------------------
class ModelCard(_Wire):
    id: str
    object: Literal["model"] = "model"
    created: int = Field(default_factory=lambda: int(time.time()))
    owned_by: str = "elson"


class ModelList(_Wire):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class ErrorDetail(_Wire):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(_Wire):
    error: ErrorDetail


# ---------------------------------------------------------------------------------------------------------------
# Elson extensions (response): the executed tool trace. Documented in docs/api.md.
# ---------------------------------------------------------------------------------------------------------------
class ToolTraceEntry(_Wire):
    """One tool call the gateway executed in its agent loop."""

    turn: int
    id: str
    name: str
    arguments: dict[str, Any] | str
    ok: bool
    result: Any = None
    error: dict[str, Any] | None = None
    latency_ms: float


class ElsonExtension(_Wire):
    """The ``elson`` field on responses and chunks: agent turns, the tool trace and why the loop stopped."""

    turns: int | None = Field(None, exclude_if=_is_none)
    tool_trace: list[ToolTraceEntry] | None = Field(None, exclude_if=_is_none)
    stop_reason: str | None = Field(None, exclude_if=_is_none)


class ChatCompletion(_Wire):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage | None = None
    system_fingerprint: str | None = None
    elson: ElsonExtension | None = Field(None, exclude_if=_is_none)


class ChatCompletionChunk(_Wire):
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    system_fingerprint: str | None = Field(None, exclude_if=_is_none)
    choices: list[ChunkChoice]
    usage: Usage | None = Field(None, exclude_if=_is_none)
    elson: ElsonExtension | None = Field(None, exclude_if=_is_none)
