"""Notes that tell the loop only in sentences, in whatever language the candidate writes:
before, they fell back to the default loop. Each sentence that names a round and places it
(a step word, who it is with, a call that happened, how long it took) is a round; meals,
breaks and steps the notes say are no interview are not, nor are questions."""

from __future__ import annotations

from tests.support.plans import plan_of

DUTCH = """sollicitatie backend developer — aantekeningen

Gisteren belde Lotte Visser, recruiter bij Dijkstroom. Het gesprek duurde 20 minuten: salaris,
opzegtermijn en waarom ik weg wil.

Volgende week donderdag ben ik op kantoor. Eerst een technisch gesprek met Bram Mulder over mijn
code, daarna een pair programming sessie met twee developers. Dan lunch met het team, niet
beoordeeld. Als laatste een half uur met de CTO, Ingrid Bos, over hoe ze werken.

Vragen voor hen
- Hoe ziet on-call eruit?
"""


def test_dutch_prose_gives_its_rounds_in_order_and_no_lunch() -> None:
    plan = plan_of(DUTCH)
    assert not plan.default_loop
    titles = [r.title for r in plan.rounds]
    assert len(titles) == 4, titles
    assert titles[0].startswith("Gisteren belde Lotte Visser")
    assert titles[1].startswith("technisch gesprek met Bram Mulder")
    assert "pair programming sessie" in titles[2]
    assert "CTO" in titles[3]
    assert not any("lunch" in t.lower() for t in titles)
    assert plan.rounds[0].kind == "recruiter"


POLISH = """rekrutacja — notatki

We wtorek zadzwoniła pani Agnieszka Nowak z działu HR. Rozmowa trwała 15 minut.

Dzień oceny w piątek. Najpierw ćwiczenie grupowe z innymi kandydatami, obserwują dwie osoby.

Potem zadanie typu in-tray, 60 minut przy komputerze.

Przerwa na obiad, nieoceniana.

Po obiedzie rozmowa z kierowniczką działu, panią Magdaleną Zając.
"""


def test_an_assessment_day_told_in_polish_gives_each_exercise_and_not_the_break() -> None:
    titles = [r.title for r in plan_of(POLISH).rounds]
    assert len(titles) == 4, titles
    assert titles[1].startswith("ćwiczenie grupowe")
    assert titles[2].startswith("zadanie typu in-tray")
    assert titles[3].startswith("rozmowa z kierowniczką")
    assert not any("obiad" in t for t in titles)


def test_a_single_told_sentence_is_no_loop() -> None:
    notes = "notes\n\nGisteren belde Lotte Visser, recruiter. Het ging goed.\n"
    assert plan_of(notes).default_loop


MUSINGS = """career thoughts, november

I keep thinking about leaving teaching. Maybe instructional design, maybe UX research. The
portfolio is the thing to build first, then talk to people who made the switch. Next year I
could do a bootcamp with Maria if money allows.
"""


def test_musings_with_no_interview_keep_the_default_loop() -> None:
    assert plan_of(MUSINGS).default_loop


TURKISH = """iş görüşmeleri

Geçen hafta Selin Aydın aradı, İK'dan. Telefon görüşmesi 20 dk sürdü.

Önce teknik mülakat var, Burak Demir ile: OWASP, tehdit modelleme.
Sonra öğle yemeği, değerlendirme yok.
Öğleden sonra yöneticiyle görüşme: Ekip lideri Elif Kaya.

Onlara soracaklarım:
- Bug bounty programınız var mı?
"""


def test_turkish_prose_gives_the_call_the_interviews_and_no_lunch() -> None:
    plan = plan_of(TURKISH)
    titles = [r.title for r in plan.rounds]
    assert len(titles) == 3, titles
    assert "aradı" in titles[0]
    assert titles[1].startswith("teknik mülakat")
    assert titles[2].startswith("yöneticiyle görüşme")
    assert not any("yemeği" in t for t in titles)


OTTER = """New Recording 3
Nov 23, 2026 · 6:03 PM · 5:12

Speaker 1  0:00
Okay. So this is for future me. The job is Guest Services Agent at the Harbour Hotel.

Speaker 1  0:41
So the phone screen, that was Monday, with Priya from HR. Fifteen minutes, availability, wage.

Speaker 1  2:05
And then straight after, a guest scenario role play, which is basically a mock
guest at the desk. I have to fix a cancelled dinner in ten minutes.
"""


def test_a_transcripts_speaker_stamps_do_not_hide_its_rounds() -> None:
    titles = [r.title.lower() for r in plan_of(OTTER).rounds]
    assert any("phone screen" in t for t in titles), titles
    assert any("role play" in t for t in titles), titles


FINISH = """notes from Niamh's mail

First is the tech leadership interview with two of our principal engineers, Deirdre Power and
Tomasz Nowak. They'll give you a system our team owns.

After a short break you'll have the people-management interview with Gráinne Murphy.

We'll finish with 30 minutes with our CTO, Paul Kiely, about vision.
"""


def test_a_mail_that_finishes_with_the_cto_names_that_round() -> None:
    plan = plan_of(FINISH)
    assert len(plan.rounds) == 3
    assert plan.rounds[-1].interviewer == "Paul Kiely"


VOICE = """Speaker 1  1:22
Next, um, Thursday at ten I go in and it's two things back to back. First the interview with
the Chef Concierge, that's Martin Dubois. He asks about difficult guests.

Speaker 1  2:05
And then straight after, a guest scenario role play at the desk, ten minutes.
"""


def test_a_round_in_the_sentence_after_a_paragraphs_opener_is_read() -> None:
    titles = [r.title.lower() for r in plan_of(VOICE).rounds]
    assert any("chef concierge" in t for t in titles), titles
    assert any("role play" in t for t in titles), titles
