"""Lines that name a round outright: "1st round", "final interview", "round 2", "R1",
"Stage 2:", "Etapa 1". Each pattern runs only where a substring test on the folded text says
it might match, so the test costs microseconds only on the few lines that could.
"""

from __future__ import annotations

import re

__all__ = ["explicit", "folded", "maybe_explicit"]

# A line names a round outright when one of these matches: "1st round", "final interview",
# "2nd take home"; "round 2", "round #3"; "R1" at the start. Three patterns, not one
# alternation, so each runs only where a substring test says it might match (a quarter of
# the time of the alternation, which tries every branch at every position).
_ORDINAL_ROUND = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last)\s+(?:round"
    r"|interview|call|chat|screen|conversation|convo|take[\s-]?home|stage|onsite|panel)\b",
    re.IGNORECASE,
)
_NUMBERED = r"\s*(?:#\s*|n[°º.]\s*)?(?:\d+|one|two|three|four|five|six)\b"
_ROUND_NUMBER = re.compile(
    rf"\b(?:round|interview|runde|ronda|entretien|entrevista){_NUMBERED}", re.IGNORECASE
)
# "Stage 2:", "Step 3 –", "Etapa 1": a numbered step of the process, at the start of a line
_STAGES = ("stage", "step", "phase", "etap", "étape", "fase")
_STAGE_NUMBER = re.compile(rf"(?:stage|step|phase|etapa|[ée]tape|fase){_NUMBERED}", re.IGNORECASE)
_R_NUMBER = re.compile(r"r\d\b", re.IGNORECASE)  # matched at the start only
# The letters an IGNORECASE pattern also reads as i, i, s, k; mapped before lower-casing so
# that a substring test on the folded text is a sound first look for those patterns.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last")


def folded(text: str) -> str:
    """``text`` lower-cased as an IGNORECASE pattern reads it (see _FOLD; K lower-cases to k
    anyway, so only the other three need the slower translate)."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


def explicit(text: str) -> bool:
    """Names a round outright ("1st round", "round 2", "R1"). Each pattern takes microseconds
    a line, so a substring test on the folded text rules it out first."""
    low = folded(text)
    if _maybe_numbered(low) and _ROUND_NUMBER.search(text):
        return True
    if low.startswith(_STAGES) and _STAGE_NUMBER.match(text):
        return True
    if low[:1] == "r" and low[1:2].isdecimal() and _R_NUMBER.match(text):
        return True
    return _maybe_ordinal(low) and bool(_ORDINAL_ROUND.search(text))


def maybe_explicit(low: str) -> bool:
    """False when ``explicit`` is false for certain, judged from the folded text alone."""
    return (
        _maybe_numbered(low)
        or low.startswith(_STAGES)
        or (low[:1] == "r" and low[1:2].isdecimal())
        or _maybe_ordinal(low)
    )


def _maybe_numbered(low: str) -> bool:
    """False when _ROUND_NUMBER cannot match."""
    return (
        "round" in low or "interview" in low or "runde" in low or "ronda" in low or "entre" in low
    )


def _maybe_ordinal(low: str) -> bool:
    """False when _ORDINAL_ROUND cannot match: no word that may follow an ordinal, or no
    ordinal."""
    return bool(
        (
            "round" in low
            or "interview" in low
            or "call" in low
            or "chat" in low
            or "screen" in low
            or "conv" in low
            or "take" in low
            or "stage" in low
            or "onsite" in low
            or "panel" in low
        )
        and _ORDINAL.search(low)
    )  # spelled out: 3x faster than any() over a tuple of words
