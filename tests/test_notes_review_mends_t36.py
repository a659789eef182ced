"""Mends from a review of the prose rules (the last resort, the employer named in prose, the
job a sentence states, kind lines, a bare screen): everyday English must not make a company,
a role or a loop out of a weekday, a friend's job, a job site, a pastime or a prep note."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

LOOP = "\n\n- recruiter call Monday\n- coding interview Thursday\n"


@pytest.mark.parametrize(
    "line",
    [
        "It's Monday, the day after the offsite.",
        "she's working at Netflix now.",
        "Reading Glassdoor's website reviews.",
        "A recruiter from LinkedIn messaged me.",
        "Practice on leetcode.com every day.",
        "The founder of Stripe gave a talk.",
    ],
)
def test_a_sentence_about_something_else_does_not_replace_the_titles_company(line: str) -> None:
    assert plan_of(f"interview prep - northwind\n\n{line}{LOOP}").company == "Northwind"


def test_a_persons_team_named_once_is_no_company() -> None:
    assert plan_of(f"interview prep\n\nSarah's design team is small.{LOOP}").company is None


def test_a_client_with_a_team_of_its_own_is_still_not_the_employer() -> None:
    notes = (
        "sollicitatie — aantekeningen\n\nHij werkt sinds 2018 bij Kanaalzicht Logistiek. "
        "Brugvast is een klant van ze; Brugvast's data team is groot.\n"
    )
    assert plan_of(notes).company == "Kanaalzicht Logistiek"


@pytest.mark.parametrize(
    "notes",
    [
        "thoughts\n\nFirst is money, obviously. Second is the commute, 50 minutes each way.\n",
        "thoughts\n\nThe conversation lasted 40 minutes. Then I went to the gym with Sarah.\n",
        "notities\n\nGisteren belde ik mijn moeder. Daarna fietsen met Joost.\n",
        "thoughts\n\nThen dinner with Alex. Finally a long walk with the dog.\n",
    ],
)
def test_everyday_prose_stays_the_default_loop(notes: str) -> None:
    assert plan_of(notes).default_loop


def test_a_round_told_again_in_a_later_paragraph_is_one_round() -> None:
    notes = (
        "notas\n\nPrimeiro uma entrevista técnica com o Rui Costa, depois uma conversa com a CEO."
        "\n\nA entrevista técnica com o Rui Costa durou 45 minutos.\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["technical", "executive"]


def test_someone_elses_job_is_not_the_role() -> None:
    notes = "# Acme — Data Scientist\n\nMy sister's job is Product Manager at Meta." + LOOP
    assert plan_of(notes).role == "Data Scientist"
    assert plan_of("notes\n\nThe role is Hybrid.\n- chat with the hiring manager\n").role is None


def test_a_screening_that_says_it_codes_is_a_coding_round() -> None:
    plan = plan_of("# Loop\n\n1. Screening (live coding, 60 min)\n2. HM\n")
    assert plan.rounds[0].kind == "coding"


def test_a_screen_after_a_recruiter_call_on_the_overview_is_its_own_step() -> None:
    notes = (
        "Loop: recruiter call → screen → system design → HM\n\n"
        "## Recruiter call — done\n- salary, notice\n"
    )
    assert len(plan_of(notes).rounds) == 4


def test_prep_lines_under_a_round_are_not_rounds() -> None:
    notes = (
        "## recruiter call w/ Tasha\ncoding with Python allowed, they said\n"
        "system design, 2 hrs of reading left\nbehavioral, 10 min per STAR story max\n"
    )
    assert len(plan_of(notes).rounds) == 1


def test_a_chain_step_keeps_a_doctors_full_name() -> None:
    plan = plan_of("Loop: recruiter → coding → final w/ Dr. Amy Chen (CTO)\n")
    assert plan.rounds[-1].interviewer == "Dr. Amy Chen (CTO)"


def test_a_heading_that_only_points_at_the_email_stays_an_overview() -> None:
    notes = "# prep\n\n## the email (see below)\n- panel interview, 45 min\n- case study\n"
    assert not any("email" in r.title.lower() for r in plan_of(notes).rounds)
