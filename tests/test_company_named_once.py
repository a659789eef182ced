"""Notes that name the employer once, in their own language or in a pasted invite: a "why X"
heading in German or Portuguese, a research heading ("Om Halvorsen Marine AS"), a calendar
invite's title, an agent's mail in Japanese, a mail address the notes spell out elsewhere. A
name the notes describe as an organisation is not taken for an interviewer, and a first name
heading a section ("Marta (RH)") does not beat a "why X" line."""

from __future__ import annotations

from tests.support.plans import plan_of

ROUNDS = """
## Rounds
1. Recruiter screen with Maya
2. Technical interview with Omar (Staff Engineer)
3. Final with the VP
"""


def test_a_why_heading_in_german_names_the_company() -> None:
    plan = plan_of(
        "# Gespräche – Notizen\n\n## Warum Kvadra / warum ich\n- baut DACH auf\n" + ROUNDS
    )
    assert plan.company == "Kvadra"


def test_a_why_heading_with_an_article_names_the_company_without_it() -> None:
    plan = plan_of(
        "12/03\n\n## Marta (RH) — 14/03\n- percurso\n\n## Marta\n- salário\n\n"
        "## porquê a Casa Alvorada / porquê eu\n- hotel de charme\n" + ROUNDS
    )
    assert plan.company == "Casa Alvorada"


def test_a_why_me_heading_in_norwegian_is_no_company() -> None:
    plan = plan_of("# Jobbsøk\n\n## Hvorfor meg\n- fem år i FP&A\n" + ROUNDS)
    assert plan.company != "Meg"


def test_a_research_heading_names_the_company() -> None:
    plan = plan_of(
        "# FP&A Analyst – prep\n\n## Om Halvorsen Marine AS (bakgrunn)\n- familieeid\n" + ROUNDS
    )
    assert plan.company == "Halvorsen Marine AS"


def test_a_calendar_invites_title_names_the_company_after_the_bar() -> None:
    plan = plan_of(
        "Interview notes\n\n---- pasted from the calendar ----\nMicrosoft Teams meeting\n"
        "Interview: Youth Support Worker (Residential) – 32 hrs | Harbourside Youth Trust\n"
        "Wed 14 Oct 2026 1:00pm – 2:00pm\n" + ROUNDS
    )
    assert plan.company == "Harbourside Youth Trust"
    assert (plan.role or "").startswith("Youth Support Worker")


def test_a_round_line_that_starts_with_interview_is_no_subject() -> None:
    plan = plan_of(
        "notes\n\nInterview: Chief Engineer (Graham Pike) + Superintendent, 1hr, technical\n"
    )
    assert "Graham" not in (plan.role or "")


def test_a_name_described_as_an_organisation_is_the_company_not_an_interviewer() -> None:
    plan = plan_of(
        "Interview notes\n\nok so the interview is with Brightwell, the dairy co-op up in "
        "Morrinsville. Kiri (their HR advisor) rang Monday about the QA manager job.\n\n"
        "- phone screen w/ Kiri last week\n- then a technical one with Dr Lena Voss\n"
    )
    assert plan.company == "Brightwell"


def test_a_title_with_an_at_sign_gives_the_role_and_the_company() -> None:
    plan = plan_of(
        "# Maintenance Tech (Multi-skilled, Nights) @ Greyfield Bakeries\n\n"
        "Agency (Dean at Fortis Engineering Recruitment) sent my CV. Dean is not in any round.\n"
        + ROUNDS
    )
    assert plan.company == "Greyfield Bakeries"
    assert plan.role == "Maintenance Tech (Multi-skilled, Nights)"


def test_an_agents_mail_in_japanese_names_the_company_and_the_role() -> None:
    plan = plan_of(
        "# 転職メモ\n\n> 件名：選考のご案内\n> 株式会社ミズナラ様より、シニアバックエンドエンジニア"
        "（決済基盤チーム）ポジションの選考について、以下のご案内がございました。\n"
        "> ・一次面接（技術面接、60分）\n> ・最終面接（CTO、45分）\n"
    )
    assert plan.company is not None and "ミズナラ" in plan.company
    assert plan.role == "シニアバックエンドエンジニア（決済基盤チーム）"


def test_a_mail_address_is_spelled_as_the_notes_spell_the_employer() -> None:
    plan = plan_of(
        "To: Courtney Belanger <cbelanger@staldric.org>\nSubject: Re: Interview Schedule - "
        "Diagnostic Medical Sonographer II (Req\n\nHi Courtney, thanks for the schedule at the "
        "St. Aldric Medical Center.\n" + ROUNDS
    )
    assert plan.company == "St. Aldric"
    assert plan.role == "Diagnostic Medical Sonographer II"


def test_a_job_hunt_tracker_gives_the_row_that_has_gone_furthest() -> None:
    plan = plan_of(
        "# job hunt tracker (export 18/09)\n\nCompany,Role,Applied,Status,Next step\n"
        "Brightsight Opticians,(current job - not applying),,,\n"
        "Thornbury Eyecare,Dispensing Optician,02/09,Interviewing,2nd interview 24/09\n"
        "Lensfield Optical,Dispensing Optician,28/08,Rejected,\n"
        "Glasmere Opticians,Optical Assistant Supervisor,05/09,Applied,\n\n"
        "## prep for the 24th\n- 1st interview was with Carys Hughes, practice manager at the "
        "Canton branch\n- she rang on the 16th (per Carys)\n"
    )
    assert plan.company == "Thornbury Eyecare"
    assert plan.role == "Dispensing Optician"


def test_a_person_the_notes_talk_about_is_never_the_company() -> None:
    plan = plan_of(
        "Got the call from Mrs Funmi Alade (HR) around 2pm. Quick screening, 10 mins.\n\n"
        "Funmi called — passed the test. Technical interview on Mon 17 Nov, 10am.\n\n"
        "Funmi: final interview with the managing partner Thurs 27 Nov, 3pm.\n"
    )
    assert plan.company != "Funmi"
    chat = plan_of(
        "> pegado de Slack, DM con Caro — 2 de junio\n\n**Caro** 10:14\nhola! te cuento del "
        "proceso\n\n**Caro** 10:15\nson 3 entrevistas: técnica, diseño y cultura\n"
    )
    assert chat.company != "Caro"


def test_a_title_that_is_only_the_job_gives_way_to_the_senders_domain() -> None:
    plan = plan_of(
        "store mgr interviews\n\nfrom: Michelle Okafor <m.okafor@pennyroyal-home.co.uk>\n"
        "thanks for your time. Next steps for the Store Manager role:\n" + ROUNDS
    )
    assert plan.company == "Pennyroyal Home"
    assert plan.role == "Store Manager"


def test_a_post_named_after_the_employer_is_not_part_of_its_name() -> None:
    plan = plan_of(
        "# Eastmere lectureship — interview day 12 May\n\n> Letter: University of Eastmere, "
        "School of Chemistry, post of Lecturer in Organic Chemistry\n" + ROUNDS
    )
    assert plan.company == "Eastmere"
