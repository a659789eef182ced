"""Calendar entries copied out of Outlook set to another language (Finnish "Aihe:" /
"Alkamisaika:" / "Järjestäjä:", German "Betreff:" / "Beginn:"): each interview is a round with
its organizer; a work shift or the dentist with no one and no notes is none."""

from __future__ import annotations

from tests.support.plans import named_plan

FINNISH = """Kopioitu Outlookista, omat muistiinpanot kuvauksissa.

Aihe: Puhelu HR – Saimaa Soft
Alkamisaika: ke 2.12.2026 14.00
Järjestäjä: Laura Virtanen (HR)
   palkka, aloitus

Aihe: Työvuoro – nykyinen työ
Alkamisaika: to 3.12.2026 8.00

Aihe: Esihenkilöhaastattelu / Saimaa Soft
Alkamisaika: ti 8.12.2026 10.00
Järjestäjä: Mikko Korhonen, tiimin vetäjä

Aihe: Hammaslääkäri
Alkamisaika: ke 9.12.2026 7.30
"""


def test_finnish_outlook_entries_are_rounds_with_their_organizer() -> None:
    got = [(r.title, r.interviewer) for r in named_plan(FINNISH).rounds]
    assert got == [
        ("Puhelu HR – Saimaa Soft", "Laura Virtanen (HR)"),
        ("Esihenkilöhaastattelu / Saimaa Soft", "Mikko Korhonen, tiimin vetäjä"),
    ]
