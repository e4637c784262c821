"""Quiz questions and their gold answers: one JSON object per line in ``eval/quizzes/<quiz>.jsonl``.

Four kinds, each with its scorer (:mod:`eval.scoring`):

* ``multiple_choice``: ``choices`` (``{"A": ..., "B": ...}``) and the gold letter in ``answer``;
* ``numeric``: ``numeric`` with the value, its unit and tolerances;
* ``tool_use``: ``tool`` with the tool the model must call and the argument values it must pass;
* ``short_answer``: ``rubric``, groups of acceptable keywords, of which ``min_groups`` must appear.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

QuestionType = Literal["multiple_choice", "numeric", "tool_use", "short_answer"]
Unit = Literal["usd", "percent", "ratio", "years", "months", "count", "shares", "number"]


class NumericGold(BaseModel):
    """A number answer. ``percent`` values are stored as percentages (6.5 for 6.5%); a reply of 0.065 is accepted
    as the same answer. A reply passes within ``rel_tol`` (relative) or ``abs_tol`` (absolute)."""

    model_config = ConfigDict(extra="forbid")
    value: float
    unit: Unit = "number"
    rel_tol: float = Field(0.01, ge=0, le=1)
    abs_tol: float = Field(0.0, ge=0)


class ToolGold(BaseModel):
    """The tool call a question needs: the tool's name (or acceptable alternatives) and the argument values that
    must appear (numbers within 0.5% relative; strings compared without case)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    alternatives: list[str] = Field(default_factory=list)
    arguments: dict[str, Any] = Field(default_factory=dict)


class Question(BaseModel):
    """One quiz question with its gold answer."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(description="<quiz>-<number>, stable across builds")
    quiz: str = Field(description="The quiz (file) name, e.g. federal_income_tax")
    category: str = Field(description="Display name of the quiz, e.g. 'Federal Income Tax'")
    type: QuestionType
    question: str = Field(min_length=8)
    choices: dict[str, str] | None = None
    answer: str | None = Field(None, description="Gold letter for multiple choice")
    numeric: NumericGold | None = None
    tool: ToolGold | None = None
    rubric: list[list[str]] | None = Field(None, description="Keyword groups (any word of a group matches it)")
    min_groups: int | None = Field(None, ge=1)
    explanation: str = Field("", description="How the gold answer was reached (computed answers show working)")
    template: str | None = Field(None, description="The quiz generator that made the question")
    params: dict[str, Any] | None = None
    source: str = "elson"

    @model_validator(mode="after")
    def _gold_matches_type(self) -> Question:
        if self.type == "multiple_choice":
            if not self.choices or self.answer not in self.choices:
                raise ValueError("a multiple-choice question needs choices and an answer that is one of them")
        elif self.type == "numeric" and self.numeric is None:
            raise ValueError("a numeric question needs numeric")
        elif self.type == "tool_use" and self.tool is None:
            raise ValueError("a tool_use question needs tool")
        elif self.type == "short_answer":
            if not self.rubric or not all(self.rubric):
                raise ValueError("a short_answer question needs a non-empty rubric")
            if self.min_groups is not None and self.min_groups > len(self.rubric):
                raise ValueError("min_groups is larger than the rubric")
        return self
