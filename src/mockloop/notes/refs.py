"""Steps told twice by their letter or number: an overview list ("(a) Short video call with
Jia Hui Ong from their Talent team", "(c) Interview with Daniel Koh, General Counsel APAC"),
then the candidate's notes on each step by its label ("(a) Jia Hui, 13 Oct – done", "(c) Daniel
Koh (GC APAC) – 22 Oct, 4pm" over the lines about it). The later line is the round, named by
the overview."""

from __future__ import annotations

import re

from .breaks import is_break
from .found import Round
from .outline import Outline
from .parser import LIST_KINDS
from .vocab import ROUNDISH, has, round_types, split_title, tokens

__all__ = ["ref_rounds"]

_REF = re.compile(r"^\(([a-h]|[1-9])\)\s+(\S.*)$")


def ref_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """Rounds whose notes name them only by the label of an earlier overview entry."""
    first: dict[str, str] = {}
    out: list[Round] = []
    for k, it in enumerate(o.items):
        if (m := _REF.match(it.text)) is None:
            continue
        label, said = m.group(1).lower(), m.group(2)
        if label not in first:
            first[label] = said
            continue
        named = first[label]
        if (
            k in claimed
            or is_break(named)
            or not (has(tokens(named), ROUNDISH) or round_types(named))
        ):
            continue
        body = _under(o, k)
        title = split_title(named)[0]
        out.append(Round(title, it, (it.line, 0), named, focus=[o.items[j] for j in body]))
        claimed.update([k, *body])
    return out


def _under(o: Outline, k: int) -> list[int]:
    """The bullets right under line ``k``, one line after another."""
    out = []
    for j in range(k + 1, len(o.items)):
        if o.items[j].kind not in LIST_KINDS or o.items[j].line != o.items[j - 1].line + 1:
            break
        out.append(j)
    return out
