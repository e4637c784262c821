"""The Hermes call format: rendering, and the streaming parser at every split point."""

from __future__ import annotations

import json

import pytest

from tools.callformat import ParsedCall, ToolCallStreamParser, parse_text, render_call, to_hermes_messages

TEXT = 'Let me check. <tool_call>\n{"name": "calc.npv", "arguments": {"rate": 0.1, "flows": [-100, 60, 60]}}\n' \
       '</tool_call>\n<tool_call>{"name": "b", "arguments": "{\\"x\\": 1}"}</tool_call> done'


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 11, 1000])
def test_stream_parser_is_split_invariant(size: int) -> None:
    parser = ToolCallStreamParser()
    items: list[str | ParsedCall] = []
    for i in range(0, len(TEXT), size):
        piece = parser.feed(TEXT[i:i + size])
        assert not any(isinstance(x, str) and "<tool" in x for x in piece)  # markup never leaks as text
        items += piece
    items += parser.finish()
    text = "".join(x for x in items if isinstance(x, str))
    calls = [x for x in items if isinstance(x, ParsedCall)]
    assert text == "Let me check. \n done"
    assert [(c.name, json.loads(c.arguments)) for c in calls] == [
        ("calc.npv", {"rate": 0.1, "flows": [-100, 60, 60]}), ("b", {"x": 1})]


def test_bad_blocks_come_back_as_the_exact_text() -> None:
    assert parse_text("a <tool_call>{oops}</tool_call> b") == ("a <tool_call>{oops}</tool_call> b", [])
    assert parse_text('x <tool_call>{"name": "f", "argu') == ('x <tool_call>{"name": "f", "argu', [])
    assert parse_text("ends with <tool_c") == ("ends with <tool_c", [])


def test_unterminated_valid_block_is_still_a_call() -> None:
    assert parse_text('<tool_call>{"name": "f", "arguments": {}}') == ("", [ParsedCall("f", "{}")])


def test_hermes_messages_roundtrip_calls_and_results() -> None:
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    out = to_hermes_messages([
        {"role": "developer", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "hi"}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "1", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}},
            {"id": "2", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "1", "content": "r1"},
        {"role": "tool", "tool_call_id": "2", "content": "r2"},
    ], tools)
    assert [m["role"] for m in out] == ["system", "user", "assistant", "user"]
    assert out[0]["content"].startswith("be brief\n\n# Tools") and '"name": "f"' in out[0]["content"]
    assert parse_text(out[2]["content"])[1] == [ParsedCall("f", '{"a": 1}'), ParsedCall("f", "{}")]
    assert out[3]["content"] == "<tool_response>\nr1\n</tool_response>\n<tool_response>\nr2\n</tool_response>"
    assert render_call("f", '{"a": 1}') == '<tool_call>\n{"name": "f", "arguments": {"a": 1}}\n</tool_call>'
