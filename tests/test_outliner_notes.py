"""Notes kept in an outliner (Logseq, Roam), where every line is a bullet: the bullets that
head their own bullets are read as headings, task markers and wiki links as plain words."""

from __future__ import annotations

from mockloop.notes.outliner import outliner_lines
from tests.support.plans import plan_of

LOGSEQ = """- title:: Kiranet ML Engineer loop
- company:: [[Kiranet]]
- ## Overview
	- DONE Recruiter screen with Ananya
		- CTC discussion, notice period
- ## Day 1 — [[Nov 24th, 2026]]
	- TODO DSA round
		- interviewer:: [[Rohit Menon]] (SDE-3)
		- graphs + heaps likely
	- TODO ML system design
		- interviewer:: [[Siddharth Rao]] (Principal MLE)
		- "design search ranking for grocery"
	- lunch with the team (not evaluated)
	- CANCELED Bar raiser
		- removed, the HM covers it
"""

ROAM = """- [[November 21st, 2026]]
    - #[[Interview Prep]] [[Lumenhaus]] — Senior Product Manager
        - {{[[DONE]]}} Recruiter call with Lena [[November 10th, 2026]] — motivation
        - Onsite loop
            - 1. Product sense — [[Miriam Stein]] (Senior PM)
                - "design a feature that shifts usage to cheap hours"
            - 2. Analytics / execution — [[Can Öztürk]] (Data Lead)
                - a metric drops 15% week over week
    - unrelated: dentist 16:00
"""


def test_an_outliners_nested_rounds_are_found_and_its_markup_is_read_as_words() -> None:
    logseq = [(r.title, r.kind) for r in plan_of(LOGSEQ).rounds]
    assert [t for t, _ in logseq] == [
        "Recruiter screen with Ananya (done)", "DSA round", "ML system design",
    ]  # fmt: skip
    assert logseq[1][1] == "coding" and logseq[2][1] == "ml-system-design"
    roam = [r.title for r in plan_of(ROAM).rounds]
    assert any(t.startswith("Product sense") for t in roam)
    assert any(t.startswith("Analytics") for t in roam)
    assert not any("dentist" in t for t in roam)


def test_ordinary_markdown_bullets_are_left_as_they_are() -> None:
    notes = "# Acme\n\n## stages\n- tel screen – DONE 27 feb\n  - Kirsty, 20 min\n- [[x]] y\n"
    lines = notes.split("\n")
    assert outliner_lines(lines, notes) == lines


def test_an_obsidian_link_to_a_page_named_company_dash_round_reads_as_the_round() -> None:
    notes = (
        "# 2026-11-18\n\n## Korbel Systems — Senior Platform Engineer\nLinks: [[Korbel Systems]]\n\n"
        "Already done: recruiter call with Tomasz (Nov 6).\n\nOnsite (virtual) Fri 27 Nov:\n"
        "1. [[Korbel – Coding 1]] 10:00 — Marta Lis (Staff Eng)\n\t- parse a log file\n"
        "2. [[Korbel – Coding 2]] 11:15 — Bartek Nowak (Senior Eng)\n\t- a broken rate limiter\n"
        "3. lunch (1h)\n4. [[Korbel – System design]] 13:30 — Ewa Kamińska (Principal Eng)\n"
        "\t- a multi-region deploy pipeline\n"
    )
    rounds = plan_of(notes).rounds
    titles = [r.title.rsplit(" ", 1)[0] for r in rounds[1:]]
    assert titles == ["Coding 1", "Coding 2", "System design"]
    assert [r.kind for r in rounds[1:]] == ["coding", "coding", "system-design"]


def test_a_spreadsheets_steps_in_another_language_stop_at_its_empty_row() -> None:
    notes = (
        "processo_seletivo.csv (exportado do Google Planilhas)\nempresa,Grupo Ipê Varejo,,,\n"
        ",,,,\netapa,tipo,data,entrevistador,status\n"
        "1,Entrevista com RH,04/11/2026,Juliana Prado,feito\n"
        "2,Teste técnico de Excel,07/11/2026,,feito\n"
        "3,Entrevista com gestor,12/11/2026,Marcelo Tavares,feito\n"
        "4,Entrevista com diretoria,,Renata Lobo,cancelado\n,,,,\n"
        "perguntas,1,,,Qual a ferramenta de orçamento?\nperguntas,2,,,Quantas pessoas no time?\n"
    )
    titles = [r.title for r in plan_of(notes).rounds]
    assert titles == ["Entrevista com RH", "Teste técnico de Excel", "Entrevista com gestor"]


def test_each_step_after_a_message_that_announces_the_next_steps_is_a_round() -> None:
    notes = (
        "Messaggi – Sara (Osteria del Naviglio, risorse umane)\n\nmar 10 nov, 15:41\n"
        "Sara: Grazie per la chiacchierata. Come detto, i prossimi passi sono:\n"
        "Sara: 1) prova in cucina giovedì 19 dalle 16 alle 23 con lo chef Andrea Ferri\n"
        "Sara: 2) colloquio con lo chef Ferri il giorno dopo, venerdì 20 alle 11\n"
        "Sara: 3) degustazione per i titolari, martedì 24\n"
        "Io: Ricevuto, grazie mille. Devo portare i miei coltelli?\n"
        "Sara: Sì, coltelli e divisa.\nIo: Perfetto, a giovedì.\n"
    )
    plan = plan_of(notes)
    assert not plan.default_loop
    assert [r.title.split()[0] for r in plan.rounds] == ["prova", "colloquio", "degustazione"]


def test_facts_under_a_process_label_are_not_announced_steps() -> None:
    notes = (
        "# Acme — Analyst\n\nProcess:\n- 3 rounds total\n- decision within a week\n"
        "- they pay travel\n\n## Recruiter screen\n- pay\n"
    )
    assert [r.title for r in plan_of(notes).rounds] == ["Recruiter screen"]
