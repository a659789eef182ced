"""Itineraries pasted from scheduling tools (GoodTime, Greenhouse, Lever, ModernLoop), which
stack each slot over two or three lines: the time on its own line, then the interview or the
person, then who or their title:

    9:00 AM - 9:45 AM            9:30am - 10:15am GMT
    Brandon Tate                 Technical Interview 1 (Probability)
    Head Trader, ERCOT & West    Hannah Reiss

Each slot is a round (breaks, lunch and check-in are not), titled by its first line; a slot
named by a person is a conversation with them, and their title goes with their name.

Calendar entries pasted from Outlook or Google Calendar stack the same way, with a date and a
time zone around the time, and the invite's fields under the subject. The fields are what make
the subject an interview's, whatever it is called:

    Mon 15/12/2026 09:30-10:30 (UTC+02:00) Athens, Bucharest
    Hands-on Lab – Log Hunt
    Organizer: Eleni Papadaki
    Required: Νίκος Καραγιάννης; stavros.l@ostriasec.gr

The people required are the interviewers (not the organizer, who sends the invites). An entry
copied out of Outlook names its fields one per line, the subject first:

    Subject:	Clinical assessment – CT protocols & image review
    Start:	Thu 12/03/2026 11:00
    Required Attendees:	Siobhán Hart
        scenarios: contrast reaction in the scanner, …"""

from __future__ import annotations

import re

from .breaks import is_break, said_not_a_round
from .explicit import gloss
from .found import Quote, Round
from .mailruns import SUBJECT_LABEL
from .outline import Outline
from .parser import Item
from .shapes import is_todo
from .vocab import ROUNDISH, has, kind_weights, tokens

__all__ = ["invite_rounds", "outlook_rounds", "stacked_rounds"]

_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
_RANGE = re.compile(
    rf"(?i)^{_CLOCK}\s*(?:-|–|—|to)\s*{_CLOCK}(?:\s*\(?[A-Za-z]{{2,8}}(?:[+-]\d{{1,2}})?\)?)?$"
)
_PERSON = re.compile(r"^(?:(?i:dr|mr|mrs|ms|prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$")
_NAME = r"(?:(?i:dr|mr|mrs|ms)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
# one or more people, then maybe their titles: "Marta Kowal, James Whitcombe", "Jenna + Sam"
_PEOPLE = re.compile(
    rf"^(?:with\s+)?{_NAME}(?:(?:\s*,\s*|\s+(?:&|\+|and)\s+){_NAME}){{0,5}}(?:\s*[,(–—-].{{0,60}})?$"
)


def _is_person(text: str) -> bool:
    return bool(_PERSON.match(text)) and not (kind_weights(text) or has(tokens(text), ROUNDISH))


def stacked_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each stacked slot of an itinerary: at least two slots in the notes."""
    items, out = o.items, []
    slots = [k for k, it in enumerate(items) if _RANGE.match(it.text.strip())]
    if len(slots) < 2:
        return []
    for k in slots:
        lines = []
        for j in range(k + 1, min(k + 4, len(items))):
            if items[j].line != items[j - 1].line + 1 or _RANGE.match(items[j].text.strip()):
                break
            lines.append(j)
        if not lines or k in claimed or any(j in claimed for j in lines):
            continue
        first = items[lines[0]].text.strip()
        if is_break(first) or len(first.split()) > 10 or is_todo(first):
            continue
        second = items[lines[1]].text.strip() if len(lines) > 1 else ""
        who: str | None = second if second and _PEOPLE.match(second) else None
        if _is_person(first):
            who = f"{first}, {second}" if second else first
        if not (_is_person(first) or who or has(tokens(first), ROUNDISH)):
            continue  # "9:00 - 11:00 / LeetCode graphs": a study plan's block, not a slot
        claimed.update([k, *lines[:2]])
        out.append(Round(first, items[lines[0]], (items[k].line, 0), first, who=who))
    return out


# "Mon 15/12/2026 09:30-10:30 (UTC+02:00) Athens, Bucharest", "Tuesday, 9 December 10:00 – 11:00"
_WHEN = re.compile(
    r"(?i)^\W*(?:[a-zà-ÿ]{2,12}\.?,?\s+)?(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}\s+[a-zà-ÿ]{3,9}"
    r"\.?(?:\s+\d{4})?|[a-zà-ÿ]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)[,\s]+"
    + _CLOCK
    + r"\s*(?:-|–|—|to)\s*"
    + _CLOCK
    + r"(?:\s.{0,60})?$"
)
_FIELD = re.compile(
    r"(?i)^\W*(organi[sz]er|required|optional|attendees|guests|invitees|participants|teilnehmer"
    r"|organisateur|organizador|location|where|ort|lieu)\s*:\s*(.*)$"
)
_PLACE_FIELDS = {"location", "where", "ort", "lieu"}  # "Dentist" with a "Location:" is no invite
_PEOPLE_FIELDS = ("required", "attendees", "guests", "invitees", "participants", "teilnehmer")
_MAIL = re.compile(r"\S+@\S+|<[^<>]*>")
_LINK = re.compile(r"(?i)https?://|meeting id|passcode|teams meeting|join (?:zoom|google meet)")


def invite_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each pasted calendar entry whose subject has an invite's fields under it."""
    items, out = o.items, []
    for k, it in enumerate(items[:-2]):
        if k in claimed or not _WHEN.match(it.text.strip()) or items[k + 1].line != it.line + 1:
            continue
        subject = items[k + 1].text.strip()
        if _FIELD.match(subject) or _LINK.search(subject) or is_break(subject) or len(subject) > 80:
            continue
        fields, notes, j = {}, [], k + 2
        while j < len(items) and items[j].line == items[j - 1].line + 1 and j < k + 40:
            if _WHEN.match(items[j].text.strip()):
                break
            if m := _FIELD.match(items[j].text.strip()):
                fields[m[1].lower()] = m[2]
            elif not _LINK.search(items[j].text):  # the candidate's notes under the invite
                notes.append(j)
            j += 1
        if (
            not fields.keys() - _PLACE_FIELDS
            or k + 1 in claimed
            or any(n in claimed for n in notes)
        ):
            continue
        people = next((fields[f] for f in _PEOPLE_FIELDS if f in fields), "")
        names = [p.strip() for p in re.split(r"[;,]", _MAIL.sub("", people)) if p.strip()]
        claimed.update([k, k + 1, *range(k + 2, j)])
        who = ", ".join(names) or None
        focus = list[Quote](items[n] for n in notes)
        out.append(Round(subject, items[k + 1], (items[k].line, 0), subject, focus, who=who))
    return out


_SUBJECT = re.compile(rf"(?i)^{SUBJECT_LABEL}\s*:\s*(\S.*)$")
_OUTLOOK_FIELD = re.compile(
    r"(?i)^(start|end|when|location|organi[sz]er|required(?:\s+attendees)?|optional(?:\s+attendees)?"
    r"|attendees|show\s+time\s+as|recurrence|categories|event\s+date/time|invitee"
    # the same fields in the languages Outlook is set to: Finnish, German, French, Spanish, …
    r"|alkamisaika|päättymisaika|järjestäjä|sijainti|beginn|ende|ort|organisator|début|fin|lieu"
    r"|organisateur|inicio|início|comienzo|fim|ubicación|local|organizador|inizio|luogo"
    r"|organizzatore|starttid|sluttid|plats|sted|arrangør|arrangör|begin|einde|locatie"
    r"|początek|koniec|lokalizacja|начало|окончание|место|организатор|erforderliche\s+teilnehmer"
    r"|teilnehmer|osallistujat|participants\s+requis|asistentes\s+obligatorios)\s*:\s*(.*)$"
)
_CANONICAL = {"alkamisaika": "start", "beginn": "start", "début": "start", "inicio": "start",
              "início": "start", "comienzo": "start", "inizio": "start", "starttid": "start",
              "begin": "start", "początek": "start", "начало": "start", "järjestäjä": "organizer",
              "organisator": "organizer", "organisateur": "organizer", "organizador": "organizer",
              "organizzatore": "organizer", "arrangør": "organizer", "arrangör": "organizer",
              "организатор": "organizer", "erforderliche": "required", "teilnehmer": "required",
              "osallistujat": "required", "asistentes": "required"}  # fmt: skip
# a booking tool's confirmation (Calendly): "Confirmed: Ellis Moreau on Tuesday, December 8,
# 2026" over "Event Type: Cumberlink – Hiring Manager (45 min)", the event type its subject
_BOOKED = re.compile(
    r"(?i)^(?:confirmed|scheduled|rescheduled|new\s+event)\s*:\s*(\S.{0,80}?)\s+on\s+\S.{0,60}?\d"
)
_EVENT_TYPE = re.compile(r"(?i)^event\s+type\s*:\s*(?:[^–—:]{1,40}\s[–—-]\s+)?(\S.*)$")


def _head(items: list[Item], k: int) -> tuple[str, str] | None:
    """An entry's subject and who it is with, when item ``k`` opens one."""
    text = items[k].text.strip()
    if m := _SUBJECT.match(text):
        return m[1], ""
    booked = _BOOKED.match(text)
    if booked and k + 1 < len(items) and (kind := _EVENT_TYPE.match(items[k + 1].text.strip())):
        who = booked[1].rpartition(" with ")[2]  # "Intro call with Dana Pruitt"
        who = who if _is_person(who) else ""  # "Ellis Moreau", not "Intro call"
        return re.sub(r"\s*\(\d+\s*min\w*\)$", "", kind[1]), who
    return None


# a note about what follows the entry: "Dana: after this, office tour + coffee, not scored"
_AFTER_IT = re.compile(r"(?i)\b(?:after\s+(?:this|that|it)|afterwards|followed\s+by)\b")


def _roundish(subject: str) -> bool:
    return bool(kind_weights(subject)) or has(tokens(gloss(subject)), ROUNDISH)


def outlook_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each calendar entry copied out of Outlook: a subject with a start field
    under it, at least two such entries in the notes; its notes are the lines under the fields,
    its interviewers the attendees required (else the organizer). An entry its notes call no
    interview, a break, or one that has not got a start time is none."""
    items = o.items
    found = {k: head for k in range(len(items)) if (head := _head(items, k))}
    heads = list(found)
    out: list[Round] = []
    for k in heads if len(heads) >= 2 else []:
        subject, who = found[k]
        fields, notes, j = {}, [], k + 1 + (not _SUBJECT.match(items[k].text.strip()))
        while j < len(items) and items[j].line == items[j - 1].line + 1 and j not in heads:
            if m := _OUTLOOK_FIELD.match(items[j].text.strip()):
                key = m[1].lower().split()[0]
                fields[_CANONICAL.get(key, key)] = m[2].strip()
            else:
                notes.append(j)
            j += 1
        said = " ".join(items[n].text for n in notes if not _AFTER_IT.search(items[n].text))
        timed_start = re.search(
            r"\d", fields.get("start", fields.get("when", fields.get("event", "")))
        )
        if k in claimed or not timed_start or is_break(subject) or said_not_a_round(said):
            continue
        named = who or "required" in fields or "organizer" in fields or _roundish(subject)
        named = named or _is_person(subject.rpartition(" – ")[2])  # "Acme – Jordan Lee"
        if not (named or notes):
            continue  # "Työvuoro – Apteekki Väinölänniemi", "Hammaslääkäri": a shift, the dentist
        people = (
            who or fields.get("required") or fields.get("attendees") or fields.get("organizer", "")
        )
        names = [p.strip() for p in re.split(r"[;]", _MAIL.sub("", people)) if p.strip()]
        claimed.update(range(k, j))
        focus = list[Quote](items[n] for n in notes)
        out.append(
            Round(
                subject, items[k], (items[k].line, 0), subject, focus, who="; ".join(names) or None
            )
        )
    return out
