"""Inline Markdown and Obsidian markup → the visible text of a line.

Links, wiki links, images, emphasis, code and highlight marks are dropped and their text
kept: "**Round 2** w/ [[Eng Lead|eng]]" reads "Round 2 w/ eng". Each pattern runs in time
linear in the line (see below), and a line without markup is returned untouched after a few
substring tests: most lines of a notes file have none.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["strip_inline", "struck"]

_WIKI = re.compile(r"!?\[\[([^\][|#]*)(?:#([^\][|]*))?(?:\\?\|([^\][]*))?\]\]")
_IMAGE = re.compile(r"!\[([^\][]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\][]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REFLINK = re.compile(r"\[([^\][]+)\]\[[^\][]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_BOLD = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
_ITALIC_U = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_MARKS = re.compile(r"(~~|==)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_CODE = re.compile(r"(?<!`)(`+)([^`]+?)\1(?!`)")
_HIDDEN = re.compile("[\ue000-\ue07f]")
# Every pattern above runs in time linear in the line: a lazy span stops at the next delimiter
# (or bracket) instead of scanning to the end of the line, and no two adjacent repeats can
# trade the same characters, so a 5 MB line of "*a " or "[[a|" parses in seconds, not hours.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~=])")


_STATUS_MARKS = frozenset("✅✓✔☑☐✗✘❌")


def _undecorated(text: str) -> str:
    """The line without the emoji it opens with ("📞 Recruiter screen" → "Recruiter screen");
    status marks (✅, ✓) stay: they say a round is done."""
    i = 0
    while i < len(text) and (
        text[i].isspace()
        or (
            unicodedata.category(text[i]) in ("So", "Sk", "Cf", "Mn")
            and text[i] not in _STATUS_MARKS
        )
    ):
        i += 1
    return text[i:] if i < len(text) else text


def strip_inline(text: str) -> str:
    """Visible text of one line: links, wiki links, emphasis and code marks removed, and the
    emoji it opens with."""
    if text and text[0] > "\u2000":
        if text[0] in "❓❔" and text.rstrip().endswith(":"):
            text = "Questions " + text.lstrip("❓❔\ufe0f ")  # "❓ for them:": the mark is the word
        text = _undecorated(text)
    if not (
        "*" in text
        or "_" in text
        or "[" in text
        or "`" in text
        or "<" in text
        or "\\" in text
        or "~~" in text
        or "==" in text
    ):
        return text  # most lines have no markup: substring tests, cheaper than any pattern
    escaped = "\\" in text
    if escaped:  # hide escaped characters from the markup patterns, restore them at the end
        text = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    if "[" in text:
        if (whole := _BRACKETED.match(text)) is not None:
            text = whole.group(1)  # "[ML coding — Jonas Brandt, Senior MLE]": a label in brackets
        text = _WIKI.sub(_wiki_text, text) if "[[" in text else text
        text = _IMAGE.sub(r"\1", text) if "![" in text else text
        text = _LINK.sub(r"\1", text) if "](" in text else text
        text = _REFLINK.sub(r"\1", text) if "][" in text else text
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\2", text)
    if "**" in text or "__" in text:
        text = _BOLD.sub(r"\2", text)
    if "*" in text:
        text = _ITALIC.sub(r"\1", text)
    if "_" in text:
        text = _ITALIC_U.sub(r"\1", text)
    if "~~" in text or "==" in text:
        text = _MARKS.sub(r"\2", text)
    if escaped:
        text = _HIDDEN.sub(lambda m: chr(ord(m.group(0)) - 0xE000), text)
    return text.strip()


# a whole line in brackets that names something and who or what it is, after a dash
_BRACKETED = re.compile(r"^\[(?![!xX ]\])([^\[\]]{2,60}\s[—–-]\s[^\[\]]{2,80})\]$")


def _wiki_text(match: re.Match[str]) -> str:
    target, heading, alias = match.group(1), match.group(2), match.group(3)
    if alias:
        return alias.strip()
    if heading and target:
        return f"{target.strip()} > {heading.strip()}"
    if target and (dash := _PAGE_PREFIX.match(target)):
        return target[dash.end() :].strip()  # "[[Korbel – Coding 1]]": a page named after its
    return (target or heading or "").strip()  # folder's topic; the words after it name it


_PAGE_PREFIX = re.compile(r"^[^–—\][]{1,40}?\s[–—-]\s(?=\S)")


# what says two struck steps became one: "→ one session", "merged", "las juntó"
_JOINED = re.compile(
    r"(?i)\b(?:one|single|a single|joint|combined)\s+(?:session|interview|meeting|slot|call)"
    r"|\b(?:merged|combined|joined|juntó|juntaron|zusammengelegt|samengevoegd|fusionn\w+)\b"
)
_LIST_START = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s")  # the next line is its own entry
_CALLED_OFF = re.compile(r"(?i)\b(?:cancel\w*|dropp\w*|waiv\w*|scrap\w*|off|skipp\w*)\b")


def struck(text: str, after: str = "") -> str:
    """A list entry whose head is struck out ("~~Coding~~ → dropped") reads "Coding
    (cancelled) → dropped": a round that was on the loop and is not any more."""
    if text.startswith("~~") and (end := text.find("~~", 2)) > 2:
        rest = text[end + 2 :]
        if rest.lstrip()[:1].isalnum():  # "~~Tues 3/11~~ Wed 3/12: HM": only the date changed
            return f"{text[2:end]}{rest}"
        # "~~Portfolio (Tue)~~ + ~~Technical (Thu)~~" over "  → joined in one session"
        if pair := re.match(r"[ \t]*[+&][ \t]*~~([^~]{2,80})~~", rest):
            more = after[:200] if after[:1] in " \t" and not _LIST_START.match(after) else ""
            said = f"{rest[pair.end() :]} {more}"
            if _JOINED.search(said) and not _CALLED_OFF.search(said):
                return f"{text[2:end]} + {pair.group(1)}{rest[pair.end() :]}"
        return f"{text[2:end]} (cancelled){rest}"
    return text
