"""Play a WAV to the end before returning, so the microphone never records the interviewer.

Through sounddevice when it is installed (the `voice` extra; RawOutputStream takes bytes, so
numpy is not needed), else through the first system player on PATH: afplay (macOS), paplay
(PulseAudio/PipeWire, pulseaudio-utils) or aplay (ALSA, alsa-utils).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path

from mockloop.errors import MockloopError
from mockloop.voice.record import INSTALL_VOICE, VoiceUnavailable, sounddevice

PLAYERS = ("afplay", "paplay", "aplay")
_DTYPES = {1: "uint8", 2: "int16", 3: "int24", 4: "int32"}  # WAV sample width -> PortAudio
_TIMEOUT = 600.0  # seconds: no interviewer turn takes ten minutes to make or to play


class SpeechError(MockloopError):
    """Speech could not be made or played: the endpoint refused, or the engine or player
    failed. The message names the cause and what to try."""


def play_wav(data: bytes) -> None:
    """Play WAV bytes and return when the last sample has been played."""
    try:
        sd = sounddevice()
    except VoiceUnavailable:
        sd = None
    if sd is not None:
        try:
            _play_raw(sd, data)
            return
        except (wave.Error, EOFError, KeyError):
            pass  # a WAV the wave module cannot read (float samples): a system player can
        except sd.PortAudioError as exc:
            if system_player() is None:
                raise SpeechError(
                    f"could not play speech ({' '.join(str(exc).split())}): check the "
                    "output device in the system's sound settings"
                ) from None
    _play_with_player(data)


def system_player() -> str | None:
    """The first audio player on PATH, or None."""
    for name in PLAYERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def _play_raw(sd: object, data: bytes) -> None:
    with wave.open(io.BytesIO(data), "rb") as wav:
        rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
        frames = wav.readframes(wav.getnframes())
    stream_type = sd.RawOutputStream  # type: ignore[attr-defined]
    with stream_type(samplerate=rate, channels=channels, dtype=_DTYPES[width]) as out:
        out.write(frames)  # leaving the block stops the stream once its buffers have played


def _play_with_player(data: bytes) -> None:
    player = system_player()
    if player is None:
        raise VoiceUnavailable(
            f"playing speech needs sounddevice ({INSTALL_VOICE}) or an audio player: "
            "apt-get install alsa-utils (aplay) or pulseaudio-utils (paplay); macOS has afplay"
        )
    with tempfile.TemporaryDirectory(prefix="mockloop-speech-") as tmp:
        path = Path(tmp) / "speech.wav"
        path.write_bytes(data)
        run_tool([player, str(path)], f"{Path(player).name} could not play speech")


def run_tool(argv: list[str], failure: str, *, stdin: str | None = None) -> None:
    """Run a speech engine or player to its end; SpeechError "<failure>: <its complaint>"."""
    try:
        done = subprocess.run(
            argv, input=stdin, check=False, capture_output=True, text=True, timeout=_TIMEOUT
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SpeechError(f"{failure}: {exc}") from None
    if done.returncode != 0:
        reason = " ".join((done.stderr or "").split())[:200] or f"exit status {done.returncode}"
        raise SpeechError(f"{failure}: {reason}")
