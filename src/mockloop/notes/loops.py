"""What a role's loop usually holds: the usual rounds for notes that name none (engineers,
designers and PMs each have theirs), and whether the role writes software day to day (its
"technical screen" is then a coding round)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from mockloop.catalog import library as catalog
from mockloop.errors import MockloopError
from mockloop.records import PM_LOOP, PlanRound

__all__ = ["default_kinds", "default_rounds", "writes_code"]


def default_rounds(kinds: tuple[str, ...] = PM_LOOP) -> list[PlanRound]:
    """The usual loop for notes that describe no rounds (``kinds`` in order)."""
    out = []
    for rid in kinds:
        try:
            spec = catalog.load_round(rid).spec
            title, who = spec.title, spec.interviewer
        except MockloopError:  # catalog not installed: ids alone still make a usable loop
            title, who = rid.replace("-", " ").capitalize(), None
        out.append(PlanRound(id=rid, title=title, kind=rid, interviewer=who))
    return out


_ENGINEER = re.compile(
    r"(?i)\b(software|backend|frontend|full[ -]?stack|data|ml|machine learning|site reliability"
    r"|security|platform|infrastructure|devops|mobile|ios|android|research)?\s*"
    r"(engineer|developer|swe|sde|sre|mle|programmer)s?\b"
)
_DESIGNER = re.compile(r"(?i)\bdesigner|\bux\b|\bui\b")
_PM = re.compile(r"(?i)\b(product manager|pm|apm|gpm|product lead|head of product)\b")
_ENG_LOOP = ("recruiter", "coding", "system-design", "behavioral", "hiring-manager")
_DESIGN_LOOP = ("recruiter", "hiring-manager", "presentation", "product-sense", "behavioral")
_GENERIC_LOOP = ("recruiter", "hiring-manager", "technical", "behavioral", "executive")
_PM_WORDS = re.compile(  # "pm", not the time of day ("interview at 3 pm")
    r"(?i)(?<![\d:])(?<!\d )\b(?:pm|pms)\b|\b(?:product manager|roadmap|prd|prioriti[sz]\w*"
    r"|product sense)\b"
)


def default_kinds(role_text: str | None, texts: Iterable[str] = ()) -> tuple[str, ...]:
    """The usual loop for the role: engineers, designers and PMs each have theirs; notes that
    name no role get the PM loop when they read like PM notes, else a generic loop."""
    r = role_text or ""
    if _PM.search(r):
        return PM_LOOP
    engineer = _ENGINEER.search(r) and not re.search(r"(?i)\bmanager\b", r)
    if _DESIGNER.search(r) and not engineer:  # a "Senior UI Engineer" has the engineers' loop
        return _DESIGN_LOOP
    if engineer:
        return _ENG_LOOP
    if r:
        return _GENERIC_LOOP
    hits = sum(1 for t in islice(texts, 2000) if _PM_WORDS.search(t))
    return PM_LOOP if hits >= 2 else _GENERIC_LOOP


# a role that writes software day to day: its technical screen is a coding round
_CODER = re.compile(
    r"(?i)\b(?:software|backend|back-end|frontend|front-end|full[ -]?stack|ios|android|mobile"
    r"|ml|machine learning|data engineer|site reliability|sre|devops|platform|swe|sde|developer)\b"
)
_NOT_CODER = re.compile(
    r"(?i)\b(?:embedded|robotics|security|hardware|firmware|power|electrical|mechanical"
    r"|solutions|scientist|analyst|manager|director)\b"
)


def writes_code(role: str | None) -> bool:
    """ "Senior Backend Engineer" writes code; "Security Engineer", "Data Scientist" do not
    mostly, whatever their screens are called."""
    return bool(role and _CODER.search(role) and not _NOT_CODER.search(role))
