"""Company and role where the notes' own language says which is which: front matter keyed in
Czech, a title that only says "interview notes" in Finnish or Swahili, a sentence for a title,
"HR of X", and "the position" said in Vietnamese or Hungarian."""

from __future__ import annotations

from tests.support.plans import plan_of

OBSIDIAN_CS = """---
tags: [pohovor]
firma: "[[Hradec Analytics]]"
pozice: Data Engineer (medior)
---
# Pohovory

## HR screening
- plat, nástup
"""


def test_front_matter_keyed_in_the_notes_language_gives_company_and_role() -> None:
    plan = plan_of(OBSIDIAN_CS)
    assert plan.company == "Hradec Analytics"
    assert plan.role == "Data Engineer (medior)"


SWAHILI = """# Maandalizi ya usaili — Machi 2026

Jumatatu nilipigiwa simu na Bi. Amina Salim, HR wa Serengeti Kilele Tours, kuhusu nafasi ya Senior Safari Guide.

## Usaili wa kwanza
- uzoefu wangu
"""


def test_a_title_that_says_interview_prep_in_swahili_is_not_the_company() -> None:
    plan = plan_of(SWAHILI)
    assert plan.company == "Serengeti Kilele Tours"  # "HR wa …": the HR of the employer
    assert plan.role is not None and plan.role.startswith("Senior Safari Guide")


SENTENCE_TITLE = """my notes (top) — thread pasted below so I stop digging through Gmail

- tech screen Tues 10th w/ one of their senior SEs

Subject: Re: Quarrystone – Solutions Engineer next steps
"""


def test_a_sentence_for_a_title_is_not_the_company() -> None:
    assert plan_of(SENTENCE_TITLE).company == "Quarrystone"


VIETNAMESE = """# ghi chú phỏng vấn — Android (tháng 3)

Thứ 2 chị Lan bên HR gọi, muốn mời vào quy trình cho vị trí Senior Android Developer.

## Vòng 1: phỏng vấn kỹ thuật
- Kotlin coroutines
"""

HUNGARIAN = """# állásinterjú jegyzetek – QA (március)

Hétfőn hívott a Dunapart Szoftver Kft. HR-ese. A pozíció angolul van kiírva: "QA Automation Engineer (senior)".

## Technikai interjú
- Playwright
"""


def test_the_position_said_in_vietnamese_or_hungarian_is_the_role() -> None:
    assert plan_of(VIETNAMESE).role == "Senior Android Developer"
    assert plan_of(VIETNAMESE).company is None  # "ghi chú phỏng vấn": interview notes
    hungarian = plan_of(HUNGARIAN)
    assert hungarian.role == "QA Automation Engineer (senior)"
    assert hungarian.company != "Állásinterjú Jegyzetek"


CATALAN = """Assumpte del correu (enganxat): "Procés de selecció – Dissenyador/a de Producte Sènior · Ter Mobilitat"

Ara mateix: Agència Garbí. La competència d'ells: Rodamon.

## 1. Trucada RRHH
- sou, dies d'oficina

## 2. Revisió de portfoli
- dos casos
"""


def test_a_catalan_subject_names_company_and_role_not_its_label_or_a_round() -> None:
    plan = plan_of(CATALAN)
    assert plan.company == "Ter Mobilitat"  # not "Assumpte del correu", not "Trucada RRHH"
    assert plan.role == "Dissenyador/a de Producte Sènior"
