"""Calendar events pasted as iCalendar text (Outlook's "View source", an .ics opened in an
editor): one round per BEGIN:VEVENT … END:VEVENT block, the notes written under it its focus.

    BEGIN:VEVENT
    SUMMARY:Zendesk Interview - Hiring Manager - Niamh Gallagher
    ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT:mailto:niamh@…
    DESCRIPTION:45 min with Niamh, Senior Manager. Account planning and renewals.
    END:VEVENT
    my notes: she manages 9 CSMs …

A cancelled event (STATUS:CANCELLED, "[CANCELLED]" in its summary) is not a round.
"""

from __future__ import annotations

import re

from .found import Line, Quote, Round
from .outline import Outline
from .vocab import ROUNDISH, explicit, has, round_types, tokens
from .when import says_when

__all__ = ["calendar_invitation", "ics_rounds"]

_FIELD = re.compile(r"^([A-Z][A-Z-]*)(;[^:]*)?:(.*)$")
_CANCELLED = re.compile(r"(?i)\bcancel+ed\b")
_CN = re.compile(r"CN=([^;:]+)")
_NOT_PERSON = re.compile(r"(?i)\(me\)|\bcalendar\b|\brecruiting\b|\broom\b|@")
_SEGMENTS = re.compile(r"\s+[-–—|]\s+|:\s+")


def _title(summary: str) -> str:
    """The segment of a summary that names a round ("Zendesk Interview - Hiring Manager -
    Niamh Gallagher" → "Hiring Manager"), else its last segment."""
    parts = [p.strip() for p in _SEGMENTS.split(summary) if p.strip()]
    named = [p for p in parts if round_types(p)]
    return (named or parts or [summary])[0 if named else -1]


def ics_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each pasted VEVENT that is not cancelled."""
    items, out, k = o.items, list[Round](), 0
    while k < len(items):
        if items[k].text.strip().upper() != "BEGIN:VEVENT":
            k += 1
            continue
        start, fields, focus = k, dict[str, str](), list[Quote]()
        summary_at, last = None, None
        k += 1
        while k < len(items) and items[k].text.strip().upper() not in _EDGES:
            m = _FIELD.match(items[k].text.strip())
            if m:
                last = m.group(1)
                fields[last] = f"{fields.get(last, '')}{m.group(2) or ''}:{m.group(3)}\n"
                summary_at = k if last == "SUMMARY" else summary_at
                if last in ("SUMMARY", "DESCRIPTION"):
                    fields[last] = m.group(3).strip()
            if last == "DESCRIPTION":  # the description, and its folded continuation lines
                focus.append(Line(m.group(3).strip() if m else items[k].text, items[k].line))
            k += 1
        closed = k < len(items) and items[k].text.strip().upper() == "END:VEVENT"
        end = items[k].line if closed else 10**12
        claimed.update(range(start, k + 1 if closed else k))
        k += 1 if closed else 0  # an event left open ends where the next one begins
        # the notes written right under the event, up to the next blank line
        while (
            k < len(items)
            and items[k].line == end + 1
            and items[k].text.strip().upper() not in _EDGES
        ):
            focus.append(items[k])
            claimed.add(k)
            end, k = items[k].line, k + 1
        summary = fields.get("SUMMARY", "")
        if summary_at is None or not summary or _CANCELLED.search(summary):
            continue
        if _CANCELLED.search(fields.get("STATUS", "")):
            continue
        people = [c.strip() for c in _CN.findall(fields.get("ATTENDEE", ""))]
        people = [p for p in people if not _NOT_PERSON.search(p)][:3]  # not "(me)", a calendar
        who = ", ".join(people) or None
        named = (
            who or "ORGANIZER" in fields or round_types(summary) or has(tokens(summary), ROUNDISH)
        )
        if not (named or focus):
            continue  # "On-call (Bannock Telecom)", "Drive to Pocatello": no one, no round, no notes
        title, head = _title(summary), items[summary_at]
        out.append(Round(title, head, (head.line, 0), title, focus=focus, who=who))
    return out


_EDGES = ("END:VEVENT", "BEGIN:VEVENT")


_INVITATION = re.compile(r"(?i)^(?:updated\s+)?(?:invitation|invite|event|topic)\s*:\s*(\S.*)$")


_CALENDAR = re.compile(r"(?i)^(?:updated\s+)?invitation:\s.*\s[|@]\s")


def calendar_invitation(text: str) -> str | None:
    """The title of a pasted calendar invitation ("Invitation: Fietsdelen | Intro with Talent @
    Mon 8 Dec 2026 10:00 – 10:30 (CET)" → "Intro with Talent"); None for other lines."""
    return invitation_title(text) if _CALENDAR.match(text) else None


def invitation_title(text: str) -> str | None:
    """A calendar invite's round: "Invitation: MongoDB | Solutions Architect | Technical
    Screen" → "Technical Screen"; "Invitation: Coding interview @ Tue Feb 11…" → "Coding
    interview". The segment that names a round kind, else the last; None for other lines."""
    m = _INVITATION.match(text)
    if m is None:
        return None
    parts = [p.strip() for p in re.split(r"\s[|@–—]\s", m.group(1)) if p.strip()]
    parts = [p for p in parts if not says_when(p)] or parts  # not "Mon 8 Dec 2026 10:00"
    named = [p for p in parts if round_types(p)]
    if not named and (said := [n for n, p in enumerate(parts) if explicit(p)]):
        # "Topic: Lazard Superday – Interview 1 – Kevin Park (Associate)": the numbered
        # interview and whom it is with
        return " – ".join(parts[said[-1] : said[-1] + 2])
    return (named or parts or [m.group(1)])[-1]
