"""The `mockloop` console script: the typer app with every command group registered, and an
entry point that turns anything unexpected into one line."""

from __future__ import annotations

import os
import sys

import typer

from mockloop.errors import MockloopError
from mockloop.text import printable

from . import case, config, interview, loop, plan, practice, scoring, selftest, sessions  # noqa: F401 - registers the commands
from .common import app, state, store_failure

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry: anything unexpected still ends in one line, not a traceback."""
    state.freeze_imports = True
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        try:  # bytes that are not UTF-8 become U+FFFD, never an encoding error mid-interview
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("mockloop: interrupted", err=True)
        # at once: every turn is already on disk, and a scoring thread still reading a huge
        # answer must not hold the exit (a second Ctrl-C used to print a traceback)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    except MockloopError as exc:
        typer.echo(f"mockloop: error: {printable(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        if os.environ.get("MOCKLOOP_DEBUG"):
            raise
        mapped = store_failure(exc)
        if mapped is not None:
            typer.echo(f"mockloop: error: {printable(str(mapped))}", err=True)
            sys.exit(mapped.exit_code)
        typer.echo(
            f"mockloop: internal error: {type(exc).__name__}: {exc} (set MOCKLOOP_DEBUG=1 for a traceback)",
            err=True,
        )
        sys.exit(1)
