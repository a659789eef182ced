"""Tables drawn in ASCII, as a terminal or a database client prints them, often pasted inside a
code fence:

    +----+-------------+---------------------+
    | №  | Date        | Stage               |
    +----+-------------+---------------------+
    | 1  | 02.11       | HR call             |
    | 3  | 13.11 15:00 | Technical interview |
    +----+-------------+---------------------+

read as the pipe table they draw: a rule between two rows is a delimiter row (the first under
the header, the others rows of rules), the other rules and the fence around the table blank.
Line numbers stay."""

from __future__ import annotations

import re

__all__ = ["gridded"]

_RULE = re.compile(r"^\s*\+(?:[-=]+\+){2,}\s*$")
_FENCE = re.compile(r"^\s*(?:`{3,}|~{3,})")


def _row(line: str) -> bool:
    return line.lstrip().startswith("|")


def gridded(lines: list[str]) -> list[str]:
    """The notes with each ASCII grid as a pipe table; other lines as they are."""
    rules = [i for i, line in enumerate(lines) if line[:1] in " +" and _RULE.match(line)]
    if len(rules) < 2:
        return lines
    out = list(lines)
    for i in rules:
        above = i > 0 and _row(lines[i - 1])
        below = i + 1 < len(lines) and _row(lines[i + 1])
        columns = lines[i].count("+") - 1
        if above and below:  # under the header row, or between two rows (a row of rules)
            out[i] = "|" + "---|" * columns
        else:
            out[i] = ""
            if (j := _fence(lines, i, 1 if above else -1)) is not None:
                out[j] = ""  # the fence the grid was pasted in
    return out


def _fence(lines: list[str], i: int, step: int) -> int | None:
    """The code fence next to line ``i`` (blank lines between), looking in ``step``'s way."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) and _FENCE.match(lines[j]) else None
