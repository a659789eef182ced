"""Headings that name a round: outright ("## Technical interview"), by a round type and the
shape of a round ("### Coding 2 (45m)", "**leah — CEO — wed 5/29 @ 10**" over her bullets), as
an untyped sibling of typed rounds ("### Troubleshooting" among "### Coding 1") if it sits among
the headings that name rounds (not "## Recent deals" in the research after them), as a talk with
a named person ("## Interview with Vikram"), or as a lone "## Panel" over its own prose. A dated
heading over two or more headings that name rounds is their day, not a round."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import schedule
from .breaks import is_prep, said_not_a_round
from .generic import TEAM
from .outline import Outline
from .shapes import aside_heading, is_break, says_when
from .vocab import (
    CONTAINER,
    ROUNDISH,
    STRONG,
    explicit,
    has,
    is_date,
    only_kind,
    outside_brackets,
    round_types,
    split_title,
    tokens,
)

__all__ = ["lone_panel", "slot_opening", "strong_heading", "timed_talk"]

_MONTH = re.compile(
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\s*$"
)
_NOT_INTERVIEWER = re.compile(
    r"(?i)\b(?:friend|mentor|referr(?:al|er)|ex-colleague|former\s+colleague|old\s+boss|my\s+reference"
    r"|mum|mom|dad|mother|father|family|wife|husband|girlfriend|boyfriend|coach|therapist"
    r"|uncle|aunt|auntie|sister|brother|cousin|former\s+manager|alum\w*|ex-\w+)\b"
)


def strong_heading(o: Outline, k: int) -> bool:
    """A heading names a round outright, or names a round type and reads like a round (or
    sits under a process heading). Every STRONG phrase names a type, so an untyped heading
    needs only the explicit test."""
    if _SLOT.match(o.items[k].text):
        return _slot_round(o, k)
    if (up := o.parents[o.secs[k]]) is not None and _prep_for_one(
        o.notes.sections[up].heading or ""
    ):
        return False  # "### SQL" under "## Prep – technical assessment": what to revise for it
    head = split_title(o.items[k].text)[0]
    head = outside_brackets(head) or head  # "Drug calc test (10 questions)": not "questions"
    timed_kind = bool(o.types(k)) and says_when(o.items[k].text)  # "PRACTICAL (8am, ~2.5 hrs)"
    if aside_heading(head) and not (
        has(o.toks(k), STRONG) or has(o.toks(k), ROUNDISH) or timed_kind
    ):
        return False  # "## Practical" (the day's logistics), "## Notes"
    if o.types(k) and round_types(outside_brackets(o.items[k].text)):
        parent = o.parents[o.secs[k]]
        if has(o.toks(k), STRONG) or has(o.toks(k), ROUNDISH):
            return True
        if only_kind(outside_brackets(split_title(schedule.unwhen(o.items[k].text))[0])):
            return True  # "### Coding 2 (45m)", "## Behavioral", "### 11:00 — Values (culture)"
        if parent is not None and o.eff[parent] == "process":
            return True
    parent = o.parents[o.secs[k]]
    if o.types(k) and parent is not None and o.own[parent] == "process" and _has_body(o, k):
        short = len(head.split()) <= 4 and not aside_heading(head) and not is_break(head)
        if short:  # "copy test (take home, 48h)" under "process": its kind in its brackets
            return True
    if (
        (o.types(k) or has(o.toks(k), ROUNDISH))
        and says_when(o.items[k].text)
        and _has_body(o, k)
        and not (aside_heading(head) and not timed_kind)
        and not _NOT_INTERVIEWER.search(o.items[k].text)  # "## Meeting with my mentor on Monday"
        # not a day over its rounds: "## Case day – Thu 3/12" over "### Case 1", "### Case 2"
        and not _over_rounds(o, o.secs[k])
    ):
        return True  # "**leah — CEO — wed 5/29 @ 10**" over her bullets; "Eerste gesprek (19-01)"
    sec = o.secs[k]
    if o.items[k].line in o.notes.stack and o.types(k) and _has_body(o, k):
        return not (is_prep(head) or is_break(head))  # "Fwd: Program Execution Case (60 min)"
    if (
        not (o.types(k) and round_types(outside_brackets(o.items[k].text)))  # "(Eng Manager)": who
        and o.typed_siblings[sec] >= 2
        # among the rounds, or says it is an interview: not "## Culture" in the research after
        and (_among_rounds(o, sec) or has(o.toks(k), ROUNDISH) or _with_someone(o.items[k].text))
        and _has_body(o, k)
        and o.own[sec] is None
        and o.items[k].line not in o.notes.stack  # a card or mail: "groceries" is none
    ):
        title = split_title(o.items[k].text)[0]
        # "### Troubleshooting" among "### Coding 1", "### System design"; not "## Misc"
        if _NOT_INTERVIEWER.search(o.items[k].text) or _MONTH.match(title):
            return False  # "## Pieter (friend, …)", "=== FEBRUARY — monthly ===": no round
        # "## Team interview", "## Interview with the data team": a team is who asks
        aside = aside_heading(title) and not (has(o.toks(k), ROUNDISH) and TEAM.search(title))
        return not (aside or is_date(title) or is_prep(title) or is_break(title))
    if (
        _has_body(o, k)
        and _with_someone(head)
        and not _NOT_INTERVIEWER.search(o.items[k].text)
        and o.notes.sections[sec].level > 1  # "# Interview with Stripe": the page's title
        and not _named(o).kids[sec]  # "## Interview with Stripe" over its rounds
    ):
        return True  # "## Interview with Vikram", "### Video call w/ Dana Lee (Head of Ops)"
    return explicit(o.items[k].text)


def _over_rounds(o: Outline, sec: int) -> bool:
    """Two or more of the headings right under this one name a round: it is a day or stage
    of the loop, not one round."""
    return _named(o).under[sec] >= 2


def _among_rounds(o: Outline, sec: int) -> bool:
    """The heading sits under the loop's own heading ("## Onsite loop"), or within two places
    of the run of other sibling headings that name a round, with no aside between ("## Firm
    overview"): not "### Remit" or "## Recent deals" in the research before or after them."""
    parent = o.parents[sec]
    if parent is not None and o.own[parent] == "process":
        return True
    group, named = o.siblings(sec), _named(o)
    at = named.place[sec]
    run = [i for i in named.run[sec] if i != at]
    if not run or not run[0] - 2 <= at <= run[-1] + 2:
        return False
    if run[0] < at < run[-1]:
        return True
    if at < run[0] and _bare(o.notes.sections[sec].heading or "") and not _who_or_when(o, sec):
        return False  # "## me", "## the paper" in the research before the first round
    between = group[at + 1 : run[0]] if at < run[0] else group[run[-1] + 1 : at]
    return not any(
        aside_heading(split_title(o.notes.sections[m].heading or "")[0]) for m in between
    )


# a section's first line that says who or how long: "Declan Moore (HR), 15 min."
_WHO_FIRST = re.compile(r"^\W*[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+\s*[,(—–-]")
# a heading that is a numbered step, or names who: "3 Mtra. Ugalde", "Zoom with Mr Okafor"
_WHO_HEAD = re.compile(
    r"^\W*\d{1,2}[.)]?\s|\b(?:with|w/|con|mit|avec|met|com)\s+(?:the\s+|la\s+|el\s+)?[A-Z]"
    r"|\b(?:Mr|Mrs|Ms|Dr|Mtra|Mtro|Lic|Ing|Prof|Herr|Frau|Mme)\.?\s+[A-Z]"
)


def _bare(heading: str) -> bool:
    """A short heading in the candidate's voice or about the employer: "me", "my background",
    "the paper", "the company" (not "the walkthrough", "the ops lead", "TAUGHT LESSON")."""
    return bool(_ABOUT.match(heading.strip()))


_ABOUT = re.compile(
    r"(?i)^(?:me|about me|my\s+\w+(?:\s+\w+)?|(?:the|their|our)\s+(?:paper|company|firm|business|org"
    r"|organi[sz]ation|school|hospital|clinic|practice|store|restaurant|newsroom|agency|brand"
    r"|product|market|team|place|site|office|sector|industry))\W*$"
)


def _who_or_when(o: Outline, sec: int) -> bool:
    """The section's heading or first line names a person, a time or a length."""
    k = o.starts[sec]
    first = o.items[k + 1].text if _has_body(o, k) else ""
    heading = o.items[k].text
    return bool(
        says_when(heading) or _LASTS.search(heading) or _WHO_HEAD.search(heading)
        or _WHO_FIRST.match(first) or says_when(first) or _LASTS.search(first)
    )  # fmt: skip


@dataclass
class _Named:
    """Per outline, computed once: which headings name a round, how many of those sit right
    under each heading, each heading's place among its siblings and, per group of siblings,
    the places of those that name a round."""

    under: list[int]
    kids: list[int]
    place: list[int]
    run: list[list[int]]  # per section: the places, among its siblings, of those naming a round


def _named(o: Outline) -> _Named:
    if (done := o.__dict__.get("_named_rounds")) is not None:
        return done  # type: ignore[no-any-return]
    n = len(o.notes.sections)
    names = [_names_round(o, k) for k in range(n)]
    under, kids, place = [0] * n, [0] * n, [0] * n
    run: list[list[int]] = [[] for _ in range(n)]
    for k, parent in enumerate(o.parents):
        if parent is not None:
            under[parent] += names[k]
            kids[parent] += 1
    for group in o.sibling_groups:
        named = [i for i, m in enumerate(group) if names[m]]
        for i, m in enumerate(group):
            place[m], run[m] = i, named
    done = _Named(under, kids, place, run)
    o.__dict__["_named_rounds"] = done
    return done


def _names_round(o: Outline, sec: int) -> bool:
    """A heading that names a round in its words ("### Coding 1", "## Values interview",
    "## Portfolio presentation (10:00)"), not one that only shares a word with a kind's topics
    ("## Product", "## Culture" in the research)."""
    head = o.notes.sections[sec].heading or ""
    if not round_types(head) or aside_heading(split_title(head)[0]):
        return False
    low = tokens(head)
    return (
        has(low, STRONG)
        or has(low, ROUNDISH)
        or explicit(head)
        or says_when(head)
        or bool(_LASTS.search(head))
        or (any(c.isdigit() for c in head) and only_kind(outside_brackets(head)))  # "Coding 2"
    )


_LASTS = re.compile(r"(?i)\b\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes|h|hr|hrs|hours)\b")


# "Interview with Vikram": a conversation named by the person it is with
_WITH_NAME = re.compile(
    r"\b(?:with|w/|w)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*(?:[(,–—]|\s-\s|$)"
)


def _with_someone(title: str) -> bool:
    """A short title: an interview, call or chat with a named person ("Interview with Vikram",
    "Zoom call w/ Dr. Okafor (Head of Science)")."""
    bare = outside_brackets(title)
    return (
        len(bare.split()) <= 7
        and bool(_WITH_NAME.search(title))
        and has(tokens(bare), ROUNDISH)
        and not has(tokens(bare), CONTAINER)
        and not is_break(bare)
        and not is_prep(bare)
    )


def lone_panel(o: Outline, k: int) -> bool:
    """ "## Panel" (or "PANEL", "Panel interview – Thu 10 Dec, 2:30pm") over its own lines and
    no heading: one panel interview, not the loop's plan."""
    return (
        _PANEL_CUT.split(o.items[k].text.lower(), maxsplit=1)[0].strip() in _PANEL
        and o.below(k) == list(range(k + 1, k + 1 + len(o.below(k))))
        and not any(o.items[j].kind == "heading" for j in o.below(k))
    )


# a heading for one round's preparation: "Prep – technical assessment", "Prep for the panel"
_PREP_FOR = re.compile(r"(?i)^\W*prep(?:aration|aring|ping)?\s*(?:[-–—:]|for\b)\s*(?:the\s+)?\w")


def _prep_for_one(heading: str) -> bool:
    """ "Prep – technical assessment", "Prep for the panel": one round's preparation (not
    "prep for the 24th", whose headings are that day's rounds)."""
    m = _PREP_FOR.match(heading)
    rest = heading[m.end() - 1 :] if m else ""
    return bool(rest) and bool(round_types(rest)) and not says_when(rest)


_PANEL_CUT = re.compile(r"\s+[-–—]\s+|\s*[(,:]")  # what follows the name: when, how long
_PANEL = frozenset(("panel", "panel interview", "the panel", "interview panel", "final panel"))


def _has_body(o: Outline, k: int) -> bool:
    """The heading's section holds lines of its own."""
    return k + 1 < len(o.items) and o.secs[k + 1] == o.secs[k] and o.items[k + 1].kind != "heading"


def timed_talk(o: Outline, k: int) -> bool:
    """A top-level line under a day's heading that names a talk or a round's kind and says
    when, not a break, a plan or a talk with a friend: "gesprek met de praktijkhouder, 17u",
    "klinische casus bespreken, 17u45" over their bullets under "## vr 4/12"."""
    it = o.items[k]
    day = o.notes.sections[o.secs[k]].heading or ""
    if not (says_when(day) and len(day.split()) <= 3):
        return False  # under a day's heading ("wo 2/12"), as a journal or a diary has them
    if it.depth or not says_when(it.text) or _NOT_INTERVIEWER.search(it.text):
        return False
    title = split_title(it.text)[0]
    return (
        bool(o.types(k) or has(o.toks(k), ROUNDISH))
        and not is_break(title)
        and not is_prep(title)
        and not aside_heading(title)
    )


# a heading that is only a time slot: "**09:00 – 09:45**", "### 14:00-14:45"
_SLOT = re.compile(
    r"^\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[-–—]|to)\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*$"
)


def _slot_round(o: Outline, k: int) -> bool:
    """A time slot's heading is a round when the notes head two or more slots so and its
    first line is no break ("Registration, ID check, coffee", "Lunch with …") nor a plan."""
    sec = o.secs[k]
    slots = sum(1 for s in o.notes.sections if _SLOT.match(s.heading or ""))
    body = [o.items[j].text for j in o.section_items(sec) if o.items[j].kind != "heading"]
    if slots < 2 or not body:
        return False
    first = body[0]
    return not (is_break(first) or is_prep(first) or said_not_a_round(first))


def slot_opening(o: Outline, k: int) -> int | None:
    """The first line under a time slot's heading (the item's index), None for any other
    heading."""
    if not _SLOT.match(o.items[k].text):
        return None
    return next((j for j in o.section_items(o.secs[k]) if o.items[j].kind != "heading"), None)
