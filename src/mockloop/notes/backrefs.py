"""Prep blocks that point back at a round found elsewhere: a pasted email lists the steps
("- Thursday 4th, 10am: interview with me and Rob", "- a half-day 'store walk' assessment"),
and the candidate's own notes further down prepare each under a plain line that names it by
its day, its people or its words ("thursday (Michelle + Rob)", "store walk (if I get
through)"). Such a block is that round's focus, not loose notes.

A block is a short plain line with a list right under it. It joins the one round whose own line
shares the most of its telling words with it (two at least, and more than any other round); a
line that shares as much with two rounds joins neither.
"""

from __future__ import annotations

import re

from .blocks import has_children
from .found import Round
from .outline import NOT_ROUNDS, Outline
from .parser import LIST_KINDS
from .vocab import outside_brackets

_WORD = re.compile(r"[^\W\d_]{3,}")
# words that tell nothing about which round: a round word, a pronoun, a filler
_PLAIN = frozenset(
    [
        "the",
        "and",
        "with",
        "for",
        "her",
        "his",
        "him",
        "she",
        "they",
        "them",
        "their",
        "our",
        "you",
        "your",
        "get",
        "got",
        "through",
        "then",
        "after",
        "before",
        "round",
        "interview",
        "call",
        "chat",
        "meeting",
        "session",
        "prep",
        "notes",
        "if",
        "that",
        "this",
        "what",
        "when",
        "who",
        "goes",
        "well",
        "done",
        "maybe",
        "about",
        "from",
        "into",
        "also",
        "just",
    ]
)
_MOST_WORDS = 6  # "store walk (if I get through)": a label, not a sentence


def _telling(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _PLAIN}


# "the next step is "Meet Wanjiru", who would be my manager": a step the recruiter named
_NAMED_STEP = re.compile(
    r"(?i)\b(?:next|first|second|third|final|last)\s+(?:step|stage|round)\s+(?:is|will\s+be|'s|’s)"
    r"\s+(?:called\s+)?[\"“']([^\"”']{3,40})[\"”']"
)


_MEET = re.compile(
    r"(?i)meet(?:ing)?\s+(?:with\s+)?((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)$"
)


def quoted_steps(o: Outline, rounds: list[Round], claimed: set[int]) -> list[Round]:
    """The steps a sentence names in quotes, when no round found so far has their words."""
    have = [_telling(r.title) for r in rounds]
    out = []
    for k, it in enumerate(o.items[:2000]):
        if o.cls[k] in NOT_ROUNDS or "step" not in it.text.lower():  # in a told call too
            continue
        for m in _NAMED_STEP.finditer(it.text):
            title, words = m.group(1).strip(), _telling(m.group(1))
            if words and not any(words & seen for seen in have):
                who = _MEET.match(title)
                out.append(Round(title, it, (it.line, m.start()), title, who=who and who[1]))
                have.append(words)
    return out


def back_references(o: Outline, rounds: list[Round], claimed: set[int]) -> list[Round]:
    """Give each prep block that names one round its lines (see the module's docstring);
    return the steps named only in quotes (quoted_steps), found first."""
    rounds = rounds + (named := quoted_steps(o, rounds, claimed))
    listed = [(r, _telling(r.source.text)) for r in rounds if r.heading_sec is None]
    if len(listed) < 2:
        return named
    for k, it in enumerate(o.items):
        if (
            it.kind != "paragraph"
            or it.depth
            or k in claimed
            or o.cls[k] in NOT_ROUNDS
            or len(outside_brackets(it.text).split()) > _MOST_WORDS
            or it.text.rstrip().endswith((".", "?", "!"))
            or not has_children(o, k)
        ):
            continue
        words = _telling(it.text)
        scores = sorted(
            ((len(words & seen), n) for n, (_, seen) in enumerate(listed)), reverse=True
        )
        (best, n), runner_up = scores[0], scores[1][0]
        if best < 2 or best == runner_up or any(it.line == r.source.line for r, _ in listed):
            continue
        block = [k]
        for j in range(k + 1, len(o.items)):
            if o.items[j].kind not in LIST_KINDS or j in claimed or o.secs[j] != o.secs[k]:
                break
            block.append(j)
        listed[n][0].focus.extend(o.items[j] for j in block)
        claimed.update(block)
    return named
