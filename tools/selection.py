"""Which built-in tools an agent request shows the model.

Every tool's JSON schema goes into the prompt. With the whole registry that is ~250 tokens a tool (15 calculators
alone render to 3,800 tokens), which a small embedded model reads slowly and a 4,096-token context cannot hold
next to a conversation. So the agent offers the ``k`` tools whose name, description and parameters best match the
user's messages (BM25 via ``rank-bm25``), chosen once per request so every turn sees the same tools (and the same
prompt prefix). ``k = 0`` offers them all, which is right for large served models.
"""

from __future__ import annotations

import re
from typing import Any

from rank_bm25 import BM25Okapi

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "i", "in", "is", "it",
                   "me", "much", "my", "of", "on", "or", "the", "this", "to", "what", "when", "which", "with",
                   "you", "your"})


def _words(text: str) -> list[str]:
    # A crude stem (drop a plural "s") so "payments" finds "payment"; tool names split on "." and "_".
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in _WORD.findall(text.lower().replace("_", " ")) if w not in _STOP]


def _document(tool: dict[str, Any]) -> list[str]:
    fn = tool["function"]
    params = fn.get("parameters", {}).get("properties", {})
    text = " ".join([fn["name"], fn.get("description", ""),
                     *(f"{name} {spec.get('description', '')}" for name, spec in params.items())])
    return _words(text)


def query_text(messages: list[dict[str, Any]]) -> str:
    """The user's words in a conversation (text parts of every user message)."""
    parts: list[str] = []
    for message in messages:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return " ".join(parts)


class ToolIndex:
    """A BM25 index over tool schemas (built once per registry)."""

    def __init__(self, schemas: list[dict[str, Any]]) -> None:
        self.schemas = schemas
        self._bm25 = BM25Okapi([_document(t) for t in schemas]) if schemas else None

    def select(self, query: str, k: int) -> list[dict[str, Any]]:
        """The ``k`` best-matching schemas, in registry order (all of them when ``k`` is 0 or covers them)."""
        if k <= 0 or k >= len(self.schemas) or self._bm25 is None:
            return list(self.schemas)
        scores = self._bm25.get_scores(_words(query))
        ranked = sorted(range(len(self.schemas)), key=lambda i: (-scores[i], i))[:k]
        return [self.schemas[i] for i in sorted(ranked)]


class SelectedTools:
    """A tool runner offering a subset of a registry's schemas; invocation still goes to the whole registry (the
    grammar lets the model call only offered tools; a client-side model may name any)."""

    def __init__(self, runner: Any, schemas: list[dict[str, Any]]) -> None:
        self._runner = runner
        self._schemas = schemas

    def schemas(self) -> list[dict[str, Any]]:
        """The offered tools."""
        return self._schemas

    async def invoke(self, name: str, arguments: str, *, timeout: float | None = None) -> Any:
        """Run a tool through the underlying runner."""
        return await self._runner.invoke(name, arguments, timeout=timeout)
