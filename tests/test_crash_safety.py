"""Crash safety and concurrency: kill -9 at any point loses nothing that was shown, two processes
share the data directory, a bad database file is never overwritten, and a store that cannot
take a write fails before the interview starts."""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mockloop.errors import StoreError
from mockloop.records import InterviewPlan, Turn
from mockloop.store.db import DB_NAME, Store
from tests.support.loopback import LoopbackServer, Step, scripted_interviewer

from .conftest import SEED_NOTES
from .test_cli import BIN, mockloop

pytestmark = [pytest.mark.slow]  # processes and real sockets: `pytest -m 'not slow'` skips them

LABEL = "Recruiter"  # the seed notes' recruiter round interviewer, printed before each turn
INPUTS = [
    f"At Microsoft I led orchestration for 5,000 H100 GPUs; I built the runbooks and we cut failed jobs by "
    f"{n * 10} percent in one quarter, which the org adopted (answer {n})."
    for n in range(1, 9)
]


# ---------------------------------------------------------------- driving the CLI as a user would


class Driver:
    """The installed CLI in a subprocess: answers written one line at a time, stdout read as it comes."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [str(BIN), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )  # fmt: skip
        self._out = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while chunk := self.proc.stdout.read1(65536):
            with self._lock:
                self._out += chunk

    @property
    def output(self) -> str:
        with self._lock:
            return self._out.decode("utf-8", "replace")

    def wait_until(self, ready, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not ready(self.output):
            if self.proc.poll() is not None and not ready(self.output):
                raise AssertionError(
                    f"the CLI exited ({self.proc.returncode}) early:\n{self.output[-2000:]}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting; output so far:\n{self.output[-2000:]}")
            time.sleep(0.01)

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def kill(self) -> str:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._reader.join(timeout=10)
        return self.output

    def finish(self, timeout: float = 60) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=timeout)
        self._reader.join(timeout=10)
        assert self.proc.returncode == 0, (
            self.proc.stderr.read().decode() if self.proc.stderr else ""
        )
        return self.output


INFO = re.compile(r"^(?:Score: |Scoring your answers|Session \S+ saved ).*\n?", re.MULTILINE)


def shown_turns(output: str) -> tuple[list[tuple[str, str]], tuple[str, str] | None]:
    """(turns shown completely, the last one if it was still arriving) as (speaker, text).

    A turn is complete once anything follows it: the next label, or the newline that ends an
    interviewer turn (written only after the turn is stored)."""
    output = INFO.sub("", output)
    parts = re.split(rf"\n\n(You|{LABEL})\n", output)
    pairs = zip(parts[1::2], parts[2::2], strict=True)
    blocks = [("candidate" if who == "You" else "interviewer", text) for who, text in pairs]
    blocks = [
        (who, text) for who, text in blocks if not (who == "candidate" and text.startswith("/"))
    ]  # commands
    if not blocks:
        return [], None
    *done, (speaker, last) = blocks
    clean = [(s, " ".join(t.split())) for s, t in done]
    if last.strip() and last.endswith("\n"):
        return [*clean, (speaker, " ".join(last.split()))], None
    return clean, (speaker, last)


def at_prompt(output: str) -> bool:
    """The last thing shown is a complete interviewer turn: the CLI is waiting for an answer."""
    done, pending = shown_turns(output)
    return pending is None and bool(done) and done[-1][0] == "interviewer"


def mid_turn(output: str) -> bool:
    """An interviewer turn has started to arrive and has not finished."""
    _, pending = shown_turns(output)
    return pending is not None and pending[0] == "interviewer" and len(pending[1].strip()) > 3


def stored(home: Path) -> list[tuple[int, str, str, str]]:
    conn = sqlite3.connect(home / DB_NAME)
    try:
        rows = conn.execute(
            "SELECT seq, speaker, kind, text FROM turns ORDER BY session_id, seq"
        ).fetchall()
    finally:
        conn.close()
    return [(seq, speaker, kind, " ".join(text.split())) for seq, speaker, kind, text in rows]


def check_shown_were_stored(home: Path, before: int, output: str) -> None:
    """Every turn this run showed completely is in the store, in order, after the earlier ones.

    A resumed run first shows again the question the candidate is answering: that one is old."""
    done, _ = shown_turns(output)
    earlier = stored(home)[:before]
    if earlier and earlier[-1][1] == "interviewer" and earlier[-1][2] != "closing" and done:
        assert done[0] == ("interviewer", earlier[-1][3]), (done[0], earlier[-1])
        done = done[1:]
    new = [(speaker, text) for _, speaker, _, text in stored(home)[before:]]
    assert new[: len(done)] == done, (new, done)
    assert len(new) <= len(done) + 1  # at most one turn was stored but not yet shown


def next_input(home: Path) -> str:
    answered = sum(1 for _, speaker, _, _ in stored(home) if speaker == "candidate")
    return INPUTS[answered]


def check_final(home: Path) -> None:
    turns = stored(home)
    assert [seq for seq, *_ in turns] == list(range(len(turns)))
    answers = [text for _, speaker, _, text in turns if speaker == "candidate"]
    assert len(answers) == len(set(answers))  # nothing stored twice
    assert answers == [
        " ".join(i.split()) for i in INPUTS[: len(answers)]
    ]  # nothing lost, in order
    assert turns[-1][2] == "closing"


# ---------------------------------------------------------------- kill -9


def test_kill_9_at_random_points_of_an_offline_interview_loses_nothing_shown(
    isolated_env: Path,
) -> None:
    home = isolated_env
    start = ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "3"]
    run = Driver(*start)  # 1: killed right after an answer is written
    run.wait_until(at_prompt)
    run.send(INPUTS[0])
    check_shown_were_stored(home, 0, run.kill())
    sid = sqlite3.connect(home / DB_NAME).execute("SELECT id FROM sessions").fetchone()[0]
    for pause in (
        None,
        0.0,
        0.02,
        0.1,
    ):  # 2: at the next prompt; 3-5: at varied moments after an answer
        before = len(stored(home))
        run = Driver("interview", "--resume", sid)
        run.wait_until(at_prompt)
        run.send(next_input(home))
        if pause is None:
            run.wait_until(lambda out: at_prompt(out) and out.count(f"\n\n{LABEL}\n") >= 2)
        else:
            time.sleep(pause)
        check_shown_were_stored(home, before, run.kill())
    before = len(stored(home))
    run = Driver("interview", "--resume", sid)
    run.wait_until(at_prompt)
    run.send(next_input(home))
    run.send("/end")
    check_shown_were_stored(home, before, run.finish())
    check_final(home)


def _slow_interviewer(body: dict) -> Step:
    """The scripted interviewer, with every interviewer reply stalling after three words."""
    step = scripted_interviewer(body)
    if "interview assessor" in str(body["messages"][0]["content"]):
        return step
    step.stall_after, step.stall = 3, 0.4
    return step


def test_kill_9_mid_stream_of_a_live_interview_loses_nothing_shown(isolated_env: Path) -> None:
    home = isolated_env
    with LoopbackServer(responder=_slow_interviewer) as server:
        env = {"MOCKLOOP_BASE_URL": server.base_url, "MOCKLOOP_MODEL": "loopback-model", "LB_KEY": "lb-key-1234",
               "MOCKLOOP_API_KEY_ENV": "LB_KEY", "MOCKLOOP_RETRIES": "0"}  # fmt: skip
        run = Driver("interview", str(SEED_NOTES), "-r", "recruiter", "-n", "3", env=env)
        run.wait_until(mid_turn)  # 1: killed while the greeting streams
        out = run.kill()
        assert shown_turns(out)[1] is not None  # it really was mid-turn: the stall is 0.4 s
        check_shown_were_stored(home, 0, out)
        sid = sqlite3.connect(home / DB_NAME).execute("SELECT id FROM sessions").fetchone()[0]
        for mid in (True, False):  # 2: mid-stream after an answer; 3: right after one
            before = len(stored(home))
            run = Driver("interview", "--resume", sid, env=env)
            run.wait_until(at_prompt)
            run.send(next_input(home))
            if mid:
                run.wait_until(mid_turn)
            check_shown_were_stored(home, before, run.kill())
        server.responder = scripted_interviewer
        before = len(stored(home))
        run = Driver("interview", "--resume", sid, env=env)
        run.wait_until(at_prompt)
        run.send(next_input(home))
        run.send("/end")
        check_shown_were_stored(home, before, run.finish())
    check_final(home)


# ---------------------------------------------------------------- two processes, one directory


def test_two_concurrent_offline_interviews_share_the_directory(isolated_env: Path) -> None:
    answers = "\n".join([*INPUTS[:4], "no, that's all"]) + "\n"
    procs = [
        subprocess.Popen(
            [str(BIN), "interview", str(SEED_NOTES), "-r", round_id, "--offline", "-n", "3"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for round_id in ("recruiter", "technical")
    ]  # fmt: skip
    results = [p.communicate(answers, timeout=60) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err.lower()
    conn = sqlite3.connect(isolated_env / DB_NAME)
    sessions = conn.execute("SELECT id, status FROM sessions").fetchall()
    assert len(sessions) == 2 and all(status == "ended" for _, status in sessions)
    for sid, _ in sessions:
        seqs = [
            r[0]
            for r in conn.execute("SELECT seq FROM turns WHERE session_id = ? ORDER BY seq", (sid,))
        ]
        assert seqs == list(range(len(seqs))) and len(seqs) >= 6


def _writer(
    home: str, shared: str | None, worker: int, count: int, go: multiprocessing.synchronize.Event
) -> None:
    os.environ["MOCKLOOP_HOME"] = home
    go.wait(10)
    store = Store()  # on a fresh directory every worker races to create and migrate the database
    own = store.create_session(round_id="recruiter", mode="offline", plan=InterviewPlan(), persona="p",
                               prompt_hash="h", agenda=[])  # fmt: skip
    for n in range(count):
        for sid in filter(None, (own, shared)):
            store.add_turn(
                Turn(
                    session_id=sid,
                    seq=-1,
                    speaker="candidate",
                    kind="answer",
                    text=f"w{worker}-{n}",
                )
            )
    store.close()


@pytest.mark.parametrize("fresh", [True, False], ids=["fresh-directory", "shared-session"])
def test_many_processes_adding_turns_at_once_lose_nothing(tmp_path: Path, fresh: bool) -> None:
    home, workers, count = tmp_path / "data", 4, 60
    shared = None
    if not fresh:
        os.environ["MOCKLOOP_HOME"] = str(home)
        store = Store(home)
        shared = store.create_session(round_id="recruiter", mode="offline", plan=InterviewPlan(), persona="p",
                                      prompt_hash="h", agenda=[])  # fmt: skip
        store.close()
    ctx = multiprocessing.get_context("fork")
    go = ctx.Event()
    procs = [
        ctx.Process(target=_writer, args=(str(home), shared, w, count, go)) for w in range(workers)
    ]
    for proc in procs:
        proc.start()
    go.set()
    for proc in procs:
        proc.join(60)
        assert (
            proc.exitcode == 0
        )  # a "database is locked" would have ended the worker with an error
    conn = sqlite3.connect(home / DB_NAME)
    for (sid,) in conn.execute("SELECT id FROM sessions"):
        rows = conn.execute(
            "SELECT seq, text FROM turns WHERE session_id = ? ORDER BY seq", (sid,)
        ).fetchall()
        assert [r[0] for r in rows] == list(range(len(rows)))
        assert len({r[1] for r in rows}) == len(rows)
    total = conn.execute("SELECT COUNT(*) FROM turns").fetchone()[0]
    assert total == workers * count * (1 if fresh else 2)


# ---------------------------------------------------------------- a damaged or foreign database


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'cat');"
    )
    conn.close()


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is my shopping list, not a database\n" * 100)


def _damaged(path: Path) -> None:
    store = Store(path.parent)
    sid = store.create_session(round_id="recruiter", mode="offline", plan=InterviewPlan(company="A" * 5000),
                               persona="p" * 20_000, prompt_hash="h", agenda=[])  # fmt: skip
    for n in range(40):
        store.add_turn(
            Turn(session_id=sid, seq=-1, speaker="candidate", kind="answer", text=f"{n}" * 3000)
        )
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (
        len(data) - 4096
    )  # every page past the schema: the header still reads fine
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make", [_garbage, _foreign, _damaged], ids=["not-sqlite", "foreign-sqlite", "damaged-pages"]
)
def test_a_bad_database_is_an_error_until_reset_store_moves_it_aside(
    isolated_env: Path, make
) -> None:
    isolated_env.mkdir(parents=True, exist_ok=True)
    db = isolated_env / DB_NAME
    make(db)
    original = db.read_bytes()
    commands = [
        ["sessions"],
        ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1"],
    ]
    for command in commands if make is _garbage else commands[:1]:
        refused = mockloop(*command, stdin="hello\n/end\n")
        assert refused.returncode != 0
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and str(db) in lines[0] and "--reset-store" in lines[0], (
            refused.stderr
        )
        assert "Traceback" not in refused.stderr and f"\n\n{LABEL}\n" not in refused.stdout
        assert db.read_bytes() == original  # untouched
    reset = mockloop("--reset-store", "sessions", "--json")
    assert reset.returncode == 0, reset.stderr
    assert reset.stdout.strip() == "[]" and "moved" in reset.stderr
    aside = [
        p
        for p in isolated_env.iterdir()
        if p.name.startswith(f"{DB_NAME}.corrupt-") and p.suffix != ".db-wal"
    ]
    moved = [p for p in aside if not p.name.endswith(("-wal", "-shm"))]
    assert len(moved) == 1 and moved[0].read_bytes() == original
    assert re.fullmatch(rf"{re.escape(DB_NAME)}\.corrupt-\d{{8}}T\d{{6}}Z", moved[0].name)
    again = mockloop("--reset-store", "interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1",
                     stdin="/end\n")  # fmt: skip
    assert again.returncode == 0 and "moved" not in again.stderr  # a healthy store is left alone
    assert mockloop("sessions", "--json").stdout.count('"id"') == 1


def test_reset_never_overwrites_an_earlier_copy(isolated_env: Path) -> None:
    isolated_env.mkdir(parents=True)
    db = isolated_env / DB_NAME
    copies = []
    for n in range(3):  # three resets within the same second
        _garbage(db)
        db.write_bytes(db.read_bytes() + str(n).encode())
        (isolated_env / f"{DB_NAME}-wal").write_bytes(b"stale wal %d" % n)
        store = Store(reset_unusable=True)
        store.close()
        assert store.moved_aside is not None
        copies.append(store.moved_aside)
        assert (
            Path(f"{store.moved_aside}-wal").read_bytes() == b"stale wal %d" % n
        )  # the WAL went with it
    assert len(set(copies)) == 3
    assert [c.read_bytes()[-1:] for c in copies] == [b"0", b"1", b"2"]


# ---------------------------------------------------------------- full disk, read-only directory


def test_preflight_reports_a_full_database(isolated_env: Path) -> None:
    store = Store()
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL on the next new page
    with pytest.raises(StoreError, match="disk is full"):
        store.check_writable()
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    store.check_writable()
    assert store.list_sessions() == []  # the probe row was rolled back


def test_preflight_reports_a_read_only_store(isolated_env: Path) -> None:
    store = Store()
    store._conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StoreError, match="read-only") as caught:
        store.check_writable()
    assert str(store.path) in str(caught.value) and "\n" not in str(caught.value)


def test_preflight_reports_a_nearly_full_disk(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store()
    monkeypatch.setattr(
        shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096)
    )
    with pytest.raises(StoreError, match="disk is full"):
        store.check_writable()


SITE_HOOKS = {
    "read-only": (
        (
            "import sqlite3\n_connect = sqlite3.connect\n"
            "def connect(*a, **k):\n    conn = _connect(*a, **k)\n"
            "    conn.execute('PRAGMA query_only = 1')\n    return conn\n"
            "sqlite3.connect = connect\n"
        ),
        "read-only",
    ),
    "disk-full": (
        "import shutil\nshutil.disk_usage = lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 1024, 1024)\n",
        "disk is full",
    ),
}


@pytest.mark.parametrize("hook", SITE_HOOKS, ids=list(SITE_HOOKS))
def test_interview_fails_before_the_first_question_when_the_store_cannot_take_a_write(
    tmp_path: Path, isolated_env: Path, hook: str
) -> None:
    Store().close()  # an existing, healthy store
    code, needle = SITE_HOOKS[hook]
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(code)
    run = mockloop("interview", str(SEED_NOTES), "-r", "recruiter", "--offline", stdin=f"{INPUTS[0]}\n",
                   env={"PYTHONPATH": str(tmp_path / "site")})  # fmt: skip
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1 and needle in run.stderr, run.stderr
    assert f"{LABEL}\n" not in run.stdout  # no question was asked


def test_data_directory_under_a_file_fails_before_the_first_question(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    run = mockloop("interview", str(SEED_NOTES), "-r", "recruiter", "--offline", stdin=f"{INPUTS[0]}\n",
                   env={"MOCKLOOP_HOME": str(blocker / "data")})  # fmt: skip
    assert run.returncode == 1
    assert "MOCKLOOP_HOME" in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert f"{LABEL}\n" not in run.stdout


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores directory permissions"
)
def test_read_only_data_directory_fails_before_the_first_question(isolated_env: Path) -> None:
    Store().close()
    for leftover in isolated_env.glob(f"{DB_NAME}-*"):
        leftover.unlink()
    os.chmod(isolated_env / DB_NAME, 0o400)
    os.chmod(isolated_env, 0o500)
    try:
        run = mockloop(
            "interview", str(SEED_NOTES), "-r", "recruiter", "--offline", stdin=f"{INPUTS[0]}\n"
        )
    finally:
        os.chmod(isolated_env, 0o700)
    assert run.returncode == 1 and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert f"{LABEL}\n" not in run.stdout


if sys.platform != "linux":  # pragma: no cover - fork and SIGKILL semantics are Linux's here
    pytestmark.append(pytest.mark.skip("Linux only"))
