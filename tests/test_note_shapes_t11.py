"""Shapes of notes the parser learned to read this session (headings asked as questions,
teaching-demo lessons), each with a case where the same shape must not make a round. Written
for these tests, not taken from the evaluation set."""

from __future__ import annotations

import pytest

from mockloop.notes.asked import asked_round
from tests.support.plans import named_plan, plan_of

QUESTION_HEADINGS = """# Riverside Academy: Year 9 science teacher

## What happened on the phone screen?
Done 2 May with Amaka (HR). 20 min. Checked my QTS, why Riverside.

## What do I teach in the demo lesson?
25 minutes, Year 9, the particle model. Do Now, then a practical.

## What will they ask in the principal interview?
- behaviour policy, data, working with parents
- a time I disagreed with a colleague

## What do I want to ask them?
- How is planning shared across the department?
- How often are lessons observed?
"""


def test_question_headings_name_their_rounds() -> None:
    plan = named_plan(QUESTION_HEADINGS)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Phone screen", "Demo lesson", "Principal interview"]
    kinds = [r.kind for r in plan.rounds]
    assert kinds == ["recruiter", "presentation", "hiring-manager"]
    assert len(plan.candidate_questions) == 2  # the last question heading stays the questions


def test_question_headings_about_the_day_or_the_candidate_name_no_round() -> None:
    for heading in (
        "Who's interviewing me on Friday?",
        "Where am I in the process?",
        "What do I want to ask them?",
        "What's my 'why me' answer?",
        "Who's on the onsite?",
        "Anything to know about the final interviews?",
    ):
        assert asked_round(heading) is None, heading
    assert asked_round("How did the HM call go?") == "HM call"


def test_a_plain_question_heading_is_no_round() -> None:
    plan = plan_of("# Notes\n\n## What does the company sell?\nLogistics software for ports.\n")
    assert all("company" not in r.title.lower() for r in plan.rounds)


SCHEDULE_THEN_PEOPLE = """# Lab job hunt: Vertex (active) + Moderna (closed)

## VERTEX: Scientist II, Analytical Development

### Onsite agenda

| time | what | who |
|---|---|---|
| 9:30 | Seminar | AD group |
| 10:45 | 1:1 | Ravi Subramanian, Sr. Scientist |
| 11:30 | 1:1 | Julia Costa, QC (Analytical Quality) |
| 12:15 | lunch | informal |
| 2:00 | 1:1 | Dr. Helen Park, Director, Analytical Development |

Ravi (Sr. Scientist) — bench-level technical: he runs the HPLC lab.
- troubleshoot a chromatogram
- column choice for a basic amine

Julia (QC) — tech transfer to QC, OOS investigations, data integrity.

## MODERNA: Associate Scientist — CLOSED

- Recruiter call 3/3 (Brianna), 20 min
- HM interview 3/10 with Dr. Tom Reilly, capillary electrophoresis
- Panel 3/24, four people

## Questions
- Ravi: how much method development goes to CROs?
"""


def test_a_slot_takes_the_lines_written_under_its_persons_name() -> None:
    plan = named_plan(SCHEDULE_THEN_PEOPLE)
    ones = [r for r in plan.rounds if r.title == "1:1"]
    assert [r.interviewer for r in ones] == [
        "Ravi Subramanian, Sr. Scientist",
        "Julia Costa, QC (Analytical Quality)",
        "Dr. Helen Park, Director, Analytical Development",
    ]  # three people: never merged for the title word they share
    ravi = " ".join(f.text for f in ones[0].focus)
    assert "chromatogram" in ravi and "CROs" not in ravi  # a question to ask stays a question
    assert "OOS" in " ".join(f.text for f in ones[1].focus)


def test_a_closed_loop_for_another_company_gives_no_rounds() -> None:
    titles = [r.title for r in named_plan(SCHEDULE_THEN_PEOPLE).rounds]
    assert not any("Recruiter call" in t or "HM interview" in t or "Panel" in t for t in titles)


def test_a_round_marked_done_is_not_a_closed_section() -> None:
    notes = "# Acme\n\n## Recruiter screen — done 3/2\n- 30 min with Sam\n- comp, timeline\n"
    assert [r.title for r in named_plan(notes).rounds] == ["Recruiter screen"]


CAPS_BLOCKS = """OXO - Senior Industrial Designer

RECRUITER SCREEN (2/28)
20 min. Why OXO, hybrid ok, range 120-140. She liked my tooled housewares work.

HIRING MANAGER (Thu 3/20, 2-3pm, Zoom)
- Priya: DFM, tolerances, CAD hand-off
- Anh: cost-downs, factories pushing back

PORTFOLIO PRESENTATION (Tue 3/25, 1pm, ID team + Ben)
- 45 min present + 15 Q&A, three projects, process not renders

ONSITE SCHEDULE (from Marisa's email)
9:00   portfolio presentation
10:15  panel
12:00  lunch w/ the team
3:00   done
"""


def test_a_caps_header_may_close_on_a_bracket_in_any_case() -> None:
    plan = named_plan(CAPS_BLOCKS)
    titles = [r.title.split(" (")[0] for r in plan.rounds]
    assert titles[:3] == ["RECRUITER SCREEN", "HIRING MANAGER", "PORTFOLIO PRESENTATION"]
    manager = plan.rounds[1]
    assert any("cost-downs" in f.text for f in manager.focus)  # its own bullets
    assert not any("cost-downs" in f.text for f in plan.rounds[0].focus)  # not the screen's


def test_the_end_of_the_day_is_no_slot() -> None:
    assert not any(r.title.lower() == "done" for r in named_plan(CAPS_BLOCKS).rounds)


EMAIL_WITH_COMMENTS = """Subject: Next steps - Sales Representative, Trauma (Denver)

Hi Jordan, here is an overview of the rest of the process:

1. Phone interview with Travis Molina, Regional Sales Manager (30-45 min)
   >> ME: Travis would be my boss. asks HOW you prospect
2. Final interviews in Denver (half day):
   a. Role play - you'll sell one of our products to a surgeon.
      >> ME: open -> discovery -> objection -> close
   b. 30-60-90 day plan presentation to Travis and the Area Director (15 min + Q&A)
      >> ME: 6-8 slides max, print 3 copies
   c. Panel with Lauren Pike and two senior reps
      >> ME: behavioral + competitive landscape
3. Offer and background check
"""


def test_quoted_comments_between_a_stages_entries_keep_every_entry_a_round() -> None:
    titles = [r.title for r in named_plan(EMAIL_WITH_COMMENTS).rounds]
    assert len(titles) == 4
    assert titles[1] == "Role play"
    assert titles[2].startswith("30-60-90 day plan presentation to Travis and the Area Director")
    assert titles[3] == "Panel with Lauren Pike and two senior reps"
    plan = named_plan(EMAIL_WITH_COMMENTS)
    assert any("slides" in f.text for f in plan.rounds[2].focus)  # the comment is its note


TIMELINE_THEN_DETAILS = """Comfort Systems - HVAC Service Technician II

WHAT EACH OF THOSE WAS

Shop interview - Rick Alvarez (Service Manager) + Tony Pham (lead tech) - 3/12
- why commercial, RTUs and chillers
- safety: LOTO, roofs in winter

Bench test - same day 3/12, right after, run by Tony (~45 min)
- a practice board with three planted faults
- superheat and subcooling on a scenario sheet

Phil Garza - Operations Manager (Rick's boss) - 3/18
- 45 min, more of a "why us" talk, on-call at 2am
- the Trane chiller school

Denise Kowalski - office manager
she does the HR stuff for the branch
"""


def test_a_person_title_and_date_over_bullets_is_a_conversation_with_them() -> None:
    plan = named_plan(TIMELINE_THEN_DETAILS)
    titles = [r.title for r in plan.rounds]
    assert titles == ["Shop interview", "Bench test", "Phil Garza"]  # Denise: no date, no bullets
    assert plan.rounds[1].kind == "technical"  # a bench test is a hands-on technical round
    assert "Operations Manager" in (plan.rounds[2].interviewer or "")


GOODTIME = """Subject: Interview Confirmed: Power Trading Analyst | Ferrow Energy

Tuesday, March 24, 2026

9:00 AM - 9:45 AM
Brandon Tate
Head Trader, ERCOT & West

9:45 AM - 10:30 AM
Technical Interview 1 (Probability)
Hannah Reiss

10:30 AM - 10:45 AM
Break

10:45 AM - 11:30 AM
Kevin O'Rourke
Risk Manager

MY NOTES
- 3/6 recruiter screen w/ Monica Salas, 30 min: why trading, comp

Brandon Tate (Head Trader) — the hiring manager
- my view on ERCOT this summer, and what would change my mind
"""


def test_a_scheduling_tools_stacked_slots_are_rounds_with_their_people() -> None:
    plan = named_plan(GOODTIME)
    by_title = {r.title.split(" (Head")[0]: r for r in plan.rounds}  # his notes name him too
    assert set(by_title) >= {
        "Brandon Tate",
        "Technical Interview 1 (Probability)",
        "Kevin O'Rourke",
    }
    assert not any("Break" in t for t in by_title)
    assert by_title["Brandon Tate"].interviewer == "Brandon Tate, Head Trader, ERCOT & West"
    assert by_title["Technical Interview 1 (Probability)"].interviewer == "Hannah Reiss"
    assert any("ERCOT this summer" in f.text for f in by_title["Brandon Tate"].focus)


def test_a_date_then_a_round_in_lower_case_is_a_dated_round() -> None:
    assert any(r.kind == "recruiter" for r in named_plan(GOODTIME).rounds)  # "3/6 recruiter screen"
    plan = plan_of("# Notes\n\n3.3 Pushback on PM (customer's shoes) - refused to ship\n")
    assert not any(r.title == "PM" for r in plan.rounds)  # a section number, not a date


JOURNAL = """# journal — winter 2026

## Mon Feb 23

Couldn't sleep so writing. The Lumio Health recruiter screen was today at 11. Danielle, talent
partner, 30 min on Meet: my background, why leave the bank, salary.

Lumio facts: Series C last spring, ~400 people, a research team of 6.

## Tue Mar 3

Take-home arrived. Write a research plan for missed specialist appointments. Due Friday.

## Thu Mar 5

I keep thinking the interview was too long for what they learned. Nadia agrees.
"""

LETTER = """Dear Joan,

So: I have an interview day at Brightwater on Thursday the 12th.

The first step, the phone screen, is already done. Keisha, their recruiter, called me two weeks
ago for about 25 minutes: license, DEA status and salary.

Thursday itself starts at 8:30 with a one-on-one with Deb Larkin, the clinic manager. She will
want to talk about full schedules and no-shows.

After Deb, one of the medical assistants gives me a tour, which is just a tour. Then at 10:00
comes the real one, the case interview with Dr. Samuel Okonjo, the medical director. Two or
three short cases out loud.
"""


def test_a_journal_tells_each_round_as_the_subject_of_its_entry() -> None:
    titles = [r.title for r in named_plan(JOURNAL).rounds]
    assert titles == ["Lumio Health recruiter screen", "Take-home"]  # not "the interview was"


def test_a_letter_tells_the_day_step_by_step() -> None:
    plan = named_plan(LETTER)
    assert [r.title for r in plan.rounds] == [
        "Phone screen", "One-on-one with Deb Larkin", "Case interview with Dr. Samuel Okonjo",
    ]  # fmt: skip
    assert plan.rounds[2].interviewer == "Dr. Samuel Okonjo, medical director"


PARAGRAPHS = """larder & vine - CDP job

First step was a phone call on Monday with Hannah Reid from people & culture, 15 min: visa,
notice period, weekend availability.

Thursday 2pm I go in to meet Luca. Hannah called it "a sit-down with chef", about 30-45 min
before service. He goes through your CV line by line.

If Thursday goes ok the next step is a trial shift, Saturday dinner, in at 2pm. Paid.

Where I am: the interview day is two case interviews back to back. The first one is with
Mr. Chukwuemeka Obi, the Logistics Manager. Funmi said it's a transport planning case.

The second case is after a short break, with Bisola Martins, the Demand & Supply Planning Lead.
Stock is short on one SKU and three depots want it.

If both go well, the final is a panel the week after with the Head of Supply Chain.
"""


def test_paragraphs_that_tell_the_loop_as_it_goes() -> None:
    plan = named_plan(PARAGRAPHS)
    assert [r.title for r in plan.rounds] == [
        "Phone call", "Sit-down with chef", "Trial shift", "Interview with Mr. Chukwuemeka Obi",
        "Second case", "Panel",
    ]  # fmt: skip
    assert plan.rounds[1].interviewer == "Luca"
    assert plan.rounds[4].interviewer == "Bisola Martins"


BOLD_QUESTIONS = """Karoo Platinum - HRBP Mining Ops

**Psychometrics - what are they testing?** (done - Tue 24 Feb)
Online, from home, about 2 hours: personality questionnaire, verbal and numerical reasoning.

**Interview 1 - what will the HR Manager ask?**
Thu 5 March, 10:00, Teams, 1 hour. Sipho Dlamini, HR Manager: Operations. Competency-based.

**Panel - what do they want?**
Week of 16 March at the Rustenburg office. I present a case, then they grill me on it.

**Karoo - what do they actually do?**
PGM producer on the western limb, three shafts and a smelter.
"""


def test_a_round_before_a_question_names_the_heading() -> None:
    plan = named_plan(BOLD_QUESTIONS)
    assert [r.title for r in plan.rounds] == ["Psychometrics", "Interview 1", "Panel"]
    assert plan.rounds[1].source is not None and plan.rounds[1].source.line == 6  # the heading
    assert any("Thu 5 March" in f.text for f in plan.rounds[1].focus)  # its date is its detail


def test_the_page_title_names_the_job_in_the_notes_own_words() -> None:
    from mockloop.notes.names import title_role

    assert title_role("# Nordhav Sjømat – driftsleder sjø (Frøya)", "Nordhav Sjømat") == (
        "driftsleder sjø"
    )
    assert title_role("Karoo Platinum - HRBP Mining Ops (Rustenburg)", "Karoo Platinum") == (
        "HRBP Mining Ops"
    )
    assert title_role("larder & vine - CDP job", "Larder & Vine") == "CDP"
    for line in (
        "Fwd: Your Mercury onsite — schedule for Thu 3/14",
        "Acme – interview prep",
        "Acme — notes 2026",
    ):
        assert title_role(line, line.split()[0] if "Fwd" not in line else "Mercury") == ""


LETTER_PITCH = """Dear Joan,

Here's roughly what I want to say when they ask why Brightwater and why me, and please tell me if
it sounds too rehearsed. I became an NP to take care of the people who fall through the cracks.

My "why Kestrel" answer, tell me honestly if it's too long: I've spent four years on the
distributor side, receiving trucks that arrive late and half-loaded.

**What do I ask them?**
1. What does success look like in the first 6 months?
2. How is HR seen by the shaft leadership today?
"""


def test_a_pitch_told_in_a_letter_and_a_question_heading_for_the_asks() -> None:
    plan = plan_of(LETTER_PITCH)
    assert [p.title for p in plan.pitch] == ["Why Brightwater", "Why Kestrel"]
    assert plan.pitch[0].text.startswith("I became an NP")
    assert len(plan.candidate_questions) == 2


NORWEGIAN = """# Nordhav Sjømat – driftsleder sjø (Frøya)

**Prosessen** (fra Ingrid, Kystrekruttering):
1. telefonintervju med meg ✔
2. førstegangsintervju med regionleder (Teams)

**Telefonintervju – ferdig (tirs 24.02)**
- Ingrid Aune, Kystrekruttering AS, ca 20 min

**Førstegangsintervju – tors 05.03 kl 09:00, Teams, 1 time**
Eirik Solberg, regionleder sjø (blir sjefen min)
- ledelse: hvordan jeg følger opp folk på turnus

**Spørsmål til dem**
- hvilke lokaliteter får postsmolt først?
"""

CATALAN = """# Mas Albereda – enòloga adjunta

## Què sé del celler
- Cellers Mas Albereda, Sant Sadurní d'Anoia, 62 ha en ecològic

## Trucada amb RRHH – feta (dt. 24/2)
- Montse Vidal, RRHH, 20 min per telèfon

## Per què jo / per què Mas Albereda
Fa vuit anys que treballo en escumosos i vull més responsabilitat tècnica.

## Preguntes per fer-los
- Qui decideix la data de verema de cada parcel·la?
"""


def test_norwegian_compound_interviews_and_european_dates() -> None:
    plan = named_plan(NORWEGIAN)
    assert [r.title for r in plan.rounds] == ["Telefonintervju", "Førstegangsintervju"]
    assert plan.role == "driftsleder sjø"
    assert len(plan.candidate_questions) == 1


def test_catalan_research_pitch_and_questions_are_no_rounds() -> None:
    plan = named_plan(CATALAN)
    assert [r.title for r in plan.rounds] == ["Trucada amb RRHH"]
    assert [p.title for p in plan.pitch] == ["Per què jo / per què Mas Albereda"]
    assert len(plan.candidate_questions) == 1


INDONESIAN = """ODP BANK ARUNIKA 2026 - catatan

Alur seleksi (dari email HC tgl 10 Feb):
1. Seleksi administrasi -> LOLOS
2. Tes online (TPA + Bahasa Inggris)
3. Interview HR
4. FGD
5. Interview User 1
6. MCU
7. Offering letter

== tentang Bank Arunika ==
- bank KBMI 3, fokus UMKM + komersial

== 4. FGD == Selasa 3 Maret, 09.00, kantor pusat lt. 12
- 8 orang satu grup, topik dikasih on the spot

== Perkenalan diri / why Arunika (1 menit) ==
Saya Rizky Ananda, lulusan Ekonomi Pembangunan UNDIP 2025.

== Pertanyaan buat mereka ==
- seperti apa jalur karier setelah lulus ODP?
"""


def test_indonesian_selection_steps_banners_and_sections() -> None:
    plan = named_plan(INDONESIAN)
    titles = [r.title.split(" (")[0] for r in plan.rounds]
    assert titles == ["Interview HR", "Tes online", "FGD", "Interview User 1"]  # no MCU, no offer
    fgd = plan.rounds[2]
    assert fgd.source is not None and fgd.source.line == 15  # the banner with its date
    assert fgd.interviewer is None  # "Selasa 3 Maret" is a day, not a person
    assert plan.rounds[3].kind == "hiring-manager"  # the "user" is the hiring department
    assert [p.title for p in plan.pitch] == ["Perkenalan diri / why Arunika (1 menit)"]
    assert len(plan.candidate_questions) == 1


PERSON_FIRST_SLOTS = """# Corvane — Senior Solutions Architect, EMEA

## What did the recruiter actually say? (done, Tue 24 Feb)
- Aoife Brennan, Sr Technical Recruiter, 30 min video

## Who's on the onsite?
Thu 12 Mar, Amsterdam office
- 09:30  Niamh Kelly (Principal SA) — architecture whiteboard, 60m
- 10:45  Joost de Wit (Staff Eng, Connectors) — technical deep dive, 60m
- 12:00  lunch with the SA team

## What's the "technical deep dive" really?
- Joost: "your project, his questions"; ordering guarantees, deletes, lag
"""


def test_a_slot_that_names_the_person_first_is_titled_by_its_round() -> None:
    plan = named_plan(PERSON_FIRST_SLOTS)
    by_title = {r.title.lower(): r for r in plan.rounds}
    assert set(by_title) == {"recruiter", "architecture whiteboard", "technical deep dive"}
    assert by_title["architecture whiteboard"].interviewer == "Niamh Kelly (Principal SA)"
    deep = by_title["technical deep dive"]  # the slot and its question heading are one round
    assert deep.interviewer == "Joost de Wit (Staff Eng, Connectors)"
    assert any("ordering guarantees" in f.text for f in deep.focus)


def test_a_job_title_after_a_name_is_no_round() -> None:
    from mockloop.notes.people import person_first

    assert person_first("Dr. Kofi Mensah", "Director, Phenomics Data Science") == (None, "")
    assert person_first("Round 3", "technical deep dive") == (None, "")


LEVER = """Field Application Scientist - Onsite Interview

9:15 AM - 10:15 AM    Scientific Seminar (45 min presentation + 15 min Q&A)
                      Field Applications team and invited guests (Room A-204)

12:00 PM - 1:00 PM    Lunch
                      Marco Villanueva, Jenna Cole

my notes

already done:
 * phone screen 3/12 w/ Derek Liu (Technical Recruiter), 30 min. why leave the bench, travel
 tolerance (~50%, I said fine), territory = SoCal + AZ + NV

SEMINAR (9:15)
- 45 min on my postdoc work: the 28-color spectral panel
- the audience is FAS + some R&D + sales; they care if I can TEACH
"""


def test_a_screen_that_mentions_travel_is_no_break_and_times_tell_no_rounds_apart() -> None:
    plan = named_plan(LEVER)
    assert [r.kind for r in plan.rounds] == ["recruiter", "presentation"]
    seminar = plan.rounds[1]  # the itinerary's slot and the notes' block: one seminar
    assert any("spectral panel" in f.text for f in seminar.focus)


CURATOR_LETTER = """Dear Elena,

First, where things stand. The first interview happened on 12 February over video with the search committee: Dr. Marcus Hale and Rebecca Lin. Marcus asked mostly about my dissertation.

The 10th is the real day. It opens at 9:30 with my talk: forty minutes on a proposed exhibition, followed by twenty minutes of questions.

Lunch is with the two curatorial fellows. Neither is an interview, Marcus said.

At 2:30 I meet the conservation and education leads together, Dr. Hannah Brooks and Luis Aranda. At 3:30 I have forty-five minutes with Dr. Ines Caldwell, the Deputy Director for Curatorial Affairs.
"""


def test_a_letter_with_several_meetings_in_one_paragraph() -> None:
    titles = [r.title for r in named_plan(CURATOR_LETTER).rounds]
    assert titles == [
        "First interview", "My talk", "Meeting with the conservation and education leads",
        "Meeting with Dr. Ines Caldwell",
    ]  # fmt: skip


DICTATED = """voice typing, dictated in the truck

So where I'm at. The recruiter screen with Tiffany Nguyen is done, that was last Tuesday, 20 minutes.

Round to is the technical phone interview with Raj Patel, he's the lead engineer on the SCR team.

If that goes well then the onsite is three parts, a technical panel, a presentation, and the hiring manager.

Onsite part one, technical panel. Three engineers, 60 minutes. Bring a calculator.

Onsite part three, behavioral with the hiring manager Jennifer Cole. 45 minutes.
"""


def test_dictated_notes_tell_their_rounds_and_the_onsite_is_no_round() -> None:
    titles = [r.title for r in named_plan(DICTATED).rounds]
    assert titles == [
        "Recruiter screen with Tiffany Nguyen", "Technical phone interview with Raj Patel",
        "Technical panel", "Hiring manager",
    ]  # fmt: skip


DIARY = """diary - the corrib thing

Mon 16 Feb

THROUGH TO STAGE 3. Simulator assessment, Tue 24 Feb, 9:00, in the ATR sim in Dublin.

Sun 1 Mar

Final interview is booked: Tue 10 March, 11:00, with Capt. Declan Moran, Head of Flight
Training. 45 min.
"""


def test_a_diary_names_a_round_then_when_and_titles_lose_their_status() -> None:
    plan = named_plan(DIARY)
    assert [r.title for r in plan.rounds] == ["Simulator assessment", "Final interview"]
    assert (plan.rounds[1].interviewer or "").startswith("Capt. Declan Moran")


PROSE_ASKS = """Dear Joan,

The things I want to ask them, so I don't forget in the moment: How big would my panel be at six
months? How much protected admin time is there for charting? Who covers my inbox when I'm out?

things i want to ask: how often does the menu change, is it seasonal or weekly? ask Luca how he
decides who moves onto grill. is there a staff meal every shift?

money: current $74k, ask 82k. if they say 78 ask for the 4 day week in writing.
"""


def test_questions_told_in_prose_in_any_case_each_once() -> None:
    asks = [q.text for q in plan_of(PROSE_ASKS).candidate_questions]
    assert len(asks) == 6, asks
    assert asks[3].startswith("how often does the menu change")
    assert not any("82k" in q or "4 day week" in q for q in asks)  # a negotiation, not a question


def test_app_chrome_and_why_this_one_are_no_company() -> None:
    for notes in (
        "Candidate Home\n\nWelcome, Jordan\n\nMy Tasks (1)\n",
        "Voice Memos\n\nso the interview is on Thursday\n",
        "# notes\n\nWHY THIS ONE\nbecause the team ships hardware\n",
    ):
        company = plan_of(notes).company or ""
        assert company.lower() not in ("candidate home", "voice memos", "this one"), company


def test_a_step_label_naming_references_or_security_is_no_interview() -> None:
    notes = (
        "# IRCC – analyste\n\n## Étape 1 de 4 – Examen écrit\n- 3 h, en ligne\n\n"
        "## Étape 3 de 4 – Références\n- deux anciens gestionnaires\n\n"
        "## Étape 4 de 4 – Sécurité\n- cote de fiabilité\n"
    )
    titles = [r.title for r in named_plan(notes).rounds]
    assert len(titles) == 1 and "Examen écrit" in titles[0]


GENERIC_LOOP = """# Harbourline – intermediate accountant

1. Phone screen with Aroha (recruiter), done
2. 1st interview – Mere Tane, my future manager
3. Xero practical test, 45 min
4. Final chat with the partners

## 1st interview
- month-end, reconciliations, why Harbourline

## Final chat with the partners
- culture, where I see myself in five years
"""


def test_conversations_that_name_no_kind_take_their_place_in_the_loop() -> None:
    plan = named_plan(GENERIC_LOOP)
    kinds = {r.title.split(" –")[0]: r.kind for r in plan.rounds}
    assert kinds["1st interview"] == "hiring-manager"  # the manager's conversation
    assert kinds["Final chat with the partners"] == "executive"  # the senior, last one
    assert plan.rounds[0].kind == "recruiter"
    assert [r.kind for r in plan.rounds].count("hiring-manager") == 1


AGENDA = """Calendar - Agenda view

Tuesday, 3 March 2026
    08:30 - 09:00     Study NX-301 weekly CRA sync
    12:00 - 12:30     Nordwell Clinical - Screening call
                      Microsoft Teams Meeting; Organizer: Lena Hoffmann
    16:30 - 17:00     Kita pickup (Mia)

Thursday, 5 March 2026
    10:00 - 11:00     Nordwell Clinical - Interview Dr. Jonas Weber (Hiring Manager)
    14:00 - 15:00     Sponsor call NX-301 (enrolment)

Friday, 13 March 2026
    09:00 - 10:00     Nordwell Clinical - Panel interview (Data Management / Medical)
    15:00 - 15:30     Call Mama

NOTES
* Interview Dr. Jonas Weber (Assoc. Director Project Management) - 5 March - done
  - he would be my line manager
"""


def test_a_pasted_calendar_keeps_the_employers_entries_only() -> None:
    titles = [r.title for r in named_plan(AGENDA).rounds]
    assert titles == [
        "Screening call",
        "Interview Dr. Jonas Weber (Hiring Manager)",
        "Panel interview (Data Management / Medical)",
    ]  # fmt: skip  (the calendar slot and the notes' bullet for Dr. Weber are one round)


CONFIRMING_EMAIL = """Hi Courtney,

At 9:00 I meet with Angela Ruiz, the Imaging Manager, for about 45 minutes. She likes to go
through the resume in order.

At 9:45 one of the staff sonographers gives me a tour of the department.

From 10:15 to 11:15 is the scanning practical with Ben Tsai, the Lead Sonographer. He will ask
for a complete abdomen.

Finally at 1:30 I'll have about 20 minutes with Dr. Paul Hendrickson, the Director of Imaging
Services, before you walk me out.
"""


def test_an_email_confirming_the_day_tells_each_meeting() -> None:
    titles = [r.title for r in named_plan(CONFIRMING_EMAIL).rounds]
    assert titles == [
        "Meeting with Angela Ruiz",
        "Scanning practical with Ben Tsai",
        "Meeting with Dr. Paul Hendrickson",
    ]  # fmt: skip  (the tour is no round)


VOICE_MEMO = """Voice Memo — "Pinewood prep (car)" — Mar 8, 2026
Transcript (auto)

[00:00] Okay. Recording. This is prep for Pinewood, for the audiologist job.
[00:14] So where we are. The phone screen with Rhonda is done, that was last Tuesday.
[00:19] Rhonda is the practice administrator, she does all the HR stuff.
[00:33] And she asked about salary and I said eighty-five to ninety.
[01:02] Next is Thursday. Thursday the twelfth. At nine.
[01:10] Interview with Doctor Megan Cho, she's the lead audiologist, she'd be my supervisor.
[01:16] Rhonda said it's about an hour, in her office at Cedar Park.
[01:48] And then the same day, after lunch, so like one to five, is the working interview.
[02:40] Lunch before that is with the front desk and the two audiology assistants.
[02:52] And then the week after, they don't have it yet, there's a meeting with Doctor Hollis.
[03:01] He's the ENT, he owns the practice. Twenty minutes.
"""


def test_a_transcript_is_read_utterance_by_utterance() -> None:
    titles = [r.title for r in named_plan(VOICE_MEMO).rounds]
    assert titles == [
        "Phone screen with Rhonda",
        "Interview with Doctor Megan Cho",
        "Working interview",
        "Meeting with Doctor Hollis",
    ]  # fmt: skip  (two people called Doctor are two meetings)


SWAHILI = """# Mavuno Bora Ltd – Afisa Ugani (Field Extension Officer), Nakuru

## Kuhusu kampuni
- Kampuni ya kilimo biashara, makao makuu Nakuru

## Hatua za usaili (kutoka kwa Bi. Wanjiru)
1. Mahojiano ya simu na HR – IMEISHA
2. Mtihani wa maandishi

## 1. Mahojiano ya simu – Bi. Wanjiru Kamau (HR Officer) – 4 Machi ✔
- Dakika 15 hivi

## 2. Mtihani wa maandishi – Jumanne 10 Machi, saa 3 asubuhi
- Saa 1.5, maswali ya agronomia

(Baada ya jopo: chai na chakula cha mchana. Si sehemu ya usaili.)

## Maswali ya kuwauliza
- Afisa ugani anapimwa kwa vigezo gani?
"""


def test_swahili_interviews_tests_and_questions() -> None:
    plan = named_plan(SWAHILI)
    assert [(r.kind, r.title) for r in plan.rounds] == [
        ("recruiter", "Mahojiano ya simu"), ("custom", "Mtihani wa maandishi"),
    ]  # fmt: skip
    assert plan.rounds[1].interviewer is None  # "Jumanne 10 Machi" is a day
    assert len(plan.candidate_questions) == 1


HEBREW = """# מחלבת עמק הירדן – מהנדסת איכות

## על החברה
- מחלבה בינונית, ~350 עובדים

## תהליך המיון
1. שיחת סינון טלפונית ✓
2. ראיון ראשון עם מנהל האיכות

## 1. שיחת סינון – שירן (רכזת גיוס) – 23.2 ✓
- 15 דק'

## 2. ראיון ראשון – יוסי לוי, מנהל האיכות – יום ג' 3.3, 10:00
- הוא יהיה המנהל הישיר שלי
"""


def test_hebrew_steps_and_their_sections_are_one_round_each() -> None:
    plan = named_plan(HEBREW)
    assert [r.title for r in plan.rounds] == ["שיחת סינון", "ראיון ראשון"]  # overview merged in
    assert plan.rounds[0].kind == "recruiter"


@pytest.mark.parametrize(
    "talk",
    ["Erstes Gespräch mit Frau Keller", "Førstegangsintervju", "videollamada con Raúl",
     "colloquio con lo chef Ferri", "一次面接"],
)  # fmt: skip
def test_a_plain_talk_in_any_language_is_the_hiring_managers(talk: str) -> None:
    plan = named_plan(f"# Sonnenkorn – shift lead\n\n1. {talk}\n2. Excel practical test, 45 min\n")
    assert plan.rounds[0].kind == "hiring-manager", plan.rounds[0]
