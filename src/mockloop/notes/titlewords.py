"""The words of a round's title that tell it apart from another: not its round word
("interview", "entretien"), how long it lasts or when ("A 45-minute interview (3.00pm)"), and
the numbers that tell rounds of one kind apart ("Coding 2"). mockloop.notes.merge compares
rounds by them."""

from __future__ import annotations

import re
from functools import lru_cache

from .found import Round
from .parser import Item
from .schedule import short_label, step_name
from .vocab import folded, gloss, outside_brackets, split_title

_DURATION = re.compile(
    r"(?i)(?<!\s)\s*\(\s*~?\d+\s*(-\s*\d+\s*)?(min|mins|minutes|h|hr|hrs|hours)\s*\)"
)

_NUMBER = re.compile(r"\d+")
# a lettered step: "Part A", "Online test B", "Panel C"
_LETTER = re.compile(
    r"\b(?i:test|part|panel|round|case|session|room|group|stage|block|exercise|task)\s+([A-F])\b"
)
# "Practical test I", "Fachgespräch II", "Case III": a Roman numeral after the round's noun
_ROMAN = re.compile(
    r"\b(?i:test|part|panel|round|case|session|exercise|task|interview|gespr[äa]ch|entretien"
    r"|conversation|stage|day)\s+(I{1,3}|IV|VI{0,3})\b(?!['’])"
)
_ROMAN_VALUE = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7"}
_TITLE_NOISE = frozenset(
    [
        "round",
        "interview",
        "call",
        "chat",
        "screen",
        "session",
        "the",
        "a",
        "an",
        "and",
        "with",
        "w",
        "of",
        "on",
        "onsite",
        "virtual",
        "conversation",
        "convo",
        "notes",
        "prep",
        *("entrevista", "entretien", "gesprach", "con", "el", "la", "los", "las", "de", "del"),
        *("fachgesprach", "gesprek", "colloquio", "intervista", "mensetsu", "myeonjeop"),
        *("y", "avec", "le", "les", "des", "du", "et", "mit", "dem", "der", "die", "das", "und"),
        *("o", "os", "as", "com", "do", "da", "dos", "das", "em", "no", "na", "al", "lo"),
    ]
)


def title_words(r: Round) -> frozenset[str]:
    """The words of a round's title; for a bare step label ("Round 2" on "Round 2 — Clinical
    interview (Mike Serrano)"), the words of the name after it."""
    if (named := step_name(r.title, r.text)) and (found := words_of_title(named)):
        return found
    return words_of_title(r.title)


# "A 45-minute interview (3.00pm)": how long and when, not what
_HOW_LONG = re.compile(r"\d+(?:[ap]m|h|hrs?|mins?)|minutes?|mins?|hours?|[ap]m")
# a bracket that only says when: "(quinta 16/10, 9h)", "(3.00pm)" - no two words in a row
# ("(take 2)" tells rounds apart; "(onsite 3/25, 12:45, Wei Zhang)" says who)
_WHEN_ASIDE = re.compile(
    r"(?i)\((?![^()]{0,60}?[a-z]+\s+[a-z])[^()]{0,60}?(?:\d{1,2}[/.:h]\d|\d\s*(?:h|am|pm|min)\b"
    r"|\b(?:mon|tues?|wed|thur?s?|fri|sat|sun)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\b(?:segunda|ter[çc]a|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|lunes"
    r"|martes|mi[ée]rcoles|jueves|viernes)\b)[^()]{0,60}\)"
)
_CLOCK = re.compile(r"(?i)\b\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\b)?|\b\d+[- ]?(?=min|hour|hr)")


def when_said(title: str) -> frozenset[str]:
    """The days, dates and hours the title's brackets name ("(Tue 10am)" → {"tue", "10h"},
    "(Mon 3/2)" → {"mon", "3/2"}); how long it lasts says nothing here."""
    said = " ".join(m.group(0).lower() for m in _WHEN_ASIDE.finditer(title))
    days = {d[:3] if d[:1].isalpha() else d for d in _DAY_OR_DATE.findall(said)}
    # "(10:00)" and "(11:00)", "(10am)" and "(2pm)": two slots of one day
    hours = {
        f"{int(h) + 12 * ('p' in (a + b) and int(h) < 12)}h" for h, a, b in _HOUR.findall(said)
    }
    return frozenset(days | hours)


_HOUR = re.compile(r"\b(\d{1,2})(?:(?:[:.]\d\d|h(?:\d\d)?\b)\s*(?:([ap])\.?m\b)?|\s*([ap])\.?m\b)")


_DAY_OR_DATE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|seg|ter|qua|qui|sex|lun|mar|mer|jeu|ven|jue|vie)[a-zçáéíóú]*"
    r"|\b\d{1,2}/\d{1,2}\b"
)


@lru_cache(maxsize=1 << 14)
def words_of_title(title: str) -> frozenset[str]:
    head = split_title(title)[0]
    if short_label(head):  # "LP 1 - hiring/dev": the words after the dash count too
        head = title
    head = _CLOCK.sub(" ", _WHEN_ASIDE.sub(" ", head))  # "A 45-minute interview (3.00pm)"
    words = _ANY_WORD.findall(folded(gloss(head)).lower())  # in any script: "ראיון ראשון"
    words += [w for short in words for w in _SPELLED.get(short, ())]  # "GM interview"
    return frozenset(w for w in words if w not in _TITLE_NOISE and not _HOW_LONG.fullmatch(w))


# a title's abbreviation spelled out, so that "GM interview" shares words with "Interview with
# our General Manager"
_SPELLED = {
    "gm": ("general", "manager"), "md": ("managing", "director"),
    "ceo": ("chief", "executive", "officer"), "cto": ("chief", "technology", "officer"),
    "cfo": ("chief", "financial", "officer"), "coo": ("chief", "operating", "officer"),
    "cpo": ("chief", "product", "officer"),
}  # fmt: skip


_ANY_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 14)
def numbers(title: str) -> frozenset[str]:
    """The numbers that tell rounds apart: "Coding 2" → {"2"}; "2x core values" → none."""
    title = _DATE.sub(" ", title)  # "1e gesprek (29/4)" is the first, whatever its date
    if (outside := outside_brackets(title)) != title and (inside := numbers(outside)):
        return inside  # "Tech 2 (only if Tech 1 cleared)" is tech 2
    title = _OF_TOTAL.sub("", _WHEN_IN_BRACKET.sub(" ", title))  # "Stage 1 of 4" is stage 1
    found = _NUMBER.findall(_TIMES.sub("", _DURATION.sub("", title)))
    roman = [_ROMAN_VALUE.get(r, r) for r in _ROMAN.findall(title)]  # "Test II" is test 2
    return frozenset(found + _LETTER.findall(title) + roman)  # "Online test A" is not "… test B"


# "(45 min presentation + 15 min Q&A)", "(9:15)": how long or when, not which round
_WHEN_IN_BRACKET = re.compile(
    r"(?i)\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\b\d+\s*(?:min|mins|minutes|h|hrs?|hours?)\b"
    r"|\b\d{1,2}\s*[ap]\.?m\b"
)
_MONTHS = (  # whole words: not "general", "mainly", "setup"
    r"(?:jan(?:uary)?|feb(?:ruary)?|f[eé]v(?:rier)?|mar(?:ch|s|zo)?|m[aä]rz|apr(?:il)?|abr(?:il)?"
    r"|avr(?:il)?|may|mai|mei|mayo|maio|jun[eio]?|juin|junho|jul[yi]?|julio|juillet|julho|aug"
    r"|august(?:us)?|ago(?:sto)?|ao[uû]t|sep(?:t|tember|tiembre|tembre)?|set(?:embro)?|oct(?:ober"
    r"|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|nov(?:ember|embre|embro)?|dec(?:ember)?|d[ée]c"
    r"|d[ée]cembre|dez(?:ember|embro)?|dic(?:iembre|embre)?|ene(?:ro)?|gen(?:naio)?|april|maart"
    r"|juni|juli|oktober)\b\.?"
)
_DATE = re.compile(  # "29 april 10.00", "Mar 3"; not "1 may include"
    rf"(?i)\b\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?!\s+[a-z])|\b{_MONTHS}\s+\d{{1,2}}\b"
)
_OF_TOTAL = re.compile(r"(?i)\s(?:of|de|von|van|/|z)\s*\d{1,2}\b")
_TIMES = re.compile(r"(?i)\b\d+\s*x\b|\(\s*+\d+\s*+[–-]?\s*+\d*\s*+m(?:in)?s?\s*+\)")


_STEP = re.compile(
    r"(?i)^\W*(?:round|stage|step|phase|etapa|[ée]tape|fase|runde|ronda|rodada|etap|interview)"
    r"\s*#?\s*(\d{1,2})(?:\s*[+&]\s*(\d{1,2}))?(?!\s*(?:of|de|von|/|:)\s*\d)\b"
)


def step_of(title: str) -> tuple[str, frozenset[str]] | None:
    """ "Round 3+4 - Design & Debug" → ("round", {"3", "4"}); None for a title with no step."""
    if (m := _STEP.match(title)) is None:
        return None
    return m[0].split()[0].lower().lstrip("#*-•( "), frozenset(n for n in m.groups() if n)


_ORDINAL = {"1st": "1", "first": "1", "2nd": "2", "second": "2", "3rd": "3", "third": "3",
            "final": "9", "last": "9"}  # fmt: skip


def ordinals(title: str) -> frozenset[str]:
    return frozenset(_ORDINAL[w] for w in re.findall(r"[a-z0-9]+", title.lower()) if w in _ORDINAL)


def number_listed(items: list[Item], rounds: list[Round]) -> None:
    """Give a round met as an item of a numbered list ("1. Screening", "5. GM interview") its
    number in that list as its step, so that "## 5 · Interview with our General Manager" below
    joins it (merge._numbered_row). The number counts the list's items at that depth, its
    sub-points aside."""
    at = {id(it): k for k, it in enumerate(items)}
    for r in rounds:
        k, source = at.get(id(r.source)), r.source
        if r.step or k is None or not isinstance(source, Item) or source.kind != "ordered":
            continue
        if numbers(r.title):
            continue  # "3. Culture fit #1" is culture fit 1
        depth, n = source.depth, 1
        for it in reversed(items[:k]):
            if it.depth > depth:
                continue  # a sub-point of an earlier item
            if it.depth < depth or it.kind != "ordered":
                break
            n += 1
        r.step = str(n)
