"""The names a candidate's "why X" lines give: "## Why Fireworks", "why GS:", "Warum Kvadra?",
"porquê a Casa Alvorada", and in prose "asks me why Duolingo". facts.company counts them: the
employer is the name the notes ask "why" of most often, not "why now" or "why this role"."""

from __future__ import annotations

import re
from collections import Counter

from .names import SELF_WORDS, clean_name, title_case, word_set
from .outline import Outline
from .parser import LIST_KINDS
from .vocab import WHY_WORDS

__all__ = ["why_names"]

# "Why Kvadra", "porquê a Casa Alvorada": the article other languages put before a name dropped
_WHY = re.compile(
    rf"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:{WHY_WORDS})\s+(?:(?<!why )(?:a|o|os|as|la|le|les|el|los|las|die|der|das|het|l')"
    r"\s+)?(?:(?:pikërisht|(?-i:just)|tieši|məhz|precies|juist|genau|baš|upravo|именно|токму|točno)\s+)?"
    r"(.*\S)\s*$",
    re.IGNORECASE,
)
_WHY_NEAR = re.compile(rf"\b(?:{WHY_WORDS})\b", re.IGNORECASE)  # early in a line
_WHY_STOP = SELF_WORDS | {
    "now",
    "this",
    "here",
    "join",
    "them",
    "it",
    "the",
    "not",
    "this role",
    "the role",
    "the team",
    "this team",
    "leave",
    "move",
    "switch",
    "this one",
    "this job",
    "this company",
    "them?",
    "ben",
    "aku",
    "ako",
    "saya",
    "kami",
    "gue",
    # "them", "us", "this place" in the notes' other languages ("Warum die?", "Miksi he?")
    "die",
    "sie",
    "ihr",
    "uns",
    "euch",
    "hen",
    "hun",
    "dem",
    "heidät",
    "he",
    "ők",
    "oni",
    "nich",
    "ellos",
    "ellas",
    "eles",
    "elas",
    "loro",
    "eux",
    "elles",
    "zij",
    "onlar",
    "wao",
    "sila",
    "họ",
    "nemad",
    "viņi",
    "тие",
    "ata",
    "ei",
    "ele",
    "ela",
    "lui",
    "lei",
    "er",
    "es",
    "ihnen",
    "nas",
    "nós",
    "noi",
}  # fmt: skip ("Neden ben", "Kenapa aku": why me)
# "diese Firma", "dit bedrijf", "ce poste", "questa azienda": this employer, not its name
_DEMONSTRATIVES = word_set(
    "diese dieses dieser dit deze ce cet cette esta este esse essa questa questo ta ten to den det"
    " denne dette denna detta this that proprio genau"  # "perché proprio loro": why them
)


_WHY_NAMED = re.compile(r"^\W*why\s+[A-Z][\w&.'’-]+(?:\s+[A-Z][\w&.'’-]+)?\s*(?:[:?]|[↓⬇👇]\s*$)")
_WHY_INSIDE = re.compile(r"\bwhy\s+([A-Z][\w&.'’-]+(?:\s+[A-Z][\w&.'’-]+)?)")


_CHAT_TAIL = re.compile(
    r"(?i)(?<=\S)\s+(?:tho|though|lol|tbh|ngl|anyway|exactly|really|honestly|haha|lmao|btw|then)$"
)
_WHY_PARTS = re.compile(r"[?!:.(/,↓⬇👇]")


def why_names(o: Outline) -> Counter[str]:
    """Names after "why": "## Why Fireworks", "why GS:", and in prose "asks me why Duolingo"."""
    names = Counter[str]()
    for it in o.items:
        if "why " in it.text and "hy" not in it.text[:12].lower():
            for inside in _WHY_INSIDE.finditer(it.text):
                name = inside.group(1).rstrip(".’'")
                if name.lower() not in _WHY_STOP and name not in ("I", "I'm", "I’m"):
                    names[title_case(clean_name(name))] += 1
            continue
        if not _WHY_NEAR.search(it.text[:16]):
            continue
        if (it.kind in LIST_KINDS or it.depth) and not _WHY_NAMED.match(it.text):
            continue  # but "- why Flexport: I want the tech side" names the company
        said = [
            _CHAT_TAIL.sub("", m.group(1))  # "why pinfold tho": Pinfold
            for part in _WHY_PARTS.split(it.text)
            if (m := _WHY.match(part))
        ]
        said = [
            n for n in said
            if n.split()[0].lower() not in _DEMONSTRATIVES  # "Warum diese Firma"
            and n.lower() not in _WHY_STOP and len(n.split()) <= 3
            and not (n.split()[0].islower() and n.split()[0] in _WHY_STOP)  # "why them tho"
            and not (n.split()[0] in ("the", "a", "an", "my") and n.islower())  # "Why the move"
        ]  # fmt: skip
        if len(said) > 1 and any(n[:1].isupper() for n in said):
            said = [n for n in said if n[:1].isupper()]  # "why consulting, why A&P": the firm
        for name in said:
            names[title_case(clean_name(name))] += 1
    names.pop("", None)
    return names
