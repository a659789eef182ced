"""Stored rows → records, leniently. A row another program wrote or a hand edit broke (an unknown
mode, a plan that no longer validates, a score in an old shape) is reported in one line with a
repair hint and skipped, so one bad row never makes `sessions`, `export` or `progress` unusable.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mockloop.errors import StoreError, describe
from mockloop.records import InterviewPlan, SessionInfo, Turn


class BadRowError(StoreError):
    """One stored row does not read as its record; the message names it and how to repair it."""


def bad_row(path: Path, table: str, keys: dict[str, Any], exc: Exception) -> BadRowError:
    """A one-line message for an unreadable row: what is wrong and the SQL that removes it."""
    problem = describe(exc)
    label = "/".join(str(v) for v in keys.values())
    where = " AND ".join(f"{k} = {_literal(v)}" for k, v in keys.items())
    return BadRowError(
        f"{table} row {label} in {path} cannot be read ({problem[:160]}) and was skipped; "
        f'repair it, or remove it with: sqlite3 {path} "DELETE FROM {table} WHERE {where}"'
    )


def _literal(value: Any) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''").replace('"', "") + "'"


def turn(row: sqlite3.Row) -> Turn:
    return Turn(
        session_id=row["session_id"],
        seq=row["seq"],
        speaker=row["speaker"],
        kind=row["kind"],
        text=row["text"],
        question_index=row["question_index"],
        follow_up=bool(row["follow_up"]),
        question_id=row["question_id"],
        director=row["director"],
        created_at=row["created_at"],
        attempt=row["attempt"],
    )


def session_info(
    row: sqlite3.Row,
    turn_count: int,
    with_plan: bool = True,
    cls: type[SessionInfo] = SessionInfo,
    **extra: Any,
) -> Any:
    return cls(
        id=row["id"],
        round=row["round"],
        mode=row["mode"],
        model=row["model"],
        prompt_hash=row["prompt_hash"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        status=row["status"],
        plan=_plan(_plan_text(row)) if with_plan else None,
        turn_count=turn_count,
        overall=row["overall"],
        signal=row["signal"],
        **extra,
    )


def _plan_text(row: Any) -> str:
    """The session's plan: from the plans table (stored once per plan) or its own old copy."""
    keys = row.keys()  # a sqlite3.Row: "in row" would look among the values
    return row["stored_plan"] if "stored_plan" in keys else row["plan_json"]


def _plan(raw: str) -> InterviewPlan:
    try:
        return InterviewPlan.model_validate_json(raw)
    except ValidationError as exc:  # named as the column, so the message says where to look
        raise ValueError(f"plan_json: {describe(exc)}") from None


def like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"
