"""The structure behind the benchmarks (bench/run.py measures the times; nothing here is timed).

- `openai` (about half a second to import) stays out of `mockloop --help`, `mockloop rounds` and
  an offline interview.
- A live session makes one request per interviewer turn and one judge call per answered question.
- Every pending judge call can run at once, so the report is one judge call after /end however
  fast the answers came.
- The long session list (`mockloop sessions` with thousands of rows) prints exactly what the rich
  table printed.

Consecutive interviewer requests replaying a byte-identical prefix (what a provider's prefix
cache needs) is checked by tests/test_live.py::test_history_is_append_only_and_session_id_is_sent,
tests/test_live.py::test_resume_replays_identical_prefix and tests/test_e2e.py; not repeated here.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from rich import box
from rich.console import Console
from rich.table import Table

from mockloop.cli.views import SESSION_COLUMNS, _session_row, print_sessions
from mockloop.interview.run import run_interview
from mockloop.interview.ui import TerminalConsole
from mockloop.llm.settings import resolve_settings
from mockloop.notes.plan import load_plan_or_notes
from mockloop.records import AgendaQuestion, InterviewPlan, SessionInfo, Turn
from mockloop.scoring.aggregate import Segment, SegmentScore
from mockloop.scoring.grading import BackgroundScorer, unscored
from mockloop.store.db import Store
from tests.support.loopback import LoopbackServer

from .conftest import ROOT, SEED_NOTES

PROBE = """\
import sys
from mockloop.cli.app import main
sys.argv = ["mockloop", *sys.argv[1:]]
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
print(f"EXIT={code} OPENAI={'openai' in sys.modules}", file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["--help"], ""),
        (["rounds", "fixtures/notes/fireworks-fdpm.md"], ""),
        (
            [
                "interview",
                "fixtures/notes/fireworks-fdpm.md",
                "-r",
                "recruiter",
                "--offline",
                "-n",
                "2",
            ],
            "I run GPU infrastructure programs.\n/end\n",
        ),
        # no key and no --offline: the offline fallback must not import the SDK either
        (
            ["interview", "fixtures/notes/fireworks-fdpm.md", "-r", "recruiter", "-n", "1"],
            "An answer.\n/end\n",
        ),
    ],
    ids=["help", "rounds", "offline-interview", "keyless-fallback"],
)
@pytest.mark.slow
def test_openai_is_not_imported(args: list[str], stdin: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], input=stdin, capture_output=True, text=True, timeout=120,
        cwd=ROOT, env=os.environ, check=False,
    )  # fmt: skip
    assert "EXIT=0 " in done.stderr, done.stderr[-2000:]
    assert "OPENAI=False" in done.stderr, "openai was imported"


LONG = (
    "At my last job I led a migration of our inference fleet to FP8 which cut cost per million "
    "tokens by 38 percent while keeping eval quality flat, and I owned the customer rollout."
)


@pytest.mark.slow
def test_live_session_request_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """One interviewer request per interviewer turn, one judge call per answered question,
    nothing else (no retries, no extra calls on a healthy server)."""
    monkeypatch.setenv("LOOPBACK_KEY", "lb-test-key")
    answers = ["Short one.", LONG, LONG, "Where is the team based?", "no thanks"]
    with LoopbackServer() as server:
        settings = resolve_settings(
            base_url=server.base_url, api_key_env="LOOPBACK_KEY", model="loopback-model"
        )
        console = TerminalConsole(
            "Engineer", stdin=io.StringIO("".join(a + "\n" for a in answers)), interactive=False
        )
        status = run_interview(plan=load_plan_or_notes(SEED_NOTES), round_id="technical", settings=settings,
                               questions=2, console=console)  # fmt: skip
        chat, judge, everything = (
            server.chat_requests(),
            server.judge_requests(),
            list(server.requests),
        )
    store = Store()
    turns = store.turns(store.list_sessions()[0].id)
    assert status == "ended"
    interviewer_turns = [t for t in turns if t.speaker == "interviewer"]
    answered = {t.question_index for t in turns if t.kind == "answer"}
    assert "follow_up" in [t.kind for t in interviewer_turns]
    assert len(chat) == len(interviewer_turns)
    assert len(judge) == len(answered) == 2
    assert len(everything) == len(chat) + len(judge)


def test_every_pending_judge_call_runs_at_once(isolated_env: Path) -> None:
    """Six finished segments handed over at once are all scored concurrently: each scorer call
    waits at a barrier that opens only when all six are running."""
    questions = 6
    store = Store()
    agenda = [
        AgendaQuestion(id=f"q{i}", text=f"Question {i}?", kind="technical")
        for i in range(questions)
    ]
    sid = store.create_session(round_id="technical", mode="llm", plan=InterviewPlan(), persona="p",
                               prompt_hash="h", agenda=[q.model_dump() for q in agenda])  # fmt: skip
    barrier = threading.Barrier(questions, timeout=20)
    met: list[int] = []

    def scorer(segment: Segment) -> SegmentScore:
        barrier.wait()  # BrokenBarrierError (unscored) if fewer than six run at once
        met.append(segment.question_index)
        return unscored(segment, "test")

    turns = []
    for i in range(questions):
        turns.append(
            Turn(
                session_id=sid,
                seq=2 * i,
                speaker="interviewer",
                kind="question",
                text=f"Q{i}?",
                question_index=i,
            )
        )
        turns.append(
            Turn(
                session_id=sid,
                seq=2 * i + 1,
                speaker="candidate",
                kind="answer",
                text=LONG,
                question_index=i,
            )
        )
    BackgroundScorer(store, sid, "technical", agenda, scorer).finish(turns)
    assert sorted(met) == list(range(questions))


def _rich_table(found: list[SessionInfo], console: Console) -> None:
    """The session list as rich lays it out, cell by cell (the reference)."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
    for column in SESSION_COLUMNS:
        table.add_column(column, no_wrap=True, justify="right" if column == "turns" else "left")
    for s in found:
        table.add_row(*_session_row(s))
    console.print(table)


@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
@pytest.mark.parametrize("width", [120, 80, 64, 40])
def test_long_session_list_prints_what_the_rich_table_printed(width: int, terminal: bool) -> None:
    rng = random.Random(width)
    found = [
        SessionInfo(
            id=f"2026{rng.randint(1, 12):02d}01-0{rng.randint(0, 9)}0000-{n:04x}",
            round=rng.choice(["technical", "recruiter", "pm-fundamentals", "partnerships"]),
            mode="llm",
            started_at=f"2026-01-01T0{n % 10}:{n % 60:02d}:00+00:00",
            status=rng.choice(["ended", "interrupted", "active"]),
            turn_count=rng.randint(0, 3000),
            overall=rng.choice([None, 2.5, 4.75]),
            signal=rng.choice([None, "mixed", "strong yes"]),
        )
        for n in range(200)
    ]
    fast, reference = io.StringIO(), io.StringIO()
    print_sessions(found, Console(file=fast, width=width, force_terminal=terminal, highlight=False))
    _rich_table(
        found, Console(file=reference, width=width, force_terminal=terminal, highlight=False)
    )
    assert fast.getvalue() == reference.getvalue()
