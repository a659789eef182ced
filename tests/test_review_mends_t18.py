"""What an independent review of this session's parser changes found, each as a user would
meet it: a round after a date, a clock time and AM/PM is kept; "the panel 2 days later" is no
round; a page titled "Interview with Stripe" or a call with an uncle is no round; a firm that
opens on "The" needs a firm's word; a people manager is the line manager; a loop heading keeps
all its sessions; a team interview heading is a round; calendar entries keep clean titles."""

from __future__ import annotations

from tests.support.plans import plan_of, rounds_of


def test_a_round_after_a_date_a_clock_time_and_am_pm_is_kept_with_its_own_title() -> None:
    notes = (
        "Recruiter screen done 3/4.\n\nTue 3/18 10:00 AM hiring manager chat w/ Dana\n"
        "- team, roadmap\n\nThu 3/20 2:30 pm coding with Raj\n- graphs\n"
    )
    got = [(t, k) for t, k, _ in rounds_of(notes)]
    assert ("hiring manager chat w/ Dana", "hiring-manager") in got
    assert ("coding with Raj", "coding") in got


def test_a_panel_with_a_number_of_days_or_people_is_no_round() -> None:
    notes = (
        "# Acme — Designer\n\n## Portfolio presentation\n- 45 min, 3 projects\n"
        "- feedback from the panel 2 days later via recruiter\n- panel 3 people next, Thursday\n"
    )
    assert [t for t, _, _ in rounds_of(notes)] == ["Portfolio presentation"]


def test_a_page_titled_interview_with_the_company_and_a_call_with_an_uncle_are_norounds_of() -> (
    None
):
    stripe = "# Interview with Stripe\nApplied via referral.\n\n## Recruiter screen\n- pay\n\n## Coding\n- graphs\n"
    assert [t for t, _, _ in rounds_of(stripe)] == ["Recruiter screen", "Coding"]
    uncle = (
        "# Acme\n\n## Recruiter screen\n- pay\n\n## Call with Tom (uncle, ex-CFO)\n- comp advice\n"
    )
    assert [t for t, _, _ in rounds_of(uncle)] == ["Recruiter screen"]


def test_a_title_that_opens_on_the_is_a_firm_only_with_a_firms_word() -> None:
    big_day = plan_of("# The Big Day — Senior Designer at Lumen\n\n## Portfolio Review\n- x\n")
    assert big_day.company == "Lumen"
    hotel = plan_of(
        "THE MARIGOLD HARBOUR HOTEL — Events Sales Manager\n\n## Recruiter call\n- pay\n"
    )
    assert (hotel.company or "").lower() == "the marigold harbour hotel"
    jobs = plan_of("# Lumen Jobs — Recruiter\n\n## Recruiter call\n- pay\n")
    assert (jobs.company, jobs.role) == ("Lumen Jobs", "Recruiter")


def test_a_recruitment_manager_is_the_recruiter_and_a_people_manager_the_line_manager() -> None:
    notes = (
        "# Acme\n\n## Recruitment manager call\n- notice period, salary\n\n## Coding interview\n"
        "- graphs\n\n## Call with my future people manager\n- how I grow juniors\n"
    )
    assert [k for _, k, _ in rounds_of(notes)] == ["recruiter", "coding", "hiring-manager"]


def test_every_session_under_the_loops_own_heading_is_a_round() -> None:
    notes = (
        "# Acme — SRE\n\n## Onsite loop (Oct 14)\n### Coding interview\n- x\n### Values\n- y\n"
        "### Leadership\n- z\n### Troubleshooting\n- w\n### Linux internals\n- namespaces\n"
    )
    assert len(rounds_of(notes)) == 5


def test_a_team_interview_heading_is_a_round() -> None:
    notes = (
        "# Acme — CSM\n\n## Recruiter call\n- pay\n\n## Hiring manager interview\n- book\n\n"
        "## Team interview\n- 3 CSMs, 45 min\n"
    )
    assert rounds_of(notes)[-1][:2] == ("Team interview", "behavioral")


def test_calendar_entries_in_a_list_keep_clean_titles_and_none_is_lost() -> None:
    notes = (
        '# Acme\n\n- 📅 Tue Nov 24 · 15:00–15:45 · "Hiring Manager chat" · Zoom\n'
        '- 📅 Wed Dec 9 · 10:00 · "Case study" · HQ — bring laptop\n'
        '- 📅 Wed Dec 9 · 13:00 · "Skip-level with Nadia" · HQ\n'
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert [t.split(" (")[0] for t in titles] == [
        "Hiring Manager chat", "Case study", "Skip-level with Nadia",
    ]  # fmt: skip
    assert all(t.count("(") == t.count(")") and not t.startswith("-") for t in titles)
