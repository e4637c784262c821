"""The Hermes tool-call format, shared by serving, the embedded engine and training data.

A model calls a tool by writing::

    <tool_call>
    {"name": "calc.loan_payment", "arguments": {"principal": 300000, "annual_rate": 0.065, "years": 30}}
    </tool_call>

Tool definitions are rendered into the system prompt inside ``<tools></tools>`` and tool results come back as
``<tool_response>`` blocks in a user turn (the Qwen2.5 / vLLM ``hermes`` convention).
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# The agent's default system prompt; generated tool-use training records open with it, so serving and training agree.
AGENT_SYSTEM_PROMPT = (
    "You are Elson, a careful finance assistant. Use the tools for any market figure, statement or "
    "calculation instead of guessing, and say where each number came from and how current it is."
)

OPEN = "<tool_call>"
CLOSE = "</tool_call>"

TOOLS_PREAMBLE = (
    "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
)
TOOLS_POSTAMBLE = (
    "\n</tools>\n\nFor each function call, return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>'
)


_ALNUM = string.ascii_letters + string.digits


def new_call_id() -> str:
    """A fresh OpenAI-style tool-call id: ``call_`` and 24 alphanumerics (unique, not secret)."""
    return "call_" + "".join(random.choices(_ALNUM, k=24))


def render_tools(tools: Iterable[dict[str, Any]]) -> str:
    """The system-prompt block that lists ``tools`` (OpenAI function-tool dicts)."""
    lines = "\n".join(json.dumps(t, ensure_ascii=False, separators=(", ", ": ")) for t in tools)
    return TOOLS_PREAMBLE + lines + TOOLS_POSTAMBLE


def render_call(name: str, arguments: str | dict[str, Any]) -> str:
    """One ``<tool_call>`` block, exactly as a model is trained to write it."""
    args = json.loads(arguments) if isinstance(arguments, str) and arguments.strip() else arguments or {}
    body = json.dumps({"name": name, "arguments": args}, ensure_ascii=False)
    return f"{OPEN}\n{body}\n{CLOSE}"


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def to_hermes_messages(
    messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None
) -> list[dict[str, str]]:
    """OpenAI chat messages → plain ``{"role", "content"}`` messages in Hermes form, ready for a chat template.

    Tools are appended to the (first) system message; assistant ``tool_calls`` become ``<tool_call>`` blocks;
    consecutive ``tool`` messages merge into one user turn of ``<tool_response>`` blocks.
    """
    out: list[dict[str, str]] = []
    for msg in messages:
        role = msg["role"]
        if role == "developer":
            role = "system"
        if role == "assistant":
            parts = [_text(msg.get("content"))] if msg.get("content") else []
            for call in msg.get("tool_calls") or []:
                parts.append(render_call(call["function"]["name"], call["function"]["arguments"]))
            out.append({"role": "assistant", "content": "\n".join(parts)})
        elif role == "tool":
            block = f"<tool_response>\n{_text(msg.get('content'))}\n</tool_response>"
            if out and out[-1]["role"] == "user" and out[-1]["content"].startswith("<tool_response>"):
                out[-1]["content"] += "\n" + block
            else:
                out.append({"role": "user", "content": block})
        else:
            out.append({"role": role, "content": _text(msg.get("content"))})
    if tools:
        block = render_tools(tools)
        if out and out[0]["role"] == "system":
            out[0] = {"role": "system", "content": f"{out[0]['content']}\n\n{block}"}
        else:
            out.insert(0, {"role": "system", "content": block})
    return out


@dataclass(slots=True)
class ParsedCall:
    name: str
    arguments: str  # a JSON object, serialized


def parse_call_body(body: str) -> ParsedCall | None:
    """Parse the JSON inside one ``<tool_call>`` block; ``None`` if it is not a valid call."""
    try:
        obj = json.loads(body)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"]:
        return None
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):  # some models emit arguments as a JSON string
        try:
            args = json.loads(args) if args.strip() else {}
        except ValueError:
            return None
    if not isinstance(args, dict):
        return None
    return ParsedCall(obj["name"], json.dumps(args, ensure_ascii=False))


class ToolCallStreamParser:
    """Incremental splitter of model text into plain text and ``<tool_call>`` blocks.

    ``feed`` returns items in order: ``str`` for text that is safe to show (a partial ``<tool_call>`` prefix is held
    back so markup never leaks to a client) and :class:`ParsedCall` for each closed block. A block whose JSON does not
    parse is returned as text, so nothing the model wrote is lost. ``finish`` flushes, parsing an unterminated block.
    """

    def __init__(self) -> None:
        self._buf = ""
        self._in_call = False

    def feed(self, text: str) -> list[str | ParsedCall]:
        self._buf += text
        out: list[str | ParsedCall] = []
        while self._buf:
            if self._in_call:
                end = self._buf.find(CLOSE)
                if end < 0:
                    break
                self._emit_block(self._buf[:end], out)
                self._buf = self._buf[end + len(CLOSE):]
                self._in_call = False
                continue
            start = self._buf.find(OPEN)
            if start >= 0:
                if start:
                    out.append(self._buf[:start])
                self._buf = self._buf[start + len(OPEN):]
                self._in_call = True
                continue
            keep = _partial_suffix(self._buf, OPEN)
            safe = self._buf[: len(self._buf) - keep]
            if safe:
                out.append(safe)
            self._buf = self._buf[len(safe):]
            break
        return out

    def finish(self) -> list[str | ParsedCall]:
        out: list[str | ParsedCall] = []
        if self._in_call:
            self._emit_block(self._buf, out, closed=False)
        elif self._buf:
            out.append(self._buf)
        self._buf, self._in_call = "", False
        return out

    @staticmethod
    def _emit_block(body: str, out: list[str | ParsedCall], closed: bool = True) -> None:
        call = parse_call_body(body.strip())
        # An unparseable block goes back as the exact text the model wrote (never a fabricated close tag).
        out.append(call if call is not None else f"{OPEN}{body}{CLOSE if closed else ''}")

    @property
    def in_call(self) -> bool:
        return self._in_call


def _partial_suffix(text: str, marker: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of ``marker``."""
    for n in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:n]):
            return n
    return 0


def parse_text(text: str) -> tuple[str, list[ParsedCall]]:
    """Split a whole generation into its plain text and its tool calls."""
    parser = ToolCallStreamParser()
    items = parser.feed(text) + parser.finish()
    content = "".join(i for i in items if isinstance(i, str))
    return content, [i for i in items if isinstance(i, ParsedCall)]
