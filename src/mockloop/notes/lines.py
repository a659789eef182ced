"""Single lines (and the front matter) read for the parser: a pipe table's cells, YAML front
matter, and Emacs org-mode's headings ("** DONE Recruiter screen"), title and property lines
(":WHO: Maria Gonzalez"); and the pause of the garbage collector a long parse runs under."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml

from .inline import strip_inline

__all__ = ["banner_text", "front_matter", "gc_paused", "org_line", "table_cells"]

_ORG_HEAD = re.compile(r"^(\*{1,6})[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|CANCELL?ED)[ \t]+)?(\S.*)$")
_ORG_TAGS = re.compile(r":[\w:@]+:$")  # ":work:prep:" after the title
_ORG_PROP = re.compile(r"^:([A-Za-z][\w-]*):[ \t]+(\S.*)$")
_ORG_DRAWER = re.compile(r"^:[A-Za-z]+:$")


def org_line(text: str) -> tuple[int, str] | None:
    """(level, title) for a heading, (-1, "") for a line to drop ("#+STARTUP", ":END:"),
    (-1, "Who: Maria") for a property line; None for any other line."""
    if head := _ORG_HEAD.match(text):
        title = head.group(2)
        tags = _ORG_TAGS.search(title) if title.endswith(":") else None
        if tags and title[: tags.start()].endswith((" ", "\t")):
            title = title[: tags.start()]
        return len(head.group(1)), title.strip()
    if text.lower().startswith("#+title:"):
        return 1, text[8:].strip()
    if prop := _ORG_PROP.match(text):
        return -1, f"{prop.group(1).capitalize()}: {prop.group(2)}"
    if text.startswith("#+") or _ORG_DRAWER.match(text):
        return -1, ""
    return None


def table_cells(line: str) -> list[str]:
    """Split a pipe-table row; a '|' inside [[link|alias]] or escaped as '\\|' is not a border."""
    s = line.strip()
    s = s.removeprefix("|")
    s = s[:-1] if s.endswith("|") and not s.endswith("\\|") else s
    if "\\" not in s and "[[" not in s:
        return [strip_inline(c.strip()) for c in s.split("|")]
    cells, start, i, wiki = [], 0, 0, 0
    while i < len(s):
        if s[i] == "\\":
            i += 2
            continue
        if s.startswith("[[", i) or (wiki and s.startswith("]]", i)):
            wiki += 1 if s[i] == "[" else -1
            i += 2
            continue
        if s[i] == "|" and not wiki:
            cells.append(s[start:i])
            start = i + 1
        i += 1
    cells.append(s[start:])
    return [strip_inline(c.strip()) for c in cells]


def front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    """YAML between '---' lines at the very top; invalid YAML is dropped, not fatal."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for j in range(1, len(lines)):
        if lines[j].strip() in ("---", "..."):
            try:
                data = yaml.safe_load("\n".join(lines[1:j]))
            except (yaml.YAMLError, RecursionError, ValueError, OverflowError):
                data = None  # bad YAML, nesting deeper than Python's stack, a 5,000-digit number
            if not isinstance(data, dict):
                return {}, j + 1
            return {
                str(k): v for k, v in data.items()
            }, j + 1  # `1: x`, `null: x` are YAML keys too
    return {}, 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection while the block runs: a parse makes hundreds of thousands of
    short-lived records, none in a cycle, so collection passes only cost time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_BANNER_TAIL = re.compile(r"^(={2,})([^=]{2,60})\1\s+(\S.{0,100})$")


def banner_text(text: str) -> str:
    """ "=== LOOP ===", "--- loop ---": the text between two runs of the same mark ("" if
    none); read by stripping, so a line of 40,000 dashes costs one pass."""
    mark = text[0]
    if text[-1] != mark:  # "== 4. FGD == Selasa 3 Maret, 09.00": a banner, then when it is
        tail = _BANNER_TAIL.match(text)
        return f"{tail.group(2).strip()} — {tail.group(3)}" if tail else ""
    inner = text.strip(mark)
    if len(text) - len(text.lstrip(mark)) < 2 or len(text) - len(text.rstrip(mark)) < 2:
        return ""
    return inner.strip() if inner.strip() and "=" not in inner else ""


def split_lines(text: str) -> list[str]:
    """Lines split on LF, CRLF or CR only, so numbers match what an editor shows."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def indent(prefix: str) -> int:
    """Column of the first non-blank character, tabs advancing to the next multiple of 4."""
    col = 0
    for ch in prefix:
        if ch == "\t":
            col += 4 - col % 4
        elif ch == " ":
            col += 1
        else:
            break
    return col
