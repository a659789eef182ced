"""The hiring committee's debrief in every format, and a whole loop's report: the debrief, then
every round's own report. Renderers return text (the terminal one prints); everything from the
candidate, the notes or a model is escaped for the format it lands in."""

from __future__ import annotations

import json
import re
from html import escape

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mockloop.loop.committee import Debrief, RoundVerdict

from .data import HEURISTIC_NOTE, ReportData
from .export import md_text
from .html import page, report_body
from .markdown import render_markdown, report_payload
from .terminal import print_terminal

LOOP_TITLE = "Hiring committee"


class LoopReport(BaseModel):
    """A loop (or chosen sessions) with its committee's debrief and each round's report data."""

    debrief: Debrief
    rounds: list[ReportData]


def heading(d: Debrief) -> str:
    who = " · ".join(filter(None, [d.company, d.role]))
    return f"{LOOP_TITLE}: {who}" if who else LOOP_TITLE


def decision_line(d: Debrief) -> str:
    if d.decision is None:
        return "no decision: nothing was scored"
    rated = sum(1 for r in d.rounds if r.overall is not None)
    line = f"{d.decision} (mean {d.mean:.2f} over {rated} round{'s' * (rated != 1)}"
    if d.base and d.base != d.decision:
        line += f"; the mean alone says {d.base}"
    return line + ")"


def scorer_note(d: Debrief) -> str:
    names = {"heuristic": HEURISTIC_NOTE, "llm": "LLM judge", "mixed": "judge and heuristic mixed"}
    found = [names.get(s, s) for s in d.scorers]
    if len(found) > 1:
        return "scored by " + " and ".join(found) + ": compare the rounds with care"
    return f"scored by {found[0]}" if found else "not scored"


def round_score(r: RoundVerdict) -> str:
    return f"{r.overall:.1f} {r.signal}" if r.overall is not None else "not scored"


def _facts(d: Debrief) -> list[tuple[str, str]]:
    rows = [("Loop", d.loop_id or ""), ("Sessions", ", ".join(r.session_id for r in d.rounds))]
    return [(k, v) for k, v in rows if v] + [("Scores", scorer_note(d))]


# ---------------------------------------------------------------- terminal


def print_debrief(d: Debrief, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    console.rule(Text(heading(d)), align="left")
    for key, value in _facts(d):
        console.print(Text.assemble((f"{key}: ", "dim"), value))
    console.print(Text.assemble(("Decision: ", "bold"), (decision_line(d), "bold cyan")))
    for cap in d.caps:
        console.print(Text(f"  capped: {cap}", style="yellow"))
    table = Table(title="Rounds", title_justify="left")
    for column in ("#", "round", "score", "why"):
        table.add_column(column)
    for n, r in enumerate(d.rounds, 1):
        table.add_row(str(n), Text(r.label), round_score(r), Text("\n".join(r.reasons)))
    console.print(table)
    for r in d.rounds:
        if r.evidence:
            console.print(Text(f"The {r.label}", style="bold"))
        for e in r.evidence:
            on = f"  {e.criterion} {e.score}/5 · on “{e.question}”"
            console.print(Text(on, style="dim"))
            console.print(Text(f"    “{e.quote}”", style="yellow"))
    for title, items in _lists(d):
        console.print(Text(title, style="bold"))
        for item in items:
            console.print(Text(f"  - {item}"))


def _lists(d: Debrief) -> list[tuple[str, list[str]]]:
    split = [
        x.summary + (f" ({'; '.join(x.details)})" if x.details else "") for x in d.disagreements
    ]
    return [
        ("Where the rounds disagree", split or ["nothing: the rounds tell one story"]),
        ("What would change the decision", d.would_change or ["nothing short of new rounds"]),
    ]


def print_loop_report(report: LoopReport, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    print_debrief(report.debrief, console)
    for data in report.rounds:
        console.print()
        print_terminal(data, console)


# ---------------------------------------------------------------- Markdown


def debrief_markdown(d: Debrief) -> str:
    m = md_text
    lines = [f"# {m(heading(d))}", ""]
    lines += [f"- **{k}:** {m(v)}" for k, v in _facts(d)]
    lines += ["", f"**Decision: {m(decision_line(d))}**", ""]
    lines += [f"- capped: {m(cap)}" for cap in d.caps] + ([""] if d.caps else [])
    lines += ["## Rounds", "", "| # | round | score | why |", "|---|---|---|---|"]
    for n, r in enumerate(d.rounds, 1):
        cells = [str(n), r.label, round_score(r), "; ".join(r.reasons)]
        lines.append("| " + " | ".join(m(c).replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    for r in d.rounds:
        if r.evidence:
            lines += [f"### The {m(r.label)}", ""]
        for e in r.evidence:
            on = f"{m(e.criterion)} {e.score}/5, on “{m(e.question)}”"
            lines += [f"- {on}: **“{m(e.quote)}”**"]
        lines += [""] if r.evidence else []
    for title, items in _lists(d):
        lines += [f"## {title}", "", *(f"- {m(i)}" for i in items), ""]
    return "\n".join(lines).rstrip() + "\n"


_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)


def loop_markdown(report: LoopReport) -> str:
    """The debrief, then each round's report one heading level down."""
    parts = [debrief_markdown(report.debrief)]
    for data in report.rounds:
        parts.append(_HEADING.sub(r"#\1 ", render_markdown(data)))
    return "\n".join(parts)


# ---------------------------------------------------------------- HTML and JSON


def debrief_html(d: Debrief) -> str:
    meta = "".join(f"<li><b>{escape(k)}:</b> {escape(v)}</li>" for k, v in _facts(d))
    caps = "".join(f'<li class="flag">capped: {escape(c)}</li>' for c in d.caps)
    rows = "".join(
        f"<tr><td>{n}</td><td>{escape(r.label)}</td><td>{escape(round_score(r))}</td>"
        f"<td>{'<br>'.join(escape(x) for x in r.reasons)}</td></tr>"
        for n, r in enumerate(d.rounds, 1)
    )
    evidence = "".join(
        f"<h3>The {escape(r.label)}</h3>"
        + "".join(
            f'<p class="by">{escape(e.criterion)} {e.score}/5, on “{escape(e.question)}”</p>'
            f"<blockquote><mark>{escape(e.quote)}</mark></blockquote>"
            for e in r.evidence
        )
        for r in d.rounds
        if r.evidence
    )
    lists = "".join(
        f"<h2>{escape(t)}</h2><ul>{''.join(f'<li>{escape(i)}</li>' for i in items)}</ul>"
        for t, items in _lists(d)
    )
    return (
        f'<section class="debrief"><h1>{escape(heading(d))}</h1><ul class="meta">{meta}</ul>'
        f'<p class="verdict">Decision <strong>{escape(decision_line(d))}</strong></p>'
        f"<ul>{caps}</ul><h2>Rounds</h2><table><thead><tr><th>#</th><th>round</th><th>score</th>"
        f"<th>why</th></tr></thead><tbody>{rows}</tbody></table>{evidence}{lists}</section>"
    )


def debrief_page(d: Debrief) -> str:
    return page(f"{heading(d)} · {decision_line(d)}", debrief_html(d))


def loop_html(report: LoopReport) -> str:
    rounds = "".join(
        f'<hr><section class="round">{report_body(r)}</section>' for r in report.rounds
    )
    d = report.debrief
    return page(f"{heading(d)} · {decision_line(d)}", debrief_html(d) + rounds)


def debrief_json(d: Debrief) -> str:
    return json.dumps(d.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def loop_json(report: LoopReport) -> str:
    payload = {
        "debrief": report.debrief.model_dump(mode="json"),
        "rounds": [report_payload(r) for r in report.rounds],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
