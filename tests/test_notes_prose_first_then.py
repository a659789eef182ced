"""A paragraph that opens on a round ("First a coding round with Dave Ortiz, …") and goes on to
tell the next ones in sentences of their own ("Then a system design round with Priyanka Rao.")
is read sentence by sentence: every round it tells, not only the first line's."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

FIRST = "First a coding round with Dave Ortiz, plain python."
THEN = "Then a system design round with Priyanka Rao."


@pytest.mark.parametrize("gap", ["\n", " "], ids=["wrapped", "one-line"])
def test_each_round_a_paragraph_tells_is_a_round(gap: str) -> None:
    kinds = [r.kind for r in plan_of(f"# Cedarbend AI prep\n\n{FIRST}{gap}{THEN}\n").rounds]
    assert kinds == ["coding", "system-design"]


def test_a_round_line_followed_by_its_notes_stays_one_round() -> None:
    notes = f"# Cedarbend AI prep\n\n{FIRST}\nThen they said it is leetcode medium-ish, no ML.\n"
    assert [r.kind for r in plan_of(notes).rounds] == ["coding"]
