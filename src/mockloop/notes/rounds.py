"""The interview rounds the notes describe, found by evidence, strongest first: a table of
rounds; a one-liner ("onsite panel = product sense, execution"); an explicit line ("1st round",
"round 2", "R1"), a typed line in a "Process" section or opening a list; a heading naming a
round ("Technical interview"); a nested bullet of another round type with bullets of its own.
Keywords tolerate one-letter typos (mockloop.vocab).

Each line is asked once; costly patterns run only on lines cheap tests cannot rule out.
"""

from __future__ import annotations

import re

from . import schedule
from .agenda import calendar_rounds
from .backrefs import back_references
from .blocks import (
    SIGN_OFF,
    contact_field,
    container_head,
    day_header,
    day_plan,
    file_title,
    has_children,
    kind_with_person,
    labelled_unit,
    maybe_listed,
    names_kind,
    next_head,
    not_its_own,
    own_account,
    under_round_line,
)
from .breaks import counted_as_round, is_prep
from .byname import byname_rounds
from .closed import closed_items
from .found import Line, Quote, Round
from .headfocus import heading_focus
from .headings import lone_panel, slot_opening, strong_heading, timed_talk
from .ics import calendar_invitation, ics_rounds
from .keyed import keyed_rounds
from .mentions import CALL_WITH, MET, mention_rounds, told_a_call
from .minutes import agenda_topics
from .oneliner import attach_details, heading_parts, oneliner_rounds
from .outline import NOT_ROUNDS, Outline
from .pagetitle import is_title_heading
from .parser import LIST_KINDS
from .people import (
    ASIDE_SECTION,
    heading_of,
    heading_person_rounds,
    person_details,
    person_line,
    person_rounds,
)
from .prose import prose_rounds, tells_more
from .refs import ref_rounds
from .shapes import (
    ROUND_LABEL,
    causal_arrow,
    dated,
    is_break,
    is_overview,
    is_property,
    is_todo,
    leads_with_round,
    maybe_dated,
    oneliner_parts,
    says_when,
    timed,
    with_person,
)
from .siblings import (
    dated_headings,
    heading_dates,
    led_lists,
    lone_topics,
    number_siblings,
    panel_lists,
)
from .stacked import invite_rounds, outlook_rounds, stacked_rounds
from .stages import announced, round_noun, stage_rounds, stage_when
from .subrounds import make_round, subrounds
from .tables import table_rounds
from .thens import then_rounds
from .titlewords import number_listed
from .vocab import (
    CONTAINER,
    ROUNDISH,
    STRONG,
    explicit,
    folded,
    has,
    maybe_explicit,
    only_kind,
    outside_brackets,
    round_types,
    split_title,
    tokens,
)
from .who import WITH, person_after_dash, unnamed_title

__all__ = ["Line", "Round", "find_rounds", "round_types"]

_MINUTES = re.compile(r"(?i)\s*\(\s*~?\d+\s*(?:[-–]\s*\d+\s*)?(?:m|mins?|minutes|h|hrs?)\s*\)$")
_NUMBER = re.compile(r"^\d{1,2}(?:[.)]\s+|\s+[-–—:]\s+)")  # "### 3. Threat hunting", "## 3 — HM"
_TOLD_BY = re.compile(r"(?i)^\W*(?:(?:notes?|tips?|info|intel|advice)\s+)?(?:from|per|via)\s")
_ON = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b")
_UNKNOWN = re.compile(r"[-–—:(]\s*\?{2,}\)?$")  # who or when not known yet
_NEVER = frozenset({"quote", "callout", "table_row"})  # kinds that never introduce a round


class _Finder:
    """One search for rounds: the outline, the items already used, and each item's marker
    (how it introduces a round, if it does), computed once for every item up front."""

    def __init__(self, outline: Outline) -> None:
        self.o = outline
        self.claimed: set[int] = set()
        self.markers: list[str | None] = [None] * len(outline.items)
        for k in _candidates(outline):
            self.markers[k] = _marker(outline, k)
        led_lists(outline, self.markers)
        heading_dates(outline, self.markers)
        dated_headings(outline, self.markers)
        number_siblings(outline, self.markers)
        panel_lists(outline, self.markers)
        lone_topics(outline, self.markers)


def _candidates(o: Outline) -> list[int]:
    """Items that may introduce a round. Decided with the tests _marker would run last (kind,
    class, '?', ':' or '=', depth, a first look for explicit round words), which rule out
    nearly every line of a long file for a fraction of the cost of asking _marker."""
    out = []
    cls, own, secs = o.cls, o.own, o.secs
    for k, it in enumerate(o.items):
        kind, text = it.kind, it.text
        callout = kind == "callout" and not it.depth and has_children(o, k)  # its title…
        callout = callout and not _TOLD_BY.match(text)  # …not "From the recruiter"
        asked = text.endswith("?") and not _UNKNOWN.search(text)  # not "3. Execution — ???"
        if (kind in _NEVER and not (callout or schedule.quoted_round(o, k))) or asked:
            continue
        if kind == "heading" or ":" in text or "=" in text or ">" in text or "→" in text:
            out.append(k)
        elif cls[k] in NOT_ROUNDS:
            continue
        elif (
            maybe_dated(text)
            or maybe_explicit(low := folded(text))
            or (
                not it.depth
                and (
                    leads_with_round(text)
                    or MET.match(text)
                    or CALL_WITH.match(text)
                    or own[secs[k]] == "process"
                    or has_children(o, k)
                    or maybe_listed(kind, low)
                    or kind in LIST_KINDS
                    and announced(o, k)
                    or timed(text) is not None  # "All day   Take-home — due Thu"
                )
            )
        ):
            out.append(k)
    return out


def _marker(o: Outline, k: int) -> str | None:
    """How item ``k`` introduces a round, if it does (asked only of _candidates)."""
    it = o.items[k]
    text, sec = it.text, o.secs[k]
    if it.kind == "heading":
        if lone_panel(o, k):
            return "heading"
        bare = o.own[sec] == "process" and not o.types(k)  # "how they run it": the loop's plan
        overview = is_overview(it.text) and not explicit(outside_brackets(it.text))
        if o.own[sec] == "questions" or bare or overview:  # "STAR bank (for Round 5 mostly)"
            return None
        return "heading" if strong_heading(o, k) else None
    if o.cls[k] in NOT_ROUNDS or is_property(text) or "(cancelled)" in text:  # struck out
        return None
    if file_title(o, k) or contact_field(o, k):
        return None  # "DATA ENG INTERVIEW - notes"; "Recruiter: Jane Doe" by "Role: …"
    if any(SIGN_OFF.match(o.items[j].text) for j in range(max(0, k - 2), k)):
        return None  # "Thanks," over "Rosa Martinez" over "Technical Recruiter | Vireo"
    if own_account(o, k) and not explicit(text):
        return None  # "How I run the team week to week:" over "Mon: 30 min planning, Thu: demo"
    if causal_arrow(text) and (it.depth or not leads_with_round(text)):
        return None  # (but "HM interview w/ Kelsey, done. … pricing -> a gap" is a round)
    if schedule.container_mention(text, it.kind in LIST_KINDS) and not has_children(o, k):
        return None  # "Final round, date TBD", "Final round on Zoom. Use the desk upstairs."
    if (rest := timed(text)) is not None:  # a schedule line: a round unless it is a break
        named = o.cls[k] == "process" or round_types(rest) or has(tokens(rest), ROUNDISH)
        named = named or with_person(rest) or schedule.in_schedule(o, k)  # "12:10 … – Tomasz"
        skip = is_break(rest) or is_todo(rest) or is_prep(rest.split(". ")[0])  # "EM prep (mentor)"
        ok = rest and named and not skip  # nested: a round's own timetable, unless among slots
        return "round" if ok and (not it.depth or schedule.in_schedule(o, k)) else None
    if is_todo(text) or not_its_own(o, k):
        return None
    if under_round_line(o, k) and not explicit(text):
        return None  # "- code review: look for IDOR, …" under "Interview #2 – technical"
    if (m := ROUND_LABEL.match(text)) and not it.depth and round_types(m.group(1)):
        return "round"  # "Interview: Hiring Manager – Ravi Kumar" (a calendar invite)
    if not it.depth and (invited := calendar_invitation(text)) and not is_break(invited):
        return "round"  # "Invitation: Fietsdelen | Intro with Talent @ Mon 8 Dec 2026 10:00"
    if oneliner_parts(text):
        return "oneliner"
    if is_prep(split_title(text)[0]):
        return None  # "Sat 5/10: mock interview w/ Priya", "Mon: practise coding 2h"
    if (
        not it.depth
        and ("->" in text or "→" in text)
        and names_kind(text)
        and len(split_title(text)[0].split()) <= 4
    ):
        return "round"  # "pair programming -> Sana Qureshi, Senior Eng -> 60 min": its details
    if not it.depth and MET.match(text) and says_when(text) and told_a_call(o, k):
        return "round"  # "talked to Dana in the office last tues (Feb 11)", "meeting sams boss"
    if not it.depth and CALL_WITH.match(text):
        return "round"  # "phone w/ Mette done. 20 min like she said." (not a friend's advice)
    if not it.depth and leads_with_round(text) and not tells_more(o, k):
        return "round"  # "phone screen (done 2/21, Sam H.) — the rate limiter q"
    rest = dated(text) if not it.depth and not day_header(o, k) else None
    if rest and not is_break(rest) and (names_kind(rest) or has(tokens(rest), ROUNDISH)):
        # "Wed 12 Mar - coding interview, 1h"; not a day of a study plan, nor "wed - mock …"
        study = schedule.study_heading(o.notes.sections[sec].heading or "", rest) or is_prep(rest)
        return None if study else "round"
    if schedule.explicit_line(text):
        return None if is_break(text) and not round_types(outside_brackets(text)) else "round"
    if it.depth:
        return None
    if (
        o.own[sec] == "process"
        and o.types(k)
        and len(unnamed_title(split_title(text)[0]).split()) <= 8
        and not (has_children(o, k) and container_head(split_title(text)[0], text))
    ):  # a kind its title names outright, or a round noun ("ha minden ok: Péter, a CTO")
        named = names_kind(text) or (it.kind in LIST_KINDS and round_noun(text))
        return "process" if named else None  # not "20 min present, 25 min Q&A"
    if it.kind in LIST_KINDS and (
        (o.own[sec] == "process" and round_noun(text)) or (announced(o, k) and not is_break(text))
    ):  # "4. grup mülakatı", "2e gesprek"; each step after "the next steps are:"
        return "process"
    dated_step = o.own[sec] == "process" and _ON.search(text) and not has(o.toks(k), CONTAINER)
    if it.kind in LIST_KINDS and dated_step and has_children(o, k):
        return "process"  # "## Interviews" over "- Trial brew day 📅 Mar 14 6:00 AM" over its notes
    if has_children(o, k) and person_line(text) and not ASIDE_SECTION.search(heading_of(o, k)):
        return "round"  # "Phil Garza - Operations Manager (Rick's boss) - 3/18" over bullets
    if has_children(o, k) and stage_when(text) and not ASIDE_SECTION.search(heading_of(o, k)):
        return "round"  # "scenario - 18/02, 10am", "Achieng - Tue 11th Feb 14:00" over bullets
    title = split_title(text)[0]
    if (who := _NAME_FIRST.match(text)) and not round_types(who.group(1)):
        return None  # "Kayla Wexler, tech recruiter. 30m": who the round is with
    brief, bt = len(title.split(None, 6)) <= 6, outside_brackets(title)  # "Final interviews (…):"
    if not brief and container_head(bt, text):  # "Final loop, Friday the 13th, at our office:"
        return "container" if has_children(o, k) and not has(o.toks(k), STRONG) else None
    if has_children(o, k) and day_plan(o, k, bt):
        return "container"  # "Structure of the day (from the letter)" over its sessions
    short = len(bt.split(None, 6)) <= 6  # "rencontre avec Nathalie Roy (directrice de …)"
    w = WITH.search(bt) if short and has(o.toks(k), ROUNDISH) else None
    if w and _SOMEONE.match(w[1]) and has_children(o, k):
        return "round"  # "Telefonat mit Frau Hofer (Inhaberin)" over its bullets
    if has_children(o, k) and brief:
        if _PANEL_WHO.match(next(iter(_kids(o, k)), "")) and has(o.toks(k), ROUNDISH):
            return "round"  # "3. Interview panel" over "Panel: Ms Roisin Maguire …": one round
        # "ops case - 3/17 (onsite LA)": where it is, not a stage of several rounds
        if (
            has(tokens(outside_brackets(text)), CONTAINER)
            and not only_kind(title)
            and not has(o.toks(k), STRONG)  # "Pricing case study 🔜 onsite Aug 28"
            and not labelled_unit(title)  # "Panel B (policy scenario)": one panel of several
        ):
            return "container"
        if o.types(k) and (has(o.toks(k), STRONG) or has(o.toks(k), ROUNDISH)):
            return "round"
        if only_kind(title):
            return "round"  # "HM — Greg" over its own bullets
        after = person_after_dash(text) if o.types(k) and not it.depth else None
        if after and _NAME_FIRST.match(after) and round_types(split_title(text)[0]):
            return "round"  # "Values & collab — Felix Aumann, CTO" over its own bullets
    if it.kind in LIST_KINDS and counted_as_round(*_kids(o, k)):
        return "round"  # "Coffee chat w/ Lisa" over "'informal' but honestly it was round 1"
    if has_children(o, k) and kind_with_person(title):
        return "round"  # "past project deep dive w/ ellen again" over its own bullets
    if has_children(o, k) and timed_talk(o, k):
        return "round"  # "gesprek met de praktijkhouder, 17u" over its bullets
    listed = (it.kind in LIST_KINDS or it.opens) and len(outside_brackets(title).split()) <= 8
    strong = has(o.toks(k), STRONG) or has(o.toks(k), ROUNDISH) or kind_with_person(title)
    if listed and o.types(k) and strong:
        return "listed"  # "- Values interview (45 min) with Marie": a round if its list agrees
    return None


# who a call or a meeting is with: a name, an honorific or a job ("Frau Hofer", "the CFO")
_SOMEONE = re.compile(
    r"(?:(?i:frau|herrn?|mr|mrs|ms|miss|dr|mme|madame|monsieur|sr|sra|signora?|dott\.?ssa)\b"
    r"|(?:the\s+)?[A-Z])"
)
# who sits on a panel: the first line under "3. Interview panel"
_PANEL_WHO = re.compile(r"(?i)^(?:the\s+)?panel(?:lists|ists)?\b[^:]{0,30}:\s*\S")


def _kids(o: Outline, k: int) -> list[str]:
    """The first few bullets nested under list item ``k``."""
    out = []
    for it in o.items[k + 1 : k + 4]:
        if it.depth <= o.items[k].depth:
            break
        out.append(it.text)
    return out


_NAME_FIRST = re.compile(r"^((?:Dr\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+),\s")


def _block(f: _Finder, k: int) -> list[int]:
    """Entries under marker ``k``: its nested bullets, or for a plain line the list (or the
    unbroken lines) right after it, up to the next round."""
    items, secs = f.o.items, f.o.secs
    head = items[k]
    base = head.depth if head.kind in LIST_KINDS or head.kind == "callout" else -1
    out: list[int] = []
    prev = head.line
    for j in range(k + 1, len(items)):
        it = items[j]
        if secs[j] != secs[k] or it.kind == "heading" or (base >= 0 and it.depth <= base):
            if base >= 0 and it.kind == "quote" and secs[j] == secs[k]:
                out.append(j)  # ">> ME: bring the brag book" between the entries: their note
                continue
            break
        if base < 0 and it.kind not in LIST_KINDS and (it.line != prev + 1 or it.opens):
            break
        if base < 0 and out and it.kind == "paragraph" and not it.depth and next_head(f.o, j):
            break  # the next round's line over bullets of its own: "then the cold call role play"
        if (
            base < 0
            and it.depth == 0
            and (
                f.markers[j]
                or timed(it.text) is not None
                or explicit(it.text)
                or dated(it.text)
                or (names_kind(it.text) and says_when(it.text))
            )  # "HM interview Wed 12 Feb 10am"
        ):
            break
        out.append(j)
        prev = it.line
    return out


def _block_rounds(f: _Finder, k: int, container: bool) -> list[Round]:
    items = f.o.items
    block = _block(f, k)
    subs = subrounds(f.o, k, block, container)
    inside = set(subs) | {j for kids in subs.values() for j in kids}
    rounds = [make_round(items[j], [items[c] for c in kids]) for j, kids in subs.items()]
    f.claimed.update([k, *inside])
    if container:  # "onsite:" itself is not a round; its untyped bullets stay loose
        return rounds
    f.claimed.update(block)
    return [make_round(items[k], [items[j] for j in block if j not in inside]), *rounds]


def find_rounds(o: Outline) -> tuple[list[Round], set[int]]:
    """The rounds in the notes, in the order found, and the items they used."""
    f = _Finder(o)
    f.claimed |= closed_items(o)  # "## MODERNA — … — CLOSED": another loop, ended
    rounds = table_rounds(o, f.claimed) + ics_rounds(o, f.claimed) + keyed_rounds(o, f.claimed)
    rounds += stacked_rounds(o, f.claimed)  # "9:00 AM - 9:45 AM" over "Brandon Tate" over his title
    rounds += invite_rounds(o, f.claimed)  # "Mon 15/12/2026 09:30-10:30" / subject / "Organizer:"
    rounds += outlook_rounds(o, f.claimed)  # "Subject:\tPresentation" / "Start:\tThu 12/03 11:45"
    marked = [k for k, kind in enumerate(f.markers) if kind and k not in f.claimed]
    rounds += oneliner_rounds(o, f.markers, marked, f.claimed)  # first: details are no rounds
    attach_details(o, rounds, f.claimed)
    rounds += person_rounds(o, f.claimed)  # "DARNELL OKAFOR-HUGHES / Chief Operating Officer"
    rounds += heading_person_rounds(o, f.claimed)  # "## Dana Whitfield — Talent Partner"
    rounds += _marker_pass(f, marked)
    for title, who, head, lines in prose_rounds(o, f.claimed):  # "The second is a chat w/ …"
        rounds.append(Round(title, head, (head.line, 0), title, focus=list[Quote](lines), who=who))
    rounds += byname_rounds(o, f.claimed)  # "Marcus is react coding …", "Teo is javascript …"
    rounds += ref_rounds(o, f.claimed)  # "(c) Daniel Koh (GC APAC) – 22 Oct" after an overview
    rounds += stage_rounds(o, rounds, f.claimed)  # "## panel" with no round under it
    rounds += mention_rounds(o, rounds, f.claimed)  # "screen was Fri 5 Apr — done"
    rounds += then_rounds(rounds)  # "live SQL with Michelle, then a design chat with Rob"
    back_references(o, rounds, f.claimed)  # "thursday (Michelle + Rob)" over its prep
    heading_focus(o, rounds, f.claimed)
    person_details(o, rounds, f.claimed)  # "Ravi (Sr. Scientist) — …" under a schedule's slot
    top = " ".join(it.text for it in o.items[:3] if timed(it.text) is None)  # the title lines
    rounds = calendar_rounds(rounds, top)  # "Nordwell Clinical - Screening call", "Call Mama"
    number_listed(o.items, rounds)  # "5. GM interview", later "## 5 · Interview with our GM"
    starts = sorted(r.order[0] for r in rounds)
    slots = {r.order[0] for r in rounds if timed(r.source.text) is not None}  # "9:00 Fachgespräch"
    topics = agenda_topics(o)  # "Agenda: 1. Feedback on first interview 2. Next stages 3. AOB"
    rounds = [r for r in rounds if r.title.strip().lower() not in topics]
    return [r for r in rounds if not is_title_heading(o, r, starts, slots)], f.claimed


def _marker_pass(f: _Finder, marked: list[int]) -> list[Round]:
    """Heading rounds and the rounds of list blocks, in notes order."""
    o, out = f.o, list[Round]()
    for k in marked:
        kind = None if k in f.claimed else f.markers[k]
        if kind == "heading":
            sec, it = o.secs[k], o.items[k]
            heading = o.notes.sections[sec].heading or it.text
            title = _MINUTES.sub("", split_title(_NUMBER.sub("", heading))[0]) or heading
            if parts := heading_parts(o, k, title, f.claimed):
                out += parts  # "Take-home presentation + team interview" over a) and b)
                continue
            pitch = o.own[sec] == "pitch"
            if (first := slot_opening(o, k)) is not None:  # "**09:00 – 09:45**" over "Role-play…"
                f.claimed.add(first)  # its first line says what the slot is: its kind
                title, heading = heading, f"{heading} {o.items[first].text}"
            out.append(Round(title, it, (it.line, 0), heading, heading_sec=sec, pitch=pitch))
        elif kind:
            out += _block_rounds(f, k, container=kind == "container")
    return out
