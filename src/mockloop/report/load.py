"""A stored session as the report's data: its scores (answers not scored yet are scored first,
offline), its transcript and the candidate's own questions assessed. One loader for `report`
on a session, a whole loop's report and the loop's committee."""

from __future__ import annotations

from mockloop.store.db import Store

from .data import ReportData
from .debrief import LoopReport


def load_report(store: Store, session_id: str) -> ReportData:
    """The report data of a stored session. A session with no score yet is scored with the
    offline heuristic first (`mockloop score` grades with the LLM judge)."""
    from mockloop.catalog.library import round_for
    from mockloop.catalog.persona import interviewer_name
    from mockloop.scoring.grading import round_score, score_session, scorer_for
    from mockloop.scoring.reverse import assess
    from mockloop.store.voice import load_delivery

    info = store.session(session_id)
    if not store.latest_scores(session_id):
        score_session(store, session_id, scorer_for(info.round, None, info.plan))
    scores = store.latest_scores(session_id)
    turns = store.turns(session_id)
    return ReportData(
        session=store.session(session_id),
        turns=turns,
        segments=scores,
        round_score=round_score(info.round, scores, info.plan),
        rubric=round_for(info.plan, info.round).rubric,
        interviewer=interviewer_name(info.plan, info.round),
        attempts=store.attempt_scores(session_id),
        reverse=assess(turns, info.plan),
        delivery=load_delivery(store, session_id),
    )


def load_loop_report(store: Store, loop_id: str | None, session_ids: list[str]) -> LoopReport:
    """The committee's debrief over a loop's sessions (in its order) and/or chosen ones, with
    each round's report data. A loop's round never started is left out; one that stopped
    counts with what it has."""
    from mockloop.loop.committee import debrief
    from mockloop.store.loops import load_loop

    ids: list[str] = []
    plan = None
    if loop_id is not None:
        info = load_loop(store, loop_id)
        plan = info.plan
        ids += [info.sessions[p] for p in sorted(info.sessions)]
    ids += [store.resolve_id(s) for s in session_ids]
    ids = list(dict.fromkeys(ids))
    rounds = [load_report(store, sid) for sid in ids]
    return LoopReport(debrief=debrief(rounds, plan=plan, loop_id=loop_id), rounds=rounds)
