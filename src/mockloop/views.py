"""Rich renderings of plans and session lists for the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .models import InterviewPlan, NoteLine, SessionInfo


def _at(line: int | None) -> str:
    return f"L{line}" if line else ""


def _focus_cell(focus: list[NoteLine], limit: int = 6) -> Text:
    text = Text()
    for item in focus[:limit]:
        text.append("• " + item.text)
        text.append(f" {_at(item.line)}\n", style="dim")
    if len(focus) > limit:
        text.append(f"… {len(focus) - limit} more (see --json)\n", style="dim")
    if not focus:
        text.append("—", style="dim")
    return text.rstrip() or text


def print_plan(plan: InterviewPlan, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    heading = " · ".join(filter(None, [plan.company, plan.role])) or "Interview plan"
    console.print(f"[bold]{heading}[/]" + (f"  [dim]from {plan.source}[/]" if plan.source else ""))
    if plan.default_loop:
        console.print(
            "[yellow]No rounds found in the notes: showing the catalog's default loop. "
            "Save the plan with --save and edit it to match your loop.[/]"
        )
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", width=2)
    table.add_column("round", ratio=2)
    table.add_column("interviewer", ratio=2)
    table.add_column("focus from your notes (line)", ratio=5)
    for number, rnd in enumerate(plan.rounds, start=1):
        where = f" [dim]{_at(rnd.source.line)}[/]" if rnd.source and rnd.source.line else ""
        title = f"[bold cyan]{rnd.id}[/]\n{rnd.title}{where}"
        table.add_row(str(number), title, rnd.interviewer or "", _focus_cell(rnd.focus))
    console.print(table)
    summary = [
        ("pitch", ", ".join(p.title for p in plan.pitch)),
        ("your questions", str(len(plan.candidate_questions))),
        ("logistics noted", str(len(plan.logistics))),
    ]
    for label, value in summary:
        console.print(f"[dim]{label}:[/] {value or '—'}")


def print_sessions(found: list[SessionInfo], console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    if not found:
        console.print("No sessions yet. Start one: mockloop interview NOTES --round recruiter --offline")
        return
    table = Table()
    for column in ("session", "round", "mode", "started", "turns", "status", "score"):
        table.add_column(column, no_wrap=column == "session")
    for s in found:
        score = f"{s.overall:.1f}" if s.overall is not None else "—"
        table.add_row(s.id, s.round, s.mode, s.started_at.replace("T", " ")[:16], str(s.turn_count), s.status, score)
    console.print(table)


def print_settings(shown: dict[str, dict[str, Any]], console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    table = Table(title="mockloop settings")
    for column in ("setting", "value", "from"):
        table.add_column(column)
    for name, entry in shown.items():
        table.add_row(name, str(entry["value"]), str(entry["source"]))
    console.print(table)


def print_checks(checks: list[Any], console: Console | None = None) -> None:
    """The doctor's table: each check with a mark, what was seen, and the fix when it failed."""
    console = console or Console(highlight=False)
    table = Table(title="mockloop doctor")
    for column in ("", "check", "result", "fix"):
        table.add_column(column)
    for check in checks:
        mark = "[green]ok[/]" if check.ok else "[red]FAIL[/]"
        table.add_row(mark, check.name, Text(check.detail), Text(check.fix or ""))
    console.print(table)
