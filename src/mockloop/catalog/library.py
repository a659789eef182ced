"""The built-in rounds: ``prompts/rounds/<id>/`` holds round.yaml, persona.md, questions.yaml, rubric.yaml."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import ValidationError

from mockloop.errors import MockloopError, UnknownRoundError, describe
from mockloop.records import (
    ROUND_IDS,
    TECHNICAL_KINDS,
    BankQuestion,
    CatalogRound,
    InterviewPlan,
    RoundSpec,
    Rubric,
    Topic,
)

from . import prompts


def round_ids() -> list[str]:
    """Catalog ids in interview-loop order; extra rounds from an override dir come last."""
    found = prompts.list_dirs("rounds")
    ordered = [rid for rid in ROUND_IDS if rid in found]
    return ordered + [rid for rid in found if rid not in ordered]


# libyaml's safe loader when PyYAML was built with it: the catalog is ~30 files read per command
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(relative: str) -> object:
    """A prompt file parsed as YAML; a missing or broken file is one MockloopError."""
    try:
        return yaml.load(prompts.read(relative), Loader=_LOADER)
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
        spec = RoundSpec.model_validate(read_yaml(f"{base}/round.yaml"))
        raw_questions = read_yaml(f"{base}/questions.yaml") or []
        if not isinstance(raw_questions, list):
            raise MockloopError(
                f"invalid prompt file {base}/questions.yaml: expected a list of questions"
            )
        questions = [BankQuestion.model_validate(q) for q in raw_questions]
        rubric = Rubric.model_validate(read_yaml(f"{base}/rubric.yaml"))
    except ValidationError as exc:
        raise MockloopError(f"invalid prompt file under {base}: {describe(exc)}") from exc
    return CatalogRound(
        spec=spec,
        questions=questions,
        rubric=rubric,
        persona_template=f"{base}/persona.md",
    )


# ---------------------------------------------------------------- topics

_TOPIC_WORD = re.compile(r"[a-z0-9]+")


def topic_ids() -> list[str]:
    """Topics (prompts/topics/<id>.yaml) across the search path, sorted."""
    return prompts.list_files("topics", ".yaml")


def load_topic(topic_id: str) -> Topic:
    return _load_topic(topic_id, tuple(prompts.search_path()))


@cache
def _load_topic(topic_id: str, search_path: tuple[Path, ...]) -> Topic:
    if topic_id not in topic_ids():
        raise UnknownRoundError(
            f"unknown topic {topic_id!r}: choose one of {', '.join(topic_ids())}"
        )
    relative = f"topics/{topic_id}.yaml"
    try:
        return Topic.model_validate(read_yaml(relative))
    except ValidationError as exc:
        raise MockloopError(f"invalid prompt file {relative}: {describe(exc)}") from exc


def _topic_hits(topic: Topic, text: str) -> int:
    """How many of the topic's match phrases the (lower-cased, tokenised) text holds."""
    padded = " " + " ".join(_TOPIC_WORD.findall(text.lower())) + " "
    return sum(f" {' '.join(_TOPIC_WORD.findall(m.lower()))} " in padded for m in topic.match)


def pick_topic(kind: str, round_text: str, context: str = "") -> Topic | None:
    """The topic a round of ``kind`` is about: the one whose words its title and focus points
    use most; failing those, the role and the company research (``context``), counted at a
    third. None when nothing points to any topic: the kind's own, topic-neutral bank is used."""
    best: tuple[float, str] | None = None
    for topic_id in topic_ids():
        topic = load_topic(topic_id)
        if kind not in topic.kinds:
            continue
        score = _topic_hits(topic, round_text) + _topic_hits(topic, context) / 3
        if score > 0 and (best is None or score > best[0]):
            best = (score, topic_id)
    return load_topic(best[1]) if best else None


# ---------------------------------------------------------------- a plan's round


def round_for(plan: InterviewPlan | None, round_id: str) -> CatalogRound:
    """What a plan round is run from: its kind's spec, rubric and persona, and, for kinds
    with topics, its topic (named in the plan, or picked from the notes), whose questions
    come before the kind's own. A round id that is not in the plan is a bare catalog kind."""
    this = plan.round(round_id) if plan is not None else None
    kind = this.kind_id if this is not None else round_id
    base = load_round(kind)
    if this is not None and this.questions:
        technical = kind in TECHNICAL_KINDS
        qkind: Literal["technical", "behavioral"] = "technical" if technical else "behavioral"
        own_questions = [
            BankQuestion(
                id=f"plan-{n}",
                text=q.text,
                kind=qkind,
                key_points=q.key_points,
                follow_ups=q.follow_ups,
                tags=[],
            )
            for n, q in enumerate(this.questions, 1)
        ]
        base = base.model_copy(update={"questions": [*own_questions, *base.questions]})
    if this is not None and this.topic:
        topic: Topic | None = load_topic(this.topic)
    elif any(kind in load_topic(t).kinds for t in topic_ids()):
        round_text = " ".join([this.title, *(n.text for n in this.focus)]) if this else ""
        context = " ".join(
            [plan.role or "", *(n.text for n in plan.research)] if plan is not None else []
        )
        topic = pick_topic(kind, round_text, context)
    else:
        topic = None
    if topic is None:
        return base
    own = [q for q in topic.questions if q.id not in {b.id for b in base.questions}]
    return base.model_copy(update={"questions": [*own, *base.questions], "topic": topic})


def kind_questions(kind: str) -> list[BankQuestion]:
    """Every question a round of ``kind`` can ask: its own bank, then each topic's that
    serves it (how a stored question id or a typed question is found again)."""
    questions = list(load_round(kind).questions)
    for topic_id in topic_ids():
        topic = load_topic(topic_id)
        if kind in topic.kinds:
            questions += topic.questions
    return questions
