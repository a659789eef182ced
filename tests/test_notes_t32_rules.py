"""Shapes met first in the t32 tuning notes: an Obsidian page whose rounds are callouts, a
round whose interviewer is still "???", and rounds told in prose paragraphs that open on the
day ("Last Tuesday I spoke with …", "On Friday I have the call with …", "The same day …")."""

from __future__ import annotations

from tests.support.plans import named_plan

CALLOUTS = """# Loonworks — Engineering Manager

> [!done] Recruiter screen — Nov 13
> Kayla Brandt (Sr. Technical Recruiter). 30 min.
> Comp band, hybrid 2 days.

## Onsite (Wed Dec 10)

> [!todo] 1. People management — Jen Sørensen, EM (Returns)
> - hiring + leveling, giving hard feedback
> - have numbers: attrition 0 in 2 yrs

> [!todo] 2. Technical leadership / system design — Ravi Menon, Principal Engineer
> - likely "design a shipment tracking service"
> - build vs buy

> [!todo] 3. Execution & delivery — ???
> interviewer not announced yet
> - planning, estimates, the late WMS migration

> [!tip] My pitch
> 9 yrs eng, 4 managing. I like platform teams.

> [!question] Questions to ask
> - What does on-call look like during peak season?
"""


def test_callouts_that_name_rounds_are_rounds_with_their_bodies_as_focus() -> None:
    plan = named_plan(CALLOUTS)
    titles = [r.title for r in plan.rounds]
    assert titles == [
        "Recruiter screen",
        "1. People management",
        "2. Technical leadership / system design",
        "3. Execution & delivery",
    ]
    design = plan.rounds[2]
    assert design.kind == "system-design"
    assert design.interviewer == "Ravi Menon, Principal Engineer"
    assert any("build vs buy" in f.text for f in design.focus)
    assert plan.pitch and plan.candidate_questions  # the pitch and questions callouts stay


PROSE = """Notes for the Kymata job

So, Kymata Cloud. I applied for the Solutions Engineer position on 2 November.

Last Tuesday (18/11) I spoke with Eleni Markou, she is talent partner for Southern Europe, for 30 minutes on Zoom. She asked why presales and my salary expectations.

On Friday the 28th I have the call with my future manager, Stavros Dimas. One hour. He will go deep in my background.

The same day, after the demo and a lunch break, there is a technical interview with one of the cloud architects. It is about networking and Kubernetes.

The final is with the VP for EMEA, Ingrid Vos, in English, 30 minutes.
"""


def test_prose_paragraphs_that_open_on_the_day_tell_their_rounds() -> None:
    rounds = named_plan(PROSE).rounds
    lines = [r.source.line for r in rounds]
    assert lines == [5, 7, 9, 11]
    assert rounds[0].interviewer == "Eleni Markou"
    assert rounds[1].kind == "hiring-manager"
    assert rounds[2].kind == "technical"


CAMPUS = """# Thalam Systems — Software Engineer (2026 graduate)

## Day plan (from the mail)
8:30 reporting, ID check, bring 2 resume copies + college ID
10:00 Tech 1
11:30 Tech 2 (only if Tech 1 cleared)
1:00 lunch
2:00 Managerial round
3:30 HR

## Tech 1
- DSA mainly, 2 questions on paper then explain
- OOPS: 4 pillars with real example

## Tech 2
- CS fundamentals + project deep dive
- DBMS: normalization, joins, indexing
"""


def test_a_campus_day_reads_its_numbered_tech_rounds_and_no_check_in() -> None:
    rounds = named_plan(CAMPUS).rounds
    by_title = {r.title.split(" (")[0]: r for r in rounds}
    assert not any("reporting" in t for t in by_title)  # checking in is no round
    assert [r.kind for r in rounds if r.title.startswith("Tech")] == ["technical", "technical"]
    tech2 = by_title["Tech 2"]  # the slot's "(only if Tech 1 cleared)" names no second round
    assert any("DBMS" in f.text for f in tech2.focus)
    assert by_title["Managerial round"].kind == "hiring-manager"
    assert len(rounds) == 4


BRACKETED = """MY NOTES

role: ML Engineer, LLM Platform (Fernblick, Munich)

Tue 9 Dec — loop

[ML coding — Jonas Brandt, Senior MLE]
 - 10:00-11:00
 - numpy only! practice softmax with numerical stability

[Values & collab — Felix Aumann, CTO]
 - 14:30-15:15
 - he will ask why startup after corporate
"""


def test_bracketed_labels_over_bullets_are_rounds_titled_without_brackets() -> None:
    rounds = named_plan(BRACKETED).rounds
    assert [(r.title, r.kind) for r in rounds] == [
        ("ML coding", "coding"),
        ("Values & collab", "behavioral"),
    ]
    assert rounds[1].interviewer == "Felix Aumann, CTO"
