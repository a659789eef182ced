"""`mockloop drill`: the questions it picks from the candidate's stored history, why, and the
interview it then runs on exactly those questions (offline, answers piped in-process)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from mockloop.catalog.library import round_for
from mockloop.cli.app import app
from mockloop.practice.drill import choose, probes
from mockloop.practice.history import load_history
from mockloop.store.db import Store

from .conftest import SEED_NOTES
from .test_progress import _ordered_clock, _plan, seed  # noqa: F401 - the clock fixture

runner = CliRunner()


def _drill(*args: str, answers: str = "/end\n") -> tuple[int, str]:
    result = runner.invoke(app, ["drill", *args, "--offline"], input=answers)
    return result.exit_code, result.output


def _last_agenda() -> list[str]:
    with Store() as store:
        newest = store.list_sessions(limit=1)[0]
        return [q.id for q in store.agenda(newest.id)]


@pytest.fixture
def weak_reflection() -> None:
    """Three behavioral sessions: reflection averages 2.0, specificity 3.0, the rest strong;
    'conflict' and 'failure' already asked."""
    with Store() as store:
        for asked in (("conflict",), ("failure",), ("conflict",)):
            seed(
                store,
                {"specificity": 3, "ownership": 5, "judgement": 5, "reflection": 2},
                asked=asked,
            )


def test_without_history_it_drills_questions_not_practised_and_says_so() -> None:
    code, out = _drill(str(SEED_NOTES), "--round", "behavioral", "-n", "2")
    assert code == 0, out
    assert "no weak criteria on record for this round yet" in out
    assert out.count("why: not practised yet") == 2
    bank = [q.id for q in round_for(None, "behavioral").questions]
    assert _last_agenda() == bank[:2]


def test_it_aims_at_the_weakest_criterion_and_skips_questions_already_asked(
    weak_reflection: None,
) -> None:
    code, out = _drill(str(SEED_NOTES), "--round", "behavioral", "-n", "3")
    assert code == 0, out
    whys = [line.strip() for line in out.splitlines() if line.strip().startswith("why:")]
    assert len(whys) == 3
    assert whys[0].startswith(
        "why: Reflection and learning from decisions averages 2.0 over 3 sessions (heuristic)"
    )
    assert any("Specific examples from their background averages 3.0" in w for w in whys)
    assert all(w.endswith("not practised yet") for w in whys)
    agenda = _last_agenda()
    assert len(agenda) == 3 and not {"conflict", "failure"} & set(agenda)
    with Store() as store:
        rubric = round_for(None, "behavioral").rubric
        bank = {q.id: q for q in round_for(None, "behavioral").questions}
        assert "reflection" in probes(bank[agenda[0]], rubric)
        # the interview asked exactly the first drilled question, then /end closed it
        newest = store.list_sessions(limit=1)[0]
        asked = [t.question_id for t in store.turns(newest.id) if t.kind == "question"]
    assert asked == [agenda[0]]


def test_when_the_bank_is_used_up_practised_questions_come_back_least_asked_first(
    weak_reflection: None,
) -> None:
    bank = round_for(None, "behavioral").questions
    with Store() as store:
        history = load_history(store)
    picks = choose(_plan(), "behavioral", history, len(bank))
    tail = [(p.question.id, p.reasons[-1]) for p in picks[-2:]]
    assert tail == [("failure", "practised 1× before"), ("conflict", "practised 2× before")]


def test_the_drill_runs_in_coach_mode_and_a_retry_shows_the_change(weak_reflection: None) -> None:
    answer = (
        "At my last job I led a pricing change nobody asked for; I built the model, ran the pilot "
        "and revenue grew 12 percent. Looking back I learned to involve sales earlier."
    )
    script = f"We did some things.\n/retry\n{answer}\n/next\nno questions\n"
    code, out = _drill(str(SEED_NOTES), "-r", "behavioral", "-n", "1", "--follow-ups", "0",
                       answers=script)  # fmt: skip
    assert code == 0, out
    assert "Feedback · Q1" in out and "attempt 2" in out
    assert "→" in out.split("attempt 2")[1]  # each criterion against the first attempt
    assert "Score:" in out and "heuristic, offline" in out
    data = json.loads(runner.invoke(app, ["progress", "--json"]).output)
    assert data["sessions"][-1]["answers_scored"] == 1
    assert len(data["sessions"]) == 4


def test_bad_input_is_one_line() -> None:
    code, out = _drill(str(SEED_NOTES), "--round", "nope")
    assert code == 2 and "unknown round 'nope'" in out and "Traceback" not in out
    code, out = _drill("missing-notes.md")
    assert code != 0 and "not found" in out and "Traceback" not in out
    code, out = _drill(str(SEED_NOTES), "-n", "0")
    assert code == 2


def test_more_questions_than_the_bank_holds_is_capped_and_said() -> None:
    size = len(round_for(None, "behavioral").questions)
    code, out = _drill(str(SEED_NOTES), "-r", "behavioral", "-n", str(size + 5))
    assert code == 0, out
    assert f"the round's bank holds {size}" in out
    assert len(_last_agenda()) == size
