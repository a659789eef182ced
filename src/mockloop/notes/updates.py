"""Updates later in the notes that change the loop: a round the company dropped, told on a
line of its own ("Email from Njeri: they're dropping the case presentation for this role").
A round whose own line says it is off is roundmap's; this reads the rest of the notes.
"""

from __future__ import annotations

import re

from .found import Round
from .merge import title_words
from .outline import Outline

_ROUND_NOUNS = (
    r"presentation|case|interview|round|call|chat|test|exercise|assignment|take[- ]home|panel"
    r"|assessment|screen|meeting|session|task"
)
# "they're dropping the case presentation", "the SQL test has been scrapped", "no longer doing
# the panel"
_DROPPED = re.compile(
    rf"(?i)\b(?:dropping|dropped|cancel+ing|cancel+ed|scrapping|scrapped|skipping|removed|removing"
    rf"|no\s+longer\s+(?:doing|having|running))\s+(?:the\s+|their\s+|my\s+|a\s+)?"
    rf"((?:[\w-]+\s+){{0,3}}?(?:{_ROUND_NOUNS})s?)\b"
    rf"|\b(?:the\s+)?((?:[\w-]+\s+){{0,3}}?(?:{_ROUND_NOUNS}))\s+(?:has\s+been|was|is|got)\s+"
    rf"(?:dropped|cancel+ed|scrapped|removed)\b"
)
_NOT = re.compile(r"(?i)\b(?:not|n't|never|might|maybe|may|if)\s+(?:\w+\s+){0,2}$")


def without_dropped(o: Outline, rounds: list[Round]) -> list[Round]:
    """The rounds but those a later line of the notes says were dropped."""
    gone: set[int] = set()
    for it in o.items:
        if (
            "drop" not in it.text
            and "cancel" not in it.text.lower()
            and "scrap" not in it.text
            and "skipp" not in it.text
            and "no longer" not in it.text
            and "remov" not in it.text
        ):
            continue
        for m in _DROPPED.finditer(it.text):
            if _NOT.search(it.text[max(0, m.start() - 30) : m.start()]):
                continue
            said = _words(m.group(1) or m.group(2))
            for r in rounds:
                if r.order[0] != it.line and said and said <= title_words(r):
                    gone.add(id(r))
    return [r for r in rounds if id(r) not in gone]


def _words(phrase: str) -> frozenset[str]:
    return title_words(Round(phrase, None, (0, 0), phrase))  # type: ignore[arg-type]
