"""Itineraries pasted from scheduling tools (GoodTime, Greenhouse, Lever, ModernLoop), which
stack each slot over two or three lines: the time on its own line, then the interview or the
person, then who or their title:

    9:00 AM - 9:45 AM            9:30am - 10:15am GMT
    Brandon Tate                 Technical Interview 1 (Probability)
    Head Trader, ERCOT & West    Hannah Reiss

Each slot is a round (breaks, lunch and check-in are not), titled by its first line; a slot
named by a person is a conversation with them, and their title goes with their name."""

from __future__ import annotations

import re

from .breaks import is_break
from .found import Round
from .outline import Outline
from .shapes import is_todo
from .vocab import ROUNDISH, has, kind_weights, tokens

__all__ = ["stacked_rounds"]

_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
_RANGE = re.compile(
    rf"(?i)^{_CLOCK}\s*(?:-|–|—|to)\s*{_CLOCK}(?:\s*\(?[A-Za-z]{{2,8}}(?:[+-]\d{{1,2}})?\)?)?$"
)
_PERSON = re.compile(r"^(?:(?i:dr|mr|mrs|ms|prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$")
_NAME = r"(?:(?i:dr|mr|mrs|ms)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
# one or more people, then maybe their titles: "Marta Kowal, James Whitcombe", "Jenna + Sam"
_PEOPLE = re.compile(
    rf"^(?:with\s+)?{_NAME}(?:(?:\s*,\s*|\s+(?:&|\+|and)\s+){_NAME}){{0,5}}(?:\s*[,(–—-].{{0,60}})?$"
)


def _is_person(text: str) -> bool:
    return bool(_PERSON.match(text)) and not (kind_weights(text) or has(tokens(text), ROUNDISH))


def stacked_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each stacked slot of an itinerary: at least two slots in the notes."""
    items, out = o.items, []
    slots = [k for k, it in enumerate(items) if _RANGE.match(it.text.strip())]
    if len(slots) < 2:
        return []
    for k in slots:
        lines = []
        for j in range(k + 1, min(k + 4, len(items))):
            if items[j].line != items[j - 1].line + 1 or _RANGE.match(items[j].text.strip()):
                break
            lines.append(j)
        if not lines or k in claimed or any(j in claimed for j in lines):
            continue
        first = items[lines[0]].text.strip()
        if is_break(first) or len(first.split()) > 10 or is_todo(first):
            continue
        second = items[lines[1]].text.strip() if len(lines) > 1 else ""
        who: str | None = second if second and _PEOPLE.match(second) else None
        if _is_person(first):
            who = f"{first}, {second}" if second else first
        if not (_is_person(first) or who or has(tokens(first), ROUNDISH)):
            continue  # "9:00 - 11:00 / LeetCode graphs": a study plan's block, not a slot
        claimed.update([k, *lines[:2]])
        out.append(Round(first, items[lines[0]], (items[k].line, 0), first, who=who))
    return out
