"""Which questions a drill asks: bank questions of the round that probe the candidate's weakest
criteria in this round kind, and questions never asked in a stored session, each with the
reason it was chosen. The agenda is fixed before the interview starts, like any other."""

from __future__ import annotations

from pydantic import BaseModel

from mockloop.records import AgendaQuestion, BankQuestion, InterviewPlan, Rubric

from .history import History, Series, kind_of
from .terminal import weak_line


class Pick(BaseModel):
    question: BankQuestion
    reasons: list[str]
    practised: int = 0  # times asked before


def probes(question: BankQuestion, rubric: Rubric) -> set[str]:
    """The criteria a question assesses: the families its type probes, as the scorer reads it."""
    from mockloop.scoring.heuristic import assessed
    from mockloop.scoring.questions import classify

    asked = AgendaQuestion(id=question.id, text=question.text, kind=question.kind)
    return {c.id for c in assessed(rubric, classify(asked))}


def _bank(plan: InterviewPlan, round_id: str) -> tuple[list[BankQuestion], Rubric]:
    from mockloop.catalog.library import round_for

    catalog = round_for(plan, round_id)
    return list({q.id: q for q in catalog.questions}.values()), catalog.rubric


def choose(plan: InterviewPlan, round_id: str, history: History, count: int) -> list[Pick]:
    """``count`` questions, each aimed at a weak criterion in turn (weakest first), preferring
    questions not practised yet, then those asked least; then questions not yet practised."""
    bank, rubric = _bank(plan, round_id)
    kind = kind_of(plan, round_id)
    weak: list[Series] = [
        s for s in history.weakest(kind, limit=len(rubric.criteria)) if s.criterion_id in
        {c.id for c in rubric.criteria}
    ]  # fmt: skip
    asked = history.asked(kind)
    probed = {q.id: probes(q, rubric) for q in bank}
    picks: list[Pick] = []
    left = list(bank)
    for slot in range(min(count, len(bank))):
        target = weak[slot % len(weak)] if weak else None

        def rank(q: BankQuestion, target: Series | None = target) -> tuple[int, int, int, int]:
            aims = target is not None and target.criterion_id in probed[q.id]
            hits = sum(s.criterion_id in probed[q.id] for s in weak)
            return (not aims, asked.get(q.id, 0), -hits, bank.index(q))

        best = min(left, key=rank)
        left.remove(best)
        picks.append(_pick(best, weak, target, probed[best.id], asked.get(best.id, 0)))
    return picks


def _pick(
    question: BankQuestion, weak: list[Series], target: Series | None, probed: set[str], times: int
) -> Pick:
    aimed = [s for s in weak if s.criterion_id in probed]
    if target is not None and target in aimed:  # the criterion this slot aims at comes first
        aimed.remove(target)
        aimed.insert(0, target)
    reasons = [weak_line(s) for s in aimed[:2]]
    reasons.append("not practised yet" if times == 0 else f"practised {times}× before")
    return Pick(question=question, reasons=reasons, practised=times)


def agenda_for(picks: list[Pick], plan: InterviewPlan) -> list[AgendaQuestion]:
    from mockloop.interview.agenda import from_bank

    company, role = plan.company or "the company", plan.role or "this role"
    return [from_bank(p.question, company, role) for p in picks]
