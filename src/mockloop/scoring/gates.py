"""The hard limits an answer trips, read once per answer: the scorer caps what they flag
(heuristic._gate), the fit weighs them as features (model.py), and the advice names the same
flags (advice.improvements), so a cap never comes without the fix that lifts it."""

from __future__ import annotations

from .gaming import (
    BUZZ_RATE,
    ECHO_CAP,
    FRAMEWORKS_MIN,
    SALAD_SHARE,
    buzz_rate,
    checklist,
    echo,
    frameworks,
    function_share,
    made_up_numbers,
    method_talk,
    name_drop,
    templated,
    term_run,
)
from .reading import THIN_WORDS, Reading
from .tone import blames

TERM_RUN = 6  # this many short comma-separated items in a row: a list of terms, not an answer
# ... unless the answer around it is prose (its share of function words, gaming.function_share)
PROSE_SHARE = 0.3


def gates_of(reading: Reading) -> dict[str, bool]:
    """Which of the hard limits an answer trips (also features of the fitted estimate)."""
    kept, raw = list(reading.prepared.kept), reading.prepared.raw
    prose = function_share(raw)
    return {
        "thin": reading.new_words < THIN_WORDS,
        "boilerplate": made_up_numbers(kept, raw),
        "templated": templated(kept) >= 3,
        "salad": prose < SALAD_SHARE
        or (term_run(raw) >= TERM_RUN and prose < PROSE_SHARE)
        or buzz_rate(raw) >= BUZZ_RATE
        or name_drop(raw)
        or frameworks(raw) >= FRAMEWORKS_MIN,
        "checklist": checklist(raw) >= 3,
        "echo": echo(reading.question.text, raw) >= ECHO_CAP,
        "method": method_talk(raw),
        "blame": blames(raw),
    }
