"""Grammar-constrained decoding for the embedded engine, built on xgrammar structural tags.

Every tool call the embedded engine emits is a Hermes block whose JSON is forced token by token::

    <tool_call>
    {"name": "<one of the tools>", "arguments": <an object valid for that tool's schema>}
    </tool_call>

* ``tool_choice="required"``: only such blocks (one if ``parallel_tool_calls`` is false), then EOS.
* named tool choice: exactly one block calling that tool, then EOS.
* ``"auto"``: free text; once the text contains ``<tool_call>`` the rest of that block is constrained. The trigger
  works on the decoded string, so it fires however the tokenizer splits ``<tool_call>`` (SmolLM2 has no single
  token for it: it is ``<`` ``tool`` ``_`` ``call`` ``>``).
* ``response_format`` ``json_object`` / ``json_schema`` (without forced tools): one JSON value of that shape.

Compiled grammars are cached by the canonical JSON of what shapes them (tool names and schemas, not descriptions).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any

import torch
import xgrammar as xgr
from xgrammar.structural_tag import (
    Format,
    JSONSchemaFormat,
    OrFormat,
    TagFormat,
    TagsWithSeparatorFormat,
    TriggeredTagsFormat,
)

from service.engines.base import EngineRequest
from service.exceptions import EngineError, InvalidRequest
from tools.callformat import CLOSE, OPEN

# Trained models write compact single-line JSON; a cap on whitespace runs stops a confused model from looping on
# spaces/newlines inside a call until max_tokens.
MAX_JSON_WHITESPACE = 2
_CALL_END = "}\n" + CLOSE
_ANY_OBJECT: dict[str, Any] = {"type": "object"}


_NOT_SUBSCHEMAS = frozenset({"enum", "const", "default", "examples"})
_JSON_SAFE_CHAR = r'[^"\\\x00-\x1f]'  # one string character JSON needs no escape for


def _patched(schema: Any) -> Any:
    """``schema`` with xgrammar 0.2.8's length-bounded-string bug worked around.

    For ``minLength``/``maxLength`` xgrammar unrolls the string into ``[^"\\\r\n]`` repeats, which admits raw
    control characters (invalid JSON, so the call would be lost). An equivalent ``pattern`` without them compiles
    correctly. Strings that already have a pattern, format, enum or const are left alone.
    """
    if isinstance(schema, list):
        return [_patched(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: value if key in _NOT_SUBSCHEMAS else _patched(value) for key, value in schema.items()}
    bounded = "minLength" in out or "maxLength" in out
    if out.get("type") == "string" and bounded and not {"pattern", "format", "enum", "const"} & out.keys():
        low, high = int(out.pop("minLength", 0)), out.pop("maxLength", None)
        out["pattern"] = f"^{_JSON_SAFE_CHAR}{{{low},{'' if high is None else int(high)}}}$"
    return out


def _call_begin(name: str) -> str:
    return f'{OPEN}\n{{"name": {json.dumps(name)}, "arguments": '


def _function(tool: dict[str, Any]) -> dict[str, Any]:
    fn = tool.get("function", tool)
    return {"name": fn["name"], "parameters": _patched(fn.get("parameters") or _ANY_OBJECT)}


def _call_tag(fn: dict[str, Any]) -> TagFormat:
    content = JSONSchemaFormat(json_schema=fn["parameters"], max_whitespace_cnt=MAX_JSON_WHITESPACE)
    return TagFormat(begin=_call_begin(fn["name"]), content=content, end=_CALL_END)


def _response_schema(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """The JSON schema a ``response_format`` asks for, or ``None`` for free text."""
    kind = (response_format or {}).get("type")
    if kind == "json_object":
        return _ANY_OBJECT
    if kind == "json_schema":
        spec = (response_format or {}).get("json_schema") or {}
        schema = spec.get("schema", spec.get("schema_"))
        return _patched(schema) if isinstance(schema, dict) else _ANY_OBJECT
    return None


def _tool_format(fns: list[dict[str, Any]], choice: Any, parallel: bool,
                 json_schema: dict[str, Any] | None) -> Format:
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        chosen = [fn for fn in fns if fn["name"] == name]
        if not chosen:
            raise InvalidRequest(f"tool_choice names function {name!r}, which is not in tools", param="tool_choice")
        return _call_tag(chosen[0])
    tags = [_call_tag(fn) for fn in fns]
    if choice == "required":
        return TagsWithSeparatorFormat(tags=tags, separator="\n", at_least_one=True, stop_after_first=not parallel)
    if json_schema is not None:  # auto + JSON response: either tool calls or the JSON answer, nothing else
        calls = TagsWithSeparatorFormat(tags=tags, separator="\n", at_least_one=True, stop_after_first=not parallel)
        answer = JSONSchemaFormat(json_schema=json_schema, max_whitespace_cnt=MAX_JSON_WHITESPACE)
        return OrFormat(elements=[calls, answer])
    return TriggeredTagsFormat(triggers=[OPEN], tags=tags, stop_after_first=not parallel)


def grammar_spec(request: EngineRequest) -> dict[str, Any] | None:
    """What constrains ``request`` as a canonical dict (the cache key), or ``None`` when decoding is free."""
    tools_on = bool(request.tools) and request.tool_choice != "none"
    schema = _response_schema(request.response_format)
    if not tools_on and schema is None:
        return None
    choice = request.tool_choice
    if isinstance(choice, dict):  # keep only what shapes the grammar, so equal choices share a cache entry
        choice = {"function": {"name": (choice.get("function") or {}).get("name")}}
    return {"tools": [_function(t) for t in request.tools or []] if tools_on else [],
            "choice": choice if tools_on else "none",
            "parallel": bool(request.parallel_tool_calls), "schema": schema}


def structural_tag(spec: dict[str, Any]) -> xgr.StructuralTag:
    """The xgrammar structural tag for a :func:`grammar_spec`."""
    if spec["tools"]:
        fmt = _tool_format(spec["tools"], spec["choice"], spec["parallel"], spec["schema"])
    else:
        fmt = JSONSchemaFormat(json_schema=spec["schema"], max_whitespace_cnt=MAX_JSON_WHITESPACE)
    return xgr.StructuralTag(format=fmt)


class GrammarCache:
    """Compiles request grammars against one tokenizer and keeps the most recent in a small LRU."""

    def __init__(self, tokenizer: Any, vocab_size: int, stop_token_ids: list[int], *, maxsize: int = 32,
                 threads: int = 1) -> None:
        self.vocab_size = vocab_size
        self.stop_token_ids = list(stop_token_ids)
        info = xgr.TokenizerInfo.from_huggingface(tokenizer, vocab_size=vocab_size, stop_token_ids=stop_token_ids)
        self._compiler = xgr.GrammarCompiler(info, max_threads=threads)
        self._lru: OrderedDict[str, xgr.CompiledGrammar] = OrderedDict()
        self._maxsize = maxsize
        self._lock = threading.Lock()  # compiles run on request threads, concurrently

    def get(self, request: EngineRequest) -> xgr.CompiledGrammar | None:
        """The compiled grammar for ``request`` (``None`` if unconstrained); :class:`InvalidRequest` if it cannot
        be compiled."""
        return self.get_spec(grammar_spec(request))

    def get_spec(self, spec: dict[str, Any] | None) -> xgr.CompiledGrammar | None:
        """The compiled grammar for a :func:`grammar_spec` (``None`` if unconstrained)."""
        if spec is None:
            return None
        key = json.dumps(spec, sort_keys=True, separators=(",", ":"))
        with self._lock:
            if key in self._lru:
                self._lru.move_to_end(key)
                return self._lru[key]
        compiled = self._compile(spec)
        with self._lock:
            self._lru[key] = compiled
            while len(self._lru) > self._maxsize:
                self._lru.popitem(last=False)
        return compiled

    def _compile(self, spec: dict[str, Any]) -> xgr.CompiledGrammar:
        tag = structural_tag(spec)
        try:
            return self._compiler.compile_structural_tag(tag)
        except Exception as exc:  # xgrammar raises RuntimeError / its own errors; find the culprit to name it
            raise self._explain(spec, exc) from exc

    def _explain(self, spec: dict[str, Any], exc: Exception) -> InvalidRequest:
        for fn in spec["tools"]:
            try:
                self._compiler.compile_json_schema(fn["parameters"], max_whitespace_cnt=MAX_JSON_WHITESPACE)
            except Exception as inner:
                return InvalidRequest(f"tool {fn['name']!r}: its parameters schema cannot be enforced: "
                                      f"{_reason(inner)}", param="tools")
        if spec["schema"] is not None:
            return InvalidRequest(f"response_format schema cannot be enforced: {_reason(exc)}",
                                  param="response_format")
        return InvalidRequest(f"tools cannot be enforced: {_reason(exc)}", param="tools")

    def constraint(self, compiled: xgr.CompiledGrammar) -> TokenConstraint:
        """A fresh per-request matcher for ``compiled``."""
        return TokenConstraint(compiled, self.vocab_size, self.stop_token_ids)


def _reason(exc: BaseException) -> str:
    # xgrammar messages start with "[time] /path/file.cc:line: "; keep only the human part.
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text.split(": ", 1)[1] if text.startswith("[") and ": " in text else text


class TokenConstraint:
    """One request's grammar state: masks logits before sampling and advances on each chosen token."""

    def __init__(self, compiled: xgr.CompiledGrammar, vocab_size: int, stop_token_ids: list[int]) -> None:
        self._matcher = xgr.GrammarMatcher(compiled, override_stop_tokens=stop_token_ids)
        self._bitmask = xgr.allocate_token_bitmask(1, vocab_size)
        self._vocab_size = vocab_size
        self._fresh = False  # the bitmask matches the matcher's current state
        self._restrictive = True  # the fresh bitmask forbids something (xgrammar says so, to skip applying it)
        # The bitmask with the stop tokens' bits cleared: AND-ing with it leaves zero iff only stops are allowed.
        self._not_stop = torch.full_like(self._bitmask, -1)
        for token_id in stop_token_ids:
            word = self._not_stop[0, token_id // 32]
            self._not_stop[0, token_id // 32] = word & ~_bit(token_id % 32)

    def _fill(self) -> None:
        if not self._fresh:
            self._restrictive = bool(self._matcher.fill_next_token_bitmask(self._bitmask))
            self._fresh = True

    def mask(self, logits: torch.Tensor) -> None:
        """Set the logits of tokens the grammar forbids next to ``-inf`` (in place; ``logits`` is ``(1, V)``)."""
        self._fill()
        if self._restrictive:
            xgr.apply_token_bitmask_inplace(logits, self._bitmask, vocab_size=self._vocab_size)

    def accept(self, token_id: int) -> None:
        """Advance past ``token_id``; a masked sampler never picks a rejected token, so rejection is a bug."""
        if not self._matcher.accept_token(token_id):
            raise EngineError(f"grammar rejected token {token_id}")
        self._fresh = False

    def jump_forward(self, tokenizer: Any, budget: int) -> list[int]:
        """Tokens for the text the grammar now forces (``<tool_call>\n{"name": "``, a schema's next key...), at
        most ``budget`` of them, already accepted; ``[]`` when fewer than two are forced. The decode loop feeds
        them in one batched pass instead of one model step each (SGLang's jump-forward decoding)."""
        text = self._matcher.find_jump_forward_string()
        if not text:
            return []
        # The last forced token is left to the model (under the mask): it may merge with what follows, as in
        # `": 3` -> `":` ` 300000`; forcing our own split there makes the model see tokenizations it was never
        # trained on (measured: SmolLM2 then got the loan's principal and term wrong).
        ids = list(tokenizer(text, add_special_tokens=False)["input_ids"])[:-1][:budget]
        if len(ids) < 2:
            return []
        for n, token_id in enumerate(ids):
            if not self._matcher.accept_token(token_id):  # a tokenization the grammar refuses: decode normally
                self._matcher.rollback(n)
                return []
        self._fresh = False
        return ids

    def accept_text(self, token_ids: list[int]) -> None:
        """Advance past tokens that were forced rather than sampled (a prefill)."""
        for token_id in token_ids:
            self.accept(token_id)

    def only_stop_allowed(self) -> bool:
        """True when the grammar is complete and allows nothing but a stop token: decoding can end without
        another forward pass. The mask computed here is reused by the next :meth:`mask`."""
        if self._matcher.is_terminated():
            return True
        if not self._matcher.is_completed():
            return False
        self._fill()
        return self._restrictive and not bool(torch.bitwise_and(self._bitmask, self._not_stop).any())

    @property
    def terminated(self) -> bool:
        """True once the grammar has accepted its stop token: nothing more may be generated."""
        return bool(self._matcher.is_terminated())


def _bit(n: int) -> int:
    """``1 << n`` as a signed int32 value (bit 31 is the sign bit of the bitmask's words)."""
    return (1 << n) - (1 << 32) if n == 31 else 1 << n
