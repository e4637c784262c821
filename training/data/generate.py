"""``elson data generate``: the four source files of the corpus, with exactly the plan's record counts, all unique.

| source file | records | made from |
| --- | --- | --- |
| final_training_data.json | 23,493 | glossary facts + planning, tax, retirement, markets, regulation templates |
| insurance_training_data.json | 10,000 | glossary facts + insurance templates |
| accounting_training_data.json | 5,000 | glossary facts + accounting templates |
| tool_use_training_data.json | 2,500 | executed tool-use conversations |

Sources are generated in that order with one seen-set, so no pair appears in two files.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from training.data.domains import CATEGORIES
from training.data.gen.common import Draft, Template, WeightedTemplates, fill
from training.data.schema import write_json_array


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One source file: its name, its record count and what it is for."""

    file: str
    count: int
    purpose: str
    categories: frozenset[str]


CORE = frozenset(CATEGORIES) - {"insurance", "accounting", "tool_use"}
SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec("final_training_data.json", 23_493, "core financial planning", CORE),
    SourceSpec("insurance_training_data.json", 10_000, "insurance", frozenset({"insurance"})),
    SourceSpec("accounting_training_data.json", 5_000, "accounting, GAAP/IFRS workflows", frozenset({"accounting"})),
    SourceSpec("tool_use_training_data.json", 2_500, "structured outputs and tool calling", frozenset({"tool_use"})),
)
TOTAL = sum(s.count for s in SOURCES)  # 40,993

# Shares of the tool-use file by kind of conversation (the rest of each group's weight is spread by template).
TOOL_MIX = {"calc": 0.38, "market": 0.17, "fundamentals": 0.17, "multi": 0.13, "recovery": 0.09, "no_tool": 0.06}


@dataclass
class GenerateReport:
    """What was written: counts by file and tier, and the time each source took."""

    files: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    tiers: dict[str, Counter[str]] = field(default_factory=dict)


def _templates_for(spec: SourceSpec) -> tuple[list[Draft], WeightedTemplates]:
    from training.data.gen import glossary

    pool = glossary.concept_drafts(spec.categories)
    if spec.file.startswith("insurance"):
        from training.data.gen import insurance

        return pool, insurance.TEMPLATES
    if spec.file.startswith("accounting"):
        from training.data.gen import accounting

        return pool, accounting.TEMPLATES
    from training.data.gen import markets, planning

    # Planning, tax and retirement take ~58% of the templated records; estate, portfolio, corporate finance,
    # regulation, compliance, derivatives and fintech the rest (about 13,000 and 9,000 of the core file).
    return pool, [*_scaled(planning.TEMPLATES, 0.58), *_scaled(markets.TEMPLATES, 0.42)]


def _scaled(templates: WeightedTemplates, share: float) -> list[tuple[Template, float]]:
    total = sum(w for _, w in templates)
    return [(t, share * w / total) for t, w in templates]


def tool_templates(kit: Any) -> list[tuple[Template, float]]:
    """The tool-use templates bound to a :class:`~training.data.gen.tool_use.ToolKit`, weighted by :data:`TOOL_MIX`;
    a drawn case that cannot make a good record is drawn again."""
    from training.data.gen import tool_use, tool_use_data, tool_use_flows

    groups = {"calc": tool_use.CALC_TEMPLATES, "market": tool_use_data.MARKET_TEMPLATES,
              "fundamentals": tool_use_data.FUNDAMENTAL_TEMPLATES, "multi": tool_use_flows.MULTI_TEMPLATES,
              "recovery": tool_use_flows.RECOVERY_TEMPLATES, "no_tool": tool_use_flows.NO_TOOL_TEMPLATES}
    out: list[tuple[Template, float]] = []
    for group, templates in groups.items():
        total = sum(w for _, w in templates)
        out.extend((partial(_retrying, t, kit), TOOL_MIX[group] * w / total) for t, w in templates)
    return out


def _retrying(template: Callable[[Any, random.Random], Draft], kit: Any, rng: random.Random) -> Draft:
    from training.data.gen.tool_use import Unusable

    for _ in range(50):
        try:
            return template(kit, rng)
        except Unusable:
            continue
    raise RuntimeError(f"{template.__name__}: 50 unusable draws in a row")


def generate(out_dir: Path, seed: int = 0, scale: float = 1.0, sources: Sequence[SourceSpec] = SOURCES,
             advance: Callable[[int], None] | None = None) -> GenerateReport:
    """Write the source files into ``out_dir`` (each atomically). ``scale`` < 1 writes that fraction of every count
    (for quick runs and tests); the full corpus is ``scale=1``."""
    report, seen = GenerateReport(), set[str]()
    for index, spec in enumerate(sources):
        started = time.perf_counter()
        n = max(1, round(spec.count * scale))
        rng = random.Random(f"{seed}:{spec.file}")
        if spec.categories == {"tool_use"}:
            from training.data.gen.tool_use import ToolKit

            kit = ToolKit()
            try:
                records = fill([], tool_templates(kit), n, rng, spec.file, seen, advance)
            finally:
                kit.close()
        else:
            pool, templates = _templates_for(spec)
            if scale < 1:  # a scaled run keeps the pool's share too, so templates are exercised as well
                pool = random.Random(f"{seed}:{index}:pool").sample(pool, max(1, round(len(pool) * scale)))
            records = fill(pool, templates, n, rng, spec.file, seen, advance)
        write_json_array(out_dir / spec.file, records)
        report.files[spec.file] = len(records)
        report.seconds[spec.file] = time.perf_counter() - started
        report.tiers[spec.file] = Counter(r.difficulty for r in records)
    return report
