"""Parts of the notes that are not this loop: a section for another company's process that
has ended ("## MODERNA — Associate Scientist — CLOSED", "## Acme (rejected 3/28)"). Its
rounds happened in a loop the candidate is no longer in, so nothing in it is a round to
rehearse. The page title is never such a section: "# Vertex (active) + Moderna (closed)"
describes the whole file."""

from __future__ import annotations

import re

from .outline import Outline

__all__ = ["closed_items"]

_CLOSED = re.compile(
    r"(?i)(?:\s[-–—|:]\s*|\(|\[)\s*(?:closed|rejected|withdrawn|withdrew|declined|dead|"
    r"no longer (?:active|in (?:process|the running))|not moving forward)"
    r"(?:\s+(?:on\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?\s*[)\]]?\s*$"
)


def closed_items(o: Outline) -> set[int]:
    """The items of every closed section below the page title: its heading and its subtree."""
    out: set[int] = set()
    for k, it in enumerate(o.items):
        if it.kind != "heading" or not _CLOSED.search(it.text):
            continue
        if o.notes.sections[o.secs[k]].level <= 1 or o.secs[k] == 0:
            continue
        below = o.below(k)
        if len(below) >= 2:
            out.update([k, *below])
    return out
