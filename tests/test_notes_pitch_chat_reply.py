"""In a chat, a friend asks what the candidate will say when asked why the employer ("and if
they ask why them what r u saying", "šta ćeš reć kad te pitaju zašto baš Brodolink"); the
candidate's next message is the pitch, unless it is no answer yet ("ei tea veel, ausalt")."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

HEAD = """12/11/2026, 19:02 - Ana: got the Brodolink process!! HR call, then tech interview, then CTO
12/11/2026, 19:03 - Marin: nice, which role
12/11/2026, 19:04 - Ana: Senior SRE, platform team
"""
REPLY = (
    "four years of on-prem at the bank, and they run the whole port's logistics, I want that scale"
)


@pytest.mark.parametrize(
    "asked",
    ["and if they ask why them what r u saying", "i šta ćeš reć kad te pitaju zašto baš Brodolink"],
)
def test_the_candidates_answer_to_a_friends_why_them_is_the_pitch(asked: str) -> None:
    notes = HEAD + f"12/11/2026, 19:10 - Marin: {asked}\n12/11/2026, 19:14 - Ana: {REPLY}\n"
    assert [p.text for p in plan_of(notes).pitch] == [REPLY]


@pytest.mark.parametrize(
    "reply",
    [
        "ei tea veel, ausalt. mõtlen laupäeval välja, siis saadan sulle",
        "hmm what would you say? you did the Lošinj one",
    ],
)
def test_no_answer_yet_or_a_question_back_is_no_pitch(reply: str) -> None:
    notes = HEAD + f"12/11/2026, 19:10 - Marin: and why them?\n12/11/2026, 19:14 - Ana: {reply}\n"
    assert plan_of(notes).pitch == []
