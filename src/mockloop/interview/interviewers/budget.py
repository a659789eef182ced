"""Fitting each live interviewer request into the model's context window.

The system prompt, the history and the reply share the window (the setting, or what the
server reports: llm/context.py). Requests step down, never back up, so a session's prefix
changes only when it must:

1. full: the persona, the live protocol and the agenda's questions;
2. compact: the persona's notes cut to the round's own lines (its title and focus points;
   the pitch, research, logistics and other rounds go);
3. condensed: answers older than the last six turns clipped;
4. recent: the oldest turns left out until the request fits.

A server's context-overflow error caps the window for the rest of the session at what it
names (else four fifths of the refused request), the request steps down to condensed at
least, and the turn is asked once more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mockloop.llm.context import estimate_tokens, window_from_error

REPLY_MIN_TOKENS = 64  # below this a turn cannot say anything; send it and let the server judge
LEVELS = ("full", "compact", "condensed", "recent")
_NOTES = re.compile(r"^<notes>\n(.*?)^</notes>", re.MULTILINE | re.DOTALL)


def compact_persona(persona: str) -> str:
    """The persona with its <notes> block cut to its first paragraph (the round's own title and
    focus points)."""
    found = _NOTES.search(persona)
    if found is None:
        return persona
    own = re.split(r"\n\s*\n", found.group(1).strip("\n"), maxsplit=1)[0]
    return persona[: found.start(1)] + own.rstrip() + "\n" + persona[found.end(1) :]


@dataclass
class Budget:
    """One session's window and how far its requests have stepped down."""

    window: int | None = None  # None: unknown, send everything
    level: int = 0
    cap: int | None = None  # set by a server's overflow error

    def limit(self) -> int | None:
        known = [w for w in (self.window, self.cap) if w]
        return min(known) if known else None

    def refused(self, message: str, messages: list[dict[str, Any]]) -> None:
        """The server said the request was too long: believe it, and shrink."""
        named = window_from_error(message) or int(estimate_tokens(messages) * 0.8)
        self.cap = min(named, self.cap) if self.cap else named
        self.level = max(self.level, 2)

    def fit(self, build: Any, reply_tokens: int, turns: int) -> tuple[list[dict[str, Any]], int]:
        """(messages, max_tokens): the first level from the current one whose request leaves
        room for the reply. ``build(level, keep)`` renders a request keeping the last ``keep``
        turns (None: all)."""
        limit = self.limit()
        messages: list[dict[str, Any]] = build(self.level, None)
        if limit is None:
            return messages, reply_tokens
        for level in range(self.level, len(LEVELS)):
            messages = build(level, None)
            if level == len(LEVELS) - 1:
                messages = self._recent(build, level, limit - reply_tokens, turns)
            if estimate_tokens(messages) + reply_tokens <= limit or level == len(LEVELS) - 1:
                self.level = level
                break
        room = limit - estimate_tokens(messages)
        return messages, max(REPLY_MIN_TOKENS, min(reply_tokens, room))

    @staticmethod
    def _recent(build: Any, level: int, room: int, turns: int) -> list[dict[str, Any]]:
        """Leave out the oldest turns, two at a time, until the request fits (or none are left)."""
        messages: list[dict[str, Any]] = build(level, None)
        keep = turns
        while estimate_tokens(messages) > room and keep > 0:
            keep = max(0, keep - 2)
            messages = build(level, keep)
        return messages
