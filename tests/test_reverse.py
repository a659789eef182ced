"""The reverse interview, assessed offline (issue 14 item 4): a table of questions and what a
reader would expect, the suggestion from the notes, and the section in every report format."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.notes.plan import load_plan_or_notes
from mockloop.records import Turn
from mockloop.scoring.reverse import assess

from .conftest import SEED_NOTES

runner = CliRunner()
PLAN = load_plan_or_notes(SEED_NOTES)  # Fireworks AI, Forward Deployed PM, research on inference


def _turns(*texts: str) -> list[Turn]:
    return [
        Turn(session_id="s", seq=n, speaker="candidate", kind="candidate_question", text=text)
        for n, text in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("question", "tailored", "depth", "searchable"),
    [
        (("How do you decide what goes on the roadmap for Fireworks inference, and what does "
         "success look like in the first 90 days?"), 5, 5, False),
        ("What trade-offs does the team make between latency and cost for customers?", 3, 4, False),
        ("What are the benefits?", 2, 1, True),
        ("Where is the office located?", 2, 1, True),
        ("When was Fireworks founded?", 2, 1, True),
        ("What does Fireworks do?", 2, 1, True),
        ("How is the team structured?", 2, 2, False),
        ("What makes someone successful as a Forward Deployed PM here?", 3, 4, False),
    ],
)  # fmt: skip
def test_each_question_is_read_for_ties_depth_and_what_a_search_answers(
    question: str, tailored: int, depth: int, searchable: bool
) -> None:
    [one] = assess(_turns(question), PLAN).questions
    assert (one.tailored_score, one.depth_score, one.searchable is not None) == (
        tailored,
        depth,
        searchable,
    ), one


def test_ties_name_what_they_found_and_where() -> None:
    [one] = assess(
        _turns("How do you prioritise inference features for Fireworks?"), PLAN
    ).questions
    assert "company: Fireworks AI" in one.ties
    assert any(t.startswith("notes line ") and "inference" in t for t in one.ties), one.ties


def test_no_more_questions_is_not_a_question_and_asking_none_is_said() -> None:
    result = assess(_turns("no, that's all", "thanks"), PLAN)
    assert result.questions == [] and result.tailored is None
    assert "asked no questions" in result.notes[0]
    assert result.suggestion in [q.text for q in PLAN.candidate_questions]


def test_the_suggestion_is_a_question_from_the_notes_not_asked() -> None:
    asked = "What makes someone successful in this Forward Deployed PM role?"
    result = assess(_turns(asked), PLAN)
    assert result.suggestion is not None and result.suggestion != asked
    assert result.suggestion in [q.text for q in PLAN.candidate_questions]
    assert result.suggestion_line is not None
    assert "One question" in " ".join(result.notes)


def test_every_report_format_shows_the_reverse_interview() -> None:
    answers = ["/skip", "/skip", "What are the benefits?",
               "How do you decide what goes on the roadmap for Fireworks inference?", "no"]  # fmt: skip
    args = ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "2"]
    assert runner.invoke(app, args, input="\n".join(answers) + "\n").exit_code == 0
    sid = json.loads(runner.invoke(app, ["sessions", "--json"]).output)[0]["id"]
    for fmt in ("md", "html", "terminal"):
        out = runner.invoke(app, ["report", sid, "--format", fmt]).output
        assert "Your questions for them" in out, fmt
        assert "Ask next time" in out and "quick search" in out, fmt
    data = json.loads(runner.invoke(app, ["report", sid, "--format", "json"]).output)
    rev = data["reverse_interview"]
    assert [q["text"] for q in rev["questions"]] == answers[2:4]
    assert rev["questions"][0]["searchable"] and rev["questions"][1]["depth"]
    assert rev["suggestion"]
