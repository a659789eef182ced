"""A diary tells the loop entry by entry: "HR called me back already! Priya Nair, HR advisor."
is the recruiter's call, and an entry whose sentence has a round for its subject ("Written
assessment is Dec 8, …") goes on to the next round in a sentence of its own ("Then the panel
interview is Dec 10, …"): two rounds, not one."""

from __future__ import annotations

from tests.support.plans import plan_of

DIARY = (
    "# diary\n\n"
    "**Thu Nov 26**\n"
    "HR called me back already! Priya Nair, HR advisor. Short call about my licence and shifts.\n\n"
    "**Tue Dec 1**\n"
    "Email from Priya with the details. Written assessment is Dec 8, at their office, 90 minutes:\n"
    "a case vignette and a safety plan. Bring nothing.\n"
    "Then the panel interview is Dec 10, 1 hour, with two supervisors. Situational questions.\n"
)


def test_hr_calling_back_is_the_recruiter_call_with_the_person_named_next() -> None:
    first = plan_of(DIARY).rounds[0]
    assert first.kind == "recruiter"
    assert first.interviewer == "Priya Nair"


def test_an_entry_tells_the_round_it_opens_on_and_the_next_one() -> None:
    rounds = plan_of(DIARY).rounds
    assert [r.title.lower() for r in rounds[1:]] == ["written assessment", "panel"]
    assert "Dec 10" not in " ".join(n.text for n in rounds[1].focus)


def test_hr_calling_to_move_a_round_is_no_call() -> None:
    notes = DIARY.replace("HR called me back already!", "HR called me back to say they moved it.")
    assert plan_of(notes).rounds[0].kind != "recruiter"


CHAT = (
    "17/11/2026, 18:52 - Kerry: well?? did they ring\n"
    "17/11/2026, 18:55 - Jade: yeah!! the woman from their HR, Sam, rang at dinner. 20 mins.\n"
    "17/11/2026, 18:56 - Kerry: yesss. so whats next\n"
    "17/11/2026, 18:59 - Jade: now a proper interview Weds with Leanne, she'd be my boss\n"
    "17/11/2026, 19:00 - Kerry: good luck!!\n"
)


def test_a_chat_tells_the_call_from_hr_and_the_interview_now_coming() -> None:
    rounds = plan_of(CHAT).rounds
    assert [r.kind for r in rounds] == ["recruiter", "hiring-manager"]
    assert rounds[0].interviewer == "Sam"
    assert rounds[1].title == "Proper interview"
