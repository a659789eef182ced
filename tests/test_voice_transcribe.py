"""Transcription over HTTP with the real openai SDK (respx at the HTTP layer): what is sent,
what is read back, the retry policy, one-line errors without the key, and which endpoint
spoken answers go to."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import respx

from mockloop.errors import (
    AuthError,
    ConfigError,
    MissingKeyError,
    ModelNotFoundError,
    RetriesExhaustedError,
    UsageError,
)
from mockloop.llm.settings import resolve_settings
from mockloop.voice.endpoint import SttEndpoint, stt_endpoint
from mockloop.voice.transcribe import FILLER_PROMPT, HttpTranscriber, transcript_from
from tests.support.loopback import _multipart
from tests.support.speech import synth_answer

BASE = "http://stt.test/v1"
KEY = "sk-stt-SECRET-0123456789abcdef"
WORDS = ["Umm", "so", "I", "led", "the", "migration"]


def _endpoint(key_env: str | None = "STT_KEY") -> SttEndpoint:
    return SttEndpoint(BASE, "whisper-1", key_env, "flag")


def _verbose(words: list[tuple[str, float, float]] | None, text: str = "") -> dict[str, object]:
    body: dict[str, object] = {"task": "transcribe", "duration": 4.0, "segments": [],
                               "text": text or " ".join(w for w, _, _ in words or [])}  # fmt: skip
    if words is not None:
        body["words"] = [{"word": w, "start": a, "end": b} for w, a, b in words]
    return body


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    path = tmp_path / "answer.wav"
    synth_answer(path, WORDS)
    return path


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STT_KEY", KEY)


def _transcriber(**kw: object) -> HttpTranscriber:
    return HttpTranscriber(_endpoint(), sleep=lambda s: None, rand=lambda: 0.0, **kw)  # type: ignore[arg-type]


@respx.mock(base_url=BASE, assert_all_called=True)
def test_sends_verbose_json_word_timestamps_and_the_filler_prompt(
    respx_mock: respx.MockRouter, wav: Path, keyed: None
) -> None:
    seen: list[tuple[dict[str, list[str]], bytes, httpx.Headers]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        fields, audio = _multipart(request.content, request.headers["content-type"])
        seen.append((fields, audio, request.headers))
        return httpx.Response(200, json=_verbose([("Umm", 1.0, 1.3), ("so,", 1.4, 1.7)]))

    respx_mock.post("/audio/transcriptions").mock(side_effect=answer)
    got = _transcriber().transcribe(wav)
    fields, audio, headers = seen[0]
    assert fields["model"] == ["whisper-1"]
    assert fields["response_format"] == ["verbose_json"]
    assert fields["timestamp_granularities[]"] == ["word"]
    assert fields["prompt"] == [FILLER_PROMPT] and "Umm" in FILLER_PROMPT
    assert fields["filename"] == ["answer.wav"] and audio == wav.read_bytes()
    assert headers["authorization"] == f"Bearer {KEY}"
    assert [(w.text, w.start, w.end) for w in got.words] == [("Umm", 1.0, 1.3), ("so,", 1.4, 1.7)]
    assert got.text == "Umm so," and got.duration == 4.0
    assert got.source == "whisper-1 at stt.test"


def test_a_body_without_words_is_a_transcript_without_timestamps() -> None:
    got = transcript_from(_verbose(None, text=" I led it. "), "x")
    assert got.text == "I led it." and got.words == []
    odd = transcript_from({"text": "a b", "words": [{"word": "a", "start": "1"}, "b", {}]}, "x")
    assert odd.words == []  # words without numeric times are dropped, never guessed
    assert transcript_from("plain text reply", "x").text == "plain text reply"


@respx.mock(base_url=BASE, assert_all_called=True)
def test_transient_failures_are_retried_then_succeed(
    respx_mock: respx.MockRouter, wav: Path, keyed: None
) -> None:
    route = respx_mock.post("/audio/transcriptions").mock(
        side_effect=[
            httpx.Response(503, json={"error": {"message": "overloaded"}}),
            httpx.Response(429, json={"error": {"message": "slow down"}}),
            httpx.Response(200, json=_verbose([("Hi", 0.5, 0.8)])),
        ]
    )
    assert _transcriber().transcribe(wav).text == "Hi"
    assert route.call_count == 3  # the SDK's own retries are off: tenacity made all three


@respx.mock(base_url=BASE)
def test_retries_run_out_in_one_line(respx_mock: respx.MockRouter, wav: Path, keyed: None) -> None:
    route = respx_mock.post("/audio/transcriptions").mock(
        return_value=httpx.Response(503, json={"error": {"message": f"down, key {KEY}"}})
    )
    with pytest.raises(RetriesExhaustedError) as caught:
        _transcriber(retries=2).transcribe(wav)
    assert route.call_count == 3
    message = str(caught.value)
    assert "503 from stt.test after 3 attempts" in message
    assert KEY not in message and "\n" not in message


@pytest.mark.parametrize(
    ("status", "error", "words"),
    [
        (401, AuthError, "the key in STT_KEY was rejected"),
        (404, ModelNotFoundError, "check --stt-model"),
        (400, Exception, "refused the audio (400)"),
    ],
)
@respx.mock(base_url=BASE)
def test_client_errors_are_one_line_without_the_key(
    respx_mock: respx.MockRouter,
    wav: Path,
    keyed: None,
    status: int,
    error: type[Exception],
    words: str,
) -> None:
    route = respx_mock.post("/audio/transcriptions").mock(
        return_value=httpx.Response(status, json={"error": {"message": f"bad: Bearer {KEY}"}})
    )
    with pytest.raises(error) as caught:
        _transcriber().transcribe(wav)
    assert route.call_count == 1  # never retried
    assert words in str(caught.value)
    assert KEY not in str(caught.value) and KEY[:12] not in str(caught.value)


@respx.mock(base_url=BASE)
def test_a_server_that_is_down_says_so(
    respx_mock: respx.MockRouter, wav: Path, keyed: None
) -> None:
    respx_mock.post("/audio/transcriptions").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(RetriesExhaustedError, match="could not connect to http://stt.test/v1"):
        _transcriber(retries=1).transcribe(wav)


@respx.mock(base_url=BASE)
def test_the_overall_deadline_stops_retrying(
    respx_mock: respx.MockRouter, wav: Path, keyed: None
) -> None:
    respx_mock.post("/audio/transcriptions").mock(
        return_value=httpx.Response(503, json={"error": {"message": "down"}})
    )
    slow = HttpTranscriber(_endpoint(), retries=10, deadline=0.05, sleep=lambda s: time.sleep(0.03))
    started = time.monotonic()
    with pytest.raises(RetriesExhaustedError):
        slow.transcribe(wav)
    assert time.monotonic() - started < 1.0  # not ten backoffs


def test_a_missing_key_or_a_bad_file_fails_before_any_request(
    tmp_path: Path, wav: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STT_KEY", raising=False)
    with pytest.raises(MissingKeyError, match="STT_KEY is not set"):
        HttpTranscriber(_endpoint())
    keyless = HttpTranscriber(_endpoint(key_env=None))
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "empty.wav").write_bytes(b"")
    for name, words in [("notes.txt", "not an audio file"), ("empty.wav", "is empty"),
                        ("gone.wav", "cannot read")]:  # fmt: skip
        with pytest.raises(UsageError, match=words):
            keyless.transcribe(tmp_path / name)


# ---------------------------------------------------------------- which endpoint


@pytest.mark.parametrize(
    ("given", "stt", "url", "model", "origin"),
    [
        ({"provider": "fireworks"}, {}, "https://audio-prod.api.fireworks.ai/v1", "whisper-v3",
         "fireworks preset"),
        ({"provider": "openai"}, {}, "https://api.openai.com/v1", "whisper-1", "openai preset"),
        ({"provider": "groq"}, {}, "https://api.groq.com/openai/v1", "whisper-large-v3-turbo",
         "groq preset"),
        ({"base_url": "http://127.0.0.1:9/v1", "model": "m"}, {}, "http://127.0.0.1:9/v1",
         "whisper-1", "chat base URL"),
        ({"provider": "fireworks"}, {"model": "whisper-v3-turbo"},
         "https://audio-prod.api.fireworks.ai/v1", "whisper-v3-turbo", "fireworks preset"),
        ({"provider": "fireworks"}, {"base_url": "http://127.0.0.1:8000/v1/", "model": "small"},
         "http://127.0.0.1:8000/v1", "small", "flag"),
    ],
)  # fmt: skip
def test_which_endpoint_transcribes(
    given: dict[str, str], stt: dict[str, str], url: str, model: str, origin: str
) -> None:
    settings = resolve_settings(**given, environ={})  # type: ignore[arg-type]
    found = stt_endpoint(settings, **stt, environ={})  # type: ignore[arg-type]
    assert (found.base_url, found.model, found.origin) == (url, model, origin)
    assert found.api_key_env == settings.api_key_env  # the chat's key, by its variable


def test_endpoint_from_the_environment_and_the_refusals() -> None:
    settings = resolve_settings(provider="fireworks", environ={})
    env = {"MOCKLOOP_STT_BASE_URL": "http://127.0.0.1:7/v1", "MOCKLOOP_STT_MODEL": "tiny"}
    found = stt_endpoint(settings, environ=env)
    assert (found.base_url, found.model, found.origin) == ("http://127.0.0.1:7/v1", "tiny", "env")
    with pytest.raises(ConfigError, match="has no known transcription endpoint"):
        stt_endpoint(resolve_settings(provider="ollama", environ={}), environ={})
    with pytest.raises(ConfigError, match="not an http"):
        stt_endpoint(settings, base_url="ftp://x", environ={})
    with pytest.raises(ConfigError, match="--offline for local transcription"):
        stt_endpoint(None, environ={})


@pytest.mark.slow
def test_help_and_typed_interviews_never_import_the_sdk_for_voice() -> None:
    code = (
        "import sys; import mockloop.cli.app, mockloop.cli.voice, mockloop.voice.transcribe, "
        "mockloop.voice.delivery, mockloop.voice.answers, mockloop.report.delivery; "
        "print(json.dumps(sorted(m for m in ('openai', 'sounddevice', 'faster_whisper') "
        "if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    assert json.loads(out) == []
