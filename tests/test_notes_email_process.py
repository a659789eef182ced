"""A recruiter's email that lists the rest of the process: a numbered stage with a date and a
place over its own bullets, a wrap-up with an executive, and the candidate's own bullet that
tells two done calls in two sentences."""

from __future__ import annotations

from tests.support.plans import named_plan

THREAD = """my notes (top)

- discovery call w/ Jess = done. HM call w/ Dale = done (went long, good sign?)

From: Jess Moreno (Talent)
Subject: Re: Tallgrass Meters – Solutions Engineer next steps

Here's the rest of the process:

1. Technical screen (45 min, Zoom) with Priyanka Shah, Senior SE. APIs and webhooks.
2. Final loop, Friday the 13th, at our office:
   - Demo presentation (45 min): you'll demo our platform to a mock customer panel.
   - Partner conversation (30 min) with Marco Lind from our channel team.
   - Wrap-up with our CRO, Angela Price, if she's back from Houston (15 min).

Lunch is on us in between.
"""


def test_a_dated_stage_over_its_bullets_gives_each_bullet_as_a_round() -> None:
    titles = [r.title for r in named_plan(THREAD).rounds]
    assert any(t.startswith("Demo presentation") for t in titles)
    assert any(t.startswith("Partner conversation") for t in titles)
    assert not any(t.startswith("Final loop") for t in titles)


def test_a_wrap_up_with_an_executive_is_a_round_not_a_break() -> None:
    rounds = named_plan(THREAD).rounds
    wrap = [r for r in rounds if r.title.startswith("Wrap-up")]
    assert wrap and wrap[0].kind == "executive"


def test_two_done_calls_told_in_one_bullet_are_two_rounds() -> None:
    rounds = named_plan(THREAD).rounds
    assert [r.source.line for r in rounds].count(3) == 2
    assert "Dale" in [r.interviewer for r in rounds]  # not "Dale ="
    assert len(rounds) == 6
