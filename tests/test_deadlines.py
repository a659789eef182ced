"""Deadlines (issue 12 item 3): a request that streams past Settings.deadline stops with one line;
a Retry-After beyond RETRY_AFTER_CAP_S is told, not slept through; doctor's checks are bounded."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from mockloop.errors import LLMError
from mockloop.llm.client import DeadlineError, WaitTooLongError
from mockloop.llm.doctor import check_endpoint
from mockloop.llm.retry import RETRY_AFTER_CAP_S, wait_text
from mockloop.llm.settings import Settings, resolve_settings
from tests.test_llm import (
    BASE,
    SSE_HEADERS,
    Recorder,
    chat,
    chunk,
    client_for,
    error,
    words,
)


class Trickle(httpx.SyncByteStream):
    """A server that sends a token, then keep-alive comments, for ever."""

    def __init__(self, pause: float = 0.02) -> None:
        self.pause = pause

    def __iter__(self) -> Iterator[bytes]:
        yield f"data: {json.dumps(chunk('Hel'))}\n\n".encode()
        while True:
            time.sleep(self.pause)
            yield b": keep-alive\n\n"


def trickling(_request: Any) -> httpx.Response:
    return httpx.Response(200, stream=Trickle(), headers=SSE_HEADERS)


def test_a_trickling_stream_stops_at_the_deadline(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(side_effect=trickling)
    client = client_for(settings.model_copy(update={"deadline": 1.5}), rec)
    started = time.monotonic()
    with pytest.raises(DeadlineError) as caught:
        chat(client, rec)
    assert time.monotonic() - started < 6
    assert route.call_count == 1 and rec.sleeps == []  # never retried: it would trickle again
    message = str(caught.value)
    assert "was still replying after" in message
    assert "MOCKLOOP_DEADLINE" in message and "\n" not in message
    assert rec.resets == len(rec.text)  # any partial text shown is taken back


def test_deadline_setting_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKLOOP_DEADLINE", "12.5")
    resolved = resolve_settings(provider="ollama")
    assert resolved.deadline == 12.5 and resolved.source["deadline"] == "env"


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_beyond_the_cap_is_told_in_one_line(
    settings: Settings, rec: Recorder, api: respx.MockRouter, status: int
) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[error(status, "slow down", {"retry-after": "3600"}), words("ok")]
    )
    with pytest.raises(WaitTooLongError) as caught:
        chat(client_for(settings, rec), rec)
    assert route.call_count == 1 and rec.sleeps == []  # not slept through
    message = str(caught.value)
    assert "asked mockloop to wait about 1 h" in message
    assert "try again after" in message and "--provider" in message
    assert "\n" not in message and "fw-SECRET" not in message


def test_wait_text() -> None:
    assert wait_text(45) == "45 s"
    assert wait_text(150) == "about 2 min" or wait_text(150) == "about 3 min"
    assert wait_text(7200) == "about 2 h"
    assert RETRY_AFTER_CAP_S == 60.0


def test_doctor_check_with_a_trickling_server_is_bounded(
    settings: Settings, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockloop.llm import doctor

    monkeypatch.setattr(doctor, "CHECK_DEADLINE_S", 0.3)
    api.get("/models").mock(return_value=httpx.Response(200, json={"data": []}))
    api.post("/chat/completions").mock(side_effect=trickling)
    started = time.monotonic()
    checks = check_endpoint(settings, sleep=lambda _s: None)
    assert time.monotonic() - started < 5
    assert not checks[-1].ok and checks[-1].name == "streamed reply"
    assert "still replying" in checks[-1].detail


def test_doctor_does_not_sleep_past_a_check_deadline(
    settings: Settings, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockloop.llm import doctor

    monkeypatch.setattr(doctor, "CHECK_DEADLINE_S", 5.0)
    slept: list[float] = []
    api.get("/models").mock(return_value=httpx.Response(200, json={"data": []}))
    api.post("/chat/completions").mock(
        return_value=error(503, "busy", {"retry-after": "30"})  # within the cap, beyond the check
    )
    checks = check_endpoint(settings, sleep=slept.append)
    assert slept == []
    assert not checks[-1].ok and "no result within 5s" in checks[-1].detail


def test_doctor_overall_deadline(
    settings: Settings, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockloop.llm import doctor

    monkeypatch.setattr(doctor, "DOCTOR_DEADLINE_S", 0.0)
    api.get("/models").mock(return_value=httpx.Response(200, json={"data": []}))
    checks = check_endpoint(settings, sleep=lambda _s: None)
    assert [c.name for c in checks] == ["key", "server"]
    assert not checks[-1].ok


def test_deadline_error_is_an_llm_error() -> None:
    assert issubclass(DeadlineError, LLMError)
    assert BASE.startswith("https://")
