"""Concept Q&A from a hand-written glossary: definitions, comparisons and short applied scenarios with no numbers
to compute (or only trivial ones), across every domain outside the tool-use category.

The facts live in the ``glossary_facts_*`` data modules as one block of text each, so prose stays readable::

    ## roth_ira_five_year_rule | iras_roth | medium
    Q: What is the Roth IRA five-year rule for earnings?
    Q: Explain to a client who opened ...
    A: A distribution of Roth IRA earnings is qualified (tax- and penalty-free) only if ...
       continuation lines are joined with a single space.

A block starts with ``## key | domain | difficulty``; ``Q:`` at the start of a line begins a phrasing, ``A:`` the
answer, and an indented line continues the item above it. :data:`FACTS` is parsed once at import and validated,
so a typo in a data module fails loudly rather than producing a bad record. Each fact yields one :class:`Draft` per
phrasing (the same answer under several differently worded questions).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final, cast

from training.data.domains import DOMAIN_BY_NAME, Difficulty, category_of
from training.data.gen import (
    glossary_facts_accounting,
    glossary_facts_accounting2,
    glossary_facts_banking,
    glossary_facts_compliance,
    glossary_facts_corporate,
    glossary_facts_derivatives,
    glossary_facts_estate,
    glossary_facts_estate2,
    glossary_facts_fintech,
    glossary_facts_insurance,
    glossary_facts_insurance2,
    glossary_facts_insurance3,
    glossary_facts_planning,
    glossary_facts_portfolio,
    glossary_facts_portfolio2,
    glossary_facts_regulation,
    glossary_facts_regulation2,
    glossary_facts_retirement,
    glossary_facts_retirement2,
    glossary_facts_tax,
    glossary_facts_tax2,
)
from training.data.gen.common import Draft

FACT_TIERS: Final[tuple[Difficulty, ...]] = ("easy", "medium", "hard")


@dataclass(frozen=True, slots=True)
class Fact:
    """One concept: an accurate, self-contained answer and the several ways a person might ask for it."""

    key: str
    domain: str
    difficulty: Difficulty
    answer: str
    questions: tuple[str, ...]


class GlossaryFormatError(ValueError):
    """A data module's text does not follow the block format; the message names the module and the fact."""


def _items(lines: Iterable[str], where: str) -> tuple[list[str], list[str]]:
    """The questions and answers of one block's body lines (continuation lines joined with a space)."""
    questions: list[str] = []
    answers: list[str] = []
    current: list[str] | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if raw.startswith("Q:"):
            questions.append(line[2:].strip())
            current = questions
        elif raw.startswith("A:"):
            answers.append(line[2:].strip())
            current = answers
        elif not raw[0].isspace():
            raise GlossaryFormatError(f"{where}: a line must start with 'Q:', 'A:' or indentation: {line[:60]!r}")
        elif current is None:
            raise GlossaryFormatError(f"{where}: text before the first Q:/A: line: {line[:60]!r}")
        else:
            current[-1] = f"{current[-1]} {line}"
    return questions, answers


def parse_facts(text: str, source: str = "<text>") -> list[Fact]:
    """The facts of one data module's text; :class:`GlossaryFormatError` names the first malformed block."""
    facts: list[Fact] = []
    for block in text.split("\n## ")[1:]:
        head, _, body = block.partition("\n")
        parts = [p.strip() for p in head.split("|")]
        if len(parts) != 3:
            raise GlossaryFormatError(f"{source}: bad header {head!r} (want 'key | domain | difficulty')")
        key, domain, difficulty = parts
        where = f"{source}: {key}"
        if domain not in DOMAIN_BY_NAME:
            raise GlossaryFormatError(f"{where}: unknown domain {domain!r}")
        if difficulty not in FACT_TIERS:
            raise GlossaryFormatError(f"{where}: difficulty {difficulty!r} is not one of {FACT_TIERS}")
        questions, answers = _items(body.splitlines(), where)
        if len(answers) != 1 or not questions:
            raise GlossaryFormatError(f"{where}: want one A: and at least one Q:, got {len(answers)} and "
                                      f"{len(questions)}")
        facts.append(Fact(key=key, domain=domain, difficulty=cast(Difficulty, difficulty), answer=answers[0],
                          questions=tuple(questions)))
    return facts


def _load() -> tuple[Fact, ...]:
    """Every fact of every data module, checked for unique keys."""
    modules = (
        glossary_facts_planning, glossary_facts_banking, glossary_facts_retirement, glossary_facts_retirement2,
        glossary_facts_tax, glossary_facts_tax2, glossary_facts_estate, glossary_facts_estate2,
        glossary_facts_insurance, glossary_facts_insurance2, glossary_facts_insurance3, glossary_facts_accounting,
        glossary_facts_accounting2, glossary_facts_portfolio, glossary_facts_portfolio2, glossary_facts_corporate,
        glossary_facts_regulation, glossary_facts_regulation2, glossary_facts_compliance, glossary_facts_derivatives,
        glossary_facts_fintech,
    )
    facts = [f for m in modules for f in parse_facts(m.TEXT, m.__name__)]
    repeated = [k for k, n in Counter(f.key for f in facts).items() if n > 1]
    if repeated:
        raise GlossaryFormatError(f"glossary: repeated fact keys {sorted(repeated)}")
    return tuple(facts)


FACTS: Final[tuple[Fact, ...]] = _load()
FACT_BY_KEY: Final[dict[str, Fact]] = {f.key: f for f in FACTS}


def facts_in(categories: Collection[str]) -> list[Fact]:
    """The facts whose domain belongs to one of ``categories``, in glossary order."""
    return [f for f in FACTS if category_of(f.domain) in categories]


def fact_draft(fact: Fact, phrasing: int) -> Draft:
    """The draft of one phrasing of a fact: the question as the instruction, the fact's answer as the output."""
    return Draft(
        instruction=fact.questions[phrasing], output=fact.answer, domain=fact.domain, difficulty=fact.difficulty,
        template=f"glossary.{fact.key}", params={"fact": fact.key, "phrasing": phrasing},
    )


def concept_drafts(categories: Collection[str], rng: random.Random | None = None) -> list[Draft]:
    """One draft per (fact, phrasing) for the facts of ``categories``: in glossary order, or shuffled by ``rng``
    (so a caller that takes only the first n drafts still gets every domain)."""
    drafts = [fact_draft(f, i) for f in facts_in(categories) for i in range(len(f.questions))]
    if rng is not None:
        rng.shuffle(drafts)
    return drafts


def fact_count(categories: Collection[str] | None = None) -> int:
    """The number of facts, in all or in the given categories."""
    return len(FACTS) if categories is None else len(facts_in(categories))


def draft_count(categories: Collection[str] | None = None) -> int:
    """The number of drafts :func:`concept_drafts` makes, for all or for the given categories."""
    facts = FACTS if categories is None else facts_in(categories)
    return sum(len(f.questions) for f in facts)


def counts_by(field: str) -> dict[str, tuple[int, int]]:
    """``{value: (facts, drafts)}`` grouped by ``"domain"``, ``"category"`` or ``"difficulty"`` (for reports)."""
    out: dict[str, tuple[int, int]] = {}
    for f in FACTS:
        value = category_of(f.domain) if field == "category" else str(getattr(f, field))
        facts, drafts = out.get(value, (0, 0))
        out[value] = (facts + 1, drafts + len(f.questions))
    return out
