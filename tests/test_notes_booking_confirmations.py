"""Confirmations pasted from a booking tool (Calendly): each "Confirmed: … on <date>" with an
"Event Type:" under it is an entry; the event type names the round, the confirmation who it is
with, and a practice session or a meetup booked the same way is no round."""

from __future__ import annotations

from tests.support.plans import named_plan

BOOKED = """Calendly confirmations + my notes

Confirmed: Intro call with Priya Natarajan on Monday, March 2, 2026
Event Type: Larchmont – Recruiter screen (30 min)
Event Date/Time: 9:00am - 9:30am (Eastern Time)
>> comp, notice period, hybrid

Confirmed: Mock interview with Ben (friend) on Tuesday, March 3, 2026
Event Type: Peer practice – coding
>> practice only

Confirmed: Rosa Lindqvist on Thursday, March 5, 2026
Event Type: Larchmont – System design (60 min)
Event Date/Time: 1:00pm - 2:00pm (Eastern Time)
>> design a webhook delivery service; retries, ordering

Confirmed: Omar Haddad on Friday, March 6, 2026
Event Type: Larchmont – Team lead conversation (45 min)
Event Date/Time: 11:00am - 11:45am (Eastern Time)
>> Omar, Engineering Manager. How I handle disagreement.
>> after this: office tour and coffee, not scored
"""


def test_each_booked_interview_is_a_round_named_by_its_event_type() -> None:
    plan = named_plan(BOOKED)
    got = [(r.title, r.interviewer) for r in plan.rounds]
    assert got == [
        ("Recruiter screen", "Priya Natarajan"),
        ("System design", "Rosa Lindqvist"),
        ("Team lead conversation", "Omar Haddad"),
    ]
