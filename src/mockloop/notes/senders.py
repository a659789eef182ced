"""Who writes in a pasted chat: the people whose names open its messages.

A chat export names its senders on every message, so they are the most frequent capitalised
words of the notes, and often in its title too; they are people, never the company:

    WhatsApp Chat with Renee (exported 02/02/2027)
    28/01/2027, 19:04 - Tasha: ok so Cooley called back!!!
    [24/11/2026, 09:14:02] Chiamaka (Recruiter, TalentBridge NG): Good morning Tolu!
    Ramon Villareal  3:14 PM
    Anna Hakobyan, [01.12.2026 11:02]
    nico_b — 03/03/2026 21:14
    Sara: Buongiorno Luca, sono Sara dell'Osteria del Naviglio Grande.
    Io: Buongiorno! Sì, perfetto.

A line opened by a bare "Name:" is a message only in a conversation with the candidate, who
writes as "Me", "Io", "Yo", "Ich", "Moi", "Eu" or "Ja": otherwise "Date:", "Organizer:" or
"Interviewer:" are labels. ``unsent`` takes the stamps and senders off a chat's messages
before the notes are parsed (parser.parse_notes keeps who wrote them as Notes.senders).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .names import word_set

__all__ = ["a_sender", "chat_company", "senders", "theirs", "unsent"]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЇІЄҐΑ-ΩΆ-Ώ"  # a capital in Latin, Cyrillic or Greek script
_NAME = rf"([{_UPPER}][\w'’.-]+(?:[ \t]+[{_UPPER}][\w'’.-]+){{0,2}})"
# "28/01/2027, 19:04 - ", "[24/11/2026, 09:14:02] ", "12.03.26 10:15 ", Viber's "12.11.2026. 19:02  "
_STAMP = (
    r"\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\.?,?[ \t]+\d{1,2}[:.]\d\d(?:[:.]\d\d)?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:[-–—][ \t]*)?"
)
_ASIDE = r"(?:[ \t]*\([^()\n]{1,60}\))?"  # "(Recruiter, TalentBridge NG)"
_STAMPED = re.compile(rf"(?m)^{_STAMP}{_NAME}{_ASIDE}(?:[ \t]*[^\w\s:]{{1,12}})?[ \t]*:[ \t]")
# "Ramon Villareal  3:14 PM", "**Caro** [10:14]" on a line of its own
_OVER_MESSAGE = re.compile(
    rf"(?m)^\W{{0,3}}{_NAME}\W{{0,3}}[ \t]+\[?\d{{1,2}}:\d\d(?:[ \t]?[AaPp][Mm])?\]?[ \t]*$"
)
# Telegram's "Anna Hakobyan, [01.12.2026 11:02]" over the message
_TELEGRAM = re.compile(
    rf"(?m)^{_NAME},[ \t]*\[\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}[ \t]+\d{{1,2}}:\d\d[^\]\n]*\][ \t]*$"
)
_BARE = re.compile(rf"(?m)^{_NAME}{_ASIDE}(?:[ \t]*[^\w\s:]{{1,6}})?:[ \t]+\S")  # "Lindiwe ❤️: …"
# Discord's "nico_b — 03/03/2026 21:14", "sol.vdb — Today at 9:16 PM" over the message
_DISCORD = re.compile(
    r"(?m)^([\w.-]{2,32})[ \t]+[—–-][ \t]+(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d\d"
    r"|(?:today|yesterday)[ \t]+at[ \t]+\d{1,2}:\d\d)[^\n]{0,12}$",
    re.IGNORECASE,
)
_SELF = word_set("me io yo ich moi eu ja jeg jag minä i")
# "WhatsApp Chat with Renee", "Messaggi – Sara Colombo (…)", "DM with Caro"
_TITLE = re.compile(
    r"(?i)\A\W*(?:whatsapp[ \t]+)?(?:chat|conversation|messages?|messaggi|mensajes|mensagens"
    r"|nachrichten|dms?)[ \t]+(?:with|con|com|mit|avec|[-–—])[ \t]+" + r"(?-i:" + _NAME + ")"
)


def senders(text: str) -> frozenset[str]:
    """The names (as written) that send the messages of a chat pasted into ``text``."""
    head = text[:200_000]
    stamped = Counter(m[1] for m in _STAMPED.finditer(head))
    # a chat, not a dated log ("03/02/2026 14:00 - Monzo: phone screen booked"): two people
    # who each write twice
    found = (
        {n for n, c in stamped.items() if c >= 2}
        if sum(c >= 2 for c in stamped.values()) >= 2
        else set()
    )
    found |= {m[1] for m in _OVER_MESSAGE.finditer(head)} | {m[1] for m in _TELEGRAM.finditer(head)}
    discord = Counter(m[1] for m in _DISCORD.finditer(head))
    if sum(c >= 2 for c in discord.values()) >= 2:  # its handle, and the name in it: "nico_b"
        found |= {v for n in discord for v in (n, re.split(r"[_.\d]", n)[0].title()) if v}
    bare = Counter(m[1] for m in _BARE.finditer(head))
    if mine := any(n.lower() in _SELF for n in bare):
        found |= {n for n, c in bare.items() if c >= 2 and n.lower() not in _SELF}
    if (found or mine) and (m := _TITLE.match(head)):
        found.add(m[1])  # "WhatsApp Chat with Renee" over a chat (not "# Chat with Monzo — notes")
    return frozenset(n for n in found if len(n) > 1 and n.lower() not in _SELF)


def _own_line(line: str) -> str:
    """The sender on a line of its own over a message ("Ramon Villareal  3:14 PM"), or ''."""
    m = _OVER_MESSAGE.match(line) or _TELEGRAM.match(line) or _DISCORD.match(line)
    return m[1] if m else ""


def _said_below(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and bool(lines[i + 1].strip())


_NOTICE = re.compile(
    rf"^{_STAMP}(?:messages and calls are end-to-end encrypted|messages to this"
    r" (?:chat|group) are now secured"  # and what the app says of a group: "Joy created group …"
    rf"|{_NAME}[ \t]+(?:created group|added|removed|left|joined using|changed the (?:subject|group)))",
    re.IGNORECASE,
)


def unsent(
    lines: list[str], chat: frozenset[str]
) -> tuple[list[str], frozenset[int], dict[int, str]]:
    """A chat's lines as the messages say them, and the indices of the lines a message opens:
    a stamp and sender before the message go ("[18/11/26, 21:03:40] Andrei Pop: a fost ok!"
    → "a fost ok!"), and a sender's own line over one is blank ("theo_m — 14/11/2026 21:47",
    "Оксана Мельник, [12.11.2026 19:20]"), so each message reads as a paragraph of its own.
    ``chat`` is who writes in it (senders of the whole text); other notes stay as they are.
    Third, who wrote each line of a message, up to the blank line that ends it."""
    if not chat:
        return lines, frozenset(), {}
    out, opens, by, who = list(lines), set(), dict[int, str](), ""
    heads = Counter(n for line in lines[:20000] if (n := _own_line(line)))
    over = (
        {n for n, c in heads.items() if c >= 2}
        if sum(c >= 2 for c in heads.values()) >= 2
        else set()
    )
    for i, line in enumerate(lines[:20000]):
        if ((m := _STAMPED.match(line)) and (m[1] in chat or m[1].lower() in _SELF)) or (
            (m := _BARE.match(line)) and (m[1] in chat or m[1].lower() in _SELF)
        ):
            out[i] = line[m.end() - 1 :].lstrip()
            opens.add(i)
            who = m[1]
        elif _NOTICE.match(line):
            out[i] = ""  # "… - Messages and calls are end-to-end encrypted. …"
        elif (n := _own_line(line)) and n in chat and n in over and _said_below(lines, i):
            out[i] = ""
            opens.add(i + 1)
            who = n
        elif not line.strip():
            who = ""  # the message ends: what follows may be the candidate's own notes
        if who:
            by[i] = who
    return out, frozenset(opens), by


def theirs(by: dict[int, str], lines: list[str]) -> frozenset[int]:
    """The lines of the messages someone other than the candidate wrote: the candidate writes
    as "Me" (or "Io", "Yo", …) when the chat says so, else is the one who writes most (not
    "Meg": Norwegian for "me", but also a friend's name)."""
    written = Counter[str]()
    for i, name in by.items():
        written[name] += len(lines[i])
    if len(written) < 2:
        return frozenset()
    mine = next((n for n in written if n.lower() in _SELF), "")
    me = mine or written.most_common(1)[0][0]
    return frozenset(i for i, name in by.items() if name != me)


def a_sender(name: str, chat: frozenset[str]) -> bool:
    """Every word of ``name`` belongs to the name of someone who writes in the chat: "Tasha",
    "Okoro" of "Sam Okoro", "Sara Colombo"."""
    words = {w.lower() for w in name.split()}
    return bool(words) and any(words <= {w.lower() for w in s.split()} for s in chat)


_ORG = r"((?:[A-ZÀ-ÖØ-Þ][\w&.'’-]*|&)(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w&.'’-]*|&|del|della|de|di|du|da|do|la|le|van|von|of)){0,4})"
# the employer coming back to the candidate: "ok so Cooley called back!!!"
_CAME_BACK = re.compile(
    rf"(?<![\w'’]){_ORG}[ \t]+(?:called(?:[ \t]+me)?[ \t]+back|got[ \t]+back[ \t]+to[ \t]+me"
    r"|reached[ \t]+out|invited[ \t]+me|came[ \t]+back[ \t]+to[ \t]+me|emailed[ \t]+me"
    r"|replied|wants[ \t]+me[ \t]+(?:for|to))\b"
)


def _from(name: str) -> re.Pattern[str]:
    """Where a sender says whom they write for: "Sara Colombo (Osteria del Naviglio Grande, …)",
    "sono Sara dell'Osteria del Naviglio Grande", "Sara from Brasa Lenta"."""
    first = re.escape(name.split()[0])
    return re.compile(
        rf"\b{first}(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+)?(?:[ \t]*\(|[ \t]+(?:from|at|of|de|di|da|do|von"
        rf"|bei|chez|z)[ \t]+(?:the[ \t]+)?|[ \t]+dell['’]|[ \t]+della[ \t]+|[ \t]+del[ \t]+)"
        + r"(?:l['’])?"
        + _ORG
    )


def chat_company(text: str, ok: Callable[[str], bool], known: frozenset[str] = frozenset()) -> str:
    """The employer as a pasted chat names it, when it is not a chat's sender: whom a sender
    writes for, or the name that "called back"; '' when the chat names none. ``known`` are
    senders read before the messages lost their names (Notes.senders)."""
    if not (chat := senders(text) | known):
        return ""
    head = text[:50_000]
    found = [m[1] for s in sorted(chat)[:20] for m in _from(s).finditer(head)]
    found += [m[1] for m in _CAME_BACK.finditer(head)]
    found = [n.strip().rstrip(".") for n in found]
    return next((n for n in found if n and ok(n) and not a_sender(n, chat)), "")
