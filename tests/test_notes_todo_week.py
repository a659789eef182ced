"""A week's to-do list where chores outnumber the interviews: the dated interviews are rounds
(a to-do heading is not a study plan), "why X ↓" over bullets is the pitch and names the
company, and "it's for <job>" under the recruiter call is the role."""

from __future__ import annotations

from tests.support.plans import named_plan

TODO = """# week of Mar 2 — TODO

- [x] renew passport
- [x] recruiter call w/ Tamarack Maps (Mon) — Sofia Reyes, Talent
  - it's for Senior Backend Engineer, routing team
  - comp, start date
- [ ] update CV
- [ ] Tue 10:00 — live coding, Go (60 min)
  - Ivo Petrov, Staff Engineer
  - rate limiter; tests
- [ ] call mum re: Easter
- [ ] book tire swap
- [ ] Thu 14:00 — system design w/ Hana Sato (Principal Eng)
  - tile cache for offline maps
- [ ] dry-clean the blazer
- [ ] groceries
- [ ] Fri 11:00 — HM interview, Tom Berg (Eng Manager)
  - why Tamarack Maps ↓
    - I use their trail maps every weekend
    - small team, real ownership of the routing service
- [ ] pay the water bill
"""


def test_the_dated_interviews_of_a_to_do_week_are_its_rounds() -> None:
    plan = named_plan(TODO)
    titles = [r.title for r in plan.rounds]
    assert len(titles) == 4
    assert titles[0].startswith("recruiter call") and titles[3] == "HM interview"
    assert titles[1].startswith("live coding") and titles[2].startswith("system design")


def test_why_x_over_bullets_is_the_pitch_and_names_the_company() -> None:
    plan = named_plan(TODO)
    assert plan.company == "Tamarack Maps"
    assert plan.pitch and "trail maps" in plan.pitch[0].text
    assert plan.role == "Senior Backend Engineer"


def test_the_job_applied_for_on_a_date_is_the_role() -> None:
    notes = """(my Keep notes, pasted)

Applied 20 Nov for Community & Events Fundraising Manager at St Piran's Hospice, Truro.

Helen Curnow, HR Advisor. 20 min.
Phone screen done: salary, notice, why fundraising.
"""
    assert named_plan(notes).role == "Community & Events Fundraising Manager"
