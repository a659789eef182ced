"""Notes exported from a word processor whose sections are numbered lines ("1. Overview",
"2.1 Recruiter screen") rather than Markdown headings: the numbers are headings, so each
numbered round is a round and the questions under "4. Questions to ask" are found."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes, split_lines
from mockloop.notes.plain import numbered_sections
from tests.support.plans import named_plan, plan_of

DOC = """Interview prep: Senior Data Analyst, Marlow Freight

1. Overview
Applied through the careers page in October. Recruiter is Jane Doe.
Process is four rounds over two weeks.

2. Rounds
2.1 Recruiter screen (Jane Doe, Talent)
Salary band, notice period, why Marlow.

2.2 SQL exercise with Bob Kim
Window functions, joins on shipment tables, a funnel query.

2.3 Case study with the analytics lead
Delivery delays dashboard, which metrics, how to present to ops.

2.4 Final with the Head of Data, Priya Shah
Values, stakeholder management, a time I changed someone's mind.

3. Why Marlow
They are moving from spreadsheets to a warehouse and I did that at my last job.

4. Questions to ask
- How is the data team organised?
- What does success look like in 6 months?
"""

DAY = """Maths teacher application – Hillcrest School

1. The day
1.1 Schedule
09:00 arrive, tour with students
10:00 Lesson observation (Year 9, quadratics)
11:30 Student panel
12:15 Tea
12:30 Lunch
13:30 Interview with Head of Department, Mr Owusu
14:30 Interview with Headteacher and governor

2. Prep
2.1 Lesson plan
Starter, main, plenary. Mini whiteboards.

3. Questions
What CPD do new staff get?
How are classes set?
"""


def test_numbered_section_lines_become_headings_at_their_depth() -> None:
    sections = parse_notes(DOC).sections
    heads = [(s.heading, s.level) for s in sections if s.heading]
    assert heads[:3] == [("Overview", 2), ("Rounds", 2), ("Recruiter screen (Jane Doe, Talent)", 3)]
    assert ("Questions to ask", 2) in heads


def test_every_numbered_round_is_a_round_and_the_questions_are_found() -> None:
    plan = named_plan(DOC)
    titles = [r.title for r in plan.rounds]
    assert len(titles) == 4, titles
    assert titles[0].startswith("Recruiter screen") and titles[1].startswith("SQL exercise")
    assert titles[3].startswith("Final with the Head of Data")
    assert len(plan.candidate_questions) == 2
    assert plan.pitch


def test_a_schedule_under_a_numbered_section_gives_its_interviews_not_its_tea() -> None:
    titles = [r.title.lower() for r in named_plan(DAY).rounds]
    assert len(titles) == 4, titles
    assert not any(t.startswith(("tea", "lunch", "prep", "lesson plan")) for t in titles)
    assert any("head of department" in t for t in titles)


def test_a_plain_numbered_list_of_rounds_stays_a_list() -> None:
    listed = "# Prep\n\n1. Recruiter screen\n2. Coding\n3. System design\n4. Final\n"
    assert numbered_sections(split_lines(listed), 0) == {}
    steps = "Steps\n\n1. Recruiter screen\nwith Jane\n\n2. Coding\nwith Bob\n"
    assert numbered_sections(split_lines(steps), 0) == {}  # no "1.1": no numbered document


def _who(heading: str) -> str | None:
    notes = f"# Acme\n\n## {heading}\nSalary band, notice period.\n\n## Coding interview\nArrays.\n"
    return named_plan(notes).rounds[0].interviewer


def test_the_person_in_a_rounds_brackets_is_its_interviewer() -> None:
    assert _who("Recruiter screen (Jane Doe, Talent)") == "Jane Doe, Talent"
    assert _who("Coding (Bob Kim, Staff Engineer)") == "Bob Kim, Staff Engineer"
    assert _who("HM call (Research Manager)") != "Research Manager (HM call)"


def test_people_named_like_a_month_or_a_day_are_people() -> None:
    assert _who("Recruiter screen – Jane Doe, Talent") == "Jane Doe, Talent"
    assert _who("Coding – Mark Lee") == "Mark Lee"
    assert _who("Coding — Sunil Rao") == "Sunil Rao"
    assert _who("Coding – June Park, EM") == "June Park, EM"
    assert _who("Coding – Mon 3/12") is None


def test_a_round_listed_with_a_title_and_detailed_with_the_person_is_one_round() -> None:
    notes = """# Loop

1. Recruiter screen
2. Panel with Account Executive

## 1. Recruiter screen
Salary.

## 2. Panel with Account Executive — Mariana Costa (Enterprise AE) + another SE
Discovery role play.
"""
    rounds = named_plan(notes).rounds
    assert len(rounds) == 2, [(r.title, r.interviewer) for r in rounds]
    assert "Mariana Costa" in (rounds[1].interviewer or "")


DASHED = """# Senior UX Researcher, Kettleby

## Rounds
**1 — Recruiter call** with Ama Boateng. Done, she said the portfolio review matters most.

**2 — Hiring manager**, Rui Costa (Head of Design)
- how I work with PMs
- ask: who reads research today?

**3 — Portfolio review**, 45 min + 15 Q&A, to designers and PMs
- two case studies, 20 min each

4 – Research methods with Ines Varga, Staff Researcher
- sample sizes, bias, when not to survey
"""


def test_steps_numbered_with_a_dash_are_rounds_even_in_bold() -> None:
    rounds = named_plan(DASHED).rounds
    assert [r.kind for r in rounds] == ["recruiter", "hiring-manager", "presentation", "custom"]
    assert rounds[1].interviewer and rounds[1].interviewer.startswith("Rui Costa")
    assert rounds[3].title.startswith("Research methods")


def test_a_dash_between_numbers_is_not_a_step() -> None:
    plan = plan_of("# Notes\n\n1 - 2 weeks to hear back\n3 - 4 rounds in total\n")
    assert all(not r.title[:1].isdigit() for r in plan.rounds)


BOLD_PARAGRAPHS = """# Enterprise AE loop

## Onsite (Thursday)

**1. Recruiter screen** – Niamh, done. Base and OTE confirmed.

**2. Hiring manager** – Conor Walsh, Head of Sales (45 min)
- how I forecast, a deal I lost

**3. Role-play: discovery call** – Orla Byrne plays a plant manager
- 30 min, no demo

**4. Deal review presentation** – to Conor's peer, Ruth Kane (RVP)

**5. Final** – Sean Doyle, CRO (30 min)
- why them, why now
"""


def test_numbered_bold_paragraphs_are_rounds_even_when_the_name_says_no_kind() -> None:
    titles = [r.title for r in named_plan(BOLD_PARAGRAPHS).rounds]
    assert len(titles) == 5
    assert any(t.startswith(("3. Role-play", "Role-play")) for t in titles)
    assert any("Final" in t for t in titles)


PROCESS_WITH_NAMES = """## Proceso
1. Entrevista telefónica con Paola – ya la hice, el lunes
2. Examen psicométrico en línea (Cleaver + razonamiento), 1 hora
3. Entrevista con la Directora de Enfermería, Mtra. Silvia Contreras
"""


def test_a_round_named_then_its_interviewer_after_a_comma_is_a_round() -> None:
    titles = [r.title for r in named_plan(PROCESS_WITH_NAMES).rounds]
    assert any(t.startswith("Entrevista con la Directora") for t in titles)
