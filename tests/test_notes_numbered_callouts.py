"""Obsidian callouts numbered 1, 2, 3 … under one heading, each over its own notes, are the
loop whatever language names them ("> [!done] 1. Teams-samrøða við HR"): not the default loop
because no round word is known. Callouts not numbered in order are not read so."""

from __future__ import annotations

from tests.support.plans import plan_of

CARDS = """# Norðlýsi Aling — Fish Health Biologist

## Samrøður

> [!done] 1. Teams-samrøða við HR — liðug (24. nov)
> Jóhanna Mortensen (HR). 30 min. Spurdi um løn og flyting til Klaksvík.

> [!todo] 2. Fagsamrøða — 3. des, kl. 10
> Við Rúna Joensen, fiskaheilsuleiðari, og Dr. Ásu Poulsen.

> [!todo] 3. Praktisk roynd á alibrúkinum — 4. des
> Eg skal gera eina lúsateljing á 20 fiskum og taka gellasýni.

> [!note] Ikki ein samrøða
> Døgurði við teymið eftir royndina.
"""


def test_numbered_callouts_are_the_loop_in_any_language() -> None:
    plan = plan_of(CARDS)
    assert not plan.default_loop
    assert [r.title[:2] for r in plan.rounds] == ["1.", "2.", "3."]


def test_callouts_out_of_order_are_not_read_as_a_loop() -> None:
    notes = CARDS.replace("] 2. Fagsamrøða", "] 5. Fagsamrøða")
    assert plan_of(notes).default_loop
