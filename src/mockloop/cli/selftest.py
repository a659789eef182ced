"""`selftest`: scripted candidates against the configured model; every interviewer turn checked."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .common import ModelFlags, RoundOpt, app, fail, friendly, model_options
from .plans import check_round, load_plan

SAMPLE_NOTES = "fireworks-fdpm.md"


@app.command()
@friendly
@model_options
def selftest(
    notes: Annotated[
        Path | None,
        typer.Argument(
            help="Notes or a plan to interview on (default: the bundled sample notes).",
            show_default=False,
        ),
    ] = None,
    round_id: RoundOpt = None,
    questions: Annotated[
        int, typer.Option("--questions", "-n", min=1, max=5, help="Main questions per session.")
    ] = 2,
    follow_ups: Annotated[
        int, typer.Option("--follow-ups", min=0, max=3, help="At most this many follow-ups each.")
    ] = 1,
    scripts: Annotated[
        list[str] | None,
        typer.Option("--script", "-s", help="Run only this scripted candidate (repeatable)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    *,
    flags: ModelFlags,
) -> None:
    """Check a model as an interviewer before you rehearse with it.

    Scripted candidates (strong, thin, silent, gibberish, rubric-fishing, off-topic, takeover)
    each run a short session against the model; code checks every interviewer turn: one
    question, the word limit, no agenda or rubric leak, no answering for the candidate, no
    question asked twice, the follow-up limit, and a closing. The sessions live in a temporary
    directory and are not kept. Exits 1 when a check fails.

    Example: mockloop selftest --provider llamacpp --base-url http://127.0.0.1:8080/v1 --round technical
    """
    from mockloop.interview.selftest import SCRIPTS, run_selftest
    from mockloop.llm.settings import has_credentials

    chosen = _scripts(SCRIPTS, scripts)
    plan = _plan(notes)
    round_chosen = check_round(plan, round_id)
    settings = flags.settings()
    if not (has_credentials(settings) or flags.chosen()):
        fail(
            f"the self-test needs a model: export {settings.api_key_env}, or pass --provider "
            "or --base-url",
            2,
        )
    result = run_selftest(
        plan, round_chosen, settings, scripts=chosen,
        questions=questions, follow_ups=follow_ups, on_script=_progress,
    )  # fmt: skip
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
    else:
        print_selftest(result)
    if not result.passed:
        failed = ", ".join(result.checks[c] for c in result.failed_checks)
        fail(f"the interviewer failed: {failed}", 1)


def _plan(notes: Path | None) -> Any:
    """The given notes or plan; else the checkout's sample notes; else (an installed wheel,
    which ships no notes) a bare plan, where --round names a catalog kind."""
    if notes is not None:
        return load_plan(notes)
    sample = Path(__file__).resolve().parents[3] / "fixtures" / "notes" / SAMPLE_NOTES
    if sample.is_file():
        return load_plan(sample)
    from mockloop.records import InterviewPlan

    return InterviewPlan()


def _scripts(every: tuple[Any, ...], wanted: list[str] | None) -> list[Any]:
    if not wanted:
        return list(every)
    names = {s.name: s for s in every}
    unknown = [w for w in wanted if w not in names]
    if unknown:
        fail(f"unknown script {unknown[0]!r}: choose from {', '.join(names)}", 2)
    return [names[w] for w in wanted]


def _progress(done: Any) -> None:
    """One line on stderr as each script finishes: a small local model takes minutes."""
    state = "ok" if not done.findings else f"{len(done.findings)} failures"
    typer.echo(f"mockloop: selftest {done.script}: {len(done.turns)} turns, {state}", err=True)


# ---------------------------------------------------------------- the table


def selftest_rows(result: Any) -> tuple[list[str], list[list[str]]]:
    """The header and rows: one row per check, one column per script, then the guard stops,
    the number of interviewer turns and the seconds per turn."""
    header = ["check", *[s.script for s in result.scripts]]
    rows = []
    for check, label in result.checks.items():
        label = f"≤ {result.max_words} words" if check == "length" else label
        cells = []
        for script in result.scripts:
            failed = script.failures(check)
            cells.append("ok" if not failed else f"FAIL {len(failed)}")
        rows.append([label, *cells])
    rows.append(["guard stops", *[str(len(s.guard_stops)) for s in result.scripts]])
    rows.append(["interviewer turns", *[str(len(s.turns)) for s in result.scripts]])
    rows.append(
        [
            "seconds per turn",
            *[
                "—" if s.seconds_per_turn is None else f"{s.seconds_per_turn:.2f}"
                for s in result.scripts
            ],
        ]
    )
    return header, rows


def print_selftest(result: Any, out: Any = None) -> None:
    """A rich table on a terminal, plain aligned text when piped; then each failure."""
    from rich.console import Console

    console = out or Console(highlight=False)
    header, rows = selftest_rows(result)
    title = (
        f"interviewer self-test · {result.model} at {result.base_url} · round {result.round_id} · "
        f"{result.questions} questions, ≤ {result.follow_ups} follow-ups"
    )
    if console.is_terminal:
        from rich.table import Table

        table = Table(title=title)
        for number, column in enumerate(header):
            table.add_column(column, justify="left" if number == 0 else "center")
        for row in rows:
            table.add_row(*[_styled(cell) for cell in row])
        console.print(table)
    else:
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
        lines = [title] + [
            "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
            for row in [header, *rows]
        ]
        console.print("\n".join(lines), markup=False, highlight=False, soft_wrap=True)
    for script in result.scripts:
        for found in script.findings:
            where = f"turn {found.seq} ({found.kind})" if found.seq is not None else "session"
            line = f"{script.script} · {where} · {result.checks[found.check]}: {found.detail}"
            if found.text:
                line += f" · “{found.text}”"
            console.print(line, markup=False, highlight=False, soft_wrap=True)
    verdict = "all checks passed" if result.passed else "FAILED"
    stops = sum(len(s.guard_stops) for s in result.scripts)
    console.print(
        f"{verdict} · {len(result.scripts)} scripts · guards stopped {stops} turns",
        markup=False,
        highlight=False,
    )


def _styled(cell: str) -> str:
    from rich.markup import escape

    if cell == "ok":
        return "[green]ok[/]"
    if cell.startswith("FAIL"):
        return f"[red]{escape(cell)}[/]"
    return escape(cell)
