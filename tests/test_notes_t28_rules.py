"""Rules learnt from tuning batch t28: where a "label:" section ends, a short title over a list,
and the employer written with its legal form near the top."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.records import InterviewPlan


def plan(text: str) -> InterviewPlan:
    return extract_plan(parse_notes(text))


def test_a_label_line_section_ends_at_the_next_title_line() -> None:
    """ "Why Edinburgh:" over its paragraph does not swallow the timetable that follows."""
    notes = (
        "Lecturer in Linguistics — University of Edinburgh\n\n"
        "Framing / why Edinburgh:\n"
        "Postdoc 3 yrs on speech, I want to build a group and teach the NLP course.\n\n"
        "Timetable they sent\n"
        "10:15  Research seminar (30 + 15 Q&A), open to the School\n"
        "11:15  Teaching presentation (10 min) to the panel\n"
        "15:00  Formal interview (panel, 45 min)\n"
    )
    got = plan(notes)
    assert not got.default_loop
    assert [r.source.line for r in got.rounds if r.source] == [7, 8, 9]
    assert got.pitch  # the paragraph under the label is still the pitch


def test_a_short_title_over_a_list_heads_it() -> None:
    """ "Étapes" over its bullets after a pitch label: the steps are the loop, not the pitch."""
    notes = (
        "Notes — second de cuisine — Maison Berthier\n\n"
        "Ce que je veux dire (pitch) :\n"
        "8 ans de cuisine, je veux travailler le produit local.\n\n"
        "Étapes\n"
        "- Appel avec Mme Claire Berthier (gérante) — fait lundi, 15 min.\n"
        "- Entretien avec le chef après le service.\n\n"
        "Entretien avec Antoine Berthier\n"
        "- ma vision de la carte\n"
        "- gestion des commis, HACCP\n"
    )
    got = plan(notes)
    assert not got.default_loop
    lines = {r.source.line for r in got.rounds if r.source}
    assert {7, 10} <= lines  # the call in the list, the interview over its bullets


def test_a_line_naming_a_slot_over_bullets_is_not_made_a_heading() -> None:
    """ "thursday (Michelle + Rob)" over its prep stays a round's own line."""
    notes = (
        "store mgr interviews\n\n"
        "me:\n- deputy store manager since 2022\n\n"
        "thursday (Michelle + Rob)\n"
        "- Rob would be my line manager\n"
        "- KPIs I run: sales vs LY, conversion\n"
    )
    sections = [s.heading for s in parse_notes(notes).sections]
    assert "thursday (Michelle + Rob)" not in sections


def test_why_the_move_names_no_company() -> None:
    notes = (
        "# E&C — Relationship Manager\n\n"
        "Bank Ehrsam & Cie AG, private bank since 1861.\n\n"
        "Why the move\n- 9 years at a big bank\n- my clients hate the turnover\n"
    )
    assert plan(notes).company != "The Move"


def test_a_legal_name_near_the_top_beats_a_title_that_names_no_employer() -> None:
    notes = (
        'Trello board export: "Job hunt Q4" — list view (copied)\n\n'
        "== Column: DONE ==\n"
        "[card] Apply — Data Engineer (Senior) — Kowal Logistics sp. z o.o.\n"
        "  label: applied 3 Nov\n\n"
        "[card] Pitch\n"
        "  description: Kowal is moving parcels across 9 countries.\n"
    )
    assert plan(notes).company == "Kowal Logistics sp. z o.o."


def test_a_brand_used_throughout_beats_its_parents_legal_name() -> None:
    notes = (
        "Shomer — Security Researcher\n\n"
        "Shomer = runtime protection for OT. Acquired by Bastionix Israel Ltd. in 2024.\n"
        "- Shomer research team publishes a lot\n- why Shomer: the research culture\n"
    )
    assert plan(notes).company == "Shomer"


def test_an_agency_with_a_legal_form_is_not_the_employer() -> None:
    notes = (
        "# Nordhav Sjømat – driftsleder sjø\n\n"
        "**Prosessen** (fra Ingrid, Kystrekruttering):\n"
        "1. telefonintervju ✔\n\n"
        "**Telefonintervju – ferdig**\n- Ingrid Aune, Kystrekruttering AS, ca 20 min\n"
    )
    assert plan(notes).company == "Nordhav Sjømat"


def test_rounds_named_only_by_the_interviewer_with_an_honorific() -> None:
    notes = (
        "Hollis Tan LLP — associate, Disputes\n\n"
        "Mr Daniel Hollis (Managing Partner) — 20 min\n"
        "- the why law, why us chat\n- ask about the India desk\n\n"
        "Ms Priya Raman (Partner, Arbitration) — 45 min\n"
        "- a short fact pattern on arbitration\n- drafting sample\n\n"
        "Ms Cheryl Ong (HR Manager) — 15 min\n"
        "- notice period, expected salary\n"
    )
    got = plan(notes)
    assert not got.default_loop
    assert sorted(r.source.line for r in got.rounds if r.source) == [3, 7, 11]


def test_an_organisation_after_the_job_in_the_title_is_the_employer() -> None:
    notes = (
        "Senior Pharmacist, Oncology — Mater Misericordiae University Hospital, Dublin 7\n\n"
        "1. Ms Orla Brennan — Chief Pharmacist\n   - why the Mater, why oncology\n"
    )
    got = plan(notes)
    assert got.company is not None and "Mater Misericordiae University Hospital" in got.company
    assert got.role == "Senior Pharmacist, Oncology"


def test_lettered_panels_and_an_exercise_over_their_notes_are_rounds() -> None:
    """ "Panel B (policy scenario) — …" is one interview, not a stage whose bullets are rounds;
    "Written exercise" over its bullets is a round too."""
    notes = (
        "# MCR — Senior Policy Advisor\n\n"
        "Written exercise\n"
        "- a briefing note to the Minister\n- plain English, 2 pages max\n\n"
        "Panel A (competencies) — chair: Aroha Te Whata, Manager Adaptation Policy\n"
        "- Aroha would be my manager\n- Leadership Success Profile: Engage Others\n\n"
        "Panel B (policy scenario) — Simon Park, Director Adaptation\n"
        "- scenario handed over 20 min before\n- fiscal risk, precedent\n"
    )
    got = plan(notes)
    assert sorted(r.source.line for r in got.rounds if r.source) == [3, 7, 11]


def test_a_questions_word_in_a_rounds_brackets_does_not_make_it_a_questions_section() -> None:
    notes = (
        "# Band 6 ICU — prep\n\n"
        "### Drug calc test (30 min, 10 questions, pass mark 100%??)\n"
        "- infusions in mcg/kg/min\n- mL/hr from mg/mL\n\n"
        "### Interview — panel of 3\n"
        "- scenario: deteriorating patient\n- safeguarding\n"
    )
    got = plan(notes)
    assert 3 in {r.source.line for r in got.rounds if r.source}
    assert got.candidate_questions == []


def test_a_wrapped_line_that_mentions_a_date_late_is_not_a_round() -> None:
    notes = (
        "### Presentation — 11:00 (5 min + 10 min questions)\n"
        'Topic emailed 48 hours before: "How should the department measure whether its coastal\n'
        "programmes are working?\" — that's what the pack says; the actual question arrives on the 13th.\n"
        "- 5 minutes strictly, they cut you off.\n"
    )
    assert [r.source.line for r in plan(notes).rounds if r.source] == [1]


def test_japanese_notes_pitch_role_label_and_a_step_that_is_no_interview() -> None:
    notes = (
        "# 株式会社ツバメ物流テック — 面接メモ\n\n"
        "応募職種: バックエンドエンジニア（配送最適化チーム）\n\n"
        "## 自己PR（志望動機）\n"
        "SIer で 5 年、物流系の基幹システムを作ってきた。自社サービスで課題を解きたい。\n\n"
        "## 選考フロー\n"
        "1. 一次面接（技術）\n"
        "2. 最終面接（CTO）\n"
        "3. オファー面談 ← 面接ではない、条件の説明\n"
    )
    got = plan(notes)
    assert got.role == "バックエンドエンジニア（配送最適化チーム）"
    assert got.pitch
    titles = " ".join(r.title for r in got.rounds)
    assert "オファー" not in titles and "自己PR" not in titles


def test_firm_label_names_the_employer() -> None:
    notes = (
        "Graduate Program 2027 — Audit & Assurance — Whitfield Rowe (Melbourne office)\n\n"
        "Firm: Whitfield Rowe, mid-tier accounting firm, 11 offices in AU/NZ.\n"
        "Role: Graduate Accountant, Audit & Assurance\n"
    )
    assert plan(notes).company == "Whitfield Rowe"


def test_a_heading_over_its_timetable_of_rounds_is_their_day_not_a_round() -> None:
    notes = (
        "Telefoninterview — erledigt, 30 Min mit Frau Kessler\n\n"
        "Zweites Gespräch vor Ort am 11.12.:\n"
        "  - 9:00 Fachgespräch mit Herrn Dr. Brandt (Leiter Controlling)\n"
        "  - 10:30 Fallstudie: 45 Min Vorbereitung, 15 Min Präsentation\n"
        "  - 11:30 Werksführung (keine Bewertung)\n"
    )
    titles = [r.title for r in plan(notes).rounds]
    assert not any("Zweites" in t for t in titles)
    assert any("Fachgespräch" in t for t in titles) and any("Fallstudie" in t for t in titles)


def test_a_test_and_its_debrief_in_french_are_two_rounds_and_an_unassessed_meeting_none() -> None:
    notes = (
        "## Processus\n"
        "1. Test de design (à la maison) — 5 jours\n"
        "2. Débrief du test avec l'équipe design — 1 h\n"
        "3. Rencontre avec l'équipe (dîner) — pas évalué\n\n"
        "## Test de design\n- un système de progression méta\n\n"
        "## Débrief du test\n- présenter le doc en 15 min\n"
    )
    got = plan(notes)
    assert sorted(r.kind or r.id for r in got.rounds) == ["presentation", "take-home"]


def test_a_german_managing_director_is_an_executive_round() -> None:
    notes = (
        "Fachgespräch\n- Deckungsbeitragsrechnung\n\n"
        "Geschäftsführer (falls es dazu kommt)\n- Unternehmensstrategie, warum Mittelstand\n"
    )
    assert "executive" in [r.kind or r.id for r in plan(notes).rounds]


def test_questions_for_an_interviewer_over_their_list_are_no_round() -> None:
    notes = (
        "## Assessment Day — Thu 4 Dec\n\n"
        "Room B — partner interview\n- why audit\n- a time I worked in a team\n\n"
        "Questions for the partner\n"
        "- What does a first-year grad's client mix look like?\n"
        "- How does the firm support CA exams?\n"
    )
    got = plan(notes)
    assert [r.source.line for r in got.rounds if r.source] == [3]
    assert len(got.candidate_questions) == 2


def test_a_pasted_calendar_invitation_is_a_round_named_by_its_title() -> None:
    notes = (
        "---- pasted from Google Calendar ----\n\n"
        "Invitation: Fietsdelen | Intro with Talent @ Mon 8 Dec 2026 10:00 – 10:30 (CET)\n"
        "Organizer: lotte.devries@fietsdelen.nl\n"
        "→ my notes: basic fit, salary range\n\n"
        "Invitation: Fietsdelen | Meet the team (optional) @ Tue 16 Dec 2026 12:00 – 12:45 (CET)\n"
        "→ lunch, not an interview\n"
    )
    assert [r.title for r in plan(notes).rounds] == ["Intro with Talent"]


def test_a_notes_label_before_the_title_line_is_skipped() -> None:
    notes = (
        "Notes: Policy Analyst (EC-04), Employment and Social Development Canada — process 26-ESD-EA-POL-8812\n\n"
        "Pool process, bilingual imperative.\n"
    )
    got = plan(notes)
    assert got.role is not None and got.role.startswith("Policy Analyst (EC-04)")
    assert got.company == "Employment and Social Development Canada"


def test_cabin_crew_is_a_job_so_the_airline_is_the_employer() -> None:
    notes = "Cabin crew diary — Falcon Gulf Airways (Dubai)\n\nRole: Cabin Crew (Economy class)\n"
    assert plan(notes).company == "Falcon Gulf Airways"


def test_a_role_label_in_a_bullet_that_names_no_job_is_no_role() -> None:
    notes = (
        "Notes — poste de second de cuisine — Maison Berthier\n\n"
        "Essai (samedi)\n- arriver 7h45, tenue complète\n- poste : poisson (féra, beurre blanc)\n"
    )
    assert plan(notes).role != "poisson (féra, beurre blanc)"


def test_a_numbered_loop_named_hld_is_one_system_design_round_with_its_guesses() -> None:
    notes = (
        "## Process\n"
        "- Loop 1: DSA — 60 min, Google Meet\n"
        "  - arrays, graphs\n"
        "- Loop 3: HLD — 60 min, with a Principal Eng (Arjun Mehta?)\n"
        "  - likely: design dark-store inventory sync / slot booking\n"
        "    - event sourcing vs CDC\n"
    )
    got = plan(notes)
    assert [(r.source.line if r.source else None, r.kind) for r in got.rounds] == [
        (2, "coding"),
        (4, "system-design"),
    ]


def test_numbered_rounds_of_one_kind_in_a_process_list_are_each_a_round() -> None:
    notes = (
        "## Process\n"
        "- Tech 1 — 1.5h, go over my assignment with 2 researchers\n"
        "- Tech 2 — 1.5h, live RE with Yoav\n"
    )
    assert sorted(r.source.line for r in plan(notes).rounds if r.source) == [2, 3]


def test_a_numbered_stage_said_done_is_a_round_not_the_end_of_the_day() -> None:
    notes = (
        "Stage 1 done (Funmi) — she asked about the haircare relaunch, budget splits\n\n"
        "STAGE 2 – presentation (Funmi + Dayo)\n- insight\n- budget split\n"
    )
    assert sorted(r.source.line for r in plan(notes).rounds if r.source) == [1, 3]


def test_my_questions_if_they_ask_are_the_candidates_questions() -> None:
    notes = (
        "Wed 3 Dec — Final interview\n- why cabin crew\n\n"
        'My questions if they ask "any questions?"\n'
        "- How long is the training in Dubai?\n"
        "- What are the layovers like for new crew?\n"
    )
    assert len(plan(notes).candidate_questions) == 2
