"""The curriculum sampler: exact tier mixes, the Phase B domain cap, the Phase C stress weighting, reported
redistribution, determinism, and errors that leave no files behind."""

from __future__ import annotations

import math
import random
from collections import Counter
from pathlib import Path

import orjson
import pytest

from training.data.buckets import read_buckets, write_buckets
from training.data.curriculum import PHASES, fill_capacity, largest_remainder, plan_phase
from training.data.curriculum_run import run_curriculum
from training.data.domains import DOMAIN_BY_NAME, DOMAINS, STRESS_CATEGORIES, TIERS
from training.data.schema import DataError, Record, record_id


def corpus(per_bucket: dict[tuple[str, str], int]) -> list[Record]:
    out = []
    for (domain, tier), n in per_bucket.items():
        for i in range(n):
            q = f"Question {i} about {domain} at {tier} level"
            out.append(Record(id=record_id(q), instruction=q, output="An answer long enough to keep.",
                              category=DOMAIN_BY_NAME[domain].category, domain=domain, difficulty=tier,
                              source="synthetic.json"))
    return out


def realistic() -> dict[tuple[str, str], int]:
    """~40k records over every domain, tiers skewed like the generated corpus (few extreme ones)."""
    rng = random.Random(0)
    shares = (0.25, 0.36, 0.26, 0.13)
    return {(d.name, t): rng.randint(200, 1100) * s // 0.25 // 1 for d in DOMAINS for t, s in zip(TIERS, shares,
                                                                                                 strict=True)
            if rng.random() > 0.1}  # some domains lack a tier


@pytest.fixture(scope="module")
def buckets_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data") / "domain_buckets"
    write_buckets(corpus({k: int(v) for k, v in realistic().items()}), root)
    return root


def test_largest_remainder_and_capacity_filling_are_exact() -> None:
    assert largest_remainder(15_000, (0.35, 0.35, 0.25, 0.05)) == [5250, 5250, 3750, 750]
    assert sum(largest_remainder(9_999, (1, 1, 1))) == 9_999
    alloc, rest = fill_capacity(100, [1, 1, 1], [10, 1000, 1000])
    assert alloc == [10, 45, 45] and rest == 0
    assert fill_capacity(50, [1, 1], [10, 10]) == ([10, 10], 30)


@pytest.mark.parametrize("phase", ["A", "B", "C"])
def test_tier_mix_is_within_one_record_of_the_target(buckets_dir: Path, phase: str) -> None:
    avail = {k: len(v) for k, v in read_buckets(buckets_dir).items()}
    plan = plan_phase(PHASES[phase], avail, 15_000)
    assert sum(plan.tier_actual) == 15_000 and not plan.shifts
    for got, share in zip(plan.tier_actual, PHASES[phase].tier_mix, strict=True):
        assert abs(got - 15_000 * share) <= 1
    assert all(n <= avail[k] for k, n in plan.counts.items())  # without replacement


def test_phase_b_caps_every_domain_at_15_percent() -> None:
    lopsided = {(d.name, t): 300 for d in DOMAINS[20:40] for t in TIERS} | {("mortgages", t): 9_000 for t in TIERS}
    plan = plan_phase(PHASES["B"], lopsided, 10_000)
    per_domain = Counter[str]()
    for (domain, _), n in plan.counts.items():
        per_domain[domain] += n
    assert per_domain["mortgages"] <= math.floor(0.15 * 10_000) and sum(per_domain.values()) == 10_000
    plan_a = plan_phase(PHASES["A"], lopsided, 10_000)  # no cap in A: mortgages keep their natural share
    assert sum(n for (d, _), n in plan_a.counts.items() if d == "mortgages") > 1_500


def test_phase_c_leans_on_the_stress_categories(buckets_dir: Path) -> None:
    avail = {k: len(v) for k, v in read_buckets(buckets_dir).items()}

    def stress_share(phase: str) -> float:
        plan = plan_phase(PHASES[phase], avail, 12_000)
        stress = sum(n for (d, _), n in plan.counts.items() if DOMAIN_BY_NAME[d].category in STRESS_CATEGORIES)
        return stress / 12_000

    assert stress_share("C") > 1.5 * stress_share("B")


def test_a_short_tier_moves_to_the_nearest_and_is_reported() -> None:
    few_extreme = {(d.name, t): (20 if t == "extremely_complex" else 800) for d in DOMAINS[:10] for t in TIERS}
    plan = plan_phase(PHASES["C"], few_extreme, 6_000)  # C wants 1,800 extreme; there are 200
    assert plan.tier_actual[3] == 200 and sum(plan.tier_actual) == 6_000
    assert plan.tier_actual[2] == plan.tier_target[2] + 1_600  # all of it to "hard", the nearest tier
    assert plan.shifts and "extremely_complex" in plan.shifts[0] and "hard" in plan.shifts[0]
    assert all((d, "extremely_complex") in plan.exhausted for d in (x.name for x in DOMAINS[:10]))


def test_targets_beyond_the_corpus_need_replacement(tmp_path: Path, buckets_dir: Path) -> None:
    total = sum(len(v) for v in read_buckets(buckets_dir).values())
    with pytest.raises(DataError, match="larger than the corpus"):
        run_curriculum(buckets_dir, tmp_path / "runs", ["A"], total + 1, 0, False, "x")
    assert not (tmp_path / "runs").exists()  # nothing written
    results = run_curriculum(buckets_dir, tmp_path / "runs", ["B"], total + 500, 0, True, "x")
    assert sum(results[0].plan.tier_actual) == total + 500 and results[0].unique < total + 500


def test_same_seed_same_bytes_and_the_whole_corpus_option(tmp_path: Path, buckets_dir: Path) -> None:
    one = run_curriculum(buckets_dir, tmp_path / "one", ["A", "B", "C"], 9_000, 5, False, "t")
    two = run_curriculum(buckets_dir, tmp_path / "two", ["A", "B", "C"], 9_000, 5, False, "t")
    other = run_curriculum(buckets_dir, tmp_path / "three", ["B"], 9_000, 6, False, "t")
    for a, b in zip(one, two, strict=True):
        assert a.manifest.read_bytes() == b.manifest.read_bytes() and a.merged.read_bytes() == b.merged.read_bytes()
    assert one[1].manifest.read_bytes() != other[0].manifest.read_bytes()
    total = sum(len(v) for v in read_buckets(buckets_dir).values())
    (full,) = run_curriculum(buckets_dir, tmp_path / "full", ["A"], None, 0, False, "t")
    ids = [orjson.loads(line)["id"] for line in full.manifest.read_bytes().splitlines()]
    assert len(ids) == len(set(ids)) == total


def test_phase_a_is_domain_blocks_easy_first(tmp_path: Path, buckets_dir: Path) -> None:
    (result,) = run_curriculum(buckets_dir, tmp_path, ["A"], 6_000, 1, False, "t")
    rows = [orjson.loads(line) for line in result.manifest.read_bytes().splitlines()]
    assert [r["position"] for r in rows] == list(range(len(rows)))
    domains = [r["domain"] for r in rows]
    blocks = [d for i, d in enumerate(domains) if i == 0 or domains[i - 1] != d]
    assert len(blocks) == len(set(blocks))  # each domain appears as one contiguous block
    for domain in set(domains):
        tiers = [TIERS.index(r["tier"]) for r in rows if r["domain"] == domain]
        assert tiers == sorted(tiers)
    merged = [orjson.loads(line) for line in result.merged.read_bytes().splitlines()]
    assert [m["id"] for m in merged] == [r["id"] for r in rows] and "output" in merged[0]


def test_bad_bucket_files_are_named(tmp_path: Path) -> None:
    root = tmp_path / "b"
    (root / "mortgages").mkdir(parents=True)
    (root / "mortgages" / "trivial.jsonl").write_text("{}\n")
    with pytest.raises(DataError, match=r"trivial.jsonl: unknown tier 'trivial'"):
        read_buckets(root)
    (root / "mortgages" / "trivial.jsonl").unlink()
    (root / "mortgages" / "easy.jsonl").write_text('{"id": "x", "domain": "swaps", "difficulty": "easy"}\n')
    with pytest.raises(DataError, match=r"easy.jsonl: record 0 \(id x\).*does not match"):
        read_buckets(root)
