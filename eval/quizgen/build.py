"""Build the whole question set: every quiz generator with its own seeded random stream, ids assigned, counts and
uniqueness checked."""

from __future__ import annotations

import random

from eval.quizgen.catalog import ALL_QUIZZES
from eval.schema import Question


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def build_quizzes(seed: int = 0) -> dict[str, list[Question]]:
    """``{quiz name: questions}`` in catalogue order. Each quiz draws from ``random.Random(f"{seed}:{name}")``, so
    a quiz's questions do not change when another quiz changes. Raises ``ValueError`` naming the quiz when a
    generator returns the wrong number of questions, and naming both ids when two questions share their text."""
    out: dict[str, list[Question]] = {}
    seen: dict[str, str] = {}
    for spec in ALL_QUIZZES:
        questions = spec.build(random.Random(f"{seed}:{spec.name}"))
        if len(questions) != spec.count:
            raise ValueError(f"quiz {spec.name}: the generator returned {len(questions)} questions, expected "
                             f"{spec.count}")
        numbered = []
        for i, q in enumerate(questions, 1):
            qid = f"{spec.name}-{i:03d}"
            key = _norm(q.question)
            if key in seen:
                raise ValueError(f"quiz {spec.name}: question {qid} repeats the text of {seen[key]}")
            seen[key] = qid
            numbered.append(q.model_copy(update={"id": qid, "quiz": spec.name, "category": spec.category}))
        out[spec.name] = numbered
    return out
