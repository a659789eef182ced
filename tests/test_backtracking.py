"""Lines that once sent a pattern into super-polynomial backtracking still give the plan.

Each line is of a shape real notes have (a Jira row padded to its status column, a JSON export
with a blank-padded value, a heading with a duration, a question heading, a "Why X" line), with
a long run of blanks where the pattern's repeats competed for the same characters. On the code
before the fix each of these took minutes to hours (k⁴ or k³ in the run's length); now they
parse as fast as the notes around them. How long they take is measured by
bench/hostile_lines.py, not here. The unit tests below guard that the patterns, made
possessive, still read the padded lines they read before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mockloop.notes.asked import asked_round
from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan, load_plan_or_notes
from mockloop.notes.tickets import titled_tickets
from mockloop.notes.titlewords import numbers

from .conftest import SEED_NOTES


def _titles(path: Path) -> set[str]:
    return {r.title for r in load_plan_or_notes(path).rounds}


def _with_line(tmp_path: Path, line: str) -> set[str]:
    lines = SEED_NOTES.read_text(encoding="utf-8").splitlines()
    lines[len(lines) // 2 : len(lines) // 2] = [line]
    path = tmp_path / "notes.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _titles(path)


@pytest.mark.parametrize(
    "line",
    [
        "JOB-116  Architecture round" + " " * 5000 + "todo",
        '"Notes": "' + " " * 6400 + 'x",',
        "### Tech interview (45" + " " * 6400 + "!",
        "## How does the" + " " * 8000 + "x? y?",
        "Why" + " " * 16000 + "Acme!",
    ],
    ids=["ticket-row", "json-value", "heading-duration", "question-heading", "why-line"],
)
def test_a_line_with_a_long_run_of_blanks_leaves_the_plan_whole(tmp_path: Path, line: str) -> None:
    assert len(_titles(SEED_NOTES)) == 6
    assert _titles(SEED_NOTES) <= _with_line(tmp_path, line)


def test_a_ticket_row_padded_to_its_status_column_is_read() -> None:
    """A Jira list pasted as text pads each title to the status column."""
    rows = [
        "JOB-116  Architecture round" + " " * 3000 + "TO DO",
        "JOB-117  Coding round" + " " * 40 + "DONE",
    ]
    assert titled_tickets(rows) == ["- Architecture round (to do)", "- Coding round (done)"]


def test_a_duration_in_a_padded_heading_is_still_read_as_a_duration() -> None:
    assert numbers("Tech interview 2 (45" + " " * 4000 + "min)") == {"2"}


def test_a_padded_question_heading_still_names_its_round() -> None:
    padded = "How does the" + " " * 4000 + "system design round go?"
    assert (
        asked_round(padded)
        == asked_round("How does the system design round go?")
        == "System design round"
    )


def test_a_padded_why_line_is_still_the_pitch() -> None:
    said = "I have shipped three inference products and want to do it where the models are served."
    notes = (
        "# Acme prep\n\n## Recruiter screen\n- background\n\n## Notes\nWhy"
        + " " * 4000
        + "Acme: "
        + said
    )
    assert [block.text for block in extract_plan(parse_notes(notes)).pitch] == [said]
