"""Speech to text: the records every transcriber returns, and the HTTP transcriber for any
OpenAI-compatible /audio/transcriptions endpoint (word timestamps, fillers kept)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class Word:
    """One spoken word and when it was said, in seconds from the start of the recording."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    """What a transcriber heard. `words` is empty when the server gave no word timestamps;
    `duration` is the recording's length when known; `source` names the endpoint or engine."""

    text: str
    words: list[Word] = field(default_factory=list)
    duration: float | None = None
    source: str = ""


class Transcriber(Protocol):
    def transcribe(self, path: Path) -> Transcript: ...
