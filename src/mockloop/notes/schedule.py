"""Lines that only their context makes a round or not. A schedule's untyped slot ("10:15 Live
troubleshooting") is a round when the slots around it name rounds, unless it is logistics
("8:30 arrive", "3:00 done"); a dated line under a study plan's heading is a study day; a line
that only says when or where the final round is ("Final round, date TBD") is no round; a short
label keeps the words after its dash ("LP 1 - hiring/dev"); a long sentence that mentions the
final stage after its dash is no explicit round.
"""

from __future__ import annotations

import re

from .outline import Outline
from .parser import Item
from .shapes import dated, leads_with_round, says_when, timed, with_person
from .vocab import (
    CONTAINER,
    ROUNDISH,
    explicit,
    has,
    outside_brackets,
    round_types,
    split_title,
    tokens,
)

__all__ = [
    "container_mention",
    "explicit_line",
    "in_schedule",
    "labelled_title",
    "quoted_round",
    "quoted_slot",
    "short_label",
    "step_name",
    "study_heading",
    "unwhen",
]

# logistics that shapes.is_break (which the caller asks too) does not name
_LOGISTICS = re.compile(
    r"(?i)^(?:arriv\w*|done|end\b|finish\w*|leave|depart\w*|head\s+home|check[- ]?out"
    r"|security|parking|taxi|train|flight|meet\s+\w+\s+(?:at|in)\s+(?:the\s+)?(?:lobby|reception|front desk))"
)


_STUDY = re.compile(
    r"(?i)\b(?:prep\w*|pr[ée]paration|preparaci[oó]n|vorbereitung|voorbereiding|study|estudio"
    r"|[ée]tude|practi[cs]e)\b"
)
_TODO = re.compile(r"(?i)\bto-?dos?\b")
_WITH_NAME = re.compile(r"\s(?:w/|with)\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])")  # "w/ Lucía Navarro"


def in_schedule(o: Outline, k: int) -> bool:
    """An untyped line ("10:15 Live troubleshooting") among schedule lines that name rounds."""
    if _LOGISTICS.match(timed(o.items[k].text) or ""):
        return False
    sec, named = o.secs[k], 0
    for j in range(max(0, k - 12), min(len(o.items), k + 13)):
        if j != k and o.secs[j] == sec and (rest := timed(o.items[j].text)) is not None:
            named += bool(round_types(rest) or has(tokens(rest), ROUNDISH))  # "Panel interview"
    return named >= 2


def study_heading(heading: str, rest: str = "") -> bool:
    """ "Préparation", "plan de estudio", "Prep week": a dated line under it is a study day;
    under "TODO" too, unless the line says who with or names an interview ("Thu 14:00 —
    frontend system design w/ Lucía", not "Mon 19:00 — system design: read DDIA")."""
    if _STUDY.search(heading):
        return True
    named = with_person(rest) or bool(_WITH_NAME.search(rest)) or has(tokens(rest), ROUNDISH)
    return bool(_TODO.search(heading)) and not named


# a clause that says when or where: after a comma or full stop, or a dash before a date
_CLAUSE_END = re.compile(
    r"[,.;]|\s[-–—]\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|tbd|tba|date|\d)\w*)", re.IGNORECASE
)
_WHEN_WORDS = frozenset(
    ("on", "zoom", "teams", "video", "virtual", "in", "person", "remote", "the", "a",
     "date", "tbd", "tba", "day", "is", "was", "will", "be", "scheduled", "booked")
)  # fmt: skip
_STAGE = frozenset(("final", "round", "last", "next", "stage"))


def container_mention(text: str, listed: bool = False) -> bool:
    """ "Final round, date TBD", "Final round on Zoom. Use the desk upstairs.", "2.3 ONSITE –
    Tue 10/21, HQ": a line about the container of other rounds (when, where), which is not a
    round of its own. A list item must name a container outright ("onsite", "panel"): "- Final
    round - CEO" and "- Final round (virtual, 4 hrs)" are rounds."""
    parts = _CLAUSE_END.split(text, 1)
    said = tokens(parts[0])
    words = [t for t in said if t not in _WHEN_WORDS and not t.isdigit()]
    when = len(parts) > 1 or len(words) < len(said)  # "Final round" alone heads its own block
    allowed = CONTAINER.words if listed else CONTAINER.words | _STAGE
    return when and bool(words) and all(t in allowed for t in words)


_ROUND_NUMBER = re.compile(r"(?i)^(?:r|rd|#)?\s?\d+$")


def short_label(title: str) -> bool:
    """ "LP 1", "BR": a title too short to tell two rounds apart, unless it is only the
    round's number ("R1", "#2"), which the notes use as its name."""
    short = len(title.replace(" ", "")) <= 4 and not _ROUND_NUMBER.match(title.strip())
    return short and not round_types(title)  # "HM - Priya Shah": "HM" names its kind


def labelled_title(text: str) -> tuple[str, str]:
    """split_title, except that a short label keeps the words after its dash: "LP - delivery
    (Deliver Results)" is the round's title, since "LP" alone names no round."""
    title, rest = split_title(text)
    if short_label(title) and rest and len(outside_brackets(rest).split()) <= 4:
        return text, ""
    return title, rest


def unwhen(text: str) -> str:
    """The line after its date or time ("11:00–11:30 — Values" → "Values")."""
    return timed(text) or dated(text) or text


def explicit_line(text: str) -> bool:
    """A line that names a round outright ("1st round", "final interview – CEO") in a short
    title, and is not a long sentence that only mentions one after its dash ("Thanks again for
    your time with Kelsey — … to move you forward to the final stage …")."""
    head = split_title(text)[0]
    if not explicit(text):
        return False
    if len(outside_brackets(head).split()) <= 10 and (len(text) < 160 or explicit(head)):
        return True
    return named_with(head) is not None  # "Conversation 1, avec Mehdi Benali, … On va …"


def named_with(text: str) -> str | None:
    """The round's name that opens a long line, when the words after its comma say whom it is
    with ("Conversation 1, avec Mehdi Benali, lead gameplay programmer. …" → "Conversation 1");
    None for any other line."""
    name, _, after = text.partition(", ")
    return name if len(name.split()) <= 4 and explicit(name) and _WITH.match(after) else None


_WITH = re.compile(r"(?i:with|w/|avec|con|mit|met|com|z|с)\s+[A-ZÀ-ÖØ-Þ]")


def quoted_round(o: Outline, k: int) -> bool:
    """A quote that opens on a round's name ("> Phone screen with HR — done 4/8."), or a
    schedule line pasted in one ("> 10:15–11:00  ML coding")."""
    it, prev = o.items[k], o.items[k - 1] if k else None
    opens = prev is None or prev.kind != "quote" or prev.line != it.line - 1
    return quoted_slot(it) or (it.kind == "quote" and opens and leads_with_round(it.text))


def quoted_slot(it: Item) -> bool:
    """A schedule line pasted in a quote ("> 10:15–11:00  ML coding — with Kai")."""
    return it.kind == "quote" and timed(it.text) is not None


# a title that only says where the round stands: "Round 2", "Stage 1 of 4", "R3", "राउंड 1"
_STEP_LABEL = re.compile(
    r"(?i)^(?:round|stage|step|phase|part|etapa|[ée]tape|fase|runde|ronda|rodada|etap|interview"
    r"|entretien|entrevista|r|#|राउंड|v[òo]ng|етап|этап|раунд)\s*#?\s*\d{1,2}"
    r"(?:\s*(?:of|de|von|van|/)\s*\d{1,2})?$"
)
# what follows a step label when it names no round: a date, a time or a status
_WHEN_FIRST = re.compile(
    r"(?i)^(?:\W|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat"
    r"|sun)[a-z]*\.?\s+\d|tbd|tba|date|done|scheduled|booked|cancel|passed|pending|waiting"
    r"|rejected|went|moving|heard|no news|next step|in progress|completed|failed|offer)"
)
_NAME_END = re.compile(r"\s*(?:[(:;]|\s[-–—|]\s|\s{2,}|✅|✔)")


def step_name(title: str, text: str) -> str:
    """The round's name after a title that is only a step label, on the round's own line
    ("Round 2" on "Round 2 – Hiring manager, Claire (Nov 12)" → "Hiring manager, Claire"); ""
    for any other title, or when only a date, a time or a status follows ("Interview 1 — Dec
    10, 10:00", "Round 1 – passed")."""
    if not _STEP_LABEL.match(title) or not text.lower().startswith(title.lower()):
        return ""
    rest = split_title(text)[1].strip(" *_")
    name = _NAME_END.split(rest, maxsplit=1)[0].strip(" *_.,")
    if not name or len(name.split()) > 10 or _WHEN_FIRST.match(name) or says_when(name):
        return ""
    return name
