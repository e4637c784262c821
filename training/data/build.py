"""``elson data build``: merge the source files, run the five checks, and write the validated corpus, the rejects
(each with its reason) and a report shaped like the plan's tables. ``in = kept + rejected`` always holds.

The checks run in order (schema, short output, length, duplicate, tool calls); a record is rejected by the first
it fails. A record that does not fit the schema is an error naming its file and index unless ``keep_going``
is set, in which case it is rejected like any other.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from training.data.schema import DataError, Record, read_json_objects, write_jsonl
from training.data.validate import (
    CHECKS,
    Limits,
    check_duplicate,
    check_length,
    check_schema,
    check_short_output,
    check_tool_calls,
)

CORPUS = "corpus.jsonl"
REJECTS = "rejects.jsonl"


@dataclass
class BuildReport:
    """Counts for the report: input, kept and rejected by source, failures by check, and corpus statistics."""

    by_source_in: Counter[str] = field(default_factory=Counter)
    by_source_kept: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    tiers: Counter[str] = field(default_factory=Counter)
    domains: Counter[str] = field(default_factory=Counter)
    instruction_chars: int = 0
    output_chars: int = 0
    seconds: float = 0.0

    @property
    def total_in(self) -> int:
        return sum(self.by_source_in.values())

    @property
    def kept(self) -> int:
        return sum(self.by_source_kept.values())

    @property
    def rejected(self) -> int:
        return sum(self.failed.values())


def _reject(rejects: list[dict[str, Any]], report: BuildReport, path: Path, index: int, item: Any,
            reason: str) -> None:
    check = reason.split(":", 1)[0]
    report.failed[check] += 1
    rejects.append({"file": path.name, "index": index, "id": item.get("id") if isinstance(item, dict) else None,
                    "check": check, "reason": reason, "record": item})


def validate_sources(paths: Sequence[Path], limits: Limits = Limits(), keep_going: bool = False,
                     advance: Callable[[int], None] | None = None
                     ) -> tuple[list[Record], list[dict[str, Any]], list[dict[str, Any]], BuildReport]:
    """Read and check every record of ``paths`` in order; returns ``(kept, kept_rows, rejects, report)``, the
    kept records both as models and as the JSON objects read."""
    from tools.registry import default_registry

    registry = default_registry()
    kept: list[Record] = []
    kept_rows: list[dict[str, Any]] = []  # the validated items as read: written back without re-serializing models
    rejects: list[dict[str, Any]] = []
    report, seen = BuildReport(), dict[str, str]()
    for path in paths:
        items = read_json_objects(path)
        report.by_source_in[path.name] += len(items)
        for index, item in enumerate(items):
            record, key_or_reason = check_schema(item)
            if record is None:
                reason: str | None = key_or_reason
                if not keep_going:
                    where = f"record {index}" + (f" (id {item['id']})" if isinstance(item, dict)
                                                 and isinstance(item.get("id"), str) else "")
                    raise DataError(f"{path}: {where}: {reason} (use --keep-going to reject it instead)")
                _reject(rejects, report, path, index, item, reason or "schema")
                continue
            reason = (check_short_output(record, limits) or check_length(record, limits)
                      or check_duplicate(record, key_or_reason, seen) or check_tool_calls(record, registry))
            if reason:
                _reject(rejects, report, path, index, item, reason)
                continue
            kept.append(record)
            kept_rows.append(item)
            report.by_source_kept[path.name] += 1
            report.categories[record.category] += 1
            report.domains[record.domain] += 1
            report.tiers[record.difficulty] += 1
            report.instruction_chars += len(record.instruction)
            report.output_chars += len(record.output)
        if advance:
            advance(len(items))
    if report.total_in != report.kept + report.rejected:  # never lose a record silently
        raise AssertionError(f"in {report.total_in} != kept {report.kept} + rejected {report.rejected}")
    return kept, kept_rows, rejects, report


def build(paths: Sequence[Path], out_dir: Path, limits: Limits = Limits(), keep_going: bool = False,
          advance: Callable[[int], None] | None = None) -> BuildReport:
    """Validate ``paths`` and write ``corpus.jsonl``, ``rejects.jsonl`` and ``build_report.md`` into ``out_dir``."""
    started = time.perf_counter()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise DataError(f"no such source file: {', '.join(missing)}")
    _, kept_rows, rejects, report = validate_sources(paths, limits, keep_going, advance)
    write_jsonl(out_dir / CORPUS, kept_rows)
    rows = (orjson.loads(orjson.dumps(r, default=str)) for r in rejects)
    write_jsonl(out_dir / REJECTS, rows)
    report.seconds = time.perf_counter() - started
    (out_dir / "build_report.md").write_text(render_report(report))
    return report


def render_report(report: BuildReport) -> str:
    """The build report in Markdown, shaped like the plan's tables."""
    lines = ["# Corpus build report", "", "## Records by source", "",
             "| source | in | kept | share of corpus |", "| --- | ---: | ---: | ---: |"]
    kept = max(report.kept, 1)
    for name, n in report.by_source_in.items():
        k = report.by_source_kept[name]
        lines.append(f"| {name} | {n:,} | {k:,} | {k / kept:.1%} |")
    lines += [f"| **total** | **{report.total_in:,}** | **{report.kept:,}** | 100% |", "",
              "## Top 10 categories", "", "| category | records | share |", "| --- | ---: | ---: |"]
    lines += [f"| {c} | {n:,} | {n / kept:.1%} |" for c, n in report.categories.most_common(10)]
    lines += ["", "## Difficulty tiers", "", "| tier | records | share |", "| --- | ---: | ---: |"]
    lines += [f"| {t} | {n:,} | {n / kept:.1%} |" for t, n in report.tiers.most_common()]
    lines += ["", "## Statistics", "", "| measure | value |", "| --- | ---: |",
              f"| average instruction length (characters) | {report.instruction_chars / kept:,.0f} |",
              f"| average output length (characters) | {report.output_chars / kept:,.0f} |",
              f"| unique instruction+input pairs | {report.kept:,} |",
              f"| domains | {len(report.domains)} |",
              f"| categories | {len(report.categories)} |", "",
              "## Validation checks", "", "| check | failed | passed |", "| --- | ---: | ---: |"]
    remaining = report.total_in
    for check in CHECKS:  # a record is only seen by a check if it passed the earlier ones
        failed = report.failed[check]
        lines.append(f"| {check} | {failed:,} | {remaining - failed:,} |")
        remaining -= failed
    lines += ["", f"in {report.total_in:,} = kept {report.kept:,} + rejected {report.rejected:,}; "
              f"built in {report.seconds:.2f} s.", ""]
    return "\n".join(lines)
