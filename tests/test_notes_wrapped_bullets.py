"""A bullet under a round whose sentence wraps onto a second line is a point of that round,
not a round of its own, and a question quoted from an interviewer is never a round; a
numbered item with lines under it still is."""

from __future__ import annotations

from tests.support.plans import titles_of

WRAPPED = """# Onsite — Wed 10 Dec

**15:00 system design w/ CTO** — Rui Pestana (CTO/co-founder)
- "we have 40 schools, next summer 400 — what breaks?" forecast ingestion from 3 APIs, caching,
  booking double-sell, multi-tenant, cost on a tiny budget
- don't over-engineer!! say "boring Postgres + a queue"

**16:30 behavioural w/ Inês** — CEO
- coding practices I'd bring, a technical decision I regretted and how I'd
  explain it to a non-technical founder
"""


def test_a_wrapped_bullet_and_a_quoted_question_are_points_not_rounds() -> None:
    assert titles_of(WRAPPED) == ["system design w/ CTO", "behavioural w/ Inês"]


NUMBERED = """# Loop

Onsite (Thu):
1) coding with Priya - 60 min
   kotlin, coroutines, a small CoderPad task
2) system design with Tom - 60 min
   offline-first sync, conflict resolution
"""


def test_numbered_items_with_lines_under_them_stay_rounds() -> None:
    titles = titles_of(NUMBERED)
    assert (
        len(titles) == 2
        and titles[0].startswith("coding")
        and titles[1].startswith("system design")
    )
