"""check_endpoint (mockloop doctor) against respx-served endpoints."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from mockloop.llm.doctor import Check, check_endpoint
from mockloop.llm.settings import Settings, resolve_settings

BASE = "https://api.fireworks.ai/inference/v1"
KEY = "fw-SECRET-1234567890"
MODEL = "accounts/fireworks/models/gpt-oss-120b"


def reply(text: str) -> httpx.Response:
    chunks = [
        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": MODEL,
         "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": "stop"}]},
    ]  # fmt: skip
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    return httpx.Response(200, content=body.encode(), headers={"content-type": "text/event-stream"})


def models(*ids: str) -> httpx.Response:
    return httpx.Response(
        200, json={"object": "list", "data": [{"id": i, "object": "model"} for i in ids]}
    )


def chat_side_effect(request: httpx.Request) -> httpx.Response:
    sent = json.loads(request.content)
    return reply('{"word": "ready", "count": 3}' if "response_format" in sent else "ready")


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("FIREWORKS_API_KEY", KEY)
    return resolve_settings()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {c.name: c for c in checks}


def no_key_anywhere(checks: list[Check]) -> None:
    text = json.dumps([c.__dict__ for c in checks])
    assert KEY not in text and KEY[-4:] not in text


def test_healthy_endpoint(settings: Settings, api: respx.MockRouter) -> None:
    api.get("/models").mock(return_value=models(MODEL, "other"))
    api.post("/chat/completions").mock(side_effect=chat_side_effect)
    checks = by_name(check_endpoint(settings, sleep=lambda s: None))
    assert list(checks) == [
        "key",
        "server",
        "key accepted",
        "model",
        "streamed reply",
        "latency",
        "judge model",
    ]
    assert all(c.ok and c.fix is None for c in checks.values())
    assert "is listed" in checks["model"].detail
    assert "json_schema" in checks["judge model"].detail
    no_key_anywhere(list(checks.values()))


def test_missing_key_stops_early() -> None:
    checks = check_endpoint(resolve_settings())
    assert len(checks) == 1 and not checks[0].ok
    assert checks[0].fix and checks[0].fix.startswith("export FIREWORKS_API_KEY=<your key>")
    assert "--offline" not in checks[0].fix  # doctor has no --offline


def test_rejected_key(settings: Settings, api: respx.MockRouter) -> None:
    api.get("/models").mock(
        return_value=httpx.Response(401, json={"error": {"message": f"bad key {KEY}"}})
    )
    checks = check_endpoint(settings, sleep=lambda s: None)
    last = checks[-1]
    assert (last.name, last.ok) == ("key accepted", False)
    assert "FIREWORKS_API_KEY" in last.fix
    no_key_anywhere(checks)


def test_unknown_model_suggests_listed_ones(settings: Settings, api: respx.MockRouter) -> None:
    api.get("/models").mock(
        return_value=models("accounts/fireworks/models/a", "accounts/fireworks/models/b")
    )
    api.post("/chat/completions").mock(
        return_value=httpx.Response(404, json={"error": {"message": "nope"}})
    )
    last = check_endpoint(settings, sleep=lambda s: None)[-1]
    assert (last.name, last.ok) == ("model", False)
    assert "accounts/fireworks/models/a" in last.fix


def test_server_down() -> None:
    settings = resolve_settings(provider="llamacpp")
    with respx.mock(base_url="http://127.0.0.1:8080/v1") as router:
        router.get("/models").mock(side_effect=httpx.ConnectError("refused"))
        checks = check_endpoint(settings, sleep=lambda s: None)
    assert checks[0].ok  # keyless
    assert (checks[-1].name, checks[-1].ok) == ("server", False)
    assert "is the server running?" in checks[-1].detail


def test_server_without_models_list_and_json_fallback() -> None:
    settings = resolve_settings(provider="vllm", model="my-model")
    calls: list[dict[str, Any]] = []

    def chat(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        calls.append(sent)
        if sent.get("response_format", {}).get("type") == "json_schema":
            return httpx.Response(
                400, json={"error": {"message": "json_schema response_format unsupported"}}
            )
        return chat_side_effect(request)

    with respx.mock(base_url="http://127.0.0.1:8000/v1") as router:
        router.get("/models").mock(return_value=httpx.Response(404, json={"detail": "Not Found"}))
        router.post("/chat/completions").mock(side_effect=chat)
        checks = by_name(check_endpoint(settings, sleep=lambda s: None))
    assert "does not list models" in checks["server"].detail
    assert "answered a chat call" in checks["model"].detail
    assert checks["judge model"].ok and "json_object fallback" in checks["judge model"].detail


def test_no_model_lists_what_the_server_serves() -> None:
    """A keyless --base-url with no --model: doctor asks GET /models and names them."""
    settings = resolve_settings(base_url="http://127.0.0.1:9999/v1", require_model=False)
    with respx.mock(base_url="http://127.0.0.1:9999/v1") as router:
        router.get("/models").mock(return_value=models("qwen2.5-7b", "llama-3.1-8b"))
        checks = check_endpoint(settings, sleep=lambda s: None)
    last = checks[-1]
    assert (last.name, last.ok) == ("model", False)
    assert "no model" in last.detail and "qwen2.5-7b" in last.fix and "llama-3.1-8b" in last.fix


def test_wrong_judge_model_is_checked_apart(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIREWORKS_API_KEY", KEY)
    settings = resolve_settings(judge_model="accounts/fireworks/models/nope")
    api.get("/models").mock(return_value=models(MODEL, "accounts/fireworks/models/judge"))

    def chat(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["model"].endswith("nope"):
            return httpx.Response(404, json={"error": {"message": "not found"}})
        return chat_side_effect(request)

    api.post("/chat/completions").mock(side_effect=chat)
    checks = by_name(check_endpoint(settings, sleep=lambda s: None))
    assert checks["model"].ok and "interviewer" in checks["model"].detail
    judge = checks["judge model"]
    assert not judge.ok and "--judge-model" in (judge.fix or "")
    assert "accounts/fireworks/models/judge" in (judge.fix or "")
