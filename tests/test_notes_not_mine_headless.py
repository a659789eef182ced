"""A voice memo is one headless stretch of notes: a friend's loop told in it ("That's hers, not
mine, don't put it in the calendar") drops no round of the candidate's own; a headed section
that says "NOT MINE" on its own is still someone else's."""

from __future__ import annotations

from tests.support.plans import named_plan, plan_of

MEMO = """[0:00] Okay. Juniper Ledger. Engineering Manager, Platform. Let me get this down.
[0:08] So the recruiter, Dana Whitfield, did the screen already, last Tuesday. Normal stuff,
       comp, why I'm leaving, how big my team is now.
[0:24] Next is the hiring manager, that's Gabe Moreno, Director of Engineering. He wants
       to hear how I run incidents.
[0:47] Then two is system design, but manager flavor, with Anika Shah, principal engineer.
[1:12] Also Lindsey's loop at Hermosa Outfitters, she asked me to do a mock with her. That's hers,
       not mine, don't put it in the calendar as mine.
"""


def test_a_friends_loop_in_a_memo_leaves_the_candidates_rounds() -> None:
    kinds = [r.kind for r in named_plan(MEMO).rounds]
    assert kinds[:3] == ["recruiter", "hiring-manager", "system-design"]


def test_a_headed_section_that_is_not_mine_is_still_someone_elses() -> None:
    notes = "# Juniper Ledger EM prep\n\n## My loop\n- recruiter screen with Dana\n- system design with Anika\n\n## Jen's loop\n- take-home, due Sun. NOT MINE\n- coding round with their CTO\n"
    titles = [r.title.lower() for r in plan_of(notes).rounds]
    assert not any("coding" in t or "take-home" in t for t in titles), titles
