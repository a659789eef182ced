"""`mockloop selftest`: the checks on interviewer turns, the scripted candidate, and whole runs
against the loopback server with a well-behaved and a misbehaving interviewer."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.interview.interviewers.guard import Guard
from mockloop.interview.selftest import (
    SCRIPTS,
    ScriptedCandidate,
    asks,
    check_turns,
    run_selftest,
)
from mockloop.interview.turns import Reply
from mockloop.llm.settings import resolve_settings
from mockloop.records import InterviewPlan, Turn
from mockloop.store.db import Store
from tests.support.loopback import LoopbackServer, Step, scripted_interviewer

from .conftest import SEED_NOTES
from .test_cli import mockloop

runner = CliRunner()
GUARD = Guard.for_session(
    ["time to first token dominates perceived latency for chat users"], [], max_words=40
)


def _session(*interviewer: tuple[str, str], index: int = 0) -> list[Turn]:
    """Interviewer turns (kind, text), each followed by a candidate answer; ends with a closing
    unless the last given turn is one."""
    turns: list[Turn] = []
    for kind, text in interviewer:
        in_q = kind in ("question", "follow_up")
        turns.append(Turn(session_id="s", seq=len(turns), speaker="interviewer", kind=kind,  # type: ignore[arg-type]
                          text=text, question_index=index if in_q else None))  # fmt: skip
        if kind != "closing":
            turns.append(Turn(session_id="s", seq=len(turns), speaker="candidate", kind="answer",
                              text="An answer.", question_index=index if in_q else None))  # fmt: skip
    return turns


CLOSE = ("closing", "Thanks for your time today. The team will be in touch.")
OPEN = ("question", "Hi, thanks for joining. How do you break down latency for an LLM app?")


@pytest.mark.parametrize(
    ("turns", "failed"),
    [
        ([OPEN, CLOSE], set()),
        ([("question", "What is batching? Why does it help? And what does it cost?"), CLOSE], {"one-question"}),
        ([("question", "Tell me about batching. Walk me through the KV cache."), CLOSE], {"one-question"}),
        ([("question", "Go on. " + "word " * 45 + "?"), CLOSE], {"length"}),
        ([("question", "A strong answer covers prefill and decode. What is TTFT?"), CLOSE], {"no-leak"}),
        ([("question", "Time to first token dominates perceived latency for chat users, right?"), CLOSE], {"no-leak"}),
        ([("question", "What is TTFT?\nCandidate: TTFT is the time to the first token."), CLOSE], {"own-turn"}),
        ([("question", "What is TTFT? <end_of_turn>"), CLOSE], {"own-turn"}),
        ([("question", "What is TTFT? Here's how I would answer: measure it."), CLOSE], {"own-turn"}),
        ([("question", "<||im_end|>"), CLOSE], {"own-turn"}),
        ([("question", "<user>I think the best thing is a walk."), CLOSE], {"own-turn"}),
        ([OPEN, ("invite", "Thanks. How do you break down latency for an LLM app?"), CLOSE], {"no-repeat"}),
        ([OPEN, ("follow_up", "Can you give one example?"), ("follow_up", "Can you give one example?"), CLOSE],
         {"no-repeat", "follow-ups"}),
        ([OPEN, ("follow_up", "Thanks. How do you break down latency for an LLM app?"), CLOSE], {"no-repeat"}),
        ([OPEN, ("follow_up", "Which part dominates?"), ("follow_up", "And what would you cut first?"), CLOSE],
         {"follow-ups"}),
        ([OPEN, ("closing", "Thanks! Before you go, what is prefill?")], {"close"}),
        ([OPEN], {"close"}),
    ],
)  # fmt: skip
def test_checks_name_each_broken_rule(turns: list[tuple[str, str]], failed: set[str]) -> None:
    session = _session(*turns)
    status = "ended" if session[-1].kind == "closing" else "interrupted"
    found = check_turns(session, GUARD, follow_ups=1, status=status)
    assert {f.check for f in found} == failed, found


def test_the_same_probe_on_another_question_is_not_a_repeat() -> None:
    probe = "Can you give me one specific example, with the result?"
    turns = _session(OPEN, ("follow_up", probe)) + _session(
        ("question", "What is continuous batching?"), ("follow_up", probe), CLOSE, index=1
    )
    for seq, turn in enumerate(turns):
        turn.seq = seq
    assert check_turns(turns, GUARD, follow_ups=1, status="ended") == []


def test_a_stopped_session_fails_the_close_with_the_reason() -> None:
    found = check_turns(_session(OPEN), GUARD, 1, "stopped", error="503 overloaded")
    assert [(f.check, f.detail) for f in found] == [
        ("close", "the session stopped: 503 overloaded")
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Hi, I'm Sam. Tell me about yourself.", 1),
        ("Thanks. What drew you to this role?", 1),
        ("Great. Walk me through it. Why that design?", 2),
        ("Thanks for your time today.", 0),
    ],
)
def test_asks_counts_questions_and_requests(text: str, count: int) -> None:
    assert asks(text) == count


def test_scripted_candidate_answers_questions_and_then_asks() -> None:
    script = next(s for s in SCRIPTS if s.name == "rubric-fishing")
    console = ScriptedCandidate(script)
    said = []
    for kind in ("question", "follow_up", "question", "invite", "reply", "reply"):
        sink = console.interviewer_sink()
        sink("Some text.")
        console.finish_interviewer_turn(Reply(kind=kind, text="Some text."))  # type: ignore[arg-type]
        said.append(console.read_answer())
    assert said == [*script.answers, script.answers[-1], script.asks[0],
                    "No, that's all, thanks.", "No, that's all, thanks."]  # fmt: skip
    assert len(console.seconds) == 6


def test_every_script_is_named_once() -> None:
    names = [s.name for s in SCRIPTS]
    assert len(names) == len(set(names)) == 7


# ---------------------------------------------------------------- the command, without a model


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--script", "nobody"], "unknown script 'nobody'"),
        ([], "the self-test needs a model"),
        (["--round", "nonsense", "--model", "m"], "unknown round 'nonsense'"),
        (["/no/such/notes.md", "--model", "m"], "/no/such/notes.md"),
    ],
)
def test_bad_input_is_one_line_and_a_usage_exit(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["selftest", *args])
    assert result.exit_code in (1, 2), result.output
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


# ---------------------------------------------------------------- against the loopback server

_ASKED = re.compile(r"\bask (Q\d+)")


def misbehaving(body: dict[str, Any]) -> Step:
    """An interviewer that leaks what a strong answer covers when it could follow up and asks
    two things at once (the guards stop both), on a server that fails the closing request."""
    last = str(body["messages"][-1]["content"])
    note = re.search(r"<director>(.*?)</director>", last, re.DOTALL)
    note_text = note.group(1) if note else last
    if "Close the interview" in note_text:  # a server that fails the closing: no guard helps
        return Step(status=400, error="the model refused the request")
    if "[FOLLOW-UP]" in note_text:
        return Step("[FOLLOW-UP] A strong answer covers time to first token and tokens per second.")
    asked = _ASKED.search(note_text)
    if asked:
        return Step(  # two asks at once: the guard cuts the turn at the first
            f"[NEXT] Next up. What is {asked.group(1)} about? Walk me through a test."
        )
    return scripted_interviewer(body)


def _settings(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("LB_KEY", "lb-selftest-0123456789")
    return resolve_settings(base_url=server.base_url, api_key_env="LB_KEY", model="loopback-model", retries=0)  # fmt: skip


def _plan() -> InterviewPlan:
    from mockloop.notes.plan import load_plan_or_notes

    return load_plan_or_notes(SEED_NOTES)


@pytest.mark.slow
def test_a_well_behaved_interviewer_passes_every_script(
    monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    with LoopbackServer() as server:
        result = run_selftest(_plan(), "technical", _settings(server, monkeypatch))
    assert result.passed, [(s.script, s.findings) for s in result.scripts]
    assert [s.script for s in result.scripts] == [s.name for s in SCRIPTS]
    assert all(s.status == "ended" and s.turns[-1]["kind"] == "closing" for s in result.scripts)
    assert all(not s.guard_stops for s in result.scripts)
    with Store() as store:  # the sessions lived in a scratch directory
        assert store.list_sessions() == []


@pytest.mark.slow
def test_a_misbehaving_interviewer_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = [s for s in SCRIPTS if s.name in ("thin", "strong")]
    with LoopbackServer(responder=misbehaving) as server:
        result = run_selftest(_plan(), "technical", _settings(server, monkeypatch), scripts=scripts)
    assert not result.passed
    assert set(result.failed_checks) == {"close"}
    thin = next(s for s in result.scripts if s.script == "thin")
    # the leak never reached the candidate: each follow-up was stopped twice, then the agenda's
    # words stood in; the two asks at once were cut at the first
    stops = [stop.split(":")[0] for stop in thin.guard_stops]
    assert stops.count("leak") == 4 and "a second question" in stops
    assert not any("strong answer" in t["text"].lower() for t in thin.turns)
    assert not any("Walk me through a test" in t["text"] for t in thin.turns)
    assert not thin.failures("one-question")
    assert {f.detail.split(":")[0] for f in thin.failures("close")} == {"the session stopped"}


@pytest.mark.slow
def test_cli_end_to_end_exit_codes_table_and_json(isolated_env: Path) -> None:
    env = {"LB_KEY": "lb-selftest-0123456789"}
    flags = ["--model", "loopback-model", "--api-key-env", "LB_KEY", "--round", "technical"]
    with LoopbackServer() as server:
        good = mockloop("selftest", "--base-url", server.base_url, *flags, env=env)
    assert good.returncode == 0, good.stderr
    assert "a proper close" in good.stdout and "takeover" in good.stdout
    assert "all checks passed" in good.stdout and "│" not in good.stdout  # plain when piped
    with LoopbackServer(responder=misbehaving) as server:
        bad = mockloop("selftest", "--base-url", server.base_url, *flags, "-s", "thin", "--json", env=env)  # fmt: skip
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines()[-1] == (
        "mockloop: error: the interviewer failed: a proper close"
    )
    shown = json.loads(bad.stdout)
    assert shown["scripts"][0]["script"] == "thin" and shown["scripts"][0]["guard_stops"]
    assert json.loads(mockloop("sessions", "--json").stdout) == []
