"""Older parser bugs an independent review saw, as a user would meet them: a German date and
time before a round keep the round's whole name, everyday words are not read as typos of
interview words, and a recruitment manager is the recruiter's side, not the hiring manager."""

from __future__ import annotations

from mockloop.notes.vocab import canon
from tests.support.plans import plan_of, rounds_of


def test_a_date_and_a_clock_time_before_the_round_are_not_part_of_its_title() -> None:
    notes = (
        "# Bewerbung Lindqvist GmbH\n\n11.03. 10:00 Erstgespräch mit Frau Berger (HR)\n"
        "- Gehalt, Motivation\n\n14.03. 14:00 Fachinterview mit Herrn Kühn\n- SQL, Datenmodell\n"
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert titles == ["Erstgespräch mit Frau Berger (HR)", "Fachinterview mit Herrn Kühn"]


def test_a_time_stamp_ending_in_pm_is_not_a_round_called_pm() -> None:
    notes = (
        "Alaska Air – First Officer\nMonday, February 9, 2026    8:41 PM\n\n"
        "Stage 1 – Online assessment\n- 40 min, numeracy\n\nStage 2 – Phone screen\n- why us\n"
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert "PM" not in titles and len(titles) == 2


def test_everyday_words_are_not_typos_of_interview_words() -> None:
    assert canon("office") == "office"  # not "officer"
    assert canon("coming") == "coming"  # not "coding"
    assert canon("funding") == "funding"  # not "founding"
    assert canon("intervew") == "interview"  # a real typo is still read
    notes = "# Acme Ltd - Office Coordinator\n\n## Round 2: interview with the office manager\n- suppliers\n"
    assert rounds_of(notes)[0][2] == "the office manager"


def test_a_recruitment_manager_does_not_make_the_round_the_hiring_managers() -> None:
    notes = (
        "# Acme Ltd - Office Coordinator\n\n## Round 1: phone screen\nWith Jo Park (Recruitment "
        "Manager)\n- availability, salary\n\n## Round 2: interview with the office manager\n"
        "- scheduling, suppliers\n"
    )
    kinds = [k for _, k, _ in rounds_of(notes)]
    assert kinds == ["recruiter", "hiring-manager"]


def test_a_panel_or_team_interview_that_names_no_kind_is_behavioural() -> None:
    notes = (
        "# Tandala — Customer Success Manager\n\n## Recruiter call\n- salary band\n\n"
        "## Interview with Vikram (hiring manager)\n- book of business\n\n"
        "## panel w/ CSMs\n- 3 of them, 45 min\n\n## Entrevista con el equipo\n- 30 min\n"
    )
    assert [k for _, k, _ in rounds_of(notes)] == [
        "recruiter", "hiring-manager", "behavioral", "behavioral",
    ]  # fmt: skip
    manager = "# Kite\n\n## Recruiter call\n- pay\n\n## Panel with the ward manager\n- 30 min\n"
    assert rounds_of(manager)[-1][1] == "hiring-manager"


def test_a_heading_that_names_an_interview_by_its_person_is_a_round() -> None:
    notes = (
        "# Tandala — CSM\n\n## Interview with Vikram\n- renewals\n\n"
        "## Video call w/ Dr. Okafor (Head of Science)\n- lab budget\n\n"
        "## Call with Mum\n- she says relax\n\n## Interview prep with Sam\n- mock run\n"
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert titles == ["Interview with Vikram", "Video call w/ Dr. Okafor (Head of Science)"]


def test_research_headings_far_from_the_rounds_are_notrounds_of() -> None:
    notes = (
        "# Vesterby — Associate\n\n## Recruiter screen\n- pay\n\n## Technical interview\n"
        "- accounting\n\n## Fit interview — Henrik\n- why M&A\n\n## Firm overview\n- 40 people\n\n"
        "## Recent deals\n- Norden sale\n\n## Competitors\n- Hallberg\n\n## Office life\n"
        "- long hours but collegial\n"
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert titles == ["Recruiter screen", "Technical interview", "Fit interview"]


def test_calendar_entries_pasted_with_middle_dots_are_therounds_of() -> None:
    notes = (
        "Tallybrook — Partnerships Lead\n\n(pasted from my calendar, notes under each)\n\n"
        '📅 Tue Nov 24 · 15:00–15:45 · "Hiring Manager — Partnerships" · Zoom\n'
        "   Organizer: Marcus Adeyemi (Head of Partnerships)\n   → wants bank-side experience\n\n"
        '📅 Wed Dec 9 · 10:00–11:00 · "Partner Case Study" · Tallybrook HQ\n'
        "   With: Marcus Adeyemi + Ivy Chen (Partnerships Manager)\n   → economics, exclusivity\n\n"
        '📅 Wed Dec 9 · 12:00–13:00 · "Lunch" · just lunch\n\n'
        '📅 Wed Dec 9 · 13:00–13:30 · "Skip-level — Nadia Farrow" · HQ\n   → Nadia is COO\n'
    )
    plan = plan_of(notes)
    assert not plan.default_loop
    got = [(r.title.split(" (")[0], r.kind) for r in plan.rounds]
    assert got == [
        ("Hiring Manager", "hiring-manager"), ("Partner Case Study", "take-home"),
        ("Skip-level", "executive"),
    ]  # fmt: skip
    assert plan.rounds[2].interviewer == "Nadia Farrow"


def test_research_headings_that_share_a_word_with_a_kind_do_not_make_a_run_ofrounds_of() -> None:
    notes = (
        "# Lumenfold · Senior Product Designer\n\n## Onsite agenda\n\n"
        "### Portfolio presentation (10:00)\n- 3 projects\n\n### Panel 1 — Lior (PM)\n- stakeholders\n\n"
        "### App critique — Hannah\n- our app\n\n"
        "## People (pasted from LinkedIn)\n**Lior Ben-David** · Group PM\nAbout: energy bills\n\n"
        "## Product\nsmart meter data, daily usage\n\n## Competitors\n- Wattly\n\n"
        "## Culture\n- values page\n\n## They'll probably ask me\n- a design that failed\n"
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert not any(t.startswith(("People", "They")) for t in titles)
    assert titles[:3] == ["Portfolio presentation (10:00)", "Panel 1", "App critique"]


def test_lettered_steps_inside_a_numbered_step_are_rounds_with_their_own_kinds() -> None:
    notes = (
        "KESTREL — Software Engineer II\n\n1. Technical screen — Nov 16 — DONE\n   - CoderPad\n\n"
        "2. Onsite (virtual) — Thu Dec 10 — 3 sessions\n"
        "   2a. Pair programming — 9:00, 60 min, w/ Nadia Fofanah (Senior SWE)\n"
        "       - a rate limiter w/ failing tests\n       - looking at: code quality, testing\n"
        "   2b. Debugging session — 10:15, 60 min, w/ Pete Garrity (Staff SWE)\n"
        "       - less about writing code, more about reading logs\n"
        "   2c. Fit interview — 12:00, 45 min, w/ Ruth\n       - values, STAR\n"
    )
    rounds = rounds_of(notes)
    assert [(t, k) for t, k, _ in rounds[1:]] == [
        ("Pair programming", "coding"), ("Debugging session", "technical"),
        ("Fit interview", "behavioral"),
    ]  # fmt: skip


def test_a_detailed_round_joins_the_schedule_entry_it_shares_its_title_with() -> None:
    notes = (
        "# Orchard Grid — EM\n\nOnsite schedule:\n"
        "  11:00  People management — Joel Aranda + Mette Kjær (EMs)\n"
        "  13:30  Values interview — Ruth Mensah (Staff Engineer)\n\n"
        "Values interview (Ruth): the values are plain talk and grow people.\n"
        "- a time I disagreed and committed\n"
    )
    rounds = rounds_of(notes)
    assert [t.split(" (")[0] for t, _, _ in rounds] == ["People management", "Values interview"]
    assert "Ruth" in (rounds[1][2] or "") and "Joel" in (rounds[0][2] or "")


def test_a_firm_named_partners_and_a_title_that_opens_on_the_or_job_name_the_company() -> None:
    def facts(notes: str) -> tuple[str | None, str | None]:
        plan = plan_of(notes)
        return plan.company, plan.role

    tail = "\n\n## Recruiter call\n- pay\n"
    assert facts("# Vesterby Partners — Corporate Finance Associate" + tail) == (
        "Vesterby Partners", "Corporate Finance Associate",
    )  # fmt: skip
    assert facts("THE MARIGOLD HARBOUR HOTEL — Events Sales Manager" + tail)[1] == (
        "Events Sales Manager"
    )
    assert facts("FNP job — Saltmarsh Community Health (Port Alder clinic)" + tail)[0] == (
        "Saltmarsh Community Health"
    )
    assert facts("Marrowfield campus visit — notes to self" + tail)[0] == "Marrowfield"


def test_numbered_stations_and_cases_are_rounds_and_their_day_is_not() -> None:
    mmi = (
        "ST ALDRIC'S HOSPITAL — Clinical Fellow\ninterview: Thurs 10 Dec, MMI format, 3 stns x 10 min\n"
        "panel = AMU consultants + 1 senior nurse; scored 1-5 per stn\n\n"
        "prep plan (nights off Mon/Tue):\n1. Stn 1 – Clinical scenario\n   - ABCDE out loud\n"
        "2. Stn 2 – Communication: relative (actor)\n   - no blame\n"
        "3. Stn 3 – Teamwork & leadership\n   - the MET call story\n"
    )
    stations = [t.split(" –")[0] for t, _, _ in rounds_of(mmi) if t.startswith("Stn")]
    assert stations == ["Stn 1", "Stn 2", "Stn 3"]
    cases = (
        "# Marlow Finch — Merchandise Planner\n\n## Recruiter screen (done)\n- pay\n\n"
        "## Case day – Thu 3/12, HQ, 10am–1:30pm\n- 3 people\n\n### Case 1 – Receipt flow\n"
        "- OTB maths\n\n### Case 2 – Inventory health\n- markdowns\n\n"
        "## Schedule\n- 8.45 — arrive, breakfast with the analysts (informal)\n"
    )
    titles = [t for t, _, _ in rounds_of(cases)]
    assert len(titles) == 3 and titles[1].startswith("Case 1") and titles[2].startswith("Case 2")
    assert not any(
        "Use case" in t for t, _, _ in rounds_of("# X\n\n## Use case 2 – fraud\n- rules\n")
    )


def test_pairing_sessions_are_coding_and_a_recruitment_partner_is_the_recruiter() -> None:
    notes = (
        "# Hollowbrook — Backend Developer\n\n## Call with Hannah (Area Recruitment Partner)\n"
        "- pay\n\n## Pairing 1 — Marcus Bell\n- extend my take-home\n\n"
        "## Pairing 2 — Lin Zhao\n- a fresh problem\n"
    )
    assert [k for _, k, _ in rounds_of(notes)] == ["recruiter", "coding", "coding"]
