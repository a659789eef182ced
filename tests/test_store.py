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


def test_a_store_from_before_loops_is_upgraded_and_its_sessions_belong_to_no_loop(
    isolated_env: Path,
) -> None:
    """A schema-6 database (before `mockloop loop`) keeps its sessions, outside any loop; a loop
    stored after the upgrade links its rounds' sessions by position, one session a position."""
    from mockloop.store.loops import create_loop, load_loop, set_loop_status

    isolated_env.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(isolated_env / "mockloop.db")
    for number, script in enumerate(MIGRATIONS[:6], start=1):
        for statement in filter(str.strip, script.split(";")):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO sessions (id, round, mode, plan_json, agenda_json, started_at, status)"
        " VALUES ('s6', 'recruiter', 'offline', '{}', '[]', '2025-01-01T09:00:00+00:00', 'ended')"
    )
    conn.commit()
    conn.close()

    with Store() as store:
        assert store.query("PRAGMA user_version")[0][0] == len(MIGRATIONS)
        assert [tuple(r) for r in store.query("SELECT id, loop_id, loop_round FROM sessions")] == [
            ("s6", None, None)
        ]
        plan = InterviewPlan(company="Acme")
        loop_id = create_loop(store, plan, ["recruiter", "cofounders"], mode="offline", settings={})
        assert loop_id.startswith("loop-")
        first = store.create_session(round_id="recruiter", mode="offline", plan=plan, persona="",
                                     prompt_hash="", agenda=[], loop=(loop_id, 0))  # fmt: skip
        with pytest.raises(StoreError):  # one session per position of a loop
            store.create_session(round_id="recruiter", mode="offline", plan=plan, persona="",
                                 prompt_hash="", agenda=[], loop=(loop_id, 0))  # fmt: skip
        set_loop_status(store, loop_id, "ended")
        info = load_loop(store, loop_id)
        assert (info.sessions, info.rounds, info.status) == (
            {0: first},
            ["recruiter", "cofounders"],
            "ended",
        )
        assert info.plan == plan and info.ended_at
        assert [s.id for s in store.list_sessions()] == [first, "s6"]


# ---------------------------------------------------------------- hostile stores (issue 13 item 10)


def test_a_store_from_a_newer_mockloop_is_left_byte_for_byte(isolated_env: Path) -> None:
    path = isolated_env / "mockloop.db"
    isolated_env.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])  # a rollback-journal database, as a future schema could be
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    before = path.read_bytes()
    for reset in (False, True):
        with pytest.raises(StoreError, match="newer mockloop") as caught:
            Store(reset_unusable=reset)
        assert "\n" not in str(caught.value)
    assert path.read_bytes() == before  # not switched to WAL, not migrated, not moved aside
    assert sorted(p.name for p in isolated_env.iterdir() if p.name.startswith("mockloop")) == [
        "mockloop.db"
    ]


def _broken_store() -> tuple[str, str, str]:
    """Three sessions: one readable, one with an unknown mode, one whose plan no longer validates."""
    store = Store()
    good, bad_mode, bad_plan = _session(store), _session(store), _session(store)
    for sid in (good, bad_plan):
        store.add_turn(Turn(session_id=sid, seq=-1, speaker="interviewer", kind="question",
                            text="Tell me about yourself.", question_index=0))  # fmt: skip
        store.add_turn(Turn(session_id=sid, seq=-1, speaker="candidate", kind="answer",
                            text="I ship things.", question_index=0))  # fmt: skip
    store._conn.execute("UPDATE sessions SET mode = 'telepathy' WHERE id = ?", (bad_mode,))
    store._conn.execute(
        "UPDATE sessions SET plan_json = '{\"rounds\": 5}', plan_hash = NULL WHERE id = ?",
        (bad_plan,),
    )
    store._conn.execute(
        "UPDATE turns SET speaker = 'robot' WHERE session_id = ? AND seq = 1", (good,)
    )
    store.close()
    return good, bad_mode, bad_plan


def test_a_bad_row_is_reported_in_one_line_and_skipped(isolated_env: Path) -> None:
    from typer.testing import CliRunner

    from mockloop.cli.app import app

    good, bad_mode, bad_plan = _broken_store()
    runner = CliRunner()
    listed = runner.invoke(app, ["sessions", "--json"])
    assert listed.exit_code == 0, listed.output
    assert good in listed.stdout and bad_plan in listed.stdout and bad_mode not in listed.stdout
    warnings = listed.stderr.strip().splitlines()
    assert len(warnings) == 1 and bad_mode in warnings[0] and "mode" in warnings[0]
    assert f"DELETE FROM sessions WHERE id = '{bad_mode}'" in warnings[0]

    exported = runner.invoke(app, ["export", good, "-f", "json"])
    assert exported.exit_code == 0, exported.output
    assert "Tell me about yourself." in exported.stdout and "I ship things." not in exported.stdout
    assert "turns row" in exported.stderr and "robot" not in exported.stdout

    broken = runner.invoke(app, ["export", bad_plan])
    assert broken.exit_code == 1
    lines = broken.output.strip().splitlines()
    assert len(lines) == 1 and "internal error" not in lines[0] and "plan_json" in lines[0], lines
    assert "DELETE FROM sessions" in lines[0]

    progress = runner.invoke(app, ["progress"])
    assert progress.exit_code == 0, progress.output


def test_a_store_that_cannot_be_written_is_still_read(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only data directory: SQLite cannot make the -wal/-shm files, so the read-write
    open fails with SQLITE_CANTOPEN; the store is then opened read-only instead."""
    from mockloop.store import file as storefile

    store = Store()
    sid = _session(store)
    store.close()

    def cannot_open(conn: sqlite3.Connection, patience: float = 30.0) -> None:
        error = sqlite3.OperationalError("unable to open database file")
        error.sqlite_errorcode = 14  # SQLITE_CANTOPEN, as a read-only directory gives
        raise error

    monkeypatch.setattr(storefile, "enable_wal", cannot_open)
    reader = Store()
    assert reader.read_only
    assert [s.id for s in reader.list_sessions()] == [sid]
    assert reader.session(sid).plan is not None
    with pytest.raises(StoreError, match="read-only") as caught:
        reader.check_writable()
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores directory permissions"
)
def test_sessions_and_export_work_in_a_read_only_data_directory(isolated_env: Path) -> None:
    from typer.testing import CliRunner

    from mockloop.cli.app import app

    store = Store()
    sid = _session(store)
    store.close()
    os.chmod(isolated_env / "mockloop.db", 0o400)
    os.chmod(isolated_env, 0o500)
    try:
        runner = CliRunner()
        listed = runner.invoke(app, ["sessions", "--json"])
        exported = runner.invoke(app, ["export", sid])
    finally:
        os.chmod(isolated_env, 0o700)
    assert listed.exit_code == 0 and sid in listed.stdout, listed.output
    assert exported.exit_code == 0 and sid in exported.stdout, exported.output


def test_a_plan_is_stored_once_however_many_sessions_rehearse_it(isolated_env: Path) -> None:
    plan = InterviewPlan(company="Acme", research=[{"text": "x" * 5000, "line": 1}])  # type: ignore[list-item]
    with Store() as store:
        ids = [
            store.create_session(
                round_id="recruiter",
                mode="offline",
                plan=plan,
                persona="p",
                prompt_hash="h",
                agenda=[],
            )
            for _ in range(3)
        ]
        assert store._conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 1
        sizes = store._conn.execute("SELECT LENGTH(plan_json) FROM sessions").fetchall()
        assert all(size == 0 for (size,) in sizes)  # no copy per session
        assert all(store.session(sid).plan == plan for sid in ids)
        assert [s.company for s in store.list_sessions()] == ["Acme"] * 3


def test_two_sessions_started_in_the_same_second_with_the_same_draw_get_two_ids(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockloop.store import db

    ids = iter(["20261205-060000-abcd", "20261205-060000-abcd", "20261205-060000-beef"])
    monkeypatch.setattr(db, "new_session_id", lambda: next(ids))
    store = Store()
    assert (_session(store), _session(store)) == ("20261205-060000-abcd", "20261205-060000-beef")


def test_two_loops_started_in_the_same_second_with_the_same_draw_get_two_ids(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockloop.notes.parser import parse_notes
    from mockloop.notes.plan import extract_plan
    from mockloop.store import loops

    ids = iter(["20261205-060000-abcd", "20261205-060000-abcd", "20261205-060000-beef"])
    monkeypatch.setattr(loops, "new_session_id", lambda: next(ids))
    store = Store()
    plan = extract_plan(parse_notes("## Rounds\n1. Recruiter screen with Maya\n"))
    first = loops.create_loop(store, plan, ["recruiter"], mode="offline", settings={})
    second = loops.create_loop(store, plan, ["recruiter"], mode="offline", settings={})
    assert first != second
