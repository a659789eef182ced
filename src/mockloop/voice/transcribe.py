"""Speech to text: the records every transcriber returns, and the HTTP transcriber for any
OpenAI-compatible /audio/transcriptions endpoint (word timestamps, fillers kept)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from mockloop.errors import (
    AuthError,
    BadRequestError,
    LLMError,
    MissingKeyError,
    MockloopError,
    ModelNotFoundError,
    RetriesExhaustedError,
    UsageError,
)
from mockloop.llm.redact import redact, remember
from mockloop.llm.settings import KEYLESS_API_KEY

from .endpoint import SttEndpoint


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


# A prompt in the style of the answer keeps Whisper from tidying away the hesitations that
# delivery figures count (Whisper follows its prompt's style: fillers in, fillers out).
FILLER_PROMPT = "Umm, let me think like, hmm... you know, uh, I mean"
AUDIO_SUFFIXES = frozenset(
    {".flac", ".mp3", ".mp4", ".mpeg", ".mpga", ".m4a", ".ogg", ".wav", ".webm"}
)
MAX_AUDIO_BYTES = 25 << 20  # what OpenAI-compatible endpoints accept in one upload


def check_audio(path: Path) -> int:
    """The file's size, after checking it is a readable audio file an endpoint takes."""
    if path.suffix.lower() not in AUDIO_SUFFIXES:
        kinds = ", ".join(sorted(s.lstrip(".") for s in AUDIO_SUFFIXES))
        raise UsageError(f"{path}: not an audio file transcription takes ({kinds})")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not path.is_file():
        raise UsageError(f"{path} is not a file")
    if size == 0:
        raise UsageError(f"{path} is empty: record the answer again")
    if size > MAX_AUDIO_BYTES:
        raise UsageError(
            f"{path} is {size / (1 << 20):.0f} MB; transcription takes up to "
            f"{MAX_AUDIO_BYTES >> 20} MB: split the answer or compress it (mp3, ogg)"
        )
    return size


def transcript_from(data: Any, source: str) -> Transcript:
    """A verbose_json body (a dict, or the SDK's model of one) as a Transcript. Words without
    numeric times are dropped; a body without words gives a transcript without timestamps."""
    if isinstance(data, str):  # a server that ignored response_format and sent plain text
        return Transcript(text=data.strip(), words=[], duration=None, source=source)
    if hasattr(data, "model_dump"):
        data = data.model_dump()
    if not isinstance(data, dict):
        raise LLMError(f"{source} sent a transcription that is not JSON")
    words = []
    for item in data.get("words") or []:
        if not isinstance(item, dict):
            continue
        text = item.get("word") if item.get("word") is not None else item.get("text")
        start, end = _seconds(item.get("start")), _seconds(item.get("end"))
        if isinstance(text, str) and text.strip() and start is not None and end is not None:
            words.append(Word(text=text.strip(), start=start, end=max(start, end)))
    words.sort(key=lambda w: w.start)
    text = data.get("text")
    return Transcript(
        text=(text if isinstance(text, str) else " ".join(w.text for w in words)).strip(),
        words=words,
        duration=_seconds(data.get("duration")),
        source=source,
    )


def _seconds(value: Any) -> float | None:
    """A time in seconds from JSON: a non-negative number, else None."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


class HttpTranscriber:
    """Any OpenAI-compatible /audio/transcriptions endpoint, through the openai SDK (imported
    when the first answer is sent), under the chat's retry policy and an overall deadline."""

    def __init__(
        self,
        endpoint: SttEndpoint,
        *,
        timeout: float = 60.0,
        retries: int = 4,
        deadline: float = 240.0,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        key = endpoint.api_key()
        if key is None:
            raise MissingKeyError(
                f"{endpoint.api_key_env} is not set: export it to transcribe at {endpoint.host}, "
                "or run with --offline for local transcription"
            )
        self.endpoint = endpoint
        self.timeout, self.retries, self.deadline = timeout, retries, deadline
        self._key = None if endpoint.keyless else key
        remember(self._key)
        self._sleep, self._rand = sleep, rand
        self._client: Any = None

    def _sdk(self) -> Any:
        if self._client is None:
            import openai

            from mockloop.llm import debuglog

            self._client = openai.OpenAI(
                base_url=self.endpoint.base_url,
                api_key=self.endpoint.api_key() or KEYLESS_API_KEY,
                max_retries=0,
                timeout=self.timeout,
            )
            debuglog.attach(self._client, self.endpoint)  # --debug: sizes only, never the key
        return self._client

    def transcribe(self, path: Path) -> Transcript:
        """The words said in ``path`` with their times; one-line errors, never the key."""
        check_audio(path)
        try:
            audio = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
        from mockloop.llm.retry import policy

        client = self._sdk()
        started = time.monotonic()
        attempts = 0

        def attempt() -> Any:
            nonlocal attempts
            attempts += 1
            left = self.deadline - (time.monotonic() - started)
            if left <= 0:
                raise _Overdue
            return client.with_options(timeout=min(self.timeout, left)).audio.transcriptions.create(
                file=(path.name, audio),
                model=self.endpoint.model,
                response_format="verbose_json",
                timestamp_granularities=["word"],
                prompt=FILLER_PROMPT,
            )

        retrying = policy(self.retries, self._rand, self._sleep, deadline=self.deadline)
        try:
            result = retrying(attempt)
        except _Overdue:
            raise self._late() from None
        except MockloopError:
            raise
        except Exception as exc:
            mapped = self._map_error(exc, attempts, time.monotonic() - started)
            if mapped is exc:
                raise
            raise mapped from None
        heard = transcript_from(result, self.endpoint.label)
        if self._key is None:
            return heard
        # a server that echoes the key into a transcript must not get it stored
        words = [Word(redact(w.text, self._key), w.start, w.end) for w in heard.words]
        return Transcript(redact(heard.text, self._key), words, heard.duration, heard.source)

    # ------------------------------------------------------------------ errors

    def _late(self) -> LLMError:
        return RetriesExhaustedError(
            f"transcription at {self.endpoint.host} took longer than {self.deadline:g} s: "
            "try again, record a shorter answer, or raise MOCKLOOP_DEADLINE"
        )

    def _map_error(self, exc: Exception, attempts: int, took: float) -> Exception:
        import openai

        from mockloop.llm.retry import retryable, server_message

        e = self.endpoint
        tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(exc, openai.APIStatusError):
            status, msg = exc.status_code, self.scrub(server_message(exc))
            if retryable(exc) or status == 429:
                return RetriesExhaustedError(
                    f"{status} from {e.host} {tries} while transcribing: {msg}; try again later"
                )
            if status in (401, 403):
                if e.keyless:
                    return AuthError(
                        f"{e.base_url} wants an API key for transcription ({status}): "
                        "pass --api-key-env NAME and export NAME"
                    )
                return AuthError(
                    f"the key in {e.api_key_env} was rejected by {e.base_url} ({status}) "
                    "for transcription: check it, or pass --stt-base-url"
                )
            if status == 404:
                return ModelNotFoundError(
                    f"{e.base_url} has no /audio/transcriptions for model '{e.model}' (404): "
                    "check --stt-model and --stt-base-url"
                )
            if status in (400, 413, 415, 422):
                return BadRequestError(f"{e.host} refused the audio ({status}): {msg}")
            return LLMError(f"{status} from {e.host} while transcribing: {msg}")
        if isinstance(exc, openai.APITimeoutError):
            if took >= self.deadline:
                return self._late()
            return RetriesExhaustedError(
                f"no transcription from {e.host} within {self.timeout:g}s, {tries}: try again later"
            )
        if isinstance(exc, openai.APIConnectionError):
            return RetriesExhaustedError(
                f"could not connect to {e.base_url} to transcribe, {tries}: "
                "is the server running? check --stt-base-url or your network"
            )
        if isinstance(exc, openai.APIError):
            return LLMError(f"{e.host} failed to transcribe: {self.scrub(str(exc))}")
        return exc

    def scrub(self, text: str) -> str:
        """One line of server text with the key (and anything key-shaped) removed."""
        text = " ".join(redact(text, self._key).split())
        return text if len(text) <= 300 else text[:297] + "..."


class _Overdue(Exception):
    """The overall deadline passed before another attempt could start."""
