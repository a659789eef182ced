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
