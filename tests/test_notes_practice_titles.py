"""A timed slot with a Practice Development Nurse or a Practice Educator is a round: the word
"practice" in a job title is not the candidate practising."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of


@pytest.mark.parametrize("who", ["Practice Development Nurse", "Practice Educator"])
def test_a_slot_with_a_practice_title_is_a_round(who: str) -> None:
    notes = (
        "Interview day, Tuesday 1 December\n\n"
        "09:00 Drug calculation test (30 minutes)\n"
        f"09:45 Simulated scenario with our {who}, Gwen Rowe\n"
        "13:30 Panel interview\n"
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert any(t.startswith("Simulated scenario") for t in titles)
    assert "Panel interview" in titles


def test_a_practice_slot_is_still_practice() -> None:
    """The same slot without the title is a round ("Simulated scenario with Gwen Rowe"); said
    as the candidate's practice, it is not."""
    notes = (
        "Interview day, Tuesday 1 December\n\n"
        "09:00 Drug calculation test (30 minutes)\n"
        "09:45 practice simulated scenario with Gwen Rowe\n"
        "13:30 Panel interview\n"
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert "Panel interview" in titles
    assert not any("simulated" in t.lower() for t in titles)


def test_a_short_timed_slot_over_a_longer_one_is_a_round_not_a_header() -> None:
    """In plain text a short line over a longer one reads as a section header; not when both
    are slots of one timetable ("09:00 Drug calculation test" over "09:45 Simulated …")."""
    notes = (
        "Interview day, Tuesday 1 December\n\n"
        "09:00 Drug calculation test (30 minutes)\n"
        "09:45 Simulated scenario with our Practice Development Nurse, Gwen Rowe\n"
        "13:30 Panel interview\n"
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert titles[0] == "Drug calculation test (30 minutes)"
    assert len(titles) == 3
