"""Notes → InterviewPlan, and loading/saving the plan a user can edit.

Rounds are found by evidence, strongest first: a table of rounds; a one-liner such as
"onsite panel = product sense, execution, technical"; an explicit line ("1st round",
"round 2", "final interview"), a typed line in a "Process" section or a short typed line
that opens a list; a heading naming a round ("Recruiter notes", "Technical interview").
A nested bullet that names a different round type than its parent and has its own
bullets ("technical conversation/experience" under "2nd round") becomes its own round.
Each notes round maps to the closest catalog id (its title decides; otherwise its
interviewer and bullets vote). Ids stay unique: a later round with an id already taken
is merged into the earlier one, its focus appended (so "product sense" and "execution"
panels both feed pm-fundamentals). Keyword matching tolerates one-letter typos.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from . import catalog
from .errors import MockloopError, PlanError
from .models import ROUND_IDS, InterviewPlan, NoteLine, PitchBlock, PlanRound
from .notes import LIST_KINDS, Item, Notes, read_notes

# ---------------------------------------------------------------- vocabulary
# Phrases are matched on lower-cased word tokens; a token of 6+ letters one edit away
# from a vocabulary word ("engineeing", "partnrships", "techincal") counts as that word.

Phrases = dict[str, list[tuple[str, ...]]]


def _phrases(spec: str) -> Phrases:
    index: Phrases = {}
    for phrase in spec.split("|"):
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return index


_TYPE_SPEC = {
    "recruiter": "recruiter|recruiters|recruiting|phone screen|hr screen|hr|talent partner|intro call",
    "pm-fundamentals": "pm|pms|product sense|product design|product manager|execution|fundamentals"
    "|foundational|hiring manager|hm|analytical|metrics|prioritization|behavioral",
    "take-home": "take home|takehome|case study|homework|assignment|exercise|presentation|work sample",
    "partnerships": "partnership|partnerships|partner|partners|cross functional|xfn|stakeholder"
    "|stakeholders|sales|gtm|go to market|alliances|business development|bd",
    "technical": "technical|tech|engineering|engineer|engineers|eng|system design|architecture"
    "|inference|llm|llms|coding|code|api|apis|infra|infrastructure|ml|debugging|sql",
    "cofounders": "co founder|co founders|cofounder|cofounders|founder|founders|ceo|cto|cpo|coo"
    "|final|leadership|executive|exec|execs|vision|values|culture|bar raiser",
}
_TYPES = {rid: _phrases(spec) for rid, spec in _TYPE_SPEC.items()}
STRONG = _phrases("recruiter|recruiters|phone screen|hr screen|take home|takehome|case study"
                  "|homework|hiring manager|system design")
ROUNDISH = _phrases("round|interview|interviews|screen|call|chat|conversation|convo|panel|onsite"
                    "|session|deep dive|presentation|meeting|sync")
CONTAINER = _phrases("onsite|on site|panel|loop|superday|super day|rounds|interviews|final round")
WHO_START = _phrases("gpm|hm|recruiter|recruiters|founder|founders|cofounder|cofounders|co founder"
                     "|co founders|ceo|cto|cpo|coo|vp|svp|director|head|staff|principal|hiring manager"
                     "|panel|pms|engineers|engineering leadership|engineering lead|engineering manager"
                     "|eng lead|eng manager|tech lead|aes")
WHO = _phrases("team|lead|manager|leadership|pm|ae|se|designer|designers|engineer|"
              + "|".join(" ".join(p) for ps in WHO_START.values() for p in ps))
ROLE_TEAM = _phrases("pm|pms|role|team|teams|founding|startup|startups|technical|engineering|engineers"
                     "|customer|customers|scale|headcount|headcounts|partnership|hats|talent|hire"
                     "|hiring|reports|reporting|manager|org|bench|pmf|product|company|grow|grown|growth")
LOGISTICS = _phrases("new york|nyc|sf|san francisco|bay area|remote|hybrid|office|relocate|relocation"
                     "|in person|seattle|london|austin|boston|equity|comp|compensation|salary|base|bonus"
                     "|rsu|rsus|options|offer|band|leveling|rounds|process|interview|interviews|loop"
                     "|next steps|keep me posted|follow up|decision|timeline|schedule|week|weeks|wk|wks"
                     "|days|month|months|deadline|start date|asap|qtr|quarter|team|pms|headcount"
                     "|headcounts|hiring|hire|reports to|founding|series|seed round|funding|raise"
                     "|raised|raising|valuation|ipo|runway")
_FUZZY = sorted({w for ix in [*_TYPES.values(), WHO, ROLE_TEAM] for ps in ix.values()
                 for p in ps for w in p if len(w) >= 6})
_FUZZY_SET = set(_FUZZY)
_CANON: dict[str, str] = {}


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
    if len(word) < 6 or word in _FUZZY_SET:
        return word
    if word not in _CANON:
        near = (v for v in _FUZZY if v[0] == word[0] and abs(len(v) - len(word)) <= 1)
        _CANON[word] = next((v for v in near if _osa(word, v) <= 1), word)
    return _CANON[word]


def tokens(text: str) -> list[str]:
    return [_canon(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def _hits(toks: list[str], index: Phrases) -> int:
    return sum(1 for i, t in enumerate(toks) for p in index.get(t, ()) if tuple(toks[i : i + len(p)]) == p)


def has(toks: list[str], index: Phrases) -> bool:
    return _hits(toks, index) > 0


def round_types(text: str) -> Counter[str]:
    """Catalog round types a text names, in order of first mention."""
    toks, found = tokens(text), Counter[str]()
    for i, t in enumerate(toks):
        for rid, ix in _TYPES.items():
            if rid not in found and any(tuple(toks[i : i + len(p)]) == p for p in ix.get(t, ())):
                found[rid] = 1
    return found


def _best(types: Counter[str]) -> str | None:
    return max(types, key=lambda t: types[t]) if types else None


_ORD = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last)"
_EXPLICIT = re.compile(
    rf"\b{_ORD}\s+(?:round|interview|call|chat|screen|conversation|convo|take[\s-]?home|stage|onsite|panel)\b"
    r"|\bround\s*#?\s*(?:\d+|one|two|three|four|five|six)\b|^r\d\b",
    re.IGNORECASE,
)


def explicit_round(text: str) -> bool:
    return bool(_EXPLICIT.search(text))


def split_points(text: str) -> list[str]:
    """Split "a, b (c, d); e" on commas and semicolons outside brackets."""
    parts, depth, buf = [], 0, []
    for ch in text:
        depth += (ch in "([") - (ch in ")]")
        if ch in ",;" and depth <= 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return [p.strip(" .") for p in parts if p.strip(" .")]

PLAN_SUFFIXES = (".yaml", ".yml", ".json")
_SEP = re.compile(r"\s+[-–—]+\s+")
_ONELINER = re.compile(r"^(?P<label>[^=:]{2,40}?)\s*[=:]\s*(?P<rest>.+)$")
_WITH = re.compile(r"(?:^|\s)(?:with|w/(?!o)|w)\s+(\S.*)$", re.IGNORECASE)
_ROUND_TAIL = re.compile(r"(\s+(call|screen|chat|round|interview|conversation|convo|sync|notes|session))+$", re.I)
_DURATION = re.compile(r"\s*\(\s*~?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes|h|hr|hrs|hours)\s*\)", re.IGNORECASE)
_QUESTIONS = re.compile(r"\b(questions?|qs)\b")
_THEY_ASK = re.compile(r"\b(they|they'll|expect|likely|practice|mock|behavioral|might)\b")
_PITCH = re.compile(
    r"^why\b|\bwhy (now|us|me|this|here)\b|tell me about yourself|about me|\bintro(duction)?\b"
    r"|\bpitch\b|\bmy story\b|walk me through|\bmotivation\b"
)
_PROCESS = re.compile(r"\b(process|loop|rounds|stages|pipeline|onsite|on-site|panel|superday|interviews)\b")
_LOGI_HEAD = re.compile(r"\b(logistics|next steps|comp|compensation|timeline|salary)\b")
_RESEARCH = re.compile(
    r"\b(notes|research|company|about|market|landscape|competit\w*|product|news|funding|background"
    r"|overview|headwinds|tailwinds|swot|thesis|strategy|business model|customers)\b"
)
_COMPANY_LINE = re.compile(r"^(?:company|employer|org)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_LINE = re.compile(r"^(?:role|position|title|job)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_NOUN = re.compile(
    r"\b(product manager|program manager|pm|tpm|apm|engineer|developer|designer|scientist|analyst"
    r"|architect|researcher|consultant|manager|strategist|marketer)s?\s+(?:role|position|opening|job)\b",
    re.IGNORECASE,
)
_ROLE_STOP = {"the", "a", "an", "this", "that", "my", "your", "our", "their", "in", "for", "of", "to",
              "as", "is", "be", "at", "on", "and", "with", "w", "about", "clear", "new", "it's", "it’s"}
_WHY_STOP = {"now", "me", "us", "this", "here", "you", "i", "join", "them", "it", "the", "not", "pm",
             "product", "role", "company", "startup", "this role", "this company", "this team"}
_UPPER = {"ai", "ml", "db", "api", "io", "hq", "vc", "llm", "pm"}
_FALLBACK = {
    "recruiter": ("Recruiter screen", "Recruiter"),
    "pm-fundamentals": ("PM fundamentals", "Product manager"),
    "take-home": ("Take-home review", "Hiring panel"),
    "partnerships": ("Cross-functional partnerships", "Partnerships lead"),
    "technical": ("Technical conversation", "Engineering leadership"),
    "cofounders": ("Co-founder conversation", "Co-founders"),
}


@dataclass
class _Ent:
    item: Item
    sec: int
    cls: str | None


@dataclass
class _Round:
    title: str
    source: NoteLine
    order: tuple[int, int]
    texts: list[str]  # the introducing text: its round type outweighs everything else
    focus: list[NoteLine] = field(default_factory=list)
    who: str | None = None
    heading_sec: int | None = None
    pitch: bool = False
    oneliner: bool = False
    id: str | None = None


class _Ctx:
    """The notes flattened into entries, with each section's class and parent."""

    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.parents: list[int | None] = []
        self.own: list[str | None] = []
        self.eff: list[str | None] = []
        stack: list[tuple[int, int]] = []
        for k, sec in enumerate(notes.sections):
            while stack and stack[-1][0] >= sec.level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            own = _section_class(sec.heading, sec.items)
            self.parents.append(parent)
            self.own.append(own)
            self.eff.append(own or (self.eff[parent] if parent is not None else None))
            if sec.heading is not None:
                stack.append((sec.level, k))
        self.ents = [_Ent(it, k, self.eff[k]) for k, s in enumerate(notes.sections) for it in s.items]


def _section_class(heading: str | None, items: list[Item]) -> str | None:
    """What a section is for, judged from its heading: the rest of the plan keys off this."""
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
    for cls, pattern in (("process", _PROCESS), ("logistics", _LOGI_HEAD), ("research", _RESEARCH)):
        if pattern.search(h) and not (cls == "research" and "interview" in h):
            return cls
    return None


def _line(item: Item) -> NoteLine:
    return NoteLine(text=item.text, line=item.line)


def _split_title(text: str) -> tuple[str, str]:
    m = _SEP.search(text) or re.search(r":\s+", text)
    if m and m.group(0).startswith(":") and not round_types(text[: m.start()]):
        m = None  # "Round 1: Recruiter screen" is one title; "Take-home: write a PRD" is not
    title, rest = (text[: m.start()], text[m.end() :]) if m else (text, "")
    return title.strip().rstrip(":").strip(), rest.strip()


def _points(text: str, line: int) -> list[NoteLine]:
    return [NoteLine(text=p, line=line) for p in split_points(text)]


def _oneliner_parts(text: str) -> list[str]:
    m = _ONELINER.match(text)
    if not m or not has(tokens(m["label"]), CONTAINER):
        return []
    parts = split_points(m["rest"])
    return parts if len(parts) >= 2 and sum(1 for p in parts if round_types(p)) >= 2 else []


# ---------------------------------------------------------------- markers and blocks


def _marker(ctx: _Ctx, k: int) -> str | None:
    """How entry ``k`` introduces a round, if it does."""
    ent = ctx.ents[k]
    it, text = ent.item, ent.item.text
    if it.kind in ("quote", "callout", "table_row") or text.endswith("?"):
        return None
    toks = tokens(text)
    typed = bool(round_types(text))
    if it.kind == "heading":
        if ctx.own[ent.sec] == "questions":
            return None
        parent = ctx.parents[ent.sec]
        roundish = has(toks, ROUNDISH) or (parent is not None and ctx.eff[parent] == "process")
        strong = explicit_round(text) or has(toks, STRONG) or (typed and roundish)
        return "heading" if strong else None
    if ent.cls in ("pitch", "questions"):
        return None
    if _oneliner_parts(text):
        return "oneliner"
    if explicit_round(text) and len(_split_title(text)[0].split()) <= 10:
        return "round"
    if ctx.own[ent.sec] == "process" and it.depth == 0 and typed and len(_split_title(text)[0].split()) <= 8:
        return "round"
    if it.depth == 0 and len(text.split()) <= 6 and _has_children(ctx, k):
        if has(toks, CONTAINER):
            return "container"
        if typed and (has(toks, STRONG) or has(toks, ROUNDISH)):
            return "round"
    return None


def _has_children(ctx: _Ctx, k: int) -> bool:
    if k + 1 >= len(ctx.ents) or ctx.ents[k + 1].sec != ctx.ents[k].sec:
        return False
    it, nxt = ctx.ents[k].item, ctx.ents[k + 1].item
    if it.kind in LIST_KINDS:
        return nxt.depth > it.depth
    return it.kind == "paragraph" and nxt.kind in LIST_KINDS


def _block(ctx: _Ctx, k: int) -> list[int]:
    """Entries that belong under marker ``k``: its nested bullets, or for a plain line the
    list (or unbroken lines) right after it."""
    head = ctx.ents[k]
    base = head.item.depth if head.item.kind in LIST_KINDS else -1
    out: list[int] = []
    prev = head.item.line
    for j in range(k + 1, len(ctx.ents)):
        it = ctx.ents[j].item
        if ctx.ents[j].sec != head.sec or it.kind == "heading":
            break
        if base >= 0 and it.depth <= base:
            break
        if base < 0:
            if it.kind not in LIST_KINDS and it.line != prev + 1:
                break
            if it.depth == 0 and _marker(ctx, j):
                break
        out.append(j)
        prev = it.line
    return out


def _subrounds(ctx: _Ctx, head_text: str, block: list[int], container: bool) -> dict[int, list[int]]:
    """Direct children of a block that are rounds of their own, each with its bullets."""
    listed = [j for j in block if ctx.ents[j].item.kind in LIST_KINDS]
    if not listed:
        return {}
    top = min(ctx.ents[j].item.depth for j in listed)
    kids: dict[int, list[int]] = {}
    current = None
    for j in block:
        if ctx.ents[j].item.kind in LIST_KINDS and ctx.ents[j].item.depth == top:
            current = j
            kids[j] = []
        elif current is not None and ctx.ents[j].item.depth > top:
            kids[current].append(j)
    kinds = {j: _best(round_types(ctx.ents[j].item.text)) for j in kids}
    vote = Counter(t for t in kinds.values() if t).most_common(1)
    parent = _best(round_types(head_text)) or (vote[0][0] if vote else None)
    subs = {}
    for j, kind in kinds.items():
        text = ctx.ents[j].item.text
        roundish = bool(kids[j]) or has(tokens(text), ROUNDISH) or explicit_round(text)
        if kind and (container or (kind != parent and roundish)):
            subs[j] = kids[j]
    return subs


def _block_rounds(ctx: _Ctx, k: int, claimed: set[int], container: bool) -> list[_Round]:
    head = ctx.ents[k].item
    block = _block(ctx, k)
    subs = _subrounds(ctx, head.text, block, container)
    inside = set(subs) | {j for kids in subs.values() for j in kids}
    rounds = [_make(ctx.ents[j].item, [ctx.ents[c].item for c in kids]) for j, kids in subs.items()]
    claimed.update([k, *inside])
    rest = [ctx.ents[j].item for j in block if j not in inside]
    if container:
        return rounds
    claimed.update(block)
    return [_make(head, rest), *rounds]


def _make(head: Item, focus_items: list[Item]) -> _Round:
    title, rest = _split_title(head.text)
    focus = _points(rest, head.line) + [_line(i) for i in focus_items]
    return _Round(title=title, source=_line(head), order=(head.line, 0), texts=[head.text], focus=focus)


def _oneliner_rounds(ctx: _Ctx, k: int, claimed: set[int]) -> list[_Round]:
    it = ctx.ents[k].item
    claimed.add(k)
    parts = [p for p in _oneliner_parts(it.text) if round_types(p)]
    return [
        _Round(title=p, source=_line(it), order=(it.line, n), texts=[p],
               focus=[NoteLine(text=p, line=it.line)], oneliner=True)
        for n, p in enumerate(parts)
    ]


def _table_rounds(ctx: _Ctx, claimed: set[int]) -> list[_Round]:
    """Rows of a pipe table whose header names rounds (Round | Interviewer | Focus)."""
    out: list[_Round] = []
    for k, ent in enumerate(ctx.ents):
        if not (ent.item.kind == "table_row" and ent.item.header) or ent.cls in ("pitch", "questions"):
            continue
        heads = [c.lower() for c in ent.item.cells]
        title_col = next((n for n, h in enumerate(heads) if re.search(r"\b(round|stage|step|interview|session)s?\b", h)), None)
        who_col = next((n for n, h in enumerate(heads) if re.search(r"\b(interviewers?|who|with|people|person|by)\b", h)), None)
        skip = {n for n, h in enumerate(heads) if re.search(r"\b(duration|time|length|mins?|minutes|date|when|format)\b", h)}
        j = k + 1
        while j < len(ctx.ents) and ctx.ents[j].item.kind == "table_row" and not ctx.ents[j].item.header:
            row = ctx.ents[j].item
            cells = row.cells + [""] * (len(heads) - len(row.cells))
            title = cells[title_col or 0]
            if title and (title_col is not None or round_types(row.text)):
                focus = [p for n, c in enumerate(cells) if n not in {title_col or 0, who_col, *skip} for p in _points(c, row.line)]
                who = cells[who_col] if who_col is not None and cells[who_col] else None
                out.append(_Round(title=title, source=_line(row), order=(row.line, 0), texts=[title], focus=focus, who=who))
                claimed.add(j)
            j += 1
    return out


def _heading_round(ctx: _Ctx, k: int) -> _Round:
    ent = ctx.ents[k]
    title = ctx.notes.sections[ent.sec].heading or ent.item.text
    return _Round(title=title, source=_line(ent.item), order=(ent.item.line, 0), texts=[title],
                  heading_sec=ent.sec, pitch=ctx.own[ent.sec] == "pitch")


def _heading_focus(ctx: _Ctx, rounds: list[_Round], claimed: set[int]) -> None:
    """Give each heading round the loose items of its section and sub-sections. Under a
    recruiter heading free-form lines are kept only when they are about the role or team."""
    owner = {r.heading_sec: r for r in rounds if r.heading_sec is not None}
    for k, ent in enumerate(ctx.ents):
        if k in claimed or ent.item.kind == "heading" or ent.cls in ("pitch", "questions"):
            continue
        sec: int | None = ent.sec
        while sec is not None and sec not in owner:
            sec = ctx.parents[sec]
        if sec is None:
            continue
        r = owner[sec]
        if "recruiter" in round_types(r.title):
            if ent.item.kind == "quote" or (ent.item.kind == "paragraph" and not has(tokens(ent.item.text), ROLE_TEAM)):
                continue
        else:
            claimed.add(k)
        r.focus.append(_line(ent.item))


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
                r.focus = []  # drop the placeholder: the detail line says more
            r.focus.append(_line(ent.item))
            claimed.add(k)


def _find_rounds(ctx: _Ctx) -> tuple[list[_Round], set[int]]:
    claimed: set[int] = set()
    rounds = _table_rounds(ctx, claimed)
    for k in range(len(ctx.ents)):  # one-liners first, so their detail lines are not rounds
        if k not in claimed and _marker(ctx, k) == "oneliner":
            rounds += _oneliner_rounds(ctx, k, claimed)
    _attach_details(ctx, rounds, claimed)
    for k in range(len(ctx.ents)):
        if k in claimed:
            continue
        kind = _marker(ctx, k)
        if kind == "heading":
            rounds.append(_heading_round(ctx, k))
        elif kind:
            rounds += _block_rounds(ctx, k, claimed, container=kind == "container")
    _heading_focus(ctx, rounds, claimed)
    return rounds, claimed


# ---------------------------------------------------------------- ids, interviewers, merging


def _resolve_id(r: _Round) -> str | None:
    """The title's type wins; ties and untyped titles are settled by interviewer and focus."""
    votes = Counter[str]()
    for n in r.focus:
        votes.update(round_types(n.text))
    for t in round_types(r.who or ""):
        votes[t] += 2
    title = round_types(" ".join(r.texts))
    pool = [t for t in title if title[t] == max(title.values())] if title else list(votes)
    return max(pool, key=lambda t: votes[t]) if pool else None


def _cut(text: str) -> str:
    """Text up to the first ',', ';', '.' or ' - ' outside brackets."""
    text = _DURATION.sub("", text)
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if depth <= 0 and (ch in ",;." or _SEP.match(text, i)):
            return text[:i].strip()
    return text.strip()


def _interviewer(r: _Round) -> str | None:
    """'chat w pms' → PMs; 'gpm of partnerships' → GPM of partnerships; else by round type."""
    texts = [r.texts[0]] + [n.text for n in r.focus]
    for text in texts:
        m = _WITH.search(text)
        who = _cut(m.group(1)) if m else ""
        if who and len(who.split()) <= 8 and (has(tokens(who), WHO) or who[0].isupper()):
            return fmt_who(who)
    for text in texts:
        toks = tokens(text)
        if toks and any(tuple(toks[: len(p)]) == p for p in WHO_START.get(toks[0], ())):
            who = _ROUND_TAIL.sub("", _cut(text))
            if who and len(who.split()) <= 6:
                return fmt_who(who)
    return "Recruiter" if r.id == "recruiter" else None


_ACRONYMS = {w.lower(): w for w in ["PM", "PMs", "GPM", "TPM", "APM", "CEO", "CTO", "CPO", "COO", "VP", "SVP", "HM", "EM", "AE", "AEs", "SE", "SEs", "HR", "AI", "ML"]}


def fmt_who(text: str) -> str:
    """Tidy an interviewer phrase: fix typos, capitalise acronyms, 'co founders' → co-founders."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in _ACRONYMS and (word.islower() or word.isupper()):
            return _ACRONYMS[word.lower()]
        return _canon(word) if word.islower() else word

    text = re.sub(r"\bco[\s-]?(founders?)\b", r"co-\1", text.strip(" -–—:"))
    return re.sub(r"[A-Za-z]+", fix, text)


def _finalize(rounds: list[_Round]) -> list[PlanRound]:
    rounds = [r for r in rounds if r.heading_sec is None or round_types(r.title) or r.focus]
    if all(r.pitch and not r.focus for r in rounds):
        return []  # only a pitch heading like "Recruiter call": no loop described
    rounds.sort(key=lambda r: r.order)
    used: list[str] = []
    for r in rounds:
        r.id = _resolve_id(r)
        if r.id is None:  # untyped ("2nd round" with generic bullets): next free id in loop order
            after = ROUND_IDS.index(used[-1]) + 1 if used else 0
            free = [i for i in ROUND_IDS[after:] + ROUND_IDS[:after] if i not in used]
            r.id = free[0] if free else (used[-1] if used else ROUND_IDS[0])
        used.append(r.id)
    rounds.sort(key=lambda r: (r.id != "recruiter", r.order))
    merged: dict[str, PlanRound] = {}
    for r in rounds:
        who = r.who or _interviewer(r)
        if r.id in merged:
            first = merged[r.id]
            first.focus += [n for n in r.focus if n not in first.focus]
            first.interviewer = first.interviewer or who
            continue
        merged[r.id] = PlanRound(id=r.id, title=r.title, interviewer=who, focus=r.focus, source=r.source)
    return list(merged.values())


def default_rounds() -> list[PlanRound]:
    """The catalog loop, for notes that describe no rounds."""
    out = []
    for rid in ROUND_IDS:
        try:
            spec = catalog.load_round(rid).spec
            title, who = spec.title, spec.interviewer
        except MockloopError:
            title, who = _FALLBACK[rid]
        out.append(PlanRound(id=rid, title=title, interviewer=who))
    return out


# ---------------------------------------------------------------- the rest of the plan


def _title_case(name: str) -> str:
    words = name.split()
    return " ".join(w.upper() if w.lower() in _UPPER else (w[:1].upper() + w[1:] if w.islower() else w) for w in words)


def _company(ctx: _Ctx) -> str | None:
    fm = ctx.notes.front_matter
    for key in ("company", "title"):
        value = fm.get(key)
        if isinstance(value, (str, int)) and str(value).strip():
            name = re.split(r"\s+[-–—|:]\s+|:\s", str(value).strip())[0]
            name = re.sub(r"\s+(interview|notes|prep|loop|onsite)\b.*$", "", name, flags=re.IGNORECASE).strip()
            if name:
                return _title_case(name)
    for ent in ctx.ents:
        if m := _COMPANY_LINE.match(ent.item.text):
            return m.group(1).strip()
    names = Counter[str]()
    for ent in ctx.ents:
        if ent.item.kind == "heading":
            for part in re.split(r"[?!:.]", ent.item.text):
                m = re.match(r"^\s*why\s+(.+?)\s*$", part, re.IGNORECASE)
                if m and m.group(1).lower() not in _WHY_STOP and len(m.group(1).split()) <= 3:
                    names[_title_case(m.group(1))] += 1
    return names.most_common(1)[0][0] if names else None


def _role(ctx: _Ctx) -> str | None:
    for key in ("role", "position"):
        if isinstance(ctx.notes.front_matter.get(key), str) and ctx.notes.front_matter[key].strip():
            return ctx.notes.front_matter[key].strip()
    for ent in ctx.ents:
        if m := _ROLE_LINE.match(ent.item.text):
            return m.group(1).strip()
    best: list[str] = []
    for ent in ctx.ents:
        for m in _ROLE_NOUN.finditer(ent.item.text):
            words = []
            for w in reversed(ent.item.text[: m.start()].split()[-3:]):
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


def _unquote(text: str) -> str:
    return re.sub(r"^[“\"‘']+\s*|\s*[”\"’']+$", "", text.strip())


def _questions(ctx: _Ctx) -> list[NoteLine]:
    """The first list under a Questions heading, plus any question-mark line there."""
    out = []
    for k, sec in enumerate(ctx.notes.sections):
        if ctx.eff[k] != "questions":
            continue
        body = [i for i in sec.items if i.kind != "heading"]
        first: list[Item] = body[:1]
        for it in body[1:]:
            listed = it.kind in LIST_KINDS and first[-1].kind in LIST_KINDS
            if not (listed or (it.kind == first[-1].kind and it.line == first[-1].line + 1)):
                break
            first.append(it)
        for it in body:
            if (it in first and it.depth == 0) or it.text.rstrip("”\"' ").endswith("?"):
                out.append(NoteLine(text=_unquote(it.text), line=it.line))
    return out


def _logistics(ctx: _Ctx, claimed: set[int]) -> list[NoteLine]:
    out = []
    for k, ent in enumerate(ctx.ents):
        it = ent.item
        if k in claimed or it.kind in ("heading", "quote") or ent.cls in ("pitch", "questions", "research"):
            continue
        if ent.cls == "logistics" or (len(it.text) <= 160 and has(tokens(it.text), LOGISTICS)):
            out.append(_line(it))
    return out


def _research(ctx: _Ctx, claimed: set[int]) -> list[NoteLine]:
    return [
        _line(e.item) for k, e in enumerate(ctx.ents)
        if e.cls == "research" and k not in claimed
        and (e.item.kind != "heading" or ctx.notes.sections[e.sec].pseudo)
    ]


def extract_plan(notes: Notes, source: str | None = None) -> InterviewPlan:
    """Everything the interview needs from the notes; the default loop when no rounds are named."""
    ctx = _Ctx(notes)
    found, claimed = _find_rounds(ctx)
    rounds = _finalize(found)
    return InterviewPlan(
        company=_company(ctx), role=_role(ctx), pitch=_pitch(ctx), candidate_questions=_questions(ctx),
        logistics=_logistics(ctx, claimed), research=_research(ctx, claimed),
        rounds=rounds or default_rounds(), default_loop=not rounds, source=source,
    )


# ---------------------------------------------------------------- load / save


def known_round_ids() -> list[str]:
    try:
        extra = [r for r in catalog.round_ids() if r not in ROUND_IDS]
    except (MockloopError, OSError):
        extra = []
    return [*ROUND_IDS, *extra]


def _parse_plan_file(path: Path, text: str) -> object:
    try:
        return json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise PlanError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg}) — fix the syntax") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise PlanError(f"{path}: not valid YAML ({where}{problem}) — fix the syntax") from None


def validate_plan(data: object, where: str) -> InterviewPlan:
    """A plan from a file, with the first problem reported as 'field.path: message'."""
    try:
        plan = InterviewPlan.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "plan"
        raise PlanError(f"{where}: {loc}: {err['msg']} — fix that field and retry") from None
    ids, seen = known_round_ids(), set()
    for n, r in enumerate(plan.rounds):
        if r.id not in ids:
            raise PlanError(f"{where}: rounds.{n}.id: unknown round {r.id!r} — choose one of {', '.join(ids)}")
        if r.id in seen:
            raise PlanError(f"{where}: rounds.{n}.id: round {r.id!r} appears twice — keep one entry per round")
        seen.add(r.id)
    return plan


def load_plan_or_notes(path: str | Path) -> InterviewPlan:
    """A saved plan (.yaml/.yml/.json with 'rounds' or 'version') or notes to extract one from."""
    p = Path(path).expanduser()
    if p.suffix.lower() in PLAN_SUFFIXES and p.is_file():
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PlanError(f"cannot read plan {p}: {exc} — check the file is readable UTF-8") from None
        data = _parse_plan_file(p, text)
        if isinstance(data, dict) and ("rounds" in data or "version" in data):
            return validate_plan(data, str(path))
    return extract_plan(read_notes(p), source=str(path))


_HEADER = """\
# mockloop interview plan: edit freely, mockloop reads this file as-is.
# Round ids: {ids}.
# Each 'line' is the line in your notes the text came from.
"""


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
        raise PlanError(f"cannot write plan to {p}: {exc.strerror or exc} — choose a writable path") from None
    return p


class _Dumper(yaml.SafeDumper):
    """Multi-line text (pitch answers) as '|' blocks, so the file reads like the notes."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)
