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
WHO = _phrases("|".join(WHO_START_SPEC := ["team", "lead", "manager", "leadership", "pm", "ae", "se",
                                            "designer", "designers", "engineer", "partnerships"])
               + "|" + "|".join(" ".join(p) for ps in WHO_START.values() for p in ps))
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
    toks = tokens(text)
    first = {rid: min((i for i, t in enumerate(toks) for p in ix.get(t, ()) if tuple(toks[i : i + len(p)]) == p),
                      default=-1) for rid, ix in _TYPES.items()}
    return Counter({rid: 1 for rid, pos in sorted(first.items(), key=lambda kv: kv[1]) if pos >= 0})


def _best(types: Counter[str]) -> str | None:
    return max(types, key=lambda t: types[t]) if types else None


_ORD = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last)"
_EXPLICIT = re.compile(
    rf"\b{_ORD}\s+(?:round|interview|call|chat|screen|conversation|convo|take[\s-]?home|stage|onsite|panel)\b"
    r"|\bround\s*#?\s*(?:\d+|one|two|three|four|five|six)\b|^r\d\b",
    re.I,
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
_WITH = re.compile(r"(?:^|\s)(?:with|w/(?!o)|w)\s+(\S.*)$", re.I)
_DURATION = re.compile(r"\s*\(\s*~?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes|h|hr|hrs|hours)\s*\)", re.I)
_QUESTIONS = re.compile(r"\b(questions?|qs)\b")
_THEY_ASK = re.compile(r"\b(they|they'll|expect|likely|practice|mock|behavioral|might)\b")
_PITCH = re.compile(
    r"^why\b|\bwhy (now|us|me|this|here)\b|tell me about yourself|about me|\bintro(duction)?\b"
    r"|\bpitch\b|\bmy story\b|walk me through|\bmotivation\b"
)
_PROCESS = re.compile(r"\b(process|loop|rounds|stages|pipeline|interview (process|loop|rounds|stages))\b")
_LOGI_HEAD = re.compile(r"\b(logistics|next steps|comp|compensation|timeline|salary)\b")
_RESEARCH = re.compile(
    r"\b(notes|research|company|about|market|landscape|competit\w*|product|news|funding|background"
    r"|overview|headwinds|tailwinds|swot|thesis|strategy|business model|customers)\b"
)
_COMPANY_LINE = re.compile(r"^(?:company|employer|org)\s*[:=\-–—]\s*(.+)$", re.I)
_ROLE_LINE = re.compile(r"^(?:role|position|title|job)\s*[:=\-–—]\s*(.+)$", re.I)
_ROLE_NOUN = re.compile(
    r"\b(product manager|program manager|pm|tpm|apm|engineer|developer|designer|scientist|analyst"
    r"|architect|researcher|consultant|manager|strategist|marketer)s?\s+(?:role|position|opening|job)\b",
    re.I,
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
        if pattern.search(h) and "interview" not in h:
            return cls
    return None


def _line(item: Item) -> NoteLine:
    return NoteLine(text=item.text, line=item.line)


def _split_title(text: str) -> tuple[str, str]:
    m = _SEP.search(text)
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
        strong = explicit_round(text) or has(toks, STRONG) or (typed and has(toks, ROUNDISH))
        return "heading" if strong else None
    if ent.cls in ("pitch", "questions"):
        return None
    if _oneliner_parts(text):
        return "oneliner"
    if explicit_round(text) and len(_split_title(text)[0].split()) <= 10:
        return "round"
    if ent.cls == "process" and it.depth == 0 and typed:
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
