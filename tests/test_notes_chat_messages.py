"""A chat exported with a friend: the stamps and senders before each message go, each message
reads as a paragraph of its own, and the senders (in any script) are never the employer, while
they are still known to the company reader after their names left the lines."""

from __future__ import annotations

from mockloop.notes.parser import parse_notes
from tests.support.plans import named_plan, plan_of

WHATSAPP = """3/4/26, 6:58 PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
3/4/26, 6:58 PM - Cody: yo you up
3/4/26, 7:01 PM - Rick Halvorsen: ya whats up
3/4/26, 7:03 PM - Cody: so i finally heard back from Birchwood Electric, the journeyman spot
3/4/26, 7:07 PM - Cody: first a written test at their shop on Garfield Ave, 30 questions on the NEC, 45 min
3/4/26, 7:10 PM - Rick Halvorsen: lol you still doing offsets by eye
3/4/26, 7:12 PM - Cody: and last a sit down with gary the owner. wage, the van, the hours
3/4/26, 7:13 PM - Rick Halvorsen: gary miller? good dude, kinda cheap
"""

SIGNAL = """[14.11.26 20:31] Мартин: Вики, имаш ли 5 мин? Hexwood ми пратиха целия процес
[14.11.26 20:33] Виктория: давай
[14.11.26 20:34] Мартин: позицията е Senior iOS Engineer, remote от Варна
[14.11.26 20:35] Виктория: и сега?
[14.11.26 20:36] Мартин: HR разговорът мина в понеделник
"""

TOLD = """[28/11/26, 21:04] Mei Ling: ok so tell me, how did the HR call go
[28/11/26, 21:05] Arjun: good lah. 20 mins, mostly notice period and salary
[28/11/26, 21:05] Arjun: she said next is the Director of Rooms, then a role play
[28/11/26, 21:06] Mei Ling: wah Front Office Manager at Tanjong Bay!! steady
[28/11/26, 21:19] Mei Ling: and your why-tanjong answer?
"""

DISCORD = """sol.vdb — 03/03/2026 21:14
why them tho. Pixelberg pays more
nico_b — 03/03/2026 21:15
because it's for crêtelab's search team, and the title is "Senior ML Engineer, Ranking"
sol.vdb — 03/03/2026 21:16
fair
nico_b — 03/03/2026 21:17
the recruiter screen is done. next is the coding round with Ana
"""


def test_a_chats_rounds_come_from_its_messages_and_not_its_notice() -> None:
    plan = named_plan(WHATSAPP)
    titles = [r.title.lower() for r in plan.rounds]
    assert any("written test" in t for t in titles), titles
    assert any(t.startswith("sit down with gary") for t in titles), titles
    assert not any("encrypted" in t or "cody" in t for t in titles), titles
    assert all("PM -" not in n.text for r in plan.rounds for n in r.focus)


def test_senders_in_cyrillic_and_a_first_message_are_no_company() -> None:
    # (the chat names its employer once, in Bulgarian: no company is better than a wrong one)
    assert plan_of(SIGNAL).company in (None, "Hexwood")
    notes = parse_notes(SIGNAL)
    assert notes.senders == {"Мартин", "Виктория"}
    assert notes.sections[0].items[0].text.startswith("Вики, имаш ли")  # the stamp and name gone


def test_a_message_that_tells_what_the_recruiter_said_names_the_next_rounds() -> None:
    titles = [r.title.lower() for r in named_plan(TOLD).rounds]
    assert any("director of rooms" in t for t in titles), titles


def test_why_them_in_lower_case_is_no_company() -> None:
    assert plan_of(DISCORD).company == "Crêtelab"


IMESSAGE = """Sat, 14 Nov 2026 at 19:02
Me: Kestrel Air emailed!! I'm through to the assessment day
Lindiwe ❤️: when??
Me: ok so from the email, it's for First Officer, Lanseria base:
Me: 08:45 group exercise – 6 candidates, we plan a diversion together
Me: 10:30 technical interview with a Training Captain. ATPL theory, systems
Lindiwe ❤️: icing like cake?
Me: 12:00 lunch
Me: 13:00 panel interview with HR + the Chief Pilot
"""

ROMANIAN = """[18/11/26, 21:08:02] Andrei Pop: tech screen 60 min, live coding în Go
[18/11/26, 21:09:30] Ioana Mureșan: easy pentru tine
[18/11/26, 21:10:11] Andrei Pop: haha vedem. apoi onsite-ul virtual, o zi întreagă pe Zoom
[18/11/26, 21:13:59] Andrei Pop: da!! apoi behavioral cu cineva din altă echipă, gen conflict
[18/11/26, 21:14:30] Andrei Pop: și la final hiring manager, Tobias Brandt. 45 min
[18/11/26, 21:15:45] Ioana Mureșan: la noi e tot așa lol
"""


def test_a_chat_whose_sender_signs_with_an_emoji_gives_its_schedule() -> None:
    titles = " | ".join(sorted(r.title.lower() for r in named_plan(IMESSAGE).rounds))
    assert titles.count(" | ") == 2, titles
    assert all(t in titles for t in ("group exercise", "technical interview", "panel interview"))


def test_messages_that_open_on_a_step_word_name_rounds_in_any_language() -> None:
    kinds = [r.kind for r in named_plan(ROMANIAN).rounds]
    assert kinds[-2:] == ["behavioral", "hiring-manager"], kinds


def test_a_schedule_of_name_and_time_lines_is_no_chat() -> None:
    notes = "# Onsite at Stripe\n\nPanel Interview 10:00\nLunch 12:00\nSystem Design 14:00\n"
    assert [r.title.split()[0] for r in named_plan(notes).rounds] == ["Panel", "System"]


def test_the_candidates_own_stamped_messages_lose_their_stamp() -> None:
    notes = (
        "[18/11/26, 21:04:20] Me: then the coding interview with Ana\n"
        "[18/11/26, 21:05:00] Jo: ok\n[18/11/26, 21:06:00] Me: and a panel\n"
        "[18/11/26, 21:07:00] Jo: nice\n"
    )
    assert parse_notes(notes).sections[0].items[0].text.startswith("then the coding interview")
