"""`loop` and `debrief`: the whole loop, round after round with memory across them, and the hiring
committee's decision over a loop or chosen sessions (`report LOOP_ID` lands here too)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .common import (
    FollowUpsOpt,
    ModelFlags,
    OfflineOpt,
    app,
    emit,
    fail,
    format_for,
    friendly,
    live_settings,
    model_options,
    preflight_store,
    warn_skipped,
)
from .plans import HeuristicOpt, check_round, load_plan, plan_for

FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="terminal, md, html or json (default: from -o's extension, else terminal).",
    ),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
]


@app.command("loop")
@friendly
@model_options
def loop_command(
    notes: Annotated[
        Path | None,
        typer.Argument(
            help="Your prep notes or a saved plan (not needed with --resume).", show_default=False
        ),
    ] = None,
    rounds: Annotated[
        str | None,
        typer.Option(
            "--rounds",
            help="The rounds to run, in order, comma-separated: ids, numbers or kinds as "
            "--round takes them (default: every round of the plan).",
        ),
    ] = None,
    offline: OfflineOpt = False,
    questions: Annotated[
        int | None,
        typer.Option("--questions", "-n", min=1, max=20, help="Main questions in each round."),
    ] = None,
    follow_ups: FollowUpsOpt = 2,
    minutes: Annotated[
        float | None,
        typer.Option("--minutes", min=1, help="In each round, no new main question after this."),
    ] = None,
    resume: Annotated[
        str | None,
        typer.Option("--resume", help="Continue a stopped loop by id, at its round and question."),
    ] = None,
    case_file: Annotated[
        Path | None,
        typer.Option(
            "--case-file",
            help="Your written take-home answer: the loop's take-home round defends it.",
        ),
    ] = None,
    list_loops: Annotated[bool, typer.Option("--list", help="List stored loops.")] = False,
    heuristic: HeuristicOpt = False,
    *,
    flags: ModelFlags,
) -> None:
    """Run the whole loop: every round of the plan in order, as linked sessions.

    Each later interviewer is briefed on the earlier rounds (your claims and their numbers, your
    stories, weak spots, open questions) and probes one of them; the final round checks that your
    answers hold together with your pitch. Between rounds it pauses (Enter goes on, /stop stops;
    piped input goes straight on). At the end the hiring committee's debrief is printed.

    Example: mockloop loop fixtures/notes/fireworks-fdpm.md --offline

    Continue a stopped loop: mockloop loop --resume loop-20261127-031500-a1b2

    With a take-home answer: mockloop loop NOTES --case-file answer.md (its take-home round is the
    defence, as in `mockloop interview --round take-home --case-file`).
    """
    from mockloop.loop.run import LoopOptions, run_loop, start_loop

    if list_loops:
        _print_loops()
        return
    if resume is not None and (notes is not None or rounds is not None or case_file is not None):
        fail("--resume continues the loop's own notes, rounds and case: drop them", 2)
    if resume is None and notes is None:
        fail("give the notes or plan to run the loop on, or --resume LOOP_ID", 2)
    if resume is not None:
        preflight_store()
        outcome = run_loop(
            _loop_id(resume), offline=offline, overrides=_flags(flags), resuming=True
        )
    else:
        from mockloop.interview.run import require_key

        settings = live_settings(
            flags, offline, judging=False,
            note="mockloop: {env} is not set: running the offline interviewer (deterministic, no "
            "network). Export {env} or pass --provider for a live model.",
        )  # fmt: skip
        require_key(settings)
        assert notes is not None
        plan = load_plan(notes) if heuristic else plan_for(notes, settings, cached_only=True)
        chosen = parse_rounds(plan, rounds)
        options = LoopOptions(questions, follow_ups, minutes)
        if case_file is not None:
            options.case_file, options.case_text = (
                str(case_file),
                _case_text(plan, chosen, case_file),
            )
        preflight_store()
        loop_id = start_loop(plan, chosen, settings, options)
        outcome = run_loop(loop_id, settings=settings, offline=offline)
    if outcome.status == "ended":
        _show(outcome.loop_id, [], "terminal", None)


def parse_rounds(plan: Any, rounds: str | None) -> list[str]:
    """The plan's rounds ``--rounds`` names, in its order; each name as --round takes it. An
    unknown or repeated round is a one-line error."""
    if rounds is None:
        if not plan.rounds:
            fail("the plan has no rounds: name them with --rounds", 2)
        return [r.id for r in plan.rounds]
    names = [n.strip() for n in rounds.split(",") if n.strip()]
    if not names:
        fail("--rounds is empty: name rounds by id, number or kind, comma-separated", 2)
    chosen = [check_round(plan, name) for name in names]
    twice = next((r for n, r in enumerate(chosen) if r in chosen[:n]), None)
    if twice is not None:
        fail(f"--rounds names the {twice} round twice: list each round once", 2)
    return chosen


def _case_text(plan: Any, chosen: list[str], case_file: Path) -> str:
    """The take-home answer's text, read once (one-line errors), for a loop with a take-home
    round; a loop without one is a one-line error."""
    from mockloop.case.document import read_document
    from mockloop.catalog.persona import plan_round

    if not any(plan_round(plan, r).kind_id == "take-home" for r in chosen):
        fail("--case-file is defended in a take-home round, and this loop has none: add it to "
             "--rounds", 2)  # fmt: skip
    return read_document(case_file).text


def _flags(flags: ModelFlags) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(flags)


def _loop_id(given: str) -> str:
    from mockloop.store.db import Store
    from mockloop.store.loops import resolve_loop_id

    with Store() as store:
        return resolve_loop_id(store, given.strip())


def _print_loops() -> None:
    from rich.console import Console
    from rich.table import Table

    from mockloop.store.db import Store
    from mockloop.store.loops import list_loops
    from mockloop.text import printable

    with Store() as store:
        found = list_loops(store)
        warn_skipped(store)
    console = Console(highlight=False)
    if not found:
        console.print("No loops yet. Start one: mockloop loop NOTES --offline")
        return
    table = Table()
    for column in ("loop", "company", "rounds", "mode", "started", "status"):
        table.add_column(column)
    for info in found:
        reached = f"{len(info.sessions)}/{len(info.rounds)}"
        mode = "live" if info.mode == "llm" else "offline"
        started = info.started_at.replace("T", " ")[5:16]
        company = printable(info.company or "—")
        table.add_row(info.id, company, reached, mode, started, info.status)
    console.print(table)


# ------------------------------------------------------------------ the committee


@app.command()
@friendly
def debrief(
    loop_id: Annotated[
        str | None, typer.Argument(help="A loop id (see `mockloop loop --list`).")
    ] = None,
    sessions: Annotated[
        str | None,
        typer.Option("--sessions", help="Session ids, comma-separated, read as rounds of a loop."),
    ] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """The hiring committee's decision over a loop or chosen sessions.

    A decision (strong no, no, lean no, lean yes, yes, strong yes) from the rounds' scores, each
    round's reasons with the quotes they rest on, where the rounds disagree (a criterion strong in
    one and weak in another, a number that changed) and what would change the decision.

    Example: mockloop debrief loop-20261127-031500-a1b2 -o debrief.md

    Any sessions: mockloop debrief --sessions 20261127-0315,20261128-0910
    """
    if loop_id is None and not sessions:
        fail("give a loop id, or --sessions ID,ID", 2)
    ids = [s.strip() for s in (sessions or "").split(",") if s.strip()]
    _show(_loop_id(loop_id) if loop_id else None, ids, fmt, output, whole=False)


def loop_report(loop_id: str, fmt: str | None, output: Path | None) -> None:
    """`mockloop report LOOP_ID`: the debrief, then every round's report, in one document."""
    _show(_loop_id(loop_id), [], fmt, output, whole=True)


def _show(
    loop_id: str | None, ids: list[str], fmt: str | None, output: Path | None, whole: bool = False
) -> None:
    from mockloop.report import debrief as views
    from mockloop.report.load import load_loop_report
    from mockloop.store.db import Store

    default = "terminal" if output is None else "md"
    fmt = format_for(fmt, output, ("terminal", "md", "html", "json"), default)
    if fmt == "terminal" and output is not None:
        fail("--format terminal prints to the screen: pass --format md, html or json with -o", 2)
    with Store() as store:
        report = load_loop_report(store, loop_id, ids)
        warn_skipped(store)
    if not report.rounds:
        fail(f"loop {loop_id} has no round yet: run it with `mockloop loop --resume {loop_id}`", 1)
    if fmt != "json":  # stored answers and model text are shown, never obeyed by a terminal
        from mockloop.text import printable_data

        report = views.LoopReport.model_validate(printable_data(report.model_dump()))
    if fmt == "terminal":
        (views.print_loop_report if whole else _print_debrief)(report)
        return
    renderers = {
        "md": (views.loop_markdown, lambda r: views.debrief_markdown(r.debrief)),
        "html": (views.loop_html, lambda r: views.debrief_page(r.debrief)),
        "json": (views.loop_json, lambda r: views.debrief_json(r.debrief)),
    }
    emit(renderers[fmt][0 if whole else 1](report), output)


def _print_debrief(report: Any) -> None:
    from mockloop.report.debrief import print_debrief

    print_debrief(report.debrief)
