"""LLMClient against the real openai SDK, with respx answering at the HTTP layer."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from mockloop.errors import (
    AuthError,
    BadRequestError,
    ContextLengthError,
    LLMError,
    MissingKeyError,
    ModelNotFoundError,
    RetriesExhaustedError,
)
from mockloop.llm.client import LLMClient
from mockloop.llm.retry import backoff_s, retry_after_s
from mockloop.llm.settings import Settings, resolve_settings

BASE = "https://api.fireworks.ai/inference/v1"
KEY = "fw-SECRET-1234567890"
MODEL = "accounts/fireworks/models/gpt-oss-120b"


# ---------------------------------------------------------------- helpers


def chunk(
    content: str | None = None,
    finish: str | None = None,
    usage: dict[str, Any] | None = None,
    *,
    choices: bool = True,
    **delta: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
    }
    body["choices"] = (
        [{"index": 0, "delta": {"content": content, **delta}, "finish_reason": finish}]
        if choices
        else []
    )
    if usage is not None:
        body["usage"] = usage
    return body


def sse_bytes(chunks: list[dict[str, Any]], done: bool = True) -> bytes:
    text = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks)
    return (text + ("data: [DONE]\n\n" if done else "")).encode()


SSE_HEADERS = {"content-type": "text/event-stream"}


def sse(chunks: list[dict[str, Any]], done: bool = True) -> httpx.Response:
    return httpx.Response(200, content=sse_bytes(chunks, done), headers=SSE_HEADERS)


def words(*parts: str, usage: dict[str, Any] | None = None) -> httpx.Response:
    """A normal streamed reply: one chunk per part, then a stop chunk."""
    return sse([*(chunk(p) for p in parts), chunk(None, "stop", usage)])


def error(status: int, message: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"message": message, "type": "error"}}, headers=headers
    )


class Broken(httpx.SyncByteStream):
    """An SSE body that delivers some chunks, then the connection dies."""

    def __init__(self, chunks: list[dict[str, Any]], exc: Exception) -> None:
        self.chunks, self.exc = chunks, exc

    def __iter__(self) -> Iterator[bytes]:
        for c in self.chunks:
            yield f"data: {json.dumps(c)}\n\n".encode()
        raise self.exc


class Recorder:
    """Stands in for time.sleep and for the UI callbacks."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.text: list[str] = []
        self.resets = 0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def on_text(self, text: str) -> None:
        self.text.append(text)

    def on_reset(self) -> None:
        self.resets += 1


def client_for(settings: Settings, rec: Recorder, session_id: str | None = None) -> LLMClient:
    return LLMClient(settings, session_id, sleep=rec.sleep, rand=lambda: 0.0)


def chat(client: LLMClient, rec: Recorder, **kw: Any) -> Any:
    return client.stream_chat(
        [{"role": "user", "content": "hi"}], on_text=rec.on_text, on_reset=rec.on_reset, **kw
    )


def body(call: Any) -> dict[str, Any]:
    return json.loads(call.request.content)


# ---------------------------------------------------------------- streaming


def test_text_assembled_and_usage_in_last_content_chunk(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    usage = {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15}
    api.post("/chat/completions").mock(
        return_value=sse([chunk("Hel"), chunk("lo "), chunk("there", "stop", usage)])
    )
    result = chat(client_for(settings, rec), rec)
    assert result.text == "Hello there"
    assert rec.text == ["Hel", "lo ", "there"]
    assert result.finish_reason == "stop"
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (12, 3)
    assert result.usage.cached_tokens is None
    assert result.model == MODEL
    assert result.attempts == 1
    assert result.latency_first_token_s is not None and result.latency_total_s >= 0


def test_usage_only_chunk_with_empty_choices_and_cached_tokens(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    usage = {
        "prompt_tokens": 900,
        "completion_tokens": 5,
        "total_tokens": 905,
        "prompt_tokens_details": {"cached_tokens": 768},
    }
    api.post("/chat/completions").mock(
        return_value=sse(
            [
                chunk(choices=False),  # keep-alive: no choices, no usage
                chunk(None, role="assistant"),  # role only, content None
                chunk(None, reasoning_content="thinking hard"),  # reasoning is not shown
                chunk("Answer."),
                chunk(None, "stop"),
                chunk(choices=False, usage=usage),
            ]
        )
    )
    result = chat(client_for(settings, rec), rec)
    assert result.text == "Answer."
    assert rec.text == ["Answer."]
    assert (
        result.usage.prompt_tokens,
        result.usage.completion_tokens,
        result.usage.cached_tokens,
    ) == (
        900,
        5,
        768,
    )


def test_request_carries_session_user_affinity_and_stream_options(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(side_effect=lambda req: words("ok"))
    chat(client_for(settings, rec, session_id="sess-42"), rec, max_tokens=50)
    request = route.calls.last.request
    sent = json.loads(request.content)
    assert sent["stream"] is True
    assert sent["stream_options"] == {"include_usage": True}
    assert sent["user"] == "sess-42"
    assert sent["model"] == MODEL
    assert sent["temperature"] == 0.7
    assert sent["max_tokens"] == 50
    assert request.headers["x-session-affinity"] == "sess-42"
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_no_affinity_header_off_fireworks(monkeypatch: pytest.MonkeyPatch, rec: Recorder) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    settings = resolve_settings(provider="openai")
    with respx.mock(base_url="https://api.openai.com/v1") as router:
        route = router.post("/chat/completions").mock(return_value=words("ok"))
        chat(client_for(settings, rec, session_id="s1"), rec, temperature=0.2, model="other")
    request = route.calls.last.request
    assert "x-session-affinity" not in request.headers
    assert json.loads(request.content)["user"] == "s1"
    assert json.loads(request.content)["model"] == "other"
    assert json.loads(request.content)["temperature"] == 0.2


def test_no_user_or_affinity_without_session(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(return_value=words("ok"))
    chat(client_for(settings, rec), rec)
    assert "user" not in body(route.calls.last)
    assert "x-session-affinity" not in route.calls.last.request.headers


def test_keyless_server_gets_a_dummy_key(rec: Recorder) -> None:
    settings = resolve_settings(provider="ollama")
    with respx.mock(base_url="http://127.0.0.1:11434/v1") as router:
        route = router.post("/chat/completions").mock(return_value=words("hi"))
        assert chat(client_for(settings, rec), rec).text == "hi"
    assert route.calls.last.request.headers["authorization"] == "Bearer not-needed"


def test_stream_options_rejected_then_dropped_for_good(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[
            error(400, "Unrecognized request argument: stream_options"),
            words("a"),
            words("b"),
        ]
    )
    client = client_for(settings, rec)
    assert chat(client, rec).text == "a"
    assert chat(client, rec).text == "b"
    assert "stream_options" in body(route.calls[0])
    assert "stream_options" not in body(route.calls[1])
    assert "stream_options" not in body(route.calls[2])


# ---------------------------------------------------------------- retries


def test_429_honours_retry_after(settings: Settings, rec: Recorder, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[error(429, "slow down", {"retry-after": "3"}), words("ok")]
    )
    result = chat(client_for(settings, rec), rec)
    assert result.text == "ok" and result.attempts == 2
    assert route.call_count == 2
    assert len(rec.sleeps) == 1 and rec.sleeps[0] >= 3
    assert rec.resets == 0  # nothing was shown, nothing to discard


def test_retry_after_up_to_the_cap_is_slept(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    api.post("/chat/completions").mock(
        side_effect=[error(429, "later", {"retry-after": "60"}), words("ok")]
    )
    chat(client_for(settings, rec), rec)
    assert rec.sleeps == [60.0]


def test_503_burst_recovers(settings: Settings, rec: Recorder, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[error(503, "overloaded"), error(503, "overloaded"), words("back")]
    )
    result = chat(client_for(settings, rec), rec)
    assert result.text == "back"
    assert result.attempts == 3 and route.call_count == 3
    assert len(rec.sleeps) == 2 and rec.sleeps[1] > rec.sleeps[0]  # exponential


def test_500_forever_exhausts_retries(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(side_effect=lambda req: error(500, f"boom {KEY}"))
    with pytest.raises(RetriesExhaustedError) as info:
        chat(client_for(settings, rec), rec)
    assert route.call_count == settings.retries + 1 == 5
    message = str(info.value)
    assert "500 from api.fireworks.ai after 5 attempts" in message
    assert KEY not in message and "SECRET" not in message
    assert len(rec.sleeps) == 4


@pytest.mark.parametrize(
    "status, text, exc_type, must_contain",
    [
        (400, "temperature must be at most 2", BadRequestError, "temperature must be at most 2"),
        (401, "invalid api key", AuthError, "FIREWORKS_API_KEY"),
        (403, "forbidden", AuthError, "FIREWORKS_API_KEY"),
        (404, "Model not found", ModelNotFoundError, f"model '{MODEL}' was not found at {BASE}"),
        (422, "bad field", BadRequestError, "bad field"),
        (400, "This model's maximum context length is 8192 tokens", ContextLengthError, "too long"),
        (400, "prompt is too long: 200000 tokens > 131072", ContextLengthError, "too long"),
    ],
)
def test_client_errors_are_not_retried_and_mapped(
    settings: Settings,
    rec: Recorder,
    api: respx.MockRouter,
    status: int,
    text: str,
    exc_type: type[LLMError],
    must_contain: str,
) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=lambda req: error(status, f"{text} (key {KEY}, Bearer {KEY})")
    )
    with pytest.raises(exc_type) as info:
        chat(client_for(settings, rec), rec)
    assert route.call_count == 1
    assert rec.sleeps == []
    message = str(info.value)
    assert must_contain in message
    assert KEY not in message and KEY[-4:] not in message
    assert "\n" not in message


def test_auth_error_names_the_fix(settings: Settings, rec: Recorder, api: respx.MockRouter) -> None:
    api.post("/chat/completions").mock(return_value=error(401, "nope"))
    with pytest.raises(
        AuthError, match=r"FIREWORKS_API_KEY was rejected by https://api\.fireworks\.ai.*doctor"
    ):
        chat(client_for(settings, rec), rec)


def test_missing_key() -> None:
    settings = resolve_settings(provider="fireworks")
    with pytest.raises(
        MissingKeyError, match="FIREWORKS_API_KEY is not set: export it, or run with --offline"
    ):
        LLMClient(settings)


@pytest.mark.parametrize("exc", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_connection_errors_are_retried(
    settings: Settings, rec: Recorder, api: respx.MockRouter, exc: Exception
) -> None:
    route = api.post("/chat/completions").mock(side_effect=[exc, words("ok")])
    result = chat(client_for(settings, rec), rec)
    assert result.text == "ok" and result.attempts == 2 and route.call_count == 2


def test_connection_refused_forever(rec: Recorder) -> None:
    settings = resolve_settings(provider="ollama").model_copy(update={"retries": 2})
    with respx.mock(base_url="http://127.0.0.1:11434/v1") as router:
        router.post("/chat/completions").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(
            RetriesExhaustedError,
            match="could not connect to .*11434.* after 3 attempts: is the server",
        ):
            chat(client_for(settings, rec), rec)


@pytest.mark.parametrize(
    "exc", [httpx.ReadError("reset by peer"), httpx.RemoteProtocolError("incomplete")]
)
def test_stream_dying_midway_restarts_the_turn(
    settings: Settings, rec: Recorder, api: respx.MockRouter, exc: Exception
) -> None:
    broken = httpx.Response(
        200, headers=SSE_HEADERS, stream=Broken([chunk("Hel"), chunk("lo wor")], exc)
    )
    api.post("/chat/completions").mock(side_effect=[broken, words("Hello ", "world!")])
    result = chat(client_for(settings, rec), rec)
    assert rec.resets == 1
    assert result.text == "Hello world!"  # the second attempt only, never "Hello worHello world!"
    assert result.attempts == 2
    assert rec.text == [
        "Hel",
        "lo wor",
        "Hello ",
        "world!",
    ]  # the UI saw both, with a reset between


def test_stream_without_finish_or_done_is_retried(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    api.post("/chat/completions").mock(
        side_effect=[sse([chunk("half")], done=False), words("whole")]
    )
    result = chat(client_for(settings, rec), rec)
    assert (result.text, result.attempts, rec.resets) == ("whole", 2, 1)


def test_error_event_inside_stream_is_retried(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    failing = sse([chunk("par"), {"error": {"message": "server overloaded"}}])
    api.post("/chat/completions").mock(side_effect=[failing, words("fine")])
    result = chat(client_for(settings, rec), rec)
    assert (result.text, result.attempts, rec.resets) == ("fine", 2, 1)


def test_context_error_event_inside_stream_is_not_retried(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    failing = sse([{"error": {"message": "maximum context length exceeded"}}])
    route = api.post("/chat/completions").mock(side_effect=[failing, words("x")])
    with pytest.raises(ContextLengthError):
        chat(client_for(settings, rec), rec)
    assert route.call_count == 1


def test_broken_stream_forever_resets_each_time(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    settings = settings.model_copy(update={"retries": 1})
    api.post("/chat/completions").mock(
        side_effect=lambda req: httpx.Response(
            200, headers=SSE_HEADERS, stream=Broken([chunk("x")], httpx.ReadError("gone"))
        )
    )
    with pytest.raises(RetriesExhaustedError, match="broke off after 2 attempts"):
        chat(client_for(settings, rec), rec)
    assert rec.resets == 2  # the UI never keeps a half turn


# ---------------------------------------------------------------- helpers


def test_retry_after_parsing() -> None:
    assert retry_after_s(httpx.Headers({"retry-after": "7"})) == 7.0
    assert retry_after_s(httpx.Headers({"retry-after-ms": "1500", "retry-after": "9"})) == 1.5
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 < retry_after_s(httpx.Headers({"retry-after": when})) <= 30
    assert retry_after_s(httpx.Headers({"retry-after": "whenever"})) is None
    assert retry_after_s(httpx.Headers({})) is None


def test_backoff_grows_and_is_capped() -> None:
    delays = [backoff_s(n, None, rand=lambda: 1.0) for n in range(1, 10)]
    assert delays[:3] == [0.5, 1.0, 2.0]
    assert max(delays) == 20.0
    assert backoff_s(1, None, rand=lambda: 0.0) == 0.25  # equal jitter: at least half the step


def test_list_models(settings: Settings, rec: Recorder, api: respx.MockRouter) -> None:
    api.get("/models").mock(
        return_value=httpx.Response(
            200,
            json={
                "object": "list",
                "data": [{"id": "b", "object": "model"}, {"id": "a", "object": "model"}],
            },
        )
    )
    assert client_for(settings, rec).list_models() == ["a", "b"]


def test_list_models_absent(settings: Settings, rec: Recorder, api: respx.MockRouter) -> None:
    api.get("/models").mock(return_value=httpx.Response(404, json={"error": "not found"}))
    assert client_for(settings, rec).list_models() is None


@pytest.mark.slow
def test_importing_llm_does_not_import_openai() -> None:
    code = (
        "import sys, mockloop.llm.client, mockloop.llm.settings, mockloop.llm.structured; "
        "assert 'openai' not in sys.modules, 'openai imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_drop_after_finish_reason_keeps_the_turn(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    tail_lost = httpx.Response(
        200,
        headers=SSE_HEADERS,
        stream=Broken([chunk("Done"), chunk(None, "stop")], httpx.ReadError("bye")),
    )
    route = api.post("/chat/completions").mock(side_effect=[tail_lost, words("again")])
    result = chat(client_for(settings, rec), rec)
    assert (result.text, result.finish_reason, result.usage, rec.resets) == (
        "Done",
        "stop",
        None,
        0,
    )
    assert route.call_count == 1
