"""Coach mode (issue 14 item 1) as a user meets it: piped answers with /retry and /next, the
feedback block after each question, the change per criterion, both attempts in every report."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.interview.run import run_interview
from mockloop.interview.ui import TerminalConsole
from mockloop.notes.plan import load_plan_or_notes
from mockloop.store.db import Store

from .conftest import SEED_NOTES

runner = CliRunner()
THIN = "I worked at places and did some things there."
STRONG = (
    "I led the migration of our billing system to Postgres at Acme over six months because "
    "outages cost us customers. I planned it in three phases, wrote the runbook myself, and "
    "measured error rates weekly; we cut failed payments by 40 percent. What I learned: ship the "
    "dual-write first. That is what led me to apply for Forward Deployed PM at Fireworks."
)
COACH = ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "2", "--follow-ups",
         "0", "--coach"]  # fmt: skip


def _latest_id() -> str:
    return str(json.loads(runner.invoke(app, ["sessions", "--json"]).output)[0]["id"])


def test_a_retry_shows_feedback_the_change_per_criterion_and_both_attempts_in_every_report(
    tmp_path: Path,
) -> None:
    answers = [THIN, "/retry", STRONG, "/next", "/end"]
    result = runner.invoke(app, COACH, input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "coach mode" in out
    first = out.index("Feedback · Q1, attempt 1 (heuristic, offline)")
    second = out.index("Feedback · Q1, attempt 2 (heuristic, offline)")
    assert first < out.index("Let's take that one again.") < second
    assert "What landed:" in out and "To sharpen:" in out and "/retry" in out
    block = out[second:]
    changes = re.findall(r"Conciseness and structure\s+(\d) → (\d)", block)
    assert changes and int(changes[0][1]) > int(changes[0][0]), block
    assert "Logistics" not in out[first:second]  # not assessed by this question: not shown
    assert "against attempt 1:" in block

    sid = _latest_id()
    md = runner.invoke(app, ["report", sid, "--format", "md"]).output
    assert "## Attempts side by side" in md
    assert re.search(r"\| Conciseness and structure \| (\d) \| (\d) \| \1 → \2 \|", md), md
    html = runner.invoke(app, ["report", sid, "--format", "html"]).output
    assert "Attempts side by side" in html and "<th>Attempt 2</th>" in html
    terminal = runner.invoke(app, ["report", sid]).output
    assert "Attempt 1" in terminal and "Attempt 2" in terminal and "→" in terminal
    data = json.loads(runner.invoke(app, ["report", sid, "--format", "json"]).output)
    assert [(a["question_index"], a["attempt"]) for a in data["attempts"]] == [(0, 1), (0, 2)]
    assert data["segments"][0]["attempt"] == 2  # the round counts a question's last attempt
    transcript = runner.invoke(app, ["export", sid]).output
    assert "Q1, attempt 2" in transcript


def test_each_attempt_is_on_disk_before_the_next_prompt(isolated_env: Path) -> None:
    """When the prompt after a feedback block appears, the score shown is stored."""
    seen: list[tuple[int, int]] = []

    class Watching(TerminalConsole):
        def read_answer(self) -> str | None:
            with Store() as store:
                sid = store.list_sessions()[0].id
                turns = store.turns(sid)
                seen.append((len(turns), len(store.attempt_scores(sid))))
            return super().read_answer()

    console = Watching("Recruiter", stdin=io.StringIO(f"{THIN}\n/retry\n{STRONG}\n/next\n/end\n"))
    status = run_interview(plan=load_plan_or_notes(SEED_NOTES), round_id="recruiter",
                           settings=None, questions=2, follow_ups=0, console=console, coach=True)  # fmt: skip
    assert status == "ended"
    # before /retry: the answer and its score; before /next: the second attempt and its score
    assert seen[1][1] == 1 and seen[3][1] == 2
    with Store() as store:
        turns = store.turns(store.list_sessions()[0].id)
    assert [(t.kind, t.attempt) for t in turns if t.question_index == 0] == [
        ("question", 1), ("answer", 1), ("question", 2), ("answer", 2),
    ]  # fmt: skip


def test_a_coach_session_resumes_as_one_and_never_grades_a_shown_attempt_again() -> None:
    stopped = runner.invoke(app, COACH, input=f"{THIN}\n")  # EOF at the feedback
    assert stopped.exit_code == 0 and "Feedback · Q1, attempt 1" in stopped.output
    sid = _latest_id()
    resumed = runner.invoke(app, ["interview", "--resume", sid, "--offline"],
                            input="/retry\n" + STRONG + "\n/next\n/end\n")  # fmt: skip
    assert resumed.exit_code == 0, resumed.output
    assert "coach mode" in resumed.output
    assert "Feedback · Q1, attempt 2" in resumed.output and "→" in resumed.output
    conn = sqlite3.connect(Path(Store().directory) / "mockloop.db")
    rows = conn.execute(
        "SELECT attempt, COUNT(*) FROM scores WHERE session_id = ? GROUP BY attempt", (sid,)
    ).fetchall()
    assert rows == [(1, 1), (2, 1)]


def test_retry_and_next_outside_coach_mode_are_one_line() -> None:
    args = ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1"]
    result = runner.invoke(app, args, input="/retry\n/next\n/end\n")
    assert result.exit_code == 0
    assert "/retry works in coach mode (--coach)" in result.output
    assert "Traceback" not in result.output


def test_typing_an_answer_at_the_feedback_asks_for_retry_or_next() -> None:
    result = runner.invoke(app, COACH, input=f"{THIN}\nmore words\n/next\n/end\n")
    assert result.exit_code == 0
    assert "Your feedback is above: /retry" in result.output
    with Store() as store:
        turns = store.turns(store.list_sessions()[0].id)
    assert "more words" not in [t.text for t in turns]


@pytest.mark.slow
def test_a_live_coach_session_is_fed_back_by_the_judge(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Against the loopback model: each attempt's feedback comes from the judge (graded while
    the interviewer's next turn is decided), the retry shows the change, both are stored."""
    from tests.support.loopback import LoopbackServer
    from tests.test_live import LONG, _run

    with LoopbackServer() as server:
        answers = [LONG, "/retry", LONG, "/next", "/end"]
        status, store, sid = _run(server, monkeypatch, answers, questions=2, follow_ups=0,
                                  coach=True)  # fmt: skip
        judged = len(server.judge_requests())
    text = capsys.readouterr().out
    assert status == "ended"
    assert "Feedback · Q1, attempt 1 (LLM judge)" in text
    assert "Feedback · Q1, attempt 2 (LLM judge)" in text and "3 → 3" in text
    assert "What landed: Clear structure." in text and "To sharpen: Add a number." in text
    scores = store.attempt_scores(sid)
    assert [(s.attempt, s.scorer) for s in scores] == [(1, "llm"), (2, "llm")]
    assert judged == 2  # each attempt graded once, never again at the end
