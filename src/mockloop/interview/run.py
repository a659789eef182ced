"""`mockloop interview` end to end: open the store, start or resume a session, pick the
interviewer (live model or offline), run the loop, and always leave the session resumable."""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from mockloop.errors import MissingKeyError, MockloopError, UsageError
from mockloop.records import AgendaQuestion, InterviewPlan
from mockloop.scoring.aggregate import segments_from_turns
from mockloop.scoring.grading import BackgroundScorer, scorer_for
from mockloop.store.db import Store
from mockloop.store.file import SessionLock

from .coach import Coach
from .session import Prepared, offline_interviewer, resume_session, start_session
from .turns import Console, Interviewer, InterviewLoop
from .ui import TerminalConsole

if TYPE_CHECKING:
    from mockloop.llm.settings import Settings
    from mockloop.voice.answers import VoiceSetup


class InterviewStopped(MockloopError):
    """The model failed mid-interview; everything said so far is stored."""


def _live_interviewer(
    prepared: Prepared, settings: Settings, console: TerminalConsole
) -> Interviewer:
    from mockloop.interview.interviewers.live import LiveInterviewer
    from mockloop.llm.client import LLMClient

    client = LLMClient(settings, session_id=prepared.session_id)
    return LiveInterviewer(client, prepared.persona.interviewer, on_reset=console.reset_stream)


def _background_scorer(
    store: Store, prepared: Prepared, settings: Settings | None
) -> BackgroundScorer:
    """Scores what the interview moves past. A resumed session's segments already scored (and
    not answered further) keep their scores: only `mockloop score --regrade` grades again."""
    ctx = prepared.ctx
    scorer = scorer_for(ctx.round_id, settings, ctx.plan, session_id=prepared.session_id)
    sizes = {
        (s.question_index, s.attempt): len(s.exchanges)
        for s in segments_from_turns(ctx.turns, ctx.agenda, attempts=True)
    }
    kept = {
        (s.question_index, s.attempt): sizes[s.question_index, s.attempt]
        for s in store.attempt_scores(prepared.session_id)
        if s.status == "scored" and (s.question_index, s.attempt) in sizes
    }
    return BackgroundScorer(
        store, prepared.session_id, ctx.round_id, ctx.agenda, scorer, plan=ctx.plan, kept=kept
    )


def _finish_scoring(scorer: BackgroundScorer, prepared: Prepared, console: TerminalConsole) -> None:
    with console.out.status("Scoring your answers…", spinner="dots"):
        result = scorer.finish(prepared.ctx.turns)
    if result.segments_scored == 0 and result.segments_unscored == 0:
        return
    if result.segments_scored == 0:
        console.info(
            f"{result.segments_unscored} answers could not be scored (see mockloop report "
            f"{prepared.session_id}); retry with: mockloop score {prepared.session_id}"
        )
        return
    overall = (
        f"{result.overall:.1f}/5 ({result.signal})" if result.overall is not None else "not scored"
    )
    kind = {"heuristic": "heuristic, offline", "llm": "LLM judge"}.get(
        str(result.scorer), "judge and heuristic mixed: `mockloop score --regrade` grades all alike"
    )
    console.info(
        f"Score: {overall} · {result.segments_scored} answers scored ({kind}) · "
        f"full feedback: mockloop report {prepared.session_id}"
    )


ENDPOINT_FIELDS = ("provider", "base_url", "api_key_env", "model", "judge_model")


def endpoint_of(settings: Settings) -> dict[str, str | None]:
    """What a session stores to resume on the same endpoint: never the key, only its variable."""
    return {field: getattr(settings, field) for field in ENDPOINT_FIELDS}


def _resume_settings(
    store: Store,
    session_id: str,
    overrides: dict[str, Any],
    offline: bool,
    given: Settings | None = None,
) -> Settings | None:
    """A live session resumes live on the endpoint and models it started with; flags override
    them (a new --provider or --base-url drops the stored endpoint and its models), and settings
    a caller resolved itself (``given``) are used as they are. With --offline, or for an offline
    session, None."""
    info = store.session(session_id)
    if info.mode != "llm" or offline:
        return None
    if given is not None:
        return given
    stored = store.settings(session_id).get("endpoint") or {"model": info.model}
    return endpoint_settings(stored, overrides)


def endpoint_settings(stored: dict[str, Any], overrides: dict[str, Any]) -> Settings:
    """Settings for a stored endpoint (a session's or a loop's), the flags given now beating it:
    a new --provider or --base-url drops the stored endpoint and its models."""
    from mockloop.llm.settings import resolve_settings

    values = {k: v for k, v in overrides.items() if v not in (None, "")}
    if not (values.get("provider") or values.get("base_url")):
        for field in ENDPOINT_FIELDS:
            if stored.get(field):
                values.setdefault(field, stored[field])
    return resolve_settings(**values)


def check_resumable(store: Store, session_id: str) -> None:
    """An ended session is finished: resuming it is an error that says what to do instead."""
    info = store.session(session_id)
    if info.status == "ended":
        raise UsageError(
            f"session {session_id} has ended ({info.turn_count} turns): see it with "
            f"`mockloop report {session_id}`, or start a new one with `mockloop interview NOTES`"
        )


def require_key(settings: Settings | None) -> None:
    if settings is not None and settings.api_key() is None:
        raise MissingKeyError(
            f"{settings.api_key_env} is not set: export it, or run with --offline"
        )


def run_interview(
    *,
    plan: InterviewPlan | None,
    round_id: str | None,
    settings: Settings | None,
    resume: str | None = None,
    overrides: dict[str, Any] | None = None,
    offline: bool = False,
    questions: int | None = None,
    follow_ups: int = 2,
    minutes: float | None = None,
    console: TerminalConsole | None = None,
    score: bool = True,
    agenda: list[AgendaQuestion] | None = None,
    coach: bool = False,
    brief: str | None = None,
    loop_round: tuple[str, int] | None = None,
    resume_hint: str | None = None,
    case_document: str | None = None,  # the take-home answer it defends (--case-file)
    voice: VoiceSetup | None = None,  # spoken answers, a spoken interviewer (--voice, --speak)
) -> str:
    """Returns the session's final status; raises InterviewStopped (after saving) on a model
    failure. ``overrides``: the model flags given with ``resume`` (they beat the stored endpoint).
    ``agenda``: a new session asks exactly these main questions (`mockloop drill`).
    ``coach``: feedback after each question, /retry and /next (a coach session resumes as one).
    ``brief``, ``loop_round``: a round of `mockloop loop` (start_session's brief and loop);
    ``resume_hint``: the command that continues it, said when the session stops early."""
    require_key(settings)
    store = Store()
    locks = ExitStack()
    try:  # closed on the way out: no idle connection outlives the interview
        if resume:
            session_id = store.resolve_id(resume)
            locks.enter_context(SessionLock(store.directory, session_id))
            check_resumable(store, session_id)
            settings = _resume_settings(store, session_id, overrides or {}, offline, settings)
            require_key(settings)
            prepared = resume_session(store, session_id)
            store.reopen_session(session_id)
        else:
            assert plan is not None and round_id is not None
            prepared = start_session(
                store,
                plan,
                round_id,
                mode="llm" if settings else "offline",
                model=settings.model if settings else None,
                questions=questions,
                max_follow_ups=follow_ups,
                minutes=minutes,
                endpoint=endpoint_of(settings) if settings else None,
                agenda=agenda,
                coach=coach,
                brief=brief,
                loop=loop_round,
                case_document=case_document,
            )
            locks.enter_context(SessionLock(store.directory, prepared.session_id))
        console = console or TerminalConsole(prepared.persona.interviewer)
        again = resume_hint or f"mockloop interview --resume {prepared.session_id}"
        coaching = coach or prepared.coach
        mode = f"live · {settings.model}" if settings else "offline"
        mode += " · coach mode" if coaching else ""
        talk: Console = console  # with voice: answers from audio, the interviewer spoken
        if voice is not None:
            talk = voice.console(console, store, prepared, coach=coaching)
            mode += " · spoken answers" if voice.listens else ""
            mode += " · spoken questions" if voice.speaker else ""
        console.info(
            f"Session {prepared.session_id} · {prepared.ctx.round_id} · {mode} · /help for commands"
        )
        interviewer = (
            _live_interviewer(prepared, settings, console)
            if settings
            else offline_interviewer(prepared)
        )
        scorer = _background_scorer(store, prepared, settings) if score or coaching else None
        loop = InterviewLoop(
            store, prepared.session_id, prepared.ctx, interviewer, talk,
            on_turn=scorer.on_turn if scorer else None,
            coach=Coach(scorer, prepared.ctx.agenda) if scorer and coaching else None,
        )  # fmt: skip
        status = "interrupted"
        try:
            status = loop.run()
        except KeyboardInterrupt:
            console.abandon_stream()
            status = "interrupted"
        except MockloopError as exc:
            console.abandon_stream()
            try:
                store.end_session(prepared.session_id, "interrupted")
            except MockloopError:
                pass  # a full disk: the turns already stored are kept, and resume still works
            if scorer:
                scorer.finish(prepared.ctx.turns)
            raise InterviewStopped(
                f"{exc} · the session is saved ({len(prepared.ctx.turns)} turns): "
                f"continue with `{again}`"
            ) from exc
        store.end_session(prepared.session_id, status)
        if scorer:
            _finish_scoring(scorer, prepared, console)
        hint = f" · continue: {again}" if status != "ended" else ""
        console.info(
            f"Session {prepared.session_id} saved ({len(prepared.ctx.turns)} turns, {status}). "
            f"Transcript: mockloop export {prepared.session_id}{hint}"
        )
        return status
    finally:
        locks.close()
        store.close()
