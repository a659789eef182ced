"""`sessions`, `export` and `report`: what is stored, as a transcript or a scored report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import app, emit, fail, format_for, friendly, warn_skipped

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

    store = Store()
    found = store.list_sessions(limit=limit)
    warn_skipped(store)
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
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="md or json (default: from -o's extension, else md)."),
    ] = None,
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

    fmt = format_for(fmt, output, ("md", "json"), "md")
    store = Store()
    full_id = store.resolve_id(session_id)
    info = store.session(full_id)
    turns = store.turns(full_id)
    warn_skipped(store)
    if fmt == "json":
        text = to_json(info, turns)
    else:
        text = to_markdown(info, turns, interviewer_name(info.plan, info.round))
    emit(text, output)


@app.command()
@friendly
def report(
    session_id: Annotated[
        str,
        typer.Argument(
            help="Session id or a unique prefix; or a loop id (loop-…).", show_default=False
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="terminal, md, html or json (default: from -o's extension, else terminal).",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Show a session's scores, evidence and feedback, with the transcript.

    Unscored answers are scored first with the offline heuristic scorer (run `mockloop score` for the LLM judge).
    A loop id gives the whole loop: the committee's debrief, then every round's report.

    Example: mockloop report 20261127-0315 --format html --output report.html
    """
    from mockloop.store.loops import is_loop_id

    if is_loop_id(session_id):
        from .loop import loop_report

        loop_report(session_id, fmt, output)
        return
    from mockloop.report.data import ReportData
    from mockloop.report.html import render_html
    from mockloop.report.load import load_report
    from mockloop.report.markdown import render_json, render_markdown
    from mockloop.report.terminal import print_terminal
    from mockloop.store.db import Store

    renderers = {"md": render_markdown, "html": render_html, "json": render_json}
    fmt = format_for(fmt, output, ("terminal", *renderers), "terminal" if output is None else "md")
    if fmt == "terminal" and output is not None:
        fail("--format terminal prints to the screen: pass --format md, html or json with -o", 2)
    store = Store()
    full_id = store.resolve_id(session_id)
    data = load_report(store, full_id)
    warn_skipped(store)
    if fmt != "json":  # stored answers and model text are shown, never obeyed by a terminal
        from mockloop.text import printable_data

        data = ReportData.model_validate(printable_data(data.model_dump()))
    if fmt == "terminal":
        print_terminal(data)
        return
    text = renderers[fmt](data)
    emit(text, output)
