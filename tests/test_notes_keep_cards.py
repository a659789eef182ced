"""Google Keep cards copied out as text: each card's title drawn between box-drawing dashes
("──────── Tech screen ────────") heads it like a heading; a shopping card is no round, nor is
a card about a friend's loop that says it is not the writer's."""

from __future__ import annotations

from tests.support.plans import named_plan

CARDS = """(all my Keep notes with the "jobs" label)

──────── Recruiter call ✔ ────────
Tue 11/10, 30 min w/ Kayla
- range 118–135k, hybrid
Labels: jobs

──────── Groceries ────────
☐ green chile
☐ oat milk

──────── Tech screen ────────
Mon 11/16 9am, 45 min, Zoom
Marcus Oyelaran (Staff Platform Eng)
☐ k8s: pod stuck in CrashLoopBackOff
Labels: jobs

──────── Onsite — system design ────────
Thu 12/3 1:00, 60 min, Priya Raman, Principal Eng
→ blue/green vs canary, artifact promotion
Labels: jobs

──────── Jen's loop ────────
Jen @ Horsetooth Data: phone screen, take-home, 4-hr onsite, done Fri.
she wants me to review her take-home Sun. NOT MINE
Labels: friends
"""


def test_each_keep_card_title_between_box_dashes_heads_its_card() -> None:
    plan = named_plan(CARDS)
    got = [(r.title, r.source.line if r.source else None) for r in plan.rounds]
    assert got == [("Recruiter call ✔", 3), ("Tech screen", 12), ("Onsite", 18)], got
    assert plan.rounds[2].kind == "system-design"


def test_a_card_among_round_cards_is_no_round_for_being_there() -> None:
    cards = CARDS.replace("──────── Groceries ────────", "──────── Bike shop ────────")
    cards = cards.replace("☐ green chile\n☐ oat milk", "new chain, brake pads\nopen till 6")
    titles = [r.title for r in named_plan(cards).rounds]
    assert "Bike shop" not in titles, titles


def test_not_mine_inside_a_sentence_about_something_else_drops_nothing() -> None:
    notes = """# Quayside Bistro – Head Chef
Agency: Orla @ Foyle Recruitment — she put me forward, their fee not mine
- Phone screen with Orla (agency), Mon 30 Nov: notice, Sundays
- Interview with Paul Doyle (GM), Thu 3 Dec: kitchen leadership, GP targets
- Cook-off, Wed 9 Dec: 3-course tasting for Paul + the owner
"""
    plan = named_plan(notes)
    assert not plan.default_loop
    assert len(plan.rounds) >= 2, [r.title for r in plan.rounds]
