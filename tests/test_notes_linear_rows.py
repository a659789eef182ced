"""Linear's issue rows ("JOB-43 · Take-home review · Todo · label: interview · 9 Dec") read as
a list of the loop's steps: each row's title is a round, a canceled one is none, and a pitch
ticket whose body is "(empty) Write it …" is no pitch."""

from __future__ import annotations

from tests.support.plans import plan_of

LINEAR = """# Linear export: JOB (personal workspace), project "Wattle loop"

JOB-41 · Recruiter screen (Ellie Hart, Talent) · Done · label: interview
  20 min, 16 Nov. Rate, notice period.

JOB-43 · Take-home review + exploratory testing · Todo · label: interview · 9 Dec
  With two QA engineers. 20 min on my suite, then 40 min of exploratory testing.

JOB-50 · Pair testing with a developer · Canceled
  Ellie: merged into JOB-43.

JOB-44 · Hiring manager (Nadia Kourt, QA Lead) · Todo · label: interview · 10 Dec
  Test strategy for a payments feature.

JOB-48 · Why Wattle (pitch) · Todo · label: prep
  (empty) Write it before 9 Dec, Nadia will ask.
"""


def test_linear_rows_are_the_loops_steps() -> None:
    plan = plan_of(LINEAR)
    kinds = [r.kind for r in plan.rounds]
    assert kinds[0] == "recruiter" and kinds[-1] == "hiring-manager", kinds
    assert len(kinds) == 3, [r.title for r in plan.rounds]
    assert not any("Pair testing" in r.title for r in plan.rounds)
    assert plan.rounds[0].interviewer == "Ellie Hart, Talent"


def test_an_empty_pitch_ticket_is_no_pitch() -> None:
    assert plan_of(LINEAR).pitch == []
