"""The fitted combination: one estimate of an answer's quality from every signal the offline
scorer reads, with weights fitted on the labelled tuning answers (never the held-out ones).

The weights are data (`weights.json`), written by `bench/fit_scorer.py`, which prints how the
fit does on each tuning part when that part is left out; a test checks the file is what the
script fits from the tuning set as it stands, so nobody edits a weight by hand. The estimate is
a ridge regression: a weighted sum of named features, each in [0, 1] or a small count, so the
reasoning of every score can name what moved it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .reading import Reading

# signals of the reading, by name, used as they are
SIGNALS = (
    "coverage", "specificity", "structure", "ownership", "concision", "filler", "generic",
    "dodging", "hedging", "vagueness", "contrast", "sentence_length", "density", "technical",
)  # fmt: skip
# derived features: size, what the answer adds, the elements of its question type, the gates
DERIVED = (
    "log_words", "kept_share", "new_words", "elements", "has_core", "wrong", "injected",
    "boilerplate", "templated", "salad", "checklist", "thin", "unsettled", "bank_question",
)  # fmt: skip
FEATURES = SIGNALS + DERIVED
# how a feature is named where a score says what moved it
LABELS = {
    "log_words": "answer length", "kept_share": "share of substance", "new_words": "words beyond "
    "the question's", "elements": "parts a strong answer has", "has_core": "the core part",
    "wrong": "a known-wrong claim", "injected": "grader instructions", "boilerplate": "boilerplate "
    "numbers", "templated": "a repeated frame", "salad": "a string of terms", "checklist":
    "a checklist", "thin": "thinness", "unsettled": "second-guessing", "bank_question": "key "
    "points known", "sentence_length": "sentence length",
}  # fmt: skip


def features(reading: Reading, flags: dict[str, bool]) -> dict[str, float]:
    """The reading as the model's named features (``flags``: the gates of heuristic.gates)."""
    from mockloop.text import words

    from .gaming import unsettled
    from .questions import CORE

    v = reading.values
    kept = len(words(reading.prepared.text))
    core = CORE.get(reading.qtype.name, ())
    out = {name: v[name].value for name in SIGNALS}
    out.update(
        log_words=math.log1p(kept),
        kept_share=kept / max(1, reading.prepared.raw_words),
        new_words=min(reading.new_words, 80) / 80,
        elements=len(reading.elements) / max(1, len(reading.qtype.elements)),
        has_core=float(not core or bool(set(core) & set(reading.elements))),
        wrong=float(bool(reading.wrong)),
        injected=float(bool(reading.prepared.injected)),
        boilerplate=float(flags["boilerplate"]),
        templated=float(flags["templated"]),
        salad=float(flags["salad"]),
        checklist=float(flags["checklist"]),
        thin=float(flags["thin"]),
        unsettled=float(unsettled(reading.prepared.raw)),
        bank_question=float(bool(reading.question.key_points)),
    )
    return out


@lru_cache(maxsize=1)
def stored() -> dict[str, Any]:
    """weights.json as written by the fit: weights, means, centre and stretch."""
    return dict(
        json.loads(resources.files("mockloop.scoring").joinpath("weights.json").read_text())
    )


_TRYING: list[dict[str, Any]] = []  # a fit being checked on a left-out part (fitting.left_out)


@contextmanager
def trying(data: dict[str, Any]) -> Iterator[None]:
    """Score with this fit (the weights file's shape) instead of the stored one for a while."""
    _TRYING.append(data)
    try:
        yield
    finally:
        _TRYING.pop()


def _data() -> dict[str, Any]:
    return _TRYING[-1] if _TRYING else stored()


def weights() -> dict[str, float]:
    data = _data()
    found = {str(k): float(w) for k, w in data["weights"].items()}
    return found | {k: float(data[k]) for k in ("centre", "stretch") if k in data}


def quality(named: dict[str, float]) -> float:
    """The fitted 1-5 estimate (unclipped) from named features, stretched about the labels'
    mean so its spread matches theirs (a ridge fit pulls every answer toward the mean, and a
    scorer that says 4 to every strong answer and 2 to every weak one helps nobody)."""
    w = weights()
    raw = w["bias"] + sum(w.get(name, 0.0) * value for name, value in named.items())
    centre = w.get("centre", 0.0)
    return centre + w.get("stretch", 1.0) * (raw - centre)


def moved_by(named: dict[str, float], top: int = 3) -> list[tuple[str, float]]:
    """The features that moved this estimate most from the tuning set's average answer."""
    w, mean = weights(), _means()
    pulls = [(n, w.get(n, 0.0) * (named[n] - mean.get(n, 0.0))) for n in named]
    return sorted(pulls, key=lambda p: -abs(p[1]))[:top]


def _means() -> dict[str, float]:
    return {str(k): float(m) for k, m in _data().get("means", {}).items()}


# ---------------------------------------------------------------- fitting (bench/fit_scorer.py)


def fit(rows: list[tuple[dict[str, float], int]], ridge: float) -> dict[str, float]:
    """Ridge regression of the labels on the features (the bias not penalised), solved exactly
    by Gauss-Jordan elimination: about 30 unknowns, so no numerical library is needed."""
    names = list(FEATURES)
    xs = [[1.0] + [f[n] for n in names] for f, _ in rows]
    ys = [float(label) for _, label in rows]
    d = len(names) + 1
    a = [[sum(x[i] * x[j] for x in xs) + (ridge if i == j and i else 0.0) for j in range(d)]
         for i in range(d)]  # fmt: skip
    b = [sum(x[i] * y for x, y in zip(xs, ys, strict=True)) for i in range(d)]
    solved = _solve(a, b)
    return {"bias": solved[0], **dict(zip(names, solved[1:], strict=True))}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda i: abs(m[i][c]))
        m[c], m[pivot] = m[pivot], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        head = m[c][c]
        m[c] = [v / head for v in m[c]]
        for i in range(n):
            if i != c and m[i][c]:
                factor = m[i][c]
                m[i] = [v - factor * w for v, w in zip(m[i], m[c], strict=True)]
    return [m[i][n] for i in range(n)]
