"""A loop listed once as an overview and then told again, one block per round, under headings
that name only the interviewer ("### 2. Craig") or a shorter title ("### 4. Demo"): each
round is one round, with the overview's kind and interviewer and the block's notes."""

from __future__ import annotations

from tests.support.plans import named_plan

LOOP = """# SE interviews

## Rounds (per Dana, recruiter)
1. Recruiter screen w/ Dana — done
2. Hiring manager — Marek Novak, SE Manager
3. Technical deep dive — Aisha Bello, Staff SE
4. Demo presentation — panel: two SEs + an AE
5. Sales partnership — Tom Reyes, Regional Sales Director

### 2. Marek
- how I run a POC, success criteria
- ask: what's the SE:AE ratio?

### 3. Aisha — technical
- OWASP API top 10, authN vs authZ

### 4. Demo
- 25 min demo + 15 min Q&A for a "CISO"
- three aha moments max

### 5. Tom
- how I work with AEs, forecasting
"""


def test_detail_headings_named_by_the_interviewer_join_their_overview_round() -> None:
    rounds = named_plan(LOOP).rounds
    assert [r.kind for r in rounds] == [
        "recruiter",
        "hiring-manager",
        "technical",
        "presentation",
        "partnerships",
    ]
    manager = rounds[1]
    assert manager.interviewer and manager.interviewer.startswith("Marek Novak")
    assert any("POC" in f.text for f in manager.focus)
    assert any("aha" in f.text for f in rounds[3].focus)


PANEL = """# Head of Product loop

- leah (CEO), 45 min
- case study w/ Leah + Dev, present back 30 min

## leah
- vision, why now

## case study
- pricing for a new tier
"""


def test_a_round_with_two_people_is_not_one_persons_heading() -> None:
    rounds = named_plan(PANEL).rounds
    assert len(rounds) == 2
    assert rounds[1].kind == "take-home"


STATUS_TABLE = """# Northwind Tools — Account Executive

## Where things stand

| # | step | who | status |
|---|------|-----|--------|
| 1 | recruiter screen | Lea Brandt, recruiter | done |
| 2 | hiring manager | Tom Reyes, RVP | done |
| 3 | VP interview | Ana Cruz, VP Sales | merged into #4 |
| 4 | final panel | Tom + Ana + SE lead | next |

## What the recruiter said
- the panel is a territory plan presentation, 20 min
- Ana joins it instead of her own interview
"""


def test_a_status_heading_is_no_round_and_a_step_merged_into_another_is_gone() -> None:
    plan = named_plan(STATUS_TABLE)
    titles = [r.title.lower() for r in plan.rounds]
    assert titles == ["recruiter screen", "hiring manager", "final panel"], titles


COUNTED = """acme robotics - ml engineer

recruiter said: phone screen, then two technical interviews, then a values chat with the founder.

tech 1: ml fundamentals w/ sara (ml lead)
- bias variance, regularisation, eval metrics

tech 2: coding, pair with ben
- python, numpy, maybe implement kmeans

values chat - founder (ines)
- why robotics, ownership
"""


def test_a_block_the_overview_only_counted_keeps_its_place_among_the_blocks() -> None:
    """ "two technical interviews" names tech 1 only; tech 2 comes before the values chat,
    as the notes tell it, not after it."""
    rounds = named_plan(COUNTED).rounds
    assert [r.title for r in rounds] == ["phone screen", "tech 1", "tech 2", "values chat"]


def test_a_bare_tech_round_takes_its_kind_from_what_follows() -> None:
    """ "tech 2: coding, pair with ben" is the coding round, not a custom one."""
    kinds = {r.title: r.kind for r in named_plan(COUNTED).rounds}
    assert kinds["tech 2"] == "coding"
