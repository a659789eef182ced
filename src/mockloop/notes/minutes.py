"""Minutes of a call with the recruiter: the meeting's agenda ("1. Feedback on first
interview", "2. Next stages", "3. AOB") names the topics of the minutes, not rounds; the
sections that repeat them are topics too. The rounds are inside them."""

from __future__ import annotations

import re

from .outline import Outline
from .parser import LIST_KINDS

__all__ = ["agenda_topics"]

# "AOB", "any other business", "Sonstiges", "varios", "divers": what closes a meeting's agenda
_AOB = re.compile(
    r"(?i)^\W*(?:\d{1,2}[.)]\s*)?(?:aob|a\.o\.b\.?|any other business|sonstiges|verschiedenes"
    r"|varios|ruegos y preguntas|divers|rondvraag|varia|övrigt|eventuelt)\W*$"
)


def agenda_topics(o: Outline) -> frozenset[str]:
    """The titles (lower case) of a list that closes on "AOB": a meeting's agenda."""
    items = o.items
    for k, it in enumerate(items):
        if it.kind not in LIST_KINDS or not _AOB.match(it.text):
            continue
        sec, out = o.secs[k], set()
        for j in range(k, -1, -1):
            if o.secs[j] != sec or items[j].kind not in LIST_KINDS:
                break
            out.add(items[j].text.strip().lower())
        if len(out) >= 2:
            return frozenset(out)
    return frozenset()
