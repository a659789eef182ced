"""Reasoning models (issue 12 item 6): reasoning_effort sent where the server takes it and
dropped once where it is refused; reasoning deltas never reach the screen or the transcript;
reasoning tokens counted in usage."""

from __future__ import annotations

import io
import json

import pytest
import respx

from mockloop.llm.settings import Settings, resolve_settings
from mockloop.llm.structured import complete_json
from tests.support.loopback import LoopbackServer, Step, scripted_interviewer
from tests.test_llm import KEY, Recorder, body, chat, chunk, client_for, error, sse, words


def test_interviewer_turns_ask_for_low_effort_and_the_judge_for_more(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    from pydantic import BaseModel

    class Word(BaseModel):
        word: str

    route = api.post("/chat/completions").mock(
        side_effect=[words("hi"), words('{"word": "ready"}')]
    )
    client = client_for(settings, rec)
    chat(client, rec)
    complete_json(client, [{"role": "user", "content": "json"}], Word, name="w")
    assert body(route.calls[0])["reasoning_effort"] == "low"
    assert body(route.calls[1])["reasoning_effort"] == "medium"


def test_effort_is_configurable_and_off_sends_none(
    monkeypatch: pytest.MonkeyPatch, rec: Recorder, api: respx.MockRouter
) -> None:
    monkeypatch.setenv("FIREWORKS_API_KEY", KEY)
    monkeypatch.setenv("MOCKLOOP_REASONING_EFFORT", "off")
    monkeypatch.setenv("MOCKLOOP_JUDGE_REASONING_EFFORT", "high")
    resolved = resolve_settings(provider="fireworks")
    assert resolved.source["reasoning_effort"] == "env"
    route = api.post("/chat/completions").mock(side_effect=lambda _r: words("hi"))
    client = client_for(resolved, rec)
    chat(client, rec)
    chat(client, rec, reasoning_effort=resolved.judge_reasoning_effort)
    assert "reasoning_effort" not in body(route.calls[0])
    assert body(route.calls[1])["reasoning_effort"] == "high"


def test_a_bad_effort_is_a_one_line_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from mockloop.errors import ConfigError

    monkeypatch.setenv("MOCKLOOP_REASONING_EFFORT", "extreme")
    with pytest.raises(ConfigError, match="MOCKLOOP_REASONING_EFFORT"):
        resolve_settings(provider="ollama")


def test_refused_effort_is_dropped_once_for_the_client(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[
            error(400, "Unrecognized request argument supplied: reasoning_effort"),
            words("a"),
            words("b"),
        ]
    )
    client = client_for(settings, rec)
    assert chat(client, rec).text == "a"
    assert chat(client, rec).text == "b"
    assert route.call_count == 3 and rec.sleeps == []
    assert "reasoning_effort" in body(route.calls[0])
    assert "reasoning_effort" not in body(route.calls[1])
    assert "reasoning_effort" not in body(route.calls[2])
    assert "stream_options" in body(route.calls[2])  # only the refused field goes


def test_an_unrelated_400_is_not_swallowed(
    settings: Settings, rec: Recorder, api: respx.MockRouter
) -> None:
    from mockloop.errors import BadRequestError

    route = api.post("/chat/completions").mock(return_value=error(400, "messages: bad role"))
    with pytest.raises(BadRequestError):
        chat(client_for(settings, rec), rec)
    assert route.call_count == 1


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_reasoning_never_reaches_the_screen_and_is_counted(
    settings: Settings, rec: Recorder, api: respx.MockRouter, field: str
) -> None:
    usage = {
        "prompt_tokens": 50,
        "completion_tokens": 40,
        "total_tokens": 90,
        "completion_tokens_details": {"reasoning_tokens": 32},
    }
    api.post("/chat/completions").mock(
        return_value=sse(
            [
                chunk(None, **{field: "Let me think about "}),
                chunk(None, **{field: "the KV cache first."}),
                chunk("[NEXT] What "),
                chunk("is a KV cache?", "stop"),
                chunk(choices=False, usage=usage),
            ]
        )
    )
    result = chat(client_for(settings, rec), rec)
    assert rec.text == ["[NEXT] What ", "is a KV cache?"]
    assert "think" not in result.text
    assert result.usage.reasoning_tokens == 32 and result.usage.completion_tokens == 40
    assert result.latency_first_token_s is not None  # timed from the first visible text


@pytest.mark.slow
def test_a_live_turn_from_a_reasoning_model_shows_and_stores_only_the_reply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mockloop.interview.run import run_interview
    from mockloop.interview.ui import TerminalConsole
    from mockloop.store.db import Store
    from tests.test_live import _plan

    def thinking(request: dict) -> Step:
        step = scripted_interviewer(request)
        if "messages" in request and "interview assessor" not in json.dumps(request)[:4000]:
            step.reasoning = "SECRETTHOUGHT the candidate seems thin here, probe once."
        return step

    out = io.StringIO()
    with LoopbackServer(responder=thinking) as server:
        monkeypatch.setenv("LOOPBACK_KEY", "lb-SECRET-0123456789")
        settings = resolve_settings(
            base_url=server.base_url, api_key_env="LOOPBACK_KEY", model="loopback-model"
        )
        from rich.console import Console

        console = TerminalConsole(
            "Engineer",
            stdin=io.StringIO("short\nno thanks\n"),
            interactive=False,
            console=Console(file=out, width=120),
        )
        run_interview(
            plan=_plan(), round_id="technical", settings=settings, console=console, questions=1
        )
        efforts = {r.get("reasoning_effort") for r in server.chat_requests()}
    assert efforts == {"low"}
    assert "SECRETTHOUGHT" not in out.getvalue()
    store = Store()
    turns = store.turns(store.list_sessions()[0].id)
    assert turns and not any("SECRETTHOUGHT" in t.text for t in turns)
