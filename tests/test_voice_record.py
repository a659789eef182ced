"""The microphone path without a microphone: a fake sounddevice module in sys.modules feeds
raw int16 frames to the callback (no numpy), and each failure is one line naming the fix."""

from __future__ import annotations

import builtins
import sys
import types
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mockloop.errors import UsageError
from mockloop.voice.record import VoiceUnavailable, check_microphone, record_answer

FRAME = (1000).to_bytes(2, "little", signed=True) * 160  # 10 ms of a constant at 16 kHz


class FakePortAudioError(Exception):
    pass


def fake_sounddevice(
    *,
    device: dict[str, Any] | None = None,
    frames: int = 3,
    open_error: Exception | None = None,
) -> types.ModuleType:
    """A stand-in for sounddevice: query_devices, RawInputStream and PortAudioError."""
    sd = types.ModuleType("sounddevice")
    sd.PortAudioError = FakePortAudioError  # type: ignore[attr-defined]
    sd.opened = []  # type: ignore[attr-defined]

    def query_devices(device_: Any = None, kind: str | None = None) -> dict[str, Any]:
        if device is None:
            raise FakePortAudioError("Error querying device -1")
        return device

    class RawInputStream:
        def __init__(self, **kwargs: Any) -> None:
            if open_error is not None:
                raise open_error
            self.kwargs = kwargs
            self.closed = False
            sd.opened.append(self)  # type: ignore[attr-defined]

        def start(self) -> None:
            for _ in range(frames):  # a real stream calls back from its own thread
                self.kwargs["callback"](memoryview(FRAME), len(FRAME) // 2, None, None)

        def stop(self) -> None:
            pass

        def close(self) -> None:
            self.closed = True

    sd.query_devices = query_devices  # type: ignore[attr-defined]
    sd.RawInputStream = RawInputStream  # type: ignore[attr-defined]
    return sd


MIC = {"name": "Fake USB Mic", "max_input_channels": 1}


def answers(*replies: str | type[BaseException]) -> Callable[[str], str]:
    """A prompt that returns each reply in turn (or raises it) and remembers what it asked."""
    pending = list(replies)
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        reply = pending.pop(0)
        if isinstance(reply, type):
            raise reply()
        return reply

    prompt.asked = asked  # type: ignore[attr-defined]
    return prompt


def test_records_pushed_frames_to_a_16bit_mono_wav(monkeypatch, tmp_path: Path) -> None:
    sd = fake_sounddevice(device=MIC, frames=3)
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    prompt = answers("", "")
    out = record_answer(tmp_path / "a1.wav", prompt=prompt, samplerate=16000)

    assert prompt.asked == [  # type: ignore[attr-defined]
        "Press Enter to start speaking ",
        "Recording… press Enter to stop ",
    ]
    with wave.open(str(out), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 16000)
        assert wav.readframes(wav.getnframes()) == FRAME * 3
    assert out.stat().st_mode & 0o777 == 0o600
    stream = sd.opened[0]  # type: ignore[attr-defined]
    assert stream.closed
    assert stream.kwargs["dtype"] == "int16" and stream.kwargs["channels"] == 1


def test_ctrl_c_while_recording_keeps_nothing(monkeypatch, tmp_path: Path) -> None:
    sd = fake_sounddevice(device=MIC)
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    with pytest.raises(KeyboardInterrupt):
        record_answer(tmp_path / "a1.wav", prompt=answers("", KeyboardInterrupt))
    assert list(tmp_path.iterdir()) == []  # no answer, no temp file
    assert sd.opened[0].closed  # type: ignore[attr-defined]


def test_ctrl_c_before_speaking_opens_nothing(monkeypatch, tmp_path: Path) -> None:
    sd = fake_sounddevice(device=MIC)
    monkeypatch.setitem(sys.modules, "sounddevice", sd)
    with pytest.raises(KeyboardInterrupt):
        record_answer(tmp_path / "a1.wav", prompt=answers(KeyboardInterrupt))
    assert sd.opened == [] and list(tmp_path.iterdir()) == []  # type: ignore[attr-defined]


def test_an_interrupted_write_leaves_no_half_file(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(device=MIC))

    def broken_fsync(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("mockloop.voice.record.os.fsync", broken_fsync)
    with pytest.raises(KeyboardInterrupt):
        record_answer(tmp_path / "a1.wav", prompt=answers("", ""))
    assert list(tmp_path.iterdir()) == []


def test_sounddevice_not_installed_names_the_extra(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import raises ModuleNotFoundError
    with pytest.raises(VoiceUnavailable) as err:
        check_microphone()
    assert str(err.value) == (
        "the microphone needs the sounddevice package: pip install 'mockloop[voice]'"
    )
    assert isinstance(err.value, UsageError) and err.value.exit_code == 2


def test_portaudio_missing_names_the_system_package(monkeypatch) -> None:
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    real_import = builtins.__import__

    def no_portaudio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_portaudio)
    with pytest.raises(VoiceUnavailable) as err:
        record_answer(Path("unused.wav"), prompt=answers())
    message = str(err.value)
    assert "PortAudio library not found" in message
    assert "apt-get install libportaudio2" in message and "brew install portaudio" in message
    assert "\n" not in message


def test_no_input_device_is_one_line(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(device=None))
    with pytest.raises(VoiceUnavailable) as err:
        record_answer(tmp_path / "a1.wav", prompt=answers())
    message = str(err.value)
    assert message.startswith("no microphone found (Error querying device -1)")
    assert "--answer-audio" in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_a_device_without_input_channels_is_named(monkeypatch) -> None:
    speakers = {"name": "HDMI Output", "max_input_channels": 0}
    monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(device=speakers))
    with pytest.raises(VoiceUnavailable, match="'HDMI Output' has no input channels"):
        check_microphone()


def test_check_microphone_returns_the_device_name(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(device=MIC))
    assert check_microphone() == "Fake USB Mic"


def test_a_device_error_on_open_is_one_line(monkeypatch, tmp_path: Path) -> None:
    busy = FakePortAudioError(
        "Error opening RawInputStream: Device unavailable [PaErrorCode -9985]"
    )
    monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(device=MIC, open_error=busy))
    with pytest.raises(VoiceUnavailable) as err:
        record_answer(tmp_path / "a1.wav", prompt=answers(""))
    assert str(err.value) == (
        "the microphone could not be opened (Error opening RawInputStream: Device unavailable "
        "[PaErrorCode -9985]): check that it is connected and not in use by another program"
    )
    assert list(tmp_path.iterdir()) == []


def test_silence_from_a_muted_device_is_named(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", fake_sounddevice(device=MIC, frames=0))
    with pytest.raises(VoiceUnavailable, match="the microphone gave no sound"):
        record_answer(tmp_path / "a1.wav", prompt=answers("", ""))
    assert list(tmp_path.iterdir()) == []
