"""Questions a chat settles: a friend's suggestion the candidate takes up ("ok I'll ask that")
is one, a turned-down one is not; an answer to "what you gonna ask them" written without
question marks ("how many drivers each planner looks after. what TMS they're on") is read
sentence by sentence; "I'm gonna ask about on-call" is one; "why pinfold tho" names Pinfold."""

from __future__ import annotations

from tests.support.plans import plan_of

CHAT = (
    "[2026-11-23 20:02] Me: so I applied for the planner job at Brackenfold Haulage\n"
    "[2026-11-23 20:03] Alex: nice. what you gonna ask them\n"
    "[2026-11-23 20:05] Me: I have a list!! how many drivers each planner looks after. what TMS "
    "they're on, please not spreadsheets\n"
    "[2026-11-23 20:06] Alex: ask if theres a weekend rota, they sneak that in\n"
    "[2026-11-23 20:07] Me: ok I'll ask that, good shout\n"
    "[2026-11-23 20:08] Alex: and ask what the christmas do is like\n"
    "[2026-11-23 20:09] Me: absolutely not\n"
    "[2026-11-23 20:10] Alex: why brackenfold tho, they're tiny\n"
    "[2026-11-23 20:12] Me: they're growing and I'd actually plan instead of chasing PODs\n"
    "[2026-11-23 20:13] Me: I'm gonna ask about on-call too, how many people share it\n"
)


def _questions() -> list[str]:
    return [q.text.lower() for q in plan_of(CHAT).candidate_questions]


def test_an_answer_without_question_marks_is_read_sentence_by_sentence() -> None:
    asked = _questions()
    assert any(q.startswith("how many drivers each planner") for q in asked)
    assert any(q.startswith("what tms they're on") for q in asked)


def test_a_suggestion_taken_up_is_a_question_and_one_turned_down_is_not() -> None:
    chat = (
        "[2026-11-23 20:22] Me: so I applied for the SRE job at Brackenfold\n"
        "[2026-11-23 20:22] Me: what would you ask them?\n"
        "[2026-11-23 20:24] Alex: what their error budget policy actually does when you blow it\n"
        "[2026-11-23 20:24] Me: ok I'll ask that\n"
        "[2026-11-23 20:25] Alex: whether you can keep your 9 day fortnight\n"
        "[2026-11-23 20:26] Me: nah thats for the offer stage\n"
    )
    asked = [q.text.lower() for q in plan_of(chat).candidate_questions]
    assert any("error budget policy" in q for q in asked)
    assert not any("fortnight" in q for q in asked)


def test_gonna_ask_about_is_a_question() -> None:
    assert any("on-call" in q for q in _questions())


def test_why_name_tho_names_the_company() -> None:
    notes = CHAT.replace("at Brackenfold Haulage", "there")
    assert plan_of(notes).company == "Brackenfold"


def test_and_why_name_asked_by_a_friend_names_the_company() -> None:
    chat = (
        "Thu, 19 Nov at 20:14\n"
        "Me: GOT SHORTLISTED for the charge nurse post\n"
        "Becca: mine at Tamar General was the same, visit then interview\n"
        "Becca: and why St Wenna's? they'll ask\n"
        "Me: because I trained there and the unit made me\n"
    )
    assert plan_of(chat).company == "St Wenna's"
