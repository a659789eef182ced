"""A document written as "Label:" lines, as a word processor's template gives them: the panel's
members listed by title and name are who sits on the panel, not rounds, and their titles do
not decide the round's kind; "Key areas:" and "Structure:" are parts of a round, not rounds;
a round whose own first line says it is off is not in the plan."""

from __future__ import annotations

from tests.support.plans import named_plan

DOC = """INTERVIEW PREPARATION
Position: Head of Science – Secondary
Organisation: Larchmont Academy, Leeds

Process Overview:
•	Phone screen with Priya Das (Teach North) – completed 3 Nov
•	Panel interview – Thursday 20 November, 09:30
•	Lesson observation – same day, 11:00
•	Possible meeting with the CEO of the trust – "maybe"

Panel Interview:
Panel: Headteacher (Martin Oduya), HR Manager (Claire Webb), Deputy Head (Sunita Rao).
Format: 45 minutes, questions on the school's values and safeguarding.
Key areas:
•	Raising attainment – GCSE science results
•	Staff development – two early-career teachers
STAR examples:
•	Moving Year 11 from 48% to 61% grade 4+

Lesson Observation:
Topic: Year 9 electrolysis, 30 minutes.
Structure:
•	Starter (5 min): recall quiz
•	Practical demo (15 min): copper sulfate
•	Plenary (10 min): exit tickets

CEO Meeting:
Update 14 Nov from Priya – the CEO meeting is off; the head decides. Not happening.
"""


def test_a_panel_listed_by_title_and_name_is_one_round_and_labels_are_not_rounds() -> None:
    rounds = named_plan(DOC).rounds
    titles = [r.title for r in rounds]
    assert len(rounds) == 3, titles
    panel = next(r for r in rounds if r.title.lower().startswith("panel"))
    assert panel.kind == "behavioral"
    assert panel.interviewer and "Martin Oduya" in panel.interviewer
    assert not any(t.startswith(("Key areas", "Structure")) or "CEO" in t for t in titles)


HOTEL = """GRAND TAMARIND HOTEL – PENANG
Sous Chef (banqueting, 300 covers, new ballroom opening in May)

Where I heard:
- JobStreet listing, then Mei Ling called me

Steps (Mei Ling):
- interview with the Executive Chef
- trial shift in the banquet kitchen
- final with the General Manager

Executive Chef:
- Arjun Pillai
- Tue 3 Dec, 14:00, at the hotel
- menu costing, how I run a brigade of 9

Trial shift:
- Sat 7 Dec, 06:00–14:00 (a wedding lunch for 280)
- they watch: speed, hygiene, how I talk to the commis

General Manager:
- Sofia Lindqvist
- date TBC, mid December
- ask her: what would a great first year look like?
"""


def test_label_headings_that_say_when_are_rounds_and_the_title_is_not() -> None:
    plan = named_plan(HOTEL)
    titles = [r.title for r in plan.rounds]
    assert len(titles) == 3, titles
    assert any(t.lower().startswith("trial shift") for t in titles)
    assert not any("TAMARIND" in t or t.startswith(("Where I heard", "Steps")) for t in titles)
    assert plan.role and plan.role.startswith("Sous Chef")


SCHEDULE_THEN_CANCELLED = """## Tue Dec 9

Ana from their people team sent the final day schedule for Friday (all Zoom):

- 10:00 panel with three engineers
- 11:00 meeting with the VP Engineering
- 2:30 chat with the head of support

Then Ana wrote again: the support chat is canceled, they decided it isn't needed. So two
things on Friday.
"""


def test_a_round_the_notes_later_call_off_leaves_the_plan() -> None:
    titles = [r.title.lower() for r in named_plan(SCHEDULE_THEN_CANCELLED).rounds]
    assert len(titles) == 2, titles
    assert not any("support" in t for t in titles)


VISITS = """# Inbound ops lead — Ridgeway

## Process
- phone screen with Tara (HR) — done
- technical + site walk with the DC manager
- walk round the DC (inbound, VNA, despatch) after lunch
- referee checks
- Meeting with HR to discuss the package

## Culture
- Glassdoor 4.1, long-serving team leaders
- values page: safety first, own the shift
"""


def test_visits_checks_and_a_research_heading_are_not_rounds() -> None:
    titles = [r.title.lower() for r in named_plan(VISITS).rounds]
    assert len(titles) == 2, titles
    assert any("site walk" in t for t in titles)
