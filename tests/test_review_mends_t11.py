"""Problems an independent review of this session's notes-parser changes found, each with the
reviewer's reproduction (shortened) as a test, so none comes back."""

from __future__ import annotations

from mockloop.notes.asked import asked_round
from mockloop.notes.names import title_role
from mockloop.notes.stacked import _PEOPLE
from tests.support.plans import plan_of, titles_of


def test_question_headings_about_my_questions_logistics_or_a_past_round_name_no_round() -> None:
    notes = (
        "# Figma — Product Designer\n\n## What are my questions for the hiring manager?\n"
        "- How do you measure design impact?\n- What does the first 90 days look like?\n\n"
        "## What went wrong in the Meta design round?\nI ran out of time on the critique.\n"
    )
    plan = plan_of(notes)
    assert len(plan.candidate_questions) == 2
    assert not any("Meta" in r.title or "Hiring manager" == r.title for r in plan.rounds)
    for heading in (
        "What is the dress code for the interview?",
        "What should I ask in the HM interview?",
        "What did I get wrong in the Google coding round?",
    ):
        assert asked_round(heading) is None, heading


def test_two_slots_with_one_person_are_no_calendar_and_keep_the_other_slots() -> None:
    notes = (
        "# Onsite schedule Tue\n\n10:00 - 10:45 Priya Raman - Coding\n"
        "11:00 - 11:45 Priya Raman - Debugging\n12:00 - 12:45 Lunch with the team\n"
        "13:00 - 13:45 Behavioral with Marco Ruiz\n14:00 - 14:45 System design with Lee Park\n"
    )
    plan = plan_of(notes)
    assert [r.title for r in plan.rounds] == [
        "Coding", "Debugging", "Behavioral with Marco Ruiz", "System design with Lee Park",
    ]  # fmt: skip
    assert plan.rounds[0].interviewer == "Priya Raman"


def test_a_company_calendar_keeps_its_own_interviews_and_the_page_title() -> None:
    notes = (
        "# Stripe onsite — Backend Engineer\n\n9:00 - 9:45 Stripe - Coding\n"
        "10:00 - 10:45 Stripe - Bug squash\n11:00 - 11:45 Integration round with Ana\n"
        "12:00 - 13:00 Lunch\n13:00 - 13:45 Hiring manager with Ben\n"
    )
    assert titles_of(notes) == [
        "Coding", "Bug squash", "Integration round with Ana", "Hiring manager with Ben",
    ]  # fmt: skip


def test_numbered_interviews_with_the_same_person_stay_apart() -> None:
    notes = (
        "# Kestrel Logistics — Warehouse Supervisor\n\n## Interview 1 with Linda Park (Tue 3/4)\n"
        "- safety record\n\n## Interview 2 with Linda Park and the GM (Fri 3/7)\n- pay\n"
    )
    assert len(plan_of(notes).rounds) == 2


def test_a_work_meeting_first_does_not_hide_the_days_interviews() -> None:
    notes = (
        "# Tuesday\n\nFrom 9 to 10 is my standup at work, can't move it.\n"
        "At 11 I have the phone screen with Lars from Spotify.\n"
    )
    assert any("Phone screen" in t for t in titles_of(notes))


def test_social_plans_a_mock_and_a_reference_call_are_no_rounds() -> None:
    notes = (
        "# Week plan\n\nMonday at 10 I have the technical interview with Ravi Shah.\n\n"
        "Friday at 7 we have drinks with the team from my current job.\n\n"
        "Saturday at 11 I meet Grandma for lunch, need to leave by 2.\n\n"
        "That last call was with my old boss Ana, she agreed to be a reference.\n\n"
        "Mock product sense interview with Jess is booked for Sunday.\n"
    )
    assert titles_of(notes) == ["Technical interview with Ravi Shah"]


def test_a_study_plans_blocks_are_no_slots() -> None:
    notes = (
        "# Saturday study plan\n\n9:00 - 11:00\nLeetCode graphs\n\n11:15 - 12:00\n"
        "Review STAR stories\n\n13:00 - 14:00\nRead Datadog engineering blog\n"
    )
    assert plan_of(notes).default_loop  # nothing here is a round


def test_the_people_pattern_joins_names_only_at_separators() -> None:
    # "and" glued inside a word is no separator (the old pattern backtracked exponentially
    # trying it as one); real lists of people still match
    assert _PEOPLE.match("Ax" + "andAx" * 40 + "!") is None
    assert _PEOPLE.match("Marta Kowal and James Whitcombe")
    assert _PEOPLE.match("Marta Kowal, James Whitcombe (Head of Research)")


def test_references_and_stories_are_nobodys_round() -> None:
    notes = (
        "# Plant Supervisor\n\n- Phone screen with HR, 3/4\n\n## References\n"
        "Tom Reid - Engineering Manager (my old boss) - 3/18\n- worked together 4 years\n\n"
        "| time | what | who |\n|---|---|---|\n| 10:00 | SQL live | Sam Ortiz, Staff AE |\n\n"
        "## Stories\nSam (my old mentor at Deliveroo) — taught me dbt\n- the migration story\n"
    )
    plan = plan_of(notes)
    assert not any("Tom Reid" in r.title for r in plan.rounds)
    sql = next(r for r in plan.rounds if r.title == "SQL live")
    assert not any("mentor" in f.text or "migration" in f.text for f in sql.focus)


def test_a_title_after_the_company_that_is_no_job_is_no_role() -> None:
    for rest in (
        "final round",
        "call with Gavin",
        "what I know",
        "offer negotiation",
        "my stories",
    ):
        assert title_role(f"# Hooli – {rest}", "Hooli") == "", rest
    assert title_role("# Hooli – Electrical Foreman", "Hooli") == "Electrical Foreman"


def test_parts_of_a_round_at_different_times_stay_apart() -> None:
    notes = (
        "# SWE intern\n\n- Technical interview (part 1, 10:00)\n"
        "- Technical interview (part 2, 11:00)\n"
    )
    assert len(plan_of(notes).rounds) == 2


def test_a_final_interview_with_someone_is_the_executive_round() -> None:
    notes = (
        "# Hartwell & Co — Associate\n\n## Process\n"
        "- First interview with Maria Lopez (Partner), Mon 3/3: CV walk-through, why law\n"
        "- Written exercise, Wed 3/5\n- Final interview with Maria Lopez and James Hart, Fri 3/14\n"
    )
    assert plan_of(notes).rounds[-1].kind == "executive"


def test_a_long_run_of_spaces_in_a_line_keeps_its_round_and_interviewer() -> None:
    plan = plan_of("# Notes\n\n- Coding interview with Sam" + " " * 5000 + "y\n")
    assert [r.kind for r in plan.rounds] == ["coding"]
    assert (plan.rounds[0].interviewer or "").startswith("Sam")


def test_a_list_of_conversations_with_named_people() -> None:
    notes = (
        "# Lumen Health — RN, ICU\n\n- Interview with Dana Cole (charge nurse), 2/10\n"
        "- Meeting with Priya (future teammate, night shift), 2/12\n- Shadow shift 2/14\n"
        "- Final chat with Rob Ng (CNO), 2/20\n"
    )
    plan = plan_of(notes)
    assert [r.interviewer for r in plan.rounds][:2] == [
        "Dana Cole (charge nurse)", "Priya (future teammate, night shift)",
    ]  # fmt: skip


def test_how_a_round_went_is_no_part_of_its_interviewer() -> None:
    notes = "# Notion PM loop\n\nRecruiter call with Tanya on 3/4 went well.\n"
    assert plan_of(notes).rounds[0].interviewer == "Tanya"


def test_public_sector_oral_boards_and_exams_and_refs_are_read() -> None:
    from mockloop.notes.breaks import is_break
    from mockloop.notes.vocab import kind_weights

    assert max(kind_weights("Oral board"), key=kind_weights("Oral board").get) == "behavioral"
    assert "custom" in kind_weights("Written exam")  # a test the candidate sits
    assert is_break("Refs + offer")
    notes = (
        "# Sandstone County — Building Inspector II\n\n## Oral board - Thu Mar 19, 9:40 AM\n"
        "- three panelists, scored questions\n\n## Written exam - Mar 3\n- code sections\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["behavioral", "custom"]


def test_a_screen_thanked_for_in_an_email_is_the_first_round() -> None:
    notes = (
        "Hi Courtney,\n\nThank you so much for sending the schedule, and for the phone screen last\n"
        "Thursday. I really appreciated you walking me through the role.\n\n"
        "At 9:00 I meet with Angela Ruiz, the Imaging Manager, for about 45 minutes.\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["recruiter", "hiring-manager"]
    after = (
        "Notes to self, written after the recruiter call on Monday 5/6.\n\n## Coding\n- arrays\n"
    )
    assert [r.kind for r in plan_of(after).rounds] == ["coding"]  # a note's date, not a round


def test_a_heading_for_a_friend_to_ask_is_no_round() -> None:
    notes = (
        "# Cape Current — Video Producer\n\n## Thandi Mokoena (Head of Video)\n"
        "Thu 5 Mar, 10:00. Portfolio walk-through.\n- reel, two long-form pieces\n\n"
        "## Sipho Dube (Senior Editor)\nThu 5 Mar, 11:00. Edit test debrief.\n- the 90-second cut\n\n"
        "## Pieter (friend, freelanced there 2024)\n- says the newsroom is chaotic but kind\n"
    )
    assert not any("Pieter" in r.title for r in plan_of(notes).rounds)


HURRIED = """greyhaven general - ICU band 5 staff nurse

- drug calc test - did it online on the 3rd, 20 qs, 45 min. passed - email said so
- they said theres a panel and then a clinical scenario thing

PANEL
ward manager Ruth Ellery + practice educator
- why icu, why us, where in 5 yrs

clinical scenario (the "practical bit")
- Tom runs it, mannequin + obs chart

study plan this week
wed - mock interview w/ Priya over facetime
"""


def test_hurried_notes_tests_a_caps_panel_and_a_scenario_but_no_mock() -> None:
    kinds = [(r.kind, r.title.split(" (")[0]) for r in plan_of(HURRIED).rounds]
    titles = [t for _, t in kinds]
    assert "drug calc test" in titles and "PANEL" in titles and "clinical scenario" in titles
    assert not any("mock" in t for t in titles)


TRADES = """Ridgeback Electric - journeyman electrician (309A)

talked to Dana in the office last tues (Feb 11) - she's office mgr / does hiring paperwork
  - rate: she said 42-46/hr depending

meeting sams boss thurs feb 20, 7am (!!) at the yard on Dundas
 - Greg Turcotte, ops manager

shop test - date tbd, Dana will call
  - bend some EMT, wire a 3 way

leetcode grind (Nov 12–20)
"""


def test_a_tradespersons_talks_meetings_and_shop_test() -> None:
    plan = plan_of(TRADES)
    assert len(plan.rounds) == 3 and not plan.default_loop
    assert plan.rounds[-1].kind == "technical"  # the shop test


def test_schedule_times_written_with_a_dot_are_times_not_outline_numbers() -> None:
    notes = (
        "Kowhai College – maths teacher\n\nwhat they sent:\n  8.45 arrive, tour w/ 2 student leaders\n"
        "  9.30 teach yr 10 class (30 mins)\n  10.15 student panel (4 students, 15 min)\n"
        "  11.00 interview - principal, DP, HOD maths\n  12.00 lunch in staffroom\n"
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert len(titles) == 3 and titles[1].startswith("student panel")
    outline = "# Plan\n\n3.1 Written test - DONE\n3.2 Oral board - Thu Mar 19\n"
    assert [r.title.split(" -")[0] for r in plan_of(outline).rounds] == [
        "Written test",
        "Oral board",
    ]


def test_lines_that_open_on_a_round_then_say_when() -> None:
    from mockloop.notes.shapes import leads_with_round

    assert leads_with_round("INTERVIEW (panel) — Tues 11 March 10:00, 4th floor boardroom")
    assert leads_with_round("oral board - Mon 3/18 1:15pm, City Hall Rm 210")
    assert leads_with_round("PORTFOLIO REVIEW w/ Jules Amsel (CD)")
    for line in ("Interview day: Thursday Oct 23, 9:00am", "performance review - Mon 3/18",
                 "interview tips from Sam"):  # fmt: skip
        assert not leads_with_round(line), line
