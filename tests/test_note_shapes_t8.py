"""Shapes of notes the parser learned to read from the eighth batch of tuning notes (a
spreadsheet pasted as CSV or tab-separated rows, a table drawn in box-drawing characters,
round words in Hangul and Devanagari, "Stage 1 of 4 – …" step labels, hiring steps that are no
interview), each with a case where the same shape must not make a round. Written for these
tests, not taken from the evaluation set."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan
from mockloop.records import InterviewPlan


def plan_of(notes: str) -> InterviewPlan:
    plan = extract_plan(parse_notes(notes))
    assert not plan.default_loop
    return plan


CSV = """tracker.csv (from my job-hunt sheet)
date,stage,with,status,notes
2026-01-05,applied,,done,"Data Engineer, Fjord Energy. referral from Sam"
2026-01-09,recruiter call,"Ruth Ade, Talent Partner",done,"band 55-65k, notice 1 month"
2026-01-16,take-home,,done,"dbt + SQL, ~4h, staging to marts"
2026-01-23,take-home review,"Jonas Weber, Lead Engineer",scheduled,"walk through my models"
2026-01-29,values chat,"Tom Baxter, Data Director",scheduled,"values, growing the team"
tbd,offer call,Ruth,,
"""


def test_a_pasted_csv_tracker_is_a_table_of_rounds() -> None:
    plan = plan_of(CSV)
    assert [r.title for r in plan.rounds] == [
        "recruiter call", "take-home", "take-home review", "values chat",
    ]  # fmt: skip
    assert plan.rounds[0].interviewer == "Ruth Ade, Talent Partner"
    assert plan.rounds[2].source.line == 6  # the line an editor shows


def test_prose_with_commas_is_not_a_table() -> None:
    notes = (
        "# Fjord Energy\n\nRecruiter call, with Ruth, went fine, band ok\n"
        "Then a take-home, dbt, four hours, due Friday\nThen values chat, Tom, Data Director, 30 min\n"
    )
    items = [it for s in parse_notes(notes).sections for it in s.items]
    assert not any(it.kind == "table_row" for it in items)


TSV = (
    "KPMG tab (copied from Google Sheets)\n"
    "Stage\tDate\tWho\tStatus\tNotes\n"
    "Recruiter screen\t1/14\tBrianna Cole (Recruiter)\tdone\trange, CPA status\n"
    "HireVue\t1/19\trecorded, nobody live\tdone\tall behavioral\n"
    "Technical interview\t1/28\tTomás Reyes, Senior Manager\tdone\trevenue testing, ICFR\n"
    "Background check\tTBD\tSterling\t\tonly after an offer\n"
)


def test_tab_separated_rows_from_a_sheet_and_the_checks_after_an_offer() -> None:
    titles = [r.title for r in plan_of(TSV).rounds]
    assert titles == ["Recruiter screen", "HireVue", "Technical interview"]


BOXED = """# 공정기술 엔지니어 지원

┌──────────┬──────────────────┬──────────┐
│ 단계      │ 내용               │ 상태      │
├──────────┼──────────────────┼──────────┤
│ 서류전형   │ 자소서 4문항        │ 합격      │
│ 1차 면접   │ 직무 PT + 역량면접   │ 예정      │
│ 2차 면접   │ 임원면접            │ 예정      │
└──────────┴──────────────────┴──────────┘

## 2차 면접 — 임원면접 (3월 말)
- 면접관: 담당 임원 2~3명
- 인성 + 회사 비전, 장기 커리어
"""


def test_hangul_round_words_in_a_box_drawn_table() -> None:
    plan = plan_of(BOXED)
    assert len(plan.rounds) >= 2
    assert plan.rounds[-1].id.startswith("executive")  # 임원면접: the executive interview
    assert not any("서류전형" in r.title for r in plan.rounds)  # document screening


def test_a_box_drawn_note_keeps_its_words_and_line_numbers() -> None:
    notes = parse_notes("╔════╗\n║ ① 직무 PT 면접 (09:00~10:00) ║\n╚════╝\n")
    items = [it for s in notes.sections for it in s.items]
    assert [(it.text, it.line) for it in items] == [("① 직무 PT 면접 (09:00~10:00)", 2)]


HINDI = """# Taj — Front Office Manager

## इंटरव्यू की प्रक्रिया

**राउंड 1 — HR से फ़ोन स्क्रीनिंग** (हो गया)
- नेहा डिसूज़ा, HR Executive, 20 मिनट

**राउंड 2 — Rooms Division Manager के साथ इंटरव्यू**
- यही मेरे बॉस होंगे

**राउंड 3 — General Manager से मुलाक़ात**
- leadership, long-term career
"""


def test_rounds_labelled_in_devanagari_keep_their_names() -> None:
    plan = plan_of(HINDI)
    assert [r.title for r in plan.rounds] == [
        "राउंड 1 – HR से फ़ोन स्क्रीनिंग",
        "राउंड 2 – Rooms Division Manager के साथ इंटरव्यू",
        "राउंड 3 – General Manager से मुलाक़ात",
    ]
    assert plan.rounds[0].id == "recruiter"


def test_a_step_label_is_named_by_what_follows_it_not_by_a_date() -> None:
    notes = (
        "Process\n- Stage 1 of 3 – Online assessment (cognitive)\n"
        "- Stage 2 of 3 – Phone screen with the recruiter\n- Stage 3 of 3 – Conditional job offer\n"
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert "Stage 1 of 3 – Online assessment" in titles
    assert "Stage 2 of 3 – Phone screen with the recruiter" in titles
    assert not any("offer" in t for t in titles)  # the offer is no interview
    dated = "## Interview 1 — Dec 10, 10:00 PT, 60 min, Teams\n- system design of a ledger\n"
    assert [r.title for r in plan_of(dated).rounds] == ["Interview 1"]  # not "… – Dec 10"
