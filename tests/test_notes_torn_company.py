"""Words torn from a sentence or a mail's greeting are never the company: "And I", "Gabe. So",
"Sydney. Said", "Dobrý den", "20 min". The next candidate is read instead: the employer a "why
larkspur:" line names."""

from __future__ import annotations

import pytest

from mockloop.notes.names import torn
from tests.support.plans import plan_of

NOTES = """larkspur ai — brain dump, 11/28, late, can't sleep

ok so where things are. The role is Senior Machine Learning Engineer, Recommendations, and
the recruiter (Hannah Kowalski) already did the intro call on the 19th. comp range is fine.

Next is the hiring manager, Mei-Ling Zhao, on Dec 2, she runs the recs team. And I really
need to prep the ranking model story. And I should sleep.

why larkspur: small enough that recs IS the product, and I want to own ranking end to end.
"""


@pytest.mark.parametrize(
    "name", ["And I", "Gabe. So", "Sydney. Said", "20 min", "So Yeah", "Dobrý Den", "Guten Tag"]
)
def test_words_torn_from_a_sentence_are_torn(name: str) -> None:
    assert torn(name)


@pytest.mark.parametrize(
    "name",
    ["St. Brigid Diagnostic Center", "Merrowgate Holdings Pte. Ltd.", "Andes Labs", "Iowa Mutual"],
)
def test_names_with_abbreviations_are_not(name: str) -> None:
    assert not torn(name)


def test_a_brain_dumps_company_is_not_the_start_of_a_sentence() -> None:
    assert plan_of(NOTES).company == "Larkspur"  # the code before read "And I"
