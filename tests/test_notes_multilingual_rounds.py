"""The loop's own list under a heading that says "rounds" in the notes' language ("Kola",
"Körök"), and round words of those languages ("élő kódolás", "domácí úkol")."""

from __future__ import annotations

from tests.support.plans import named_plan

CZECH = """# Pohovory — Jasan Data

## Kola
1. **HR screening** s Janou ✅
   - plat, nástup
2. **SQL naživo** — Petr Král (senior DE)
   - window functions, deduplikace
3. **Domácí úkol** — Airflow DAG
4. **Prezentace úkolu** před týmem
5. **Rozhovor s Ondřejem** (hiring manager)
"""


def test_a_numbered_list_under_kola_is_the_loop() -> None:
    rounds = named_plan(CZECH).rounds
    assert [r.source.line for r in rounds] == [4, 6, 8, 9, 10]
    assert rounds[0].kind == "recruiter"
    assert rounds[2].kind == "take-home"
    assert rounds[4].kind == "hiring-manager"


HUNGARIAN = """# állásinterjú jegyzetek – QA

## Körök
- HR telefon (Anna) — kész ✔
- helyszíni nap = tesztelési feladat, élő kódolás, csapatvezető

### tesztelési feladat
- bugos webshop, 45 perc

### élő kódolás
- Playwright teszt, TypeScript

### csapatvezető
- Nagy Balázs, QA lead
"""


def test_hungarian_rounds_are_read_not_replaced_by_the_default_loop() -> None:
    plan = named_plan(HUNGARIAN)
    kinds = [r.kind for r in plan.rounds]
    assert kinds[0] == "recruiter"
    assert "coding" in kinds  # "élő kódolás": live coding
    assert len(plan.rounds) == 4


FINNISH = """omat muistiinpanot:
vaiheet: 1) puhelu Ainon kanssa ✔  2) tekninen haastattelu Teamsissa ✔  3) onsite (alla)  4) toimitusjohtaja jos ehtii

Onsite, Thursday 19 March:

09:15–10:15   Threat modelling session
              Mikko Rantala, Lead Security Architect
12:15–13:00   Incident response scenario (tabletop)
              Jari Koskinen, Head of Security
"""


def test_steps_numbered_on_a_finnish_line_are_rounds_and_done_ones_stay_apart() -> None:
    """ "vaiheet: 1) … 2) …" are the steps; "onsite (alla)" is the day told below, not a round;
    the technical interview already done ✔ is not the technical slot of the day ahead; the
    toimitusjohtaja (CEO) is the executive's round."""
    rounds = named_plan(FINNISH).rounds
    titles = [r.title for r in rounds]
    assert not any(t.startswith("onsite") for t in titles)
    assert any(t.startswith("tekninen haastattelu") for t in titles)
    assert any(t.startswith("Incident response") for t in titles)
    assert len(rounds) == 5
    assert "executive" in [r.kind for r in rounds]
