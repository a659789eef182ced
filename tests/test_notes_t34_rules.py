"""Shapes met first in the t34 tuning notes: a tracker table whose header is in the notes'
own language ("| # | etapa | con quién | fecha |"), its numbered rows detailed again under
headings of the same number, a French schedule table ("| horaire | quoi | avec qui |"), a
prose loop that opens each paragraph on "Conversation 1, avec …", and a "Rol:" line that
goes on with the city and "híbrido"."""

from __future__ import annotations

from tests.support.plans import plan_of

SPANISH_TABLE = """tucán créditos — growth PM (adquisición)

Rol: Growth Product Manager, Adquisición · Medellín (El Poblado) · híbrido

| # | etapa | con quién | fecha | estado |
|---|---|---|---|---|
| 1 | llamada recruiter | Valentina Ospina (TA) | 12 nov | ✅ |
| 2 | entrevista HM | Andrés Restrepo, Head of Growth | 19 nov | ✅ |
| 3 | caso 1 (producto) | Camila Henao, Sr PM | 26 nov | ⏳ |
| — | almuerzo con el equipo | | 26 nov | no cuenta |
| 4 | final con CPO | Mariana Uribe, CPO | por definir | |
"""


def test_a_table_headed_in_spanish_gives_its_rounds_and_interviewers() -> None:
    plan = plan_of(SPANISH_TABLE)
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("llamada recruiter", "Valentina Ospina (TA)"),
        ("entrevista HM", "Andrés Restrepo, Head of Growth"),
        ("caso 1 (producto)", "Camila Henao, Sr PM"),
        ("final con CPO", "Mariana Uribe, CPO"),
    ]
    assert not plan.default_loop


def test_a_role_line_that_goes_on_with_the_city_and_hybrid_gives_the_role_only() -> None:
    assert plan_of(SPANISH_TABLE).role == "Growth Product Manager, Adquisición"


NUMBERED_ROWS_THEN_HEADINGS = """Grupo Almendra — Data Analyst, Pricing

| # | etapa | con quién | cuándo | notas |
|---|-------|-----------|--------|-------|
| 1 | llamada de filtro | Lic. Paola Ríos (Atracción de Talento) | 2 dic ✔ | 20 min |
| 2 | prueba técnica SQL | online | 5 dic | 60 min |
| 3 | entrevista con la gerente | Mtra. Fernanda Ugalde, Gerente de BI | 9 dic | presencial |
| 4 | caso de negocio + presentación | Mtra. Ugalde + Ing. Rodrigo Salas | 9 dic | mismo día |

## 1 llamada de filtro (done)
- Paola: sueldo — rango 32-38k MXN, dije 36k

## 2 prueba SQL
- windows functions!! (ROW_NUMBER, LAG)

## 3 Mtra. Ugalde
she's ex-consultant (per her profile), likes structured answers, so expect
- a project end to end (the stock-out dashboard)
- how I explain numbers to non-tech

## 4 caso de negocio
They send the dataset the morning of (un Excel con ventas de una promoción 2x1).
- did the promo make money or just pull demand forward?
- 10 min presentation, 15 min preguntas
"""


def test_numbered_rows_and_the_headings_with_their_numbers_are_one_round_each() -> None:
    plan = plan_of(NUMBERED_ROWS_THEN_HEADINGS)
    assert len(plan.rounds) == 4
    third = plan.rounds[2]
    assert third.title == "entrevista con la gerente"  # the row's name, not "3 Mtra. Ugalde"
    assert third.interviewer == "Mtra. Fernanda Ugalde, Gerente de BI"
    assert any("stock-out dashboard" in f.text for f in third.focus)
    assert all(f.text != "3" for f in third.focus)  # the row's number is no focus point


def test_a_french_schedule_table_names_rounds_not_times() -> None:
    notes = """# Vernissac — cheffe de projet CRM

## Journée finale — jeudi 10/12
| horaire      | quoi                                  | avec qui |
|--------------|---------------------------------------|----------|
| 9h30–10h30   | Étude de cas n°1                      | Julien (data analyst) |
| 10h45–11h45  | Étude de cas n°2                      | la Product Owner e-commerce |
| 12h–13h30    | déjeuner avec l'équipe (pas évalué)   | — |
| 14h          | Entretien avec le Directeur Marketing | Arnaud Delaporte |
"""
    plan = plan_of(notes)
    assert [r.title for r in plan.rounds] == [
        "Étude de cas n°1",
        "Étude de cas n°2",
        "Entretien avec le Directeur Marketing",
    ]
    assert plan.rounds[2].interviewer == "Arnaud Delaporte"


def test_paragraphs_that_open_on_a_numbered_conversation_with_someone_are_rounds() -> None:
    notes = """# Studio Beffroi — notes avant l'onsite

L'onsite, mardi 9 décembre : trois conversations de 45 minutes, puis un déjeuner.

Conversation 1, avec Mehdi Benali, lead gameplay programmer. On va reprendre mon test ensemble,
il veut que je lui explique mes choix et la réplication réseau.

Conversation 2, avec Julie Roussel, senior game designer. C'est la conversation « collaboration » :
comment je travaille avec les designers.

Conversation 3, avec Antoine Lefebvre, producer. Plus RH/comportemental : planning, estimation,
crunch, comment je gère un retard.

On se reparle dans 2 semaines, chat 2 days later maybe.
"""
    plan = plan_of(notes)
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Conversation 1", "Mehdi Benali"),
        ("Conversation 2", "Julie Roussel"),
        ("Conversation 3", "Antoine Lefebvre"),
    ]


def test_a_company_called_by_its_initials_is_named_in_full_where_the_notes_spell_it() -> None:
    notes = """pasted from slack (DM w/ Ville, he works at Pohjavesi Data since 2024)

hey! so the loop at PVD for data platform is usually 4 steps
1. recruiter call
2. tech 1 - SQL + modelling

WHY PVD / pitch
- PVD: water utilities data = real-world impact
"""
    assert plan_of(notes).company == "Pohjavesi Data"


def test_a_title_line_that_names_the_application_and_the_employer() -> None:
    plan = plan_of("""# orthoptiste – candidature Clinique Vision Limoilou

Rien d'autre pour l'instant. Pas d'entrevue prévue.
""")
    assert (plan.company, plan.role) == ("Clinique Vision Limoilou", "orthoptiste")


def test_a_senior_job_the_word_list_lacks_is_the_role_not_the_company() -> None:
    plan = plan_of("""HEAD GARDENER – Hollins Garth (nr York)      typed up from my notebook

The day: Thursday 11 Dec, 4 parts.
1. Walk & talk with the estate manager
2. Practical: plant ID
""")
    assert plan.company == "Hollins Garth"
    assert plan.role is not None and plan.role.lower() == "head gardener"


def test_application_security_is_a_role_not_an_application_to_a_company() -> None:
    plan = plan_of("Application Security Engineer – Wadi Pay\n\n1. recruiter call\n")
    assert "Security Engineer" in (plan.role or "")
    assert plan.company != "Security Engineer"


def test_a_phone_calendar_list_with_middle_dots_and_a_room_that_is_no_interviewer() -> None:
    notes = """# ARWP – Zookeeper II

## calendar (pasted from my phone)
- Mon Nov 17 · 2:00–2:20pm · Phone screen – Rachel Tremblay, HR Generalist ✅
- Wed Nov 26 · 10:00–11:00am · Panel interview – Admin building, room B
- Tue Dec 2 · 7:00am–3:30pm · Working interview day 1 – Hoofstock
- Thu Dec 4 · 7:00am–3:30pm · Working interview day 2 – Carnivores
"""
    plan = plan_of(notes)
    assert [r.title for r in plan.rounds] == [
        "Phone screen",
        "Panel interview",
        "Working interview day 1",
        "Working interview day 2",
    ]
    assert plan.rounds[0].interviewer == "Rachel Tremblay, HR Generalist"
    assert plan.rounds[1].interviewer != "Admin building, room B"


def test_a_paragraph_that_says_then_when_and_with_whom_is_a_round() -> None:
    notes = """# Sunday night brain dump before the onsite

So far I've had two calls. The first was with Kayla Brooks, the recruiter, on Nov 12. Mostly
logistics: comp band and the office days.

Then Nov 19 with Marcus Oyelaran, the Director of Engineering, who would be my
manager. He talked a lot about the checkout rewrite that stalled last year.

Then twenty minutes with Naomi Park, VP of Engineering. Kayla says it's "mostly a vibe check".
"""
    plan = plan_of(notes)
    people = [r.interviewer or "" for r in plan.rounds]
    assert any(p.startswith("Marcus Oyelaran") for p in people)
    assert any(p.startswith("Naomi Park") for p in people)
    assert len(plan.rounds) == 3


def test_a_german_step_table_with_a_written_exercise_and_a_social_row() -> None:
    notes = """## Basel – EPA job – prep

| Schritt | wann | wer | was | Status |
|---|---|---|---|---|
| Erstgespräch | 20.11. | Céline Baumgartner (HR) | CV, Motivation | erledigt |
| Schriftliche Übung | 8.12., 9–17 Uhr, remote | — | Claims + Opposition | offen |
| Partnergespräch A | 11.12., 10:00 | Dr. Stefan Imhof | Übung besprechen | offen |
| Apéro mit dem Team | 11.12., 12:00 | alle | – kein Interview – | |
"""
    plan = plan_of(notes)
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Erstgespräch", "Céline Baumgartner (HR)"),
        ("Schriftliche Übung", None),
        ("Partnergespräch A", "Dr. Stefan Imhof"),
    ]


def test_a_mail_subject_about_the_final_stage_names_no_company() -> None:
    notes = """Subject: Next steps – final stage interviews
From: Neema Mushi

Thanks again for the intro call last Friday. The final stage takes place on Wednesday.
- 09:30 role-play with Joseph Mwakilema (Senior Account Executive)
"""
    assert plan_of(notes).company is None


def test_a_field_word_before_the_job_is_the_role_and_a_recruiters_remark_is_not() -> None:
    notes = """loc eng job!!
https://jobs.ashbyhq.com/kererusoft/6f1c2a90-localization-engineer

Localization Engineer – remote NZ, Dunedin office optional

recruiter said 4 steps:
1. recruiter call
2. take-home
"""
    role = plan_of(notes).role or ""
    assert role.startswith("Localization Engineer")


def test_practical_tests_numbered_in_roman_numerals_stay_two_rounds() -> None:
    notes = """teams chat w/ Marina from HR, pasted 24.11

[21/11 14:02] Marina Jurić (HR): Hi! Thanks for applying to Jadran Hidro. We'd like to invite you.

INTERVIEW (Marina + Ante Bašić, Chief Surveyor), 28/11 10:00
- CV walk-through, motivation

PRACTICAL TEST I – processing, 28/11 ~13:00, 2.5 h
- raw multibeam data + SVP casts, produce a cleaned surface

PRACTICAL TEST II – on board, 2/12, 07:30–~13:00
- patch test on the survey boat
"""
    plan = plan_of(notes)
    assert [r.title for r in plan.rounds][1:] == ["PRACTICAL TEST I", "PRACTICAL TEST II"]
    assert plan.company == "Jadran Hidro"  # not "Jadran Hidro. We'd"


def test_two_schedule_slots_at_different_times_with_one_interviewer_stay_two_rounds() -> None:
    notes = """# Bosch eBike – Vor-Ort-Termin

09:15-10:00  Fachgespräch Testautomatisierung ........ Dr. Jonas Brenner (Gruppenleiter)
10:00-10:45  Praktische Aufgabe im HIL-Labor ......... Lukas Maier (Senior Test Engineer)
10:45-11:00  Pause
11:00-11:45  Fachgespräch Funktionale Sicherheit ..... Dr. Jonas Brenner + Selin Aydın
"""
    titles = [r.title for r in plan_of(notes).rounds]
    assert len(titles) == 3
    assert titles[0].startswith("Fachgespräch Testautomatisierung")
    assert titles[2].startswith("Fachgespräch Funktionale Sicherheit")


def test_one_slot_written_9_15_and_09_15_is_one_round_and_a_who_clause_is_no_title() -> None:
    notes = """# Bosch — Vor-Ort-Termin

09:15-10:00  Fachgespräch mit Dr. Brenner
11:00-11:45  Praktische Aufgabe im Labor

## Notizen
9:15 – Fachgespräch mit Dr. Brenner
- Testautomatisierung, HIL
"""
    assert len(plan_of(notes).rounds) == 2
    told = plan_of(
        "# X\n\nThen Nov 19 with Marcus Oyelaran, who would be my manager. He talked a lot.\n"
    )
    assert told.rounds[0].interviewer == "Marcus Oyelaran"
