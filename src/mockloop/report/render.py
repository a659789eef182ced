"""The scored session as a report: JSON, Markdown, self-contained HTML, or the terminal.

Every format answers the same question for the candidate: *why* did each answer get its score.
So each one shows the verdict, the criteria × questions grid, and per question the reasoning with
the quotes it rests on; the transcript highlights those quotes where they were said. The shared
pieces (facts, cells, quote spans) live here so the formats cannot drift apart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Literal, NamedTuple

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .export import TURN_LABELS, quote_block
from mockloop.records import Rubric, SessionInfo, Turn
from mockloop.scoring.aggregate import CriterionScore, RoundScore, SegmentScore

HEURISTIC_NOTE = "heuristic (offline) scoring"
LEGEND = "? low confidence · ±n uncertain (samples disagreed by n) · — not scored"
UNCERTAIN_SPREAD = 2


class ReportData(BaseModel):
    """Everything a report needs; the caller loads it from the store, the renderers stay pure."""

    session: SessionInfo
    turns: list[Turn]
    segments: list[SegmentScore]
    round_score: RoundScore
    rubric: Rubric
    interviewer: str


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

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                       "\u2032": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_EDGE = " \t\n\"'.,;:!?\u2026-"
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
    folded = text.translate(_FOLD)
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        for fragment in _ELLIPSIS.split(quote.translate(_FOLD)):
            words = fragment.strip(_EDGE).split()
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


def turn_label(turn: Turn) -> str:
    """The export's labels ('Question 2', 'Answer 2'), so a report and a transcript read alike."""
    label = TURN_LABELS.get(turn.kind, turn.kind.replace("_", " ").capitalize())
    return label + (f" {turn.question_index + 1}" if turn.question_index is not None else "")


# ---------------------------------------------------------------- JSON


def render_json(data: ReportData) -> str:
    """The machine-readable report: stable keys, the models' own JSON, nothing added."""
    payload = {
        "session": data.session.model_dump(mode="json"),
        "round_score": data.round_score.model_dump(mode="json"),
        "segments": [s.model_dump(mode="json") for s in ordered(data)],
        "turns": [t.model_dump(mode="json") for t in sorted(data.turns, key=lambda t: t.seq)],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- Markdown


def _md(text: str) -> str:
    """Keep user text inert: an escaped '<' is shown as is, never parsed as HTML by a viewer."""
    return text.replace("<", "\\<")


def _md_cell(text: str) -> str:
    return _md(text).replace("|", "\\|").replace("\n", " ")


def _md_bold(text: str) -> str:
    """Bold each line separately: emphasis cannot span lines inside a blockquote."""
    lines = text.split("\n")
    return "\n".join(f"**{line.strip()}**" if line.strip() else line for line in lines)


def _md_table(data: ReportData) -> list[str]:
    segs = ordered(data)
    head = ["Criterion (weight)", *(q_label(s) for s in segs), "Avg"]
    rows = [
        [f"{c.name} ({c.weight:g})",
         *(cell(s, c.id).text for s in segs), aggregate_text(data, c.id)]
        for c in data.rubric.criteria
    ]
    rows.append(["**Overall (weighted)**", *("" for _ in segs), f"**{overall_text(data)}**"])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(_md_cell(x) for x in row) + " |" for row in rows]


def _md_list(label: str, items: list[str]) -> list[str]:
    return [f"**{label}**", "", *(f"- {_md(i)}" for i in items), ""] if items else []


def _md_criterion(c: CriterionScore, heuristic: bool) -> list[str]:
    flags = "".join(f" · {note}" for note in doubt_notes(c))
    lines = [f"**{_md(c.name)}: {c.score} / 5**{flags}", ""]
    lines += [_md(c.reasoning), ""] if c.reasoning else []
    items = [f"Evidence: {_md_bold(_md('“' + q + '”'))}" for q in c.evidence]
    items += [f"Signals: {_md('; '.join(c.signals))}"] if heuristic and c.signals else []
    return lines + [f"- {i}" for i in items] + ([""] if items else [])


def _md_segment(seg: SegmentScore) -> list[str]:
    lines = [f"### {q_label(seg)}. {_md(seg.question_text)}", ""]
    lines += [f"_Scored by {_md(scorer_label(seg))}_", ""]
    if seg.status != "scored":
        return lines + [f"**{_md(unscored_text(seg))}**", ""]
    for c in seg.criteria:
        lines += _md_criterion(c, seg.scorer == "heuristic")
    for label, items in feedback(seg):
        lines += _md_list(label, items)
    if seg.stronger_answer.strip():
        lines += ["**A stronger answer, outlined**", "", _md(seg.stronger_answer.strip()), ""]
    return lines


def _md_transcript(data: ReportData) -> list[str]:
    quotes = evidence_by_question(data)
    lines: list[str] = []
    for turn in sorted(data.turns, key=lambda t: t.seq):
        text = _md(turn.text)
        if turn.speaker == "candidate":
            found = quotes.get(turn.question_index, []) if turn.question_index is not None else []
            text = quote_block(highlight(turn.text, found, _md, lambda s: _md_bold(_md(s))))
        who = _md(speaker(turn, data.interviewer))
        lines += [f"**{who}** · _{turn_label(turn)}_", "", text, ""]
    return lines


def render_markdown(data: ReportData) -> str:
    """A report to read or paste anywhere; evidence is bold in the answers it was quoted from."""
    lines = [f"# {_md(title(data))}", ""]
    lines += [f"- **{k}:** {_md(v)}" for k, v in facts(data)]
    lines += ["", f"**Overall: {verdict(data)}**", "", "## Scores", "", *_md_table(data), ""]
    lines += [f"_{LEGEND}_", ""]
    lines += ["## Question by question", ""]
    for seg in ordered(data):
        lines += _md_segment(seg)
    lines += ["## Transcript", "", *_md_transcript(data)]
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------- HTML


def render_html(data: ReportData) -> str:
    """One self-contained page (inline CSS and SVG, no scripts, no external assets)."""
    from .html import render  # deferred: report_html builds on the helpers above

    return render(data)


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


def _term_criterion(c: CriterionScore, heuristic: bool) -> Text:
    text = Text("  ")
    text.append(f"{c.name}: {c.score}/5", style="bold")
    text.append("".join(f"  {note}" for note in doubt_notes(c)), style="yellow")
    text.append(f"\n    {c.reasoning}" if c.reasoning else "")
    for quote in c.evidence:
        text.append("\n    ")
        text.append(f"“{quote}”", style="bold yellow")
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
    for c in seg.criteria:
        console.print(_term_criterion(c, heuristic))
    outline = [line for line in seg.stronger_answer.splitlines() if line.strip()]
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
