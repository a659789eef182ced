"""The typer app: parse flags, call one function per command, map errors to exit codes.

Heavy modules (the notes parser, jinja2, sqlite, the openai SDK) are imported inside the
commands that need them, so ``mockloop --help`` starts fast.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from mockloop.errors import MockloopError

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="mockloop",
    help=(
        "Turn interview prep notes into a rehearsal: the rounds of your loop, an interviewer "
        "persona per round, a mock interview (live model or offline), and the transcript on disk.\n\n"
        "Example: mockloop interview fixtures/notes/fireworks-fdpm.md --round recruiter --offline"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: the rich help formatter alone costs ~150 ms at startup
    context_settings={"help_option_names": ["-h", "--help"]},
)


def friendly(func: F) -> F:
    """Print a MockloopError (or a SQLite failure of the store) as one line on stderr and exit
    with its code; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MockloopError as exc:
            fail(str(exc), exc.exit_code)
        except Exception as exc:
            mapped = _store_failure(exc)
            if mapped is None:
                raise
            fail(str(mapped), mapped.exit_code)

    return wrapper  # type: ignore[return-value]


def _store_failure(exc: BaseException) -> MockloopError | None:
    """A StoreError for a sqlite3 error that escaped a query (a store damaged past its header)."""
    import sqlite3

    if not isinstance(exc, sqlite3.Error):
        return None
    from mockloop.store.db import DB_NAME, data_dir
    from mockloop.store.file import store_error

    return store_error(exc, data_dir() / DB_NAME)


def fail(message: str, code: int = 1) -> None:
    from mockloop.llm import debuglog

    debuglog.error(f"exit {code}: {message}")
    typer.echo(f"mockloop: error: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
@friendly
def _global_options(
    ctx: typer.Context,
    reset_store: Annotated[
        bool,
        typer.Option(
            "--reset-store",
            help="If the session store is damaged or not a mockloop database, rename it to "
            "mockloop.db.corrupt-<time> (never deleted) and start a fresh one. A healthy store is not touched.",
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="Log model requests, retries and errors to mockloop.log in the data "
            "directory: sizes only, never the key or your answers.",
        ),
    ] = False,
    debug_content: Annotated[
        bool,
        typer.Option(
            "--debug-content", help="With --debug, also log the text of every message sent."
        ),
    ] = False,
) -> None:
    if debug or debug_content:
        _start_debug_log(ctx.invoked_subcommand or "", debug_content)
    if reset_store:
        from mockloop.store.db import Store

        store = Store(reset_unusable=True)
        store.close()
        if store.moved_aside is not None:
            typer.echo(
                f"mockloop: the unusable session store was moved to {store.moved_aside}; "
                f"a fresh store was created at {store.path}",
                err=True,
            )


def _start_debug_log(command: str, content: bool) -> None:
    import logging

    from mockloop.llm import debuglog
    from mockloop.store.db import data_dir

    try:
        path = debuglog.configure(data_dir(), content=content)
    except OSError as exc:
        typer.echo(f"mockloop: cannot write the debug log in {data_dir()}: {exc.strerror or exc}; "
                   "continuing without it", err=True)  # fmt: skip
        return
    debuglog.log(
        logging.INFO,
        f"mockloop {command}: debug log started" + (" with content" if content else ""),
    )
    typer.echo(f"mockloop: debug log: {path}", err=True)


NotesArg = Annotated[
    Path,
    typer.Argument(
        help="Your prep notes (Markdown or plain text) or a plan saved with --save.",
        show_default=False,
    ),
]
RoundOpt = Annotated[
    str | None,
    typer.Option(
        "--round", "-r", help="Round id (see `mockloop rounds`); default: the plan's first round."
    ),
]


ProviderOpt = Annotated[
    str | None,
    typer.Option(
        "--provider",
        "-p",
        help="fireworks, openai, together, groq, ollama, vllm, llamacpp.",
        show_default=False,
    ),
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", "-m", help="Model id for the interviewer.")
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", help="Any OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1."),
]
KeyEnvOpt = Annotated[
    str | None,
    typer.Option("--api-key-env", help="Environment variable holding the key for --base-url."),
]


def _settings(
    provider: str | None, model: str | None, base_url: str | None, api_key_env: str | None
) -> Any:
    from mockloop.llm.settings import resolve_settings

    return resolve_settings(
        provider=provider, model=model, base_url=base_url, api_key_env=api_key_env
    )


def _chosen_explicitly(*flags: str | None) -> bool:
    names = ("MOCKLOOP_PROVIDER", "MOCKLOOP_BASE_URL", "MOCKLOOP_MODEL")
    return any(flags) or any(os.environ.get(n) for n in names)


def _emit(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` and say so."""
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}", 1)
    typer.echo(f"Wrote {output}")


def _load_plan(path: Path) -> Any:
    from mockloop.notes.plan import load_plan_or_notes

    return load_plan_or_notes(path)


def _check_round(plan: Any, round_id: str | None) -> str:
    from mockloop.catalog.library import load_round

    chosen = round_id or (plan.rounds[0].id if plan.rounds else "recruiter")
    load_round(chosen)  # raises UnknownRoundError with the valid ids
    return chosen


# ------------------------------------------------------------------ rounds


@app.command()
@friendly
def rounds(
    notes: NotesArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    save: Annotated[
        Path | None,
        typer.Option("--save", help="Write the plan to this .yaml or .json file to edit."),
    ] = None,
    llm: Annotated[
        bool,
        typer.Option(
            "--llm", help="Let the model extract the plan (for notes the parser cannot read)."
        ),
    ] = False,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
) -> None:
    """Read your notes and show the interview plan: rounds, interviewers, focus points.

    Example: mockloop rounds fixtures/notes/fireworks-fdpm.md --save plan.yaml
    """
    if llm:
        from mockloop.notes.llm_plan import extract_with_llm
        from mockloop.notes.parser import read_notes

        read_notes(notes)  # the same one-line errors for a missing, binary or empty file
        text = notes.read_text(encoding="utf-8-sig")
        plan = extract_with_llm(text, _settings(provider, model, base_url, api_key_env), str(notes))
    else:
        plan = _load_plan(notes)
    if save is not None:
        from mockloop.notes.plan import save_plan

        save_plan(plan, save)
    if as_json:
        typer.echo(plan.model_dump_json(indent=2))
        return
    from .views import print_plan

    print_plan(plan)
    if save is not None:
        typer.echo(f"Plan saved to {save}: edit it, then pass it instead of the notes.")


# ------------------------------------------------------------------ persona


@app.command()
@friendly
def persona(
    notes: NotesArg,
    round_id: RoundOpt = None,
    questions: Annotated[
        int | None,
        typer.Option("--questions", "-n", min=1, max=20, help="Main questions on the agenda."),
    ] = None,
) -> None:
    """Print the interviewer's system prompt for a round, exactly as a live model receives it:
    the persona, then the turn protocol and the session's agenda.

    Example: mockloop persona fixtures/notes/fireworks-fdpm.md --round technical
    """
    from mockloop.interview.session import live_system_prompt

    plan = _load_plan(notes)
    typer.echo(live_system_prompt(plan, _check_round(plan, round_id), questions), nl=False)


# ------------------------------------------------------------------ interview


@app.command()
@friendly
def interview(
    notes: Annotated[
        Path | None,
        typer.Argument(
            help="Your prep notes or a saved plan (not needed with --resume).", show_default=False
        ),
    ] = None,
    round_id: RoundOpt = None,
    offline: Annotated[
        bool,
        typer.Option("--offline", help="Use the deterministic interviewer: no network, no key."),
    ] = False,
    questions: Annotated[
        int | None, typer.Option("--questions", "-n", min=1, max=20, help="Main questions to ask.")
    ] = None,
    follow_ups: Annotated[
        int,
        typer.Option(
            "--follow-ups", min=0, max=5, help="At most this many follow-ups per question."
        ),
    ] = 2,
    minutes: Annotated[
        float | None,
        typer.Option("--minutes", min=1, help="Start no new main question after this long."),
    ] = None,
    resume: Annotated[
        str | None, typer.Option("--resume", help="Continue a stopped session by id.")
    ] = None,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
) -> None:
    """Run a mock interview for one round. Type /help during it for commands.

    With FIREWORKS_API_KEY set (or --provider for another endpoint) a live model interviews you;
    with no key, or with --offline, the deterministic offline interviewer does.

    Answers: on a terminal, Enter sends and Esc Enter adds a line; piped input is one answer per line.

    Example: mockloop interview fixtures/notes/fireworks-fdpm.md --round technical -n 3
    """
    from mockloop.interview.run import run_interview

    if resume is None and notes is None:
        fail("give the notes or plan to interview on, or --resume SESSION_ID", 2)
    settings = None
    if not offline:
        settings = _settings(provider, model, base_url, api_key_env)
        from mockloop.llm.settings import has_credentials

        if not has_credentials(settings) and not _chosen_explicitly(
            provider, model, base_url, api_key_env
        ):
            if resume is None:
                typer.echo(
                    f"mockloop: {settings.api_key_env} is not set: running the offline interviewer "
                    f"(deterministic, no network). Export {settings.api_key_env} or pass --provider for a live model.",
                    err=True,
                )
            settings = None
    plan = None if resume else _load_plan(notes)  # type: ignore[arg-type]
    chosen = None if resume else _check_round(plan, round_id)
    if settings is not None:
        _settle_imports()
    _preflight_store()
    run_interview(
        plan=plan,
        round_id=chosen,
        settings=settings,
        resume=resume,
        offline=offline,
        questions=questions,
        follow_ups=follow_ups,
        minutes=minutes,
    )


def _preflight_store() -> None:
    """A read-only data directory or a full disk fails here, before the first question."""
    from mockloop.store.db import Store

    store = Store()
    try:
        store.check_writable()
    finally:
        store.close()


# ------------------------------------------------------------------ sessions and export


@app.command()
@friendly
def sessions(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Show only the newest N.")
    ] = None,
) -> None:
    """List stored sessions, newest first.

    Example: mockloop sessions --limit 10
    """
    from mockloop.store.db import Store

    found = Store().list_sessions(limit=limit)
    if as_json:
        import json

        typer.echo(
            json.dumps([s.model_dump(mode="json", exclude={"plan"}) for s in found], indent=2)
        )
        return
    from .views import print_sessions

    print_sessions(found)


@app.command()
@friendly
def export(
    session_id: Annotated[
        str, typer.Argument(help="Session id or a unique prefix of one.", show_default=False)
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or json.")] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Write a session's transcript as Markdown or JSON.

    Example: mockloop export 20261127-0315 --format md --output interview.md
    """
    from mockloop.catalog.persona import interviewer_name
    from mockloop.report.export import to_json, to_markdown
    from mockloop.store.db import Store

    if fmt not in ("md", "json"):
        fail(f"unknown format {fmt!r}: use md or json", 2)
    store = Store()
    full_id = store.resolve_id(session_id)
    info = store.session(full_id)
    turns = store.turns(full_id)
    if fmt == "json":
        text = to_json(info, turns)
    else:
        text = to_markdown(info, turns, interviewer_name(info.plan, info.round))
    _emit(text, output)


# ------------------------------------------------------------------ scoring


JudgeModelOpt = Annotated[str | None, typer.Option("--judge-model", help="Model id for the judge.")]
SamplesOpt = Annotated[
    int,
    typer.Option(
        "--samples", min=1, max=9, help="Judge K times; report the median and the spread."
    ),
]


def _judge_settings(
    offline: bool,
    provider: str | None,
    judge_model: str | None,
    base_url: str | None,
    api_key_env: str | None,
) -> Any:
    """Settings for the LLM judge, or None for the heuristic scorer (offline or no key)."""
    if offline:
        return None
    from mockloop.llm.settings import has_credentials, resolve_settings

    settings = resolve_settings(
        provider=provider, base_url=base_url, api_key_env=api_key_env, judge_model=judge_model
    )
    if has_credentials(settings):
        return settings
    if _chosen_explicitly(provider, judge_model, base_url, api_key_env):
        return settings  # the user asked for a model: let the missing key be the error
    typer.echo(
        f"mockloop: {settings.api_key_env} is not set: using the offline heuristic scorer. "
        "Pass --offline to hide this note.",
        err=True,
    )
    return None


@app.command()
@friendly
def feedback(
    round_id: Annotated[str, typer.Option("--round", "-r", help="Round whose rubric applies.")],
    question: Annotated[str, typer.Option("--question", "-q", help="The question you answered.")],
    answer: Annotated[
        str | None, typer.Option("--answer", "-a", help="Your answer (or --answer-file, or stdin).")
    ] = None,
    answer_file: Annotated[
        Path | None, typer.Option("--answer-file", help="Read the answer from a file.")
    ] = None,
    notes: Annotated[
        Path | None,
        typer.Option("--notes", help="Your notes or plan, for company, role and pitch."),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Heuristic scorer: no network, no key.")
    ] = False,
    samples: SamplesOpt = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    provider: ProviderOpt = None,
    judge_model: JudgeModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
) -> None:
    """Score one answer against a round's rubric and say how to make it stronger.

    Example: mockloop feedback -r technical -q "How does prefix caching cut cost?" --answer-file answer.txt --offline
    """
    from mockloop.scoring.feedback import question_from_text, single_segment
    from mockloop.scoring.grading import scorer_for

    _check_round(None, round_id)
    text = _answer_text(answer, answer_file)
    plan = _load_plan(notes) if notes else None
    asked = question_from_text(
        round_id,
        question,
        (plan.company if plan else None) or "the company",
        (plan.role if plan else None) or "the role",
    )
    settings = _judge_settings(offline, provider, judge_model, base_url, api_key_env)
    scorer = scorer_for(round_id, settings, plan, samples=samples)
    result = scorer(single_segment(asked, text))
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    from mockloop.report.terminal import print_segment

    print_segment(result)


def _answer_text(answer: str | None, answer_file: Path | None) -> str:
    if answer is not None:
        text = answer
    elif answer_file is not None:
        try:
            text = answer_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read the answer file {answer_file}: {exc}", 2)
    elif not sys.stdin.isatty():
        text = sys.stdin.read()
    else:
        fail("give the answer with --answer, --answer-file, or on stdin", 2)
    if not text.strip():
        fail("the answer is empty: give the answer with --answer, --answer-file, or on stdin", 2)
    return text


@app.command()
@friendly
def score(
    session_id: Annotated[
        str, typer.Argument(help="Session id or a unique prefix.", show_default=False)
    ],
    regrade: Annotated[
        bool, typer.Option("--regrade", help="Score every answer again and show what changed.")
    ] = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="Heuristic scorer: no network, no key.")
    ] = False,
    samples: SamplesOpt = 1,
    provider: ProviderOpt = None,
    judge_model: JudgeModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
) -> None:
    """Score (or re-score) the answers of a stored session.

    Without --regrade only answers not yet scored are scored. With --regrade every answer is scored
    again with the current rubric (or another --judge-model) and the changes are shown.

    Example: mockloop score 20261127-0315 --regrade --judge-model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.scoring.grading import round_score, score_session, scorer_for
    from mockloop.store.db import Store

    from .views import print_regrade

    store = Store()
    full_id = store.resolve_id(session_id)
    info = store.session(full_id)
    settings = _judge_settings(offline, provider, judge_model, base_url, api_key_env)
    scorer = scorer_for(info.round, settings, info.plan, samples=samples, session_id=full_id)
    before, after = score_session(store, full_id, scorer, regrade=regrade)
    print_regrade(
        before,
        after,
        round_score(info.round, before) if before else None,
        round_score(info.round, after),
    )
    typer.echo(f"Full feedback: mockloop report {full_id}")
    unscored = [s for s in after if s.status != "scored"]
    if unscored:
        fail(
            f"{len(unscored)} answer(s) could not be scored ({unscored[0].unscored_reason}); "
            f"run `mockloop score {full_id}` again",
            1,
        )


@app.command()
@friendly
def report(
    session_id: Annotated[
        str, typer.Argument(help="Session id or a unique prefix.", show_default=False)
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="terminal, md, html or json.")
    ] = "terminal",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Show a session's scores, evidence and feedback, with the transcript.

    Unscored answers are scored first with the offline heuristic scorer (run `mockloop score` for the LLM judge).

    Example: mockloop report 20261127-0315 --format html --output report.html
    """
    from mockloop.catalog.persona import interviewer_name
    from mockloop.report.data import ReportData
    from mockloop.report.html import render_html
    from mockloop.report.markdown import render_json, render_markdown
    from mockloop.report.terminal import print_terminal
    from mockloop.scoring.grading import round_score, score_session, scorer_for
    from mockloop.store.db import Store

    renderers = {"md": render_markdown, "html": render_html, "json": render_json}
    if fmt not in (*renderers, "terminal"):
        fail(f"unknown format {fmt!r}: use terminal, md, html or json", 2)
    store = Store()
    full_id = store.resolve_id(session_id)
    info = store.session(full_id)
    if not store.latest_scores(full_id):
        score_session(store, full_id, scorer_for(info.round, None))
    scores = store.latest_scores(full_id)
    from mockloop.catalog.library import load_round

    data = ReportData(
        session=store.session(full_id),
        turns=store.turns(full_id),
        segments=scores,
        round_score=round_score(info.round, scores),
        rubric=load_round(info.round).rubric,
        interviewer=interviewer_name(info.plan, info.round),
    )
    if fmt == "terminal" and output is None:
        print_terminal(data)
        return
    text = renderers.get(fmt, render_markdown)(data)
    _emit(text, output)


@app.command()
@friendly
def calibrate(
    set_dir: Annotated[
        Path | None, typer.Option("--set", help="Directory of labelled answers (YAML).")
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Calibrate the heuristic scorer.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    provider: ProviderOpt = None,
    judge_model: JudgeModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
) -> None:
    """Measure how well a scorer agrees with human-labelled answers before you trust it.

    Prints Spearman, quadratic-weighted kappa, exact and within-one agreement, and how much the
    score follows answer length (a judge that rewards length is a bad judge).

    Example: mockloop calibrate --set fixtures/calibration --judge-model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.scoring.calibration import DEFAULT_SET, load_set, run_calibration
    from mockloop.scoring.grading import item_scorer_for

    from .views import print_calibration

    directory = set_dir or DEFAULT_SET
    if not directory.is_dir():
        fail(
            f"no calibration set at {directory}: pass --set DIR (the repository ships fixtures/calibration)",
            2,
        )
    items = load_set(directory)
    if not items:
        fail(f"{directory} holds no labelled answers (*.yaml)", 2)
    settings = _judge_settings(offline, provider, judge_model, base_url, api_key_env)
    result = run_calibration(items, item_scorer_for(settings))
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    print_calibration(
        result, "heuristic (offline)" if settings is None else f"LLM judge {settings.judge_model}"
    )


# ------------------------------------------------------------------ config and doctor

config_app = typer.Typer(help="Inspect the resolved model settings.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
@friendly
def config_show(
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Print the settings mockloop would use, where each came from, and whether a key is set (never the key).

    Precedence: flag > environment (MOCKLOOP_PROVIDER, MOCKLOOP_MODEL, ...) > config file > preset.

    Example: mockloop config show --provider ollama
    """
    from mockloop.llm.settings import redacted

    shown = redacted(_settings(provider, model, base_url, api_key_env))
    if as_json:
        import json

        typer.echo(json.dumps(shown, indent=2, default=str))
        return
    from .views import print_settings

    print_settings(shown)


@app.command()
@friendly
def doctor(
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key_env: KeyEnvOpt = None,
) -> None:
    """Check the model endpoint for real: key, server, model, a streamed reply, structured output, latency.

    Example: mockloop doctor --provider fireworks --model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.llm.doctor import check_endpoint

    from .views import print_checks

    checks = check_endpoint(_settings(provider, model, base_url, api_key_env))
    print_checks(checks)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


_FREEZE_IMPORTS = False  # set by main(): the process ends when the command returns


def _settle_imports() -> None:
    """Before a live interview run by the console script: import the openai SDK now and move
    everything imported so far out of the garbage collector's sight (gc.freeze). Left in view,
    the SDK's thousands of classes cost the interpreter's final collection 0.3-0.5 s after the
    report is shown. Objects created later (the store's connection) are collected, and closed,
    at exit as before. Not in-process (tests): it would freeze the caller's heap."""
    if not _FREEZE_IMPORTS:
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


def main() -> None:
    """Console-script entry: anything unexpected still ends in one line, not a traceback."""
    global _FREEZE_IMPORTS
    _FREEZE_IMPORTS = True
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("mockloop: interrupted", err=True)
        sys.exit(130)
    except MockloopError as exc:
        typer.echo(f"mockloop: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        if os.environ.get("MOCKLOOP_DEBUG"):
            raise
        mapped = _store_failure(exc)
        if mapped is not None:
            typer.echo(f"mockloop: error: {mapped}", err=True)
            sys.exit(mapped.exit_code)
        typer.echo(
            f"mockloop: internal error: {type(exc).__name__}: {exc} (set MOCKLOOP_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(1)
