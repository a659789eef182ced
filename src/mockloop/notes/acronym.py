"""A company the notes mostly call by its initials ("PVD", "Warum ESR?") is named in full
where the notes spell it out once ("he works at Pohjavesi Data", "# Bewerbung Elbsand Robotics
GmbH"): the full name, with its legal form, is the company. The initials may take more than
one letter from a word, as people shorten compound names ("Elb-Sand Robotics": ESR)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["spelled_out"]

_INITIALS = re.compile(r"^[A-Z]{3,5}$")  # not "EY": two capitals are as often a person
_FORMS = (
    r"GmbH|AG|AS|ASA|AB|A/S|ApS|Oy|Oyj|SA|SAS|SL|Ltd\.?|Limited|LLC|Inc\.?|Corp\.?|plc|PLC|BV|NV"
    r"|Srl|KK|A\.Ş\.|S\.A\.|B\.V\.|N\.V\.|S\.p\.A\."
)
_LEGAL = rf"(?:\s+(?:{_FORMS})(?!\w))?"
_FORM = re.compile(rf"(?:{_FORMS})")
_RUN = re.compile(
    rf"\b[A-Z][\w'’&-]*[a-z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*[a-z][\w'’&-]*){{1,3}}{_LEGAL}"
)


def spelled_out(company: str | None, texts: Iterable[str]) -> str | None:
    """``company`` in full when it is three to five capitals that abbreviate a run of two to
    four capitalised words in the notes (the first such run); else ``company`` as it is."""
    if not company or not _INITIALS.match(company):
        return company
    for text in texts:
        if company[0] not in text:
            continue
        for m in _RUN.finditer(text):
            words = m.group(0).split()
            for start in range(len(words) - 1):
                if _abbreviates(company, words[start:]):
                    return " ".join(words[start:])
    return company


def _abbreviates(initials: str, words: list[str]) -> bool:
    """Each word gives the next one or more letters of ``initials``: its own first letter,
    then letters found in it in order; a legal form at the end gives none."""
    names = [w for w in words if not _FORM.fullmatch(w)]
    names = names if len(names) >= 2 else []
    return bool(names) and _split(initials.lower(), [n.lower() for n in names])


def _split(rest: str, words: list[str]) -> bool:
    if not words:
        return not rest
    word = words[0]
    if not rest or rest[0] != word[0]:
        return False
    for n in range(1, len(rest) - len(words) + 2):  # this word gives rest[:n]
        if _within(rest[1:n], word[1:]) and _split(rest[n:], words[1:]):
            return True
    return False


def _within(letters: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in letters)
