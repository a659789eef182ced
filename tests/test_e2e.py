"""End to end: the installed CLI as a subprocess against an OpenAI-compatible SSE server
that the test starts on 127.0.0.1."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackServer, Step, assert_prefix_kept

from .conftest import SEED_NOTES
from .test_cli import ANSWERS, mockloop

pytestmark = pytest.mark.slow  # processes and real sockets: `pytest -m 'not slow'` skips them

KEY = "lb-e2e-SECRET-9876543210"


def _env(server: LoopbackServer) -> dict[str, str]:
    return {"MOCKLOOP_BASE_URL": server.base_url, "MOCKLOOP_MODEL": "loopback-model", "LB_KEY": KEY,
            "MOCKLOOP_API_KEY_ENV": "LB_KEY", "MOCKLOOP_RETRIES": "2"}  # fmt: skip


def test_live_interview_streams_stores_and_scores(isolated_env: Path) -> None:
    with LoopbackServer() as server:
        result = mockloop(
            "interview", str(SEED_NOTES), "--round", "recruiter", "-n", "3",
            stdin="\n".join(ANSWERS) + "\n", env=_env(server),
        )  # fmt: skip
        interviewer_requests = server.chat_requests()
        judge_requests = server.judge_requests()
    assert result.returncode == 0, result.stderr
    assert "[NEXT]" not in result.stdout and "[FOLLOW-UP]" not in result.stdout
    session = json.loads(mockloop("sessions", "--json").stdout)[0]
    assert session["mode"] == "llm" and session["model"] == "loopback-model"
    assert session["overall"] is not None  # background scoring finished before the CLI exited
    turns = json.loads(mockloop("export", session["id"], "-f", "json").stdout)["turns"]
    kinds = [t["kind"] for t in turns]
    assert kinds[:3] == ["question", "answer", "follow_up"]
    assert kinds[-1] == "closing"
    # every request streamed, carried the session id, and replayed the same prefix
    assert all(r["stream"] and r["user"] == session["id"] for r in interviewer_requests)
    for earlier, later in itertools.pairwise(interviewer_requests):
        assert_prefix_kept(earlier["messages"], later["messages"])
    answered = {t["question_index"] for t in turns if t["kind"] == "answer"}
    assert len(judge_requests) == len(answered)  # one judge call per answered question
    everything = result.stdout + result.stderr + json.dumps(turns)
    assert KEY not in everything


def test_server_failure_midway_keeps_session_resumable(isolated_env: Path) -> None:
    with LoopbackServer() as server:
        server.script = [Step("[NEXT] Welcome! Walk me through your background."),
                         *[Step(status=503, error="overloaded") for _ in range(3)]]  # fmt: skip
        failed = mockloop("interview", str(SEED_NOTES), "-r", "recruiter", "-n", "2",
                          stdin=ANSWERS[1] + "\n", env=_env(server))  # fmt: skip
        assert failed.returncode == 1
        assert (
            "503" in failed.stderr
            and "--resume" in failed.stderr
            and "Traceback" not in failed.stderr
        )
        sid = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
        resumed = mockloop(
            "interview", "--resume", sid, stdin=ANSWERS[2] + "\nno\n", env=_env(server)
        )
    assert resumed.returncode == 0, resumed.stderr
    turns = json.loads(mockloop("export", sid, "-f", "json").stdout)["turns"]
    assert [t["kind"] for t in turns][:3] == ["question", "answer", "question"]
    assert sum(1 for t in turns if t["text"] == ANSWERS[1]) == 1  # nothing duplicated
    assert turns[-1]["kind"] == "closing"


def test_doctor_healthy_and_broken(isolated_env: Path) -> None:
    with LoopbackServer() as server:
        healthy = mockloop("doctor", env=_env(server))
        server.script = [Step(status=401, error=f"bad key {KEY}")]
        server.responder = lambda body: Step(status=401, error=f"bad key {KEY}")
        broken = mockloop("doctor", env=_env(server))
    assert healthy.returncode == 0, healthy.stdout
    assert "FAIL" not in healthy.stdout
    assert broken.returncode == 1
    assert "FAIL" in broken.stdout and "LB_KEY" in broken.stdout
    assert KEY not in broken.stdout + broken.stderr


def test_rounds_llm_extracts_an_editable_plan(isolated_env: Path, tmp_path: Path) -> None:
    extracted = {
        "company": "Fireworks AI", "role": "Forward Deployed PM", "pitch": [],
        "candidate_questions": ["What makes someone successful in this Forward Deployed PM role?"],
        "logistics": ["pref is new york"],
        "rounds": [
            {"kind": "pm-fundamentals", "title": "1st round", "interviewer": "PMs", "focus": ["foundational pm skills"]},
            {"kind": "technical", "title": "technical conversation/experience", "interviewer": "engineering leadership",
             "focus": ["optimization levels"]},
            {"kind": "design critique", "title": "Design critique", "interviewer": None, "focus": [],
             "questions": [{"text": "Walk me through how you would critique our onboarding flow.",
                            "key_points": ["starts from the user's goal", "names the biggest problem first"]}]},
        ],
    }  # fmt: skip
    with LoopbackServer() as server:
        server.responder = lambda body: Step(json.dumps(extracted))
        result = mockloop("rounds", str(SEED_NOTES), "--llm", "--json", "--save", str(tmp_path / "p.yaml"),
                          env=_env(server))  # fmt: skip
        fmt = server.requests[0].get("response_format", {})
        asked = len(server.requests)
        # a second run is served from the cache (notes, model, endpoint): same plan, no request
        again = mockloop("rounds", str(SEED_NOTES), "--llm", "--json", env=_env(server))
        assert len(server.requests) == asked
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert [(r["id"], r["kind"]) for r in plan["rounds"]] == [
        ("pm-fundamentals", "pm-fundamentals"), ("technical", "technical"), ("design-critique", "custom"),
    ]  # fmt: skip
    assert plan["rounds"][0]["focus"][0] == {"text": "foundational pm skills", "line": 98}
    assert plan["logistics"][0]["line"] == 131
    assert fmt.get("type") == "json_schema"
    assert "rounds" in (tmp_path / "p.yaml").read_text()
    assert again.returncode == 0 and json.loads(again.stdout)["rounds"] == plan["rounds"]
    # the drafted questions of the custom round are in the plan file and on its agenda
    assert plan["rounds"][2]["questions"][0]["key_points"][0] == "starts from the user's goal"
    persona = mockloop("persona", str(tmp_path / "p.yaml"), "--round", "design-critique")
    assert persona.returncode == 0, persona.stderr
    assert "Q1: Walk me through how you would critique our onboarding flow." in persona.stdout


def test_a_configured_model_reads_the_notes_and_a_failure_falls_back_to_the_parser(
    isolated_env: Path,
) -> None:
    with LoopbackServer() as server:
        server.responder = lambda body: Step(json.dumps({"company": "X", "rounds": []}))
        result = mockloop("rounds", str(SEED_NOTES), "--json", env=_env(server))
        asked = len(server.requests)
    assert result.returncode == 0, result.stderr
    assert asked >= 1 and "using the parser" in result.stderr
    assert len(json.loads(result.stdout)["rounds"]) >= 5  # the parser's plan, never an empty one
    with LoopbackServer() as server:
        forced = mockloop("rounds", str(SEED_NOTES), "--json", "--heuristic", env=_env(server))
        assert server.requests == []
    assert forced.returncode == 0 and json.loads(forced.stdout) == json.loads(result.stdout)
