"""Online tests and assessments are steps of the loop the candidate rehearses for ("online
tests (numerical + situational judgement)", "Online-Eignungstest", "Excel test"), named in
English or the notes' language; a task about one ("✓ Delete … from calendar") is not."""

from __future__ import annotations

from tests.support.plans import titles_of

STEPS = """# Graduate scheme — Harbour Freight

## Process
- online tests (numerical + situational judgement) - link comes after the 1st int, 48hrs to do them
- Excel test (Thu 3 Dec, 9:30am): build a forecast from a trial balance
- final interview with the ops director, Tue 9 Dec
"""


def test_online_tests_and_an_excel_test_are_rounds() -> None:
    titles = titles_of(STEPS)
    assert len(titles) == 3
    assert titles[0].startswith("online tests") and titles[1].startswith("Excel test")


GERMAN = """# Aarebahn – Lokführer/in Ausbildung

## 1 · Online-Eignungstest ✅ (erledigt 28.11.)
- Logik, Zahlenreihen, räumliches Vorstellungsvermögen

## 2 · Einzelgespräch (Mo 8.12., 10:00)
- mit Frau Gerber (HR) und dem Teamleiter
"""


def test_a_german_aptitude_test_is_a_round() -> None:
    titles = [t.split(" (")[0] for t in titles_of(GERMAN)]
    assert sorted(titles) == ["1 · Online-Eignungstest ✅", "2 · Einzelgespräch"]


TASKS = """Todoist export

✓ Delete "K+N Excel assessment (Mercer Mettl, 45 min)" from calendar   p3   completed 26 Feb
☐ HR screen with Jana - Mon 2 Mar 10:00
"""


def test_a_task_about_an_assessment_is_not_a_round() -> None:
    titles = titles_of(TASKS)
    assert all("Delete" not in t for t in titles)
    assert any(t.startswith("HR screen") for t in titles)


ASSESSMENT_DAY = """# Bewerbung Lokführer:in — Bern

## 2 · Assessment-Tag 16.12. (08:00–13:30, Schulungszentrum)

### a) Gruppenübung 08:30 (60 min)
- Fallbeispiel: Fahrplanstörung, zusammen eine Lösung präsentieren

### b) Konzentrationstest am PC 10:00 (45 min)
- Reaktion, Daueraufmerksamkeit

### c) Einzelgespräch 11:15 (45 min)
- mit Herrn Urs Zbinden (Leiter Lokpersonal)
"""


def test_an_assessment_day_holds_its_exercises_as_rounds() -> None:
    titles = titles_of(ASSESSMENT_DAY)
    assert len(titles) == 3
    assert [t.split()[1] for t in titles] == [
        "Gruppenübung",
        "Konzentrationstest",
        "Einzelgespräch",
    ]
