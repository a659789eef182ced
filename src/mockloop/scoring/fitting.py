"""Fitting the offline scorer's weights (model.py) on the labelled tuning answers, and checking
the fit on each tuning part when that part is left out. Used by `bench/fit_scorer.py` and by
the test that keeps `weights.json` equal to what the tuning set fits. Never reads a held-out
part: those only ever measure the finished scorer (`mockloop calibrate`)."""

from __future__ import annotations

import json
import statistics
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

RIDGE = 2.0  # the penalty on the weights: enough to keep rare flags from taking extreme values
WEIGHTS_FILE = Path(__file__).with_name("weights.json")


def _rows(items: list[CalibrationItem]) -> list[tuple[dict[str, float], int]]:
    from .heuristic import gates_of
    from .reading import read

    rows = []
    for item in items:
        reading = read(segment_for(item))
        rows.append((model.features(reading, gates_of(reading)), item.label))
    return rows


def fitted(parts: Sequence[str], root: Path = DEFAULT_SET, ridge: float = RIDGE) -> dict[str, Any]:
    """The weights file's content for these tuning parts (rounded, so it diffs well)."""
    items = [item for part in parts for item in load_set(root / part)]
    rows = _rows(items)
    weights = _length_neutral(model.fit(rows, ridge), rows, [len(i.answer.split()) for i in items])
    means = {n: sum(f[n] for f, _ in rows) / len(rows) for n in model.FEATURES}
    labels = [float(label) for _, label in rows]
    raw = [_raw(weights, f) for f, _ in rows]
    return {
        "fitted_on": list(parts),
        "answers": len(rows),
        "ridge": ridge,
        "centre": round(statistics.fmean(labels), 4),
        "stretch": round(statistics.pstdev(labels) / statistics.pstdev(raw), 4),
        "weights": {k: round(v, 4) for k, v in weights.items()},
        "means": {k: round(v, 4) for k, v in means.items()},
    }


def _raw(weights: dict[str, float], named: dict[str, float]) -> float:
    return weights["bias"] + sum(weights[n] * named[n] for n in model.FEATURES)


def _length_neutral(
    weights: dict[str, float], rows: list[tuple[dict[str, float], int]], lengths: list[int]
) -> dict[str, float]:
    """Lower the weight on the answer's length until the estimates follow length no more than
    the labels do (Pearson r against words): the other features grow with length too (more
    numbers, more key points, more distinct words), and a longer answer must not score higher
    for being longer."""
    target = pearson([float(label) for _, label in rows], [float(n) for n in lengths])

    def follows(w: dict[str, float]) -> float:
        return pearson([_raw(w, f) for f, _ in rows], [float(n) for n in lengths])

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
    shift = sum(_raw(weights, f) - _raw(neutral, f) for f, _ in rows) / len(rows)
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
