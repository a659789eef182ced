"""The role as a sentence states it in more languages ("Pozícia je …", "rolul e …"), and a
chat's next message is never read as the same sentence wrapped."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

CASES = {
    "sk": ("Poznámky\n\nTakže Brookfarm. Pozícia je Senior Product Manager, Mobile Payments.\n",
           "Senior Product Manager, Mobile Payments"),
}  # fmt: skip

CHAT = """[18/11/26, 21:06:15] Andrei Pop: rolul e Senior Backend Engineer (Go) – Payments Platform
[18/11/26, 21:06:31] Andrei Pop: mi-a trimis și procesul, stai să-ți zic
[18/11/26, 21:07:00] Ioana Mureșan: zi
[18/11/26, 21:07:30] Ioana Mureșan: hai
"""


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_role_stated_in_more_languages(lang: str) -> None:
    notes, role = CASES[lang]
    assert plan_of(notes).role == role


def test_a_chats_next_message_is_not_the_role_wrapped() -> None:
    assert plan_of(CHAT).role == "Senior Backend Engineer (Go) – Payments Platform"
