"""An issue tracker's page pasted as text (Jira, Linear, GitHub): its child issues listed one a
line with a key, a title, dot leaders and a status ("JOB-115  Firmware deep-dive ......... TO
DO (9 Dec 10:00)"), then a block per issue under a banner that names only its key ("-----
JOB-115 description -----"). The rows read as list entries and each banner as its issue's
title, so a block is the round its row names. Line numbers stay."""

from __future__ import annotations

import re

__all__ = ["titled_tickets"]

_KEY = r"[A-Z][A-Z0-9]{1,9}-\d{1,6}"
_ROW = re.compile(
    rf"^\s*({_KEY})\s+(\S.*?)(?<!\s)(?:\s*+\.{{3,}}|\s{{2,}}+)\s*([A-Z][A-Z -]{{1,15}}?)\s*(\([^()]*\))?\s*$"
)
# Linear's "JOB-43 · Take-home review + exploratory testing · Todo · label: interview · 9 Dec"
_DOTTED = re.compile(
    rf"^\s*{_KEY}\s+·\s+(\S.*?)\s+·\s+(done|todo|to do|in progress|in review|backlog|blocked"
    r"|canceled|cancelled|duplicate|triage)\b((?:\s+·\s+[^·]*)*)$",
    re.IGNORECASE,
)
_BANNER = re.compile(rf"^\s*([-=#*]{{3,}})\s*({_KEY})\b[^-=#*]*([-=#*]{{3,}})\s*$")


def titled_tickets(lines: list[str]) -> list[str]:
    """Rows of child issues as "- title (status, note)" and their banners as "----- title
    -----"; other lines as they are. Only when two or more rows are found (else Linear's
    dotted rows, ``_dotted``)."""
    rows = {i: m for i, line in enumerate(lines[:5000]) if "-" in line and (m := _ROW.match(line))}
    if len(rows) < 2:
        return _dotted(lines)
    titles = {m[1]: m[2] for m in rows.values()}
    out = list(lines)
    for i, m in rows.items():
        note = f", {m[4][1:-1]}" if m[4] else ""
        out[i] = f"- {m[2]} ({m[3].strip().lower()}{note})"
    for i, line in enumerate(lines):
        if line[:1] in "-=#* " and (b := _BANNER.match(line)) and b[2] in titles:
            out[i] = f"{b[1]} {titles[b[2]]} {b[3]}"
    return out


def _dotted(lines: list[str]) -> list[str]:
    """Linear's rows ("KEY · title · status · label: … · date") as "- title, status, date",
    when two or more are; a canceled issue reads as cancelled."""
    rows = {
        i: m for i, line in enumerate(lines[:5000]) if "·" in line and (m := _DOTTED.match(line))
    }
    if len(rows) < 2:
        return lines
    out = list(lines)
    for i, m in rows.items():
        status = m[2].lower().replace("canceled", "cancelled")
        rest = [
            p.strip() for p in m[3].split("·") if p.strip() and not p.strip().startswith("label")
        ]
        out[i] = f"- {m[1]}, {', '.join([status, *rest])}"
    return out
