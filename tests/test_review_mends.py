"""Cases an independent review of the sixth and seventh tuning rounds found wrong, each the
way a user would meet it (written for these tests, not taken from any evaluation set)."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.scoring.feedback import question_from_text, single_segment
from mockloop.scoring.grading import round_score, scorer_for


def _plan(notes: str):
    return extract_plan(parse_notes(notes))


def _overall(round_id: str, question: str, answer: str) -> float:
    asked = question_from_text(round_id, question, "Acme", "PM")
    result = round_score(round_id, [scorer_for(round_id, None)(single_segment(asked, answer))])
    assert result.overall is not None
    return result.overall


def test_a_story_told_in_its_star_parts_is_not_a_checklist() -> None:
    star = (
        "Situation: our biggest customer, a 2M ARR logistics company, threatened to churn after "
        "three outages in a month. Task: I owned the renewal and had six weeks to win back their "
        "trust. Action: I pulled the export logs myself, found the retry storm in our webhook "
        "worker and shipped a fix with the on-call lead in four days. Result: they renewed at "
        "120% of the old contract and expanded to two more regions. Learning: I now review the "
        "top ten accounts' incident history every Monday."
    )
    assert _overall("behavioral", "Tell me about a time you saved a customer.", star) >= 3.5


def test_a_role_record_and_a_contact_card_are_not_rounds() -> None:
    notes = (
        "- Title: Senior Product Designer\n  - Level: IC4\n  - Team: Editor\n\n"
        "## Contacts\n- Name: Priya Shah\n  Email: priya@example.com\n"
    )
    plan = _plan(notes)
    assert plan.default_loop
    assert "Priya Shah" not in [r.title for r in plan.rounds]


def test_a_round_heading_with_a_title_after_the_dash_is_not_a_person() -> None:
    plan = _plan("## Technical Interview — Senior Engineer\nJan 22, 10am, 60 min\n- live coding\n")
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Technical Interview", "Senior Engineer")
    ]


def test_a_struck_out_date_moves_a_round_and_does_not_cancel_it() -> None:
    plan = _plan("## Loop\n- Recruiter screen (done)\n- ~~Tues 3/11~~ Wed 3/12: Hiring manager\n")
    assert [r.kind_id for r in plan.rounds] == ["recruiter", "hiring-manager"]


def test_a_calendar_event_keeps_its_interview_title_and_never_names_me() -> None:
    notes = (
        "BEGIN:VEVENT\nSUMMARY:Zendesk - Technical Interview - Sam Lee\n"
        "ATTENDEE;CN=Sam Lee:mailto:sam@zendesk.example\n"
        "ATTENDEE;CN=Jordan Smith (me):mailto:jordan@example.com\nEND:VEVENT\n"
    )
    assert [(r.title, r.interviewer) for r in _plan(notes).rounds] == [
        ("Technical Interview", "Sam Lee")
    ]


def test_role_company_and_interviewer_are_not_taken_from_the_wrong_words() -> None:
    notes = (
        "company: notion\nSenior Software Engineer\nRole in the team: owning the metrics "
        "pipeline\n\n## Loop\n- Resume walkthrough w/ hiring manager\n- Coding with Sam (L5)\n"
    )
    plan = _plan(notes)
    assert plan.company == "notion"
    assert plan.role != "owning the metrics pipeline"
    assert [r.kind_id for r in plan.rounds] == ["hiring-manager", "coding"]
    assert plan.rounds[1].interviewer == "Sam (L5)"  # a level, not a date


def test_a_story_template_that_only_says_its_labels_again_does_not_pay() -> None:
    template = (
        "Situation: I had a situation where a customer was unhappy and a solution was needed. "
        "Task: my task was to solve the situation for the customer. Action: I took action by "
        "working with the team on the action plan. Result: the result was a good result for "
        "everyone. Learning: my learning was that learning from situations matters."
    )
    assert _overall("behavioral", "Tell me about a time you saved a customer.", template) <= 2.0
