"""The generated corpus end to end at small scale: counts per source, uniqueness across sources, a clean build,
the classifier's held-out accuracy, import of a user's Alpaca file, and the ``elson data`` commands."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from cli import app
from training.data.build import build
from training.data.classify import save_classifier, train_classifier
from training.data.domains import CATEGORIES, DOMAIN_BY_NAME
from training.data.generate import SOURCES, TOTAL
from training.data.importer import import_alpaca
from training.data.schema import DataError, dedupe_key, read_records

from .conftest import SCALE

runner = CliRunner()


def test_the_plan_counts_are_exact() -> None:
    assert TOTAL == 40_993
    assert [s.count for s in SOURCES] == [23_493, 10_000, 5_000, 2_500]


def test_sources_have_their_counts_and_no_pair_appears_twice(small_sources: Path) -> None:
    keys: set[str] = set()
    for spec in SOURCES:
        records = read_records(small_sources / "sources" / spec.file)
        assert len(records) == round(spec.count * SCALE)
        assert {r.category for r in records} <= spec.categories
        for r in records:
            key = dedupe_key(r.instruction, r.input)
            assert key not in keys
            keys.add(key)


def test_the_generated_corpus_builds_clean_and_covers_the_plan(small_sources: Path, tmp_path: Path) -> None:
    report = build(sorted((small_sources / "sources").glob("*.json")), tmp_path)
    assert report.rejected == 0, report.failed
    assert report.kept == sum(round(s.count * SCALE) for s in SOURCES)
    assert set(report.categories) == set(CATEGORIES)
    assert set(report.tiers) == {"easy", "medium", "hard", "extremely_complex"}
    assert len(report.domains) >= 55


def test_classifier_accuracy_and_import(small_sources: Path, tmp_path: Path) -> None:
    build(sorted((small_sources / "sources").glob("*.json")), tmp_path)
    records = read_records(tmp_path / "corpus.jsonl")
    model, report = train_classifier(records, seed=0)
    assert report.random_accuracy > 0.6 and 0 < report.template_accuracy <= 1
    path = tmp_path / "clf.joblib"
    save_classifier(model, path)
    alpaca = [{"instruction": "What is the monthly payment on a $250,000 mortgage at 6% for 30 years?",
               "output": "Using PMT = P*r/(1-(1+r)^-n) with r = 0.005 and n = 360, the payment is $1,498.88."},
              {"instruction": "Explain how a homeowners policy's 80% coinsurance clause works.", "input": "",
               "output": "If you insure for less than 80% of replacement cost, the insurer pays only part of a loss.",
               "category": "insurance"}]
    src = tmp_path / "mine.jsonl"
    src.write_text("\n".join(json.dumps(a) for a in alpaca))
    imported = import_alpaca(src, "mine", path)
    assert [r.domain in DOMAIN_BY_NAME for r in imported] == [True, True]
    assert imported[0].category == DOMAIN_BY_NAME[imported[0].domain].category
    assert imported[1].params == {"category_given": "insurance"}
    with pytest.raises(DataError, match="have no domain; pass --classifier"):
        import_alpaca(src, "mine", None)


def test_the_data_commands_end_to_end(small_sources: Path, tmp_path: Path) -> None:
    shutil.copytree(small_sources / "sources", tmp_path / "sources")
    d = ["--data-dir", str(tmp_path)]
    result = runner.invoke(app, ["data", "build", *d])
    assert result.exit_code == 0, result.output
    assert "rejected 0" in result.output and (tmp_path / "build_report.md").exists()
    result = runner.invoke(app, ["data", "buckets", *d])
    assert result.exit_code == 0 and "buckets in" in result.output
    result = runner.invoke(app, ["data", "curriculum", "--phase", "all", "--target-records", "600", "--seed", "3",
                                 "--stamp", "t1", *d])
    assert result.exit_code == 0, result.output
    for phase in "ABC":
        rows = [orjson.loads(x) for x in (tmp_path / "curriculum_runs" / f"manifest_phase{phase}_t1.jsonl")
                .read_bytes().splitlines()]
        assert len(rows) == 600 and len({r["id"] for r in rows}) == 600
    tiers = Counter(orjson.loads(x)["tier"] for x in (tmp_path / "curriculum_runs" / "manifest_phaseB_t1.jsonl")
                    .read_bytes().splitlines())
    assert abs(tiers["medium"] - 240) <= 1 or "shortfall" in result.output
    result = runner.invoke(app, ["data", "export", "--out", str(tmp_path / "sft.jsonl"), "--corpus",
                                 str(tmp_path / "curriculum_runs" / "merged_phaseA_t1.jsonl"), *d])
    assert result.exit_code == 0, result.output
    first = orjson.loads((tmp_path / "sft.jsonl").read_bytes().splitlines()[0])
    assert first["messages"][-1]["role"] == "assistant"


@pytest.mark.parametrize(("args", "message"), [
    (["curriculum", "--phase", "D"], "--phase must be A, B, C or all"),
    (["curriculum", "--target-records", "lots"], "--target-records must be a number or 'all'"),
    (["curriculum", "--target-records", "99999999"], "larger than the corpus"),
    (["build", "nope.json"], "no such source file"),
    (["buckets"], "corpus.jsonl: cannot read"),
    (["generate", "--scale", "2"], "--scale must be in (0, 1]"),
])
def test_bad_input_is_one_line_and_exit_2(small_sources: Path, tmp_path: Path, args: list[str],
                                          message: str) -> None:
    if args[0] == "curriculum":
        shutil.copytree(small_sources / "sources", tmp_path / "sources")
        assert runner.invoke(app, ["data", "build", "--data-dir", str(tmp_path)]).exit_code == 0
        assert runner.invoke(app, ["data", "buckets", "--data-dir", str(tmp_path)]).exit_code == 0
    result = runner.invoke(app, ["data", *args, "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and message in result.output, result.output
    assert result.output.strip().count("\n") == 0 and result.output.startswith("elson: error:")
    assert not list((tmp_path / "curriculum_runs").glob("*")) if (tmp_path / "curriculum_runs").exists() else True
