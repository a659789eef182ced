"""Rules learnt from tuning batch t30: the ordinary notes most users write (headings per
round, "Process:" bullets, annotated recruiter emails, tables, STAR-heavy round sections)."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.records import InterviewPlan


def plan(text: str) -> InterviewPlan:
    return extract_plan(parse_notes(text))


def test_a_plain_why_them_question_line_over_bullets_is_the_pitch() -> None:
    """ "Why Harbourline?" on a line of its own, with the reasons under it, is the candidate's
    answer to why this employer; "Why is the role open?" in the questions is not."""
    notes = (
        "Harbourline Freight - Logistics Coordinator\n"
        "\n"
        "## Interview w/ ops manager\n"
        "- 45 min, video\n"
        "\n"
        "Why Harbourline?\n"
        "- family-run, 40 yrs in the port\n"
        "- I want to own the customs side, not just book trucks\n"
        "\n"
        "Questions\n"
        "- Why is the role open?\n"
        "- What does a normal week look like?\n"
    )
    got = plan(notes)
    assert [p.title for p in got.pitch] == ["Why Harbourline?"]
    assert "customs" in got.pitch[0].text


def test_why_initials_of_the_employer_is_the_pitch() -> None:
    """People shorten a firm's name to its initials: "Why KBA?" for Kruger Botha Attorneys."""
    notes = (
        "Firm: Kruger Botha Attorneys Inc.\n"
        "Role: Candidate Attorney\n"
        "\n"
        "## Partner interview\n"
        "- 1 hr with two partners\n"
        "\n"
        "Why KBA?\n"
        "- litigation-heavy, I get to run matters early\n"
        "- smaller intake, more partner contact\n"
    )
    got = plan(notes)
    assert got.company and "Kruger" in got.company
    assert len(got.pitch) == 1 and "litigation" in got.pitch[0].text


def test_tell_me_about_yourself_with_an_aside_leads_the_pitch() -> None:
    """ "Tell me about yourself (2 mins)", "tmay (keep to 90s)" and "about me (for 'tell us
    about yourself')" over a list are the candidate's prepared answer."""
    for label in (
        "Tell me about yourself (2 mins)",
        "tmay (keep to 90s)",
        "about me (for 'tell us about yourself')",
    ):
        notes = (
            "Riverbend Clinic - Practice Nurse\n"
            "\n"
            "## Panel interview\n"
            "- practice manager + lead GP\n"
            "\n"
            f"{label}\n"
            "- 6 yrs ward nursing, 2 in a GP practice\n"
            "- want chronic-care clinics of my own\n"
        )
        got = plan(notes)
        assert len(got.pitch) == 1, label
        assert "ward nursing" in got.pitch[0].text


def test_a_kind_with_a_person_over_bullets_is_a_round() -> None:
    """Rounds named only by what they probe and who runs them, in lower case, each over its
    own bullets: every one is a round, with its bullets as focus."""
    notes = (
        "kestrel bank - senior data analyst\n"
        "\n"
        "sql exercise w/ omar (analytics lead)\n"
        "- 45 min, window functions\n"
        "- talk through the joins\n"
        "\n"
        "past project deep dive w/ ines again\n"
        "- the churn dashboard rebuild\n"
        "- numbers ready: 3h -> 20 min refresh\n"
        "\n"
        "leadership / influence w/ rui (principal analyst)\n"
        "- driving a metric change across 3 teams\n"
        "- stories: the KPI rewrite, mentoring juniors\n"
    )
    got = plan(notes)
    assert [r.source.line for r in got.rounds if r.source] == [3, 7, 11]
    assert got.rounds[1].kind == "technical"
    assert any("churn dashboard" in n.text for n in got.rounds[1].focus)


def test_a_coffee_chat_the_candidate_counts_is_a_round() -> None:
    """A coffee is no round, unless the notes say it was one ("honestly it was round 1"); a
    coffee the notes call "NOT an interview" stays out."""
    notes = (
        "Pinecrest Mills - Plant Controller\n"
        "\n"
        "1. Coffee w/ Dev - done 3/2, diner by the plant\n"
        "   - 'informal' but honestly it was round 1: he grilled me on standard costing\n"
        "2. HR screen - done 3/9, phone\n"
        "   - salary, relocation\n"
        "3. Coffee w/ Marta (controller) - NOT an interview, just to meet\n"
        "4. Panel interview - 3/20, plant managers\n"
    )
    got = plan(notes)
    lines = [r.source.line for r in got.rounds if r.source]
    assert 3 in lines and 7 not in lines
    assert len(got.rounds) == 3


def test_not_an_interview_but_it_kind_of_is_stays_a_round() -> None:
    """ "Team matching — 'not an interview but it kind of is'": the recruiter's aside does
    not make the last step a break."""
    notes = (
        "Lumenfield — Backend Engineer\n"
        "\n"
        "1) Phone screen — done, w/ recruiter\n"
        "2) Onsite — coding + system design\n"
        "3) Team matching — chats with HMs. she said it's 'not an interview but it kind of is'\n"
    )
    got = plan(notes)
    assert any(r.source and r.source.line == 5 for r in got.rounds)


def _kinds(text: str) -> list[str | None]:
    return [r.kind for r in plan(text).rounds]


def test_a_behavioral_round_with_the_hm_is_the_hiring_manager_round() -> None:
    """ "Behavioral w/ HM" is the future boss's round; a behavioural panel run by an
    engineering manager stays behavioural."""
    notes = (
        "Tidewell Logistics — Backend Engineer\n"
        "\n"
        "## Behavioral w/ HM — Omar Haddad, Engineering Manager\n"
        "- STAR stories, why Tidewell\n"
        "\n"
        "## Behavioural — Lena Fox (Engineering Manager, Billing)\n"
        "- conflict, ownership\n"
    )
    assert _kinds(notes) == ["hiring-manager", "behavioral"]


def test_the_office_after_a_named_interviewer_decides_the_kind() -> None:
    """ "Final w/ Dana Ruiz, General Manager" is the executive round; "Marco Li, Regional
    Sales Manager" is the boss of a sales rep, not a partnerships round."""
    notes = (
        "Copperline Supply — Territory Sales Rep\n"
        "\n"
        "### Round 1 — Marco Li, Regional Sales Manager — DONE 3/2\n"
        "- territory plan, my pipeline numbers\n"
        "\n"
        "### Round 2 — Final w/ Dana Ruiz, General Manager — TBD\n"
        "- culture, long-term fit\n"
    )
    assert _kinds(notes) == ["hiring-manager", "executive"]


def test_a_people_ops_screen_is_the_recruiter_round() -> None:
    notes = (
        "Brightfold — Office Manager\n"
        "\n"
        "## People Ops screen — done Tue\n"
        "- salary, notice period\n"
        "\n"
        "## Interview with the COO\n"
        "- vendor management\n"
    )
    assert _kinds(notes)[0] == "recruiter"


def test_a_bare_technical_title_takes_the_kind_its_rest_names() -> None:
    """ "Technical — live coding" is a coding round; "Technical — platform deep dive" stays
    technical."""
    notes = (
        "Quillon — Senior Backend Engineer\n"
        "\n"
        "## Technical — live coding (60 min)\n"
        "- two mediums, Go\n"
        "\n"
        "## Technical — platform deep dive\n"
        "- my queue migration\n"
    )
    assert _kinds(notes) == ["coding", "technical"]


def test_the_candidates_own_account_inside_a_round_holds_no_rounds() -> None:
    """ "How I run the team week to week:" under a round: "Mon: 30 min planning, Thu: demo"
    and "one shared doc of team metrics: …" are the candidate's routine, not rounds."""
    notes = (
        "# Harrowgate — Head of Support\n"
        "\n"
        "## Round 1 — Hiring manager — Ana Petrov (Tue, 45 min)\n"
        "- my management style\n"
        "\n"
        "How I run the team week to week:\n"
        "- Mon: 30 min planning, Thu: demo + retro every 2 wks\n"
        "- one shared doc of team metrics: backlog age, CSAT, first reply time\n"
        "\n"
        "## Round 2 — Case study — Wed\n"
        "- a queue that doubled overnight\n"
    )
    got = plan(notes)
    assert [r.source.line for r in got.rounds if r.source] == [3, 10]


def test_a_labelled_topic_under_a_round_line_is_that_rounds_focus() -> None:
    """ "- code review: look for …" under "Interview #2 – technical – Fri" is what the
    technical round covers, not a round of its own."""
    notes = (
        "Kelpie Security — Security Engineer\n"
        "\n"
        "Interview #1 – recruiter call – done\n"
        "- salary, notice\n"
        "\n"
        "Interview #2 – technical – Fri 4 Dec 2pm\n"
        "- threat modelling: STRIDE, trust boundaries\n"
        "- code review: look for IDOR, SQLi, missing authz checks\n"
    )
    got = plan(notes)
    assert len(got.rounds) == 2
    assert any("code review" in n.text for n in got.rounds[1].focus)


def test_a_shared_screen_and_on_call_are_no_rounds_inside_a_stage() -> None:
    """ "shared screen, HackerRank-ish" and "on-call for pipelines" name no screen and no
    call: they are the stage's focus."""
    notes = (
        "PIPELINE INTERVIEWS - notes\n"
        "recruiter: Ada (ada@marlowfreight.com)\n"
        "\n"
        "Stage 1 — SQL live test (60 mins) — Tue\n"
        "  - shared screen, HackerRank-ish\n"
        "  - window functions, dedupe\n"
        "\n"
        "Stage 2 — hiring manager + team (45 mins)\n"
        "  - past projects, on-call for pipelines\n"
    )
    got = plan(notes)
    assert [r.source.line for r in got.rounds if r.source] == [4, 8]


def test_a_take_home_discussion_is_its_own_round_and_stats_is_technical() -> None:
    """ "Take-home discussion" after the take-home is the presentation of it, not the same
    round met twice; an "ML / stats round" is a technical one."""
    notes = (
        "# Ledgerleaf — Data Scientist\n"
        "\n"
        "Process:\n"
        "- Take-home assignment\n"
        "    - churn model + 2 page write-up, due Mon\n"
        "- Take-home discussion, 45 min\n"
        "    - walk them through it, they'll poke holes\n"
        "- ML / stats round, 60 min\n"
        "    - Priya Das (Lead DS)\n"
    )
    assert _kinds(notes) == ["take-home", "presentation", "technical"]


def test_a_misspelt_ordinal_interview_names_a_round() -> None:
    """ "1st intervew: …", "2nd interveiw: …" in hurried notes are the first and second
    interviews."""
    notes = (
        "thornbury foods - shift manager\n"
        "\n"
        "- 1st intervew: Dale Kerr (Site GM) - mon 2pm at site\n"
        "    - 1hr, competency qs\n"
        "- 2nd interveiw: Dale + Asha Roy (Ops Director) - w/c 14th\n"
        "    - more competency qs, then Q&A\n"
    )
    got = plan(notes)
    assert [r.source.line for r in got.rounds if r.source] == [3, 5]


def test_a_recruiter_field_beside_the_role_is_a_contact_not_a_round() -> None:
    """ "Recruiter: Clarissa Lim" among the job's fields names who set the loop up; a
    "Recruiter: phone screen, done" line would still be the screen."""
    notes = (
        "# Fernhill — Backend Engineer loop\n"
        "\n"
        "Role: Backend Engineer, L4\n"
        "Recruiter: Maya Okoro\n"
        "\n"
        "1) Coding — Tom Reyes (SWE)\n"
        "2) System design — Ana Diaz (Staff SWE)\n"
    )
    got = plan(notes)
    assert [r.kind for r in got.rounds] == ["coding", "system-design"]
