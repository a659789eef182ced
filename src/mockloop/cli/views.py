"""Rich renderings of plans and session lists for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mockloop.records import InterviewPlan, NoteLine, SessionInfo
from mockloop.text import printable, printable_data


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
    text.rstrip()
    return text


def _kind_note(plan: InterviewPlan, round_id: str) -> str:
    """'kind: coding' when the id does not say it, and the topic a technical round is about."""
    from mockloop.catalog.library import round_for
    from mockloop.errors import MockloopError

    this = plan.round(round_id)
    parts = []
    if this is not None and this.kind_id != round_id:
        parts.append(f"kind: {this.kind_id}")
    try:
        topic = round_for(plan, round_id).topic
    except MockloopError:
        topic = None
    if topic is not None:
        parts.append(f"topic: {topic.title}")
    return " · ".join(parts)


def print_plan(plan: InterviewPlan, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    plan = InterviewPlan.model_validate(printable_data(plan.model_dump()))  # notes text is data
    heading = " · ".join(filter(None, [plan.company, plan.role])) or "Interview plan"
    line = Text(heading, style="bold")
    if plan.source:
        line.append(f"  from {plan.source}", style="dim")
    console.print(line)
    if plan.default_loop:
        console.print(
            "[yellow]No rounds found in the notes: showing the usual loop for the role. "
            "Save the plan with --save and edit it to match your loop.[/]"
        )
    table = Table(show_lines=True, expand=True)
    table.add_column("#", justify="right", width=2)
    width = max([len(r.id) for r in plan.rounds] + [5])
    table.add_column("round", ratio=2, overflow="fold", min_width=width)
    table.add_column("interviewer", ratio=2)
    table.add_column("focus from your notes (line)", ratio=5)
    for number, rnd in enumerate(plan.rounds, start=1):
        title = Text()
        title.append(rnd.id, style="bold cyan")  # folded, never cut: the id is what users type
        title.append("\n" + rnd.title)
        if rnd.source and rnd.source.line:
            title.append(f" {_at(rnd.source.line)}", style="dim")
        kind = _kind_note(plan, rnd.id)
        if kind:
            title.append("\n" + kind, style="dim")
        table.add_row(str(number), title, Text(rnd.interviewer or ""), _focus_cell(rnd.focus))
    console.print(table)
    summary = [
        ("pitch", ", ".join(p.title for p in plan.pitch)),
        ("your questions", str(len(plan.candidate_questions))),
        ("logistics noted", str(len(plan.logistics))),
    ]
    for label, value in summary:
        console.print(Text.assemble((f"{label}: ", "dim"), value or "—"))


def print_sessions(found: Sequence[SessionInfo], console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    if not found:
        console.print(
            "No sessions yet. Start one: mockloop interview NOTES --round recruiter --offline"
        )
        return
    from rich import box

    headers = SESSION_COLUMNS
    rows = [_session_row(s) for s in found]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
    if len(rows) > _FAST_ROWS and _print_plain_rows(console, table, headers, rows):
        return
    for column in headers:
        table.add_column(column, no_wrap=True, justify="right" if column == "turns" else "left")
    for row in rows:
        table.add_row(*row)
    console.print(table)


_FAST_ROWS = 50  # above this, rich's per-cell layout costs seconds for thousands of sessions


SESSION_COLUMNS = ("session", "company", "round", "mode", "started", "turns", "status", "score")
_SCORERS = {"llm": "judge", "heuristic": "heuristic", "mixed": "mixed"}


def _session_row(s: SessionInfo) -> tuple[str, ...]:
    """One row; the score names its scorer, so a judge's 3.4 and a heuristic 3.4 never sit side
    by side looking alike."""
    scorer = _SCORERS.get(getattr(s, "scorer", None) or "", "")
    score = "—"
    if s.overall is not None:
        score = f"{s.overall:.1f} {s.signal or ''}".strip() + (f" · {scorer}" if scorer else "")
    started = s.started_at.replace("T", " ")[5:16]
    status = "stopped" if s.status == "interrupted" else s.status
    mode = "live" if s.mode == "llm" else "offline"
    company = printable(getattr(s, "company", None) or "—")  # from the notes: no escapes
    return (s.id, company, printable(s.round), mode, started, str(s.turn_count), status, score)


def _print_plain_rows(
    console: Console, table: Table, headers: tuple[str, ...], rows: list[tuple[str, ...]]
) -> bool:
    """The same output as the rich table, with rich laying out only a probe (the header and the
    widest cells): the rows are padded and cut as rich would, as plain text. False (nothing
    printed) when rich would treat a cell specially (markup, emoji codes, highlighting), so the
    caller renders the table with rich."""
    from rich.cells import cell_len, set_cell_size
    from rich.segment import Segment, Segments

    if getattr(console, "_highlight", True) or any(
        "[" in cell or cell.count(":") > 1 or not cell.isprintable() for row in rows for cell in row
    ):
        return False

    class Probe(Table):
        def _calculate_column_widths(self, *args: Any) -> list[int]:
            self.widths = super()._calculate_column_widths(*args)
            return self.widths

    def length(cell: str) -> int:
        return len(cell) if cell.isascii() else cell_len(cell)

    probe = Probe(box=table.box, pad_edge=table.pad_edge, padding=table.padding)
    for column in headers:
        probe.add_column(column, no_wrap=True, justify="right" if column == "turns" else "left")
    sized = [[(length(cell), cell) for cell in column] for column in zip(*rows, strict=True)]
    probe.add_row(*(max(column)[1] for column in sized))  # the widest cells
    probe.add_row(
        *(
            max(
                column,
                key=lambda c: max(map(length, c[1].split()), default=0) if " " in c[1] else c[0],
            )[1]
            for column in sized
        )
    )  # the longest words
    *head, bottom = console.render_lines(probe, pad=False, new_lines=True)
    last = len(headers) - 1
    widths = [
        w - (0 if last == 0 else 1 if i in (0, last) else 2)
        for i, w in enumerate(getattr(probe, "widths", []))
    ]
    if len(widths) != len(headers) or min(widths) < 2:
        return False

    def fit(size: int, cell: str, width: int, right: bool) -> str:
        if size > width:
            cell = set_cell_size(cell, width - 1) + "…"
            size = cell_len(cell)
        return " " * (width - size) + cell if right else cell + " " * (width - size)

    right = [column == "turns" for column in headers]
    segments = [seg for line in head[:3] for seg in line]
    new_line = Segment.line()
    for row in zip(*sized, strict=True):
        text = (
            " "
            + "   ".join(
                fit(cell[0], cell[1], width, r)
                for cell, width, r in zip(row, widths, right, strict=True)
            )
            + " "
        )
        segments += (Segment(text), new_line)
    console.print(Segments([*segments, *bottom]), crop=False)  # every line already fits the width
    return True


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


def _overall(result: Any) -> str:
    if result is None or result.overall is None:
        return "—"
    return f"{result.overall:.2f} ({result.signal})"


def print_regrade(
    before: list[Any], after: list[Any], was: Any, now: Any, console: Console | None = None
) -> None:
    """Per question and criterion: the previous score, the new one, and the change."""
    console = console or Console(highlight=False)
    old = {(s.question_index, c.criterion_id): c.score for s in before for c in s.criteria}
    table = Table(title="scores")
    for column in ("question", "criterion", "before", "now", "change"):
        table.add_column(column)
    for seg in after:
        if seg.status != "scored":
            table.add_row(
                f"Q{seg.question_index + 1}", "—", "", "unscored", seg.unscored_reason or ""
            )
            continue
        for c in seg.criteria:
            prev = old.get((seg.question_index, c.criterion_id))
            change = "" if prev is None else (f"{c.score - prev:+d}" if c.score != prev else "=")
            table.add_row(
                f"Q{seg.question_index + 1}",
                c.name,
                "" if prev is None else str(prev),
                str(c.score),
                change,
            )
    console.print(table)
    console.print(
        f"overall: {_overall(was)} → {_overall(now)}" if was else f"overall: {_overall(now)}"
    )


def print_calibration(
    result: Any, scorer: str, name: str, unscored: list[str], console: Console | None = None
) -> None:
    """One table per labelled set; answers the scorer could not grade are counted apart."""
    console = console or Console(highlight=False)
    if result is None:
        console.print(f"[bold]{name}[/] · {scorer}: no figures, {len(unscored)} answers unscored")
        return
    table = Table(title=f"calibration · {name} set · {scorer} · {result.count} labelled answers")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("what good looks like")
    rows = [
        ("Spearman rank correlation", result.spearman, "≥ 0.75"),
        ("quadratic-weighted kappa", result.qwk, "≥ 0.65"),
        ("exact agreement", result.exact, "higher is better"),
        ("within one point", result.within_one, "≥ 0.8"),
        (
            "correlation with answer length",
            result.length_correlation,
            f"no more than the labels' {result.label_length_correlation:.3f}",
        ),
    ]
    for metric, value, target in rows:
        table.add_row(metric, f"{value:.3f}", target)
    console.print(table)
    if result.follows_length:
        console.print(
            f"[yellow]warning: the scores follow answer length ({result.length_correlation:.2f}) "
            f"more than the labels do ({result.label_length_correlation:.2f}): length is being "
            "rewarded[/]"
        )
    if unscored:
        console.print(
            f"[yellow]{len(unscored)} answers unscored, left out of the figures: "
            f"{', '.join(unscored[:5])}{' …' if len(unscored) > 5 else ''}[/]"
        )
