"""The voice flags of `interview`, declared once: spoken answers in (--voice from the microphone,
--answer-audio from files), where they are transcribed, whether their audio is kept, and
--speak for the interviewer's turns. Turned into a VoiceSetup before the session starts, so a
missing key, library or file is one line and no session is created."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import option_group

_VOICE_OPTIONS: dict[str, Any] = {
    "voice": Annotated[
        bool,
        typer.Option("--voice", help="Answer by speaking: push-to-talk from the microphone "
                     "(Enter starts and stops); the transcript is shown to send, record again or edit."),
    ],
    "answer_audio": Annotated[
        list[Path] | None,
        typer.Option("--answer-audio", metavar="FILE", show_default=False,
                     help="A recorded answer (wav, mp3, m4a, ogg, flac, webm), sent without asking; "
                     "repeat it for each answer in order, or give a directory (its files by name)."),
    ],
    "stt_base_url": Annotated[
        str | None,
        typer.Option("--stt-base-url", help="Transcription server (OpenAI-compatible "
                     "/audio/transcriptions). Default: --base-url if given, else the provider's "
                     "(Fireworks audio-prod, OpenAI, Groq)."),
    ],
    "stt_model": Annotated[
        str | None,
        typer.Option("--stt-model", help="Transcription model: whisper-v3 (Fireworks), whisper-1 "
                     "(OpenAI; gpt-4o-mini-transcribe returns no word timestamps, so pace and "
                     "pauses would be unavailable), whisper-large-v3-turbo (Groq)."),
    ],
    "no_keep_audio": Annotated[
        bool,
        typer.Option("--no-keep-audio", help="Delete each recording once it is transcribed "
                     "(default: kept 0600 beside the session)."),
    ],
    "speak": Annotated[
        bool,
        typer.Option("--speak", help="Say each interviewer turn aloud (the provider's "
                     "/audio/speech, or espeak-ng / Piper when installed)."),
    ],
}  # fmt: skip

_DEFAULTS = {"voice": False, "answer_audio": None, "no_keep_audio": False, "speak": False}


@dataclass(frozen=True)
class VoiceFlags:
    voice: bool = False
    answer_audio: tuple[Path, ...] = ()
    stt_base_url: str | None = None
    stt_model: str | None = None
    no_keep_audio: bool = False
    speak: bool = False

    @property
    def listens(self) -> bool:
        return self.voice or bool(self.answer_audio)

    def given(self) -> bool:
        return self.listens or self.speak


def _voice_flags(values: dict[str, Any]) -> VoiceFlags:
    return VoiceFlags(**values | {"answer_audio": tuple(values["answer_audio"] or ())})


# Typer sees the six voice options; the command receives one ``voice: VoiceFlags`` argument.
voice_options = option_group(_VOICE_OPTIONS, "voice", _voice_flags, _DEFAULTS)


def voice_setup(
    flags: VoiceFlags, settings: Any, offline: bool, *, api_key_env: str | None = None
) -> Any:
    """The VoiceSetup for these flags, or None when no voice flag was given. ``settings``: the
    chat's (None offline). Fails with one line before any session exists."""
    if not flags.given():
        if flags.stt_base_url or flags.stt_model or flags.no_keep_audio:
            from mockloop.errors import UsageError

            raise UsageError("--stt-base-url, --stt-model and --no-keep-audio go with --voice "
                             "or --answer-audio")  # fmt: skip
        return None
    from mockloop.voice.answers import VoiceSetup

    files = audio_files(flags.answer_audio)
    if flags.voice and files:
        from mockloop.errors import UsageError

        raise UsageError("--voice records from the microphone and --answer-audio reads files: "
                         "choose one")  # fmt: skip
    if flags.voice:
        from mockloop.voice.record import check_microphone

        check_microphone()
    return VoiceSetup(
        transcriber=transcriber_for(flags, settings, offline, api_key_env)
        if flags.listens
        else _NoEars(),
        files=files,
        mic=flags.voice,
        keep_audio=not flags.no_keep_audio,
        speaker=speaker(settings, offline) if flags.speak else None,
    )


def audio_files(given: tuple[Path, ...]) -> list[Path]:
    """The answer files in order: a directory gives its audio files by name."""
    from mockloop.errors import UsageError
    from mockloop.voice.transcribe import AUDIO_SUFFIXES, check_audio

    found: list[Path] = []
    for path in given:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)
            if not inside:
                raise UsageError(
                    f"{path} holds no audio files ({', '.join(sorted(AUDIO_SUFFIXES))})"
                )
            found += inside
        elif not path.exists():
            raise UsageError(f"--answer-audio {path}: no such file")
        else:
            found.append(path)
    for path in found:
        check_audio(path)
    return found


def transcriber_for(
    flags: VoiceFlags, settings: Any, offline: bool, api_key_env: str | None
) -> Any:
    """The local model offline (unless --stt-base-url names a server), else the HTTP endpoint."""
    if offline and not flags.stt_base_url:
        from mockloop.voice.local import local_transcriber

        return local_transcriber(flags.stt_model)
    from mockloop.voice.endpoint import stt_endpoint
    from mockloop.voice.transcribe import HttpTranscriber

    endpoint = stt_endpoint(
        None if offline else settings,
        base_url=flags.stt_base_url,
        model=flags.stt_model,
        api_key_env=api_key_env,
    )
    if settings is None:
        return HttpTranscriber(endpoint)
    return HttpTranscriber(
        endpoint, timeout=settings.timeout, retries=settings.retries, deadline=settings.deadline
    )


def speaker(settings: Any, offline: bool) -> Any:
    """Who says the interviewer's turns: the provider or a local engine; offline, only a local
    engine (nothing is sent anywhere)."""
    from mockloop.voice.record import VoiceUnavailable
    from mockloop.voice.speak import speaker_for

    if settings is not None and not offline:
        return speaker_for(settings)
    failure: VoiceUnavailable | None = None
    for engine in ("piper", "espeak"):
        try:
            return speaker_for(settings, engine)
        except VoiceUnavailable as exc:
            failure = exc
    assert failure is not None
    raise failure


class _NoEars:
    """--speak alone: answers are typed, nothing is transcribed."""

    def transcribe(self, path: Path) -> Any:  # pragma: no cover - never called
        raise AssertionError("no transcriber without --voice or --answer-audio")
