"""The steps of an arrow chain that are not typed rounds: "phone w/ Dana (office mgr) ✓ 11/20",
"sit down w/ Ray (owner)" may be rounds; "applied" and "offer" are not (a step that says it is
no interview, breaks.said_not_a_round, neither). Read by shapes.chain_parts."""

from __future__ import annotations

import re

__all__ = ["chain_step", "said_as_step", "without_who"]

_NOT_A_ROUND = re.compile(
    r"(?i)^(?:applied|apply|application|applications|referral|referred|offer|offers|decision"
    r"|hired|rejected|rejection|start|start date|done|tbd|\?+|feedback|debrief|references?"
    r"|reference checks?|background checks?|negotiation|sign(?:ed)?|cv|resume|résumé|ghosted)\b"
)


_WITH_WHO = re.compile(
    r"\s+(?:w/|with)\s+[A-Z][a-z]\S*(?:\s+[A-Z][a-z]\S*)?$|\s*[✓✔]\s*\d{1,2}/\d{1,2}$"
)


def chain_step(part: str) -> bool:
    """An untyped step of a chain that may be a round: a few words, not "applied" or "offer"."""
    bare = without_who(re.sub(r"\([^()]*\)", "", part)).strip()
    return bool(bare) and len(bare.split()) <= 4 and not _NOT_A_ROUND.match(bare)


def without_who(part: str) -> str:
    """The step without who it is with or its tick and date: "phone w/ Dana ✓ 11/20" → "phone"."""
    return _WITH_WHO.sub("", part)


_STEP_WORD = re.compile(r"(?i)\b(?:sit[- ]?down|ride[- ]along|trial\s+shift|working\s+interview)\b")


def said_as_step(part: str) -> bool:
    """A step named as the trades name one: "sit down w/ Ray", "ride-along", "trial shift"."""
    return bool(_STEP_WORD.search(part))
