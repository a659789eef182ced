"""Numbered rounds: when a numbered list or numbered headings name rounds ("1. Recruiter
screen", "2. Coding 1", "[3] Phone technical #1", …), every numbered sibling is a round too, even one whose name says
nothing of its kind ("5. Bar Raiser", "### 3. Threat hunting practical", "▸ 3. Design
critique"). Breaks and social slots stay out ("▸ Coffee chat", "4. Lunch").

One pass over the items, grouping numbered entries by where they sit (the section for a list,
the parent heading for headings) and their depth.
"""

from __future__ import annotations

import re

from .breaks import is_prep
from .names import has_job
from .outline import NOT_ROUNDS, Outline, questions_header
from .parser import LIST_KINDS, Item
from .schedule import container_mention
from .shapes import dated, is_break, is_overview, is_todo, says_when, timed
from .vocab import CONTAINER, ROUNDISH, STRONG, has, outside_brackets, split_title, tokens

__all__ = [
    "dated_headings", "heading_dates", "led_lists", "lone_topics", "number_siblings", "panel_lists",
]  # fmt: skip

_NUMBERED = re.compile(
    r"^(?:\d{1,2}[.)](?!\d)|#\d{1,2}\b|(?:round|runde|ronda|step|stage)\s*\d{1,2}\b)"
)  # not "1.12."
# "1. Registration for the assessment day": a step of the candidate's, not a round
_SIGN_UP = re.compile(
    r"(?i)\b(?:registration|register|sign[- ]?up|apply|application|confirm\w*|book(?:ing)?"
    r"|submit\w*|deadline|reminder)\b"
)
_BRACKETED = re.compile(r"^\[(\d{1,2})\]\s+\S")


def number_siblings(o: Outline, markers: list[str | None]) -> None:
    """Mark the numbered siblings of numbered rounds as rounds (``markers`` is changed)."""
    groups: dict[tuple[int | None, str, int], list[int]] = {}
    run = 0  # a line outside the list between two lists: a new list, not more of the same
    numbering, last = 0, 0  # "[n]" lines: a number that does not go on from the last starts anew
    items = o.items
    for k, it in enumerate(items):
        if it.kind not in LIST_KINDS and not it.depth and not _lazy(items, k):
            run += 1
        if it.kind == "heading":
            if not _NUMBERED.match(it.text.lower()):
                continue
            sec = o.secs[k]
            key = (o.parents[sec], "heading", o.notes.sections[sec].level)
        elif not it.depth and (bracket := _BRACKETED.match(it.text)):
            number = int(bracket.group(1))
            numbering, last = numbering + (number <= last), number
            key = (numbering, "bracket", 0)  # "[3] Phone technical #1 — …": across the file
        elif it.kind == "ordered" or (it.kind == "bullet" and _NUMBERED.match(it.text)):
            key = (run, "list", it.depth)
        elif it.kind == "callout" and not it.depth and _NUMBERED.match(it.text):
            key = (o.secs[k], "callout", 0)  # "> [!todo] 2. Fagsamrøða — 3. des": a numbered card
        elif it.kind == "paragraph" and _NUMBERED.match(it.text.lower()):
            key = (o.secs[k], "paragraph", 0)  # "**3. Role-play: discovery call** – Aoife …"
        elif it.kind == "bullet" and o.cls[k] == "process":
            key = (run, "bullet", it.depth)  # "- SQL assessment (live)" among typed rounds
        else:
            continue
        groups.setdefault(key, []).append(k)
    for (_, kind, _), members in groups.items():
        rounds = [k for k in members if markers[k] in ("round", "heading")]
        plan = kind == "list" and len(rounds) < 2 and _dated_plan(o, members)
        if plan or (kind == "list" and len(rounds) < 2 and _step_blocks(o, members)):
            rounds, kind = members, "bracket"  # "1) Stage — Sat 3/7 … 2) Tasting — Tue 3/10"
        if kind == "callout" and _counted(o, members):  # cards numbered 1, 2, 3 … in any
            rounds, kind = members, "bracket"  # language, each with its notes: the loop
        # entries that say interview, meeting, call … count toward "most of the list"
        said = sum(1 for k in members if markers[k] or has(o.toks(k), ROUNDISH))
        if (
            len(rounds) == 1
            and kind == "list"
            and said == len(members) > 1
            and not any(_SIGN_UP.search(o.items[k].text) for k in members)
        ):
            kind = "bullet"  # "1. Interview 2. Excel practical test": the entries that say so
        elif len(rounds) < 2 or (said * 2 < len(members) and kind != "bracket"):
            continue
        for k in members:
            text = o.items[k].text
            if markers[k] is not None or o.cls[k] in NOT_ROUNDS or is_break(text):
                continue
            if container_mention(text, listed=True):
                continue  # "2.3 ONSITE – Tue 10/21, HQ": when the rounds below take place
            if questions_header(text) and not (o.types(k) or has(o.toks(k), ROUNDISH)):
                continue  # "3. Questions I'll ask" after "2. Interview panel"
            if kind != "bullet" or (
                (has(o.toks(k), ROUNDISH) or o.types(k)) and len(text.split()) <= 8
            ):  # "- product jam with Noor + Iris" among "- bug bash with Theo (CTO)"
                markers[k] = "heading" if kind == "heading" else "round"


def _counted(o: Outline, members: list[int]) -> bool:
    """Three or more callouts numbered 1, 2, 3 … in order under one heading, each over notes
    of its own."""
    numbers = [re.match(r"\d+", o.items[k].text) for k in members]
    told = [int(n.group(0)) for n in numbers if n]
    return (
        len(told) == len(members) >= 3
        and told == list(range(1, len(told) + 1))
        and all(k + 1 < len(o.items) and o.items[k + 1].depth for k in members)
    )


def _lazy(items: list[Item], k: int) -> bool:
    """A line right under a numbered entry, with no blank line between: its notes, not the end
    of the list ("3 — role-play discovery call" over "panel: Liam + a senior AE")."""
    j = k - 1
    while j >= max(0, k - 6) and items[j].kind not in LIST_KINDS:
        if items[j].line != items[j + 1].line - 1:
            return False
        j -= 1  # (a few lines back at most: a long paste with no blank line stays linear)
    return j >= 0 and items[j].kind == "ordered" and items[j].line == items[j + 1].line - 1


def _step_blocks(o: Outline, members: list[int]) -> bool:
    """ "1 — Brooke screen (done)", "2 — Liam Fitzgerald, Sales Manager", "3 — role-play
    discovery call", "4 — Priya Raman, VP Sales": three or more numbered entries, each a round
    word or a person with a job, at least one a round word: the loop, step by step."""
    if len(members) < 3:
        return False
    said = [has(o.toks(k), ROUNDISH) or bool(o.types(k)) for k in members]
    people = [bool(_PERSON_JOB.match(o.items[k].text)) for k in members]
    return any(said) and any(people) and all(a or b for a, b in zip(said, people, strict=True))


# "Liam Fitzgerald, Sales Manager Mid-Market", "Priya Raman – VP Sales ANZ"
_PERSON_JOB = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*(?:,|[-–—])\s*\S"
)


_PLAN = re.compile(r"(?i)\b(?:plan|process|loop|rounds|interviews)\b")
_NOT_PLAN = re.compile(r"(?i)\b(?:study|prep\w*|practi[cs]e|to-?dos?|reading|revision)\b")


def _dated_plan(o: Outline, members: list[int]) -> bool:
    """A numbered list led by a line about the plan whose entries say when they are, after
    their names: the steps of the process, even when no name says interview."""
    first = members[0]
    lead = o.items[first - 1].text if first else ""
    dated = sum(1 for k in members if says_when(split_title(o.items[k].text)[1]))
    chores = any(is_todo(o.items[k].text) or is_prep(o.items[k].text) for k in members)
    plan = bool(_PLAN.search(lead)) and not _NOT_PLAN.search(lead)
    return len(members) >= 2 and dated >= 2 and plan and not chores


def led_lists(o: Outline, markers: list[str | None]) -> None:
    """A list right under a round's own line holds its details, not rounds: "process" marks
    (a typed line of a process section) in it are dropped; elsewhere they are rounds."""
    lead: int | None = None  # the line a marked plain line's list would follow
    for k, it in enumerate(o.items):
        mark = markers[k]
        if it.kind in LIST_KINDS and lead is not None and it.line == lead + 1:
            lead = it.line
            if mark == "process":
                markers[k] = None
            continue
        lead = it.line if it.kind == "paragraph" and mark in ("round", "process") else None
        if mark == "process":
            markers[k] = "round"
    _listed(o, markers)


def _listed(o: Outline, markers: list[str | None]) -> None:
    """List items that read like rounds ("Values interview (45 min) with Marie") are rounds
    when another item of their list reads like one and most of the list does; then the
    list's items that say interview, call, … are rounds too."""
    groups: dict[tuple[int, int], list[int]] = {}
    run = 0
    for k, it in enumerate(o.items):
        if it.kind not in LIST_KINDS:
            run += not it.depth
            continue
        groups.setdefault((run, it.depth), []).append(k)
    for members in groups.values():
        listed = [k for k in members if markers[k] == "listed"]
        if not listed and sum(1 for k in members if markers[k] == "round") < 2:
            continue  # (a list of two rounds or more: its other round-like entries count too)
        rounds = sum(1 for k in members if markers[k] in ("listed", "round"))
        keep = rounds >= 2 and rounds * 2 >= len(members)  # "1. Recruiter screen", "2. HM"
        # the loop's own numbered list: "1) screening con ella", "3) caso de producto"
        steps = rounds >= 2 and o.own[o.secs[members[0]]] == "process" and len(members) <= 8
        for k in members:
            if markers[k] == "listed":
                markers[k] = "round" if keep else None
            elif (keep or steps) and markers[k] is None and _roundish(o, k, typed=steps):
                markers[k] = "round"


def _roundish(o: Outline, k: int, typed: bool = False) -> bool:
    text = o.items[k].text
    short = len(text.split()) <= 10
    if (
        o.cls[k] in NOT_ROUNDS
        or is_break(text)
        or is_todo(text)
        or container_mention(text, listed=True)
    ):
        return False
    title = outside_brackets(split_title(text)[0])  # "revisión de la prueba con dos del equipo"
    if len(title.split()) <= 10 and has(tokens(title), STRONG):  # "(Rubén y …): arquitectura, …"
        return True
    return short and (
        has(o.toks(k), ROUNDISH)
        or bool(_WITH_NAME.search(text))
        or (typed and bool(o.types(k)) and len(text.split()) <= 6)
    )  # "Security - threat modeling with Dan Ortiz" among typed rounds


_WITH_NAME = re.compile(r"\bwith\s+(?:Dr\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*$")


def heading_dates(o: Outline, markers: list[str | None]) -> None:
    """ "## Interview 1" over "Thu 5 March, 10:00, Teams, 1 hour. Sipho Dlamini, HR Manager":
    the dated line right under a round's heading says when that round is; it is no round of
    its own (``markers`` is changed)."""
    for k in range(len(o.items) - 1):
        if markers[k] != "heading" or markers[k + 1] != "round" or o.secs[k + 1] != o.secs[k]:
            continue
        nxt = o.items[k + 1]
        if nxt.kind == "paragraph" and not nxt.depth and dated(nxt.text) is not None:
            markers[k + 1] = None


_SEVERAL = re.compile(r"(?i)\b(?:conversations|interviews|meetings|rounds|sessions|calls|stages)\b")
_TBC = re.compile(r"(?i)^\W*(?:date|time|day|when)?\s*(?:tbc|tbd|tba|to be confirmed)\b")


def dated_headings(o: Outline, markers: list[str | None]) -> None:
    """ "Trial shift:" over "- Sat 28 Nov, 7:00–12:00", "Director of Rooms:" over "- Rui Matos"
    and "- Thurs 26 Nov, 10:00, at the hotel": a short heading whose first lines say when it
    takes place is a round (``markers`` is changed). Not a heading that is itself a date (a
    diary's day), an overview, or the pitch, the questions or research."""
    items = o.items
    for k, it in enumerate(items):
        if it.kind != "heading" or markers[k] is not None or len(it.text.split()) > 5:
            continue
        sec = o.secs[k]
        if o.own[sec] in (*NOT_ROUNDS, "research", "logistics") or is_overview(it.text):
            continue
        if dated(it.text) is not None or timed(it.text) is not None or says_when(it.text):
            continue
        if not (has_job(it.text) or o.types(k) or has(o.toks(k), ROUNDISH)):
            continue  # "Logistics:", "Misc", "lo que llevo": a dated line, but no round named
        if it.text.rstrip().endswith("?") or has(o.toks(k), CONTAINER) or _SEVERAL.search(it.text):
            continue  # "Who's on the onsite?", "Onsite", "Four conversations, per Tasha"
        under = [j for j in range(k + 1, min(k + 4, len(items))) if o.secs[j] == sec]
        if any(
            items[j].kind in LIST_KINDS and (_when(items[j].text) or _TBC.match(items[j].text))
            for j in under
        ) or (under and has_job(it.text) and _LENGTH_LEAD.match(items[under[0]].text)):
            markers[k] = "heading"  # or "Director of Nursing (Dr. M.)" over "20 min. Probably …"


_LENGTH_LEAD = re.compile(
    r"(?i)^\W*(?:~|about\s+|approx\.?\s+)?\d{1,3}\s*(?:min|mins|minutes|hrs?|hours?)\b"
)


def _when(text: str) -> bool:
    """A short line that says when: "Thurs 26 Nov, 10:00, at the hotel", "Sat 28 Nov, 7:00"."""
    return len(text.split()) <= 10 and (dated(text) is not None or says_when(text))


_PANEL_LEAD = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:panel|interviewers?|panell?ists|who)\b[^:]{0,40}:\s*$"
)


def panel_lists(o: Outline, markers: list[str | None]) -> None:
    """ "Panel (letter lists them like this):" over "1) Aoife Brennan, Chief Pharmacist (chair)",
    "2) Dr. Niamh Gallagher, …": who sits on a panel, one entry each, not rounds."""
    items = o.items
    for k, it in enumerate(items):
        if it.kind in LIST_KINDS or not _PANEL_LEAD.match(it.text):
            continue
        j = k + 1
        while j < len(items) and items[j].kind in LIST_KINDS:
            if _PERSON_JOB.match(items[j].text):
                markers[j] = None
            j += 1


def lone_topics(o: Outline, markers: list[str | None]) -> None:
    """ "### Round 4 — Hiring Manager" over "- Leadership: team, hiring, tech debt …": the one
    entry under a round's heading that reads like a round is a topic of that round, unless it
    says when it is (``markers`` is changed)."""
    by_sec: dict[int, list[int]] = {}
    for k, it in enumerate(o.items):
        if markers[k] == "round" and it.kind in LIST_KINDS and not it.depth:
            by_sec.setdefault(o.secs[k], []).append(k)
    for sec, found in by_sec.items():
        head = next((j for j in range(found[0], -1, -1) if o.items[j].kind == "heading"), None)
        if head is None or o.secs[head] != sec or markers[head] != "heading" or len(found) != 1:
            continue
        text = o.items[found[0]].text
        if not (_when(text) or timed(text) is not None or dated(text) is not None):
            markers[found[0]] = None
