"""Whether a line says when something happens: a date, a weekday with a number, a clock
time, "done", "last Thurs", "on the 24th"; and the words that make it a plan instead."""

from __future__ import annotations

import re

__all__ = ["H_TIME", "MILITARY_ONE", "PREP", "says_when"]

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
    # other languages: "qui 13 fev", "sáb 15", "wo 19 mrt", "13 de febrero", "10h", ", 16h till"
    r"|\b(?:seg|ter|qua|qui|sáb|sab|lun|mié|mie|jue|vie|mer|jeu|ven|pon|wt|śr|czw|sob|ndz|mån"
    r"|tis|ons|fre|lör|sön)\.?\s+\d{1,2}\b(?![:.,]?\d|\s*(?:h\b|hrs?|hours?|min|x\b|of\b|out\b))"
    r"|\b(?:wo|vr|za|zo|ma|di|do)\.?\s+\d{1,2}\s+(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)"
    r"|\b\d{1,2}\.?\s+(?:de\s+)?(?:fev|fevereiro|março|marzo|abr|abril|mai|maio|mayo|mei|maj|junho|junio"
    r"|julho|julio|ago|agosto|setembro|septiembre|outubro|octubre|novembro|noviembre|dez"
    r"|dezembro|dic|diciembre|ene|enero|febrero|mär|märz|mrz|okt|mrt|giu|lug|ott|sty"
    r"|lut|kwi|cze|lip|wrz|paź|gru|maart|mars|märz|lis|sie|(?:out|set)(?!\s+of\b))\b"
    r"|(?:^|[,;(]\s*|\b(?:às|as|a\s+las|um|à|at|alle|om|o|kl)\s+)(?:0?[7-9]|1\d|2[01])h(?:[0-5]\d)?\b"
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
