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
