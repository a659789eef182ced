"""The progress page: one self-contained HTML file (inline CSS and SVG, no scripts, no external
assets) with a line chart per round kind, the tables, the trends and the weakest criteria.

Every piece of text that a user or a prompt file supplied (company names, round ids, criterion
names, session ids) goes through ``html.escape``. Judge series are solid lines with round
markers, heuristic series dashed with square markers, and each point names its scorer.
"""

from __future__ import annotations

from html import escape

from .delivery import delivery_html
from .history import SCORER_NAMES, History, Series
from .terminal import sparkline, trend_text, weak_line

_CSS = """
:root{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--warnbg:#fff8c5}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.45rem;margin:0 0 .4rem}h2{font-size:1.2rem;border-bottom:1px solid var(--line);
padding-bottom:.2rem;margin-top:2rem}.muted{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.25rem .6rem;text-align:left}
td.spark{font-family:ui-monospace,monospace;letter-spacing:1px}
li.weak{background:var(--warnbg);padding:.1rem .4rem;margin:.2rem 0;list-style:none}
svg{max-width:100%;height:auto;display:block;margin:.6rem 0}
svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
@media print{body{margin:0;max-width:none}svg,table{break-inside:avoid}}
"""
_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f")
_LEFT, _TOP, _PLOT_W, _PLOT_H, _KEY_ROW = 44, 16, 560, 220, 18  # chart geometry in px


def _y(score: float) -> float:
    return _TOP + _PLOT_H * (5 - score) / 4


def _x(index: int, count: int) -> float:
    return _LEFT + (_PLOT_W * index / (count - 1) if count > 1 else _PLOT_W / 2)


def _marker(x: float, y: float, color: str, scorer: str, tip: str) -> str:
    title = f"<title>{escape(tip)}</title>"
    if scorer == "llm":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{color}">{title}</circle>'
    return (
        f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="#fff" '
        f'stroke="{color}" stroke-width="2">{title}</rect>'
    )


def _line(one: Series, color: str, order: dict[str, int], count: int) -> str:
    coords = [(_x(order[p.session_id], count), _y(p.score)) for p in one.points]
    dash = "" if one.scorer == "llm" else ' stroke-dasharray="6 4"'
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    parts = [f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}/>']
    for (x, y), p in zip(coords, one.points):
        tip = (
            f"{one.criterion}: {p.score:.1f} · {SCORER_NAMES[p.scorer]}"
            f"{f' ({p.judge_model})' if p.judge_model else ''} · {p.started_at[:10]} · {p.session_id}"
        )
        parts.append(_marker(x, y, color, p.scorer, tip))
    return "".join(parts)


def _axes(count: int, dates: list[str]) -> str:
    bottom, right = _TOP + _PLOT_H, _LEFT + _PLOT_W
    parts = []
    for score in range(1, 6):
        y = _y(score)
        parts.append(
            f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#d0d7de"/>'
            f'<text x="{_LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{score}</text>'
        )
    step = max(1, count // 8)
    for i in range(0, count, step):
        x = _x(i, count)
        parts.append(
            f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle">#{i + 1}</text>'
            f'<text x="{x:.1f}" y="{bottom + 30}" text-anchor="middle">{escape(dates[i])}</text>'
        )
    return "".join(parts)


def _legend(y0: int, series: list[Series], colors: dict[str, str]) -> str:
    parts = []
    for n, one in enumerate(series):
        y = y0 + n * _KEY_ROW
        color = colors[one.criterion_id]
        dash = "" if one.scorer == "llm" else ' stroke-dasharray="6 4"'
        parts.append(
            f'<line x1="{_LEFT}" y1="{y - 4}" x2="{_LEFT + 26}" y2="{y - 4}" stroke="{color}" '
            f'stroke-width="2"{dash}/>{_marker(_LEFT + 13, y - 4, color, one.scorer, one.label)}'
            f'<text x="{_LEFT + 34}" y="{y}">{escape(one.label)}</text>'
        )
    return "".join(parts)


def chart(history: History, kind: str) -> str:
    """Scores (1-5) by session for one round kind, one line per criterion and scorer."""
    sessions = [s for s in history.sessions if s.kind == kind]
    series = history.of_kind(kind)
    order = {s.id: i for i, s in enumerate(sessions)}
    ids = list(dict.fromkeys(one.criterion_id for one in series))
    colors = {cid: _COLORS[i % len(_COLORS)] for i, cid in enumerate(ids)}
    legend_top = _TOP + _PLOT_H + 54
    width, height = _LEFT + _PLOT_W + 24, legend_top + _KEY_ROW * len(series)
    dates = [s.started_at[5:10] for s in sessions]
    body = [_axes(len(sessions), dates)]
    body += [_line(one, colors[one.criterion_id], order, len(sessions)) for one in series]
    body.append(_legend(legend_top, series, colors))
    return (
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(kind)}: scores by criterion across sessions">{"".join(body)}</svg>'
    )


def _table(series: list[Series]) -> str:
    rows = "".join(
        f"<tr><td>{escape(one.criterion)}</td><td>{SCORER_NAMES[one.scorer]}</td>"
        f'<td class="spark">{sparkline([p.score for p in one.points])}</td>'
        f"<td>{' '.join(f'{p.score:.1f}' for p in one.points)}</td>"
        f"<td>{one.mean:.1f}</td><td>{escape(trend_text(one.trend))}</td></tr>"
        for one in series
    )
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            "Criterion",
            "Scorer",
            "Trend line",
            "Scores, oldest first",
            "Mean",
            "First → latest",
        )
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _section(history: History, kind: str) -> str:
    sessions = [s for s in history.sessions if s.kind == kind]
    series = history.of_kind(kind)
    mixed = len({one.scorer for one in series}) > 1
    note = (
        '<p class="muted">Judge (solid, round markers) and heuristic (dashed, square markers) '
        "scores are separate series: they are not on one scale.</p>"
        if mixed
        else f'<p class="muted">Every point scored by the {SCORER_NAMES[series[0].scorer]}.</p>'
    )
    companies = sorted({s.company for s in sessions if s.company})
    where = f" · {escape(', '.join(companies))}" if companies else ""
    return (
        f'<section><h2>{escape(kind)}</h2><p class="muted">{len(sessions)} session'
        f"{'s' if len(sessions) != 1 else ''}, {escape(sessions[0].started_at[:10])} to "
        f"{escape(sessions[-1].started_at[:10])}{where}</p>"
        f"{note}{chart(history, kind)}{_table(series)}</section>"
    )


def render_progress_html(history: History) -> str:
    weakest = history.weakest()
    weak = (
        "".join(
            f'<li class="weak">{escape(one.kind)}: {escape(weak_line(one))}</li>' for one in weakest
        )
        or "<li>No criterion averages under 4: nothing stands out as weak.</li>"
    )
    sections = [_section(history, kind) for kind in history.kinds() if history.of_kind(kind)]
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>mockloop progress · {len(history.sessions)} sessions</title>"
        f"<style>{_CSS}</style></head>\n<body><header><h1>Progress across mock interviews</h1>"
        f'<p class="muted">{len(history.sessions)} sessions · trend: the latest sessions against '
        "the first ones</p></header>"
        f"<section><h2>Weakest criteria</h2><ul>{weak}</ul></section>"
        f"{''.join(sections)}{delivery_html(history.delivery)}</body></html>\n"
    )
