"""Where notes name the employer only in passing: the address of its job ad, a welcome line, a
signature under a pasted message, a hiring post's tag. The candidate's own
employer, named far more often, is never taken for it, and a title that is only the job is no
company."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

ROUNDS = """
## Rounds
1. Recruiter screen with Maya
2. Technical interview with Omar (Staff Engineer)
3. Final with the VP
"""


def test_the_job_ads_address_names_the_employer_over_a_title_that_is_only_the_job() -> None:
    plan = plan_of(
        "structural engineer – notes\n\nthe ad: https://careers.halden-bridgeworks.co.uk/jobs/"
        "4471-structural-engineer\n" + ROUNDS
    )
    assert plan.company == "Halden Bridgeworks"
    assert "structural" in (plan.role or "").lower()


def test_an_address_is_spelled_as_the_notes_spell_the_name() -> None:
    plan = plan_of(
        "# Prep\n\nApplied via https://www.marlowquay.com/careers/analyst. Marlow Quay runs the"
        " harbour's ferries.\n" + ROUNDS
    )
    assert plan.company == "Marlow Quay"


def test_a_folder_kept_for_the_application_names_the_employer_and_its_path_is_no_title() -> None:
    plan = plan_of("~/Documents/applications/brightwell-dairy/prep.txt\n\nplanner role\n" + ROUNDS)
    assert plan.company == "Brightwell Dairy"


@pytest.mark.parametrize(
    "mine",
    [
        "current: Pellworth Logistics, 3 yrs, team being cut",
        "me: 4 yrs AE at Pellworth Logistics, 120% of quota",
        "I'm 3 PQE at Pellworth Logistics, mostly tribunal work.",
        "- why leave Pellworth Logistics → no room to grow",
    ],
)
def test_the_candidates_own_employer_is_not_the_company(mine: str) -> None:
    notes = (
        "# ops lead prep\n\n"
        f"{mine}\n"
        "Pellworth Logistics uses the same WMS. Pellworth Logistics is my benchmark.\n\n"
        "> Welcome to the Quayside Freight process! Sam will send the invite.\n" + ROUNDS
    )
    assert plan_of(notes).company == "Quayside Freight"


def test_an_interviewers_years_at_the_employer_do_not_make_it_the_candidates_own() -> None:
    notes = (
        "# Rivenhall — Staff Engineer\n\n## Why Rivenhall\nThe drive-unit work.\n\n"
        "Luis = 8 yrs at Rivenhall, came from a supplier.\n" + ROUNDS
    )
    assert plan_of(notes).company == "Rivenhall"


@pytest.mark.parametrize(
    ("trace", "company"),
    [
        ("> Welcome to the Tamarind Analytics process! Lunch is optional.", "Tamarind Analytics"),
        ("> Thanks!\n> People Operations | Lakeview General Hospital", "Lakeview General Hospital"),
        ("> Regards,\n> Mdm Tan\n> Corvane Holdings Pte. Ltd.", "Corvane Holdings Pte. Ltd."),
        ('text from the office: "see you Thursday 8am. - Tanya, Northridge Electric"',
         "Northridge Electric"),
        ("> #hiring #logistics #LifeAtKestrel", "Kestrel"),
    ],
)  # fmt: skip
def test_a_pasted_message_leaves_the_employers_name(trace: str, company: str) -> None:
    notes = f"prep - shift lead\n\n{trace}\n\nmy notes: bring boots.\n" + ROUNDS
    assert plan_of(notes).company == company


@pytest.mark.parametrize(
    "title",
    [
        "# Intermediate Civil Engineer – Three Waters",
        "# Employment Associate (3–5 PQE) – prep",
        "# Arquitecto/a de Proyecto – prep",
        "# vaga consultor de vendas – ortopedia",
    ],
)
def test_a_title_that_is_only_the_job_names_no_company(title: str) -> None:
    plan = plan_of(f"{title}\n\nThe interviews are next week.\n" + ROUNDS)
    assert plan.company is None


def test_a_vacancy_at_a_company_told_in_portuguese_names_it() -> None:
    notes = (
        "# vaga consultor de vendas\n\n- hoje: MedSul, 4 anos\n- a vaga é na Cordilha Ortopedia,"
        " time de trauma\n" + ROUNDS
    )
    assert plan_of(notes).company == "Cordilha Ortopedia"


def test_a_title_in_the_candidates_voice_leaves_only_the_job_as_the_role() -> None:
    plan = plan_of(
        "senior physio job - thoughts before I apply\n(apple notes, sun night)\n\n" + ROUNDS
    )
    assert plan.role == "senior physio"


@pytest.mark.parametrize(
    ("line", "bad"),
    [
        ("Jeudi 6 mars – essai au Cormoran", "Jeudi 6"),
        ("via Fortis Engineering Recruitment (agency, Dean)", "Fortis Engineering Recruitment"),
    ],
)
def test_a_weekday_or_an_agency_is_not_the_company(line: str, bad: str) -> None:
    assert bad.lower() not in (plan_of(f"{line}\n\n" + ROUNDS).company or "").lower()


@pytest.mark.parametrize(
    ("title", "company", "role"),
    [
        ("Housing Policy Officer (G6) | Calder Regional Council", "Calder Regional Council",
         "Housing Policy Officer (G6)"),
        ("Growth PM | Notion Labs", "Notion Labs", "Growth PM"),
    ],
)  # fmt: skip
def test_a_role_then_a_company_after_a_pipe(title: str, company: str, role: str) -> None:
    plan = plan_of(f"{title}\nTuesday, 17 November 2026\n\n" + ROUNDS)
    assert (plan.company, plan.role) == (company, role)


@pytest.mark.parametrize(
    "mine",
    [
        "- pourquoi quitter L'Ardoise : pas de poste poisson",
        "- Warum weg von Sendwerk: das Segment wird gestrichen",
        "- notice: one month at Sendwerk",
    ],
)
def test_the_candidates_own_employer_in_other_words_is_not_the_company(mine: str) -> None:
    notes = f"# prep\n\n{mine}\n- Sendwerk and L'Ardoise again: Sendwerk, L'Ardoise\n" + ROUNDS
    assert plan_of(notes).company not in ("Sendwerk", "Ardoise", "L'Ardoise")


def test_a_field_before_the_job_in_the_title_is_no_company() -> None:
    assert plan_of("# FP&A Analyst – prep\n\nNotes.\n" + ROUNDS).company != "FP&A"
