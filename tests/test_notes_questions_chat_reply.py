"""In a chat, a friend asks what the candidate will ask the interviewers ("what are you asking
them", "y q les vas a preguntar tú", "a co ich zapytasz?"); the questions and list lines of the
candidate's next messages, up to the friend's next message, are the questions to ask. What the
candidate asks the friend ("and for you: …?") and a friend's "what did they ask you" are not."""

from __future__ import annotations

from tests.support.plans import plan_of

HEAD = """[03/12/2026, 09:02] Hannah: got the Larkspur Health loop: recruiter call, portfolio review, then the founders
[03/12/2026, 09:03] Theo: nice!! which role
[03/12/2026, 09:04] Hannah: Senior Product Designer, the scheduling app
"""


def _asked(after: str) -> list[str]:
    return [q.text for q in plan_of(HEAD + after).candidate_questions]


def test_the_candidates_reply_to_what_are_you_asking_them_holds_the_questions() -> None:
    asked = _asked(
        "[03/12/2026, 09:10] Theo: what are you asking them\n"
        "[03/12/2026, 09:12] Hannah: - how do designers and PMs split discovery work?\n"
        "- how the last redesign got decided\n"
        "[03/12/2026, 09:13] Hannah: and for you: can I send you my deck tonight?\n"
        "[03/12/2026, 09:14] Theo: sure. also is lunch part of it?\n"
    )
    assert asked == [
        "how do designers and PMs split discovery work?",
        "how the last redesign got decided",
    ]


def test_a_spanish_chats_questions_one_message_each() -> None:
    asked = _asked(
        "[03/12/2026, 09:10] Theo: vale. y q les vas a preguntar tú\n"
        "[03/12/2026, 09:11] Hannah: tengo apuntado:\n"
        "[03/12/2026, 09:11] Hannah: ¿cuántas personas hay en diseño?\n"
        "[03/12/2026, 09:12] Hannah: ¿quién decide el roadmap?\n"
        "[03/12/2026, 09:12] Hannah: y a ti te pregunto: ¿pido 52k o me paso?\n"
    )
    assert asked == ["¿cuántas personas hay en diseño?", "¿quién decide el roadmap?"]


def test_what_they_asked_the_candidate_is_no_question_to_ask() -> None:
    asked = _asked(
        "[03/12/2026, 09:10] Theo: what did they ask you on the recruiter call?\n"
        "[03/12/2026, 09:12] Hannah: normal stuff. why leave my current job? notice period?\n"
    )
    assert asked == []
