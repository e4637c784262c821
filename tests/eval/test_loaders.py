"""Question files: our JSONL with bad records reported and left out, and the FinQA and TAT-QA adapters."""

from __future__ import annotations

import json
from pathlib import Path

from eval.loaders import load, load_finqa, load_tatqa
from eval.runner import prompt_for
from eval.scoring import score

FINQA = [{
    "id": "ADI/2009/page_49.pdf-1",
    "pre_text": ["interest rate to a variable interest rate based on the three-month libor plus 2.05% ."],
    "post_text": ["the fair value of our borrowings ."],
    "table": [["", "2009", "2008"], ["net sales", "$ 2,604", "$ 2,583"]],
    "qa": {"question": "what is the growth rate in net sales from 2008 to 2009?",
           "program": "subtract(2604, 2583), divide(#0, 2583)", "exe_ans": 0.00813},
}, {"id": "broken", "qa": {"question": "no answer here"}}]

TATQA = [{
    "table": {"uid": "t1", "table": [["", "2019", "2018"], ["Revenue", "1,200", "1,000"]]},
    "paragraphs": [{"uid": "p1", "order": 1, "text": "Revenue grew on strong demand from Acme Corp."}],
    "questions": [
        {"uid": "q1", "question": "What is the change in revenue?", "answer": 200, "answer_type": "arithmetic",
         "scale": "thousand", "derivation": "1,200 - 1,000"},
        {"uid": "q2", "question": "What is the percentage change in revenue?", "answer": 20,
         "answer_type": "arithmetic", "scale": "percent"},
        {"uid": "q3", "question": "Which customer drove demand?", "answer": ["Acme Corp"], "answer_type": "span",
         "scale": ""},
    ],
}]


def reply(text: str) -> dict[str, object]:
    return {"choices": [{"message": {"content": text}}]}


def test_finqa_records_become_numeric_questions_and_bad_ones_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "finqa.json"
    path.write_text(json.dumps(FINQA))
    questions, problems = load_finqa(path)
    assert len(questions) == 1 and problems == ["finqa.json: record 1: no numeric gold answer (qa.exe_ans)"]
    q = questions[0]
    assert "net sales | $ 2,604" in q.question and q.question.endswith("2008 to 2009?")
    assert score(q, reply("Answer: 0.813%")).correct and score(q, reply("Answer: 0.00813")).correct is True
    assert not score(q, reply("Answer: 0.02")).correct


def test_tatqa_scales_percentages_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "tatqa.json"
    path.write_text(json.dumps(TATQA))
    questions, problems = load_tatqa(path)
    assert not problems and [q.type for q in questions] == ["numeric", "numeric", "short_answer"]
    change, pct, span = questions
    assert change.numeric is not None and change.numeric.value == 200_000  # "thousand" applied
    assert score(change, reply("Answer: $200 thousand")).correct and not score(change, reply("Answer: 200")).correct
    assert score(pct, reply("Answer: 20%")).correct and score(pct, reply("Answer: 0.2")).correct
    assert score(span, reply("It was Acme Corp.")).correct and not score(span, reply("Globex")).correct


def test_our_format_fills_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join([
        json.dumps({"type": "multiple_choice", "question": "Pick the asset:", "choices": {"A": "Cash", "B": "Debt"},
                    "answer": "A"}),
        json.dumps({"type": "short_answer", "question": "Define APR in one line.", "rubric": [["annual"]]}),
        json.dumps({"type": "multiple_choice", "question": "Pick the liability:", "choices": {"A": "x"},
                    "answer": "C"}),
        "not json",
    ]))
    questions, problems = load([path])
    assert [q.id for q in questions] == ["mine-001", "mine-002"] and questions[0].quiz == "mine"
    assert problems[0].startswith("mine.jsonl: record 2: a multiple-choice question needs choices")
    assert problems[1].startswith("mine.jsonl: record 3: line 4: not valid JSON")
    assert "A. Cash" in prompt_for(questions[0]) and "Answer: <letter>" in prompt_for(questions[0])
