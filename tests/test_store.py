from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from mockloop.errors import StoreError
from mockloop.records import InterviewPlan, Turn
from mockloop.store.db import Store
from mockloop.store.schema import MIGRATIONS


def _session(store: Store) -> str:
    return store.create_session(
        round_id="recruiter",
        mode="offline",
        plan=InterviewPlan(company="Acme"),
        persona="You are a recruiter.",
        prompt_hash="abc",
        agenda=[{"id": "q1", "text": "Tell me about yourself."}],
    )


def test_turns_are_numbered_and_persist_across_connections(isolated_env: Path) -> None:
    store = Store()
    sid = _session(store)
    for kind, speaker in [("question", "interviewer"), ("answer", "candidate")]:
        store.add_turn(
            Turn(session_id=sid, seq=-1, speaker=speaker, kind=kind, text=kind, question_index=0)
        )
    store.close()
    reopened = Store()
    turns = reopened.turns(sid)
    assert [(t.seq, t.kind, t.question_index) for t in turns] == [
        (0, "question", 0),
        (1, "answer", 0),
    ]
    assert reopened.session(sid).plan == InterviewPlan(company="Acme")


def test_schema_version_is_recorded_and_migration_is_idempotent(isolated_env: Path) -> None:
    Store().close()
    store = Store()
    version = store._conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS)


def test_data_dir_and_db_are_private(isolated_env: Path) -> None:
    store = Store()
    assert stat.S_IMODE(os.stat(store.directory).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600


def test_resolve_unique_prefix_and_errors(isolated_env: Path) -> None:
    store = Store()
    sid = _session(store)
    assert store.resolve_id(sid[:10]) == sid
    with pytest.raises(StoreError, match="no session"):
        store.resolve_id("nope")


def test_newer_schema_is_refused(isolated_env: Path) -> None:
    Store().close()
    conn = sqlite3.connect(isolated_env / "mockloop.db")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer mockloop"):
        Store()


def test_listing_is_newest_first_with_turn_counts(isolated_env: Path) -> None:
    store = Store()
    first = _session(store)
    second = _session(store)
    store.add_turn(
        Turn(session_id=second, seq=0, speaker="interviewer", kind="question", text="Hi")
    )
    listed = store.list_sessions()
    assert {s.id for s in listed} == {first, second}
    counts = {s.id: s.turn_count for s in listed}
    assert counts[second] == 1 and counts[first] == 0


def test_a_store_from_the_first_schema_is_upgraded_with_its_rows(isolated_env: Path) -> None:
    """A database written by the first mockloop (schema 1: sessions and turns, no scores) opens,
    is upgraded to the current schema, and its session lists, reads and takes scores."""
    isolated_env.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(isolated_env / "mockloop.db")
    for statement in filter(str.strip, MIGRATIONS[0].split(";")):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    plan = InterviewPlan(company="Oldco").model_dump_json()
    conn.execute(
        "INSERT INTO sessions (id, round, mode, plan_json, agenda_json, started_at, status, persona)"
        " VALUES ('20250101-090000-abcd', 'recruiter', 'offline', ?, ?, '2025-01-01T09:00:00+00:00',"
        " 'ended', 'You are a recruiter.')",
        (plan, '[{"id": "q1", "text": "Why Oldco?"}]'),
    )
    for seq, (speaker, kind, text) in enumerate(
        [("interviewer", "question", "Why Oldco?"), ("candidate", "answer", "Because of the team.")]
    ):
        conn.execute(
            "INSERT INTO turns (session_id, seq, speaker, kind, text, question_index, created_at)"
            " VALUES ('20250101-090000-abcd', ?, ?, ?, ?, 0, '2025-01-01T09:00:00+00:00')",
            (seq, speaker, kind, text),
        )
    conn.commit()
    conn.close()

    with Store() as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        [listed] = store.list_sessions()
        assert (listed.id, listed.round, listed.status) == (
            "20250101-090000-abcd",
            "recruiter",
            "ended",
        )
        assert store.session(listed.id).plan == InterviewPlan(company="Oldco")
        assert [t.text for t in store.turns(listed.id)] == ["Why Oldco?", "Because of the team."]
        assert [q.text for q in store.agenda(listed.id)] == ["Why Oldco?"]
        assert store.latest_scores(listed.id) == []
        store.set_overall(listed.id, 3.5, "lean yes")
        assert store.list_sessions()[0].overall == 3.5


def test_a_store_from_before_attempts_is_upgraded_and_reads_as_first_attempts(
    isolated_env: Path,
) -> None:
    """A schema-4 database (before coach mode) keeps its turns and scores: they are attempt 1,
    the latest score is still found, and a second attempt can be stored beside it."""
    from mockloop.scoring.aggregate import SegmentScore

    isolated_env.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(isolated_env / "mockloop.db")
    for number, script in enumerate(MIGRATIONS[:4], start=1):
        for statement in filter(str.strip, script.split(";")):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO sessions (id, round, mode, plan_json, agenda_json, started_at, status)"
        " VALUES ('s4', 'recruiter', 'offline', '{}', '[]', '2025-01-01T09:00:00+00:00', 'ended')"
    )
    conn.execute(
        "INSERT INTO turns (session_id, seq, speaker, kind, text, question_index, created_at)"
        " VALUES ('s4', 0, 'candidate', 'answer', 'Because.', 0, '2025-01-01T09:00:00+00:00')"
    )
    old = SegmentScore(question_index=0, question_id="q1", question_text="Why?").model_dump_json()
    old_json = old.replace(',"attempt":1', "")
    conn.execute(
        "INSERT INTO scores (session_id, question_index, scorer, rubric_hash, prompt_hash, status,"
        " data_json, created_at) VALUES ('s4', 0, 'heuristic', '', '', 'scored', ?, 'x')",
        (old_json,),
    )
    conn.commit()
    conn.close()

    with Store() as store:
        assert [t.attempt for t in store.turns("s4")] == [1]
        [latest] = store.latest_scores("s4")
        assert latest.attempt == 1 and latest.question_text == "Why?"
        store.add_score("s4", latest.model_copy(update={"attempt": 2, "question_text": "Again"}))
        store.add_score("s4", latest.model_copy(update={"question_text": "regraded first"}))
        assert [s.question_text for s in store.latest_scores("s4")] == ["Again"]
        assert [(s.attempt, s.question_text) for s in store.attempt_scores("s4")] == [
            (1, "regraded first"),
            (2, "Again"),
        ]
