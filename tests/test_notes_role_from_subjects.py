"""The role in a mail's subject: "Interview Schedule, Senior Product Manager, Patient
Billing" names the job after the schedule; and in a chat that forwards a mail, the mail's
subject names the role, not a message that happens to say "talent partner"."""

from __future__ import annotations

from tests.support.plans import plan_of

SCHEDULE = """From: Jenna Lindqvist <jenna@quartzite.health>
Subject: Quartzite Health - Interview Schedule, Senior Product Manager, Patient Billing

Hi Dana, here is your schedule for Thursday:
  9:00 - 9:45    Hiring manager interview with Marcus Olson
  10:00 - 10:45  Product sense with Priya Nair
"""

FORWARDED = """Rhys Pritchard, Fri 20 Nov, 21:04
you going for that Ebbwell thing then?
Carys Hughes, Fri 20 Nov, 21:06
yep, the real process is with them directly
Carys Hughes, Fri 20 Nov, 21:07
pasting the email from their talent partner here so I stop losing it
---------- Forwarded message ---------
From: Ffion Jenkins <ffion.jenkins@ebbwell.io>
Subject: Next steps - Cloud Security Engineer
1) Hiring manager call (45 min) with Dai Morgan, Head of Security
2) Threat modelling exercise (60 min) with a security architect
Rhys Pritchard, Fri 20 Nov, 21:09
good luck!!
"""


def test_the_role_after_the_schedule_in_a_subject() -> None:
    assert plan_of(SCHEDULE).role == "Senior Product Manager, Patient Billing"


def test_a_forwarded_mails_subject_names_the_role_in_a_chat() -> None:
    assert plan_of(FORWARDED).role == "Cloud Security Engineer"
