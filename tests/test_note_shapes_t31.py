"""Shapes met in the t31 tuning notes (rushed phone notes, pasted docs): who sits on a panel
is not a list of rounds, a panel named with its date is one round, and the headings under one
round's preparation are what to revise, not more rounds."""

from __future__ import annotations

from pathlib import Path

from mockloop.notes.plan import extract_plan
from mockloop.notes.source import read_notes
from mockloop.records import InterviewPlan


def _plan(text: str, tmp_path: Path, name: str = "notes.md") -> InterviewPlan:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_plan(read_notes(path))


_PANEL = """# Mvua Insurance – Data Analyst

## Process
- Phone screen with Wanjiru Kamau (HR Officer) – done Fri 27 Nov
- Technical assessment – Tue 8 Dec, SQL + Excel
### Panel interview – Thu 10 Dec, 2:30pm
- panel: Head of Data, Underwriting Manager, someone from HR
- competency questions, "how you work with non-technical people"

## Prep – technical assessment
### SQL
- window functions: loss ratio per county, running totals
### Excel
- pivot tables, XLOOKUP
"""


def test_a_panel_of_job_titles_is_who_sits_on_one_round(tmp_path: Path) -> None:
    plan = _plan(_PANEL, tmp_path)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Phone screen with Wanjiru Kamau (HR Officer)", "Technical assessment",
                      "Panel interview"]  # fmt: skip
    assert not any("Underwriting" in t or "someone" in t for t in titles)


def test_headings_under_one_rounds_prep_are_not_rounds(tmp_path: Path) -> None:
    assert "SQL" not in [r.title for r in _plan(_PANEL, tmp_path).rounds]
    # but a day's prep holds that day's rounds
    day = _PANEL.replace("## Prep – technical assessment", "## prep for the 10th").replace(
        "### SQL", "### Coding interview (Gethin)"
    )
    assert "Coding interview (Gethin)" in [r.title for r in _plan(day, tmp_path).rounds]
