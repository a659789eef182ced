"""`interview`: a mock interview, live or offline, every turn on disk as it happens."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import (
    FollowUpsOpt,
    ModelFlags,
    OfflineOpt,
    RoundOpt,
    app,
    fail,
    friendly,
    live_settings,
    model_options,
    preflight_store,
    state,
)
from .plans import HeuristicOpt, check_round, load_plan, plan_for
from .voice import VoiceFlags, voice_options, voice_setup

# ------------------------------------------------------------------ interview


@app.command()
@friendly
@model_options
@voice_options
def interview(
    notes: Annotated[
        Path | None,
        typer.Argument(
            help="Your prep notes or a saved plan (not needed with --resume).", show_default=False
        ),
    ] = None,
    round_id: RoundOpt = None,
    offline: OfflineOpt = False,
    questions: Annotated[
        int | None, typer.Option("--questions", "-n", min=1, max=20, help="Main questions to ask.")
    ] = None,
    follow_ups: FollowUpsOpt = 2,
    minutes: Annotated[
        float | None,
        typer.Option("--minutes", min=1, help="Start no new main question after this long."),
    ] = None,
    resume: Annotated[
        str | None, typer.Option("--resume", help="Continue a stopped session by id.")
    ] = None,
    heuristic: HeuristicOpt = False,
    coach: Annotated[
        bool,
        typer.Option(
            "--coach",
            help="Feedback after each question; /retry answers it again, /next moves on.",
        ),
    ] = False,
    case_file: Annotated[
        Path | None,
        typer.Option(
            "--case-file",
            help="Your written take-home answer: the interviewer questions its assumptions, "
            "trade-offs and numbers (a take-home round).",
        ),
    ] = None,
    *,
    flags: ModelFlags,
    voice: VoiceFlags,
) -> None:
    """Run a mock interview for one round. Type /help during it for commands.

    With FIREWORKS_API_KEY set (or --provider for another endpoint) a live model interviews you;
    with no key, or with --offline, the deterministic offline interviewer does.

    Answers: on a terminal, Enter sends and Esc Enter adds a line; piped input is one answer per line.

    Example: mockloop interview fixtures/notes/fireworks-fdpm.md --round technical -n 3

    Practice: add --coach for a score and advice after each question, then /retry or /next.

    Take-home defence: --round take-home --case-file answer.md.

    Spoken: --voice answers from the microphone, --answer-audio a.wav --answer-audio b.wav from
    recordings; --speak reads the interviewer's turns aloud. Delivery (pace, fillers, pauses)
    is in the report.
    """
    from mockloop.interview.run import run_interview

    if resume is None and notes is None:
        fail("give the notes or plan to interview on, or --resume SESSION_ID", 2)
    settings = live_settings(
        flags, offline or resume is not None, judging=False,
        note="mockloop: {env} is not set: running the offline interviewer (deterministic, no "
        "network). Export {env} or pass --provider for a live model.",
    )  # fmt: skip
    if resume:
        _check_resume_matches(resume, notes, round_id)
        plan = None
    else:  # the model's cached plan when one is configured (plan_for), else the parser
        plan = load_plan(notes) if heuristic else plan_for(notes, settings, cached_only=True)  # type: ignore[arg-type]
    chosen = None if resume else check_round(plan, round_id)
    agenda, case_document = None, None
    if case_file is not None:
        if resume:
            fail("--case-file starts a new defence: drop it to resume a session", 2)
        from .case import defence_inputs

        agenda, case_document = defence_inputs(case_file, plan, chosen, questions)  # type: ignore[arg-type]
    spoken = voice_setup(voice, settings, offline, api_key_env=flags.api_key_env)
    if settings is not None or (resume and not offline):
        _settle_imports()
    preflight_store()
    run_interview(
        plan=plan,
        round_id=chosen,
        settings=settings,
        resume=resume,
        overrides=asdict(flags),
        offline=offline,
        questions=questions,
        follow_ups=follow_ups,
        minutes=minutes,
        coach=coach,
        agenda=agenda,
        case_document=case_document,
        voice=spoken,
    )


def _check_resume_matches(resume: str, notes: Path | None, round_id: str | None) -> None:
    """Notes or a round given with --resume must be the session's own: one line if not."""
    if notes is None and round_id is None:
        return
    from mockloop.store.db import Store

    with Store() as store:
        session_id = store.resolve_id(resume)
        info = store.session(session_id)
    plan = info.plan
    if notes is not None and plan is not None and not _same_notes(notes, plan):
        fail(
            f"session {session_id} was started on {plan.source or 'other notes'}, not {notes}: "
            f"drop the notes to resume it, or start a new session without --resume",
            2,
        )
    if round_id is not None and check_round(plan, round_id) != info.round:
        fail(
            f"session {session_id} is the {info.round} round, not {round_id!r}: drop --round "
            "to resume it, or start a new session without --resume",
            2,
        )


def _same_notes(notes: Path, plan: Any) -> bool:
    """The same file (by path or name), or notes that read to the same plan."""
    if plan.source and (
        Path(plan.source).name == notes.name or Path(plan.source).resolve() == notes.resolve()
    ):
        return True
    given = load_plan(notes)
    return bool(given.model_dump(exclude={"source"}) == plan.model_dump(exclude={"source"}))


def _settle_imports() -> None:
    """Before a live interview run by the console script: import the openai SDK now and move
    everything imported so far out of the garbage collector's sight (gc.freeze). Left in view,
    the SDK's thousands of classes cost the interpreter's final collection 0.3-0.5 s after the
    report is shown. Objects created later (the store's connection) are collected, and closed,
    at exit as before. Not in-process (tests): it would freeze the caller's heap."""
    if not state.freeze_imports:
        return
    import gc
    import importlib

    for name in (
        "openai",
        "openai.resources.chat.completions",
        "openai.lib.streaming.chat",
        "httpcore",
        "mockloop.interview.interviewers.live",
        "mockloop.llm.client",
        "mockloop.scoring.judge",
        "mockloop.llm.structured",
    ):
        try:
            importlib.import_module(name)
        except ImportError:  # an SDK that moved a module: it is imported when used, as before
            pass
    gc.freeze()
