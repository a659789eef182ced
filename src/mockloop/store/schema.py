"""The store's schema as numbered migrations, recorded in ``PRAGMA user_version``. A database
from any earlier mockloop is upgraded in place, one migration at a time, each in its own
write transaction (two processes starting at once migrate it once)."""

from __future__ import annotations

import sqlite3

from mockloop.errors import StoreError

MIGRATIONS: list[str] = [
    # 1: sessions and turns
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        round TEXT NOT NULL,
        mode TEXT NOT NULL,
        model TEXT,
        prompt_hash TEXT NOT NULL DEFAULT '',
        persona TEXT NOT NULL DEFAULT '',
        plan_json TEXT NOT NULL,
        agenda_json TEXT NOT NULL DEFAULT '[]',
        settings_json TEXT NOT NULL DEFAULT '{}',
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL DEFAULT 'active'
    );
    CREATE INDEX sessions_started ON sessions(started_at);
    CREATE TABLE turns (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        question_index INTEGER,
        follow_up INTEGER NOT NULL DEFAULT 0,
        question_id TEXT,
        director TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
    );
    """,
    # 2: scores, kept as history so a regrade can show what changed; the round's overall is
    # cached on the session so `mockloop sessions` lists thousands without re-aggregating
    """
    CREATE TABLE scores (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        question_index INTEGER NOT NULL,
        scorer TEXT NOT NULL,
        judge_model TEXT,
        rubric_hash TEXT NOT NULL,
        prompt_hash TEXT NOT NULL,
        status TEXT NOT NULL,
        data_json TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX scores_session ON scores(session_id, question_index, id);
    ALTER TABLE sessions ADD COLUMN overall REAL;
    ALTER TABLE sessions ADD COLUMN signal TEXT
    """,
    # 3: everything `mockloop sessions` lists, in its order, so listing reads this index alone
    # and never the rows (whose plan and persona spill onto overflow pages)
    """
    CREATE INDEX sessions_list ON sessions(started_at, id, round, mode, model, prompt_hash, ended_at,
        status, overall, signal)
    """,
    # 4: the company on the session (from its plan), so `mockloop sessions` shows it from the index
    """
    ALTER TABLE sessions ADD COLUMN company TEXT;
    UPDATE sessions SET company = json_extract(plan_json, '$.company') WHERE json_valid(plan_json);
    DROP INDEX sessions_list;
    CREATE INDEX sessions_list ON sessions(started_at, id, round, mode, model, prompt_hash, ended_at,
        status, overall, signal, company)
    """,
    # 5: coach mode's attempts: a question answered again (/retry) keeps its turns and scores
    # apart by attempt number; everything stored before is attempt 1
    """
    ALTER TABLE turns ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE scores ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1
    """,
    # 6: a plan is stored once, by the hash of its JSON, however many sessions rehearse it;
    # sessions from before keep their own copy in plan_json
    """
    CREATE TABLE plans (hash TEXT PRIMARY KEY, plan_json TEXT NOT NULL);
    ALTER TABLE sessions ADD COLUMN plan_hash TEXT
    """,
    # 7: a whole loop (`mockloop loop`): its plan and rounds in order, and each round's session
    # linked to it by position; one session per position, so two processes never run one round
    # twice. Sessions from before belong to no loop.
    """
    CREATE TABLE loops (
        id TEXT PRIMARY KEY,
        plan_hash TEXT NOT NULL,
        rounds_json TEXT NOT NULL,
        mode TEXT NOT NULL,
        settings_json TEXT NOT NULL DEFAULT '{}',
        company TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL DEFAULT 'active'
    );
    CREATE INDEX loops_started ON loops(started_at);
    ALTER TABLE sessions ADD COLUMN loop_id TEXT REFERENCES loops(id);
    ALTER TABLE sessions ADD COLUMN loop_round INTEGER;
    CREATE UNIQUE INDEX sessions_loop ON sessions(loop_id, loop_round) WHERE loop_id IS NOT NULL
    """,
    # 8: spoken answers (--voice, --answer-audio): per answer turn, the words heard with their
    # times, the delivery figures, which endpoint transcribed it and where its audio is kept.
    # A session from before has none: its answers were typed.
    """
    CREATE TABLE deliveries (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        audio TEXT,
        words_json TEXT NOT NULL DEFAULT '[]',
        data_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
    )
    """,
]


SCHEMA_VERSION = len(MIGRATIONS)


def check_version(version: int) -> None:
    """Refuse a store from a newer mockloop: checked on a read-only connection before anything
    (even the switch to WAL) writes to the file, so a newer install still finds it as it left it."""
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the session store was written by a newer mockloop (schema {version}, this one reads "
            f"up to {SCHEMA_VERSION}); it was left untouched: upgrade mockloop"
        )


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database up to the current schema (or refuse one from a newer mockloop)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    check_version(version)
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # re-check inside the write lock: another process may have migrated meanwhile
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                conn.execute("ROLLBACK")
                continue
            for statement in filter(str.strip, script.split(";")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
