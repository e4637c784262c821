"""The full-size corpus (slow: ~30 s to generate, a minute to replay): exact counts, a clean build, and every
tool call of every tool-use record run again to the result recorded in it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.callformat import parse_text
from training.data.build import build
from training.data.generate import SOURCES, TOTAL, generate
from training.data.schema import read_records

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("full")
    generate(root / "sources", seed=0)
    return root


def test_exact_counts_and_a_clean_build(full: Path, tmp_path: Path) -> None:
    report = build(sorted((full / "sources").glob("*.json")), tmp_path)
    assert report.total_in == report.kept == TOTAL == 40_993 and report.rejected == 0
    assert dict(report.by_source_kept) == {s.file: s.count for s in SOURCES}
    assert len(report.domains) == 62


def test_every_tool_use_record_replays(full: Path) -> None:
    from training.data.gen.tool_use import ToolKit

    kit = ToolKit()  # a fresh registry: each distinct call runs once, then its result is reused
    try:
        checked = 0
        for record in read_records(full / "sources" / "tool_use_training_data.json"):
            msgs = record.messages or []
            for i, msg in enumerate(msgs):
                if msg.role != "assistant":
                    continue
                calls = parse_text(msg.content)[1]
                if not calls:
                    continue
                recorded = [b.split("</tool_response>")[0].strip()
                            for b in msgs[i + 1].content.split("<tool_response>")[1:]]
                for call, result in zip(calls, recorded, strict=True):
                    _, content = kit.run(call.name, json.loads(call.arguments))
                    assert json.loads(content) == json.loads(result), (record.id, call.name)
                    checked += 1
        assert checked >= 2_500
    finally:
        kit.close()
