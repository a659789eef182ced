"""The rounds found in the notes, made into the plan's rounds: a catalog id each, an
interviewer, and one round per id.

Each round maps to the closest catalog id: its title's type wins, otherwise its interviewer
and bullets vote; an untyped round takes the next free id in loop order. Ids stay unique: a
later round whose id is taken is merged into the earlier one (its new focus lines appended),
so "product sense" and "execution" panels both feed pm-fundamentals. Rounds are listed
recruiter first, then in notes order. Notes that name no round get the catalog loop.
"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter

from mockloop.catalog import library as catalog
from mockloop.errors import MockloopError
from mockloop.records import ROUND_IDS, PlanRound

from .rounds import Round
from .vocab import (
    DASH,
    WHO,
    WHO_START,
    WORD,
    at,
    canon,
    folded,
    has,
    round_types,
    split_title,
    tokens,
)

__all__ = ["default_rounds", "plan_rounds"]

_WITH = re.compile(r"(?:^|\s)(?:with|w/(?!o)|w)\s+(\S.*)$", re.IGNORECASE)
_WITH_HINT = re.compile(r"w(?:ith|/)?\s")  # on folded text: every _WITH match holds one
_ROUND_TAIL = re.compile(r"(?i)\s+(call|screen|chat|round|interview|conversation|convo|notes)$")
_DURATION = re.compile(
    r"(?i)(?<!\s)\s*\(\s*~?\d+\s*(-\s*\d+\s*)?(min|mins|minutes|h|hr|hrs|hours)\s*\)"
)
_ACRONYMS = {
    w.lower(): w
    for w in [
        "PM",
        "PMs",
        "GPM",
        "TPM",
        "APM",
        "CEO",
        "CTO",
        "CPO",
        "COO",
        "VP",
        "SVP",
        "HM",
        "EM",
        "AE",
        "AEs",
        "SE",
        "SEs",
        "HR",
    ]
}


def _resolve_id(r: Round) -> str | None:
    """The title's type wins; a tie or an untyped title is settled by interviewer and focus
    (counted only then: a title of one type needs no vote)."""
    pool = round_types(r.text)
    if len(pool) == 1:
        return pool[0]
    votes = Counter[str]()
    for n in r.focus:
        for t in round_types(n.text):
            votes[t] += 1
    for t in round_types(r.who or ""):
        votes[t] += 2
    pool = pool or tuple(votes)
    return max(pool, key=lambda t: votes[t]) if pool else None


def _interviewer(r: Round) -> str | None:
    """Who a round is with, read from its own lines; a recruiter round defaults to one."""
    found = _interviewer_in([r.text, split_title(r.text)[1]] + [n.text for n in r.focus])
    if found is not None:
        return found
    return "Recruiter" if r.id == "recruiter" else None


def _assign_ids(rounds: list[Round]) -> None:
    used: list[str] = []
    for r in rounds:
        r.id = _resolve_id(r)
        if r.id is None:  # "2nd round" with generic bullets: the next free id in loop order
            after = ROUND_IDS.index(used[-1]) + 1 if used else 0
            free = [i for i in ROUND_IDS[after:] + ROUND_IDS[:after] if i not in used]
            r.id = free[0] if free else used[-1]
        used.append(r.id)


def plan_rounds(rounds: list[Round]) -> list[PlanRound]:
    """Catalog ids for the rounds found, merged so each id appears once, recruiter first."""
    rounds = [r for r in rounds if r.heading_sec is None or round_types(r.title) or r.focus]
    if all(r.pitch and not r.focus for r in rounds):
        return []  # only a pitch heading such as "Recruiter call": the notes describe no loop
    rounds.sort(key=attrgetter("order"))
    _assign_ids(rounds)
    rounds.sort(key=lambda r: r.id != "recruiter")  # stable: notes order within each group
    return [_plan_round(r) for r in _merge(rounds)]


def _merge(rounds: list[Round]) -> list[Round]:
    """One round per id: a later round's focus lines not already there are appended, and it
    names the interviewer if the earlier ones did not."""
    merged: dict[str, Round] = {}
    seen: dict[str, set[tuple[str, int | None]]] = {}
    for r in rounds:
        rid = str(r.id)
        first = merged.get(rid)
        if first is None:
            seen[rid] = {(n.text, n.line) for n in r.focus}
            merged[rid] = Round(
                title=r.title,
                source=r.source,
                order=r.order,
                text=r.text,
                focus=list(r.focus),
                who=r.who or _interviewer(r),
                id=rid,
            )
            continue
        known, focus = seen[rid], r.focus or [r.source]
        keys = [(n.text, n.line) for n in focus]
        first.focus += [n for n, key in zip(focus, keys, strict=True) if key not in known]
        known.update(keys)  # after the test: a line twice in one round is kept twice
        if not first.who:  # asked only when the earlier rounds named no interviewer
            first.who = r.who or _interviewer(r)
    return list(merged.values())


def _plan_round(r: Round) -> PlanRound:
    """Validated once, with all its focus lines: one pydantic call instead of one per line."""
    return PlanRound.model_validate(
        {
            "id": r.id,
            "title": r.title,
            "interviewer": r.who,
            "focus": [{"text": n.text, "line": n.line} for n in r.focus],
            "source": {"text": r.source.text, "line": r.source.line},
        },
        strict=True,
    )  # every value is already of its field's type: strict skips coercion


def default_rounds() -> list[PlanRound]:
    """The catalog loop, for notes that describe no rounds."""
    out = []
    for rid in ROUND_IDS:
        try:
            spec = catalog.load_round(rid).spec
            title, who = spec.title, spec.interviewer
        except MockloopError:  # catalog not installed: ids alone still make a usable loop
            title, who = rid.replace("-", " ").capitalize(), None
        out.append(PlanRound(id=rid, title=title, interviewer=who))
    return out


# ---------------------------------------------------------------- interviewers


def _interviewer_in(texts: list[str]) -> str | None:
    """'chat w pms' → PMs; 'gpm of partnerships' → GPM of partnerships: the first text that
    names someone after "with", else the first that starts with an interviewer's title."""
    for text in texts:
        m = _WITH.search(text) if _WITH_HINT.search(folded(text)) else None
        who = _cut(m.group(1)) if m else ""
        if who and len(who.split()) <= 8 and (has(tokens(who), WHO) or who[0].isupper()):
            return _fmt_who(who)
    for text in texts:
        if _starts_with_who(text):
            who = _drop_round_tail(_cut(text))
            if who and len(who.split()) <= 6:
                return _fmt_who(who)
    return None


def _starts_with_who(text: str) -> bool:
    """The first word names an interviewer; the whole line is tokenised only when it might."""
    first = WORD.search(text.lower())
    if first is None or canon(first.group()) not in WHO_START.index:
        return False
    return at(tokens(text), 0, WHO_START)


def _drop_round_tail(text: str) -> str:
    """'recruiter screen call' → 'recruiter'; word by word from the end, so it stays linear."""
    while m := _ROUND_TAIL.search(text, max(0, len(text) - 40)):
        text = text[: m.start()]
    return text


def _fmt_who(text: str) -> str:
    """Tidy an interviewer phrase: fix typos, capitalise acronyms, 'co founders' → co-founders."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in _ACRONYMS and (word.islower() or word.isupper()):
            return _ACRONYMS[word.lower()]
        return canon(word) if word.islower() else word

    text = re.sub(r"\bco[\s-]?(founders?)\b", r"co-\1", text.strip(" -–—:"))
    return re.sub(r"[A-Za-z]+", fix, text)


def _cut(text: str) -> str:
    """Text up to the first ',', ';', '.', ':' or ' - ' outside brackets, minus "(30 min)"."""
    text, depth = _DURATION.sub("", text), 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if depth <= 0 and (ch in ",;.:" or (ch.isspace() and DASH.match(text, i))):
            return text[:i].strip()
    return text.strip()
