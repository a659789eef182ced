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

from .errors import MockloopError

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
    context_settings={"help_option_names": ["-h", "--help"]},
)


def friendly(func: F) -> F:
    """Print a MockloopError as one line on stderr and exit with its code; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MockloopError as exc:
            fail(str(exc), exc.exit_code)

    return wrapper  # type: ignore[return-value]


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"mockloop: error: {message}", err=True)
    raise typer.Exit(code)


NotesArg = Annotated[
    Path, typer.Argument(help="Your prep notes (Markdown or plain text) or a plan saved with --save.",
                         show_default=False)
]
RoundOpt = Annotated[
    str | None,
    typer.Option("--round", "-r", help="Round id (see `mockloop rounds`); default: the plan's first round."),
]


ProviderOpt = Annotated[
    str | None,
    typer.Option("--provider", "-p", help="fireworks, openai, together, groq, ollama, vllm, llamacpp.",
                 show_default=False),
]
ModelOpt = Annotated[str | None, typer.Option("--model", "-m", help="Model id for the interviewer.")]
BaseUrlOpt = Annotated[
    str | None, typer.Option("--base-url", help="Any OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.")
]
KeyEnvOpt = Annotated[
    str | None, typer.Option("--api-key-env", help="Environment variable holding the key for --base-url.")
]


def _settings(provider: str | None, model: str | None, base_url: str | None, api_key_env: str | None) -> Any:
    from .config import resolve_settings

    return resolve_settings(provider=provider, model=model, base_url=base_url, api_key_env=api_key_env)


def _chosen_explicitly(*flags: str | None) -> bool:
    names = ("MOCKLOOP_PROVIDER", "MOCKLOOP_BASE_URL", "MOCKLOOP_MODEL")
    return any(flags) or any(os.environ.get(n) for n in names)


def _load_plan(path: Path) -> Any:
    from .plan import load_plan_or_notes

    return load_plan_or_notes(path)


def _check_round(plan: Any, round_id: str | None) -> str:
    from .catalog import load_round

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
        Path | None, typer.Option("--save", help="Write the plan to this .yaml or .json file to edit.")
    ] = None,
    llm: Annotated[
        bool, typer.Option("--llm", help="Let the model extract the plan (for notes the parser cannot read).")
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
        from .llm_plan import extract_with_llm
        from .notes import read_notes

        read_notes(notes)  # the same one-line errors for a missing, binary or empty file
        text = notes.read_text(encoding="utf-8-sig")
        plan = extract_with_llm(text, _settings(provider, model, base_url, api_key_env), str(notes))
    else:
        plan = _load_plan(notes)
    if save is not None:
        from .plan import save_plan

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
def persona(notes: NotesArg, round_id: RoundOpt = None) -> None:
    """Print the interviewer's system prompt for a round, exactly as a model receives it.

    Example: mockloop persona fixtures/notes/fireworks-fdpm.md --round technical
    """
    from .persona import render_persona

    plan = _load_plan(notes)
    typer.echo(render_persona(plan, _check_round(plan, round_id)).text, nl=False)


# ------------------------------------------------------------------ interview


@app.command()
@friendly
def interview(
    notes: Annotated[
        Path | None,
        typer.Argument(help="Your prep notes or a saved plan (not needed with --resume).", show_default=False),
    ] = None,
    round_id: RoundOpt = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Use the deterministic interviewer: no network, no key.")
    ] = False,
    questions: Annotated[
        int | None, typer.Option("--questions", "-n", min=1, max=20, help="Main questions to ask.")
    ] = None,
    follow_ups: Annotated[
        int, typer.Option("--follow-ups", min=0, max=5, help="At most this many follow-ups per question.")
    ] = 2,
    minutes: Annotated[
        float | None, typer.Option("--minutes", min=1, help="Start no new main question after this long.")
    ] = None,
    resume: Annotated[str | None, typer.Option("--resume", help="Continue a stopped session by id.")] = None,
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
    from .rehearse import run_interview

    if resume is None and notes is None:
        fail("give the notes or plan to interview on, or --resume SESSION_ID", 2)
    settings = None
    if not offline:
        settings = _settings(provider, model, base_url, api_key_env)
        from .config import has_credentials

        if not has_credentials(settings) and not _chosen_explicitly(provider, model, base_url, api_key_env):
            typer.echo(
                f"mockloop: {settings.api_key_env} is not set: running the offline interviewer "
                f"(deterministic, no network). Export {settings.api_key_env} or pass --provider for a live model.",
                err=True,
            )
            settings = None
    plan = None if resume else _load_plan(notes)  # type: ignore[arg-type]
    chosen = None if resume else _check_round(plan, round_id)
    run_interview(
        plan=plan,
        round_id=chosen,
        settings=settings,
        resume=resume,
        questions=questions,
        follow_ups=follow_ups,
        minutes=minutes,
    )


# ------------------------------------------------------------------ sessions and export


@app.command()
@friendly
def sessions(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Show only the newest N.")] = None,
) -> None:
    """List stored sessions, newest first.

    Example: mockloop sessions --limit 10
    """
    from .store import Store

    found = Store().list_sessions(limit=limit)
    if as_json:
        import json

        typer.echo(json.dumps([s.model_dump(mode="json", exclude={"plan"}) for s in found], indent=2))
        return
    from .views import print_sessions

    print_sessions(found)


@app.command()
@friendly
def export(
    session_id: Annotated[str, typer.Argument(help="Session id or a unique prefix of one.", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or json.")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Write a session's transcript as Markdown or JSON.

    Example: mockloop export 20261127-0315 --format md --output interview.md
    """
    from .export import to_json, to_markdown
    from .persona import plan_round
    from .store import Store

    if fmt not in ("md", "json"):
        fail(f"unknown format {fmt!r}: use md or json", 2)
    store = Store()
    full_id = store.resolve_id(session_id)
    info = store.session(full_id)
    turns = store.turns(full_id)
    if fmt == "json":
        text = to_json(info, turns)
    else:
        assert info.plan is not None
        interviewer = plan_round(info.plan, info.round).interviewer or "Interviewer"
        text = to_markdown(info, turns, interviewer)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}", 1)
    typer.echo(f"Wrote {output}")


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
    from .config import redacted

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
    from .probe import check_endpoint
    from .views import print_checks

    checks = check_endpoint(_settings(provider, model, base_url, api_key_env))
    print_checks(checks)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry: anything unexpected still ends in one line, not a traceback."""
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
        typer.echo(
            f"mockloop: internal error: {type(exc).__name__}: {exc} (set MOCKLOOP_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(1)
