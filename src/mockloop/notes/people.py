"""Rounds headed by the person: notes that list the people of a loop, each under their name
in capitals, their title on the next line, then when the conversation is and what to expect
(an executive search, a panel of named interviewers):

    DARNELL OKAFOR-HUGHES
    Chief Operating Officer — my would-be manager
    - 60 min, Zoom, Tue 9/2

Each such block is a round with that person as the interviewer; its title is what their title
line says before a dash. A name line needs the title line and a time within the next lines:
capitals alone ("MY NARRATIVE", "NOT INTERVIEWS") are a heading of the notes, not a person.
"""

from __future__ import annotations

import re

from .found import Quote, Round
from .outline import Outline

__all__ = ["person_rounds"]

_NAME = re.compile(r"^(?:[A-Z][A-Za-z'’.-]*[A-Z][A-Za-z'’.-]*\s+){1,3}[A-Z][A-Za-z'’.-]*[A-Z]$")
_TITLE = re.compile(
    r"\b(?:chief|officer|ceo|cto|coo|cfo|cpo|vp|vice president|president|director|head of"
    r"|partner|manager|founder|co-founder|lead|principal|engineer|recruiter|board)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"(?i)\b\d{1,3}\s*(?:min|mins|minutes|h|hr|hrs|hours)\b|\b\d{1,2}/\d{1,2}\b"
    r"|\b(?:mon|tue|wed|thu|fri)\w*\b[^.]{0,12}\d|\bweek of\b"
)
_DASH = re.compile(r"\s+[—–-]\s+")
_LOOK = 6  # lines after the title line where the time may be


def _is_name(text: str) -> bool:
    """A name in capitals: two to four words, every word upper-case but for Mc/Mac/O' parts."""
    if not _NAME.match(text):  # the pattern first: most lines are no name
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 5 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _block(o: Outline, start: int) -> list[int]:
    """The items from ``start`` on that belong to the person: up to a gap of two blank lines
    or more, a rule of dashes, or the next name in capitals."""
    items, out = o.items, []
    for j in range(start, len(items)):
        gap = items[j].line - items[j - 1].line
        if gap > 2 or _is_name(items[j].text.strip()) or set(items[j].text.strip()) <= set("-=_*"):
            break
        out.append(j)
    return out


def person_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each person block the other passes did not claim."""
    items, out = o.items, []
    for k in range(len(items) - 1):
        head, title = items[k], items[k + 1]
        if k in claimed or head.depth or not _is_name(head.text.strip()):
            continue
        if title.line != head.line + 1 or not _TITLE.search(title.text):
            continue
        body = [j for j in range(k + 2, min(len(items), k + 2 + _LOOK)) if j not in claimed]
        if not any(_WHEN.search(items[j].text) for j in body[:3]):
            continue
        block = _block(o, k + 2)
        focus: list[Quote] = [items[j] for j in block if j not in claimed]
        name = head.text.strip().title()
        role = _DASH.split(title.text.strip(), maxsplit=1)[0]
        claimed.update([k, k + 1, *block])
        out.append(Round(role, title, (head.line, 0), role, focus=focus, who=name))
    return out
