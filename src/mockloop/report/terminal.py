"""The report in the terminal: the criteria × questions table, then per question the reasoning,
the quotes it rests on and the feedback."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mockloop.scoring.aggregate import CriterionScore, SegmentScore

from . import delivery as spoken
from .coaching import REVERSE_HEADS, attempt_tables, reverse_rows, reverse_summary
from .data import (
    HEURISTIC_NOTE,
    LEGEND,
    ReportData,
    aggregate_text,
    cell,
    doubt_notes,
    facts,
    feedback,
    is_heuristic,
    ordered,
    outline_items,
    overall_text,
    q_label,
    round_name,
    scorer_label,
    unscored_text,
    verdict,
)

# ---------------------------------------------------------------- terminal

_CELL_STYLE = {"ok": "bold", "low": "yellow", "wide": "yellow", "none": "dim"}


def _term_table(data: ReportData) -> Table:
    segs = ordered(data)
    table = Table(title="Scores by criterion", caption=LEGEND, caption_style="dim")
    table.add_column("Criterion (weight)")
    for seg in segs:
        table.add_column(q_label(seg), justify="center")
    table.add_column("Avg", justify="right", style="bold")
    for c in data.rubric.criteria:
        cells = [cell(s, c.id) for s in segs]
        table.add_row(
            Text(f"{c.name} ({c.weight:g})"),
            *(Text(x.text, style=_CELL_STYLE[x.kind]) for x in cells),
            aggregate_text(data, c.id),
        )
    table.add_row(Text("Overall (weighted)", style="bold"), *("" for _ in segs), overall_text(data))
    return table


def _term_criterion(c: CriterionScore, heuristic: bool, shown: set[str]) -> Text:
    """A criterion's score, reasoning and quotes; a quote already shown under an earlier
    criterion of the same answer is not printed again, only counted."""
    text = Text("  ")
    text.append(f"{c.name}: {c.score}/5", style="bold")
    text.append("".join(f"  {note}" for note in doubt_notes(c)), style="yellow")
    text.append(f"\n    {c.reasoning}" if c.reasoning else "")
    again = [q for q in c.evidence if q in shown]
    for quote in c.evidence:
        if quote in shown:
            continue
        shown.add(quote)
        text.append("\n    ")
        text.append(f"“{quote}”", style="bold yellow")
    if again:
        text.append(f"\n    (and {len(again)} quote(s) shown above)", style="dim")
    if heuristic and c.signals:
        text.append(f"\n    signals: {'; '.join(c.signals)}", style="dim")
    return text


def _term_list(label: str, items: list[str]) -> Text:
    text = Text(f"  {label}", style="bold")
    for item in items:
        text.append(f"\n    - {item.removeprefix('- ')}", style="")
    return text


def print_segment(seg: SegmentScore, console: Console | None = None) -> None:
    """One question's scores and feedback (also what `mockloop feedback` prints)."""
    console = console or Console(highlight=False)
    console.rule(Text(f"{q_label(seg)} · {seg.question_text}"), align="left")
    heuristic = seg.scorer == "heuristic"
    console.print(Text(f"scored by {scorer_label(seg)}", style="yellow" if heuristic else "dim"))
    if seg.status != "scored":
        console.print(Text(unscored_text(seg), style="bold yellow"))
        return
    shown: set[str] = set()
    for c in seg.criteria:
        console.print(_term_criterion(c, heuristic, shown))
    outline = outline_items(seg.stronger_answer)
    for label, items in [*feedback(seg), ("A stronger answer, outlined", outline)]:
        if items:
            console.print(_term_list(label, items))


def print_terminal(data: ReportData, console: Console | None = None) -> None:
    """The report at a glance; the transcript is left to the Markdown and HTML formats."""
    console = console or Console(highlight=False)
    heading = Text(f"Mock interview report: {round_name(data)}", style="bold")
    if is_heuristic(data):
        heading.append("  ")
        heading.append(f" {HEURISTIC_NOTE} ", style="reverse yellow")
    console.print(heading)
    for key, value in facts(data):
        console.print(Text.assemble((f"{key}: ", "dim"), value))
    console.print(Text.assemble(("Overall: ", "bold"), (verdict(data), "bold cyan")))
    console.print(_term_table(data))
    for seg in ordered(data):
        print_segment(seg, console)
    _print_practice(data, console)
    _print_delivery(data, console)


def _print_delivery(data: ReportData, console: Console) -> None:
    if data.delivery is None:
        return
    console.rule(Text(spoken.HEADING), align="left")
    for obs in spoken.summary(data):
        usual = ("  " + obs.usual, "dim") if obs.usual else ""
        console.print(Text.assemble((f"{obs.name}: ", "bold"), obs.value, usual))
    table = Table(*spoken.HEADS, caption=spoken.NOTE, caption_style="dim")
    for row in spoken.rows(data):
        table.add_row(*(Text(x) for x in row))
    console.print(table)


def _print_practice(data: ReportData, console: Console) -> None:
    """Attempts side by side, then the reverse interview."""
    for attempt in attempt_tables(data.attempts, data.rubric):
        table = Table(title=Text(f"Attempts · {attempt.label}"), title_justify="left")
        for n, head in enumerate(["Criterion", *attempt.heads]):
            table.add_column(head, justify="left" if n == 0 else "center")
        for row in attempt.rows:
            table.add_row(*(Text(x) for x in row))
        console.print(table)
    rev = data.reverse
    if rev is None:
        return
    console.rule(Text("Your questions for them"), align="left")
    for key, value in reverse_summary(rev):
        console.print(Text.assemble((f"{key}: ", "dim"), value))
    for note in rev.notes:
        console.print(Text(f"  - {note}"))
    if rev.questions:
        table = Table(*REVERSE_HEADS)
        for row in reverse_rows(rev):
            table.add_row(*(Text(x) for x in row))
        console.print(table)
