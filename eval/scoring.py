"""Scorers, one per question type. Each takes the model's reply and returns a :class:`Score` that says whether it
is right, what was read from the reply, and why.

Numbers are read from the reply's ``Answer:`` line when it has one, else the last number it states; ``$``,
thousands separators, ``(1,234)`` negatives, Unicode minus signs and scale words (thousand, million, billion, k,
M, bn) are understood, and a percentage may be given as a percent (6.5%) or as a fraction (0.065).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from eval.schema import NumericGold, Question, ToolGold


@dataclass(frozen=True, slots=True)
class Score:
    """A scored reply."""

    correct: bool
    extracted: str | None
    reason: str


_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mm": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
           "b": 1e9, "trillion": 1e12, "tn": 1e12}
_NUMBER = re.compile(
    r"(?<![\w.])(?P<neg>[-−–]|\()?\s*(?P<cur>\$|usd\s)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<close>\))?"
    r"(?P<sp>\s*)(?P<pct>%|percent\b)?\s*(?P<scale>thousand|million|billion|trillion|mm|mn|bn|tn|k|m|b)?(?![\w])",
    re.IGNORECASE)
_ANSWER_LINE = re.compile(r"(?:final\s+)?answer\s*[:：]\s*(?P<rest>.+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from text, with whether it was written as a percentage."""

    value: float
    percent: bool
    text: str


def read_numbers(text: str) -> list[Number]:
    """Every number in ``text`` with its sign, scale and percent sign applied as written. A one-letter scale (k, m,
    b) counts only when glued to the number ("$1.2M"); scale words always do."""
    out = []
    for m in _NUMBER.finditer(text):
        value = float(m["num"].replace(",", ""))
        if m["neg"] == "(" and not m["close"]:
            pass  # an opening bracket, not an accounting negative
        elif m["neg"]:
            value = -value
        scale = (m["scale"] or "").lower()
        if scale and (len(scale) > 1 or not m["sp"]):
            value *= _SCALES[scale]
        out.append(Number(value, bool(m["pct"]), m.group(0).strip()))
    return out


def answer_text(reply: str) -> str:
    """The part of a reply that holds its answer: the last ``Answer:`` line if any, else the whole reply."""
    found = None
    for line in reply.splitlines():
        m = _ANSWER_LINE.search(line)
        if m:
            found = m["rest"]
    return found if found is not None else reply


def _close(a: float, b: float, gold: NumericGold) -> bool:
    tol = max(gold.abs_tol, gold.rel_tol * abs(b))
    return math.isfinite(a) and abs(a - b) <= tol + 1e-9


def score_numeric(reply: str, gold: NumericGold) -> Score:
    """Right if the number read from the reply is within tolerance of the gold value (percent or fraction for
    percentages)."""
    numbers = read_numbers(answer_text(reply))
    if not numbers:
        return Score(False, None, "no number in the reply")
    n = numbers[-1] if answer_text(reply) is reply else numbers[0]
    candidates = [n.value]
    if gold.unit == "percent" and not n.percent:
        candidates.append(n.value * 100)  # a fraction for a percentage: 0.065 for 6.5%
    elif gold.unit != "percent" and n.percent:
        candidates.append(n.value / 100)  # a percentage for a fraction (FinQA's ratios): 0.813% for 0.00813
    ok = any(_close(c, gold.value, gold) for c in candidates)
    reason = "within tolerance" if ok else f"read {n.value:g}, gold {gold.value:g} ({gold.unit})"
    return Score(ok, n.text, reason)


# "answer is B", "correct choice: (C)", "option D": an explicit pick anywhere in the reply.
_STATED = re.compile(r"\b(?:answer|choice|option)\b(?:\s+(?:is|would\s+be|=))?\s*[:：]?\s*\(?([A-H])\b\)?",
                     re.IGNORECASE)
# "B", "B.", "B)", "(B)" opening a line; a bare "A " followed by words is an article, not a pick.
_LEADING = re.compile(r"^\s*\(?([A-H])(?:[.):]|\s*$)", re.MULTILINE)


def pick_letter(reply: str, letters: set[str]) -> str | None:
    """The choice a reply makes: its ``Answer:`` line, else the last explicit "answer/choice/option is X", else a
    letter opening a line when only one letter does (a reply that lists several choices picks none)."""
    text = answer_text(reply)
    if text is not reply:  # an Answer: line
        m = re.search(r"\(?\b([A-H])\b\)?", text)
        return m.group(1).upper() if m and m.group(1).upper() in letters else None
    stated = [m.group(1).upper() for m in _STATED.finditer(reply) if m.group(1).upper() in letters]
    if stated:
        return stated[-1]
    leading = {m.group(1).upper() for m in _LEADING.finditer(reply)} & letters
    return leading.pop() if len(leading) == 1 else None


def score_choice(reply: str, question: Question) -> Score:
    """Right if the letter the reply picks (:func:`pick_letter`), or else the only choice whose text it quotes, is
    the gold letter."""
    assert question.choices is not None and question.answer is not None
    letter = pick_letter(reply, set(question.choices))
    if letter is not None:
        return Score(letter == question.answer.upper(), letter, f"picked {letter}, gold {question.answer}")
    quoted = [k for k, v in question.choices.items() if v and _norm(v) in _norm(reply)]
    if len(quoted) == 1:
        return Score(quoted[0] == question.answer, quoted[0], f"quoted choice {quoted[0]}, gold {question.answer}")
    return Score(False, None, "no single choice picked in the reply")


def _norm(text: str) -> str:
    # Keep decimal points and % / $ (they carry meaning in finance words); drop sentence punctuation.
    return " ".join(re.sub(r"\.(?!\d)|[^\w%$.]+", " ", text.lower()).split())


def score_short(reply: str, question: Question) -> Score:
    """Right if enough rubric groups (any keyword of a group, as a whole word or phrase) appear in the reply."""
    assert question.rubric is not None
    text = f" {_norm(reply)} "
    hits = [any(f" {_norm(word)} " in text for word in group) for group in question.rubric]
    need = question.min_groups or len(question.rubric)
    got = sum(hits)
    missing = [g[0] for g, hit in zip(question.rubric, hits, strict=True) if not hit]
    return Score(got >= need, f"{got}/{len(hits)} groups", "all required groups" if got >= need
                 else f"{got} of {need} needed groups; missing e.g. {', '.join(missing[:3])}")


def _arg_matches(got: Any, want: Any) -> bool:
    if isinstance(want, bool) or want is None:
        return bool(got == want)
    if isinstance(want, int | float):
        try:
            value = float(got)
        except (TypeError, ValueError):
            return False
        return abs(value - float(want)) <= 0.005 * max(abs(float(want)), 1e-9)
    if isinstance(want, str):
        return isinstance(got, str) and got.strip().lower() == want.strip().lower()
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(map(_arg_matches, got, want))
    if isinstance(want, dict):
        return isinstance(got, dict) and all(_arg_matches(got.get(k), v) for k, v in want.items())
    return bool(got == want)


def calls_in(response: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Tool calls in a chat completion: the message's ``tool_calls`` and the gateway's executed ``tool_trace``."""
    out: list[tuple[str, dict[str, Any]]] = []
    for choice in response.get("choices") or []:
        for call in (choice.get("message") or {}).get("tool_calls") or []:
            fn = call.get("function") or {}
            out.append((str(fn.get("name")), _args(fn.get("arguments"))))
    for entry in (response.get("elson") or {}).get("tool_trace") or []:
        out.append((str(entry.get("name")), _args(entry.get("arguments"))))
    return out


def _args(raw: Any) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw) if isinstance(raw, str) and raw.strip() else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def score_tool(response: dict[str, Any], gold: ToolGold) -> Score:
    """Right if any call names the gold tool (or an accepted alternative) with every required argument value."""
    calls = calls_in(response)
    if not calls:
        return Score(False, None, "no tool call")
    names = {gold.name, *gold.alternatives}
    named = [(n, a) for n, a in calls if n in names]
    shown = ", ".join(f"{n}({json.dumps(a, sort_keys=True)})" for n, a in calls[:3])
    if not named:
        return Score(False, shown, f"called {', '.join(n for n, _ in calls[:3])}, not {gold.name}")
    for _, args in named:
        if all(_arg_matches(args.get(k), v) for k, v in gold.arguments.items()):
            return Score(True, shown, "right tool and arguments")
    return Score(False, shown, f"{gold.name} called with other argument values")


def score(question: Question, response: dict[str, Any]) -> Score:
    """Score one chat-completion response (an OpenAI ``chat.completion`` object) against a question's gold."""
    if question.type == "tool_use":
        assert question.tool is not None
        return score_tool(response, question.tool)
    choices = response.get("choices") or []
    reply = str((choices[0].get("message") or {}).get("content") or "") if choices else ""
    if question.type == "multiple_choice":
        return score_choice(reply, question)
    if question.type == "numeric":
        assert question.numeric is not None
        return score_numeric(reply, question.numeric)
    return score_short(reply, question)
