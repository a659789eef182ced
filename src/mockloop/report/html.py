"""The HTML report: one file, inline CSS and an inline SVG chart, no scripts, no external assets.

It must open offline, print cleanly and be safe to share, so every piece of user text (answers,
notes, reasoning, even rubric names a user may have edited) goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple

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
    evidence_by_question,
    facts,
    feedback,
    highlight,
    is_heuristic,
    ordered,
    outline_items,
    overall_text,
    q_label,
    round_name,
    scorer_label,
    speaker,
    title,
    unscored_text,
    verdict,
)
from .export import turn_labels

_CSS = """
:root{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--accent:#0969da;--warn:#7d5400;--warnbg:#fff8c5}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
max-width:58rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.45rem;margin:0 0 .4rem}h2{font-size:1.2rem;border-bottom:1px solid var(--line);
padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.6rem 0 .2rem}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:.05rem .55rem;
border-radius:1rem;background:var(--warnbg);color:var(--warn);border:1px solid #d4a72c;
vertical-align:middle}
.meta{color:var(--muted);margin:0;padding:0;list-style:none}.meta b{font-weight:500}
.verdict{font-size:1.15rem;margin:.8rem 0}.verdict strong{font-size:1.7rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.25rem .6rem;text-align:center}
th:first-child,td:first-child{text-align:left}td.low,td.wide{background:var(--warnbg)}
td.none{color:var(--muted)}tr.total td{font-weight:600}
.legend,.by{color:var(--muted);font-size:.85rem}
mark{background:#fff0a0;padding:0 .1em;border-radius:2px}
.criterion{margin:.7rem 0}.criterion p{margin:.15rem 0}.flag{color:var(--warn);font-size:.85rem}
blockquote{margin:.25rem 0;padding:0 .8rem;border-left:3px solid var(--line)}
.signals{color:var(--muted);font-size:.85rem}.unscored{color:var(--warn);font-weight:600}
.turn{margin:.6rem 0}.who{font-weight:600}.kind{color:var(--muted);font-style:italic}
.turn .text{white-space:pre-wrap;margin:.1rem 0 0}
.turn.candidate .text{border-left:3px solid var(--accent);padding-left:.8rem}
svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
@media print{body{margin:0;max-width:none;font-size:10.5pt}
.criterion,svg,.turn,table{break-inside:avoid}h2,h3{break-after:avoid}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
"""
_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#e15759")
_AVG_COLOR = "#1f2328"


def _header(data: ReportData) -> str:
    badge = f' <span class="badge">{HEURISTIC_NOTE}</span>' if is_heuristic(data) else ""
    meta = "".join(f"<li><b>{escape(k)}:</b> {escape(v)}</li>" for k, v in facts(data))
    rs = data.round_score
    signal = f" · {escape(rs.signal)}" if rs.signal else ""
    return (
        f"<header><h1>Mock interview report: {escape(round_name(data))}{badge}</h1>"
        f'<ul class="meta">{meta}</ul>'
        f'<p class="verdict">Overall <strong>{escape(overall_text(data))}</strong>{signal}</p>'
        "</header>"
    )


def _table(data: ReportData) -> str:
    segs = ordered(data)
    head = "".join(f"<th>{q_label(s)}</th>" for s in segs)
    rows = []
    for c in data.rubric.criteria:
        cells = [cell(s, c.id) for s in segs]
        tds = "".join(f'<td class="{x.kind}">{escape(x.text)}</td>' for x in cells)
        avg = aggregate_text(data, c.id)
        rows.append(f"<tr><td>{escape(c.name)} ({c.weight:g})</td>{tds}<td>{avg}</td></tr>")
    blanks, overall = "<td></td>" * len(segs), escape(overall_text(data))
    rows.append(f'<tr class="total"><td>Overall (weighted)</td>{blanks}<td>{overall}</td></tr>')
    return (
        f"<table><thead><tr><th>Criterion (weight)</th>{head}<th>Avg</th></tr></thead>"
        f'<tbody>{"".join(rows)}</tbody></table><p class="legend">{escape(LEGEND)}</p>'
    )


class _Series(NamedTuple):
    label: str
    color: str
    scores: dict[str, tuple[float, bool]]  # criterion id -> (score, low confidence)


_LEFT, _PLOT, _BAR, _GAP, _TOP, _KEY = 200, 380, 9, 12, 10, 52  # chart geometry in px


def _x(value: float) -> float:
    return _LEFT + _PLOT * value / 5


def _series(data: ReportData) -> list[_Series]:
    """One series per scored question (unscored ones have no number to draw), then the average."""
    scored = [s for s in ordered(data) if s.status == "scored"]
    series = [
        _Series(
            q_label(s),
            _COLORS[n % len(_COLORS)],
            {c.criterion_id: (c.score, c.confidence == "low") for c in s.criteria},
        )
        for n, s in enumerate(scored)
    ]
    aggregates = data.round_score.criteria
    avg = {a.criterion_id: (a.score, False) for a in aggregates if a.score is not None}
    return [*series, _Series("avg", _AVG_COLOR, avg)]


def _axis(bottom: int) -> str:
    parts = [
        f'<line x1="{_x(t):.0f}" y1="{_TOP}" x2="{_x(t):.0f}" y2="{bottom}" stroke="#d0d7de"/>'
        f'<text x="{_x(t):.0f}" y="{bottom + 14}" text-anchor="middle">{t}</text>'
        for t in range(6)
    ]
    caption = f'<text x="{_LEFT - 8}" y="{bottom + 14}" text-anchor="end">score</text>'
    return "".join(parts) + caption


def _bars(y0: int, name: str, cid: str, series: list[_Series]) -> str:
    parts = []
    for j, one in enumerate(series):
        if cid not in one.scores:
            continue
        value, low = one.scores[cid]
        note = " (low confidence)" if low else ""
        parts.append(
            f'<rect x="{_LEFT}" y="{y0 + j * _BAR}" width="{_x(value) - _LEFT:.1f}" '
            f'height="{_BAR - 1}" fill="{one.color}" fill-opacity="{0.45 if low else 1}">'
            f"<title>{escape(one.label)} · {escape(name)}: {value:g}{note}</title></rect>"
        )
    return "".join(parts)


def _legend(y: int, series: list[_Series]) -> str:
    per_row = _PLOT // _KEY
    parts = []
    for n, one in enumerate(series):
        lx, ly = _LEFT + (n % per_row) * _KEY, y + (n // per_row) * 16
        parts.append(
            f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{one.color}"/>'
            f'<text x="{lx + 14}" y="{ly}">{escape(one.label)}</text>'
        )
    return "".join(parts)


def _chart(data: ReportData) -> str:
    """Horizontal bars on a 0-5 axis per criterion: each scored question, then the average.

    Low-confidence scores are drawn faded so the picture carries the same doubt as the table.
    """
    series = _series(data)
    group = _BAR * len(series) + _GAP
    bottom = _TOP + group * len(data.rubric.criteria)
    rows = -(-len(series) // (_PLOT // _KEY))
    width, height = _LEFT + _PLOT + 20, bottom + 36 + 16 * rows
    svg = (
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-label="Scores by criterion and question">'
    )
    parts = [svg, _axis(bottom)]
    for i, criterion in enumerate(data.rubric.criteria):
        y0, name = _TOP + i * group, criterion.name
        short = name if len(name) <= 28 else name[:27] + "…"
        label_y = y0 + (group - _GAP) // 2 + 4
        anchor = f'<text x="{_LEFT - 8}" y="{label_y}" text-anchor="end">'
        parts.append(f"{anchor}{escape(short)}</text>")
        parts.append(_bars(y0, name, criterion.id, series))
    parts += [_legend(bottom + 36, series), "</svg>"]
    return "".join(parts)


def _items(label: str, items: list[str]) -> str:
    lis = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<p><b>{escape(label)}</b></p><ul>{lis}</ul>" if items else ""


def _criterion(c: CriterionScore, heuristic: bool) -> str:
    flags = "".join(f' <span class="flag">{escape(note)}</span>' for note in doubt_notes(c))
    parts = [f'<div class="criterion"><p><b>{escape(c.name)}: {c.score} / 5</b>{flags}</p>']
    parts += [f"<p>{escape(c.reasoning)}</p>"] if c.reasoning else []
    parts += [f"<blockquote><mark>{escape(q)}</mark></blockquote>" for q in c.evidence]
    if heuristic and c.signals:
        parts.append(f'<p class="signals">signals: {escape("; ".join(c.signals))}</p>')
    return "".join(parts) + "</div>"


def _segment(seg: SegmentScore) -> str:
    head = (
        f"<article><h3>{q_label(seg)}. {escape(seg.question_text)}</h3>"
        f'<p class="by">Scored by {escape(scorer_label(seg))}</p>'
    )
    if seg.status != "scored":
        return head + f'<p class="unscored">{escape(unscored_text(seg))}</p></article>'
    body = [_criterion(c, seg.scorer == "heuristic") for c in seg.criteria]
    body += [_items(label, items) for label, items in feedback(seg)]
    body.append(_items("A stronger answer, outlined", outline_items(seg.stronger_answer)))
    return head + "".join(body) + "</article>"


def _transcript(data: ReportData) -> str:
    quotes = evidence_by_question(data)
    labels = turn_labels(data.turns)
    parts = []
    for turn in sorted(data.turns, key=lambda t: t.seq):
        found = quotes.get(turn.question_index, []) if turn.question_index is not None else []
        if turn.speaker == "candidate":
            text = highlight(turn.text, found, escape, lambda s: f"<mark>{escape(s)}</mark>")
        else:
            text = escape(turn.text)
        parts.append(
            f'<div class="turn {turn.speaker}">'
            f'<span class="who">{escape(speaker(turn, data.interviewer))}</span> · '
            f'<span class="kind">{escape(labels[turn.seq])}</span><p class="text">{text}</p></div>'
        )
    return "".join(parts)


def _grid(heads: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _practice(data: ReportData) -> str:
    """Attempts side by side, then the reverse interview."""
    parts = []
    tables = attempt_tables(data.attempts, data.rubric)
    if tables:
        parts.append('<section class="attempts"><h2>Attempts side by side</h2>')
        for table in tables:
            grid = _grid(["Criterion", *table.heads], table.rows)
            parts.append(f"<h3>{escape(table.label)}</h3>{grid}")
        parts.append("</section>")
    rev = data.reverse
    if rev is not None:
        meta = "".join(f"<li><b>{escape(k)}:</b> {escape(v)}</li>" for k, v in reverse_summary(rev))
        notes = "".join(f"<li>{escape(n)}</li>" for n in rev.notes)
        grid = _grid(REVERSE_HEADS, reverse_rows(rev)) if rev.questions else ""
        parts.append(
            f'<section class="reverse"><h2>Your questions for them</h2><ul class="meta">{meta}</ul>'
            f"<ul>{notes}</ul>{grid}</section>"
        )
    return "".join(parts)


def _delivery(data: ReportData) -> str:
    if data.delivery is None:
        return ""
    items = "".join(
        f"<li><b>{escape(o.name)}:</b> {escape(o.value)}"
        + (f' <span class="by">— {escape(o.usual)}</span>' if o.usual else "")
        + "</li>"
        for o in spoken.summary(data)
    )
    return (
        f'<section class="delivery"><h2>{escape(spoken.HEADING)}</h2><ul class="meta">{items}</ul>'
        f'{_grid(spoken.HEADS, spoken.rows(data))}<p class="legend">{escape(spoken.NOTE)}</p>'
        "</section>"
    )


def report_body(data: ReportData) -> str:
    """The report's sections, for a page of their own or one of a loop's rounds."""
    body = [
        _header(data),
        f"<section><h2>Scores</h2>{_table(data)}{_chart(data)}</section>",
        "<section><h2>Question by question</h2>",
        *(_segment(s) for s in ordered(data)),
        "</section>",
        _practice(data),
        _delivery(data),
        f"<section><h2>Transcript</h2>{_transcript(data)}</section>",
    ]
    return "".join(body)


def page(title_text: str, body: str) -> str:
    """One self-contained HTML document: inline CSS, no scripts; ``title_text`` is escaped."""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title_text)}</title>"
        f"<style>{_CSS}</style></head>\n"
        f"<body>{body}</body></html>\n"
    )


def render_html(data: ReportData) -> str:
    return page(f"{title(data)} · {verdict(data)}", report_body(data))
