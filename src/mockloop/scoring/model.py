"""The fitted combination: one estimate of an answer's quality from every signal the offline
scorer reads, with weights fitted on the labelled tuning answers (never the held-out ones).

The weights are data (`weights.json`), written by `bench/fit_scorer.py`, which prints how the
fit does on each tuning part when that part is left out; a test checks the file is what the
script fits from the tuning set as it stands, so nobody edits a weight by hand. The estimate is
a ridge regression: a weighted sum of named features, each in [0, 1] or a small count, so the
reasoning of every score can name what moved it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterator, Sequence
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
    "cliche",
)  # fmt: skip
# derived features: size, what the answer adds, the elements of its question type, the gates
DERIVED = (
    "log_words", "kept_share", "new_words", "elements", "has_core", "wrong", "injected",
    "boilerplate", "templated", "salad", "checklist", "thin", "unsettled", "bank_question",
    "echo", "type_miss", "turn_miss", "sure", "pride", "blame",
)  # fmt: skip
FITTED = SIGNALS + DERIVED  # the named features the fit weighs, beside the words (wording.py)
# "wording" is the sum of the fitted weights of the answer's listed words: its own weight is 1
FEATURES = (*FITTED, "wording")
# how a feature is named where a score says what moved it
LABELS = {
    "log_words": "answer length", "kept_share": "share of substance", "new_words": "words beyond "
    "the question's", "elements": "parts a strong answer has", "has_core": "the core part",
    "wrong": "a known-wrong claim", "injected": "grader instructions", "boilerplate": "boilerplate "
    "numbers", "templated": "a repeated frame", "salad": "a string of terms", "checklist":
    "a checklist", "echo": "the question's own words", "type_miss": "no reason or event where "
    "the question asks for one", "turn_miss": "the turn the question takes", "sure": "waving the "
    "hard part away", "pride": "pride the question did not ask for", "blame": "blame put on "
    "others", "thin": "thinness",
    "unsettled": "second-guessing", "bank_question": "key points known", "sentence_length":
    "sentence length", "cliche": "stock phrases", "wording": "wording",
}  # fmt: skip


def features(reading: Reading, flags: dict[str, bool]) -> dict[str, float]:
    """The reading as the model's named features (``flags``: the gates of heuristic.gates)."""
    from mockloop.text import words

    from .gaming import echo, unsettled
    from .questions import CORE, misses_need
    from .tone import sure, unasked_pride
    from .wording import pull, tokens

    v = reading.values
    kept = len(words(reading.prepared.text))
    core = CORE.get(reading.qtype.name, ())
    out = {name: v[name].value for name in SIGNALS}
    out.update(
        log_words=math.log1p(kept),
        kept_share=kept / max(1, reading.prepared.raw_words),
        new_words=min(reading.new_words, 40) / 40,
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
        wording=pull(tokens(reading.prepared.text), word_weights()),
        echo=echo(reading.question.text, reading.prepared.raw),
        type_miss=float(misses_need(reading.qtype.name, reading.prepared.raw)),
        turn_miss=float(reading.turn is not None),
        sure=min(2, sure(reading.prepared.raw)) / 2,
        pride=float(unasked_pride(reading.question.text, reading.prepared.raw)),
        blame=float(flags["blame"]),
    )
    return out


def _weights_text() -> str:
    return resources.files("mockloop.scoring").joinpath("weights.json").read_text()


@lru_cache(maxsize=1)
def stored() -> dict[str, Any]:
    """weights.json as written by the fit: weights, means, centre and stretch."""
    return dict(json.loads(_weights_text()))


@lru_cache(maxsize=1)
def fit_digest() -> str:
    """The first 8 hex digits of weights.json's SHA-256: any change to a lexicon, a feature or
    a gate needs a refit (the fit test), so this names the scorer a stored score came from."""
    return hashlib.sha256(_weights_text().encode()).hexdigest()[:8]


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


def word_weights() -> dict[str, float]:
    """The fitted weight of each listed word and phrase (wording.py) the tuning answers use."""
    return {str(k): float(w) for k, w in _data().get("wording", {}).items()}


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

Row = tuple[dict[str, float], frozenset[str], float]  # named features, listed words, label


def fit(
    rows: list[Row],
    ridge: float,
    vocabulary: Sequence[str],
    word_ridge: float,
) -> tuple[dict[str, float], dict[str, float]]:
    """Ridge regression of the labels on the named features and the listed words (the bias not
    penalised; each word far more than a named feature, since there are hundreds of them):
    (feature weights with the bias, word weights). Solved by conjugate gradients on the normal
    equations, with each row's words kept sparse: no numerical library is needed."""
    names, column = list(FITTED), {w: i for i, w in enumerate(vocabulary)}
    dense = [[1.0] + [f[n] for n in names] for f, _, _ in rows]
    sparse = [[column[w] for w in words if w in column] for _, words, _ in rows]
    d, v = len(names) + 1, len(vocabulary)
    penalty = [0.0] + [ridge] * (d - 1) + [word_ridge] * v

    def times(x: list[float]) -> list[float]:  # (XᵀX + P) x
        out = [p * xi for p, xi in zip(penalty, x, strict=True)]
        for row, cols in zip(dense, sparse, strict=True):
            u = sum(a * b for a, b in zip(row, x, strict=False)) + sum(x[d + c] for c in cols)
            for i, a in enumerate(row):
                out[i] += a * u
            for c in cols:
                out[d + c] += u
        return out

    b = [0.0] * (d + v)
    for row, cols, (_, _, label) in zip(dense, sparse, rows, strict=True):
        for i, a in enumerate(row):
            b[i] += a * label
        for c in cols:
            b[d + c] += label
    diag = penalty[:]
    for row, cols in zip(dense, sparse, strict=True):
        for i, a in enumerate(row):
            diag[i] += a * a
        for c in cols:
            diag[d + c] += 1.0
    solved = _conjugate_gradients(times, b, [1.0 / max(x, 1e-12) for x in diag])
    weights = {"bias": solved[0], **dict(zip(names, solved[1:d], strict=True))}
    return weights, dict(zip(vocabulary, solved[d:], strict=True))


def _conjugate_gradients(
    times: Callable[[list[float]], list[float]], b: list[float], inverse_diag: list[float]
) -> list[float]:
    """Solve A x = b (A symmetric positive definite, given as ``times``), Jacobi-preconditioned,
    to a residual a trillionth of b's: the same numbers every run."""
    x = [0.0] * len(b)
    r = b[:]
    z = [ri * m for ri, m in zip(r, inverse_diag, strict=True)]
    p, rz = z[:], sum(ri * zi for ri, zi in zip(r, z, strict=True))
    goal = 1e-24 * sum(bi * bi for bi in b)
    for _ in range(20 * len(b)):
        if sum(ri * ri for ri in r) <= goal:
            break
        ap = times(p)
        alpha = rz / sum(pi * api for pi, api in zip(p, ap, strict=True))
        x = [xi + alpha * pi for xi, pi in zip(x, p, strict=True)]
        r = [ri - alpha * api for ri, api in zip(r, ap, strict=True)]
        z = [ri * m for ri, m in zip(r, inverse_diag, strict=True)]
        rz, old = sum(ri * zi for ri, zi in zip(r, z, strict=True)), rz
        p = [zi + (rz / old) * pi for zi, pi in zip(z, p, strict=True)]
    return x
