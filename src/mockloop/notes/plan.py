"""Notes → InterviewPlan, and loading/saving the plan a user can edit.

The notes are flattened once (mockloop.outline); mockloop.rounds finds the rounds in them and
this module reads the rest of the plan off the same outline: company, role, the candidate's
pitch and questions, logistics and research. The plan is validated once, at the end, so a
10 MB file costs one pydantic call per plan section rather than one per quoted line.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from mockloop.catalog import library as catalog
from mockloop.errors import MockloopError, PlanError
from mockloop.records import ROUND_IDS, InterviewPlan

from .outline import Outline
from .parser import LIST_KINDS, MAX_BYTES, Item, Notes, gc_paused, read_notes
from .roundmap import default_rounds, plan_rounds
from .rounds import find_rounds, round_types
from .vocab import LOGISTICS, folded, has

__all__ = [  # default_rounds and round_types stay importable from here (llm_plan uses them)
    "default_rounds", "dump_plan", "extract_plan", "known_round_ids", "load_plan_or_notes",
    "round_types", "save_plan", "validate_plan",
]  # fmt: skip

_COMPANY_LINE = re.compile(r"^(?:company|employer|org)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_LINE = re.compile(r"^(?:role|position|title|job)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_NOUN = re.compile(
    r"\b(product manager|program manager|pm|tpm|apm|engineer|developer|designer|scientist"
    r"|analyst|architect|researcher|consultant|manager|strategist|marketer)s?\s+"
    r"(?:role|position|opening|job)\b",
    re.IGNORECASE,
)
_ROLE_STOP = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "my",
    "your",
    "our",
    "their",
    "in",
    "for",
    "of",
    "to",
    "as",
    "is",
    "be",
    "at",
    "on",
    "and",
    "with",
    "w",
    "about",
    "clear",
    "new",
}
_TITLE_SPLIT = re.compile(r"(?<!\s)\s+[-–—|:]\s+|:\s")
_WHY_STOP = {"now", "me", "us", "this", "here", "you", "i", "join", "them", "it", "the", "not"}
_TITLE_TAIL = re.compile(
    r"(?<!\s)\s+(interview|notes|prep|loop|onsite|pm|tpm|product|role|swe)\b.*$", re.IGNORECASE
)
_WHY = re.compile(r"^\s*why\s+(.*\S)\s*$", re.IGNORECASE)
_UPPER = {"ai", "ml", "db", "api", "io", "hq", "vc", "llm", "pm"}
_NOT_LOOSE = frozenset({"pitch", "questions"})  # their lines are neither logistics nor research
_QUOTE_MARKS = re.compile(r"^[“\"‘']+\s*|\s*[”\"’']+$")  # around a question
_QUOTES = frozenset("“\"‘'”’")  # every character either end of _QUOTE_MARKS can remove


def _title_case(name: str) -> str:
    """'fireworks ai' → 'Fireworks AI'; words the user capitalised are kept as written."""
    return " ".join(
        w.upper() if w.lower() in _UPPER else w[:1].upper() + w[1:] if w.islower() else w
        for w in name.split()
    )


def _front(o: Outline, key: str) -> str:
    """A front-matter scalar as text; a list or mapping there (or a YAML alias bomb) is ignored."""
    value = o.notes.front_matter.get(key)
    return (
        str(value).strip()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
        else ""
    )


def _company(o: Outline) -> str | None:
    for key in ("company", "title"):
        name = _TITLE_SPLIT.split(_front(o, key), maxsplit=1)[0]
        name = _TITLE_TAIL.sub("", name).strip()
        if name:
            return _title_case(name)
    for it in o.items:  # the first letter rules out nearly every line before the pattern runs
        if it.text[:1] in "cCeEoO" and (m := _COMPANY_LINE.match(it.text)):
            return m.group(1).strip()
    names = Counter[str]()
    for it in (i for i in o.items if i.kind == "heading"):
        for part in re.split(r"[?!:.]", it.text):
            m = _WHY.match(part)
            if m and m.group(1).lower() not in _WHY_STOP and len(m.group(1).split()) <= 3:
                names[_title_case(m.group(1))] += 1
    if names:
        return names.most_common(1)[0][0]
    title = next((s.heading for s in o.notes.sections if s.level == 1 and s.heading), "")
    name = _TITLE_TAIL.sub("", _TITLE_SPLIT.split(title.split(",", 1)[0], maxsplit=1)[0]).strip()
    return name if name[:1].isupper() and len(name.split()) <= 3 else None  # "# Stripe - PM"


def _role(o: Outline) -> str | None:
    for key in ("role", "position"):
        if _front(o, key):
            return _front(o, key)
    for it in o.items:
        if it.text[:1] in "rRpPtTjJ" and (m := _ROLE_LINE.match(it.text)):
            return m.group(1).strip()
    best: list[str] = []
    for it in o.items:  # "the forward deployed PM role" → Forward Deployed PM (longest wins)
        if _names_role(it.text):
            best = _longest_role(it.text, best)
    return _title_case(" ".join(best)) if best else None


def _names_role(text: str) -> bool:
    """_ROLE_NOUN matches; first a sound look at the folded text for the word every match
    ends in (role, position, opening or job)."""
    low = folded(text)
    hint = "role" in low or "position" in low or "opening" in low or "job" in low
    return hint and bool(_ROLE_NOUN.search(text))


def _longest_role(text: str, best: list[str]) -> list[str]:
    """The role noun with up to three words before it, if longer than the best so far."""
    for m in _ROLE_NOUN.finditer(text):
        words: list[str] = []
        for w in reversed(text[max(0, m.start() - 300) : m.start()].split()[-3:]):
            if w.lower() in _ROLE_STOP or not re.fullmatch(r"[A-Za-z][\w-]*", w):
                break
            words.insert(0, w)
        if len(words) + 1 > len(best):
            best = [*words, m.group(1)]
    return best


def _note(item: Item) -> dict[str, Any]:
    return {"text": item.text, "line": item.line}


def _pitch(o: Outline) -> list[dict[str, Any]]:
    out = []
    for k, sec in enumerate(o.notes.sections):
        if o.own[k] != "pitch":
            continue
        text = "\n".join(i.text for i in sec.items if i.kind != "heading")
        if text:
            out.append({"title": sec.heading or "", "text": text, "line": sec.line})
    return out


def _questions(o: Outline) -> list[dict[str, Any]]:
    """The first list (or run of lines) under a Questions heading, plus any line there that
    ends in '?'; surrounding quote marks are dropped."""
    out = []
    for k, sec in enumerate(o.notes.sections):
        body = [i for i in sec.items if i.kind != "heading"] if o.eff[k] == "questions" else []
        if not body:
            continue
        first = body[:1]
        for it in body[1:]:
            listed = it.kind in LIST_KINDS and first[-1].kind in LIST_KINDS
            if not (listed or (it.kind == first[-1].kind and it.line == first[-1].line + 1)):
                break
            first.append(it)
        leading = {id(it) for it in first if it.depth == 0}
        for it in body:
            if id(it) in leading or it.text.rstrip("”\"' ").endswith("?"):
                out.append({"text": _unquote(it.text.strip()), "line": it.line})
    return out


def _unquote(text: str) -> str:
    """Quote marks around a question dropped; the pattern runs only when there are some (it
    tries every position of the line)."""
    if text[:1] in _QUOTES or text[-1:] in _QUOTES:
        return _QUOTE_MARKS.sub("", text)
    return text


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
        rounds = plan_rounds(found)
        logistics, research = _loose_lines(o, claimed)
        return InterviewPlan.model_validate(
            {
                "company": _company(o),
                "role": _role(o),
                "pitch": _pitch(o),
                "candidate_questions": _questions(o),
                "logistics": logistics,
                "research": research,
                "rounds": rounds or default_rounds(),
                "default_loop": not rounds,
                "source": source,
            },
            strict=True,
        )  # built from str and int values: strict skips coercion, same result


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
        if r.id not in ids:
            raise PlanError(
                f"{where}: rounds.{n}.id: unknown round {r.id!r} — choose one of {', '.join(ids)}"
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
            if p.stat().st_size > MAX_BYTES:
                raise PlanError(
                    f"{p} is larger than {MAX_BYTES // 2**20} MB — a plan file is a few KB"
                )
            text = p.read_text(encoding="utf-8")
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
        p.write_text(text, encoding="utf-8")
    except OSError as exc:
        problem = exc.strerror or exc
        raise PlanError(f"cannot write plan to {p}: {problem} — pick a writable path") from None
    return p
