"""Mends from tuning on open13 (fluent answers to the question next door, calm answers that are
wrong on substance): five more turns a question can take (your own part, the case against,
what to cut, what happens when a part fails, why you are leaving), a catalogue of well-known
wrong claims across fields (prompts/shared/misconceptions.yaml), a sentence that no longer ends
inside "99.9%", and filler that costs one criterion more than another without lifting the other.
Every answer here was written fresh for these tests, in fields the tuning answers do not use."""

from __future__ import annotations

import pytest

from mockloop.errors import MockloopError
from mockloop.scoring import misconceptions as mc
from mockloop.scoring.signals import sentences
from mockloop.scoring.turns import missed_turn
from tests.support.scored import score_answer

# (question, an answer to the question next door, an answer that takes the turn)
TURNS = [
    pytest.param(
        "On the library system migration, what did you personally decide?",
        "The migration moved forty branches from the old catalogue to the new one. The project "
        "board chose a summer cut-over, the vendor mapped every record, and the branch staff "
        "tested the loans screen for a fortnight. The IT team ran the final load over a weekend "
        "and the branches reopened on the Monday with no lost loans.",
        "The big call was mine: I decided to cut over branch by branch rather than all forty at "
        "once. It cost us six extra weekends, but when the third branch hit a fines bug, only "
        "that branch was affected and I rolled it back the same afternoon.",
        id="your-own-part",
    ),
    pytest.param(
        "What's the strongest case against opening a second bakery in the city centre?",
        "The case for the city centre is compelling. Footfall is three times our current "
        "street, office workers buy at lunch and again at four, and the rent is fixed for five "
        "years. We already have the recipes, the suppliers and a name people know.",
        "The strongest case against is that it splits the one thing we can't copy, which is the "
        "head baker. A second oven means a second early shift, and if quality slips, the worry "
        "is that we lose the regulars who made the first shop work. Rent is a risk too.",
        id="case-against",
    ),
    pytest.param(
        "If you had half the budget for the school trip programme, what would you cut?",
        "I'd push back on the idea that there's anything spare in it. Every trip is tied to the "
        "curriculum, the coach costs are already shared with the other school, and the "
        "residential week is what the children remember. If anything it needs more money.",
        "I'd cut the residential week first and keep the day trips, because it costs as much as "
        "the other eight trips together. Then I'd drop the coach for the museum visit and walk, "
        "and defer the theatre trip to the spring term, when the discount runs.",
        id="a-cut",
    ),
    pytest.param(
        "In your ticket-booking design, what happens when the card processor is down?",
        "The booking service is stateless behind a load balancer, and seat maps come from a "
        "cache with a thirty-second expiry. On a big on-sale we scale to forty instances, and "
        "the seat table is partitioned by venue so one concert doesn't slow the others.",
        "Seats are held for ten minutes, so if the processor is down we keep the hold, queue the "
        "payment and retry with backoff. If it is still failing after two minutes we switch to "
        "the second processor, and the customer sees 'payment pending', never a lost seat.",
        id="a-failure",
    ),
    pytest.param(
        "Why are you looking to leave your current firm now?",
        "What really draws me to your practice is the way you handle commercial leases for "
        "small landlords. Your guides are the clearest I've read, and your team is growing in "
        "exactly the area I want to specialise in.",
        "I've been at my current firm four years and I've outgrown the work: it's mostly "
        "residential conveyancing now, and the commercial partner I trained under has retired. "
        "Your commercial lease team is where I want to go next.",
        id="reason-to-leave",
    ),
]


@pytest.mark.parametrize(("question", "next_door", "taken"), TURNS)
def test_an_answer_to_the_question_next_door_misses_the_turn(
    question: str, next_door: str, taken: str
) -> None:
    assert missed_turn(question, next_door) is not None
    assert missed_turn(question, taken) is None


def test_an_answer_that_misses_the_turn_is_capped_and_told_what_it_never_says() -> None:
    question, next_door, _ = TURNS[3].values
    result, _ = score_answer("system-design", question, next_door)
    assert max(c.score for c in result.criteria) <= 2
    assert any("fails" in s for c in result.criteria for s in c.signals)


@pytest.mark.parametrize("entry", mc.catalogue(), ids=lambda m: m.id)
def test_each_known_wrong_claim_is_caught_and_its_correct_twin_is_not(entry) -> None:  # type: ignore[no-untyped-def]
    def caught(text: str) -> bool:
        return any(why == entry.correction for _, why in mc.misconceptions(text))

    assert entry.wrong and entry.right and entry.correction
    assert caught(entry.wrong), entry.wrong
    assert not caught(entry.right), entry.right


@pytest.mark.parametrize(
    "sentence",
    [
        "It's a myth that an index speeds up inserts: every index is one more thing to write.",
        "People think read replicas add write capacity, but every write still hits the primary.",
        "A p-value of 0.04 does not mean a 96% chance the change works.",
        "Alcohol gel is not enough for norovirus; we wash with soap and water.",
    ],
)
def test_a_sentence_that_debunks_the_claim_is_not_an_error(sentence: str) -> None:
    assert mc.misconceptions(sentence) == []


def test_a_calm_wrong_answer_is_capped_and_the_feedback_gives_the_correction() -> None:
    answer = (
        "We'd keep it simple. Prices are stored as doubles to hold the amounts, which keeps the "
        "maths fast, and the ledger job sums them every night across our 40,000 accounts. At "
        "my last company this ran for three years with no complaints from finance."
    )
    result, _ = score_answer("technical", "How would you store balances in the wallet?", answer)
    assert max(c.score for c in result.criteria) <= 2
    assert any("minor units" in e for e in result.errors)


def test_a_number_with_a_decimal_point_does_not_end_a_sentence() -> None:
    assert sentences("Gel kills 99.9% of germs on the ward. Soap is for the rest.") == [
        "Gel kills 99.9% of germs on the ward.",
        "Soap is for the rest.",
    ]


def test_a_broken_catalogue_override_is_a_one_line_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "misconceptions.yaml").write_text("- id: x\n  claim: ['(unclosed']\n")
    monkeypatch.setenv("MOCKLOOP_PROMPTS", str(tmp_path))
    with pytest.raises(MockloopError, match="not a regular expression") as caught:
        mc.catalogue()
    assert "\n" not in str(caught.value)


def test_an_answer_capped_as_a_run_of_terms_is_told_what_lifts_the_cap() -> None:
    # prose enough to pass the plain salad test, but ten terms in a row: the cap and the
    # advice come from the same flags (gates.gates_of), so the cap never comes without its fix
    answer = (
        "We judge it by retention, repeat visits, basket size, margin, redemption, breakage, "
        "sign-ups, churn, complaints and footfall, all against the year before."
    )
    result, _ = score_answer("execution", "How would you judge the loyalty scheme?", answer)
    assert any("string of terms" in s for c in result.criteria for s in c.signals)
    assert any("list of labels or terms" in tip for tip in result.improvements)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Add three read replicas so each server handles a third of the inserts.", True),
        ("The replicas take a copy of every insert from the primary's write log.", False),
        ("Each replica applies every write it receives from the primary.", False),
    ],
)
def test_replicas_said_to_share_the_inserts_are_an_error_and_replication_itself_is_not(
    sentence: str, wrong: bool
) -> None:
    assert bool(mc.misconceptions(sentence)) is wrong


def test_a_story_told_in_order_is_not_told_to_find_a_shape() -> None:
    story = (
        "Last spring at the bakery chain, two suppliers failed the same week. My call was to "
        "switch all forty shops to the smaller mill for a month, knowing their flour ran wetter. "
        "The head baker disagreed, so my fix was a two-day trial in three shops first. Waste "
        "rose 4% in week one, then fell back, and we kept every shop stocked. In hindsight the "
        "trial should have been one day."
    )
    question = "Tell me about a hard decision you made with incomplete data."
    told, _ = score_answer("behavioral", question, story)  # it was, before: its only advice
    assert not any("Give it a shape" in tip for tip in told.improvements)


DIFFERENTLY = "Looking back at the clinic rota change, what would you do differently?"


@pytest.mark.parametrize(
    "answer",
    [
        (
            "Talk to the night nurses first. We designed the rota with the day team and only showed "
            "nights the finished version, and three of them moved wards within a month."
        ),
        (
            "Two things. I'd pilot it on one ward for a month rather than all four at once, and I'd "
            "put the handover time in the rota itself, because that's where the complaints came from."
        ),
        (
            "Honestly, the timing. Launching it in December, with flu season and leave requests, was "
            "a bad idea; January would have given us a calmer start and the same data."
        ),
        (
            "Less consultation, oddly. We ran six workshops and every one reopened decisions made in "
            "the one before. Two workshops and a written proposal would have been faster and fairer."
        ),
        (
            "Communicate earlier. People heard about it from the union rep before they heard from "
            "us, and that set the tone for months."
        ),
    ],
)
def test_what_would_change_is_heard_in_many_forms(answer: str) -> None:
    assert missed_turn(DIFFERENTLY, answer) is None


def test_the_success_story_told_again_does_not_say_what_would_change() -> None:
    # contrast words of the story ("instead of", "before", "changes") are not a change
    story = (
        "The rota change was one of the best things we did. We moved the long days to the "
        "weekends instead of the middle of the week, before the winter peak, and sickness fell "
        "from 6% to 4% within three months. The nurses asked for further changes themselves "
        "after the first month, and the matron now uses it as the template for two more wards, "
        "which the board mentioned in its quarterly report."
    )
    turn = missed_turn(DIFFERENTLY, story)
    assert turn is not None and turn.name == "a change"
