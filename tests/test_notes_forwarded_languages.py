"""A mail forwarded from a client set to another language opens "---------- Weitergeleitete
Nachricht ---------", "---------- Přeposlaná zpráva ---------", "---------- Mensaje reenviado
---------": the separator is no title, so it never becomes the company."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

MAIL = """---------- {} ---------
Von: Klara Berger <klara.berger@isarwerk.de>
Datum: Di., 17. Nov. 2026 um 10:12
Betreff: Ihre Bewerbung – Senior Data Engineer

Guten Tag Herr Hájek,

vielen Dank für das Telefonat gestern. Die nächsten Runden:

1) Technisches Interview (60 min, Teams) – Radek Simek, Teamleiter Data Platform.
2) System design (90 min) – mit zwei Engineers aus dem Team.
"""


@pytest.mark.parametrize(
    "separator",
    [
        "Weitergeleitete Nachricht",
        "Přeposlaná zpráva",
        "Mensaje reenviado",
        "Messaggio inoltrato",
        "Doorgestuurd bericht",
    ],
)
def test_a_forwarded_mails_separator_in_another_language_is_no_company(separator: str) -> None:
    plan = plan_of(MAIL.format(separator))
    assert plan.company == "Isarwerk"
    assert [r.kind for r in plan.rounds] == ["technical", "system-design"]
