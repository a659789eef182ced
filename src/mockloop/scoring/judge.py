"""The LLM judge: one structured call per question segment, checked in code.

The model only reads evidence and proposes criterion scores; mockloop checks every quote
against the answer, re-judges once when quotes are invented, aggregates samples, and
computes the round's signal itself (scores.aggregate). A segment the model cannot grade
is stored as unscored with the reason, never as a low score.
"""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from mockloop.catalog import prompts
from mockloop.errors import LLMError
from mockloop.llm.structured import complete_json
from mockloop.records import InterviewPlan, Rubric

from .aggregate import (
    UNCERTAIN_SPREAD,
    CriterionScore,
    Segment,
    SegmentScore,
    grounded,
    rubric_hash,
)

if TYPE_CHECKING:
    from mockloop.llm.client import LLMClient

SAMPLE_TEMPERATURE = 0.7  # with --samples K > 1 the judgments must be able to differ


class JudgedCriterion(BaseModel):
    criterion_id: str
    assessed: bool = True  # false: the question does not probe this criterion
    evidence: list[str] = Field(default_factory=list)
    reasoning: str = ""
    score: int = 3  # ignored when not assessed


class JudgeReply(BaseModel):
    """The flat shape the judge must return (see prompts/judge/system.md)."""

    criteria: list[JudgedCriterion]
    key_points_covered: list[str] = Field(default_factory=list)
    key_points_missed: list[str] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    strengths: list[str] = Field(default_factory=list)
    improvements: list[str] = Field(default_factory=list)
    stronger_answer: str = ""


class JudgePrompt(BaseModel):
    system: str
    user: str
    prompt_hash: str


def notes_context(plan: InterviewPlan | None, limit: int = 2500) -> str:
    """The candidate's own facts (pitch) the stronger-answer outline may use."""
    if plan is None:
        return ""
    text = "\n\n".join(f"{p.title}: {p.text}" for p in plan.pitch)
    return text[:limit]


def build_prompt(
    segment: Segment, rubric: Rubric, round_title: str, plan: InterviewPlan | None = None
) -> JudgePrompt:
    """Rubric first, then question and reference points, the answers last inside delimiters.

    Text that came from the notes or the candidate is neutralised (it cannot close a delimiter),
    and each answer is clipped like the interviewer's (the grounding check still reads all of it)."""
    from mockloop.catalog.prompts import MAX_ANSWER_CHARS, clip

    neutral = prompts.neutralise
    system = prompts.render(
        "judge/system.md",
        rubric=rubric,
        round_title=round_title,
        company=prompts.label(plan.company) or None if plan and plan.company else None,
        role=prompts.label(plan.role) or None if plan and plan.role else None,
    )
    exchanges = [
        {
            "prompt": neutral(clip(e.prompt, MAX_ANSWER_CHARS)),
            "answer": neutral(clip(e.answer, MAX_ANSWER_CHARS)),
            "follow_up": e.follow_up,
        }
        for e in segment.exchanges
    ]
    question = segment.question.model_copy(
        update={
            "text": neutral(segment.question.text),
            "key_points": [neutral(k) for k in segment.question.key_points],
        }
    )
    user = prompts.render(
        "judge/user.md",
        question=question,
        exchanges=exchanges,
        notes_context=prompts.neutralise(notes_context(plan)),
    )
    template_hash = prompts.text_hash(
        prompts.read("judge/system.md"), prompts.read("judge/user.md")
    )
    return JudgePrompt(system=system, user=user, prompt_hash=template_hash)


def _check_ids(reply: JudgeReply, rubric: Rubric) -> list[str]:
    wanted = {c.id for c in rubric.criteria}
    got = {c.criterion_id for c in reply.criteria}
    return sorted(wanted - got)


def _invented(reply: JudgeReply, answer: str) -> dict[str, list[str]]:
    """Criterion id → quotes that do not occur in the answer."""
    bad: dict[str, list[str]] = {}
    for criterion in reply.criteria:
        missing = [q for q in criterion.evidence if q.strip() and not grounded(q, answer)]
        if missing:
            bad[criterion.criterion_id] = missing
    return bad


class Judge:
    def __init__(self, client: LLMClient, *, model: str, temperature: float = 0.0) -> None:
        self.client = client
        self.model = model
        self.temperature = temperature

    def _ask(self, messages: list[dict[str, str]], temperature: float) -> JudgeReply:
        result = complete_json(
            self.client,
            messages,
            JudgeReply,
            name="segment_score",
            temperature=temperature,
            model=self.model,
        )
        return result.value  # type: ignore[return-value]

    def judge_once(
        self, prompt: JudgePrompt, segment: Segment, rubric: Rubric, temperature: float
    ) -> tuple[JudgeReply, set[str]]:
        """One judgment, re-asked once for missing criteria or invented quotes.

        Returns the reply and the criterion ids whose evidence is still invented."""
        messages = [
            {"role": "system", "content": prompt.system},
            {"role": "user", "content": prompt.user},
        ]
        reply = self._ask(messages, temperature)
        missing = _check_ids(reply, rubric)
        invented = _invented(reply, segment.answer_text)
        if not missing and not invented:
            return reply, set()
        problems = []
        if missing:
            problems.append(f"Your reply had no entry for: {', '.join(missing)}.")
        for criterion_id, quotes in invented.items():
            listed = "; ".join(f'"{q}"' for q in quotes)
            problems.append(
                f"For {criterion_id}, these quotes do not occur in the answers: {listed}."
            )
        retry = [
            *messages,
            {"role": "assistant", "content": reply.model_dump_json()},
            {
                "role": "user",
                "content": " ".join(problems)
                + " Grade again: quote only text copied exactly from the candidate's answers, "
                "and include every criterion. Reply with the full JSON object.",
            },
        ]
        second = self._ask(retry, temperature)
        if _check_ids(second, rubric):
            raise LLMError(f"the judge left out criteria {', '.join(_check_ids(second, rubric))}")
        return second, set(_invented(second, segment.answer_text))

    def score(
        self,
        segment: Segment,
        rubric: Rubric,
        *,
        round_title: str,
        plan: InterviewPlan | None = None,
        samples: int = 1,
    ) -> SegmentScore:
        prompt = build_prompt(segment, rubric, round_title, plan)
        base = SegmentScore(
            question_index=segment.question_index,
            question_id=segment.question.id,
            question_text=segment.question.text,
            scorer="llm",
            judge_model=self.model,
            rubric_hash=rubric_hash(rubric),
            prompt_hash=prompt.prompt_hash,
        )
        temperature = (
            self.temperature if samples <= 1 else max(self.temperature, SAMPLE_TEMPERATURE)
        )
        judgments: list[tuple[JudgeReply, set[str]]] = []
        try:
            for _ in range(max(1, samples)):
                judgments.append(self.judge_once(prompt, segment, rubric, temperature))
        except LLMError as exc:
            if not judgments:
                return base.model_copy(update={"status": "unscored", "unscored_reason": str(exc)})
        scored = combine(base, judgments, rubric, segment.answer_text)
        # a server that echoes the key (whole or in pieces) never gets it into the store
        from mockloop.llm.redact import redact
        from mockloop.text import map_strings

        return SegmentScore.model_validate(map_strings(redact, scored.model_dump()))


def combine(
    base: SegmentScore, judgments: list[tuple[JudgeReply, set[str]]], rubric: Rubric, answer: str
) -> SegmentScore:
    """Median score per criterion over the samples; evidence from the judgment nearest the median;
    invented quotes dropped and the criterion flagged low-confidence."""
    criteria: list[CriterionScore] = []
    not_assessed: list[str] = []
    for spec in rubric.criteria:
        entries = [
            (next(c for c in reply.criteria if c.criterion_id == spec.id), spec.id in invented)
            for reply, invented in judgments
        ]
        if sum(not e.assessed for e, _ in entries) * 2 > len(entries):
            not_assessed.append(spec.id)  # most samples say the question does not probe it
            continue
        entries = [(e, inv) for e, inv in entries if e.assessed]
        scores = [min(5, max(1, entry.score)) for entry, _ in entries]
        median = statistics.median(scores)
        chosen, was_invented = min(entries, key=lambda e: abs(min(5, max(1, e[0].score)) - median))
        spread = max(scores) - min(scores) if len(scores) > 1 else None
        evidence = [q for q in chosen.evidence if grounded(q, answer)]
        low = was_invented or (spread is not None and spread >= UNCERTAIN_SPREAD)
        criteria.append(
            CriterionScore(
                criterion_id=spec.id,
                name=spec.name,
                score=int(median + 0.5),
                evidence=evidence,
                reasoning=chosen.reasoning,
                signals=(["evidence not found in the answer"] if was_invented else [])
                + ([f"{len(scores)} samples: {sorted(scores)}"] if len(scores) > 1 else []),
                confidence="low" if low else "ok",
                spread=spread,
            )
        )
    first = judgments[0][0]
    return base.model_copy(
        update={
            "criteria": criteria,
            "not_assessed": not_assessed,
            "key_points_covered": first.key_points_covered,
            "key_points_missed": first.key_points_missed,
            "errors": first.errors,
            "strengths": first.strengths,
            "improvements": first.improvements[:2],
            "stronger_answer": first.stronger_answer,
        }
    )
