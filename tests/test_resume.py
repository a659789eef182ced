"""`interview --resume` keeps what the session started with: its endpoint, its models, its
judge's scores, and its own notes and round."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackServer, Step

from .conftest import FIXTURES, SEED_NOTES
from .test_cli import ANSWERS, mockloop

pytestmark = pytest.mark.slow  # processes and real sockets

KEY = "lb-resume-SECRET-1234567890"


def _start_live_then_fail(server: LoopbackServer) -> str:
    """A live session started with flags only (no MOCKLOOP_* environment) that the server
    breaks after the first answer; Q1 is judged as the session stops."""
    server.script = [Step("[NEXT] Welcome! Walk me through your background."),
                     *[Step(status=503, error="overloaded") for _ in range(3)]]  # fmt: skip
    failed = mockloop(
        "interview", str(SEED_NOTES), "-r", "recruiter", "-n", "2",
        "--base-url", server.base_url, "--api-key-env", "LB_KEY", "--model", "lb-interviewer",
        "--judge-model", "lb-judge",
        stdin=ANSWERS[1] + "\n", env={"LB_KEY": KEY, "MOCKLOOP_RETRIES": "2"},
    )  # fmt: skip
    assert failed.returncode == 1 and "--resume" in failed.stderr
    return str(json.loads(mockloop("sessions", "--json").stdout)[0]["id"])


def test_resume_talks_to_the_endpoint_and_models_the_session_started_with(
    isolated_env: Path,
) -> None:
    with LoopbackServer() as server:
        sid = _start_live_then_fail(server)
        before = len(server.requests)
        resumed = mockloop("interview", "--resume", sid, stdin=ANSWERS[2] + "\nno\n",
                           env={"LB_KEY": KEY})  # fmt: skip
        later = server.requests[before:]
    assert resumed.returncode == 0, resumed.stderr
    assert "live · lb-interviewer" in resumed.stdout + resumed.stderr
    assert "FIREWORKS_API_KEY" not in resumed.stdout + resumed.stderr
    models = {r["model"] for r in later}
    assert "lb-interviewer" in models and models <= {"lb-interviewer", "lb-judge"}
    # the store keeps the key's variable name, never the key
    raw = (isolated_env / "mockloop.db").read_bytes()
    assert b"LB_KEY" in raw and KEY.encode() not in raw


def test_resume_offline_continues_and_keeps_the_judges_scores(isolated_env: Path) -> None:
    with LoopbackServer() as server:
        sid = _start_live_then_fail(server)
    judged = json.loads(mockloop("report", sid, "-f", "json").stdout)["segments"]
    assert [s["scorer"] for s in judged] == ["llm"]
    resumed = mockloop("interview", "--resume", sid, "--offline",
                       stdin=ANSWERS[2] + "\n/end\n")  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "live" not in resumed.stdout.split("\n")[0]
    segments = json.loads(mockloop("report", sid, "-f", "json").stdout)["segments"]
    first = next(s for s in segments if s["question_index"] == 0)
    assert first == judged[0]  # Q1 still carries the judge's scores, untouched
    db = sqlite3.connect(isolated_env / "mockloop.db")
    q1_rows = db.execute("SELECT scorer FROM scores WHERE question_index = 0").fetchall()
    assert q1_rows == [("llm",)]  # never re-graded by the heuristic


def test_resume_refuses_an_ended_session_and_notes_or_round_of_another(isolated_env: Path) -> None:
    mockloop("interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1",
             stdin=ANSWERS[1] + "\n/end\n")  # fmt: skip
    ended = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
    again = mockloop("interview", "--resume", ended, "--offline", stdin="hello\n")
    assert again.returncode != 0 and "has ended" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr

    mockloop(
        "interview",
        str(SEED_NOTES),
        "-r",
        "recruiter",
        "--offline",
        "-n",
        "2",
        stdin=ANSWERS[1] + "\n",
    )  # fmt: skip (EOF: stopped, resumable)
    stopped = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
    other_notes = FIXTURES / "notes" / "table-loop.md"
    wrong_notes = mockloop("interview", str(other_notes), "--resume", stopped, "--offline")
    assert wrong_notes.returncode == 2 and "was started on" in wrong_notes.stderr
    wrong_round = mockloop("interview", "--resume", stopped, "-r", "technical", "--offline")
    assert wrong_round.returncode == 2 and "recruiter round" in wrong_round.stderr
    same = mockloop("interview", str(SEED_NOTES), "--resume", stopped, "-r", "recruiter",
                    "--offline", stdin="/end\n")  # fmt: skip
    assert same.returncode == 0, same.stderr
