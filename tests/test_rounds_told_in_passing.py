"""Rounds that notes tell in passing: a call someone from HR set up, told as a sentence; a
heading that names the interviewer's job over a first line that says how long; a line dated
the way Portuguese, Spanish or Dutch notes date it; and a lunch slot that says it is no
interview is none."""

from __future__ import annotations

import pytest

from mockloop.notes.when import says_when
from tests.support.plans import plan_of, titles_of


def test_a_call_set_up_by_someone_from_people_ops_is_the_recruiter_round() -> None:
    plan = plan_of(
        """ward 4 - staff nurse - notes

Priya from people ops called me back on Monday to set up a 20 min chat on Thu at 11am.
She wants to go over my registration, shifts and salary.

-- Ward manager (Mr. Adeyemi) --
45 min. Clinical scenarios: a deteriorating patient, prioritising call bells.
"""
    )
    recruiter = [r for r in plan.rounds if r.kind == "recruiter"]
    assert recruiter and recruiter[0].interviewer == "Priya", [
        (r.title, r.interviewer) for r in plan.rounds
    ]
    assert not plan.default_loop


def test_a_job_heading_over_how_long_it_takes_is_a_round() -> None:
    titles = titles_of(
        """site engineer – notes

-- me now --
4 yrs at a contractor, tunnels.

-- Director of Projects (Dr. Okoye) --
20 min. Probably the big picture: why leave, where I see myself.

-- to ask --
- how are sites staffed?
"""
    )
    assert titles == ["Director of Projects (Dr. Okoye)"], titles


@pytest.mark.parametrize(
    "line",
    [
        "café com o Chef Rui – qui 13 fev, 10h, Café Guarany",
        "trial shift – sáb 15 fev, dinner, 16h till close",
        "koffie met Daan – wo 19 mrt",
        "entrevista con la gerente – 13 de febrero",
    ],
)
def test_dates_and_times_written_in_other_languages_say_when(line: str) -> None:
    assert says_when(line)


@pytest.mark.parametrize("line", ["a 12h shift pattern", "set up the call", "out of office"])
def test_words_that_only_look_like_dates_do_not(line: str) -> None:
    assert not says_when(line)


def test_a_dated_trial_shift_in_portuguese_notes_is_a_round_not_the_default_loop() -> None:
    plan = plan_of(
        """Porto – sous chef

trial shift – sáb 15 fev, dinner, 16h till close
- on garnish + fish, Rui watching
- graded: speed, mise, clean station
"""
    )
    assert not plan.default_loop
    assert [r.title for r in plan.rounds] == ["trial shift"]


def test_a_lunch_slot_that_says_it_is_no_interview_is_not_a_round() -> None:
    titles = titles_of(
        """## Journée sur site
09h30 – Entretien avec la manager (Chloé)
11h00 – Étude de cas
12h00 – déjeuner libre, pas d'entretien
14h00 – Entretien final avec le directeur
"""
    )
    assert not any("entretien" == t.lower().strip() or "pas d" in t.lower() for t in titles), titles
    assert len(titles) == 3, titles


def test_an_informal_slot_named_in_quotes_is_the_companys_name_for_a_round() -> None:
    titles = titles_of(
        """planner - rdam

process:

- part a = phone call w/ recruiter Sanne - DONE 11/3
  ~20 min. salary, hours, notice

- "koffie met Daan" - do 20/3 10:00 @ their office
  Daan Verbeek, supply chain manager, would be my manager
  expect: forecast accuracy, the monthly S&OP review

- part b = case, take home
  a dataset, a forecast for 13 weeks and a short deck

- team lunch after part b, not an interview
"""
    )
    assert any("koffie met Daan" in t for t in titles), titles
    assert not any("lunch" in t.lower() for t in titles), titles


def test_two_struck_steps_joined_into_one_session_are_one_round_not_called_off() -> None:
    titles = titles_of(
        """# Arquitecto/a – prep

## Proceso

1. Conversación con RR.HH. — Camila, 15 min, jueves 13/03. HECHO.
   Renta, disponibilidad.

2. ~~Revisión de portafolio (martes 18)~~ + ~~Entrevista técnica (jueves 20)~~
   → **UPDATE:** las juntó en una sola sesión, jueves 20/03, 10:00, 90 min.
   - presento 2 proyectos, después preguntas técnicas

3. Prueba práctica — me la mandan el viernes 21
   - planta + corte + 1 detalle, en Revit

4. Final con los socios — miércoles 02/04, 17:00
   - visión del taller

## Por qué ellos / por qué yo
- equipamiento público
"""
    )
    assert len(titles) == 4, titles
    assert "Revisión de portafolio" in titles[1] and "Entrevista técnica" in titles[1], titles


def test_why_me_in_another_language_names_no_company() -> None:
    plan = plan_of(
        "# Arquitecto/a de Proyecto – prep\n\nBackground: 5 años en Estudio Pehuén.\n\n"
        "## Proceso\n1. Conversación con RR.HH. — Camila, 15 min\n2. Entrevista técnica\n\n"
        "## Why them / por qué yo\n- equipamiento público\n"
    )
    assert plan.company is None


def test_the_people_of_an_interview_day_of_one_to_ones_are_a_round_each() -> None:
    plan = plan_of(
        """## small animal vet – prep

### Interview day (Mairi, Duncan, Fiona):
Email says "three short one-to-one interviews, 25 minutes each, in separate rooms".

**Mairi Sutherland – Clinical Director**
- clinical cases: a vomiting dog workup

**Duncan Reid – Head Nurse**
- how I work with the nurses

**Fiona McAllister – Practice Manager**
- contract: 4 day week, salary, CPD budget

### Working interview (11:15–13:00)
Two real consults with Mairi sitting in.
"""
    )
    who = [r.interviewer or "" for r in plan.rounds]
    for name in ("Mairi Sutherland", "Duncan Reid", "Fiona McAllister"):
        assert any(name in w for w in who), [(r.title, r.interviewer) for r in plan.rounds]
    assert len(plan.rounds) == 4


def test_a_numbered_bold_step_with_a_note_in_brackets_stays_a_step_among_its_siblings() -> None:
    titles = titles_of(
        """# Kierownik zmiany

## Proces
1. **Rozmowa telefoniczna z HR** — zrobione 4.03, Pani Ewa Sobczak
   - 15 min: dostępność
2. **Runda z zespołem** ("round with the team", tak napisali)
   - ten sam dzień, 14:00, 45 min
3. **Test w Excelu** — 30 min, na laptopie
   - zadanie: tabela przestawna
"""
    )
    assert len(titles) == 3, titles
    assert titles[1].startswith("Runda z zespołem ("), titles
    assert titles[2] == "Test w Excelu", titles


NAIROBI = """People Partner – interview notes

Tuesday 4 March
Njeri from their talent team rang at lunch. Quick screen, maybe 20 minutes: my scope, notice,
salary. She said the next step is a case presentation and then a final chat with the COO.

Saturday 8 March
Email from Njeri: they're **dropping the case presentation** for this role.

### Case presentation
- 20 min on an HR problem of my choice

### Final chat with the COO
- business sense, churn in field sales
"""


def test_a_call_from_the_talent_team_in_a_diary_is_the_recruiter_round() -> None:
    plan = plan_of(NAIROBI)
    assert any(r.kind == "recruiter" and r.interviewer == "Njeri" for r in plan.rounds), [
        (r.title, r.interviewer) for r in plan.rounds
    ]


def test_a_round_a_later_line_says_was_dropped_is_not_rehearsed() -> None:
    titles = [t.lower() for t in titles_of(NAIROBI)]
    assert not any("case presentation" in t for t in titles), titles
    assert any("coo" in t for t in titles), titles


@pytest.mark.parametrize(
    "line",
    [
        "- the take-home is not dropped, just moved to Friday",
        "- maybe dropping the take-home if the panel goes well",
    ],
)
def test_a_round_that_is_not_dropped_stays(line: str) -> None:
    notes = f"## Loop\n- Recruiter screen with Ana\n- Take-home exercise (4h)\n- Panel\n\n## Updates\n{line}\n"
    assert any("take-home" in t.lower() for t in titles_of(notes))


def test_another_companys_process_is_not_a_round() -> None:
    titles = titles_of(
        """# PM – prep

## Steg
1. Recruiter call with Linnea — 5 mars
2. Case interview — 12 mars
3. Final med CPO

Also talking to Strömma Resor (they're slow, 2nd round maybe in April).
"""
    )
    assert not any("Strömma" in t for t in titles), titles


@pytest.mark.parametrize(
    "title",
    ["Triagem com a Fernanda", "llamada de filtro", "Appel recruteuse"],
)  # fmt: skip
def test_a_first_call_named_in_another_language_is_the_recruiter_round(title: str) -> None:
    plan = plan_of(
        f"# Analista – notas\n\n## Proceso\n1. {title} — 12/03\n   - salário\n2. Final\n"
    )
    assert plan.rounds[0].kind == "recruiter", [(r.title, r.kind) for r in plan.rounds]


YOUTH_WORK = """Interview notes

Mele (HR coordinator) rang 2 Oct — 15 min screen: driver's licence, shift work ok, why youth
work. Passed, hence the invite.

Wed on Teams: panel — Hemi Walker (Team Leader) + Dr Anjali Rao (Practice Lead, clinical)
 - values-based questions + scenarios
 - likely scenarios: curfew, a disclosure, things escalating in the kitchen

If that goes ok: a 3-hr paid trial shift at the house with Hemi, evening — cooking dinner with
the young people + homework time.

then reference checks + police vet (not interviews)
"""


def test_a_loop_told_in_paragraphs_gives_each_of_its_rounds() -> None:
    plan = plan_of(YOUTH_WORK)
    got = [(r.title.lower(), r.kind, r.interviewer) for r in plan.rounds]
    assert len(got) == 3, got
    assert got[0][1] == "recruiter" and got[0][2] == "Mele", got
    assert "panel" in got[1][0] and "Hemi" in (got[1][2] or ""), got
    assert "trial shift" in got[2][0] and got[2][2] == "Hemi", got


def test_a_practice_lead_on_a_panel_is_no_practice_session() -> None:
    titles = titles_of(
        "notes\n\nWed on Teams: panel — Dr Anjali Rao (Practice Lead)\n- scenarios\n"
    )
    assert titles and "panel" in titles[0].lower()


def test_three_hours_is_no_hr_round() -> None:
    plan = plan_of("notes\n\nThen a 3-hr paid trial shift at the house with Hemi.\n")
    assert all(r.kind != "recruiter" for r in plan.rounds), [(r.title, r.kind) for r in plan.rounds]


STORE = """store mgr interviews

from: Michelle Okafor <m.okafor@pennyroyal-home.co.uk>
"Hi Gemma, thanks for your time on the phone today. As discussed, next steps for the Store Manager role at our Briggate store:
- Thursday 4th, 10am: interview with me and Rob Tennant (Area Manager, North) at the store, about an hour
- If that goes well, a half-day 'store walk' assessment with Rob the week after - you'll walk the shop floor
Best, Michelle"

me:
- Deputy Store Manager at Brackley's since 2022

thursday (Michelle + Rob)
- KPIs I run: sales vs LY, conversion, ATV, shrink
- a tough conversation: the underperforming supervisor

store walk (if I get through)
- look at: window, first 3 metres, till queue
- 30/60/90: listen -> fix basics -> build team
"""


def test_steps_listed_in_a_pasted_email_are_rounds_and_later_prep_blocks_join_them() -> None:
    plan = plan_of(STORE)
    assert len(plan.rounds) == 2, [(r.title, r.interviewer) for r in plan.rounds]
    interview, walk = plan.rounds
    assert "store walk" in walk.title.lower()
    assert "Rob" in (interview.interviewer or "") and "Rob" in (walk.interviewer or "")
    said = " ".join(p.text for p in interview.focus)
    assert "KPIs" in said and "window" not in said
    assert "window" in " ".join(p.text for p in walk.focus)


CHEF = """jeudi 6

Le chef Bastien Roux m'a rappelé mardi : il cherche un chef de partie poisson. Deux étapes :
- un entretien avec lui jeudi 6 à 15h (entre les services), au restaurant
- puis un essai sur un service du soir complet samedi 8, au poste poisson, avec son second, Mehdi Benali.
Repas du personnel à 18h30 avant le service — pas un entretien, juste manger avec l'équipe.

essai samedi (avec Mehdi)
- arriver 16h, mes couteaux
- mise en place poisson
"""


def test_a_french_trial_service_is_a_round_and_a_staff_meal_that_is_no_interview_is_none() -> None:
    titles = [t.lower() for t in titles_of(CHEF)]
    assert any("essai" in t for t in titles), titles
    assert not any("repas" in t or "pas un entretien" in t for t in titles), titles


SPARKY = """journeyman elec - calgary - interview stuff

phone call w tanya last wed - done. 15 min. wage, start date, own tools + truck.

tues 7am - site walk w/ Gord (foreman)
- he WILL ask you to find deficiencies on purpose - box fill, missing bonding
- reading the drawings on the spot

shop tour after with one of the apprentices - just the shop, not an interview

10am - sit down w/ Gord + Dale (owner)
- what size jobs i've run
- why leaving bowness
"""


def test_a_site_walk_and_a_sit_down_on_the_days_schedule_are_rounds() -> None:
    titles = [t.lower() for t in titles_of(SPARKY)]
    assert any("site walk" in t for t in titles), titles
    assert any("sit down" in t for t in titles), titles
    assert not any("shop tour" in t for t in titles), titles


INVITE = """Subject: Interview invitation – Litigation Paralegal

Dear Olu,

The afternoon will consist of two parts:
1. A 45-minute written exercise (2.00pm). You will be given a short file and asked to prepare a chronology.
2. A 45-minute interview (3.00pm) with Rebecca Thornhill, Partner, and Daniel Achterberg, Senior Associate, covering your experience and our core competencies.

Afterwards there will be an opportunity to meet one of our current paralegals informally for a coffee; this is not part of the assessment.

my notes

interview w/ Rebecca Thornhill + Daniel Achterberg
- why litigation, why commercial
- a disclosure exercise I ran
"""


def test_an_invites_numbered_parts_are_rounds_and_a_coffee_outside_the_assessment_is_none() -> None:
    titles = [t.lower() for t in titles_of(INVITE)]
    assert len(titles) == 2, titles
    assert "written exercise" in titles[0], titles
    assert "rebecca" in titles[1] or "interview" in titles[1], titles


def test_a_step_the_recruiter_named_in_quotes_is_a_round_with_its_person() -> None:
    plan = plan_of(
        "People Partner – interview notes\n\nTuesday 4 March\nNjeri from their talent team rang "
        "at lunch. Quick screen, maybe 20 minutes: notice period, salary.\nShe said it went well "
        'and the next step is "Meet Wanjiru", who would be my manager.\nAfter that a final chat '
        "with the COO.\n"
    )
    got = [(r.title, r.interviewer) for r in plan.rounds]
    assert ("Meet Wanjiru", "Wanjiru") in got, got


def test_a_call_whose_paragraph_says_what_it_covered_is_a_round() -> None:
    titles = titles_of(
        "Porto – sous chef\n\nthe process (as far as I know)\nInês rang me weds 5 feb, she does "
        "ops/people for the group. Brasa Lenta opens in April and\nthey want the kitchen team in "
        "by mid March. 20 min on the phone, mostly availability, salary\n(I said 1.650 líquido), "
        "my notice at the Tasca.\n\ntrial shift – sáb 15 fev, dinner, 16h till close\n- on garnish "
        "+ fish, graded\n"
    )
    assert len(titles) == 2 and "Inês" in titles[0], titles


EMAIL_STEPS = """Subject: Next steps – Senior Accountant (Group Reporting)

Dear Mr. Raj,

Thank you for your interest. The process has several stages. First, a 30-minute video call with me to go through your
background, notice period and expected salary. Second, a technical interview with two of our Finance
Managers, Mr. Jason Lim and Ms. Farah Aziz, covering consolidation.
Third, a short case exercise on intercompany reconciliation, done at our office.

Best regards,
Tan Wei Ling

--- my notes ---

call w Wei Ling: done Wed 12/3, 25 min. told her 2 mths notice at Pemberly Chua, expected 7.5k-8k.

UPDATE 14/3 (Wei Ling called):
- case exercise DROPPED for this role (they only do it for the junior hires)
"""


def test_steps_told_first_second_third_are_rounds_a_dropped_one_goes_and_the_call_is_the_screen() -> (
    None
):
    got = [(r.title.lower(), r.kind) for r in plan_of(EMAIL_STEPS).rounds]
    assert len(got) == 2, got
    assert got[0][1] == "recruiter" and "technical" in got[1][0], got


def test_a_german_invitations_timetable_and_its_prep_headings_give_three_rounds() -> None:
    titles = titles_of(
        "# Bewerbung Stadt Lindenau\n\n> Ablauf:\n> 09:00 Uhr  schriftlicher Test (90 Minuten)\n"
        "> 11:00 Uhr  Rollenspiel (ca. 15 Minuten)\n> 11:30 Uhr  strukturiertes Auswahlgespräch "
        "(ca. 45 Minuten)\n\n## Rollenspiel (11:00)\n- ruhig bleiben, zuhören\n\n"
        "## Auswahlgespräch (11:30)\n- Motivation, Teamarbeit\n"
    )
    assert len(titles) == 3 and not any(t.startswith("Uhr") for t in titles), titles


def test_a_step_that_opens_on_if_all_goes_well_in_spanish_is_a_round() -> None:
    titles = titles_of(
        "## Proceso\n- Entrevista con RRHH – Marta Gil. **Lunes 13/10, 10:00**, en planta.\n"
        "- Prueba técnica escrita, mismo día a las 11:00, 1 h 30.\n"
        "- Si todo va bien, entrevista final con el director de operaciones, Jordi Salvà.\n"
    )
    assert len(titles) == 3 and "entrevista final" in titles[2].lower(), titles


def test_a_ride_along_is_a_round_unless_the_notes_say_it_is_not_scored() -> None:
    hvac = titles_of(
        "bench test — Tue 9am at the shop\n- wire a condenser\n\nride-along — if bench goes ok, "
        "Thu or Fri, half day w/ Cody (senior tech)\n- paid working interview, 3-4 service calls\n"
    )
    assert any("ride-along" in t for t in hvac), hvac
    fire = titles_of(
        "•  oral board — Mar 20, 0900, 3 captains\n\n•  ride-along at Station 9   >   Sun 3/14\n"
        "–  Mike says ride-along is NOT scored but the captain might mention you\n"
    )
    assert not any("ride-along" in t for t in fire), fire


def test_a_moved_round_told_with_its_new_date_is_one_round_and_a_group_exercise_is_one() -> None:
    plan = plan_of(
        "## Linha do tempo\n- 01/10 – entrevista com RH por vídeo, Patrícia Moraes. Feito.\n"
        "- 08/10 – dinâmica de grupo + estudo de caso, presencial no CD. Feito.\n"
        "- 14/10 – entrevista com o gestor, Anderson Ribeiro (gerente do CD), 10h\n\n"
        "## Entrevista com o Anderson (quinta 16/10, 9h)\n- ele vai ser meu gestor direto\n"
        "- indicadores: OTIF, acuracidade\n"
    )
    got = [(r.title, r.kind) for r in plan.rounds]
    assert len(got) == 3, got
    assert any("dinâmica" in t for t, _ in got), got


def test_a_line_that_tells_two_rounds_gives_both() -> None:
    got = [(r.title, r.interviewer) for r in plan_of(
        "# Coldwater — Sr Data Engineer\n\n> Next steps:\n> - Thu Oct 16: two back-to-back 50 min "
        "sessions, live SQL with Michelle Araújo\n>   (Senior Data Engineer), then a pipeline design "
        "conversation with Rob Gauthier\n> - a short final conversation with our CTO\n"
    ).rounds]  # fmt: skip
    assert ("Pipeline design conversation with Rob Gauthier", "Rob Gauthier") in got, got
    assert len(got) == 3, got


def test_then_a_stage_of_several_sessions_is_no_round_of_its_own() -> None:
    titles = titles_of(
        "notes\n\nRecruiter call with Dana: she outlined the loop: HM interview, then a virtual "
        "onsite of five sessions.\n"
    )
    assert not any("onsite" in t.lower() for t in titles), titles
