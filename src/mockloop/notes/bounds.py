"""A plan cut to a size every session can carry: a 50 MB notes file must not become a 125 MB
row in every stored session and a 33 MB system prompt. Idempotent, so a resumed session renders
the persona it started with byte for byte."""

from __future__ import annotations

from mockloop.records import InterviewPlan, NoteLine, PitchBlock, PlanRound

MAX_TEXT = 1500  # characters of one note line or pitch answer
MAX_LINES = 40  # focus points of a round, research, logistics, candidate questions
MAX_BLOCKS = 12  # pitch answers
MAX_ROUNDS = 40
CUT = " […cut: the rest is in your notes]"


def _text(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - len(CUT)] + CUT


def _lines(lines: list[NoteLine]) -> list[NoteLine]:
    kept = [n.model_copy(update={"text": _text(n.text)}) for n in lines[: MAX_LINES + 1]]
    if len(lines) <= MAX_LINES + 1:
        return kept
    more = NoteLine(text=f"[…cut: {len(lines) - MAX_LINES} more lines are in your notes]")
    return [*kept[:MAX_LINES], more]


def _round(r: PlanRound) -> PlanRound:
    return r.model_copy(update={"title": _text(r.title), "focus": _lines(r.focus)})


def bounded_plan(plan: InterviewPlan) -> InterviewPlan:
    """The plan with each list and text capped, saying what was cut; a small plan is unchanged."""
    pitch = [
        PitchBlock(title=_text(b.title), text=_text(b.text), line=b.line)
        for b in plan.pitch[:MAX_BLOCKS]
    ]
    return plan.model_copy(
        update={
            "company": _text(plan.company) if plan.company else plan.company,
            "role": _text(plan.role) if plan.role else plan.role,
            "pitch": pitch,
            "candidate_questions": _lines(plan.candidate_questions),
            "logistics": _lines(plan.logistics),
            "research": _lines(plan.research),
            "rounds": [_round(r) for r in plan.rounds[:MAX_ROUNDS]],
        }
    )
