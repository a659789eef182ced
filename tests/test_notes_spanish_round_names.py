"""Round names in Spanish (and their Portuguese, French and Italian kin) read as the English
ones do: "prueba técnica para casa" is a take-home, "revisión de la prueba" its review,
"diseño de sistemas" a system design, and "entrevista técnica en directo, con …" opens on
its round as "live technical interview, with …" does."""

from __future__ import annotations

from tests.support.plans import plan_of

STEPS = """# Proceso con Tordesilla Apps

El proceso, según Carmen:
- prueba técnica para casa: una API pequeña en Kotlin, máximo 3 horas
- revisión de la prueba con dos del equipo backend (Óscar y alguien más): decisiones, tests
- entrevista técnica en directo, con Óscar Valdés (tech lead). concurrencia y colas
- diseño de sistemas: reservas de pistas, picos a las 9 de la mañana
"""


def test_spanish_steps_are_the_rounds_they_name() -> None:
    rounds = plan_of(STEPS).rounds
    assert [r.kind for r in rounds] == ["take-home", "presentation", "technical", "system-design"]
    assert rounds[2].interviewer and rounds[2].interviewer.startswith("Óscar Valdés")


def test_a_case_sent_home_and_presented_is_still_a_presentation() -> None:
    notes = (
        "# Processo\n\n1. Etapa 1 – triagem com RH\n2. Etapa 2 – case para casa + apresentação\n"
    )
    assert [r.kind for r in plan_of(notes).rounds] == ["recruiter", "presentation"]
