"""The report as JSON (stable keys, the models' own JSON) and as Markdown to read or paste anywhere."""

from __future__ import annotations

import json

from mockloop.scoring.aggregate import CriterionScore, SegmentScore

from . import delivery as spoken
from .coaching import REVERSE_HEADS, attempt_tables, reverse_rows, reverse_summary
from .data import (
    LEGEND,
    ReportData,
    aggregate_text,
    cell,
    doubt_notes,
    evidence_by_question,
    facts,
    feedback,
    highlight,
    ordered,
    outline_items,
    overall_text,
    q_label,
    scorer_label,
    speaker,
    title,
    unscored_text,
    verdict,
)
from .export import md_text, quote_block, turn_labels

# ---------------------------------------------------------------- JSON


def render_json(data: ReportData) -> str:
    """The machine-readable report: stable keys, the models' own JSON, nothing added."""
    return json.dumps(report_payload(data), indent=2, ensure_ascii=False) + "\n"


def report_payload(data: ReportData) -> dict[str, object]:
    """The JSON report as a dict (a loop's report holds one per round)."""
    return {
        "session": data.session.model_dump(mode="json"),
        "round_score": data.round_score.model_dump(mode="json"),
        "segments": [s.model_dump(mode="json") for s in ordered(data)],
        "attempts": [s.model_dump(mode="json") for s in data.attempts],
        "reverse_interview": data.reverse.model_dump(mode="json") if data.reverse else None,
        "delivery": spoken.payload(data.delivery),
        "turns": [t.model_dump(mode="json") for t in sorted(data.turns, key=lambda t: t.seq)],
    }


# ---------------------------------------------------------------- Markdown


_md = md_text  # user text stays inert: an escaped '<' is shown as is, never parsed as HTML


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
        [
            f"{c.name} ({c.weight:g})",
            *(cell(s, c.id).text for s in segs),
            aggregate_text(data, c.id),
        ]
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
    lines += _md_list("A stronger answer, outlined", outline_items(seg.stronger_answer))
    return lines


def _md_transcript(data: ReportData) -> list[str]:
    quotes = evidence_by_question(data)
    labels = turn_labels(data.turns)
    lines: list[str] = []
    for turn in sorted(data.turns, key=lambda t: t.seq):
        text = _md(turn.text)
        if turn.speaker == "candidate":
            found = quotes.get(turn.question_index, []) if turn.question_index is not None else []
            text = quote_block(highlight(turn.text, found, _md, lambda s: _md_bold(_md(s))))
        who = _md(speaker(turn, data.interviewer))
        lines += [f"**{who}** · _{labels[turn.seq]}_", "", text, ""]
    return lines


def _md_grid(heads: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md_cell(h) for h in heads) + " |", "|" + "---|" * len(heads)]
    return lines + ["| " + " | ".join(_md_cell(x) for x in row) + " |" for row in rows] + [""]


def _md_practice(data: ReportData) -> list[str]:
    """Attempts side by side, then the reverse interview."""
    lines: list[str] = []
    tables = attempt_tables(data.attempts, data.rubric)
    if tables:
        lines += ["## Attempts side by side", ""]
        for table in tables:
            lines += [f"### {_md(table.label)}", ""]
            lines += _md_grid(["Criterion", *table.heads], table.rows)
    if data.reverse is not None:
        lines += ["## Your questions for them", ""]
        lines += [f"- **{k}:** {_md(v)}" for k, v in reverse_summary(data.reverse)]
        lines += [""] + [f"- {_md(note)}" for note in data.reverse.notes] + [""]
        if data.reverse.questions:
            lines += _md_grid(REVERSE_HEADS, reverse_rows(data.reverse))
    return lines


def _md_delivery(data: ReportData) -> list[str]:
    if data.delivery is None:
        return []
    lines = [f"## {spoken.HEADING}", ""]
    for obs in spoken.summary(data):
        usual = f" — {_md(obs.usual)}" if obs.usual else ""
        lines.append(f"- **{_md(obs.name)}:** {_md(obs.value)}{usual}")
    lines += ["", *_md_grid(spoken.HEADS, spoken.rows(data)), f"_{_md(spoken.NOTE)}_", ""]
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
    lines += _md_practice(data)
    lines += _md_delivery(data)
    lines += ["## Transcript", "", *_md_transcript(data)]
    return "\n".join(lines).rstrip() + "\n"
