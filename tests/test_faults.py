"""The reliability fault matrix (tests/faults_table.py), run row by row against the loopback server.

Each row breaks one model call in one way; the checks every row shares live in the helpers below
(`check_interviewer_turns`, `check_no_key`, `check_scored` ...), the row's own expectation in its
Expect. docs/reliability.md is rendered from the same rows (test_reliability_doc_is_current).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console as RichConsole

from mockloop.interview.interviewers.live import TagFilter
from mockloop.interview.run import InterviewStopped, run_interview
from mockloop.interview.ui import TerminalConsole
from mockloop.llm import client as llm_module
from mockloop.llm.settings import Settings, resolve_settings
from mockloop.records import InterviewPlan, NoteLine, PlanRound
from mockloop.scoring.grading import score_session, scorer_for
from mockloop.store.db import Store, data_dir
from tests.support.loopback import LoopbackServer, Step, _is_judge, scripted_interviewer

from .conftest import ROOT
from .faults_table import (
    INTERVIEWER_ROWS,
    JUDGE_ROWS,
    KEY,
    KEY_ENV,
    REGENERATE,
    RETRIES,
    FaultRow,
    Like,
    render,
)
from .test_cli import mockloop

ANSWER_1 = (
    "At my last job I led a migration of our inference fleet to FP8 which cut cost per million "
    "tokens by 38 percent while keeping eval quality flat, and I owned the customer rollout."
)
ANSWER_2 = (
    "I would explain time to first token as the wait before the stream starts: prefill dominates it, "
    "so prompt caching and shorter system prompts move it most, and I measured a 40 percent cut."
)

pytestmark = pytest.mark.slow  # processes and real sockets: `pytest -m 'not slow'` skips them
ANSWERS = [ANSWER_1, ANSWER_2, "no"]  # two main questions, no questions back
BASELINE = ["question", "answer", "question", "answer", "invite", "candidate_question", "closing"]
BASELINE_REQUESTS = 4  # interviewer requests of a fault-free run: open, two moves on, close
ONE_QUESTION = ["question", "answer", "invite", "candidate_question", "closing"]


def _plan() -> InterviewPlan:
    return InterviewPlan(
        company="Acme AI",
        role="Forward Deployed PM",
        logistics=[NoteLine(text="pref is new york", line=3)],
        rounds=[
            PlanRound(
                id="technical", title="technical conversation", interviewer="engineering leadership"
            )
        ],
    )


# ---------------------------------------------------------------- the server side


def visible(text: str) -> str:
    """What the candidate sees of a reply: control tags and <think> removed."""
    tag_filter = TagFilter(lambda _chunk: None)
    tag_filter.feed(text)
    return tag_filter.finish()


class Router:
    """The loopback's responder for one row: the target's requests from number ``at`` on get the
    fault's replies; everything else gets the healthy scripted reply. Records what it served."""

    def __init__(self, row: FaultRow | None = None) -> None:
        self.target = row.target if row else None
        self.fault = row.setup if row else None
        self.queue = list(self.fault.replies) if self.fault else []
        self.seen = {"interviewer": 0, "judge": 0}
        self.served: set[str] = set()  # visible text of every whole interviewer reply sent
        self._lock = threading.Lock()

    def __call__(self, body: dict[str, Any]) -> Step:
        role = "judge" if _is_judge(body) else "interviewer"
        reply: Any = None
        with self._lock:
            number = self.seen[role]
            self.seen[role] += 1
            if role == self.target and self.fault and number >= self.fault.at and self.queue:
                reply = (
                    self.queue[0]
                    if self.fault.forever and len(self.queue) == 1
                    else self.queue.pop(0)
                )
        if reply is None:
            step = scripted_interviewer(body)
        else:
            step = reply if isinstance(reply, Step) else reply.step(body)
        whole = step.status == 200 and step.drop_after is None and step.stall_after is None
        if role == "interviewer" and whole and step.finish_reason in ("stop", "length"):
            self.served.add(visible(step.text))
        return step


@dataclass
class Calls:
    """What the product's LLMClients did: attempts per role, and the waits they asked for."""

    attempts: dict[str, int] = field(default_factory=lambda: {"interviewer": 0, "judge": 0})
    usage: list[Any] = field(default_factory=list)  # ChatResult.usage of every completed reply
    waits: dict[str, list[float]] = field(default_factory=lambda: {"interviewer": [], "judge": []})
    clients: list[Any] = field(default_factory=list)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """Every LLMClient the product builds counts its attempts and records its waits, not sleeping."""
    record = Calls()

    class RecordingClient(llm_module.LLMClient):
        role = "interviewer"

        def __init__(
            self, settings: Settings, session_id: str | None = None, **kwargs: Any
        ) -> None:
            kwargs.setdefault("sleep", lambda seconds: record.waits[self.role].append(seconds))
            super().__init__(settings, session_id, **kwargs)
            record.clients.append(self)

        def stream_chat(self, *args: Any, **kwargs: Any) -> Any:
            result = super().stream_chat(*args, **kwargs)
            record.usage.append(result.usage)
            return result

        def _open_stream(self, params: dict[str, Any]) -> Any:
            self.role = "judge" if _is_judge(params) else "interviewer"
            record.attempts[self.role] += 1
            return super()._open_stream(params)

    monkeypatch.setattr(llm_module, "LLMClient", RecordingClient)
    monkeypatch.setenv(KEY_ENV, KEY)
    return record


@pytest.fixture
def serve() -> Iterator[Callable[[FaultRow | None], LoopbackServer]]:
    """Start loopback servers (healthy with None), stopped at the end of the test."""
    servers: list[LoopbackServer] = []

    def start(row: FaultRow | None = None) -> LoopbackServer:
        server = LoopbackServer(responder=Router(row))
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def break_network(server: LoopbackServer, row: FaultRow) -> None:
    if row.setup.net == "refused":
        server.refuse()
    elif row.setup.net == "blackhole":
        server.blackhole()


def settings_for(server: LoopbackServer, row: FaultRow | None = None) -> Settings:
    timeout = row.setup.timeout if row else None
    return resolve_settings(
        base_url=server.base_url,
        api_key_env=KEY_ENV,
        model="loopback-model",
        retries=RETRIES,
        timeout=timeout,
    )


def cli_env(server: LoopbackServer) -> dict[str, str]:
    return {"MOCKLOOP_BASE_URL": server.base_url, "MOCKLOOP_MODEL": "loopback-model", KEY_ENV: KEY,
            "MOCKLOOP_API_KEY_ENV": KEY_ENV, "MOCKLOOP_RETRIES": str(RETRIES)}  # fmt: skip


# ---------------------------------------------------------------- the candidate side


class Answers(io.StringIO):
    """Piped answers, one a line; ``before`` runs just before answer number ``at`` is read."""

    def __init__(
        self, answers: list[str], before: Callable[[], None] | None = None, at: int = 0
    ) -> None:
        super().__init__()
        self.answers = list(answers)
        self.before, self.at, self.read = before, at, 0

    def readline(self, *_args: Any) -> str:  # type: ignore[override]
        if self.before is not None and self.read == self.at:
            self.before()
        if not self.answers:
            return ""
        self.read += 1
        return self.answers.pop(0) + "\n"

    def isatty(self) -> bool:
        return False


@dataclass
class Run:
    status: str | None  # None: stopped with an error
    error: str | None
    output: str
    session_id: str


def interview(
    server: LoopbackServer,
    answers: list[str],
    *,
    row: FaultRow | None = None,
    resume: str | None = None,
    questions: int = 2,
    score: bool = True,
    before: Callable[[], None] | None = None,
    at: int = 0,
) -> Run:
    out = io.StringIO()
    console = TerminalConsole(
        "Engineer", stdin=Answers(answers, before, at), interactive=False,
        console=RichConsole(file=out, width=200, highlight=False),
    )  # fmt: skip
    status = error = None
    try:
        status = run_interview(
            plan=None if resume else _plan(), round_id=None if resume else "technical",
            settings=settings_for(server, row), resume=resume, questions=questions, console=console, score=score,
        )  # fmt: skip
    except InterviewStopped as exc:
        error = str(exc)
    session_id = resume or Store().list_sessions()[0].id
    return Run(status, error, out.getvalue(), session_id)


# ---------------------------------------------------------------- shared checks


def stored_bytes() -> bytes:
    return b"".join(p.read_bytes() for p in data_dir().rglob("*") if p.is_file())


def check_no_key(*texts: str | None) -> None:
    for text in texts:
        assert KEY not in (text or "")
        assert "SECRET" not in (text or "")
    assert KEY.encode() not in stored_bytes()


def check_message(message: str | None, row: FaultRow, session_id: str) -> None:
    assert message is not None
    assert "\n" not in message and "Traceback" not in message
    for needle in row.expect.says:
        assert needle in message, message
    assert f"mockloop interview --resume {session_id}" in message, message


def check_interviewer_turns(
    session_id: str, served: set[str], kinds: list[str], suffix: str = ""
) -> None:
    """Whole turns only: every interviewer turn is a reply the server sent in full, numbered
    without gaps, no answer stored twice."""
    turns = Store().turns(session_id)
    assert [t.kind for t in turns] == kinds
    assert [t.seq for t in turns] == list(range(len(turns)))
    for turn in turns:
        if turn.speaker == "interviewer":
            text = (
                turn.text.removesuffix(suffix)
                if suffix and turn.text.endswith(suffix)
                else turn.text
            )
            assert text.strip() and text in served, f"not a whole reply: {turn.text!r}"
    answers = [t.text for t in turns if t.speaker == "candidate"]
    assert len(answers) == len(set(answers)), "an answer was stored twice"


def check_scored(session_id: str) -> None:
    scores = Store().latest_scores(session_id)
    assert scores and all(s.status == "scored" and s.criteria for s in scores)
    assert Store().session(session_id).overall is not None


def check_unscored(session_id: str, row: FaultRow) -> None:
    """Unscored with the reason, never a low score; the overall stays empty."""
    (score,) = Store().latest_scores(session_id)
    assert score.status == "unscored" and score.criteria == []
    for needle in row.expect.says:
        assert needle in (score.unscored_reason or ""), score.unscored_reason
    assert "\n" not in (score.unscored_reason or "")
    assert Store().session(session_id).overall is None


def check_attempts(
    calls: Calls, row: FaultRow, extra: int = 0, server: LoopbackServer | None = None
) -> None:
    """Attempts the client made for the faulty call (and requests the server saw, if it could)."""
    role = row.target
    assert calls.attempts[role] - extra == row.expect.attempts
    if server is not None and row.setup.net is None:
        seen = server.judge_requests() if role == "judge" else server.chat_requests()
        assert len(seen) - extra == row.expect.attempts
    assert calls.usage and all(u is not None and u.prompt_tokens > 0 for u in calls.usage)
    waits = calls.waits[role]
    assert len(waits) == row.expect.waits, waits
    if row.expect.slept_at_least is not None:
        assert waits[0] >= row.expect.slept_at_least


# ---------------------------------------------------------------- the interviewer rows


@pytest.mark.parametrize(
    "row", [r for r in INTERVIEWER_ROWS if r.path == "interview"], ids=lambda r: r.id
)
def test_interviewer_fault(
    row: FaultRow, calls: Calls, serve: Callable[..., LoopbackServer]
) -> None:
    server = serve(row)
    run = interview(
        server, ANSWERS, row=row, before=lambda: break_network(server, row), at=row.setup.at - 1
    )
    served = set(server.responder.served)  # type: ignore[attr-defined]
    healthy_before = row.setup.at
    if row.expect.outcome == "continues":
        assert run.status == "ended" and run.error is None, run.error
        check_attempts(calls, row, extra=BASELINE_REQUESTS - 1, server=server)
        check_interviewer_turns(run.session_id, served, BASELINE, row.expect.turn_suffix)
    else:
        assert run.status is None
        check_attempts(calls, row, extra=healthy_before, server=server)
        check_message(run.error, row, run.session_id)
        assert Store().session(run.session_id).status == "interrupted"
        check_interviewer_turns(run.session_id, served, BASELINE[: 2 * healthy_before])
        # resume against a healthy server: it finishes with the turns of a fault-free run
        healthy = serve()
        resumed = interview(healthy, ANSWERS[healthy_before:], resume=run.session_id)
        assert resumed.status == "ended", resumed.error
        check_interviewer_turns(run.session_id, served | healthy.responder.served, BASELINE)  # type: ignore[attr-defined]
        run.output += resumed.output
    # the judge scored every answer, whatever the interviewer went through
    check_scored(run.session_id)
    check_no_key(run.output, run.error)


@pytest.mark.parametrize(
    "row", [r for r in INTERVIEWER_ROWS if r.path == "interview-cli"], ids=lambda r: r.id
)
def test_interviewer_fault_through_the_cli(
    row: FaultRow, calls: Calls, serve: Callable[..., LoopbackServer], tmp_path: Path
) -> None:
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(_plan().model_dump_json())
    server = serve(row)
    if row.setup.net:
        break_network(server, row)  # from the start: the session is created, its first turn fails
    stdin = "\n".join(ANSWERS) + "\n"
    result = mockloop(
        "interview", str(plan_file), "-r", "technical", "-n", "2", stdin=stdin, env=cli_env(server)
    )
    assert "Traceback" not in result.stdout + result.stderr
    assert "internal error" not in result.stderr
    session_id = Store().list_sessions()[0].id
    served = set(server.responder.served)  # type: ignore[attr-defined]
    outputs = [result.stdout, result.stderr]
    if row.expect.outcome == "continues":
        assert result.returncode == 0, result.stderr
        assert len(server.chat_requests()) == BASELINE_REQUESTS  # no retries
        check_interviewer_turns(session_id, served, BASELINE)
    else:
        assert result.returncode == 1
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("mockloop: error: ")
        check_message(line, row, session_id)
        if row.setup.net is None:
            assert len(server.chat_requests()) - row.setup.at == row.expect.attempts
        else:
            assert f"after {row.expect.attempts} attempts" in line
        assert Store().session(session_id).status == "interrupted"
        check_interviewer_turns(session_id, served, BASELINE[: 2 * row.setup.at])
        healthy = serve()  # resumed in process: the CLI's own resume is in test_e2e
        resumed = interview(healthy, ANSWERS[row.setup.at :], resume=session_id)
        assert resumed.status == "ended", resumed.error
        check_interviewer_turns(session_id, served | healthy.responder.served, BASELINE)  # type: ignore[attr-defined]
        outputs.append(resumed.output)
    check_no_key(*outputs)


# ---------------------------------------------------------------- the judge rows


def judged_session(serve: Callable[..., LoopbackServer]) -> str:
    """A finished one-question live interview, not scored yet."""
    run = interview(serve(), [ANSWER_1, "no"], questions=1, score=False)
    assert run.status == "ended"
    return run.session_id


def score_with(server: LoopbackServer, session_id: str, row: FaultRow | None = None) -> None:
    """What `mockloop score SESSION` does, in process."""
    info = Store().session(session_id)
    scorer = scorer_for(info.round, settings_for(server, row), info.plan, session_id=session_id)
    score_session(Store(), session_id, scorer)


def check_judge_outcome(row: FaultRow, session_id: str, calls: Calls | None) -> None:
    expect = row.expect
    if expect.outcome == "scored":
        check_scored(session_id)
        (score,) = Store().latest_scores(session_id)
        assert all(c.confidence == "ok" and c.evidence for c in score.criteria)
    elif expect.outcome == "low-confidence":
        (score,) = Store().latest_scores(session_id)
        assert score.status == "scored"
        assert all(c.confidence == "low" and c.evidence == [] for c in score.criteria)
        assert all("evidence not found in the answer" in c.signals for c in score.criteria)
    else:
        check_unscored(session_id, row)
    if expect.mode is not None and calls is not None:
        (judge_client,) = [c for c in calls.clients if c.role == "judge"]
        assert judge_client.structured_mode == expect.mode


@pytest.mark.parametrize("row", [r for r in JUDGE_ROWS if r.path == "score"], ids=lambda r: r.id)
def test_judge_fault(row: FaultRow, calls: Calls, serve: Callable[..., LoopbackServer]) -> None:
    session_id = judged_session(serve)
    server = serve(row)
    break_network(server, row)
    score_with(server, session_id, row)
    check_attempts(calls, row, server=server)
    if row.expect.max_tokens:
        assert tuple(r["max_tokens"] for r in server.judge_requests()) == row.expect.max_tokens
    check_judge_outcome(row, session_id, calls)
    if row.expect.outcome == "unscored":  # scoring again once the server is back scores it
        score_with(serve(), session_id)
        check_scored(session_id)
    check_no_key()


@pytest.mark.parametrize(
    "row", [r for r in JUDGE_ROWS if r.path == "background"], ids=lambda r: r.id
)
def test_judge_fault_during_the_interview(
    row: FaultRow, calls: Calls, serve: Callable[..., LoopbackServer]
) -> None:
    server = serve(row)
    run = interview(server, [ANSWER_1, "no"], row=row, questions=1)
    assert run.status == "ended" and run.error is None  # the interview never noticed
    check_interviewer_turns(run.session_id, server.responder.served, ONE_QUESTION)  # type: ignore[attr-defined]
    check_attempts(calls, row, server=server)
    check_judge_outcome(row, run.session_id, calls)
    assert (
        f"could not be scored (see mockloop report {run.session_id}); retry with: mockloop score"
        in run.output
    )
    score_with(serve(), run.session_id)
    check_scored(run.session_id)
    check_no_key(run.output)


@pytest.mark.parametrize(
    "row", [r for r in JUDGE_ROWS if r.path == "score-cli"], ids=lambda r: r.id
)
def test_judge_fault_through_the_cli(
    row: FaultRow, calls: Calls, serve: Callable[..., LoopbackServer]
) -> None:
    session_id = judged_session(serve)
    server = serve(row)
    result = mockloop("score", session_id, env=cli_env(server))
    assert result.returncode == (1 if row.expect.outcome == "unscored" else 0), result.stderr
    assert (
        "Traceback" not in result.stdout + result.stderr and "internal error" not in result.stderr
    )
    assert len(server.judge_requests()) == row.expect.attempts
    check_judge_outcome(row, session_id, None)
    if row.expect.outcome == "unscored":
        assert "unscored" in result.stdout
        assert f"mockloop score {session_id}" in result.stderr.strip().splitlines()[-1]
        score_with(serve(), session_id)
        check_scored(session_id)
    check_no_key(result.stdout, result.stderr)


# ---------------------------------------------------------------- the matrix itself


def test_every_fault_is_covered_for_both_targets() -> None:
    faults = {"connection refused", "connect timeout", "read timeout mid-stream", "connection reset after some tokens",
              "429 with `Retry-After`", "429 without `Retry-After`", "500/502 burst that recovers",
              "502/503/500 burst that does not recover", "401 bad key", "malformed SSE lines",
              "stream without `[DONE]`", "usage-only final chunk", "chunk with empty `choices`",
              "`finish_reason: content_filter`"}  # fmt: skip
    for rows in (INTERVIEWER_ROWS, JUDGE_ROWS):
        names = {r.fault for r in rows}
        assert faults <= names, faults - names
        assert any(r.fault.startswith("404") for r in rows)
        assert any("context length" in r.fault for r in rows)
        assert any(r.fault.startswith("`finish_reason: length`") for r in rows)
    judge = {r.fault for r in JUDGE_ROWS}
    assert {"reply is not JSON", "JSON with invented evidence"} <= judge
    assert any("wrong shape" in f for f in judge)
    ids = [r.id for r in INTERVIEWER_ROWS + JUDGE_ROWS]
    assert len(ids) == len(set(ids))


def test_like_keeps_the_healthy_reply_but_the_change() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "persona\n"},
            {
                "role": "user",
                "content": '<director>Greet them, then ask Q1 [NEXT]: "Why?"</director>',
            },
        ]
    }
    step = Like.of(finish_reason="length", words=2).step(body)
    assert (step.text, step.finish_reason) == ("[NEXT] Thanks", "length")


def test_reliability_doc_is_current() -> None:
    doc = ROOT / "docs" / "reliability.md"
    current = doc.read_text(encoding="utf-8") if doc.exists() else ""
    assert current == render(), f"docs/reliability.md is stale: regenerate it with `{REGENERATE}`"
