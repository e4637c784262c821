"""What every quiz generator shares: :class:`QuizSpec`, the question constructors (multiple choice, numeric, short
answer, tool use), fact banks, number formatting and the builder that turns a plan of makers into a quiz.

A *maker* is a function ``(rng) -> Question`` that draws its parameters from ``rng`` only; a quiz's *plan* is the
list of makers it calls, one question each. The builder fills in ``quiz`` and ``category``, retries a maker whose
question repeats an earlier one, and places every multiple-choice gold letter (cycling through shuffled A-D, so
letters are spread evenly) with the distractors in random order.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from eval.schema import NumericGold, Question, ToolGold, Unit

Maker = Callable[[random.Random], Question]
Builder = Callable[[random.Random], list[Question]]
LETTERS = ("A", "B", "C", "D")


@dataclass(frozen=True)
class QuizSpec:
    """One quiz: file name, display name, number of questions and ``build(rng) -> list[Question]``."""

    name: str
    category: str
    count: int
    build: Builder


# ---------------------------------------------------------------------------------------------------- formatting

def money(x: float, cents: bool = False) -> str:
    """``1234.5`` → ``$1,235`` (or ``$1,234.50``)."""
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}" if cents else f"{sign}${abs(x):,.0f}"


def pct(x: float, digits: int = 2) -> str:
    """A fraction as a percentage with trailing zeros dropped: ``0.0625`` → ``6.25%``."""
    text = f"{x * 100:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%"


def a(text: str) -> str:
    """``text`` with its indefinite article, for numbers read aloud: ``a 6% rate``, ``an 8% rate``, ``an 11-year``."""
    digits = re.match(r"\d+", text)
    group = digits.group(0) if digits else ""
    return f"{'an' if group.startswith('8') or group in ('11', '18') else 'a'} {text}"


def step(rng: random.Random, low: float, high: float, by: float) -> float:
    """A random multiple of ``by`` in ``[low, high]`` (rounded, so 0.0875 never prints as 0.08750000000000001)."""
    return round(rng.randint(math.ceil(low / by - 1e-9), math.floor(high / by + 1e-9)) * by, 8)


def step_int(rng: random.Random, low: int, high: int, by: int) -> int:
    """A random integer multiple of ``by`` in ``[low, high]``."""
    return rng.randint(-(-low // by), high // by) * by


NAMES = ("Avery", "Bianca", "Cyrus", "Delia", "Emeka", "Farah", "Gideon", "Harriet", "Ingrid", "Joaquin", "Kenji",
         "Lucia", "Mateo", "Nadia", "Orla", "Pavel", "Quinn", "Rosalind", "Soren", "Tamsin", "Ulric", "Vivian",
         "Wendell", "Ximena", "Yusuf", "Zara", "Beatrix", "Dmitri", "Esther", "Felix", "Greta", "Hector")


def name(rng: random.Random) -> str:
    """A first name for a scenario."""
    return rng.choice(NAMES)


FILER = {"single": "a single filer", "married_filing_jointly": "a married couple filing jointly",
         "head_of_household": "a head-of-household filer",
         "married_filing_separately": "a married person filing separately"}
STATUS_TEXT = {"single": "single", "married_filing_jointly": "married filing jointly",
               "head_of_household": "head of household", "married_filing_separately": "married filing separately"}


# ---------------------------------------------------------------------------------------------------- questions

def _question(**fields: Any) -> Question:
    return Question(id="", quiz="", category="", **fields)


def mc(template: str, question: str, correct: str, distractors: Sequence[str], *, explanation: str,
       params: dict[str, Any] | None = None) -> Question:
    """A multiple-choice question: the correct choice and the first three distinct distractors. The builder
    places the gold letter; here it is always ``A``."""
    wrong: list[str] = []
    for d in distractors:
        if d != correct and d not in wrong:
            wrong.append(d)
    if len(wrong) < 3:
        raise ValueError(f"{template}: fewer than three distinct distractors for {question!r}")
    choices = dict(zip(LETTERS, [correct, *wrong[:3]], strict=True))
    return _question(type="multiple_choice", question=question, choices=choices, answer="A",
                     explanation=explanation, template=template, params=params)


def num(template: str, question: str, value: float, unit: Unit, *, explanation: str,
        params: dict[str, Any] | None = None, exact: bool = False, rel_tol: float | None = None,
        abs_tol: float | None = None) -> Question:
    """A numeric question. Default tolerances: 1% relative (dollar amounts and other computed values), 0.05
    percentage points for percentages; ``exact`` answers (a statutory limit, a count) allow only rounding."""
    if unit == "percent":
        rel, absolute = 0.0, 0.05
    elif exact:
        rel, absolute = 0.0, 0.5 if unit == "usd" else 0.0
    else:
        rel, absolute = 0.01, 0.0
    gold = NumericGold(value=round(value, 4), unit=unit, rel_tol=rel if rel_tol is None else rel_tol,
                       abs_tol=absolute if abs_tol is None else abs_tol)
    return _question(type="numeric", question=question, numeric=gold, explanation=explanation,
                     template=template, params=params)


def short(template: str, question: str, rubric: Sequence[Sequence[str]], *, explanation: str,
          min_groups: int | None = None, params: dict[str, Any] | None = None) -> Question:
    """A short-answer question graded by keyword groups (whole words or phrases, any one of a group). By default
    every group is needed up to two groups, all but one beyond."""
    groups = [_with_number_variants(g) for g in rubric]
    need = min_groups if min_groups is not None else (len(groups) if len(groups) <= 2 else len(groups) - 1)
    return _question(type="short_answer", question=question, rubric=groups, min_groups=need,
                     explanation=explanation, template=template, params=params)


# Nouns whose other grammatical number a reply may well use; rubric keywords match whole words only, so a rubric
# keyword ending in one of these also accepts the other form ("return" / "returns", "penalty" / "penalties").
_NOUNS = frozenset((
    "account", "adjustment", "allocation", "amount", "annuity", "asset", "balance", "beneficiary", "benefit",
    "block", "bond", "bracket", "claim", "commission", "conflict", "contribution", "conversion", "cost", "coupon",
    "credit", "day", "deadline", "debt", "decade", "decline", "deduction", "distribution", "dividend", "document",
    "downturn", "earning", "estate", "exclusion", "exemption", "expense", "fee", "flow", "fluctuation", "fund",
    "gain", "heir", "incentive", "inflow", "interval", "lawsuit", "liability", "limit", "loan", "loss", "month",
    "node", "party", "payment", "penalty", "premium", "price", "rate", "return", "risk", "security", "share",
    "spouse", "stock", "survivor", "tax", "treasury", "trust", "weight", "widow", "withdrawal", "year",
))


def _plural(word: str) -> str:
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x")) else "s")


_COUNTED = frozenset(("a", "an", "one", "each", "every", "many", "few", "fewer", "several", "both"))
_OTHER_NUMBER = {n: _plural(n) for n in _NOUNS} | {_plural(n): n for n in _NOUNS}


def _number_variants(keyword: str) -> list[str]:
    """``keyword`` and, when its last word is a noun of ``_NOUNS``, the same phrase in the other number."""
    head, _, last = keyword.rpartition(" ")
    other = _OTHER_NUMBER.get(last)
    if other is None or head.rpartition(" ")[2] in _COUNTED:
        return [keyword]
    return [keyword, f"{head} {other}".strip()]


def _with_number_variants(group: Sequence[str]) -> list[str]:
    out: list[str] = []
    for keyword in group:
        out += [k for k in _number_variants(keyword) if k not in out]
    return out


def tool(template: str, question: str, name_: str, arguments: dict[str, Any], *, explanation: str,
         alternatives: Sequence[str] = (), params: dict[str, Any] | None = None) -> Question:
    """A tool-use question: the tool to call and the argument values the call must carry."""
    gold = ToolGold(name=name_, alternatives=list(alternatives), arguments=arguments)
    return _question(type="tool_use", question=question, tool=gold, explanation=explanation, template=template,
                     params=params)


# ---------------------------------------------------------------------------------------------------- fact banks

@dataclass(frozen=True)
class MC:
    """A fixed multiple-choice fact: key, question, right answer, distractors, explanation."""

    key: str
    q: str
    right: str
    wrong: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class SA:
    """A fixed short-answer question with its keyword rubric."""

    key: str
    q: str
    rubric: tuple[tuple[str, ...], ...]
    why: str
    need: int | None = None


@dataclass(frozen=True)
class NUM:
    """A fixed numeric fact (a statutory figure, a count): exact unless tolerances are given."""

    key: str
    q: str
    value: float
    unit: Unit
    why: str
    rel_tol: float | None = None
    abs_tol: float | None = None


Fact = MC | SA | NUM


def fact(module: str, item: Fact) -> Maker:
    """The maker of one bank item (template ``eval.<module>.facts``, params ``{"fact": key}``)."""
    template, params = f"eval.{module}.facts", {"fact": item.key}

    def make(rng: random.Random) -> Question:
        if isinstance(item, MC):
            return mc(template, item.q, item.right, item.wrong, explanation=item.why, params=params)
        if isinstance(item, SA):
            return short(template, item.q, item.rubric, explanation=item.why, min_groups=item.need, params=params)
        return num(template, item.q, item.value, item.unit, explanation=item.why, params=params, exact=True,
                   rel_tol=item.rel_tol, abs_tol=item.abs_tol)

    make.__name__ = f"fact_{item.key}"
    return make


def facts(module: str, items: Sequence[Fact]) -> list[Maker]:
    """Makers for a bank, in order; bank keys must be unique."""
    keys = [i.key for i in items]
    if len(keys) != len(set(keys)):
        raise ValueError(f"{module}: duplicate fact keys")
    return [fact(module, i) for i in items]


# ---------------------------------------------------------------------------------------------------- the builder

def _letters(rng: random.Random) -> Iterator[str]:
    while True:
        order = list(LETTERS)
        rng.shuffle(order)
        yield from order


def _place(q: Question, letter: str, rng: random.Random) -> dict[str, Any]:
    assert q.choices is not None and q.answer is not None
    correct = q.choices[q.answer]
    others = [v for k, v in q.choices.items() if k != q.answer]
    rng.shuffle(others)
    others.insert(LETTERS.index(letter), correct)
    return {"choices": dict(zip(LETTERS, others, strict=True)), "answer": letter}


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def quiz(name_: str, category: str, count: int, plan: Sequence[Maker]) -> QuizSpec:
    """The spec of a quiz whose questions come from ``plan`` (one maker per question, in order)."""

    def build(rng: random.Random) -> list[Question]:
        out: list[Question] = []
        seen: set[str] = set()
        for maker in plan:
            for _ in range(60):
                q = maker(rng)
                if _key(q.question) not in seen:
                    break
            else:
                raise ValueError(f"{name_}: {getattr(maker, '__name__', maker)!r} keeps repeating a question")
            seen.add(_key(q.question))
            out.append(q)
        letters = _letters(rng)
        final = []
        for q in out:
            update: dict[str, Any] = {"quiz": name_, "category": category}
            if q.type == "multiple_choice":
                update |= _place(q, next(letters), rng)
            final.append(Question.model_validate({**q.model_dump(), **update}))
        return final

    return QuizSpec(name_, category, count, build)


def repeat(maker: Maker, times: int) -> list[Maker]:
    """``maker`` ``times`` times in a plan (each call draws new parameters)."""
    return [maker] * times
