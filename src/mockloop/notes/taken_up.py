"""In a chat, a question a friend suggests that the candidate takes up: "ask if theres a weekend
rota, they sneak that in" → "ok I'll ask that, good shout". The friend's message just before the
candidate's yes is a question to ask (its first sentence, without its "ask"); one turned down
("nah thats for the offer stage") is not."""

from __future__ import annotations

import re
from typing import Any

from .outline import Outline

__all__ = ["taken_up"]

# "ok I'll ask that", "good shout, will ask that", "yes gonna ask that", "to ću pitati, da"
_YES = re.compile(
    r"(?i)^\W*(?:(?:ok(?:ay)?|yes|yeah|yep|good\s+(?:one|shout|idea|call)|true|oh)\W+)*"
    r"(?:I(?:'ll|’ll|\s+will)|will|gonna|going\s+to|definitely)\s+ask\s+(?:them\s+)?(?:that|this)\b"
    r"|^\W*(?:to\s+ću\s+pitati|to\s+ću\s+ih\s+pitati|eso\s+(?:lo\s+)?pregunto|isso\s+eu\s+pergunto)\b"
)
_ASK_LEAD = re.compile(
    r"(?i)^\W*(?:and\s+|also\s+)?(?:you\s+should\s+)?ask\s+(?:them\s+|him\s+|her\s+)?"
)
_FIRST = re.compile(r"^(.{8,200}?)(?:[.!?](?:\s|$)|,\s+(?:they|it|that|cos|because)\b|$)")


def taken_up(o: Outline, taken: set[int]) -> list[dict[str, Any]]:
    """The friend's suggestion the candidate answers yes to, as a question on its line."""
    friends, found = o.notes.friends, []
    for k, it in enumerate(o.items):
        if it.line in friends or len(it.text) > 80 or not _YES.search(it.text):
            continue
        before = o.items[k - 1] if k else None
        if before is None or before.line not in friends or before.line in taken:
            continue
        if said := _FIRST.match(_ASK_LEAD.sub("", before.text).strip()):
            found.append({"text": said.group(1).rstrip(" ,") + "?", "line": before.line})
    return found
