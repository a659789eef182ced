"""The role and the employer as a recruiter's message or a call's note states them, with no
title line naming either: "I'm with Corvid Freight and we're hiring a Senior Data Analyst for
…", "Role = Intermediate Architect, residential team"."""

from __future__ import annotations

from tests.support.plans import named_plan

INMAIL = """data job - copied from LinkedIn, my notes in [brackets]

Noor Haddad · 2nd
Talent Acquisition | Logistics
Noor Haddad  9:02 AM
Hi Sam, I saw your dashboards at Mesa County Library. I'm with Corvid Freight and we're hiring a Senior Data Analyst for our network planning team. Open to a quick call?
Sam Ortiz  9:40 AM
Sure, Tuesday works.
Noor Haddad  3:15 PM
Next steps: a SQL session with Lee Park (Analytics Lead), then a final with Dana Cole, VP Operations.
"""


def test_the_recruiter_says_whom_they_hire_for_and_what() -> None:
    plan = named_plan(INMAIL)
    assert plan.role == "Senior Data Analyst"
    assert plan.company == "Corvid Freight"  # not where the candidate works now


CALL = """(pasted from Calendar)

Call with Mere – Kōwhai Studio
Scheduled: Tue, 1 Dec 2026 at 12:15 to 12:45

Done. Mere Tane, practice manager. Role = Intermediate Architect, residential team, 4-day week.
She asked about registration and Revit.
"""


def test_a_role_given_with_an_equals_sign_inside_a_sentence() -> None:
    assert named_plan(CALL).role == "Intermediate Architect"


SIGNED = """Callum Reid (Senior Talent Acquisition Partner)
Wirrabay Cloud — the writing job

Hi Sam, lovely to chat. For the Senior Technical Writer, API Documentation role the next steps
are a writing exercise, then a panel with the docs team.
"""


def test_a_recruiter_named_with_their_title_at_the_top_is_not_the_role() -> None:
    assert named_plan(SIGNED).role == "Senior Technical Writer, API Documentation"


APPLYING_FOR_TA = """Zuma Health — Talent Acquisition Partner (Tech)
Contact: Halima Yusuf (People Ops Lead).

People Ops screen — done Thu 19 Nov
- sourcing strategy for engineers, pipeline metrics
"""


def test_a_recruiting_job_at_the_top_of_the_page_is_the_job_applied_for() -> None:
    assert named_plan(APPLYING_FOR_TA).role == "Talent Acquisition Partner (Tech)"


ITINERARY = """ORWELL ROBOTICS                                                 CONFIDENTIAL
Candidate Itinerary
Candidate: Jo Ames          Position: Software Engineer II, Motion Planning
Date: Friday, December 4, 2026          Location: Building B

9:45 – 10:45    Coding (C++)                         Miguel Santos
11:00 – 12:00   Robotics Systems Design              Anika Weiss
"""


def test_a_pdf_itinerarys_columns_are_read_apart() -> None:
    plan = named_plan(ITINERARY)
    assert plan.role == "Software Engineer II, Motion Planning"
    assert plan.company is not None and "CONFIDENTIAL" not in plan.company
