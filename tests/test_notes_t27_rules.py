"""Rules learnt from tuning batch t27: the company behind an abbreviation the notes use."""

from __future__ import annotations

import pytest

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan


def company(text: str) -> str | None:
    return extract_plan(parse_notes(text)).company


@pytest.mark.parametrize(
    ("notes", "want"),
    [
        (  # initials spelled out in a mail footer, legal form dropped
            (
                "# NPL — QA Engineer — prep\n\n- NPL builds payroll tools\n\n"
                "footer: Norte Payroll Labs Joint Stock Company | Hanoi\n"
            ),
            "Norte Payroll Labs",
        ),
        (  # the abbreviation's letters inside the first word of a name with a legal form
            (
                "# BB — Backend Engineer — prep\n\n- BB ships groceries fast\n\n"
                "Signature: Asha | Talent | Bazaarbox Retail Pvt. Ltd.\n"
            ),
            "Bazaarbox Retail",
        ),
        (  # "&" inside the abbreviation and between the words
            "# R&T — Analyst — prep\n\nRinaldi & Tosi AG is a family bank; people just say R&T.\n",
            "Rinaldi & Tosi",
        ),
    ],
)
def test_an_abbreviation_becomes_the_full_name_the_notes_give(notes: str, want: str) -> None:
    assert company(notes) == want


def test_an_abbreviation_without_its_full_name_is_kept() -> None:
    assert company("# KLM — Cabin Crew — prep\n\n- KLM flies from Amsterdam\n") == "KLM"


def test_a_longer_name_is_not_rewritten_from_initials() -> None:
    notes = "# Acme Robotics — Engineer\n\n- Acme Robotics: arms\n\nAlpha Romeo is not it.\n"
    assert company(notes) == "Acme Robotics"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("## Pitch (why banking, why R&T?)", "R&T"),  # the field, then the firm
        ("## Why Zentro / why identity", "Zentro"),  # the firm, then the field
    ],
)
def test_of_two_whys_the_capitalised_one_is_the_firm(line: str, want: str) -> None:
    assert company(f"# Analyst — my prep\n\n{line}\n\nSome notes on the loop.\n") == want


def test_a_company_in_an_aside_of_the_title_does_not_make_the_rest_a_job() -> None:
    notes = (
        "Texts w/ Dana (GM, Salt & Ember) — saved from my phone Jun 2\n\n"
        "Dana: Hi Sam! Dana from Salt & Ember. Chef Ana loved your resume for the Head Chef spot.\n\n"
        "## S&E prep\n\n- S&E does seasonal tasting menus\n- why S&E: the menu\n"
    )
    plan = extract_plan(parse_notes(notes))
    assert (plan.company, plan.role) == ("Salt & Ember", "Head Chef")


def test_a_greeting_title_gives_way_to_the_abbreviation_it_names() -> None:
    notes = (
        "Hola — notes for the DRW job\n\n"
        "DRW = Department for Rural Water | regional office\n\n"
        "- Panel interview, 60 min\n"
    )
    assert company(notes) == "Department for Rural Water"


def role(text: str) -> str | None:
    return extract_plan(parse_notes(text)).role


@pytest.mark.parametrize(
    ("notes", "want"),
    [
        (  # the recruiter's title beats a vague title line
            (
                "# job stuff — the billing PM thing\n\n"
                "- from Lars: the title is Senior Product Manager, Billing\n"
            ),
            "Senior Product Manager, Billing",
        ),
        (  # the title an ad quotes
            "Notes\n\nThe ad on Bayt said “Area Sales Manager – Gulf” and asked for 5 yrs.\n",
            "Area Sales Manager – Gulf",
        ),
        (
            (
                "# Halvo — search\n\nHalvo makes kids' audiobooks, 90 people, profitable since 2024.\n\n"
                "The seat: Chief Financial Officer. Reports to the CEO, owns finance and legal.\n\n"
                "- met the headhunter on Monday\n- board interview next week\n"
            ),
            "Chief Financial Officer",
        ),
        (  # a voice memo, fillers and all
            (
                "voice memo, transcribed\n\n[00:01] ok, prep for Thursday.\n"
                "[00:04] so the job, um, it's instructional designer, in the sales academy.\n"
            ),
            "instructional designer",
        ),
    ],
)
def test_a_job_stated_in_a_sentence_is_the_role(notes: str, want: str) -> None:
    assert role(notes) == want


def titles(text: str) -> list[str]:
    return [r.title for r in extract_plan(parse_notes(text)).rounds]


def test_steps_the_notes_say_are_no_interview_are_not_rounds() -> None:
    notes = (
        "# Ferrocarril Andino — Analista — proceso\n\n## Etapas\n"
        "- Charla en la UBA (mayo) — informativa, no cuenta\n"
        "- Entrevista técnica — 60 min con el líder de datos\n"
        "- [done] offer call with Sofía — package, start date. Not an interview.\n"
        "- Entrevista con el gerente — 45 min\n"
    )
    got = titles(notes)
    assert not any("Charla" in t or "offer" in t for t in got)
    assert any("técnica" in t for t in got)


def test_a_step_followed_by_a_social_keeps_its_round() -> None:
    notes = (
        "Rauta Group – Analyst\n"
        "1) phone screen w/ Ana (HR) — done 3/2\n"
        '2) final: "case interview" Fri 3/9 w/ 2 partners, then drinks w/ the team (not an interview)\n'
    )
    assert len(titles(notes)) == 2


def test_a_nickname_in_the_title_becomes_the_legal_name_it_shortens() -> None:
    notes = (
        "# Proceso Don Pan — Jefe de Ventas\n\n"
        '"Don Pan" en los correos internos. Marca estrella: Harinita.\n\n'
        "## Etapas\n- Entrevista con RH\n- Caso con el director\n\n"
        "Firma del correo: Atracción de Talento | Galletas Don Panchito, S.A. de C.V. | Puebla\n"
    )
    assert company(notes) == "Galletas Don Panchito"
