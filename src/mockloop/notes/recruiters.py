"""The recruiter the notes name outside the recruiter round's own lines ("Recruiter: Emily Tran
(University Recruiting)", "RECRUITER = DEREK HOLLOWAY", "Danielle Fox (recruiter)"): who that
round is with when its lines name no one and the plan would say only "Recruiter"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["named_hiring_manager", "named_recruiter"]

_NAME = r"(?:[A-Z][\w'’.-]{1,40}|[A-Z]{2,})(?:[ \t]+(?:[A-Z][\w'’.-]{1,40}|[A-Z]{2,})){0,2}"
_WHO = rf"(?P<who>{_NAME}(?:[ \t]*\([^()\n]{{1,40}}\))?)"
_ROLE = r"(?:recruiter|talent[ \t]+partner|ta[ \t]+partner|recruiting[ \t]+coordinator|talent[ \t]+acquisition)"
_HM = r"(?:hm|hiring[ \t]+manager|my[ \t]+(?:future|would-be)[ \t]+(?:boss|manager))"


def _said_is(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Recruiter: Emily Tran (…)", "RECRUITER = DEREK HOLLOWAY", "the HM is Dana", and
    "Danielle Fox (recruiter)": the person a line says is in ``role``."""
    labelled = re.compile(
        rf"(?i:(?:^|[.;][ \t]+)\W{{0,20}}(?:my[ \t]+|the[ \t]+)?{role}[ \t]*(?:[:=]|[ \t]is[ \t]))[ \t]*\**{_WHO}"
    )
    bracketed = re.compile(rf"(?<![\w'’])(?P<who>{_NAME})[ \t]*\((?i:(?:the[ \t]+)?{role})\b")
    return labelled, bracketed


_RECRUITER, _HIRING_MANAGER = _said_is(_ROLE), _said_is(_HM)


def named_recruiter(items: Sequence[Any]) -> str | None:
    """The one person the notes call the recruiter, as they write it; None when they name
    none, or more than one."""
    return _named(items, _RECRUITER)


def named_hiring_manager(items: Sequence[Any]) -> str | None:
    """The one person the notes call the hiring manager ("HM: Kieran Doyle, Lead DS")."""
    return _named(items, _HIRING_MANAGER)


def _named(items: Sequence[Any], patterns: tuple[re.Pattern[str], ...]) -> str | None:
    found: list[str] = []
    for it in items[:300]:
        text = it.text.replace("**", "")
        for pattern in patterns:
            if (m := pattern.search(text)) and m["who"].split()[0].lower() not in _NOT_NAMES:
                found.append(m["who"].strip())
    names = {f.split("(")[0].strip().lower() for f in found}
    return found[0] if len(names) == 1 else None


_NOT_NAMES = frozenset(("tbd", "tba", "unknown", "the", "a", "an", "call", "screen", "done"))
