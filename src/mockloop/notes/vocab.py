"""The words mockloop reads notes by: phrase tables, typo-tolerant tokens, round types, and
the phrase tests built on them (a line that names a round, a title and its details, a
one-liner listing rounds).

Phrases match lower-cased word tokens. A token of 6+ letters one edit (or one swap) away
from a vocabulary word counts as that word: "engineeing", "partnrships", "techincal".

A notes file can hold hundreds of thousands of lines, so each check here is built to be
cheap when it fails, which it almost always does: a phrase table is first tested with one
set operation on the line's tokens, and a typo is resolved once per distinct word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .explicit import explicit, folded, gloss, maybe_explicit  # noqa: F401 (read from here too)
from .kindwords import TYPE_SPEC


@dataclass(frozen=True, slots=True)
class Phrases:
    """A phrase table: ``index`` maps a first word to the phrases that start with it; the
    one-word phrases are also a set, so most look-ups are one set operation."""

    index: dict[str, list[tuple[str, ...]]]
    words: frozenset[str]  # the one-word phrases
    longer: dict[str, list[tuple[str, ...]]]  # first word → phrases of two or more words


def _phrases(spec: str) -> Phrases:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in spec.split("|"):
        index.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    longer = {w: [p for p in ps if len(p) > 1] for w, ps in index.items()}
    return Phrases(
        index,
        frozenset(p[0] for ps in index.values() for p in ps if len(p) == 1),
        {w: ps for w, ps in longer.items() if ps},
    )


# Words that name a kind only weakly: a title's "final" or "leadership" yields to an
# interviewer who is a co-founder; "product" alone yields to "product sense".
# "why" in the languages notes are written in: a why-line names the company or holds the pitch
WHY_WORDS = (
    r"why|warum|waarom|por\s+qu[ée]|porquê|pourquoi|perch[ée]|dlaczego|neden|varf[öo]r|hvorfor"
    r"|pre[čc]o|pro[čc]|защо|почему|чому|γιατί|kod[ėe]l|kenapa|mengapa|bakit|miksi|mi[ée]rt|za[šs]to"
    r"|miks|zakaj|hvers\s+vegna|چرا|למה|hoekom|зошто|зашто|kāpēc|kapec|niyə|niye|რატომ"
)
WEAK = frozenset(
    {("final",), ("leadership",), ("product",), ("tech",), ("eng",), ("engineering",),
     ("engineer",), ("engineers",), ("ml",), ("case",), ("present",), ("director",),
     ("vision",), ("data",), ("metric",), ("metrics",), ("domain",), ("api",), ("apis",),
     ("infra",), ("infrastructure",), ("code",), ("practical",), ("sql",), ("screening",),
     ("chief",), ("video", "interview")}
)  # fmt: skip
TYPES = {rid: _phrases(spec) for rid, spec in TYPE_SPEC.items()}
STRONG = _phrases(
    "recruiter|recruiters|phone screen|hr screen|take home|takehome|case study"
    "|homework|hiring manager|system design|diseno de sistema|diseno de sistemas|desenho de sistema"
    "|design de sistema|conception de systeme|progettazione di sistema|prueba tecnica|prova tecnica"
    "|teste tecnico|prueba para casa|ejercicio para casa|teste para casa|revision de la prueba"
)
ROUNDISH = _phrases(
    "round|interview|interviews|screen|call|chat|conversation|convo|panel"
    "|onsite|session|deep dive|presentation|meeting|sync|assessment|discussion|entretien"
    "|entrevista|charla|appel|llamada|gesprach"
    "|gespraech|assignment|challenge|einzelgesprach|vorstellungsgesprach|gruppenubung"
    "|triagem|painel|entrevistas|gesprek|kennismaking|sollicitatiegesprek|colloquio|intervista"
    "|rodada|entrevue|myeonjeop|mensetsu|apresentação|apresentacao|presentación|presentacion"
    "|conversa|tesuto|intervju|intervjuer|haastattelu|pohovor|mulakat|gorusme|wawancara|rozmowa"
    "|samtale|samtal|onlinetester|onlinetest|gorusme|gorusmesi|degerlendirme|mulakati"
    "|interviu|interju|interjuja|fordulo|runda|kolo|pohovoru|haastattelu|soveltuvuusarviointi"
    "|discutie|beszelgetes|keskustelu|samtalen|rekryterarsamtal|skrivuppgift|arbetsprov|telefonscreening|testy|tema de casa|prat"
    "|forstegangsintervju|andregangsintervju|tredjegangsintervju|intervjuet|personlighetstest"
    "|videollamada|videochamada|videocall|video call|videogesprek|phong van|razgovor|razgovora|pogovor"
    "|pogovora|intervju|intervjuu|vestlus|poskusni dan|probni dan|probni rad|proovipaev|vidtal"
    "|vidtalid|vidtali|simavidtal|hlutverkaleikur|fagvidtal"
    "|videogesprach|erstgesprach|zweitgesprach|mise en situation"
    "|kapasitetstest|evnetest|forstagangsintervju|mahojiano|usaili|mtihani|jopo"
    "|trial shift|trial day|trial session|working interview|shadow shift|probearbeit|probetag"
    "|essai|journee d essai|jour d essai|proefdag|proefdraaien|giornata di prova|dia de teste"
    "|site walk|job walk|auswahlgesprach|vorstellungsgesprach|bewerbungsgesprach|rollenspiel"
    "|arbeitsprobe|praxistest|ride along|ridealong|exercise|exam|role play|roleplay|role playing"
    "|telefonat|telefonat mit|puhelu|telefonema|telefonata|rencontre|reunion|reunião|reuniao"
    "|english test|language test|aptitude test|numeracy test|literacy test|typing test|psychometric test"
    "|reasoning test|math test|maths test|written test|trade test|practical test|cash handling test"
    "|teszt|online teszt|feladat|prova|zadanie|ukol|prezentace|rozhovor|panayam|pagsusulit|sinav"
    "|trucada|entrevista tecnica|exercici|critica de disseny|revisio de portfoli"
    # Welsh, Afrikaans, Albanian, Latvian, Azerbaijani, Macedonian, Georgian
    "|galwad|cyfweliad|prawf|shifft brawf|sgwrs|onderhoud|toets|oefening|intervista|interviste"
    "|bisede|prezantim|testi|intervija|saruna|musahibe|интервју|разговор|средба|ზარი|გასაუბრება"
    "|ინტერვიუ"
)
CONTAINER = _phrases(
    "onsite|on site|panel|loop|superday|super day|case day|rounds|interviews|final round"
)
_WHO_SPEC = (
    "gpm|hm|recruiter|recruiters|founder|founders|cofounder|cofounders|co founder"
    "|co founders|ceo|cto|cpo|coo|vp|svp|director|head|staff|principal|hiring manager"
    "|panel|pms|engineers|engineering leadership|engineering lead|engineering manager"
    "|eng lead|eng manager|tech lead|aes"
)
WHO_START = _phrases(_WHO_SPEC)  # a line that starts with one of these names the interviewer
WHO = _phrases(_WHO_SPEC + "|team|lead|manager|leadership|pm|ae|se|designer|designers|engineer")
ROLE_TEAM = _phrases(
    "pm|pms|role|team|teams|founding|startup|startups|technical|engineering"
    "|engineers|customer|customers|scale|headcount|headcounts|partnership|hats"
    "|talent|hire|hiring|reports|reporting|manager|org|bench|pmf|product"
    "|company|grow|grown|growth"
)
LOGISTICS = _phrases(
    "new york|nyc|sf|san francisco|bay area|remote|hybrid|office|relocate"
    "|relocation|in person|seattle|london|austin|boston|equity|comp"
    "|compensation|salary|base|bonus|rsu|rsus|options|offer|band|leveling"
    "|rounds|process|interview|interviews|loop|next steps|keep me posted"
    "|follow up|decision|timeline|schedule|week|weeks|wk|wks|days|month"
    "|months|deadline|start date|asap|qtr|quarter|team|pms|headcount"
    "|headcounts|hiring|hire|reports to|founding|series|seed round|funding"
    "|raise|raised|raising|valuation|ipo|runway"
)

# ---------------------------------------------------------------- typo-tolerant tokens

_FUZZY = sorted(
    {
        w
        for ix in [*TYPES.values(), WHO, ROLE_TEAM]
        for ps in ix.index.values()
        for p in ps
        for w in p
        if len(w) >= 6
    }
)
_BY_INITIAL: dict[str, list[str]] = {}
for _word in _FUZZY:
    _BY_INITIAL.setdefault(_word[0], []).append(_word)
# Every word met so far, split by what it counts as: words that count as themselves (short
# words included, so a line of known words is one set test) and typos of a vocabulary word.
_CONTAINER_WORDS = {w for ps in CONTAINER.index.values() for p in ps for w in p}
# Everyday words one edit from a vocabulary word, never its typo: "office" is not "officer",
# "coming up" is not coding, "funding" is not "founding" (read from every word of the notes
# fixtures that the one-edit rule changed into another word)
_REAL = {"office", "offices", "practice", "simple", "stores", "funding", "raised", "coming",
         "coping", "payback", "resort", "produce", "protect", "waiting", "hiding", "attitude",
         "altitude", "exchange", "charter", "chatter", "lighting", "directory", "managed",
         "designed", "founded", "teaches", "recruited", "marked", "clinic", "clinics", "delegate",
         "machined", "sampled", "premiere", "responsible", "primer"}  # fmt: skip
# known as themselves, never a typo's target: "interviews" is not "interview" misspelt
_SAME: set[str] = set(_FUZZY) | _CONTAINER_WORDS | _REAL
# shorthand too short for the one-edit rule: "phone scrn", "HM intvw"
_ABBREV = {"scrn": "screen", "scrns": "screen", "intvw": "interview", "intv": "interview",
           "intvws": "interview", "iview": "interview", "rnd": "round", "mgr": "manager"}  # fmt: skip
_TYPO: dict[str, str] = dict(_ABBREV)
_MAX_WORDS = 1 << 20  # forget them all past a million distinct words: memory stays bounded
WORD = re.compile(r"[a-z0-9]+")


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


def _learn(word: str) -> str:
    """What a word met for the first time counts as: a token of 6+ letters one edit from a
    vocabulary word is that word; anything else is itself. Remembered either way."""
    found = word
    if len(word) >= 6:
        near = (v for v in _BY_INITIAL.get(word[0], ()) if abs(len(v) - len(word)) <= 1)
        found = next((v for v in near if _osa(word, v) <= 1), word)
    if len(_SAME) + len(_TYPO) > _MAX_WORDS:
        _SAME.clear()
        _SAME.update(_FUZZY, _CONTAINER_WORDS, _REAL)
        _TYPO.clear()
        _TYPO.update(_ABBREV)
    if found == word:
        _SAME.add(word)
    else:
        _TYPO[word] = found
    return found


def canon(word: str) -> str:
    """What a lower-case word counts as: itself, or the vocabulary word it is a typo of."""
    if word in _SAME:
        return word
    return _TYPO.get(word) or _learn(word)


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens of ``text``, typos of vocabulary words corrected."""
    low = text.lower()
    if not low.isascii():  # "técnica", "Gespräch", "étape": read without their accents
        low = unaccent(gloss(low))
    if "pm" in low and _CLOCK_PM.search(low):
        low = _CLOCK_PM.sub(" ", low)  # "12:48 PM", "2pm": an afternoon, not a product manager
    words = WORD.findall(low)
    if _SAME.issuperset(words):  # the usual case: every word already known as itself
        return tuple(words)
    return tuple([canon(w) for w in words])


_MARKS = re.compile("[\u0300-\u036f]+")
_CLOCK_PM = re.compile(r"(?<!round )(?<!stage )(?<!level )\b\d{1,2}(?:[:.]\d\d)?\s*p\.?m\b")


def unaccent(text: str) -> str:
    """Accents dropped ("gespräch" → "gesprach"); ß, æ, ı, ł, ø, đ, ð and þ spelled out."""
    text = text.replace("ß", "ss").replace("æ", "ae").replace("ı", "i").replace("ł", "l")
    text = text.replace("ð", "d").replace("þ", "th").replace("Ð", "D").replace("Þ", "Th")
    text = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("đ", "d"))
    return _MARKS.sub("", text)


def at(toks: tuple[str, ...], i: int, index: Phrases) -> bool:
    """True when a phrase of ``index`` starts at token ``i``."""
    return any(toks[i : i + len(p)] == p for p in index.index.get(toks[i], ()))


def has(toks: tuple[str, ...], index: Phrases) -> bool:
    """True when the tokens hold a phrase of ``index``: set operations, then a scan only from
    the tokens that start a longer phrase."""
    if not index.words.isdisjoint(toks):
        return True
    if index.longer.keys().isdisjoint(toks):
        return False
    for i, tok in enumerate(toks):
        for phrase in index.longer.get(tok, ()):
            if toks[i : i + len(phrase)] == phrase:
                return True
    return False


# ---------------------------------------------------------------- round types

# first word → (phrase, round type), in TYPES order, so one look-up per token finds them all
_TYPE_INDEX: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _rid, _table in TYPES.items():
    for _first, _found in _table.index.items():
        _TYPE_INDEX.setdefault(_first, []).extend((p, _rid) for p in _found)


def types_of(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Round types the tokens name, in order of first mention."""
    if _TYPE_INDEX.keys().isdisjoint(toks):
        return ()
    found: list[str] = []
    for i, tok in enumerate(toks):
        for phrase, rid in _TYPE_INDEX.get(tok, ()):
            if rid not in found and toks[i : i + len(phrase)] == phrase:
                found.append(rid)
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def round_types(text: str) -> tuple[str, ...]:
    """Catalog round types a text names, in order of first mention."""
    return types_of(tokens(text))


_TA = re.compile(r"\bTA\b")
_HOURS = re.compile(r"\b\d+(?:[.,]\d+)?\s*-?\s*hrs?\b")  # "1 hr", "3-hr": hours, not HR


@lru_cache(maxsize=1 << 16)
def kind_weights(text: str) -> dict[str, float]:
    """How strongly ``text`` names each round kind: a phrase weighs its length in words (a
    weak word half a word), and a kind counts its strongest phrase, so "ML system design"
    names ml-system-design (3) over system-design (2)."""
    if "hr" in text:
        text = _HOURS.sub(" ", text)  # "1 hr coderpad": hours, not HR
    if "TA" in text:
        text = _TA.sub("talent acquisition", text)  # "Nadia (TA)"; not Norwegian "ta med"
    toks = tokens(text)
    if _TYPE_INDEX.keys().isdisjoint(toks):
        return {}
    found: dict[str, float] = {}
    for i, tok in enumerate(toks):
        for phrase, rid in _TYPE_INDEX.get(tok, ()):
            if toks[i : i + len(phrase)] == phrase:
                weight = 0.5 if phrase in WEAK else float(len(phrase))
                found[rid] = max(found.get(rid, 0.0), weight)
    return found


def outside_brackets(text: str) -> str:
    """The text with its (bracketed) asides dropped: "the loop (Hana, recruiter)" → "the loop"."""
    if "(" not in text:
        return text
    out, depth = [], 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and ch != ")":
            out.append(ch)
        depth = max(depth, 0)
    return "".join(out).strip()


_DATE = re.compile(
    r"(?i)^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?[./ ]"
    r"\s*(?:\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)[^\w]*\w*\W*$"
)


def is_date(text: str) -> bool:
    """ "Tue 16 Jul", "Mon Jan 8", "4/9 ✅": a date and nothing else."""
    return len(text) <= 24 and bool(_DATE.match(text))


_SOFT = frozenset({("product",), ("data",), ("case",), ("present",), ("domain",), ("vision",)})
_FILLER = frozenset(
    {"the", "a", "an", "and", "or", "with", "w", "x", "min", "mins", "m", "h", "hr"}
)


@lru_cache(maxsize=1 << 14)
def only_kind(text: str) -> bool:
    """The text is a round kind and nothing else ("Coding 2 (45m)", "Sys des", "Behavioral
    round"): every word is part of a clear kind phrase, a number, a duration or a round word."""
    toks = tokens(outside_brackets(text))
    if not toks or len(toks) > 8 or _TYPE_INDEX.keys().isdisjoint(toks):
        return False
    covered = [False] * len(toks)
    clear = False
    for i, tok in enumerate(toks):
        for phrase, _rid in _TYPE_INDEX.get(tok, ()):
            if toks[i : i + len(phrase)] == phrase:
                covered[i : i + len(phrase)] = [True] * len(phrase)
                clear = clear or phrase not in _SOFT
    for i, tok in enumerate(toks):
        if tok in _FILLER or tok.isdigit() or tok[:-1].isdigit() or tok in ROUNDISH.words:
            covered[i] = True
    return clear and all(covered)


# ---------------------------------------------------------------- phrases in a line

DASH = re.compile(
    r"(?<!\s)\s+(?:[-–—]+>?|<-+|→|←|=>)\s+"
)  # " - " or " -> " between a title and the rest
_COLON = re.compile(r":\s+")
_SEPARATOR = re.compile(r"[,;]")


def split_points(text: str) -> list[str]:
    """Split "a, b (c, d); e" on commas and semicolons outside brackets."""
    if "," not in text and ";" not in text:
        parts = [text]
    elif "(" not in text and "[" not in text:  # no bracket opens: every separator splits
        parts = _SEPARATOR.split(text)
    else:
        parts = _split_outside_brackets(text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _split_outside_brackets(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if ch in ",;" and depth <= 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


_WHEN_START = re.compile(
    r"(?i)\W*(?:\d{1,2}(?:[:.]\d\d|[/-]\d{1,2}|\s*[ap]\.?m\b|(?:st|nd|rd|th|e|er)\b"
    r"|\s+[a-zé]{3,9}\.?(?:\s+\d|,|$))"
    r"|(?:mon|tue|wed|thu|fri|sat|sun|maandag|dinsdag|woensdag|donderdag|vrijdag"
    r"|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]"
    r"|segunda|ter[çc]a|quarta|quinta|sexta|pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe"
    r"|cuma|cumartesi|pazar|tbd|tbc)\b|[\"“]?in de week|next week|this week)"
)


def split_title(text: str) -> tuple[str, str]:
    """'2nd round - cross functional' → ('2nd round', 'cross functional'); a date before the
    title is skipped ('Tue 16 Jul — intro call w/ Nadia' → ('intro call w/ Nadia', ''))."""
    m = DASH.search(text) or _COLON.search(text)
    if m and m.group(0).strip() != ":" and is_date(text[: m.start()]):
        return split_title(text[m.end() :])
    if (
        m
        and m.group(0).startswith(":")
        and (second := _COLON.search(text, m.end()))
        and len(text[m.end() : second.start()].split()) <= 6
        and explicit(text[: m.start()])
    ):  # "Round 1: Recruiter call: done on Jan 12 with …": the title runs to the second colon
        return text[: second.start()].strip(), text[second.end() :].strip()
    if (
        m
        and m.group(0).startswith(":")
        and not round_types(text[: m.start()])
        and not (_WHEN_START.match(text, m.end()) and explicit(text[: m.start()]))
    ):
        m = None  # "Round 1: Recruiter screen" is one title; "Take-home: write a PRD" is not
        # (but "1e gesprek: dinsdag 29 april 10.00" is "1e gesprek", then when)
    title, rest = (text[: m.start()], text[m.end() :]) if m else (text, "")
    return title.strip().rstrip(":").strip(), rest.strip()
