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
from .names import word_set
from .outline import NOT_ROUNDS, Outline
from .parser import LIST_KINDS
from .vocab import outside_brackets

_WORD = re.compile(r"[^\W\d_]{3,}")
# words that tell nothing about which round: a round word, a pronoun, a filler
_PLAIN = word_set(
    """the and with for her his him she they them their our you your get got through then after
    before round interview call chat meeting session prep notes if that this what when who goes
    well done maybe about from into also just"""
)
_MOST_WORDS = 6  # "store walk (if I get through)": a label, not a sentence


def _telling(text: str) -> set[str]:
    words = (_DAYS.get(w[:3], w) if w[:3] in _DAYS else w for w in _WORD.findall(text.lower()))
    return {w for w in words if w not in _PLAIN}


# "Tue Oct 14" in the mail and "tuesday (Hannah)" over the prep: one day
_DAYS = {
    d[:3]: d for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}


# "the next step is "Meet Wanjiru", who would be my manager": a step the recruiter named
_NAMED_STEP = re.compile(
    r"(?i)\b(?:next|first|second|third|final|last)\s+(?:step|stage|round)\s+(?:is|will\s+be|'s|’s)"
    r"\s+(?:called\s+)?[\"“']([^\"”']{3,40})[\"”']"
)


_MEET = re.compile(
    r"(?i)meet(?:ing)?\s+(?:with\s+)?((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)$"
)


def quoted_steps(o: Outline, rounds: list[Round]) -> list[Round]:
    """The steps a sentence names in quotes, by a name ("Meet Wanjiru", not "to be confirmed"),
    when no round found so far has their words."""
    have = [_telling(r.title) for r in rounds]
    out = []
    for k, it in enumerate(o.items[:2000]):
        if o.cls[k] in NOT_ROUNDS or "step" not in it.text.lower():  # in a told call too
            continue
        for m in _NAMED_STEP.finditer(it.text):
            title, words = m.group(1).strip(), _telling(m.group(1))
            if title[:1].isupper() and words and not any(words & seen for seen in have):
                who = _MEET.match(title)
                out.append(Round(title, it, (it.line, m.start()), title, who=who and who[1]))
                have.append(words)
    return out


def back_references(o: Outline, rounds: list[Round], claimed: set[int]) -> None:
    """Give each prep block that names one round its lines (see the module's docstring), and
    fold into it a round read off the block's own first bullet ("- HM call. expect: …" under
    "tuesday (Hannah)"). First add the steps named only in quotes (quoted_steps). ``rounds``
    changes in place."""
    rounds += quoted_steps(o, rounds)
    listed = [(r, _telling(_own_lines(r))) for r in rounds if r.heading_sec is None]
    if len(listed) < 2:
        return
    starts = {r.source.line: r for r in rounds}
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
        if best < 2 or best == runner_up or it.line in starts:
            continue
        owner, block = listed[n][0], [k]
        for j in range(k + 1, len(o.items)):
            if o.items[j].kind not in LIST_KINDS or o.secs[j] != o.secs[k]:
                break
            inner = starts.get(o.items[j].line)
            if j in claimed and not (inner and j == k + 1 and inner is not owner):
                break
            if inner is not None and inner is not owner and inner in rounds:
                rounds.remove(inner)  # the block's first bullet read as a round of its own
            block.append(j)
        owner.focus.extend(o.items[j] for j in block)
        claimed.update(block)


def _own_lines(r: Round) -> str:
    """The round's line and the line it wraps onto ("… (she is" / "the hiring manager), Tue …")."""
    line, at = r.source.text[:400], r.source.line  # (a round of a 50 KB line: its start)
    if at is None or line.count("(") <= line.count(")"):
        return line  # a whole line: what follows is its prep, not its own words
    return f"{line} {next((n.text for n in r.focus if n.line == at + 1), '')}"
