"""Spoken questions: the real openai SDK against a respx-mocked /audio/speech, espeak-ng's
command line (faked, and once for real when it is installed), which engine is chosen, the
voice per persona, what is read aloud, and that the key never reaches an error line."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from mockloop.errors import MissingKeyError
from mockloop.llm.settings import Settings, resolve_settings
from mockloop.voice import playback, speak
from mockloop.voice.playback import SpeechError
from mockloop.voice.record import VoiceUnavailable
from mockloop.voice.speak import (
    API_SPEECH,
    ESPEAK_VOICES,
    ApiSpeaker,
    CommandSpeaker,
    espeak_speaker,
    speaker_for,
    voice_for,
)
from mockloop.voice.spoken import chunks, speakable

KEY = "sk-speech-test-0123456789abcdefXYZ"


def tiny_wav(frames: int = 160, rate: int = 16000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x01" * frames)
    return buffer.getvalue()


class Played(list[bytes]):
    def __call__(self, data: bytes) -> None:
        self.append(data)


def settings_for(monkeypatch: pytest.MonkeyPatch, provider: str, env: str | None) -> Settings:
    if env:
        monkeypatch.setenv(env, KEY)
    return resolve_settings(provider=provider)


def no_local_engines(monkeypatch: pytest.MonkeyPatch, **found: str) -> None:
    """shutil.which finds only the programs named in ``found`` (name=path)."""
    monkeypatch.setattr(speak.shutil, "which", lambda name: found.get(name.replace("-", "_")))


# ---------------------------------------------------------------- the API engine


def test_openai_speech_request_and_playback(monkeypatch) -> None:
    settings = settings_for(monkeypatch, "openai", "OPENAI_API_KEY")
    played = Played()
    with respx.mock(assert_all_called=True) as router:
        route = router.post("https://api.openai.com/v1/audio/speech").mock(
            return_value=httpx.Response(
                200, content=tiny_wav(), headers={"content-type": "audio/wav"}
            )
        )
        speaker = speaker_for(settings, "api", play=played)
        speaker.say("## Next\n**Tell me** about a time you _shipped_ something.", "Recruiter")

    assert isinstance(speaker, ApiSpeaker)
    body = json.loads(route.calls[0].request.content)
    assert body["model"] == "gpt-4o-mini-tts" and body["response_format"] == "wav"
    assert body["input"] == "Next. Tell me about a time you shipped something."
    assert body["voice"] == voice_for("Recruiter", API_SPEECH["openai"].voices)
    assert "Recruiter" in body["instructions"]
    assert route.calls[0].request.headers["authorization"] == f"Bearer {KEY}"
    assert played == [tiny_wav()]


def test_each_persona_keeps_its_own_voice() -> None:
    voices = API_SPEECH["openai"].voices
    recruiter = voice_for("Maya Chen, Recruiter", voices)
    manager = voice_for("Hiring Manager, Platform", voices)
    assert recruiter != manager
    assert voice_for("recruiter", voices) == recruiter  # by role, not by name
    other = voice_for("Someone Unusual", voices)
    assert other == voice_for("  someone   unusual ", voices) and other in voices
    assert voice_for(None, ESPEAK_VOICES) in ESPEAK_VOICES


def test_groq_sends_orpheus_in_short_pieces(monkeypatch) -> None:
    settings = settings_for(monkeypatch, "groq", "GROQ_API_KEY")
    played = Played()
    turn = " ".join(f"Sentence number {i} says a little more about the role." for i in range(8))
    with respx.mock() as router:
        route = router.post("https://api.groq.com/openai/v1/audio/speech").mock(
            return_value=httpx.Response(200, content=tiny_wav())
        )
        speaker_for(settings, play=played).say(turn, "hiring manager")
    inputs = [json.loads(c.request.content)["input"] for c in route.calls]
    assert len(inputs) > 1 and all(len(i) <= 200 for i in inputs)
    assert " ".join(inputs) == turn and len(played) == len(inputs)
    body = json.loads(route.calls[0].request.content)
    assert body["model"] == "canopylabs/orpheus-v1-english"
    assert body["voice"] in API_SPEECH["groq"].voices and "instructions" not in body


def test_together_asks_for_16_bit_wav(monkeypatch) -> None:
    settings = settings_for(monkeypatch, "together", "TOGETHER_API_KEY")
    with respx.mock() as router:
        route = router.post("https://api.together.xyz/v1/audio/speech").mock(
            return_value=httpx.Response(200, content=tiny_wav())
        )
        speaker_for(settings, "api", play=Played()).say("Hello there.")
    body = json.loads(route.calls[0].request.content)
    assert body["model"] == "hexgrad/Kokoro-82M" and body["response_encoding"] == "pcm_s16le"


def test_model_and_voice_overrides_reach_any_server(monkeypatch) -> None:
    monkeypatch.setenv("MOCKLOOP_TTS_MODEL", "kokoro")
    monkeypatch.setenv("MOCKLOOP_TTS_VOICE", "af_sky")
    settings = resolve_settings(base_url="http://127.0.0.1:8880/v1", model="local-chat")
    with respx.mock() as router:
        route = router.post("http://127.0.0.1:8880/v1/audio/speech").mock(
            return_value=httpx.Response(200, content=tiny_wav())
        )
        speaker_for(settings, "api", play=Played()).say("Welcome.", "Recruiter")
    body = json.loads(route.calls[0].request.content)
    assert (body["model"], body["voice"]) == ("kokoro", "af_sky")


def test_an_empty_turn_sends_nothing(monkeypatch) -> None:
    settings = settings_for(monkeypatch, "openai", "OPENAI_API_KEY")
    played = Played()
    with respx.mock(assert_all_called=False) as router:
        route = router.post("https://api.openai.com/v1/audio/speech")
        speaker_for(settings, "api", play=played).say("---\n**  **")
    assert not route.called and played == []


@pytest.mark.parametrize("status", [401, 404])
def test_a_refusal_is_one_line_without_the_key(monkeypatch, status: int) -> None:
    settings = settings_for(monkeypatch, "openai", "OPENAI_API_KEY")
    echoed = {"error": {"message": f"Incorrect API key provided: {KEY}. Or {KEY[:12]}…{KEY[-10:]}"}}
    with respx.mock() as router:
        router.post("https://api.openai.com/v1/audio/speech").mock(
            return_value=httpx.Response(status, json=echoed)
        )
        with pytest.raises(SpeechError) as err:
            speaker_for(settings, "api", play=Played()).say("Hello.")
    message = str(err.value)
    assert message.startswith(f"speech from api.openai.com failed ({status}: ")
    assert KEY not in message and KEY[-10:] not in message and "\n" not in message
    hint = "check the key in OPENAI_API_KEY" if status == 401 else "check the model"
    assert hint in message and message.endswith(", or speak with espeak-ng")


def test_api_without_a_key_says_which_variable(monkeypatch) -> None:
    settings = settings_for(monkeypatch, "openai", None)
    with pytest.raises(MissingKeyError, match="^OPENAI_API_KEY is not set: export it"):
        speaker_for(settings, "api")


def test_api_on_a_provider_without_speech_is_refused(monkeypatch) -> None:
    settings = settings_for(monkeypatch, "fireworks", "FIREWORKS_API_KEY")
    with pytest.raises(VoiceUnavailable) as err:
        speaker_for(settings, "api")
    assert str(err.value).startswith("fireworks (api.fireworks.ai) has no /audio/speech")
    assert KEY not in str(err.value)


# ---------------------------------------------------------------- choosing an engine


def test_auto_prefers_the_api_when_the_provider_has_speech(monkeypatch) -> None:
    no_local_engines(monkeypatch, espeak_ng="/usr/bin/espeak-ng")
    settings = settings_for(monkeypatch, "groq", "GROQ_API_KEY")
    assert isinstance(speaker_for(settings), ApiSpeaker)


def test_auto_on_fireworks_speaks_locally(monkeypatch) -> None:
    no_local_engines(monkeypatch, espeak_ng="/usr/bin/espeak-ng")
    settings = settings_for(monkeypatch, "fireworks", "FIREWORKS_API_KEY")
    speaker = speaker_for(settings)
    assert isinstance(speaker, CommandSpeaker) and speaker.name == "espeak-ng"


def test_auto_without_a_key_falls_back_to_a_local_engine(monkeypatch) -> None:
    no_local_engines(monkeypatch, espeak="/usr/bin/espeak")
    speaker = speaker_for(settings_for(monkeypatch, "openai", None))
    assert isinstance(speaker, CommandSpeaker) and speaker.name == "espeak"


def test_auto_picks_piper_when_it_has_a_model(monkeypatch, tmp_path: Path) -> None:
    model = tmp_path / "en_US-lessac-medium.onnx"
    model.write_bytes(b"onnx")
    monkeypatch.setenv("MOCKLOOP_PIPER_MODEL", str(model))
    no_local_engines(monkeypatch, piper="/usr/bin/piper", espeak_ng="/usr/bin/espeak-ng")
    speaker = speaker_for(settings_for(monkeypatch, "fireworks", None))
    assert isinstance(speaker, CommandSpeaker) and speaker.name == "piper"


@pytest.mark.parametrize(
    ("provider", "env", "why"),
    [
        ("fireworks", "FIREWORKS_API_KEY", "fireworks (api.fireworks.ai) has no /audio/speech"),
        ("openai", None, "OPENAI_API_KEY is not set"),
    ],
)
def test_auto_with_nothing_to_speak_names_what_to_install(monkeypatch, provider, env, why) -> None:
    no_local_engines(monkeypatch)
    with pytest.raises(VoiceUnavailable) as err:
        speaker_for(settings_for(monkeypatch, provider, env))
    assert str(err.value) == (
        f"nothing can speak: {why} and no local engine is installed: apt-get install espeak-ng "
        "(Debian/Ubuntu) or brew install espeak-ng (macOS), or use a provider with speech "
        "(openai, groq, together)"
    )


def test_offline_speaks_only_locally(monkeypatch) -> None:
    no_local_engines(monkeypatch, espeak_ng="/usr/bin/espeak-ng")
    speaker = speaker_for(None)
    assert isinstance(speaker, CommandSpeaker) and speaker.name == "espeak-ng"
    with pytest.raises(VoiceUnavailable, match="^offline, speech cannot use an API"):
        speaker_for(None, "api")
    no_local_engines(monkeypatch)
    with pytest.raises(VoiceUnavailable, match="^nothing can speak: offline, only a local engine"):
        speaker_for(None)


def test_named_local_engines_that_are_missing(monkeypatch, tmp_path: Path) -> None:
    no_local_engines(monkeypatch)
    settings = settings_for(monkeypatch, "fireworks", None)
    with pytest.raises(VoiceUnavailable, match="^espeak-ng is not installed: apt-get install"):
        speaker_for(settings, "espeak")
    with pytest.raises(VoiceUnavailable, match="^piper is not installed: pip install piper-tts"):
        speaker_for(settings, "piper")
    no_local_engines(monkeypatch, piper="/usr/bin/piper")
    monkeypatch.setenv("MOCKLOOP_PIPER_MODEL", str(tmp_path / "missing.onnx"))
    with pytest.raises(VoiceUnavailable, match="missing.onnx does not exist: download one"):
        speaker_for(settings, "piper")
    with pytest.raises(VoiceUnavailable, match="^unknown speech engine 'say': use api, espeak"):
        speaker_for(settings, "say")


# ---------------------------------------------------------------- local engines


def fake_run(calls: list[dict[str, Any]], returncode: int = 0, stderr: str = "") -> Any:
    def run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append({"argv": argv, **kwargs})
        out = argv[argv.index("-w") + 1] if "-w" in argv else argv[-1]
        if returncode == 0:
            Path(out).write_bytes(tiny_wav())
        return subprocess.CompletedProcess(argv, returncode, "", stderr)

    return run


def test_espeak_reads_the_cleaned_text_on_stdin(monkeypatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(playback.subprocess, "run", fake_run(calls))
    played = Played()
    espeak_speaker("/usr/bin/espeak-ng", play=played).say("- **Why** us?\n- `why` now", "Recruiter")
    argv = calls[0]["argv"]
    assert argv[:3] == ["/usr/bin/espeak-ng", "-v", voice_for("Recruiter", ESPEAK_VOICES)]
    assert "--stdin" in argv and "-w" in argv
    assert calls[0]["input"] == "Why us? why now."  # data on stdin, never an argument
    assert played == [tiny_wav()]
    assert not Path(argv[argv.index("-w") + 1]).exists()  # the temporary file is gone


def test_piper_command_line(monkeypatch, tmp_path: Path) -> None:
    model = tmp_path / "voice.onnx"
    model.write_bytes(b"onnx")
    monkeypatch.setenv("MOCKLOOP_PIPER_MODEL", str(model))
    no_local_engines(monkeypatch, piper="/opt/bin/piper")
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(playback.subprocess, "run", fake_run(calls))
    played = Played()
    speaker_for(settings_for(monkeypatch, "fireworks", None), "piper", play=played).say("Hi.")
    assert calls[0]["argv"][:3] == ["/opt/bin/piper", "--model", str(model)]
    assert calls[0]["input"] == "Hi." and played == [tiny_wav()]


def test_an_engine_failure_is_one_line(monkeypatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(
        playback.subprocess, "run", fake_run(calls, 1, "Error: voice 'en-us+f3'\nnot found")
    )
    with pytest.raises(
        SpeechError, match=r"^espeak-ng failed: Error: voice 'en-us\+f3' not found$"
    ):
        espeak_speaker("/usr/bin/espeak-ng", play=Played()).say("Hello.")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_espeak_ng_really_writes_a_wav(tmp_path: Path) -> None:
    speaker = espeak_speaker(shutil.which("espeak-ng") or "espeak-ng", play=Played())
    out = speaker.synthesise("Tell me about yourself.", tmp_path / "q.wav", "Recruiter")
    with wave.open(str(out), "rb") as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        assert wav.getnframes() / wav.getframerate() > 0.5  # about a second and a half of speech


# ---------------------------------------------------------------- what is read aloud


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("## Round two\n\nTell me more.", "Round two. Tell me more."),
        ("**Why** _Fireworks_? Walk me through it.", "Why Fireworks? Walk me through it."),
        ("- scope\n- impact\n1. first\n2) second", "scope. impact. first. second."),
        ("See [the brief](https://x.io/b) or https://x.io/c now", "See the brief or the link now."),
        ("| metric | target |\n|---|---|\n| p95 | 200 ms |", "metric, target. p95, 200 ms."),
        ("```python\nprint(1)\n```", "print(1)."),
        ("> a quote with `code`", "a quote with code."),
        ("snake_case stays", "snake_case stays."),
        ("<b>bold</b> and \x1b[31mred\x1b[0m", "bold and red."),
        ("---\n***", ""),
    ],
)
def test_speakable(text: str, said: str) -> None:
    assert speakable(text) == said


def test_chunks_break_after_sentences_and_never_exceed_the_limit() -> None:
    assert chunks("One. Two two. Three.", 14) == ["One. Two two.", "Three."]
    long = "word " * 50
    assert all(len(c) <= 20 for c in chunks(long.strip(), 20))
    assert " ".join(chunks(long.strip(), 20)) == long.strip()
    assert chunks("", 10) == []


@pytest.mark.slow
def test_the_voice_modules_import_nothing_heavy() -> None:
    """openai, sounddevice and faster_whisper load only when voice is used."""
    code = (
        "import sys, mockloop.voice.record, mockloop.voice.speak, mockloop.voice.playback, "
        "mockloop.voice.local; "
        "print(sorted(m for m in ('openai', 'sounddevice', 'faster_whisper') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
