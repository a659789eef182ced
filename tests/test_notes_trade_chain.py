"""An arrow chain written by someone in a trade: steps told by who they are with ("phone w/
Dana (office mgr) ✓ 11/20", "sit down w/ Ray (owner)") are rounds; a step the chain itself says
is no interview ("drug test + MVR (not an interview, just paperwork)") is not."""

from __future__ import annotations

from tests.support.plans import plan_of

CHAIN = (
    "Kettle Ridge Plumbing — service plumber\n\n"
    "phone w/ Dana (office mgr) ✓ 11/20 -> shop test Sat 12/5 w/ Hank (lead tech) -> "
    "sit down w/ Ray (owner) -> drug test + MVR (not an interview, just paperwork)\n"
)


def test_each_step_with_someone_is_a_round_and_the_paperwork_is_not() -> None:
    titles = [r.title for r in plan_of(CHAIN).rounds]
    assert len(titles) == 3
    assert titles[0].startswith("phone w/ Dana")
    assert titles[2].startswith("sit down w/ Ray")
    assert not any("drug test" in t for t in titles)


def test_a_step_with_a_team_not_a_person_still_counts_its_words() -> None:
    """Only a person after "w/" is left out of a step's length: "case w/ PM on north star
    metrics and their churn" stays a long detail, not a step called "case"."""
    chain = (
        "phone w/ Dana (office mgr) -> case w/ PM on north star metrics and their churn -> "
        "sit down w/ Ray (owner) -> final round w/ the CEO\n"
    )
    titles = [r.title for r in plan_of(chain).rounds]
    assert titles == [
        "phone w/ Dana (office mgr)",
        "sit down w/ Ray (owner)",
        "final round w/ the CEO",
    ]
