"""SQLite store for sessions and turns.

Every turn is committed before the next prompt is shown, so a crash loses at most the
utterance being typed. WAL and a busy timeout let two mockloop processes share the
directory. Schema changes are numbered migrations recorded in ``PRAGMA user_version``.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from mockloop.errors import StoreError
from mockloop.records import AgendaQuestion, InterviewPlan, SessionInfo, Turn
from mockloop.scoring.aggregate import SegmentScore

from . import file as storefile
from . import rows
from .schema import SCHEMA_VERSION, migrate

DB_NAME = "mockloop.db"


class SessionListing(SessionInfo):
    """A row of `mockloop sessions`: the session, its company, and which scorer graded it
    ("llm", "heuristic" or "mixed"; None before any score) so scores are never compared blind."""

    company: str | None = None
    scorer: str | None = None


class _Rollback(Exception):
    """Raised inside Store.transaction to end it with ROLLBACK instead of COMMIT."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def data_dir() -> Path:
    """``MOCKLOOP_HOME`` if set, else the platform's user data directory."""
    home = os.environ.get("MOCKLOOP_HOME")
    if home:
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("mockloop", appauthor=False))


def new_session_id() -> str:
    """Sortable by start time, short to type: 20261127-031500-a1b2 (drawn again on a clash)."""
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)


class Store:
    """The session store. ``reset_unusable`` (``--reset-store``) moves a damaged or foreign
    database file aside and starts a fresh one; without it such a file is an error and is
    left exactly as it was."""

    def __init__(self, directory: Path | None = None, *, reset_unusable: bool = False) -> None:
        self.directory = directory or data_dir()
        self.path = self.directory / DB_NAME
        self.moved_aside: Path | None = None
        self.read_only = False  # opened read-only: the directory or the file cannot be written
        self.skipped: list[str] = []  # one line per stored row that could not be read
        self._conn = self._open(reset_unusable)

    # ------------------------------------------------------------ setup

    def _open(self, reset_unusable: bool) -> sqlite3.Connection:
        try:
            storefile.make_private_dir(self.directory)
            reason = storefile.problem(self.path, deep=reset_unusable)
            if reason and not reset_unusable:
                raise StoreError(
                    f"the session store {self.path} is not usable: {reason}; {storefile.reset_hint(self.path)}"
                )
            if reason:
                self.moved_aside = storefile.move_aside(self.path)
            conn = storefile.connect(self.path)
            try:
                conn.row_factory = sqlite3.Row
                storefile.enable_wal(conn)
                conn.execute("PRAGMA foreign_keys = ON")
                storefile.make_private(self.path)
                migrate(conn)
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            readable = self._read_only() if storefile.code(exc) in storefile.NOT_WRITABLE else None
            if readable is None:
                raise storefile.store_error(exc, self.path, "open") from exc
            return readable
        except OSError as exc:
            raise StoreError(
                f"cannot write the data directory {self.directory}: {exc.strerror or exc}; "
                "set MOCKLOOP_HOME to a writable directory"
            ) from exc
        return conn

    def _read_only(self) -> sqlite3.Connection | None:
        """A store that cannot take a write (a read-only directory or file) is still read:
        `sessions`, `export` and `report` work, and any write fails with one line. None when
        there is nothing current to read (no file, or one that needs a migration first)."""
        try:
            conn = storefile.open_read_only(self.path)
        except sqlite3.Error:
            return None
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                conn.row_factory = sqlite3.Row
                self.read_only = True
                return conn
        except sqlite3.Error:
            pass
        conn.close()
        return None

    def check_writable(self) -> None:
        """Fail now, before an interview starts, if the store cannot take a write: a full disk,
        a read-only directory or file, a size limit. The probe row is rolled back."""
        storefile.check_free_space(self.directory)
        with self.transaction("write to") as conn:
            conn.execute(
                "INSERT INTO sessions (id, round, mode, plan_json, started_at, persona)"
                " VALUES ('-preflight-', '', '', '{}', '', zeroblob(?))",
                (storefile.PROBE_BYTES,),
            )
            raise _Rollback

    @contextmanager
    def transaction(self, doing: str = "save to") -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT; a SQLite failure (full disk, read-only file) becomes a StoreError."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    try:
                        self._conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass  # the connection is going down with the original error
                raise
        except _Rollback:
            return
        except sqlite3.Error as exc:
            raise storefile.store_error(exc, self.path, doing) from exc

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Rows of a read, for the store's other tables (store/loops.py)."""
        return self._conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reopen(self) -> Store:
        """Another connection to the same store, for another thread (SQLite connections stay on
        the thread that opened them). A context manager like this one."""
        return Store(self.directory)

    # ------------------------------------------------------------ sessions

    def create_session(
        self,
        *,
        round_id: str,
        mode: str,
        plan: InterviewPlan,
        persona: str,
        prompt_hash: str,
        agenda: list[dict[str, Any]],
        model: str | None = None,
        settings: dict[str, Any] | None = None,
        loop: tuple[str, int] | None = None,
    ) -> str:
        """``loop``: the loop id and the round's position in it (`mockloop loop`)."""
        session_id = new_session_id()
        plan_json = plan.model_dump_json()
        plan_hash = hashlib.sha256(plan_json.encode("utf-8")).hexdigest()[:32]
        with self.transaction() as conn:
            while conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone():
                session_id = new_session_id()
            conn.execute(  # once per plan, not per session
                "INSERT OR IGNORE INTO plans (hash, plan_json) VALUES (?, ?)",
                (plan_hash, plan_json),
            )
            conn.execute(
                "INSERT INTO sessions (id, round, mode, model, prompt_hash, persona, plan_json,"
                " plan_hash, agenda_json, settings_json, started_at, company, loop_id, loop_round)"
                " VALUES (?,?,?,?,?,?,'',?,?,?,?,?,?,?)",
                (
                    session_id,
                    round_id,
                    mode,
                    model,
                    prompt_hash,
                    persona,
                    plan_hash,
                    json.dumps(agenda),
                    json.dumps(settings or {}),
                    now(),
                    plan.company,
                    *(loop or (None, None)),
                ),
            )
        return session_id

    def resolve_id(self, prefix: str) -> str:
        """A full session id from an id or a unique prefix of one."""
        found = self._conn.execute(
            "SELECT id FROM sessions WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3",
            (prefix, rows.like_prefix(prefix)),
        ).fetchall()
        ids = [r["id"] for r in found]
        if prefix in ids:
            return prefix
        if not ids:
            raise StoreError(f"no session {prefix!r}: run `mockloop sessions` to list them")
        if len(ids) > 1:
            raise StoreError(
                f"session id {prefix!r} is ambiguous ({', '.join(ids)}, ...): type more of it"
            )
        return ids[0]

    def session_row(self, session_id: str) -> sqlite3.Row:
        row = self._conn.execute(
            "SELECT s.*, COALESCE(p.plan_json, s.plan_json) AS stored_plan FROM sessions s"
            " LEFT JOIN plans p ON p.hash = s.plan_hash WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no session {session_id!r}: run `mockloop sessions` to list them")
        return row

    def session(self, session_id: str) -> SessionInfo:
        """The session with its plan; a row that does not read is a one-line BadRowError."""
        row = self.session_row(session_id)
        count = self._conn.execute(
            "SELECT COUNT(*) FROM turns WHERE session_id = ?", (session_id,)
        ).fetchone()[0]
        try:
            return rows.session_info(row, count)
        except ValueError as exc:  # pydantic's ValidationError, or JSON that is not JSON
            raise self._note("sessions", {"id": session_id}, exc) from None

    def agenda(self, session_id: str) -> list[AgendaQuestion]:
        """The questions the session was started with, as it stored them."""
        raw = json.loads(self.session_row(session_id)["agenda_json"])
        return [AgendaQuestion.model_validate(q) for q in raw]

    def settings(self, session_id: str) -> dict[str, Any]:
        return json.loads(self.session_row(session_id)["settings_json"])

    def list_sessions(self, limit: int | None = None) -> list[SessionListing]:
        """Newest first; plans are not parsed here so listing thousands stays fast."""
        sql = (
            "SELECT s.id, s.round, s.mode, s.model, s.prompt_hash, s.started_at, s.ended_at, s.status,"
            " s.overall, s.signal, s.company,"
            " (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) AS turn_count,"
            " (SELECT CASE WHEN MIN(c.scorer) = MAX(c.scorer) THEN MIN(c.scorer) ELSE 'mixed' END"
            "  FROM scores c WHERE c.status = 'scored' AND c.id IN (SELECT MAX(id) FROM scores"
            "  WHERE session_id = s.id GROUP BY question_index)) AS scorer"
            " FROM sessions s ORDER BY s.started_at DESC, s.id DESC"
        )
        params: tuple[Any, ...] = ()
        if limit:
            sql += " LIMIT ?"
            params = (limit,)
        found = []
        for row in self._conn.execute(sql, params):
            try:
                found.append(
                    rows.session_info(
                        row,
                        row["turn_count"],
                        with_plan=False,
                        cls=SessionListing,
                        company=row["company"],
                        scorer=row["scorer"],
                    )
                )
            except ValueError as exc:
                self._note("sessions", {"id": row["id"]}, exc)
        return found

    def end_session(self, session_id: str, status: str = "ended") -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET ended_at = ?, status = ? WHERE id = ?",
                (now(), status, session_id),
            )

    def reopen_session(self, session_id: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET ended_at = NULL, status = 'active' WHERE id = ?", (session_id,)
            )

    # ------------------------------------------------------------ turns

    def add_turn(self, turn: Turn) -> Turn:
        """Append a turn at the next sequence number and commit it at once."""
        with self.transaction() as conn:
            seq = conn.execute(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM turns WHERE session_id = ?",
                (turn.session_id,),
            ).fetchone()[0]
            stored = turn.model_copy(update={"seq": seq, "created_at": turn.created_at or now()})
            conn.execute(
                "INSERT INTO turns (session_id, seq, speaker, kind, text, question_index, follow_up,"
                " question_id, director, created_at, attempt) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    stored.session_id,
                    stored.seq,
                    stored.speaker,
                    stored.kind,
                    stored.text,
                    stored.question_index,
                    int(stored.follow_up),
                    stored.question_id,
                    stored.director,
                    stored.created_at,
                    stored.attempt,
                ),
            )
        return stored

    def turns(self, session_id: str) -> list[Turn]:
        found = self._conn.execute(
            "SELECT * FROM turns WHERE session_id = ? ORDER BY seq", (session_id,)
        ).fetchall()
        return self._lenient("turns", found, rows.turn, ("session_id", "seq"))

    # ------------------------------------------------------------ scores

    def add_score(self, session_id: str, score: SegmentScore) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO scores (session_id, question_index, scorer, judge_model, rubric_hash,"
                " prompt_hash, status, data_json, created_at, attempt) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    session_id,
                    score.question_index,
                    score.scorer,
                    score.judge_model,
                    score.rubric_hash,
                    score.prompt_hash,
                    score.status,
                    score.model_dump_json(),
                    now(),
                    score.attempt,
                ),
            )

    def latest_scores(self, session_id: str) -> list[SegmentScore]:
        """The newest score of each question segment, in question order: of a question answered
        more than once (coach mode's /retry), the newest score of its last attempt."""
        found = self._conn.execute(
            "SELECT id, data_json FROM scores s WHERE session_id = ? AND id = (SELECT id FROM scores"
            " WHERE session_id = s.session_id AND question_index = s.question_index"
            " ORDER BY attempt DESC, id DESC LIMIT 1) ORDER BY question_index",
            (session_id,),
        ).fetchall()
        return self._lenient("scores", found, _score, ("id",))

    def attempt_scores(self, session_id: str) -> list[SegmentScore]:
        """The newest score of every attempt at every question, by question then attempt."""
        found = self._conn.execute(
            "SELECT id, data_json FROM scores WHERE id IN (SELECT MAX(id) FROM scores WHERE"
            " session_id = ? GROUP BY question_index, attempt) ORDER BY question_index, attempt",
            (session_id,),
        ).fetchall()
        return self._lenient("scores", found, _score, ("id",))

    def _note(self, table: str, keys: dict[str, Any], exc: Exception) -> rows.BadRowError:
        """Note an unreadable row once (``skipped``, which the CLI prints) and return its error."""
        error = rows.bad_row(self.path, table, keys, exc)
        if str(error) not in self.skipped:
            self.skipped.append(str(error))
        return error

    def _lenient(
        self, table: str, found: list[sqlite3.Row], read: Any, key: tuple[str, ...]
    ) -> Any:
        """Each row read by ``read``; one that fails is noted in ``skipped`` and left out."""
        out = []
        for row in found:
            try:
                out.append(read(row))
            except ValueError as exc:  # pydantic's ValidationError, or JSON that is not JSON
                self._note(table, {k: row[k] for k in key}, exc)
        return out

    def set_overall(self, session_id: str, overall: float | None, signal: str | None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET overall = ?, signal = ? WHERE id = ?",
                (overall, signal, session_id),
            )


def _score(row: sqlite3.Row) -> SegmentScore:
    return SegmentScore.model_validate_json(row["data_json"])
