"""The training record, its stable id, and strict readers and atomic writers for record files.

A record is an Alpaca pair (``instruction``, ``input``, ``output``) with its ``category``, ``domain``, ``difficulty``
and ``source``. Tool-use records also carry the whole chat in ``messages``, in the Hermes form the gateway sends
a model (tools listed in the system turn, ``<tool_call>`` blocks in assistant turns, ``<tool_response>`` blocks in
user turns), and the names of the tools they were offered. ``template`` and ``params`` say which generator made a
record and from what, so the eval build can check it never tests what training taught.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from training.data.domains import Difficulty

M = TypeVar("M", bound=BaseModel)


class DataError(ValueError):
    """Bad input data; the message is one line that names the file and the record."""


class Message(BaseModel):
    """One chat turn in Hermes form (tool results arrive in ``user`` turns as ``<tool_response>`` blocks)."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["system", "user", "assistant"]
    content: str


class Record(BaseModel):
    """One training pair."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(description="Stable content hash of the normalized instruction and input")
    instruction: str
    input: str = ""
    output: str
    category: str
    domain: str
    difficulty: Difficulty
    source: str = Field(description="The source file the record came from")
    messages: list[Message] | None = Field(None, description="The whole chat, for tool-use records")
    tools: list[str] | None = Field(None, description="Names of the tools offered in the system turn")
    template: str | None = Field(None, description="Generator template that made the record")
    params: dict[str, Any] | None = Field(None, description="The template's parameters")


_NON_WORD = re.compile(r"[^\w]+")
_ASCII_PUNCT = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}


def normalize(text: str) -> str:
    """Text as compared for duplicates: NFKC, lower case, punctuation and runs of space folded to one space."""
    if text.isascii():  # the common case, ~8x faster than the regex: same result (\w is [A-Za-z0-9_] in ASCII)
        return " ".join(text.lower().translate(_ASCII_PUNCT).split())
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


def dedupe_key(instruction: str, input_: str = "") -> str:
    """The normalized instruction and input, joined: two records with the same key are duplicates."""
    return normalize(instruction) + "\x1f" + normalize(input_)


def key_id(key: str) -> str:
    """The id of a :func:`dedupe_key`: 16 hex digits of its SHA-256."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def record_id(instruction: str, input_: str = "") -> str:
    """The stable id of a pair: 16 hex digits of SHA-256 over its :func:`dedupe_key`."""
    return key_id(dedupe_key(instruction, input_))


def user_text(record: Record) -> str:
    """The user's turn of a plain record: the instruction, then the input (if any) after a blank line."""
    return f"{record.instruction}\n\n{record.input}" if record.input else record.instruction


def to_sft(record: Record) -> dict[str, Any]:
    """The record in SFT chat form, ``{"messages": [...]}``, as TRL's SFTTrainer reads it."""
    if record.messages:
        return {"messages": [m.model_dump() for m in record.messages]}
    return {"messages": [{"role": "user", "content": user_text(record)},
                         {"role": "assistant", "content": record.output}]}


# ---------------------------------------------------------------------------------------------------- reading

def read_json_objects(path: Path) -> list[Any]:
    """The items of a JSON array file or the lines of a JSONL file (detected from the first character)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    head = data.lstrip()[:1]
    if not head:
        raise DataError(f"{path}: the file is empty")
    if head == b"[":
        try:
            items = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise DataError(f"{path}: not valid JSON ({exc})") from None
        return list(items)
    items = []
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(orjson.loads(line))
        except orjson.JSONDecodeError as exc:
            raise DataError(f"{path}: line {lineno}: not valid JSON ({exc})") from None
    return items


def _where(item: Any, index: int) -> str:
    rid = item.get("id") if isinstance(item, dict) else None
    return f"record {index}" + (f" (id {rid})" if isinstance(rid, str) else "")


def validation_message(exc: ValidationError) -> str:
    """The first problem of a pydantic error, in one line: ``field: message``."""
    first = exc.errors()[0]
    where = ".".join(map(str, first["loc"])) or "(record)"
    return f"{where}: {first['msg']}"


def _read_models(path: Path, model: type[M]) -> list[M]:
    """Every object of a JSON array or JSONL file as ``model``; the first bad one is a :class:`DataError` naming
    the file and the record."""
    out = []
    for index, item in enumerate(read_json_objects(path)):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            raise DataError(f"{path}: {_where(item, index)}: {validation_message(exc)}") from None
    return out


def read_records(path: Path) -> list[Record]:
    """Every record of a JSON array or JSONL file; the first bad one is a :class:`DataError` naming it."""
    return _read_models(path, Record)


_ROW_KEYS = ("id", "instruction", "output", "domain", "difficulty")


def read_rows(path: Path) -> list[dict[str, Any]]:
    """A validated corpus (``corpus.jsonl``, a merged phase file) as plain JSON objects, checked only for what the
    later stages use: an id, instruction, output, a known domain and tier. Much faster than :func:`read_records`
    for files ``elson data build`` already validated."""
    from training.data.domains import DOMAIN_BY_NAME, TIERS

    rows = read_json_objects(path)
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise DataError(f"{path}: record {index}: not a JSON object")
        missing = [k for k in _ROW_KEYS if not isinstance(row.get(k), str)]
        if missing:
            raise DataError(f"{path}: {_where(row, index)}: {missing[0]}: missing or not a string")
        if row["domain"] not in DOMAIN_BY_NAME:
            raise DataError(f"{path}: {_where(row, index)}: unknown domain {row['domain']!r}")
        if row["difficulty"] not in TIERS:
            raise DataError(f"{path}: {_where(row, index)}: unknown tier {row['difficulty']!r} (tiers: "
                            f"{', '.join(TIERS)})")
    return rows


class AlpacaItem(BaseModel):
    """A user's pair in Alpaca form; ``category`` (and our other fields) are optional."""

    model_config = ConfigDict(extra="ignore")
    instruction: str = Field(min_length=1)
    input: str = ""
    output: str
    category: str | None = None
    domain: str | None = None
    difficulty: Difficulty | None = None


def read_alpaca(path: Path) -> list[AlpacaItem]:
    """A user's Alpaca file (JSON array or JSONL); the first bad record is a :class:`DataError` naming it."""
    return _read_models(path, AlpacaItem)


# ---------------------------------------------------------------------------------------------------- writing

@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it only when the block succeeds (no partial files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0o022)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the result should be an ordinary file
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def json_line(row: dict[str, Any] | Record) -> bytes:
    """One compact JSON line: a dict as it is (orjson keeps key order, so output is byte-stable), a record with its
    ``None`` fields left out."""
    return orjson.dumps(row.model_dump(exclude_none=True) if isinstance(row, Record) else row) + b"\n"


def write_jsonl(path: Path, rows: Iterable[dict[str, Any] | Record]) -> int:
    """Write rows (records or dicts) as JSONL, atomically; returns the number written."""
    n = 0
    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        for row in rows:
            fh.write(json_line(row))
            n += 1
    return n


def write_json_array(path: Path, records: Iterable[Record]) -> int:
    """Write records as one JSON array (the source files' format), atomically; returns the number written."""
    rows = [r.model_dump(exclude_none=True) for r in records]
    with atomic_path(path) as tmp:
        tmp.write_bytes(orjson.dumps(rows, option=orjson.OPT_INDENT_2))
    return len(rows)
