"""``elson data curriculum``: Phase A/B/C manifests sampled from the domain buckets.

* **A** domain blocks, one domain at a time (easy → extreme inside a block), tier mix 35/35/25/5;
* **B** a shuffled mix, tier mix 20/40/30/10, no domain above 15% of the phase;
* **C** the stress epoch, tier mix 10/25/35/30, compliance, securities regulation, derivatives and estate planning
  weighted ×3.

Counts are exact: tier targets by largest remainder (so within one record of the mix), then each tier is spread
over domains in proportion to what they hold (times the phase's weights), never more than a bucket holds. A tier
that cannot fill its share hands the rest to the nearest tier with records to spare, and the report says so; a
target no allocation can meet is an error, never a short file. The same seed gives byte-identical output.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from training.data.domains import DOMAIN_BY_NAME, STRESS_CATEGORIES, TIERS
from training.data.schema import DataError, write_jsonl

Key = tuple[str, str]  # (domain, tier)


@dataclass(frozen=True, slots=True)
class PhaseSpec:
    """One curriculum phase: its tier mix (easy, medium, hard, extremely_complex), order and domain rules."""

    name: str
    tier_mix: tuple[float, float, float, float]
    order: str  # "blocks" (one domain at a time) or "shuffle"
    domain_cap: float | None = None  # no domain above this share of the phase
    stress_weight: float = 1.0  # weight of STRESS_CATEGORIES domains relative to others


PHASES: dict[str, PhaseSpec] = {
    "A": PhaseSpec("A", (0.35, 0.35, 0.25, 0.05), "blocks"),
    "B": PhaseSpec("B", (0.20, 0.40, 0.30, 0.10), "shuffle", domain_cap=0.15),
    "C": PhaseSpec("C", (0.10, 0.25, 0.35, 0.30), "shuffle", stress_weight=3.0),
}


@dataclass
class PhasePlan:
    """How many records each bucket gives, and what had to move."""

    phase: str
    target: int
    tier_target: list[int]
    tier_actual: list[int]
    counts: dict[Key, int]
    shifts: list[str] = field(default_factory=list)
    exhausted: list[Key] = field(default_factory=list)


def largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Integers proportional to ``weights`` that sum to ``total`` exactly (ties go to the earlier index)."""
    s = sum(weights)
    if total <= 0 or s <= 0:
        return [0] * len(weights)
    raw = [total * w / s for w in weights]
    out = [math.floor(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def fill_capacity(n: int, weights: Sequence[float], caps: Sequence[int]) -> tuple[list[int], int]:
    """Spread ``n`` in proportion to ``weights`` without passing ``caps``; what a full item cannot take goes to the
    others. Returns the allocation and what could not be placed."""
    alloc = [0] * len(weights)
    remaining = n
    active = [i for i in range(len(weights)) if caps[i] > 0 and weights[i] > 0]
    while remaining > 0 and active:
        shares = largest_remainder(remaining, [weights[i] for i in active])
        moved = 0
        for i, share in zip(active, shares, strict=True):
            take = min(share, caps[i] - alloc[i])
            alloc[i] += take
            moved += take
        remaining -= moved
        active = [i for i in active if alloc[i] < caps[i]]
        if moved == 0:  # only zero shares left: give one each in order
            for i in active[:remaining]:
                alloc[i] += 1
            remaining -= min(remaining, len(active))
    return alloc, remaining


def _tier_counts(target: list[int], avail: list[int], shifts: list[str]) -> list[int]:
    """Tier counts no larger than what each tier holds; a shortfall moves to the nearest tier with room (the
    harder one on a tie)."""
    counts = [min(t, a) for t, a in zip(target, avail, strict=True)]
    for i in range(len(TIERS)):
        short = target[i] - counts[i]
        for j in sorted(range(len(TIERS)), key=lambda j: (abs(j - i), -j)):
            if short <= 0:
                break
            if j == i:
                continue
            room = avail[j] - counts[j]
            take = min(room, short)
            if take > 0:
                counts[j] += take
                short -= take
                shifts.append(f"{TIERS[i]} had {avail[i]:,} records for a share of {target[i]:,}: "
                              f"{take:,} moved to {TIERS[j]}")
        if short > 0:
            raise DataError(f"phase cannot be filled: {short:,} records short in {TIERS[i]} and no tier has room")
    return counts


def plan_phase(spec: PhaseSpec, avail: dict[Key, int], target: int | None, replacement: bool = False) -> PhasePlan:
    """The per-bucket counts of one phase; ``target=None`` takes the whole corpus once."""
    total = sum(avail.values())
    if target is None:
        tiers = [sum(n for (d, t), n in avail.items() if t == tier) for tier in TIERS]
        return PhasePlan(spec.name, total, tiers, tiers, dict(avail))
    if target <= 0:
        raise DataError(f"--target-records must be positive, got {target}")
    if target > total and not replacement:
        raise DataError(f"--target-records {target:,} is larger than the corpus ({total:,} records) and sampling is "
                        f"without replacement (pass --replacement to allow repeats)")
    tier_target = largest_remainder(target, spec.tier_mix)
    tier_avail = [sum(n for (d, t), n in avail.items() if t == tier) for tier in TIERS]
    plan = PhasePlan(spec.name, target, tier_target, [], {})
    if replacement:
        tier_avail = [target if a else 0 for a in tier_avail]
    tier_counts = _tier_counts(tier_target, tier_avail, plan.shifts)
    cap = math.floor(spec.domain_cap * target) if spec.domain_cap else None
    used: Counter[str] = Counter()
    leftover = 0
    for tier, n in zip(TIERS, tier_counts, strict=True):
        keys = [k for k in sorted(avail) if k[1] == tier and avail[k] > 0]
        weights = [avail[k] * (spec.stress_weight if DOMAIN_BY_NAME[k[0]].category in STRESS_CATEGORIES else 1.0)
                   for k in keys]
        caps = [n if replacement else avail[k] for k in keys]
        if cap is not None:
            caps = [min(c, cap - used[k[0]]) for c, k in zip(caps, keys, strict=True)]
        alloc, rest = fill_capacity(n, weights, caps)
        leftover += rest
        for k, a in zip(keys, alloc, strict=True):
            if a:
                plan.counts[k] = a
                used[k[0]] += a
                if not replacement and a == avail[k]:
                    plan.exhausted.append(k)
    if leftover:
        raise DataError(f"phase {spec.name}: {leftover:,} records cannot be placed under the {spec.domain_cap:.0%} "
                        f"domain cap; lower --target-records or add domains")
    plan.tier_actual = [sum(n for (d, t), n in plan.counts.items() if t == tier) for tier in TIERS]
    return plan


def sample_phase(spec: PhaseSpec, plan: PhasePlan, buckets: dict[Key, list[dict[str, object]]],
                 seed: int) -> list[dict[str, object]]:
    """The phase's records in training order, drawn from the buckets by ``plan``."""
    rng = random.Random(f"{seed}:{spec.name}")
    drawn: dict[Key, list[dict[str, object]]] = {}
    for key in sorted(plan.counts):
        rows, k = buckets[key], plan.counts[key]
        if k <= len(rows):
            drawn[key] = [rows[i] for i in rng.sample(range(len(rows)), k)]
        else:  # with replacement: whole shuffled passes, then a partial one
            picks: list[dict[str, object]] = []
            while len(picks) < k:
                order = list(range(len(rows)))
                rng.shuffle(order)
                picks.extend(rows[i] for i in order[: k - len(picks)])
            drawn[key] = picks
    if spec.order == "blocks":
        out = []
        for domain in DOMAIN_BY_NAME:  # taxonomy order; easy → extreme inside each domain
            for tier in TIERS:
                out.extend(drawn.get((domain, tier), []))
        return out
    out = [row for key in sorted(drawn) for row in drawn[key]]
    rng.shuffle(out)
    return out


def write_phase(out_dir: Path, phase: str, rows: list[dict[str, object]], stamp: str) -> tuple[Path, Path]:
    """``manifest_phase<X>_<stamp>.jsonl`` (id, phase, position, domain, tier) and ``merged_phase<X>_<stamp>.jsonl``
    (the full records, same order), each written atomically."""
    manifest = out_dir / f"manifest_phase{phase}_{stamp}.jsonl"
    merged = out_dir / f"merged_phase{phase}_{stamp}.jsonl"
    write_jsonl(manifest, ({"id": row["id"], "phase": phase, "position": pos, "domain": row["domain"],
                            "tier": row["difficulty"]} for pos, row in enumerate(rows)))
    write_jsonl(merged, rows)
    return manifest, merged
