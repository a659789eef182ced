"""The rounds inside a list block: the top-level bullets that are rounds of their own (a
container's steps, or a round's bullet of another kind with bullets of its own), and a round
made from its line and its bullets. (Split from rounds.py.)"""

from __future__ import annotations

import re
from collections import Counter

from . import schedule
from .found import Line, Round
from .ics import invitation_title
from .outline import Outline
from .parser import LIST_KINDS, Item
from .people import person_first
from .shapes import dated, timed
from .vocab import ROUNDISH, explicit, has, split_points, tokens

__all__ = ["make_round", "subrounds"]


def subrounds(o: Outline, k: int, block: list[int], container: bool) -> dict[int, list[int]]:
    """Top-level bullets of a block that are rounds of their own, each with its bullets."""
    items = o.items
    top = min((items[j].depth for j in block if items[j].kind in LIST_KINDS), default=0)
    kids: dict[int, list[int]] = {}
    current: list[int] | None = None
    for j in block:
        if items[j].depth == top and items[j].kind in LIST_KINDS:
            current = kids[j] = []
        elif current is not None and (items[j].depth > top or items[j].kind == "quote"):
            current.append(j)
    # an untyped bullet is a round only in a container, and only when it reads as one
    kinds = {j: t[0] if t else "custom" for j in kids
             if (t := o.types(j)) or (container and _own_round(o, j, kids[j]))}  # fmt: skip
    if not kinds:
        return {}
    # "Fallstudie + Präsentation": both; else the most common kind (the first seen wins a tie)
    parents = set(o.types(k)) or {Counter(kinds.values()).most_common(1)[0][0]}
    return {
        j: kids[j]
        for j, kind in kinds.items()
        if container or (kind not in parents and _own_round(o, j, kids[j]))
    }


def _own_round(o: Outline, j: int, kids: list[int]) -> bool:
    """A bullet reads as a round of its own: it has bullets (a numbered item: any lines under
    it), or says round/call/… outright (not in a sentence that mentions one: "He said onsite
    will include a case"); never a question quoted from someone."""
    text = o.items[j].text
    if text[:1] in "\"“„«'‘":
        return False  # '"we have 40 schools, next summer 400 — what breaks?"': a question asked
    if any(o.items[c].kind in LIST_KINDS for c in kids) or (kids and o.items[j].kind == "ordered"):
        return True  # (a line that only wraps a bullet's sentence is no bullet of its own)
    # "shared screen, HackerRank-ish", "on-call for pipelines": no screen, no call
    said = has(tokens(_NO_ROUND.sub(" ", text)), ROUNDISH) if _NO_ROUND.search(text) else None
    roundish = has(o.toks(j), ROUNDISH) if said is None else said
    return (roundish or explicit(text)) and len(text.split()) <= 12


_NO_ROUND = re.compile(
    r"(?i)\bshar(?:e|ed|ing)\s+(?:my\s+|a\s+|the\s+|your\s+)?screens?\b|\bscreen[- ]?shar\w*"
    r"|\bon[- ]call\b"
)


def make_round(head: Item, focus: list[Item]) -> Round:
    text = invitation_title(head.text) or timed(head.text) or dated(head.text) or head.text
    title, rest = schedule.labelled_title(text)
    who, named = person_first(title, rest)  # "Niamh Kelly (Principal SA) — architecture whiteboard"
    title, rest = (named, "") if named else (title, rest)
    if len(title.split()) > 8 or ". " in title:  # "Conversation 1, avec Mehdi Benali, … On va …"
        title = schedule.named_with(re.split(r"(?<=[a-z)][.!])\s+", title, maxsplit=1)[0]) or title
    points = [Line(p, head.line) for p in split_points(rest)]
    return Round(title, head, (head.line, 0), text, focus=[*points, *focus], who=who)
