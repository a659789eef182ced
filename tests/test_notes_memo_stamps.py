"""A voice memo's transcript with an elapsed-time stamp before each utterance ("0:06  So the
recruiter screen is done, …"): the stamps are not a timed schedule, so no utterance becomes a
round because it has a time; each utterance, wrapped over lines, is read as its own paragraph.
A day's schedule ("9:00  Welcome", "9:30  Coding") keeps its times and its rounds."""

from __future__ import annotations

from mockloop.notes.transcript import utterances
from tests.support.plans import named_plan

MEMO = """Voice Memo — "loop stuff" — Mar 5, 2026, 7:48 AM — 5:02
Transcript (auto)

0:00  Okay, um, recording in the car, so sorry if this is, like, all over the place.
0:06  So the recruiter screen is done, that was Dana, last Thursday. Thirty minutes,
comp range, and, uh, why I'm leaving Ridgeline Payroll. That went fine I think.
0:31  The title is Senior Product Manager, Growth, and it's on Fieldnote, which is
their, um, the farm-records app.
0:44  And just so future me remembers, this is the Quarry Labs one, not the FarmGrid
one, FarmGrid went quiet after the screen.
0:52  Next is the hiring manager, Marcus Lee, he's the director of product.
Forty-five minutes. He cares about prioritization and small eng teams.
1:20  First the product sense round. They call it the "product jam", which, okay,
cute. Somebody gives you a prompt and you just go.
1:55  Second, the execution round, it's metrics, like "signups dropped twelve
percent, what do you do". With an engineering lead and a data person.
2:51  And then there's lunch with the team in between, which is not an interview.
3:02  Fourth is the cross-functional one with design. Leah, the design lead.
Collaboration, conflict, a time I disagreed with a designer.
3:52  My pitch for why them, okay: I grew up on a farm, I've done growth at a payroll
company where the users hate us, and I want to do growth for people who need the thing.
4:20  Things I want to ask them. One, how do they decide between growth experiments
and the roadmap. Two, how big is the Fieldnote eng team, really. Three, what happened
to the last person in this role.
5:01  Okay. Um. Get gas. Done.
"""

SCHEDULE = """# Onsite, Thursday

9:00  Welcome and coffee
9:30  Coding interview — Priya
10:30  System design — Tom
12:00  Lunch
"""


def test_a_voice_memo_gives_its_rounds_not_its_utterances() -> None:
    plan = named_plan(MEMO)
    titles = [r.title.lower() for r in plan.rounds]
    assert len(titles) == 5, titles
    assert "recruiter" in titles[0] and "hiring manager" in titles[1]
    assert "product sense" in titles[2] and "execution" in titles[3]
    assert titles[4].startswith("cross-functional one")
    assert not any("okay" in t or "get gas" in t or "lunch" in t for t in titles)


def test_an_utterance_ends_the_round_told_before_it() -> None:
    execution = named_plan(MEMO).rounds[3]
    assert all(n.line <= 19 for n in execution.focus), [n.line for n in execution.focus]


def test_a_voice_memo_gives_its_company_role_pitch_and_counted_questions() -> None:
    plan = named_plan(MEMO)
    assert plan.company == "Quarry Labs"
    assert plan.role == "Senior Product Manager, Growth"
    assert any("grew up on a farm" in p.text for p in plan.pitch)
    asked = [q.text for q in plan.candidate_questions]
    assert len(asked) == 3, asked
    assert asked[1].startswith("How big is the Fieldnote eng team")


def test_a_days_schedule_keeps_its_times_and_rounds() -> None:
    titles = [r.title for r in named_plan(SCHEDULE).rounds]
    assert len(titles) == 2 and "Coding" in titles[0] and "System design" in titles[1]


def test_an_agenda_of_lengths_or_ranges_keeps_its_times() -> None:
    for notes in (
        "# Loop\n\n0:45  Recruiter screen\n1:00  Technical interview\n1:30  Onsite panel\n",
        "# Day\n\n0:00 - 0:05 intros\n0:05 - 0:45 coding interview\n0:45 - 1:00 questions\n",
    ):
        assert utterances(notes.splitlines()) == (notes.splitlines(), frozenset())


def test_this_is_the_x_one_in_any_case() -> None:
    notes = MEMO.replace("this is the Quarry Labs one", "This is the Quarry Labs one")
    assert named_plan(notes).company == "Quarry Labs"
