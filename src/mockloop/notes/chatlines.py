"""Chats pasted from the apps ``senders`` does not know by name, found by repetition: a
sender's prefix that two people each open two messages with.

    [김지호] [오후 9:02] 봄내 어떻게 됐어?                  (KakaoTalk)
    [21:04] <hsjoberg> okwu: quiltwork moved me forward!!   (IRC)
    21:04\tต้น\tพี่แนน เมขลาเรียกสัมภาษณ์แล้ว!!              (LINE: time, sender, message)
    19.11.2026,20:31,Nika Zupan,+386 41 555 208,Tjaša!!     (Viber's CSV)
    2026-11-16 19:45:30 | Sendt   | Meg    | 12.11 (ferdig): …   (an SMS backup)
    Thu, 19 Nov 2026, 20:14 - Kadri Lepp (@kadri:lepp.ee): no, …  (Element)

or a sender's own line over the message, with its time on it or on the line below:

    Rhys Pritchard  20/11/2026 21:04          (Teams)
    Maya Azulay, Sun 22 Nov, 20:41            (Google Chat)
    林悦 21:02                                 (WeChat)
    Lê Quốc Huy / 20:58 24/11/2026            (Zalo: the name, then the time)

``other_apps`` takes them off as ``senders.unsent`` does for WhatsApp, Slack and the rest."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["other_apps"]

_TIME = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_WEEKDAY = r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]+"  # "Thu, ", "Sunday "
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_DAY = (
    rf"(?:{_WEEKDAY})?(?:\d{{1,4}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?|\d{{1,2}}[ \t]+{_MONTH}"
    rf"(?:[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)"
)
_STAMP = rf"(?:{_DAY},?[ \t]+{_TIME}|{_TIME}(?:[ \t]+{_DAY})?)"
_WHO = r"[^\s\d\[\]<>|,:;()@#*\"“”][^\d\[\]<>|,:;()@#*\"“”\t]{0,38}?"
_LINE = re.compile(rf"^{_TIME}\t({_WHO})\t[ \t]*")  # LINE: its time, the sender, the message
# prefixes that open a message on its own line; group 1 is who sent it
_OPENERS = [
    re.compile(rf"^\[({_WHO})\][ \t]*\[[^\]\n]{{1,24}}\][ \t]*"),  # KakaoTalk
    re.compile(rf"^\[{_TIME}\][ \t]*<[@+%]?([^>\s]{{1,32}})>[ \t]*"),  # IRC
    _LINE,
    re.compile(
        rf"^{_DAY},[ \t]*{_TIME},({_WHO}),[ \t]*\+?[\d ()-]{{6,20}},[ \t]*\"?"
    ),  # Viber's CSV, with the sender's phone number
    re.compile(
        rf"^{_DAY}[ \t]+{_TIME}[ \t]*\|[ \t]*[^|\n]{{1,12}}\|[ \t]*({_WHO})[ \t]*\|[ \t]*"
    ),  # an SMS backup
    re.compile(
        rf"^{_DAY},?[ \t]+{_TIME}[ \t]*[-–—][ \t]*({_WHO})(?:[ \t]*\(@[^)\n]{{1,60}}\))?:[ \t]+"
    ),  # Element: a date, a time, the sender
]
_LINE_MORE = re.compile(rf"^\t({_WHO})\t[ \t]*")  # LINE: the same message's next line
_HEADER = re.compile(rf"^({_WHO})(?:,[ \t]*|[ \t]+){_STAMP}[ \t]*$")  # Teams, Google Chat, WeChat
_PIPED = re.compile(r"^\|[ \t]+(?=[^|\n]*$)")  # "| 1. Hiring manager - …": a paste, quoted
_STAMP_LINE = re.compile(rf"^[ \t]*{_STAMP}[ \t]*$")  # Zalo's time under the name


_CLOCK_ENDS = frozenset("0123456789mM.")


def _a_name(name: str) -> bool:
    """Two letters at least: a sender, not a bullet ("o", "▪") or a number."""
    return sum(c.isalpha() for c in name) >= 2


def _two_writers(names: Counter[str]) -> set[str]:
    """The names that open two messages each, when two of them do."""
    found = {n for n, c in names.items() if c >= 2 and _a_name(n)}
    return found if len(found) >= 2 else set()


def other_apps(lines: list[str]) -> tuple[list[str], frozenset[int], dict[int, str]]:
    """The lines without the senders and stamps of a chat from one of these apps, the indices
    of the lines a message opens, and who wrote each line of a message, up to the blank line
    that ends it (empty when the notes are no such chat)."""
    head = lines[:20000]
    for opener in _OPENERS:
        names = Counter(m[1].strip() for line in head if (m := opener.match(line)))
        if not (chat := _two_writers(names)):
            continue
        out, opens, by, who = list(lines), set[int](), dict[int, str](), ""
        for i, line in enumerate(head):
            m = opener.match(line) or (_LINE_MORE.match(line) if opener is _LINE else None)
            if m and m[1].strip() in chat:
                out[i], who = _PIPED.sub("> ", line[m.end() :]), m[1].strip()
                opens.add(i)
            elif not line.strip():
                who = ""  # the message ends: what follows may be the candidate's own notes
            if who:
                by[i] = who
        return out, frozenset(opens), by
    return _headed(lines)


def _headed(lines: list[str]) -> tuple[list[str], frozenset[int], dict[int, str]]:
    """A sender's own line over each message, its time on the line or the line below."""
    head, found = lines[:20000], dict[int, tuple[str, int]]()
    for i, line in enumerate(head):
        stamped = len(line) <= 80 and line.rstrip()[-1:] in _CLOCK_ENDS  # (cheap, before _HEADER)
        if stamped and (m := _HEADER.match(line)) and i + 1 < len(head) and head[i + 1].strip():
            found[i] = (m[1].strip(), 1)
        elif (
            i + 2 < len(head)
            and _STAMP_LINE.match(head[i + 1])
            and re.fullmatch(_WHO, line.strip())
            and len(line.split()) <= 4
            and head[i + 2].strip()
        ):
            found[i] = (line.strip(), 2)
    chat = _two_writers(Counter(n for n, _ in found.values()))
    if not chat:
        return lines, frozenset(), {}
    out, opens, by, who, skip = list(lines), set[int](), dict[int, str](), "", 0
    for i in range(len(head)):
        if i in found and found[i][0] in chat:
            who, skip = found[i]
            opens.add(i + skip)
        if skip:
            out[i], skip = "", skip - 1
        elif not lines[i].strip() and i not in found and i + 1 not in found:
            who = ""
        elif who:
            by[i] = who
    return out, frozenset(opens), by
