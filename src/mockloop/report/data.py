"""What every report format shares: the scored session (ReportData) and the facts, cells and
quote spans each format shows, here once so the formats cannot drift apart."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal, NamedTuple

from pydantic import BaseModel

from mockloop.records import Rubric, SessionInfo, Turn
from mockloop.scoring.aggregate import UNCERTAIN_SPREAD, CriterionScore, RoundScore, SegmentScore
from mockloop.scoring.reverse import ReverseInterview
from mockloop.text import FOLD, QUOTE_EDGE
from mockloop.voice.delivery import SessionDelivery

HEURISTIC_NOTE = "heuristic (offline) scoring"
LEGEND = "? low confidence · ±n uncertain (samples disagreed by n) · — not scored"


class ReportData(BaseModel):
    """Everything a report needs; the caller loads it from the store, the renderers stay pure."""

    session: SessionInfo
    turns: list[Turn]
    segments: list[SegmentScore]
    round_score: RoundScore
    rubric: Rubric
    interviewer: str
    attempts: list[SegmentScore] = []  # every attempt's score (coach mode's /retry)
    reverse: ReverseInterview | None = None  # the candidate's own questions, assessed
    delivery: SessionDelivery | None = None  # how the spoken answers sounded (--voice)


# ---------------------------------------------------------------- shared facts


def is_heuristic(data: ReportData) -> bool:
    """Any offline-scored segment marks the whole report: its numbers come from text signals."""
    return any(s.scorer == "heuristic" for s in data.segments)


def ordered(data: ReportData) -> list[SegmentScore]:
    return sorted(data.segments, key=lambda s: s.question_index)


def q_label(segment: SegmentScore) -> str:
    """Q1-based, the same number the transcript labels carry (question_index + 1)."""
    return f"Q{segment.question_index + 1}"


def round_name(data: ReportData) -> str:
    plan = data.session.plan
    planned = plan.round(data.session.round) if plan else None
    if planned and planned.title and planned.title.lower() != data.session.round.lower():
        return f"{planned.title} ({data.session.round})"
    return data.session.round


def title(data: ReportData) -> str:
    text = f"Mock interview report: {round_name(data)}"
    return text + (f" — {HEURISTIC_NOTE}" if is_heuristic(data) else "")


def facts(data: ReportData) -> list[tuple[str, str]]:
    """The header lines every format prints, in order; nothing from the environment."""
    info, plan = data.session, data.session.plan
    company_role = " · ".join(filter(None, [plan.company, plan.role])) if plan else ""
    rs = data.round_score
    rows = [
        ("Company · role", company_role),
        ("Session", info.id),
        ("Mode", info.mode + (f" ({info.model})" if info.model else "")),
        ("Date", info.started_at.replace("T", " ")[:16]),
        ("Segments", f"{rs.segments_scored} scored, {rs.segments_unscored} unscored"),
    ]
    return [(k, v) for k, v in rows if v]


def overall_text(data: ReportData) -> str:
    rs = data.round_score
    return f"{rs.overall:.1f} / 5" if rs.overall is not None else "not scored"


def verdict(data: ReportData) -> str:
    """'3.4 / 5 · lean': the number and the hiring signal it maps to."""
    signal = data.round_score.signal
    return overall_text(data) + (f" · {signal}" if signal else "")


def scorer_label(segment: SegmentScore) -> str:
    if segment.scorer == "heuristic":
        return HEURISTIC_NOTE
    return "LLM judge" + (f" ({segment.judge_model})" if segment.judge_model else "")


def feedback(seg: SegmentScore) -> list[tuple[str, list[str]]]:
    """The coaching lists in reading order, the same in every format (improvements: the top two)."""
    return [
        ("Key points covered", seg.key_points_covered),
        ("Key points missed", seg.key_points_missed),
        ("Errors", [f"“{e}”" for e in seg.errors]),
        ("Strengths", seg.strengths),
        ("Two improvements", seg.improvements[:2]),
    ]


def unscored_text(segment: SegmentScore) -> str:
    return f"Not scored: {segment.unscored_reason or 'no reason recorded'}"


class Cell(NamedTuple):
    text: str
    kind: Literal["ok", "low", "wide", "none"]


def cell(segment: SegmentScore, criterion_id: str) -> Cell:
    """One grid cell: never a number for an unscored segment; doubt is shown, not hidden."""
    found = criterion_of(segment, criterion_id) if segment.status == "scored" else None
    if found is None:
        return Cell("—", "none")
    return Cell(score_text(found), _doubt(found))


def score_text(c: CriterionScore) -> str:
    """The compact grid form: '3', '3?' (low confidence), '3±2 uncertain' (samples disagreed)."""
    wide = _doubt(c) == "wide"
    spread = f"±{c.spread}" if wide else ""
    low = "?" if c.confidence == "low" else ""
    return f"{c.score}{spread}{low}" + (" uncertain" if wide else "")


def doubt_notes(c: CriterionScore) -> list[str]:
    """The long form of the grid's markers, shown next to a criterion's score."""
    notes = ["low confidence"] if c.confidence == "low" else []
    return notes + ([f"uncertain: samples spread ±{c.spread}"] if _doubt(c) == "wide" else [])


def _doubt(c: CriterionScore) -> Literal["ok", "low", "wide"]:
    if c.spread is not None and c.spread >= UNCERTAIN_SPREAD:
        return "wide"
    return "low" if c.confidence == "low" else "ok"


def criterion_of(segment: SegmentScore, criterion_id: str) -> CriterionScore | None:
    return next((c for c in segment.criteria if c.criterion_id == criterion_id), None)


def aggregate_text(data: ReportData, criterion_id: str) -> str:
    agg = next((a for a in data.round_score.criteria if a.criterion_id == criterion_id), None)
    return f"{agg.score:.1f}" if agg and agg.score is not None else "—"


# ---------------------------------------------------------------- evidence in the transcript

_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")


def evidence_by_question(data: ReportData) -> dict[int, list[str]]:
    """Every quote the scores rest on, keyed by the question index whose answers it came from."""
    found: dict[int, list[str]] = {}
    for seg in data.segments:
        quotes = found.setdefault(seg.question_index, [])
        quotes += [q for c in seg.criteria for q in c.evidence if q not in quotes]
    return found


def quote_spans(text: str, quotes: Iterable[str]) -> list[tuple[int, int]]:
    """Where the quotes sit in text, ignoring case, whitespace runs and curly quotes; merged.

    The fold table maps one character to one, so offsets in the folded text are offsets in text.
    A judge's "a … b" quote is matched fragment by fragment.
    """
    folded = text.translate(FOLD)
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        for fragment in _ELLIPSIS.split(quote.translate(FOLD)):
            words = fragment.strip(QUOTE_EDGE).split()
            if words:
                pattern = r"\s+".join(map(re.escape, words))
                spans += [m.span() for m in re.finditer(pattern, folded, re.IGNORECASE)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(
    text: str, quotes: Iterable[str], plain: Callable[[str], str], mark: Callable[[str], str]
) -> str:
    """Render text with plain() and every quoted span with mark(); each format brings its pair."""
    out, at = [], 0
    for start, end in quote_spans(text, quotes):
        out += [plain(text[at:start]), mark(text[start:end])]
        at = end
    return "".join(out + [plain(text[at:])])


def speaker(turn: Turn, interviewer: str) -> str:
    return interviewer if turn.speaker == "interviewer" else "You"


def outline_items(text: str) -> list[str]:
    """The stronger-answer outline as list items: one per line, bullets and numbers dropped."""
    items = []
    for line in text.splitlines():
        line = line.strip()
        line = re.sub(r"^(?:[-*•]|\d{1,2}[.)])\s+", "", line)
        if line:
            items.append(line)
    return items
