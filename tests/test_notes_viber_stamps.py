"""Viber's export stamps each message "12.11.2026. 19:02  Ana: …", the year followed by a full
stop as Croatian, Serbian and Slovenian dates are written: its senders are a chat's senders, and
a friend's "Marin: pitaj ih …" is no round."""

from __future__ import annotations

from mockloop.notes.senders import senders
from tests.support.plans import plan_of

CHAT = """Viber · Marin Horvat · izvezeno 20.11.2026.

12.11.2026. 19:02  Ana: javila se recruiterica iz Brodolinka, proces je:
12.11.2026. 19:02  Ana: HR call → tech intervju (Kubernetes, Linux) → system design → CTO
12.11.2026. 19:03  Marin: ooo bravo!! za koju poziciju
12.11.2026. 19:04  Ana: Senior Site Reliability Engineer, platform tim
16.11.2026. 20:35  Marin: pitaj ih koliko je on-call plaćen
16.11.2026. 20:36  Ana: to ću pitati, da. još: koliki im je MTTR zadnjih pola godine?
"""


def test_viber_stamps_with_a_full_stop_after_the_year_are_a_chat() -> None:
    assert senders(CHAT) == {"Ana", "Marin"}


def test_a_friends_message_in_a_viber_chat_is_no_round() -> None:
    titles = [r.title for r in plan_of(CHAT).rounds]
    assert not any("Marin" in t or "pitaj" in t for t in titles), titles
