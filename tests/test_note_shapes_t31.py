"""Shapes met in the t31 tuning notes (rushed phone notes, pasted docs): who sits on a panel
is not a list of rounds, a panel named with its date is one round, and the headings under one
round's preparation are what to revise, not more rounds."""

from __future__ import annotations

from tests.support.plans import plan_of

_PANEL = """# Mvua Insurance – Data Analyst

## Process
- Phone screen with Wanjiru Kamau (HR Officer) – done Fri 27 Nov
- Technical assessment – Tue 8 Dec, SQL + Excel
### Panel interview – Thu 10 Dec, 2:30pm
- panel: Head of Data, Underwriting Manager, someone from HR
- competency questions, "how you work with non-technical people"

## Prep – technical assessment
### SQL
- window functions: loss ratio per county, running totals
### Excel
- pivot tables, XLOOKUP
"""


def test_a_panel_of_job_titles_is_who_sits_on_one_round() -> None:
    plan = plan_of(_PANEL)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Phone screen with Wanjiru Kamau (HR Officer)", "Technical assessment",
                      "Panel interview"]  # fmt: skip
    assert not any("Underwriting" in t or "someone" in t for t in titles)


def test_headings_under_one_rounds_prep_are_not_rounds() -> None:
    assert "SQL" not in [r.title for r in plan_of(_PANEL).rounds]
    # but a day's prep holds that day's rounds
    day = _PANEL.replace("## Prep – technical assessment", "## prep for the 10th").replace(
        "### SQL", "### Coding interview (Gethin)"
    )
    assert "Coding interview (Gethin)" in [r.title for r in plan_of(day).rounds]


_DAY_MONTH_LOG = """Support engineer @ Kovo – log

1.12.  applied on jobs.cz, referral from Petr
2.12.  auto email: "we will contact you within 5 working days"
3.12.  call with Klára Dvořáková (HR Business Partner), 25 min, done
       - salary, remote days, notice period
9.12.  submitted the homework
11.12. 14:00 tech interview – homework review with Ondřej Beneš (Platform Lead)
       - walk through the repo, what I'd change for prod
16.12. 13:00 final with CTO Martin Horák, 45 min
       - culture, on-call, incidents I owned
17.12. decision promised by Friday
"""


def test_a_log_dated_day_dot_month_is_not_a_numbered_outline() -> None:
    # "1.12." (1 December) was read as an outline number "1.12", and "11.12. 14:00 …" as prose
    # under it: the log's steps became rounds and its interviews were lost; and a bullet under
    # a dated line that names a round is a topic of that round ("culture, on-call, …")
    plan = plan_of(_DAY_MONTH_LOG)
    titles = [r.title for r in plan.rounds]
    assert len(titles) == 4 and plan.rounds[1].kind == "take-home"  # the homework
    assert "Klára" in titles[0] and titles[2] == "tech interview" and "CTO" in titles[3]
    assert "culture, on-call, incidents I owned" in [f.text for f in plan.rounds[3].focus]


_WORD_EXPORT = (
    "INTERVIEW PREP – CLYDESIDE PHARMACY GROUP\n"
    "Post: Pharmacist Manager – Shawlands branch\n\n"
    "▪\tTelephone screen with Fiona – done 2 Dec\n"
    "◦\t15 minutes, right to work, registration\n"
    "▪\tClinical scenarios – 30 minutes, written\n"
    "◦\tThree prescriptions to screen\n"
    "a.\tCheck: dose, interactions, renal function\n"
    "i.\tmethotrexate weekly dosing\n"
    "ii.\twarfarin + antibiotics\n"
    "▪\tConsultation role play – 15 minutes\n"
    "◦\tActor as a patient, new inhaler or emergency contraception\n"
    "◦\tObserved by Kirsty Brennan, Superintendent Pharmacist\n"
    "▪\tCompetency-based interview – 45 minutes\n"
    "◦\tLeadership: took over Partick branch when the manager left\n"
    "◦\tPatient safety: the near miss with two patients of the same surname\n"
)


def test_a_word_export_nests_by_its_markers_alone() -> None:
    # Word writes every level flush left, marker then tab: "▪", "◦", "a.", "i.", "ii."; read
    # flat, every line stood alone. A role play is a round too.
    plan = plan_of(_WORD_EXPORT)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Telephone screen with Fiona", "Clinical scenarios", "Consultation role play",
                      "Competency-based interview"], titles  # fmt: skip
    focus = [f.text for f in plan.rounds[1].focus]
    assert "Three prescriptions to screen" in focus and "warfarin + antibiotics" in focus


_PANEL_OUTLINE = """Social Worker (Band 6) – Mourne Trust

1. Written exercise
   a. Case scenario given on the day
   b. Revise: Children Order, Article 66
2. Interview panel
   a. Panel (from the letter): Ms Roisin Maguire – Principal Social Worker; Mr Paul Devlin
   b. Criteria from the job spec – one strong example for each
   c. Values: "the child's voice" – an example where the child's view changed the plan
3. Questions I'll ask
   a. How often is supervision?
"""


def test_a_panel_over_who_sits_on_it_is_one_round() -> None:
    titles = [r.title for r in plan_of(_PANEL_OUTLINE).rounds]
    assert titles == ["Written exercise", "Interview panel"], titles


_CALLS_WITH_PEOPLE = """Wirtshaus Lindengrund – Küchenchef

Telefonat mit Frau Hofer (Inhaberin) – war am Montag, erledigt
- 40 min, Wareneinsatz, Allergene, wie ich ein Team führe

Probearbeiten – Donnerstag 10.12., 14:00 bis Abendservice
- full shift, Tagesgericht for the team to taste

rencontre avec Nathalie Roy (directrice de la recherche = ma future gestionnaire)
- publication vs produit, mon plan 12 mois

final w/ mr botha - next week, teams, only if i go through
- 30 min. bigger picture, 5 yr plan
"""


def test_a_call_or_meeting_with_someone_over_its_notes_is_a_round() -> None:
    # in any language ("Telefonat mit", "rencontre avec"), and a final one with whoever it is
    plan = plan_of(_CALLS_WITH_PEOPLE)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Telefonat mit Frau Hofer (Inhaberin)", "Probearbeiten",
                      "rencontre avec Nathalie Roy (directrice de la recherche = ma future gestionnaire)",
                      "final w/ mr botha"], titles  # fmt: skip
    assert plan.rounds[0].interviewer == "Frau Hofer (Inhaberin)"
    assert plan.rounds[1].interviewer != "Donnerstag"  # a day is never who interviews


def test_a_named_test_on_the_day_is_a_round() -> None:
    notes = (
        "orchid pacific airways - cabin crew\n\n"
        "the day (from rachel's email):\n"
        "- 9:00 group exercise\n"
        "- 10:30 english test\n"
        "- 11:30 lunch break\n\n"
        "english test\n"
        "- written, 40 min. reading + grammar + an announcement read out loud\n"
        "- practise pa announcements: welcome, turbulence, landing\n"
    )
    titles = [r.title.lower() for r in plan_of(notes).rounds]
    assert "english test" in titles and not any("lunch" in t for t in titles), titles


def test_calendar_invites_named_job_then_round_keep_each_round() -> None:
    # "Interview: <the job> - <the round>": titled by the job, two invites were one round
    invite = (
        "-----\nInterview: Product Operations Manager - {name}\n"
        "{day} December 2026 · 10:00 – 10:45\nGuests\nSanne Visser - organiser\nme\n"
        "Description: {what}\n-----\n\nmy notes:\n- {note}\n\n"
    )
    notes = "Pakketpunt interviews - pasted the invites\n\n" + "".join(
        invite.format(name=n, day=d, what=w, note=x)
        for n, d, w, x in [
            ("Hiring Manager", "Tuesday 8", "Conversation with Bram Kuipers.", "why product ops"),
            ("Case", "Thursday 10", "30 min presentation + 45 min discussion.", "10 slides max"),
        ]
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert titles == ["Hiring Manager", "Case"], titles


def test_a_loop_told_first_then_finally_without_commas() -> None:
    notes = (
        "## Northwind Logistics — Ops Planner\n\n"
        "The recruiter (Sam) said there are three stages. First a 30 min video call with her "
        "about my background and salary. Then a case study: plan a week of deliveries, presented "
        "to the ops manager Linda Park. Finally a meeting with the regional director.\n"
    )
    plan = plan_of(notes)
    assert [r.title for r in plan.rounds] == [
        "Video call with her", "Case study", "Meeting with the regional director"
    ]  # fmt: skip
    assert plan.rounds[0].interviewer != "her"  # a pronoun names no one


def test_a_whatsapp_chat_with_oneself_reads_as_plain_notes() -> None:
    # "02/12/26, 9:41 pm - Sneha Patil: …" before each message: a stamp, not a timed slot
    stamp = "02/12/26, 9:4{n} pm - Sneha Patil: "
    notes = "\n".join(
        [
            stamp.format(n=1) + "Tiffinly interview stuff. dumping here so i dont lose it again",
            stamp.format(n=2) + "role = QA Automation Engineer, Baner office",
            stamp.format(n=4) + "HR call with Pooja today, done. 20 mins only",
            "- notice period 60 days",
            stamp.format(n=7) + "process she told:",
            "1. online test on hackerearth",
            "2. technical round 1 - automation framework",
            "3. technical round 2 - API + DB",
            stamp.format(n=8) + "questions to ask: is there a device lab?",
            stamp.format(n=9) + "ok sleeping now",
        ]
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert not any("interview stuff" in t for t in titles), titles
    assert len(titles) == 4, titles


_LOWER_CASE_PANEL = """senior pharmacist, oncology — mater hospital, dublin
shortlisted on the application form. interview day friday 12 december, pharmacy department.

they said it's a series of short interviews with members of the department, 20–30 min each:

1. ms orla brennan — chief pharmacist
   - strategy, why the mater, why oncology
2. dr fergal quinn — consultant medical oncologist
   - clinical scenario: capecitabine toxicity
3. mr declan moran — hr business partner
   - competency-based: teamwork, planning and organising
"""


def test_people_typed_without_capitals_still_name_their_rounds() -> None:
    # capitals were most of what told "Ms Orla Brennan" from a topic: without them the notes
    # gave the default loop
    plan = plan_of(_LOWER_CASE_PANEL)
    assert not plan.default_loop
    whos = " | ".join(f"{r.title} {r.interviewer}" for r in plan.rounds)
    assert len(plan.rounds) == 3 and "Orla Brennan" in whos and "Fergal Quinn" in whos, whos


_DAY_UNDER_A_LABEL = """# Clydeside Pharmacy – Pharmacist Manager

- Telephone screen with Fiona – done 2 Dec
  - 15 minutes, right to work
- Structure of the day (from the letter)
  1. Clinical scenarios – 30 minutes, written
     - Three prescriptions to screen
  2. Tour of the dispensary with the current manager – 15 min, not assessed
  3. Consultation role play – 15 minutes
     - Actor as a patient
  4. Comfort break
  5. Competency-based interview – 45 minutes
     - Panel: Alan McLeod, Area Manager and Kirsty Brennan
"""


def test_the_days_sessions_under_a_label_are_its_rounds() -> None:
    # the page title "# <Company> – <Job>" was read as a person and their title, and took the
    # whole file as one conversation; the day's numbered sessions under "Structure of the day"
    # were no rounds at all
    plan = plan_of(_DAY_UNDER_A_LABEL)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Telephone screen with Fiona", "Clinical scenarios", "Consultation role play",
                      "Competency-based interview"], titles  # fmt: skip
    assert plan.rounds[0].interviewer == "Fiona"
