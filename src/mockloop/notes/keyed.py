"""Rounds written as YAML-like records, one list entry per round with a key per line:

    - round: 2
      name: Hiring manager chat
      who: Tom Adeyemi, Content Design Lead
      notes: how I work with designers …

The entry's "name" (or "title") is the round, "who" (or "with", "interviewer") is who it is
with, and the other keys are its focus; an entry whose name is a break ("- break:") is not a
round.
"""

from __future__ import annotations

import re

from .found import Quote, Round
from .outline import Outline
from .parser import LIST_KINDS
from .shapes import is_break

__all__ = ["keyed_rounds"]

_OPENS = re.compile(
    r"(?i)^(?:round|stage|step|interview)\s*[:#]?\s*\d{1,2}$|^(?:name|title)\s*:\s*\S"
)
_KEY = re.compile(r"^([A-Za-z][\w ]{0,20}?)\s*:\s*(.*)$")
_NAME_KEYS = ("name", "title", "round name", "what")  # in this order: a plan is the same each run
_WHO_KEYS = ("who", "with", "interviewer", "interviewers", "panel")
# keys a record of a round has beside its name; a role's ("level", "team") or a contact's
# ("email", "phone") do not make a round
_ROUND_KEYS = frozenset(
    ("who", "with", "interviewer", "interviewers", "panel", "when", "date", "time", "length",
     "duration", "format", "status", "focus", "brief", "prep", "round", "stage", "location")
)  # fmt: skip


def keyed_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each list entry that opens a record ("- round: 2", "- name: …") and names
    itself in a "name:" or "title:" key."""
    items, out = o.items, list[Round]()
    for k, it in enumerate(items):
        if it.kind not in LIST_KINDS or it.depth or k in claimed or not _OPENS.match(it.text):
            continue
        body = []
        for j in range(k + 1, len(items)):
            if not items[j].depth or items[j].kind == "heading":
                break
            body.append(j)
        if not any(_KEY.match(items[j].text.strip()) for j in body):
            continue  # "- title: …" alone is a line of notes, not a record
        keys: dict[str, tuple[str, int]] = {}
        for j in [k, *body]:
            if m := _KEY.match(items[j].text.strip()):
                keys.setdefault(m.group(1).strip().lower(), (m.group(2).strip(), j))
        if not _ROUND_KEYS & keys.keys():
            continue
        name = next((keys[key] for key in _NAME_KEYS if key in keys), None)
        if name is None or not name[0] or is_break(name[0]):
            continue
        who = next((keys[key][0] for key in _WHO_KEYS if key in keys), None)
        if who and who.lower() in ("n/a", "na", "tbd", "-", "none"):
            who = None
        head = items[name[1]]
        focus: list[Quote] = [items[j] for j in body if j != name[1]]
        claimed.update([k, *body])
        out.append(Round(name[0], head, (it.line, 0), name[0], focus=focus, who=who))
    return out
