"""Notes text → plan, as the notes-shape tests read it (no file, no golden)."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.records import InterviewPlan


def plan_of(notes: str) -> InterviewPlan:
    return extract_plan(parse_notes(notes))


def titles_of(notes: str) -> list[str]:
    """The title of each round of the notes' plan."""
    return [r.title for r in plan_of(notes).rounds]


def rounds_of(notes: str) -> list[tuple[str, str, str | None]]:
    """(title, kind, interviewer) of each round of the notes' plan."""
    return [(r.title, r.kind, r.interviewer) for r in plan_of(notes).rounds]


def named_plan(notes: str) -> InterviewPlan:
    """The plan of notes that name their rounds: never the usual loop for the role."""
    plan = plan_of(notes)
    assert not plan.default_loop
    return plan
