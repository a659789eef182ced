"""A written take-home answer read once: its sections (Markdown headings of any style, bold
label lines, "Assumptions:" lines) with line numbers, and its text as prose the scorer reads.

Every quote taken from the prose is located back in the original text (``locate``), so
evidence and the defence's quotes are always verbatim substrings of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mockloop.errors import UsageError
from mockloop.files import TooLargeError, read_capped, size_label
from mockloop.text import QUOTE_EDGE, content_words, fold, normalise_quote, stem, words

MAX_DOCUMENT_BYTES = 4 * 2**20  # a take-home answer is a few pages; a book is a mistake

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD = re.compile(r"^\s{0,3}(\*\*|__)(?P<t>[^*_\s][^*_]{0,80}?)\s*:?\s*(\*\*|__)\s*:?\s*$")
_LABEL = re.compile(r"^\s{0,3}(?P<t>[A-Z][^.!?:|*#]{0,48}):\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$|^\s*\|?\s*:?-{3,}.*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MARKER = re.compile(r"^\s*(?:>\s*)*(?:(?:[-*+\u2022]|\d{1,3}[.)]|\[[ xX]\])\s+)*")


class CaseFileError(UsageError):
    """The answer file cannot be read as a document."""


@dataclass(frozen=True)
class Section:
    """A heading and the lines under it; the text before the first heading has no title."""

    title: str
    line: int  # the heading's line, or the first line of an untitled opening
    lines: tuple[tuple[int, str], ...]  # (line number, original text) of the body

    @cached_property
    def prose(self) -> str:
        """The body as sentences the scorer can split: list and quote markers gone, table
        pipes trimmed, every line ended as a sentence. Quotes from it are located back."""
        out = []
        for _, raw in self.lines:
            if _RULE.match(raw):
                continue
            text = _MARKER.sub("", raw).strip().strip("|").strip()
            if text:
                out.append(text if text[-1] in ".!?" else text + ".")
        return "\n".join(out)

    @cached_property
    def words(self) -> int:
        return len(words(self.prose))

    @property
    def label(self) -> str:
        return (
            f"'{self.title}' (line {self.line})"
            if self.title
            else f"the opening (line {self.line})"
        )

    def about(self, topic_words: list[str]) -> bool:
        """The heading names one of the topic's words ('Key assumptions' for assumptions)."""
        wanted = {stem(w) for w in topic_words}
        return bool(content_words(self.title) & wanted) if self.title else False


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    sections: tuple[Section, ...]
    title: str | None  # the first level-1 heading, when the document opens with one

    @property
    def headed(self) -> bool:
        return any(s.title for s in self.sections)

    @cached_property
    def words(self) -> int:
        return sum(s.words for s in self.sections)


def read_document(path: str | Path) -> Document:
    """The answer file parsed; every failure is a one-line CaseFileError naming the fix."""
    p = Path(path).expanduser()
    if not p.exists():
        raise CaseFileError(f"case answer not found: {p} — check the path")
    if p.is_dir():
        raise CaseFileError(f"{p} is a directory — pass your answer file, e.g. {p}/answer.md")
    try:
        data = read_capped(p, MAX_DOCUMENT_BYTES)
    except TooLargeError:
        limit = size_label(MAX_DOCUMENT_BYTES)
        raise CaseFileError(
            f"{p} is larger than {limit} — a take-home answer is a few pages"
        ) from None
    except OSError as exc:
        raise CaseFileError(
            f"cannot read {p}: {exc.strerror or exc} — check the file's permissions"
        ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise CaseFileError(
            f"{p} looks binary (NUL byte at offset {nul}) — save your answer as Markdown or plain text"
        )
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise CaseFileError(
            f"{p} is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) — re-save it as UTF-8"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not words(text):
        raise CaseFileError(f"{p} is empty — write your answer to the case in it first")
    return parse_document(text, str(path))


def _heading(line: str) -> tuple[str, int] | None:
    """(title, level) when the line is a heading; level 0 for bold and label lines."""
    found = _ATX.match(line)
    if found and found.group(2).strip():
        return found.group(2).strip().strip("*_").strip(), len(found.group(1))
    found = _BOLD.match(line) or _LABEL.match(line)
    if found and len(words(found.group("t"))) <= 8:
        return found.group("t").strip().rstrip(":").strip(), 0
    return None


def parse_document(text: str, path: str = "") -> Document:
    lines = text.split("\n")
    start = 0
    if lines and lines[0].strip() == "---":  # YAML front matter
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        start = end + 1 if end is not None else 0
    sections: list[Section] = []
    title, head_line, body = "", start + 1, []
    doc_title: str | None = None
    fenced = False
    for number, line in enumerate(lines[start:], start=start + 1):
        if _FENCE.match(line):
            fenced = not fenced
        found = None if fenced else _heading(line)
        if found is None:
            body.append((number, line))
            continue
        if title or any(t.strip() for _, t in body):
            sections.append(Section(title, head_line, tuple(body)))
        title, head_line, body = found[0], number, []
        if found[1] == 1 and doc_title is None and not sections:
            doc_title = found[0]
    if title or any(t.strip() for _, t in body):
        sections.append(Section(title, head_line, tuple(body)))
    return Document(path=path, text=text, sections=tuple(sections), title=doc_title)


# ---------------------------------------------------------------- quotes


def _normalised(text: str) -> tuple[str, list[int]]:
    """``text`` folded, lower-cased, whitespace collapsed, with each character's offset in
    ``text``, so a match in the normalised text maps back to the original span."""
    out: list[str] = []
    index: list[int] = []
    space = False
    for i, ch in enumerate(fold(text)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                index.append(i)
            space = True
            continue
        space = False
        for low in ch.lower():
            out.append(low)
            index.append(i)
    return "".join(out), index


_SENTENCE_REST = re.compile(r"[^.!?\n]*(?:[.!?]+|$)", re.MULTILINE)


def locate(quote: str, text: str) -> str | None:
    """The span of ``text`` that ``quote`` quotes (case, spacing, curly quotes and the edges'
    punctuation aside), exactly as the text has it; None when it is not there. A quote cut at
    a decimal point ("p95 near 1.") runs on to the end of its sentence ("p95 near 1.1 s.")."""
    found = _span(quote, text)
    if found is None:
        return None
    start, end = found
    while text[end - 1 : end] == "." and text[end : end + 1].isdigit():
        more = _SENTENCE_REST.match(text, end)
        if more is None or more.end() == end:
            break
        end = more.end()
    return text[start:end]


def _span(quote: str, text: str) -> tuple[int, int] | None:
    for candidate in (quote, quote.strip(QUOTE_EDGE)):
        at = text.find(candidate) if candidate else -1
        if at >= 0:
            return at, at + len(candidate)
    needle = normalise_quote(quote.strip(QUOTE_EDGE))
    if not needle:
        return None
    haystack, index = _normalised(text)
    at = haystack.find(needle)
    if at < 0:
        return None
    return index[at], index[at + len(needle) - 1] + 1


def section_of(quote: str, document: Document) -> Section | None:
    """The section whose body holds the quote."""
    for section in document.sections:
        body = "\n".join(t for _, t in section.lines)
        if locate(quote, body) is not None:
            return section
    return None


def line_of(quote: str, section: Section) -> int:
    """The line of the section the quote starts on."""
    for number, raw in section.lines:
        if locate(quote[:40], raw) is not None:
            return number
    return section.line
