"""Who a round is with, read from its lines: "chat w/ Priya (GPM, bill pay)", "Coding 1 —
Arjun Mehta, Senior SWE", "HM intro (Lukas Brenner, design manager, 45m)", the "Nadia Rahimi,
Manager, Pricing" line under a round. An interviewer is a person and/or a title, never a date,
a time or a status mark."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import TIME_WORDS, has_job, word_set
from .vocab import (
    DASH,
    ROUNDISH,
    WHO,
    WHO_START,
    WORD,
    at,
    canon,
    folded,
    has,
    outside_brackets,
    round_types,
    tokens,
)

if TYPE_CHECKING:
    from .found import Round

__all__ = [
    "BRACKET_NAME",
    "PERSON",
    "PERSON_AFTER_COMMA",
    "WITH",
    "WITH_HINT",
    "bracket_who",
    "cut",
    "fmt_who",
    "interviewer_in",
    "named_below",
    "person_after_dash",
    "unnamed_title",
    "who_label",
    "who_only",
]

WITH = re.compile(
    r"(?:^|\s)(?:with|w/(?!o)|w|mit|avec|con|com|(?-i:met(?=\s+[A-Z])))\s+(\S.*)$", re.IGNORECASE
)  # Dutch "met Femke", not English "met the CTO"
WITH_HINT = re.compile(r"w(?:ith|/)?\s|\b(?:met|mit|avec|con|com)\s")  # on folded text
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


_TIME_PART = re.compile(
    r"(?i)^(?:~?\d|done\b|tbd\b|live\b|remote\b|zoom\b|on ?site\b|virtual\b|panel of\b)"
)


def bracket_who(title: str) -> str | None:
    """Who a one-liner's brackets name, beside its times: "(Zoe Hartmann, 30m, done)" → "Zoe
    Hartmann"; "(eng lead + PM, 45m)" → "eng lead + PM"; "(60m, live in Miro)" → None."""
    inner = title.partition("(")[2].rpartition(")")[0]
    parts = [p.strip() for p in inner.split(",") if p.strip() and not _TIME_PART.match(p.strip())]
    if not parts or len(parts[0].split()) > 5:
        return None
    first = parts[0]
    if PERSON.match(first) or has(tokens(first), WHO):
        return ", ".join(parts[:2]) if PERSON.match(first) and len(parts) > 1 else first
    return None


_NAME_LINE = re.compile(
    r"^((?:(?:Dr|Capt|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?:,|\s+[-–—]|\s+\()"
    r"\s*([^,.;()]{2,50})"
)


_WITH_LINE = re.compile(
    r"^(?i:with|w/|interviewers?\s+are|interviewer\s+is)\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z].*)"
)
_WHO_LABEL = re.compile(
    r"(?i)^(?:who|with|interviewers?|interviewed by|panel(?:ists)?|people|person)\s*:\s*(\S.{1,160})$"
)


def who_label(text: str) -> bool:
    """ "Panel: …", "Interviewers: …", "With: …": a line that says who, not what."""
    return bool(_WHO_LABEL.match(text.strip()))


def named_below(r: Round) -> str | None:
    """The person a line under the round names: "Who: Kevin Tran, Senior MLE", or a first
    line "Nadia Rahimi, Manager, Pricing"."""
    for n in r.focus[:8]:
        if (m := _WHO_LABEL.match(n.text.strip())) and not m.group(1).lower().startswith(
            ("n/a", "tbd", "tba", "?")
        ):
            return who_only(cut(m.group(1)) if "(" not in m.group(1) else m.group(1))
    own = [n for n in r.focus[:4] if n.line != r.source.line]
    for n in own[:2]:  # "Nadia Rahimi, Manager, Pricing"; "Ravi Subramanian - Senior SA"
        m = _NAME_LINE.match(n.text)
        if m and not round_types(m.group(1)) and has_job(m.group(2)):
            return who_only(f"{m.group(1)}, {m.group(2).strip()}")
        if (w := _WITH_LINE.match(n.text)) and (who := who_only(cut(w.group(1)))):
            return who  # "- with Prakriti Shrestha (Senior Product Analyst) and one PM"
    return None  # not "Design Twitter, focus on fanout": a name, then a job title


def lower_name(text: str) -> str | None:
    """In a line typed without capitals, the first name after "w/" or "with" ("call w/ priya
    from eng" → "priya from eng"); None when the word is a title, a kind or a common word."""
    if any(c.isupper() for c in text) or (m := _LOWER_WITH.search(text)) is None:
        return None
    name = m.group(1)
    if name in _COMMON or has(tokens(name), WHO) or round_types(name) or has_job(name):
        return None
    return who_only(cut(f"{name}{m.group(2) or ''}"))


_LOWER_WITH = re.compile(
    r"(?:\bw/\s*|\bwith\s+)([a-z][a-z'’-]{2,14})\b(\s+(?:from|\()[^,.;]{2,30})?"
)
_COMMON = word_set(
    """the a an my her him them his their our your you me us someone somebody team people
    everyone everybody anyone one two three some all both each other others questions question
    feedback notes details data code sql python excel slides laptop video zoom teams meet phone
    camera screen share sharing coffee lunch dinner drinks food family friends friend mum mom
    dad partner kids it this that these those what whom which whoever same new old senior
    junior lead staff principal head chief director manager owner founder cofounder recruiter
    hr talent ops product design sales eng engineering marketing finance legal support"""
)


def interviewer_in(texts: list[str]) -> str | None:
    """'chat w pms' → PMs; 'gpm of partnerships' → GPM of partnerships: the first text that
    names someone after "with", else the first that starts with an interviewer's title."""
    for text in texts:
        m = WITH.search(text) if WITH_HINT.search(folded(text)) else None
        who = who_only(cut(m.group(1))) if m else ""
        if who and len(who.split()) <= 8 and (has(tokens(who), WHO) or who[0].isupper()):
            return fmt_who(who)
    for text in texts:
        if starts_with_who(text):
            who = _drop_round_tail(who_only(cut(text)))
            if who and len(who.split()) <= 6:
                return fmt_who(who)
    return None


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_CLAUSE = re.compile(  # "with Aoife Brennan was Sept 10": the person ends where the clause goes on
    r"(?i)\s+(?:was|is|will\s+be|today|tomorrow|yesterday|done)\b.*$|\s*[✅✓✔🔜⏳].*$"
    rf"|\s+{_MONTH}\.?\s+\d.*$"
)
_LAST_ASIDE = re.compile(r"\s*\(([^()]*)\)\s*$")  # one pass: no backtracking on "(" left open
_WHEN_WORDS = re.compile(
    rf"(?i)\d{{1,2}}[/.-]\d{{1,2}}|\b{_MONTH}\b|\b\d+\s*(?:min|mins|minutes|h|hr|hrs|hours)\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bdone\b|\btbd\b"
)


def who_only(text: str) -> str:
    """ "Aoife Brennan was Sept 10 (done)" → "Aoife Brennan"; "Tanya Brooks (Mar 28, done)" →
    "Tanya Brooks": an interviewer is a person or a title, never a date ("Sam (L5)" keeps its
    level)."""
    text = re.sub(r"(?i)^(?:with|w/)\s+|_{3,}\s*", "", text)  # "With Ravi …"; a form's blank
    text = _WRITER_AND.sub("", text)  # "me and Rob Tennant": the mail's writer, then who
    text = _outside(_PLACE_TAIL, text)  # "Rob Tennant (Area Manager) at the store"
    text = _outside(_TOPIC_TAIL, text)  # "…, Senior Associate, covering your experience"
    if (aside := _LAST_ASIDE.search(text)) and _WHEN_WORDS.search(aside.group(1)):
        text = text[: aside.start()]
    text = _WHEN_TAIL.sub("", text)  # "Oren Shapiro (Research Manager) this morning"
    text = _HOW_IT_WENT.sub("", text)  # "Tanya on 3/4 went well" → "Tanya"
    text = _WHEN_AFTER.sub("", text)  # "Camilla Fri 3/7 10am" → "Camilla"
    text = _RANG.sub("", text)  # "Recruiter (Jess) rang me Mon 3rd" → "Recruiter (Jess)"
    text = _CLAUSE.sub("", text).strip(" ✓✔︎✅=:")  # "Jess = done": no "="
    return text[1:-1] if text[:1] == "(" and text[-1:] == ")" else text  # "(panel of EMs)"


def _outside(tail: re.Pattern[str], text: str) -> str:
    """The text without what ``tail`` matches, unless that starts inside a bracket ("Priya
    Shah (Head of Data, focused on ML platform)" keeps its title)."""
    m = tail.search(text)
    if m is None or text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
        return text
    return text[: m.start()]


_TOPIC_TAIL = re.compile(
    r"(?i),?\s+(?:covering|discussing|to discuss|focusing on|focused on|who will (?:ask|cover"
    r"|discuss))\b.*$"
)
_WRITER_AND = re.compile(r"(?i)^(?:me|myself|us)\s+(?:and|&|\+)\s+(?=\S)")
_PLACE_TAIL = re.compile(
    r"(?i)\s+(?:at|in)\s+(?:the|our|their)\s+(?:store|office|site|house|clinic|restaurant|branch"
    r"|hq|depot|warehouse|plant|school|hospital|hotel|shop|kitchen|farm|yard|lab|studio|factory)"
    r"\b.*$"
)
_HOW_IT_WENT = re.compile(
    r"(?i)(?<!\s)\s+(?:on\s+(?:\d{1,2}[/.]\d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b.*"
    r"|(?:went|was|is)\s+(?:well|ok|okay|fine|great|badly|done)\b.*)$"
)
_RANG = re.compile(r"(?i)\s+(?:rang|called|phoned)\s+me\b.*$")
_WHEN_AFTER = re.compile(
    r"(?i)(?<=[\w)])\s+(?:(?:on|at|@)\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day)?\.?,?\s+\d|\d{1,2}[/.]\d{1,2}\b|\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d\b"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d).*$"
)
_WHEN_TAIL = re.compile(
    r"(?i)(?<!\s)\s+(?:this\s+(?:morning|afternoon|evening)|today|tonight|tomorrow|yesterday"
    r"|last\s+week|next\s+week)\s*$"
)


# "<round>, <First Last> (<title>)" or "<round>, <First Last>, <title>": the person after the comma
PERSON_AFTER_COMMA = re.compile(
    r"^([^,()]{3,60}),\s+((?:(?:Dr|Capt|Prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){1,2}"
    r"(?:\s*\([^()]{2,60}\)|,\s*[A-Z][^,()]{1,50})?)$"
)

PERSON = re.compile(
    r"^(?:(?:Dr|Capt|Prof)\.?\s+)?[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2}(?:\s*\([^()]{2,60}\))?$"
)
BRACKET_NAME = re.compile(r"\(\s*([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})\s*\)\s*$")

NOT_A_PERSON = re.compile(
    # a day or a month by itself or before a date, not "Jane Doe", "Mark", "Sunil", "June Park"
    r"(?i)^(?:\W|\d|(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?"
    r"|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?(?=\s*(?:\d|[,/.-]|$))|tbd\b|tba\b|done\b|onsite\b|virtual\b|remote\b|zoom\b|async\b"
    r"|(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|jumatatu|jumanne|jumatano|alhamisi|ijumaa"
    r"|jumamosi|jumapili|imeisha)\b"
    # a place: "Panel interview – Admin building, room B", "– Main office, 3rd floor"
    r"|[\w-]+(?:\s+[\w-]+)?\s+(?:building|room|office|floor|site|campus|hall|lobby|hq|reception"
    r"|boardroom|gebäude|raum|salle|sala|kantoor)\b)"
)


def person_after_dash(text: str) -> str | None:
    """ "Coding 1 — Arjun Mehta, Senior SWE — 45m" → "Arjun Mehta, Senior SWE": the first part
    after the title's dash, when it starts like a name or a title and is not a date or time."""
    m = DASH.search(text)
    if m is None:
        return None
    part = _DURATION.sub("", text[m.end() :])
    if nxt := DASH.search(part):
        part = part[: nxt.start()]
    part = who_only(part.strip(" ✅✔︎"))
    long = len(outside_brackets(part).split()) > 10  # "Hemi Walker (Team Leader) + Dr …" is not
    if not part[:1].isupper() or NOT_A_PERSON.match(part) or long:
        return None
    words = part.split(None, 2)
    if words[0].lower().strip(".,") in TIME_WORDS and (len(words) == 1 or words[1][0].isdigit()):
        return None  # "Probearbeiten – Donnerstag 10.12., 14:00": a day in any language
    first = part.split(",", 1)[0]
    if round_types(first) or has(tokens(first), ROUNDISH):
        return None  # "Round 1 – Recruiter chat", "3 — System design": the round's name
    return part


def starts_with_who(text: str) -> bool:
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


def fmt_who(text: str) -> str:
    """Tidy an interviewer phrase: fix typos, capitalise acronyms, 'co founders' → co-founders."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in _ACRONYMS and (word.islower() or word.isupper()):
            return _ACRONYMS[word.lower()]
        return canon(word) if word.islower() else word

    text = re.sub(r"\bco[\s-]?(founders?)\b", r"co-\1", text.strip(" -–—:"))
    return re.sub(r"[A-Za-z]+", fix, text)


_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]|Dr|Mr|Ms|Mrs|Prof|Sr|Jr|St|Capt|Col|Lt|Rev)$")


def cut(text: str) -> str:
    """Text up to the first ',', ';', '.', ':' or ' - ' outside brackets, minus "(30 min)"."""
    text, depth = _DURATION.sub("", text), 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if depth <= 0 and (ch in ",;.:" or (ch.isspace() and DASH.match(text, i))):
            if ch == "." and _ABBREVIATION.search(text, max(0, i - 5), i):
                continue  # "Dr. Amara Osei", "Dan K. (EM)"
            return text[:i].strip()
    return text.strip()


_HONORIFIC = re.compile(r"^(?:(?:Mtra|Mtro|Lic|Enf|Ing|Dra?|Mr|Mrs|Ms|Prof|Sra?)\.?\s+)")


def unnamed_title(title: str) -> str:
    """A title without the person after its comma ("Entrevista con la Directora de Enfermería,
    Mtra. Silvia Contreras"), so a long name does not make the line a sentence."""
    head, _, tail = title.partition(", ")
    return head if tail and PERSON.match(_HONORIFIC.sub("", tail)) else title
