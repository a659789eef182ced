"""Rules learnt from tuning batch t29: a mind map or `tree` drawn in box or ASCII characters,
pasted chat exports, time-slot agendas and the employer beside tool and file names."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.records import InterviewPlan


def plan(text: str) -> InterviewPlan:
    return extract_plan(parse_notes(text))


def test_a_drawn_tree_reads_as_the_outline_it_draws() -> None:
    """A mind map's text export: each branch with branches of its own heads them, so the
    steps under "stages" are four rounds, not one round swallowing the rest."""
    notes = (
        "Applications spring  (mind map export)\n"
        "├── Oakridge Roasters  Head Barista\n"
        "│   ├── stages\n"
        "│   │   ├── phone call – store manager (Dana) ✔ done\n"
        "│   │   │   ├── asked about weekend shifts\n"
        "│   │   │   └── pay expectations\n"
        "│   │   ├── latte art test (practical, 30 min)\n"
        "│   │   │   ├── two rosettas, one tulip\n"
        "│   │   │   └── dial in the grinder\n"
        "│   │   ├── interview – area manager\n"
        "│   │   │   └── team leadership stories\n"
        "│   │   └── final – owner + head roaster\n"
        "│   │       └── sourcing, why specialty coffee\n"
        "│   └── ask them\n"
        "│       └── How are shifts planned?\n"
        "└── other\n"
        "    └── renew food hygiene card\n"
    )
    got = plan(notes)
    assert not got.default_loop
    assert [r.source.line for r in got.rounds if r.source] == [4, 7, 10, 12]


def test_a_tree_needs_branches_and_leaves_tables_alone() -> None:
    from mockloop.notes.trees import untreed

    table = ["+----+----+", "| a  | b  |", "+----+----+", "|---|---|"]
    assert untreed(table) == table
    assert untreed(["├── one", "└── two"]) == ["├── one", "└── two"]  # too few to be a tree
    tree = ["root", "|-- a", "|   |-- b", "|   `-- c", "`-- d"]
    assert untreed(tree) == ["root", "# a", "- b", "- c", "- d"]


def test_notes_posted_to_ones_own_chat_channel_read_as_notes() -> None:
    """A channel export where one person writes every message: the stamps and the name go,
    so the numbered steps and "label:" lines read as in any notes."""
    stamp = "[2027-03-02 09:1{}] Marta Ruiz: "
    lines = [
        "the process at Vela Maritime for Fleet Analyst:",
        "1. recruiter call with Tom (done ✅)",
        "2. take-home case – fuel model in Excel",
        "3. panel interview with the fleet director",
        "take-home case:",
        "- fuel curves per vessel class",
        "- one slide of findings",
    ]
    notes = "#my-job-notes (export)\n\n" + "\n".join(
        stamp.format(n) + line for n, line in enumerate(lines)
    )
    got = plan(notes)
    assert not got.default_loop
    assert len(got.rounds) == 3
    assert got.rounds[1].kind == "take-home"
    assert all("Marta" not in (r.interviewer or "") for r in got.rounds)


def test_a_chat_with_a_recruiter_keeps_its_speakers_but_reads_bracketed_steps() -> None:
    """In a two-person chat the recruiter's "(2) …" messages are the numbered steps, the
    speaker "me" included in the count of who talks; the rest stays as said."""
    from mockloop.notes.pasted import chat_lists

    lines = [
        "[03/02/2027 10:01] Omar Haddad: Great news, next are two interviews:",
        "[03/02/2027 10:01] Omar Haddad: (1) Plant Manager, Ms. Lina Aziz – 9 Feb 10:00",
        "[03/02/2027 10:02] Omar Haddad: (2) safety case role-play – 9 Feb 11:30",
        "[03/02/2027 10:05] me: Thanks! Is parking available?",
        "[03/02/2027 10:06] me: and is the role-play in English?",
    ]
    got = chat_lists(lines)
    assert got[1] == "1. Plant Manager, Ms. Lina Aziz – 9 Feb 10:00"
    assert got[2] == "2. safety case role-play – 9 Feb 11:30"
    assert got[0] == lines[0] and got[3:] == lines[3:]


def test_a_numbered_step_the_notes_say_is_dropped_is_no_round() -> None:
    """ "Schritt 3 entfällt" in a later update drops the step, in the notes' language."""
    notes = (
        "# Bewerbung Logistikplaner\n\n"
        "**Schritt 1 — Telefoninterview** mit Frau Keller ✔\n"
        "- Gehalt, Kündigungsfrist\n\n"
        "**Schritt 2 — Fachgespräch** mit dem Teamleiter, Di 10 Uhr\n"
        "- Tourenplanung, SAP\n\n"
        "**Schritt 3 — Gespräch mit dem Betriebsrat**\n"
        "- Mitbestimmung\n\n"
        "Update 12.3.: Schritt 3 entfällt, der Betriebsrat gibt nur schriftlich Stellung.\n"
    )
    got = plan(notes)
    assert len(got.rounds) == 2
    assert not any("Betriebsrat" in r.title for r in got.rounds)


def test_the_employer_is_not_the_file_or_the_app_the_notes_came_from() -> None:
    """ "rounds.csv – …", "Minutes – …", "Microsoft Teams – chat export": the file or the tool;
    the legal name further down (or the hiring tag) is the employer."""
    csv = plan(
        "# stages.csv – Line Cook @ Harbourside Kitchens Ltd (Cork)\n\n"
        "## Trial shift\n- knife skills\n"
    )
    assert csv.company == "Harbourside Kitchens Ltd"
    minutes = plan(
        "Minutes – call with recruiter, 3 Mar 2027 (Zoom)\n\n"
        "Attendees: Ruth Amadi (HR, Savanna Freight (Pty) Ltd), me\n\n"
        "## Next stages\n- interview with the fleet manager\n"
    )
    assert minutes.company == "Savanna Freight (Pty) Ltd"
    chat = plan(
        'Microsoft Teams – chat export – "Planner role"\n\n'
        "[02/03/2027 09:00] Ruth: Congrats on the shortlist! #LifeAtBlueDuneLogistics\n"
        "[02/03/2027 09:01] Ruth: next is a panel with the ops director\n"
        "[02/03/2027 09:02] me: thanks!\n"
    )
    assert chat.company == "Blue Dune Logistics"


def test_a_title_opening_with_the_roles_initials_names_the_job() -> None:
    """ "CRA II – Carpathia …" with "Role: Clinical Research Associate II": CRA is the job."""
    got = plan(
        "# SLP II – Birchwood Therapy Group SRL (Cluj)\n\n"
        "Role: Speech Language Pathologist II, paediatrics\n\n"
        "## Interviu cu managerul\n- caseload\n"
    )
    assert got.company == "Birchwood Therapy Group SRL"


def test_a_hashtag_or_a_file_name_spells_the_employer_out() -> None:
    """A mind map's root "#NorthwindFoods  Category Buyer", and an abbreviation spelled out by
    an attached file's name ("BDL" in "BaltDockLines_JD.pdf")."""
    tagged = plan(
        "Job hunt (mind map export)\n"
        "├── #NorthwindFoods  Category Buyer\n"
        "│   ├── stages\n"
        "│   │   ├── phone screen – HR ✔\n"
        "│   │   │   └── notice period\n"
        "│   │   └── panel – buying director\n"
        "│   │       └── supplier negotiation\n"
    )
    assert tagged.company == "Northwind Foods"
    ticket = plan(
        "OPS-12  BDL onsite loop – prep\n"
        "Attachments: BaltDockLines_JD_CategoryBuyer.pdf\n\n"
        "Position per JD: Category Buyer\n"
    )
    assert ticket.company == "Balt Dock Lines"


def test_a_comment_or_a_bracketed_file_note_is_not_the_title() -> None:
    """ "<!-- copied from my repo -->" over "## Kestrel Bank — Data Analyst": the heading is
    the title, and "why SQL" in its job part is not the employer either."""
    got = plan(
        "<!-- copied from my private repo -->\n"
        "## Kestrel Bank — Data Analyst — tracker\n\n"
        "- [x] Intro call with Ama (HR)\n"
        "- [ ] SQL test\n\n"
        "why Kestrel: I like their open data work\n"
        "why dbt: it is how I model\n"
    )
    assert got.company == "Kestrel Bank"


def test_an_address_in_the_other_order_is_the_name_as_written() -> None:
    """ "sofie@vos-dierenkliniek.be" with "Dierenkliniek Vos" in the notes."""
    got = plan(
        "# week 10 (sollicitatie Dierenkliniek Vos)\n\n"
        "- contact: Sofie, sofie@vos-dierenkliniek.be\n"
        "- gesprek met de praktijkhouder, vr 17u\n"
    )
    assert got.company == "Dierenkliniek Vos"


def test_a_bullet_journal_reads_its_days_and_signifiers() -> None:
    """Signifiers ("x" done, "o" event, "<" scheduled) open entries; under a day's heading a
    talk or a test with a time is a round, the tour and the break are not."""
    notes = (
        "# BuJo – week 11 (sollicitatie Apotheek Van Dam)\n\n"
        "## vacature\n"
        '– "Apotheker-adjunct (4/5)" – Leuven\n\n'
        "## ma 8/3\n"
        "x telefonisch gesprek met Els (HR)\n"
        "  – loon, uren\n"
        "x CV doorsturen\n\n"
        "## wo 10/3\n"
        "o rondleiding in de apotheek, 9u (geen gesprek)\n"
        "o praktijktoets aan de balie, 10u\n"
        "  – voorschriften nakijken, interacties\n"
        "o koffiepauze, 11u\n\n"
        "## vr 12/3\n"
        "< gesprek met de titularis dr. Van Dam, 17u\n"
        "  – waarom deze apotheek\n"
        "  – weekenddiensten\n"
    )
    got = plan(notes)
    assert not got.default_loop
    assert [r.source.line for r in got.rounds if r.source] == [7, 13, 18]
    assert got.role and "Apotheker-adjunct" in got.role


def test_a_journal_needs_two_signifiers_used_twice() -> None:
    from mockloop.notes.signifiers import journal_bullets

    mail = ["> On Monday she wrote:", "> o the panel is at 10", "x marks the spot", "plain"]
    assert journal_bullets(mail) == mail
    journal = ["x done it", "x and this", "o event", "o another", "< later"]
    assert journal_bullets(journal) == [
        "- done it",
        "- and this",
        "- event",
        "- another",
        "- later",
    ]


def test_greek_stages_and_round_words() -> None:
    """ "Στάδια" over a numbered list, then a heading per stage: four rounds, each once."""
    notes = (
        "# Αιτήσεις – λογιστής\n\n"
        "## Παπαδόπουλος & Συνεργάτες ΑΕ – Λογιστής\n\n"
        "Στάδια:\n"
        "1. Τηλεφωνική κουβέντα με την HR, Ελένη – έγινε 2/3\n"
        "2. Γραπτό τεστ (ΦΠΑ), 10/3, 09:30\n"
        "3. Συνέντευξη με τον Finance Manager, 10/3, 11:00\n"
        "4. Τελική με τον CFO, 14/3\n\n"
        "### 1. Τηλεφωνική (έγινε)\n- μισθός, notice\n\n"
        "### 2. Γραπτό τεστ\n- ΦΠΑ, ισολογισμός\n\n"
        "### 3. Finance Manager\n- κλείσιμο μήνα\n\n"
        "### 4. CFO\n- γιατί εμείς\n"
    )
    got = plan(notes)
    assert not got.default_loop
    assert [r.source.line for r in got.rounds if r.source] == [11, 14, 17, 20]
    assert got.rounds[0].kind == "recruiter"


def test_rounds_named_only_by_their_time_slots() -> None:
    """An agenda of bold time slots: each slot whose first line is no break is a round, its
    kind read from that line; registration, tea and lunch are not."""
    notes = (
        "**Harbor Rail – Station Supervisor** (assessment day, Tue 9 Mar)\n\n"
        "**08:30 – 09:00**\n"
        "Registration and coffee. Not assessed.\n\n"
        "**09:00 – 09:45**\n"
        "Role-play: a passenger who missed the last train.\n"
        "- calm, options, escalate\n\n"
        "**10:00 – 10:45**\n"
        "Competency interview with two duty managers.\n"
        "- safety incident I handled\n\n"
        "**10:45 – 11:15**\n"
        "Tea\n\n"
        "**11:15 – 12:00**\n"
        "Ms. Dana Okoro – Area Operations Manager (my would-be boss)\n"
        "- rosters, absence\n"
    )
    got = plan(notes)
    assert not got.default_loop
    # a role play is a round by its own words: its slot's first line names it (line 7)
    assert [r.source.line for r in got.rounds if r.source] == [7, 11, 17]
    assert got.rounds[0].title.startswith("Role-play")
    assert got.rounds[1].kind == "behavioral"


def test_a_trackers_child_issues_and_their_blocks_are_one_round_each() -> None:
    """Child issues with dot leaders and a status, then a block per issue under a banner that
    names only its key: each block is the round its row names, not a round of its own."""
    notes = (
        "OPS-40  Harbour Logistics onsite – prep\n\n"
        "Child issues:\n"
        "OPS-41  Recruiter call ..................... DONE (3 Mar)\n"
        "OPS-42  Routing case study ................. TO DO (due 8 Mar)\n"
        "OPS-43  Panel interview – depot managers ... TO DO (12 Mar 10:00)\n\n"
        "----- OPS-42 description -----\n"
        "Plan routes for 40 vans from two depots.\n"
        "- cost per drop, driver hours\n\n"
        "----- OPS-43 description -----\n"
        "Two depot managers, 60 min.\n"
        "- a time I cut overtime\n"
    )
    got = plan(notes)
    assert len(got.rounds) == 3
    lines = sorted(r.source.line for r in got.rounds if r.source)
    assert lines[1:] == [8, 12]  # the case study and the panel at their blocks


def test_a_pitch_under_other_names() -> None:
    """ "my spiel", "Elevator speech:", "my 60-sec intro:", "min pitch:", a tracker's "Pitch
    draft" issue: each is the candidate's pitch."""
    said = '"Ten years running cold-chain depots; I want to fix the network, not one site."'
    for label in (
        "my 60-sec intro:",
        "**Elevator speech:**",
        "min pitch:",
        "**OPS-9 Pitch draft**:",
    ):
        got = plan(f"# Harbour Logistics – Depot Manager\n\n{label} {said}\n")
        assert got.pitch, label
    tree = plan(
        "Jobs (mind map export)\n"
        "├── Harbour Logistics  Depot Manager\n"
        "│   ├── my spiel\n"
        f"│   │   └── {said}\n"
        "│   └── ask them\n"
        "│       └── How are depots measured?\n"
    )
    assert tree.pitch


def test_a_meetings_agenda_names_topics_not_rounds() -> None:
    """Minutes of a recruiter call: "1. Feedback … 2. Next stages 3. AOB" and the sections
    that repeat them are the meeting's topics; the stages inside are the rounds."""
    notes = (
        "Minutes – call with HR, 2 Mar 2027\n\n"
        "Agenda\n"
        "1. Feedback on first interview\n"
        "2. Next stages\n"
        "3. AOB\n\n"
        "1. Feedback on first interview\n"
        "- went well, they liked the depot story\n\n"
        "2. Next stages\n"
        "2.1 Case study – present on 9 Mar, 30 min\n"
        "    - route plan for two depots\n"
        "2.2 Final interview with the Operations Director – 12 Mar\n"
        "    - leadership, budgets\n\n"
        "3. AOB\n"
        "- references with the offer\n"
    )
    got = plan(notes)
    titles = [r.title.lower() for r in got.rounds]
    assert not any(t in ("next stages", "aob", "feedback on first interview") for t in titles)
    assert {r.source.line for r in got.rounds if r.source} == {12, 14}


def test_questions_under_a_question_mark_emoji_or_in_malay() -> None:
    """ "❓ for them:" and "Soalan untuk mereka:" head the candidate's questions."""
    emoji = plan(
        "📌 Harbour Logistics – Depot Manager\n\n"
        "❓ for them:\n"
        "   • How are depots measured?\n"
        "   • Who owns the fleet budget?\n"
    )
    assert len(emoji.candidate_questions) == 2
    malay = plan(
        "# Harbour Logistics – Depot Manager\n\n"
        "Soalan untuk mereka:\n"
        "- How are depots measured?\n"
        "- Who owns the fleet budget?\n"
    )
    assert len(malay.candidate_questions) == 2


def test_a_name_compounded_with_its_hiring_process() -> None:
    """ "Fjordkraft-prosessen" (Norwegian), as Nordic notes compound the employer's name."""
    got = plan(
        "notater\n\n"
        "oppsummering av Fjordkraft-prosessen for Key Account Manager:\n"
        "1. telefonintervju med Hanne (HR)\n"
        "2. caseoppgave hjemme\n"
    )
    assert got.company == "Fjordkraft"


def test_a_titles_role_keeps_its_words_without_the_days_aside() -> None:
    """ "HRL – Station Supervisor, Leeds (assessment day, Tue 9 Mar)": the aside names the
    day, not the job, so the role is read without it rather than not at all."""
    got = plan(
        "**HRL – Station Supervisor, Leeds**  (assessment day, Tue 9 Mar, head office)\n\n"
        "## Panel interview\n- safety incident\n"
    )
    assert got.role == "Station Supervisor, Leeds"


def test_a_pdf_indented_by_a_long_run_of_spaces_is_no_tree() -> None:
    """A PDF itinerary's columns are runs of 50-70 spaces; the guide pattern used to split
    such a run in exponentially many ways and never returned."""
    from mockloop.notes.trees import untreed

    lines = [" " * 72 + "Engineering Manager, Autonomy", " " * 53 + "x" * 20 + " -", "a", "b"]
    assert untreed(lines) == lines
