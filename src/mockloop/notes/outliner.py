"""Notes kept in an outliner (Logseq, Roam, Workflowy, Dynalist, a doc kept as one nested list,
a pasted Google Doc's "● ○ ■"), where every line is a bullet: a bullet over its own bullets,
short and not a sentence, is read as a heading at its depth, with its bullets moved left under
it; task markers ("TODO", "{{[[DONE]]}}") and "key:: value" properties become plain words. An
outline without such markup counts when it is three levels deep. No line moves, so line numbers
still point at the notes."""

from __future__ import annotations

import re

from .wordlists import DOCS_LEVEL, google_doc

__all__ = ["outliner_lines"]

_BULLET = re.compile(r"^([ \t]*)([-*+•–—→◦●○■▪‣▸►])[ \t]+(.*)$")
_MARKER = re.compile(
    r"^(?:\{\{\[\[(TODO|DONE)\]\]\}\}|(TODO|DONE|LATER|NOW|DOING|WAITING|CANCEL+ED))\s+"
)
_HEADING = re.compile(r"^#{1,6}\s+")
_PROPERTY = re.compile(r"^([\w-]+)::\s*")


def _width(bullet: re.Match[str], docs: bool = False) -> int:
    indent = bullet.group(1)
    return len(indent.expandtabs(4)) or (DOCS_LEVEL.get(bullet.group(2), 0) if docs else 0)


_MARKED = re.compile(r"^[ \t]*[-*•][ \t]+(?:\S+::|(?:TODO|DONE|LATER|NOW)\s|\{\{\[\[|.*\[\[)")


def _is_outline(lines: list[str]) -> bool:
    """Nearly every line a bullet, none a heading of its own, and some with an outliner's
    markup (a property, a task marker or a wiki link) or three levels deep."""
    body = [line for line in lines[:3000] if line.strip()]
    bullets = sum(1 for line in body if _BULLET.match(line))
    if len(body) < 5 or bullets < 0.8 * len(body) or any(line[:1] == "#" for line in body):
        return False
    if sum(1 for line in body if _MARKED.match(line)) >= 2:
        return True
    docs = google_doc(body)
    widths = {_width(m, docs) for line in body if (m := _BULLET.match(line))}
    return len(widths) >= 3  # a plain outline three levels deep (Workflowy, Dynalist, a doc)


def _plain(text: str) -> str:
    """A bullet's words without the outliner's markup."""
    if m := _MARKER.match(text):
        marker = (m.group(1) or m.group(2)).upper()
        text = text[m.end() :]
        if marker == "DONE":
            text += " (done)"
        elif marker.startswith("CANCEL"):
            text += " (cancelled)"
    text = _LINK.sub(r"\1", text)  # "[[Jonas Krüger]]", "#[[Interview Prep]]": the words
    return _PROPERTY.sub(lambda m: f"{m.group(1)}: ", text)


_LINK = re.compile(r"#?\[\[([^\[\]]{1,200})\]\]")


def _heads(text: str) -> bool:
    """Short, not a sentence, question or label: a title over what is nested under it."""
    bare = _HEADING.sub("", text).strip()
    return (
        0 < len(bare.split()) <= 12
        and not bare.endswith(("?", ".", ":"))
        and not _PROPERTY.match(text)
        and len(bare) <= 100
    )


def outliner_lines(lines: list[str], text: str) -> list[str]:
    """``lines`` as the parser reads them when the notes come from an outliner (every line a
    bullet, with wiki links, properties or task markers, or three levels deep); otherwise
    unchanged."""
    if not _is_outline(lines):
        return lines
    out = list(lines)
    items = [(i, m) for i, line in enumerate(lines) if (m := _BULLET.match(line))]
    docs = google_doc(lines)
    stack: list[tuple[int, bool]] = []  # (width, made a heading) of the bullets above
    for n, (i, m) in enumerate(items):
        width, words = _width(m, docs), _plain(m.group(3).strip())
        while stack and stack[-1][0] >= width:
            stack.pop()
        headings = sum(1 for _, heading in stack if heading)
        below = n + 1 < len(items) and _width(items[n + 1][1], docs) > width
        if below and _heads(words) and headings < 5 and all(h for _, h in stack):
            stack.append((width, True))
            out[i] = "#" * (headings + 1) + " " + _HEADING.sub("", words)
            continue
        out[i] = "  " * (len(stack) - headings) + "- " + words
        stack.append((width, False))
    return out
