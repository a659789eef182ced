"""The candidate's score history, read from the store: one point per session, criterion and
scorer, grouped into series in time order, with each series' trend and the weakest criteria.

Heuristic and judge scores are on different scales, so they are never one series: a criterion
graded by both has two series, each naming its scorer.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from pydantic import BaseModel, Field

from mockloop.errors import MockloopError
from mockloop.records import InterviewPlan
from mockloop.scoring.aggregate import SegmentScore, aggregate
from mockloop.store.db import Store

from .delivery import DeliveryPoint, delivery_json, delivery_points

Scorer = Literal["heuristic", "llm"]
SCORER_NAMES = {"heuristic": "heuristic", "llm": "judge"}
BASELINE = 2  # sessions at each end compared for the trend
WEAK_BELOW = 4.0  # a criterion averaging under this is worth drilling


class Point(BaseModel):
    """One session's score on one criterion, by one scorer (the mean over its answers)."""

    session_id: str
    started_at: str
    round: str = Field(description="the round's id in its plan")
    company: str | None = None
    score: float
    answers: int = Field(description="answers that assessed the criterion")
    scorer: Scorer
    judge_model: str | None = None


class Trend(BaseModel):
    """The latest sessions against the first ones (``sessions`` at each end)."""

    first: float
    latest: float
    change: float
    sessions: int


class Series(BaseModel):
    kind: str = Field(description="the round kind (its rubric)")
    criterion_id: str
    criterion: str
    scorer: Scorer
    points: list[Point]
    mean: float
    trend: Trend | None = None

    @property
    def label(self) -> str:
        return f"{self.criterion} ({SCORER_NAMES[self.scorer]})"


class Session(BaseModel):
    """A stored session as the history sees it: its kind and its latest segment scores."""

    id: str
    started_at: str
    round: str
    kind: str
    company: str | None = None
    criteria: dict[str, str] = Field(description="criterion id -> name, from the kind's rubric")
    scores: list[SegmentScore] = Field(default_factory=list)
    asked: list[str] = Field(default_factory=list, description="question ids asked, in order")


class History(BaseModel):
    sessions: list[Session]
    series: list[Series]
    delivery: list[DeliveryPoint] = Field(default_factory=list, description="spoken sessions")

    def kinds(self) -> list[str]:
        return list(dict.fromkeys(s.kind for s in self.sessions))

    def of_kind(self, kind: str) -> list[Series]:
        return [s for s in self.series if s.kind == kind]

    def weakest(self, kind: str | None = None, limit: int = 3) -> list[Series]:
        """The lowest-averaging series below WEAK_BELOW, one per criterion and kind."""
        seen: set[tuple[str, str]] = set()
        out = []
        for one in sorted(self.series, key=lambda s: (s.mean, -len(s.points))):
            key = (one.kind, one.criterion_id)
            if one.mean >= WEAK_BELOW or key in seen or (kind and one.kind != kind):
                continue
            seen.add(key)
            out.append(one)
        return out[:limit]

    def asked(self, kind: str) -> dict[str, int]:
        """How often each question id was asked in sessions of ``kind``."""
        counts: dict[str, int] = defaultdict(int)
        for session in self.sessions:
            if session.kind == kind:
                for qid in session.asked:
                    counts[qid] += 1
        return dict(counts)


def kind_of(plan: InterviewPlan | None, round_id: str) -> str:
    """The round kind a session's round is run as (a bare catalog round is its own kind)."""
    this = plan.round(round_id) if plan is not None else None
    return this.kind_id if this is not None else round_id


def load_history(store: Store) -> History:
    """Every session with its scores, oldest first, and the series they make."""
    from mockloop.catalog.library import round_for

    sessions = []
    for listing in reversed(store.list_sessions()):
        try:
            info = store.session(listing.id)  # a row that does not read is noted and skipped
            rubric = round_for(info.plan, info.round).rubric
        except MockloopError:
            continue  # a round whose prompt files are gone: nothing to read its scores by
        asked = [
            t.question_id
            for t in store.turns(info.id)
            if t.kind == "question" and t.question_id and t.speaker == "interviewer"
        ]
        sessions.append(
            Session(
                id=info.id,
                started_at=info.started_at,
                round=info.round,
                kind=kind_of(info.plan, info.round),
                company=listing.company,
                criteria={c.id: c.name for c in rubric.criteria},
                scores=store.latest_scores(info.id),
                asked=list(dict.fromkeys(asked)),
            )
        )
    return History(
        sessions=sessions,
        series=build_series(sessions),
        delivery=delivery_points(store, sessions),
    )


def _points(session: Session) -> list[tuple[str, Point]]:
    """(criterion id, point) for each criterion each scorer assessed in the session."""
    from mockloop.records import Rubric, RubricCriterion

    rubric = Rubric(
        round=session.kind,
        criteria=[
            RubricCriterion(id=cid, name=name, levels={}) for cid, name in session.criteria.items()
        ],
    )
    out = []
    for scorer in ("llm", "heuristic"):
        graded = [s for s in session.scores if s.status == "scored" and s.scorer == scorer]
        if not graded:
            continue
        judge_model = next((s.judge_model for s in graded if s.judge_model), None)
        for crit in aggregate(rubric, graded).criteria:
            if crit.score is None:
                continue
            point = Point(
                session_id=session.id,
                started_at=session.started_at,
                round=session.round,
                company=session.company,
                score=crit.score,
                answers=crit.samples,
                scorer=scorer,
                judge_model=judge_model,
            )
            out.append((crit.criterion_id, point))
    return out


def trend(points: list[Point]) -> Trend | None:
    """Mean of the last sessions against the first (up to BASELINE each, never overlapping)."""
    k = min(BASELINE, len(points) // 2)
    if k == 0:
        return None
    first = sum(p.score for p in points[:k]) / k
    latest = sum(p.score for p in points[-k:]) / k
    return Trend(
        first=round(first, 2), latest=round(latest, 2), change=round(latest - first, 2), sessions=k
    )


def build_series(sessions: list[Session]) -> list[Series]:
    """One series per round kind, criterion and scorer, points in time order; series follow
    the kinds' first sessions and each rubric's criterion order."""
    ordered = sorted(sessions, key=lambda s: (s.started_at, s.id))
    grouped: dict[tuple[str, str, str], list[Point]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    for session in ordered:
        for cid, point in _points(session):
            grouped[(session.kind, cid, point.scorer)].append(point)
            names[(session.kind, cid)] = session.criteria[cid]
    kinds = list(dict.fromkeys(s.kind for s in ordered))
    rank = {(s.kind, cid): i for s in ordered for i, cid in enumerate(s.criteria)}  # rubric order
    keys = sorted(grouped, key=lambda k: (kinds.index(k[0]), rank[(k[0], k[1])], k[2] != "llm"))
    out = []
    for kind, cid, scorer in keys:
        points = grouped[(kind, cid, scorer)]
        mean = round(sum(p.score for p in points) / len(points), 2)
        out.append(
            Series(
                kind=kind,
                criterion_id=cid,
                criterion=names[(kind, cid)],
                scorer=points[0].scorer,
                points=points,
                mean=mean,
                trend=trend(points),
            )
        )
    return out


def for_round(history: History, wanted: str) -> History:
    """Only the sessions of a round kind or a round id (``--round``); a round with no stored
    session is a one-line error naming the rounds that have some."""
    want = wanted.strip().lower()
    kept = [s for s in history.sessions if want in (s.kind.lower(), s.round.lower())]
    if not kept:
        have = ", ".join(
            sorted({s.kind for s in history.sessions} | {s.round for s in history.sessions})
        )
        from mockloop.errors import UsageError

        raise UsageError(f"no stored sessions of round {wanted!r}: rounds with sessions: {have}")
    ids = {s.id for s in kept}
    spoken = [p for p in history.delivery if p.session_id in ids]
    return History(sessions=kept, series=build_series(kept), delivery=spoken)


def progress_json(history: History) -> dict[str, object]:
    """`progress --json`: the series with every point and its scorer, the weakest criteria."""
    return {
        "sessions": [
            {
                "id": s.id,
                "started_at": s.started_at,
                "round": s.round,
                "kind": s.kind,
                "company": s.company,
                "answers_scored": sum(x.status == "scored" for x in s.scores),
            }
            for s in history.sessions
        ],
        "series": [one.model_dump(mode="json") for one in history.series],
        "weakest": [
            {
                "kind": one.kind,
                "criterion_id": one.criterion_id,
                "criterion": one.criterion,
                "scorer": one.scorer,
                "mean": one.mean,
                "sessions": len(one.points),
            }
            for one in history.weakest()
        ],
        "delivery": delivery_json(history.delivery),
    }
