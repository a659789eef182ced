"""A Logseq page's properties at its top ("company:: [[Huronloop]]", "role:: …") are labels
like "Company: …": the company is the property's value, not a round's name below."""

from __future__ import annotations

from pathlib import Path

from mockloop.notes.plan import load_plan_or_notes

NOTES = """title:: Larkspur interview loop
company:: [[Larkspur]]
role:: Product Security Engineer
status:: onsite scheduled

- ## Loop (virtual, Dec 14 + 15)
\t- Recruiter screen — Talia Moss DONE
\t\t- 20 min, remote is fine
\t- Coding 1 — [[Vikram Sethi]] (Security Eng)
\t\t- python, parse auth logs
\t- Coding 2 — [[Ana Ruiz]]
\t\t- secure code review
"""


def test_a_logseq_pages_company_property_names_the_company(tmp_path: Path) -> None:
    (notes := tmp_path / "larkspur.md").write_text(NOTES, encoding="utf-8")
    plan = load_plan_or_notes(notes)
    assert (plan.company, plan.role) == ("Larkspur", "Product Security Engineer")
