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
