"""The quiz runner: ask every question of an OpenAI-compatible endpoint, score the replies, and append each result
to ``results.jsonl`` as it arrives, so a rerun skips what was already answered.

Requests run with bounded concurrency, a per-request timeout, and retries with backoff on connection errors, 429 and
5xx (honouring ``Retry-After``). A question whose request still fails is recorded as ``error`` with its reason and
scored wrong; a rerun asks it again. Tool-use questions are scored on the reply's ``tool_calls`` and on the
gateway's executed ``elson.tool_trace``; with ``client_tools`` the tool schemas are sent in the request (for a bare
vLLM server), otherwise the endpoint is expected to run its own agent (Elson's ``elson-agent``).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from eval.schema import Question
from eval.scoring import calls_in, score

INSTRUCTIONS = {
    "multiple_choice": "Reply with the letter of the correct choice on a last line of the form 'Answer: <letter>'.",
    "numeric": "Show your working briefly, then give the result on a last line of the form 'Answer: <number>'.",
    "short_answer": "Answer in two to four sentences.",
    "tool_use": "",
}
RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


@dataclass
class RunConfig:
    """How to reach the endpoint and how hard to push it."""

    base_url: str
    model: str
    api_key: str | None = None
    concurrency: int = 4
    timeout_s: float = 120.0
    retries: int = 3
    max_tokens: int = 512
    temperature: float = 0.0
    client_tools: bool = False
    tool_schemas: list[dict[str, Any]] = field(default_factory=list)
    max_turns: int | None = None  # Elson's agent-loop limit (sent only when set; other servers ignore it)
    tool_model: str | None = None  # model for tool-use questions (e.g. elson-agent) when --model is a plain one


def prompt_for(question: Question) -> str:
    """The user message for a question: its text, its choices, and how to format the answer."""
    parts = [question.question]
    if question.choices:
        parts.append("\n".join(f"{k}. {v}" for k, v in sorted(question.choices.items())))
    if INSTRUCTIONS[question.type]:
        parts.append(INSTRUCTIONS[question.type])
    return "\n\n".join(parts)


def request_body(question: Question, cfg: RunConfig) -> dict[str, Any]:
    model = cfg.tool_model if question.type == "tool_use" and cfg.tool_model else cfg.model
    body: dict[str, Any] = {"model": model, "messages": [{"role": "user", "content": prompt_for(question)}],
                            "max_tokens": cfg.max_tokens, "temperature": cfg.temperature, "stream": False}
    if question.type == "tool_use" and cfg.client_tools and cfg.tool_schemas:
        body["tools"] = cfg.tool_schemas
    if cfg.max_turns is not None:
        body["max_turns"] = cfg.max_turns
    return body


class RequestFailed(Exception):
    """A request that failed after its retries, with a one-line reason."""


async def _post(session: aiohttp.ClientSession, cfg: RunConfig, body: dict[str, Any]) -> dict[str, Any]:
    url = cfg.base_url.rstrip("/") + "/chat/completions"
    headers = {"Authorization": f"Bearer {cfg.api_key}"} if cfg.api_key else {}
    delay = 0.5
    for attempt in range(cfg.retries + 1):
        try:
            async with session.post(url, json=body, headers=headers,
                                    timeout=aiohttp.ClientTimeout(total=cfg.timeout_s)) as resp:
                text = await resp.text()
                if resp.status == 200:
                    return _parse(text)
                reason = f"HTTP {resp.status}: {_error_message(text)}"
                if resp.status not in RETRY_STATUS or attempt == cfg.retries:
                    raise RequestFailed(reason)
                retry_after = resp.headers.get("Retry-After", "")
                wait = float(retry_after) if retry_after.replace(".", "", 1).isdigit() else delay
        except (aiohttp.ClientError, TimeoutError) as exc:
            reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":") if str(exc) else type(exc).__name__
            if isinstance(exc, TimeoutError):
                reason = f"no reply within {cfg.timeout_s:g} s"
            if attempt == cfg.retries:
                raise RequestFailed(reason) from None
            wait = delay
        await asyncio.sleep(min(wait, 30.0) * (1 + random.random() * 0.1))
        delay *= 2
    raise RequestFailed("retries exhausted")


def _error_message(text: str) -> str:
    try:
        err = json.loads(text).get("error")
        msg = err.get("message") if isinstance(err, dict) else err
        return str(msg)[:300] if msg else text[:300]
    except (ValueError, AttributeError):
        return text[:300].replace("\n", " ") or "(empty body)"


def _parse(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        raise RequestFailed(f"malformed response: not JSON ({text[:80]!r})") from None
    if not isinstance(data, dict) or not isinstance(data.get("choices"), list) or not data["choices"]:
        raise RequestFailed("malformed response: no choices")
    return data


async def ask(session: aiohttp.ClientSession, cfg: RunConfig, question: Question) -> dict[str, Any]:
    """One question end to end: the result row (answered and scored, or error with its reason)."""
    started = time.perf_counter()
    row: dict[str, Any] = {"id": question.id, "quiz": question.quiz, "category": question.category,
                           "type": question.type}
    try:
        response = await _post(session, cfg, request_body(question, cfg))
    except RequestFailed as exc:
        return {**row, "status": "error", "correct": False, "error": str(exc), "reason": str(exc),
                "latency_ms": round((time.perf_counter() - started) * 1000, 1)}
    verdict = score(question, response)
    usage = response.get("usage") or {}
    message = (response["choices"][0] or {}).get("message") or {}
    return {**row, "status": "answered", "correct": verdict.correct, "extracted": verdict.extracted,
            "reason": verdict.reason, "latency_ms": round((time.perf_counter() - started) * 1000, 1),
            "prompt_tokens": usage.get("prompt_tokens"), "completion_tokens": usage.get("completion_tokens"),
            "reply": str(message.get("content") or "")[:2000],
            "tool_calls": [{"name": n, "arguments": a} for n, a in calls_in(response)[:5]]}


def answered_ids(results: Path) -> set[str]:
    """Questions with an answered row in ``results`` (errors are asked again)."""
    if not results.exists():
        return set()
    done = set()
    for line in results.read_text().splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue  # a line cut by a crash: the question is simply asked again
        if row.get("status") == "answered":
            done.add(row["id"])
    return done


async def run_questions(questions: Sequence[Question], cfg: RunConfig, results: Path,
                        advance: Callable[[int], None] | None = None) -> int:
    """Ask every question not yet answered in ``results``; returns how many were asked this time."""
    done = answered_ids(results)
    todo = [q for q in questions if q.id not in done]
    results.parent.mkdir(parents=True, exist_ok=True)
    sem = asyncio.Semaphore(cfg.concurrency)
    connector = aiohttp.TCPConnector(limit=cfg.concurrency)
    with results.open("a") as out:
        async with aiohttp.ClientSession(connector=connector) as session:

            async def one(q: Question) -> None:
                async with sem:
                    row = await ask(session, cfg, q)
                out.write(json.dumps(row) + "\n")
                out.flush()  # a crash loses nothing already answered
                if advance:
                    advance(1)

            await asyncio.gather(*(one(q) for q in todo))
    return len(todo)
