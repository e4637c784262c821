"""The concept glossary: coverage of every non-tool domain, well-formed facts, phrasings that really differ, unique
questions, and the drafts it hands to the corpus builder."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from training.data.domains import CATEGORIES, DOMAIN_BY_NAME, DOMAINS, category_of
from training.data.gen import glossary
from training.data.gen.common import make_record
from training.data.gen.glossary import (
    FACT_BY_KEY,
    FACTS,
    GlossaryFormatError,
    concept_drafts,
    counts_by,
    draft_count,
    fact_count,
    parse_facts,
)
from training.data.schema import dedupe_key, normalize

NON_TOOL_CATEGORIES = [c for c in CATEGORIES if c != "tool_use"]
NON_TOOL_DOMAINS = [d.name for d in DOMAINS if d.category != "tool_use"]

# Function words only: what is left must be the content of the question.
STOPWORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "is", "are", "was", "were", "be", "been",
    "being", "am", "do", "does", "did", "what", "how", "why", "when", "which", "who", "whom", "whose", "where",
    "can", "could", "should", "would", "will", "shall", "may", "might", "must", "it", "its", "this", "that", "these",
    "those", "there", "their", "they", "them", "he", "she", "his", "her", "him", "i", "me", "my", "we", "our", "you",
    "your", "at", "by", "from", "as", "with", "about", "into", "than", "then", "so", "if", "not", "no", "any",
    "some",
})


def content_words(text: str) -> set[str]:
    """The normalized words of a question minus the stopwords."""
    return {w for w in normalize(text).split() if w not in STOPWORDS}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


# ---------------------------------------------------------------------------------------------------- coverage

def test_every_non_tool_domain_has_at_least_six_facts() -> None:
    per_domain = Counter(f.domain for f in FACTS)
    thin = {d: per_domain[d] for d in NON_TOOL_DOMAINS if per_domain[d] < 6}
    assert not thin, f"domains with fewer than 6 facts: {thin}"
    assert len(NON_TOOL_DOMAINS) == 59


def test_no_fact_in_tool_use_domains_and_every_domain_valid() -> None:
    for f in FACTS:
        assert f.domain in DOMAIN_BY_NAME, f.key
        assert category_of(f.domain) != "tool_use", f.key


def test_volume_and_difficulty_mix() -> None:
    assert 450 <= len(FACTS) <= 600
    assert 1_600 <= draft_count() <= 2_000
    tiers = Counter(f.difficulty for f in FACTS)
    assert set(tiers) == {"easy", "medium", "hard"}
    share = {t: n / len(FACTS) for t, n in tiers.items()}
    assert 0.38 <= share["easy"] <= 0.52
    assert 0.28 <= share["medium"] <= 0.42
    assert 0.15 <= share["hard"] <= 0.25


# ---------------------------------------------------------------------------------------------------- facts

def test_keys_unique_slugs() -> None:
    keys = [f.key for f in FACTS]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in keys)
    assert set(FACT_BY_KEY) == set(keys)


def test_answers_substantial_and_never_repeated() -> None:
    for f in FACTS:
        assert len(f.answer) >= 80, f.key
        assert f.answer == f.answer.strip() and "  " not in f.answer, f.key
        assert not f.answer.startswith(("Q:", "A:")) and "\nQ:" not in f.answer, f.key
    answers = [normalize(f.answer) for f in FACTS]
    repeated = [a[:60] for a, n in Counter(answers).items() if n > 1]
    assert not repeated, repeated


def test_three_or_four_phrasings_each() -> None:
    for f in FACTS:
        assert 3 <= len(f.questions) <= 4, f.key
        assert all(len(q) >= 12 and q == q.strip() for q in f.questions), f.key


def test_phrasings_of_a_fact_differ_non_trivially() -> None:
    too_close = []
    for f in FACTS:
        for a, b in itertools.combinations(f.questions, 2):
            score = jaccard(content_words(a), content_words(b))
            if score >= 0.6:
                too_close.append((f.key, round(score, 2), a, b))
    assert not too_close, too_close[:5]


def test_all_questions_unique_across_the_glossary() -> None:
    keys = Counter(dedupe_key(q) for f in FACTS for q in f.questions)
    assert not [k for k, n in keys.items() if n > 1]


def test_jaccard_helper_catches_trivial_rewording() -> None:
    assert jaccard(content_words("What is a Roth IRA?"), content_words("What's a Roth IRA?")) >= 0.6
    assert jaccard(content_words("Define the wash sale rule."), content_words("What is the wash-sale rule?")) >= 0.6


def test_data_modules_stay_under_500_lines() -> None:
    folder = Path(glossary.__file__).parent
    modules = sorted(folder.glob("glossary*.py"))
    assert len(modules) >= 2
    for path in modules:
        assert len(path.read_text().splitlines()) < 500, path.name


# ---------------------------------------------------------------------------------------------------- drafts

def test_concept_drafts_one_per_phrasing() -> None:
    drafts = concept_drafts(NON_TOOL_CATEGORIES)
    assert len(drafts) == draft_count() == sum(len(f.questions) for f in FACTS)
    for d in drafts:
        fact = FACT_BY_KEY[d.params["fact"]]
        assert d.template == f"glossary.{fact.key}"
        assert d.instruction == fact.questions[d.params["phrasing"]]
        assert d.output == fact.answer and d.domain == fact.domain and d.difficulty == fact.difficulty
        assert d.input == "" and d.messages is None


def test_concept_drafts_filter_by_category() -> None:
    for category in NON_TOOL_CATEGORIES:
        drafts = concept_drafts([category])
        assert drafts, category
        assert {category_of(d.domain) for d in drafts} == {category}
        assert len(drafts) == draft_count([category]) and fact_count([category]) > 0
    assert concept_drafts(["tool_use"]) == []
    assert concept_drafts([]) == []


def test_shuffled_drafts_are_reproducible_and_complete() -> None:
    a = concept_drafts(["insurance", "derivatives"], rng=random.Random(7))
    b = concept_drafts(["insurance", "derivatives"], rng=random.Random(7))
    plain = concept_drafts(["insurance", "derivatives"])
    assert a == b
    assert a != plain and sorted(d.instruction for d in a) == sorted(d.instruction for d in plain)


def test_drafts_become_valid_records() -> None:
    for d in concept_drafts(NON_TOOL_CATEGORIES)[::37]:
        record = make_record(d, "glossary")
        assert record.category == category_of(d.domain)
        assert record.template == d.template and record.params == d.params


def test_counts_by_reports_facts_and_drafts() -> None:
    by_category = counts_by("category")
    assert set(by_category) == set(NON_TOOL_CATEGORIES)
    assert sum(n for n, _ in by_category.values()) == fact_count()
    assert sum(n for _, n in counts_by("difficulty").values()) == draft_count()
    assert sum(n for n, _ in counts_by("domain").values()) == len(FACTS)


# ---------------------------------------------------------------------------------------------------- parser

def test_parse_joins_continuation_lines() -> None:
    text = """
## demo_fact | options | easy
Q: What is a call
   option?
Q: Define a call.
A: A call gives the right
   to buy at the strike.
"""
    [fact] = parse_facts(text, "demo")
    assert fact.questions == ("What is a call option?", "Define a call.")
    assert fact.answer == "A call gives the right to buy at the strike."


@pytest.mark.parametrize(("text", "message"), [
    ("\n## k | options\nQ: q?\nA: a", "bad header"),
    ("\n## k | no_such_domain | easy\nQ: q?\nA: a", "unknown domain"),
    ("\n## k | options | extremely_complex\nQ: q?\nA: a", "difficulty"),
    ("\n## k | options | easy\nQ: q?\n", "want one A:"),
    ("\n## k | options | easy\nA: one\nA: two\nQ: q?", "want one A:"),
    ("\n## k | options | easy\n   stray text\nQ: q?\nA: a", "before the first"),
    ("\n## k | options | easy\nQ: q?\nunindented continuation\nA: a", "must start with"),
])
def test_parse_rejects_malformed_blocks(text: str, message: str) -> None:
    with pytest.raises(GlossaryFormatError, match=message):
        parse_facts(text, "demo")
