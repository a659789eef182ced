"""What a review of the t40 session's rules found them doing to ordinary notes, each kept from
coming back: a first name read as "why", a recruiter's prep question read as another company,
a to-do list of study read as rounds, names read as months, an indented label swallowing the
list under it, a question read as the pitch, a meeting tool read as the employer."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of


def test_pam_and_pse_are_a_name_and_an_exam_not_why() -> None:
    notes = """# Acme — Product Manager

## Pam Oliver (hiring manager):
- roadmap, a launch that slipped

## PSE exam
- study networking
"""
    assert plan_of(notes).company == "Acme"


@pytest.mark.parametrize(
    "question",
    [
        "waarom zoek ik een andere baan?",
        "Warum suche ich eine andere Stelle?",
        "¿por qué me quiero ir a otra empresa?",
    ],
)
def test_a_recruiter_question_about_leaving_keeps_the_round(question: str) -> None:
    notes = f"""# Acme — Data Engineer

## Recruiter call
- {question}

## Technical interview
- SQL, Python
"""
    assert plan_of(notes).rounds[0].kind == "recruiter"


def test_a_one_to_one_interview_slot_is_a_round() -> None:
    notes = """# Acme onsite

10:00 – 10:45  1:1 Interview
11:00 – 11:45  System design – Dana Reyes
"""
    assert len(plan_of(notes).rounds) == 2


def test_study_tasks_under_a_todo_heading_are_no_rounds() -> None:
    notes = """# Acme — Backend Engineer

## Rounds
- Recruiter screen with Dana
- Coding interview with Raj

## TODO this week
- Mon 19:00 — system design: read DDIA ch. 5
- Tue 19:00 — coding: leetcode graphs
- Wed 19:00 — behavioral stories
"""
    assert len(plan_of(notes).rounds) == 2


@pytest.mark.parametrize("name", ["Julie", "Maja"])
def test_an_interviewer_named_like_a_month_elsewhere_keeps_the_name(name: str) -> None:
    notes = f"""# Acme — Analyst

## Phone screen – {name}
- salary

## Case study – Raj
- pricing
"""
    assert plan_of(notes).rounds[0].interviewer == name


def test_a_company_that_opens_on_a_foreign_month_word_is_kept() -> None:
    assert plan_of("# Maja Labs — Designer\n\n## Portfolio review\n- two cases\n").company == (
        "Maja Labs"
    )


def test_a_stray_indent_before_questions_keeps_the_list_under_it() -> None:
    notes = """# Acme — PM

## HM call
- roadmap

  Questions to ask:
- How big is the team?
- What does success look like?
- Who decides the roadmap?
"""
    assert len(plan_of(notes).candidate_questions) == 3


def test_a_question_to_ask_that_starts_with_why_is_no_pitch() -> None:
    notes = """# Acme — PM

## Questions to ask
- Why is this role open? Want to know whether the last person left or moved.
"""
    assert not plan_of(notes).pitch


def test_an_answer_that_says_dont_know_later_is_still_the_pitch() -> None:
    notes = """# Acme — PM

## Why Acme
I don't know many other companies that ship developer tools this fast, and I want to.
"""
    assert plan_of(notes).pitch


@pytest.mark.parametrize(
    "line", ["Vorstellungsgespräch bei Frau Keller am Montag.", "Entrevista en Zoom con Caro."]
)
def test_a_person_or_a_meeting_tool_after_at_is_not_the_employer(line: str) -> None:
    company = plan_of(f"Notizen\n\n{line}\n").company
    assert company not in ("Frau Keller", "Zoom", "Keller")


def test_an_outlook_entry_whose_notes_say_it_is_no_interview_is_none() -> None:
    notes = """Subject: Acme – Technical interview
Start: Mon 7/12/2026 10:00
Required Attendees: Dana Reyes

Subject: Acme – Afternoon with the design team
Start: Mon 7/12/2026 14:00
Informal coffee, not an interview.

Subject: Acme – Hiring manager
Start: Tue 8/12/2026 10:00
Required Attendees: Raj Patel
"""
    assert [r.kind for r in plan_of(notes).rounds] == ["technical", "hiring-manager"]
