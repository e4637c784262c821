"""Does the benchmark test what training taught? Three checks of every question against a training corpus
(``corpus.jsonl`` from ``elson data build``, or any JSONL with ``instruction``/``input``):

* **exact**: the normalized question text equals a training instruction (+ input);
* **near**: half or more of the question's word 6-grams occur in one training record;
* **same parameters**: a training record of the same generator kind states exactly the same set of numbers (three
  or more), i.e. the same template with the same parameters in other words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from eval.schema import Question

_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
N = 6


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _grams(text: str) -> set[str]:
    words = _norm(text).split()
    return {" ".join(words[i:i + N]) for i in range(len(words) - N + 1)}


def _numbers(text: str) -> frozenset[float]:
    return frozenset(float(m.replace(",", "")) for m in _NUM.findall(text) if m.replace(",", "").strip("."))


@dataclass
class ContaminationReport:
    """What overlaps, by check, with the question ids."""

    corpus: str
    records: int
    questions: int
    exact: list[str] = field(default_factory=list)
    near: list[tuple[str, str, float]] = field(default_factory=list)
    same_params: list[tuple[str, str]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.exact or self.near or self.same_params)

    def lines(self) -> list[str]:
        """The report for the terminal."""
        out = [f"contamination against {self.corpus} ({self.records:,} training records, {self.questions} "
               f"questions): exact {len(self.exact)}, near-duplicate {len(self.near)}, same parameters "
               f"{len(self.same_params)}"]
        out += [f"  exact: {q}" for q in self.exact[:10]]
        out += [f"  near: {q} ~ training {rid} ({share:.0%} of its 6-grams)" for q, rid, share in self.near[:10]]
        out += [f"  same parameters: {q} ~ training {rid}" for q, rid in self.same_params[:10]]
        return out


def check(questions: Sequence[Question], corpus: Path) -> ContaminationReport:
    """Compare ``questions`` with every record of ``corpus``."""
    exact: set[str] = set()
    index: dict[str, list[int]] = defaultdict(list)
    numbers: dict[frozenset[float], list[int]] = defaultdict(list)
    ids: list[str] = []
    with corpus.open("rb") as fh:
        for i, line in enumerate(fh):
            row = orjson.loads(line)
            text = f"{row.get('instruction', '')} {row.get('input', '')}"
            ids.append(str(row.get("id", i)))
            exact.add(_norm(text))
            for gram in _grams(text):
                index[gram].append(i)
            nums = _numbers(text)
            if len(nums) >= 3:
                numbers[nums].append(i)
    report = ContaminationReport(str(corpus), len(ids), len(questions))
    for q in questions:
        if _norm(q.question) in exact:
            report.exact.append(q.id)
        grams = _grams(q.question)
        hits: Counter[int] = Counter(i for g in grams for i in set(index.get(g, ())))
        if grams and hits:
            best, count = hits.most_common(1)[0]
            if count / len(grams) >= 0.5:
                report.near.append((q.id, ids[best], count / len(grams)))
        nums = _numbers(q.question)
        if len(nums) >= 3 and nums in numbers:
            report.same_params.append((q.id, ids[numbers[nums][0]]))
    return report
