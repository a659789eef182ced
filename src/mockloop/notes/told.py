"""A loop told in a sentence or two of prose: "Simone said: intro call, then a technical
screen, then a final round of 3 interviews. Final round is code review, threat modeling, and a
chat with the HM." The steps joined by "then", and a container's own list in its place."""

from __future__ import annotations

import re

from .vocab import CONTAINER, ROUNDISH, has, round_types, split_points, tokens

__all__ = ["told_parts"]

_THEN = re.compile(r"(?i),?\s+(?:and\s+)?then\s+")
_IS_LIST = re.compile(
    r"(?i)^(?:the\s+)?(?P<label>[\w -]{2,30}?)\s+(?:is|are|will\s+be|consists\s+of|includes)"
    r"\s+(?P<rest>.+)$"
)
_LEAD = re.compile(r"(?i)^(?:[^:]{1,40}:\s*|first\s+|(?:a|an|the)\s+)+")


def told_parts(text: str) -> list[str]:
    """ "Simone said: intro call, then a technical screen, then a final round of 3 interviews.
    Final round is code review, threat modeling, and a chat with the HM." → the rounds, the
    container's own list in its place."""
    steps: list[str] = []
    inside: list[str] = []
    for sentence in re.split(r"(?<=[a-z0-9)])\.\s+", text[:600]):
        sentence = sentence.strip().rstrip(".")
        if not steps and _THEN.search(sentence):
            steps = [_LEAD.sub("", s).strip() for s in _THEN.split(_LEAD.sub("", sentence))]
        elif (m := _IS_LIST.match(sentence)) and has(tokens(m["label"]), CONTAINER):
            inside = [re.sub(r"(?i)^(?:and|or)\s+", "", q) for q in split_points(m["rest"])]
    if len(steps) < 3 and not inside:
        return []  # "the case Jan 21, then a panel the same afternoon": a note, not the loop
    parts: list[str] = []
    for step in steps:
        if inside and has(tokens(step), CONTAINER):
            parts += inside
        elif round_types(step) or has(tokens(step), ROUNDISH):
            parts.append(step)
    typed = sum(1 for p in parts if round_types(p))
    return parts if len(parts) >= 2 and typed >= 2 else []
