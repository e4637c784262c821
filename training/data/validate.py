"""The five record checks of ``elson data build``: schema, short output, length bounds, duplicate, and tool-call
well-formedness. Each returns ``None`` when a record passes, else the reason it is rejected."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from tools.callformat import CLOSE, OPEN, parse_text
from training.data.domains import DOMAIN_BY_NAME
from training.data.schema import Record, dedupe_key, key_id, validation_message

CHECKS = ("schema", "short_output", "length", "duplicate", "tool_calls")


@dataclass(frozen=True, slots=True)
class Limits:
    """Length bounds in characters (about 4 characters a token)."""

    min_output: int = 20
    min_instruction: int = 8
    max_instruction: int = 4_000
    max_output: int = 8_000
    max_chat: int = 16_000  # the whole conversation of a tool-use record


def check_schema(item: Any) -> tuple[Record | None, str]:
    """``(record, dedupe key)`` if the item fits the schema, its id matches its content and its domain is known;
    else ``(None, reason)``."""
    try:
        record = Record.model_validate(item)
    except ValidationError as exc:
        return None, f"schema: {validation_message(exc)}"
    if record.domain not in DOMAIN_BY_NAME:
        return None, f"schema: unknown domain {record.domain!r}"
    key = dedupe_key(record.instruction, record.input)
    if record.id != key_id(key):
        return None, f"schema: id {record.id} is not the content hash {key_id(key)}"
    return record, key


def check_short_output(record: Record, limits: Limits) -> str | None:
    text = record.output.strip()
    if not text:
        return "short_output: the output is empty"
    if len(text) < limits.min_output:
        return f"short_output: the output has {len(text)} characters (minimum {limits.min_output})"
    return None


def check_length(record: Record, limits: Limits) -> str | None:
    n = len(record.instruction.strip())
    if not limits.min_instruction <= n <= limits.max_instruction:
        return f"length: instruction of {n} characters (bounds {limits.min_instruction}-{limits.max_instruction})"
    if len(record.output) > limits.max_output:
        return f"length: output of {len(record.output)} characters (maximum {limits.max_output})"
    if record.messages:
        chat = sum(len(m.content) for m in record.messages)
        if chat > limits.max_chat:
            return f"length: conversation of {chat} characters (maximum {limits.max_chat})"
    return None


def check_duplicate(record: Record, key: str, seen: dict[str, str]) -> str | None:
    """Duplicate of an earlier record (same :func:`dedupe_key`); ``seen`` maps keys to ids."""
    if key in seen:
        return f"duplicate: same normalized instruction and input as {seen[key]}"
    seen[key] = record.id
    return None


def check_tool_calls(record: Record, registry: Any) -> str | None:
    """A tool-use chat: every ``<tool_call>`` parses, names an offered tool and validates against its schema, each
    call turn is answered by one ``<tool_response>`` per call, and the chat ends with the answer in ``output``."""
    if not record.messages:
        return "tool_calls: a tool_use record has no messages" if record.category == "tool_use" else None
    msgs = record.messages
    offered = set(record.tools or [])
    for i, msg in enumerate(msgs):
        if msg.role != "assistant":
            continue
        text, calls = parse_text(msg.content)
        if OPEN in text or CLOSE in text:
            return f"tool_calls: message {i} has a <tool_call> block that does not parse"
        for call in calls:
            if call.name not in offered:
                return f"tool_calls: message {i} calls {call.name!r}, which the record does not offer"
            try:
                registry.validate(call.name, call.arguments)
            except Exception as exc:  # the registry's InvalidToolArguments / ToolNotFound, said in one line
                return f"tool_calls: message {i}: {exc}"
        if calls:
            reply = msgs[i + 1] if i + 1 < len(msgs) else None
            answered = reply.content.count("<tool_response>") if reply and reply.role == "user" else 0
            if answered != len(calls):
                return f"tool_calls: message {i} makes {len(calls)} calls but {answered} results follow"
    last = msgs[-1]
    if last.role != "assistant" or parse_text(last.content)[1] or last.content != record.output:
        return "tool_calls: the chat does not end with the final answer in output"
    return None
