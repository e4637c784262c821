"""One curriculum run: read the buckets once, plan, sample and write each requested phase, and say what happened."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from training.data.buckets import read_buckets
from training.data.curriculum import PHASES, PhasePlan, plan_phase, sample_phase, write_phase
from training.data.domains import DOMAIN_BY_NAME, STRESS_CATEGORIES, TIERS


@dataclass
class PhaseResult:
    """A written phase: its plan, files, and the shares it ended with."""

    plan: PhasePlan
    manifest: Path
    merged: Path
    domain_counts: Counter[str]
    unique: int

    def summary(self) -> str:
        """Lines for the terminal: tiers wanted vs written, the largest domain, stress share, moves."""
        p, n = self.plan, max(self.plan.target, 1)
        tiers = ", ".join(f"{t} {a:,}/{w:,}" for t, a, w in zip(TIERS, p.tier_actual, p.tier_target, strict=True))
        top, top_n = self.domain_counts.most_common(1)[0]
        stress = sum(c for d, c in self.domain_counts.items() if DOMAIN_BY_NAME[d].category in STRESS_CATEGORIES)
        lines = [f"phase {p.phase}: {sum(p.tier_actual):,} records ({self.unique:,} distinct) in "
                 f"{len(self.domain_counts)} domains -> {self.manifest}",
                 f"  tiers written/target: {tiers}",
                 f"  largest domain {top} {top_n / n:.1%}; stress categories {stress / n:.1%}"]
        lines += [f"  shortfall: {s}" for s in p.shifts]
        if p.exhausted:
            lines.append(f"  {len(p.exhausted)} buckets given in full (their share was more than they hold; the "
                         f"rest went to other domains of the tier)")
        return "\n".join(lines)


def run_curriculum(buckets_dir: Path, out_dir: Path, phases: Sequence[str], target: int | None, seed: int,
                   replacement: bool, stamp: str) -> list[PhaseResult]:
    """Plan and write ``phases``; every plan is made before any file is written, so a bad target writes nothing."""
    buckets = read_buckets(buckets_dir)
    avail = {key: len(rows) for key, rows in buckets.items()}
    plans = [plan_phase(PHASES[p], avail, target, replacement) for p in phases]
    results = []
    for plan in plans:
        rows = sample_phase(PHASES[plan.phase], plan, buckets, seed)
        manifest, merged = write_phase(out_dir, plan.phase, rows, stamp)
        counts = Counter(str(r["domain"]) for r in rows)
        results.append(PhaseResult(plan, manifest, merged, counts, len({r["id"] for r in rows})))
    return results
