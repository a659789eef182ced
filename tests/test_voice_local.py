"""Local transcription with a fake faster_whisper module in sys.modules: word timestamps and
the filler-keeping prompt go in, Word/Transcript records come out, nothing is downloaded
unless asked, and each missing piece is one line saying how to get it."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from types import SimpleNamespace as NS
from typing import Any

import pytest

from mockloop.errors import MockloopError
from mockloop.voice.local import local_transcriber
from mockloop.voice.record import VoiceUnavailable, write_wav
from mockloop.voice.transcribe import FILLER_PROMPT, Transcript, Word


class LocalEntryNotFoundError(FileNotFoundError, ValueError):
    """What huggingface_hub raises for a model that is not in its cache."""


SEGMENTS = [
    NS(
        text=" Um, I led the migration.",
        words=[
            NS(word=" Um,", start=0.32, end=0.6),
            NS(word=" I", start=2.9, end=3.0),
            NS(word=" led", start=3.0, end=3.2),
            NS(word=" the", start=3.2, end=3.3),
            NS(word=" migration.", start=3.3, end=3.9),
        ],
    ),
    NS(text=" It took, uh, six weeks.", words=[NS(word=" It", start=4.5, end=4.4)]),
    NS(text=" ", words=None),
]


def fake_faster_whisper(load_error: Exception | None = None, run_error: Exception | None = None):
    module = types.ModuleType("faster_whisper")
    module.loads = []  # type: ignore[attr-defined]
    module.runs = []  # type: ignore[attr-defined]

    class WhisperModel:
        def __init__(self, name: str, **kwargs: Any) -> None:
            module.loads.append((name, kwargs))  # type: ignore[attr-defined]
            if load_error is not None:
                raise load_error

        def transcribe(self, audio: str, **kwargs: Any) -> tuple[Any, Any]:
            module.runs.append((audio, kwargs))  # type: ignore[attr-defined]
            if run_error is not None:
                raise run_error
            return iter(SEGMENTS), NS(duration=6.25, language="en")

    module.WhisperModel = WhisperModel  # type: ignore[attr-defined]
    return module


@pytest.fixture
def answer(tmp_path: Path) -> Path:
    path = tmp_path / "answer.wav"
    write_wav(path, b"\x00\x00" * 1600, 16000)
    return path


def test_words_and_fillers_come_back_as_records(monkeypatch, answer: Path) -> None:
    fw = fake_faster_whisper()
    monkeypatch.setitem(sys.modules, "faster_whisper", fw)
    transcript = local_transcriber().transcribe(answer)

    assert transcript == Transcript(
        text="Um, I led the migration. It took, uh, six weeks.",
        words=[
            Word("Um,", 0.32, 0.6),
            Word("I", 2.9, 3.0),
            Word("led", 3.0, 3.2),
            Word("the", 3.2, 3.3),
            Word("migration.", 3.3, 3.9),
            Word("It", 4.5, 4.5),  # an end before its start is clamped
        ],
        duration=6.25,
        source="faster-whisper small.en (local)",
    )
    name, load = fw.loads[0]  # type: ignore[attr-defined]
    assert name == "small.en" and load["local_files_only"] is True
    audio, run = fw.runs[0]  # type: ignore[attr-defined]
    assert audio == str(answer)
    assert run["word_timestamps"] is True and run["initial_prompt"] == FILLER_PROMPT


def test_the_model_comes_from_the_argument_or_the_environment(monkeypatch) -> None:
    fw = fake_faster_whisper()
    monkeypatch.setitem(sys.modules, "faster_whisper", fw)
    monkeypatch.setenv("MOCKLOOP_LOCAL_STT_MODEL", "base.en")
    local_transcriber()
    local_transcriber("/models/whisper-medium-ct2")
    assert [n for n, _ in fw.loads] == ["base.en", "/models/whisper-medium-ct2"]  # type: ignore[attr-defined]


def test_download_only_when_asked(monkeypatch) -> None:
    fw = fake_faster_whisper()
    monkeypatch.setitem(sys.modules, "faster_whisper", fw)
    monkeypatch.setenv("MOCKLOOP_LOCAL_STT_DOWNLOAD", "1")
    local_transcriber()
    assert fw.loads[0][1]["local_files_only"] is False  # type: ignore[attr-defined]


def test_not_installed_names_the_extra(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "faster_whisper", None)
    with pytest.raises(VoiceUnavailable) as err:
        local_transcriber()
    assert str(err.value) == (
        "local transcription needs faster-whisper: pip install 'mockloop[local-stt]', "
        "then fetch a model once with MOCKLOOP_LOCAL_STT_DOWNLOAD=1"
    )


def test_a_model_not_downloaded_says_how_to_fetch_it(monkeypatch) -> None:
    missing = LocalEntryNotFoundError("Cannot find an appropriate cached snapshot folder")
    monkeypatch.setitem(sys.modules, "faster_whisper", fake_faster_whisper(missing))
    with pytest.raises(VoiceUnavailable) as err:
        local_transcriber()
    assert str(err.value) == (
        "the local model 'small.en' is not downloaded: fetch it once with "
        "MOCKLOOP_LOCAL_STT_DOWNLOAD=1 (from huggingface.co/Systran), or set "
        "MOCKLOOP_LOCAL_STT_MODEL to a model directory you have"
    )


def test_a_failed_download_is_one_line(monkeypatch) -> None:
    offline = OSError("Connection refused\nwhile fetching")
    monkeypatch.setitem(sys.modules, "faster_whisper", fake_faster_whisper(offline))
    monkeypatch.setenv("MOCKLOOP_LOCAL_STT_DOWNLOAD", "1")
    with pytest.raises(VoiceUnavailable, match=r"^could not download the local model 'small.en' "):
        local_transcriber()


def test_an_unknown_model_size_lists_the_usual_ones(monkeypatch) -> None:
    bad = ValueError("Invalid model size 'huge', expected one of: tiny.en, tiny, ...")
    monkeypatch.setitem(sys.modules, "faster_whisper", fake_faster_whisper(bad))
    with pytest.raises(VoiceUnavailable, match=r"^unknown local model 'huge': use tiny.en"):
        local_transcriber("huge")


def test_a_model_that_will_not_load_is_one_line(monkeypatch) -> None:
    broken = RuntimeError("Unable to open file 'model.bin' in model '/models/x'")
    monkeypatch.setitem(sys.modules, "faster_whisper", fake_faster_whisper(broken))
    with pytest.raises(VoiceUnavailable, match=r"^faster-whisper could not load '/models/x': "):
        local_transcriber("/models/x")


def test_a_failure_while_transcribing_is_one_line(monkeypatch, answer: Path) -> None:
    bad = RuntimeError("Invalid data found\nwhen processing input")
    monkeypatch.setitem(sys.modules, "faster_whisper", fake_faster_whisper(run_error=bad))
    with pytest.raises(MockloopError) as err:
        local_transcriber().transcribe(answer)
    assert str(err.value) == (
        "local transcription of answer.wav failed: Invalid data found when processing input"
    )
