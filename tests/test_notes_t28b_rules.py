"""Rules learnt from the remaining misses of tuning batches t28 and t27 (second pass)."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.records import InterviewPlan


def plan(text: str) -> InterviewPlan:
    return extract_plan(parse_notes(text))


def test_a_test_named_by_how_it_is_sat_is_a_round() -> None:
    """An "unsupervised internet test" in a list of steps is a round, like an "online test"."""
    notes = (
        "Policy Analyst — Department of Finance\n\n"
        "### Steps\n"
        "- Screening on education — passed. Not an interview.\n"
        "- Unsupervised internet test (situational judgement, 60 min) — done 20 Nov\n"
        "- Written exam (3 hours, proctored) — Tue 9 Dec\n"
        "- Interview board — week of 12 Jan\n"
    )
    got = plan(notes)
    titles = [r.title for r in got.rounds]
    assert any("internet test" in t.lower() for t in titles), titles
    assert len(got.rounds) == 3, titles


def test_a_done_status_line_names_rounds_already_sat() -> None:
    """ "Already done: …" and "Also done: …" lines before the loop's sections are rounds."""
    notes = (
        "Graduate Program — Audit — Whitfield Rowe\n\n"
        "Role: Graduate Accountant\n\n"
        "Already done: online application + video interview (HireVue, recorded) — stage 1.\n"
        "Also done: numerical + logical reasoning tests (online, 40 min, SHL).\n\n"
        "## Partner interview — Thu 4 Dec\n"
        "- why audit, why mid-tier\n"
    )
    got = plan(notes)
    assert not got.default_loop
    lines = [r.source.line for r in got.rounds if r.source]
    assert 5 in lines and 6 in lines, [(r.title, r.source) for r in got.rounds]
    kinds = {r.source.line: r.kind for r in got.rounds if r.source}
    assert kinds[5] == "behavioral" and kinds[6] == "custom"


def test_a_lettered_step_told_as_done_is_a_recruiter_round() -> None:
    """ "(a) telephonic screen — done last week with Thandi" is the recruiter screen, sat."""
    notes = (
        "STORE MANAGER — Kasi Kitchen & Home\n\n"
        "Role: Store Manager, Rosebank Mall.\n\n"
        "PROCESS\n"
        "(a) telephonic screen — done last week with Thandi, passed\n"
        "(b) store walk + interview with the Area Manager\n"
        "(c) credit + criminal checks, then offer\n\n"
        "(b) STORE WALK + INTERVIEW — Sipho Dlamini, Area Manager\n"
        "- KPIs, shrinkage, rosters\n"
    )
    got = plan(notes)
    screens = [r for r in got.rounds if r.source and r.source.line == 6]
    assert screens and screens[0].kind == "recruiter", [(r.title, r.kind) for r in got.rounds]
    assert screens[0].interviewer == "Thandi"
