"""A pasted .ics keeps every event of the week: an event with no one on it, no round word and
no description (a drive, a CFP deadline) is no round; the interviews are."""

from __future__ import annotations

from tests.support.plans import named_plan

ICS = """my interview events, exported as .ics
BEGIN:VEVENT
SUMMARY:Intro call - Snake River Data
DTSTART:20261201T160000
ORGANIZER;CN=Ana Ruiz (Recruiter):mailto:ana@example.com
END:VEVENT
BEGIN:VEVENT
SUMMARY:Drive to Boise (I-84)
DTSTART:20261214T150000
LOCATION:Hotel 43
END:VEVENT
BEGIN:VEVENT
SUMMARY:Go pairing
DTSTART:20261215T100000
ATTENDEE;CN=Hannah Lee:mailto:hannah@example.com
END:VEVENT
BEGIN:VEVENT
SUMMARY:CFP deadline - KubeCon
DTSTART;VALUE=DATE:20261218
END:VEVENT
"""


def test_errands_in_a_pasted_ics_are_no_rounds() -> None:
    assert [r.title for r in named_plan(ICS).rounds] == ["Intro call", "Go pairing"]
