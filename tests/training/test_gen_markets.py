"""The combined markets generator (training.data.gen.markets): every template's drafts are well formed (valid domain
and tier, JSON params, the Answer line carries params["answer"] as displayed), varied, fast, and the weighted tier
mix follows the contract. Each template's answer is recomputed independently in the test_gen_markets_* files."""

from __future__ import annotations

import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable

import pytest

from tests.training import (
    test_gen_markets_derivatives,
    test_gen_markets_estate,
    test_gen_markets_fintech,
    test_gen_markets_portfolio,
    test_gen_markets_regulation,
)
from tests.training._markets_ref import answer_text, draws
from training.data.domains import DOMAIN_BY_NAME, STRESS_CATEGORIES, TIERS, category_of
from training.data.gen import markets
from training.data.gen.common import Template, fill
from training.data.schema import dedupe_key

CHECKED = {**test_gen_markets_estate.CHECKS, **test_gen_markets_portfolio.CHECKS,
           **test_gen_markets_regulation.CHECKS, **test_gen_markets_derivatives.CHECKS,
           **test_gen_markets_fintech.CHECKS}
TARGET = {"easy": 0.22, "medium": 0.33, "hard": 0.28, "extremely_complex": 0.17}


def _weighted(n: int, seed: int) -> list[object]:
    rng = random.Random(seed)
    funcs, weights = [t for t, _ in markets.TEMPLATES], [w for _, w in markets.TEMPLATES]
    return [rng.choices(funcs, weights)[0](rng) for _ in range(n)]


@pytest.mark.parametrize("template", [t for t, _ in markets.TEMPLATES], ids=lambda t: f"{t.__module__}.{t.__name__}")
def test_drafts_are_well_formed(template: Callable[[random.Random], object]) -> None:
    module = template.__module__.rsplit(".", 1)[-1]
    for d in draws(template, 20, seed=7):  # type: ignore[arg-type]
        assert d.template == f"{module}.{template.__name__.removeprefix('t_')}"
        assert d.domain in DOMAIN_BY_NAME and d.difficulty in TIERS
        assert d.template in CHECKED, f"{d.template} has no independent recomputation"
        json.dumps(d.params)
        assert "answer" in d.params and d.instruction.strip()
        last = d.output.rstrip().splitlines()[-1]
        assert last.startswith("Answer: ") and answer_text(d) in last, (d.template, last, d.params["answer"])
        assert len(d.output) <= 1_800 and "<" not in d.output.replace("<=", "").replace("< ", "")


@pytest.mark.parametrize("template", [t for t, _ in markets.TEMPLATES], ids=lambda t: f"{t.__module__}.{t.__name__}")
def test_template_parameter_space_is_large(template: Template) -> None:
    rng = random.Random(99)
    keys = {dedupe_key(d.instruction, d.input) for d in (template(rng) for _ in range(80))}
    assert len(keys) >= 78


def test_weighted_mix_uniqueness_and_domains() -> None:
    drafts = _weighted(1_600, seed=5)
    tiers = Counter(d.difficulty for d in drafts)  # type: ignore[attr-defined]
    for tier, share in TARGET.items():
        assert abs(tiers[tier] / len(drafts) - share) < 0.04, tiers
    assert len({dedupe_key(d.instruction, d.input) for d in drafts}) >= 1_596  # type: ignore[attr-defined]
    by_domain: dict[str, set[str]] = defaultdict(set)
    for d in drafts:
        by_domain[d.domain].add(d.difficulty)  # type: ignore[attr-defined]
    assert len(by_domain) == 24 and all(len(t) >= 2 for t in by_domain.values()), by_domain
    stress = Counter(d.difficulty for d in drafts if category_of(d.domain) in STRESS_CATEGORIES)  # type: ignore[attr-defined]
    assert (stress["hard"] + stress["extremely_complex"]) / sum(stress.values()) > 0.45


def test_fill_reaches_a_large_count_and_draws_are_fast() -> None:
    start = time.perf_counter()
    records = fill([], markets.TEMPLATES, 800, random.Random(3), "final_training_data.json", set())
    per_draw = (time.perf_counter() - start) / 800
    assert len(records) == 800 and per_draw < 0.002  # ~0.3 ms on a laptop; generous for CI
