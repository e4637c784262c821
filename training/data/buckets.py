"""``elson data buckets``: the validated corpus split into ``domain_buckets/<domain>/<tier>.jsonl``.

A domain with no record of a tier simply has no file for it. The folder is written beside the target and swapped
in only when complete, so a failed run leaves the previous buckets (or none), never half of them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from training.data.domains import DOMAIN_BY_NAME, TIERS
from training.data.schema import DataError, Record, json_line, read_json_objects


def group(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Corpus rows by ``(domain, tier)``, in input order."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[(row["domain"], row["difficulty"])].append(row)
    return dict(out)


def write_buckets(rows: Iterable[dict[str, Any] | Record], root: Path) -> dict[tuple[str, str], int]:
    """Write the bucket files under ``root`` (replacing it atomically); returns the count per bucket. Rows are
    corpus objects (:func:`~training.data.schema.read_rows`) or records."""
    groups = group(r.model_dump(exclude_none=True) if isinstance(r, Record) else r for r in rows)
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
    try:
        for (domain, tier), rows in sorted(groups.items()):
            folder = staging / domain
            folder.mkdir(exist_ok=True)
            (folder / f"{tier}.jsonl").write_bytes(b"".join(json_line(r) for r in rows))
        old = None
        if root.exists():
            old = root.with_name(f".{root.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(root, old)
        os.replace(staging, root)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return {key: len(rows) for key, rows in groups.items()}


def read_buckets(root: Path) -> dict[tuple[str, str], list[dict[str, object]]]:
    """The bucket files under ``root`` as decoded rows by ``(domain, tier)`` (fast: no model validation; each
    row's domain and tier must match its file)."""
    if not root.is_dir():
        raise DataError(f"{root}: no bucket folder (run `elson data buckets` first)")
    out: dict[tuple[str, str], list[dict[str, object]]] = {}
    for path in sorted(root.glob("*/*.jsonl")):
        domain, tier = path.parent.name, path.stem
        if domain not in DOMAIN_BY_NAME:
            raise DataError(f"{path}: unknown domain {domain!r}")
        if tier not in TIERS:
            raise DataError(f"{path}: unknown tier {tier!r} (tiers: {', '.join(TIERS)})")
        rows = read_json_objects(path)
        for index, row in enumerate(rows):
            if not isinstance(row, dict) or not isinstance(row.get("id"), str):
                raise DataError(f"{path}: record {index}: not a record with an id")
            if row.get("domain") != domain or row.get("difficulty") != tier:
                raise DataError(f"{path}: record {index} (id {row['id']}): domain/tier "
                                f"{row.get('domain')}/{row.get('difficulty')} does not match its file")
        out[(domain, tier)] = rows
    if not out:
        raise DataError(f"{root}: the bucket folder is empty")
    return out


def bucket_table(counts: dict[tuple[str, str], int]) -> list[tuple[str, list[int], int]]:
    """Rows ``(domain, [count per tier], total)`` in taxonomy order, for printing."""
    domains = [d for d in DOMAIN_BY_NAME if any((d, t) in counts for t in TIERS)]
    rows = []
    for domain in domains:
        per = [counts.get((domain, t), 0) for t in TIERS]
        rows.append((domain, per, sum(per)))
    return rows
