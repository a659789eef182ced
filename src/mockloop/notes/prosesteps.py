"""What a step of a loop told in prose names: the round ("the coding one", "is with the
regional director of pharmacy", the phrase that ends on a round word) and who it is with
("Next is the hiring manager, Ben Okafor"). Read by prose.py for each sentence that moves the
story on."""

from __future__ import annotations

import re

from .breaks import is_break
from .phrases import round_noun, round_title, round_who
from .prosewho import MEET_WHO
from .vocab import round_types

__all__ = ["ONE_WITH", "SOCIAL", "met", "step_title", "step_who"]
# "is the hiring manager", "with the VP of Growth Marketing": the person a step is with
_MEETS = re.compile(
    r"(?i)\b(?:is|with)\s+(?:the|a|an|my|our)\s+((?:[\w-]+\s+){0,3}?(?:recruiter|hiring\s+manager"
    r"|vp|vice\s+president|director|head|ceo|cto|cpo|coo|cfo|founder|co-founder|gm"
    r"|chief\s+executive|managing\s+director|principal|head\s+teacher|headteacher)"
    r"(?:\s+of\s+(?:(?-i:[A-Z])[\w&-]*+\s*){1,4}|\s+of\s+(?-i:[a-z]+))?)"
    r"(?=[,.;(]|\s+(?:who|and|for|to|on|at|in|it|it's|he|she|they|is|was|so|that|that's|this|next)\b|\s+(?-i:[A-Z])|$)"
)
_PERSON_NEXT = re.compile(r",\s+((?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b")


def met(sentence: str) -> tuple[str, str | None] | None:
    """(title, who) for a step told by whom it is with: "Next is the hiring manager, Ben
    Okafor" → ("Hiring manager", "Ben Okafor")."""
    m = _MEETS.search(sentence, 0, 300)
    if m is None:
        return None
    title = m.group(1).strip()
    person = _PERSON_NEXT.match(sentence, m.end())
    return title[:1].upper() + title[1:], person.group(1) if person else None


# "the cross-functional one with design", "the coding one": a round told by its kind
_KIND_ONE = re.compile(
    r"(?i)^\s*(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+one\b(?:\s+with\s+[\w' -]{2,40}?(?=[,.;]|$))?"
)


def step_title(sentence: str) -> str:
    """A step's round: the person it is with when they come before any round word ("is with
    the regional director of pharmacy …"), else the phrase that ends on a round word."""
    if one := ONE_WITH.match(sentence):  # "(The first one is) with Mr. Chukwuemeka Obi, …"
        return f"Interview with {one.group(1)}"
    social = is_break(sentence) or SOCIAL.search(sentence)
    if not social and (met := MEET_WHO.match(sentence)) and round_noun(sentence) is None:
        return f"Meeting with {met.group(1) or met.group(2)}"  # "I meet the education leads"
    if (one := _KIND_ONE.match(sentence)) and round_types(one.group(1)):
        return one.group(0)[one.start(1) :].capitalize()  # "the coding one": that round
    meets, noun = _MEETS.search(sentence, 0, 200), round_noun(sentence)
    if meets is not None and (noun is None or meets.start() < noun.start()):
        title = meets.group(1).strip()
        return title[:1].upper() + title[1:]
    if (kind := _kind_with(sentence)) and (noun is None or kind.end() < noun.start()):
        return kind.group(1)[:1].upper() + kind.group(1)[1:]
    return round_title(sentence)


def step_who(sentence: str) -> str | None:
    kind = _kind_with(sentence)
    return round_who(sentence) or (met(sentence) or ("", None))[1] or (kind and kind.group(2))


# "ML system design with Priyanka Rao — …", "a behavioral with Colleen from the people team":
# a round told by its kind and who it is with, with no round word
_KIND_WITH = re.compile(
    r"^\s*(?:(?:the|an?)\s+)?[\"“]?([\w'’-]++(?:\s+[\w'’-]++){0,3}?)[\"”]?\s+with\s+"
    r"((?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _kind_with(sentence: str) -> re.Match[str] | None:
    kind = _KIND_WITH.match(sentence)
    return (
        kind if kind and round_types(kind.group(1)) and not SOCIAL.search(kind.group(0)) else None
    )


ONE_WITH = re.compile(
    r"(?i)^\s*with\s+"
    r"((?:(?:mr|mrs|ms|dr)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"
)
SOCIAL = re.compile(
    r"(?i)\b(?:drinks|farewell|party|reference|grandma|grandpa|mum|mom|dad|friends?|mentor)\b"
    r"|\b(?:lunch|dinner|coffee|brunch|drinks)\s+with\b|\bmy\s+(?:old|former|previous|current)\b"
)
