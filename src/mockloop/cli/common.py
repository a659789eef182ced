"""What every command shares: the typer app, the error mapping, the common options and helpers.

Heavy modules (the notes parser, jinja2, sqlite, the openai SDK) are imported inside the
commands that need them, so ``mockloop --help`` starts fast.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperGroup

from mockloop.errors import MockloopError

F = TypeVar("F", bound=Callable[..., Any])

# The order of `mockloop --help`: the flow from notes to scores, then the tools.
COMMAND_ORDER = (
    "rounds", "persona", "interview", "case", "loop", "sessions", "export", "feedback", "score",
    "report", "debrief", "progress", "drill", "stories", "calibrate", "selftest", "config", "doctor",
)  # fmt: skip


class _FlowOrder(TyperGroup):
    def list_commands(self, ctx: Any) -> list[str]:
        rank = {name: i for i, name in enumerate(COMMAND_ORDER)}
        return sorted(super().list_commands(ctx), key=lambda n: rank.get(n, len(rank)))


class State:
    """Process-wide flags ``main`` sets."""

    freeze_imports = False  # the console script: the process ends when the command returns


state = State()

app = typer.Typer(
    name="mockloop",
    cls=_FlowOrder,
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
            mapped = store_failure(exc)
            if mapped is None:
                raise
            fail(str(mapped), mapped.exit_code)

    return wrapper  # type: ignore[return-value]


def store_failure(exc: BaseException) -> MockloopError | None:
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
    from mockloop.text import printable

    typer.echo(f"mockloop: error: {printable(message)}", err=True)
    raise typer.Exit(code)


def warn_skipped(store: Any) -> None:
    """One line on stderr per stored row the store could not read and left out."""
    from mockloop.text import printable

    for line in store.skipped:
        typer.echo(f"mockloop: warning: {printable(line)}", err=True)


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
OfflineOpt = Annotated[
    bool,
    typer.Option("--offline", help="Use the deterministic interviewer: no network, no key."),
]
FollowUpsOpt = Annotated[
    int,
    typer.Option("--follow-ups", min=0, max=5, help="At most this many follow-ups per question."),
]


# ------------------------------------------------------------------ model flags, one set for every command

_MODEL_OPTIONS: dict[str, Any] = {
    "provider": Annotated[
        str | None,
        typer.Option("--provider", "-p", show_default=False,
                     help="fireworks, openai, together, groq, ollama, vllm, llamacpp."),
    ],
    "base_url": Annotated[
        str | None,
        typer.Option("--base-url", help="Any OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1."),
    ],
    "api_key_env": Annotated[
        str | None,
        typer.Option("--api-key-env", help="Environment variable holding the key (never the key itself)."),
    ],
    "model": Annotated[
        str | None,
        typer.Option("--model", "-m", help="Model id: it interviews and reads notes, and grades unless --judge-model."),
    ],
    "judge_model": Annotated[
        str | None, typer.Option("--judge-model", help="Model id that grades answers (default: the model).")
    ],
    "temperature": Annotated[
        float | None,
        typer.Option("--temperature", min=0.0, max=2.0, help="Interviewer sampling temperature (default 0.7)."),
    ],
    "timeout": Annotated[
        float | None,
        typer.Option("--timeout", min=1.0, help="Seconds to wait for each model request (default 60)."),
    ],
}  # fmt: skip


@dataclass(frozen=True)
class ModelFlags:
    """The model flags as given on the command line (None: not given). Every command that talks
    to a model takes all of them, with one meaning: the model interviews and extracts, the judge
    model grades, and the judge defaults to the model."""

    provider: str | None = None
    base_url: str | None = None
    api_key_env: str | None = None
    model: str | None = None
    judge_model: str | None = None
    temperature: float | None = None
    timeout: float | None = None

    def given(self) -> bool:
        return any(v is not None and v != "" for v in asdict(self).values())

    def chosen(self) -> bool:
        """The user asked for a model (a flag or MOCKLOOP_PROVIDER/BASE_URL/MODEL)."""
        names = ("MOCKLOOP_PROVIDER", "MOCKLOOP_BASE_URL", "MOCKLOOP_MODEL", "MOCKLOOP_JUDGE_MODEL")
        return self.given() or any(os.environ.get(n) for n in names)

    def settings(self, *, judging: bool = False, require_model: bool = True) -> Any:
        """The resolved settings. ``judging``: a command that only grades, where --judge-model
        alone names the model too."""
        from mockloop.llm.settings import resolve_settings

        values = asdict(self)
        if judging and not values["model"] and values["judge_model"]:
            values["model"] = values["judge_model"]
        return resolve_settings(**values, require_model=require_model)


def option_group(
    options: dict[str, Any],
    param: str,
    build: Callable[[dict[str, Any]], Any],
    defaults: dict[str, Any] | None = None,
) -> Callable[[F], F]:
    """A decorator giving a command a group of flags: typer sees each option of ``options``,
    the command receives them built into one ``param`` argument (``build`` of their values)."""
    given = defaults or {}

    def decorate(func: F) -> F:
        signature = inspect.signature(func, eval_str=True)
        kept = [p for p in signature.parameters.values() if p.name != param]
        added = [
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=given.get(name), annotation=annotation
            )
            for name, annotation in options.items()
        ]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            values = {name: kwargs.pop(name, given.get(name)) for name in options}
            return func(*args, **{param: build(values)}, **kwargs)

        wrapper.__signature__ = signature.replace(parameters=[*kept, *added])  # type: ignore[attr-defined]
        wrapper.__annotations__ = {
            **{p.name: p.annotation for p in kept},
            **options,
            "return": signature.return_annotation,
        }
        return wrapper  # type: ignore[return-value]

    return decorate


# The model flags, defined once so every command spells and means them alike: typer sees the
# seven options, the command receives one ``flags: ModelFlags`` argument.
model_options = option_group(_MODEL_OPTIONS, "flags", lambda values: ModelFlags(**values))


def live_settings(flags: ModelFlags, offline: bool, *, judging: bool, note: str) -> Any:
    """Settings to reach the model, or None for the offline path: with --offline, or when no key
    is set and the user chose no model (then ``note`` says so on stderr). A model the user chose
    with a missing key is left for the caller to report as an error."""
    if offline:
        return None
    from mockloop.llm.settings import has_credentials

    settings = flags.settings(judging=judging)
    if has_credentials(settings) or flags.chosen():
        return settings
    if note:
        typer.echo(note.format(env=settings.api_key_env), err=True)
    return None


def judge_settings(flags: ModelFlags, offline: bool) -> Any:
    """Settings for the LLM judge, or None for the heuristic scorer (offline or no key)."""
    return live_settings(
        flags, offline, judging=True,
        note="mockloop: {env} is not set: using the offline heuristic scorer. Pass --offline to hide this note.",
    )  # fmt: skip


def emit(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` and say so."""
    from mockloop.files import write_atomic
    from mockloop.text import printable

    if output is None:
        typer.echo(printable(text), nl=False)
        return
    try:
        write_atomic(output, text)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}", 1)
    typer.echo(f"Wrote {output}")


SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def format_for(fmt: str | None, output: Path | None, allowed: tuple[str, ...], default: str) -> str:
    """--format if given, else the format -o's extension names (report.html: html), else
    ``default``. A format the command does not write is a one-line usage error."""
    if fmt is None and output is not None:
        fmt = SUFFIX_FORMATS.get(output.suffix.lower())
        if fmt is not None and fmt not in allowed:
            fail(
                f"{output} names {fmt}, which this command does not write: use {', '.join(allowed)}",
                2,
            )
    fmt = (fmt or default).lower()
    if fmt not in allowed:
        fail(f"unknown format {fmt!r}: use {', '.join(allowed)}", 2)
    return fmt


SamplesOpt = Annotated[
    int,
    typer.Option(
        "--samples", min=1, max=9, help="Judge K times; report the median and the spread."
    ),
]


def preflight_store() -> None:
    """A read-only data directory or a full disk fails here, before the first question."""
    from mockloop.store.db import Store

    with Store() as store:
        store.check_writable()
