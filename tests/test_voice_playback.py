"""Playing speech to the end: through a fake sounddevice's RawOutputStream (bytes, no numpy),
else a system player on PATH, else one line saying what to install."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path
from typing import Any, Self

import pytest

from mockloop.voice import playback
from mockloop.voice.playback import SpeechError, play_wav
from mockloop.voice.record import VoiceUnavailable
from tests.test_voice_speak import tiny_wav


class FakePortAudioError(Exception):
    pass


def fake_sounddevice(fail: Exception | None = None) -> types.ModuleType:
    sd = types.ModuleType("sounddevice")
    sd.PortAudioError = FakePortAudioError  # type: ignore[attr-defined]
    sd.streams = []  # type: ignore[attr-defined]

    class RawOutputStream:
        def __init__(self, **kwargs: Any) -> None:
            if fail is not None:
                raise fail
            self.kwargs, self.written, self.stopped = kwargs, b"", False
            sd.streams.append(self)  # type: ignore[attr-defined]

        def __enter__(self) -> Self:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stopped = True  # a real stream waits here until its buffers have played

        def write(self, data: bytes) -> None:
            self.written += bytes(data)

    sd.RawOutputStream = RawOutputStream  # type: ignore[attr-defined]
    return sd


def players(monkeypatch: pytest.MonkeyPatch, **found: str) -> None:
    monkeypatch.setattr(playback.shutil, "which", lambda name: found.get(name))


def test_plays_through_sounddevice_without_numpy(monkeypatch) -> None:
    sd = fake_sounddevice()
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    play_wav(tiny_wav(frames=320, rate=22050))
    stream = sd.streams[0]  # type: ignore[attr-defined]
    assert stream.kwargs == {"samplerate": 22050, "channels": 1, "dtype": "int16"}
    assert stream.written == b"\x00\x01" * 320 and stream.stopped


def test_without_sounddevice_a_system_player_plays_a_file(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    players(monkeypatch, aplay="/usr/bin/aplay")
    seen: list[tuple[list[str], bytes]] = []

    def run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.append((argv, Path(argv[1]).read_bytes()))
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(playback.subprocess, "run", run)
    play_wav(tiny_wav())
    assert seen[0][0][0] == "/usr/bin/aplay" and seen[0][1] == tiny_wav()
    assert not Path(seen[0][0][1]).exists()


def test_a_device_error_falls_back_to_a_player(monkeypatch) -> None:
    monkeypatch.setitem(
        sys.modules, "sounddevice", fake_sounddevice(FakePortAudioError("Error opening"))
    )
    players(monkeypatch, paplay="/usr/bin/paplay")
    argvs: list[list[str]] = []
    monkeypatch.setattr(
        playback.subprocess,
        "run",
        lambda argv, **kw: argvs.append(argv) or subprocess.CompletedProcess(argv, 0, "", ""),
    )
    play_wav(tiny_wav())
    assert argvs[0][0] == "/usr/bin/paplay"


def test_a_device_error_with_no_player_is_one_line(monkeypatch) -> None:
    busy = FakePortAudioError("Error opening RawOutputStream: Device unavailable")
    monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(busy))
    players(monkeypatch)
    with pytest.raises(SpeechError) as err:
        play_wav(tiny_wav())
    assert str(err.value) == (
        "could not play speech (Error opening RawOutputStream: Device unavailable): "
        "check the output device in the system's sound settings"
    )


def test_nothing_to_play_with_names_what_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    players(monkeypatch)
    with pytest.raises(VoiceUnavailable) as err:
        play_wav(tiny_wav())
    assert str(err.value) == (
        "playing speech needs sounddevice (pip install 'mockloop[voice]') or an audio player: "
        "apt-get install alsa-utils (aplay) or pulseaudio-utils (paplay); macOS has afplay"
    )


def test_a_failing_player_is_one_line(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    players(monkeypatch, aplay="/usr/bin/aplay")
    monkeypatch.setattr(
        playback.subprocess,
        "run",
        lambda argv, **kw: subprocess.CompletedProcess(
            argv, 1, "", "aplay: main:831: audio open error:\nNo such file or directory"
        ),
    )
    with pytest.raises(SpeechError) as err:
        play_wav(tiny_wav())
    assert str(err.value) == (
        "aplay could not play speech: aplay: main:831: audio open error: No such file or directory"
    )
