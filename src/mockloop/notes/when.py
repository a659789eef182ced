"""Whether a line says when something happens: a date, a weekday with a number, a clock
time, "done", "last Thurs", "on the 24th"; the words that make it a plan instead; and the
rest of a line that opens on a time (timed: a schedule's slot)."""

from __future__ import annotations

import re

__all__ = ["H_TIME", "MILITARY_ONE", "PREP", "says_when", "timed"]

# a date, a weekday with a number, a clock time, "done", a weekday named relative to now
_WHEN = re.compile(
    r"(?i)\b\d{1,2}/\d{1,2}\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?\s+\d"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bdone\b|✅|\b(?:[01]?\d|2[0-3]):[0-5]\d\b"
    r"|\b(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\b(?!\.?\d)"  # "tors 05.03 kl 09:00"
    r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?!\s*(?:min|h\b))"
    r"|\(\d{1,2}[-.]\d{1,2}\b(?!\s*(?:min|h\b|hrs?|hours?|rounds?|interviews?|weeks?|wks?|days?"
    r"|people|x\b|calls?))"  # "(29-01, on site)"
    r"|\b(?:last|this|next|on)\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b"
    r"|\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|\b(?:yesterday|today|tomorrow)\b"  # "on the 24th"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|january|feb|february|mar|march|apr|april"
    r"|june?|july?|aug|august|sept?|september|oct|october|nov|november|dec|december)\b"
    # other languages: "qui 13 fev", "sáb 15", "wo 19 mrt", "13 de febrero", "10h", ", 16h till",
    # Flemish ", 17u45"
    r"|\b(?:seg|ter|qua|qui|sáb|sab|lun|mié|mie|jue|vie|mer|jeu|ven|pon|wt|śr|czw|sob|ndz|mån"
    r"|tis|ons|fre|lör|sön)\.?\s+\d{1,2}\b(?![:.,]?\d|\s*(?:h\b|hrs?|hours?|min|x\b|of\b|out\b))"
    r"|\b(?:wo|vr|za|zo|ma|di|do)\.?\s+\d{1,2}\s+(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)"
    r"|\b\d{1,2}\.?\s+(?:de\s+)?(?:fev|fevereiro|março|marzo|abr|abril|mai|maio|mayo|mei|maj|junho|junio"
    r"|julho|julio|ago|agosto|setembro|septiembre|outubro|octubre|novembro|noviembre|dez"
    r"|dezembro|dic|diciembre|ene|enero|febrero|mär|märz|mrz|okt|mrt|giu|lug|ott|sty"
    r"|lut|kwi|cze|lip|wrz|paź|gru|maart|mars|märz|lis|sie|(?:out|set)(?!\s+of\b))\b"
    r"|(?:^|[,;(]\s*|\b(?:às|as|a\s+las|um|à|at|alle|om|o|kl)\s+)(?:0?[7-9]|1\d|2[01])[hu](?:[0-5]\d)?\b"
    r"(?!\s+(?:of|shifts?|days?|weeks?|work))"
)


def says_when(text: str) -> bool:
    """A date, a weekday with a number, a clock time or "done", and no word of preparation
    ("Week of 5/20: technical prep" is a plan, not a meeting)."""
    # (a word of preparation counts near the start: "Week of 5/20: technical prep", not "she
    # asked why I'm leaving private practice" at the end of a long line)
    return bool(_HINT.search(text) and _WHEN.search(text)) and not PREP.search(text[:80])


# every way _WHEN matches holds one of these: a cheap first look on the many lines that hold none
_HINT = re.compile(r"(?i)\d|done|✅|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|yesterday")


PREP = re.compile(
    r"(?i)\b(?:prep|preparation|practi[cs]e|plan|planning|study|studying|research|reading|todo"
    r"|to-do|ideas|questions|stories|story|week\s+of|schedule|timeline|agenda|mock|grind)\b"
)


# "10h00 – Entrevista com a Diretora", "9h30-10h15 entretien RH", "14h – panel"
H_TIME = re.compile(
    r"^(?:[01]?\d|2[0-3])h(?:[0-5]\d|(?=[ \t]*[-–—|:]))(?:[ \t]*[-–—à][ \t]*(?:[01]?\d|2[0-3])h(?:[0-5]\d)?)?"
    r"[ \t]*[-–—:|]?[ \t]+(?=\S)"
)
# one 24-hour time set off by a wide gap, as a pasted itinerary writes it (a year would be
# followed by a single space: "2019 joined …")
MILITARY_ONE = re.compile(
    r"^(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]{2,}|\t)(?=[^\W\d])"
)  # not "0800  123 4567"


# a schedule line: "10:00–10:45  Coding — Ana, SWE", "[10:00–10:45 PT] — …", "9.30 …", "0930 …"
_TIMED = re.compile(
    r"^(?:\[\d{1,2}\]|\(\d{1,2}\))?[ \t]*(?:\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*"
    r"(?:[-–—]|to)[ \t]*)?\d{1,2}:\d\d[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]*(?-i:[A-Z]{1,3}T|UTC|GMT|IST))?[ \t]*[-–—:|]?[ \t]+",
    re.IGNORECASE,
)


def timed(text: str) -> str | None:
    """The rest of a schedule line ("10:00–10:45  Coding — Ana, SWE" → "Coding — Ana, SWE",
    "09:00 Uhr  schriftlicher Test" → "schriftlicher Test"); None for any other line."""
    rest = _timed(text)
    return _UHR.sub("", rest) if rest else rest


_UHR = re.compile(r"(?i)^(?:uhr|heures?|hrs|horas?)\b\s*")


def _timed(text: str) -> str | None:
    """timed's reading before its unit word. A character test first: most lines hold no "d:dd"."""
    if (at := _AT_HOUR.match(text)) is not None:
        text = text[at.end() :]  # "ore 9:30 – colloquio tecnico", "um 10:00 Fachgespräch"
    elif text[:1] in _DAY_FIRST and (day := _ALL_DAY.match(text)):
        return text[day.end() :]  # a calendar's "All day        Take-home — due Thu"
    if not (text[:1].isdigit() or text[:1] in "[("):
        return None
    if (h := H_TIME.match(text) or _AM_PM.match(text)) is not None:
        return text[h.end() :]  # "10h00 – Entrevista com a Diretora", "10am - sit down w/ Gord"
    if ":" not in text[:20]:  # "0800–0900  Technical interview": a 24-hour range
        if dot := _DOT_TIME.match(text):  # "9.30 teach yr 10 class", "11.00 interview - …"
            return text[dot.end() :]
        m = _MILITARY.match(text)
        if m is None and (one := MILITARY_ONE.match(text)):
            return text[one.end() :]  # "0930  Computer-based aptitude assessment"
        return text[m.end() :] if m and _slot_minutes(m) else None
    m = _TIMED.match(text)
    if not m or _CLOCK_ONLY.match(text[m.end() :]):  # "9:12 PM": a time stamp, nothing more
        return None
    rest = text[m.end() :]  # "[10:00–10:45 PT] — Interview …": the same slot in another zone
    return rest[z.end() :] if (z := _ZONED.match(rest)) and z.end() < len(rest) else rest


def _slot_minutes(m: re.Match[str]) -> bool:
    """ "0915–1045" lasts 90 minutes; "2019-2023", a span of years, would last 4."""
    start, end = (int(g[:2]) * 60 + int(g[2:]) for g in (m.group(1), m.group(2)))
    return 15 <= end - start <= 240


_AT_HOUR = re.compile(r"(?i)^(?:ore|alle|um|às|a\s+las|à|kl\.?|klo|godz\.?|om)\s+(?=\d)")
_AM_PM = re.compile(
    r"(?i)^(?:1[0-2]|0?[1-9])\s?[ap]\.?m\.?[ \t]*(?:[-–—:|]+[ \t]*|[ \t]{2,})(?=[A-Za-z])"
)
_ALL_DAY = re.compile(  # the slot of an all-day event, set off by a wide gap
    r"(?i)^(?:all[ -]day|dia inteiro|todo el d[ií]a|ganzt[äa]gig|toute la journ[ée]e|tutto il giorno"
    r"|hele dag(?:en)?|heldags|hela dagen|cały dzień|koko päivän?|終日|하루 종일)(?:[ \t]{2,}|\t)(?=\S)"
)
_DAY_FIRST = frozenset("AaDdTtGgHhCcKk終하")
_DOT_TIME = re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]+(?=[A-Za-z])")
_MILITARY = re.compile(
    r"^((?:[01]\d|2[0-3])[0-5]\d)[ \t]*[-–—][ \t]*((?:[01]\d|2[0-3])[0-5]\d)[ \t]+(?=\S)"
)
_ZONED = re.compile(r"^[\[(][^\])]{0,30}\d:\d\d[^\])]{0,30}[\])][ \t]*(?:[-–—:|][ \t]*)?")
_CLOCK_ONLY = re.compile(r"(?i)^[ap]\.?m\.?(?:[ \t]+[A-Z]{1,3}T)?[ \t]*$")
