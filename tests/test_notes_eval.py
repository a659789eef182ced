"""The notes → plan step on labelled notes it was not written on (fixtures/notes/eval/): a
regression floor. The tuning files were used while the parser was tuned; the held-out files
were never opened for it, so their floor is lower and reported apart (bench/notes_eval.py)."""

from __future__ import annotations

import pytest

from tests.support.notes_eval import evaluate

# measured at the last change (BENCHMARKS.md); a floor a little under each, so a regression
# fails and noise does not
# (2026-12-02, 24 tuning / 14 held-out files: tuning recall 0.97, precision 0.94, kind 0.87,
# company/role/pitch 1.0, questions 0.99; held-out recall 0.77, precision 0.76, kind 0.88,
# company 0.86, role 0.71, pitch 0.71, questions 0.84). The targets (recall and
# precision 0.9, role 0.8 on held-out) are not met yet.
TUNING = {"recall": 0.94, "precision": 0.91, "kind": 0.84, "company": 0.95, "role": 0.95,
          "questions": 0.95}  # fmt: skip
HELDOUT = {"recall": 0.74, "precision": 0.73, "kind": 0.85, "company": 0.8, "role": 0.65,
           "questions": 0.8}  # fmt: skip


@pytest.mark.parametrize(("part", "floors"), [("tuning", TUNING), ("heldout", HELDOUT)])
def test_the_plan_reads_labelled_notes_at_least_this_well(part: str, floors: dict) -> None:
    summary = evaluate(part)
    got = {name: round(getattr(summary, name), 3) for name in floors}
    assert all(got[name] >= floor for name, floor in floors.items()), (got, floors)


def test_notes_that_name_rounds_rarely_get_the_default_loop() -> None:
    assert evaluate("tuning").default_loop_wrongly == 0
    assert evaluate("heldout").default_loop_wrongly <= 1  # one held-out file is still missed
