"""`mockloop interview` end to end: open the store, start or resume a session, pick the
interviewer (live model or offline), run the loop, and always leave the session resumable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mockloop.errors import MockloopError
from mockloop.records import InterviewPlan
from mockloop.scoring.grading import BackgroundScorer, scorer_for
from mockloop.store.db import Store

from .session import Prepared, offline_interviewer, resume_session, start_session
from .turns import Interviewer, InterviewLoop
from .ui import TerminalConsole

if TYPE_CHECKING:
    from mockloop.llm.settings import Settings


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
    ctx = prepared.ctx
    scorer = scorer_for(ctx.round_id, settings, ctx.plan, session_id=prepared.session_id)
    return BackgroundScorer(
        store, prepared.session_id, ctx.round_id, ctx.agenda, scorer, plan=ctx.plan
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
    kind = "heuristic, offline" if result.scorer == "heuristic" else "LLM judge"
    console.info(
        f"Score: {overall} · {result.segments_scored} answers scored ({kind}) · "
        f"full feedback: mockloop report {prepared.session_id}"
    )


def _resume_settings(
    store: Store, session_id: str, settings: Settings | None, offline: bool
) -> Settings | None:
    """A live session resumes live with its own model unless the user overrides it or says --offline."""
    info = store.session(session_id)
    if info.mode != "llm" or offline:
        return None
    if settings is None:
        from mockloop.llm.settings import resolve_settings

        settings = resolve_settings()
    if info.model and settings.source.get("model") not in ("flag", "env"):
        settings = settings.model_copy(update={"model": info.model})
    return settings


def run_interview(
    *,
    plan: InterviewPlan | None,
    round_id: str | None,
    settings: Settings | None,
    resume: str | None = None,
    offline: bool = False,
    questions: int | None = None,
    follow_ups: int = 2,
    minutes: float | None = None,
    console: TerminalConsole | None = None,
    score: bool = True,
) -> str:
    """Returns the session's final status; raises InterviewStopped (after saving) on a model failure."""
    if settings is not None and settings.api_key() is None:
        from mockloop.errors import MissingKeyError

        raise MissingKeyError(
            f"{settings.api_key_env} is not set: export it, or run with --offline"
        )
    store = Store()
    try:  # closed on the way out: no idle connection outlives the interview
        if resume:
            session_id = store.resolve_id(resume)
            settings = _resume_settings(store, session_id, settings, offline)
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
            )
        console = console or TerminalConsole(prepared.persona.interviewer)
        mode = f"live · {settings.model}" if settings else "offline"
        console.info(
            f"Session {prepared.session_id} · {prepared.ctx.round_id} · {mode} · /help for commands"
        )
        interviewer = (
            _live_interviewer(prepared, settings, console)
            if settings
            else offline_interviewer(prepared)
        )
        scorer = _background_scorer(store, prepared, settings) if score else None
        loop = InterviewLoop(
            store, prepared.session_id, prepared.ctx, interviewer, console,
            on_turn=scorer.on_turn if scorer else None,
        )  # fmt: skip
        status = "interrupted"
        try:
            status = loop.run()
        except KeyboardInterrupt:
            console.abandon_stream()
            status = "interrupted"
        except MockloopError as exc:
            console.abandon_stream()
            store.end_session(prepared.session_id, "interrupted")
            if scorer:
                scorer.finish(prepared.ctx.turns)
            raise InterviewStopped(
                f"{exc} · the session is saved ({len(prepared.ctx.turns)} turns): "
                f"continue with `mockloop interview --resume {prepared.session_id}`"
            ) from exc
        store.end_session(prepared.session_id, status)
        if scorer:
            _finish_scoring(scorer, prepared, console)
        hint = (
            f" · continue: mockloop interview --resume {prepared.session_id}"
            if status != "ended"
            else ""
        )
        console.info(
            f"Session {prepared.session_id} saved ({len(prepared.ctx.turns)} turns, {status}). "
            f"Transcript: mockloop export {prepared.session_id}{hint}"
        )
        return status
    finally:
        store.close()
