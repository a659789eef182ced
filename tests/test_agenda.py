"""Offline questions built from the notes sound like an interviewer: topics only, no quotes of
the notes, no typos, and the round's own questions (why this company) are not pushed out."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockloop.catalog.library import round_for
from mockloop.interview.agenda import build_agenda
from mockloop.notes.plan import load_plan_or_notes
from mockloop.records import InterviewPlan, NoteLine, PlanRound

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "notes" / "fireworks-fdpm.md"


def _agenda(kind: str, focus: list[str], title: str = "Round", count: int = 5) -> list[str]:
    plan = InterviewPlan(
        company="Acme",
        role="Solutions Engineer",
        rounds=[
            PlanRound(
                id=kind, kind=kind, title=title,
                focus=[NoteLine(text=t, line=10 + i) for i, t in enumerate(focus)],
            )
        ],
    )  # fmt: skip
    agenda = build_agenda(
        round_for(plan, kind),
        plan.rounds[0],
        company="Acme",
        role="Solutions Engineer",
        count=count,
    )
    return [q.text for q in agenda]


def test_the_seed_recruiter_round_asks_why_the_company_and_quotes_nothing() -> None:
    plan = load_plan_or_notes(SEED)
    recruiter = next(r for r in plan.rounds if r.kind_id == "recruiter")
    agenda = build_agenda(
        round_for(plan, recruiter.id), recruiter, company=plan.company or "", role=plan.role or ""
    )
    texts = " ".join(q.text for q in agenda)
    assert f"draws you to {plan.company}" in texts
    assert "foudning" not in texts and "prep notes" not in texts.lower()


@pytest.mark.parametrize("kind", ["custom", "behavioral", "coding"])
def test_a_focus_topic_becomes_a_natural_question_without_its_typo(kind: str) -> None:
    texts = _agenda(kind, ["custmer onboarding"], count=6)
    made = [t for t in texts if "onboarding" in t]
    assert len(made) == 1, texts
    assert "customer onboarding" in made[0] and "custmer" not in made[0]
    assert "\u201c" not in made[0] and "prep notes" not in made[0].lower()


@pytest.mark.parametrize(
    "remark",
    [
        "has strong technical bench",  # a fact about the company
        "they said the team is 12 people",  # a remark with a number
        "what does success look like?",  # the candidate's own question
        "scheduled w engineering leadership",  # logistics
        "salary expectations",  # logistics
    ],
)
def test_remarks_facts_and_logistics_are_not_asked(remark: str) -> None:
    texts = _agenda("custom", [remark], count=6)
    assert not any(
        remark.split()[-1].strip("?") in t.lower()
        for t in texts[1:]
        if "Tell me about a time" in t or "go deeper" in t
    ), texts
