"""Notes → InterviewPlan, and loading/saving the plan a user can edit.

Rounds are found by evidence, strongest first: a table of rounds (Round | Interviewer |
...); a one-liner ("onsite panel = product sense, execution, technical"); an explicit
line ("1st round", "round 2", "final interview", "R1"), a typed line in a "Process"
section, or a short typed line that opens a list; a heading naming a round ("Recruiter
notes", "Technical interview"). A nested bullet that names a different round type than
its parent and has bullets of its own ("technical conversation/experience" under "2nd
round") becomes its own round. Each notes round maps to the closest catalog id: its
title's type wins, otherwise its interviewer and bullets vote. Ids stay unique: a later
round whose id is taken is merged into the earlier one (its focus appended), so
"product sense" and "execution" panels both feed pm-fundamentals. Rounds are listed
recruiter first, then in notes order. Keywords tolerate one-letter typos.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from . import catalog
from .errors import MockloopError, PlanError
from .models import ROUND_IDS, InterviewPlan, NoteLine, PitchBlock, PlanRound
from .notes import LIST_KINDS, MAX_BYTES, Item, Notes, read_notes

# ---------------------------------------------------------------- vocabulary
# Phrases match lower-cased word tokens. A token of 6+ letters one edit (or one swap)
# away from a vocabulary word counts as that word: "engineeing", "partnrships", "techincal".

Phrases = dict[str, list[tuple[str, ...]]]


def _phrases(spec: str) -> Phrases:
    index: Phrases = {}
    for phrase in spec.split("|"):
        index.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return index


_TYPE_SPEC = {
    "recruiter": "recruiter|recruiters|recruiting|phone screen|hr screen|hr|talent partner"
    "|intro call",
    "pm-fundamentals": "pm|pms|product sense|product design|product manager|execution"
    "|fundamentals|foundational|hiring manager|hm|analytical|metrics|prioritization|behavioral",
    "take-home": "take home|takehome|case study|homework|assignment|exercise|presentation"
    "|work sample",
    "partnerships": "partnership|partnerships|partner|partners|cross functional|xfn|stakeholder"
    "|stakeholders|sales|gtm|go to market|alliances|business development|bd",
    "technical": "technical|tech|engineering|engineer|engineers|eng|system design|architecture"
    "|inference|llm|llms|coding|code|api|apis|infra|infrastructure|ml|debugging|sql",
    "cofounders": "co founder|co founders|cofounder|cofounders|founder|founders|ceo|cto|cpo|coo"
    "|final|leadership|executive|exec|execs|vision|values|culture|bar raiser",
}
_TYPES = {rid: _phrases(spec) for rid, spec in _TYPE_SPEC.items()}
_STRONG = _phrases("recruiter|recruiters|phone screen|hr screen|take home|takehome|case study"
                   "|homework|hiring manager|system design")
_ROUNDISH = _phrases("round|interview|interviews|screen|call|chat|conversation|convo|panel"
                     "|onsite|session|deep dive|presentation|meeting|sync")
_CONTAINER = _phrases("onsite|on site|panel|loop|superday|super day|rounds|interviews|final round")
_WHO_SPEC = ("gpm|hm|recruiter|recruiters|founder|founders|cofounder|cofounders|co founder"
             "|co founders|ceo|cto|cpo|coo|vp|svp|director|head|staff|principal|hiring manager"
             "|panel|pms|engineers|engineering leadership|engineering lead|engineering manager"
             "|eng lead|eng manager|tech lead|aes")
_WHO_START = _phrases(_WHO_SPEC)  # a line that starts with one of these names the interviewer
_WHO = _phrases(_WHO_SPEC + "|team|lead|manager|leadership|pm|ae|se|designer|designers|engineer")
_ROLE_TEAM = _phrases("pm|pms|role|team|teams|founding|startup|startups|technical|engineering"
                      "|engineers|customer|customers|scale|headcount|headcounts|partnership|hats"
                      "|talent|hire|hiring|reports|reporting|manager|org|bench|pmf|product"
                      "|company|grow|grown|growth")
_LOGISTICS = _phrases("new york|nyc|sf|san francisco|bay area|remote|hybrid|office|relocate"
                      "|relocation|in person|seattle|london|austin|boston|equity|comp"
                      "|compensation|salary|base|bonus|rsu|rsus|options|offer|band|leveling"
                      "|rounds|process|interview|interviews|loop|next steps|keep me posted"
                      "|follow up|decision|timeline|schedule|week|weeks|wk|wks|days|month"
                      "|months|deadline|start date|asap|qtr|quarter|team|pms|headcount"
                      "|headcounts|hiring|hire|reports to|founding|series|seed round|funding"
                      "|raise|raised|raising|valuation|ipo|runway")
_FUZZY = sorted({w for ix in [*_TYPES.values(), _WHO, _ROLE_TEAM] for ps in ix.values()
                 for p in ps for w in p if len(w) >= 6})
_FUZZY_SET = set(_FUZZY)
_CANON: dict[str, str] = {}

_EXPLICIT = re.compile(  # "1st round", "final interview", "2nd take home", "round 2", "R1"
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last)\s+(?:round"
    r"|interview|call|chat|screen|conversation|convo|take[\s-]?home|stage|onsite|panel)\b"
    r"|\bround\s*(?:#\s*)?(?:\d+|one|two|three|four|five|six)\b|^r\d\b",
    re.IGNORECASE,
)
_SEP = re.compile(r"(?<!\s)\s+[-–—]+\s+")
_ONELINER = re.compile(r"^(?P<label>[^=:]{2,40}?)\s*[=:]\s*(?P<rest>.+)$")
_WITH = re.compile(r"(?:^|\s)(?:with|w/(?!o)|w)\s+(\S.*)$", re.IGNORECASE)
_ROUND_TAIL = re.compile(r"(?i)\s+(call|screen|chat|round|interview|conversation|convo|notes)$")
_DURATION = re.compile(r"(?i)(?<!\s)\s*\(\s*~?\d+\s*(-\s*\d+\s*)?(min|mins|minutes|h|hr|hrs|hours)\s*\)")
_QUESTIONS = re.compile(r"\b(questions?|qs)\b")
_THEY_ASK = re.compile(r"\b(they|they'll|expect|likely|practice|mock|behavioral|might)\b")
_PITCH = re.compile(r"^why\b|\bwhy (now|us|me|this|here)\b|tell me about yourself|about me"
                    r"|\bintro(duction)?\b|\bpitch\b|\bmy story\b|walk me through|\bmotivation\b")
_CLASSES = (
    ("process", re.compile(r"\b(process|loop|rounds|stages|pipeline|onsite|on-site|panel"
                           r"|superday)\b")),
    ("logistics", re.compile(r"\b(logistics|next steps|comp|compensation|timeline|salary)\b")),
    ("research", re.compile(r"\b(notes|research|company|about|market|landscape|competit\w*|product"
                            r"|news|funding|background|overview|headwinds|tailwinds|swot|thesis"
                            r"|strategy|business model|customers)\b")),
)
_COMPANY_LINE = re.compile(r"^(?:company|employer|org)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_LINE = re.compile(r"^(?:role|position|title|job)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_NOUN = re.compile(
    r"\b(product manager|program manager|pm|tpm|apm|engineer|developer|designer|scientist"
    r"|analyst|architect|researcher|consultant|manager|strategist|marketer)s?\s+"
    r"(?:role|position|opening|job)\b",
    re.IGNORECASE,
)
_ROLE_STOP = {"the", "a", "an", "this", "that", "my", "your", "our", "their", "in", "for", "of",
              "to", "as", "is", "be", "at", "on", "and", "with", "w", "about", "clear", "new"}
_TITLE_SPLIT = re.compile(r"(?<!\s)\s+[-–—|:]\s+|:\s")
_WHY_STOP = {"now", "me", "us", "this", "here", "you", "i", "join", "them", "it", "the", "not"}
_TITLE_TAIL = re.compile(r"(?<!\s)\s+(interview|notes|prep|loop|onsite|pm|tpm|product|role|swe)\b.*$",
                         re.IGNORECASE)
_WHY = re.compile(r"^\s*why\s+(.*\S)\s*$", re.IGNORECASE)
_UPPER = {"ai", "ml", "db", "api", "io", "hq", "vc", "llm", "pm"}
_ACRONYMS = {w.lower(): w for w in ["PM", "PMs", "GPM", "TPM", "APM", "CEO", "CTO", "CPO", "COO",
                                    "VP", "SVP", "HM", "EM", "AE", "AEs", "SE", "SEs", "HR"]}


def _osa(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _canon(word: str) -> str:
    """The vocabulary word a long token is a typo of, else the token itself (cached)."""
    if len(word) < 6 or word in _FUZZY_SET:
        return word
    if word not in _CANON:
        near = (v for v in _FUZZY if v[0] == word[0] and abs(len(v) - len(word)) <= 1)
        _CANON[word] = next((v for v in near if _osa(word, v) <= 1), word)
    return _CANON[word]


@lru_cache(maxsize=1 << 16)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_canon(w) for w in re.findall(r"[a-z0-9]+", text.lower()))


def _at(toks: tuple[str, ...], i: int, index: Phrases) -> bool:
    return any(toks[i : i + len(p)] == p for p in index.get(toks[i], ()))


def _has(text: str, index: Phrases) -> bool:
    toks = _tokens(text)
    return any(_at(toks, i, index) for i in range(len(toks)))


@lru_cache(maxsize=1 << 16)
def round_types(text: str) -> tuple[str, ...]:
    """Catalog round types a text names, in order of first mention."""
    toks, found = _tokens(text), list[str]()
    for i in range(len(toks)):
        found += [rid for rid, ix in _TYPES.items() if rid not in found and _at(toks, i, ix)]
    return tuple(found)


def _best(text: str) -> str | None:
    return next(iter(round_types(text)), None)


def _explicit(text: str) -> bool:
    return bool(_EXPLICIT.search(text))


def _split_points(text: str) -> list[str]:
    """Split "a, b (c, d); e" on commas and semicolons outside brackets."""
    parts, depth, buf = [], 0, ""
    for ch in text:
        depth += (ch in "([") - (ch in ")]")
        if ch in ",;" and depth <= 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    return [p.strip(" .") for p in [*parts, buf] if p.strip(" .")]


def _cut(text: str) -> str:
    """Text up to the first ',', ';', '.', ':' or ' - ' outside brackets, minus "(30 min)"."""
    text, depth = _DURATION.sub("", text), 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if depth <= 0 and (ch in ",;.:" or (ch.isspace() and _SEP.match(text, i))):
            return text[:i].strip()
    return text.strip()


# ---------------------------------------------------------------- the notes, flattened


@dataclass
class _Ent:
    item: Item
    sec: int
    cls: str | None  # the class of its section, inherited from the nearest classified heading


@dataclass
class _Round:
    title: str
    source: NoteLine
    order: tuple[int, int]
    text: str  # the introducing text: its round type outweighs everything else
    focus: list[NoteLine] = field(default_factory=list)
    who: str | None = None
    heading_sec: int | None = None
    pitch: bool = False
    oneliner: bool = False
    id: str | None = None


class _Ctx:
    """Every item in order, plus each section's parent and class."""

    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.parents: list[int | None] = []
        self.own: list[str | None] = []
        self.eff: list[str | None] = []
        self.ends = [10**12] * len(notes.sections)  # the line where a section's subtree ends
        stack: list[tuple[int, int]] = []
        for k, sec in enumerate(notes.sections):
            while stack and stack[-1][0] >= sec.level:
                self.ends[stack.pop()[1]] = sec.line
            parent = stack[-1][1] if stack else None
            own = _section_class(sec.heading, sec.items)
            self.parents.append(parent)
            self.own.append(own)
            self.eff.append(own or (self.eff[parent] if parent is not None else None))
            if sec.heading is not None:
                stack.append((sec.level, k))
        self.ents = [_Ent(i, k, self.eff[k]) for k, s in enumerate(notes.sections) for i in s.items]

    def item(self, k: int) -> Item:
        return self.ents[k].item


def _section_class(heading: str | None, items: list[Item]) -> str | None:
    """What a section is for, judged from its heading: the rest of the plan keys off this.
    A recruiter section written as prose or quotes is the candidate's pitch for that call."""
    if heading is None:
        return None
    h = heading.lower()
    if _QUESTIONS.search(h) and not _THEY_ASK.search(h):
        return "questions"
    if _PITCH.search(h):
        return "pitch"
    if "recruiter" in round_types(h):
        body = [i for i in items if i.kind != "heading"]
        prose = sum(1 for i in body if i.kind == "quote" or len(i.text) > 120)
        return "pitch" if body and prose * 2 >= len(body) else "recruiter"
    for cls, pattern in _CLASSES:
        if pattern.search(h) and not (cls == "research" and "interview" in h):
            return cls
    return None


def _line(item: Item) -> NoteLine:
    return NoteLine(text=item.text, line=item.line)


def _split_title(text: str) -> tuple[str, str]:
    """'2nd round - cross functional' → ('2nd round', 'cross functional')."""
    m = _SEP.search(text) or re.search(r":\s+", text)
    if m and m.group(0).startswith(":") and not round_types(text[: m.start()]):
        m = None  # "Round 1: Recruiter screen" is one title; "Take-home: write a PRD" is not
    title, rest = (text[: m.start()], text[m.end() :]) if m else (text, "")
    return title.strip().rstrip(":").strip(), rest.strip()


def _oneliner_parts(text: str) -> list[str]:
    m = _ONELINER.match(text)
    if not m or not _has(m["label"], _CONTAINER):
        return []
    parts = _split_points(m["rest"])
    return parts if len(parts) >= 2 and sum(1 for p in parts if round_types(p)) >= 2 else []


# ---------------------------------------------------------------- finding rounds


def _marker(ctx: _Ctx, k: int) -> str | None:
    """How entry ``k`` introduces a round, if it does."""
    ent, text = ctx.ents[k], ctx.item(k).text
    it, typed = ent.item, bool(round_types(text))
    if it.kind in ("quote", "callout", "table_row") or text.endswith("?"):
        return None
    if it.kind == "heading":
        parent = ctx.parents[ent.sec]
        in_loop = parent is not None and ctx.eff[parent] == "process"
        roundish = typed and (_has(text, _ROUNDISH) or in_loop)
        strong = _explicit(text) or _has(text, _STRONG) or roundish
        return "heading" if strong and ctx.own[ent.sec] != "questions" else None
    if ent.cls in ("pitch", "questions"):
        return None
    if _oneliner_parts(text):
        return "oneliner"
    words = len(_split_title(text)[0].split())
    if _explicit(text) and words <= 10:
        return "round"
    if ctx.own[ent.sec] == "process" and it.depth == 0 and typed and words <= 8:
        return "round"
    if it.depth == 0 and len(text.split()) <= 6 and _has_children(ctx, k):
        if _has(text, _CONTAINER):
            return "container"
        if typed and (_has(text, _STRONG) or _has(text, _ROUNDISH)):
            return "round"
    return None


def _has_children(ctx: _Ctx, k: int) -> bool:
    if k + 1 >= len(ctx.ents) or ctx.ents[k + 1].sec != ctx.ents[k].sec:
        return False
    it, nxt = ctx.item(k), ctx.item(k + 1)
    if it.kind in LIST_KINDS:
        return nxt.depth > it.depth
    return it.kind == "paragraph" and nxt.kind in LIST_KINDS


def _block(ctx: _Ctx, k: int) -> list[int]:
    """Entries under marker ``k``: its nested bullets, or for a plain line the list (or the
    unbroken lines) right after it, up to the next round."""
    head = ctx.ents[k]
    base = head.item.depth if head.item.kind in LIST_KINDS else -1
    out: list[int] = []
    prev = head.item.line
    for j in range(k + 1, len(ctx.ents)):
        it = ctx.item(j)
        if ctx.ents[j].sec != head.sec or it.kind == "heading" or (base >= 0 and it.depth <= base):
            break
        if base < 0 and it.kind not in LIST_KINDS and it.line != prev + 1:
            break
        if base < 0 and it.depth == 0 and _marker(ctx, j):
            break
        out.append(j)
        prev = it.line
    return out


def _subrounds(ctx: _Ctx, head: str, block: list[int], container: bool) -> dict[int, list[int]]:
    """Top-level bullets of a block that are rounds of their own, each with its bullets."""
    listed = {j for j in block if ctx.item(j).kind in LIST_KINDS}
    top = min((ctx.item(j).depth for j in listed), default=0)
    kids: dict[int, list[int]] = {}
    current: list[int] | None = None
    for j in block:
        if j in listed and ctx.item(j).depth == top:
            current = kids[j] = []
        elif current is not None and ctx.item(j).depth > top:
            current.append(j)
    kinds = {j: _best(ctx.item(j).text) for j in kids}
    vote = Counter(t for t in kinds.values() if t).most_common(1)
    parent = _best(head) or (vote[0][0] if vote else None)
    subs = {}
    for j, kind in kinds.items():
        text = ctx.item(j).text
        own = bool(kids[j]) or _has(text, _ROUNDISH) or _explicit(text)
        if kind and (container or (kind != parent and own)):
            subs[j] = kids[j]
    return subs


def _make(head: Item, focus: list[Item]) -> _Round:
    title, rest = _split_title(head.text)
    points = [NoteLine(text=p, line=head.line) for p in _split_points(rest)]
    return _Round(title=title, source=_line(head), order=(head.line, 0), text=head.text,
                  focus=points + [_line(i) for i in focus])


def _block_rounds(ctx: _Ctx, k: int, claimed: set[int], container: bool) -> list[_Round]:
    block = _block(ctx, k)
    subs = _subrounds(ctx, ctx.item(k).text, block, container)
    inside = set(subs) | {j for kids in subs.values() for j in kids}
    rounds = [_make(ctx.item(j), [ctx.item(c) for c in kids]) for j, kids in subs.items()]
    claimed.update([k, *inside])
    if container:  # "onsite:" itself is not a round; its untyped bullets stay loose
        return rounds
    claimed.update(block)
    return [_make(ctx.item(k), [ctx.item(j) for j in block if j not in inside]), *rounds]


def _oneliner_rounds(ctx: _Ctx, k: int, claimed: set[int]) -> list[_Round]:
    it = ctx.item(k)
    claimed.add(k)
    parts = [p for p in _oneliner_parts(it.text) if round_types(p)]
    return [_Round(title=p, source=_line(it), order=(it.line, n), text=p,
                   focus=[NoteLine(text=p, line=it.line)], oneliner=True)
            for n, p in enumerate(parts)]


def _column(heads: list[str], pattern: str) -> int | None:
    return next((n for n, h in enumerate(heads) if re.search(pattern, h)), None)


def _table_rounds(ctx: _Ctx, claimed: set[int]) -> list[_Round]:
    """Rows of a pipe table whose header names rounds (Round | Interviewer | What they probe)."""
    out: list[_Round] = []
    for k, ent in enumerate(ctx.ents):
        if not ent.item.header or ent.cls in ("pitch", "questions"):
            continue
        heads = [c.lower() for c in ent.item.cells]
        title_col = _column(heads, r"\b(round|stage|step|interview|session)s?\b")
        who_col = _column(heads, r"\b(interviewers?|who|with|people|person|by)\b")
        when = _column(heads, r"\b(duration|time|length|mins?|date|when)\b")
        skip = {title_col or 0, who_col, when}
        for j in range(k + 1, len(ctx.ents)):
            row = ctx.item(j)
            if row.kind != "table_row" or row.header:
                break
            cells = row.cells + [""] * (len(heads) - len(row.cells))
            if not cells[title_col or 0] or (title_col is None and not round_types(row.text)):
                continue
            focus = [NoteLine(text=p, line=row.line)
                     for n, c in enumerate(cells) if n not in skip for p in _split_points(c)]
            title = cells[title_col or 0]
            who = cells[who_col] if who_col is not None and cells[who_col] else None
            out.append(_Round(title=title, source=_line(row), order=(row.line, 0), text=title,
                              focus=focus, who=who))
            claimed.add(j)
    return out


def _attach_details(ctx: _Ctx, rounds: list[_Round], claimed: set[int]) -> None:
    """Lines like "technical - w eng lead, ERP sync" fill in a one-liner round's focus."""
    by_title = {r.title.lower(): r for r in rounds if r.oneliner}
    for k, ent in enumerate(ctx.ents):
        if k in claimed or ent.item.kind == "heading" or ent.cls in ("pitch", "questions"):
            continue
        label = re.split(r"\s+[-–—=]\s+|:\s", ent.item.text, maxsplit=1)[0].strip().lower()
        r = by_title.get(label)
        if r and label != ent.item.text.lower():
            if r.focus and r.focus[0].line == r.source.line:
                r.focus = []  # the placeholder goes: the detail line says more
            r.focus.append(_line(ent.item))
            claimed.add(k)


def _heading_focus(ctx: _Ctx, rounds: list[_Round], claimed: set[int]) -> None:
    """Loose items of a heading round's section and sub-sections become its focus. Under a
    recruiter heading, free-form lines count only when they are about the role or team (and
    stay available as logistics)."""
    owner = {r.heading_sec: r for r in rounds if r.heading_sec is not None}
    for k, ent in enumerate(ctx.ents):
        if k in claimed or ent.item.kind == "heading" or ent.cls in ("pitch", "questions"):
            continue
        sec: int | None = ent.sec
        while sec is not None and sec not in owner:
            sec = ctx.parents[sec]
        if sec is None:
            continue
        if "recruiter" not in round_types(owner[sec].title):
            claimed.add(k)
        elif ent.item.kind == "quote" or (
            ent.item.kind == "paragraph" and not _has(ent.item.text, _ROLE_TEAM)
        ):
            continue
        owner[sec].focus.append(_line(ent.item))


def _find_rounds(ctx: _Ctx) -> tuple[list[_Round], set[int]]:
    claimed: set[int] = set()
    rounds = _table_rounds(ctx, claimed)
    for k in range(len(ctx.ents)):  # one-liners first, so their detail lines are not rounds
        if k not in claimed and _marker(ctx, k) == "oneliner":
            rounds += _oneliner_rounds(ctx, k, claimed)
    _attach_details(ctx, rounds, claimed)
    for k in range(len(ctx.ents)):
        kind = None if k in claimed else _marker(ctx, k)
        if kind == "heading":
            sec = ctx.ents[k].sec
            title = ctx.notes.sections[sec].heading or ctx.item(k).text
            rounds.append(_Round(title=title, source=_line(ctx.item(k)), text=title,
                                 order=(ctx.item(k).line, 0), heading_sec=sec,
                                 pitch=ctx.own[sec] == "pitch"))
        elif kind:
            rounds += _block_rounds(ctx, k, claimed, container=kind == "container")
    _heading_focus(ctx, rounds, claimed)
    starts = sorted(r.order[0] for r in rounds)
    return [r for r in rounds if not _is_title_heading(ctx, r, starts)], claimed


def _is_title_heading(ctx: _Ctx, r: _Round, starts: list[int]) -> bool:
    """A heading like "# Stripe PM interview" with nothing of its own but rounds beneath."""
    if r.heading_sec is None or r.focus:
        return False
    after = bisect_right(starts, r.order[0])
    return after < len(starts) and starts[after] < ctx.ends[r.heading_sec]


# ---------------------------------------------------------------- ids, interviewers, merging


def _resolve_id(r: _Round) -> str | None:
    """The title's type wins; a tie or an untyped title is settled by interviewer and focus."""
    votes = Counter[str]()
    for n in r.focus:
        votes.update(round_types(n.text))
    for t in round_types(r.who or ""):
        votes[t] += 2
    pool = round_types(r.text) or list(votes)
    return max(pool, key=lambda t: votes[t]) if pool else None


def _interviewer(r: _Round) -> str | None:
    """'chat w pms' → PMs; 'gpm of partnerships' → GPM of partnerships; else by round type."""
    texts = [r.text, _split_title(r.text)[1]] + [n.text for n in r.focus]
    for text in texts:
        m = _WITH.search(text)
        who = _cut(m.group(1)) if m else ""
        if who and len(who.split()) <= 8 and (_has(who, _WHO) or who[0].isupper()):
            return _fmt_who(who)
    for text in texts:
        toks = _tokens(text)
        if toks and _at(toks, 0, _WHO_START):
            who = _drop_round_tail(_cut(text))
            if who and len(who.split()) <= 6:
                return _fmt_who(who)
    return "Recruiter" if r.id == "recruiter" else None


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
        return _canon(word) if word.islower() else word

    text = re.sub(r"\bco[\s-]?(founders?)\b", r"co-\1", text.strip(" -–—:"))
    return re.sub(r"[A-Za-z]+", fix, text)


def _assign_ids(rounds: list[_Round]) -> None:
    used: list[str] = []
    for r in rounds:
        r.id = _resolve_id(r)
        if r.id is None:  # "2nd round" with generic bullets: the next free id in loop order
            after = ROUND_IDS.index(used[-1]) + 1 if used else 0
            free = [i for i in ROUND_IDS[after:] + ROUND_IDS[:after] if i not in used]
            r.id = free[0] if free else used[-1]
        used.append(r.id)


def _finalize(rounds: list[_Round]) -> list[PlanRound]:
    rounds = [r for r in rounds if r.heading_sec is None or round_types(r.title) or r.focus]
    if all(r.pitch and not r.focus for r in rounds):
        return []  # only a pitch heading such as "Recruiter call": the notes describe no loop
    rounds.sort(key=lambda r: r.order)
    _assign_ids(rounds)
    rounds.sort(key=lambda r: (r.id != "recruiter", r.order))
    merged: dict[str, PlanRound] = {}
    seen: set[tuple[str, str, int | None]] = set()
    for r in rounds:
        who = r.who or _interviewer(r)
        if r.id in merged:
            first = merged[r.id]
            new = [n for n in r.focus or [r.source] if (r.id, n.text, n.line) not in seen]
            first.focus += new
            first.interviewer = first.interviewer or who
            seen.update((str(r.id), n.text, n.line) for n in new)
        else:
            seen.update((str(r.id), n.text, n.line) for n in r.focus)
            merged[str(r.id)] = PlanRound(id=str(r.id), title=r.title, interviewer=who,
                                          focus=r.focus, source=r.source)
    return list(merged.values())


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


# ---------------------------------------------------------------- the rest of the plan


def _title_case(name: str) -> str:
    """'fireworks ai' → 'Fireworks AI'; words the user capitalised are kept as written."""
    return " ".join(w.upper() if w.lower() in _UPPER else w[:1].upper() + w[1:] if w.islower()
                    else w for w in name.split())


def _front(ctx: _Ctx, key: str) -> str:
    """A front-matter scalar as text; a list or mapping there (or a YAML alias bomb) is ignored."""
    value = ctx.notes.front_matter.get(key)
    return str(value).strip() if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


def _company(ctx: _Ctx) -> str | None:
    for key in ("company", "title"):
        value = _front(ctx, key)
        name = _TITLE_SPLIT.split(value, maxsplit=1)[0]
        name = _TITLE_TAIL.sub("", name).strip()
        if name:
            return _title_case(name)
    for ent in ctx.ents:
        if m := _COMPANY_LINE.match(ent.item.text):
            return m.group(1).strip()
    names = Counter[str]()
    for ent in (e for e in ctx.ents if e.item.kind == "heading"):
        for part in re.split(r"[?!:.]", ent.item.text):
            m = _WHY.match(part)
            if m and m.group(1).lower() not in _WHY_STOP and len(m.group(1).split()) <= 3:
                names[_title_case(m.group(1))] += 1
    if names:
        return names.most_common(1)[0][0]
    title = next((s.heading for s in ctx.notes.sections if s.level == 1 and s.heading), "")
    name = _TITLE_TAIL.sub("", _TITLE_SPLIT.split(title.split(",", 1)[0], maxsplit=1)[0]).strip()
    return name if name[:1].isupper() and len(name.split()) <= 3 else None  # "# Stripe - PM"


def _role(ctx: _Ctx) -> str | None:
    for key in ("role", "position"):
        if _front(ctx, key):
            return _front(ctx, key)
    for ent in ctx.ents:
        if m := _ROLE_LINE.match(ent.item.text):
            return m.group(1).strip()
    best: list[str] = []
    for ent in ctx.ents:  # "the forward deployed PM role" → Forward Deployed PM (longest wins)
        for m in _ROLE_NOUN.finditer(ent.item.text):
            words: list[str] = []
            for w in reversed(ent.item.text[max(0, m.start() - 300) : m.start()].split()[-3:]):
                if w.lower() in _ROLE_STOP or not re.fullmatch(r"[A-Za-z][\w-]*", w):
                    break
                words.insert(0, w)
            if len(words) + 1 > len(best):
                best = [*words, m.group(1)]
    return _title_case(" ".join(best)) if best else None


def _pitch(ctx: _Ctx) -> list[PitchBlock]:
    out = []
    for k, sec in enumerate(ctx.notes.sections):
        text = "\n".join(i.text for i in sec.items if i.kind != "heading")
        if ctx.own[k] == "pitch" and text:
            out.append(PitchBlock(title=sec.heading or "", text=text, line=sec.line))
    return out


def _questions(ctx: _Ctx) -> list[NoteLine]:
    """The first list (or run of lines) under a Questions heading, plus any line there that
    ends in '?'; surrounding quote marks are dropped."""
    out = []
    for k, sec in enumerate(ctx.notes.sections):
        body = [i for i in sec.items if i.kind != "heading"]
        if ctx.eff[k] != "questions" or not body:
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
                text = re.sub(r"^[“\"‘']+\s*|\s*[”\"’']+$", "", it.text.strip())
                out.append(NoteLine(text=text, line=it.line))
    return out


def _logistics(ctx: _Ctx, claimed: set[int]) -> list[NoteLine]:
    """Loose lines about location, comp, process, team, stage or timing."""
    return [
        _line(e.item) for k, e in enumerate(ctx.ents)
        if k not in claimed and e.item.kind not in ("heading", "quote")
        and e.cls not in ("pitch", "questions", "research")
        and (e.cls == "logistics" or (len(e.item.text) <= 160 and _has(e.item.text, _LOGISTICS)))
    ]


def _research(ctx: _Ctx, claimed: set[int]) -> list[NoteLine]:
    return [
        _line(e.item) for k, e in enumerate(ctx.ents)
        if e.cls == "research" and k not in claimed
        and (e.item.kind != "heading" or ctx.notes.sections[e.sec].pseudo)
    ]


def extract_plan(notes: Notes, source: str | None = None) -> InterviewPlan:
    """Everything the interview needs from the notes; the default loop when none is named."""
    ctx = _Ctx(notes)
    found, claimed = _find_rounds(ctx)
    rounds = _finalize(found)
    return InterviewPlan(
        company=_company(ctx), role=_role(ctx), pitch=_pitch(ctx),
        candidate_questions=_questions(ctx), logistics=_logistics(ctx, claimed),
        research=_research(ctx, claimed), rounds=rounds or default_rounds(),
        default_loop=not rounds, source=source,
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
        stack.extend((c, False) for c in children if isinstance(c, dict | list) and id(c) not in sizes)
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
            raise PlanError(f"{where}: rounds.{n}.id: unknown round {r.id!r} — choose one of "
                            f"{', '.join(ids)}")
        if r.id in seen:
            raise PlanError(f"{where}: rounds.{n}.id: round {r.id!r} appears twice — keep one "
                            "entry per round")
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
                raise PlanError(f"{p} is larger than {MAX_BYTES // 2**20} MB — a plan file is a few KB")
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PlanError(f"cannot read plan {p}: {exc} — save it as readable UTF-8") from None
        data = _parse_plan_file(p, text)
        if isinstance(data, dict) and ("rounds" in data or "version" in data):
            return validate_plan(data, str(path))
    return extract_plan(read_notes(p), source=str(path))


class _Dumper(yaml.SafeDumper):
    """Multi-line text (pitch answers) as '|' blocks, so the file reads like the notes."""


def _str_style(value: str) -> str | None:
    """'|' for multi-line text; double quotes for NEL (U+0085), which PyYAML's plain, single-quoted
    and block styles turn into a space or a line break on reading back."""
    if "\x85" in value:
        return '"'
    return "|" if "\n" in value else None


_Dumper.add_representer(str, lambda dumper, value: dumper.represent_scalar(
    "tag:yaml.org,2002:str", value, style=_str_style(value)))


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
