"""What every generator shares: the :class:`Draft` a template returns, number formatting, and the filler that turns
weighted templates into a given count of unique records.

A *template* is a function ``(rng) -> Draft``: it draws its parameters from ``rng``, computes the answer with code
(the ``tools.calc`` calculators or a table), and writes an output that shows the working. ``params`` holds every
input and the computed ``answer`` so a test can recompute it independently.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from training.data.domains import Difficulty, category_of
from training.data.schema import Message, Record, dedupe_key, record_id


@dataclass(frozen=True, slots=True)
class Draft:
    """A generated pair before it becomes a :class:`Record`."""

    instruction: str
    output: str
    domain: str
    difficulty: Difficulty
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    input: str = ""
    messages: list[dict[str, str]] | None = None
    tools: list[str] | None = None


Template = Callable[[random.Random], Draft]
WeightedTemplates = Sequence[tuple[Template, float]]


def make_record(draft: Draft, source: str) -> Record:
    """The record for a draft: its id from the content, its category from its domain."""
    return Record(
        id=record_id(draft.instruction, draft.input), instruction=draft.instruction, input=draft.input,
        output=draft.output, category=category_of(draft.domain), domain=draft.domain,
        difficulty=draft.difficulty, source=source,
        messages=[Message(**m) for m in draft.messages] if draft.messages else None,
        tools=draft.tools, template=draft.template, params=draft.params or None,
    )


class GenerationError(RuntimeError):
    """The templates could not produce the requested number of unique records."""


def fill(
    pool: Sequence[Draft], templates: WeightedTemplates, n: int, rng: random.Random, source: str,
    seen: set[str], advance: Callable[[int], None] | None = None,
) -> list[Record]:
    """``n`` unique records: every draft of the finite ``pool`` first (glossary facts), then weighted random
    templates until the count is reached. ``seen`` holds dedupe keys across sources and is updated."""
    out: list[Record] = []

    def take(draft: Draft) -> None:
        key = dedupe_key(draft.instruction, draft.input)
        if key in seen:
            return
        seen.add(key)
        out.append(make_record(draft, source))
        if advance:
            advance(1)

    for draft in pool:
        if len(out) == n:
            break
        take(draft)
    funcs = [t for t, _ in templates]
    weights = [w for _, w in templates]
    misses = 0
    while len(out) < n:
        if not funcs:
            raise GenerationError(f"{source}: the pool holds only {len(out)} unique records of {n}")
        before = len(out)
        take(rng.choices(funcs, weights)[0](rng))
        misses = misses + 1 if len(out) == before else 0
        if misses > 10_000:  # the templates' parameter space is exhausted: say so rather than loop forever
            raise GenerationError(f"{source}: only {len(out)} unique records of {n} after 10,000 duplicates in a row")
    return out


# ---------------------------------------------------------------------------------------------------- formatting

def money(x: float, cents: bool = True) -> str:
    """``$1,234.56`` (``-$12.00`` for negatives); ``cents=False`` rounds to whole dollars."""
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}" if cents else f"{sign}${abs(x):,.0f}"


def pct(x: float, places: int = 2) -> str:
    """A fraction as a percentage with trailing zeros trimmed: 0.065 → ``6.5%``."""
    text = f"{x * 100:.{places}f}".rstrip("0").rstrip(".")
    return f"{text}%"


def num(x: float, places: int = 2) -> str:
    """A plain number with thousands separators and trailing zeros trimmed."""
    text = f"{x:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def tiered(amount: float, tiers: Sequence[tuple[float, float]]) -> float:
    """A marginal schedule: each ``(width, rate)`` slice of ``amount`` at its own rate (fees, statutory tiers)."""
    total, rest = 0.0, amount
    for width, rate in tiers:
        part = min(rest, width)
        total += part * rate
        rest -= part
        if rest <= 0:
            break
    return round(total, 2)


def pick(rng: random.Random, low: float, high: float, step: float) -> float:
    """A round number from ``low`` to ``high`` in steps of ``step`` (so questions read like real ones)."""
    count = round((high - low) / step)
    value = low + step * rng.randint(0, count)
    return round(value, 10)
