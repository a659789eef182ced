"""The last resort before the default loop reads rounds told sentence by sentence in more
languages: Slovak, Bulgarian, Greek, Lithuanian, Galician (a round word and a step word, who it
is with, or how long it took)."""

from __future__ import annotations

import pytest

from tests.support.plans import named_plan

SLOVAK = """Poznámky k pohovoru

Prvé kolo bolo včera, s Janou z HR, asi dvadsať minút, plat a výpovedná lehota.
Druhé kolo je s Petrom Novákom, vedúcim tímu, hodina o mojich projektoch.
Potom prezentácia pred tímom, tridsať minút.
"""

BULGARIAN = """Бележки

Първо интервю с Мария от HR, 20 минути.
После техническо интервю с двама инженери, 60 мин.
Накрая разговор с директора.
"""

GREEK = """Σημειώσεις

Πρώτα ένα τηλεφώνημα με την κυρία Νικολάου, περίπου είκοσι λεπτά.
Μετά μια γραπτή δοκιμασία μιας ώρας.
Τέλος, συνέντευξη με τον Διευθυντή.
"""

LITHUANIAN = """Užrašai

Pirmas pokalbis su Ruta iš HR, 20 minučių.
Toliau bus namų užduotis su duomenimis.
Paskui pokalbis su komandos vadovu, valanda.
"""

GALICIAN = """Nota

Primeiro unha chamada con Brais, vinte minutos.
Despois a proba práctica na cociña, catro horas.
Ao remate, charla coa propietaria, media hora.
"""


@pytest.mark.parametrize("notes", [SLOVAK, BULGARIAN, GREEK, LITHUANIAN, GALICIAN])
def test_rounds_told_sentence_by_sentence_in_more_languages(notes: str) -> None:
    assert len(named_plan(notes).rounds) == 3
