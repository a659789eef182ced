"""Rounds laid out as a pipe table: a header that names the rounds' column (Round | Interviewer
| What they probe), one round per row. A key/value table ("| Property | Value |", as Notion
exports a page's properties) holds the job's facts, not its rounds; a table of employers (a
"Company" column) is the job search; a table with neither a round nor an interviewer column
("| Date | Block | Notes |") is a plan; breaks and practice rows are never rounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count
from operator import attrgetter

from .breaks import is_prep
from .found import Line, Quote, Round
from .outline import Outline
from .parser import Item
from .shapes import is_break
from .vocab import explicit, gloss, kind_weights, split_points

__all__ = ["table_rounds"]

# the header words of other languages too: "| # | etapa | con quién | fecha | estado |"
_COLUMNS = {
    "title": re.compile(
        r"\b(round|stage|step|interview|session|etapa|[ée]tape|fase|ronda|runde|ronde|rodada"
        r"|entrevista|gespr[äa]ch|gesprek|colloquio|entretien|этап|раунд|aşama|tahap|schritt|stufe"
        r"|krok|trin|vaihe|adım|passo|paso)s?\b"
    ),
    "who": re.compile(
        r"\b(interviewers?|who|with|people|person|by|qui[ée]n|quem|qui|wer|wem|chi|wie|kto|kim"
        r"|кто|entrevistador[ae]?s?|intervistator[ei]|gespr[äa]chspartner\w*|kiminle|dengan)\b"
    ),
    "when": re.compile(
        r"\b(duration|time|length|mins?|date|when|fecha|data|datum|quando|cu[áa]ndo|wann|quand"
        r"|hora|horario|horaire|heure|uhrzeit|zeit|orario|ora|tijd|godzina|дата|tarih|tanggal|dauer"
        r"|durée|duraci[óo]n)\b"
    ),
}
_PIPELINE = frozenset(
    ("company", "companies", "employer", "firm", "org", "organisation", "organization")
)
_KEY_VALUE = frozenset(
    ("property", "field", "key", "attribute", "detail", "details", "info", "item")
)


def _column(heads: list[str], name: str) -> int | None:
    if name == "title" and (named := _column_named(heads)) is not None:
        return named  # "| Name | Stage | Date |": the rounds' names, not the stage they are in
    return next((n for n, h in enumerate(heads) if _COLUMNS[name].search(h)), None)


def _what_column(heads: list[str], who_col: int | None) -> int:
    """ "| Date | Time | Where | Who | What | Notes |": the column named for what happens, else
    the first that says neither when, where nor who."""
    if (named := next((n for n, h in enumerate(heads) if h in _WHAT), None)) is not None:
        return named
    other = (n for n, h in enumerate(heads) if n != who_col and not _ASIDE.search(h))
    return next(other, 0)


_WHAT = frozenset(
    ("what", "event", "activity", "type", "session", "slot", "item", "quoi", "qué", "que", "was")
    + ("cosa", "wat", "co", "o que", "o quê", "tipo", "activité", "actividad", "programm")
)
_ASIDE = re.compile(
    r"\b(?:duration|time|length|mins?|date|when|day|where|location|place|room|horaire|heure|hora"
    r"|horario|uhrzeit|zeit|orario|ora|tijd|fecha|datum|data|lieu|ort|lugar|sala|salle)\b"
)


def _rows(o: Outline, k: int) -> Iterator[Item]:
    for row in o.items[k + 1 : k + 40]:
        if row.kind != "table_row" or row.header:
            break
        yield row


def _dates(o: Outline, k: int, col: int) -> bool:
    """Most cells of column ``col`` are dates or times ("02.11", "13.11 15:00", "?")."""
    cells = [r.cells[col].strip() for r in _rows(o, k) if col < len(r.cells)]
    dated = sum(1 for c in cells if not c.strip("?-–— ") or _DATE_CELL.match(c))
    return bool(cells) and dated * 2 > len(cells)


_DATE_CELL = re.compile(r"^[\d\s./:\-–—]+(?:[ap]m)?$", re.IGNORECASE)


def _kind_column(o: Outline, k: int, heads: list[str], taken: set[int | None]) -> int | None:
    """The column of the table under header ``k`` whose cells name a round kind most often
    (at least twice), of those not ``taken`` (who)."""
    width = len(heads)
    named = [0] * width
    for row in _rows(o, k):
        for n, cell in enumerate(row.cells[:width]):
            named[n] += n not in taken and bool(cell.strip() and kind_weights(cell))
    best = max(range(width), key=named.__getitem__, default=None)
    return best if best is not None and named[best] >= 2 else None


# "| etapa | tipo | data |": the step's number, then what it is, in the notes' language
_STAGE_HEAD = re.compile(r"\b(?:stage|step|etapa|[ée]tape|fase|etappe|stap|steg|etap)s?\b")
_NAME_HEADS = frozenset(
    ("name", "title", "what", "tipo", "nome", "nombre", "titre", "naam", "nazwa", "namn")
)


def _column_named(heads: list[str]) -> int | None:
    stage = next((n for n, h in enumerate(heads) if _STAGE_HEAD.search(h)), None)
    name = next((n for n, h in enumerate(heads) if h in _NAME_HEADS), None)
    return name if stage is not None and name is not None else None


def _clocked(o: Outline, k: int, when_col: int | None) -> bool:
    """A day's agenda ("| time | what |"): its time column holds clock times ("9:15–10:00"),
    so its other column names what happens in each slot, rounds among the breaks."""
    if when_col is None:
        return False
    times = 0
    for row in o.items[k + 1 : k + 40]:
        if row.kind != "table_row" or row.header:
            break
        cell = row.cells[when_col] if when_col < len(row.cells) else ""
        times += bool(_CLOCK.match(cell))
    return times >= 3


_CLOCK = re.compile(r"^\d{1,2}[:.]\d\d\b")
_CANCELLED = re.compile(
    r"(?i)^(?:cancell?ed|canceled|cancelad[oa]|annul[ée]e?|abgesagt|geannuleerd|anulowan[ay]"
    r"|inst[äa]lld|annullat[oa])\W*$"
    r"|^(?:merged|folded|combined|rolled)\s+(?:in(?:to)?|with)\b"  # "merged into #5 (Jess, 10/9)"
)


# "| Apéro mit dem Team | 12:00 | alle | – kein Interview – |", "| Lunch | not assessed |"
_NO_INTERVIEW = re.compile(
    r"(?i)\b(?:not an? interview|kein(?:e)? (?:interview|bewertung)|not assessed"
    r"|nicht bewertet|pas (?:un entretien|évalué)|geen gesprek|niet beoordeeld|no cuenta"
    r"|no evaluad[oa]|non valutat[oa])\b"
)
_NUMBER_CELL = re.compile(r"^\s*#?\d{1,2}[a-z]?[.)]?\s*$")


def _numbered(o: Outline, k: int, col: int) -> bool:
    """The column under header ``k`` holds only the rows' numbers ("1", "2", "3a")."""
    cells = []
    for row in o.items[k + 1 : k + 40]:
        if row.kind != "table_row" or row.header:
            break
        cells.append(row.cells[col] if col < len(row.cells) else "")
    # (a break's row may have a dash for its number: "| — | comida con el equipo |")
    return len(cells) >= 2 and all(_NUMBER_CELL.match(c) for c in cells if c.strip(" -–—"))


def table_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """Rows of a pipe table whose header names rounds (Round | Interviewer | What they probe)."""
    out = list[Round]()
    for k in compress(count(), map(attrgetter("header"), o.items)):  # C-speed: few headers
        if o.cls[k] in ("pitch", "questions"):
            continue
        heads = [gloss(c).strip().lower() for c in o.items[k].cells]  # "단계" is "stage"
        if heads and heads[0] in _KEY_VALUE:
            continue  # "| Property | Value |": the job's facts, not its rounds
        if any(h in _PIPELINE for h in heads):
            continue  # "| Company | Role | Stage |": the job search, one row per employer
        title_col, who_col = _column(heads, "title"), _column(heads, "who")
        when_col = _column(heads, "when")
        if title_col is None and who_col is None and not _clocked(o, k, when_col):
            continue  # "| Date | Block | Notes |": a plan or a log, not a loop
        if title_col is None:  # "| Time | What | With |": the rounds are the first other column
            title_col = _what_column(heads, who_col)
            named = heads[title_col] in _WHAT and who_col is not None  # "| Who | What |"
        else:
            named = True
        step_col = None
        if _numbered(o, k, title_col):  # "| Vòng | Nội dung |" over 1, 2, …: the next column
            after = (n for n in range(title_col + 1, len(heads)) if n not in (who_col, when_col))
            step_col, title_col = title_col, next(after, title_col)
        elif title_col and _numbered(o, k, 0):
            step_col = 0  # "| # | etapa | con quién |": the rows' numbers before their names
        if _dates(o, k, title_col) and (kinds := _kind_column(o, k, heads, {who_col})) is not None:
            when_col, title_col = title_col, kinds  # "| № | Sana | Bosqich |": not the dates
        skip, steps = {title_col, who_col, when_col, step_col}, dict[str, Round]()
        j = k
        for j in range(k + 1, len(o.items)):
            row = o.items[j]
            if row.kind != "table_row" or row.header:
                break
            cells = [*row.cells, *[""] * (len(heads) - len(row.cells))]
            if not any(c.strip() for c in cells):
                break  # ",,,,,,,": a spreadsheet's empty row ends its table
            if all(not c.strip(" -:") for c in cells):
                continue  # "|---|---|": an ASCII grid's rule between two rows
            if any(_CANCELLED.match(c.strip()) or _NO_INTERVIEW.search(c) for c in cells):
                continue  # a step whose status cell says it was cancelled, or is no interview
            name = cells[title_col]
            if not name or (not named and not o.types(j)) or is_break(name) or is_prep(name):
                continue
            focus: list[Quote] = [
                Line(p, row.line)
                for n, c in enumerate(cells)
                if n not in skip
                for p in split_points(c)
            ]
            title = cells[title_col]
            who = cells[who_col] if who_col is not None and cells[who_col].strip(" -–—?") else None
            # "1차 면접 | 직무 PT + 역량면접": a title that names no kind, read with its detail
            detail = next((c for n, c in enumerate(cells) if n not in skip and c), "")
            plain = kind_weights(title) or not detail or not explicit(title)
            text = title if plain else f"{title} — {detail}"
            step = cells[step_col].strip(" #.)") if step_col is not None else None
            out.append(
                Round(title=title, source=row, order=(row.line, 0), text=text, focus=focus, who=who,
                      step=step or None)
            )  # fmt: skip
            claimed.add(j)
            steps.setdefault(out[-1].step or "", out[-1])
        _row_notes(o, j, steps, claimed)
    return out


# the notes on one row, below the table, keyed by its number: "#3 — bring the laptop!!",
# "re 2) Gus wants …", "№5 — Sardor: jamoada ishlash", "row 4 – calcs (renal dosing, …)"
_ROW_NOTE = re.compile(
    r"(?i)^\W{0,2}(?:(?:№\s*|#\s*|re:?\s+|row\s+|no\.\s*|nr\.?\s*)(\d{1,2})\s*(?:[—–:)-]|\.\s)"
    r"|(\d{1,2})\s*[—–)]|(\d{1,2})\s+-)\s*(\S.*)$"
)


def _row_notes(o: Outline, end: int, steps: dict[str, Round], claimed: set[int]) -> None:
    """Lines after a table that note one of its numbered rows are that round's focus (and
    the lines that go on from them, up to a blank line or the next such note)."""
    steps.pop("", None)
    if len(steps) < 2:
        return
    at: Round | None = None
    for j in range(end, min(end + 80, len(o.items))):
        it = o.items[j]
        if it.kind in ("heading", "table_row"):
            at = None  # "## 2 — Hiring manager (Sam)": the round's own section, not a note
            continue
        if (m := _ROW_NOTE.match(it.text)) and (at := steps.get(m[1] or m[2] or m[3])):
            text = m[4]
        elif at is not None and j - 1 in claimed and it.line == o.items[j - 1].line + 1:
            text = it.text  # the note goes on onto the next line
        else:
            at = None
            continue
        at.focus.extend(Line(p, it.line) for p in split_points(text))
        claimed.add(j)
