"""The employer as prose names it when no title, label or heading does: by whom it employs
("Ze zit sinds 2019 bij Wierde Energie", "está na Maritaca Saúde há três anos", "Porsuk
Siber'de dört yıldır çalışıyormuş", "HR-nya arjuno digital"), by what it is ("It's Darley
Acorns, the one by the park", "the company is Havbris AS"), by what it has ("Lyngbo's design
team"), by the post it offers ("the Probation Services Officer post with Wensum Justice
Partnership"), or by its address ("apply via thistlewire.io/careers").

Each cue counts for the name it points at; the name most pointed at, and then most often
written, is the employer. A name the notes call a client, a product, an app or a competitor is
not. Every pattern is bounded by a line of text, and only the first lines are read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import islice
from typing import Any

from .names import clean_name, title_case, word_set

__all__ = ["affiliated"]

# a name: capitalised words, with the small words companies keep ("Koziołek Kadry i Płace",
# "Wyke & Barlow"), or a name written in lower case where a cue allows it
_NAME = r"((?-i:[A-Z])[\w’'-]+(?:\s+(?:(?:i|&|and|en|e|y|of|de|van|der|den)\s+)?(?-i:[A-Z])[\w’'-]+){0,4})"
_LOWER = r"([a-z][\w-]+(?:\s+[a-z][\w-]+){0,3}?)"

_CUES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight)
    for pattern, weight in (
        # whom it employs: "has been at X for", "zit sinds 2019 bij X", "está na X há"
        (
            r"\b(?:(?:has|have|'s|’s)\s+been|working|works)\s+(?:\w+\s+){0,2}?(?:at|for)\s+"
            + _NAME,
            3,
        ),
        (r"\b(?:zit|werkt|is)\s+(?:al\s+)?(?:sinds\s+\d{4}\s+|\w+\s+jaar\s+)?bij\s+" + _NAME, 3),
        (r"\b(?:está|trabalha|estou)\s+(?:n[ao]|em)\s+" + _NAME, 3),
        (r"\b(?:trabaja|lleva\s+\w+\s+años|está)\s+en\s+" + _NAME, 3),
        (r"\b(?:arbeitet|ist)\s+(?:seit\s+\w+(?:\s+jahren)?\s+)?bei\s+" + _NAME, 3),
        (r"\b(?:travaille|est)\s+(?:chez|à)\s+" + _NAME, 3),
        (r"\blavora\s+(?:in|presso|da)\s+" + _NAME, 3),
        (r"\bpracuj\w*\s+w\s+" + _NAME, 3),
        (r"\btahun\s+di\s+" + _NAME, 3),
        (_NAME + r"['’](?:de|da|te|ta)\s+(?:\w+\s+){0,2}?(?:yıldır|çalış)", 3),
        # who speaks for it: "recruiter at X", "HR-nya X", "X'dan" after a name
        (
            r"\b(?:recruiter|recruiting|hr|people\s+team|owner|founder|recrutadora|recruiterin)"
            r"\s+(?:at|of|from|bij|van|na|da|di|w|z|chez|bei|de)\s+" + _NAME,
            2,
        ),
        (r"\bhr-nya\s+" + _LOWER + r"(?=[.,;]|\s+(?:dan|yang)\b)", 2),
        (
            r"\b(?:he|she|they)\s+(?:owns|founded|co-founded)\s+"
            + _LOWER
            + r"(?=\s+(?:with|and|since|for)\b|[.,;])",
            2,
        ),
        # what it is: "It's Darley Acorns, the one by the park", "the company is Havbris AS"
        (r"\b(?:it's|it’s|it\s+is|so\s+it's)\s+(?:the\s+)?" + _NAME + r"(?=,\s+the\b)", 3),
        (
            r"\b(?:the\s+company|the\s+employer|het\s+bedrijf|a\s+empresa|la\s+empresa|firma)\s+(?:is|é|es|to)\s+"
            + _NAME,
            3,
        ),
        # what it has: "Lyngbo's design team", "Svorka's data team"
        (
            _NAME
            + r"['’]s\s+(?:(?:design|data|engineering|product|platform|infra\w*|security|analytics"
            r"|sales|marketing|ops|operations|people|recruiting|talent)\s+team|offices?|careers\s+page"
            r"|website|(?:engineering|tech)\s+blog)\b",
            2,
        ),
        # the post it offers: "the … Officer post with X", "a vaga é na X"
        (r"\b(?:post|job|role|position|vacancy|opening)\s+(?:with|at)\s+" + _NAME, 2),
        # its address: "thistlewire.io/careers", "tidalbore.dev"
        (
            (
                r"\b(?:at|via|on)\s+([a-z][a-z0-9-]{2,40})\.(?:io|dev|ai|app|co|sk|no|dk|nl|pl|nz|com)\b"
                r"|(?<![\w@.-])([a-z][a-z0-9-]{2,40})\.(?:io|dev|ai|app|co|sk|no|dk|nl|pl|nz|com)/(?:careers|jobs)"
            ),
            1,
        ),
    )
)
# "Eemsdelta Waterbedrijf is een klant van ze", "hun app heet Wadstroom", "Kalkan ise ürünlerinin
# adı": a client, a product or a rival, not the employer
_NOT_IT = re.compile(
    r"(?i)(?:client|customer|klant|cliente|klien|müşteri|klient\w*|product|produkt|produto"
    r"|producto|produk|ürün\w*|app|aplikasi|aplikacji|competitor|concorrente|rakip\w*|saingan"
    r"|konkurencja|concurrent|investor|investidor|tool)"
)
_LINES = 120
_PROSE = ("paragraph", "quote")  # a quoted mail's lines are wrapped prose too
# the candidate's own words: "I've been at …", "mijn werk bij …" (not "İK", human resources)
_MINE = word_set(
    "i i've i’ve i'm i’m my ik mijn eu meu minha ja mój ben benim aku saya ich mein je mon yo io"
)
_WORD = re.compile(r"[\w'’]+")
_NOT_NAMES = frozenset(("that", "this", "there", "they", "the team", "the pass"))


def affiliated(items: Sequence[Any], ok: Callable[[str], bool]) -> str:
    """The name the first lines point at most as the employer, '' when none passes ``ok``."""
    cues: Counter[str] = Counter()
    first = list(islice(items, _LINES))
    lines = [it.text for it in first]
    for k, it in enumerate(first):
        # a sentence wrapped onto the next line ("… post\nwith Farrow Health", a quoted mail)
        nxt = first[k + 1] if k + 1 < len(first) else None
        joined = nxt is not None and nxt.kind == it.kind in _PROSE and nxt.line == it.line + 1
        line = f"{it.text} {nxt.text}" if joined and nxt else it.text
        for pattern, weight in _CUES:
            for m in pattern.finditer(line, 0, len(line)):
                if m.start() >= len(it.text):
                    break  # read again as its own line
                before = _WORD.findall(line[max(0, m.start() - 25) : m.start()])
                if any(w.lower() in _MINE for w in before if w == "I" or not w.isupper()):
                    continue  # "I've been at Kelvinbrae Council six years": the candidate's job
                name = clean_name(next(g for g in m.groups() if g))
                if name and len(name) >= 3 and name.lower() not in _NOT_NAMES:
                    cues[title_case(name) if name.islower() else name] += weight
    text = "\n".join(lines)
    low = text.lower()
    ranked = sorted(cues, key=lambda n: (cues[n], low.count(n.lower())), reverse=True)
    for name in ranked[:12]:  # the likeliest few: each is looked for again in the text
        if not _called_else(text, name) and ok(name):
            return name
    return ""


def _called_else(text: str, name: str) -> bool:
    """The notes say the name is a client, a product or a rival ("Eemsdelta Waterbedrijf is een
    klant van ze", "hun app heet Wadstroom", "Kalkan ise ürünlerinin adı")."""
    n = re.escape(name)
    after = (
        rf"(?i){n}\s+(?:is|are|=|ise|to|é|es|adalah)\s+(?:[\w-]+\s+){{0,3}}?{_NOT_IT.pattern[4:]}"
    )
    before = rf"(?i){_NOT_IT.pattern[4:]}\w*\s+(?:is|heet|called|named|namanya|chama|adı)?\s*{n}\b"
    return bool(re.search(after, text) or re.search(before, text))
