"""Notes kept as e-mails to oneself: each mail's subject heads its notes like a heading, so the
rounds the subjects name are rounds, and the client's line between two mails is no note. The
replies of one forwarded thread share a subject and stay one pasted e-mail."""

from __future__ import annotations

from tests.support.plans import named_plan

TO_SELF = """[search "to:me tallow", pasted oldest first]

----- Mon, Jan 11, 2027, 7:05 PM — me to me
Subject: tallow recruiter call
Phone screen done with Ines Duarte (talent partner).
Role: Data Engineer, Pricing. Hybrid two days. She asked notice period and salary.

----- Tue, Jan 12, 2027, 8:40 AM — me to me
Subject: Fwd: SQL take-home
> Please find the exercise attached, due Friday.
Take-home: dedupe a price history table, slowly changing dimensions, write-up of tradeoffs.

----- Wed, Jan 13, 2027, 9:12 PM — me to me
Subject: pipeline design round Tue 19th 2pm
With Tomasz Wrona (staff engineer): batch vs streaming for price feeds, backfills, idempotency.

----- Thu, Jan 14, 2027, 6:30 PM — me to me
Subject: groceries
eggs, oat milk, coffee
"""


def test_each_mail_to_oneself_under_a_round_subject_is_a_round() -> None:
    plan = named_plan(TO_SELF)
    got = [(r.kind, r.source.line if r.source else None) for r in plan.rounds]
    # the subjects of lines 9 and 14 name the rounds; the groceries mail is none
    assert got == [("recruiter", 5), ("take-home", 9), ("system-design", 14)], got
    assert plan.rounds[2].interviewer == "Tomasz Wrona, staff engineer"


def test_the_line_between_two_mails_is_no_focus_point() -> None:
    plan = named_plan(TO_SELF)
    focus = [n.text for r in plan.rounds for n in r.focus]
    assert not any("me to me" in text for text in focus), focus


def test_a_role_line_ends_at_its_sentence() -> None:
    assert named_plan(TO_SELF).role == "Data Engineer, Pricing"


THREAD = """From: Ana Ruiz <ana@example.com>
To: me
Subject: Fwd: RE: Next steps – Analyst

---------- Forwarded message ---------
From: Lee Park <lee@corvid.example>
Subject: RE: Next steps – Analyst
Hi Ana, the loop is a recruiter call, then a case study with Sam, then a final with the COO.

---------- Forwarded message ---------
From: Ana Ruiz <ana@example.com>
Subject: Next steps – Analyst
Thanks Lee!
"""


def test_one_thread_forwarded_stays_one_mail_with_no_subject_headings() -> None:
    plan = named_plan(THREAD)
    assert all("Next steps" not in r.title for r in plan.rounds), [r.title for r in plan.rounds]


INVITES = """From: Dee Ruiz <dee@example.com>
To: Dee Ruiz <dee@example.com>
Subject: tarrow — all invites in one place

---------- Forwarded message ---------
From: Google Calendar <calendar-notification@google.com>
Subject: Invitation: Hiring Manager Interview — Gloria Hayes @ Tue Nov 10, 2026 1pm - 1:45pm (EST) (dee@example.com)

she runs the TPM group: a program I rescued, an eng lead who won't give dates.

---------- Forwarded message ---------
From: Google Calendar <calendar-notification@google.com>
Subject: Invitation: Program Execution Case (60 min) @ Wed Nov 18, 2026 10am - 11am (EST)

risk register, critical path, what I'd cut.
"""


def test_a_forwarded_calendar_invitation_is_headed_by_its_event_not_its_date() -> None:
    titles = [r.title for r in named_plan(INVITES).rounds]
    assert titles[:2] == ["Hiring Manager Interview", "Program Execution Case"], titles
