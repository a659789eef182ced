"""The full name behind an abbreviation the notes use for the company.

Notes call the employer what people call it ("KK", "SVS", "E&C", "Candidatura AMA") and give
the full name once, often only in a mail signature, a footer or a pasted job ad ("Sao Việt
Software Joint Stock Company | Lô E2…", "A Atlântica Manutenção Aeronáutica procura…"). The
full name is what a user expects the plan to show, so it replaces the abbreviation when one is
found whose words' initials spell it, or, in a name with a legal form ("Kiranakart Commerce
Pvt. Ltd."), whose first word holds its letters in order, or whose two to four words each give
the next letters ("Pohjavesi Data" for PVD).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from .names import split_name_line, title_case
from .parser import Item

__all__ = ["nicknamed", "squeezed", "titled_abbreviation", "written_out"]

# an abbreviation: two to five capitals, maybe joined by "&" ("KK", "SVS", "E&C")
_ABBR = re.compile(r"^(?=(?:[^\W\d_]&?){2,5}$)[A-Z]+(?:&[A-Z]+)?$")
# a capitalised word in any script ("Việt", "Atlântica", "Ehrsam") or an ampersand between two
_CAP = r"[^\W\d_a-z][\w'’.-]*"
_JOINS = (  # and the small words inside a name ("Ministry for Coastal Resilience")
    r"(?:\s+(?:&|and|und|et|y|e|for|of|für|de|del|la|los|da|do|dos|di|du|des|der|von|van)\s+|\s+)"
)
_SPAN = re.compile(rf"{_CAP}(?:{_JOINS}{_CAP})*")
# a legal form after the name ("Pvt. Ltd.", "S.A. de C.V.", "Joint Stock Company", "AG")
_LEGAL = re.compile(
    r"^[ ,]*(?:Pvt\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?|\(?Pty\)?\.?\s*Ltd\.?|Ltd\.?|Limited|LLP|LLC|Inc\.?"
    r"|Sdn\.?\s*Bhd\.?|Bhd\.?|SRL|Srl|SARL|S\.A\.S\.|Ltda\.?|Kft\.?|s\.r\.o\.|d\.o\.o\.|SpA|Tbk\.?"
    r"|GmbH|AG|B\.V\.|N\.V\.|S\.A\.|S\.L\.|S\.R\.L\.|S\.p\.A\.|S\.r\.l\.|Oy|ApS|A/S|plc|PLC"
    r"|Joint Stock Company|JSC|S\.A\.E\.|a\.s\.|OÜ|AS|AB|[Ss]p\. z o\.o\.|Co\.|NHS (?:Foundation )?Trust)(?!\w)"
)

# how far after a name its legal form can start: reading the rest of a 5 MB line after every
# name made one hostile line quadratic
_AFTER = 200


def written_out(items: Sequence[Item], name: str) -> str:
    """The full name ``name`` (or its one abbreviated word, "Candidatura AMA") stands for, or ""."""
    abbr = _abbreviation(name)
    if not abbr:
        return ""
    squeezed = ""
    for it in islice(items, 3000):
        for m in _SPAN.finditer(it.text):
            words, legal = _before_legal(m[0].split(), it.text[m.end() : m.end() + _AFTER])
            if not words or not words[0][:1].isupper():
                continue
            if full := _initials(words, abbr) or (legal and _initials(_with_legal(m[0]), abbr)):
                return full  # (the legal form's letter too: "HR&C", "Harlan Reade & Co.")
            if not squeezed and (
                (legal and _squeezed(words[0], abbr)) or (len(abbr) >= 3 and _compound(words, abbr))
            ):
                squeezed = " ".join(words)
    return squeezed


# a hiring process before the name in a title ("Proceso la Tapa", "Candidatura AMA")
_PROCESS = re.compile(
    r"(?i)^(?:process|proceso|processo|processus|prozess|proces|candidatura|candidature"
    r"|bewerbung|sollicitatie|solicitud|recrutamento|reclutamiento|recruitment)\s+(?=\S)"
)


def nicknamed(items: Sequence[Item], name: str) -> str:
    """The legal name a nickname shortens, each of its words the start of one of the legal
    name's ("la Tapa" for "Botanas La Tapatía, S.A. de C.V."); "" if none."""
    want = _PROCESS.sub("", name).lower().split()
    if not want or len(want) > 3:
        return ""
    for it in islice(items, 3000):
        for m in _SPAN.finditer(it.text):
            words, legal = _before_legal(m[0].split(), it.text[m.end() : m.end() + _AFTER])
            low = [w.lower() for w in words]
            for i in range(len(low) - len(want) + 1) if legal else ():
                run = low[i : i + len(want)]
                if all(r.startswith(w) for r, w in zip(run, want, strict=True)) and run != want:
                    return " ".join(words)
    return ""


def titled_abbreviation(title: str, items: Sequence[Item], jobs: frozenset[str]) -> str:
    """The full name of an abbreviation in the notes' title that is not a job ("Kia ora — notes
    for the MCR job", "MCR = Ministry for Coastal Resilience" below)."""
    for word in re.findall(r"[\w&]+", title):
        if _ABBR.match(word) and word not in jobs and (full := written_out(items, word)):
            return full
    return ""


def _before_legal(words: list[str], after: str) -> tuple[list[str], bool]:
    """The name's words before its legal form, and whether it has one ("Kiranakart Commerce
    Pvt. Ltd." → ["Kiranakart", "Commerce"], True)."""
    if form := _legal_form(words):
        return _unstopped(words[: form[0]]), True
    return _unstopped(words), bool(_LEGAL.match(after))


def _with_legal(span: str) -> list[str]:
    """The name's words up to the end of its legal form ("Harlan Reade & Co. Dallas" → up to
    "Co.")."""
    words = span.split()
    return words[: form[1]] if (form := _legal_form(words)) else words


def _legal_form(words: list[str]) -> tuple[int, int] | None:
    """Where the legal form after a name's first word starts and ends, in words."""
    for k in range(1, len(words)):
        if form := _LEGAL.match(" ".join(words[k : k + 5])):
            return k, k + len(form[0].split())
    return None


def _unstopped(words: list[str]) -> list[str]:
    """The words without the full stop that ends a sentence ("… Resilience.")."""
    if words and words[-1].endswith(".") and not _LEGAL.match(words[-1]):
        return [*words[:-1], words[-1].rstrip(".")]
    return words


def _abbreviation(name: str) -> str:
    """The letters of the name's abbreviation, in lower case: "E&C" → "ec"; "" if none."""
    words = name.split()
    found = [w for w in words if _ABBR.match(w)]
    if len(words) > 2 or len(found) != 1:
        return ""
    return found[0].replace("&", "").lower()


def _initials(words: list[str], abbr: str) -> str:
    """The words from some start whose initials spell ``abbr``, with the capitalised words that
    follow them up to a legal form ("Sao Việt Software Joint Stock Company")."""
    caps = [w for w in words if w[:1].isupper()]
    for i in range(len(caps) - len(abbr) + 1):
        run = caps[i : i + len(abbr)]
        if "".join(w[0] for w in run).lower() != abbr or any(_ABBR.match(w) for w in run):
            continue
        start = words.index(run[0])
        return " ".join(words[start:])
    return ""


def _compound(words: list[str], abbr: str) -> bool:
    """Each of two to four capitalised words gives the next letters of ``abbr``, its own first
    and then letters found in it in order, as people shorten compound names ("PVD" for
    "Pohjavesi Data", "ESR" for "Elbsand Robotics")."""
    low = [w.lower() for w in words]
    return 2 <= len(low) <= 4 and all(w[:1].isalpha() for w in low) and _split(abbr, low)


def _split(rest: str, words: list[str]) -> bool:
    if not words:
        return not rest
    word = words[0]
    if not rest or rest[0] != word[0]:
        return False
    for n in range(1, len(rest) - len(words) + 2):  # this word gives rest[:n]
        letters = iter(word[1:])
        if all(ch in letters for ch in rest[1:n]) and _split(rest[n:], words[1:]):
            return True
    return False


def _squeezed(word: str, abbr: str) -> bool:
    """``abbr`` is the word's letters in order, from its first ("KK" in "Kiranakart")."""
    low = word.lower()
    if len(word) <= 4 or low[0] != abbr[0] or _ABBR.match(word):
        return False
    rest = iter(low[1:])
    return all(c in rest for c in abbr[1:])


def legal_name(items: Sequence[Item]) -> str:
    """The first name written with its legal form in ``items`` ("Halbach & Söhne Maschinenbau
    GmbH", "Kowal Logistics sp. z o.o.", "Leeds Teaching Hospitals NHS Trust"); "" if none."""
    for it in items:
        for m in _SPAN.finditer(it.text):
            words, legal = _before_legal(m[0].split(), it.text[m.end() : m.end() + _AFTER])
            if not legal or not words or not words[0][:1].isupper():
                continue
            form = _LEGAL.match(m[0][len(" ".join(words)) :] or it.text[m.end() : m.end() + _AFTER])
            return " ".join(words) + (form[0].rstrip() if form else "")
    return ""


def squeezed(lines: Sequence[str], abbr: str) -> str:
    """The title's first word when ``abbr`` is its initials run together ("PD" for
    "pagerduty - sr SRE")."""
    for line in lines:
        word = split_name_line(line)[0].split(" ", 1)[0]
        low, rest = word.lower(), iter(word.lower()[1:])
        if len(word) > 4 and low[0] == abbr[0].lower() and all(c in rest for c in abbr.lower()[1:]):
            return title_case(word)
    return ""
