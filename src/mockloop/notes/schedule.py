"""A schedule's lines read together: an untyped slot ("10:15 Live troubleshooting") is a
round when the slots around it name rounds, unless it is logistics ("8:30 arrive, get
badge", "3:00 done"); a dated line under a study plan's heading is a study day, not a round.
"""

from __future__ import annotations

import re

from .outline import Outline
from .shapes import timed
from .vocab import round_types

__all__ = ["in_schedule", "study_heading"]

_LOGISTICS = re.compile(
    r"(?i)^(?:arriv\w*|badge|done|end\b|finish\w*|leave|depart\w*|head\s+home|check[- ]?(?:in|out)"
    r"|security|parking|travel|taxi|train|flight)"
)


_STUDY = re.compile(
    r"(?i)\b(?:prep\w*|pr[ée]paration|preparaci[oó]n|vorbereitung|voorbereiding|study|estudio"
    r"|[ée]tude|to-?dos?|practi[cs]e)\b"
)


def in_schedule(o: Outline, k: int) -> bool:
    """An untyped line ("10:15 Live troubleshooting") among schedule lines that name rounds."""
    if _LOGISTICS.match(timed(o.items[k].text) or ""):
        return False
    sec, named = o.secs[k], 0
    for j in range(max(0, k - 12), min(len(o.items), k + 13)):
        if j != k and o.secs[j] == sec and (rest := timed(o.items[j].text)) is not None:
            named += bool(round_types(rest))
    return named >= 2


def study_heading(heading: str) -> bool:
    """ "Préparation", "plan de estudio", "Prep week": a dated line under it is a study day."""
    return bool(_STUDY.search(heading))
