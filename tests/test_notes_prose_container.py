"""Prose that tells a loop the way people write it late at night: a paragraph that opens on a
container ("Then the onsite on the 14th, three blocks.") and tells its blocks one sentence
each, some by their kind alone ("Then system design with Ben Cole", "Last a behavioral with
Dana"); a round that may still come ("there might be a final round with the CEO"); and an intro
call mentioned as done in passing."""

from __future__ import annotations

from tests.support.plans import plan_of

ONSITE = (
    "# Tallgrass Freight prep\n\n"
    "Next is the hiring manager, Ines Park, on the 2nd, mostly past projects.\n\n"
    "Then the onsite on the 14th, three blocks. First a coding round with Ana Ruiz, arrays and\n"
    "hash maps, nothing exotic.\n"
    "Then system design with Ben Cole — probably a rate limiter for their public API.\n"
    "Last a behavioral with Dana from the people team, conflict and feedback.\n"
)


def test_a_container_paragraph_gives_its_blocks_not_itself() -> None:
    rounds = plan_of(ONSITE).rounds
    assert [r.kind for r in rounds] == ["hiring-manager", "coding", "system-design", "behavioral"]
    assert not any("onsite" in r.title.lower() for r in rounds)


def test_a_block_told_by_its_kind_keeps_who_it_is_with() -> None:
    design = plan_of(ONSITE).rounds[2]
    assert design.title.lower().startswith("system design")
    assert "Ben Cole" in (design.interviewer or "")


def test_a_round_that_may_still_come_is_a_round() -> None:
    notes = (
        "# Tallgrass Freight prep\n\n"
        "Next is the hiring manager, Ines Park, on the 2nd, mostly past projects.\n\n"
        "Maya said there might be a final round with the CEO, Tom Reed, if the panel is split.\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["hiring-manager", "executive"]


def test_an_intro_call_already_done_is_the_first_round() -> None:
    notes = (
        "# Tallgrass Freight prep\n\n"
        "ok where things are. The role is Senior Data Engineer, and the recruiter (Hana Lee)\n"
        "already did the intro call on the 3rd. comp range is fine.\n\n"
        + ONSITE.split("\n\n", 1)[1]
    )
    kinds = [r.kind for r in plan_of(notes).rounds]
    assert kinds == ["recruiter", "hiring-manager", "coding", "system-design", "behavioral"]


def test_a_party_with_someone_is_not_a_block() -> None:
    notes = (
        "# Tallgrass Freight prep\n\n"
        "Then the onsite on the 14th, two blocks. First a coding round with Ana Ruiz, arrays.\n"
        "Then a leaving party with Sam from my old team, not an interview.\n"
        "Last a behavioral with Dana from the people team.\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["coding", "behavioral"]


DOC = (
    "# O&K – interview doc\n\n"
    "Tasha Greer (recruiter) and I talked on Nov 12. She asked about my current role and comp.\n\n"
    "The SQL assessment is on HackerRank, 75 minutes, timed, four questions.\n\n"
    "If the SQL goes fine they send the case study: a synthetic dataset, five days to write up\n"
    "where you'd set rules.\n\n"
    "The final day is in person. First I present the case deck to a panel — Marcus Feld and two\n"
    "senior analysts. Then, separately, a one-on-one with Marcus, stakeholder conflict.\n"
)


def test_a_recruiter_and_i_talked_is_the_recruiter_call() -> None:
    first = plan_of(DOC).rounds[0]
    assert (first.kind, first.interviewer) == ("recruiter", "Tasha Greer")


def test_if_the_test_goes_fine_opens_the_next_round() -> None:
    titles = [r.title.lower() for r in plan_of(DOC).rounds]
    assert "case study" in titles


def test_first_i_present_is_a_step_of_its_own() -> None:
    rounds = plan_of(DOC).rounds
    assert len(rounds) == 5
    assert rounds[-1].title.startswith("One-on-one with Marcus")
