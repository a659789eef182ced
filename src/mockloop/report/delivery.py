"""What every report format shows of a spoken session: the delivery figures over the session,
then a row per spoken answer, as plain text each format renders its own way. Observations
beside the usual ranges, never a verdict."""

from __future__ import annotations

from typing import Any

from mockloop.voice.delivery import (
    FIRST_WORD_USUAL,
    PACE,
    PAUSE_S,
    AnswerDelivery,
    Observation,
    SessionDelivery,
)

from .data import ReportData
from .export import turn_labels

HEADING = "Delivery (spoken answers)"
NOTE = (
    "Measured from the transcript's word timestamps: observations beside the usual ranges, "
    "not a verdict. — : not measurable (no word timestamps, or too little speech)."
)
HEADS = [
    "Answer",
    "Length",
    "Usual",
    "Words",
    f"Pace (wpm, usual {PACE[0]}–{PACE[1]})",
    "Fillers / 100 words",
    f"Pauses > {PAUSE_S:g} s (longest)",
    f"First word (usual ≤ {FIRST_WORD_USUAL:g} s)",
]


def summary(data: ReportData) -> list[Observation]:
    return data.delivery.summary() if data.delivery else []


def rows(data: ReportData) -> list[list[str]]:
    """One row per spoken answer, in turn order."""
    if data.delivery is None:
        return []
    labels = turn_labels(data.turns)
    return [_row(a, labels.get(a.seq, f"turn {a.seq}")) for a in data.delivery.answers]


def _row(a: AnswerDelivery, label: str) -> list[str]:
    length = a.length_s
    low, high = a.expected_s
    pauses = "—" if a.pauses is None else str(a.pauses)
    if a.longest_pause_s is not None:
        pauses += f" ({a.longest_pause_s:.1f} s)"
    fillers = "—" if a.fillers_per_100 is None else f"{a.fillers_per_100:.1f} ({a.fillers})"
    return [
        label.removeprefix("Answer to ") + (" · edited" if a.edited else ""),
        "—" if length is None else f"{length:.0f} s",
        f"{low}–{high} s",
        str(a.words),
        "—" if a.wpm is None else f"{a.wpm:.0f}",
        fillers,
        pauses,
        "—" if a.first_word_s is None else f"{a.first_word_s:.1f} s",
    ]


def payload(delivery: SessionDelivery | None) -> dict[str, Any] | None:
    """The JSON report's delivery: the session's figures and every answer's."""
    if delivery is None:
        return None
    return {
        "summary": [o._asdict() for o in delivery.summary()],
        "words_per_minute": delivery.wpm,
        "fillers_per_100_words": delivery.fillers_per_100,
        "pauses_over_2s": delivery.pauses,
        "longest_pause_s": delivery.longest_pause_s,
        "first_word_median_s": delivery.first_word_s,
        "answers": [
            {**a.model_dump(mode="json"), "fillers_per_100_words": a.fillers_per_100}
            for a in delivery.answers
        ],
    }
