"""How an answer is told, word by word: the closed-class words and short phrases of a fixed list
(hedges such as "I think" and "really", absolutes such as "always", precise words such as
"per", "whether" and "before", buzzwords, the pronouns that say whose work it was) whose
weights the fit learns from the tuning answers (model.py). Only words of this list count,
never the words of a topic, so an answer about a subject the tuning answers never touched is
read by how it is said, not by what it is about. Numbers, results and verbs of action are
not on it: the named features read those, and a word such as "cut" or "percent" must not
learn from the fake figures of gamed answers to mark down a real result.

A word counts once per answer, and a pair of neighbouring listed words ("i think", "i'd probably")
counts as a phrase of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

__all__ = ["VOCABULARY", "pull", "strongest", "tokens"]

_LISTED = """
    i'd i'll i'm i've we'd i my we our you your they their it's
    not never nothing none no nobody without unless until whether instead versus vs except
    otherwise rather than only just also really very always every all each per
    already still yet again first second third next finally last later earlier now today before
    after
    think believe feel guess maybe perhaps probably possibly somewhat fairly quite pretty
    basically generally usually typically often sometimes kind sort actually honestly obviously
    clearly definitely certainly simply literally lot things thing stuff something
    important key critical crucial essential great good best better huge big amazing passionate
    excited love
    approach process strategy framework leverage synergy alignment holistic robust scalable
    seamless innovative stakeholders
"""
VOCABULARY = frozenset(_LISTED.split())
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def tokens(text: str) -> frozenset[str]:
    """The listed words of ``text`` and the pairs of listed words that stand side by side."""
    seen: list[str | None] = []
    for w in _WORD.findall(text.lower().replace("\u2019", "'")):
        w = "<num>" if w[0].isdigit() else w
        seen.append(w if w in VOCABULARY else None)
    words = {w for w in seen if w}
    pairs = {f"{a} {b}" for a, b in pairwise(seen) if a and b}
    return frozenset(words | pairs)


def pull(found: Iterable[str], weights: Mapping[str, float]) -> float:
    """The sum of the fitted weights of the words and phrases found."""
    return sum(weights.get(t, 0.0) for t in found)


def strongest(
    found: Iterable[str], weights: Mapping[str, float], sign: float, top: int = 3
) -> list[str]:
    """The words found that pull most in the direction of ``sign`` (+1 up, -1 down)."""
    pulls = sorted(((weights.get(t, 0.0) * sign, t) for t in found), reverse=True)
    return [t.replace("<num>", "a number") for p, t in pulls[:top] if p > 0.02]
