"""Rounds headed by the person: notes that list the people of a loop, each under their name
in capitals, their title on the next line, then when the conversation is and what to expect
(an executive search, a panel of named interviewers):

    DARNELL OKAFOR-HUGHES
    Chief Operating Officer — my would-be manager
    - 60 min, Zoom, Tue 9/2

Each such block is a round with that person as the interviewer; its title is what their title
line says before a dash. A name line needs the title line and a time within the next lines:
capitals alone ("MY NARRATIVE", "NOT INTERVIEWS") are a heading of the notes, not a person.

Notes organised by person in Markdown do the same with a heading per person, the round named
on the line under it:

    ## Sofia Alvarez — Implementation Specialist
    **Jan 29, 30 min. Behavioral 1.**
"""

from __future__ import annotations

import re

from .found import Quote, Round
from .outline import NOT_ROUNDS, Outline
from .shapes import is_break
from .vocab import ROUNDISH, WHO, has, kind_weights, outside_brackets, tokens

__all__ = [
    "ASIDE_SECTION", "heading_of", "heading_person_rounds", "person_details", "person_first",
    "person_line", "person_rounds",
]  # fmt: skip

_NAME = re.compile(
    r"^(?:[A-Z][A-Za-z'’.-]{0,40}[A-Z][A-Za-z'’.-]{0,40}\s+){1,3}[A-Z][A-Za-z'’.-]{0,40}[A-Z]$"
)
_TITLE = re.compile(
    r"\b(?:chief|officer|ceo|cto|coo|cfo|cpo|vp|vice president|president|director|head of"
    r"|partner|manager|founder|co-founder|lead|principal|engineer|recruiter|board|specialist"
    r"|designer|scientist|analyst|architect|counsel|coordinator|sourcer|researcher|consultant"
    r"|head\s+(?:nurse|chef|teacher|of)|nurse|surgeon)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"(?i)\b\d{1,3}\s*(?:min|mins|minutes|h|hr|hrs|hours)\b|\b\d{1,2}/\d{1,2}\b"
    r"|\b(?:mon|tue|wed|thu|fri)\w*\b[^.]{0,12}\d|\bweek of\b"
)
_DASH = re.compile(r"\s+[—–-]\s+")
_LOOK = 6  # lines after the title line where the time may be


def _is_name(text: str) -> bool:
    """A name in capitals: two to four words, every word upper-case but for Mc/Mac/O' parts."""
    if not _NAME.match(text) or "  " in text:  # the pattern first: most lines are no name
        return False  # ("DATE    WHAT    WHO": a fixed-width table's header)
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 5 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _block(o: Outline, start: int) -> list[int]:
    """The items from ``start`` on that belong to the person: up to a gap of two blank lines
    or more, a rule of dashes, or the next name in capitals."""
    items, out = o.items, []
    for j in range(start, len(items)):
        gap = items[j].line - items[j - 1].line
        text = items[j].text.strip()
        if gap > 2 or items[j].kind == "heading" or _is_name(text) or set(text) <= set("-=_*"):
            break
        out.append(j)
    return out


def person_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each person block the other passes did not claim."""
    items, out = o.items, []
    for k in range(len(items) - 1):
        head, title = items[k], items[k + 1]
        if k in claimed or head.depth or not _is_name(head.text.strip()):
            continue
        if title.line != head.line + 1 or not _TITLE.search(title.text):
            continue
        body = [j for j in range(k + 2, min(len(items), k + 2 + _LOOK)) if j not in claimed]
        if not any(_WHEN.search(items[j].text) for j in body[:3]):
            continue
        block = _block(o, k + 2)
        focus: list[Quote] = [items[j] for j in block if j not in claimed]
        name = head.text.strip().title()
        role = _DASH.split(title.text.strip(), maxsplit=1)[0]
        claimed.update([k, k + 1, *block])
        out.append(Round(role, title, (head.line, 0), role, focus=focus, who=name))
    return out


# "Dana Whitfield — Talent Partner", "Dr. Omar Haddad, Medical Director": a name, then a title
_HEAD_NAME = re.compile(  # "Phil Garza - Operations Manager", "Ms Priya Raman (Partner) — 45 min"
    r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][a-z'’-]+"
    r"(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?)){1,2}(?:\s+[—–-]\s+|,\s+|\s+(?=\())(.+)$"
)
_PARTS = re.compile(r"[.;,()]\s*|\s+[—–-]\s+")


# "three short one-to-one interviews, 25 minutes each": the people below are one round each
_ONE_TO_ONES = re.compile(
    r"(?i)\b(?:one-to-ones|1:1s|1-on-1s|one-on-ones|(?:two|three|four|2|3|4)\s+(?:x\s+)?(?:short\s+"
    r"|separate\s+|back-to-back\s+)?(?:one-to-one\s+|1:1\s+|1-on-1\s+|one-on-one\s+)?(?:interviews"
    r"|conversations))\b(?![^.]{0,60}\b(?:together|panel)\b)"
)


def _one_to_ones(o: Outline, k: int) -> bool:
    """The heading above ``k`` (and its first line) say the people under it are interviews
    of their own."""
    parent = o.parents[o.secs[k]]
    if parent is None:
        return False
    start = o.starts[parent]
    return bool(_ONE_TO_ONES.search(" ".join(it.text for it in o.items[start : start + 2])))


def heading_person_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each heading that names a person and a title, when the first lines under
    it say when the conversation is ("Jan 22, 45 min."). Its title is the round those lines
    name ("Behavioral 1"), else the one the heading names ("(hiring manager)"), else the
    person's title."""
    items, out = o.items, []
    for k, head in enumerate(items):
        if head.kind != "heading" or k in claimed or o.own[o.secs[k]] not in (None, "recruiter"):
            continue
        m = _HEAD_NAME.match(head.text.strip())
        if not m or not _TITLE.search(m.group(1)) or is_break(head.text):
            continue
        name = head.text.strip()[: m.start(1)]
        if kind_weights(name) or has(tokens(name), ROUNDISH):
            continue  # "## Technical Interview — Senior Engineer": a round, not a person
        block = o.below(k)
        if not block or any(j in claimed for j in block[:2]):
            continue
        top = o.notes.sections[o.secs[k]].level == 1
        if top and (k == 0 or any(items[j].kind == "heading" for j in block)):
            continue  # "# Novo Nordisk – QA Specialist" over "## Telefonscreening": the page title
        if not any(_WHEN.search(items[j].text) for j in block[:2]) and not _one_to_ones(o, k):
            continue
        named = _round_named(items[block[0]].text)  # the line right under the name
        bracket = head.text.partition("(")[2].strip(" ()")
        title = named or (bracket if kind_weights(bracket) else outside_brackets(m.group(1)))
        title = title[:1].upper() + title[1:]
        who = head.text.strip().split(" (")[0]
        claimed.update([k, *block])
        text = title if named or title.lower() == bracket.lower() else head.text
        out.append(Round(title, head, (head.line, 0), text, [items[j] for j in block], who))
    return out


def person_line(text: str) -> bool:
    """ "Phil Garza - Operations Manager (Rick's boss) - 3/18": a person, their title and when:
    over bullets of its own, a conversation with that person."""
    m = _HEAD_NAME.match(text.strip())
    name = text.strip()[: m.start(1)] if m else ""
    return bool(
        m and _TITLE.search(m.group(1)) and _WHEN.search(m.group(1)) and not kind_weights(name)
    )


def _round_named(text: str) -> str | None:
    """The part of a line that names a round: "Behavioral 1" in "Jan 29, 30 min. Behavioral 1."."""
    for part in _PARTS.split(text):
        part = part.strip(" *:")
        if part and (kind_weights(part) or has(tokens(part), ROUNDISH)) and not _WHEN.search(part):
            return part
    return None


def heading_of(o: Outline, k: int) -> str:
    """The heading of item ``k``'s section ("" for the notes' top)."""
    return o.notes.sections[o.secs[k]].heading or ""


# sections about other people: stories, references, one's network
ASIDE_SECTION = re.compile(
    r"(?i)\b(?:stor(?:y|ies)|star|references?|referees?|contacts?|network)\b"
)
_PERSON = re.compile(r"^(?:(?i:dr|mr|mrs|ms|prof)\.?\s+)?([A-Z][a-z'’-]+)(?:\s+([A-Z][a-z'’-]+))?")


def person_details(o: Outline, rounds: list[Round], claimed: set[int]) -> None:
    """A schedule names who each slot is with ("10:45 | 1:1 | Ravi Subramanian, Sr. Scientist"),
    and the notes say more under that person's name further on ("Ravi (Sr. Scientist) —
    bench-level technical: …" and its bullets): those lines are the slot's focus. A first
    name two slots share names neither."""
    by_name: dict[str, list[Round]] = {}
    for r in rounds:
        if r.who and (m := _PERSON.match(r.who.strip())) and not kind_weights(m.group(1)):
            by_name.setdefault(m.group(1), []).append(r)
    for k, it in enumerate(o.items):
        if k in claimed or it.kind == "heading" or it.depth or o.cls[k] in NOT_ROUNDS:
            continue
        if o.own[o.secs[k]] in ("research", "logistics") or ASIDE_SECTION.search(heading_of(o, k)):
            continue  # "## Stories": "Sam (my old mentor) — …" is someone else
        m = _PERSON.match(it.text) if it.text[:1].isupper() else None
        owners = by_name.get(m.group(1), []) if m else []
        if len({(r.who or "").casefold() for r in owners}) == 1:
            owners = owners[:1]  # one person on two slots: a slot, then its new time
        if len(owners) != 1 or not _LABEL_END.match(it.text, m.end() if m else 0):
            continue
        if owners[0].order[0] >= it.line:
            continue  # details come after the schedule that names the person
        block = [k]
        for j in range(k + 1, len(o.items)):
            nxt = o.items[j]
            if nxt.kind == "heading" or j in claimed or nxt.line != o.items[j - 1].line + 1:
                break
            block.append(j)
        owners[0].focus.extend(o.items[j] for j in block)
        claimed.update(block)


# after the name: a bracketed title, a dash or a colon ("Ravi (Sr. Scientist) —", "Julia:")
_LABEL_END = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:[—–:]|-\s)")


_SLOT_PERSON = re.compile(
    r"^(?:(?i:dr|mr|mrs|ms)\.?\s+)?([A-Z][a-z'’-]+(?:\s+(?:de|van|von|da|di|le|la|del))?"
    r"(?:\s+[A-Z][a-z'’-]+){1,2})(?:\s*\([^()]{2,60}\))?$"
)


def person_first(title: str, rest: str) -> tuple[str | None, str]:
    """(who, round) for a slot that names the person before the round: "Niamh Kelly (Principal
    SA) — architecture whiteboard, 60m" → ("Niamh Kelly (Principal SA)", "architecture
    whiteboard"); (None, "") when the title is not a person or the rest names no round."""
    m = _SLOT_PERSON.match(title)
    if not rest or not m or kind_weights(m.group(1)) or has(tokens(m.group(1)), ROUNDISH):
        return None, ""
    named = re.split(r",\s*|\s+[—–-]\s+", rest, maxsplit=1)[0].strip()
    toks = tokens(named)
    if not named or not (has(toks, ROUNDISH) or (kind_weights(named) and not has(toks, WHO))):
        return None, ""
    return title, named
