"""Spoken answers without a voice: WAV files synthesised with the standard library (a tone per
word, silence between), and the voiced stretches found in one again, which is how the loopback
transcription endpoint times the words it was scripted to hear."""

from __future__ import annotations

import io
import math
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

RATE = 16_000
FRAME_S = 0.01  # 10 ms frames when looking for voice


@dataclass(frozen=True)
class Spoken:
    """A word as synthesised: when its tone starts and ends, in seconds."""

    text: str
    start: float
    end: float


def synth_answer(
    path: Path,
    words: list[str],
    *,
    lead: float = 1.0,
    word_s: float = 0.3,
    gap_s: float = 0.1,
    pauses: dict[int, float] | None = None,
    tail: float = 0.5,
    rate: int = RATE,
) -> list[Spoken]:
    """Write a 16-bit mono WAV: ``lead`` seconds of silence, then a tone of ``word_s`` per word
    with ``gap_s`` between, a longer silence after word i when ``pauses[i]`` is given. Returns
    the words with the times their tones occupy."""
    pauses = pauses or {}
    samples = array("h")
    spoken: list[Spoken] = []

    def silence(seconds: float) -> None:
        samples.extend([0] * round(seconds * rate))

    silence(lead)
    for i, word in enumerate(words):
        start = len(samples) / rate
        n = round(word_s * rate)
        pitch = 180 + 40 * (i % 5)  # a different pitch per word, as speech would have
        samples.extend(round(8000 * math.sin(2 * math.pi * pitch * k / rate)) for k in range(n))
        spoken.append(Spoken(word, round(start, 3), round(len(samples) / rate, 3)))
        silence(pauses.get(i, gap_s) if i < len(words) - 1 else tail)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return spoken


def voiced_segments(data: bytes, threshold: int = 500) -> tuple[list[tuple[float, float]], float]:
    """The stretches of a 16-bit mono WAV louder than ``threshold`` (start, end seconds), and
    the recording's length. Silences under 50 ms do not split a stretch."""
    with wave.open(io.BytesIO(data), "rb") as wav:
        rate, frames = wav.getframerate(), wav.readframes(wav.getnframes())
    samples = array("h")
    samples.frombytes(frames)
    step = max(1, round(FRAME_S * rate))
    loud = [
        max((abs(s) for s in samples[i : i + step]), default=0) > threshold
        for i in range(0, len(samples), step)
    ]
    found: list[tuple[float, float]] = []
    start = None
    for n, on in enumerate([*loud, False]):
        if on and start is None:
            start = n
        elif not on and start is not None:
            begin, end = start * FRAME_S, n * FRAME_S
            if found and begin - found[-1][1] < 0.05:
                begin = found.pop()[0]
            found.append((round(begin, 2), round(end, 2)))
            start = None
    return found, len(samples) / rate
