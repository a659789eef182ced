"""`mockloop progress` on the terminal: per round kind, a table of every criterion's scores in
time order with a sparkline, the trend against the first sessions, then the weakest criteria."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mockloop.text import printable

from .delivery import print_delivery
from .history import SCORER_NAMES, History, Series, Trend

SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(scores: list[float]) -> str:
    """One block per session on a fixed 1-5 scale, so two rows compare by eye."""
    top = len(SPARKS) - 1
    return "".join(SPARKS[round((min(max(s, 1.0), 5.0) - 1) / 4 * top)] for s in scores)


def trend_text(trend: Trend | None) -> str:
    if trend is None:
        return "—"
    arrow = "↑" if trend.change > 0.05 else "↓" if trend.change < -0.05 else "→"
    return f"{trend.first:.1f} → {trend.latest:.1f} ({arrow} {trend.change:+.1f})"


def weak_line(series: Series) -> str:
    """'Structure averages 2.1 over 4 sessions (heuristic)': the reason a drill gives too."""
    n = len(series.points)
    return (
        f"{series.criterion} averages {series.mean:.1f} over {n} session{'s' if n != 1 else ''} "
        f"({SCORER_NAMES[series.scorer]})"
    )


def _table(history: History, kind: str) -> Table:
    sessions = [s for s in history.sessions if s.kind == kind]
    table = Table(
        title=f"{printable(kind)} · {len(sessions)} session{'s' if len(sessions) != 1 else ''}",
        title_justify="left",
    )
    table.add_column("criterion", max_width=32)
    table.add_column("scorer", no_wrap=True)
    table.add_column("trend line", no_wrap=True)
    table.add_column("scores, oldest first")
    table.add_column("first → latest", no_wrap=True)
    for one in history.of_kind(kind):
        scores = [p.score for p in one.points]
        table.add_row(
            printable(one.criterion),
            SCORER_NAMES[one.scorer],
            sparkline(scores),
            " ".join(f"{s:.1f}" for s in scores),
            trend_text(one.trend),
        )
    return table


def print_progress(history: History, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    for kind in history.kinds():
        if not history.of_kind(kind):
            continue
        console.print(_table(history, kind))
        scorers = {s.scorer for s in history.of_kind(kind)}
        if len(scorers) > 1:
            console.print(
                Text(
                    "Heuristic and judge scores are separate rows: they are not on one scale.",
                    style="dim",
                )
            )
        console.print()
    print_delivery(history.delivery, console)
    weakest = history.weakest()
    if weakest:
        console.print(Text("Weakest criteria", style="bold"))
        for one in weakest:
            console.print(Text(f"  {printable(one.kind)}: {printable(weak_line(one))}"))
        console.print(
            Text("Drill them: mockloop drill NOTES --round ROUND", style="dim"),
        )
    else:
        console.print(Text("No criterion averages under 4: nothing stands out as weak."))
    unscored = [s for s in history.sessions if not any(x.status == "scored" for x in s.scores)]
    if unscored:
        ids = ", ".join(s.id for s in unscored[:3]) + (" …" if len(unscored) > 3 else "")
        console.print(
            Text(
                f"{len(unscored)} session(s) have no scores yet ({ids}): `mockloop score ID` grades one.",
                style="dim",
            )
        )
