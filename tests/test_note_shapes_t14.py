"""Shapes of notes met in the fourteenth round of tuning: a stage heading with no round under
it is a round; an interviewer and a title read with one space between words."""

from __future__ import annotations

from tests.support.plans import plan_of


def test_a_stage_heading_with_no_round_under_it_is_a_round() -> None:
    notes = (
        "# Fernlea — Visual Merchandiser\n\n## Group assessment day - Tue 16 April 9am-12\n"
        "- 8-10 ppl, staff training room\n- group task: style a table on a $200 budget\n\n"
        "## panel\n16/4 afternoon\n- Nadia Perera (VM Manager) — my boss\n"
        "- expect: brand guidelines, floor sets\n"
    )
    plan = plan_of(notes)
    assert not plan.default_loop
    assert [r.title for r in plan.rounds] == ["Group assessment day", "panel"]


def test_a_process_heading_over_logistics_is_no_round() -> None:
    plan = plan_of("# Acme\n\n## Interview process\n- takes about a week\n- all on Zoom\n")
    assert plan.default_loop  # the notes name no round: the usual loop for the role


def test_an_interviewer_and_a_title_keep_one_space_between_words() -> None:
    plan = plan_of(
        "# Notes\n\n- Coding   interview  with Sam   Lee, 3/4\n- HM round w/ Jo  Park (EM)\n"
    )
    assert [r.interviewer for r in plan.rounds] == ["Sam Lee", "Jo Park (EM)"]
    assert plan.rounds[0].title.startswith("Coding interview with Sam Lee")


def test_a_vp_of_a_domain_is_an_executive_round_not_a_round_of_that_domain() -> None:
    notes = "# Rippling — AE\n\n## Process\n- Recruiter screen, 3/2\n- VP Sales, 3/9\n"
    assert [r.kind for r in plan_of(notes).rounds] == ["recruiter", "executive"]
