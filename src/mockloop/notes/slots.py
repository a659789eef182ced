"""Rounds met only as an entry of a timed schedule or an overview line, and rounds the notes
say are done: two such are not always one round (merge.py asks)."""

from __future__ import annotations

import re

from .found import Round
from .parser import Item
from .shapes import timed

__all__ = ["done", "done_apart", "mention", "scheduled", "scheduled_after"]

DONE = re.compile(r"(?i)\b(?:done|passed|completed|went\s+(?:well|ok|fine|great))\b|[✅✔✓☑]")


def scheduled(r: Round) -> bool:
    """An entry of a timed schedule and nothing more."""
    return mention(r) and isinstance(r.source, Item) and timed(r.source.text) is not None


def done_apart(a: Round, b: Round) -> bool:
    """a, done, is not b, a slot of the day's schedule: one named only there, or one with notes
    of its own when a is a step named done ("2) tekninen haastattelu ✔", "12:15 Incident …")."""
    slot = isinstance(b.source, Item) and timed(b.source.text) is not None
    return done(a) and (scheduled(b) or (slot and mention(a) and not done(b)))


def done(r: Round) -> bool:
    """Its line or first notes say it is done ("✔", "went well")."""
    return bool(DONE.search(" ".join([r.text, *(n.text for n in r.focus[:3])])))


def scheduled_after(a: Round, b: Round) -> bool:
    """b is an entry of a timed schedule met after a round with its own notes: the schedule
    lists the day ahead, so an earlier round described in full is another round."""
    src = b.source
    return (
        mention(b)
        and not mention(a)
        and isinstance(src, Item)
        and a.order < b.order
        and timed(src.text) is not None
    )


def mention(r: Round) -> bool:
    """Only named (an overview line, a schedule entry): no lines of its own beyond its own."""
    return all(n.line == r.source.line for n in r.focus)
