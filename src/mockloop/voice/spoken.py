"""Interviewer text as words to say: Markdown symbols, tags, URLs and control characters
removed (a speech engine would read them out), and long turns cut after sentences for
engines that take short inputs."""

from __future__ import annotations

import re

from mockloop.text import printable

_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•]\s+|\d{1,3}[.)]\s+)+", re.MULTILINE)
_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$|^\s*\|?[\s:|-]*-{3,}[\s:|-]*\|?\s*$", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])")
_BEFORE_MARK = re.compile(r"\s+([,.?!;:])")
_STRAY = re.compile(r"[`*#|~^<>\[\]{}\\]")


def speakable(text: str) -> str:
    """``text`` as words to say: no Markdown symbols, tags, URLs or control characters; a
    list item or line without closing punctuation ends with a full stop so it gets a pause."""
    text = printable(text)
    text = _FENCE.sub("", text)
    text = _IMAGE_OR_LINK.sub(r"\1", text)
    text = _URL.sub("the link", text)
    text = _TAG.sub(" ", text)
    text = _RULE.sub("", text)
    text = _LINE_MARK.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = text.replace("|", ", ")
    text = _STRAY.sub(" ", text)
    lines = [
        _BEFORE_MARK.sub(r"\1", " ".join(line.split())).strip(" ,") for line in text.splitlines()
    ]
    said = [line if line[-1] in ".?!:;" else line + "." for line in lines if line]
    return " ".join(said)


def chunks(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, broken after sentences (or, for
    a sentence longer than that, between words)."""
    pieces: list[str] = []
    current = ""
    for sentence in re.split(r"(?<=[.?!;:])\s+", text):
        for part in _split_long(sentence, limit):
            if current and len(current) + 1 + len(part) > limit:
                pieces.append(current)
                current = part
            else:
                current = f"{current} {part}" if current else part
    if current:
        pieces.append(current)
    return pieces


def _split_long(sentence: str, limit: int) -> list[str]:
    if len(sentence) <= limit:
        return [sentence]
    parts, current = [], ""
    for word in sentence.split():
        if current and len(current) + 1 + len(word) > limit:
            parts.append(current)
            current = ""
        current = f"{current} {word}" if current else word[:limit]
    return parts + [current] if current else parts
