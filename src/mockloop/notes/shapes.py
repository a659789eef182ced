"""Lines that lay out a whole loop or one slot of it: a one-liner ("onsite = coding, system
design"), an arrow chain ("screen -> HM call (45m, Dan K.) -> onsite"), a schedule line
("10:00–10:45 Coding — Ana, SWE"), a line that opens on a round's name ("phone scrn 5/29 w/
Deepa"), a heading that says when, and a page's properties ("Created: April 3").

Each test starts with a character look that rules out nearly every line; every pattern is
anchored and bounded, so a line costs time linear in its length.
"""

from __future__ import annotations

import re
from itertools import islice

from .breaks import is_break, is_todo, said_not_a_round
from .chainsteps import chain_step, said_as_step, without_who
from .jobwords import JOB
from .told import numbered_parts, panel_people, told_parts
from .vocab import (
    CONTAINER,
    ROUNDISH,
    canon,
    has,
    kind_weights,
    only_kind,
    outside_brackets,
    round_types,
    split_points,
    tokens,
)
from .when import PREP as _PREP
from .when import says_when, timed

__all__ = [
    "chain_parts", "dated", "is_break", "is_overview", "is_todo", "maybe_dated",
    "oneliner_parts", "timed",
]  # fmt: skip

_ONELINER = re.compile(r"^(?P<label>[^=:]{2,60}?)\s*[=:]\s*(?P<rest>.+)$")


# "Panel B (policy scenario)", "Loop 3: HLD", "Onsite 2": one named unit of several
_UNIT = re.compile(r"^(?i:panel|loop|onsite|session)\s+(?:[A-Z]|\d{1,2}[a-z]?)(?=$|[\s:(.,—–-])")


def labelled_unit(title: str) -> bool:
    """The title names one panel (loop, session) of several by its letter or number: a round of
    its own over its notes, not a stage that holds rounds."""
    return bool(_UNIT.match(title))


def oneliner_parts(text: str) -> list[str]:
    """The parts of "onsite panel = product sense, execution, technical" (2 or more typed;
    an untyped part is a round of its own too: "troubleshooting"), or of an arrow chain."""
    if text.count(" > ") >= 2 and "->" not in text:
        text = _LOOP_LABEL.sub("", text.replace(" > ", " -> "))  # "loop: screen > HM call > …"
    if "->" in text or "→" in text:
        return [] if _TALK_PLAN.match(text) else chain_parts(text)
    if (" then " in text or " Then " in text) and (told := told_parts(text)):
        return told
    if "2)" in text and (numbered := numbered_parts(text)):
        return numbered  # "Next steps: 1) interview w/ Andrés 2) cold call role play"
    staged = bool(_LOOP_LABEL.match(text))  # (the loop's plan itself, not a container in it)
    if (":" not in text and "=" not in text) or not (staged or _maybe_container(text.lower())):
        return []
    m = _ONELINER.match(text)
    if not m or not (staged or has(tokens(m["label"]), CONTAINER)):
        return []
    if labelled_unit(m["label"]):
        return []  # "Loop 3: HLD — 60 min, with a Principal Eng": one loop, and who runs it
    if max(kind_weights(m["label"]).values(), default=0.0) >= 1.0:
        return []  # "Team panel - cross-functional: engineering, sourcing": one round, who is on it
    if panel_people(m["label"], m["rest"]):
        return []  # "Panel: Conor Fahy (Head of Growth), Lisa Moran (Senior PM)": who, not rounds
    rest = m["rest"].rsplit("=", 1)[-1]  # "superday: Thu Nov 21 = coding, coding, HR"
    parts = [q for p in split_points(rest) for q in _repeated(p)]
    typed = sum(1 for p in parts if round_types(p))
    return parts if len(parts) >= 2 and typed >= 2 and typed * 2 > len(parts) else []


# the plan of a talk or a demo, not of the loop: "structure: their pain -> … -> live demo"
_TALK_PLAN = re.compile(
    r"(?i)^\W*(?:structure|outline|storyline|talk track|slides?|deck|this time|framework|approach"
    r"|my plan|flow|order|steps|answer plan|template)\s*:"
)
_TIMES_AFTER = re.compile(r"(?i)^(.*?\S)\s*(?:x\s*([2-5])|\(\s*x?\s*([2-5])\s*x?\s*\))$")
_TIMES_BEFORE = re.compile(r"(?i)^([2-5])\s*x\s+(\S.*)$")


def _repeated(part: str) -> list[str]:
    """ "coding x2", "2x coding", "coding (x2)" → the part once for each time it is held."""
    if m := _TIMES_AFTER.match(part):
        return [m[1]] * int(m[2] or m[3])
    if m := _TIMES_BEFORE.match(part):
        return [m[2]] * int(m[1])
    return [part]


_ARROW = re.compile(r"\s*(?:->|→|=>)\s*")


_LOOP_LABEL = re.compile(  # "stages: HR, online test, 2x technical, CISO", "etapy: …"
    r"(?i)^(?:the\s+)?(?:loop|process|stages|steps|pipeline|etapy|etapas|[ée]tapes|fases|fasi"
    r"|schritte|ablauf|processo|proceso|prozess|stappen|etaper|vaiheet)\s*:\s*"
)


def chain_parts(text: str) -> list[str]:
    """ "screen -> HM call (45m, Dan K.) -> onsite: coding, system design" → the rounds it
    names in order; a container ("onsite") is no round, but the rounds after its ':' are."""
    out: list[str] = []
    loose: list[tuple[int, str]] = []  # untyped steps ("hirevue (done 10/2)", "SQL round")
    evidence = 0.0
    parts = _ARROW.split(text)
    if any(_CLAUSE.match(part) for part in parts[1:]):
        return []  # "burned by a big-co PM before → will probe for scrappiness": a cause
    label, colon, first = parts[0].rpartition(": ")
    bare = outside_brackets(label)  # "Loop per Noa (recruiter): HM → …": the loop's label
    if colon and len(bare.split()) <= 4 and is_overview(bare) and len(first.split()) <= 4:
        parts[0] = first  # (a short one: not a sentence that ends on "process")
    if len(parts) >= 3:  # "… → bar raiser. All onsite on the 17th": the chain ends at the stop
        parts[-1] = _SENTENCE_END.split(parts[-1], 1)[0]
    for part in parts:
        part = part.strip(" ✅✔︎.")
        if said_not_a_round(part):
            continue  # "drug test + MVR (not an interview, just paperwork)"
        bare = without_who(outside_brackets(part))  # "ride-along on a service call w/ Hank"
        inner = oneliner_parts(part.replace("→", " ").replace("->", " "))
        if inner and all(len(p.split()) <= 4 for p in inner):  # "onsite: coding x2, system
            out += inner  # design, behavioral": the rounds after the colon
            evidence += 2
        elif "," in bare or len(bare.split()) > 6:
            continue  # "HackerRank, 90 min, 2 qs", "Marcus Lee, Backend Engineer": details
        elif round_types(part) and not (has(tokens(part), CONTAINER) and not _typed_beyond(part)):
            out.append(part)
            # "API", "metrics": a weak word alone is half the evidence ("clarify → API → … →
            # rollout/metrics" is how to answer, not the loop)
            strong = max(kind_weights(part).values(), default=0.0) >= 1.0
            evidence += 1 if strong or has(tokens(part), ROUNDISH) else 0.5
        elif has(tokens(part), CONTAINER):
            evidence += 1
        elif chain_step(part):
            loose.append((len(out), part))
            evidence += has(tokens(part), ROUNDISH) or said_as_step(part)  # "SQL round"
    if evidence >= 2:
        for n, (at, part) in enumerate(loose):
            out.insert(at + n, part)
    return out if len(out) >= 2 else []


_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)\.\s+(?=[A-Z])")
# an arrow that reads "so" or "means": what follows it is a clause, not a step of the loop
_CLAUSE = re.compile(
    r"(?i)^\s*(?:will|would|should|could|can|may|might|must|need|needs|i|i'll|i’ll|i'd|we|they"
    r"|he|she|it|it's|this|that|means|so|be|is|are|was|were|don't|dont|do|does|did)\b"
)


def causal_arrow(text: str) -> bool:
    """ "burned by a big-co PM before → will probe for SQL": an arrow that reads "so"."""
    return ("->" in text or "→" in text) and any(
        _CLAUSE.match(part) for part in _ARROW.split(text)[1:]
    )


def _typed_beyond(part: str) -> bool:
    """A part names a round besides its container word ("final round with CEO")."""
    return bool(round_types(part)) and not only_container(part)


def only_container(part: str) -> bool:
    toks = [t for t in tokens(part) if t not in ("virtual", "in", "person", "the", "a")]
    return all(CONTAINER.words.__contains__(t) or t.isdigit() for t in toks)


_MONTH = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|mrt|mei|okt|mär|mrz|dez"
    r"|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|dic(?:iembre)?|févr?(?:ier)?|fev(?:ereiro)?|avr(?:il)?"
    r"|juil(?:let)?|déc(?:embre)?|set(?:embro)?|out(?:ubro)?|rhag(?:fyr)?|tach(?:wedd)?|hyd(?:ref)?"
    r"|ion(?:awr)?|chwe(?:fror)?|ebr(?:ill)?|meh(?:efin)?|gorff(?:ennaf)?|awst|medi)\b\.?"
)
# a day before a date in Dutch, German, Spanish, French or Portuguese ("ma 3 nov", "jeu. 4 déc")
_FOREIGN_DAY_WORDS = (
    "ma di wo do vr za zo mo mi fr sa so lun mar mié mie jue vie sáb sab dom mer jeu ven sam dim"
    " seg ter qua qui sex llun maw iau gwe sad sul"
)
_FOREIGN_DAYS = frozenset(_FOREIGN_DAY_WORDS.split())
_FOREIGN_DAY = "(?:" + "|".join(sorted(_FOREIGN_DAYS)) + r")\.?"
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DATED = re.compile(
    rf"^(?:(?:{_DAY}|{_FOREIGN_DAY}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s*{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|(?<=[a-z],\s)\d{{1,2}}(?:st|nd|rd|th)|(?<=[a-z]\s)\d{{1,2}}(?:st|nd|rd|th)"
    rf"|\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?\.?|{_DAY})(?:,?\s+\d{{4}})?(?:\s*\((?:{_DAY}|{_FOREIGN_DAY}|[月火水木金土日]|[월화수목금토일])\))?"
    r"(?:,?\s+(?:(?:at|kl\.?|klo|om|um|à|às|alle|a\s+las)\s+)?\d{1,2}(?:[:.]\d\d)?(?![:.]?\d)\s*(?:[ap]\.?m\.?|h\b|uhr\b)?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?=\s))?(?:\s*(?-i:[A-Z]{1,3}T|UTC|GMT))?)?"
    r"(?:\s+(?:on|via|over)\s+(?:teams|zoom|google meet|meet|webex|skype|(?:the )?phone|video)(?=:))?"
    r"(?:\s*(?:[-–—:|]+|\s\()|\s{2,}|(?<=\d:\d\d)\s+(?![ap]\.?m\b)|(?<=\d[ap]m)\s+|(?<=\d\s[ap]m)\s+|(?<=[ap]\.m\.)\s+)\s*"
    r"|^\d{4}-\d\d-\d\d(?:[ T]\d{1,2}:\d\d)?\s*(?:[-–—:|]+\s*|\s+)",  # "2026-04-29 recruiter call"
    re.IGNORECASE,
)
_DOT_NAMED = re.compile(r" · (?!(?:\d|[A-Z]{2,4}\b))\w{3}")
_SLASHED = re.compile(  # then a lower-case word; or a day in brackets ("[3/12 – 14h] …")
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s(?=[a-z])|\[\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b[^\]:\n]{0,24}\]\s*(?=\S)"
)
_DATE_STARTS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                          "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"))  # fmt: skip


def maybe_dated(text: str) -> bool:
    """False when ``dated`` is None for certain: no digit first (or second: "[3/12"), day or month."""
    if text[:1].isdigit() or text[:3].lower() in _DATE_STARTS or text[:2][1:].isdigit():
        return True
    first, _, rest = text.partition(" ")
    return first.lower().rstrip(".,") in _FOREIGN_DAYS and rest[:1].isdigit()


def dated(text: str) -> str | None:
    """The rest of a line that opens on a date ("Wed 12 Mar - coding interview, 1h" →
    "coding interview, 1h", "3/14: HM call"); None for any other line."""
    if not maybe_dated(text):
        return None
    if _DOT_NAMED.search(text):  # "Mon Nov 17 · 2:00–2:20pm · Phone screen – Rachel"
        text = text.replace(" · ", " - ")  # (not "Wed, Mar 10 · 1:00 PM – 1:50 PM EDT")
    m = _DATED.match(text) or _SLASHED.match(text)  # "3/6 recruiter screen w/ Monica"
    if m is None:
        return None
    rest = text[m.end() :].strip()
    return (timed(rest) or rest) if "·" in text or " - " in rest[:16] else rest


# headings and labels over an overview of the loop or the candidate's own material: no round
_OVERVIEW = re.compile(
    r"(?i)\b(?:process|proceso|processus|processo|prozess|ablauf|(?<!peer\s)loop|stages|etapas|étapes"
    r"|fases|runden|rondas|processen|süreç|süreci|proses|tahapan|pipeline(?!\s+(?:design|review|round))|overview|übersicht|resumen|aperçu|timeline|schedule"
    r"|zeitplan|calendario|stories|story bank|star|checklist|to-?dos?|prep|preparation"
    r"|vorbereitung|preparación|préparation|e-?mail|message|slack|inmail|dm|update|updates"
    r"|changes|plan as of|structure|key areas|focus areas|outline|steps|next steps|letter"
    r"|where things (?:stand|are)|where i(?:'m| am) at|state of play|status|what (?:the )?"
    r"(?:recruiter|\w+) (?:said|told me))\b"
)


def is_overview(text: str) -> bool:
    """ "El proceso según la recruiter:", "STAR-Stories", "Prep checklist": not a round (but
    "case discussion (= "clinical scenario" in the email)" is one, named twice)."""
    return bool(_OVERVIEW.search(_POINTER.sub("", text)))


# a round's other name, or where it was named: "(= the bar raiser)", "(aka …)", "(see email)"
_POINTER = re.compile(
    r"(?i)\((?:=|aka\b|a\.k\.a\.|i\.\s?e\.|see\b|per\b|as in\b|in the\b|from the\b)[^()]*\)"
)


ROUND_LABEL = re.compile(
    r"(?i)^(?:interview|round|meeting|session|entrevista|entretien|gespr\w*"
    r"|(?:updated\s+)?invitation|invite|event)\s*(?::|[-–—])\s*(\S.*)$"
)
ROUND_HINT = re.compile(
    r"interview|screen|call|chat|conv|panel|session|presentation|assessment|discussion|meeting"
    r"|sync|deep dive|onsite|entre|gespr|llamada|appel|recruiter|hiring manager|home|case study"
    r"|homework|system design|assign|challenge"
)


def _maybe_container(low: str) -> bool:
    """False when no CONTAINER phrase can be in the text. None of their words is a typo
    target (not in _FUZZY), so each must appear as written."""
    return any(
        w in low for w in ("site", "panel", "loop", "super", "rounds", "interviews", "final")
    )


# a page's properties (Notion, Obsidian, Google Docs): "Created: April 3, 2024 9:12 PM"
_PROPERTY = re.compile(
    r"(?i)^(?:created|created\s+(?:time|at|on)|last\s+edited(?:\s+time)?|edited|updated|modified"
    r"|last\s+modified|date\s+created|tags|status|link|url|owner|assignee|interviewe?rs?|interviewr"
    r"|who|with|panelists|format|length|duration|location|where|when|type|date)\s*:"
    r"|^stage\s*:\s*\S+(?:\s+\S+){0,2}\s*$"  # "Stage: First round", not "Stage: HM call with …"
)


def is_property(text: str) -> bool:
    return bool(_PROPERTY.match(text))


_THE_ONE = re.compile(
    r"(?i)^(?:(?:the|my|an?|one|final|first|second)\s+)?(?:interview|panel|call)$"
)
_KIND_THEN_BRACKET = re.compile(r"^([^()\n]{2,40}?)\s*\([^()]{2,100}\)\s*$")
_KIND_THEN_WHO = re.compile(
    r"^([^\W\d][\w /&-]{1,40}?)(?:\s+(?:w/|with)\s+[A-Z][\w'’-]*(?:\s+[A-Z(+\d–—-]|\s*[(+]|$)"
    r"|,\s+\d+\s*(?:min|h|hrs?)\b\.?(?:[,;)]|$))"
)
_LEAD_NOUNS = frozenset(
    ("screen", "call", "interview", "chat", "convo", "conversation", "round", "panel", "session",
     "presentation", "talk", "sync", "entrevista", "entretien", "charla", "appel", "llamada",
     "test", "exam", "assessment", "review", "board")
)  # fmt: skip
_COMPOUND_NOUNS = ("interview", "gesprek", "gesprach", "gespräch", "screen")
_LETTERED = re.compile(r"^[a-hA-H][.)]\s+(?=\w)")
# a step's link to the one before: "Después,", "If that goes well,", "Si tout va bien," ("then a
# case" is read elsewhere)
_CONNECTIVE = re.compile(
    r"(?i)^(?:despu[ée]s|luego|si\s+todo\s+va\s+bien|if\s+(?:that"
    r"|all|it|those)\s+goe?s?\s+well|depois|se\s+(?:tudo\s+)?correr\s+bem|ensuite|puis|si\s+tout"
    r"\s+va\s+bien|danach|dann|poi|quindi|se\s+va\s+bene),?\s+(?=\w)"
)
_NOUN_FIRST = frozenset(
    ("entrevista", "entretien", "charla", "appel", "llamada", "interview", "meeting", "call",
     "colloquio", "intervista", "entrevue", "gesprek", "rozmowa", "conversa", "viðtal")
)  # fmt: skip
_WITH_NAMED = re.compile(
    r"\s+(?:with|w/|con|mit|avec|met|z|við)\s+(?:(?:the|la|il|el|lo|le|der|die|dem|den|o|a)\s+)?"
    r"(?:(?:dr|mr|mrs|ms)\.?\s+)?[A-Z][a-z'’-]+\b"
)
_AFTER_LEAD = re.compile(
    r"\s*(?:$|[-–—:(,=|@]|w/|(?:w|with|on|at|mit|con|avec|via|done|today|tomorrow)\b|\d"
    r"|(?:en\s+directo|en\s+vivo|ao\s+vivo|en\s+direct|live|online|presencial)\s*[-–—:(,=]"
    r"|(?:was|is|will\s+be)\s+(?:on\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec)[a-z]*\b)|went\s+(?:well|ok|okay|fine|great|badly|poorly|so-so))",
    re.IGNORECASE,  # "HR phone screen was May 29 with Carla", "entrevista técnica en directo, con …"
)
_WORDS = re.compile(r"[^\W_]+")


def leads_with_round(text: str) -> bool:
    """The line opens on a round's name, then says who, when or how it went: "phone screen
    (done 2/21, Sam H.) — the rate limiter q", "recuiter scrn 5/20 w/ Jake - 30m", "tech
    phone screen w/ Dave Kessler - done 9/5". The name is at most four words ending on a
    round noun, and it names a kind."""
    text = _LETTERED.sub("", text.lstrip("☐☑☒✔✓ "), count=1)  # "a. Colloquio con la …", a box
    text = _CONNECTIVE.sub("", text, count=1)  # "Si todo va bien, entrevista final con …"
    if text[:1].isalpha() and (m := _KIND_THEN_BRACKET.match(text)) and only_kind(m.group(1)):
        return not is_break(m.group(1))  # "System design (onsite 3/25, 12:45, Wei Zhang)"
    if (m := _KIND_THEN_WHO.match(text)) and only_kind(m[1]) and not JOB.search(m[1]):
        return not is_break(m[1])  # "system design w/ Rosa", "coding, 45 min"; not "partner, …"
    found = list(islice(_WORDS.finditer(text, 0, 100), 4))
    if found and found[0].group().isdigit():
        return False  # "20 Min Präsentation, 25 min Q&A": how long, not which round
    first = found[0].group().lower() if found else ""
    if first.endswith(_COMPOUND_NOUNS) and len(first) > 9 and round_types(first):
        # "Telefoninterview, 02.02., Katrin Schuster": one word that is a round's name
        return bool(_AFTER_LEAD.match(text, found[0].end())) and not is_break(first)
    after = text[found[0].end() :] if found else ""
    if (
        _THE_ONE.match(first)
        and after[:3].lstrip()[:1] in ("(", "-", "–", "—", ":", ",")
        and says_when(after)
    ):
        return True  # "INTERVIEW (panel) — Tues 11 March 10:00, 4th floor boardroom"
    if len(found) > 1 and found[0].group().lower() in _NOUN_FIRST:
        if _WITH_NAMED.match(text, found[0].end()):
            return True  # "Interview with Dana Cole (charge nurse), 2/10": with a named person
        found = found[1:2]  # "Entrevista inicial con Valentina": the noun, then its kind
        lead = text[: found[0].end()]
        return bool(round_types(lead)) and bool(_AFTER_LEAD.match(text, found[0].end()))
    for n, w in enumerate(found):
        if canon(w.group().lower()) in _LEAD_NOUNS:
            lead = text[: w.end()]
            if _THE_ONE.match(lead) and says_when(text[w.end() :]):
                return True  # "The interview — Thursday Feb 19, 1:30–2:30 pm, Teams:"
            return (
                n > 0
                and not _PREP.search(lead)
                and bool(round_types(lead))
                and bool(_AFTER_LEAD.match(text, w.end()))
                and not is_break(lead)
            )
    return False


_WITH_PERSON = re.compile(r"\s[-–—]\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+\s*,\s*\S")
_NOT_A_ROUND_HEADING = re.compile(
    r"(?i)\b(?:misc\w*|notes?|notas|to[- ]?do|todos?|refs?|references?|plan|planning|logistics"
    r"|links?|resources?|questions?|stories|story|research|timeline|overview|summary|ideas|follow[- ]?ups?"
    r"|thank[- ]?you|debrief|comp|salary|offer|pitch|why|about|background|company|team|travel"
    r"|schedule|agenda|context|positioning|read|reading|topics|likely|expect\w*|narrative"
    r"|practical|admin|money|compensation|contacts?|log|recap|feedback|tips?|general|other"
    r"|random|stuff|checklist|status|facts|small\s+talk|cheat\s*sheet|applied|application|junbi"
    r"|noteu|memo|groceries|grocery|shopping|errands|chores"
    r"|submitted|referral|geld|overwegingen|gehalt|geldzaken|salario|dinero|sueldo"
    r"|salaire|argent|stipendio|soldi|notities|notizen|vragen|fragen|preguntas|overig|sonstiges"
    r"|not\s+(?:an?\s+)?(?:interviews?|rounds?|evaluated|scored)|tracker|reminders?|remember"
    r"|coisas|lembrar|diversos|outros|anota[çc][õo]es|varios|otros|cosas|recordar|apuntes|varie"
    r"|altro|ricordare|appunti|divers|autres|rappels|verschiedenes|erinnerungen|diversen|onthouden"
    r"|[öo]vrigt|anteckningar|annet|huskeliste|inne|r[óo][żz]ne|notatki|pami[ęe]ta[ćc]|di[ğg]er"
    r"|notlar|yap[ıi]lacaklar|lain-lain|lainnya|catatan|linh tinh|kh[áa]c|ghi ch[úu]|c[ầa]n nh[ớo]"
    r"|その他|メモ|持ち物|기타|메모|준비물|其他|备注|iba pa|responsibilities|requirements"
    r"|qualifications|benefits|perks|what you.ll do|what we offer|about you|fun[çc][õo]es"
    r"|responsabilidades|requisitos|funciones|anforderungen|wir bieten|responsabilit[ée]s"
    r"|profil recherch[ée]|missions|taken|functie-eisen|wat wij bieden)\b"
)


def with_person(text: str) -> bool:
    """ "Statistics & Experimentation – Tomasz Wilk, Data Science Manager": a person, titled;
    "sit down w/ Gord + Dale (owner)": a meeting with people by name."""
    return bool(_WITH_PERSON.search(text) or _MEETING_WITH.search(text))


_MEETING_WITH = re.compile(
    r"(?i)^(?:sit[- ]?down|meet(?:ing)?|catch[- ]up|talk|session)\s+(?:w/|with)\s+(?-i:[A-Z])"
)


def aside_heading(title: str) -> bool:
    """A heading for the notes around the loop ("Misc", "To do", "Refs to line up")."""
    return bool(_NOT_A_ROUND_HEADING.search(title))
