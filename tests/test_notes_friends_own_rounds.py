"""In a chat with a friend, the friend's own interviews ("my Gallatin final round is friday",
"I had a bar raiser interview at Vihmavari") are not the candidate's rounds; in a chat with a
recruiter, what the recruiter says ("a tasting with me and our owner") still is. The
candidate is the one who writes as "Me" (or "Io", "Yo", …), else the one who writes most."""

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

RECRUITER = """[02/12/26, 10:02:11] Sara (Osteria Lungadige): Buongiorno! The next steps for the sous chef role:
[02/12/26, 10:02:40] Sara (Osteria Lungadige): 1) a call with me, 20 min, on Monday
[02/12/26, 10:03:05] Sara (Osteria Lungadige): 2) a tasting with chef Ferri and our owner Paolo, 3 courses
[02/12/26, 10:05:10] Me: Perfect, thank you!
[02/12/26, 10:06:10] Me: Is the tasting on site?
[02/12/26, 10:07:10] Sara (Osteria Lungadige): yes, in our kitchen
"""


def test_a_friends_own_interviews_are_not_the_candidates_rounds() -> None:
    titles = [r.title.lower() for r in plan_of(FRIEND).rounds]
    assert len(titles) == 3, titles
    assert not any("gallatin" in t or "bar raiser" in t for t in titles)


def test_what_a_recruiter_writes_in_a_chat_is_still_the_loop() -> None:
    titles = [r.title.lower() for r in plan_of(RECRUITER).rounds]
    assert len(titles) == 2, titles
    assert "tasting" in titles[1]
