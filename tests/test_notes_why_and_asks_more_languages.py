"""The pitch and the questions to ask, told in prose in Afrikaans, Albanian, Latvian and
Georgian: "Hoekom X? Omdat …" is the pitch (but "Why X? Honestly, I don't know yet" is none),
"Vrae wat ek vir hulle wil vra: …?" holds the questions."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

AFRIKAANS = """# Notas

Die onderhoud by Vaalkrans Sagteware begin Dinsdag.

Hoekom Vaalkrans? Omdat hulle die enigste span in die Karoo is wat hul eie platform bou, en ek
wil naby my ma bly.

Vrae wat ek vir hulle wil vra: hoe lyk die on-call-rooster? Wie besluit oor die argitektuur?
"""

GEORGIAN = """ჩანაწერები

რატომ Mtkvari Labs: რეალური პროდუქტი, არა outsourcing, და გუნდი პატარაა.

კითხვები მათთვის: 1) რა ენებს იყენებენ? 2) ვინ წერს postmortem-ებს?
"""

NOT_YET = """# Notes

Interview at Brisk Labs on Tuesday.

Why Brisk Labs? Honestly, I don't know yet what I will answer, think about it on the weekend.
"""


@pytest.mark.parametrize(("notes", "questions"), [(AFRIKAANS, 2), (GEORGIAN, 2)])
def test_pitch_and_questions_in_more_languages(notes: str, questions: int) -> None:
    plan = plan_of(notes)
    assert plan.pitch
    assert len(plan.candidate_questions) == questions


def test_an_answer_not_found_yet_is_no_pitch() -> None:
    assert not plan_of(NOT_YET).pitch


@pytest.mark.parametrize(
    "body",
    [
        '??? need something better than "its 10 min from my house"',
        "Še nimam odgovora. Napiši do petka!!",
    ],
)
def test_a_why_heading_over_an_answer_not_written_yet_is_no_pitch(body: str) -> None:
    notes = f"""# Caprock notes

- phone screen with Dana (HR), done

why caprock:
{body}
"""
    assert not plan_of(notes).pitch
