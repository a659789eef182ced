"""Score a session's question segments with the LLM judge or the heuristic scorer, store the
results, and keep the round's overall current. Also scores segments in the background while
a live interview goes on, so the report is ready about one judge call after /end."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from mockloop.catalog.library import round_for
from mockloop.records import AgendaQuestion, InterviewPlan, Turn
from mockloop.store.db import Store

from .aggregate import RoundScore, Segment, SegmentScore, aggregate, segments_from_turns

if TYPE_CHECKING:
    from mockloop.llm.client import LLMClient
    from mockloop.llm.settings import Settings

SegmentScorer = Callable[[Segment], SegmentScore]


def scorer_for(
    round_id: str,
    settings: Settings | None,
    plan: InterviewPlan | None = None,
    *,
    samples: int = 1,
    session_id: str | None = None,
) -> SegmentScorer:
    """The one place that picks the scorer: the LLM judge with ``settings``, the offline
    heuristic without."""
    if settings is None:
        scorer = _heuristic_scorer(round_id, plan)
    else:
        scorer = _llm_scorer(round_id, settings, plan, samples=samples, session_id=session_id)
    return lambda segment: scorer(segment).model_copy(update={"attempt": segment.attempt})


def _heuristic_scorer(round_id: str, plan: InterviewPlan | None) -> SegmentScorer:
    from .heuristic import score_segment

    rubric = round_for(plan, round_id).rubric
    return lambda segment: score_segment(segment, rubric, round_id)


def _llm_scorer(
    round_id: str,
    settings: Settings,
    plan: InterviewPlan | None,
    *,
    samples: int = 1,
    session_id: str | None = None,
    client: LLMClient | None = None,
) -> SegmentScorer:
    from mockloop.llm.client import LLMClient

    from .judge import Judge

    catalog_round = round_for(plan, round_id)
    this = plan.round(round_id) if plan is not None else None
    client = client or LLMClient(settings, session_id=session_id)
    judge = Judge(client, model=settings.judge_model, temperature=settings.judge_temperature)
    return lambda segment: judge.score(
        segment,
        catalog_round.rubric,
        round_title=this.title if this is not None else catalog_round.spec.title,
        plan=plan,
        samples=samples,
    )


def item_scorer_for(settings: Settings | None) -> Callable[[Any], int | None]:
    """A calibration scorer, picked like ``scorer_for``: the rounded overall for one labelled
    answer from the judge with ``settings`` (None when the judge left it unscored), or from the
    heuristic without. A rejected key or a missing model (401/403/404) is raised at once:
    every later item would fail the same way."""
    from mockloop.errors import AuthError, LLMError, ModelNotFoundError
    from mockloop.llm.client import LLMClient

    from .calibration import heuristic_scorer, segment_for, to_level

    if settings is None:
        return heuristic_scorer

    class _Stopping(LLMClient):
        fatal: LLMError | None = None

        def stream_chat(self, *args: Any, **kwargs: Any) -> Any:
            try:
                return super().stream_chat(*args, **kwargs)
            except (AuthError, ModelNotFoundError) as exc:
                self.fatal = exc
                raise

    client = _Stopping(settings)
    scorers: dict[str, SegmentScorer] = {}

    def score(item: Any) -> int | None:
        if item.round not in scorers:
            scorers[item.round] = _llm_scorer(item.round, settings, None, client=client)
        graded = scorers[item.round](segment_for(item))
        if client.fatal is not None:
            raise client.fatal
        if graded.status != "scored":
            return None
        result = round_score(item.round, [graded])
        return to_level(result.overall) if result.overall is not None else None

    return score


def round_score(
    round_id: str, scores: list[SegmentScore], plan: InterviewPlan | None = None
) -> RoundScore:
    return aggregate(round_for(plan, round_id).rubric, scores)


def save_scores(
    store: Store, session_id: str, round_id: str, scores: list[SegmentScore]
) -> RoundScore:
    for score in scores:
        store.add_score(session_id, score)
    result = round_score(round_id, store.latest_scores(session_id), store.session(session_id).plan)
    store.set_overall(session_id, result.overall, result.signal)
    return result


def session_segments(store: Store, session_id: str) -> list[Segment]:
    agenda = store.agenda(session_id)
    return segments_from_turns(store.turns(session_id), agenda)


def score_session(
    store: Store, session_id: str, scorer: SegmentScorer, *, regrade: bool = False
) -> tuple[list[SegmentScore], list[SegmentScore]]:
    """Score the segments not scored yet (all of them with regrade). Returns (before, after)."""
    info = store.session(session_id)
    before = store.latest_scores(session_id)
    done = {s.question_index for s in before if s.status == "scored"}
    todo = [
        seg
        for seg in session_segments(store, session_id)
        if regrade or seg.question_index not in done
    ]
    new = [scorer(seg) for seg in todo]
    save_scores(store, session_id, info.round, new)
    return before, store.latest_scores(session_id)


class BackgroundScorer:
    """Scores each segment as soon as the interview moves past it, on worker threads.

    Each worker reopens the store it was given (SQLite objects stay on their thread); the
    interview thread only hands over the segment's turns. By default there is a worker per
    agenda question, so however fast the answers came, every pending judge call runs at once
    and the report is ready about one judge call after /end (threads start only when needed).
    """

    def __init__(
        self,
        store: Store,
        session_id: str,
        round_id: str,
        agenda: list[AgendaQuestion],
        scorer: SegmentScorer,
        workers: int | None = None,
        plan: InterviewPlan | None = None,
        kept: dict[tuple[int, int], int] | None = None,
    ) -> None:
        self.plan = plan
        # (question index, attempt) -> exchanges it had when scored: a resumed session keeps
        # those scores unless the segment grows (only `mockloop score --regrade` grades again)
        self.kept = kept or {}
        self.store = store
        self.session_id = session_id
        self.round_id = round_id
        self.agenda = agenda
        self.scorer = scorer
        self._pool = ThreadPoolExecutor(
            max_workers=workers or max(1, len(agenda)), thread_name_prefix="mockloop-score"
        )
        self._submitted: set[tuple[int, int]] = set()
        self._futures: list[Future[SegmentScore]] = []
        self._lock = threading.Lock()

    def on_turn(self, turns: list[Turn]) -> None:
        """Called after every stored turn: submit segments the interview has moved past."""
        last = turns[-1]
        if last.speaker != "interviewer" or last.kind not in ("question", "invite", "closing"):
            return
        current = last.question_index if last.kind == "question" else None
        self.submit_finished(turns, before=current)

    def submit_finished(self, turns: list[Turn], before: int | None = None) -> None:
        for segment in segments_from_turns(turns, self.agenda):
            if before is not None and segment.question_index >= before:
                continue
            key = (segment.question_index, segment.attempt)
            if self.kept.get(key) == len(segment.exchanges):
                continue
            with self._lock:
                if key in self._submitted:
                    continue
                self._submitted.add(key)
            self._futures.append(self._pool.submit(self._score_and_save, segment))

    def preview(self, segment: Segment) -> Future[SegmentScore]:
        """Coach mode: score a segment as it stands, on a worker, without storing it; the
        feedback is then ready about when the interviewer's next turn is."""
        return self._pool.submit(self._score, segment)

    def keep(self, segment: Segment, score: SegmentScore) -> None:
        """Coach mode: store the score the candidate was shown, so it is never graded again."""
        self.store.add_score(self.session_id, score)
        self.kept[(segment.question_index, segment.attempt)] = len(segment.exchanges)

    def _score(self, segment: Segment) -> SegmentScore:
        try:
            return self.scorer(segment)
        except Exception as exc:  # noqa: BLE001 - a segment that cannot be scored is unscored, not fatal
            return unscored(segment, f"{type(exc).__name__}: {exc}")

    def _score_and_save(self, segment: Segment) -> SegmentScore:
        score = self._score(segment)
        with self.store.reopen() as store:
            store.add_score(self.session_id, score)
        return score

    def finish(self, turns: list[Turn]) -> RoundScore:
        """Submit whatever is left, wait for every score, and store the round's overall."""
        self.submit_finished(turns)
        for future in self._futures:
            future.result()
        self._pool.shutdown(wait=True)
        with self.store.reopen() as store:
            result = round_score(self.round_id, store.latest_scores(self.session_id), self.plan)
            store.set_overall(self.session_id, result.overall, result.signal)
        return result


def unscored(segment: Segment, reason: str) -> SegmentScore:
    return SegmentScore(
        question_index=segment.question_index,
        question_id=segment.question.id,
        question_text=segment.question.text,
        attempt=segment.attempt,
        status="unscored",
        unscored_reason=reason,
    )
