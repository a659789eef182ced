"""Fitting the offline scorer's weights (model.py) on the labelled tuning answers, and checking
the fit on each tuning part when that part is left out. Used by `bench/fit_scorer.py` and by
the test that keeps `weights.json` equal to what the tuning set fits. Never reads a held-out
part: those only ever measure the finished scorer (`mockloop calibrate`)."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import model
from .calibration import (
    DEFAULT_SET,
    CalibrationItem,
    CalibrationReport,
    heuristic_scorer,
    load_set,
    pearson,
    run_calibration,
    segment_for,
)
from .wording import pull

RIDGE = 2.0  # the penalty on the weights: enough to keep rare flags from taking extreme values
WORD_RIDGE = 30.0  # the penalty on each listed word's weight: hundreds of them, each weak alone
WORD_CAP = 0.25  # the most one listed word moves the raw estimate ("also" must not cost a point)
MIN_ANSWERS = 8  # a listed word or phrase gets a weight once this many tuning answers use it
WEIGHTS_FILE = Path(__file__).with_name("weights.json")


def _rows(items: list[CalibrationItem]) -> list[model.Row]:
    from .gates import gates_of
    from .reading import read
    from .wording import tokens

    rows = []
    for item in items:
        reading = read(segment_for(item))
        named = model.features(reading, gates_of(reading))
        rows.append((named, tokens(reading.prepared.text), float(item.label)))
    return rows


def fitted(parts: Sequence[str], root: Path = DEFAULT_SET, ridge: float = RIDGE) -> dict[str, Any]:
    """The weights file's content for these tuning parts (rounded, so it diffs well)."""
    by_part = {part: load_set(root / part) for part in parts}
    items = [item for part in parts for item in by_part[part]]
    rows = _rows(items)
    weights, words = _fit(rows, ridge, [len(i.answer.split()) for i in items])
    rows = [(f | {"wording": pull(t, words)}, t, label) for f, t, label in rows]
    means = {n: sum(f[n] for f, _, _ in rows) / len(rows) for n in model.FEATURES}
    labels = [label for _, _, label in rows]
    return {
        "fitted_on": list(parts),
        "answers": len(rows),
        "ridge": ridge,
        "word_ridge": WORD_RIDGE,
        "centre": round(statistics.fmean(labels), 4),
        "stretch": round(
            statistics.pstdev(labels) / statistics.pstdev(_unseen(rows, by_part, ridge, items)), 4
        ),
        "weights": {k: round(v, 4) for k, v in weights.items()},
        "means": {k: round(v, 4) for k, v in means.items()},
        "wording": words,
    }


def _fit(
    rows: list[model.Row], ridge: float, lengths: list[int]
) -> tuple[dict[str, float], dict[str, float]]:
    """Named weights (length-neutral, "wording" at 1) and the weights of the listed words."""
    used = Counter(w for _, words, _ in rows for w in words)
    vocabulary = sorted(w for w, n in used.items() if n >= MIN_ANSWERS)
    named, words = model.fit(rows, ridge, vocabulary, WORD_RIDGE)
    # no single word may move an answer far: each is capped, then the named features are fitted
    # again around the capped words ("also" alone must not cost a strong answer a point)
    words = {w: round(max(-WORD_CAP, min(WORD_CAP, x)), 4) for w, x in words.items() if round(x, 4)}
    named, _ = model.fit([(f, t, label - pull(t, words)) for f, t, label in rows], ridge, (), 0.0)
    rows = [(f | {"wording": pull(t, words)}, t, label) for f, t, label in rows]
    return _length_neutral(named | {"wording": 1.0}, rows, lengths), words


def _unseen(
    rows: list[model.Row],
    by_part: dict[str, list[CalibrationItem]],
    ridge: float,
    items: list[CalibrationItem],
) -> list[float]:
    """Each answer's raw estimate from a fit on the other parts: the spread the fit has on
    answers it never saw. A fit pulls its own answers closer to their labels than it will
    pull new ones, so the stretch is taken from these, or new answers would bunch in the
    middle. With a single part there is no other part: its own fit's estimates (in-sample)."""
    start, spans = 0, []
    for part_items in by_part.values():
        spans.append((start, start + len(part_items)))
        start += len(part_items)
    if len(spans) < 2:
        return [
            _raw(*_fit(rows, ridge, [len(i.answer.split()) for i in items])[:1], f)
            for f, _, _ in rows
        ]
    out: list[float] = []
    for lo, hi in spans:
        rest = rows[:lo] + rows[hi:]
        lengths = [len(i.answer.split()) for i in items[:lo] + items[hi:]]
        weights, words = _fit(rest, ridge, lengths)
        out += [_raw(weights, f | {"wording": pull(t, words)}) for f, t, _ in rows[lo:hi]]
    return out


def _raw(weights: dict[str, float], named: dict[str, float]) -> float:
    return weights["bias"] + sum(weights[n] * named[n] for n in model.FEATURES)


def _length_neutral(
    weights: dict[str, float], rows: list[model.Row], lengths: list[int]
) -> dict[str, float]:
    """Lower the weight on the answer's length until the estimates follow length no more than
    the labels do (Pearson r against words): the other features grow with length too (more
    numbers, more key points, more distinct words), and a longer answer must not score higher
    for being longer."""
    target = pearson([label for _, _, label in rows], [float(n) for n in lengths])

    def follows(w: dict[str, float]) -> float:
        return pearson([_raw(w, f) for f, _, _ in rows], [float(n) for n in lengths])

    if follows(weights) <= target:
        return weights
    low, high = -10.0, weights["log_words"]
    for _ in range(40):
        middle = (low + high) / 2
        if follows(weights | {"log_words": middle}) > target:
            high = middle
        else:
            low = middle
    neutral = weights | {"log_words": low}
    shift = sum(_raw(weights, f) - _raw(neutral, f) for f, _, _ in rows) / len(rows)
    return neutral | {"bias": weights["bias"] + shift}  # the same mean estimate as the fit


def left_out(
    parts: Sequence[str], root: Path = DEFAULT_SET, ridge: float = RIDGE
) -> list[tuple[str, CalibrationReport]]:
    """For each part: fit on the others, then calibrate the whole scorer on it."""
    out = []
    for part in parts:
        rest = [p for p in parts if p != part]
        data = fitted(rest, root, ridge)
        with model.trying(data):
            out.append((part, run_calibration(load_set(root / part), heuristic_scorer)))
    return out


def write(data: dict[str, Any], path: Path = WEIGHTS_FILE) -> None:
    path.write_text(json.dumps(data, indent=1) + "\n")
    model.stored.cache_clear()
