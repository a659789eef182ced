"""Rules learnt from tuning batch t29: a mind map or `tree` drawn in box or ASCII characters,
pasted chat exports, time-slot agendas and the employer beside tool and file names."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.records import InterviewPlan


def plan(text: str) -> InterviewPlan:
    return extract_plan(parse_notes(text))


def test_a_drawn_tree_reads_as_the_outline_it_draws() -> None:
    """A mind map's text export: each branch with branches of its own heads them, so the
    steps under "stages" are four rounds, not one round swallowing the rest."""
    notes = (
        "Applications spring  (mind map export)\n"
        "├── Oakridge Roasters  Head Barista\n"
        "│   ├── stages\n"
        "│   │   ├── phone call – store manager (Dana) ✔ done\n"
        "│   │   │   ├── asked about weekend shifts\n"
        "│   │   │   └── pay expectations\n"
        "│   │   ├── latte art test (practical, 30 min)\n"
        "│   │   │   ├── two rosettas, one tulip\n"
        "│   │   │   └── dial in the grinder\n"
        "│   │   ├── interview – area manager\n"
        "│   │   │   └── team leadership stories\n"
        "│   │   └── final – owner + head roaster\n"
        "│   │       └── sourcing, why specialty coffee\n"
        "│   └── ask them\n"
        "│       └── How are shifts planned?\n"
        "└── other\n"
        "    └── renew food hygiene card\n"
    )
    got = plan(notes)
    assert not got.default_loop
    assert [r.source.line for r in got.rounds if r.source] == [4, 7, 10, 12]


def test_a_tree_needs_branches_and_leaves_tables_alone() -> None:
    from mockloop.notes.trees import untreed

    table = ["+----+----+", "| a  | b  |", "+----+----+", "|---|---|"]
    assert untreed(table) == table
    assert untreed(["├── one", "└── two"]) == ["├── one", "└── two"]  # too few to be a tree
    tree = ["root", "|-- a", "|   |-- b", "|   `-- c", "`-- d"]
    assert untreed(tree) == ["root", "# a", "- b", "- c", "- d"]


def test_notes_posted_to_ones_own_chat_channel_read_as_notes() -> None:
    """A channel export where one person writes every message: the stamps and the name go,
    so the numbered steps and "label:" lines read as in any notes."""
    stamp = "[2027-03-02 09:1{}] Marta Ruiz: "
    lines = [
        "the process at Vela Maritime for Fleet Analyst:",
        "1. recruiter call with Tom (done ✅)",
        "2. take-home case – fuel model in Excel",
        "3. panel interview with the fleet director",
        "take-home case:",
        "- fuel curves per vessel class",
        "- one slide of findings",
    ]
    notes = "#my-job-notes (export)\n\n" + "\n".join(
        stamp.format(n) + line for n, line in enumerate(lines)
    )
    got = plan(notes)
    assert not got.default_loop
    assert len(got.rounds) == 3
    assert got.rounds[1].kind == "take-home"
    assert all("Marta" not in (r.interviewer or "") for r in got.rounds)


def test_a_chat_with_a_recruiter_keeps_its_speakers_but_reads_bracketed_steps() -> None:
    """In a two-person chat the recruiter's "(2) …" messages are the numbered steps, the
    speaker "me" included in the count of who talks; the rest stays as said."""
    from mockloop.notes.pasted import chat_lists

    lines = [
        "[03/02/2027 10:01] Omar Haddad: Great news, next are two interviews:",
        "[03/02/2027 10:01] Omar Haddad: (1) Plant Manager, Ms. Lina Aziz – 9 Feb 10:00",
        "[03/02/2027 10:02] Omar Haddad: (2) safety case role-play – 9 Feb 11:30",
        "[03/02/2027 10:05] me: Thanks! Is parking available?",
        "[03/02/2027 10:06] me: and is the role-play in English?",
    ]
    got = chat_lists(lines)
    assert got[1] == "1. Plant Manager, Ms. Lina Aziz – 9 Feb 10:00"
    assert got[2] == "2. safety case role-play – 9 Feb 11:30"
    assert got[0] == lines[0] and got[3:] == lines[3:]


def test_a_numbered_step_the_notes_say_is_dropped_is_no_round() -> None:
    """ "Schritt 3 entfällt" in a later update drops the step, in the notes' language."""
    notes = (
        "# Bewerbung Logistikplaner\n\n"
        "**Schritt 1 — Telefoninterview** mit Frau Keller ✔\n"
        "- Gehalt, Kündigungsfrist\n\n"
        "**Schritt 2 — Fachgespräch** mit dem Teamleiter, Di 10 Uhr\n"
        "- Tourenplanung, SAP\n\n"
        "**Schritt 3 — Gespräch mit dem Betriebsrat**\n"
        "- Mitbestimmung\n\n"
        "Update 12.3.: Schritt 3 entfällt, der Betriebsrat gibt nur schriftlich Stellung.\n"
    )
    got = plan(notes)
    assert len(got.rounds) == 2
    assert not any("Betriebsrat" in r.title for r in got.rounds)
