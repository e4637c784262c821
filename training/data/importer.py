"""Users' Alpaca files in, SFT chat files out.

``elson data import`` turns a JSON-array or JSONL file of ``instruction``/``input``/``output`` (plus optional
``category``) into records of the corpus schema: an id from the content, a domain (given, or from the classifier),
the category of that domain, and a difficulty (given, or estimated from the answer's working). The result is a
source file ``elson data build`` takes beside the generated ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from training.data.classify import load_classifier, predict, text_of
from training.data.domains import DOMAIN_BY_NAME, Difficulty
from training.data.schema import AlpacaItem, DataError, Record, read_alpaca, record_id, to_sft, write_jsonl

_STEP = re.compile(r"(=|\n\s*(?:\d+[.)]|[-*])\s)")


def estimate_difficulty(output: str) -> Difficulty:
    """A tier from the answer's working when the file gives none: counted steps (``=`` signs and list items) and
    length. Generated records carry their real tier; this is only for imports."""
    steps = len(_STEP.findall(output))
    if steps >= 14 or len(output) > 2_200:
        return "extremely_complex"
    if steps >= 7 or len(output) > 1_200:
        return "hard"
    if steps >= 2 or len(output) > 450:
        return "medium"
    return "easy"


def import_alpaca(path: Path, source: str, classifier: Path | None = None) -> list[Record]:
    """Records from a user's Alpaca file; items without a domain need ``classifier``."""
    items = read_alpaca(path)
    for index, item in enumerate(items):
        if item.domain is not None and item.domain not in DOMAIN_BY_NAME:
            raise DataError(f"{path}: record {index}: unknown domain {item.domain!r}")
    unlabelled = [i for i, item in enumerate(items) if item.domain is None]
    domains: dict[int, str] = {}
    if unlabelled:
        if classifier is None:
            raise DataError(f"{path}: {len(unlabelled)} records have no domain; pass --classifier (train one with "
                            f"`elson data classifier`)")
        model = load_classifier(classifier)
        texts = [text_of(items[i].instruction, items[i].input, items[i].output) for i in unlabelled]
        domains = dict(zip(unlabelled, predict(model, texts), strict=True))
    return [_record(item, domains.get(i) or item.domain or "", source) for i, item in enumerate(items)]


def _record(item: AlpacaItem, domain: str, source: str) -> Record:
    return Record(id=record_id(item.instruction, item.input), instruction=item.instruction, input=item.input,
                  output=item.output, category=DOMAIN_BY_NAME[domain].category, domain=domain,
                  difficulty=item.difficulty or estimate_difficulty(item.output), source=source,
                  template="import", params={"category_given": item.category} if item.category else None)


def export_sft(records: Iterable[Record], out: Path) -> int:
    """Write records in SFT chat form (``{"messages": [...]}`` per line, with the record's id), atomically."""
    rows: Iterable[dict[str, Any]] = ({"id": r.id, **to_sft(r)} for r in records)
    return write_jsonl(out, rows)
