"""Checks every generator module's tests share: uniqueness and speed of draws, and the weighted tier mix."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Collection

from training.data.gen.common import WeightedTemplates
from training.data.schema import dedupe_key

TIER_TARGET = (("easy", 0.22), ("medium", 0.33), ("hard", 0.28), ("extremely_complex", 0.17))


def check_uniqueness_and_speed(templates: WeightedTemplates, draws_each: int = 300, unique: float = 0.97) -> None:
    """Each template gives at least ``unique`` distinct pairs over ``draws_each`` draws, under 1 ms a draw."""
    draws, start = 0, time.perf_counter()
    for template, _ in templates:
        rng = random.Random(99)
        keys = {dedupe_key(d.instruction, d.input) for d in (template(rng) for _ in range(draws_each))}
        draws += draws_each
        assert len(keys) >= unique * draws_each, (template.__name__, len(keys))
    assert (time.perf_counter() - start) / draws < 1e-3


def check_tier_mix_and_domains(templates: WeightedTemplates, domains: Collection[str]) -> None:
    """The weighted tier mix is within 4 points of the contract's, the templates cover exactly ``domains``, and
    every domain has at least two tiers."""
    weight: dict[str, float] = defaultdict(float)
    tiers: dict[str, set[str]] = {}
    for template, w in templates:
        d = template(random.Random(1))
        weight[d.difficulty] += w
        tiers.setdefault(d.domain, set()).add(d.difficulty)
    total = sum(weight.values())
    for tier, target in TIER_TARGET:
        assert abs(weight[tier] / total - target) < 0.04, (tier, weight[tier] / total)
    assert set(tiers) == set(domains)
    assert all(len(t) >= 2 for t in tiers.values()), tiers
