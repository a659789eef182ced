"""One round called two things in two places: a numbered overview ("5. GM interview") and the
block of the same number below ("## 5 · Interview with our General Manager"), or a schedule's
"Interview with our General Manager" and the notes' "GM interview (14:00)". Each is one round;
two rounds that only share a number stay two."""

from __future__ import annotations

from tests.support.plans import plan_of

OVERVIEW = """# Brightwater Foods — interview prep

## Process (from Lena's mail)
1. Screening
2. Hiring manager
3. Case study
4. GM interview

## 1 · Screening (done, 28 Nov)
- Lena Varga, Talent Partner. 30 min Teams, salary and notice period

## 2 · Hiring manager — Tomas Berg, Head of Supply Chain
- Tue 9 Dec 10:00, the Malmö office
- how I plan S&OP, supplier risk

## 3 · Case study
- Tue 9 Dec 13:00, a planner from the team
- forecast error on chilled lines, what to fix first

## 4 · Interview with our General Manager
- Anna Lind, General Manager Nordics
- strategy, why Brightwater, how I lead through a bad quarter
"""


def test_a_numbered_overview_and_the_blocks_of_the_same_number_are_one_loop() -> None:
    plan = plan_of(OVERVIEW)
    assert [r.title for r in plan.rounds] == [
        "1 · Screening (done, 28 Nov)",
        "2 · Hiring manager",
        "3 · Case study",
        "4 · Interview with our General Manager",
    ]
    assert plan.rounds[-1].interviewer == "Anna Lind, General Manager Nordics"


SCHEDULE = """Harbour Lights Hotel — Front Office Manager

> 10:00  Interview with our Rooms Division Manager
> 11:00  Guest situation role play at the front desk
> 14:00  Interview with our General Manager

GM interview (14:00) — the GM, ex-big chains
- leadership style, a difficult staff member, why I left Lisbon
"""


def test_gm_interview_joins_the_schedules_general_manager_not_another_manager() -> None:
    plan = plan_of(SCHEDULE)
    assert len(plan.rounds) == 3
    gm = [r for r in plan.rounds if any("why I left Lisbon" in f.text for f in r.focus)]
    assert len(gm) == 1 and "General Manager" in gm[0].title + (gm[0].interviewer or "")


TWO_LISTS = """# Loop

1. Recruiter call
2. Coding

## 2 · Leadership chat with the CTO
- vision, hiring
"""


def test_a_list_item_and_a_block_that_only_share_a_number_stay_two_rounds() -> None:
    assert len(plan_of(TWO_LISTS).rounds) == 3


DONE_CALLS = """# Ridgeway Studio — project architect

## already done
- 1st: call w/ Camilla (studio manager), Mon 10 Feb. done. 20 min, visa, Revit level
- [done] 11/23 HM chat w/ Greta — 45m. team charter, my worst project
"""


def test_a_call_or_chat_already_done_with_someone_is_a_round() -> None:
    plan = plan_of(DONE_CALLS)
    assert [r.interviewer for r in plan.rounds] == ["Camilla (studio manager)", "Greta"]


NOT_CALLS = """# Loop notes

- call with mum on sunday about the move
- chat with the team at 5 (standup, not interviews)
- coffee w/ Sam (ex-colleague) to ask about the culture

1. Recruiter screen — Tue
2. Coding — Thu
"""


def test_calls_with_family_or_the_team_are_no_rounds() -> None:
    assert len(plan_of(NOT_CALLS).rounds) == 2
