"""Generated tool-use records: executed on the snapshot, replayable, well-formed, and covering every tool."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from tools.callformat import parse_text
from tools.registry import default_registry
from training.data.gen.common import Draft, make_record
from training.data.gen.tool_use import CALC_TEMPLATES, ToolKit, Unusable
from training.data.gen.tool_use_data import FUNDAMENTAL_TEMPLATES, MARKET_TEMPLATES
from training.data.gen.tool_use_flows import MULTI_TEMPLATES, NO_TOOL_TEMPLATES, RECOVERY_TEMPLATES
from training.data.validate import check_tool_calls

ALL = [*CALC_TEMPLATES, *MARKET_TEMPLATES, *FUNDAMENTAL_TEMPLATES, *MULTI_TEMPLATES, *RECOVERY_TEMPLATES,
       *NO_TOOL_TEMPLATES]


@pytest.fixture(scope="module")
def kit() -> Iterator[ToolKit]:
    toolkit = ToolKit()
    yield toolkit
    toolkit.close()


@pytest.fixture(scope="module")
def drafts(kit: ToolKit) -> list[Draft]:
    rng, out = random.Random(7), []
    for template, _ in ALL:
        made = 0
        for _ in range(40):
            if made == 6:
                break
            try:
                out.append(template(kit, rng))
                made += 1
            except Unusable:
                continue
        assert made == 6, f"{template.__name__} produced {made} usable drafts in 40 draws"
    return out


def exchanges(messages: list[dict[str, str]]) -> list[tuple[list[Any], list[str]]]:
    """(calls, results) per assistant turn that calls tools, read back from the Hermes text."""
    out = []
    for i, msg in enumerate(messages):
        if msg["role"] != "assistant":
            continue
        _, calls = parse_text(msg["content"])
        if calls:
            reply = messages[i + 1]["content"]
            results = [block.split("</tool_response>")[0].strip() for block in reply.split("<tool_response>")[1:]]
            out.append((calls, results))
    return out


def test_every_registered_tool_is_covered(drafts: list[Draft]) -> None:
    called = {call.name for d in drafts for calls, _ in exchanges(d.messages or []) for call in calls}
    assert called == {t.name for t in default_registry()}


def test_tool_calls_replay_to_the_recorded_results(drafts: list[Draft]) -> None:
    fresh = ToolKit()  # a new registry and no cache: the tools really run again
    try:
        replayed = 0
        for draft in drafts:
            for calls, results in exchanges(draft.messages or []):
                assert len(calls) == len(results)
                for call, recorded in zip(calls, results, strict=True):
                    fresh._cache.clear()
                    _, content = fresh.run(call.name, json.loads(call.arguments))
                    assert json.loads(content) == json.loads(recorded), (draft.template, call.name)
                    replayed += 1
        assert replayed > len(drafts)
    finally:
        fresh.close()


def test_records_pass_the_tool_call_check_and_quote_their_results(drafts: list[Draft]) -> None:
    registry = default_registry()
    for draft in drafts:
        record = make_record(draft, "tool_use_training_data.json")
        assert record.category == "tool_use"
        assert check_tool_calls(record, registry) is None, draft.template
        assert record.messages and record.messages[0].role == "system"
        assert "<tools>" in record.messages[0].content and "You are Elson" in record.messages[0].content
        offered = set(record.tools or [])
        assert 1 <= len(offered) <= 5
        for calls, results in exchanges(draft.messages or []):
            for call, result in zip(calls, results, strict=True):
                assert call.name in offered
                payload = json.loads(result)
                if "error" not in payload and payload.get("source", "elson.calc") != "elson.calc":  # data: cited
                    assert payload["source"] in draft.output, draft.template


def test_answers_quote_the_computed_value(drafts: list[Draft]) -> None:
    checked = 0
    for draft in drafts:
        value = draft.params.get("answer")
        if not isinstance(value, float) or draft.template.startswith(("tool_use.no_tool", "tool_use.absent")):
            continue
        shown = {f"{value:,.2f}", f"{value:g}", f"{abs(value) / 1e9:,.2f} billion", f"{abs(value) / 1e6:,.1f} million",
                 f"{value:.3f}", f"{value * 100:.2f}".rstrip("0").rstrip(".") + "%",
                 f"{value * 100:.3f}".rstrip("0").rstrip(".") + "%"}
        assert any(s in draft.output for s in shown), (draft.template, value, draft.output)
        checked += 1
    assert checked > 100


def test_failed_calls_are_recovered_from(drafts: list[Draft]) -> None:
    recoveries = [d for d in drafts if d.template in ("tool_use.typo_ticker", "tool_use.payment_too_small",
                                                       "tool_use.wrong_item", "tool_use.fallback_valuation")]
    assert recoveries
    for draft in recoveries:
        turns = exchanges(draft.messages or [])
        assert len(turns) == 2
        assert "error" in json.loads(turns[0][1][0]) and "error" not in json.loads(turns[1][1][0])


def test_no_tool_questions_call_nothing(drafts: list[Draft]) -> None:
    plain = [d for d in drafts if d.template.startswith("tool_use.no_tool")]
    assert plain and all(not exchanges(d.messages or []) for d in plain)
    assert all(len(d.messages or []) == 3 for d in plain)  # system, user, answer


def test_the_same_seed_gives_the_same_records(kit: ToolKit) -> None:
    def draw(seed: int) -> list[str]:
        rng, out = random.Random(seed), []
        for template, _ in ALL[:12]:
            try:
                out.append(json.dumps(template(kit, rng).messages))
            except Unusable:
                out.append("unusable")
        return out

    assert draw(3) == draw(3) and draw(3) != draw(4)
