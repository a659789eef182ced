"""A voice memo's transcript: an elapsed-time stamp before each utterance ("0:06  So the
recruiter screen is done, that was Dana, …", "[00:01:12] next is …", "00:42 - then …",
Whisper's "[00:04.200 --> 00:09.800]  The recruiter screen …").

The stamps are not a timed schedule: no utterance is a round because it has a time. Each
stamp opens an utterance, which may wrap over several lines, so the stamps go and the lines
they stood on are where paragraphs open (``Item.opens``): prose reading then sees one
paragraph per utterance. Stamps count only when there are three or more, the first under a
minute in and none earlier than the one before (a day's schedule starts at 9:00, not 0:06),
each before something said (an agenda's "0:45  Recruiter screen" or "0:00 - 0:05" is not).
``spoken`` also takes a chat's stamps and senders off its messages (``senders.unsent``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from .chatlines import other_apps
from .senders import senders, theirs, unsent

__all__ = ["spoken", "utterances"]

_STAMP = re.compile(  # (Whisper's "[00:01.500 --> 00:06.000]" is a stamp and its end)
    r"^[ \t]*(\[)?((?:\d{1,2}:)?\d{1,2}:\d\d)(?:[.,]\d{1,3})?"
    r"(?:[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d\d(?:[.,]\d{1,3})?)?(?(1)\])"
    r"(?:[ \t]*[-–—][ \t]+|[ \t]{2,}|\t|(?<=\])[ \t]+)(?=\S)"
)


_RANGE = re.compile(r"\d{1,2}:\d\d")  # the end of a range of times, not something said


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def utterances(lines: list[str]) -> tuple[list[str], frozenset[int]]:
    """The lines with a transcript's stamps taken off, and the indices of the lines that
    held one (each opens an utterance); other notes as they are, with no such lines."""
    found = [
        (i, m)
        for i, line in enumerate(lines[:20000])
        if line[:1] in "[0123456789 \t" and (m := _STAMP.match(line))
    ]
    if len(found) < 3:
        return lines, frozenset()
    times = [_seconds(m[2]) for _, m in found]
    if times[0] >= 60 or any(b < a for a, b in pairwise(times)):
        return lines, frozenset()
    said = [lines[i][m.end() :] for i, m in found]
    if any(_RANGE.match(t) for t in said) or sum(map(len, said)) < 30 * len(said):
        return lines, frozenset()  # "0:00 - 0:05 intros", "0:45  Recruiter screen": an agenda
    out = list(lines)
    for i, m in found:
        out[i] = lines[i][m.end() :]
    return out, frozenset(i for i, _ in found)


def spoken(
    lines: list[str], text: str
) -> tuple[list[str], frozenset[int], frozenset[str], frozenset[int]]:
    """The lines without a voice memo's stamps or a chat's stamps and senders (``utterances``,
    ``senders.unsent``, or ``chatlines.other_apps`` for the apps it does not know), the
    indices of the lines that open an utterance or a message, who writes in the chat, and the
    indices of the lines a friend wrote, not the candidate (``senders.theirs``)."""
    lines, opens = utterances(lines)
    lines, sent, by = unsent(lines, chat := senders(text))
    if not chat and (found := other_apps(lines))[2]:  # KakaoTalk, LINE, Viber, IRC, Teams, …
        lines, sent, by = found
        chat = frozenset(by.values())
    return lines, opens | sent, chat, theirs(by, lines)
