"""Who a round told in prose is with: "Thursday 2pm I go in to meet Luca", "at 1:30 I'll have
a chat with the head chef", "Then Nov 19 with Marcus Oyelaran, the Director of Engineering",
and what the recruiter "called it" ("a sit-down"); a call told by who made it ("Mara Lindholm,
the recruiter, called me on September 29")."""

from __future__ import annotations

import re

__all__ = ["CALLED_IT", "MEET", "MEET_WHO", "WITH_EARLY", "called_by"]

MEET = re.compile(
    r"\b(?:to\s+)?meet\s+(?:with\s+)?((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
    re.IGNORECASE,
)

WITH_EARLY = re.compile(
    r"^\s*,?\s*(?:[\w/.–-]+\s+){0,4}?with\s+((?:Dr\.?\s+)?(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+)"
    r"(?:,\s+(?!(?:who|which|whom|that|and)\b)(?:the\s+|our\s+|their\s+)?([^,.;]{3,50}))?"
)

CALLED_IT = re.compile(r"(?i)\bcalled\s+it\s+[\"“']+(?:an?\s+)?([^\"”']{3,40})[\"”']")

MEET_WHO = re.compile(
    r"(?i)^\s*(?:I|we)(?:'ll|\s+will)?\s+(?:meet(?:\s+with)?|see|spoke\s+with|talked\s+(?:to|with)"
    r"|have\s+(?:[\w-]+\s+){1,3}with)\s+(?:(the\s+[a-z][^,.;]{2,60}?)"
    r"(?=\s+together\b|[,.;]|$)|((?:(?:dr|mr|mrs|ms)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}))"
)

# "Mara Lindholm, the recruiter, called me on September 29": a call that happened
_CALLED = re.compile(
    r"^((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),\s+(?:the|our|my)\s+"
    r"(recruiter|hiring\s+manager|talent\s+partner)\b[^.]{0,20}?,?\s+(?:called|rang|phoned"
    r"|screened)\s+me\b"
    # "Hanna from people ops called me back on Friday to set up a 30 min chat on Tue"
    r"|^(?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\s+[A-Z][a-z]+\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:from|in|at)\s+(?:the\s+|their\s+)?(people\s+ops"
    r"|people\s+operations|people\s+team|hr|talent(?:\s+team|\s+acquisition)?|recruiting|recruitment"
    r"|the\s+agency)\b"
    # "Mele (HR coordinator) rang 2 Oct — 15 min screen"
    r"|\((?:the\s+|their\s+)?[^()]{0,30}?\b(?i:hr|people|talent|recruit\w*)\b[^()]{0,30}\))[^.]{0,40}?\s+(?:(?:called|rang|phoned)\b|(?:emailed|texted|messaged)\s+me\b"
    r"[^.]{0,60}?\bto\s+(?:set\s+up|book|schedule|arrange)\s+(?:a|an)\s+(?:\d+\s*-?\s*min(?:ute)?s?\s+)?"
    r"(?:chat|call|screen|phone\s+screen|intro)\b)"
)


def called_by(sentence: str, after: str = "") -> tuple[str, str] | None:
    """("Recruiter call", "Mara Lindholm") for "Mara Lindholm, the recruiter, called me …";
    for "Njeri from their talent team rang", when it or the sentence ``after`` it says the
    call was one ("Quick screen, maybe 20 minutes"), not news ("the client pushed the final")."""
    m = _CALLED.match(sentence)
    if m is None:  # "HR called me back already! Denise Arsenault, HR generalist."
        if talked := _TALKED.match(sentence):  # "Tasha Greer (recruiter) and I talked on Nov 12"
            return "Recruiter call", talked.group(1)
        hr, who = _HR_CALLED.match(sentence), _NAME_FIRST.match(after)
        if hr is None or _NEWS.search(f"{sentence} {after}"):
            return None
        return "Recruiter call", hr.group(1) or (who.group(1) if who else "HR")
    if m.group(1) is None:
        said = f"{sentence} {after}"
        return (
            ("Recruiter call", m.group(3))
            if _A_CALL.search(said) and not _NEWS.search(said)
            else None
        )
    return f"{m.group(2).capitalize()} call", m.group(1)


# "HR called me back already!", "yeah!! the woman from their HR, Sam, rang at dinner"
_HR_CALLED = re.compile(
    r"(?i)^(?:(?:yeah|yes|yep|so|ok|okay|omg)\W+)?(?:the\s+(?:woman|man|guy|lady|girl|person)\s+from\s+)?"
    r"(?:(?:the|their|a|an)\s+)?(?:hr|recruiter|recruitment|talent\s+team|agency|people\s+team)"
    r"(?:,\s+((?-i:[A-Z])[\w'’-]+),)?\s+(?:called|rang|phoned)(?:\s+me)?\b"
)
_TALKED = re.compile(
    r"^((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)\s+\((?:the\s+|their\s+)?(?:recruiter|hr|talent|recruiting|people)"
    r"[^()]{0,30}\)\s+and\s+I\s+(?:talked|spoke|chatted|had\s+(?:a|our|the)\s+(?:call|chat|screen))\b"
)
_NAME_FIRST = re.compile(r"^((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),")
_A_CALL = re.compile(
    r"(?i)\b(?:screen\w*|chat|\d+\s*-?\s*min\w*|minutes|intro|phone call|quick call|salary|notice"
    r"|went\s+(?:through|over)|half an hour|my cv|my background)\b"
)
_NEWS = re.compile(r"(?i)\b(?:moved|pushed|reschedul\w*|postpone\w*|the client|cancel\w*)\b")
