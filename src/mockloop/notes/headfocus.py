"""The focus of a round found by its heading: the loose lines of its section and of the
sections under it (rounds.find_rounds asks once every round is found)."""

from __future__ import annotations

from .found import Round
from .outline import Outline
from .vocab import ROLE_TEAM, has, round_types

__all__ = ["heading_focus"]


def heading_focus(o: Outline, rounds: list[Round], claimed: set[int]) -> None:
    """Loose items of a heading round's section and sub-sections become its focus. Under a
    recruiter heading, free-form lines count only when they are about the role or team (and
    stay available as logistics)."""
    owner = {r.heading_sec: r for r in rounds if r.heading_sec is not None}
    if not owner:
        return
    inherited: list[Round | None] = []  # each section's nearest heading round, itself first
    for sec, parent in enumerate(o.parents):
        inherited.append(owner.get(sec) or (inherited[parent] if parent is not None else None))
    recruiter = {id(r): "recruiter" in round_types(r.title) for r in owner.values()}
    for sec, r in enumerate(inherited):
        for k in o.section_items(sec) if r is not None else ():
            it = o.items[k]
            if k in claimed or it.kind == "heading" or o.cls[k] in ("pitch", "questions"):
                continue
            if not recruiter[id(r)]:
                claimed.add(k)
            elif it.kind == "quote" or (it.kind == "paragraph" and not has(o.toks(k), ROLE_TEAM)):
                continue
            assert r is not None  # the loop runs only for a round
            r.focus.append(it)
