"""A list pasted from Word or a Google Doc as plain text: every item flush left, its marker
then a tab ("▪\tLetter from …", "◦\tInterview day …", "a.\tClinical scenarios", "ii.\tObserved
by Kirsty"). Only the marker tells the level: each kind of marker sits one level below the kinds
met before it, as the word processor numbered them (bullet, sub-bullet, a., i.)."""

from __future__ import annotations

import re

__all__ = ["DOCS_LEVEL", "google_doc", "lettered", "list_levels", "marker_kind"]

_ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]$")
_TABBED = re.compile(r"^([-*+•▸▹►▶‣◦●○■▪–—→]|\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)])\t")
_INDENTED = re.compile(r"^[ \t]+(?:[-*+•▸▹►▶‣◦●○■▪–—→]|\d{1,2}[.)]|[a-z]{1,4}[.)])[ \t]")

DOCS_LEVEL = {"○": 4, "◦": 4, "■": 8, "▪": 8}  # a pasted Google Doc's flush-left levels ● ○ ■


def google_doc(lines: list[str]) -> bool:
    """The lines are a Google Doc's list pasted as text: its first level is drawn "● "."""
    return any(line.startswith("● ") for line in lines)


def lettered(text: str) -> bool:
    """ "A. Screening call", "b) coding": a lettered list item, as word processors write them;
    "ii.\tObserved by Kirsty" (Word's third level)."""
    letter = text[:1].isalpha() and text[1:2] in (".", ")") and text[2:3] in (" ", "\t")
    return letter or roman_item(text)


def list_levels(lines: list[str]) -> dict[str, int]:
    """The column each kind of marker stands for when the notes' lists are flush left: a pasted
    Google Doc's "● ○ ■", or a Word export's tabbed markers; {} for lists that indent."""
    if google_doc(lines):
        return DOCS_LEVEL
    return {kind: 4 * level for kind, level in tab_levels(lines).items()}


def roman_item(text: str) -> bool:
    """ "ii.\tObserved by Kirsty": a lower-case roman numeral, then a tab."""
    head, tab, _ = text.partition("\t")
    return bool(tab) and len(head) > 2 and _ROMAN.match(head) is not None


def marker_kind(marker: str) -> str:
    """ "•", "◦" (each glyph its own), "1" (numbers), "a" (letters) or "i" (roman numerals)."""
    if marker[:1].isdigit():
        return "1"
    if _ROMAN.match(marker):  # "i." and "v." too: a list of letters seldom runs that far
        return "i"
    return "a" if marker[:1].isalpha() else marker


def tab_levels(lines: list[str]) -> dict[str, int]:
    """Each marker kind's level in a tabbed, flush-left list; {} when the notes indent their
    lists or hold no such list."""
    markers = [m.group(1) for line in lines if (m := _TABBED.match(line))]
    if len(markers) < 3 or any(_INDENTED.match(line) for line in lines):
        return {}
    levels: dict[str, int] = {}
    for marker in markers:
        levels.setdefault(marker_kind(marker), len(levels))
    return levels if len(levels) >= 2 else {}
