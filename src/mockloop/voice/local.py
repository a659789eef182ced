"""Transcription on this machine: faster-whisper (the `local-stt` extra) with a model that is
already downloaded, so audio never leaves the machine and `--offline` can take spoken answers.

Nothing is downloaded unless asked: the model loads with ``local_files_only=True`` unless
``MOCKLOOP_LOCAL_STT_DOWNLOAD=1``. ``MOCKLOOP_LOCAL_STT_MODEL`` names the model: a size
(tiny.en, base.en, small.en, medium.en, large-v3…, from huggingface.co/Systran) or the path of
a CTranslate2 model directory. Word timestamps are on and the prompt is the one the HTTP
transcriber sends, so fillers are kept for the delivery figures.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mockloop.errors import MockloopError, describe
from mockloop.voice.record import VoiceUnavailable
from mockloop.voice.transcribe import FILLER_PROMPT, Transcriber, Transcript, Word, check_audio

DEFAULT_MODEL = "small.en"  # English interviews; fast on a laptop CPU, keeps hesitations
INSTALL_LOCAL = "pip install 'mockloop[local-stt]'"
DOWNLOAD_ENV = "MOCKLOOP_LOCAL_STT_DOWNLOAD"
MODEL_ENV = "MOCKLOOP_LOCAL_STT_MODEL"


class LocalTranscriber:
    """A loaded faster-whisper model; ``transcribe`` gives words with their times."""

    def __init__(self, model: Any, name: str) -> None:
        self._model, self.name = model, name

    @property
    def source(self) -> str:
        return f"faster-whisper {Path(self.name).name} (local)"

    def transcribe(self, path: Path) -> Transcript:
        check_audio(path)
        try:
            segments, info = self._model.transcribe(
                str(path), word_timestamps=True, initial_prompt=FILLER_PROMPT
            )
            segments = list(segments)  # a generator: the work happens here
        except (RuntimeError, ValueError, OSError) as exc:
            raise MockloopError(
                f"local transcription of {path.name} failed: {describe(exc)}"
            ) from None
        words = [
            Word(text=w.word.strip(), start=float(w.start), end=float(max(w.start, w.end)))
            for segment in segments
            for w in (segment.words or [])
            if w.word.strip()
        ]
        text = " ".join(s.text.strip() for s in segments if s.text.strip())
        duration = getattr(info, "duration", None)
        return Transcript(
            text=text,
            words=words,
            duration=float(duration) if duration is not None else None,
            source=self.source,
        )


def local_transcriber(model: str | None = None) -> Transcriber:
    """faster-whisper with ``model`` (else MOCKLOOP_LOCAL_STT_MODEL, else small.en), loaded
    now so a missing package or model is one line before the interview starts."""
    try:
        import faster_whisper  # type: ignore[import-not-found,unused-ignore]
    except (ImportError, OSError):
        raise VoiceUnavailable(
            f"local transcription needs faster-whisper: {INSTALL_LOCAL}, then fetch a model "
            f"once with {DOWNLOAD_ENV}=1"
        ) from None
    name = model or os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL
    download = os.environ.get(DOWNLOAD_ENV, "").strip() == "1"
    try:
        loaded = faster_whisper.WhisperModel(
            name, device="auto", compute_type="auto", local_files_only=not download
        )
    except ValueError as exc:
        if str(exc).startswith("Invalid model size"):
            raise VoiceUnavailable(
                f"unknown local model {name!r}: use tiny.en, base.en, small.en, medium.en or "
                f"large-v3, or set {MODEL_ENV} to a faster-whisper model directory"
            ) from None
        raise _not_present(name, download, exc) from None
    except OSError as exc:  # huggingface_hub's LocalEntryNotFoundError is one
        raise _not_present(name, download, exc) from None
    except RuntimeError as exc:  # CTranslate2: a broken model directory, no usable device
        raise VoiceUnavailable(f"faster-whisper could not load {name!r}: {describe(exc)}") from None
    return LocalTranscriber(loaded, name)


def _not_present(name: str, download: bool, exc: Exception) -> VoiceUnavailable:
    if download:
        return VoiceUnavailable(
            f"could not download the local model {name!r} ({describe(exc)}): check your "
            f"network, or set {MODEL_ENV} to a model directory you have"
        )
    return VoiceUnavailable(
        f"the local model {name!r} is not downloaded: fetch it once with {DOWNLOAD_ENV}=1 "
        f"(from huggingface.co/Systran), or set {MODEL_ENV} to a model directory you have"
    )
