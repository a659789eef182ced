"""feedback, score, report and calibrate through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mockloop.catalog.library import load_round
from tests.support.loopback import LoopbackServer

from .conftest import FIXTURES, SEED_NOTES
from .test_cli import ANSWERS, mockloop
from .test_e2e import _env

STRONG = (
    "Prefix caching reuses the KV cache for a shared prompt prefix, so the server skips prefill for "
    "those tokens. For a support bot with a 3,000-token system prompt that cut time to first token by "
    "half and input cost by up to 80 percent on cached tokens; the trade-off is cache memory, so keep "
    "the system prompt stable and the history append-only."
)

pytestmark = pytest.mark.slow  # processes and real sockets: `pytest -m 'not slow'` skips them


def test_feedback_offline_from_stdin_as_json() -> None:
    result = mockloop("feedback", "-r", "technical", "-q", "How does prefix caching cut cost?", "--offline",
                      "--json", stdin=STRONG)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["scorer"] == "heuristic" and data["status"] == "scored"
    rubric_ids = {c.id for c in load_round("technical").rubric.criteria}
    scored = {c["criterion_id"] for c in data["criteria"]}
    assert scored and scored | set(data["not_assessed"]) == rubric_ids  # each one, or said why not
    for criterion in data["criteria"]:
        assert 1 <= criterion["score"] <= 5
        assert all(quote.lower() in STRONG.lower() for quote in criterion["evidence"])


def test_feedback_terminal_shows_improvements_and_padding_does_not_help() -> None:
    plain = mockloop("feedback", "-r", "technical", "-q", "How does prefix caching cut cost?", "--offline",
                     "--answer", STRONG)  # fmt: skip
    assert plain.returncode == 0 and "improvements" in plain.stdout.lower()
    padded_answer = (
        STRONG + " Basically, at the end of the day, it's kind of like, you know, synergy. " * 6
    )
    scores = []
    for answer in (STRONG, padded_answer):
        out = mockloop("feedback", "-r", "technical", "-q", "How does prefix caching cut cost?", "--offline",
                       "--json", "--answer", answer)  # fmt: skip
        scores.append(sum(c["score"] for c in json.loads(out.stdout)["criteria"]))
    assert scores[1] <= scores[0]


def test_feedback_needs_an_answer() -> None:
    result = mockloop("feedback", "-r", "technical", "-q", "Why?", "--offline", "--answer", "  ")
    assert result.returncode == 2 and "empty" in result.stderr


def test_feedback_needs_a_question() -> None:
    result = mockloop("feedback", "-r", "behavioral", "-q", "   ", "--offline", stdin=STRONG)
    assert result.returncode == 2 and "the question is empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_report_every_format_after_offline_interview(isolated_env: Path, tmp_path: Path) -> None:
    mockloop(
        "interview",
        str(SEED_NOTES),
        "-r",
        "recruiter",
        "--offline",
        "-n",
        "3",
        stdin="\n".join(ANSWERS) + "\n",
    )
    session = json.loads(mockloop("sessions", "--json").stdout)[0]
    assert session["overall"] is not None  # the session list shows progress
    sid = session["id"]
    terminal = mockloop("report", sid)
    assert terminal.returncode == 0 and "heuristic" in terminal.stdout.lower()
    for fmt in ("md", "html", "json"):
        out = tmp_path / f"report.{fmt}"
        result = mockloop("report", sid, "--format", fmt, "--output", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 500
    html = (tmp_path / "report.html").read_text()
    assert "<svg" in html and "<mark>" in html and "https://" not in html
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["round_score"]["overall"] == session["overall"]


def test_score_regrade_with_llm_judge_shows_changes(isolated_env: Path) -> None:
    mockloop(
        "interview",
        str(SEED_NOTES),
        "-r",
        "recruiter",
        "--offline",
        "-n",
        "2",
        stdin="\n".join(ANSWERS) + "\n",
    )
    sid = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
    with LoopbackServer() as server:
        result = mockloop("score", sid, "--regrade", env=_env(server))
        judged = len(server.judge_requests())
    assert result.returncode == 0, result.stderr
    assert "before" in result.stdout and "→" in result.stdout
    assert judged >= 2  # every answered question judged again
    report = json.loads(mockloop("report", sid, "-f", "json").stdout)
    assert {s["scorer"] for s in report["segments"]} == {"llm"}


def test_calibrate_offline_meets_the_bar() -> None:
    result = mockloop("calibrate", "--offline", "--json", "--set", str(FIXTURES / "calibration"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["count"] >= 40 and data["spearman"] >= 0.6 and data["unscored"] == []
    # every shipped set, ~3000 answers: about 50 s on one busy core, so not the usual minute
    table = mockloop("calibrate", "--offline", timeout=300)
    assert "Spearman" in table.stdout and "kappa" in table.stdout
