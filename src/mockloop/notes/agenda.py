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


def calendar_rounds(rounds: list[Round], head: str = "") -> list[Round]:
    """``rounds`` without the calendar's other entries, the employer's name off each title.
    The name is the employer's when it opens three or more entries, or two and the notes'
    first lines (``head``) name it too ("# Stripe onsite"); two slots that open on a person
    ("Priya Raman - Coding", "Priya Raman - Debugging") are that person's, not a calendar's.
    Only entries that name no interview are left out ("Kita pickup", "Call Mama")."""
    slots = [r for r in rounds if timed(r.source.text) is not None]
    prefixes = Counter(m.group(1) for r in slots if (m := _PREFIX.match(_MARK.sub("", r.text))))
    shared = [
        p
        for p, n in prefixes.items()
        if _names_employer(p) and (n >= 3 or (n == 2 and p.casefold() in head.casefold()))
    ]
    if len(shared) != 1:
        return rounds
    name = shared[0]
    ours = [r for r in slots if _MARK.sub("", r.text).startswith(name)]
    first, last = min(r.order for r in ours), max(r.order for r in ours)
    out = []
    for r in rounds:
        text = _MARK.sub("", r.text)
        if r in ours:
            r.text = text[len(name) :].lstrip(" -–—|")
            r.title = re.split(r"\s+[-–—]\s+", r.text, maxsplit=1)[0] or r.title
            if r.who == name:
                r.who = None
        elif r in slots and first[0] - _NEAR <= r.order[0] <= last[0] + _NEAR and _own(r.title):
            continue  # "Kita pickup (Mia)", "Call Mama": the rest of the week
        out.append(r)
    return out


def _own(title: str) -> bool:
    """An entry of the candidate's own week: it names no interview ("Sponsor call NX-301")."""
    return not kind_weights(title) and not _INTERVIEW.search(title)


_INTERVIEW = re.compile(
    r"(?i)\b(?:interview\w*|screen\w*|panel|round|chat|conversation|assessment|presentation"
    r"|case|test|exercise|practical|session\s+with)\b"
)


def _names_employer(prefix: str) -> bool:
    """A name, not a round or a stage: "Nordwell Clinical", not "Onsite" or "Coding"."""
    toks = tokens(prefix)
    return prefix[:1].isupper() and not (
        kind_weights(prefix) or has(toks, ROUNDISH) or has(toks, CONTAINER) or explicit(prefix)
    )
