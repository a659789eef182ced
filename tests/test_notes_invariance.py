"""The plan does not hang on how a notes app draws its bullets or dashes: the same notes with
their "- " bullets written as another app writes them ("– " from a word processor, "→ " from a
phone's notes, "• ", "+ ", "* ") give the same rounds, interviewers and facts. Measured over
the 602 tuning notes (bench/notes_perturb.py), en and em dash and arrow bullets lost a round or
more in 157 to 194 files before they were read as bullets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mockloop.notes.plan import extract_plan
from mockloop.notes.source import read_notes
from tests.support.plans import plan_of

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "notes"
GLYPHS = ["– ", "— ", "→ ", "• ", "+ ", "* ", "◦ ", "▪ "]


def _plan(path: Path) -> tuple:
    plan = extract_plan(read_notes(path))
    rounds = [(r.title, r.interviewer, r.kind, len(r.focus)) for r in plan.rounds]
    return rounds, plan.company, plan.role, bool(plan.pitch), len(plan.candidate_questions)


@pytest.mark.parametrize("sample", ["fireworks-fdpm.md", "shorthand-swe-loop.md"])
@pytest.mark.parametrize("glyph", GLYPHS)
def test_bullets_drawn_another_way_give_the_same_plan(sample: str, glyph: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = SAMPLES / sample
    text = source.read_text(encoding="utf-8")
    redrawn = re.sub(r"(?m)^(\s*)- ", lambda m: m.group(1) + glyph, text)
    assert redrawn != text
    copy = tmp_path / sample
    copy.write_text(redrawn, encoding="utf-8")
    assert _plan(copy) == _plan(source)


def _rounds_of(text: str, tmp_path: Path) -> list[tuple[str, str | None]]:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    plan = extract_plan(read_notes(path))
    assert not plan.default_loop
    return [(r.title, r.interviewer) for r in plan.rounds]


_BOLD_LEADS = """# Honeycomb prep

**Round 1{sep}Recruiter call:** Done on Jan 12 with Kelsey Morgan (technical recruiter), 30 min.

**Round 2{sep}Hiring manager:** Done on Jan 19 with Ravi Shah, VP of Engineering, 60 minutes.

**Round 3{sep}System design:** Same day, with Marcus Lee (Principal Engineer, Ingest), 60 min.
"""


def test_a_round_named_with_a_colon_then_a_label_colon_is_still_a_round(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "**Round 1: Recruiter call:** Done on …" was no round at all (the default loop instead)
    dashed = _rounds_of(_BOLD_LEADS.format(sep=" – "), tmp_path)
    colon = _rounds_of(_BOLD_LEADS.format(sep=": "), tmp_path)
    assert [who for _, who in colon] == [who for _, who in dashed]
    assert [t.replace(": ", " – ") for t, _ in colon] == [t for t, _ in dashed]
    assert colon[0] == ("Round 1: Recruiter call", "Kelsey Morgan (technical recruiter)")


_BOXES = """barista trainer - ridgeline coffee

{box} {step} 2: video call with Marco Bellini (Area Manager NSW) - Tues 3pm
{box} {step} 3: practical trial at the Surry Hills roastery - make 4 drinks, teach a junior
{box} {step} 4: final w/ ops manager Priya Raman - Fri 10am
"""


@pytest.mark.parametrize("box", ["☐", "[ ]", "✅"])
def test_a_ticked_or_open_box_before_stage_n_reads_like_round_n(box: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rounds = _rounds_of(_BOXES.format(box=box, step="Round"), tmp_path)
    stages = _rounds_of(_BOXES.format(box=box, step="Stage"), tmp_path)
    assert len(stages) == len(rounds) == 3
    assert [who for _, who in stages] == [who for _, who in rounds]


_GOOGLE_DOC = """Acme Robotics — Support Engineer prep

● Process
○ Recruiter screen with Dana Whitfield (Talent Partner), 30 min
■ salary range, visa, start date
■ why Acme
○ Technical troubleshooting with Omar Haddad (Support Lead), 60 min
■ debug a failing webhook live
■ read logs, explain the root cause to a customer
○ Final with the VP of Customer Experience
■ a hard escalation I owned
"""


def test_a_pasted_google_doc_nests_its_flush_left_levels() -> None:
    # Google Docs pastes its list levels flush left, told only by the glyph: ● ○ ■
    plan = plan_of(_GOOGLE_DOC)
    assert not plan.default_loop
    assert len(plan.rounds) == 3
    assert [len(r.focus) >= 1 for r in plan.rounds] == [True, True, True]
    assert "Omar Haddad" in (plan.rounds[1].interviewer or "")


def test_a_plain_outline_reads_a_short_top_bullet_as_a_heading() -> None:
    # Workflowy, Dynalist or a doc kept as one nested list, with no outliner markup: "- Process"
    # over the rounds was a bullet among bullets and the notes gave the default loop
    markdown = (
        _GOOGLE_DOC.replace("● ", "- ")
        .replace("○ ", "  - ")
        .replace("■ ", "    - ")
        .replace("- Process", "- Company\n  - warehouse robot arms, Series C\n- Process")
    )
    plan = plan_of(markdown)
    assert not plan.default_loop
    assert [r.kind for r in plan.rounds] == ["recruiter", "technical", "executive"]
    assert plan.rounds[0].interviewer == "Dana Whitfield (Talent Partner)"
