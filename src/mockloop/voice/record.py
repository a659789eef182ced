"""Push-to-talk recording from the default microphone into a 16-bit mono WAV file.

sounddevice (PortAudio bindings, the `voice` extra) is imported only when a recording starts.
Its RawInputStream hands the callback plain bytes, so numpy is not needed. Every failure is one
line naming what is missing and how to get it; system packages: libportaudio2 (Debian/Ubuntu,
`apt-get install libportaudio2`) or portaudio (macOS, `brew install portaudio`). The file is
written only after Enter stops the recording, beside its target and renamed over it, so Ctrl-C
while speaking leaves nothing behind.
"""

from __future__ import annotations

import io
import os
import queue
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from mockloop.errors import UsageError, describe

_SAMPLE_WIDTH = 2  # bytes: 16-bit signed little-endian, what every transcription server takes
INSTALL_VOICE = "pip install 'mockloop[voice]'"
INSTALL_PORTAUDIO = (
    "apt-get install libportaudio2 (Debian/Ubuntu) or brew install portaudio (macOS)"
)


class VoiceUnavailable(UsageError):
    """Something voice needs is missing: a package, a system library, a device or a model.
    The message names it and how to get it, on one line."""


def sounddevice() -> ModuleType:
    """The sounddevice module, or VoiceUnavailable naming the package or library to install."""
    try:
        import sounddevice as sd  # type: ignore[import-not-found,unused-ignore]
    except ModuleNotFoundError:
        raise VoiceUnavailable(
            f"the microphone needs the sounddevice package: {INSTALL_VOICE}"
        ) from None
    except OSError as exc:  # sounddevice raises OSError("PortAudio library not found")
        raise VoiceUnavailable(
            f"sounddevice cannot load the PortAudio library ({describe(exc)}): {INSTALL_PORTAUDIO}"
        ) from None
    return sd


def check_microphone() -> str:
    """The default input device's name; VoiceUnavailable when there is none or it fails."""
    sd = sounddevice()
    try:
        info: Any = sd.query_devices(kind="input")
    except (sd.PortAudioError, ValueError) as exc:
        raise VoiceUnavailable(
            f"no microphone found ({describe(exc)}): plug one in or choose a default input "
            "device in the system's sound settings, or pass recorded answers with --answer-audio"
        ) from None
    name = str(info.get("name") or "default input") if isinstance(info, dict) else str(info)
    channels = info.get("max_input_channels", 1) if isinstance(info, dict) else 1
    if not channels:
        raise VoiceUnavailable(
            f"the default input device {name!r} has no input channels: choose a microphone "
            "as the default input device in the system's sound settings"
        )
    return name


def record_answer(
    path: Path,
    *,
    prompt: Callable[[str], str] = input,
    samplerate: int = 16000,
) -> Path:
    """Record one spoken answer, push-to-talk: Enter starts, Enter stops. Writes ``path``
    (16-bit mono WAV, 0600) and returns it. Ctrl-C while recording writes nothing."""
    sd = sounddevice()
    check_microphone()
    chunks: queue.SimpleQueue[bytes] = queue.SimpleQueue()

    def callback(indata: Any, frames: int, time: Any, status: Any) -> None:
        chunks.put(bytes(indata))  # the buffer is reused once the callback returns

    prompt("Press Enter to start speaking ")
    stream = None
    try:
        stream = sd.RawInputStream(
            samplerate=samplerate, channels=1, dtype="int16", callback=callback
        )
        stream.start()
    except (sd.PortAudioError, ValueError) as exc:
        _close(sd, stream)
        raise VoiceUnavailable(
            f"the microphone could not be opened ({describe(exc)}): check that it is "
            "connected and not in use by another program"
        ) from None
    try:
        prompt("Recording… press Enter to stop ")
    finally:
        _close(sd, stream)
    audio = b"".join(_drain(chunks))
    if not audio:
        raise VoiceUnavailable(
            "the microphone gave no sound: check that it is not muted and that this "
            "terminal may use it (macOS: System Settings > Privacy > Microphone)"
        )
    write_wav(path, audio, samplerate)
    return path


def write_wav(path: Path, pcm: bytes, samplerate: int) -> None:
    """Write 16-bit mono ``pcm`` to ``path`` as WAV in one step: 0600, fsynced, renamed over
    the target, so an interrupted write leaves no half file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(_SAMPLE_WIDTH)
        out.setframerate(samplerate)
        out.writeframes(pcm)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:  # mkstemp creates the file 0600
        with os.fdopen(fd, "wb") as handle:
            handle.write(buffer.getvalue())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _close(sd: ModuleType, stream: Any) -> None:
    """Stop and close the stream; a device error here must not hide the reason we stop."""
    if stream is None:
        return
    try:
        stream.stop()
        stream.close()
    except sd.PortAudioError:
        pass


def _drain(chunks: queue.SimpleQueue[bytes]) -> list[bytes]:
    out: list[bytes] = []
    while True:
        try:
            out.append(chunks.get_nowait())
        except queue.Empty:
            return out
