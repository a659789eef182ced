"""The context budget (issue 12 item 2): the window from the setting or the server (llama.cpp
/props, Ollama /api/show, vLLM /v1/models), overflow errors of every server recognised, and
live requests that fit: compact persona, condensed and recent history, a capped reply."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx

from mockloop.errors import ContextLengthError
from mockloop.interview.interviewers.budget import Budget, compact_persona
from mockloop.llm.client import LLMClient
from mockloop.llm.context import (
    context_window,
    estimate_tokens,
    is_overflow,
    window_from_error,
)
from mockloop.llm.settings import resolve_settings

LOCAL = "http://127.0.0.1:18099"

OVERFLOWS = [
    ("llama.cpp", "request (8271 tokens) exceeds the available context size (8192 tokens), try increasing it", 8192),
    ("ollama", "input length exceeds the context length (4096)", 4096),
    ("vllm", "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens", 4096),
    ("vllm new", "The prompt (total length 5000) is too long to fit into the model (context length 4096).", 4096),
    ("openai", "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.", 128000),
    ("fireworks", "The prompt is too long: 140000, model maximum context length: 131072", 131072),
    ("openai code", "context_length_exceeded", None),
]  # fmt: skip


@pytest.mark.parametrize(("server", "message", "window"), OVERFLOWS, ids=[o[0] for o in OVERFLOWS])
def test_overflow_wordings(server: str, message: str, window: int | None) -> None:
    assert is_overflow(message)
    assert window_from_error(message) == window


@pytest.mark.parametrize("status", [400, 413])
def test_llamacpp_overflow_is_a_context_error(status: int) -> None:
    with respx.mock(base_url=LOCAL + "/v1") as api:
        api.post("/chat/completions").mock(
            return_value=httpx.Response(
                status,
                json={
                    "error": {
                        "code": 400,
                        "message": OVERFLOWS[0][1],
                        "type": "exceed_context_size_error",
                    }
                },
            )
        )
        client = LLMClient(
            resolve_settings(base_url=LOCAL + "/v1", model="m"), sleep=lambda _s: None
        )
        with pytest.raises(ContextLengthError, match="too long for model"):
            client.stream_chat([{"role": "user", "content": "hi"}], on_text=lambda _t: None)


@pytest.fixture
def local() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=LOCAL, assert_all_called=False) as router:
        yield router


def test_llamacpp_props(local: respx.MockRouter) -> None:
    local.get("/props").mock(
        return_value=httpx.Response(200, json={"default_generation_settings": {"n_ctx": 8192}})
    )
    settings = resolve_settings(provider="llamacpp", base_url=LOCAL + "/v1", model="m")
    assert context_window(settings) == 8192


def test_ollama_show(local: respx.MockRouter) -> None:
    route = local.post("/api/show").mock(
        return_value=httpx.Response(200, json={"model_info": {"llama.context_length": 131072}})
    )
    settings = resolve_settings(provider="ollama", base_url=LOCAL + "/v1", model="llama3.1")
    assert context_window(settings) == 131072
    assert route.calls.last.request.content == b'{"model":"llama3.1"}'


def test_ollama_num_ctx_wins(local: respx.MockRouter) -> None:
    local.post("/api/show").mock(
        return_value=httpx.Response(
            200,
            json={
                "parameters": "num_ctx 4096\nstop x",
                "model_info": {"qwen2.context_length": 32768},
            },
        )
    )
    settings = resolve_settings(provider="ollama", base_url=LOCAL + "/v1", model="qwen")
    assert context_window(settings) == 4096


def test_vllm_models(local: respx.MockRouter) -> None:
    local.get("/v1/models").mock(
        return_value=httpx.Response(
            200,
            json={
                "data": [
                    {"id": "other", "max_model_len": 1},
                    {"id": "Qwen/Qwen3-8B", "max_model_len": 40960},
                ]
            },
        )
    )
    settings = resolve_settings(provider="vllm", base_url=LOCAL + "/v1", model="Qwen/Qwen3-8B")
    assert context_window(settings) == 40960


def test_custom_keyless_server_tries_each_probe(local: respx.MockRouter) -> None:
    local.get("/v1/models").mock(return_value=httpx.Response(200, json={"data": [{"id": "m"}]}))
    local.get("/props").mock(
        return_value=httpx.Response(200, json={"default_generation_settings": {"n_ctx": 2048}})
    )
    assert context_window(resolve_settings(base_url=LOCAL + "/v1", model="m")) == 2048


def test_silent_or_dead_server_is_unknown(local: respx.MockRouter) -> None:
    local.route().mock(side_effect=httpx.ConnectError("refused"))
    assert context_window(resolve_settings(base_url=LOCAL + "/v1", model="m")) is None


def test_setting_overrides_and_hosted_providers_are_not_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MOCKLOOP_CONTEXT_WINDOW", "4096")
    assert context_window(resolve_settings(provider="llamacpp")) == 4096
    monkeypatch.delenv("MOCKLOOP_CONTEXT_WINDOW")
    monkeypatch.setenv("FIREWORKS_API_KEY", "fw-x")
    with respx.mock() as router:  # any request would fail the test
        assert context_window(resolve_settings(provider="fireworks")) is None
        assert not router.calls


def test_a_tiny_window_setting_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from mockloop.errors import ConfigError

    monkeypatch.setenv("MOCKLOOP_CONTEXT_WINDOW", "100")
    with pytest.raises(ConfigError, match="MOCKLOOP_CONTEXT_WINDOW"):
        resolve_settings(provider="llamacpp")


# ---------------------------------------------------------------- fitting

PERSONA = (
    """# Who you are

You interview.

<notes>
The notes call this round: "tech chat"
Focus points the candidate expects in this round:
- "inference" (notes line 3)

A summary of the candidate's pitch (to calibrate how deep to go):

### Why us (notes line 9)
"""
    + "I care about inference a great deal. " * 80
    + """

Other rounds in this loop (leave their topics to them):
- Recruiter call
</notes>

## How to run this round

- Ask one question at a time.
"""
)


def test_compact_persona_keeps_the_rounds_own_lines() -> None:
    compact = compact_persona(PERSONA)
    assert '"inference" (notes line 3)' in compact and "tech chat" in compact
    assert "Why us" not in compact and "Recruiter call" not in compact
    assert compact.count("<notes>") == 1 and compact.count("</notes>") == 1
    assert "Ask one question at a time." in compact
    assert compact_persona("no notes here") == "no notes here"


def _builder(turns: int):
    def build(level: int, keep: int | None) -> list[dict[str, str]]:
        system = compact_persona(PERSONA) if level >= 1 else PERSONA
        kept = turns if keep is None else keep
        body = ("old answer " * (20 if level >= 2 else 60)).strip()
        history = [{"role": "user", "content": body}] * kept
        return [{"role": "system", "content": system}, *history, {"role": "user", "content": "go"}]

    return build


def test_unknown_window_sends_everything() -> None:
    budget = Budget(window=None)
    messages, reply = budget.fit(_builder(10), 400, 10)
    assert budget.level == 0 and reply == 400 and len(messages) == 12


def test_a_large_window_keeps_the_full_prompt() -> None:
    budget = Budget(window=131072)
    messages, reply = budget.fit(_builder(10), 400, 10)
    assert budget.level == 0 and reply == 400 and "Why us" in messages[0]["content"]


def test_a_small_window_steps_down_and_never_back() -> None:
    build = _builder(4)
    full = estimate_tokens(build(0, None))
    budget = Budget(window=full + 400 - 50)  # the full prompt is just too long
    messages, reply = budget.fit(build, 400, 4)
    assert budget.level == 1 and "Why us" not in messages[0]["content"]
    assert estimate_tokens(messages) + reply <= budget.window
    budget.window = 10**6  # a bigger window later does not undo the step: the prefix stays
    budget.fit(build, 400, 4)
    assert budget.level == 1


def test_a_tiny_window_keeps_recent_turns_and_caps_the_reply() -> None:
    build = _builder(30)
    budget = Budget(window=1200)
    messages, reply = budget.fit(build, 400, 30)
    assert budget.level == 3
    assert 2 < len(messages) < 32
    assert estimate_tokens(messages) + reply <= 1200
    tiny = Budget(window=600)
    messages, reply = tiny.fit(build, 400, 30)
    assert reply >= 64  # never asks for nothing


def test_an_overflow_error_caps_the_window_at_what_the_server_names() -> None:
    budget = Budget(window=None)
    build = _builder(30)
    first, _ = budget.fit(build, 400, 30)
    budget.refused(OVERFLOWS[0][1], first)
    assert budget.cap == 8192 and budget.level >= 2
    budget.refused("the prompt is too long", first)  # names none: four fifths of what was refused
    assert budget.cap == int(estimate_tokens(first) * 0.8)


@pytest.mark.slow
def test_a_live_interview_in_a_small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from mockloop.interview.run import run_interview
    from mockloop.interview.ui import TerminalConsole
    from tests.support.loopback import LoopbackServer
    from tests.test_live import LONG, _plan

    # a window the full system prompt outgrows during the interview (the live rules fold the
    # protocol in, so the full prompt is shorter than it was at 2048)
    monkeypatch.setenv("MOCKLOOP_CONTEXT_WINDOW", "1800")
    with LoopbackServer() as server:
        settings = resolve_settings(base_url=server.base_url, model="loopback-model")
        console = TerminalConsole(
            "Engineer", stdin=io.StringIO(f"{LONG}\n{LONG}\nno\n"), interactive=False
        )
        status = run_interview(
            plan=_plan(), round_id="technical", settings=settings, console=console, questions=2
        )
        requests = server.chat_requests()
    assert status == "ended"
    compact = ["Other rounds in this loop" not in r["messages"][0]["content"] for r in requests]
    assert not compact[0] and compact[-1]  # full while it fits, then compact for good
    assert compact == sorted(compact)
    for request in requests:
        assert estimate_tokens(request["messages"]) + request["max_tokens"] <= 1800
