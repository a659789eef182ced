"""A page title that only names the chat app, a voice memo or a diary day in the notes' own
language ("Messenger", "Nota de voz", "Hlasová poznámka 14 — poznámky k pohovoru", "Užrašai",
"2026-11-15, sekmadienis") or a step alone ("Entretien – Screening") is not the company: the
company is the one the notes name below it."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

MESSENGER = """Messenger
Casey Whitfield · Active 5m ago
so??? how was the call w the farm app people
You sent
good! it's Brookfarm, the soil sensor startup. Brookfarm wants a portfolio review next
"""

VOZ = """Nota de voz — martes
00:00 - Vale, xa grava.
00:07 - Entón, Brookfarm, o restaurante do porto. Brookfarm ten unha estrela.
00:21 - A primeira parte xa pasou, a chamada con Brais.
"""

HLASOVA = """Hlasová poznámka 14 — poznámky k pohovoru, prepis

[00:00:03] Tak. Robím si to nahlas.
[00:00:09] Takže Brookfarm. Pozícia je Senior Product Manager v Brookfarm.
"""

SCREENING = """Entretien – Screening
Tuesday, 10 November 2026 · 10:00 – 10:30
Organizer: Maëlle Riou
Description: Échange de 30 min avec Maëlle (Talent Acquisition) de Brookfarm.
"""


@pytest.mark.parametrize("notes", [MESSENGER, VOZ, HLASOVA])
def test_an_app_or_memo_title_is_no_company(notes: str) -> None:
    assert plan_of(notes).company == "Brookfarm"


def test_a_step_alone_in_the_title_is_no_company() -> None:
    assert plan_of(SCREENING).company in (None, "Brookfarm")
