"""Chats pasted from more apps (IRC, KakaoTalk, LINE, Viber's CSV, an SMS backup, Element,
and a sender's own line over each message as Teams, Google Chat, WeChat and Zalo show it)
lose their stamps and senders before the notes are read: the rounds are the messages'
words, never "[20:02] <mara_k> …", and a sender is never the company."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

IRC = """--- Log opened Tue Dec 01 20:00:00 2026
[20:01] <mara_k> tomas: Lindqvist Byrne moved me on!! Backend Engineer, Payments
[20:01] <tomas> nice, when
[20:02] <mara_k> recruiter screen with Jo Park was monday, done
[20:02] <mara_k> system design with Anders Berg (staff eng), 60 min
[20:03] <tomas> good luck
[20:04] <mara_k> coding with Lena Holm, 45 min
"""

HEADED = """Rhys Pritchard, Fri 20 Nov, 21:04
how's the Tidewell thing going
Carys Hughes, Fri 20 Nov, 21:06
good! recruiter call with Ffion was done last week
Carys Hughes, Fri 20 Nov, 21:07
next is the hiring manager interview with Owen Price, 45 min
Rhys Pritchard, Fri 20 Nov, 21:08
nice one
Carys Hughes, Fri 20 Nov, 21:09
then a system design round with two engineers
"""

ELEMENT = """Thu, 19 Nov 2026, 20:14 - Kadri Lepp (@kadri:lepp.ee): any news?
Thu, 19 Nov 2026, 20:16 - Mart Saar (@mart:saar.dev): yes, pasting the mail:
> Next steps:
> 1. Technical interview (60 min) with two SREs
> 2. System design (60 min) with Toomas Rebane
Thu, 19 Nov 2026, 20:17 - Kadri Lepp (@kadri:lepp.ee): is that all?
Thu, 19 Nov 2026, 20:18 - Mart Saar (@mart:saar.dev): hiring manager interview with Rasmus Ilves, 45 min
"""


def _titles(notes: str) -> list[str]:
    return [r.title for r in plan_of(notes).rounds]


def test_an_irc_log_gives_the_rounds_without_stamps_or_nicks() -> None:
    plan = plan_of(IRC)
    kinds = [r.kind for r in plan.rounds]
    assert kinds == ["recruiter", "system-design", "coding"], _titles(IRC)
    assert not any("<" in r.title or "[" in r.title for r in plan.rounds)
    assert plan.company not in ("mara_k", "tomas")


def test_a_sender_line_over_each_message_is_no_round_and_no_company() -> None:
    plan = plan_of(HEADED)
    assert [r.kind for r in plan.rounds] == ["recruiter", "hiring-manager", "system-design"]
    assert not any("Carys" in r.title or "Rhys" in r.title for r in plan.rounds)
    assert plan.company not in ("Carys Hughes", "Rhys Pritchard", "Carys", "Rhys")


def test_a_quoted_mail_in_a_chat_ends_where_the_next_message_starts() -> None:
    titles = [t.lower() for t in _titles(ELEMENT)]
    assert any(t.startswith("hiring manager") for t in titles), titles


PIPED = """[20:01] <hsj> okwu: Quiltwork moved me forward!! Developer Advocate
[20:01] <okwu> nice
[20:02] <hsj> pasting what the recruiter sent:
[20:02] <hsj> | 1. Hiring manager - Tomasz Wrona, Head of DevRel (45m)
[20:02] <hsj> | 2. Take-home - tutorial and a sample app (~4h)
[20:02] <hsj> | 3. Pairing - build a tiny plugin with an engineer (60m)
[20:03] <okwu> good luck
"""


def test_a_paste_marked_with_pipes_in_an_irc_log_is_the_list_it_quotes() -> None:
    assert [r.kind for r in plan_of(PIPED).rounds] == ["hiring-manager", "take-home", "coding"]


GROUP = """21/11/2026, 19:58 - Joy Villanueva created group "✈️ Joy for Pawikan"
21/11/2026, 19:58 - Joy Villanueva added Bea Villanueva, Kristine Dela Cruz
21/11/2026, 20:01 - Joy Villanueva: Guys!! Pawikan Air invited me to their recruitment day
21/11/2026, 20:02 - Kristine Dela Cruz: OMG congrats!! kelan?
21/11/2026, 20:03 - Joy Villanueva: initial screening with HR on the 28th, then a group exercise
21/11/2026, 20:04 - Bea Villanueva: go go go
21/11/2026, 20:05 - Joy Villanueva: and a final panel interview with the In-flight Services Manager
21/11/2026, 20:06 - Kristine Dela Cruz: 💪
"""


def test_a_groups_own_notices_are_not_the_notes_title() -> None:
    plan = plan_of(GROUP)
    assert plan.company == "Pawikan Air"
    assert not any("created group" in r.title for r in plan.rounds)


NOT_CHATS = {
    "word bullets": (
        "Skyline Air — first officer\n\n"
        "\to\t0800–0900  Technical interview\n"
        "\t▪\t737 systems, hydraulics, a few limitations, the MEL, and what the fleet does in icing\n"
        "\to\t1000–1100  Sim check with a training captain\n"
        "\t▪\tsingle engine go-around, a rejected take-off and a non-precision approach at night\n"
        "\to\t1200–1300  Panel interview with my future chief pilot\n"
        "\t▪\tcrew resource management, a time I disagreed with a captain, why Skyline\n"
    ),
    "timed agenda": (
        "Orchard Labs onsite\n\n"
        "09:00 - Interview: Hiring manager with Marcus Olson\n"
        "10:00 - Interview: System design with Priya Nair\n"
        "11:00 - Break: coffee\n"
        "13:00 - Interview: Coding with Lena Holm\n"
        "14:00 - Break: walk\n"
    ),
    "csv tracker": (
        "date,time,interviewer,round\n"
        "2026-11-19,10:00,Jo Park,Recruiter screen\n"
        "2026-11-24,14:00,Marcus Olson,Hiring manager interview\n"
        "2026-11-26,11:00,Jo Park,Reference call\n"
        "2026-11-27,09:00,Marcus Olson,System design interview\n"
    ),
}


@pytest.mark.parametrize("name", NOT_CHATS)
def test_notes_that_look_like_a_chat_keep_their_rounds(name: str) -> None:
    notes = NOT_CHATS[name]
    assert plan_of(notes).rounds == plan_of_as_before(notes)


def plan_of_as_before(notes: str) -> list[object]:
    """The rounds with chat reading off: what these notes gave before chatlines existed."""
    from mockloop.notes import transcript

    saved = transcript.other_apps
    transcript.other_apps = lambda lines: (lines, frozenset(), {})  # type: ignore[assignment]
    try:
        return list(plan_of(notes).rounds)
    finally:
        transcript.other_apps = saved


def test_a_teams_sender_keeps_their_surname() -> None:
    from mockloop.notes.chatlines import other_apps

    lines = [
        "Anna Berg  20/11/2026 21:04",
        "how's it going",
        "Anna Lind  20/11/2026 21:06",
        "good! recruiter call done",
        "Anna Berg  20/11/2026 21:07",
        "nice",
        "Anna Lind  20/11/2026 21:09",
        "next is the hiring manager",
    ]
    assert set(other_apps(lines)[2].values()) == {"Anna Berg", "Anna Lind"}


EXPORT_TITLE = """Google Chat · Maya Azulay, Yoni Azulay
Maya Azulay, Sun 22 Nov, 20:41
so? any news from Shezaf Energy?
Yoni Azulay, Sun 22 Nov, 20:44
yes! Liat from HR sent the schedule for the Data Engineer role
Yoni Azulay, Sun 22 Nov, 20:45
24/11 10:00 — intro call with Liat Shamir, recruiter
Maya Azulay, Sun 22 Nov, 20:46
nice
Yoni Azulay, Sun 22 Nov, 20:47
26/11 14:00 — Technical screen with Omer Halevi
Yoni Azulay, Sun 22 Nov, 20:50
Why Shezaf Energy: they connect solar in the Negev to the grid and I want to build that
"""


def test_the_app_a_chat_was_exported_from_is_not_the_company() -> None:
    assert plan_of(EXPORT_TITLE).company == "Shezaf Energy"
