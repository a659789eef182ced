"""A calendar's agenda view pasted whole (Outlook, Google Calendar): the interviews carry the
employer's name before a dash ("12:00 - 12:30  Nordwell Clinical - Screening call"), and the
rest of the week sits between them ("16:30 - 17:00  Kita pickup (Mia)", "Call Mama", a
meeting's "Microsoft Teams Meeting; Organizer: …" line). When two or more schedule rounds open
on the same name before a dash, that name is the employer, not an interviewer, and the
schedule's other entries among them are the candidate's own calendar, not rounds."""

from __future__ import annotations

import re
from collections import Counter

from .found import Round
from .shapes import timed
from .vocab import CONTAINER, ROUNDISH, explicit, has, kind_weights, tokens

__all__ = ["calendar_rounds"]

_NEAR = 10  # lines around the employer's entries that are still the same calendar
_MARK = re.compile(r"(?i)^\s*[\[(]?(?:tentative|accepted|busy|free)[\])]?:?\s*")
_PREFIX = re.compile(r"^([^-–—:|]{3,40}?)\s+[-–—|]\s+\S")


def calendar_rounds(rounds: list[Round]) -> list[Round]:
    """``rounds`` without the calendar's other entries, the employer's name off each title."""
    slots = [r for r in rounds if timed(r.source.text) is not None]
    prefixes = Counter(m.group(1) for r in slots if (m := _PREFIX.match(_MARK.sub("", r.text))))
    shared = [p for p, n in prefixes.items() if n >= 2 and _names_employer(p)]
    if len(shared) != 1:
        return rounds
    name = shared[0]
    ours = [r for r in rounds if _MARK.sub("", r.text).startswith(name)]
    first, last = min(r.order for r in ours), max(r.order for r in ours)
    out = []
    for r in rounds:
        text = _MARK.sub("", r.text)
        if text.startswith(name):
            r.text = text[len(name) :].lstrip(" -–—|")
            r.title = re.split(r"\s+[-–—]\s+", r.text, maxsplit=1)[0] or r.title
            if r.who == name:
                r.who = None
        elif first[0] - _NEAR <= r.order[0] <= last[0] + _NEAR and r in slots:
            continue  # "Kita pickup (Mia)", "Call Mama": the rest of the week
        out.append(r)
    return out


def _names_employer(prefix: str) -> bool:
    """A name, not a round or a stage: "Nordwell Clinical", not "Onsite" or "Coding"."""
    toks = tokens(prefix)
    return prefix[:1].isupper() and not (
        kind_weights(prefix) or has(toks, ROUNDISH) or has(toks, CONTAINER) or explicit(prefix)
    )
