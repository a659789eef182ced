"""A heading asked as a question that names a round: "## What happened on the phone screen?",
"## What will they ask in the principal interview?", "## How did the HM call go?". The round
is the phrase after the question's article; a question about the whole day ("Who's on the
onsite?") or about the candidate ("What's my 'why me' answer?") names none."""

from __future__ import annotations

import re

from .vocab import CONTAINER, ROUNDISH, has, round_types, tokens

_ASKED = re.compile(
    r"^(?:what|what's|how|who|who's|when|where|why|anything|any|is|are|do|does|will|should)\b"
    r".*?\b(?:in|on|at|for|during|about|from|with|after|before|of|did|does|do|is|was|will|"
    r"expect|prep|prepare)\s+(?:the|my|this|that|our|their|each)\s+(?P<phrase>[^?]{3,60}?)"
    r"(?:\s+(?:go|went|look like|be like|cover|be about|going|ask|want|test))?\s*\?\W*$",
    re.IGNORECASE,
)
_SEVERAL = frozenset({"interviews", "rounds", "loop", "onsite", "superday"})


def asked_round(heading: str) -> str | None:
    """The round a question heading asks about, capitalised; None for any other heading."""
    if not heading.rstrip(" *_)").endswith("?") or not (m := _ASKED.match(heading.strip())):
        return None
    phrase = m.group("phrase").strip(" '\"“”‘’")
    toks = tokens(phrase)
    if not (round_types(phrase) or has(toks, ROUNDISH)) or len(phrase.split()) > 6:
        return None
    if has(toks, CONTAINER) and (_SEVERAL & set(toks) or not round_types(phrase)):
        return None  # "the onsite", "the final interviews": several rounds, not one
    return phrase[:1].upper() + phrase[1:]
