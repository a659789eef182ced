"""The score model both scorers share, and the arithmetic that turns segment scores into a verdict.

Pure on purpose: no I/O and no network, so the heuristic scorer, the LLM judge, the store and the
report all agree on one shape and one aggregation, and the aggregation can be tested by hand.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, Field

from mockloop.records import AgendaQuestion, Rubric, Turn
from mockloop.text import QUOTE_EDGE, normalise_quote

Scorer = Literal["heuristic", "llm"]
Signal = Literal["strong no", "no", "lean", "yes", "strong yes"]

# Hiring signal from the weighted overall (1-5). An overall below a bound gets that bound's label;
# anything at or above the last bound is "strong yes". A criterion averaging at or below
# CRITERION_FLOOR caps the signal at "no": one failing dimension is a real concern however good
# the rest is.
SIGNAL_BOUNDS: tuple[tuple[float, Signal], ...] = (
    (2.0, "strong no"),
    (2.75, "no"),
    (3.4, "lean"),
    (4.2, "yes"),
)
CRITERION_FLOOR = 1.5
# Judge samples this far apart (max - min) make a criterion's score uncertain (judge and report).
UNCERTAIN_SPREAD = 2
_SIGNAL_ORDER: tuple[Signal, ...] = ("strong no", "no", "lean", "yes", "strong yes")
# A low-confidence criterion score counts half as much in the per-criterion average.
_CONFIDENCE_WEIGHT = {"ok": 1.0, "low": 0.5}


class Exchange(BaseModel):
    """One prompt (the main question or a follow-up) and the candidate's answer to it."""

    prompt: str
    answer: str
    follow_up: bool = False


class Segment(BaseModel):
    """Everything said about one agenda question: the unit both scorers grade."""

    question_index: int
    question: AgendaQuestion
    exchanges: list[Exchange] = Field(default_factory=list)
    attempt: int = 1  # coach mode: the question answered again after /retry

    @property
    def answer_text(self) -> str:
        return "\n\n".join(e.answer for e in self.exchanges if e.answer.strip())


class CriterionScore(BaseModel):
    criterion_id: str
    name: str
    score: int = Field(ge=1, le=5)
    evidence: list[str] = Field(default_factory=list, description="verbatim quotes from the answer")
    reasoning: str = ""
    signals: list[str] = Field(default_factory=list, description="what produced the score")
    confidence: Literal["ok", "low"] = "ok"
    spread: int | None = Field(default=None, description="max - min over samples, when sampled")


class SegmentScore(BaseModel):
    question_index: int
    question_id: str
    question_text: str
    attempt: int = 1
    status: Literal["scored", "unscored"] = "scored"
    unscored_reason: str | None = None
    criteria: list[CriterionScore] = Field(default_factory=list)
    not_assessed: list[str] = Field(
        default_factory=list, description="criterion ids this question does not probe"
    )
    key_points_covered: list[str] = Field(default_factory=list)
    key_points_missed: list[str] = Field(default_factory=list)
    errors: list[str] = Field(
        default_factory=list, description="quoted factual or technical errors"
    )
    strengths: list[str] = Field(default_factory=list)
    improvements: list[str] = Field(default_factory=list, description="the two most valuable")
    stronger_answer: str = ""
    scorer: Scorer = "heuristic"
    judge_model: str | None = None
    rubric_hash: str = ""
    prompt_hash: str = ""


class CriterionAggregate(BaseModel):
    criterion_id: str
    name: str
    weight: float
    score: float | None = Field(description="confidence-weighted mean over scored segments")
    samples: int = 0


class RoundScore(BaseModel):
    round: str
    criteria: list[CriterionAggregate]
    overall: float | None = None
    signal: Signal | None = None
    segments_scored: int = 0
    segments_unscored: int = 0
    scorer: Scorer | Literal["mixed"] | None = None
    rubric_hash: str = ""


# ---------------------------------------------------------------- transcript → segments


def segments_from_turns(
    turns: list[Turn], agenda: list[AgendaQuestion], *, attempts: bool = False
) -> list[Segment]:
    """Cut a stored transcript into one segment per agenda question; unanswered ones are dropped.

    A question answered again (coach mode's /retry) is one segment per attempt: with
    ``attempts`` all of them, otherwise its last attempt that has an answer."""
    by_key: dict[tuple[int, int], list[Turn]] = {}
    for turn in sorted(turns, key=lambda t: t.seq):
        if turn.question_index is not None:
            by_key.setdefault((turn.question_index, turn.attempt), []).append(turn)
    segments: dict[tuple[int, int], Segment] = {}
    for index, attempt in sorted(by_key):
        exchanges = _exchanges(by_key[index, attempt])
        if exchanges:
            question = _question_for(index, by_key[index, attempt], agenda)
            key = (index, attempt if attempts else 0)
            segments[key] = Segment(
                question_index=index, question=question, exchanges=exchanges, attempt=attempt
            )
    return [segments[key] for key in sorted(segments)]


def _exchanges(turns: list[Turn]) -> list[Exchange]:
    """Pair each interviewer question/follow-up with the answers given to it."""
    pairs: list[tuple[str, bool, list[str]]] = []
    for turn in turns:
        if turn.speaker == "interviewer" and turn.kind in ("question", "follow_up"):
            pairs.append((turn.text, turn.kind == "follow_up" or turn.follow_up, []))
        elif turn.speaker == "candidate" and turn.kind == "answer" and turn.text.strip():
            if not pairs:
                pairs.append(("", False, []))
            pairs[-1][2].append(turn.text)
    return [
        Exchange(prompt=prompt, answer="\n\n".join(answers), follow_up=follow_up)
        for prompt, follow_up, answers in pairs
        if answers
    ]


def _question_for(index: int, turns: list[Turn], agenda: list[AgendaQuestion]) -> AgendaQuestion:
    if 0 <= index < len(agenda):
        return agenda[index]
    asked = next((t for t in turns if t.kind == "question"), None)
    return AgendaQuestion(
        id=(asked.question_id if asked and asked.question_id else f"q{index + 1}"),
        text=asked.text if asked else "",
    )


# ---------------------------------------------------------------- aggregation


def aggregate(rubric: Rubric, segments: list[SegmentScore]) -> RoundScore:
    """Average each criterion over scored segments, then weight criteria by the rubric.

    Unscored segments (skipped, empty, judge failure) are counted but never treated as low scores.
    """
    scored = [s for s in segments if s.status == "scored"]
    criteria = [_criterion_mean(c.id, c.name, c.weight, scored) for c in rubric.criteria]
    rated = [c for c in criteria if c.score is not None]
    total_weight = sum(c.weight for c in rated)
    overall = (
        round(sum(c.weight * (c.score or 0.0) for c in rated) / total_weight, 2)
        if rated and total_weight > 0
        else None
    )
    floor = min((c.score for c in rated if c.score is not None), default=None)
    return RoundScore(
        round=rubric.round,
        criteria=criteria,
        overall=overall,
        signal=hiring_signal(overall, floor) if overall is not None else None,
        segments_scored=len(scored),
        segments_unscored=len(segments) - len(scored),
        scorer=_scorer_of(scored),
        rubric_hash=rubric_hash(rubric),
    )


def _criterion_mean(
    cid: str, name: str, weight: float, scored: list[SegmentScore]
) -> CriterionAggregate:
    hits = [c for s in scored for c in s.criteria if c.criterion_id == cid]
    weights = [_CONFIDENCE_WEIGHT[c.confidence] for c in hits]
    mean = (
        round(sum(w * c.score for w, c in zip(weights, hits)) / sum(weights), 2) if hits else None
    )
    return CriterionAggregate(
        criterion_id=cid, name=name, weight=weight, score=mean, samples=len(hits)
    )


def _scorer_of(scored: list[SegmentScore]) -> Scorer | Literal["mixed"] | None:
    kinds = {s.scorer for s in scored}
    if not kinds:
        return None
    return kinds.pop() if len(kinds) == 1 else "mixed"


def hiring_signal(overall: float, lowest_criterion: float | None = None) -> Signal:
    """Map the overall (and the weakest criterion) to a hiring signal; see SIGNAL_BOUNDS."""
    label: Signal = next((name for bound, name in SIGNAL_BOUNDS if overall < bound), "strong yes")
    if lowest_criterion is not None and lowest_criterion <= CRITERION_FLOOR:
        capped = min(_SIGNAL_ORDER.index(label), _SIGNAL_ORDER.index("no"))
        label = _SIGNAL_ORDER[capped]
    return label


# ---------------------------------------------------------------- grounding and hashing


def grounded(quote: str, answer: str) -> bool:
    """True when ``quote`` occurs in ``answer``, ignoring whitespace, case, curly quotes and
    punctuation at its edges.

    The judge must quote the candidate; this is how an invented quote is caught.
    """
    needle = normalise_quote(quote).strip(QUOTE_EDGE)
    return bool(needle) and needle in normalise_quote(answer)


def rubric_hash(rubric: Rubric) -> str:
    """A short, stable fingerprint of the rubric, stored with each score so drift is visible."""
    canonical = json.dumps(rubric.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
