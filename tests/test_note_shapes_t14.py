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


def test_a_round_mentioned_in_passing_with_its_date_is_a_round() -> None:
    notes = (
        "# Fernlea — VM\n\napplied 2/4, screen was Fri 5 Apr — done, 20 min, availability\n\n"
        "## Group assessment day - Tue 16 April 9am-12\n- group task\n"
    )
    assert [r.title for r in plan_of(notes).rounds] == ["screen", "Group assessment day"]


def test_a_passing_mention_of_a_round_already_found_or_of_no_interview_adds_none() -> None:
    notes = (
        "# Acme — Analyst\n\n## Coding interview - Tue 3/4\n- SQL, joins\n\n## Notes\n"
        "- the coding interview was Tue 3/4, went ok\n- lunch 12:00 with the team, no interview\n"
        "- Sat 3/8: mock interview with Jo\n- Hanna emailed Mon 3/3 about the portal\n"
    )
    assert [r.title for r in plan_of(notes).rounds] == ["Coding interview"]


def test_an_interviewer_is_never_the_date_after_their_name() -> None:
    notes = "# Saltmarsh\n\n- portfolio presentation, Thu 3/6 2pm\n- call w/ Camilla Fri 3/7 10am\n"
    assert [r.interviewer for r in plan_of(notes).rounds][-1] == "Camilla"
