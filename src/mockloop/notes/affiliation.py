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
# "Wyke & Barlow"), or a name written in lower case where a cue allows it; it starts a word
_NAME = (
    r"(?<![\w’'-])((?-i:[A-Z])[\w’'-]{1,40}(?:\s+(?:(?:i|&|and|en|e|y|of|de|van|der|den)\s+)?"
    r"(?-i:[A-Z])[\w’'-]{1,40}){0,4})"
)
_LOWER = r"([a-z][\w-]+(?:\s+[a-z][\w-]+){0,3}?)"
_LOWER_OWNER = (
    r"(?<![\w'’-])(?!(?:company|team|friend|client|partner|wife|husband|mum|mom|dad|sister"
    r"|brother|boss|manager|recruiter|uncle|aunt|cousin|their|someone|everyone|mate)['’])"
    r"((?-i:[^\W\d_A-Z])[\w-]{2,30})"
)
# how long someone has been there: "for six years", "sinds 2019", "há três anos", "yıldır"
_TENURE = re.compile(
    r"(?i)(?<!\w)(?:for\s+(?:\w+\s+)?(?:years?|months?)|since|sinds|seit|depuis|desde|dal|od"
    r"|há|\d+|jaar|anos|years?|yıl\w*|tahun|ans|jahren?|años|anni|lat)(?!\w)"
)

_CUES: tuple[tuple[re.Pattern[str], int, bool], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), weight, tenure)
    for pattern, weight, tenure in (
        # whom it employs, and for how long: "has been at X for", "zit sinds 2019 bij X"
        (r"\b(?:(?:has|have|'s|’s)\s+been|working|works)\s+(?:\w+\s+){0,2}?(?:at|for)\s+" + _NAME,
         3, True),
        (r"\b(?:zit|werkt|is)\s+(?:al\s+)?(?:sinds\s+\d{4}\s+|\w+\s+jaar\s+)?bij\s+" + _NAME, 3, True),
        (r"\b(?:está|trabalha|estou)\s+(?:n[ao]|em)\s+" + _NAME, 3, True),
        (r"\b(?:trabaja|lleva\s+\w+\s+años|está)\s+en\s+" + _NAME, 3, True),
        (r"\b(?:arbeitet|ist)\s+(?:seit\s+\w+(?:\s+jahren)?\s+)?bei\s+" + _NAME, 3, True),
        (r"\b(?:travaille|est)\s+(?:chez|à)\s+" + _NAME, 3, True),
        (r"\blavora\s+(?:in|presso|da)\s+" + _NAME, 3, True),
        (r"\bpracuj\w*\s+w\s+" + _NAME, 3, True),
        (r"\btahun\s+di\s+" + _NAME, 3, False),
        (_NAME + r"['’](?:de|da|te|ta)\s+(?:\w+\s+){0,2}?(?:yıldır|çalış)", 3, False),
        # who speaks for it: "recruiter at X", "HR-nya X"
        (r"\b(?:recruiter|recruiting|hr|people\s+team|recrutadora|recruiterin|talent\s+team)"
         r"\s+(?:at|from|of|bij|van|na|da|do|de|del|di|w|z|ze|chez|bei|von|wa|för|fra|från)\s+"
         + _NAME, 2, False),
        (r"\b(?:i'm|i’m|i\s+am)\s+with\s+" + _NAME + r"(?=\s*(?:,\s*|\s+and\s+)we\b)", 3, False),
        (r"\bhr-nya\s+" + _LOWER + r"(?=[.,;]|\s+(?:dan|yang)\b)", 2, False),
        (r"\b(?:he|she|they)\s+(?:owns|founded|co-founded)\s+(?!(?:a|an|the|his|her|their)\s)"
         + _LOWER + r"(?=\s+(?:with|and|since|for)\b|[.,;])", 3, False),
        # what it is: "It's Darley Acorns, the one by the park", "the company is Havbris AS"
        (r"\b(?:it's|it’s|it\s+is|so\s+it's)\s+(?:the\s+)?" + _NAME + r"(?=,\s+the\b)", 3, False),
        (r"\b(?:the\s+company|the\s+employer|het\s+bedrijf|a\s+empresa|la\s+empresa|firma)"
         r"\s+(?:is|é|es|to)\s+" + _NAME, 3, False),
        # what it has: "Lyngbo's design team", "Svorka's data team"
        (_NAME + r"['’]s\s+(?:(?:design|data|engineering|product|platform|infra\w*|security"
         r"|analytics|sales|marketing|ops|operations|people|recruiting|talent)\s+team|offices?"
         r"|careers\s+page)\b", 2, False),
        # in lower case, one word: "it's for crêtelab's search team" (not "my friend's data team")
        (_LOWER_OWNER + r"['’]s\s+(?:design|data|engineering|product|platform|infra\w*|security"
         r"|analytics|sales|ops|people|recruiting|talent|search|growth|ml|mobile)\s+team\b", 3, False),
        # the post it offers: "the … Officer post with X"
        (r"\b(?:post|job|role|position|vacancy|opening)\s+(?:with|at)\s+" + _NAME, 3, False),
        # its careers address: "apply via thistlewire.io/careers", "reply to Gabrielle at tidalbore.dev"
        ((r"\b(?:at|via)\s+([a-z][a-z0-9-]{2,40})\.(?:io|dev|ai|app|co|sk|no|dk|nl|pl|nz|com)\b"
          r"|(?<![\w@.-])([a-z][a-z0-9-]{2,40})\.(?:io|dev|ai|app|co|sk|no|dk|nl|pl|nz|com)"
          r"/(?:careers|jobs)"), 1, False),
    )
)  # fmt: skip
# "Eemsdelta Waterbedrijf is een klant van ze", "hun app heet Wadstroom", "Kalkan ise ürünlerinin
# adı": a client, a product or a rival, not the employer
_NOT_IT = re.compile(
    r"(?i)(?<!\w)(?:client|customer|klant|cliente|klien|müşteri|klient\w*|product|produkt|produto"
    r"|producto|produk|ürün\w*|app|aplikasi|aplikacji|competitor|concorrente|rakip\w*|saingan"
    r"|konkurencja|concurrent|investor|investidor|tool)s?(?!\w)"
)
_LINES = 120
_PROSE = ("paragraph", "quote")  # a quoted mail's lines are wrapped prose too
# the candidate's own words: "I've been at …", "mijn werk bij …" (not "İK", human resources)
_MINE = word_set(
    "i i've i’ve i'm i’m my ik mijn eu meu minha ja mój ben benim aku saya ich mein je mon yo io"
)
_WORD = re.compile(r"[\w'’]+")
# not an employer: a pronoun, a day or a month ("It's Monday, the day after"), a job site
_NOT_NAMES = word_set(
    """that this there they monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december linkedin
    indeed glassdoor seek naukri xing stepstone workday greenhouse lever calendly zoom teams
    gmail leetcode hackerrank coderpad slack whatsapp telegram"""
) | word_set("the team|the pass|google meet", sep="|")


def affiliated(items: Sequence[Any], ok: Callable[[str], bool], least: int = 1) -> str:
    """The name the first lines point at most as the employer, '' when none passes ``ok`` or
    none is pointed at by cues worth ``least`` (3: one strong cue, or two weaker ones)."""
    cues: Counter[str] = Counter()
    first = list(islice(items, _LINES))
    lines = [it.text for it in first]
    for k, it in enumerate(first):
        # a sentence wrapped onto the next line ("… post\nwith Farrow Health", a quoted mail)
        nxt = first[k + 1] if k + 1 < len(first) else None
        joined = nxt is not None and nxt.kind == it.kind in _PROSE and nxt.line == it.line + 1
        line = f"{it.text} {nxt.text}" if joined and nxt else it.text
        for pattern, weight, tenure in _CUES:
            for m in pattern.finditer(line, 0, len(line)):
                if m.start() >= len(it.text):
                    break  # read again as its own line
                if tenure and not _TENURE.search(line, max(0, m.start() - 30), m.end() + 30):
                    continue  # "she's working at Netflix now": not how long she has been there
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
        if " " not in name and cues[name] < 3 and low.count(name.lower()) < 2:
            continue  # "Sarah's design team": a one-word name said once, on a weak cue
        if cues[name] >= least and not _called_else(text, name) and ok(name):
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
