"""Two rounds on one line: "Thu Oct 16: live SQL with Michelle Araújo, then a pipeline design
conversation with Rob Gauthier". The part after "then" is a round of its own when it names a
round word, and the part before names one too; the line stays the first round's source."""

from __future__ import annotations

import re

from .found import Round
from .parser import Item
from .phrases import round_noun
from .vocab import CONTAINER, has, tokens

_SEVERAL = re.compile(r"(?i)\b(?:two|three|four|five|six|\d)\s+[\w-]+s\b")

_THEN = re.compile(
    r"(?i)(?:,|;|\s-)\s*(?:and\s+)?then\s+(?:an?\s+|the\s+|one\s+)?((?:[\w-]+\s+){0,4}?"
    r"(?:interview|conversation|chat|session|review|exercise|test|presentation|panel|case\s+study"
    r"|meeting|discussion)s?)\b(?:\s+with\s+((?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?))?"
)


def then_rounds(rounds: list[Round]) -> list[Round]:
    """The second rounds of lines that tell two (see the module's docstring)."""
    out = []
    for r in rounds:
        src = r.source
        if r.heading_sec is not None or not isinstance(src, Item) or src.line is None:
            continue
        # the line and the one it wraps onto ("… live SQL with Michelle Araújo" / "(Senior Data
        # Engineer), then a pipeline design conversation with Rob Gauthier")
        wrap = next((n for n in r.focus if n.line == src.line + 1), None)
        open_end = wrap is not None and not src.text.rstrip().endswith((".", "!", "?"))
        text = f"{src.text} {wrap.text}" if open_end and wrap is not None else src.text
        m = _THEN.search(text[:500]) if "then" in text else None
        if m is None or round_noun(text[: m.start()]) is None:
            continue
        if has(tokens(m.group(1)), CONTAINER) or _SEVERAL.search(m.group(1)):
            continue  # "then a virtual onsite of five sessions": a stage, told elsewhere
        title = m.group(1) + (f" with {m.group(2)}" if m.group(2) else "")
        where = wrap if wrap is not None and m.start() > len(src.text) else src
        out.append(Round(title[:1].upper() + title[1:], where, (src.line, m.start()),
                         text[m.start():], who=m.group(2)))  # fmt: skip
    return out
