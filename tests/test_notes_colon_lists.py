"""A stage's line ending on a colon over the plain line that lists its rounds ("onsite is Dec
2, 5 interviews back to back (virtual):" over "ML coding, ML breadth, ML system design, …")
gives those rounds, as the same stage written on one line does; a colon line over a list of
things that are not rounds ("Bring:" over "laptop, ID, water") stays what it was."""

from __future__ import annotations

from tests.support.plans import named_plan, plan_of

STAGE = """# Narrowfield

Recruiter screen with Alana is done.

onsite is Dec 2, 5 interviews back to back (virtual):
ML coding, ML breadth, ML system design, the research deep dive, and a bar raiser
"""

THINGS = """# Narrowfield

## Recruiter screen
- with Alana, done

Bring:
laptop, ID, water, a charger
"""


def test_a_colon_line_over_its_list_of_rounds() -> None:
    titles = [r.title.lower() for r in named_plan(STAGE).rounds]
    assert len(titles) == 6, titles
    assert "ml coding" in titles[1] and "bar raiser" in titles[-1]


def test_a_colon_line_over_other_things_is_no_stage() -> None:
    assert [r.title for r in plan_of(THINGS).rounds] == ["Recruiter screen"]
