"""The training schedule: the curriculum's merged phase files concatenated A → B → C (or one JSONL), as SFT chats,
checked before any compute: every row a well-formed chat ending in an assistant turn, none longer than max_length."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from training.config import ConfigError, TrainConfig
from training.data.schema import DataError, read_json_objects

_STAMP = re.compile(r"merged_phase([ABC])_(.+)\.jsonl$")


@dataclass
class Schedule:
    """Chats in training order, and where each phase starts and ends (row indices)."""

    chats: list[dict[str, Any]]
    phases: list[tuple[str, int, int]]
    sources: list[str]

    def phase_of(self, row: int) -> str:
        for name, start, end in self.phases:
            if start <= row < end:
                return name
        return self.phases[-1][0]


def _phase_files(folder: Path, phases: tuple[str, ...], stamp: str | None) -> list[Path]:
    found: dict[str, dict[str, Path]] = {}
    for path in folder.glob("merged_phase*_*.jsonl"):
        m = _STAMP.search(path.name)
        if m:
            found.setdefault(m[2], {})[m[1]] = path
    complete = sorted(s for s, files in found.items() if set(phases) <= set(files))
    if stamp is None:
        if not complete:
            raise ConfigError(f"{folder}: no curriculum run with phases {','.join(phases)} (run `elson data "
                              f"curriculum` first)")
        stamp = complete[-1]
    elif stamp not in found or not set(phases) <= set(found[stamp]):
        raise ConfigError(f"{folder}: curriculum run {stamp!r} lacks a phase of {','.join(phases)}")
    return [found[stamp][p] for p in phases]


def to_chat(row: Any) -> dict[str, Any]:
    """An SFT chat from a corpus record (its ``messages``, or instruction/input/output) or an SFT row."""
    if not isinstance(row, dict):
        raise ValueError("not a JSON object")
    messages = row.get("messages")
    if messages is None and "instruction" in row:
        user = row["instruction"] + (f"\n\n{row['input']}" if row.get("input") else "")
        messages = [{"role": "user", "content": user}, {"role": "assistant", "content": row.get("output")}]
    if not isinstance(messages, list) or not messages:
        raise ValueError("no messages and no instruction/output")
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ("system", "user", "assistant"):
            raise ValueError(f"message {i}: role must be system, user or assistant")
        if not isinstance(m.get("content"), str):
            raise ValueError(f"message {i}: content must be a string")
    if messages[-1]["role"] != "assistant":
        raise ValueError("the chat does not end with an assistant turn")
    return {"messages": [{"role": m["role"], "content": m["content"]} for m in messages]}


def load_schedule(cfg: TrainConfig) -> Schedule:
    """The chats to train on, in order, with phase boundaries; one-line errors name the file and record."""
    src = Path(cfg.data)
    if src.is_dir():
        files = _phase_files(src, cfg.phases, cfg.curriculum_stamp)
        names = list(cfg.phases)
    elif src.is_file():
        files, names = [src], ["all"]
    else:
        raise ConfigError(f"{src}: no such dataset (a curriculum_runs folder or a JSONL file)")
    chats: list[dict[str, Any]] = []
    phases = []
    for name, path in zip(names, files, strict=True):
        start = len(chats)
        try:
            rows = read_json_objects(path)
        except DataError as exc:  # unreadable, empty or malformed: one line naming the file
            raise ConfigError(str(exc)) from None
        for index, row in enumerate(rows):
            try:
                chats.append(to_chat(row))
            except ValueError as exc:
                rid = row.get("id") if isinstance(row, dict) else None
                raise ConfigError(f"{path}: record {index}{f' (id {rid})' if rid else ''}: wrong chat format: "
                                  f"{exc}") from None
        if len(chats) == start:
            raise ConfigError(f"{path}: the dataset is empty")
        phases.append((name, start, len(chats)))
    return Schedule(chats, phases, [str(f) for f in files])


def check_lengths(schedule: Schedule, tokenizer: Any, max_length: int, drop: bool = False) -> tuple[int, int]:
    """Tokenize every chat with the training template. A chat over ``max_length`` is an error naming it, or with
    ``drop`` is removed (phase boundaries kept right). Returns ``(tokens kept, chats dropped)``."""
    total, dropped = 0, 0
    kept: list[dict[str, Any]] = []
    bounds: list[tuple[str, int, int]] = []
    for name, start, end in schedule.phases:
        first = len(kept)
        for i in range(start, end):
            ids = tokenizer.apply_chat_template(schedule.chats[i]["messages"], tokenize=True, return_dict=False)
            n = len(ids["input_ids"] if isinstance(ids, dict) else ids)
            if n > max_length:
                if not drop:
                    raise ConfigError(f"record {i} of the schedule (phase {name}) has {n} tokens, more than "
                                      f"max_length {max_length}; raise max_length or set long_records=drop")
                dropped += 1
                continue
            kept.append(schedule.chats[i])
            total += n
        if len(kept) == first:
            raise ConfigError(f"phase {name}: every record is longer than max_length {max_length}")
        bounds.append((name, first, len(kept)))
    schedule.chats, schedule.phases = kept, bounds
    return total, dropped
