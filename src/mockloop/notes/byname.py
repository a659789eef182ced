"""Rounds told by who runs them, one line each, as people dictate a loop: "Marcus is react
coding …", "Teo is javascript fundamentals …", "Owen is the VP of engineering 30 minutes …".

A line counts when it opens on a first name, "is", and within its first few words a round's
kind or a job; and only when two or more lines of the notes do so (one such line is more likely
a fact about someone than a loop). The name is the round's title and its interviewer; later
lines that open on "ask <the name>" are its focus too.
"""

from __future__ import annotations

import re

from .found import Quote, Round
from .names import has_job
from .outline import NOT_ROUNDS, Outline
from .vocab import round_types

__all__ = ["byname_rounds"]

_NAMED = re.compile(
    r"^([A-Z][a-z'’-]{2,15})\s+is\s+(?:the\s+|a\s+|an\s+|my\s+)?((?:\S+\s+){0,5}\S+)"
)
_NOT_A_NAME = frozenset(("this", "that", "there", "it", "what", "which", "lunch", "the", "here"))


def byname_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each line that opens on someone who runs one, when two or more lines do."""
    found: list[tuple[int, str]] = []
    for k, it in enumerate(o.items):
        if k in claimed or it.depth or it.kind != "paragraph" or o.cls[k] in NOT_ROUNDS:
            continue
        m = _NAMED.match(it.text)
        if m is None or m.group(1).lower() in _NOT_A_NAME:
            continue
        said = m.group(2)
        if round_types(said) or has_job(said):
            found.append((k, m.group(1)))
    if len(found) < 2:
        return []
    out = []
    for k, name in found:
        it = o.items[k]
        focus: list[Quote] = [it]
        for j in range(k + 1, min(k + 3, len(o.items))):
            if o.items[j].text.lower().startswith(f"ask {name.lower()}"):
                focus.append(o.items[j])  # "ask Rebecca whether they have their own …"
                claimed.add(j)
        out.append(Round(name, it, (it.line, 0), it.text, focus=focus, who=name))
        claimed.add(k)
    return out
