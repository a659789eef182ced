"""Spoken questions: the interviewer's turns read aloud, one voice per persona.

Engines, each producing a WAV that `playback.play_wav` plays to the end before `say` returns
(so the microphone never records the interviewer):
- ``api``: the provider's OpenAI-compatible ``/audio/speech`` (openai SDK, imported lazily).
  Presets with speech, from their API references (2026): openai (gpt-4o-mini-tts; alloy, ash,
  coral, echo, onyx, sage…), groq (canopylabs/orpheus-v1-english; autumn, diana, hannah,
  austin, daniel, troy; WAV only, short inputs) and together (hexgrad/Kokoro-82M; af_*/am_*
  voices; asked for 16-bit WAV). Fireworks documents transcription, translation and alignment
  but no speech endpoint, so a Fireworks setup speaks through a local engine.
  ``MOCKLOOP_TTS_MODEL`` / ``MOCKLOOP_TTS_VOICE`` override the model and voice, which also lets
  ``api`` reach any other server with ``/audio/speech`` (a custom ``--base-url``).
- ``espeak``: espeak-ng (or espeak) on PATH: ``apt-get install espeak-ng`` / ``brew install
  espeak-ng``. Robotic but offline and instant.
- ``piper``: the piper CLI (``pip install piper-tts``) with a voice model named by
  ``MOCKLOOP_PIPER_MODEL`` (an .onnx file from huggingface.co/rhasspy/piper-voices).
No engine given: the API when the provider has speech and its key is set, else piper when it
has a model, else espeak-ng, else one line saying what to install.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlparse

from mockloop.llm.redact import redact, remember
from mockloop.text import printable
from mockloop.voice.playback import SpeechError, play_wav, run_tool
from mockloop.voice.record import VoiceUnavailable
from mockloop.voice.spoken import chunks, speakable

if TYPE_CHECKING:
    from mockloop.llm.settings import Settings

Play = Callable[[bytes], None]
ENGINES = ("api", "espeak", "piper")
INSTALL_ESPEAK = "apt-get install espeak-ng (Debian/Ubuntu) or brew install espeak-ng (macOS)"


class Speaker(Protocol):
    def say(self, text: str, persona: str | None = None) -> None:
        """Speak ``text`` in ``persona``'s voice; return once playback has finished."""
        ...


@dataclass(frozen=True)
class SpeechModel:
    """A provider's speech model, the voices personas are spread over, and the longest input
    sent in one request (longer turns go sentence by sentence)."""

    model: str
    voices: tuple[str, ...]
    max_chars: int = 4000
    extra: tuple[tuple[str, str], ...] = ()  # provider-specific body fields


API_SPEECH: dict[str, SpeechModel] = {
    "openai": SpeechModel("gpt-4o-mini-tts", ("coral", "onyx", "sage", "ash", "nova", "echo")),
    # Orpheus on Groq: WAV only; its clips are capped in length, so inputs stay short
    "groq": SpeechModel(
        "canopylabs/orpheus-v1-english",
        ("autumn", "troy", "diana", "austin", "hannah", "daniel"),
        max_chars=200,
    ),
    # Together's WAV defaults to 32-bit float samples; 16-bit plays everywhere
    "together": SpeechModel(
        "hexgrad/Kokoro-82M",
        ("af_heart", "am_michael", "af_bella", "am_adam", "af_nova", "am_onyx"),
        max_chars=1000,
        extra=(("response_encoding", "pcm_s16le"),),
    ),
}
_HOSTS = {
    "api.openai.com": "openai",
    "api.groq.com": "groq",
    "api.together.xyz": "together",
    "api.together.ai": "together",
}
# espeak-ng voice variants (m = male, f = female), spread over personas like the API voices
ESPEAK_VOICES = ("en-us+f3", "en-us+m3", "en-us+f4", "en-us+m1", "en-us+f2", "en-us+m7")
# role words in a persona's description, in order: the common interviewers get distinct voices
_ROLES = (
    ("recruit", "talent", "sourcer"),
    ("hiring manager", "manager"),
    ("engineer", "developer", "architect"),
    ("product", "designer"),
    ("founder", "ceo", "cto", "vp", "director", "executive", "head of"),
    ("panel", "committee", "partner", "sales"),
)


def voice_for(persona: str | None, voices: tuple[str, ...]) -> str:
    """The same voice for the same persona every time: by role when the description names a
    common one (recruiter, hiring manager…), else by a hash of the description."""
    folded = " ".join((persona or "").lower().split())
    for index, words in enumerate(_ROLES):
        if any(re.search(rf"\b{re.escape(w)}", folded) for w in words):
            return voices[index % len(voices)]
    digest = hashlib.sha256(folded.encode("utf-8")).digest()
    return voices[int.from_bytes(digest[:4], "big") % len(voices)]


# ---------------------------------------------------------------- engines


class ApiSpeaker:
    """``/audio/speech`` on an OpenAI-compatible endpoint, WAV back, played to the end."""

    def __init__(
        self, settings: Settings, speech: SpeechModel, *, voice: str | None = None, play: Play
    ) -> None:
        import openai

        from mockloop.llm import debuglog

        key = settings.api_key()
        self._key = None if settings.keyless else key
        remember(self._key)
        self.speech, self.fixed_voice, self._play = speech, voice, play
        self.host, self.key_env = settings.host, settings.api_key_env
        self._client = openai.OpenAI(
            base_url=settings.base_url, api_key=key, max_retries=2, timeout=settings.timeout
        )
        debuglog.attach(self._client, settings)

    def say(self, text: str, persona: str | None = None) -> None:
        voice = self.fixed_voice or voice_for(persona, self.speech.voices)
        for piece in chunks(speakable(text), self.speech.max_chars):
            self._play(self.synthesise(piece, voice, persona))

    def synthesise(self, text: str, voice: str, persona: str | None = None) -> bytes:
        import openai

        from mockloop.llm.retry import server_message

        params: dict[str, Any] = {}
        if self.speech.model.startswith("gpt-4o") and persona:
            params["instructions"] = (
                f"You are {printable(persona)[:200]}, interviewing a candidate: speak "
                "clearly, warmly and at an unhurried conversational pace."
            )
        if self.speech.extra:
            params["extra_body"] = dict(self.speech.extra)
        try:
            reply = self._client.audio.speech.create(
                model=self.speech.model,
                voice=voice,
                input=text,
                response_format="wav",
                **params,
            )
            return bytes(reply.content)
        except openai.APIStatusError as exc:
            said = self._scrub(server_message(exc))
            raise SpeechError(
                f"speech from {self.host} failed ({exc.status_code}: {said}): "
                f"{self._hint(exc.status_code, voice)}, or speak with espeak-ng"
            ) from None
        except openai.APIError as exc:
            raise SpeechError(
                f"could not reach {self.host} for speech ({self._scrub(str(exc))}): "
                "check your network, or speak with espeak-ng"
            ) from None

    def _hint(self, status: int, voice: str) -> str:
        if status in (401, 403):
            return f"check the key in {self.key_env}" if self.key_env else "the server wants a key"
        if status in (400, 404, 422):
            return (
                f"check the model {self.speech.model!r} and voice {voice!r} "
                "(MOCKLOOP_TTS_MODEL, MOCKLOOP_TTS_VOICE)"
            )
        return "try again later"

    def _scrub(self, text: str) -> str:
        text = " ".join(redact(text, self._key).split())
        return text if len(text) <= 200 else text[:197] + "..."


class CommandSpeaker:
    """A local engine that reads the text on stdin and writes a WAV file: espeak-ng or piper.
    ``argv(voice, out)`` is the command line; the voice is per persona when ``voices`` has some."""

    def __init__(
        self,
        name: str,
        argv: Callable[[str, Path], list[str]],
        voices: tuple[str, ...],
        *,
        play: Play,
    ) -> None:
        self.name, self._argv, self.voices, self._play = name, argv, voices, play

    def say(self, text: str, persona: str | None = None) -> None:
        words = speakable(text)
        if not words:
            return
        with tempfile.TemporaryDirectory(prefix="mockloop-speech-") as tmp:
            out = Path(tmp) / "speech.wav"
            self.synthesise(words, out, persona)
            data = out.read_bytes()
        self._play(data)

    def synthesise(self, text: str, out: Path, persona: str | None = None) -> Path:
        """Write ``text`` spoken to ``out`` (WAV) and return it."""
        voice = voice_for(persona, self.voices) if self.voices else ""
        run_tool(self._argv(voice, out), f"{self.name} failed", stdin=text)
        if not out.is_file():
            raise SpeechError(f"{self.name} failed: it wrote no audio")
        return out


def espeak_speaker(binary: str, *, play: Play = play_wav) -> CommandSpeaker:
    def argv(voice: str, out: Path) -> list[str]:
        return [binary, "-v", voice, "-s", "165", "-w", str(out), "--stdin"]

    return CommandSpeaker(Path(binary).name, argv, ESPEAK_VOICES, play=play)


def piper_speaker(binary: str, model: Path, *, play: Play = play_wav) -> CommandSpeaker:
    def argv(voice: str, out: Path) -> list[str]:
        return [binary, "--model", str(model), "--output_file", str(out)]

    return CommandSpeaker("piper", argv, (), play=play)


# ---------------------------------------------------------------- choosing one


def speech_provider(settings: Settings) -> str | None:
    """The preset whose ``/audio/speech`` this endpoint is, by provider or by host."""
    if settings.provider in API_SPEECH:
        return settings.provider
    return _HOSTS.get(urlparse(settings.base_url).hostname or "")


def speaker_for(
    settings: Settings | None,
    engine: str | None = None,
    *,
    model: str | None = None,
    voice: str | None = None,
    play: Play = play_wav,
) -> Speaker:
    """The speaker for ``engine`` (api, espeak, piper), or the best available when None.
    ``settings`` None (an offline interview): only local engines, nothing is sent anywhere."""
    model = model or os.environ.get("MOCKLOOP_TTS_MODEL", "").strip() or None
    voice = voice or os.environ.get("MOCKLOOP_TTS_VOICE", "").strip() or None
    if engine == "api":
        if settings is None:
            raise VoiceUnavailable(
                "offline, speech cannot use an API: drop --offline, or speak with a local "
                "engine (espeak-ng, piper)"
            )
        return _api(settings, model, voice, play)
    if engine == "espeak":
        binary = _espeak_binary()
        if binary is None:
            raise VoiceUnavailable(f"espeak-ng is not installed: {INSTALL_ESPEAK}")
        return espeak_speaker(binary, play=play)
    if engine == "piper":
        return piper_speaker(*_piper(), play=play)
    if engine is not None:
        raise VoiceUnavailable(f"unknown speech engine {engine!r}: use {', '.join(ENGINES)}")
    return _auto(settings, model, voice, play)


def _auto(settings: Settings | None, model: str | None, voice: str | None, play: Play) -> Speaker:
    provider = speech_provider(settings) if settings is not None else None
    if settings is not None and provider is not None and settings.api_key() is not None:
        return _api(settings, model, voice, play)
    piper_model = _piper_model()
    if shutil.which("piper") and piper_model is not None and piper_model.is_file():
        return piper_speaker(*_piper(), play=play)
    binary = _espeak_binary()
    if binary is not None:
        return espeak_speaker(binary, play=play)
    if settings is None:
        why = "offline, only a local engine may speak"
    elif provider is None:
        why = f"{settings.provider} ({settings.host}) has no /audio/speech"
    else:
        why = f"{settings.api_key_env} is not set"
    raise VoiceUnavailable(
        f"nothing can speak: {why} and no local engine is installed: {INSTALL_ESPEAK}, "
        "or use a provider with speech (openai, groq, together)"
    )


def _api(settings: Settings, model: str | None, voice: str | None, play: Play) -> Speaker:
    provider = speech_provider(settings)
    known = API_SPEECH.get(provider or "")
    if known is None and model is None:
        raise VoiceUnavailable(
            f"{settings.provider} ({settings.host}) has no /audio/speech mockloop knows: set "
            "MOCKLOOP_TTS_MODEL (and MOCKLOOP_TTS_VOICE) for a server that has one, or speak "
            "with a local engine (espeak-ng, piper)"
        )
    if settings.api_key() is None:
        from mockloop.errors import MissingKeyError

        raise MissingKeyError(
            f"{settings.api_key_env} is not set: export it, or speak with a local engine "
            "(espeak-ng, piper)"
        )
    speech = known or SpeechModel(model or "", (voice or "alloy",))
    if model is not None and known is not None:
        speech = SpeechModel(model, known.voices, known.max_chars, known.extra)
    return ApiSpeaker(settings, speech, voice=voice, play=play)


def _espeak_binary() -> str | None:
    return shutil.which("espeak-ng") or shutil.which("espeak")


def _piper_model() -> Path | None:
    named = os.environ.get("MOCKLOOP_PIPER_MODEL", "").strip()
    return Path(named).expanduser() if named else None


def _piper() -> tuple[str, Path]:
    binary = shutil.which("piper")
    if binary is None:
        raise VoiceUnavailable(
            "piper is not installed: pip install piper-tts, then set MOCKLOOP_PIPER_MODEL "
            "to a voice model (.onnx) from huggingface.co/rhasspy/piper-voices"
        )
    model = _piper_model()
    if model is None or not model.is_file():
        where = f"{model} does not exist" if model else "MOCKLOOP_PIPER_MODEL is not set"
        raise VoiceUnavailable(
            f"piper needs a voice model and {where}: download one (.onnx and its .onnx.json) "
            "from huggingface.co/rhasspy/piper-voices and set MOCKLOOP_PIPER_MODEL to its path"
        )
    return binary, model
