"""An independent review of the session that tuned on t25 and t26 found these; each test is its
reproduction (what the notes say, what a careful reader expects)."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of, titles_of

R = "\n\n## Recruiter screen with Jess\n- salary, notice\n\n## Case study with Tom\n- pricing case\n"


@pytest.mark.parametrize(
    "research",
    [
        "At Monzo, the hiring manager is Tom Reed; team of 8.\nMonzo is growing fast in the US.",
        "Applied to Monzo (Product Designer) in March.\nMonzo has 4000 staff.",
        "Had a quick chat with Monzo's recruiter last week.\nMonzo has 4000 staff.",
    ],
)
def test_a_sentence_about_the_company_does_not_make_it_a_person(research: str) -> None:
    assert plan_of("# Interview prep" + R + "\n## Research\n" + research + "\n").company == "Monzo"


def test_role_company_location_titles_keep_the_company() -> None:
    plan = plan_of(
        "# Staff Nurse | Royal Infirmary | Glasgow\n\n## Interview with Jess\n- salary\n"
    )
    assert plan.company == "Royal Infirmary"


@pytest.mark.parametrize(
    "heading", ["## Warum diese Firma?", "## Waarom dit bedrijf?", "## Pourquoi ce poste ?"]
)
def test_a_why_this_company_heading_names_no_company(heading: str) -> None:
    assert plan_of(f"# Vorbereitung\n\n{heading}\n- Produkt\n" + R).company is None


@pytest.mark.parametrize(
    "heading", ["## About Myself", "## Über mich", "## About Sarah (my interviewer)"]
)
def test_an_about_me_heading_names_no_company(heading: str) -> None:
    plan = plan_of(f"# prep for thursday\n\n{heading}\n- 5 yrs in ops\n" + R)
    assert plan.company not in ("Myself", "Mich", "Sarah")


def test_two_rounds_of_one_name_on_different_days_stay_two() -> None:
    titles = titles_of(
        "# Meta — Software Engineer\n\n## Coding interview (Tue 10am)\n- arrays\n\n"
        "## Coding interview (Thu 2pm)\n- DP\n"
    )
    assert len(titles) == 2, titles


def test_a_count_of_parts_in_prep_notes_lists_no_rounds() -> None:
    titles = titles_of(
        "# Briggate — Store Manager\n\n## Rounds\n- Phone screen with Jo (recruiter)\n"
        "- Interview with Rob (Area Manager)\n\n## Prep\nSTAR answers have 4 parts:\n"
        "- Situation\n- Task\n- Action\n- Result\n"
    )
    assert len(titles) == 2, titles


@pytest.mark.parametrize(
    "remark",
    [
        "Technical interview cancelled by Raj (sick), new slot Thu 16th same time.",
        "- final panel dropped the whiteboard part",
        "- the technical interview is not part of the onsite, they do it in a separate call",
    ],
)
def test_a_remark_that_does_not_drop_a_round_keeps_it(remark: str) -> None:
    titles = titles_of(
        "# Lumen\n\n## Rounds\n- Recruiter screen with Kate\n- Technical interview with Raj\n"
        f"- Final panel with Mia (VP Eng)\n\n{remark}\n"
    )
    assert any("Technical" in t for t in titles) and any("panel" in t for t in titles), titles


def test_an_optional_laptop_does_not_make_the_round_optional() -> None:
    titles = titles_of(
        "# Acme\n\n## Onsite, Thu 16 Oct\n- 10:00 Coding with Sam — laptop optional\n"
        "- 11:00 System design with Raj\n- 12:00 Lunch\n"
    )
    assert any("Coding" in t for t in titles), titles


@pytest.mark.parametrize(
    "notes",
    [
        "# Corvid\n\nEntretien avec le CEO mardi 16 avril, pas de code.\n",
        "# Corvid\n\nEntrevista com o gestor quinta 16/10, não sei o horário ainda.\n",
    ],
)
def test_a_plain_not_in_another_language_keeps_a_round_told_in_passing(notes: str) -> None:
    assert not plan_of(notes).default_loop


def test_a_call_with_the_hiring_manager_about_my_background_is_no_recruiter_screen() -> None:
    plan = plan_of(
        "# Brightwave\n\n## Call with Hannah Lee\n- she's the hiring manager for the analytics "
        "team\n- will go through my background and her expectations for the role\n"
    )
    assert plan.rounds[0].kind != "recruiter"


def test_a_trackers_notes_column_does_not_count_as_its_status() -> None:
    plan = plan_of(
        "# Job hunt\n\n| Company | Role | Status | Notes |\n|---|---|---|---|\n"
        "| Acme | Data Analyst | Applied | found via a recruiter on LinkedIn |\n"
        "| Corvid | BI Developer | Phone screen booked | |\n"
    )
    assert plan.company == "Corvid"


def test_an_interviewers_title_in_brackets_is_not_cut() -> None:
    plan = plan_of(
        "# Kestrel\n\n## Technical interview with Sam Lee (Lead Engineer, based in the office)\n"
        "- Python\n"
    )
    assert plan.rounds[0].interviewer in (None, "Sam Lee (Lead Engineer, based in the office)")


def test_a_first_sentence_about_an_interview_already_had_is_no_round() -> None:
    titles = titles_of(
        "notes\n\nFirst, the interview itself went ok but I rambled.\n\n"
        "## Recruiter screen with Jo\n- salary\n"
    )
    assert titles == ["Recruiter screen with Jo"], titles


def test_a_quoted_next_step_that_is_no_name_is_no_round() -> None:
    titles = titles_of(
        'notes\n\nJo said the next step is "to be confirmed".\n\n## Recruiter screen\n'
    )
    assert len(titles) == 1, titles


def test_a_day_before_an_at_sign_is_no_role() -> None:
    plan = plan_of("# Thursday @ Acme\n\n## Recruiter screen with Jo\n")
    assert plan.company == "Acme" and plan.role != "Thursday"


def test_two_slots_of_one_name_at_different_hours_stay_two() -> None:
    titles = titles_of(
        "# Acme\n\n## Onsite Tue 3/12\n### Coding (10:00)\n- arrays\n### Coding (11:00)\n- graphs\n"
        "### Lunch (12:00)\n"
    )
    assert titles == ["Coding (10:00)", "Coding (11:00)"], titles
