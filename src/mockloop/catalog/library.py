"""The built-in rounds: ``prompts/rounds/<id>/`` holds round.yaml, persona.md, questions.yaml, rubric.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from mockloop.errors import MockloopError, UnknownRoundError
from mockloop.records import ROUND_IDS, BankQuestion, CatalogRound, RoundSpec, Rubric

from . import prompts


def round_ids() -> list[str]:
    """Catalog ids in interview-loop order; extra rounds from an override dir come last."""
    found = prompts.list_dirs("rounds")
    ordered = [rid for rid in ROUND_IDS if rid in found]
    return ordered + [rid for rid in found if rid not in ordered]


def _yaml(relative: str) -> object:
    try:
        return yaml.safe_load(prompts.read(relative))
    except (OSError, yaml.YAMLError) as exc:
        raise MockloopError(f"cannot read prompt file {relative}: {exc}") from exc


def load_round(round_id: str) -> CatalogRound:
    """The round's spec, bank, rubric and persona template; cached per prompt search path, so
    setting MOCKLOOP_PROMPTS takes effect at once."""
    return _load_round(round_id, tuple(prompts.search_path()))


@cache
def _load_round(round_id: str, search_path: tuple[Path, ...]) -> CatalogRound:
    if round_id not in round_ids():
        raise UnknownRoundError(
            f"unknown round {round_id!r}: choose one of {', '.join(round_ids())}"
        )
    base = f"rounds/{round_id}"
    try:
        spec = RoundSpec.model_validate(_yaml(f"{base}/round.yaml"))
        raw_questions = _yaml(f"{base}/questions.yaml") or []
        if not isinstance(raw_questions, list):
            raise MockloopError(
                f"invalid prompt file {base}/questions.yaml: expected a list of questions"
            )
        questions = [BankQuestion.model_validate(q) for q in raw_questions]
        rubric = Rubric.model_validate(_yaml(f"{base}/rubric.yaml"))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MockloopError(f"invalid prompt file under {base}: {where}: {first['msg']}") from exc
    return CatalogRound(
        spec=spec,
        questions=questions,
        rubric=rubric,
        persona_template=f"{base}/persona.md",
    )
