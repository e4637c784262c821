"""The quiz runner against the gateway on a scripted engine (offline) and against a local OpenAI-compatible server
started by the test: scores, resumability, retries, and every kind of failure reported per question."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from typer.testing import CliRunner

from eval.report import compare, read_rows, summarize, write_report
from eval.runner import RunConfig, run_questions
from eval.schema import NumericGold, Question, ToolGold
from service.app import create_app
from service.engines.base import EngineEvent, EngineRequest
from service.settings import Settings
from tests.fakes.live import serve
from tests.fakes.scripted import ScriptedEngine, call, say

QUESTIONS = [
    Question(id="t-001", quiz="t", category="Tax", type="numeric", question="Tax on $50,000 single 2024?",
             numeric=NumericGold(value=6053.0, unit="usd", rel_tol=0.001)),
    Question(id="t-002", quiz="t", category="Tax", type="multiple_choice", question="Which form reports wages?",
             choices={"A": "W-2", "B": "1099-B", "C": "K-1", "D": "8949"}, answer="A"),
    Question(id="r-001", quiz="r", category="Retirement", type="short_answer", question="What is an RMD?",
             rubric=[["required minimum distribution"], ["each year", "annually", "every year"]]),
    Question(id="u-001", quiz="u", category="Tool Use", type="tool_use", question="Payment on $420,000 at 6.25%?",
             tool=ToolGold(name="calc.loan_payment", arguments={"principal": 420000, "annual_rate": 0.0625,
                                                                "years": 30})),
]
GOLD = {"Tax on $50,000": "Working...\nAnswer: $6,053.00", "Which form": "Answer: A",
        "What is an RMD": "A required minimum distribution must be taken each year."}


def answer_key(wrong: Sequence[str] = ()) -> Any:
    """A model turn that answers from the key (or wrongly for the questions named in ``wrong``)."""

    def turn(req: EngineRequest) -> Sequence[EngineEvent]:
        last = req.messages[-1]
        if last["role"] == "tool":
            return say("The payment is as computed.")(req)
        text = str(last["content"])
        if "Payment on $420,000" in text:
            return call(("calc.loan_payment", {"principal": 420000, "annual_rate": 0.0625, "years": 30}))(req)
        for key, value in GOLD.items():
            if key in text:
                return say("Answer: 1" if any(w in text for w in wrong) else value)(req)
        return say("I do not know.")(req)

    return turn


@pytest.fixture(scope="module")
def gateway() -> Iterator[str]:
    with serve(create_app(Settings(), engine=ScriptedEngine([answer_key()]))) as url:
        yield f"{url}/v1"


def run(cfg: RunConfig, path: Path, questions: Sequence[Question] = QUESTIONS) -> int:
    return asyncio.run(run_questions(questions, cfg, path))


def test_all_right_through_the_gateway_agent(gateway: str, tmp_path: Path) -> None:
    cfg = RunConfig(gateway, "elson-agent", concurrency=3)
    assert run(cfg, tmp_path / "results.jsonl") == 4
    rows = read_rows(tmp_path / "results.jsonl")
    assert all(r["correct"] for r in rows), rows
    summary = summarize(rows, {"model": "elson-agent"})
    assert summary["accuracy"] == 1.0 and summary["tool_use_accuracy"] == 1.0
    assert summary["targets"]["overall > 80%"] and summary["categories"]["Tax"]["n"] == 2
    report = write_report(tmp_path, rows, summary)
    assert "| Tax | 2 | 2 | 100.0% |" in report.read_text()
    assert (tmp_path / "accuracy.png").stat().st_size > 1000 and (tmp_path / "latency.png").exists()


def test_wrong_answers_are_scored_and_listed(tmp_path: Path) -> None:
    engine = ScriptedEngine([answer_key(wrong=["Tax on", "Which form"])])
    with serve(create_app(Settings(), engine=engine)) as url:
        run(RunConfig(f"{url}/v1", "elson-agent"), tmp_path / "results.jsonl")
    rows = read_rows(tmp_path / "results.jsonl")
    summary = summarize(rows, {"model": "m"})
    assert summary["accuracy"] == 0.5 and summary["categories"]["Tax"]["accuracy"] == 0.0
    assert not summary["targets"]["each category > 70%"]
    text = write_report(tmp_path, rows, summary).read_text()
    assert "## Wrong answers (2)" in text and "t-001" in text and "| each category > 70% | FAIL |" in text


# ---------------------------------------------------------------------------------------------- a local server

class Upstream:
    """A real OpenAI-compatible server on loopback whose behaviour each test sets per question."""

    def __init__(self) -> None:
        self.behaviour: dict[str, str] = {}
        self.seen: list[str] = []
        self.hits: dict[str, int] = {}
        self.url = ""

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        text = body["messages"][-1]["content"]
        key = next((k for k in GOLD if k in text), "tool")
        label = "Tax on" if key.startswith("Tax on") else key
        self.seen.append(label)
        self.hits[label] = self.hits.get(label, 0) + 1
        mode = self.behaviour.get(label, "ok")
        if mode == "401":
            return web.json_response({"error": {"message": "bad key", "type": "authentication_error"}}, status=401)
        if mode == "500":
            return web.json_response({"error": {"message": "boom"}}, status=500)
        if mode == "429-once" and self.hits[label] == 1:
            return web.json_response({"error": {"message": "slow down"}}, status=429, headers={"Retry-After": "0"})
        if mode == "garbage":
            return web.Response(text="<html>proxy error</html>", status=200)
        if mode == "slow":
            await asyncio.sleep(2)
        content = GOLD.get(key, "")
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if key == "tool":
            message["tool_calls"] = [{"id": "c", "type": "function", "function": {
                "name": "calc.loan_payment", "arguments": json.dumps({"principal": 420000, "annual_rate": 0.0625,
                                                                      "years": 30})}}]
            assert body.get("tools"), "client tools were not sent"
        return web.json_response({"id": "x", "object": "chat.completion", "choices": [
            {"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}})


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    fake = Upstream()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", fake.chat)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    site = web.SockSite(runner, sock)
    loop.run_until_complete(site.start())
    fake.url = f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield fake
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)


def cfg(url: str, **kw: Any) -> RunConfig:
    return RunConfig(url, "m", client_tools=True, tool_schemas=[{"type": "function", "function": {"name": "x"}}],
                     **{"retries": 2, "timeout_s": 10.0, **kw})


def test_failures_are_per_question_and_a_rerun_asks_only_those(upstream: Upstream, tmp_path: Path) -> None:
    upstream.behaviour = {"Tax on": "500", "Which form": "garbage", "What is an RMD": "401"}
    results = tmp_path / "results.jsonl"
    assert run(cfg(upstream.url), results) == 4
    rows = {r["id"]: r for r in read_rows(results)}
    assert rows["t-001"]["status"] == "error" and "HTTP 500: boom" in rows["t-001"]["error"]
    assert upstream.hits["Tax on"] == 3  # retried twice
    assert "malformed response" in rows["t-002"]["error"]
    assert rows["r-001"]["error"] == "HTTP 401: bad key" and upstream.hits["What is an RMD"] == 1  # no retry on 401
    assert rows["u-001"]["correct"]  # the client-tools path
    summary = summarize(list(rows.values()), {"model": "m"})
    assert summary["failed"] == 3 and summary["accuracy"] == 0.25
    assert "## Failed questions (no answer)" in write_report(tmp_path, list(rows.values()), summary).read_text()
    upstream.behaviour = {}
    upstream.seen.clear()
    assert run(cfg(upstream.url), results) == 3  # the answered one is skipped
    assert sorted(upstream.seen) == ["Tax on", "What is an RMD", "Which form"]
    assert summarize(read_rows(results), {})["accuracy"] == 1.0


def test_429_is_retried_and_timeouts_and_dead_ports_fail_cleanly(upstream: Upstream, tmp_path: Path) -> None:
    upstream.behaviour = {"Tax on": "429-once", "Which form": "slow"}
    run(cfg(upstream.url, timeout_s=0.5, retries=1), tmp_path / "a.jsonl", QUESTIONS[:2])
    rows = {r["id"]: r for r in read_rows(tmp_path / "a.jsonl")}
    assert rows["t-001"]["correct"] and upstream.hits["Tax on"] == 2
    assert rows["t-002"]["error"] == "no reply within 0.5 s"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/v1"
    run(cfg(dead, retries=0), tmp_path / "b.jsonl", QUESTIONS[:1])
    (row,) = read_rows(tmp_path / "b.jsonl")
    assert row["status"] == "error" and "Connect" in row["error"]


def test_cli_run_compare_and_bad_input(gateway: str, tmp_path: Path) -> None:
    from cli import app

    quiz = tmp_path / "mini.jsonl"
    lines = [q.model_dump_json() for q in QUESTIONS] + ['{"type": "numeric", "question": "No gold here?"}', "{oops"]
    quiz.write_text("\n".join(lines))
    runner = CliRunner()
    res = runner.invoke(app, ["eval", "run", "--base-url", gateway, "--model", "elson-agent", "--quiz", str(quiz),
                              "--out", str(tmp_path / "run1")])
    assert res.exit_code == 0, res.output
    assert "skipped: mini.jsonl: record 4: a numeric question needs numeric" in res.output and "record 5" in res.output
    assert "accuracy 100.0%" in res.output and "PASS  overall > 80%" in res.output
    assert (tmp_path / "run1" / "report.md").exists()
    res = runner.invoke(app, ["eval", "compare", str(tmp_path / "run1"), str(tmp_path / "run1"), "--out",
                              str(tmp_path / "cmp")])
    assert res.exit_code == 0 and (tmp_path / "cmp" / "compare.png").exists() and "| Tax | 100.0% |" in res.output
    for args, message in [(["--base-url", "localhost:8000", "--model", "m"], "must start with http"),
                          (["--base-url", gateway, "--model", "m", "--quiz", "nope"], "no such quiz file"),
                          (["--base-url", gateway, "--model", "m", "--format", "csv"], "--format must be one of")]:
        res = runner.invoke(app, ["eval", "run", *args])
        assert res.exit_code == 2 and message in res.output and res.output.count("\n") == 1, res.output
    res = runner.invoke(app, ["eval", "compare", str(tmp_path / "nothing")])
    assert res.exit_code == 2 and "no summary.json" in res.output
    assert compare([tmp_path / "run1"], tmp_path / "c2").startswith("# Quiz benchmark comparison")


def test_tool_questions_can_go_to_the_agent_while_the_rest_go_to_the_plain_model(gateway: str,
                                                                                   tmp_path: Path) -> None:
    run(RunConfig(gateway, "fake-model"), tmp_path / "plain.jsonl")
    plain = {r["id"]: r for r in read_rows(tmp_path / "plain.jsonl")}
    assert plain["u-001"]["reply"] == ""  # the plain model only proposes the call; nothing runs it
    run(RunConfig(gateway, "fake-model", tool_model="elson-agent"), tmp_path / "mixed.jsonl")
    mixed = {r["id"]: r for r in read_rows(tmp_path / "mixed.jsonl")}
    assert all(r["correct"] for r in mixed.values()), mixed
    assert mixed["u-001"]["reply"] == "The payment is as computed."  # the agent ran the tool and answered


def test_rescore_scores_stored_replies_again_and_keeps_the_old_results(gateway: str, tmp_path: Path) -> None:
    from cli import app

    quiz = tmp_path / "mini.jsonl"
    quiz.write_text("\n".join(q.model_dump_json() for q in QUESTIONS))
    runner = CliRunner()
    assert runner.invoke(app, ["eval", "run", "--base-url", gateway, "--model", "elson-agent", "--quiz", str(quiz),
                               "--out", str(tmp_path / "r")]).exit_code == 0
    res = runner.invoke(app, ["eval", "rescore", str(tmp_path / "r"), "--quiz", str(quiz)])
    assert res.exit_code == 0 and "0 changed; accuracy 100.0%" in res.output, res.output
    rows = [json.loads(x) for x in (tmp_path / "r" / "results.jsonl").read_text().splitlines()]
    for row in rows:
        if row["id"] == "t-002":
            row["reply"] = "A. W-2\nB. 1099-B\nC. K-1"  # a listing picks nothing
    (tmp_path / "r" / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    res = runner.invoke(app, ["eval", "rescore", str(tmp_path / "r"), "--quiz", str(quiz)])
    assert res.exit_code == 0 and "1 changed; accuracy 75.0%" in res.output, res.output
    assert len(list((tmp_path / "r").glob("results.before-rescore-*.jsonl"))) == 2
    assert "| Tax | 2 | 1 | 50.0% |" in (tmp_path / "r" / "report.md").read_text()
    res = runner.invoke(app, ["eval", "rescore", str(tmp_path / "none")])
    assert res.exit_code == 2 and "no results.jsonl" in res.output
