"""Text normalisation shared by every step: one tokenizer, one stemmer, one quote folder.

The notes parser, the agenda, the interviewers, the offline scorer and the report all compare
words or find quotes; they do it the same way, from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# ---------------------------------------------------------------- punctuation

# Typographic quotes, primes and dashes folded to ASCII, one character for one, so offsets found
# in folded text are offsets in the original.
FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2032": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
# What may surround a quote without being part of it.
QUOTE_EDGE = " \t\n\"'.,;:!?\u2026-"


def fold(text: str) -> str:
    """Curly quotes, primes and dashes as ASCII; same length as ``text``."""
    return text.translate(FOLD)


def normalise_quote(text: str) -> str:
    """Folded, lower-cased, whitespace collapsed (non-breaking spaces too): how a quote is compared."""
    return re.sub(r"\s+", " ", fold(text).replace("\u00a0", " ")).strip().lower()


# ---------------------------------------------------------------- words

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
STOP = frozenset(
    re.findall(
        r"\S+",
        """
    a about after all also am an and any are as at be been being both but by can could did do does
    doing don each etc every for from get got had has have how i i'd i'll i'm i've if in into is it
    it's its just like lot me more most much my not of on once one only or other our out over own
    per r rather really so some such than that the their them then there these they this those
    through to too u up ur us very w was way we we'd were what when where which while who why will
    with would you your thing things well""",
    )
)
_SUFFIXES = (
    "izations",
    "ization",
    "izing",
    "ized",
    "izes",
    "ize",
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
    "e",
)


def words(text: str) -> list[str]:
    """Word tokens as written (hyphens and apostrophes kept inside a word)."""
    return WORD.findall(text)


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """Crude stemming, British spellings folded to American: 'prioritise' meets 'prioritization',
    'customers' meets 'customer', 'onboarding' meets 'onboard'."""
    w = re.sub(r"'s?$", "", word.lower().strip("'-"))
    w = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", w)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def content_words(text: str) -> set[str]:
    """Stemmed words minus stop words; hyphenated terms also count by their parts ('trade-off')."""
    parts = (p for raw in words(text.lower()) for p in {raw, *raw.split("-")})
    return {stem(p) for p in parts if len(p) > 1 and p not in STOP}


# ---------------------------------------------------------------- terminal safety

# Escape sequences and control characters that text from a model, the notes or a stored answer
# must never send to a terminal: OSC (window title, OSC 8 links, OSC 52 clipboard writes), DCS,
# APC/PM/SOS strings, CSI commands (clear screen, cursor moves), lone ESC codes, and C0/C1
# controls other than tab and newline.
_UNSAFE = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"
    r"|\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def printable(text: str) -> str:
    """``text`` safe to show on a terminal: escape sequences and control characters removed."""
    return _UNSAFE.sub("", text) if text else text


def map_strings(fn: Callable[[str], str], value: object) -> object:
    """``fn`` applied to every string inside lists, tuples and dict values (a model's dump)."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [map_strings(fn, v) for v in value]
    if isinstance(value, tuple):
        return tuple(map_strings(fn, v) for v in value)
    if isinstance(value, dict):
        return {k: map_strings(fn, v) for k, v in value.items()}
    return value


def printable_data(value: object) -> object:
    """``printable`` applied to every string inside lists, dicts and tuples."""
    return map_strings(printable, value)
