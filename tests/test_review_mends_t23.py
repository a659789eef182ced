"""What an independent review of the t22/t23 work found, each as the notes that showed it: rules
meant to drop rounds that are off, in the candidate's voice or about the company must not drop
real rounds; step numbers that start again are new rounds; a "why X" note is the pitch only
when X is the employer; a real company is not mistaken for a job, an agency or a person."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of, titles_of


def titles(notes: str) -> list[str]:
    return [t.lower() for t in titles_of(notes)]


@pytest.mark.parametrize(
    "notes",
    [
        "## Technical interview\n- the interview is off-site at their Oakland office\n",
        "# Loop\n\n1. Recruiter call\n2. Final round with the CEO — won't happen until January\n",
        "## Round 2 — Technical interview\n- pair programming not happening, whiteboard instead\n",
    ],
)
def test_a_round_that_is_only_said_to_move_or_change_stays(notes: str) -> None:
    assert any("technical" in t or "final" in t for t in titles(notes))


@pytest.mark.parametrize(
    "heading",
    [
        "## Round I – HR interview",
        "### Etap I – rozmowa z HR",
        "### Support Engineer I — phone screen",
    ],
)
def test_a_roman_one_is_not_the_candidate_speaking(heading: str) -> None:
    assert titles(f"# Loop\n\n{heading}\n- salary, notice period\n")


def test_step_numbers_that_start_again_on_day_two_are_new_rounds() -> None:
    notes = """# Superday

## Day 1
### Interview 1 - technicals with VP (Sam Ortiz)
- DCF, accretion/dilution
### Interview 2 - fit with associate (Lena Park)
- why banking

## Day 2
### Interview 1 - MD interview (Paul Greer)
- deal discussion
### Interview 2 - paper LBO (Rita Mohan)
- 30 min by hand
"""
    assert len(titles(notes)) == 4


def test_a_why_note_about_something_else_is_not_the_pitch() -> None:
    notes = (
        "# Stripe — Backend engineer\n\n1. System design with Ana\n"
        "\t- why Kafka over RabbitMQ: we needed replay and per-key ordering for the ledger\n"
        "- perché il progetto è fallito: il cliente ha cambiato i requisiti a metà\n"
    )
    assert not plan_of(notes).pitch


IKEA_PROSE = (
    "IKEA wants someone for the Malmö store. IKEA values are simple.\n"
    "Recruiter call next week, then a case interview with the store manager.\n"
)


@pytest.mark.parametrize(
    ("notes", "company"),
    [
        ("# Channel 4 — Junior Producer\n\n- recruiter call\n", "Channel 4"),
        ("# Morgan Stanley — Analyst\n\n- HR screen with Morgan\n- superday\n", "Morgan Stanley"),
        ("# 2025 Stripe interview prep\n\n- recruiter screen\n- why Stripe: payments\n", "Stripe"),
        (IKEA_PROSE, "IKEA"),
    ],
)
def test_real_company_names_survive_the_vetting(notes: str, company: str) -> None:
    assert plan_of(notes).company == company


def test_a_bullet_list_after_a_blank_line_is_not_the_last_steps_notes() -> None:
    notes = (
        "# Loop\n\n1. Recruiter call\n2. Research presentation\n3. Team chat\n\n"
        "- Final interview with the founder, Nov 20\n"
    )
    assert any("final interview" in t for t in titles(notes))


def test_a_topic_heading_with_a_person_and_a_time_is_a_round() -> None:
    notes = (
        "## Recruiter screen\n- done\n\n### Culture\n- Omar Sayeed, Head of People, 30 min\n"
        "- values, conflict, feedback\n"
    )
    assert any("culture" in t for t in titles(notes))
