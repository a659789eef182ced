"""Loops in the store: a whole loop (`mockloop loop`) is its plan, its rounds in order and the
session of each round it has reached, linked by position (schema 7)."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, Field

from mockloop.errors import StoreError
from mockloop.records import InterviewPlan

from . import rows
from .db import Store, new_session_id, now

LOOP_PREFIX = "loop-"
LoopStatus = Literal["active", "stopped", "ended"]


class LoopInfo(BaseModel):
    """A stored loop: what it rehearses and how far it got."""

    id: str
    plan: InterviewPlan
    rounds: list[str] = Field(description="round ids in the order they run")
    mode: str
    settings: dict[str, Any] = Field(default_factory=dict)
    company: str | None = None
    started_at: str = ""
    ended_at: str | None = None
    status: LoopStatus = "active"
    sessions: dict[int, str] = Field(
        default_factory=dict, description="position → the session that ran that round"
    )


def is_loop_id(text: str) -> bool:
    return text.strip().lower().startswith(LOOP_PREFIX)


def create_loop(
    store: Store, plan: InterviewPlan, rounds: list[str], *, mode: str, settings: dict[str, Any]
) -> str:
    """A new loop over ``rounds`` of ``plan`` (stored once in the plans table, as sessions do)."""
    loop_id = LOOP_PREFIX + new_session_id()
    plan_json = plan.model_dump_json()
    plan_hash = hashlib.sha256(plan_json.encode("utf-8")).hexdigest()[:32]
    with store.transaction() as conn:
        while conn.execute("SELECT 1 FROM loops WHERE id = ?", (loop_id,)).fetchone():
            loop_id = LOOP_PREFIX + new_session_id()  # two loops in one second: draw again
        conn.execute(
            "INSERT OR IGNORE INTO plans (hash, plan_json) VALUES (?, ?)", (plan_hash, plan_json)
        )
        conn.execute(
            "INSERT INTO loops (id, plan_hash, rounds_json, mode, settings_json, company,"
            " started_at) VALUES (?,?,?,?,?,?,?)",
            (
                loop_id,
                plan_hash,
                json.dumps(rounds),
                mode,
                json.dumps(settings),
                plan.company,
                now(),
            ),
        )
    return loop_id


def resolve_loop_id(store: Store, prefix: str) -> str:
    """A full loop id from an id or a unique prefix of one; anything else is one line."""
    found = [
        r["id"]
        for r in store.query(
            "SELECT id FROM loops WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3",
            (prefix, rows.like_prefix(prefix)),
        )
    ]
    if prefix in found:
        return prefix
    if not found:
        raise StoreError(f"no loop {prefix!r}: run `mockloop loop --list` to list them")
    if len(found) > 1:
        raise StoreError(f"loop id {prefix!r} is ambiguous ({', '.join(found)}, ...): type more")
    return found[0]


def load_loop(store: Store, loop_id: str) -> LoopInfo:
    """The loop with its plan and the sessions of the rounds it reached."""
    found = store.query(
        "SELECT l.*, p.plan_json FROM loops l LEFT JOIN plans p ON p.hash = l.plan_hash"
        " WHERE l.id = ?",
        (loop_id,),
    )
    if not found:
        raise StoreError(f"no loop {loop_id!r}: run `mockloop loop --list` to list them")
    row = found[0]
    linked = store.query(
        "SELECT id, loop_round FROM sessions WHERE loop_id = ? ORDER BY loop_round", (loop_id,)
    )
    try:
        return LoopInfo(
            id=row["id"],
            plan=InterviewPlan.model_validate_json(row["plan_json"] or "{}"),
            rounds=json.loads(row["rounds_json"]),
            mode=row["mode"],
            settings=json.loads(row["settings_json"]),
            company=row["company"],
            started_at=row["started_at"],
            ended_at=row["ended_at"],
            status=row["status"],
            sessions={r["loop_round"]: r["id"] for r in linked},
        )
    except ValueError as exc:  # pydantic's ValidationError, or JSON that is not JSON
        raise rows.bad_row(store.path, "loops", {"id": loop_id}, exc) from None


def list_loops(store: Store) -> list[LoopInfo]:
    """Every readable loop, newest first; an unreadable one is noted in ``store.skipped``."""
    out = []
    for row in store.query("SELECT id FROM loops ORDER BY started_at DESC, id DESC"):
        try:
            out.append(load_loop(store, row["id"]))
        except rows.BadRowError as exc:
            store.skipped.append(str(exc))
    return out


def set_loop_status(store: Store, loop_id: str, status: LoopStatus) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE loops SET status = ?, ended_at = ? WHERE id = ?",
            (status, now() if status == "ended" else None, loop_id),
        )
