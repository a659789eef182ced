"""A bullet journal's signifiers read as the bullets they are: "x telefonisch gesprek" (done),
"o meeloopdag" (an event), "< gesprek met …" (scheduled), "> CV vertalen" (migrated), "!
vragen" (an idea) each open a list entry, so a journal's day reads like any list of notes.
Line numbers stay; the text after the signifier is kept as written."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["journal_bullets"]

_SIGNIFIED = re.compile(r"^([ \t]*)([xXo<>!•–*])[ \t]+(?=\S)")


def journal_bullets(lines: list[str]) -> list[str]:
    """Lines opened by a signifier as "- " entries, when the notes are a bullet journal: two
    of "x", "o" and "<" each open two or more lines at the margin (a quoted mail opens its
    lines with ">" alone; "o" alone is a Word bullet)."""
    found = [m[2].lower() for line in lines[:5000] if (m := _SIGNIFIED.match(line)) and not m[1]]
    marks = Counter(s for s in found if s in "xo<")  # at the margin: not a key's "   o  event"
    if sum(1 for n in marks.values() if n >= 2) < 2:
        return lines
    return [_SIGNIFIED.sub(r"\1- ", line, count=1) for line in lines]
