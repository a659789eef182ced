"""How the candidate has sounded across spoken sessions, for `mockloop progress`: one point per
session with spoken answers (pace, fillers, pauses, time to the first word), oldest first, and
the latest sessions against the first ones. Observations over time, never a verdict."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from mockloop.store.db import Store
from mockloop.voice.delivery import FILLERS_USUAL, FIRST_WORD_USUAL, PACE, PAUSE_S

BASELINE = 2  # sessions at each end compared, as the score trends do


class DeliveryPoint(BaseModel):
    """One session's delivery over its spoken answers."""

    session_id: str
    started_at: str
    round: str
    answers: int
    wpm: float | None = None
    fillers_per_100: float | None = None
    pauses: int | None = None
    first_word_s: float | None = None


# (field, heading, its usual range) in the order every format shows them
FIGURES: list[tuple[str, str, str]] = [
    ("wpm", "pace (wpm)", f"usual {PACE[0]}–{PACE[1]}"),
    ("fillers_per_100", "fillers / 100 words", f"usual under {FILLERS_USUAL:g}"),
    ("pauses", f"pauses > {PAUSE_S:g} s", "fewer reads smoother"),
    ("first_word_s", "first word (s, median)", f"usual up to {FIRST_WORD_USUAL:g}"),
]


def delivery_points(store: Store, sessions: list[Any]) -> list[DeliveryPoint]:
    """A point for each of ``sessions`` (history sessions, oldest first) with spoken answers."""
    from mockloop.store.voice import load_delivery

    points = []
    for session in sessions:
        found = load_delivery(store, session.id)
        if found is None:
            continue
        points.append(
            DeliveryPoint(
                session_id=session.id,
                started_at=session.started_at,
                round=session.round,
                answers=len(found.answers),
                wpm=found.wpm,
                fillers_per_100=found.fillers_per_100,
                pauses=found.pauses,
                first_word_s=found.first_word_s,
            )
        )
    return points


def change(points: list[DeliveryPoint], field: str) -> tuple[float, float] | None:
    """The mean of the first sessions and of the latest (up to BASELINE each, never
    overlapping), over the sessions where the figure was measured; None with fewer than two."""
    values = [float(v) for p in points if (v := getattr(p, field)) is not None]
    k = min(BASELINE, len(values) // 2)
    if k == 0:
        return None
    return round(sum(values[:k]) / k, 1), round(sum(values[-k:]) / k, 1)


def change_text(points: list[DeliveryPoint], field: str) -> str:
    found = change(points, field)
    return "—" if found is None else f"{found[0]:g} → {found[1]:g}"


def value_text(point: DeliveryPoint, field: str) -> str:
    value = getattr(point, field)
    return "—" if value is None else f"{value:g}"


def delivery_json(points: list[DeliveryPoint]) -> dict[str, Any]:
    """`progress --json`'s delivery: every spoken session and the first → latest change."""
    return {
        "sessions": [p.model_dump(mode="json") for p in points],
        "change": {
            field: dict(zip(("first", "latest"), found, strict=True))
            if (found := change(points, field))
            else None
            for field, _, _ in FIGURES
        },
    }


def print_delivery(points: list[DeliveryPoint], console: Any) -> None:
    """The terminal table: a column per spoken session, a row per figure, the change last."""
    if not points:
        return
    from rich.table import Table

    from mockloop.text import printable

    n = len(points)
    table = Table(
        title=f"Delivery · {n} spoken session{'s' if n != 1 else ''}, oldest first",
        title_justify="left",
        caption="Observations beside the usual ranges, not a verdict; — : not measurable.",
        caption_style="dim",
    )
    table.add_column("figure")
    for point in points:
        table.add_column(printable(f"{point.started_at[5:10]} {point.round}"), justify="right")
    table.add_column("first → latest", no_wrap=True)
    table.add_column("usual", style="dim")
    for field, heading, usual in FIGURES:
        cells = [value_text(p, field) for p in points]
        table.add_row(heading, *cells, change_text(points, field), usual)
    console.print(table)
    console.print()


def delivery_html(points: list[DeliveryPoint]) -> str:
    """The progress page's delivery section (every cell escaped)."""
    if not points:
        return ""
    from html import escape

    heads = ["figure", *(f"{p.started_at[:10]} {p.round}" for p in points), "first → latest"]
    head = "".join(f"<th>{escape(h)}</th>" for h in [*heads, "usual"])
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(x)}</td>"
            for x in [heading, *(value_text(p, f) for p in points), change_text(points, f), usual]
        )
        + "</tr>"
        for f, heading, usual in FIGURES
    )
    return (
        "<section><h2>Delivery (spoken sessions)</h2>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        '<p class="muted">Observations beside the usual ranges, not a verdict.</p></section>'
    )
