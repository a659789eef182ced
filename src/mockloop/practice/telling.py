"""How one answer tells a story: its sentences split into situation (what came before the
candidate acted), action (what they did) and result (what came of it), by first-person action
verbs and result cues. Pure text in, so an interviewer can read a single answer the same way."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from mockloop.text import fold, words

from .claims import READ_CHARS


class Parts(BaseModel):
    """A telling split into situation, action and result, sentence by sentence."""

    situation: list[str] = Field(default_factory=list)
    action: list[str] = Field(default_factory=list)
    result: list[str] = Field(default_factory=list)


_ACTION = re.compile(
    r"\b(?:so )?i (?:(?:also|then|personally|quickly|first|finally|eventually|just)\s+)?"
    r"(?:[a-z]{2,}ed|led|built|wrote|rewrote|ran|made|took|drove|set|sat|got|brought|chose|found"
    r"|gave|kept|spent|shipped|owned|pushed|pitched|proposed|put|cut|split|sold|won|told|rebuilt"
    r"|began|met|hired|taught|designed|pulled|dug|caught|flew|went|did)\b"
    r"|\bmy (?:approach|plan|fix|proposal|first step|recommendation) was\b",
    re.IGNORECASE,
)
_WE_ACTION = re.compile(
    r"\bwe (?:(?:also|then|quickly|finally|eventually)\s+)?"
    r"(?:[a-z]{2,}ed|built|rewrote|ran|made|took|shipped|cut|split|sold|won|rebuilt|began|did)\b",
    re.IGNORECASE,
)
_CHANGE = (
    r"(?:cut|saved|reduced|increased|grew|dropped|doubled|halved|tripled|improved|lifted|raised"
    r"|lowered|boosted|shrank|fell|rose|closed|won|brought|freed|unblocked|shaved)"
)
_RESULT = re.compile(
    rf"\b(?:which|that|and that|this)\s+(?:{_CHANGE}|led|meant|let|took|got)\b"
    r"|\bresult(?:ed|ing)? in\b|\bas a result\b|\bthe (?:result|outcome|impact) was\b"
    r"|\bin the end\b|\bended up\b|\bled to\b|\bby the end\b|\bwent from\b"
    rf"|\b{_CHANGE}\b[^.;]{{0,40}}\d",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"'(A-Z0-9])|\n+")  # '2.5s' and 'e.g. this' stay whole


def sentences(text: str) -> list[str]:
    """The answer's sentences as said (folded quotes and dashes), a decimal point kept inside."""
    return [s.strip() for s in _SENTENCE.split(fold(text[:READ_CHARS])) if words(s)]


def split_parts(text: str) -> Parts:
    """Situation: what comes before the first thing the candidate did. Action: sentences where
    the candidate acts ('I led', 'I rewrote'; 'we built' when there is no 'I'). Result: result
    cues ('which cut', 'resulting in', 'as a result') and changes with a number. A sentence
    holding both is cut at the cue: 'I rewrote the batcher, | which cut p99 by 40%'."""
    said = sentences(text)
    action = _ACTION if any(_ACTION.search(s) for s in said) else _WE_ACTION
    parts = Parts()
    acted = False
    for sentence in said:
        did, came = action.search(sentence), _RESULT.search(sentence)
        if did and came and came.start() > did.end():
            parts.action.append(sentence[: came.start()].rstrip(" ,;-"))
            parts.result.append(sentence[came.start() :])
            acted = True
        elif came and (acted or not did):
            parts.result.append(sentence)
        elif did:
            parts.action.append(sentence)
            acted = True
        elif not acted:
            parts.situation.append(sentence)
    return parts
