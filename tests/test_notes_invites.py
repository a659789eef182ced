"""Calendar entries pasted from Outlook: a date and time line, the invite's subject, then its
fields. Subjects that name no kind of round ("Hands-on Lab – …", "Deep Dive: …", "Whiteboard
w/ …") are still rounds, because an invite's fields stand under them; lunch is not; the
people required are the interviewers, and the notes under each entry are its focus."""

from __future__ import annotations

from tests.support.plans import plan_of

OUTLOOK = """Porto onsite (Thu 11 Dec) - pasted from Outlook + my notes
Platform Engineer @ Lumiar Systems

Thu 11/12/2026 09:30-10:30 (UTC+00:00) Dublin, Lisbon, London
Build Lab – Flaky Pipeline
Organizer: Marta Sousa <m.sousa@lumiar.pt>
Required: Tiago Ferreira; joana.r@lumiar.pt
Location: Lumiar office, room "Douro" (Teams link as backup)
>> they hand me a CI pipeline that fails one run in five and I find out why
>> practise: GitHub Actions caching, test isolation, retries that hide bugs

Thu 11/12/2026 12:00-13:00 (UTC+00:00) Dublin, Lisbon, London
Lunch w/ the team
>> not an interview

Thu 11/12/2026 13:15-14:15 (UTC+00:00) Dublin, Lisbon, London
Whiteboard w/ Tiago
Organizer: Marta Sousa
Required: Tiago Ferreira
>> multi-region deploys, rollbacks, what breaks at 10x traffic

Thu 11/12/2026 14:30-15:00 (UTC+00:00) Dublin, Lisbon, London
Conversation – Head of Platform
Organizer: Marta Sousa
Required: Rui Almeida — Head of Platform
Microsoft Teams Meeting | Meeting ID: 364 118 902 771 | Passcode: tR8wQ2
>> growth path, on-call, why I'm leaving
"""


def test_each_outlook_entry_with_an_invites_fields_is_a_round_and_lunch_is_not() -> None:
    plan = plan_of(OUTLOOK)
    assert [r.title for r in plan.rounds] == [
        "Build Lab – Flaky Pipeline",
        "Whiteboard w/ Tiago",
        "Conversation – Head of Platform",
    ]


def test_the_people_required_are_the_interviewers_not_the_organizer() -> None:
    who = [r.interviewer for r in plan_of(OUTLOOK).rounds]
    assert who == ["Tiago Ferreira", "Tiago Ferreira", "Rui Almeida — Head of Platform"]


def test_the_notes_under_an_entry_are_its_focus_without_the_meeting_link() -> None:
    first, _, last = plan_of(OUTLOOK).rounds
    assert any("fails one run in five" in f.text for f in first.focus)
    assert all("Passcode" not in f.text for f in last.focus)
    assert any("on-call" in f.text for f in last.focus)


WEEK = """My week (pasted from Outlook)

Mon 15/12/2026 08:00-09:00 (UTC+00:00)
Dentist
Location: Smile Clinic, High St

Tue 16/12/2026 10:00-11:00 (UTC+00:00)
Technical interview – Payments
Organizer: Marta Sousa
Required: Tiago Ferreira
"""


def test_an_entry_with_only_a_place_is_no_invite() -> None:
    assert [r.title for r in plan_of(WEEK).rounds] == ["Technical interview – Payments"]
