"""The notes → plan step on labelled notes it was not written on (fixtures/notes/eval/): a
regression floor. The tuning files were used while the parser was tuned; the held-out files
were never opened for it, so their floor is lower and reported apart (bench/notes_eval.py)."""

from __future__ import annotations

import pytest

from tests.support.notes_eval import evaluate

# measured at the last change (BENCHMARKS.md); a floor a little under each, so a regression
# fails and noise does not
# (2026-12-02: tuning 0.89 / 0.81 / 0.89 / 1.0 / 1.0 / 1.0; held-out 0.61 / 0.71 / 0.95 / 0.75
# / 0.25 / 0.74). The targets (recall and precision 0.9, role 0.8) are not met yet.
TUNING = {"recall": 0.86, "precision": 0.78, "kind": 0.85, "company": 0.95, "role": 0.95,
          "questions": 0.95}  # fmt: skip
HELDOUT = {"recall": 0.58, "precision": 0.68, "kind": 0.9, "company": 0.7, "role": 0.2,
           "questions": 0.7}  # fmt: skip


@pytest.mark.parametrize(("part", "floors"), [("tuning", TUNING), ("heldout", HELDOUT)])
def test_the_plan_reads_labelled_notes_at_least_this_well(part: str, floors: dict) -> None:
    summary = evaluate(part)
    got = {name: round(getattr(summary, name), 3) for name in floors}
    assert all(got[name] >= floor for name, floor in floors.items()), (got, floors)


def test_notes_that_name_rounds_rarely_get_the_default_loop() -> None:
    # one file in each set tells its rounds only in prose ("the first one is ..."): not read yet
    for part in ("tuning", "heldout"):
        assert evaluate(part).default_loop_wrongly <= 1, part
