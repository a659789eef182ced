"""The plan a command works on: notes or a saved plan read (by the model when one is
configured, cached), and the round ``--round`` names in it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .common import fail


def load_plan(path: Path) -> Any:
    from mockloop.notes.plan import load_plan_or_notes

    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        fail("the notes path is not valid UTF-8: rename the file and try again", 2)

    return load_plan_or_notes(path)


HeuristicOpt = Annotated[
    bool,
    typer.Option(
        "--heuristic", help="Read the notes with the parser even when a model is configured."
    ),
]


def plan_for(path: Path, settings: Any, *, cached_only: bool = False) -> Any:
    """The plan for ``path``: a saved plan as is; notes read by the model when ``settings``
    can reach one (cached per notes, model and endpoint), else, or when the model fails, by
    the parser, saying so in one line. ``cached_only``: use the model's plan only if one is
    cached (an interview never spends a call before its first question)."""
    from mockloop.notes.plan import PLAN_SUFFIXES

    if settings is None or path.suffix.lower() in PLAN_SUFFIXES:
        return load_plan(path)
    from mockloop.errors import LLMError
    from mockloop.llm.settings import has_credentials
    from mockloop.notes.llm_plan import cache_path, plan_with_model
    from mockloop.notes.source import read_notes_text

    if not has_credentials(settings):
        return load_plan(path)
    text = read_notes_text(path).removeprefix("\ufeff")  # one-line errors, bounded read
    if cached_only and not cache_path(text, settings).is_file():
        return load_plan(path)
    try:
        plan, cached = plan_with_model(text, settings, str(path))
    except LLMError as exc:
        typer.echo(
            f"mockloop: the model could not read the notes ({exc}): using the parser", err=True
        )
        return load_plan(path)
    typer.echo(
        f"mockloop: plan read by {settings.model}{' (cached)' if cached else ''}; --heuristic uses the parser",
        err=True,
    )
    return plan


def check_round(plan: Any, round_id: str | None) -> str:
    """The plan round ``--round`` names: its id, its 1-based number, its kind (when the plan
    has one round of it), a case-insensitive prefix of its title, or a catalog kind the notes
    do not mention. Anything else, or a choice of several, is a one-line error."""
    from mockloop.catalog.library import load_round, round_ids
    from mockloop.errors import UnknownRoundError

    rounds = list(plan.rounds) if plan is not None else []
    if round_id is None:
        chosen = rounds[0].id if rounds else "recruiter"
        load_round(rounds[0].kind_id if rounds else chosen)
        return chosen
    wanted = round_id.strip().lower()
    listing = ", ".join(f"{n} {r.id}" for n, r in enumerate(rounds, 1))
    if wanted.isdecimal() and rounds:
        if 1 <= int(wanted) <= len(rounds):
            return rounds[int(wanted) - 1].id
        raise UnknownRoundError(f"there is no round {wanted}: choose one of {listing}")
    for pick in (
        [r for r in rounds if r.id.lower() == wanted],
        [r for r in rounds if r.kind_id == wanted],
        [r for r in rounds if r.title.lower().startswith(wanted)],
    ):
        if len(pick) == 1:
            return str(pick[0].id)
        if len(pick) > 1:
            names = ", ".join(f"{r.id} ({r.title})" for r in pick)
            raise UnknownRoundError(f"{round_id!r} matches {len(pick)} rounds: {names}; pick one")
    if wanted in round_ids():
        return wanted  # a catalog kind the notes never mention: its bare round
    hint = (
        f"choose one of {listing} (id or number)"
        if rounds
        else f"choose one of {', '.join(round_ids())}"
    )
    raise UnknownRoundError(f"unknown round {round_id!r}: {hint}")
