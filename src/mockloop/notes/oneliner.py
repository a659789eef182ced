"""Rounds named together on one line ("onsite = coding, system design, HM"; "screen -> HM ->
onsite"), one round per part, and the later lines that fill each of them in ("technical - w
eng lead, ERP sync")."""

from __future__ import annotations

import re

from .found import Line, Quote, Round
from .outline import NOT_ROUNDS, Outline
from .parser import LIST_KINDS
from .shapes import oneliner_parts
from .vocab import ROUNDISH, has, outside_brackets, split_title

__all__ = ["attach_details", "heading_parts", "oneliner_rounds"]

_LABEL = re.compile(r"\s+[-–—=]\s+|:\s")


def oneliner_rounds(
    o: Outline, markers: list[str | None], marked: list[int], claimed: set[int]
) -> list[Round]:
    """A round for each part of every line marked "oneliner" that nothing has claimed."""
    out: list[Round] = []
    seen: dict[str, Round] = {}
    for k in marked:
        if k in claimed or markers[k] != "oneliner":
            continue
        it = o.items[k]
        claimed.add(k)
        parts = oneliner_parts(it.text)
        if parts and (r := seen.get(_key(parts[0]))) is not None:
            _detail(r, it)  # "portfolio presentation -> 29 May (panel …) -> …": its details
            continue
        rounds = [
            Round(p, it, (it.line, n), p, focus=[Line(p, it.line)], oneliner=True)
            for n, p in enumerate(parts)
        ]
        seen.update((_key(r.title), r) for r in rounds)
        out += rounds
    return out


def _key(title: str) -> str:
    """A one-liner's title as a later line repeats it: "HM intro (Lukas, 45m)" → "hm intro"."""
    return outside_brackets(title).strip().lower()


def _detail(r: Round, it: Quote) -> None:
    if r.focus and r.focus[0].line == r.source.line:
        r.focus = []  # the placeholder goes: the detail line says more
    r.focus.append(it)


def attach_details(o: Outline, rounds: list[Round], claimed: set[int]) -> None:
    """Lines like "technical - w eng lead, ERP sync" fill in a one-liner round's focus."""
    by_title = {r.title.lower(): r for r in rounds if r.oneliner}
    if not by_title:
        return
    titles = tuple(by_title)
    # a label equal to a title starts the lower-cased line: a C-speed first look for each line
    for k in [
        k
        for k, (it, cls) in enumerate(zip(o.items, o.cls, strict=True))
        if it.kind != "heading"
        and cls not in NOT_ROUNDS
        and it.text.lower().lstrip().startswith(titles)
    ]:
        it = o.items[k]
        if k in claimed:
            continue
        label = _LABEL.split(it.text, maxsplit=1)[0].strip().lower()
        r = by_title.get(label)
        if r and label != it.text.lower():
            _detail(r, it)
            claimed.add(k)


_MINUTES = re.compile(r"(?i)\b\d{1,3}\s*(?:min|mins|minutes|h|hr|hrs)\b")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_JOIN = re.compile(r"\s+(?:\+|&|and|et|und|y|e)\s+", re.IGNORECASE)


def heading_parts(o: Outline, k: int, title: str, claimed: set[int]) -> list[Round]:
    """ "### 4. Take-home presentation + team interview" over "a) Take-home presentation (45
    min) …" and "b) Team interview …": two rounds, one per list item that opens on a part of
    the title; [] when the title is one round."""
    parts = [p.strip().lower() for p in _JOIN.split(title) if p.strip()]
    if len(parts) < 2:
        return []
    items = o.below(k)  # the whole subtree: a "two parts:" label may sit between
    heads = []
    for part in parts:
        found = next(
            (
                j
                for j in items
                if o.items[j].kind in LIST_KINDS
                and not o.items[j].depth
                and o.items[j].text.lower().startswith(part)
                and (has(o.toks(j), ROUNDISH) or _MINUTES.search(o.items[j].text))
            ),
            None,
        )
        if found is None:
            return []
        heads.append(found)
    out = []
    for n, j in enumerate(heads):
        below = [i for i in items if i > j and (n + 1 == len(heads) or i < heads[n + 1])]
        focus: list[Quote] = [o.items[i] for i in below if o.items[i].depth]
        text = o.items[j].text
        name = _BRACKETS.sub("", split_title(text)[0]).strip() or text
        out.append(Round(name, o.items[j], (o.items[j].line, 0), text, focus))
        claimed.update([j, *(i for i in below if o.items[i].depth)])
    claimed.add(k)
    return out
