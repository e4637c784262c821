"""Question files in: the project's quiz JSONL, and adapters for public benchmarks (FinQA, TAT-QA).

A bad record never stops a run: it is reported as ``file: record N: reason`` and left out, and a question with no
gold answer is such a record. Formats:

* ``elson`` (our schema, :class:`eval.schema.Question`, JSON array or JSONL; ``id``, ``quiz`` and ``category`` may
  be left out and are filled from the file name and position);
* ``finqa`` (FinQA's JSON: ``qa.question`` with the executed answer ``qa.exe_ans``, context from ``pre_text``,
  ``table`` and ``post_text``) → numeric questions;
* ``tatqa`` (TAT-QA's JSON: a table and paragraphs with several ``questions``; arithmetic and count answers →
  numeric with their ``scale``; span answers → short answer).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from eval.schema import NumericGold, Question

QUIZ_DIR = Path(__file__).resolve().parent / "quizzes"
_SCALE = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "percent": 1.0}


def _items(path: Path) -> list[Any]:
    text = path.read_text()
    if text.lstrip().startswith("["):
        return list(json.loads(text))
    out: list[Any] = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                out.append(ValueError(f"line {n}: not valid JSON ({exc})"))
    return out


def _problem(path: Path, index: int, exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        msg = str(first["msg"]).removeprefix("Value error, ")
        where = ".".join(map(str, first["loc"]))
        return f"{path.name}: record {index}: {where + ': ' if where else ''}{msg}"
    return f"{path.name}: record {index}: {exc}"


def load_elson(path: Path) -> tuple[list[Question], list[str]]:
    """Questions of one file in our schema, and a line per record left out."""
    questions, problems = [], []
    quiz = path.stem
    try:
        items = _items(path)
    except (OSError, ValueError) as exc:
        return [], [f"{path.name}: cannot read ({exc})"]
    for i, item in enumerate(items):
        try:
            if isinstance(item, Exception):
                raise item
            if not isinstance(item, dict):
                raise ValueError("not a JSON object")
            item = {"id": f"{quiz}-{i + 1:03d}", "quiz": quiz, "category": quiz.replace("_", " ").title(), **item}
            questions.append(Question.model_validate(item))
        except (ValidationError, ValueError) as exc:
            problems.append(_problem(path, i, exc))
    return questions, problems


def _table_text(table: list[list[Any]]) -> str:
    return "\n".join(" | ".join(str(c) for c in row) for row in table)


def load_finqa(path: Path) -> tuple[list[Question], list[str]]:
    """FinQA records as numeric questions (the gold is the executed program's result, ``qa.exe_ans``)."""
    questions, problems = [], []
    for i, item in enumerate(json.loads(path.read_text())):
        try:
            qa = item["qa"]
            gold = qa.get("exe_ans")
            if not isinstance(gold, int | float) or isinstance(gold, bool):
                raise ValueError("no numeric gold answer (qa.exe_ans)")
            context = "\n".join([*item.get("pre_text", []), _table_text(item.get("table", [])),
                                 *item.get("post_text", [])])
            questions.append(Question(
                id=str(item.get("id", f"finqa-{i + 1}")), quiz="finqa", category="FinQA", type="numeric",
                question=f"{context}\n\nQuestion: {qa['question']}",
                numeric=NumericGold(value=float(gold), unit="number", rel_tol=0.01, abs_tol=0.005),
                explanation=str(qa.get("program", "")), source=f"finqa:{path.name}"))
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            problems.append(_problem(path, i, exc if not isinstance(exc, KeyError) else ValueError(f"missing {exc}")))
    return questions, problems


def load_tatqa(path: Path) -> tuple[list[Question], list[str]]:
    """TAT-QA documents: arithmetic and count answers as numeric questions (scaled), span answers as short
    answers whose rubric is the answer span(s)."""
    questions, problems = [], []
    for d, doc in enumerate(json.loads(path.read_text())):
        try:
            table = _table_text((doc.get("table") or {}).get("table", []))
            paras = "\n".join(p["text"] for p in sorted(doc.get("paragraphs", []), key=lambda p: p.get("order", 0)))
            context = f"{table}\n{paras}"
            for q in doc["questions"]:
                questions.append(_tatqa_question(q, context, path))
        except (KeyError, TypeError, ValueError, ValidationError) as exc:
            problems.append(_problem(path, d, exc if not isinstance(exc, KeyError) else ValueError(f"missing {exc}")))
    return questions, problems


def _tatqa_question(q: dict[str, Any], context: str, path: Path) -> Question:
    base = {"id": str(q["uid"]), "quiz": "tatqa", "category": "TAT-QA", "question": f"{context}\n\nQuestion: "
            f"{q['question']}", "explanation": str(q.get("derivation", "")), "source": f"tatqa:{path.name}"}
    answer, kind, scale = q["answer"], q.get("answer_type"), str(q.get("scale") or "")
    if kind in ("arithmetic", "count") or isinstance(answer, int | float):
        value = float(answer) * (1.0 if scale == "percent" else _SCALE.get(scale, 1.0))
        unit = "percent" if scale == "percent" else "number"
        return Question(**base, type="numeric", numeric=NumericGold(value=value, unit=unit, rel_tol=0.01))
    spans = answer if isinstance(answer, list) else [answer]
    rubric = [[str(s)] for s in spans if str(s).strip()]
    if not rubric:
        raise ValueError("no gold answer")
    return Question(**base, type="short_answer", rubric=rubric)


LOADERS = {"elson": load_elson, "finqa": load_finqa, "tatqa": load_tatqa}


def load(paths: list[Path], fmt: str = "elson") -> tuple[list[Question], list[str]]:
    """Questions from several files of one format, with every record left out and why."""
    loader = LOADERS[fmt]
    questions: list[Question] = []
    problems: list[str] = []
    for path in paths:
        got, bad = loader(path)
        questions += got
        problems += bad
    seen: set[str] = set()
    unique = []
    for q in questions:
        if q.id in seen:
            problems.append(f"{q.quiz}: duplicate question id {q.id} left out")
            continue
        seen.add(q.id)
        unique.append(q)
    return unique, problems


def quiz_files(names: list[str] | None = None, root: Path = QUIZ_DIR) -> list[Path]:
    """The built quiz files, all or the named ones (a name may also be a path to any question file)."""
    if not names:
        return sorted(root.glob("*.jsonl"))
    out = []
    for name in names:
        path = Path(name)
        out.append(path if path.suffix in (".json", ".jsonl") else root / f"{name}.jsonl")
    return out
