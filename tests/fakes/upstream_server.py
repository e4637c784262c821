"""A scripted fake vLLM OpenAI server: a real process on a real socket, for engine and end-to-end tests.

Run it::

    python -m tests.fakes.upstream_server [--port 0] [--models fake-model,other] [--script FILE]

It prints ``READY <port>`` once listening (``--port 0`` picks a free port). From tests, use
:meth:`FakeUpstream.start` (starts the process, waits for it, and reads the port) and :meth:`FakeUpstream.stop`.

Endpoints
  ``POST /v1/chat/completions``  streamed (SSE, vLLM-shaped chunks, ``[DONE]``) or not, following a *script*.
  ``GET /v1/models``             the served models: ``--models`` plus every ``fake:<preset>`` name.
  ``GET /health``                200, or 503 after ``POST /_control {"healthy": false}``.
  ``GET /metrics``               a stand-in for vLLM's Prometheus exporter: a few ``vllm:`` metrics under vLLM's
                                 names and labels (running/waiting requests, KV-cache usage, prompt and
                                 generation tokens, TTFT and e2e latency histograms), fed by the chat requests
                                 served here, so monitoring queries on ``vllm:`` names can be tested for real.
  ``GET /_stats``                counters: ``chat`` (chat requests seen), ``completed`` (streams written to the
                                 end), ``disconnects`` (streams the client dropped before the end),
                                 ``disconnected_ids`` (their x-request-id headers, so a test can tell its own
                                 request from a lingering earlier one), ``health``,
                                 ``last_body`` (last chat body as JSON), ``last_request_id`` (its x-request-id).
  ``POST /_control``             ``{"healthy": bool}`` toggles /health; ``{"script": {...}}`` replaces the default
                                 script; ``{"reset": true}`` zeroes the counters and restores the ``--script``.

Scripts. A chat request's script is, later keys winning: the default script (the ``--script`` file, a JSON
object, or what ``/_control`` set), then the preset
named by ``model`` when it is ``fake:<preset>`` (see :data:`PRESETS`), then the body's ``"fake"`` object.
Keys, all optional:

  ``content``        list of content chunks (default ``["Hello", ", ", "world", "!"]``); may hold raw
                     ``<tool_call>`` markup, as vLLM's hermes parser sometimes leaves it.
  ``tool_calls``     list of ``{"name", "arguments"}`` sent as structured ``delta.tool_calls`` after the content:
                     the first delta of a call has id, type and name, then ``arg_pieces`` (default 3) fragments.
  ``finish_reason``  default ``"tool_calls"`` when ``tool_calls`` is set, else ``"stop"``.
  ``delay``          seconds before each streamed chunk (default 0).
  ``headers_delay``  seconds before the response starts (a slow upstream, for timeouts).
  ``status``         answer this HTTP status with a vLLM-style error body instead (``message``, ``retry_after``).
  ``die_after``      abort the TCP connection after this many content chunks (a crash mid-stream; 0 = right
                     after the headers).
  ``usage``          ``[prompt_tokens, completion_tokens]`` (default ``[7, number of chunks]``).
  ``raw``            list of strings written verbatim as the streamed body instead of the generated events
                     (for SSE edge cases: CRLF, comments, split lines, malformed or missing chunks).

Unknown models (not served, not ``fake:*``) get vLLM's 404. Output is deterministic (fixed ids and timestamps) so
tests can compare relayed bytes with a direct request.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[2]
CREATED = 1700000000
CHUNK_ID = "chatcmpl-fake"
DEFAULT_CONTENT = ["Hello", ", ", "world", "!"]

PRESETS: dict[str, dict[str, Any]] = {
    "text": {},
    "markup": {"content": ["Let me compute. ", '<tool_call>\n{"name": "calc.add", "arguments": {"a": 1, "b": 2}}',
                           "\n</tool_call>"]},
    "tools": {"content": [], "tool_calls": [{"name": "calc.add", "arguments": {"a": 1, "b": 2}}]},
    "slow": {"headers_delay": 30},
    "die": {"content": ["one ", "two ", "three "], "die_after": 1},
    "long": {"content": [f"t{i} " for i in range(400)], "delay": 0.02},
    "503": {"status": 503, "message": "service unavailable"},
    "500": {"status": 500, "message": "internal error"},
    "400": {"status": 400, "message": "bad request from fake"},
    "429": {"status": 429, "message": "too many requests", "retry_after": "7"},
}


# --- server --------------------------------------------------------------------------------------------------
def _script(body: dict[str, Any], default: dict[str, Any]) -> dict[str, Any]:
    script = dict(default)
    model = str(body.get("model", ""))
    if model.startswith("fake:"):
        script.update(PRESETS.get(model[5:], {}))
    script.update(body.get("fake") or {})
    return script


def _dumps(obj: object) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode()


def _chunk(model: str, delta: dict[str, Any] | None, finish: str | None = None,
           usage: dict[str, int] | None = None) -> bytes:
    obj: dict[str, Any] = {"id": CHUNK_ID, "object": "chat.completion.chunk", "created": CREATED, "model": model,
                           "choices": [] if delta is None else
                           [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
    if usage is not None:
        obj["usage"] = usage
    return b"data: " + _dumps(obj) + b"\n\n"


def _args_text(arguments: Any) -> str:
    return arguments if isinstance(arguments, str) else json.dumps(arguments)


def _tool_deltas(script: dict[str, Any]) -> list[dict[str, Any]]:
    deltas: list[dict[str, Any]] = []
    pieces = int(script.get("arg_pieces", 3))
    for i, call in enumerate(script.get("tool_calls") or []):
        deltas.append({"tool_calls": [{"index": i, "id": f"chatcmpl-tool-{i}", "type": "function",
                                       "function": {"name": call["name"], "arguments": ""}}]})
        text = _args_text(call.get("arguments", {}))
        step = max(1, -(-len(text) // pieces))
        for j in range(0, len(text), step):
            deltas.append({"tool_calls": [{"index": i, "function": {"arguments": text[j:j + step]}}]})
    return deltas


def _usage(script: dict[str, Any]) -> dict[str, int]:
    default = [7, len(script.get("content", DEFAULT_CONTENT)) + len(_tool_deltas(script))]
    prompt, completion = script.get("usage") or default
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def build_app(models: list[str], default_script: dict[str, Any]) -> Any:
    """The aiohttp application (imported lazily so importing this module for the helper stays cheap)."""
    from aiohttp import web

    served = [*models, *(f"fake:{name}" for name in PRESETS)]
    state: dict[str, Any] = {"healthy": True, "script": default_script}
    stats: dict[str, Any] = {}
    vllm = _VllmMetrics(models[0] if models else "fake-model")

    def reset() -> None:
        stats.update(chat=0, completed=0, disconnects=0, disconnected_ids=[], health=0, last_body=None,
                     last_request_id=None)
        state["script"] = default_script

    reset()

    async def health(_: web.Request) -> web.Response:
        stats["health"] += 1
        return web.json_response({"status": "ok"} if state["healthy"] else {"status": "down"},
                                 status=200 if state["healthy"] else 503)

    async def list_models(_: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [
            {"id": m, "object": "model", "created": CREATED, "owned_by": "fake"} for m in served]})

    async def get_stats(_: web.Request) -> web.Response:
        return web.json_response(stats)

    async def control(request: web.Request) -> web.Response:
        cmd = await request.json()
        if "healthy" in cmd:
            state["healthy"] = bool(cmd["healthy"])
        if cmd.get("reset"):
            reset()
        if "script" in cmd:
            state["script"] = dict(cmd["script"])
        return web.json_response({"healthy": state["healthy"], "script": state["script"], **stats})

    async def metrics(_: web.Request) -> web.Response:
        return web.Response(body=vllm.render(), headers={"Content-Type": vllm.content_type})

    async def chat(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        stats["chat"] += 1
        stats["last_body"] = body
        stats["last_request_id"] = request.headers.get("x-request-id")
        script = _script(body, state["script"])
        model = str(body.get("model", ""))
        with vllm.serving(script, counted=model in served and "status" not in script):
            if script.get("headers_delay"):
                await asyncio.sleep(float(script["headers_delay"]))
            if "status" in script:
                return _error(web, int(script["status"]), str(script.get("message", "error")), script)
            if model not in served:
                return _error(web, 404, f"The model `{model}` does not exist.", {})
            if body.get("stream"):
                return await _stream(web, request, model, script, body, stats)
            return web.Response(body=_completion(model, script), content_type="application/json")

    app = web.Application()
    app.router.add_get("/health", health)
    app.router.add_get("/v1/models", list_models)
    app.router.add_get("/_stats", get_stats)
    app.router.add_get("/metrics", metrics)
    app.router.add_post("/_control", control)
    app.router.add_post("/v1/chat/completions", chat)
    return app


class _VllmMetrics:
    """A stand-in for vLLM's ``/metrics`` (names and the ``model_name``/``engine`` labels as in vLLM's
    ``vllm/v1/metrics/loggers.py``), on its own registry, every series labelled with the first served model as
    one vLLM replica labels its one model. Only what the monitoring tests query, not a model of vLLM's scheduler:
    TTFT is the scripted header delay, KV-cache usage is requests in flight / 8."""

    def __init__(self, model: str) -> None:
        import prometheus_client as prom

        self.registry = prom.CollectorRegistry(auto_describe=True)
        self.content_type = prom.CONTENT_TYPE_LATEST
        self._generate = prom.generate_latest
        labels = ["model_name", "engine"]
        kw: dict[str, Any] = {"labelnames": labels, "registry": self.registry}
        self._labels = (model, "0")
        self.running = prom.Gauge("vllm:num_requests_running", "Requests in model execution batches.", **kw)
        self.waiting = prom.Gauge("vllm:num_requests_waiting", "Requests waiting to be processed.", **kw)
        self.kv_usage = prom.Gauge("vllm:kv_cache_usage_perc", "KV-cache usage. 1 means 100 percent usage.", **kw)
        self.prompt = prom.Counter("vllm:prompt_tokens", "Number of prefill tokens processed.", **kw)
        self.generation = prom.Counter("vllm:generation_tokens", "Number of generation tokens processed.", **kw)
        self.ttft = prom.Histogram("vllm:time_to_first_token_seconds", "Time to first token in seconds.",
                                   buckets=(0.001, 0.005, 0.01, 0.02, 0.04, 0.1, 0.5, 1.0, 5.0), **kw)
        self.e2e = prom.Histogram("vllm:e2e_request_latency_seconds", "E2e request latency in seconds.",
                                  buckets=(0.3, 0.5, 0.8, 1.0, 2.5, 5.0, 10.0, 60.0), **kw)
        self._in_flight = 0
        self._set_load()

    def render(self) -> bytes:
        return bytes(self._generate(self.registry))

    @contextlib.contextmanager
    def serving(self, script: dict[str, Any], *, counted: bool) -> Iterator[None]:
        """Count one chat request in flight; on the way out, its tokens and latencies when ``counted``."""
        started = time.perf_counter()
        self._in_flight += 1
        self._set_load()
        try:
            yield
        finally:
            self._in_flight -= 1
            self._set_load()
            if counted:
                usage = _usage(script)
                elapsed = time.perf_counter() - started
                self.prompt.labels(*self._labels).inc(usage["prompt_tokens"])
                self.generation.labels(*self._labels).inc(usage["completion_tokens"])
                self.ttft.labels(*self._labels).observe(min(elapsed, float(script.get("headers_delay", 0)) + 0.001))
                self.e2e.labels(*self._labels).observe(elapsed)

    def _set_load(self) -> None:
        self.running.labels(*self._labels).set(self._in_flight)
        self.waiting.labels(*self._labels).set(0)
        self.kv_usage.labels(*self._labels).set(min(1.0, self._in_flight / 8))


def _error(web: Any, status: int, message: str, script: dict[str, Any]) -> Any:
    headers = {"Retry-After": str(script["retry_after"])} if "retry_after" in script else None
    body = {"error": {"message": message, "type": "BadRequestError", "param": None, "code": status}}
    return web.Response(body=_dumps(body), status=status, content_type="application/json", headers=headers)


def _completion(model: str, script: dict[str, Any]) -> bytes:
    calls = [{"id": f"chatcmpl-tool-{i}", "type": "function",
              "function": {"name": c["name"], "arguments": _args_text(c.get("arguments", {}))}}
             for i, c in enumerate(script.get("tool_calls") or [])]
    message: dict[str, Any] = {"role": "assistant", "content": "".join(script.get("content", DEFAULT_CONTENT))}
    if calls:
        message["tool_calls"] = calls
    finish = script.get("finish_reason") or ("tool_calls" if calls else "stop")
    return _dumps({"id": CHUNK_ID, "object": "chat.completion", "created": CREATED, "model": model,
                   "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
                   "usage": _usage(script)})


async def _stream(web: Any, request: Any, model: str, script: dict[str, Any], body: dict[str, Any],
                  stats: dict[str, Any]) -> Any:
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8"})
    content = script.get("content", DEFAULT_CONTENT)
    events = [_chunk(model, {"role": "assistant", "content": ""})]
    events += [_chunk(model, {"content": text}) for text in content]
    events += [_chunk(model, delta) for delta in _tool_deltas(script)]
    finish = script.get("finish_reason") or ("tool_calls" if script.get("tool_calls") else "stop")
    events.append(_chunk(model, {}, finish))
    if (body.get("stream_options") or {}).get("include_usage"):
        events.append(_chunk(model, None, usage=_usage(script)))
    events.append(b"data: [DONE]\n\n")
    if "raw" in script:
        events = [str(part).encode() for part in script["raw"]]
    delay = float(script.get("delay", 0))
    die_after = script.get("die_after")
    try:
        await resp.prepare(request)
        for i, event in enumerate(events):
            if die_after is not None and i > int(die_after):  # events[0] is the role chunk
                request.transport.abort()
                return resp
            if delay and i:
                await asyncio.sleep(delay)
            await resp.write(event)
        await resp.write_eof()
    except (ConnectionError, asyncio.CancelledError):
        stats["disconnects"] += 1
        stats["disconnected_ids"].append(request.headers.get("x-request-id"))
        return resp
    stats["completed"] += 1
    return resp


def main(argv: list[str] | None = None) -> None:
    """CLI entry point: serve until SIGTERM/SIGINT."""
    from aiohttp import web

    ap = argparse.ArgumentParser(description="scripted fake vLLM OpenAI server")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--models", default="fake-model")
    ap.add_argument("--script", help="JSON file: the default script for every chat request")
    args = ap.parse_args(argv)
    default = json.loads(Path(args.script).read_text()) if args.script else {}
    app = build_app([m for m in args.models.split(",") if m], default)

    async def serve() -> None:
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, args.host, args.port)
        await site.start()
        port = runner.addresses[0][1]
        print(f"READY {port}", flush=True)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            # A fake has nothing to flush: exit at once rather than wait out slow scripted handlers.
            loop.add_signal_handler(sig, os._exit, 0)
        await asyncio.Event().wait()

    asyncio.run(serve())


# --- test helper ---------------------------------------------------------------------------------------------
class FakeUpstream:
    """A running fake upstream process. ``url`` is its base URL (what ``ELSON_UPSTREAMS`` takes)."""

    def __init__(self, proc: subprocess.Popen[str], port: int) -> None:
        self.proc = proc
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    @classmethod
    def start(cls, *, models: str = "fake-model", script: str | None = None,
              timeout_s: float = 60.0) -> FakeUpstream:
        """Start a fake on a free port and wait until it listens (generous timeout: slow CI machines)."""
        cmd = [sys.executable, "-m", "tests.fakes.upstream_server", "--port", "0", "--models", models]
        if script:
            cmd += ["--script", script]
        proc = subprocess.Popen(cmd, cwd=_ROOT, stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert proc.stdout is not None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([proc.stdout], [], [], 0.1)
            if ready:
                line = proc.stdout.readline()
                if line.startswith("READY "):
                    fake = cls(proc, int(line.split()[1]))
                    fake.stats()  # and it answers HTTP
                    return fake
        proc.kill()
        proc.wait()
        raise RuntimeError("fake upstream did not start")

    def _call(self, path: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        data = None if payload is None else json.dumps(payload).encode()
        req = urllib.request.Request(self.url + path, data=data, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            result: dict[str, Any] = json.loads(resp.read())
        return result

    def stats(self) -> dict[str, Any]:
        """The server's counters (see the module docstring)."""
        return self._call("/_stats")

    def control(self, **command: Any) -> dict[str, Any]:
        """``healthy=False`` makes /health answer 503; ``reset=True`` zeroes the counters."""
        return self._call("/_control", command)

    def stop(self) -> None:
        """Terminate the process (kill it if it lingers)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


if __name__ == "__main__":
    main()
