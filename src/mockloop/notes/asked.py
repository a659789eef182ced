"""A heading asked as a question that names a round: "## What happened on the phone screen?",
"## What will they ask in the principal interview?", "## How did the HM call go?". The round
is the phrase after the question's article; a question about the whole day ("Who's on the
onsite?") or about the candidate ("What's my 'why me' answer?") names none."""

from __future__ import annotations

import re

from .names import word_set
from .vocab import CONTAINER, ROUNDISH, explicit, has, round_types, tokens

_ASKED = re.compile(
    r"^(?:what|what's|how|who|who's|when|where|why|anything|any|is|are|do|does|will|should)\b"
    r".*?\b(?:in|on|at|for|during|about|from|with|after|before|of|did|does|do|is|was|will|"
    r"expect|prep|prepare)\s+(?:the|my|this|that|our|their|each)\s++(?P<phrase>[^?]{3,60}?)"
    r"(?:\s+(?:go|went|look like|be like|cover|be about|going|ask|want|test))?\s*\?\W*$",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r"(?<=\?)\s*\([^()]{1,60}\)\s*$")
_LEAD = re.compile(
    r"^([^?:–—-]{3,40}?)\s*(?:\s[-–—]\s|:\s)\s*(?:what|how|who|when|which|any|is|are|do|does|will)\b",
    re.IGNORECASE,
)


# how a question heading goes on after its round: "… the hiring manager dig into?"
_TRAILING = word_set(
    """actually really say said ask asked want dig into cover test go went be like look about
    focus on involve expect mean need include check probe entail care cares hope"""
)


def _names_round(text: str) -> bool:
    toks = tokens(text)
    return (
        bool(round_types(text) or has(toks, ROUNDISH) or explicit(text)) and len(text.split()) <= 5
    )


# a heading about the candidate's questions, the day's logistics or a round that went wrong
_NOT_A_ROUND = re.compile(
    r"(?i)\b(?:my\s+questions|questions?\s+(?:do|should|can|to)\b|questions\s+for|wear|dress"
    r"|(?:should|do|can|could|will|shall)\s+i\s+ask|i\s+(?:want|need)\s+to\s+ask"
    r"|parking|park|bring|travel|get\s+there|address|went\s+wrong|get\s+wrong|did\s+i\s+(?:learn"
    r"|get|do\s+wrong|mess)|mistakes?)\b"
)
_SEVERAL = frozenset({"interviews", "rounds", "loop", "onsite", "superday"})


def asked_round(heading: str) -> str | None:
    """The round a question heading asks about, capitalised; None for any other heading."""
    heading = _WHEN_AFTER.sub("", heading.strip())  # "… testing? (done - Tue 24 Feb)"
    if not heading.rstrip(" *_)").endswith("?") or _NOT_A_ROUND.search(heading):
        return None  # "What are my questions for the HM?", "What is the dress code for …?"
    if (lead := _LEAD.match(heading)) and _names_round(lead.group(1)):
        return lead.group(1)  # "Panel - what do they want?", "Interview 1: what will HR ask?"
    if not (m := _ASKED.match(re.sub(r"(?i)^(what|who|how)[’']s\b", r"\1 is", heading))):
        return None
    phrase = re.sub(r"[\"“”]", "", m.group("phrase")).strip(" '‘’")
    toks = tokens(phrase)
    if not (round_types(phrase) or has(toks, ROUNDISH)) or len(phrase.split()) > 6:
        return None
    if has(toks, CONTAINER) and (_SEVERAL & set(toks) or not round_types(phrase)):
        return None  # "the onsite", "the final interviews": several rounds, not one
    words = phrase.split()  # "hiring manager dig into" → "hiring manager"
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()
    if any(w[:1].isupper() and not round_types(w) and not has(tokens(w), ROUNDISH) for w in words):
        return None  # "the Meta design round": a round elsewhere, a company or a person
    if len(words) == 1 and not round_types(words[0]):
        return None  # "the interview" alone names no round of its own
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]
