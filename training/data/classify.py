"""The domain classifier for imported data: TF-IDF word and bigram features into a linear SVM (scikit-learn).

Generated records carry their domain; users' Alpaca files usually do not, so ``elson data import`` labels them
with a classifier trained on the generated corpus. Accuracy is reported on two held-out slices: a random 10% (what
the issue asks), and a slice whose *templates* the model never saw in training, which is the honest estimate for
text written by someone else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from training.data.schema import DataError, Record, atomic_path

_DIGITS = re.compile(r"\d[\d,.]*")


def text_of(instruction: str, input_: str = "", output: str = "") -> str:
    """What the classifier reads: the question, its input and the start of the answer, numbers folded to one token
    (so "$312,500" and "$87,000" look alike)."""
    return _DIGITS.sub(" 0 ", f"{instruction}\n{input_}\n{output[:600]}")


def _pipeline(seed: int) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    return make_pipeline(TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2, max_features=300_000,
                                         strip_accents="unicode"),
                         LinearSVC(C=0.5, random_state=seed))


@dataclass
class ClassifierReport:
    """Held-out accuracy of the classifier."""

    records: int
    domains: int
    random_holdout: int
    random_accuracy: float
    template_holdout: int
    template_accuracy: float
    seconds: float


def _split_by_template(records: Sequence[Record], share: float, seed: int) -> tuple[list[int], list[int]]:
    """Indices for train and test where every template of the test part is absent from training."""
    import random

    templates = sorted({r.template or r.id for r in records})
    random.Random(seed).shuffle(templates)
    held = set(templates[: max(1, round(len(templates) * share))])
    test = [i for i, r in enumerate(records) if (r.template or r.id) in held]
    train = [i for i, r in enumerate(records) if (r.template or r.id) not in held]
    return train, test


def train_classifier(records: Sequence[Record], seed: int = 0, holdout: float = 0.1) -> tuple[Any, ClassifierReport]:
    """Fit on all records after measuring on the two held-out slices; returns the fitted model and the report."""
    import time

    from sklearn.model_selection import train_test_split

    if len({r.domain for r in records}) < 2:
        raise DataError("the classifier needs records of at least two domains")
    started = time.perf_counter()
    texts = [text_of(r.instruction, r.input, r.output) for r in records]
    labels = [r.domain for r in records]
    idx = list(range(len(records)))
    tr, te = train_test_split(idx, test_size=holdout, random_state=seed, stratify=_stratify(labels))
    random_acc = _fit_score(seed, texts, labels, tr, te)
    tr2, te2 = _split_by_template(records, holdout, seed)
    template_acc = _fit_score(seed, texts, labels, tr2, te2)
    model = _pipeline(seed).fit(texts, labels)
    report = ClassifierReport(len(records), len(set(labels)), len(te), random_acc, len(te2), template_acc,
                              time.perf_counter() - started)
    return model, report


def _stratify(labels: list[str]) -> list[str] | None:
    from collections import Counter

    return labels if min(Counter(labels).values()) >= 2 else None


def _fit_score(seed: int, texts: list[str], labels: list[str], train: list[int], test: list[int]) -> float:
    if not test or not train:
        return float("nan")
    model = _pipeline(seed).fit([texts[i] for i in train], [labels[i] for i in train])
    predicted = model.predict([texts[i] for i in test])
    return sum(p == labels[i] for p, i in zip(predicted, test, strict=True)) / len(test)


def save_classifier(model: Any, path: Path) -> None:
    """Write the fitted model (joblib), atomically."""
    import joblib

    with atomic_path(path) as tmp:
        joblib.dump(model, tmp)


def load_classifier(path: Path) -> Any:
    """A model written by :func:`save_classifier` (only load files you made: joblib files can run code)."""
    import joblib

    if not path.is_file():
        raise DataError(f"{path}: no classifier here (train one with `elson data classifier`)")
    return joblib.load(path)


def predict(model: Any, texts: Sequence[str]) -> list[str]:
    """Domain names for ``texts`` (already passed through :func:`text_of`)."""
    return [str(x) for x in model.predict(list(texts))]
