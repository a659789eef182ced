"""Coach mode: feedback right after each question, and the same question again with /retry.

The loop tells the coach when an answer is stored (scoring starts then, on a worker, so the
feedback is ready about when the interviewer's next turn is) and when a question is done; the
coach stores the score it shows, as that attempt's score, before the next prompt appears.
"""

from __future__ import annotations

from concurrent.futures import Future

from mockloop.records import AgendaQuestion, Turn
from mockloop.scoring.aggregate import CriterionScore, Segment, SegmentScore, segments_from_turns
from mockloop.scoring.grading import BackgroundScorer

COACH_HELP = "/retry  answer this question again · /next  move on"
LANDED_FLOOR = 3  # a criterion below this is not something that "landed"


class Coach:
    """Scores each finished question at once and says what landed and what to sharpen."""

    def __init__(self, scorer: BackgroundScorer, agenda: list[AgendaQuestion]) -> None:
        self.scorer = scorer
        self.agenda = agenda
        self._pending: dict[tuple[int, int, int], Future[SegmentScore]] = {}

    def _current(self, turns: list[Turn], index: int, attempt: int) -> Segment | None:
        found = [
            s
            for s in segments_from_turns(turns, self.agenda, attempts=True)
            if (s.question_index, s.attempt) == (index, attempt)
        ]
        return found[0] if found else None

    def answered(self, turns: list[Turn], index: int, attempt: int) -> None:
        """An answer is stored: start scoring the question as it stands now."""
        segment = self._current(turns, index, attempt)
        if segment is not None:
            key = (index, attempt, len(segment.exchanges))
            self._pending.setdefault(key, self.scorer.preview(segment))

    def feedback(self, turns: list[Turn], index: int, attempt: int) -> list[str] | None:
        """The question (this attempt) is done: its score, stored, as feedback lines; None when
        nothing was answered."""
        segment = self._current(turns, index, attempt)
        if segment is None:
            return None
        key = (index, attempt, len(segment.exchanges))
        stored = self._stored(index, attempt)
        if stored is not None and self.scorer.kept.get((index, attempt)) == len(segment.exchanges):
            score = stored  # a resumed session: shown before, never graded again
        else:
            future = self._pending.pop(key, None) or self.scorer.preview(segment)
            score = future.result()
            self.scorer.keep(segment, score)
        previous = self._stored(index, attempt - 1) if attempt > 1 else None
        return feedback_lines(score, previous)

    def _stored(self, index: int, attempt: int) -> SegmentScore | None:
        scores = self.scorer.store.attempt_scores(self.scorer.session_id)
        return next((s for s in scores if (s.question_index, s.attempt) == (index, attempt)), None)


def assessed(score: SegmentScore) -> list[CriterionScore]:
    """The criteria this question probes: never the ones marked not assessed."""
    return [c for c in score.criteria if c.criterion_id not in score.not_assessed]


def change(now: CriterionScore, before: SegmentScore | None) -> str:
    """'2 → 4' against the previous attempt; the bare score on a first attempt."""
    if before is None or before.status != "scored":
        return f"{now.score}/5"
    old = next((c for c in assessed(before) if c.criterion_id == now.criterion_id), None)
    return f"{old.score} → {now.score}" if old is not None else f"new → {now.score}"


def landed(score: SegmentScore) -> str:
    """What worked: the scorer's first strength, else the best criterion and the quote for it."""
    if score.strengths:
        return score.strengths[0]
    best = max(assessed(score), key=lambda c: c.score, default=None)
    if best is None or best.score < LANDED_FLOOR:
        return "nothing stood out yet: see the one thing to sharpen"
    quote = f": “{best.evidence[0]}”" if best.evidence else ""
    return f"{best.name} ({best.score}/5){quote}"


def sharpen(score: SegmentScore) -> str:
    """The one most valuable change: the scorer's first improvement, else the weakest criterion."""
    if score.improvements:
        return score.improvements[0].removeprefix("- ")
    worst = min(assessed(score), key=lambda c: c.score, default=None)
    return f"lift {worst.name.lower()} ({worst.score}/5)" if worst else "nothing to add"


def feedback_lines(score: SegmentScore, previous: SegmentScore | None = None) -> list[str]:
    """The block shown after a question: a score per assessed criterion, what landed, what to
    sharpen, and with a previous attempt the change per criterion."""
    by = "heuristic, offline" if score.scorer == "heuristic" else "LLM judge"
    head = f"Feedback · Q{score.question_index + 1}, attempt {score.attempt} ({by})"
    if score.status != "scored":
        return [head, f"  not scored: {score.unscored_reason or 'no reason recorded'}", COACH_HELP]
    criteria = assessed(score)
    width = max((len(c.name) for c in criteria), default=0)
    lines = [head, *(f"  {c.name:<{width}}  {change(c, previous)}" for c in criteria)]
    if previous is not None and previous.status == "scored":
        lines.append(f"  against attempt {previous.attempt}: {_net(score, previous)}")
    lines += [f"  What landed: {landed(score)}", f"  To sharpen: {sharpen(score)}", COACH_HELP]
    return lines


def _net(score: SegmentScore, previous: SegmentScore) -> str:
    before = {c.criterion_id: c.score for c in assessed(previous)}
    moves = [c.score - before[c.criterion_id] for c in assessed(score) if c.criterion_id in before]
    up, down = sum(m > 0 for m in moves), sum(m < 0 for m in moves)
    return f"{up} up, {down} down, {len(moves) - up - down} the same"
