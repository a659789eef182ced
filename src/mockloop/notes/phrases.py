"""Phrases in a sentence of prose that tell a round: the round word ("interview", "call",
"sit-down", …), the title that ends on it ("the case interview with Dr. Samuel Okonjo"), who it
is with, and a sentence whose subject is a round ("The Lumio recruiter screen was today at 11").
Every pattern is bounded: a sentence costs time linear in its first few hundred characters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .vocab import round_types

__all__ = ["round_noun", "round_title", "round_who", "subject_round"]

_ROUND_NOUN = re.compile(
    r"\b(interview|round|call|chat|conversation|convo|session|screen|exercise|presentation"
    r"|take[- ]home|assignment|panel|case\s+study|deep[- ]dive|challenge|onsite|review|critique"
    r"|discussion|assessment|workshop|teardown|role[- ]play|one[- ]on[- ]one|1[:-]1|1on1"
    r"|sit[- ]down|trial\s+(?:shift|day)|working\s+interview|job\s+talk|(?<=my\s)talk"
    r"|practical(?=\s+(?:with|is|was)\b)|meeting(?=\s+with\b))s?\b",
    re.IGNORECASE,
)
_BACK_STOP = re.compile(
    r"(?i)^(?:the|a|an|is|was|be|call|calls|what|there's|there|it's|it|one|which|:|of|up)$"
)
_FILLER = re.compile(
    r"(?i)^(?:\d+[- ]?(?:min(?:ute)?s?|hours?|hr)|hour[- ]long|~?\d+|min(?:ute)?s?|hours?|hrs?)$"
)
_WITH_TAIL = re.compile(
    r"\s+with\s+((?:(?:Dr|Mr|Mrs|Ms|Prof|Capt)\.\s+)?(?:(?!\s(?:where|who|which|that|to|for|about|on"
    r"|in|at|so|because)\b)[^,.;:()]){2,60})"
)


_NAMED = re.compile(r",\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+(?:,\s+[^,.;()]{2,60})?)")


_NOT_A_NOUN = frozenset(
    ("they", "we", "you", "i", "people", "so", "what", "to", "will", "can", "on", "share", "my")
)  # "what they call", "to call", "on screen", "share my screen"


def round_noun(sentence: str) -> re.Match[str] | None:
    """The first round word that names a round: not "what they call", "to call"."""
    for m in _ROUND_NOUN.finditer(sentence, 0, 400):
        before = sentence[max(0, m.start() - 12) : m.start()].split()
        if not before or before[-1].lower().strip("\"'“") not in _NOT_A_NOUN or m[0] == "talk":
            return m  # ("my talk" is one: "share my screen" is not)
    return None


def round_who(sentence: str) -> str | None:
    """Who the round is with: "with the hiring manager, Jonah Weiss, Director of Eng" → the
    person (and the title after them); "with a senior staff engineer" → that."""
    m = round_noun(sentence)
    tail = _WITH_TAIL.search(sentence, m.end()) if m else None
    if tail is None:
        return None
    who = re.sub(r"(?i)^(?:the|a|an|my)\s+", "", tail.group(1).strip())
    if named := _NAMED.match(sentence, tail.end()):  # the person, and the role they play here
        return f"{named.group(1).strip()} ({who})" if who[:1].islower() else named.group(1)
    if who[:1].isupper() and (more := _APPOSITIVE.match(sentence, tail.end())):
        # "with Halima Reyes, the VP of Product Design"; "with Oren (Staff UX Researcher)";
        # "with Mireille Dubois, who would be my manager (Research Manager, Learning)"
        said = next(g for g in more.groups() if g)
        return f"{who}, {said.strip()}"
    return who or None


_APPOSITIVE = re.compile(
    r"\s*\(([^()]{2,60})\)"
    r"|,\s+(?:the|our|my|their)\s+([^,.;()]{2,60})"
    r"|,\s+who\s+(?:would|will|'d|’d)\s+be\s+(my\s+(?:manager|boss|skip|skip-level|lead)\b"
    r"(?:\s*\([^()]{2,60}\))?)",
    re.IGNORECASE,
)


def round_title(sentence: str) -> str:
    """The phrase that ends on the first round word, from its article on, with "with …"."""
    m = round_noun(sentence)
    if m is None:
        return ""
    words = sentence[: m.start()].split()[-6:]
    kept: list[str] = []
    for w in reversed(words):
        bare = w.strip("\"'“”‘’,")
        if _BACK_STOP.match(bare) or w.endswith((":", ",", ".")):
            break
        if not _FILLER.match(bare):
            kept.insert(0, bare)
    title = " ".join([*kept, m.group(0)])
    if tail := _WITH_TAIL.match(sentence, m.end()):
        title += " with " + tail.group(1).strip()
    return title[:1].upper() + title[1:]


# "The Lumio recruiter screen was today at 11.", "Take-home arrived.": a paragraph whose first
# sentence has a round for its subject, in a journal or a letter that tells the loop as it goes
_PLACE_WORDS = frozenset(
    (
        "first",
        "second",
        "third",
        "next",
        "last",
        "final",
        "step",
        "stage",
        "one",
        "the",
        "a",
        "an",
        "real",
    )
)  # "The first step, the phone screen, is"
_SUBJECT_VERB = re.compile(
    r"(?i),?\s+(?:already\s+)?(?:was|is|went|arrived|came|happened|will\s+be|got\s+moved|moved|got\s+pushed"
    r"|has\s+been|is\s+on|was\s+on|today|tomorrow|this\s+(?:morning|afternoon)"
    r"|with\s+(?-i:[A-Z])[^.;]{0,60}?\s(?:is|was)\s+(?:done|over|booked|scheduled|set|next|on))\b"
    # "Simulator assessment, Tue 24 Feb, 9:00": a round named, then when it is
    r"|,\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d"
)
_SUBJECT_START = re.compile(r"(?i)^(?:(?:the|my|our|their|today's|tomorrow's)\s+)?")


def subject_round(told: Sequence[tuple[str, object]]) -> tuple[str, str | None] | None:
    """(title, who) when the first sentence opens on a round of a kind as its subject."""
    for sentence, _ in told[:2]:  # "Couldn't sleep so writing. The … screen was today."
        if found := _told_in(sentence):
            return found
    return None


def _told_in(sentence: str) -> tuple[str, str | None] | None:
    noun = round_noun(sentence)
    if noun is None or noun.start() > 60 or _PRACTICE.search(sentence, 0, noun.start()):
        return None  # "Mock product sense interview with Jess is booked": practice, not a round
    lead = sentence[_SUBJECT_START.match(sentence).end() : noun.start()].split()  # type: ignore[union-attr]
    lead = [w.strip(",") for w in lead if w.strip(",").lower() not in _PLACE_WORDS]
    named = not lead and _WITH_NAME.match(sentence, noun.end())
    if not (_SUBJECT_VERB.match(sentence, noun.end()) or named):
        return None
    if len(lead) > 4 or any(w[:1].islower() and not round_types(w) for w in lead[:-1]):
        return None  # "I keep thinking the interview was …": not a subject that opens the line
    title = _STATUS_TAIL.sub("", round_title(sentence))  # "… with Tiffany Nguyen is done"
    if _WHEN_NEXT.match(sentence, noun.end()) or named:
        return title, round_who(sentence)  # "Interview with Doctor Megan Cho, she's the lead …"
    if _ORDINAL_LEAD.match(sentence) and noun.group(0).lower() in ("interview", "round", "call"):
        return title, round_who(sentence)  # "The first interview happened on 12 February"
    if not (round_types(title) or noun.group(0).lower().replace("-", " ") == "take home"):
        return None
    return title, round_who(sentence)


_ORDINAL_LEAD = re.compile(r"(?i)^(?:the\s+|my\s+)?(?:first|second|third|final|last|next)\s+\w+")
_STATUS_TAIL = re.compile(r"(?i)\s+(?:is|was|will\s+be)\b.*$")
_WHEN_NEXT = re.compile(r"(?i),\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d")
_WITH_NAME = re.compile(r"(?i),?\s+with\s+(?:(?:dr|doctor|mr|mrs|ms|prof)\.?\s+)?(?-i:[A-Z])")
_PRACTICE = re.compile(r"(?i)\b(?:mock|practice|practise|dry[- ]run)\b")
