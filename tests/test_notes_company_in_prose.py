"""Notes whose title is a word for "notes" or a date in the notes' own language, and that
name the employer only in a sentence about the interview: the employer is the name after the
interview word and "at" ("by", "te", "во", "bei"), not the title's day, month or notes word."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

AFRIKAANS = """# Notas – Januarie

Ek het terug gehoor. Die onderhoud by Vaalkrans Sagteware begin volgende Dinsdag, en daar is
drie gesprekke. Ek werk nou by Oranje Data.

Dinsdag 12 Jan, 10:00, is die tegniese onderhoud met Pieter Nel.
"""

ALBANIAN = """Shënime, e hënë 11 janar

Më në fund më thirrën për intervistë te Drini Soft! Procesi ka tre hapa.
Punoj ende te Banka Vjosa.
"""

GERMAN = """Montag 11. Januar

Endlich: Vorstellungsgespräch bei Druselwerk am Donnerstag. Ich bin noch bei Lahnbau.
"""

LATVIAN = """TREŠD. 13

Rīt intervija pie Zilupe Dati, otrdien. Šobrīd strādāju Rīgas Ostā.
"""


@pytest.mark.parametrize(
    ("notes", "company"),
    [
        (AFRIKAANS, "Vaalkrans Sagteware"),
        (ALBANIAN, "Drini Soft"),
        (GERMAN, "Druselwerk"),
        (LATVIAN, "Zilupe Dati"),
    ],
)
def test_the_employer_is_the_name_the_interview_is_at(notes: str, company: str) -> None:
    assert plan_of(notes).company == company


def test_an_interview_the_notes_call_another_company_names_no_employer() -> None:
    notes = """apuntes – lunes 11 enero

- mié 13/1: entrevista en Globant 15h – ¡otra empresa, no mezclar!
- jue 14/1: entrevista en Pampa Labs con Caro, técnica
"""
    assert plan_of(notes).company == "Pampa Labs"
