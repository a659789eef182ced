"""Section headers in plain-text notes (Apple Notes, a .txt, a pasted document), which mark
them with no Markdown: a short line in capitals ("C CODING", "WHY NORDIC / MY PITCH"), or a
short line over a paragraph of notes ("Threat modeling, 60 min" above what to expect); or a
word processor's numbered sections ("1. Overview", "2.1 Recruiter screen")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .vocab import ROUNDISH, has, round_types, tokens
from .when import timed

__all__ = ["SECTION_NUMBER", "caps_header", "numbered_sections", "plain_header", "title_break"]


def caps_header(text: str) -> bool:
    """A short line in capitals, on its own after a blank line: a plain-text section header
    ("RECRUITER SCREEN (DONE 16 OCT)"), not a sentence in capitals or an acronym alone. What
    a closing bracket says may be in any case: "TEAM PANEL (Thu 3/20, 2-3pm, Zoom)"."""
    if text.endswith(")") and " (" in text and len(text) <= 100:
        text = text.split(" (", 1)[0]
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    return (
        1 <= len(words) <= 8
        and len(letters) >= 4
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
        and not text.endswith((".", "!", "?"))
    )


def plain_header(lines: list[str], i: int, text: str, listed: Callable[[str], object]) -> bool:
    """Line ``i`` (``text``, after a blank line, in notes with no Markdown headings): short,
    (``listed`` tells a list item, the parser's own test)
    with no closing punctuation, over a line of text (not a list, not a blank) that starts a
    paragraph of notes."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return (
        bool(nxt)
        and not listed(nxt)
        and len(text) <= 60
        and len(text.split()) <= 8
        and text[:1].isalnum()
        and not text.endswith((".", "!", "?", ",", ";", ":"))
        and len(nxt) > len(text) // 2
        and _block_is_prose(lines, i + 1)
        and (timed(text) is None or timed(nxt) is None)  # "09:00 Drug calc test" over "09:45 …"
    )


def title_break(lines: list[str], i: int, text: str, listed: Callable[[str], object]) -> str:
    """How line ``i`` (after a blank line, at the margin) breaks the notes: "list" when it heads
    the list right under it, "title" when it is only a title line (either ends an open "label:"
    section), "" when it is neither."""
    if list_header(lines, i, text, listed):
        return "list"
    return "title" if title_line(lines, i, text) else ""


def list_header(lines: list[str], i: int, text: str, listed: Callable[[str], object]) -> bool:
    """Line ``i`` (``text``, after a blank line, at the margin): a short title with no closing
    punctuation right over a bulleted list at the margin ("Étapes" over "- Appel avec …"):
    the list's heading, as a '#' line or a "label:" would be. Not a line that names a round,
    a date or a person's slot ("scenario - 18/02"): those open a round over its notes."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return (
        nxt[:1] in ("-", "*", "+", "•")
        and bool(listed(nxt))
        and _titled(text)
        and not _ROUND_LINE.search(text)
        and not round_types(text)
        and not has(tokens(text), ROUNDISH)
    )


def title_line(lines: list[str], i: int, text: str) -> bool:
    """Line ``i`` (after a blank line, at the margin) reads as the title of what follows: short,
    no closing punctuation, over a non-blank line. It ends a "label:" line's section ("Why
    Edinburgh:" over its paragraph, then "Timetable they sent")."""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(nxt) and _titled(text)


def _titled(text: str) -> bool:
    """Short, opening on a letter or digit, with no closing punctuation: a title's shape."""
    return (
        len(text) <= 60
        and len(text.split()) <= 6
        and text[:1].isalnum()
        and not text.endswith((".", "!", "?", ",", ";", ":"))
    )


# a date, a time or "who - when": a round's own line over its notes, not a section title
_ROUND_LINE = re.compile(r"\d|\s[-–—]\s|\bw/|@|\(")


def _block_is_prose(lines: list[str], start: int) -> bool:
    """The lines up to the next blank hold a sentence of notes (a long line, or one that
    ends in a full stop), not a list of short names ("R2 - hm, product sense")."""
    for line in lines[start : start + 30]:  # a slice: islice would walk from line 0
        text = line.strip()
        if not text:
            return False
        if len(text) > 60 or text.endswith((".", "!", "?")):
            return True
    return False


_SECTION = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]?[ \t]+(\S.{0,70})$")
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+")


def numbered_sections(lines: list[str], start: int) -> dict[int, int]:
    """Lines that are a word processor's numbered section headings ("1. Overview", "2.1 Recruiter
    screen", "4. HOD interview" over their own text), by index, with a heading level (one per
    number part, below a page title). Empty unless the document numbers its sections: three or
    more such lines, at least one of them a sub-section ("1.1"), each over text that is not a
    sibling entry, so a plain numbered list stays a list."""
    found: dict[int, int] = {}
    sub = False
    prev = ""
    for i in range(start, min(len(lines), start + 20000)):
        line = lines[i]
        if not line[:1].isdigit() or not (m := _SECTION.match(line.rstrip())):
            if line.strip():
                prev = line
            continue
        body, parts = m.group(2), m.group(1).count(".") + 1
        nxt = next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
        after = _SECTION.match(nxt.rstrip()) if nxt[:1].isdigit() else None
        heading_like = len(body.split()) <= 8 and body[-1] not in ".,;!?" and body[:1].isalpha()
        over_text = nxt != "" and (after is None or after.group(1).count(".") + 1 > parts)
        if m.group(1).count(".") and not m.group(1).endswith(".") and heading_like:
            sub = sub or "." in m.group(1)
        if (
            heading_like
            and over_text
            and (i == start or not lines[i - 1].strip() or prev in [lines[j] for j in found])
        ):
            found[i] = parts + 1
        prev = line
    return found if len(found) >= 3 and sub else {}
