"""The turn loop with the offline interviewer, driven by a scripted console."""

from __future__ import annotations

from pathlib import Path

from mockloop.interview.session import offline_interviewer, resume_session, start_session
from mockloop.interview.turns import InterviewLoop, Reply
from mockloop.records import InterviewPlan, NoteLine, PlanRound
from mockloop.store.db import Store

RICH_ANSWER = (
    "At my last job I led the rollout of a GPU scheduler for 5,000 H100s. I built the runbooks, "
    "drove the on-call rotation and we cut failed jobs by 40 percent in one quarter, which saved "
    "the research team about two weeks of lost training time. The result was adopted org-wide."
)
THIN_ANSWER = "I like startups."


class ScriptedConsole:
    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.shown: list[Reply] = []
        self.infos: list[str] = []

    def interviewer_sink(self):
        return lambda chunk: None

    def finish_interviewer_turn(self, reply: Reply) -> None:
        self.shown.append(reply)

    def read_answer(self) -> str | None:
        return self.answers.pop(0) if self.answers else None

    def info(self, message: str) -> None:
        self.infos.append(message)


def _plan() -> InterviewPlan:
    return InterviewPlan(
        company="Acme AI",
        role="Forward Deployed PM",
        logistics=[
            NoteLine(text="pref is new york", line=131),
            NoteLine(text="equity is a big driver", line=132),
        ],
        rounds=[PlanRound(id="recruiter", title="Recruiter call", interviewer="Recruiter")],
    )


def _run(answers: list[str], questions: int = 2, store: Store | None = None):
    store = store or Store()
    prepared = start_session(store, _plan(), "recruiter", mode="offline", questions=questions)
    console = ScriptedConsole(answers)
    loop = InterviewLoop(
        store, prepared.session_id, prepared.ctx, offline_interviewer(prepared), console
    )
    status = loop.run()
    return store, prepared.session_id, console, status


def test_thin_answer_gets_a_follow_up_rich_answer_moves_on(isolated_env: Path) -> None:
    store, sid, _console, status = _run([THIN_ANSWER, RICH_ANSWER, RICH_ANSWER, "no, that's all"])
    kinds = [(t.speaker, t.kind, t.question_index, t.follow_up) for t in store.turns(sid)]
    assert kinds == [
        ("interviewer", "question", 0, False),
        ("candidate", "answer", 0, False),
        ("interviewer", "follow_up", 0, True),
        ("candidate", "answer", 0, True),
        ("interviewer", "question", 1, False),
        ("candidate", "answer", 1, False),
        ("interviewer", "invite", None, False),
        ("candidate", "candidate_question", None, False),
        ("interviewer", "closing", None, False),
    ]
    assert status == "ended"
    assert "Acme AI" in store.turns(sid)[0].text  # greeting in the persona's voice


def test_follow_ups_stop_at_the_limit(isolated_env: Path) -> None:
    store, sid, _, _ = _run([THIN_ANSWER, THIN_ANSWER, THIN_ANSWER, THIN_ANSWER], questions=2)
    turns = store.turns(sid)
    follow_ups = [t for t in turns if t.kind == "follow_up" and t.question_index == 0]
    assert len(follow_ups) == 2
    assert turns[6].kind == "question" and turns[6].question_index == 1


def test_candidate_questions_answered_from_notes_or_honestly_not(isolated_env: Path) -> None:
    store, sid, _console, _ = _run(
        [
            RICH_ANSWER,
            RICH_ANSWER,
            "Where would I be based?",
            "What is the parental leave policy?",
            "no",
        ]
    )
    replies = [t.text for t in store.turns(sid) if t.kind == "reply"]
    assert "new york" in replies[0].lower()
    assert "rather not guess" in replies[1]


def test_commands_skip_repeat_help_end(isolated_env: Path) -> None:
    store, sid, console, status = _run(["/help", "/repeat", "/skip", "/end"], questions=3)
    turns = store.turns(sid)
    assert [t.kind for t in turns] == ["question", "question", "closing"]
    assert turns[1].question_index == 1
    assert any("/skip" in i for i in console.infos)
    assert (
        console.shown[1].text == turns[0].text
    )  # /repeat shows the question again, stores nothing
    assert status == "ended"


def test_eof_keeps_everything_and_resume_continues_without_duplicates(isolated_env: Path) -> None:
    store, sid, _, status = _run([RICH_ANSWER], questions=2)
    assert status == "interrupted"
    before = store.turns(sid)
    assert [t.kind for t in before] == ["question", "answer", "question"]

    prepared = resume_session(store, sid)
    console = ScriptedConsole([RICH_ANSWER, "nope"])
    InterviewLoop(store, sid, prepared.ctx, offline_interviewer(prepared), console).run()
    after = store.turns(sid)
    assert [t.text for t in after[:3]] == [t.text for t in before]
    assert [t.kind for t in after[3:]] == ["answer", "invite", "candidate_question", "closing"]
    assert [t.seq for t in after] == list(range(len(after)))


def test_resume_after_crash_between_answer_and_reply(isolated_env: Path) -> None:
    """An answer stored but never replied to: resume asks the next thing, keeps the answer."""
    store, sid, _, _ = _run([RICH_ANSWER], questions=2)
    # simulate a crash right after an answer was committed
    from mockloop.records import Turn

    store.add_turn(
        Turn(
            session_id=sid,
            seq=0,
            speaker="candidate",
            kind="answer",
            text=RICH_ANSWER,
            question_index=1,
        )
    )
    prepared = resume_session(store, sid)
    console = ScriptedConsole([])
    InterviewLoop(store, sid, prepared.ctx, offline_interviewer(prepared), console).run()
    kinds = [t.kind for t in store.turns(sid)]
    assert kinds == ["question", "answer", "question", "answer", "invite"]


KINDS = [
    "hiring-manager", "product-sense", "execution", "behavioral", "coding", "system-design",
    "ml-system-design", "presentation", "executive", "custom",
]  # fmt: skip


def test_every_new_kind_runs_offline_with_its_greeting_questions_and_rubric(
    isolated_env: Path,
) -> None:
    """A plan with one round of each new kind (two coding rounds kept apart, one custom):
    each runs offline, opens with its kind's greeting, asks its own questions and closes."""
    from mockloop.catalog.library import round_for
    from mockloop.scoring.grading import round_score, score_session, scorer_for

    rounds = [PlanRound(id=k, kind=k, title=k.replace("-", " ").title()) for k in KINDS]
    rounds[KINDS.index("custom")] = PlanRound(
        id="bug-squash", kind="custom", title="Bug Squash", interviewer="Wen, Software Engineer",
        focus=[NoteLine(text="debugging an unfamiliar codebase", line=5)],
    )  # fmt: skip
    rounds.append(PlanRound(id="coding-2", kind="coding", title="Coding 2"))
    plan = InterviewPlan(company="Acme", role="Software Engineer", rounds=rounds)
    store = Store()
    asked: dict[str, list[str]] = {}
    for r in plan.rounds:
        prepared = start_session(store, plan, r.id, mode="offline", questions=2)
        console = ScriptedConsole([RICH_ANSWER, RICH_ANSWER, RICH_ANSWER, "no, that's all"])
        status = InterviewLoop(
            store, prepared.session_id, prepared.ctx, offline_interviewer(prepared), console
        ).run()
        assert status == "ended", r.id
        kinds = [reply.kind for reply in console.shown]
        assert kinds[0] == "question" and kinds[-1] == "closing", (r.id, kinds)
        greeting = round_for(plan, r.id).spec.greeting.split("{")[0].strip()[:20]
        assert console.shown[0].text.startswith(greeting), (r.id, console.shown[0].text)
        asked[r.id] = [q.text for q in prepared.ctx.agenda]
        bank = {q.id for q in round_for(plan, r.id).questions}
        assert all(q.id in bank or q.id.startswith("notes-") for q in prepared.ctx.agenda), r.id
        _, scores = score_session(store, prepared.session_id, scorer_for(r.id, None, plan))
        rubric = {c.id for c in round_for(plan, r.id).rubric.criteria}
        for s in scores:  # each question is scored on the criteria it probes, the rest named
            got = {c.criterion_id for c in s.criteria}
            assert got and got | set(s.not_assessed) == rubric and not got & set(s.not_assessed)
        assert round_score(r.id, scores, plan).overall is not None
    assert len({tuple(v) for v in asked.values()}) >= len(KINDS) - 1  # kinds ask different things
    assert any("debugging an unfamiliar codebase" in q for q in asked["bug-squash"])


def test_a_session_open_in_another_process_cannot_be_resumed_at_once(isolated_env: Path) -> None:
    """Two `interview --resume ID` at once would interleave turns: the second is refused while
    the first holds the session, and resumes once it is let go."""
    import pytest

    from mockloop.errors import UsageError
    from mockloop.interview.run import run_interview
    from mockloop.store.file import SessionLock

    store, sid, _, _ = _run([RICH_ANSWER], questions=3)
    store.reopen_session(sid)
    held = SessionLock(store.directory, sid)  # another process is in the session
    with held, pytest.raises(UsageError, match="open in another mockloop process"):
        run_interview(plan=None, round_id=None, settings=None, resume=sid,
                      console=ScriptedConsole([RICH_ANSWER]))  # fmt: skip
    before = len(store.turns(sid))
    status = run_interview(plan=None, round_id=None, settings=None, resume=sid,
                           console=ScriptedConsole([RICH_ANSWER, "/end"]), score=False)  # fmt: skip
    assert status in ("ended", "interrupted") and len(store.turns(sid)) > before
