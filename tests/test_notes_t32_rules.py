"""Shapes met first in the t32 tuning notes: an Obsidian page whose rounds are callouts, a
round whose interviewer is still "???", and rounds told in prose paragraphs that open on the
day ("Last Tuesday I spoke with …", "On Friday I have the call with …", "The same day …")."""

from __future__ import annotations

from tests.support.plans import named_plan, plan_of

CALLOUTS = """# Loonworks — Engineering Manager

> [!done] Recruiter screen — Nov 13
> Kayla Brandt (Sr. Technical Recruiter). 30 min.
> Comp band, hybrid 2 days.

## Onsite (Wed Dec 10)

> [!todo] 1. People management — Jen Sørensen, EM (Returns)
> - hiring + leveling, giving hard feedback
> - have numbers: attrition 0 in 2 yrs

> [!todo] 2. Technical leadership / system design — Ravi Menon, Principal Engineer
> - likely "design a shipment tracking service"
> - build vs buy

> [!todo] 3. Execution & delivery — ???
> interviewer not announced yet
> - planning, estimates, the late WMS migration

> [!tip] My pitch
> 9 yrs eng, 4 managing. I like platform teams.

> [!question] Questions to ask
> - What does on-call look like during peak season?
"""


def test_callouts_that_name_rounds_are_rounds_with_their_bodies_as_focus() -> None:
    plan = named_plan(CALLOUTS)
    titles = [r.title for r in plan.rounds]
    assert titles == [
        "Recruiter screen",
        "1. People management",
        "2. Technical leadership / system design",
        "3. Execution & delivery",
    ]
    design = plan.rounds[2]
    assert design.kind == "system-design"
    assert design.interviewer == "Ravi Menon, Principal Engineer"
    assert any("build vs buy" in f.text for f in design.focus)
    assert plan.pitch and plan.candidate_questions  # the pitch and questions callouts stay


PROSE = """Notes for the Kymata job

So, Kymata Cloud. I applied for the Solutions Engineer position on 2 November.

Last Tuesday (18/11) I spoke with Eleni Markou, she is talent partner for Southern Europe, for 30 minutes on Zoom. She asked why presales and my salary expectations.

On Friday the 28th I have the call with my future manager, Stavros Dimas. One hour. He will go deep in my background.

The same day, after the demo and a lunch break, there is a technical interview with one of the cloud architects. It is about networking and Kubernetes.

The final is with the VP for EMEA, Ingrid Vos, in English, 30 minutes.
"""


def test_prose_paragraphs_that_open_on_the_day_tell_their_rounds() -> None:
    rounds = named_plan(PROSE).rounds
    lines = [r.source.line for r in rounds]
    assert lines == [5, 7, 9, 11]
    assert rounds[0].interviewer == "Eleni Markou"
    assert rounds[1].kind == "hiring-manager"
    assert rounds[2].kind == "technical"


CAMPUS = """# Thalam Systems — Software Engineer (2026 graduate)

## Day plan (from the mail)
8:30 reporting, ID check, bring 2 resume copies + college ID
10:00 Tech 1
11:30 Tech 2 (only if Tech 1 cleared)
1:00 lunch
2:00 Managerial round
3:30 HR

## Tech 1
- DSA mainly, 2 questions on paper then explain
- OOPS: 4 pillars with real example

## Tech 2
- CS fundamentals + project deep dive
- DBMS: normalization, joins, indexing
"""


def test_a_campus_day_reads_its_numbered_tech_rounds_and_no_check_in() -> None:
    rounds = named_plan(CAMPUS).rounds
    by_title = {r.title.split(" (")[0]: r for r in rounds}
    assert not any("reporting" in t for t in by_title)  # checking in is no round
    assert [r.kind for r in rounds if r.title.startswith("Tech")] == ["technical", "technical"]
    tech2 = by_title["Tech 2"]  # the slot's "(only if Tech 1 cleared)" names no second round
    assert any("DBMS" in f.text for f in tech2.focus)
    assert by_title["Managerial round"].kind == "hiring-manager"
    assert len(rounds) == 4


BRACKETED = """MY NOTES

role: ML Engineer, LLM Platform (Fernblick, Munich)

Tue 9 Dec — loop

[ML coding — Jonas Brandt, Senior MLE]
 - 10:00-11:00
 - numpy only! practice softmax with numerical stability

[Values & collab — Felix Aumann, CTO]
 - 14:30-15:15
 - he will ask why startup after corporate
"""


def test_bracketed_labels_over_bullets_are_rounds_titled_without_brackets() -> None:
    rounds = named_plan(BRACKETED).rounds
    assert [(r.title, r.kind) for r in rounds] == [
        ("ML coding", "coding"),
        ("Values & collab", "behavioral"),
    ]
    assert rounds[1].interviewer == "Felix Aumann, CTO"


TOLD = """fde loop notes (the steel + rail data co)

- 11/10 chat w/ dana - done. 20 min, mostly logistics

next: half day on 12/4 at their office (10am-2:30pm)
dana's email said: decomp w/ ben, then the "customer sim", then lunch w/ a couple of fdes (not an interview, she said, just food), then 30 min w/ one of the cofounders (wes)
"""


def test_a_long_told_chain_names_rounds_the_vocabulary_does_not_know() -> None:
    """Four steps joined by "then": the ones that meet someone or carry the company's own
    name in quotes are rounds, lunch is not."""
    titles = [r.title for r in named_plan(TOLD).rounds]
    assert titles[1:] == ["decomp w/ ben", "customer sim", "30 min w/ one of the cofounders (wes)"]


STATUS = """# Sajilo Bazaar - Product Analyst

Where I am (14 Dec):
1. HR call ✔
2. SQL test ✔ (online, HackerRank, 60 min)
3. Case round <- next, Wed 17 Dec
4. Final round with Head of Product, CTO joins for last 15 min

HR call - done (2 Dec)
- Sushma Gurung, HR Executive, 20 min phone call

SQL test - done (6 Dec)
- 3 questions on their own sample schema

Case round (Wed 17 Dec, 11am, Jhamsikhel office)
- with Prakriti Shrestha (Senior Product Analyst) and one PM
- case likely "orders dropped 15% last week, why?"

Final (date after case round)
- Nabin Adhikari, Head of Product - he will be my manager
- CTO joins last 15 min

## Day plan
08:45  join link, test camera + mic
"""


def test_a_status_list_then_blocks_gives_each_round_once() -> None:
    """ "Case round <- next" is the case round (the arrow points at it), and "Final round with
    Head of Product" is the final whose block names him; joining the call is no round."""
    rounds = named_plan(STATUS).rounds
    assert [r.source.line for r in rounds] == [9, 12, 15, 19]


LETTERED = """# Nordvakt Flysikring — Air Traffic Controller Trainee

## 1. Online test A — cognitive (done 14 Nov) ✅
- 2 hours at home, webcam proctored
- spatial orientation, mental math

## 2. Online test B — multitasking (Tue 2 Dec 18:00, at home)
- simulator-like: tracking a dot with the mouse
- practice on the free apps

## Test day — Oslo, Thu 11 Dec
08:30 registration, ID, photo
08:45 join link for the remote observers, test camera + mic
09:50 – 11:20 group exercise: 5-6 candidates, planning task
12:30 result: who continues to the interview
"""


def test_lettered_steps_stay_apart_and_results_are_no_round() -> None:
    titles = [r.title for r in named_plan(LETTERED).rounds]
    assert any(t.startswith("Online test A") for t in titles)
    assert any(t.startswith("Online test B") for t in titles)
    assert not any("result" in t.lower() or "join link" in t for t in titles)


def test_a_company_field_that_says_its_size_is_not_its_name() -> None:
    plan = named_plan(
        "Vitosha Labs / Senior Product Manager, AI Assistants\n\n"
        "RS — 17 Nov — Desislava Koleva, Talent Acquisition\n"
        " - 30 min, asked about english level\n"
        " - company: 120 people, B2B assistant for customer support teams\n"
    )
    assert plan.company == "Vitosha Labs"


def test_a_chat_senders_employer_is_the_company() -> None:
    plan = named_plan(
        "Teams chat with Diane (copied 25/11/2026)\n\n"
        "[24/11 09:14] Diane Uwase (Kivu Switch - Talent)\n"
        "Good morning Jean-Paul. You are moving to the next stages for the Site Reliability"
        " Engineer role.\n\n"
        "[24/11 09:15] Diane Uwase (Kivu Switch - Talent)\n"
        "The remaining process is: Stage 2 is a technical interview with two of our SREs. Stage 3"
        " is a practical incident simulation. Stage 4 is a conversation with Alain, our Head of"
        " Infrastructure.\n"
    )
    assert plan.company == "Kivu Switch"


def test_more_jobs_are_jobs_and_a_torn_line_is_no_role() -> None:
    educator = named_plan(
        "Derwent Museum — Museum Educator (Schools Program), fixed term 2 yrs\n\n"
        "Already done: phone chat w/ Fiona on 20 Nov (15 min).\n\n"
        "## Part B — panel interview\n- selection criteria, one example each\n"
    )
    assert educator.role and educator.role.startswith("Museum Educator")
    optometrist = named_plan(
        "Mwaiseni Eye Care - Optometrist job\nEdited 30 Nov\n\n"
        "☑ Mrs Phiri (practice manager) called 21 Nov - they want to see me\n\n"
        "Wednesday 3 Dec at the Cairo Road branch:\n"
        "- interview with Dr Mutale Banda (owner). she will be my boss\n"
        "- practical: refraction on a patient\n"
    )
    assert optometrist.role == "Optometrist"


MEMO = """[voice memo, transcribed by the phone app, Dec 3]

[00:00] okay so notes for Grainline, the sales engineer job, before I forget everything. um.
[00:06] Grainline Analytics, they do supply chain visibility software for food and ag.
[00:21] the title on the posting is Senior Solutions Engineer, Midwest.
[00:35] so where I am: I did the recruiter call with Brianna last Tuesday, that went fine, she asked about comp and travel.
[00:58] next is the hiring manager, that's Marcus Webb, it's a forty five minute Zoom on Monday.
[01:40] then, if that goes well, there's the demo round. they give me a fake prospect.
[02:02] one of them will be the skeptical IT guy. I need to prepare the story.
[02:25] and last there's a chat with the CRO, Dana Ortiz, like a thirty minute culture thing.
[02:40] uh, there's also a dinner with the team after the demo day but that's not part of it.
"""


def test_a_transcribed_memo_tells_the_done_call_and_the_last_chat() -> None:
    """ "so where I am: I did the recruiter call with …" and "and last there's a chat with the
    CRO" are rounds, as the steps between them already were."""
    rounds = named_plan(MEMO).rounds
    assert [r.kind for r in rounds] == ["recruiter", "hiring-manager", "presentation", "executive"]


def test_the_interviewer_named_on_the_first_lines_under_a_round() -> None:
    """ "Name (Title)", "Name - Title" and "with Name …" right under a round name who runs it;
    a bare "Recruiter" gives way to the person the lines name."""
    plan = named_plan(
        "Process:\n"
        "- ML / stats round, 60 min\n"
        "    - Kavya Rao (Lead Data Scientist)\n"
        "- Technical Screen\n"
        "    - Ravi Subramanian - Senior Solutions Architect\n"
        "- Case round (Wed 17 Dec, 11am)\n"
        "    - with Prakriti Shrestha (Senior Product Analyst) and one PM\n"
    )
    who = [r.interviewer or "" for r in plan.rounds]
    assert who[0].startswith("Kavya Rao")
    assert who[1].startswith("Ravi Subramanian")
    assert who[2].startswith("Prakriti Shrestha")


DICTATED = """https://jobs.lever.co/quillon/7d1e2b40-senior-frontend-engineer-web-platform

okay notes for the quill on loop recording this in the car so sorry future me
okay so the on site is virtual on the 22nd and the order Dana sent is Priyanka first then Marcus then lunch then Teo
Priyanka is the engineering manager she would be my manager so expect the usual behavioral stuff
ask Priyanka how on call works for the front end people if there even is on call
Marcus is react coding they said build a small component like a multi select with keyboard navigation
Teo is javascript fundamentals no framework things like event loop closures promises
lunch is 45 minutes on my own not with anybody
Owen is the VP of engineering 30 minutes Dana said it's more about values and career
"""


def test_a_dictated_loop_told_by_who_runs_each_round() -> None:
    rounds = named_plan(DICTATED).rounds
    assert [r.title for r in rounds] == ["Priyanka", "Marcus", "Teo", "Owen"]
    assert [r.interviewer for r in rounds] == ["Priyanka", "Marcus", "Teo", "Owen"]
    assert rounds[1].kind == "coding" and rounds[3].kind == "executive"
    assert any("on call" in f.text for f in rounds[0].focus)  # "ask Priyanka …" is hers


def test_one_line_about_someone_is_no_round() -> None:
    plan = plan_of(
        "# Acme — Data Analyst\n\n## Recruiter call\n- salary, notice\n\n"
        "Sam is the hiring manager, very data-driven.\n"
    )
    assert [r.title for r in plan.rounds] == ["Recruiter call"]


TODOIST = """# Hollowpine Brewing (Todoist project, copied out Mar 8)

## Interviews
- [x] Phone call w/ Jess Moreau @interview p1 📅 Mar 3
  She's co-owner + runs the business side, I'd report to her. 40 min.
- [ ] Sensory panel w/ Priya Natt @interview p1 📅 Mar 10 2:00 PM
  Priya = QA/QC lead (part time). Triangle tests + spiked samples.
- [ ] Trial brew day @interview p1 📅 Mar 14 6:00 AM
  Brew their flagship start to finish with the cellar guy Tomás.
- [ ] Sit-down w/ Jess + Andre Lavoie (both owners) @interview p2 📅 Mar 17
  Final, at the brewery after close. Vision for the next 3 yrs.

## Prep
- [ ] Costing sheet for a 20 bbl batch p2
"""


def test_a_to_do_apps_interview_list_is_the_loop_without_its_tags() -> None:
    titles = [r.title for r in named_plan(TODOIST).rounds]
    assert len(titles) == 4
    assert not any("@" in t or "📅" in t or " p1" in t for t in titles)
    assert titles[2].startswith("Trial brew day")


TRELLO = """Brisa Labs – PM Merchants
in list EN PROCESO  ·  board "Pega 2027"

Description
Rol: Product Manager, Pagos a Comercios (Merchant Payments)

Proceso según Javiera (llamada 6 ene):
1) screening con ella
2) entrevista con hiring manager
3) caso de producto
4) métricas / ejecución
5) "cultural" con el CTO
Total aprox 2 semanas.
"""


def test_the_loops_own_numbered_list_names_each_step_even_weakly() -> None:
    """Under the process label, a short step that names a kind only weakly ("caso de
    producto", "métricas / ejecución") is a round like its typed neighbours."""
    rounds = named_plan(TRELLO).rounds
    assert [r.source.line for r in rounds] == [8, 9, 10, 11, 12]
    # a step that names its kind only weakly takes that kind once no other round claims it
    assert [r.id for r in rounds][2:4] == ["caso-de-producto", "execution"]


def test_a_pasted_sheet_whose_first_column_is_numbered_is_a_table() -> None:
    notes = (
        "LINDARU — analytics engineer (copied from my Google Sheet)\n\n"
        "#\tstage\tdate\twho\tstatus\n"
        "1\trecruiter call\t16.02\tMerilin Tamm (talent partner)\tdone\n"
        "2\thiring manager\t19.02\tKristjan Vaher, Head of Data\tdone\n"
        "4\tSQL & modelling\t05.03\tRasmus Kask (senior AE)\tscheduled\n"
        "5\tvalues / founder\ttbd\tKadri Saar (co-founder, COO)\ttbd\n"
    )
    rounds = named_plan(notes).rounds
    assert [r.title for r in rounds] == [
        "recruiter call",
        "hiring manager",
        "SQL & modelling",
        "values / founder",
    ]
    assert rounds[2].interviewer == "Rasmus Kask (senior AE)"


TELEGRAM = """Saved Messages

[02.03.2027 19:12] Mikkel Sørensen:
applied Vestkyst Vind – Wind Turbine Service Technician, Esbjerg base. link: vestkystvind.dk/job/service-technician

[04.03.2027 10:03] [Forwarded from Mette Kristensen]
Hi Mikkel, could you do a short phone interview on Friday 6/3 at 13:00? Best regards, Mette Kristensen, HR Partner, Vestkyst Vind A/S

[06.03.2027 13:31] Mikkel Sørensen:
phone w/ Mette done. 20 min like she said. asked: GWO certs valid? salary wish.

[09.03.2027 08:15] [Forwarded from Mette Kristensen]
Interview: Thursday 12/3 at 09:00 at Vestkyst Vind, Esbjerg. You meet Henrik Lund (Service Manager) and Jesper Nørgaard (Team Leader).
"""


def test_telegram_saved_messages_read_as_notes() -> None:
    """Each message's stamp line is no text of the notes, "Saved Messages" is no company, and
    "phone w/ Mette done" is the call that happened."""
    plan = named_plan(TELEGRAM)
    assert plan.company == "Vestkyst Vind"
    assert [r.source.line for r in plan.rounds] == [10, 13]


def test_a_table_whose_round_column_holds_numbers_is_titled_by_the_next_column() -> None:
    notes = (
        "| Round | What | With | Date |\n|---|---|---|---|\n"
        "| 1 | HR screening | Thao (HR) | 26/2 |\n"
        "| 2 | Technical interview | Quan (Senior CE) | 5/3 |\n"
        "| 3 | Customer role-play | Quan + Linh (Sales) | 12/3 |\n"
    )
    rounds = named_plan(notes).rounds
    assert [r.title for r in rounds] == [
        "HR screening",
        "Technical interview",
        "Customer role-play",
    ]
    assert rounds[1].interviewer == "Quan (Senior CE)"


SCORECARD = """# Tanglewood Freight — Director of Engineering

### Interview 3 — Technical Strategy & Architecture
Interviewer: ____________ (usually 2 principals)
Competencies: architectural judgment, build vs buy
**ME:** one session, 60 min, they tag-team.

### Interview 5 — Bar Raiser
Interviewer: ____________ (from another org)
Competencies: raising the bar, judgment under ambiguity
**ME:** not in my loop — Carla said they dropped bar raisers for director loops. Skip.

### Interview 6 — Cross-functional Partnership
Interviewer: ____________ (Product or Ops leader)
**ME:** Elena Marsh, VP Product. 45 min.
"""


def test_a_copied_scorecard_drops_the_step_not_in_my_loop_and_its_blanks() -> None:
    rounds = named_plan(SCORECARD).rounds
    assert [r.title for r in rounds] == [
        "Interview 3 – Technical Strategy & Architecture",
        "Interview 6 – Cross-functional Partnership",
    ]
    assert not any("_" in (r.interviewer or "") for r in rounds)


def test_an_invite_with_a_calendar_block_names_the_sender_company_not_begin() -> None:
    notes = (
        "From: Rand Haddad <rand.haddad@wadipay.jo>\n"
        "Subject: Your virtual onsite – Application Security Engineer\n\n"
        "Hi Yazan, please find below the schedule for your virtual onsite.\n\n"
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Interview 1 – Threat modeling (Omar Khalil)\n"
        "DTSTART:20270309T090000\nEND:VEVENT\nEND:VCALENDAR\n\n"
        "Best,\nRand Haddad\nTalent Acquisition, Wadi Pay\n"
    )
    assert named_plan(notes).company == "Wadi Pay"


def test_in_notes_typed_without_capitals_the_name_after_w_is_who() -> None:
    plan = named_plan(
        "ledgerly - backend eng (payments)\n\n"
        "1. call w/ priya from eng - 30 min, past projects\n"
        "2. coding w/ tom - leetcode medium, graphs probably\n"
        "3. sys des w/ the team - design a ledger\n"
    )
    who = [r.interviewer for r in plan.rounds]
    assert who[0] == "priya from eng" and who[1] == "tom"
    assert who[2] in (None, "the team")  # a group, never read as a name


def test_a_chain_drawn_with_greater_than_signs_is_the_loop() -> None:
    plan = named_plan(
        "# Northstar Robotics — Senior Backend Engineer\n\n"
        "loop: recruiter screen (done) > HM call (fri) > virtual onsite: coding x2, system design,"
        " behavioral\n\n## HM call - fri 10am\n- with Dana Kim, Eng Manager\n"
    )
    kinds = [r.kind for r in plan.rounds]
    assert kinds == [
        "recruiter",
        "hiring-manager",
        "coding",
        "coding",
        "system-design",
        "behavioral",
    ]
    assert plan.rounds[0].title == "recruiter screen (done)"


def test_a_schedule_spaced_into_columns_splits_the_round_from_who_runs_it() -> None:
    plan = named_plan(
        "Interview schedule – Orbitly\n\nTuesday, December 9, 2026\n"
        "10:00 AM - 10:45 AM   Coding Interview       Sam Patel (Software Engineer)\n"
        "10:45 AM - 11:00 AM   Break\n"
        "11:00 AM - 12:00 PM   System Design          Mei Chen (Staff Engineer)\n"
    )
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Coding Interview", "Sam Patel (Software Engineer)"),
        ("System Design", "Mei Chen (Staff Engineer)"),
    ]


def test_two_numbered_entries_of_one_kind_stay_two_rounds() -> None:
    plan = named_plan(
        "# Prep — Staff SWE @ Quantly\n\n**Round 3 — Onsite (4 interviews)**\n"
        "1. Coding (Ivan again?)\n2. Coding — Lina Ortiz\n3. System Design — Raj (staff)\n"
    )
    assert [r.kind for r in plan.rounds].count("coding") == 2


def test_the_prep_page_title_and_a_rounds_own_line_are_no_title() -> None:
    todo = named_plan(
        "TODO interview prep - Helix Bio - ML Engineer\n\n"
        "[x] recruiter call 12/1 - Nora\n[ ] 12/11 - coding (python) w/ Ben\n"
        "[ ] 12/12 - HM - Elena Park, Dir of ML\n"
    )
    assert not any("prep" in r.title.lower() for r in todo.rounds)
    steps = named_plan(
        "Interview 1/4: recruiter — Jenna (done 11/2)\n"
        "Interview 2/4: technical screen — 60 min coderpad w/ Omar\n"
    )
    assert steps.company is None and steps.role is None


EMAIL = """Subject: Re: Next steps - Software Engineer II, Payments - Vireo

Hi Alex,

Great speaking with you! Here's what's next:

Step 1: Technical phone screen (60 minutes) with one of our engineers - live coding in CoderPad.
Step 2: Virtual onsite (4 x 45 minutes):
  - Coding
  - Coding (debugging)
  - System design
  - Behavioral with the hiring manager

Thanks,
Rosa Martinez
Technical Recruiter | Vireo
"""


def test_a_recruiters_next_steps_email_signature_and_greeting_are_no_round_or_company() -> None:
    """The signature's "Technical Recruiter | Vireo" is no round; "Great speaking with you!" is
    no company."""
    plan = named_plan(EMAIL)
    assert plan.company == "Vireo"
    assert not any("Vireo" in r.title for r in plan.rounds)


def test_two_short_entries_of_one_kind_in_a_list_stay_two_rounds() -> None:
    plan = named_plan(
        "## Virtual onsite (4 x 45 minutes)\n- Coding\n- Coding (debugging)\n- System design\n"
    )
    assert [r.title for r in plan.rounds] == ["Coding", "Coding (debugging)", "System design"]
