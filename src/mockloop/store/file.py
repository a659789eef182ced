"""The session store's file on disk: is it ours and readable, can it take a write, who may read it.

Kept apart from store.py (the schema and queries) because none of it is about sessions: it
decides before the first write whether the file is a mockloop store at all, moves a damaged
or foreign file aside only when the user asked (``--reset-store``), keeps the database and
its -wal/-shm files private, and turns SQLite's error codes into messages a user can act on.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Self
from urllib.parse import quote

from mockloop.errors import StoreError

from .schema import check_version

MIN_DB_BYTES = 512  # the smallest page, so the smallest SQLite database
SIDE_FILES = ("-wal", "-shm", "-journal")
MIN_FREE_BYTES = 2 << 20  # refuse to start an interview with less free space than this
PROBE_BYTES = 256 << 10  # the preflight write: new pages, so a size limit or read-only file shows

# SQLite primary result codes (the low byte of an extended code)
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR = 3, 5, 6, 8, 10
_CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = 11, 13, 14, 23, 26
_DAMAGED = frozenset({_CORRUPT, _NOTADB})
NOT_WRITABLE = _NOT_WRITABLE = frozenset({_PERM, _READONLY, _IOERR, _CANTOPEN, _AUTH})

_UMASK_LOCK = threading.Lock()  # the umask is per process; scorer threads open stores too


def reset_hint(path: Path) -> str:
    return (
        f"it was left untouched: rerun with `mockloop --reset-store ...` to move it aside "
        f"(to {path.name}.corrupt-<time>) and start a fresh store, or set MOCKLOOP_HOME to another directory"
    )


def code(exc: sqlite3.Error) -> int:
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF


def is_damaged(exc: sqlite3.Error) -> bool:
    return code(exc) in _DAMAGED


def store_error(exc: sqlite3.Error, path: Path, doing: str = "use") -> StoreError:
    """A one-line StoreError for a SQLite failure on the store at ``path``, naming the fix."""
    found = code(exc)
    if found in _DAMAGED:
        return StoreError(f"the session store {path} is damaged ({exc}); {reset_hint(path)}")
    if found == _FULL:
        return StoreError(
            f"cannot {doing} the session store {path}: the disk is full ({exc}): "
            "free some space, or set MOCKLOOP_HOME to a directory on another disk"
        )
    if found in _NOT_WRITABLE:
        return StoreError(
            f"cannot {doing} the session store {path}: {exc} (is {path.parent} read-only?): "
            "make it writable, or set MOCKLOOP_HOME to a writable directory"
        )
    if found in (_BUSY, _LOCKED):
        return StoreError(
            f"the session store {path} stayed locked by another mockloop process for 30 s ({exc}): "
            "let that one finish, then try again"
        )
    return StoreError(f"the session store {path} failed: {exc}")


def make_private_dir(directory: Path) -> None:
    """Create the data directory 0700 (its parents as the umask says); an existing one is left alone."""
    if directory.is_dir():
        return
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(directory, 0o700)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating it 0600 if new) with autocommit and a 30 s busy timeout; then make sure the
    database and any -wal/-shm files are private. SQLite gives -wal/-shm the database's mode."""
    with _UMASK_LOCK:
        old = os.umask(0o077)
        try:
            conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        finally:
            os.umask(old)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def enable_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switch to WAL, waiting like the busy timeout would: SQLite answers "database is locked"
    at once, without its busy handler, when another process is switching a new store too."""
    deadline, delay = time.monotonic() + patience, 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if code(exc) not in (_BUSY, _LOCKED) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)


def make_private(path: Path) -> None:
    """chmod 0600 the database and its side files when they are ours and readable by others."""
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        try:
            st = os.stat(candidate)
            if st.st_mode & 0o077 and st.st_uid == os.getuid():
                os.chmod(candidate, 0o600)
        except OSError:
            continue  # gone meanwhile, or not ours to change


def problem(path: Path, deep: bool = False) -> str | None:
    """Why the file at ``path`` is not a usable mockloop store, or None when it is (or is absent).

    Reads only, and only through a read-only SQLite connection: one query for the schema version and table names in a
    single snapshot (so a store another process is migrating right now is not misread). The file
    is never opened directly: closing any descriptor of it would drop the POSIX locks this
    process's other connections hold (a scorer thread opens a store mid-interview). With ``deep``
    (the user asked to reset a bad store) the whole file is checked too.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None  # an empty file: SQLite makes it a fresh database
    if size < MIN_DB_BYTES:
        return (
            "it is not an SQLite database"  # SQLite would take a few stray bytes for an empty one
        )
    # read-only: a read-write connection would delete a stray -wal of a damaged file on close
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as exc:
        if code(exc) == _NOTADB:
            return "it is not an SQLite database"
        if is_damaged(exc):
            return f"it is damaged ({exc})"
        raise
    try:
        version, tables = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version),"
            " (SELECT group_concat(name) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%')"
        ).fetchone()
        names = set((tables or "").split(",")) - {""}
        check_version(version)  # before the first write, so a newer store stays as it is
        if version == 0 and names:
            shown = ", ".join(sorted(names)[:3])
            return f"it holds another program's tables ({shown}), not mockloop sessions"
        if version > 0 and not {"sessions", "turns"} <= names:
            return "it is an SQLite database but not a mockloop session store (no sessions table)"
        if deep:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                return f"it is damaged ({' '.join(str(verdict).split())[:120]})"
    except sqlite3.DatabaseError as exc:
        if code(exc) == _NOTADB:
            return "it is not an SQLite database"
        if is_damaged(exc):
            return f"it is damaged ({exc})"
        raise
    finally:
        conn.close()
    return None


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. In a read-only directory a WAL store has no -shm to map,
    so SQLite refuses even ``mode=ro``; there nothing can change the file, and it is opened
    immutable (the last checkpointed state)."""
    for extra in ("", "&immutable=1"):
        conn = sqlite3.connect(
            f"file:{quote(str(path))}?mode=ro{extra}", uri=True, timeout=30, isolation_level=None
        )
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")  # the WAL index is opened here
            conn.execute("PRAGMA query_only = 1")
            return conn
        except sqlite3.Error as exc:
            conn.close()
            if code(exc) != _CANTOPEN or extra:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def move_aside(path: Path) -> Path:
    """Rename the store (and its -wal/-shm) to ``<name>.corrupt-<UTC time>``; never overwrite anything.

    The side files go with it: a stale -wal left next to a fresh database could be replayed into it.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    target, n = base, 0
    while any(Path(f"{target}{s}").exists() for s in ("", *SIDE_FILES)):
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    _rename_new(path, target)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            _rename_new(side, Path(f"{target}{suffix}"))
    return target


def _rename_new(source: Path, target: Path) -> None:
    """Rename without ever replacing an existing file: a hard link fails if the target exists."""
    try:
        os.link(source, target)
    except (OSError, NotImplementedError) as exc:
        if target.exists() or isinstance(exc, FileExistsError):
            raise
        os.rename(source, target)  # a filesystem without hard links; the target was checked free
        return
    os.unlink(source)


def check_free_space(directory: Path) -> None:
    """A full disk shows up here, before the interview, rather than when the first answer is saved."""
    try:
        free = shutil.disk_usage(directory).free
    except OSError:
        return  # some filesystems cannot say; the write probe still runs
    if free < MIN_FREE_BYTES:
        raise StoreError(
            f"cannot save sessions in {directory}: the disk is full ({free // 1024} KB free): "
            "free some space, or set MOCKLOOP_HOME to a directory on another disk"
        )


class SessionLock:
    """One process at a time in a session: two `interview --resume ID` at once would interleave
    their turns. An advisory lock (flock) on <data dir>/locks/<id>.lock, released when the
    process ends however it ends; where flock is missing (Windows) nothing is locked."""

    def __init__(self, directory: Path, session_id: str) -> None:
        self.path = directory / "locks" / f"{session_id}.lock"
        self.session_id = session_id
        self.fd: int | None = None

    def __enter__(self) -> Self:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on Linux or macOS
            return self
        from mockloop.errors import UsageError

        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise UsageError(
                f"session {self.session_id} is open in another mockloop process: finish or quit "
                "it there, then resume here"
            ) from None
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = None
