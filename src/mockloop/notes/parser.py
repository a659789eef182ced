"""Markdown, Obsidian or plain-text interview notes → sections of line-numbered items.

A line-based parser, not a CommonMark renderer: prep notes are messy (lazy bullets, tab indents,
a quote running on across blank lines, "headwinds:" as a heading) and every item keeps the exact
1-based line the user can jump to. One linear pass; one item per content line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .asked import asked_round
from .inline import strip_inline, struck
from .lines import banner_text, front_matter, gc_paused, indent, org_line, split_lines, table_cells
from .mailruns import FORWARDED, Heads, card_line, subject_heads
from .pasted import sheet_rows, tidied
from .plain import SECTION_NUMBER, caps_header, numbered_sections, plain_header, title_break
from .transcript import spoken
from .wordlists import lettered, list_levels, marker_kind

ItemKind = Literal["bullet", "ordered", "paragraph", "quote", "callout", "table_row", "heading"]
LIST_KINDS = ("bullet", "ordered")


@dataclass(slots=True)
class Item:
    """One line of the notes, inline markup stripped: a plain record, not a model (no cost)."""

    text: str
    line: int
    depth: int = 0  # bullet nesting; a continuation line under a bullet is one deeper
    kind: ItemKind = "paragraph"
    cells: Sequence[str] = ()  # a list on table rows; elsewhere (), not a new list per line
    header: bool = False  # the header row of a pipe table
    opens: bool = False  # a memo's utterance or a chat's message starts here, with no blank before


@dataclass(slots=True)
class Section:
    """A heading (or a bold / "label:" pseudo-heading) and the items up to the next one."""

    heading: str | None = None
    level: int = 0  # 1-6 for '#' headings; a pseudo-heading sits one below the last real one
    line: int = 1
    path: list[str] = field(default_factory=list)  # ancestor headings, ending with this one
    items: list[Item] = field(default_factory=list)  # starts with the heading's own item
    pseudo: bool = False
    numbered: bool = False  # a word processor's numbered section ("2.1 Recruiter screen")


@dataclass(slots=True)
class Notes:
    front_matter: dict[str, Any] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    senders: frozenset[str] = frozenset()  # who writes the messages of a pasted chat
    friends: frozenset[int] = frozenset()  # the lines of a chat's messages others wrote
    stack: dict[int, str] = field(default_factory=dict)  # a stack of notes' heads: "mail", "card"


_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_ATX_CLOSE = re.compile(r"(?:^|(?<![ \t])[ \t]+)#+[ \t]*$")
_MESSAGE = re.compile(  # a pasted message starts: "-----Original Message-----", "On … wrote:"
    rf"(?i)^(?:[-=]{{2,}}\s*{FORWARDED}\s*[-=]{{2,}}|begin forwarded message:?|on .{{5,80}} wrote:)$"
)
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST = re.compile(
    r"^([ \t]*)([-*+•▸▹►▶‣◦●○■▪–—→]"
    # "2.1 Phone screen" in an outline; not "3.5 hours", "09.30 - 10.15 Coding", a date "1.12."
    r"|(?![0-2]?\d\.[0-5]\d[ \t]+[a-z]|(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.[ \t]+[a-z\d~])"  # nor "1.12. call"
    r"\d{1,2}(?:\.\d{1,2})+\.?(?=[ \t]+(?!(?:hours?|hrs?|h|min\w*|days?|weeks?|months?"
    r"|years?|x|k)\b)[\"“(A-Za-z])"
    r"|\d{1,2}[a-z][.)](?=[ \t])"  # "2a. Pair programming": a lettered step inside step 2
    r"|\d{1,9}[.)]|[A-Za-z][.)](?=[ \t])|(?:i[ivx]|vi{1,3}|i{2,3})[.)](?=\t))(?:[ \t]+(.*))?$"
)
_CAPS_WORD = re.compile(r"^[A-Z]{4,}(?:\s|$|[:(/&-])")  # "PROCESS (from …)", "ROUND PREP"
_CHECKBOX = re.compile(r"^\[[ xX]\][ \t]+")
_LABEL_LINE = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,3}:(?:\s|$)")  # "Why Stripe: …", "Notes:"
_TODO_TAGS = re.compile(r"\s+(?:@[a-z][\w-]*|p[1-4]|📅)(?=\s|$)")
_CHECKLIST = re.compile(r"(?i)^checklist\s*:\s*(\S.{0,60}?)(?:\s*\(\d+/\d+\))?$")
_STRUCK_HEAD = re.compile(r"^~~[^~]{2,80}~~[ \t]*(?:[-–—:]|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_DELIM = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-{2,})[ \t]*$")
_QUOTE = re.compile(r"^(?:\s*>[ \t]?)+")  # \s: any whitespace str.strip() drops (\v, \f too)
_CALLOUT = re.compile(r"^\[!([A-Za-z][\w-]*)\][+-]?[ \t]*(.*)$")
_BOLD_LINE = re.compile(r"^(\*\*|__)(?!\s)(.+?)(?<!\s)\1[ \t]*(:?|\([^()]{1,60}\))$")
_INNER_MARK = re.compile(r"^(?:[-*+•▸▹►▶‣◦●○■▪–—→]|\d{1,9}[.)]|#{1,6})[ \t]+")


class _Parser:
    """One pass over the lines, keeping just enough state for lists, quotes and tables.
    Items are built as final ``Item`` records as they are met; the checks on the common
    lines (bullets, prose) come first and cost a character test before any regex runs."""

    def __init__(self, lines: list[str], start: int, opens: frozenset[int], mails: Heads) -> None:
        self.lines, self.start, self.opens, self.subjects = lines, start, opens, mails
        self.sections: list[Section] = []
        self.items: list[Item] | None = None  # the open section's items
        self.heads: list[tuple[int, str, bool]] = []  # open headings: level, text, pseudo
        self.lists: list[int] = []  # indent columns of the open list items
        self.quote: str | None = None  # "quote" or "callout" while a blockquote is open
        self.curly = 0  # unmatched “ inside the open quote: it keeps going past blank lines
        self.fence = ""
        self.table = False
        self.blank = True
        self.ordered = False  # the open list's top entry is numbered
        self.margin = False  # its notes are bullets at the margin, not indented
        self.inset = False  # the open "label:" line was indented (inside a calendar event)
        self.plain = not any(  # plain text (Apple Notes, a .txt): no Markdown heading or list
            _ATX.match(line) or _LIST.match(line) for line in lines[start : start + 2000]
        )
        self.org = any(line.startswith("#+") for line in lines[start : start + 30])  # Emacs org
        self.levels = list_levels(lines[start : start + 2000])  # a pasted doc's "●", Word's "▪\t"
        self.lines, self.sheet = sheet_rows(lines, start)  # CSV, TSV, Jira and Confluence tables
        self.numbered = numbered_sections(self.lines, start)  # "2.1 Recruiter screen" in a doc

    def run(self) -> list[Section]:
        lines, step = self.lines, self._step
        i, end = self.start, len(lines)
        while i < end:
            raw = lines[i]
            text = raw.strip()
            if text and not self.fence:
                i = step(i, raw, text)
                continue
            if self.fence:
                if text.startswith(self.fence):
                    self.fence = ""
                elif text:
                    self._add(Item(text, i + 1))
            else:  # a blank line closes a table, and a quote unless a “ is still open
                self.blank, self.table = True, False
                self.quote = self.quote if self.curly else None
            i += 1
        return self.sections

    def _add(self, item: Item) -> None:
        if self.items is None:
            self.items = []
            self.sections.append(Section(line=item.line, items=self.items))
        self.items.append(item)

    def _step(self, i: int, raw: str, text: str) -> int:
        """One non-blank line outside a code fence; returns the index of the next line."""
        was_blank, self.blank = self.blank, False
        if self.inset and raw[0] not in " \t" and not _LIST.match(raw):  # the next event,
            self._end_pseudo()  # flush left, is not the indented label's, nor a lazy line
            self.lists.clear()
        first = text[0]
        if self.sheet and (row := self.sheet.get(i)):  # a row of a pasted CSV or TSV block
            self.lists.clear()
            self._add(Item(" | ".join(row[0]), i + 1, 0, "table_row", row[0], row[1]))
            return i + 1
        if first == ">":
            self._quote_line(raw, i + 1)
            return i + 1
        if self.org and first in "*#:" and self._org_line(text, i):
            return i + 1
        if first in "`~" and (fence := _FENCE.match(raw)):
            self.fence, self.quote, self.curly = fence.group(1)[0] * 3, None, 0
            return i + 1
        if self.quote:
            if (self.curly or not was_blank) and self._is_plain(raw) and i not in self.opens:
                self._quote_text(text, i + 1)  # lazy continuation (not the chat's next message)
                return i + 1
            self.quote, self.curly = None, 0
        if first == "#" and (atx := _ATX.match(raw)):
            heading = _ATX_CLOSE.sub("", atx.group(2) or "").strip()  # "## Coding ##"
            if heading:
                self._heading(len(atx.group(1)), strip_inline(heading), i + 1)
            return i + 1
        if "|" in text:
            if self.table:
                cells = table_cells(text)
                self._add(Item(" | ".join(cells), i + 1, 0, "table_row", cells))
                return i + 1
            if self._table_header(text, i):
                return i + 2
        self.table = False
        if (first in "-*_" and text[-1] in "-*_" and _HR.match(raw)) or (
            first in "-=BOo" and _MESSAGE.match(text)
        ):
            self.lists.clear()
            self._end_pseudo()  # a rule or a pasted message ends a "Questions to ask:" label
            return i + 1
        if (subject := self.subjects.get(i)) is not None:  # "Subject: panel Thu 10th" heads
            self._heading(2, strip_inline(subject), i + 1) if subject else self._end_pseudo()
            return i + 1  # its mail's notes; the line between two mails is none
        if first in "=-─━═" and (banner := banner_text(text)):  # "──── Tech screen ────"
            self._heading(2, strip_inline(banner), i + 1)
            return i + 1
        if first.isdigit() and (level := self.numbered.get(i)):
            self._heading(level, strip_inline(SECTION_NUMBER.sub("", text)), i + 1)
            self.sections[-1].numbered = True
            return i + 1
        if (first in "-*+•▸▹►▶‣◦●○■▪–—→" or first.isdigit() or lettered(text)) and (
            item := _LIST.match(raw)
        ):
            body = item.group(3)
            if body and (body := body.strip()):
                self._list_item(item.group(1), item.group(2), body, i)
                return i + 1
        if first == "[" and (box := _CHECKBOX.match(text)) and self._indented_next(i):
            # "[x] Recruiter call - done" over its indented notes: a status list, one item each
            self._list_item(raw[: len(raw) - len(raw.lstrip())], "-", text[box.end() :], i)
            return i + 1
        return self._paragraph(raw, text, i, was_blank)

    def _org_line(self, text: str, i: int) -> bool:
        """An org-mode heading, title or property line (lines.org_line); False for others."""
        if (found := org_line(text)) is None:
            return False
        if found[0] >= 0:  # a heading at that level (0 for none: a property line)
            self._heading(max(found[0], 1), strip_inline(found[1]), i + 1)
        elif found[1]:
            self._add(Item(found[1], i + 1, 1))
        return True

    def _table_header(self, text: str, i: int) -> bool:
        """A row followed by a '|---|---|' line opens a table."""
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if "|" not in nxt or not _DELIM.match(nxt):
            return False
        cells = table_cells(text)
        self.lists.clear()
        self._add(Item(" | ".join(cells), i + 1, 0, "table_row", cells, True))
        self.table = True
        return True

    def _is_plain(self, raw: str) -> bool:
        return not (_ATX.match(raw) or _LIST.match(raw) or _HR.match(raw) or "|" in raw)

    def _heading(
        self, level: int, text: str, line: int, pseudo: bool = False, shown: str = ""
    ) -> None:
        if "?" in text and (asked := asked_round(text)):
            text = shown = asked  # "## What happened on the phone screen?": the phone screen
        heads = self.heads
        while heads and heads[-1][0] >= level:
            heads.pop()
        path = [h[1] for h in heads]
        path.append(text)
        heads.append((level, text, pseudo))
        self.items = [Item(shown or text, line, 0, "heading")]
        self.sections.append(Section(text, level, line, path, self.items, pseudo))
        self.lists.clear()

    def _end_pseudo(self) -> None:  # what follows a rule belongs to no "label:" line
        self.inset = False
        if self.heads and self.heads[-1][2]:
            while self.heads and self.heads[-1][2]:
                self.heads.pop()
            self.items = None

    def _pseudo(self, shown: str, line: int) -> None:
        real = next((h[0] for h in reversed(self.heads) if not h[2]), 0)
        self._heading(min(real + 1, 7), shown.rstrip(":").strip(), line, pseudo=True, shown=shown)

    def _list_item(self, prefix: str, marker: str, body: str, i: int) -> None:
        col = indent(prefix) if "\t" in prefix else len(prefix)
        if not prefix:  # flush left: a pasted doc's levels (○ alone: no level of its own)
            col = self.levels.get(marker_kind(marker), 0)
        if body[0] == "[":  # a to-do app's "@interview p1 📅" on a checklist item go too
            body = _TODO_TAGS.sub("", _CHECKBOX.sub("", body))
        lists = self.lists
        margin = self.ordered and lists and col == lists[0] and not marker[0].isalnum()
        if margin and self.lines[i - 1].strip():  # "2. HM" over "- how I work with PMs": notes
            col += 2 if len(lists) == 1 or self.margin else 0  # (not after indented ones)
            self.margin = col > lists[0]
        while lists and col <= lists[-1] + 1:
            lists.pop()
        depth = len(lists)
        lists.append(col)
        bold = _BOLD_LINE.match(body) if depth == 0 and body[0] in "*_" else None
        if bold and marker[0].isdigit() and bold.group(3)[:1] == "(":  # "2. **Runda** (…)": a step
            bold = None
        if bold and "**" not in bold.group(2) and self._has_children(i, col):
            self._pseudo(strip_inline(bold.group(2)) + bold.group(3), i + 1)
            return
        if (
            depth == 0
            and marker[0].isdigit()
            and (
                (_CAPS_WORD.match(body) and self._indented_next(i))
                or (caps_header(body) and self._next_starts(i, marker.rstrip(".)") + "."))
            )
        ):  # "6. QUESTIONS I STILL HAVE" over "6.1 For Daniel: …"
            self._pseudo(strip_inline(body), i + 1)  # "2. PROCESS (from …)" in an outline
            return
        kind: ItemKind = "ordered" if marker[0].isalnum() else "bullet"
        if depth == 0:
            self.ordered = kind == "ordered"  # the open list's top entry is numbered
        after = self.lines[i + 1] if i + 1 < len(self.lines) else ""  # "→ joined in one session"
        self._add(Item(strip_inline(struck(body, after)), i + 1, depth, kind))

    def _indented_next(self, i: int) -> bool:
        """The next non-blank line is indented (an outline's entries), or a box is beside it."""
        nxt = next((line for line in self.lines[i + 1 : i + 4] if line.strip()), "")
        return nxt[:1] in (" ", "\t") or bool(
            _CHECKBOX.match(nxt) or _CHECKBOX.match(self.lines[i - 1] if i else "")
        )

    def _next_starts(self, i: int, prefix: str) -> bool:
        nxt = next((line for line in self.lines[i + 1 : i + 4] if line.strip()), "")
        return nxt.startswith(prefix) and nxt[len(prefix) : len(prefix) + 1].isdigit()

    def _has_children(self, i: int, col: int) -> bool:
        """True when the next non-blank line is a list item indented deeper than ``col``."""
        for j in range(i + 1, len(self.lines)):
            if self.lines[j].strip():
                item = _LIST.match(self.lines[j])
                return bool(item and indent(item.group(1)) > col)
        return False

    def _paragraph(self, raw: str, text: str, i: int, was_blank: bool) -> int:
        col = indent(raw) if raw[0] in " \t" else 0
        if col and self.lists:
            under = sum(1 for c in self.lists if c < col)
            if under:  # a continuation line indented under an open bullet
                self._add(Item(strip_inline(text), i + 1, under))
                return i + 1
        if self.lists and not was_blank and self.ordered and not _LABEL_LINE.match(text):
            self._add(Item(strip_inline(text), i + 1, 1))  # "2. Interview with …" wrapped
            return i + 1  # onto an unindented line: still that entry's (a lazy continuation)
        self.lists.clear()
        if was_blank and col < 4 and self._setext(text, i):
            return i + 2
        bold = _BOLD_LINE.match(text) if text[0] in "*_" and len(text) <= 100 else None
        if bold and bold.group(3)[:1] == "(" and not bold.group(2).endswith("?"):
            bold = None  # "**8:30 Praktický test** (90 min)" is a line; "**Panel?** (done)" a head
        if bold and "**" not in bold.group(2):
            tail = f" {bold.group(3)}" if bold.group(3)[:1] == "(" else bold.group(3)
            self._pseudo(strip_inline(bold.group(2)) + tail, i + 1)
            return i + 1
        # "~~Online test~~ — cancelled": a struck paragraph that names a step, like a list entry
        shown = strip_inline(struck(text) if _STRUCK_HEAD.match(text) else text)
        if checklist := _CHECKLIST.match(shown):  # Trello's "Checklist: Interview loop (2/6)"
            self._pseudo(checklist.group(1), i + 1)
            return i + 1
        if was_blank and caps_header(shown):  # "C CODING", "WHY NORDIC / MY PITCH" in plain text
            self._pseudo(shown, i + 1)
            return i + 1
        if (
            was_blank
            and not (col or i in self.opens)  # (a chat message's first line heads nothing)
            and self.plain
            and plain_header(self.lines, i, shown, _LIST.match)
        ):
            self._pseudo(shown, i + 1)  # "Threat modeling, 60 min" over its notes (Apple Notes)
            return i + 1
        if was_blank and not col and (cut := title_break(self.lines, i, shown, _LIST.match)):
            self._end_pseudo()  # "Timetable they sent" after "Why Edinburgh:" and its paragraph
            if cut == "list":  # "Étapes" over "- Appel avec …": the list's own heading
                self._pseudo(shown, i + 1)
                return i + 1
        if (
            shown.endswith(":")
            and len(shown) <= 60
            and "//" not in shown
            and len(shown.split()) <= 8
        ):
            self._pseudo(shown, i + 1)
            self.inset = col > 2  # (a calendar's description, not a stray space)
            return i + 1
        self._add(Item(shown, i + 1, opens=i in self.opens))
        return i + 1

    def _setext(self, text: str, i: int) -> bool:
        """'Title' over '===' (level 1) or '---' (level 2) is a heading."""
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        if nxt[:4].lstrip()[:1] not in ("=", "-") or not _SETEXT.match(nxt):
            return False
        self._heading(1 if "=" in nxt else 2, strip_inline(text), i + 1)
        return True

    def _quote_line(self, raw: str, line: int) -> None:
        prefix = _QUOTE.match(raw)
        assert prefix is not None
        if not raw[:1].isspace():
            self.lists.clear()
        self.table = False
        inner = raw[prefix.end() :].strip()
        callout = _CALLOUT.match(inner)
        if callout:
            self.quote, self.curly = "callout", 0
            title = callout.group(2).strip() or callout.group(1).capitalize()
            self._add(Item(strip_inline(title), line, 0, "callout"))
            return
        if not self.quote:
            self.quote, self.curly = "quote", 0
        if not inner:
            return
        mark = _INNER_MARK.match(inner)
        if mark and self.quote == "quote" and not inner.startswith("#"):
            # a list pasted inside a quote (a forwarded schedule) is still a list
            kind: ItemKind = "ordered" if inner[0].isdigit() else "bullet"
            self._add(Item(strip_inline(inner[mark.end() :]), line, 0, kind))
            return
        self._quote_text(_INNER_MARK.sub("", inner), line)

    def _quote_text(self, text: str, line: int) -> None:
        self.curly = max(0, self.curly + text.count("“") - text.count("”"))
        depth = 1 if self.quote == "callout" else 0  # a callout's body sits under its title
        self._add(Item(strip_inline(text), line, depth, self.quote or "quote"))  # type: ignore[arg-type]


def parse_notes(text: str) -> Notes:
    """Parse notes text (Markdown, Obsidian or plain) into front matter and sections."""
    text = text.removeprefix("\ufeff")
    lines, opens, chat, friends = spoken(split_lines(text), text)  # a memo's, a chat's stamps
    lines = tidied(lines, text)  # box-drawn tables, numbered chat messages
    front, start = front_matter(lines)
    mails = subject_heads(lines, start)  # a run of e-mails to oneself: each subject heads
    with gc_paused():  # millions of small objects, none cyclic: GC passes only cost time
        sections = _Parser(lines, start, opens, mails).run()
        stack = {i + 1: "card" if card_line(lines[i]) else "mail" for i, s in mails.items() if s}
        return Notes(front, sections, chat, frozenset(i + 1 for i in friends), stack)
