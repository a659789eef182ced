"""Notes → InterviewPlan, and loading/saving the plan a user can edit.

The notes are flattened once (mockloop.outline); mockloop.rounds finds the rounds in them and
this module reads the rest of the plan off the same outline: company, role, the candidate's
pitch and questions, logistics and research. The plan is validated once, at the end, so a
10 MB file costs one pydantic call per plan section rather than one per quoted line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from mockloop.catalog import library as catalog
from mockloop.errors import MockloopError, PlanError
from mockloop.files import TooLargeError, read_text_capped, write_atomic
from mockloop.records import ROUND_IDS, InterviewPlan, PlanRound

from . import asks, facts, job, pitches
from .employer import people
from .loops import default_kinds, default_rounds
from .outline import Outline
from .parser import Item, Notes, gc_paused
from .recruiters import named_hiring_manager, named_recruiter
from .roundmap import plan_rounds
from .rounds import find_rounds, round_types
from .sentences import message_rounds, sentence_rounds
from .source import read_notes
from .updates import without_dropped
from .vocab import LOGISTICS, has

__all__ = [  # default_rounds and round_types stay importable from here (llm_plan uses them)
    "default_rounds", "dump_plan", "extract_plan", "known_round_ids", "load_plan_or_notes",
    "round_types", "save_plan", "validate_plan",
]  # fmt: skip

_NOT_LOOSE = frozenset({"pitch", "questions"})  # their lines are neither logistics nor research


def _note(item: Item) -> dict[str, Any]:
    return {"text": item.text, "line": item.line}


def _loose_lines(o: Outline, claimed: set[int]) -> tuple[list[dict[str, Any]], ...]:
    """Lines no round used: logistics (location, comp, process, team, stage or timing) and
    research (the lines of research sections). One pass for both."""
    logistics, research = [], []
    sections, secs = o.notes.sections, o.secs
    for k, (it, cls) in enumerate(zip(o.items, o.cls, strict=True)):
        if cls in _NOT_LOOSE or k in claimed:
            continue
        if cls == "research":
            if it.kind != "heading" or sections[secs[k]].pseudo:
                research.append(_note(it))
        elif it.kind not in ("heading", "quote") and (
            cls == "logistics" or (len(it.text) <= 160 and has(o.toks(k), LOGISTICS))
        ):
            logistics.append(_note(it))
    return logistics, research


def extract_plan(notes: Notes, source: str | None = None) -> InterviewPlan:
    """Everything the interview needs from the notes; the default loop when none is named."""
    with gc_paused():  # hundreds of thousands of short-lived records, none in a cycle
        o = Outline(notes)
        found, claimed = find_rounds(o)
        if found:  # (else the last resort below reads every sentence)
            found += message_rounds(o, claimed)  # "apoi behavioral cu cineva …" in a chat
        found = without_dropped(o, found)  # "they're dropping the case presentation"
        role = job.role(o)
        rounds = plan_rounds(found, role)
        if o.notes.friends:  # a friend's own interviews, told in a chat with the candidate
            rounds = [r for r in rounds if not _their_own(o, r)]
        if not rounds:  # the last resort: rounds told sentence by sentence, two at least
            said = message_rounds(o, mine := set(claimed))  # "ორშაბათს live coding …"
            said = sorted(said + sentence_rounds(o, mine), key=lambda r: r.order)
            told = plan_rounds(said, role)
            rounds, claimed = (told, mine) if len(told) >= 2 else (rounds, claimed)
        if any(r.kind == "recruiter" and _no_one(r.interviewer) for r in rounds):
            rounds = _with_named(rounds, "recruiter", named_recruiter(o.items))  # "Recruiter: …"
        if any(r.kind == "hiring-manager" and _no_one(r.interviewer) for r in rounds):
            rounds = _with_named(rounds, "hiring-manager", named_hiring_manager(o.items))
        logistics, research = _loose_lines(o, claimed)
        company = facts.company(o, people([r.interviewer for r in rounds]))
        if role and company and (cut := re.search(rf"\s+[-–—|·@]\s+{re.escape(company)}$", role)):
            role = role[: cut.start()]  # "Senior Radiographer (CT) — Knocknarea Imaging"
        return InterviewPlan.model_validate(
            {
                "company": company,
                "role": role,
                "pitch": pitches.pitch(o, company),
                "candidate_questions": asks.questions(o),
                "logistics": logistics,
                "research": research,
                "rounds": rounds
                or default_rounds(default_kinds(role, (it.text for it in o.items))),
                "default_loop": not rounds,
                "source": source,
            },
            strict=True,
        )  # built from str and int values: strict skips coercion, same result


# the writer speaks of their own interviews: "my Gallatin final round is friday", "I had a bar
# raiser interview there" (not a recruiter's "with my colleague Luca", "Mon 7/12: call")
_FIRST_PERSON = re.compile(
    r"(?i)\bmy\s+(?:[\w'’\"“”-]+\s+){0,3}?(?:round|interview|loop|onsite|screen|panel|superday)s?\b"
    r"|\bi\s+(?:had|did|got)\s+(?:[\w'’\"“”-]+\s+){0,4}?(?:round|interview|panel|screen)s?\b"
)


def _their_own(o: Outline, r: PlanRound) -> bool:
    """The round is told in a message a friend wrote, about themself."""
    told = r.source
    return (
        told is not None and told.line in o.notes.friends and bool(_FIRST_PERSON.search(told.text))
    )


def _with_named(rounds: list[PlanRound], kind: str, name: str | None) -> list[PlanRound]:
    """The rounds of ``kind`` that name no one, with the person the notes name elsewhere as
    their recruiter or hiring manager ("Recruiter: Emily Tran", "HM: Kieran Doyle")."""
    if not name:
        return rounds
    return [
        r.model_copy(update={"interviewer": name})
        if r.kind == kind and _no_one(r.interviewer)
        else r
        for r in rounds
    ]


def _no_one(who: str | None) -> bool:
    """No person: none, or only the round's own title ("Recruiter", "Hiring manager")."""
    return who is None or who.strip().lower() in _TITLES_ONLY


_TITLES_ONLY = frozenset(
    ("recruiter", "the recruiter", "hm", "hiring manager", "the hiring manager")
)


# ---------------------------------------------------------------- load / save

PLAN_SUFFIXES = (".yaml", ".yml", ".json")
_HEADER = """\
# mockloop interview plan: edit freely, mockloop reads this file as-is.
# Round ids: {ids}.
# Each 'line' is the line in your notes the text came from.
"""


def known_round_ids() -> list[str]:
    try:
        extra = [r for r in catalog.round_ids() if r not in ROUND_IDS]
    except (MockloopError, OSError):
        extra = []
    return [*ROUND_IDS, *extra]


MAX_PLAN_VALUES = 200_000  # a plan holds hundreds of values; YAML aliases can make billions


def _parse_plan_file(path: Path, text: str) -> object:
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}: {exc.msg}"
        raise PlanError(f"{path}: not valid JSON ({where}) — fix the syntax") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise PlanError(f"{path}: not valid YAML ({where}{problem}) — fix the syntax") from None
    except RecursionError:
        raise PlanError(f"{path}: nested too deeply to be a plan — fix the file") from None
    except (ValueError, OverflowError) as exc:  # e.g. an integer of 5,000 digits
        raise PlanError(f"{path}: unreadable value ({str(exc)[:120]}) — fix the file") from None
    if _expanded_size(data) > MAX_PLAN_VALUES:
        raise PlanError(
            f"{path}: expands to more than {MAX_PLAN_VALUES:,} values (YAML aliases, or a reference "
            "to itself) — a plan is never that big: fix the file"
        )
    return data


def _expanded_size(data: object) -> int:
    """How many values ``data`` holds once YAML aliases are expanded, counted without expanding
    them (shared lists are counted once per reference). A cycle counts as too many."""
    sizes: dict[int, int] = {}
    busy: set[int] = set()
    stack: list[tuple[object, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, dict | list):
            continue
        key = id(node)
        children = [*node.keys(), *node.values()] if isinstance(node, dict) else node
        if done:
            total = 1 + sum(sizes.get(id(c), 1) for c in children)
            sizes[key] = min(total, MAX_PLAN_VALUES + 1)
            busy.discard(key)
            continue
        if key in sizes:
            continue
        if key in busy:
            return MAX_PLAN_VALUES + 1  # an alias that contains itself
        busy.add(key)
        stack.append((node, True))
        stack.extend(
            (c, False) for c in children if isinstance(c, dict | list) and id(c) not in sizes
        )
    return sizes.get(id(data), 1)


def validate_plan(data: object, where: str) -> InterviewPlan:
    """A plan from a file; the first problem is reported as 'where: field.path: message'."""
    try:
        plan = InterviewPlan.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p)[:60] for p in err["loc"]) or "plan"
        raise PlanError(f"{where}: {loc}: {err['msg']} — fix that field and retry") from None
    ids, seen = known_round_ids(), set()
    for n, r in enumerate(plan.rounds):
        if r.kind_id not in ids:  # "coding-2" names its kind; an id alone must be a kind
            field = "kind" if r.kind else "id"
            raise PlanError(
                f"{where}: rounds.{n}.{field}: unknown round {r.kind_id!r} — choose one of"
                f" {', '.join(ids)}"
            )
        if r.id in seen:
            raise PlanError(
                f"{where}: rounds.{n}.id: round {r.id!r} appears twice — keep one entry per round"
            )
        seen.add(r.id)
    return plan


def load_plan_or_notes(path: str | Path) -> InterviewPlan:
    """A saved plan (.yaml/.yml/.json holding 'rounds' or 'version'), else notes to extract."""
    p = Path(path).expanduser()
    if p.suffix.lower() in PLAN_SUFFIXES:
        if not p.is_file():
            raise PlanError(f"plan file not found: {p} — check the path")
        try:
            text = read_text_capped(p)
        except TooLargeError as exc:
            raise PlanError(f"{p} is {exc} — a plan file is a few KB") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise PlanError(f"cannot read plan {p}: {exc} — save it as readable UTF-8") from None
        data = _parse_plan_file(p, text)
        if isinstance(data, dict) and ("rounds" in data or "version" in data):
            return validate_plan(data, str(path))
    with gc_paused():  # one pause for reading and extracting: no collection in between
        return extract_plan(read_notes(p), source=str(path))


class _Dumper(yaml.SafeDumper):
    """Multi-line text (pitch answers) as '|' blocks, so the file reads like the notes."""


def _str_style(value: str) -> str | None:
    """'|' for multi-line text; double quotes for NEL (U+0085), which PyYAML's plain, single-quoted
    and block styles turn into a space or a line break on reading back."""
    if "\x85" in value:
        return '"'
    return "|" if "\n" in value else None


_Dumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style=_str_style(value)
    ),
)


def dump_plan(plan: InterviewPlan, fmt: str = "yaml") -> str:
    data = plan.model_dump(mode="json", exclude_none=True)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return _HEADER.format(ids=", ".join(known_round_ids())) + body


def save_plan(plan: InterviewPlan, path: str | Path) -> Path:
    """Write YAML (JSON for a .json path) that loads back to an equal plan."""
    p = Path(path).expanduser()
    text = dump_plan(plan, "json" if p.suffix.lower() == ".json" else "yaml")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(p, text)  # a full disk leaves an existing plan whole
    except OSError as exc:
        problem = exc.strerror or exc
        raise PlanError(f"cannot write plan to {p}: {problem} — pick a writable path") from None
    return p
