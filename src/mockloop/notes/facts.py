"""What the notes say about the job rather than the rounds: the company and the role.

Each is read from the strongest place that has it: front matter, a "Role:" line, the notes'
title line ("AWS Security Engineer II — Identity — interview notes"), a "Why X" heading or
line, the role named in prose ("for the Software Engineer, Billing role"). Every scan is one
pass over the items with a cheap first test.
"""

from __future__ import annotations

import re
from collections import Counter

from .inline import strip_inline
from .outline import Outline
from .parser import LIST_KINDS
from .vocab import folded

__all__ = ["company", "role"]

_COMPANY_LINE = re.compile(r"^(?:company|employer|org)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_LINE = re.compile(r"^(?:role|position|title|job)\s*[:=\-–—]\s*(.+)$", re.IGNORECASE)
_ROLE_NOUN = re.compile(
    r"\b(product manager|program manager|pm|tpm|apm|engineer|developer|designer|scientist"
    r"|analyst|architect|researcher|consultant|manager|strategist|marketer)s?\s+"
    r"(?:role|position|opening|job)\b",
    re.IGNORECASE,
)
# a word that names a job: the part of a title line that holds one is the role
_JOB = re.compile(
    r"\b(engineer|engineering manager|manager|designer|scientist|analyst|advocate|developer"
    r"|architect|researcher|consultant|strategist|marketer|director|lead|pm|tpm|apm|gpm|sre"
    r"|swe|sde|mle|intern|specialist|recruiter|writer|associate|head of \w+)s?\b",
    re.IGNORECASE,
)
# words that may stand before the job word and belong to the role, not the company
_ROLE_WORDS = frozenset(
    [
        "senior",
        "sr",
        "sr.",
        "staff",
        "principal",
        "lead",
        "junior",
        "jr",
        "associate",
        "group",
        "new",
        "grad",
        "software",
        "security",
        "data",
        "product",
        "program",
        "project",
        "machine",
        "learning",
        "ml",
        "ai",
        "backend",
        "back-end",
        "frontend",
        "front-end",
        "full-stack",
        "fullstack",
        "stack",
        "site",
        "reliability",
        "solutions",
        "sales",
        "technical",
        "engineering",
        "ux",
        "ui",
        "research",
        "developer",
        "platform",
        "infrastructure",
        "mobile",
        "ios",
        "android",
        "devops",
        "cloud",
        "qa",
        "test",
        "growth",
        "design",
        "visual",
        "interaction",
        "applied",
        "analytics",
        "business",
        "systems",
        "network",
    ]
)
_PROSE_ROLE = re.compile(
    r"\b(?:for|as)\s+(?:the|a|an)\s+([^.;:!?]{3,80}?)\s+(?:role|position|opening)\b", re.IGNORECASE
)
_ROLE_STOP = frozenset(
    [
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
    ]
)
_TITLE_SPLIT = re.compile(r"(?<!\s)\s+[-–—|:]\s+|:\s|\s+[—–]\s*|\s*[—–]\s+")
_NOISE_PART = re.compile(
    r"(?i)\b(notes?|prep|interview|interviews|loop|log|hub|running|updated|draft|process)\b"
    r"|\d{1,2}[/.]\d{1,2}|^\W*$"
)
_TITLE_TAIL = re.compile(
    r"(?<!\s)\s+(interview|notes|prep|loop|onsite|pm|tpm|product|role|swe|sre|ds|devrel"
    r"|mle|dev|eng|hub|running)\b.*$",
    re.IGNORECASE,
)
_WHY = re.compile(r"^\W*(?:why|warum|por qu[ée]|pourquoi)\s+(.*\S)\s*$", re.IGNORECASE)
_WHY_STOP = {"now", "me", "us", "this", "here", "you", "i", "join", "them", "it", "the", "not"}
_UPPER = {"ai", "ml", "db", "api", "io", "hq", "vc", "llm", "pm", "aws"}


def _title_case(name: str) -> str:
    """'fireworks ai' → 'Fireworks AI'; words the user capitalised are kept as written."""
    return " ".join(
        w.upper() if w.lower() in _UPPER else w[:1].upper() + w[1:] if w.islower() else w
        for w in name.split()
    )


def _front(o: Outline, key: str) -> str:
    """A front-matter scalar as text; a list or mapping there (or a YAML alias bomb) is ignored."""
    value = o.notes.front_matter.get(key)
    ok = isinstance(value, str | int | float) and not isinstance(value, bool)
    return strip_inline(str(value).strip()) if ok else ""


def _title_text(o: Outline) -> str:
    """The notes' own title: front matter's, else the first line when it is a heading or a
    short line of its own."""
    if _front(o, "title"):
        return _front(o, "title")
    first = o.items[0] if o.items else None
    if first is None or len(first.text) > 160 or first.kind not in ("heading", "paragraph"):
        return ""
    return first.text


def _clean(name: str) -> str:
    """Text up to the first character that is not part of a name (an emoji, '!', '(')."""
    end = next((i for i, ch in enumerate(name) if not (ch.isalnum() or ch in " &.'’-")), None)
    return name[:end].strip(" .-") if end is not None else name.strip(" .-")


def _company_in_title(title: str) -> str:
    part = _clean(_TITLE_SPLIT.split(title.split(",", 1)[0], maxsplit=1)[0])
    m = _JOB.search(part)
    if m:  # "AWS Security Engineer II": the words before the role are the company
        words = part[: m.start()].split()
        while words and words[-1].lower() in _ROLE_WORDS:
            words.pop()
        part = " ".join(words)
    part = _TITLE_TAIL.sub("", part).strip()
    return part if part[:1].isalpha() and len(part.split()) <= 3 else ""


def company(o: Outline) -> str | None:
    if name := _front(o, "company"):
        return _title_case(name)
    if name := _company_in_title(_front(o, "title")):
        return _title_case(name)
    for it in o.items:  # the first letter rules out nearly every line before the pattern runs
        if it.text[:1] in "cCeEoO" and (m := _COMPANY_LINE.match(it.text)):
            return m.group(1).strip()
    names = Counter[str]()
    for it in o.items:
        if it.kind in LIST_KINDS or it.depth or "hy" not in it.text[:12].lower():
            continue
        for part in re.split(r"[?!:.(/]", it.text):
            m = _WHY.match(part.split(",", 1)[0])
            if m and m.group(1).lower() not in _WHY_STOP and len(m.group(1).split()) <= 3:
                names[_title_case(_clean(m.group(1)))] += 1
    names.pop("", None)
    title = _title_text(o)
    in_title = [n for n in names if n.lower() in title.lower()]
    if in_title:
        return in_title[0]
    if names:
        return names.most_common(1)[0][0]
    name = _company_in_title(title)
    return _title_case(name) if name else None


def _role_in_title(title: str) -> str:
    if (m := _PROSE_ROLE.search(title)) and _JOB.search(m.group(1)):
        return m.group(1).strip()  # "Tidewater: notes for the Integrations PM role"
    parts = [p.strip() for p in _TITLE_SPLIT.split(title) if p.strip()]
    for n, part in enumerate(parts):
        m = _JOB.search(part)
        if not m:
            continue
        words = part[: m.start()].split()
        keep = 0
        while keep < len(words) and words[len(words) - 1 - keep].lower() in _ROLE_WORDS:
            keep += 1
        role = " ".join([*words[len(words) - keep :], part[m.start() :]])
        for more in parts[n + 1 :]:
            if _NOISE_PART.search(more):
                break
            role += " — " + more
        return _clean_role(role)
    return ""


def _clean_role(role: str) -> str:
    role = re.split(r"\s{3,}", role, maxsplit=1)[0]  # "SRE II, Platform   req JR-48213"
    return role.strip(" -–—:*").rstrip("🟢🎉✅ ").strip()


def role(o: Outline) -> str | None:
    for key in ("role", "position"):
        if _front(o, key):
            return _front(o, key)
    for it in o.items[:400]:
        text = it.text.lstrip("💡👉📌🎯*-• \t") if not it.text[:1].isalnum() else it.text
        if text[:1] in "rRpPtTjJ" and (m := _ROLE_LINE.match(text)):
            found = re.split(r"\.\s+(?=[A-Z][\w ]{0,25}:)", m.group(1).strip(), maxsplit=1)[0]
            return _clean_role(found)
    title = _title_text(o)
    found = _role_in_title(title)
    nxt = o.items[1] if len(o.items) > 1 and not _front(o, "title") else None
    if nxt is not None and nxt.kind == "paragraph" and len(nxt.text.split()) <= 14:
        second = _role_in_title(nxt.text)
        early = _JOB.search(" ".join(nxt.text.split()[:4]))
        if second and early and len(found.split()) <= 1:
            found = second  # "Notion PM interview" over "PM, Growth — Onboarding"
    if found:
        return found
    best: list[str] = []
    for it in o.items:  # "the forward deployed PM role" → Forward Deployed PM (longest wins)
        if _names_role(it.text):
            if (m := _PROSE_ROLE.search(it.text)) and _JOB.search(m.group(1)):
                return m.group(1).strip()
            best = _longest_role(it.text, best)
    return _title_case(" ".join(best)) if best else None


def _names_role(text: str) -> bool:
    """_ROLE_NOUN may match: first a sound look for the word every match ends in."""
    low = folded(text)
    hint = "role" in low or "position" in low or "opening" in low or "job" in low
    return hint and bool(_ROLE_NOUN.search(text) or _PROSE_ROLE.search(text))


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
