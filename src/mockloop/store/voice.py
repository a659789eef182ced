"""Spoken answers in the store (schema 8): per answer turn, the words the transcriber heard with
their times and the delivery figures measured from them. The turn's text stays in `turns`
(what was sent, edited or not); this is how it sounded."""

from __future__ import annotations

import json
from pathlib import Path

from mockloop.voice.delivery import AnswerDelivery, SessionDelivery
from mockloop.voice.transcribe import Transcript, Word

from . import rows
from .db import Store, now


def save_delivery(
    store: Store,
    session_id: str,
    delivery: AnswerDelivery,
    transcript: Transcript,
    audio: Path | None = None,
) -> None:
    """Store one answer's words and figures, committed at once (beside its turn)."""
    words = [[w.text, w.start, w.end] for w in transcript.words]
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO deliveries (session_id, seq, source, audio, words_json,"
            " data_json, created_at) VALUES (?,?,?,?,?,?,?)",
            (
                session_id,
                delivery.seq,
                transcript.source,
                str(audio) if audio is not None else None,
                json.dumps(words),
                delivery.model_dump_json(),
                now(),
            ),
        )


def load_delivery(store: Store, session_id: str) -> SessionDelivery | None:
    """The session's spoken answers in turn order; None when every answer was typed. A row that
    does not read is noted (``store.skipped``) and left out."""
    found = store.query(
        "SELECT seq, data_json FROM deliveries WHERE session_id = ? ORDER BY seq", (session_id,)
    )
    answers = []
    for row in found:
        try:
            answers.append(AnswerDelivery.model_validate_json(row["data_json"]))
        except ValueError as exc:
            error = rows.bad_row(
                store.path, "deliveries", {"session_id": session_id, "seq": row["seq"]}, exc
            )
            if str(error) not in store.skipped:
                store.skipped.append(str(error))
    return SessionDelivery(answers=answers) if answers else None


def load_words(store: Store, session_id: str, seq: int) -> list[Word]:
    """The words heard in one answer, with their times (empty when none were sent)."""
    found = store.query(
        "SELECT words_json FROM deliveries WHERE session_id = ? AND seq = ?", (session_id, seq)
    )
    if not found:
        return []
    try:
        return [Word(str(t), float(a), float(b)) for t, a, b in json.loads(found[0][0])]
    except (ValueError, TypeError):
        return []
