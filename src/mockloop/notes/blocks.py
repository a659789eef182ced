"""How the lines of a block hang together: a line over bullets of its own, a paragraph wrapped
at the margin that carries on the line above, and a line that opens the next round's block."""

from __future__ import annotations

import re

from .outline import Outline, questions_header
from .parser import LIST_KINDS
from .shapes import ROUND_HINT, dated, labelled_unit, timed
from .stages import stage_when
from .vocab import CONTAINER, ROUNDISH, explicit, has, kind_weights, only_kind, split_title, tokens
from .who import PERSON, WITH

__all__ = [
    "SIGN_OFF",
    "container_head",
    "day_header",
    "day_plan",
    "has_children",
    "labelled_unit",
    "maybe_listed",
    "names_kind",
    "next_head",
    "not_its_own",
    "wrapped",
]

SIGN_OFF = re.compile(  # a mail's sign-off: the lines after it are its signature, no rounds
    r"(?i)^(?:thanks|thank you|many thanks|best|best regards|kind regards|regards|cheers|warmly"
    r"|sincerely|all the best|talk soon)[,.!]?$"
)


def maybe_listed(kind: str, low: str) -> bool:
    """False when a list item cannot be marked "listed": it holds no round word."""
    return kind in LIST_KINDS and bool(ROUND_HINT.search(low) or _WITH_SOMEONE.search(low))


_WITH_SOMEONE = re.compile(r"\s(?:w/|with)\s*\w")  # "coding w/ tom - leetcode medium"


def has_children(o: Outline, k: int) -> bool:
    """Item ``k`` has lines of its own under it: deeper bullets, or a list right under a line."""
    if k + 1 >= len(o.items) or o.secs[k + 1] != o.secs[k]:
        return False
    it, nxt = o.items[k], o.items[k + 1]
    if it.kind in LIST_KINDS or it.kind == "callout":  # "> [!todo] 1. People management"
        return nxt.depth > it.depth
    return it.kind == "paragraph" and nxt.kind in LIST_KINDS


def not_its_own(o: Outline, k: int) -> bool:
    """Item ``k`` opens no round of its own: it carries on the line above (wrapped), or it is
    "Questions for the partner" over the candidate's list of them."""
    it = o.items[k]
    asks = it.kind == "paragraph" and questions_header(it.text.lower())
    return wrapped(o, k) or (asks and not has(o.toks(k), ROUNDISH))


def wrapped(o: Outline, k: int) -> bool:
    """Item ``k`` carries on a sentence the long line above left open ("… via Plaid" over
    "fallback) → metrics."): a paragraph wrapped at the margin, not a line of its own."""
    if k == 0 or o.items[k].kind != "paragraph":
        return False
    prev, first = o.items[k - 1], o.items[k].text[:1]
    return (
        prev.kind == "paragraph"
        and prev.line == o.items[k].line - 1
        and len(prev.text) >= 75
        and not prev.text.endswith((".", "!", "?", ":", ";"))
        and (first.islower() or first in ")]},")
        and not names_kind(" ".join(o.items[k].text.split()[:3]))  # "hm interview w/ sam …"
        and not stage_when(o.items[k].text[:40])  # "marcus - wed 3 sept 11am, zoom": a new step
    )


def names_kind(text: str) -> bool:
    """Its title names a kind outright: not by a weak word alone ("metrics – 10 cases"), unless
    numbered as one of several of that kind ("Tech 1 — 1.5h, go over my assignment")."""
    title = split_title(text)[0]
    if max(kind_weights(title).values(), default=0.0) >= 1.0:
        return True
    return bool(re.search(r"\b\d\b", title)) and only_kind(title)


def kind_with_person(title: str) -> bool:
    """ "past project deep dive w/ ellen again", "leadership / influence w/ sam k (principal
    eng)": a short phrase naming a kind, then who it is with (a line over its own bullets)."""
    m = WITH.search(title)
    head = title[: m.start()] if m else ""
    if not (m and head.strip() and len(head.split()) <= 5):
        return False
    # a weak kind word ("leadership") counts when the person's title follows in brackets; a
    # final one is a round by its place ("final w/ mr botha - next week, teams")
    return (
        names_kind(head)
        or (bool(kind_weights(head)) and "(" in m.group(1))
        or _FINAL.match(head) is not None
    )


_FINAL = re.compile(r"(?i)^\W*(?:the\s+)?(?:final|last)\s*(?:one\s*)?$")


def next_head(o: Outline, j: int) -> bool:
    """A line over bullets of its own that names a round ("then the cold call role play w/
    marcus + hamish (AE) — …"), not a wrapped line's end ("guidance)")."""
    return has_children(o, j) and (has(o.toks(j), ROUNDISH) or bool(o.types(j)))


# "How I run the team week to week:", "What I'd do in the first 90 days": the candidate's own
# account, whose lines ("Mon: 30 min planning, Thu: demo") are no rounds
_OWN_ACCOUNT = re.compile(r"(?i)^\W*(?:what|why|how)\s+(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me)\b")


def own_account(o: Outline, k: int) -> bool:
    """Item ``k`` sits under a heading or label that tells the candidate's own way of working."""
    heading = o.notes.sections[o.secs[k]].heading or ""
    return o.items[k].kind != "heading" and bool(_OWN_ACCOUNT.search(heading))


def under_round_line(o: Outline, k: int) -> bool:
    """List item ``k`` is one of the bullets right under a line that names one round outright
    ("Interview #2 – technical – Fri 4 Dec" over "- code review: look for IDOR, …"): a topic
    of that round."""
    if o.items[k].kind not in LIST_KINDS:
        return False
    j = k - 1
    while j >= 0 and o.items[j].kind in LIST_KINDS and o.secs[j] == o.secs[k]:
        j -= 1
    lead = o.items[j] if j >= 0 and o.secs[j] == o.secs[k] else None
    if lead is None or lead.kind != "paragraph" or lead.text.rstrip().endswith(":"):
        return False  # ("2nd interview on the 24th:" over its parts, each a round)
    kinds = kind_weights(lead.text)  # the line names its round's kind: not "stage 2 – on site"
    if explicit(lead.text) and max(kinds.values(), default=0.0) >= 1.0:
        return True
    # "16.12. 13:00 final with CTO Martin Horák, 45 min" over "- culture, on-call, …": a log's
    # dated line naming a round, and its bullets
    rest = dated(lead.text) or timed(lead.text) or ""
    return bool(rest) and names_kind(timed(rest) or rest)


# "DATA ENG INTERVIEW - notes", "Onsite interview – prep": what the file is, on its first line
_FILE_TITLE = re.compile(
    r"(?i)^[^:]{3,60}?\s[-–—|:]\s*(?:my\s+)?(?:prep(?:aration)?|notes?|prep\s+notes|cheat\s*sheet)\W*$"
)


def file_title(o: Outline, k: int) -> bool:
    """The notes' first line names the file ("… - notes"), not a round."""
    return k == 0 and bool(_FILE_TITLE.match(o.items[k].text)) and not explicit(o.items[k].text)


# "Role: …", "Company: …", "Location: …": the job's own fields, among which "Recruiter: Jane
# Doe" names a contact, not a round
_JOB_FIELD = re.compile(
    r"(?i)^\W*(?:role|position|job|title|company|team|level|location|salary|comp)\s*:"
)
_CONTACT = re.compile(r"(?i)^\W*(?:recruiter|hr|talent(?:\s+partner)?|contact)\s*:\s*(.+)$")


def contact_field(o: Outline, k: int) -> bool:
    """ "Recruiter: Clarissa Lim" beside "Role: …": who the contact is, not a recruiter round."""
    m = _CONTACT.match(o.items[k].text)
    if m is None or not PERSON.match(m.group(1).strip()):
        return False
    near = [o.items[j].text for j in (k - 1, k + 1) if 0 <= j < len(o.items)]
    return any(_JOB_FIELD.match(t) for t in near)


# a label over the day's sessions: "Structure of the day", "Assessment day programme"
_DAY_PLAN = re.compile(
    r"^(?:the\s+)?(?:(?:structure|format|programme|program|agenda|schedule|timetable|running order)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:day|interview|assessment|session)s?)?"
    r"|(?:interview|assessment|selection)\s+day\s+(?:structure|format|programme|agenda|plan))\W*$"
)


def day_plan(o: Outline, k: int, title: str) -> bool:
    """List item ``k`` labels the day's sessions and two or more of its items name a round."""
    return _DAY_PLAN.match(title.lower()) is not None and _typed_kids(o, k) >= 2


def _typed_kids(o: Outline, k: int) -> int:
    """How many of the items right under list item ``k`` name a kind of round."""
    depth, n = o.items[k].depth, 0
    for j in range(k + 1, min(k + 40, len(o.items))):
        if o.items[j].depth <= depth:
            break
        n += o.items[j].depth == depth + 1 and bool(o.types(j) or has(o.toks(j), ROUNDISH))
    return n


def container_head(title: str, line: str) -> bool:
    """A title of six words at most names a stage of several rounds ("Final interviews"), or
    its part before a comma on a line that announces them: "Final loop, Friday the 13th, at
    our office:" (not "Panel: Sione Taufa, Dr Helen Marsh", who sits on one; nor "Onsite is
    Thu 5 Mar, 9am–2pm, lunch with the team 12–1")."""
    head = title.split(",", 1)[0] if line.rstrip().endswith(":") else ""
    held = [t for t in (title, "" if ":" in head else head) if len(t.split(None, 6)) <= 6]
    return any(has(tokens(t), CONTAINER) and not labelled_unit(t) for t in held)  # "Loop 3"


def day_header(o: Outline, k: int) -> bool:
    """A dated line that names the day's stage over the day's timed slots: "Wed, 18 March 2026 –
    onsite, Regensburg office" over "09:30 – 10:30  System design – …" (the slots are rounds)."""
    rest = dated(o.items[k].text)
    if not rest or k + 1 >= len(o.items) or timed(o.items[k + 1].text) is None:
        return False
    return has(tokens(rest.split(",")[0]), CONTAINER)
