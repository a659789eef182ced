"""In a chat with a friend, the friend's own interviews ("my Gallatin final round is friday",
"I had a bar raiser interview at Vihmavari") are not the candidate's rounds. The candidate is
the one who writes as "Me" (or "Io", "Yo", …), else the one who writes most; only a round told
with "my … round/interview" or "I had … interview" by someone else is dropped, so what a
recruiter writes ("Mon 7/12: a call with me", "with my colleague Luca") is still the loop, and
the candidate's own notes below the chat are never the last writer's."""

from __future__ import annotations

from tests.support.plans import plan_of

FRIEND = """[02/12/26, 21:02:11] Hannah Cole: ok the Hyalite loop is on the calendar, pasting it here
[02/12/26, 21:02:40] Hannah Cole: recruiter screen with Bree Santos was last wed, done. logistics + comp
[02/12/26, 21:03:05] Hannah Cole: portfolio presentation, 45 min, to Ruth and two designers
[02/12/26, 21:03:30] Hannah Cole: hiring manager interview with Ruth Okonkwo (Design Manager), 45 min
[02/12/26, 21:04:02] Theo Park: nice. my Gallatin final round is friday so send me your deck before
[02/12/26, 21:04:30] Theo Park: and I had a bar raiser interview there last week, brutal
[02/12/26, 21:05:10] Hannah Cole: will do!! thank you
"""

RECRUITER = """[02/12/26, 10:02:11] Sara Rossi: Buongiorno Giulia! The next steps for the sous chef role:
[02/12/26, 10:02:40] Sara Rossi: Mon 7/12: a call with me, 20 min
[02/12/26, 10:03:05] Sara Rossi: then a technical interview with my colleague Luca Ferri, 60 min
[02/12/26, 10:05:10] Giulia Bassi: Perfect, thank you so much! I have been hoping for this one for a long time, I will prepare three courses from my own menu and bring my knives
[02/12/26, 10:06:10] Giulia Bassi: Is the tasting on site, and how long should I plan for it in total?
[02/12/26, 10:07:10] Sara Rossi: yes, in our kitchen
"""

AFTER_THE_CHAT = """[02/12/26, 21:02:11] Hannah Cole: ok the Hyalite loop is on the calendar, more below in my notes when I have them, I will paste everything
[02/12/26, 21:03:05] Theo Park: nice
[02/12/26, 21:04:02] Hannah Cole: recruiter screen with Bree Santos was last wed, done
[02/12/26, 21:05:10] Theo Park: good luck!!

Hyalite rounds:
- my portfolio review with Ruth, 45 min
- hiring manager interview with Ruth Okonkwo
"""


def test_a_friends_own_interviews_are_not_the_candidates_rounds() -> None:
    titles = [r.title.lower() for r in plan_of(FRIEND).rounds]
    assert len(titles) == 3, titles
    assert not any("gallatin" in t or "bar raiser" in t for t in titles)


def test_what_a_recruiter_writes_in_a_chat_is_still_the_loop() -> None:
    # the candidate writes most here, and the recruiter says "my colleague" and "Mon"
    titles = [r.title.lower() for r in plan_of(RECRUITER).rounds]
    assert len(titles) == 2, titles
    assert "technical interview" in titles[1]


def test_the_candidates_own_notes_below_a_chat_are_theirs() -> None:
    titles = [r.title.lower() for r in plan_of(AFTER_THE_CHAT).rounds]
    assert any("portfolio review" in t for t in titles), titles


MEG = """[02/12/26, 21:02:11] Hannah Cole: the Hyalite loop is on the calendar, pasting it here so you can check it later
[02/12/26, 21:02:40] Meg: go on
[02/12/26, 21:03:05] Hannah Cole: recruiter screen with Bree Santos was last wed, done, logistics and comp
[02/12/26, 21:03:30] Hannah Cole: hiring manager interview with Ruth Okonkwo, 45 min, my final round
[02/12/26, 21:04:02] Meg: good luck!!
"""


def test_a_friend_called_meg_is_not_taken_for_the_candidate() -> None:
    titles = [r.title.lower() for r in plan_of(MEG).rounds]
    assert any(t.startswith("hiring manager interview") for t in titles), titles
