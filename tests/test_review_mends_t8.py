"""Ordinary notes the eighth and ninth batches' shapes must not misread, each found by an
independent review of that work (2026-12-03) and written here as it reported them."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from tests.support.plans import plan_of as plan
from tests.support.plans import titles_of as titles


def test_a_comma_list_does_not_make_the_bullets_under_it_a_csv_table() -> None:
    notes = (
        "# Acme — Backend Engineer\n\nInterviewers: Jane,Bob,Priya\n"
        "- Recruiter screen, Jane, 30 min\n- Coding interview, Bob, 60 min\n"
        "- System design, Priya, 60 min\n"
    )
    got = plan(notes)
    assert not got.default_loop
    assert [r.id for r in got.rounds] == ["recruiter", "coding", "system-design"]
    assert not any(t.startswith("-") for t in titles(notes))


def test_year_ranges_on_a_cv_are_not_24_hour_slots() -> None:
    notes = (
        "# Stripe — Backend Engineer\n\n- Recruiter screen with Jane on Monday\n"
        "- Coding interview on Thursday\n\nExperience to mention:\n"
        "2019-2023 Staff engineer at Shopify (payments)\n2016-2019 Backend developer at Acme\n"
    )
    assert len(plan(notes).rounds) == 2


def test_a_dated_to_do_list_after_next_steps_is_not_the_loop() -> None:
    notes = (
        "# Acme — Backend Engineer\n\nRecruiter screen with Jane Park went well. Next steps:\n"
        "1. Send references — Mon 3/9\n2. Coding interview with Bob Lee — Thu 3/12\n"
        "3. Decision by Fri 3/20\n"
    )
    assert not any("reference" in t.lower() or "decision" in t.lower() for t in titles(notes))
    study = (
        "# Acme\n\nStudy schedule before the coding round:\n1. Graphs and BFS — Mon 3/9\n"
        "2. Dynamic programming — Tue 3/10\n3. Mock with Sam — Wed 3/11\n"
    )
    assert not any("Graphs" in t for t in titles(study))


def test_a_stage_line_that_names_a_round_is_still_read() -> None:
    notes = (
        "# Application tracker\n\n## Acme — Backend Engineer\n"
        "Stage: technical interview with Bob Lee on Thursday\nNext: system design round\n"
    )
    assert "technical" in [r.id for r in plan(notes).rounds]


def test_labels_are_not_a_chat() -> None:
    notes = (
        "# Acme Robotics — Backend Engineer\n\nRecruiter: Jane Doe\nHiring manager: Dana Kim\n"
        "Next step: coding interview with Bob Lee on Thursday\n"
        "Questions for Dana: 1) How big is the team? 2) What does on-call look like?\n"
    )
    assert plan(notes).candidate_questions


def test_pm_after_a_level_is_the_job_and_dean_is_a_name() -> None:
    assert plan("# Google — L5 PM, Maps\n\n- Recruiter screen\n").role == "L5 PM, Maps"
    notes = (
        "# Acme — Backend Engineer\n\n- Recruiter screen with Jane Park\n"
        "- Call with Dean Miller (engineering manager)\n- Pairing session with Dean Chen\n"
    )
    got = plan(notes)
    assert len(got.rounds) == 3 and "executive" not in [r.id for r in got.rounds]


def test_hunter_is_a_name_and_applied_science_is_a_round() -> None:
    notes = "# Interview notes — Hunter Douglas\n\nRole: Data Analyst\n- Recruiter screen with Jane Park\n- SQL interview with Bob Lee\n"
    assert plan(notes).company == "Hunter Douglas"
    onsite = (
        "# Onsite — Amazon, Applied Scientist (Oct 3)\n\n"
        "10:00–10:45  Applied science breadth — Priya Shah\n11:00–11:45  Coding — Bob Lee\n"
        "12:00–12:45  Applied science depth — Dana Kim\n13:00–13:45  Bar raiser — Sam Ortiz\n"
    )
    assert len(plan(onsite).rounds) == 4
    assert "Reference architecture whiteboard" in titles(
        "# Loop\n\n- Recruiter screen\n- Reference architecture whiteboard\n- Hiring manager chat\n"
    )


def test_a_weak_label_mid_sentence_is_no_role() -> None:
    notes = (
        "# Globex prep\n\nRecruiter called this morning. Level: same as the hiring manager said.\n\n"
        "- Recruiter screen with Jane\n- Coding interview\n"
    )
    assert plan(notes).role is None


def test_a_status_after_a_round_number_is_not_its_name() -> None:
    assert titles("# Loop\n\n- Round 1 – passed, moving to next step\n- Round 2 – waiting\n") == [
        "Round 1",
        "Round 2",
    ]


def test_a_result_announcement_in_korean_is_no_round() -> None:
    notes = (
        "# 네이버 — 백엔드 개발자\n\n## 전형 절차\n1. 서류전형\n2. 코딩테스트\n3. 1차 면접 (실무진)\n"
        "4. 2차 면접 (임원)\n5. 최종 합격 발표\n"
    )
    assert "presentation" not in [r.id for r in plan(notes).rounds]


def test_json_question_strings_and_words_with_a_dash_and_number() -> None:
    notes = (
        '{\n  "company": "Acme",\n  "role": "Backend Engineer",\n  "applied": "2026-02-11",\n'
        '  "status": "onsite",\n  "source": "referral",\n  "questions": [\n'
        '    "What does success look like in 90 days?",\n    "How is on-call organised?"\n  ]\n}\n'
    )
    assert [q.text for q in plan(notes).candidate_questions] == [
        "What does success look like in 90 days?",
        "How is on-call organised?",
    ]
    wiki = parse_notes("h2. Prep\nCOVID-19 vaccination proof needed before the onsite\n")
    assert "COVID-19 vaccination proof needed before the onsite" in [
        it.text for s in wiki.sections for it in s.items
    ]


def test_a_greek_final_sigma_typo_does_not_crash() -> None:
    plan("# Συνέντευξη — Skroutz\n\n## Ερωτήσεισ\n- Πώς είναι η ομάδα;\n\nΕΡΩΤΉΣΕΙΣ~~παλιές~~\n")
