"""How an answer is told, word by word: the closed-class words of a fixed list
(hedges such as "think" and "really", absolutes such as "always", precise words such as
"per", "whether" and "before", buzzwords, the pronouns that say whose work it was, and the
words of reasoning that any subject uses: "if", "assume", "risk", "cost", "tested") whose
weights the fit learns from the tuning answers (model.py). Only words of this list count,
never the words of a topic, so an answer about a subject the tuning answers never touched is
read by how it is said, not by what it is about. Numbers, results and verbs of action are
not on it: the named features read those, and a word such as "cut" or "percent" must not
learn from the fake figures of gamed answers to mark down a real result.

A word counts once per answer, and none counts for more than a quarter of a point of the raw
estimate (fitting.WORD_CAP): a strong answer that says "also" loses little. Single words only:
pairs ("i also") counted a word twice and measured no better.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["VOCABULARY", "pull", "strongest", "tokens"]

_LISTED = """
    i'd i'll i'm i've we'd i my we our you your they their it's
    not never nothing none no nobody without unless until whether instead versus vs except
    otherwise rather than only just really very always every all each per
    already still yet again first second third next finally last later earlier now today before
    after
    think believe feel guess maybe perhaps probably possibly somewhat fairly quite pretty
    basically generally usually typically often sometimes kind sort actually honestly obviously
    clearly definitely certainly simply literally lot things thing stuff something
    important key critical crucial essential great good best better huge big amazing passionate
    excited love
    approach process strategy framework leverage synergy alignment holistic robust scalable
    seamless innovative stakeholders
    if assume assumed assuming risk risks cost costs tested measured asked trade tradeoff tradeoffs
"""
VOCABULARY = frozenset(_LISTED.split())
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def tokens(text: str) -> frozenset[str]:
    """The listed words of ``text``, each once."""
    return frozenset(
        w for w in _WORD.findall(text.lower().replace("\u2019", "'")) if w in VOCABULARY
    )


WORDING_CAP = 1.5  # the most the listed words together move the raw estimate, either way


def pull(found: Iterable[str], weights: Mapping[str, float]) -> float:
    """The sum of the fitted weights of the words found, within WORDING_CAP: how an answer is
    said must not outweigh what it says (fifteen precise words, "first", "per", "whether",
    "assume", "tested", around empty talk once lifted the raw estimate by four points)."""
    return max(-WORDING_CAP, min(WORDING_CAP, sum(weights.get(t, 0.0) for t in found)))


def strongest(
    found: Iterable[str], weights: Mapping[str, float], sign: float, top: int = 3
) -> list[str]:
    """The words found that pull most in the direction of ``sign`` (+1 up, -1 down)."""
    pulls = sorted(((weights.get(t, 0.0) * sign, t) for t in found), reverse=True)
    return [t for p, t in pulls[:top] if p > 0.02]
