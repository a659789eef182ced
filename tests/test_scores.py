"""The score model: transcript segmentation, aggregation, hiring signal, grounding."""

from __future__ import annotations

import pytest

from mockloop.records import AgendaQuestion, Rubric, RubricCriterion, Turn
from mockloop.scoring.aggregate import (
    CriterionScore,
    SegmentScore,
    aggregate,
    grounded,
    hiring_signal,
    rubric_hash,
    segments_from_turns,
)

LEVELS = {1: "poor", 2: "weak", 3: "ok", 4: "good", 5: "great"}


def _turn(
    seq: int, speaker: str, kind: str, text: str, index: int | None, follow_up: bool = False
) -> Turn:
    return Turn(
        session_id="s1",
        seq=seq,
        speaker=speaker,
        kind=kind,
        text=text,
        question_index=index,
        follow_up=follow_up,
    )


def _rubric(weights: dict[str, float]) -> Rubric:
    return Rubric(
        round="technical",
        criteria=[
            RubricCriterion(id=c, name=c.title(), weight=w, levels=LEVELS)
            for c, w in weights.items()
        ],
    )


def _segment(
    index: int, scores: dict[str, int], status: str = "scored", low: bool = False
) -> SegmentScore:
    return SegmentScore(
        question_index=index,
        question_id=f"q{index}",
        question_text="?",
        status=status,
        criteria=[
            CriterionScore(criterion_id=c, name=c, score=s, confidence="low" if low else "ok")
            for c, s in scores.items()
        ],
    )


AGENDA = [
    AgendaQuestion(id="kv-cache", text="What is the KV cache?", kind="technical"),
    AgendaQuestion(id="batching", text="What is continuous batching?", kind="technical"),
]


def test_segments_from_turns_pairs_question_follow_up_and_answers() -> None:
    turns = [
        _turn(1, "interviewer", "greeting", "Hi there.", None),
        _turn(2, "interviewer", "question", "What is the KV cache?", 0),
        _turn(3, "candidate", "answer", "It stores keys and values.", 0),
        _turn(4, "interviewer", "follow_up", "Why does it limit batch size?", 0, follow_up=True),
        _turn(5, "candidate", "answer", "It grows with every sequence.", 0),
        _turn(6, "interviewer", "question", "What is continuous batching?", 1),
        _turn(7, "interviewer", "closing", "Thanks!", None),
    ]
    segments = segments_from_turns(turns, AGENDA)
    assert len(segments) == 1  # question 1 was never answered
    seg = segments[0]
    assert seg.question.id == "kv-cache"
    assert [e.follow_up for e in seg.exchanges] == [False, True]
    assert seg.exchanges[1].prompt == "Why does it limit batch size?"
    assert seg.answer_text == "It stores keys and values.\n\nIt grows with every sequence."


def test_segments_from_turns_orders_by_seq_and_falls_back_past_the_agenda() -> None:
    turns = [
        _turn(9, "candidate", "answer", "Late answer.", 5),
        _turn(8, "interviewer", "question", "An extra question?", 5),
    ]
    [seg] = segments_from_turns(turns, AGENDA)
    assert seg.question.text == "An extra question?"
    assert seg.exchanges[0].answer == "Late answer."


def test_aggregate_weights_criteria_by_rubric_and_averages_segments() -> None:
    rubric = _rubric({"accuracy": 0.75, "clarity": 0.25})
    result = aggregate(
        rubric,
        [_segment(0, {"accuracy": 4, "clarity": 2}), _segment(1, {"accuracy": 2, "clarity": 4})],
    )
    means = {c.criterion_id: c.score for c in result.criteria}
    assert means == {"accuracy": 3.0, "clarity": 3.0}
    result = aggregate(rubric, [_segment(0, {"accuracy": 5, "clarity": 1})])
    assert result.overall == pytest.approx(0.75 * 5 + 0.25 * 1)
    assert result.segments_scored == 1 and result.rubric_hash == rubric_hash(rubric)


def test_low_confidence_scores_count_half() -> None:
    rubric = _rubric({"accuracy": 1.0})
    result = aggregate(
        rubric, [_segment(0, {"accuracy": 5}), _segment(1, {"accuracy": 2}, low=True)]
    )
    assert result.criteria[0].score == pytest.approx((5 + 0.5 * 2) / 1.5, abs=0.01)


def test_unscored_segments_never_count_as_low_scores() -> None:
    rubric = _rubric({"accuracy": 0.5, "clarity": 0.5})
    scored = _segment(0, {"accuracy": 4, "clarity": 4})
    unscored = _segment(1, {}, status="unscored")
    result = aggregate(rubric, [scored, unscored])
    assert result.overall == 4.0 and result.signal == "yes"
    assert (result.segments_scored, result.segments_unscored) == (1, 1)
    empty = aggregate(rubric, [unscored])
    assert empty.overall is None and empty.signal is None and empty.scorer is None


@pytest.mark.parametrize(
    ("overall", "lowest", "expected"),
    [
        (1.2, None, "strong no"),
        (1.99, None, "strong no"),
        (2.0, None, "no"),
        (2.74, None, "no"),
        (2.75, None, "lean"),
        (3.39, None, "lean"),
        (3.4, None, "yes"),
        (4.19, None, "yes"),
        (4.2, None, "strong yes"),
        (5.0, None, "strong yes"),
        (4.5, 1.5, "no"),  # one failing criterion caps the signal
        (3.0, 1.0, "no"),
        (1.5, 1.0, "strong no"),  # the cap never raises a signal
        (4.5, 1.6, "strong yes"),
    ],
)
def test_hiring_signal_thresholds(overall: float, lowest: float | None, expected: str) -> None:
    assert hiring_signal(overall, lowest) == expected


def test_aggregate_applies_the_criterion_floor() -> None:
    rubric = _rubric({"accuracy": 0.2, "clarity": 0.8})
    result = aggregate(rubric, [_segment(0, {"accuracy": 1, "clarity": 5})])
    assert result.overall == pytest.approx(4.2) and result.signal == "no"


ANSWER = (
    "I said: \u201cthe KV cache   stores keys\nand values\u201d \u2014 "
    "it\u2019s why batch size is capped."
)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("the KV cache stores keys and values", True),  # whitespace and newline collapse
        ("THE kv CACHE stores KEYS", True),  # case
        ('"the KV cache stores keys and values"', True),  # straight quotes vs curly in the answer
        ("it's why batch size is capped.", True),  # curly apostrophe, trailing punctuation
        ("it\u2019s why batch size is capped!", True),
        ("the KV cache stores the weights", False),  # invented
        ("batch size is unlimited", False),
        ("", False),
        ("  ...  ", False),
    ],
)
def test_grounded(quote: str, expected: bool) -> None:
    assert grounded(quote, ANSWER) is expected


def test_rubric_hash_is_stable_and_sensitive() -> None:
    assert rubric_hash(_rubric({"a": 1.0})) == rubric_hash(_rubric({"a": 1.0}))
    assert rubric_hash(_rubric({"a": 1.0})) != rubric_hash(_rubric({"a": 0.5}))
    assert len(rubric_hash(_rubric({"a": 1.0}))) == 12
