"""Record schema, readers and writers, and ``elson data build``'s checks: nothing vanishes, every reject has its
reason, and bad files are one-line errors naming the file and the record."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from training.data.build import build
from training.data.gen.common import make_record
from training.data.gen.tool_use import ToolKit, t_loan_payment, t_rmd
from training.data.schema import (
    DataError,
    Record,
    atomic_path,
    read_records,
    record_id,
    to_sft,
    write_json_array,
    write_jsonl,
)


def plain(q: str, out: str = "The answer, with its working shown step by step.", **kw: Any) -> dict[str, Any]:
    rec = {"id": record_id(q, kw.get("input", "")), "instruction": q, "output": out, "category": "banking_credit",
           "domain": "mortgages", "difficulty": "easy", "source": "a.json", **kw}
    return rec


@pytest.fixture(scope="module")
def tool_records() -> list[dict[str, Any]]:
    kit, rng = ToolKit(), random.Random(2)
    try:
        drafts = [t_loan_payment(kit, rng), t_rmd(kit, rng), t_loan_payment(kit, rng)]
    finally:
        kit.close()
    return [make_record(d, "tool_use_training_data.json").model_dump(exclude_none=True) for d in drafts]


def test_ids_are_stable_content_hashes_and_normalization_folds_trivia() -> None:
    assert record_id("What is APR?") == record_id("  what is   APR ") == record_id("What is APR")
    assert record_id("What is APR?") != record_id("What is APY?")
    assert record_id("q", "input one") != record_id("q", "input two")
    assert len(record_id("x")) == 16


def test_json_array_and_jsonl_read_the_same(tmp_path: Path) -> None:
    records = [Record.model_validate(plain(f"Question number {i}?")) for i in range(3)]
    write_json_array(tmp_path / "a.json", records)
    write_jsonl(tmp_path / "a.jsonl", records)
    assert read_records(tmp_path / "a.json") == read_records(tmp_path / "a.jsonl") == records


@pytest.mark.parametrize(("content", "message"), [
    ("[{\"id\": 1,", r"bad\.json: not valid JSON"),
    ("{\"a\": 1}\n{oops}\n", r"bad\.json: line 2: not valid JSON"),
    ("", r"bad\.json: the file is empty"),
    (json.dumps([plain("Good question here?"), {"instruction": "no output"}]), r"bad\.json: record 1: id: Field "
                                                                                 r"required"),
    (json.dumps([{**plain("Wrong type?"), "output": 5}]), r"record 0 \(id [0-9a-f]+\): output: Input should be a "
                                                          r"valid string"),
    (json.dumps([{**plain("Tier?"), "difficulty": "trivial"}]), r"record 0 .*difficulty: Input should be 'easy'"),
])
def test_bad_files_are_one_line_errors_naming_the_record(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.json").write_text(content)
    with pytest.raises(DataError, match=message) as err:
        read_records(tmp_path / "bad.json")
    assert "\n" not in str(err.value)


def test_atomic_writes_leave_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("died")
    assert target.read_text() == "old\n" and list(tmp_path.iterdir()) == [target]


def test_sft_export_shapes() -> None:
    rec = Record.model_validate(plain("What is a mortgage point?", input="Loan: $300,000"))
    assert to_sft(rec) == {"messages": [{"role": "user", "content": "What is a mortgage point?\n\nLoan: $300,000"},
                                        {"role": "assistant", "content": rec.output}]}


def test_build_keeps_good_records_and_rejects_each_bad_one_with_its_reason(
        tmp_path: Path, tool_records: list[dict[str, Any]]) -> None:
    broken_call = json.loads(json.dumps(tool_records[1]))
    broken_call["messages"][2]["content"] = broken_call["messages"][2]["content"].replace('"age": ', '"age": "x')
    unoffered = json.loads(json.dumps(tool_records[2]))
    unoffered["tools"] = ["calc.npv"]
    good = [plain(f"Good question number {i}?") for i in range(5)]
    bad = [
        plain("Empty answer here?", out="   "),
        plain("Short answer here?", out="Yes."),
        plain("Way too long answer?", out="x" * 9_000),
        plain("Good question number 3 ?"),  # a duplicate once normalized
        {**plain("Mismatched id?"), "id": "0000000000000000"},
        {**plain("Unknown domain?"), "domain": "astrology"},
        broken_call,
        unoffered,
    ]
    (tmp_path / "one.json").write_bytes(orjson.dumps(good + bad[:4]))
    (tmp_path / "two.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in [tool_records[0], *bad[4:]]))
    report = build([tmp_path / "one.json", tmp_path / "two.jsonl"], tmp_path / "out", keep_going=True)
    assert report.total_in == 14 and report.kept == 6 and report.rejected == 8
    assert report.total_in == report.kept + report.rejected
    rejects = [orjson.loads(x) for x in (tmp_path / "out" / "rejects.jsonl").read_bytes().splitlines()]
    reasons = {r["reason"].split(":")[0] for r in rejects}
    assert reasons == {"schema", "short_output", "length", "duplicate", "tool_calls"}
    assert {r["file"] for r in rejects} == {"one.json", "two.jsonl"} and all(r["record"] for r in rejects)
    assert any("not offer" in r["reason"] for r in rejects) and any("does not parse" in r["reason"] or "age" in
                                                                    r["reason"] for r in rejects)
    kept = read_records(tmp_path / "out" / "corpus.jsonl")
    assert len(kept) == 6 and kept[-1].messages
    text = (tmp_path / "out" / "build_report.md").read_text()
    assert "| one.json | 9 | 5 |" in text and "| duplicate | 1 |" in text and "in 14 = kept 6 + rejected 8" in text


def test_build_stops_at_a_schema_error_unless_told_to_keep_going(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_bytes(orjson.dumps([plain("Fine question?"), {**plain("Bad tier?"),
                                                                              "difficulty": "hardest"}]))
    with pytest.raises(DataError, match=r"s\.json: record 1 \(id [0-9a-f]+\): schema: difficulty"):
        build([tmp_path / "s.json"], tmp_path / "out")
    assert not (tmp_path / "out" / "corpus.jsonl").exists()
    with pytest.raises(DataError, match="no such source file"):
        build([tmp_path / "missing.json"], tmp_path / "out")


def test_the_fast_ascii_normalization_matches_the_regex_one() -> None:
    import re
    import string

    from training.data.schema import normalize

    rng = random.Random(0)
    for _ in range(5_000):
        text = "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 50)))
        assert normalize(text) == re.sub(r"[^\w]+", " ", text.lower()).strip()
    assert normalize("Ｃａｆé — what's APR?") == "café what s apr"  # NFKC, then the same folding
