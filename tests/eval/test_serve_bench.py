"""``elson bench serve`` against the scripted fake vLLM upstream (a real process on loopback), an in-process odd
server (bodies the fake cannot send) and the gateway in front of the fake (overhead mode)."""

from __future__ import annotations

import importlib.util
import json
import socket
import statistics
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from typer.testing import CliRunner

from eval.bench_cli import bench_app
from eval.serve_bench import (
    BenchConfig,
    LoadPoint,
    Prompt,
    poisson_offsets,
    quiz_prompts,
    run_benchmark_async,
    run_point,
    synthetic_prompts,
)
from eval.serve_bench_client import RequestRecord
from eval.serve_bench_metrics import parse_goodput, summarize, tpot_s
from service.app import create_app
from service.settings import Settings
from tests.fakes.live import serve
from tests.fakes.upstream_server import FakeUpstream

C1 = [LoadPoint("concurrency", 1)]


@pytest.fixture(scope="module")
def upstream() -> Iterator[FakeUpstream]:
    fake = FakeUpstream.start()
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def _fresh(upstream: FakeUpstream) -> None:
    upstream.control(reset=True)


@pytest.fixture(scope="module")
def gateway_url(upstream: FakeUpstream) -> Iterator[str]:
    settings = Settings(upstreams=[upstream.url], health_interval_s=0.5, upstream_retries=0)
    with serve(create_app(settings)) as url:
        yield url


@pytest.fixture
def dead_url() -> str:
    """A loopback port nothing listens on (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def config(base_url: str, points: list[LoadPoint] | None = None, **kwargs: Any) -> BenchConfig:
    return BenchConfig(base_url=base_url, model="fake-model", points=points or C1, **kwargs)


def prompts(n: int) -> list[Prompt]:
    return synthetic_prompts(n, input_len=8, output_len=16)


async def one_run(base_url: str, n: int = 2, point: LoadPoint = C1[0], **kwargs: Any) -> tuple[
        list[RequestRecord], dict[str, Any]]:
    cfg = config(base_url, [point], num_prompts=n, **kwargs)
    run = await run_point(cfg.targets(0)[0], point, prompts(n), cfg)
    return run.records, run.summary


def sse(delta: dict[str, Any] | None = None, finish: str | None = None, eol: str = "\n") -> str:
    choice = {"index": 0, "delta": delta or {}, "finish_reason": finish}
    return f"data: {json.dumps({'choices': [choice]})}{eol}{eol}"


# --- timing --------------------------------------------------------------------------------------------------
async def test_stream_timings_follow_the_chunk_delays(upstream: FakeUpstream) -> None:
    # role chunk at once, then 10 content chunks, the finish chunk, the usage chunk and [DONE], each 20 ms apart
    upstream.control(script={"content": ["tok "] * 10, "delay": 0.02, "usage": [11, 10]})
    records, s = await one_run(f"{upstream.url}/v1", n=6, point=LoadPoint("concurrency", 2))
    assert [r.ok for r in records] == [True] * 6 and s["completed"] == 6 and s["failures"] == {}
    for r in records:
        assert r.ttft_s is not None and 0.015 <= r.ttft_s <= 0.08  # the first content chunk, not the role chunk
        assert len(r.itl_s) == 9 and 0.015 <= statistics.median(r.itl_s) <= 0.05
        assert r.e2el_s is not None and 0.24 <= r.e2el_s <= 0.5  # 13 gaps of 20 ms
        tpot = tpot_s(r)
        assert tpot is not None and 0.022 <= tpot <= 0.05  # (E2EL - TTFT) / 9 = 26.7 ms ideally
        assert (r.prompt_tokens, r.output_tokens, r.tokens_from, r.chunks) == (11, 10, "usage", 10)
    assert (s["total_input_tokens"], s["total_output_tokens"]) == (66, 60)
    assert 15 <= s["median_itl_ms"] <= 50 and 22 <= s["median_tpot_ms"] <= 50 and 240 <= s["median_e2el_ms"] <= 500
    assert s["output_throughput"] == pytest.approx(60 / s["duration_s"], rel=0.01)
    assert s["request_throughput"] == pytest.approx(6 / s["duration_s"], rel=0.01)
    assert s["total_token_throughput"] == pytest.approx(126 / s["duration_s"], rel=0.01)
    body = upstream.stats()["last_body"]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert (body["max_tokens"], body["temperature"]) == (16, 0.0) and "ignore_eos" not in body


async def test_without_usage_tokens_are_counted_chunks(upstream: FakeUpstream) -> None:
    split = sse({"content": "split"}, eol="\r\n")
    raw = [": keep-alive\r\n\r\n", sse({"role": "assistant", "content": ""}), split[:9], split[9:-3], split[-3:],
           sse({"content": " two"}), sse({"tool_calls": [{"index": 0, "function": {"arguments": "{}"}}]}),
           sse(finish="stop"), "data: [DONE]"]  # the last event without its blank line
    upstream.control(script={"raw": raw})
    records, s = await one_run(f"{upstream.url}/v1", n=1)
    r = records[0]
    assert r.ok and (r.output_tokens, r.tokens_from, r.prompt_tokens, len(r.itl_s)) == (3, "chunks", None, 2)
    assert s["tokens_from"] == {"chunks": 1} and s["total_input_tokens"] == 0


async def test_non_streaming(upstream: FakeUpstream) -> None:
    upstream.control(script={"usage": [5, 4], "headers_delay": 0.03})
    records, s = await one_run(f"{upstream.url}/v1", n=3, stream=False, extra_body={"ignore_eos": True})
    assert all(r.ok and r.ttft_s is None and r.itl_s == [] and r.output_tokens == 4 for r in records)
    assert all(r.e2el_s is not None and r.e2el_s >= 0.03 for r in records)
    assert s["median_ttft_ms"] is None and s["median_tpot_ms"] is None and s["median_itl_ms"] is None
    assert s["median_e2el_ms"] >= 30 and s["total_output_tokens"] == 12
    body = upstream.stats()["last_body"]
    assert body["stream"] is False and "stream_options" not in body and body["ignore_eos"] is True


# --- load modes ----------------------------------------------------------------------------------------------
async def test_poisson_sends_the_requested_number_on_schedule(upstream: FakeUpstream) -> None:
    point = LoadPoint("rate", 40.0, max_concurrency=8)
    records, s = await one_run(f"{upstream.url}/v1", n=12, point=point, seed=3)
    assert upstream.stats()["chat"] == 12 and s["completed"] == 12
    schedule = poisson_offsets(12, 40.0, seed=3)
    for r, at in zip(sorted(records, key=lambda r: r.index), schedule, strict=True):
        assert at - 0.005 <= r.start_s <= at + 0.1  # sent on schedule: the fake answers at once
    offsets = poisson_offsets(4000, 40.0, seed=1)
    assert offsets == poisson_offsets(4000, 40.0, seed=1) != poisson_offsets(4000, 40.0, seed=2)
    assert offsets[0] == 0 and offsets[-1] / 3999 == pytest.approx(1 / 40, rel=0.05)  # mean gap 1/rate


async def test_max_concurrency_bounds_the_open_loop(upstream: FakeUpstream) -> None:
    upstream.control(script={"content": ["x "] * 3, "delay": 0.02})
    records, s = await one_run(f"{upstream.url}/v1", n=6, point=LoadPoint("rate", float("inf"), max_concurrency=2))
    assert s["completed"] == 6
    events = sorted([(r.start_s, 1) for r in records] + [(r.start_s + (r.e2el_s or 0), -1) for r in records],
                    key=lambda e: (e[0], e[1]))
    in_flight = peak = 0
    for _, step in events:
        in_flight += step
        peak = max(peak, in_flight)
    assert peak == 2


async def test_closed_loop_keeps_n_in_flight(upstream: FakeUpstream) -> None:
    upstream.control(script={"content": ["x "] * 4, "delay": 0.02})
    _, one = await one_run(f"{upstream.url}/v1", n=8, point=LoadPoint("concurrency", 1))
    _, four = await one_run(f"{upstream.url}/v1", n=8, point=LoadPoint("concurrency", 4))
    assert four["request_throughput"] > 2.5 * one["request_throughput"]


# --- failures ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("script", "reason", "detail"), [
    ({"status": 500, "message": "internal error"}, "http 500", "internal error"),
    ({"status": 429, "message": "too many requests", "retry_after": "7"}, "http 429", "too many requests"),
    ({"content": ["one ", "two ", "three "], "die_after": 1}, "cut off", ""),
    ({"raw": ["data: {not json\n\n"]}, "malformed stream", "invalid JSON"),
    ({"raw": ['data: {"foo": 1}\n\n']}, "malformed stream", "without choices"),
    ({"raw": ["hello, not an event stream\n"]}, "malformed stream", "no SSE events"),
    ({"raw": [sse({"content": "x"}), 'data: {"error": {"message": "boom"}}\n\n']}, "error event", "boom"),
    ({"raw": [sse({"content": "x"}), sse(finish="stop")]}, "cut off", "without [DONE]"),
])
async def test_failures_have_reasons(upstream: FakeUpstream, script: dict[str, Any], reason: str,
                                     detail: str) -> None:
    upstream.control(script=script)
    records, s = await one_run(f"{upstream.url}/v1", n=3, point=LoadPoint("concurrency", 2))
    assert [(r.ok, r.error) for r in records] == [(False, reason)] * 3
    assert all(detail in (r.detail or "") for r in records)
    assert (s["completed"], s["failed"], s["failures"]) == (0, 3, {reason: 3})
    assert s["median_e2el_ms"] is None and s["request_throughput"] == 0


async def test_unreachable_and_timeout(upstream: FakeUpstream, dead_url: str) -> None:
    records, s = await one_run(dead_url, n=2)
    assert s["failures"] == {"unreachable": 2} and "Cannot connect" in (records[0].detail or "")
    upstream.control(script={"headers_delay": 5})
    started = time.perf_counter()
    records, s = await one_run(f"{upstream.url}/v1", n=2, point=LoadPoint("concurrency", 2), timeout_s=0.3)
    assert s["failures"] == {"timeout": 2} and time.perf_counter() - started < 2


@pytest.fixture
async def odd_server() -> AsyncIterator[str]:
    """Bodies the fake cannot send: a 200 that is not JSON, JSON without choices, a 401 in plain text."""
    replies = {"notjson": (200, "<html>oops</html>"), "nochoices": (200, '{"object": "chat.completion"}'),
               "auth": (401, "missing bearer token"), "ok": (200, '{"choices": [{"message": {}}]}')}

    async def chat(request: web.Request) -> web.Response:
        status, text = replies[request.match_info["kind"]]
        return web.Response(status=status, text=text)

    app = web.Application()
    app.router.add_post("/{kind}/v1/chat/completions", chat)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    await runner.cleanup()


@pytest.mark.parametrize(("kind", "reason", "detail"), [
    ("notjson", "malformed body", "not JSON"), ("nochoices", "malformed body", "no choices"),
    ("auth", "http 401", "missing bearer token"), ("ok", None, None)])
async def test_non_streamed_bodies(odd_server: str, kind: str, reason: str | None, detail: str | None) -> None:
    records, _ = await one_run(f"{odd_server}/{kind}/v1", n=1, stream=False)
    r = records[0]
    assert (r.ok, r.error) == (reason is None, reason) and (detail or "") in (r.detail or "")
    if reason is None:  # no usage: the output length is unknown, not invented
        assert (r.output_tokens, r.tokens_from) == (None, "none")


# --- goodput -------------------------------------------------------------------------------------------------
def record(ttft: float | None, e2el: float, out: int, ok: bool = True) -> RequestRecord:
    return RequestRecord(index=0, ok=ok, ttft_s=ttft, e2el_s=e2el, output_tokens=out)


def test_goodput_counts_only_requests_meeting_every_slo() -> None:
    records = [record(0.1, 1.0, 10),   # TTFT 100 ms, TPOT 100 ms: good
               record(0.3, 1.2, 10),   # TTFT 300 ms: too slow
               record(0.1, 2.0, 10),   # TPOT 211 ms: too slow
               record(0.1, 0.1, 1),    # one token: TPOT counts as 0, as in vLLM: good
               record(0.05, 0.5, 10, ok=False)]  # failed requests are never good
    s = summarize(records, duration_s=2.0, slos=parse_goodput(["ttft:200 tpot:150"]))
    assert (s["completed"], s["good_completed"], s["request_goodput"]) == (4, 2, 1.0)
    assert s["goodput_slos_ms"] == {"ttft": 200.0, "tpot": 150.0} and s["request_throughput"] == 2.0
    assert summarize(records, 2.0, {"e2el": 1100})["good_completed"] == 2
    assert summarize([record(None, 0.1, 5)], 1.0, {"ttft": 1000})["good_completed"] == 0  # unstreamed: no TTFT


def test_parse_goodput() -> None:
    assert parse_goodput(["ttft:500 tpot:50", "e2el:2000"]) == {"ttft": 500, "tpot": 50, "e2el": 2000}
    assert parse_goodput(["ttft:500,tpot:50"]) == {"ttft": 500, "tpot": 50}
    for bad in ("foo:1", "ttft", "ttft:x", "ttft:-1", "ttft:inf"):
        with pytest.raises(ValueError, match="--goodput"):
            parse_goodput([bad])


async def test_goodput_end_to_end(upstream: FakeUpstream) -> None:
    upstream.control(script={"content": ["x "] * 4, "delay": 0.02})
    _, loose = await one_run(f"{upstream.url}/v1", n=2, goodput={"ttft": 5000, "tpot": 5000})
    _, tight = await one_run(f"{upstream.url}/v1", n=2, goodput={"ttft": 1})
    assert (loose["good_completed"], tight["good_completed"]) == (2, 0)


# --- gateway overhead ----------------------------------------------------------------------------------------
async def test_gateway_overhead_mode(upstream: FakeUpstream, gateway_url: str) -> None:
    upstream.control(script={"content": ["x "] * 5, "delay": 0.005})
    points = [LoadPoint("concurrency", 1), LoadPoint("concurrency", 2)]
    cfg = config(f"{gateway_url}/v1", points, num_prompts=4, compare_upstream=f"{upstream.url}/v1")
    result = await run_benchmark_async(cfg, prompts(4))
    assert [(r.target.name, r.point.label) for r in result.runs] == [
        ("upstream", "c=1"), ("gateway", "c=1"), ("gateway", "c=2"), ("upstream", "c=2")]
    assert all(r.summary["completed"] == 4 and r.summary["tokens_from"] == {"usage": 4} for r in result.runs)
    assert upstream.stats()["chat"] == 16
    assert [row["order"] for row in result.overhead] == [["upstream", "gateway"], ["gateway", "upstream"]]
    for row in result.overhead:
        assert all(isinstance(row[key], float) for key in ("added_median_e2el_ms", "added_p99_e2el_ms",
                                                          "added_median_ttft_ms", "added_p99_ttft_ms"))
    gateway = next(r for r in result.runs if r.target.name == "gateway")
    assert all(rec.gateway_overhead_ms is not None for rec in gateway.records)


# --- prompts and CLI -----------------------------------------------------------------------------------------
def write_quizzes(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"question": "What is a bond coupon?"}\n\n{"question": "Define APR."}\n')
    (folder / "b.jsonl").write_text('{"question": "What is duration of a bond?", "type": "short_answer"}\n')
    return folder


def test_quiz_prompts(tmp_path: Path) -> None:
    folder = write_quizzes(tmp_path / "quizzes")
    got = quiz_prompts(7, max_tokens=32, seed=1, quiz_dir=folder)
    assert len(got) == 7 and {p.text for p in got} == {"What is a bond coupon?", "Define APR.",
                                                       "What is duration of a bond?"}
    assert got == quiz_prompts(7, max_tokens=32, seed=1, quiz_dir=folder) and got[0].max_tokens == 32
    (folder / "c.jsonl").write_text("[1, 2]\n")
    with pytest.raises(ValueError, match=r"c.jsonl:1"):
        quiz_prompts(1, 32, quiz_dir=folder)
    with pytest.raises(ValueError, match="--prompts synthetic"):
        quiz_prompts(1, 32, quiz_dir=tmp_path / "missing")


def cli(*args: str) -> Any:
    return CliRunner().invoke(bench_app, ["serve", *args])


def test_cli_writes_results_and_plot(upstream: FakeUpstream, tmp_path: Path) -> None:
    upstream.control(script={"content": ["x "] * 4, "delay": 0.005})
    out = tmp_path / "out"
    res = cli("--base-url", f"{upstream.url}/v1", "--model", "fake-model", "--prompts", "synthetic", "--input-len",
              "8", "--output-len", "4", "--concurrency", "1,2", "--num-prompts", "4", "--goodput", "ttft:5000",
              "--goodput", "tpot:5000", "--api-key", "sk-secret", "--out", str(out))
    assert res.exit_code == 0, res.output
    results = json.loads((out / "results.json").read_text())
    assert [(r["label"], r["completed"], r["good_completed"]) for r in results["runs"]] == [("c=1", 4, 4),
                                                                                         ("c=2", 4, 4)]
    assert results["all_failed"] is False and "sk-secret" not in (out / "results.json").read_text()
    lines = (out / "requests.jsonl").read_text().splitlines()
    assert len(lines) == 8 and {json.loads(line)["run"] for line in lines} == {0, 1}
    assert "reproduce: elson bench serve --base-url" in res.stdout and "sk-secret" not in res.stdout
    assert results["command"] in res.stdout
    if importlib.util.find_spec("matplotlib") is not None:
        assert (out / "latency.png").read_bytes()[:4] == b"\x89PNG"
    else:
        assert "plot: skipped (matplotlib is not installed)" in res.stdout


def test_cli_quiz_prompts_and_rate_sweep(upstream: FakeUpstream, tmp_path: Path) -> None:
    folder = write_quizzes(tmp_path / "quizzes")
    res = cli("--base-url", f"{upstream.url}/v1", "--model", "fake-model", "--quiz-dir", str(folder),
              "--max-tokens", "9", "--request-rate", "50,inf", "--num-prompts", "3", "--no-stream")
    assert res.exit_code == 0, res.output
    body = upstream.stats()["last_body"]
    assert body["max_tokens"] == 9 and body["stream"] is False and upstream.stats()["chat"] == 6
    assert "results not saved" in res.stdout and "rate=inf/s" in res.stdout


def test_cli_everything_failing_still_writes_results(dead_url: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = cli("--base-url", dead_url, "--model", "m", "--prompts", "synthetic", "--num-prompts", "3", "--out",
              str(out))
    assert res.exit_code == 1
    assert res.stderr.strip() == "elson: every request failed (3: unreachable × 3)"
    results = json.loads((out / "results.json").read_text())
    assert results["all_failed"] is True and results["runs"][0]["failures"] == {"unreachable": 3}
    assert len((out / "requests.jsonl").read_text().splitlines()) == 3


@pytest.mark.parametrize("args", [
    ["--concurrency", "0"], ["--concurrency", "1,x"], ["--concurrency", "2", "--request-rate", "4"],
    ["--request-rate", "-1"], ["--concurrency", "2", "--max-concurrency", "4"], ["--goodput", "foo:1"],
    ["--no-stream", "--goodput", "ttft:100"], ["--base-url", "http://127.0.0.1:9"], ["--num-prompts", "0"],
    ["--prompts", "nope"], ["--max-tokens", "5"], ["--prompts", "quiz", "--input-len", "5"],
    ["--prompts", "quiz", "--quiz-dir", "/nonexistent/quizzes"], ["--timeout", "0"],
    ["--compare-upstream", "127.0.0.1:8001"], ["--out", "/dev/null/results"],
])
def test_cli_bad_arguments_exit_2_with_one_line(args: list[str]) -> None:
    prompts_arg = [] if "--prompts" in args else ["--prompts", "synthetic"]
    res = cli("--base-url", "http://127.0.0.1:9/v1", "--model", "m", *prompts_arg, *args)
    assert res.exit_code == 2, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("elson: error: ") and res.stdout == ""
