"""A week of a calendar pasted as text: the day's slots are rounds, not a prep call with a
mentor, another company's interview kept as a backup, the dentist, or the line that names the
onsite day over its slots."""

from __future__ import annotations

from tests.support.plans import named_plan

WEEK = """Mon, 9 March 2026
10:00 – 10:30	Intro call – Lisa Hartl
	My notes: done ✔ – salary 95–105k
16:30 – 17:00	Kita pickup (Emma)

Tue, 10 March 2026
18:00 – 18:45	Call w/ Henrik – EM interview prep (mentor)

Wed, 11 March 2026
14:00 – 15:00	Kronberg Mobility – 2nd interview (Teams)
	Description: Panel with their CTO. (other process, keep it going as backup)

Wed, 18 March 2026 – onsite, Regensburg office
09:30 – 10:30	System design – Katrin Wolf (Principal Engineer)
10:45 – 11:45	People leadership interview – Jonas Becker (EM, Routing)
12:00 – 13:00	Lunch with the team
15:30 – 16:15	Zahnarzt Dr. Meier
"""


def test_only_the_interviews_of_a_pasted_calendar_week_are_rounds() -> None:
    titles = [r.title for r in named_plan(WEEK).rounds]
    assert titles == ["Intro call", "System design", "People leadership interview"]


SECTIONS = """KINGSBRIDGE FIRE RESCUE - PROBATIONARY FIREFIGHTER - 2026 INTAKE

written aptitude -> panel interview -> chief's interview

WRITTEN APTITUDE
 done Feb 28. 100 q's, reading comprehension, math.

PANEL INTERVIEW
 Thurs Mar 26, 7pm, Station 1 training room
 Capt. Roy Doucet, someone from town HR (TBD)

CHIEF'S INTERVIEW
 Deputy Chief Marie Savoie, 20-30 min, values

RIDE-ALONG
 Sat Apr 4, Station 2, "not graded" (Dad says everything is graded)
"""


def test_a_section_its_own_note_calls_not_graded_is_no_round() -> None:
    titles = [r.title for r in named_plan(SECTIONS).rounds]
    assert not any("RIDE" in t.upper() for t in titles)
    assert sorted(titles) == [
        "CHIEF'S INTERVIEW",
        "PANEL INTERVIEW",
        "written aptitude",
    ]  # no "Capt.
    # Roy Doucet, someone from town HR (TBD)": the panel's line, not a step of the process


AGENDA_WITH_PREP = """Kalender, Agenda-Ansicht, mit meinen Notizen

Mo., 7. Dez. 2026
10:00 – 10:30   Recruiter call — Sanne Vogel
                salary band, remote days

Do., 10. Dez. 2026
Ganztägig       prep reminder
                questions to ask:
                - how do designers and PMs plan a quarter?
                - what does on-call look like for the team?

Fr., 11. Dez. 2026 — in person, at the Utrecht office
09:30 – 10:30   Coding interview — Piet Maas (Staff Engineer)
                two problems, talk through complexity
10:45 – 11:45   System design — Anke Stam (Principal Engineer)
                design a rate limiter for the public API
12:00 – 13:00   Lunch with the team
"""


def test_a_questions_label_inside_one_event_does_not_claim_the_events_after_it() -> None:
    plan = named_plan(AGENDA_WITH_PREP)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Recruiter call", "Coding interview", "System design"]
    assert len(plan.candidate_questions) == 2


ALL_DAY = """Outlook calendar, copied

Mon 7 Dec 2026
10:00 – 10:30   Phone screen — Ruth Okafor (Talent)

Tue 8 Dec 2026 – Thu 10 Dec 2026
All day         Take-home exercise — due Thursday 6pm
                build a small CSV import API, README with trade-offs

Wed 9 Dec 2026
All day         Decision by today (Ruth Okafor)

Fri 11 Dec 2026
Ganztägig       Technical interview — Jonas Weber (Staff Engineer)
"""


def test_an_all_day_event_is_read_like_a_timed_one() -> None:
    titles = [r.title for r in named_plan(ALL_DAY).rounds]
    assert titles == ["Phone screen", "Take-home exercise", "Technical interview"]


SCHEDULE_VIEW = """gcal schedule view, my notes indented

TUE 8 DEC
9:00 – 9:15am  Standup
    current team, Teams
2:00 – 3:00pm  Tech screen: SQL + Python
    Ines Duarte, Staff Data Engineer
    questions to ask:
      1. who owns the data today?
      2. how is on-call split?
6:00 – 8:00pm  Lisbon Data meetup
WED 9 DEC
10:00 – 10:45am  System design – ingestion pipeline
    Rui Costa (Principal Engineer)
4:00 – 4:30pm  1:1 Gabe
    my manager, don't be weird
"""


def test_an_indented_label_ends_at_the_next_slot_and_work_meetings_are_no_rounds() -> None:
    plan = named_plan(SCHEDULE_VIEW)
    assert [r.title for r in plan.rounds] == ["Tech screen", "System design"]
    assert len(plan.candidate_questions) == 2


SLOT_FIRST = """gcal schedule view, copied

THU 3 DEC
12:30 – 1:00pm  Tieton Orchards — recruiter screen
    Kayla Dorsey (Talent) · phone
    DONE. req: Data Engineer II, Grower Data Platform
TUE 8 DEC
2:00 – 3:00pm  Tech screen: SQL + Python
    Marcus Oyelaran, Staff Data Engineer
"""


def test_a_slot_near_the_top_is_not_read_as_the_notes_title() -> None:
    assert named_plan(SLOT_FIRST).role == "Data Engineer II, Grower Data Platform"
