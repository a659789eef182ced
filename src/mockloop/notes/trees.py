"""A tree drawn in box or ASCII characters (a mind map's text export, `tree` output), read as
the outline it draws: a node with branches of its own is a heading as deep as it sits ("│   ├──
process" → "## process"), a leaf a bullet under it ("│   │   ├── rationale 1 page max" → "-
rationale 1 page max"). Line numbers stay."""

from __future__ import annotations

import re

__all__ = ["untreed"]

# the guides before a branch ("│   ", "|   ", spaces), then the branch: "├── ", "└─ ", "|-- ",
# "`-- ", "+-- "; not a table's rule ("|---|---|", "+----+", "├──┼──┤")
# (one character class for the guides: a nested repeat, "(?:[│|]?[ \t]{1,4})*", splits a run of
# spaces in exponentially many ways, and a PDF's 70-space indent never ended)
_BRANCH = re.compile(r"^([│┃| \t]*?)(?:[├└┣┗╠╚]|[|`+])[─━═-]{1,3}[ \t]*([^\s─━═|+:-].*)$")


def _branch(line: str) -> re.Match[str] | None:
    if line[:1] not in "│┃|├└┣┗╠╚`+ \t" or "┼" in line or line.rstrip().endswith(("|", "│")):
        return None
    return _BRANCH.match(line)


def untreed(lines: list[str]) -> list[str]:
    """The notes with each node of a drawn tree as a heading or a bullet (whatever the width
    of its guides), other lines as they are; only when three or more lines branch."""
    found = {i: m for i, line in enumerate(lines[:5000]) if (m := _branch(line))}
    if len(found) < 3:
        return lines
    columns = sorted({len(m.group(1).expandtabs(4)) for m in found.values()})
    depths = {i: columns.index(len(m.group(1).expandtabs(4))) for i, m in found.items()}
    out, order = list(lines), sorted(found)
    for n, i in enumerate(order):
        nxt = order[n + 1] if n + 1 < len(order) else -1
        parent = nxt >= 0 and depths[nxt] > depths[i]
        text = found[i].group(2)
        out[i] = f"{'#' * min(depths[i] + 1, 6)} {text}" if parent else f"- {text}"
    return out
