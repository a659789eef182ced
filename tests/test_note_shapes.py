"""Shapes of notes the parser learned to read in the second round of issue 10, each with a
case where the same words must not make a round (written for these tests, not taken from
the evaluation set)."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from tests.support.plans import plan_of


def kinds_titles(notes: str) -> list[tuple[str, str]]:
    plan = plan_of(notes)
    assert not plan.default_loop
    return [(r.kind_id, r.title) for r in plan.rounds]


PROSE_LOOP = """Thursday brain dump before the Kestrel loop

The role is Senior Backend Engineer, Payments Platform, and it reports into the ledger team.

The loop is on Friday, remote. It opens with the architecture presentation, which is the
long one: forty minutes on a system I built, then questions.

After a ten-minute break there's a one-on-one with Ines Duarte, who would be my manager
(Engineering Manager, Ledger). She cares about how I handle on-call and disagreement.

Later I need to review my notes for the coding interview and sleep early.

Right after lunch I meet two engineers from the risk team. This is the pair debugging round.
They hand me a failing service and watch how I narrow it down.

The last conversation is twenty minutes with Oskar Lind, the VP of Engineering.
"""


def test_a_loop_told_in_prose_gives_its_rounds_and_skips_a_to_do() -> None:
    plan = plan_of(PROSE_LOOP)
    got = [(r.kind_id, r.title.lower()) for r in plan.rounds]
    assert [k for k, _ in got] == ["presentation", "hiring-manager", "technical", "executive"]
    assert "architecture presentation" in got[0][1] and "pair debugging round" in got[2][1]
    assert plan.rounds[1].interviewer and "Ines Duarte" in plan.rounds[1].interviewer
    assert plan.rounds[3].interviewer and "VP of Engineering" in plan.rounds[3].interviewer
    # hard-wrapped lines are joined into sentences, each on the line it starts on
    focus = plan.rounds[0].focus
    assert focus[0].text.startswith(
        "It opens with the architecture presentation, which is the long"
    )
    assert plan.role and "Senior Backend Engineer" in plan.role


def test_lines_that_open_on_a_round_name_are_rounds_and_their_kind_is_what_they_ask() -> None:
    notes = (
        "NIMBUS - sr sre\n\nSTATUS\n"
        "recruiter scrn 5/20 w/ Jo (talent) - 30m, relo, comp\n"
        "phone screen: 1 hr coderpad w/ an engineer (Raf). two pointers, a heap.\n"
        "phone screen went well overall, I think\n\n"
        "ONSITE\n10:00  system design - Mira Chen\n11:00  hiring manager - Tom Berg\n"
    )
    got = kinds_titles(notes)
    assert [k for k, _ in got] == ["recruiter", "coding", "system-design", "hiring-manager"]
    assert not any("went well" in t for _, t in got)


def test_a_done_screen_is_not_the_schedule_entry_of_the_same_kind() -> None:
    notes = (
        "tech phone screen w/ Dave Ko - done 9/5. C questions: volatile, bit tricks\n\n"
        "ONSITE SCHEDULE\n9:00   whiteboard problem - Dave Ko again\n"
        "10:00  hiring manager - Sam Oyelowo\n"
    )
    titles = [t.lower() for _, t in kinds_titles(notes)]
    assert any("phone screen" in t for t in titles) and any("whiteboard" in t for t in titles)


def test_a_bold_meeting_line_with_a_date_is_a_round_and_a_dated_prep_heading_is_not() -> None:
    notes = (
        "**leah — CEO — wed 5/29 @ 10**\n- why construction\n- first 90 days\n\n"
        "**dev — CTO, cofounder — fri 5/31 @ 2**\n- working with 6 engineers\n\n"
        "## Week of 5/20: technical prep\n- caching\n- queues\n"
    )
    got = kinds_titles(notes)
    assert [k for k, _ in got] == ["executive", "executive"]


def test_a_list_line_with_a_part_held_twice_and_untyped_parts() -> None:
    notes = "superday = decomp, coding x2, learning, HM\n"
    got = kinds_titles(notes)
    assert [t for _, t in got] == ["decomp", "coding", "coding", "learning", "HM"]
    assert [k for k, _ in got].count("coding") == 2


def test_page_properties_and_a_causal_arrow_are_not_rounds() -> None:
    notes = (
        "# Quill — Staff DS loop\n\nCreated: April 3, 2024 9:12 PM\n"
        "Last edited: April 15, 2024 11:48 PM\n\n"
        "- Ana burned by a big-co PM before → will probe for SQL and support\n\n"
        "## Hiring manager — Ana\n- scrappiness\n"
    )
    got = kinds_titles(notes)
    assert got == [("hiring-manager", "Hiring manager")]


def test_questions_told_in_a_paragraph_after_a_label_with_an_aside() -> None:
    notes = (
        'Things I want to ask, so I don\'t blank when they say "any questions":\n'
        "I want to ask Ines how on-call is shared, is it a rota or heroics? I'd like to ask\n"
        "the panel which incident taught them the most. I also want to know how the ledger\n"
        "team picks its roadmap. That's three, which is plenty.\n\n"
        "QUESTIONS I WANT TO ASK (whoever I end up talking to)\n"
        "- How is the team split between build and run?\n"
    )
    asked = [q.text for q in plan_of(notes).candidate_questions]
    assert len(asked) == 4
    assert asked[0].startswith("I want to ask Ines how on-call is shared")
    assert not any("plenty" in q for q in asked)


def test_a_pitch_told_in_prose_and_after_a_label_line() -> None:
    prose = (
        "If anyone asks me why Kestrel (someone will), my answer is\n"
        "this: I have spent six years on ledgers and Kestrel is the only team treating\n"
        "reconciliation as a product.\n"
    )
    plan = plan_of(prose)
    assert plan.pitch and plan.pitch[0].text.startswith("I have spent six years on ledgers")
    assert plan.company == "Kestrel"
    caps = (
        "WHY KESTREL\ni've done ledgers for six years and want to build the product side of it.\n"
    )
    assert plan_of(caps).pitch


FORWARDED_SCHEDULE = """Notes from the recruiter thread

> Hi Sam, next steps, all on Zoom, Thursday 11/13:
> • 10:00–10:45 CT — Hiring Manager interview, Dana Whitlock (Director, Operations)
> • 11:00–11:45 CT — Operations case, Raj Malhotra (Senior Ops Manager)
> • 12:00–12:30 CT — Lunch with the team
> • 12:30–1:15 CT — Cross-functional conversation with Kelsey Brandt (Sales Lead)
> Let me know if anything conflicts!
"""


def test_a_forwarded_schedule_in_a_quote_with_a_two_letter_time_zone() -> None:
    plan = plan_of(FORWARDED_SCHEDULE)
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Hiring Manager interview", "Dana Whitlock (Director, Operations)"),
        ("Operations case", "Raj Malhotra (Senior Ops Manager)"),
        (
            "Cross-functional conversation with Kelsey Brandt (Sales Lead)",
            "Kelsey Brandt (Sales Lead)",
        ),
    ]


TIME_TABLE = """# Studio interview day

## Schedule

| Time | What | With |
|------|------|------|
| 9:00 | Portfolio review | Studio Director |
| 10:30 | Office tour | Dominique |
| 11:00 | Detailing exercise | Technical Director |

## Positioning

> "Eight years turning designs into buildings that get built."
"""


def test_a_schedule_table_whose_first_column_is_the_time() -> None:
    plan = plan_of(TIME_TABLE)
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Portfolio review", "Studio Director"),
        ("Detailing exercise", "Technical Director"),
    ]


PROSE_STAGES = """Written on the train back.

Priya says the process is two stages, no psychometrics.
The first stage is a technical interview with two engineers from the team. It is an hour,
with a hand calculation first.

If that goes well, the second stage is actually two separate conversations on the same
afternoon. The first one is a project portfolio review, where I present two projects.

I should buy a new notebook before then.
"""


def test_prose_stages_whose_sentences_end_at_the_line_and_a_stage_of_two_rounds() -> None:
    titles = [t.lower() for _, t in kinds_titles(PROSE_STAGES)]
    assert titles == ["technical interview with two engineers from the team",
                      "project portfolio review"]  # fmt: skip


DUTCH_CALENDAR = """Sollicitatie-notities

Eerdere ronde (al gedaan):
  ma 3 nov  14:00–14:30  Kennismaking recruiter — Sanne de Vries (Talent Acquisition)

Dinsdag 18 november
08:30 – 09:00   arrive, get badge
09:00 – 10:00   Technical deep dive: CI/CD
10:15 – 11:15   Live troubleshooting ("break/fix")
11:30 – 12:15   Lunch (not evaluated)
12:15 – 13:00   Chapter Lead interview
13:15 – 14:00   Orange Code / behavioural
14:00           done

## Voorbereiding
- wo 12 nov: oefengesprek coding met Joris
- do 13 nov: interview bij Adyen (andere baan!)
"""


def test_a_dutch_dated_line_an_untyped_slot_and_a_study_plan() -> None:
    assert kinds_titles(DUTCH_CALENDAR) == [
        ("recruiter", "Kennismaking recruiter"),
        ("technical", "Technical deep dive"),
        ("technical", 'Live troubleshooting ("break/fix")'),
        ("hiring-manager", "Chapter Lead interview"),
        ("behavioral", "Orange Code / behavioural"),
    ]


def test_the_company_from_a_mail_subject_under_a_paste_banner_and_from_a_squeezed_initialism() -> (
    None
):
    mail = (
        "=== pasted from Gmail, Thu May 8 ===\n\nSubject: Your Acmebase Final Interviews – "
        "Senior PMM\nFrom: Grace <grace@example.org>\n\nThanks again for your time with Kelsey.\n"
    )
    assert plan_of(mail).company == "Acmebase"
    short = "brightwave - sr SRE\n\nwhy BW: i have been paged by BW for years.\nBW values: own it\n"
    assert plan_of(short).company == "Brightwave"


DATED_HEADINGS = """# Temporal — Technical Writer

## Mon Mar 3, 10:30 AM PT — Recruiter screen (Inés Moreno)
- why docs, why now

## Thu Mar 6, 1:00 PM PT — Hiring manager: Ashwin Rao (Head of Developer Education)
- how I measure docs success

## Tue Mar 18 — Final round (virtual)

### 9:00–9:45 — Docs review / critique
- with Kendra Lowe, Staff Technical Writer

### 10:00–10:45 — Engineering conversation
- Sergei (staff engineer, TypeScript SDK)

### 11:00–11:30 — Values (engineering values + culture)
- curiosity, ownership
"""


def test_headings_that_open_on_a_date_and_time_zone_give_the_round_and_its_interviewer() -> None:
    plan = plan_of(DATED_HEADINGS)
    got = [(r.kind_id, r.title, r.interviewer) for r in plan.rounds]
    assert got[:2] == [
        ("recruiter", "Recruiter screen (Inés Moreno)", "Inés Moreno"),
        ("hiring-manager", "Hiring manager", "Ashwin Rao (Head of Developer Education)"),
    ]
    assert [t for _, t, _ in got[2:]] == [
        "Docs review / critique",
        "Engineering conversation",
        "Values (engineering values + culture)",
    ]


OUTLINE = """ACME – Supply Chain Analyst II
Interview prep – v3

1. BACKGROUND
   1.1 Role: inventory planning for consumables
   1.2 Tools in JD: Excel, SQL

2. PROCESS (from recruiter Dana Price)
   2.1 Phone screen w/ Dana – 9/30 – DONE. Basic fit, relocation.
   2.2 Video interview w/ hiring manager – 10/8 – DONE
       a. HM: Trevor Lam, Sr. Manager
       b. Felt good. He said onsite will include "a case in Excel and then presenting it"
   2.3 ONSITE – Tue 10/21, HQ, 8:30–3:30

3. ONSITE AGENDA (from Dana's email)
   8:30   Arrival, badge
   9:00   Excel case – individual work (90 min)
   10:30  Break
   10:45  Case presentation to panel (45 min)
   11:30  Behavioral interview
   12:15  Lunch w/ two analysts
"""


def test_an_outline_with_decimal_numbers_caps_sections_and_an_indented_agenda() -> None:
    got = kinds_titles(OUTLINE)
    assert [t for _, t in got] == [
        "Phone screen w/ Dana",
        "Video interview w/ hiring manager",
        "Excel case",
        "Case presentation to panel (45 min)",
        "Behavioral interview",
    ]
    assert got[1][0] == "hiring-manager"


MAIL_AND_NOTES = """Hi Amara,

Thanks again for your time with Kelsey last week — the team really enjoyed the conversation and we're excited to move you forward to the final stage for the Senior PMM role!

  11:00 – 11:45   Product Partnership – Ivan Sokolov, Group Product Manager, Sales Hub
  11:45 – 12:30   Sales Enablement – Rachel Burns, Sales Enablement Lead

my notes

loop so far:
- HM interview w/ Kelsey Marsh (Director PMM), May 1, done. she asked about pricing -> a gap on the team
- interviewr: someone from sales, name TBD
"""


def test_a_mail_sentence_is_no_round_slots_stay_apart_and_a_round_line_may_hold_an_arrow() -> None:
    plan = plan_of(MAIL_AND_NOTES)
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Product Partnership", "Ivan Sokolov, Group Product Manager, Sales Hub"),
        ("Sales Enablement", "Rachel Burns, Sales Enablement Lead"),
        ("HM interview w/ Kelsey Marsh (Director PMM)", "Kelsey Marsh (Director PMM)"),
    ]


def test_a_pitch_wrapped_in_prose_a_positioning_heading_and_a_quoted_why_line() -> None:
    prose = (
        "# Notes\n\nWhy Arup, in a sentence I can actually say out loud: I want to work\n"
        "somewhere the engineering is the product, not a line item on someone else's budget.\n"
    )
    assert plan_of(prose).pitch
    heading = "# Notes\n\n## Positioning\n\nEight years turning designs into buildings.\n"
    assert plan_of(heading).pitch
    quoted = (
        '5. ANSWERS\n   5.1 "Why Chewy?" – I\'ve done transportation for 3 years; I want to be '
        "upstream, where the inventory decision is made.\n"
    )
    assert plan_of(quoted).pitch
    assert not plan_of("# Notes\n\n## Positioning of the product\n- it is a B2B tool\n").pitch


def test_a_process_heading_that_names_no_kind_is_the_plan_and_intro_with_someone_is_a_meeting() -> (
    None
):
    notes = (
        "# Ledger co\n\n## how they run it (Noor told me on the first call)\n"
        "- intro with Noor (CEO) — done\n- bug bash with Theo (CTO)\n"
        "- product jam with Noor + Iris (designer)\n\n### intro w/ Noor — done Tue\n"
        "- she asked why I left\n"
    )
    plan = plan_of(notes)
    assert [r.title for r in plan.rounds][:3] == [
        "intro with Noor (CEO)",
        "bug bash with Theo (CTO)",
        "product jam with Noor + Iris (designer)",
    ]
    assert not plan.pitch  # "intro w/ Noor" is a meeting, not the candidate's intro


def test_role_across_two_quoted_lines_a_title_line_with_a_dot_and_a_why_bullet_names_the_company() -> (
    None
):
    mail = (
        "pasted from slack (DM w/ Jordan + my notes channel), cleaned up a bit\n\n"
        "---- DM: Jordan Pike ----\n\n**Jordan Pike** 10:42 AM\n"
        "recruiter is Mei Tanaka, she's great, very direct. she'll forward you the schedule\n"
        "**Jordan Pike** 10:43 AM\nask about the case\n\n"
        "> Hi Alex — excited to move you forward for the\n"
        "> Operations Manager, Ocean Freight role. Next steps on Zoom.\n\n"
        "- why Flexport: I want the tech side\n"
    )
    plan = plan_of(mail)
    assert (plan.company, plan.role) == ("Flexport", "Operations Manager, Ocean Freight")
    log = (
        "# MSR internship — running log\n\n"
        "Microsoft Research, Redmond · **Research Intern – Systems for ML (Summer 2026)**\n"
    )
    assert plan_of(log).role == "Research Intern — Systems for ML (Summer 2026)"


def test_a_technical_screen_is_a_coding_round_only_for_a_role_that_writes_code() -> None:
    def kind(role: str) -> str:
        notes = f"# Acme — {role}\n\n## Tech phone screen\n- 45 min with an engineer\n"
        return plan_of(notes).rounds[0].kind_id

    assert kind("Senior Backend Engineer") == "coding"
    assert kind("Senior Android Engineer (Maps)") == "coding"
    assert kind("Product Security Engineer") == "technical"
    assert kind("Data Scientist, Product Analytics") == "technical"


def test_dutch_notes_a_coffee_chat_heading_money_heading_and_met_for_with() -> None:
    notes = (
        "# Banen zoeken 2025\n\n## Koffie met Sanne (Picnic) 9/1\n- leuk gesprek\n\n"
        "## Recruiter call met Femke\n- salaris besproken\n\n## HM call met Rahul\n"
        "- portfolio\n\n## Geld / overwegingen\n- minimaal 85k\n"
    )
    plan = plan_of(notes)
    assert [(r.title, r.interviewer) for r in plan.rounds] == [
        ("Recruiter call met Femke", "Femke"),
        ("HM call met Rahul", "Rahul"),
    ]


def test_everyday_lines_the_new_shapes_must_not_misread() -> None:
    """From a review of the shapes above: each line reads as a person would read it."""
    listed = "# Acme\n\n## Process\n- Recruiter screen\n- Final round - CEO\n"
    assert [r.title for r in plan_of(listed).rounds] == ["Recruiter screen", "Final round"]
    virtual = "# Acme\n\n## Process\n- Recruiter screen\n- Final round (virtual, 4 hrs)\n"
    assert len(plan_of(virtual).rounds) == 2
    met = "# Acme\n\n## Recruiter call, met 2 people from the team\n- comp\n"
    assert plan_of(met).rounds[0].interviewer == "Recruiter"  # not "2 people from the team"
    hm = "# Acme\n\n## Loop\n- HM - Priya Shah\n- Coding - Ana\n"
    assert plan_of(hm).rounds[0].title == "HM"


def test_a_quantity_or_a_european_time_is_not_an_outline_number_nor_a_date() -> None:
    from mockloop.notes.shapes import dated

    notes = parse_notes("3.5 hours of interviews on site.\n09.30 - 10.15 Coding with Ana\n")
    texts = [i.text for s in notes.sections for i in s.items]
    assert texts == ["3.5 hours of interviews on site.", "09.30 - 10.15 Coding with Ana"]
    assert dated("2 outages: one in prod, one in staging") is None


def test_the_usual_loop_for_a_ui_engineer_and_pm_notes_told_apart_from_the_time_of_day() -> None:
    from mockloop.notes.loops import _ENG_LOOP, _GENERIC_LOOP, default_kinds
    from mockloop.records import PM_LOOP

    assert default_kinds("Senior UI Engineer") == _ENG_LOOP
    assert default_kinds(None, ["call at 3 pm", "lunch at 1 pm"]) == _GENERIC_LOOP
    assert default_kinds(None, ["the PM team owns the roadmap", "PMs write the PRD"]) == PM_LOOP


def test_a_role_in_shorthand_or_opening_on_its_seniority() -> None:
    assert plan_of("VERCEL - sr frontend eng (dashboard team)\nremote ok\n").role == (
        "sr frontend eng (dashboard team)"
    )
    assert plan_of("# Senior Delivery Manager\n\nGrade: G7\n").role == "Senior Delivery Manager"
