"""One answer scored offline as `mockloop feedback --offline` scores it: the question's result
and the round's overall."""

from __future__ import annotations

from mockloop.scoring.aggregate import RoundScore, SegmentScore
from mockloop.scoring.feedback import question_from_text, single_segment
from mockloop.scoring.grading import round_score, scorer_for


def score_answer(
    round_id: str,
    question: str,
    answer: str,
    company: str = "the company",
    role: str = "the role",
) -> tuple[SegmentScore, RoundScore]:
    asked = question_from_text(round_id, question, company, role)
    result = scorer_for(round_id, None)(single_segment(asked, answer))
    return result, round_score(round_id, [result])
