from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from mockloop.errors import StoreError
from mockloop.records import InterviewPlan, Turn
from mockloop.store.db import MIGRATIONS, Store


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
