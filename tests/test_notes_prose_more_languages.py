"""Rounds told in prose in Afrikaans and Albanian (the last resort before the default loop):
a sentence with a word for a round and a step word, a person or a call is a round; a friend's
own loop told in the same prose is not."""

from __future__ import annotations

from tests.support.plans import named_plan

AFRIKAANS = """# Notas

Die eerste een is klaar: Sanet Venter van mensehulpbronne het my verlede Vrydag gebel.
Sy het gevra oor salaris en kennisgewing.

Dinsdag 12 Jan is die tegniese onderhoud met Johan Smit, senior ingenieur: Kubernetes en CI.

Pieter het gebel oor sy eie storie by Hoogland Data: drie rondes en 'n toets. Nie myne nie.

Direk daarna 'n gesprek met Elna Botha, hoof van ingenieurswese.
"""


def test_afrikaans_prose_rounds_without_the_friends_loop() -> None:
    rounds = named_plan(AFRIKAANS).rounds
    lines = [r.source.line for r in rounds if r.source]
    assert lines == [3, 6, 10]
    assert [r.interviewer for r in rounds][1:] == ["Johan Smit", "Elna Botha"]


ALBANIAN = """Shënime

Hapi i parë u bë të enjten: zonja Arta Leka nga burimet njerëzore më mori në telefon.

Pastaj, të martën, kam testin me shkrim në bibliotekë, vetëm një mbikëqyrës.

Pastaj intervista me drejtoreshën, Drita Gjoni, për orarin dhe ekipin.
"""


def test_albanian_prose_rounds() -> None:
    rounds = named_plan(ALBANIAN).rounds
    assert [r.source.line for r in rounds if r.source] == [3, 5, 7]


WELSH = """# Rhestr – wythnos 8 Mawrth

- [x] ffonio Mam
- [ ] diweddaru CV
- [ ] Mer 11 Tach 10:00 – cyfweliad panel, Teifi
    - Rhys Owen (prif nyrs) + Dr Elin Rees
- [ ] prynu anrheg i Nia
- [ ] Iau 12 Tach 8–1 – shifft brawf (working interview)
    - gyda Dr Elin Rees yn y theatr
- [ ] talu treth y cyngor
- [ ] cwestiynau i'w gofyn iddyn nhw:
    - oes cyllideb CPD i nyrsys?
    - sut mae'r rota penwythnos yn gweithio?
"""


def test_a_welsh_checklist_gives_its_dated_rounds_and_questions() -> None:
    plan = named_plan(WELSH)
    assert [r.source.line for r in plan.rounds if r.source] == [5, 8]
    assert len(plan.candidate_questions) == 2


TELEGRAM = """Levan Beridze, [03.12.2026 21:02]
ნინო, Mtkvari Labs-დან გამომეხმაურნენ! Backend Engineer პოზიციაზე
Nino Kapanadze, [03.12.2026 21:03]
ვაა, გილოცავ! როგორ იყო?
Levan Beridze, [04.12.2026 12:31]
ორშაბათს live coding Go-ზე, 60 წუთი: HTTP handler, context, ტესტები
Levan Beridze, [04.12.2026 12:33]
ოთხშაბათს system design: payments ledger, idempotency keys
Nino Kapanadze, [04.12.2026 12:40]
ooo ledger 😬 Stripe-ის სტატია წაიკითხე
Levan Beridze, [04.12.2026 12:45]
პარასკევს Engineering Manager, ანა — გუნდური მუშაობა, on-call
"""


def test_chat_messages_that_open_on_a_day_tell_rounds() -> None:
    kinds = [r.kind for r in named_plan(TELEGRAM).rounds]
    assert kinds == ["coding", "system-design", "hiring-manager"]


SIGNAL = """[03.12.26 19:40] Mart: Kadri!! Sääse Mängud vastas lõpuks
[03.12.26 19:41] Kadri: nooo päriselt?
[03.12.26 19:47] Mart: järgmine on esmaspäeval: live pair programming Siim Kasega (lead programmer). 90 min
[03.12.26 19:48] Kadri: ära unusta, et Siim vihkab singletone
[04.12.26 08:16] Mart: sama päev pärast lõunat tiimivestlus: kaks arendajat + kunstnik
"""


def test_estonian_messages_that_open_on_a_step_and_a_day() -> None:
    lines = [r.source.line for r in named_plan(SIGNAL).rounds if r.source]
    assert lines == [3, 5]


SLOVENIAN = """# Lipa – QA

## Kadrovski klic ✅ (24. 11.)
- Tjaša Kovač, HR
- plača, zakaj menjam

## Tehnični intervju
- Rok Zupan, Senior QA: test strategija, API testi

## Domača naloga
- avtomatiziraj 5 scenarijev, rok 4 dni

## Zaključni razgovor
- Matej Golob, vodja QA
"""


def test_slovenian_round_headings_have_their_kinds() -> None:
    kinds = [r.kind for r in named_plan(SLOVENIAN).rounds]
    assert kinds == ["recruiter", "technical", "take-home", "hiring-manager"]
