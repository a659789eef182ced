"""The candidate's answers, read from the store for the story bank: one per question asked and
attempt (its follow-ups' answers included), with the session, round and question it answered."""

from __future__ import annotations

from mockloop.errors import MockloopError
from mockloop.store.db import Store

from .history import kind_of
from .stories import ToldAnswer


def load_answers(store: Store) -> list[ToldAnswer]:
    """Every answered question in every readable session, oldest session first."""
    from mockloop.scoring.aggregate import segments_from_turns

    out: list[ToldAnswer] = []
    for listing in reversed(store.list_sessions()):
        try:
            info = store.session(listing.id)  # a row that does not read is noted and skipped
            agenda = store.agenda(info.id)
        except (MockloopError, ValueError):
            continue
        for segment in segments_from_turns(store.turns(info.id), agenda, attempts=True):
            out.append(
                ToldAnswer(
                    text="\n".join(e.answer for e in segment.exchanges),
                    question=segment.question.text,
                    session_id=info.id,
                    started_at=info.started_at,
                    round=info.round,
                    kind=kind_of(info.plan, info.round),
                    company=listing.company,
                    attempt=segment.attempt,
                )
            )
    return out
