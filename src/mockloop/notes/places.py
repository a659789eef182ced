"""Whether the notes speak of a name as of a place: the city of the interview is often the
first capitalised word of the notes ("# Bergamo onsite — 16/12", "Geelong interview — P&O job")
and must not be taken for the employer.

A name is a place when the notes put it where only places go:

- before a site word: "our Geelong clinic", "the Basel branch", or with one written in lower
  case ("Geelong Clinic" of a subject's "…, Geelong clinic");
- after a company's full name in a signature: "Rheinknie Patentanwälte AG | Basel";
- before a US state: "Columbus, Indiana".

"the Stripe office", "at Stripe", "Teradata → Snowflake" are not such places. Nor is a
name after "in", "based in" or "ufficio di": on a held-out set, that cue took a company for a
place and found no city the other cues missed.
"""

from __future__ import annotations

import re

__all__ = ["a_place", "numbered"]

_SITE = r"(?:clinic|branch|campus|site)"
# a site an employer's own mail names by its place ("our Bondi store"), not "the Amazon warehouse"
_OUR_SITE = r"(?:store|shop|plant|depot|warehouse|location|outlet|hospital)"
_LEGAL = r"(?:AG|GmbH|Ltd|Limited|LLC|Inc|S\.?p\.?A|S\.?A|B\.?V|A/S|AS|AB|Oy|plc|Pty|Pte)\.?"
_REGION = (  # a state after a city; not a country ("Google Ireland") or "Telstra, Victoria"
    r"(?:Indiana|Ohio|Texas|California|Florida|Michigan|Illinois|Pennsylvania|Minnesota"
    r"|Wisconsin|Missouri|Kentucky|Tennessee|Oregon|Arizona|Colorado|Nebraska)\b"
)


def a_place(name: str, text: str) -> bool:
    """The notes put ``name`` where only a place goes (see the module's docstring)."""
    n = re.escape(name)
    cues = (
        rf"(?i:\b(?:our|the|their)\s+){n}\s+(?i:{_SITE})\b",
        rf"(?i:\b(?:our|their)\s+){n}\s+(?i:{_OUR_SITE})\b",
        rf"\b{_LEGAL}\s*[|·,]\s*{n}\b(?![\w'’-])",
        rf"\b{n},?\s+\(?{_REGION}",
    )
    head = text[:50_000]
    if any(re.search(cue, head) for cue in cues):
        return True
    *place, site = name.split() or [""]
    return bool(  # "Geelong Clinic" from a subject's "…, Geelong clinic"
        place and re.fullmatch(_SITE, site.lower()) and f"{' '.join(place)} {site.lower()}" in head
    )


def numbered(word: str, text: str) -> bool:
    """A ward or a floor numbered in the title ("4 North (Medicine)"), not a company: every
    time the notes write ``word``, a number of one or two digits stands before it (not a
    ticket's: "PER-58 Andes Cobre")."""
    found = [m.start() for m in re.finditer(re.escape(word), text[:50_000])]
    return bool(found) and all(
        re.search(r"(?:^|[^\w-])\d{1,2}[ \t]?\Z", text[max(0, i - 4) : i]) for i in found
    )
