"""What an independent review of the t14/t15 parser changes found, each as a user would meet
it: errands and debriefs are no rounds, a call is about the job, the interviewer's questions
are not the candidate's, names keep their weekday-like words, and no line costs quadratic time."""

from __future__ import annotations

from tests.support.plans import plan_of, rounds_of


def test_errands_with_a_date_over_bullets_are_norounds_of() -> None:
    notes = (
        "Tandala — CSM\n\nRecruiter call - Mon 3 Feb 10am\n- salary band\n\n"
        "Flight - Wed 12 Feb 7am\n- BA 2490 seat 14C\n\nHotel - 12/2 to 14/2\n- Premier Inn\n\n"
        "Results - Fri 21 Feb\n- they'll email by 5pm\n"
    )
    assert [t for t, _, _ in rounds_of(notes)] == ["Recruiter call"]


def test_headings_about_a_stage_are_norounds_of() -> None:
    notes = (
        "# Kite\n\n## Process\n1. Recruiter screen (done)\n2. Onsite: coding, system design\n\n"
        "## Onsite logistics\n- Tue 12 Mar, bring ID\n\n## Panel feedback\n- felt rushed\n\n"
        "## After the onsite\n- send thanks\n"
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert not any("logistics" in t or "feedback" in t or "After" in t for t in titles)


def test_a_call_is_about_the_job_and_the_next_line_stays_its_own_round() -> None:
    noise = (
        "Kite — Senior PM\n\nHiring manager interview with Priya, Thu 6 Mar 2pm\n- roadmap\n\n"
        "Mum called me Tue 4th to wish me luck\n\nPriya called me Tue 18 Mar with the offer!\n"
    )
    assert len(rounds_of(noise)) == 1
    two = (
        "Helix Bio - Data Scientist\n\nShona (HR) rang me Mon 3rd - 20 min, salary\n"
        "HM interview Wed 12 Feb 10am with Mark Lee\n"
    )
    assert [(t, k) for t, k, _ in rounds_of(two)][1] == ("HM interview", "hiring-manager")
    assert rounds_of(two)[1][2] == "Mark Lee"
    named = "Helix Bio\n\nRecruiter (Jess) rang me Mon 3rd, 20 min - salary\n"
    assert rounds_of(named)[0][2] == "Recruiter (Jess)"
    full = "Helix Bio\n\nJess Okafor rang me Mon 3rd about the role, 20 min\n"
    assert not plan_of(full).default_loop


def test_the_interviewers_questions_are_not_the_candidates() -> None:
    notes = (
        "## Eerste gesprek — di 4 maart\n- Vraag 1: Vertel iets over jezelf?\n"
        "- Frage 2: Warum wollen Sie wechseln?\n- Tanya (HM): why are you leaving?\n\n"
        "## Vragen aan Hein:\n- hoe groot is het team?\n"
    )
    assert [q.text for q in plan_of(notes).candidate_questions] == ["hoe groot is het team?"]


def test_a_remark_after_a_question_is_no_question_of_its_own() -> None:
    notes = "# Kite\n\n- ask recruiter: is the role hybrid? I think 2 days a week\n"
    assert [q.text for q in plan_of(notes).candidate_questions] == [
        "is the role hybrid? I think 2 days a week"
    ]


def test_names_that_hold_a_weekday_word_are_kept_whole() -> None:
    notes = (
        "# Kite\n\n## Loop\n- Coding with Wei Sun (staff eng)\n- System design — Anh Thu Nguyen\n"
        "- Hiring manager: Yang Sun\n"
    )
    assert [w for _, _, w in rounds_of(notes)] == [
        "Wei Sun (staff eng)", "Anh Thu Nguyen", "Yang Sun",
    ]  # fmt: skip


def test_passing_mentions_of_people_news_and_talks_are_norounds_of() -> None:
    notes = (
        "# Kite\n\n## Rounds\n- Coding with Ana\n- System design with Tom\n\n## Notes\n"
        "- Dana from HR is on holiday until 14 March\n- The CEO's keynote is today at 5pm\n"
        "- Portfolio site goes live on the 24th\n- CEO did a podcast interview on Mar 3\n"
    )
    assert [t for t, _, _ in rounds_of(notes)] == ["Coding with Ana", "System design with Tom"]
    dated = "# Kite\n\n- Technical interview Wed 12 Feb 10am with Mark Lee\n- HM round Fri 14 Feb\n"
    assert [t for t, _, _ in rounds_of(dated)] == ["Technical interview", "HM round"]


def test_numbered_rounds_with_words_like_general_stay_apart() -> None:
    notes = "# Kite\n\n## Loop\n- Technical 1 general CS\n- Technical 2 general CS + Go\n"
    assert len(rounds_of(notes)) == 2


def test_a_title_after_round_n_that_starts_with_a_number_keeps_its_name() -> None:
    notes = (
        "# Kite\n\n## Loop\n- Round 1: 30 min recruiter screen\n- Round 2: 2x coding (Go)\n"
        "- Round 3: 1:1 with VP Eng\n"
    )
    assert [t for t, _, _ in rounds_of(notes)] == [
        "Round 1: 30 min recruiter screen", "Round 2: 2x coding (Go)", "Round 3: 1:1 with VP Eng",
    ]  # fmt: skip


def test_words_of_other_languages_that_look_like_round_words() -> None:
    french = (
        "# Kite\n\n## Entretien RH — 3 mars\n- salaire\n\n"
        "- Julie (ancienne collègue) a passé son entretien chez eux l'an dernier\n"
    )
    assert len(rounds_of(french)) == 1  # "son entretien" is hers, not a last round
    assert rounds_of("# X\n\n## Entretien n°1 — mardi 4 mars\n- avec la DRH\n")[0][1] != (
        "hiring-manager"
    )
    assert rounds_of("# X\n\n## Andre intervju\n- ta med vitnemål\n")[0][1] != "recruiter"


def test_a_ticked_list_of_rounds_is_one_round_each() -> None:
    notes = "# Kite\n\n[x] Phone screen — Mon 3 Mar\n[ ] Coding — Thu 6 Mar\n[ ] System design — Fri 7 Mar\n"
    assert [k for _, k, _ in rounds_of(notes)] == ["recruiter", "coding", "system-design"]


def test_questions_under_a_label_with_an_abbreviation() -> None:
    notes = (
        "Interview Tue 4 Mar 10am\n\nQuestions for Mr. Lee\n- Is teaching protected on nights?\n"
        "- How are rota swaps handled?\n"
    )
    plan = plan_of(notes)
    assert len(plan.candidate_questions) == 2 and not plan.default_loop


def test_a_heading_about_meeting_family_or_a_mentor_is_no_round() -> None:
    notes = (
        "# Kite\n\n## Recruiter screen w/ Dana - 3/3\n- salary\n\n"
        "## Meeting with my mentor on Monday\n- he thinks I should negotiate\n\n"
        "## Call with mum today\n- she says relax\n"
    )
    assert len(rounds_of(notes)) == 1


def test_info_sessions_and_feedback_calls_in_a_process_list_are_norounds_of() -> None:
    notes = (
        "# Kite\n\n## Process\n1. Info session (group webinar)\n2. Video interview (recorded)\n"
        "3. Feedback call\n"
    )
    assert len(rounds_of(notes)) == 1


def test_a_line_with_a_long_run_of_spaces_is_read_in_one_pass() -> None:
    notes = "# Acme\n## Process\n- screen was Fri 5 Apr" + " " * 20000 + "x\n- HM call\n"
    assert len(rounds_of(notes)) == 2  # (it took 21 s before the mend; now milliseconds)


def test_a_round_with_a_manager_and_no_kind_in_its_title_is_a_hiring_manager_round() -> None:
    notes = (
        "ridgeline distribution - warehouse lead\n\ninterview with the ops manager is thurs 10/16"
        " at 1pm. his name is Darnell Hughes.\n"
    )
    assert [k for _, k, _ in rounds_of(notes)] == ["hiring-manager"]


def test_a_numbered_superday_heading_is_a_round_and_a_german_task_is_no_round() -> None:
    notes = (
        "# Ashgrove — Quant dev\n\n## Process\n- superday in March\n\n"
        "## superday 1 — probability & brainteasers\n- dice, EV\n\n## Aufgaben\n"
        "[ ] goAML-Prozess nochmal durchgehen\n"
        "[ ] Zugticket Frankfurt → Berlin (Runde 2) buchen sobald Termin da ist\n"
    )
    titles = [t for t, _, _ in rounds_of(notes)]
    assert any(t.startswith("superday 1") for t in titles)
    assert not any("Zugticket" in t for t in titles)


def test_a_call_just_to_schedule_is_no_round() -> None:
    notes = (
        "hvac tech notes\n\n3/2 mon - Denise called from the office, ~15 min, screening call\n"
        "3/4 wed - Rick called to set up a time. 2 min call, just scheduling\n"
        "3/12 thu 7:00am - shop interview w/ Rick, then the bench test\n"
    )
    assert not any("set up a time" in t for t, _, _ in rounds_of(notes))


# ---------------------------------------------------------------- the second review's findings


def test_a_panel_line_that_lists_its_rounds_keeps_them() -> None:
    notes = (
        "# Orbit Labs — PM\n\nInterviews:\n"
        "Panel: product sense (Ana), execution (Ben), behavioral (Cara)\n- 5/20 onsite\n"
    )
    assert [k for _, k, _ in rounds_of(notes)] == ["product-sense", "execution", "behavioral"]


def test_a_german_verb_inside_a_round_line_keeps_the_round() -> None:
    notes = (
        "Assessment Center 14.03.\n09:30 Rollenspiel Kundengespräch – Einwände üben mit einem"
        " Schauspieler\n11:00 Fallstudie – Lösung mit zwei Führungskräften durchgehen\n"
        "13:30 Interview mit Herrn Schulz\n"
    )
    assert len(rounds_of(notes)) == 3


def test_numbered_feedback_stories_and_focus_areas_are_norounds_of() -> None:
    notes = (
        "## Feedback\nSofia's feedback 5/8: 1) coding was strong 2) system design weaker\n\n"
        "Focus areas: 1) SQL 2) stats 3) product sense\n"
    )
    assert plan_of(notes).default_loop


def test_a_briefing_or_orientation_word_in_a_round_keeps_the_round() -> None:
    notes = (
        "# X\n\n1. Registration for the assessment day 5/2\n2. Customer orientation interview 5/9\n"
    )
    assert [t for t, _, _ in rounds_of(notes)] == ["Customer orientation interview 5/9"]


def test_a_final_call_is_no_recruiter_screen() -> None:
    assert rounds_of("# Brightwave\n\n- Final call w/ Ana Tue 5/13\n")[0][1] != "recruiter"


def test_a_dated_onsite_heading_is_no_round_and_french_welcome_slots_are_breaks() -> None:
    onsite = "## Process\n- Recruiter screen 4/2\n\n## Onsite 5/20\n- arrive 8:45, badge\n"
    assert [t for t, _, _ in rounds_of(onsite)] == ["Recruiter screen 4/2"]
    day = "# Hôtel\n\n- 9h00 Accueil des candidats\n- 10h00 Entretien RH\n- 14h: Cas pratique\n"
    assert [t for t, _, _ in rounds_of(day)] == ["Entretien RH", "Cas pratique"]


def test_phone_numbers_and_video_links_are_norounds_of() -> None:
    notes = (
        "## Process\n- Entretien RH 12/03 — fait\n- Lien visio envoyé le 14/03 par Claire\n"
        "- Entretien avec la directrice 20/03\n\nContacts:\n0800  123 4567 (recruitment hotline)\n"
    )
    assert len(rounds_of(notes)) == 2


def test_a_dated_step_that_might_happen_stays_and_an_undated_maybe_goes() -> None:
    notes = "# X\n\n- Recruiter screen 4/2\n- Might have a coding round 4/9\n- maybe a hello w/ the GM\n"
    assert [k for _, k, _ in rounds_of(notes)] == ["recruiter", "coding"]


def test_steps_told_by_letter_are_found_in_linear_time() -> None:
    notes = "(a) Interview with Dana\n" + "(a) Dana 5/6\n- x\n" * 4000
    assert len(rounds_of(notes)) == 1  # (it took 10 s before the mend)
