"""A stage said on two lines: the line that names it and ends on a colon, over the plain line
that lists its rounds ("onsite is Dec 2, 5 interviews back to back (virtual):" over "ML coding,
ML breadth, ML system design, the research deep dive thing, and a bar raiser"), as the one-line
stage it is, so the rounds are read as any "onsite: a, b, c" line's. Line numbers stay."""

from __future__ import annotations

import re

from .vocab import CONTAINER, has, round_types, tokens

__all__ = ["colon_lists"]

_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def colon_lists(lines: list[str]) -> list[str]:
    """A stage's line that ends on a colon over the plain line that lists its rounds, joined
    on the first ("onsite: ML coding, ML breadth, …") and the second left blank, when the
    first names a stage (onsite, loop, superday, …) and the second two typed rounds or more."""
    out = list(lines)
    for i in range(len(lines) - 1):
        head, rest = lines[i].strip(), lines[i + 1].strip()
        if not head.endswith(":") or len(head) > 120 or rest.count(",") < 2 or ":" in rest:
            continue
        if rest[:1] in "-*+•#>|" or lines[i + 1][:1].isspace() or not head[:1].isalpha():
            continue
        typed = sum(1 for part in _PARTS.split(rest) if round_types(part))
        if typed >= 2 and has(tokens(head), CONTAINER):
            out[i], out[i + 1] = f"{head} {rest}", ""
    return out
