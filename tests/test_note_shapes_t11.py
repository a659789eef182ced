"""Shapes of notes the parser learned to read this session (headings asked as questions,
teaching-demo lessons), each with a case where the same shape must not make a round. Written
for these tests, not taken from the evaluation set."""

from __future__ import annotations

from mockloop.notes.asked import asked_round
from tests.support.plans import named_plan, plan_of

QUESTION_HEADINGS = """# Riverside Academy: Year 9 science teacher

## What happened on the phone screen?
Done 2 May with Amaka (HR). 20 min. Checked my QTS, why Riverside.

## What do I teach in the demo lesson?
25 minutes, Year 9, the particle model. Do Now, then a practical.

## What will they ask in the principal interview?
- behaviour policy, data, working with parents
- a time I disagreed with a colleague

## What do I want to ask them?
- How is planning shared across the department?
- How often are lessons observed?
"""


def test_question_headings_name_their_rounds() -> None:
    plan = named_plan(QUESTION_HEADINGS)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Phone screen", "Demo lesson", "Principal interview"]
    kinds = [r.kind for r in plan.rounds]
    assert kinds == ["recruiter", "presentation", "hiring-manager"]
    assert len(plan.candidate_questions) == 2  # the last question heading stays the questions


def test_question_headings_about_the_day_or_the_candidate_name_no_round() -> None:
    for heading in (
        "Who's interviewing me on Friday?",
        "Where am I in the process?",
        "What do I want to ask them?",
        "What's my 'why me' answer?",
        "Who's on the onsite?",
        "Anything to know about the final interviews?",
    ):
        assert asked_round(heading) is None, heading
    assert asked_round("How did the HM call go?") == "HM call"


def test_a_plain_question_heading_is_no_round() -> None:
    plan = plan_of("# Notes\n\n## What does the company sell?\nLogistics software for ports.\n")
    assert all("company" not in r.title.lower() for r in plan.rounds)
