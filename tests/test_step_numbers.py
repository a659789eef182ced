"""Rounds told by their step number twice (an overview, then a block each), steps the notes
later join ("Round 3+4"), lettered steps in another language, and headings that mention a
round without being one ("STAR bank (for Round 5 mostly)", "from Wei Ling")."""

from __future__ import annotations

from tests.support.plans import named_plan

STEPS = """# Platform SRE loop

## The loop (recruiter email, 2 Dec)
Round 1 - Recruiter screen, Ana Lim (Talent) — DONE
Round 2 - Coding (Go), 60 min
Round 3 - Systems design, 60 min
Round 4 - Troubleshooting, 60 min
Round 5 - Hiring manager + values, 45 min, Omar Haddad (EM)

UPDATE: Round 3 and Round 4 are now one 90-min session with the same interviewer.

### Round 2 - Coding
- parse logs, a rate limiter, retries with jitter

### Round 3+4 - Design & Debug (merged) — Kenji Mori, Principal SRE
- design a webhook delivery system, then debug a latency spike

### Round 5 - HM + values (Omar Haddad)
- owning end to end, a disagreement with a senior

## STAR bank (long versions, for Round 5 mostly)
- cert-expiry automation

## from Wei Ling (for her, not for the panel)
- ask her: is the 12.5k realistic?
"""


def test_numbered_steps_told_twice_are_one_round_each_and_joined_steps_one() -> None:
    rounds = named_plan(STEPS).rounds
    titles = [r.title for r in rounds]
    assert len(rounds) == 4, titles
    assert not any(t.startswith(("STAR", "from Wei")) for t in titles)
    assert any("3+4" in t for t in titles)


LETTERED = """# Colloqui Liceo Galvani (Bologna)

Dalla mail della Prof.ssa Neri:
a. colloquio con la Dirigente
b. lezione simulata in una terza, 20 min
c. colloquio con il Gestore

## a. Colloquio con la Dirigente — Prof.ssa Laura Neri
- lunedì 20/1 ore 15, circa 40 min
- chiederle: c'è un tutor per i docenti nuovi?

## b. Lezione simulata — classe 3ª A
- argomento: equazioni di secondo grado

## c. Colloquio con il Gestore — Dott. Paolo Ricci
- il progetto educativo della scuola
"""


def test_lettered_steps_in_italian_are_the_loop() -> None:
    rounds = named_plan(LETTERED).rounds
    assert len(rounds) == 3
    assert rounds[1].kind == "presentation"


PEOPLE_STEPS = """AE interview stuff

1 — Jess screen (done)
- OTE 180k 50/50

2 — Tom Becker, Sales Manager Mid-Market
- he's the one I'd report to
- ask: what does ramp look like?

3 — role-play discovery call
panel: Tom + a senior AE playing the buyer
- goal: agree a next step

4 — Ana Ruiz, VP Sales
- why us, why now
"""


def test_numbered_steps_named_by_people_and_round_words_are_the_loop() -> None:
    rounds = named_plan(PEOPLE_STEPS).rounds
    assert len(rounds) == 4, [r.title for r in rounds]


PANEL_LIST = """# Senior Pharmacist — Galway

## from the letter
1. Competency-based interview, 40 min, panel of three
2. Clinical case discussion, approx 20 min

Panel (letter lists them like this):
1) Aoife Brennan, Chief Pharmacist (chair)
2) Dr. Niamh Gallagher, Consultant Microbiologist
3) Ms. Sinead Carty, HR
"""


def test_a_numbered_list_of_panel_members_is_not_a_list_of_rounds() -> None:
    titles = [r.title for r in named_plan(PANEL_LIST).rounds]
    assert not any(t.startswith(("Aoife", "Dr. Niamh", "Ms. Sinead", "from the")) for t in titles)


NESTED_PITCH = """# Controller loop — Limmat Logistik

1. First interview, CFO Reto Baumann
\t- 60 min, reporting, month-end close
2. Second interview, CEO
\t- values, long-term
\t- why Limmat:
\t\t- industry after pharma logistics, a real controlling function to build
\t\t- the ERP migration is the project I have done twice
"""

SPANISH_PITCH = """# Almendra — Analista de datos

1. llamada de filtro con Sofía
2. entrevista con la gerente, Lic. Ruiz
   - por qué Almendra: retail data at scale, pricing is where analytics moves money
"""


def test_a_why_line_under_a_round_with_its_answer_is_the_pitch() -> None:
    assert named_plan(NESTED_PITCH).pitch
    assert named_plan(SPANISH_PITCH).pitch


TOPIC_UNDER_ROUND = """# Mobile lead loop

## Process (from Pooja)

### Round 3 — System design
- 60 min with a Principal Engineer.
- design an offline-first feed, caching, analytics

### Round 4 — Hiring Manager
- Neha Kulkarni, Engineering Manager (App Platform). 60 min.
- Leadership: how I run the team, hiring, performance issues, tech debt vs features,
  conflict with product. She will ask about the modularisation project.
"""


def test_a_lone_topic_line_under_a_rounds_heading_is_part_of_that_round() -> None:
    rounds = named_plan(TOPIC_UNDER_ROUND).rounds
    assert len(rounds) == 2, [r.title for r in rounds]
    assert any("Leadership" in f.text for f in rounds[1].focus)
