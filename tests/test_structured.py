"""complete_json's fallback chain, parsing and re-asks, against the real SDK via respx."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from pydantic import BaseModel, Field

from mockloop.errors import ContextLengthError, StructuredOutputError
from mockloop.llm.client import LLMClient
from mockloop.llm.settings import Settings, resolve_settings
from mockloop.llm.structured import InvalidReply, complete_json, extract_json, flat_json_schema
from mockloop.records import InterviewPlan, PlanRound, RubricCriterion

BASE = "https://api.fireworks.ai/inference/v1"
KEY = "fw-SECRET-1234567890"
GOOD = '{"score": 4, "reason": "clear example", "tags": ["star"]}'


class Verdict(BaseModel):
    score: int = Field(ge=1, le=5, description="1..5")
    reason: str = Field(min_length=3)
    tags: list[str] | None = None


def reply(text: str, finish: str = "stop", usage: dict[str, Any] | None = None) -> httpx.Response:
    chunks = [
        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]},
        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {}, "finish_reason": finish}], "usage": usage},
    ]  # fmt: skip
    body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    return httpx.Response(200, content=body.encode(), headers={"content-type": "text/event-stream"})


def bad_request(message: str) -> httpx.Response:
    return httpx.Response(400, json={"error": {"message": message}})


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("FIREWORKS_API_KEY", KEY)
    return resolve_settings()


@pytest.fixture
def client(settings: Settings) -> LLMClient:
    return LLMClient(settings, sleep=lambda s: None)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE) as router:
        yield router


ASK = [
    {"role": "system", "content": "You are a judge."},
    {"role": "user", "content": "Score this."},
]


def sent(route: respx.Route, i: int) -> dict[str, Any]:
    return json.loads(route.calls[i].request.content)


# ---------------------------------------------------------------- modes


def test_json_schema_success(client: LLMClient, api: respx.MockRouter) -> None:
    usage = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    route = api.post("/chat/completions").mock(return_value=reply(GOOD, usage=usage))
    result = complete_json(client, ASK, Verdict, name="verdict")
    assert result.value == Verdict(score=4, reason="clear example", tags=["star"])
    assert (result.mode, result.attempts, result.raw) == ("json_schema", 1, GOOD)
    assert result.usage is not None and result.usage.prompt_tokens == 10
    request = sent(route, 0)
    fmt = request["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "verdict" and fmt["json_schema"]["strict"] is False
    assert fmt["json_schema"]["schema"] == flat_json_schema(Verdict)
    assert request["temperature"] == 0.0 and request["max_tokens"] == 1500
    assert request["messages"] == ASK  # json_schema mode leaves the prompt alone


def test_unsupported_json_schema_falls_back_to_json_object(
    client: LLMClient, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[
            bad_request("response_format json_schema is not supported"),
            reply(GOOD),
            reply(GOOD),
        ]
    )
    result = complete_json(client, ASK, Verdict, name="verdict")
    assert result.mode == "json_object"
    second = sent(route, 1)
    assert second["response_format"] == {"type": "json_object"}
    system = second["messages"][0]
    assert system["role"] == "system" and system["content"].startswith("You are a judge.")
    assert '"score"' in system["content"] and "JSON Schema" in system["content"]
    # the refusal is remembered: the next call starts at json_object
    assert complete_json(client, ASK, Verdict, name="verdict").mode == "json_object"
    assert route.call_count == 3


def test_falls_back_to_prompting(client: LLMClient, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[
            bad_request("Unsupported response_format type: json_schema"),
            bad_request("json_object is unsupported by this server"),
            reply("Sure! " + GOOD),
        ]
    )
    result = complete_json(
        client, [{"role": "user", "content": "Score this."}], Verdict, name="verdict"
    )
    assert result.mode == "prompt" and result.value.score == 4
    third = sent(route, 2)
    assert "response_format" not in third
    assert (
        third["messages"][0]["role"] == "system"
        and "JSON Schema" in third["messages"][0]["content"]
    )


def test_other_bad_requests_are_not_swallowed(client: LLMClient, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(
        return_value=bad_request("maximum context length is 8192")
    )
    with pytest.raises(ContextLengthError):
        complete_json(client, ASK, Verdict, name="verdict")
    assert route.call_count == 1


# ---------------------------------------------------------------- parsing and repair


def test_think_block_and_fences_are_stripped(client: LLMClient, api: respx.MockRouter) -> None:
    text = (
        '<think>maybe {"score": 1}? no.</think>\nHere it is:\n```json\n'
        + GOOD
        + "\n```\nHope that helps."
    )
    api.post("/chat/completions").mock(return_value=reply(text))
    result = complete_json(client, ASK, Verdict, name="verdict")
    assert result.value.score == 4 and result.raw == text


def test_invalid_then_valid_after_reask(client: LLMClient, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[reply("I would rate it highly."), reply(GOOD)]
    )
    result = complete_json(client, ASK, Verdict, name="verdict")
    assert result.value.score == 4 and result.attempts == 2
    messages = sent(route, 1)["messages"]
    assert messages[-2] == {"role": "assistant", "content": "I would rate it highly."}
    assert messages[-1]["role"] == "user" and "no JSON object" in messages[-1]["content"]


def test_validation_error_is_fed_back(client: LLMClient, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[reply('{"score": 9, "reason": "great"}'), reply(GOOD)]
    )
    complete_json(client, ASK, Verdict, name="verdict")
    assert "score" in sent(route, 1)["messages"][-1]["content"]
    assert "less than or equal to 5" in sent(route, 1)["messages"][-1]["content"]


def test_wrong_shape_twice_raises(client: LLMClient, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(side_effect=lambda req: reply('{"grade": "A"}'))
    with pytest.raises(StructuredOutputError, match="verdict: no valid JSON .* after 2 replies"):
        complete_json(client, ASK, Verdict, name="verdict")
    assert route.call_count == 2


def test_cut_off_reply_retries_with_more_tokens(client: LLMClient, api: respx.MockRouter) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[reply('{"score": 4, "rea', finish="length"), reply(GOOD)]
    )
    result = complete_json(client, ASK, Verdict, name="verdict", max_tokens=700)
    assert result.value.score == 4
    assert sent(route, 0)["max_tokens"] == 700
    assert sent(route, 1)["max_tokens"] == 1400
    assert sent(route, 1)["messages"] == ASK  # a longer budget, not a re-ask


class Plan(BaseModel):
    company: str | None = None
    pitch: list[dict[str, str]] = Field(default_factory=list)


def test_a_cut_off_reply_whose_inner_object_parses_is_not_taken(
    client: LLMClient, api: respx.MockRouter
) -> None:
    """Cut off inside its outer object, the reply's first whole object is an inner one
    ({"title": …}), which a model with only defaulted fields would take as an empty answer."""
    cut = '{"company": "X", "pitch": [{"title": "a", "text": "b"}, {"title": "a", "te'
    whole = '{"company": "Larkspur", "pitch": [{"title": "why", "text": "because"}]}'
    route = api.post("/chat/completions").mock(
        side_effect=[reply(cut, finish="length"), reply(whole)]
    )
    result = complete_json(client, ASK, Plan, name="plan", max_tokens=700)
    assert result.value.company == "Larkspur"
    assert sent(route, 1)["max_tokens"] == 1400


def test_a_whole_object_then_more_text_cut_off_is_taken(
    client: LLMClient, api: respx.MockRouter
) -> None:
    route = api.post("/chat/completions").mock(
        side_effect=[reply(GOOD + " and then some", finish="length")]
    )
    assert complete_json(client, ASK, Verdict, name="verdict").value.score == 4
    assert len(route.calls) == 1


def test_usage_is_summed(client: LLMClient, api: respx.MockRouter) -> None:
    u = {
        "prompt_tokens": 10,
        "completion_tokens": 2,
        "total_tokens": 12,
        "prompt_tokens_details": {"cached_tokens": 8},
    }
    api.post("/chat/completions").mock(side_effect=[reply("nope", usage=u), reply(GOOD, usage=u)])
    result = complete_json(client, ASK, Verdict, name="verdict")
    assert (
        result.usage.prompt_tokens,
        result.usage.completion_tokens,
        result.usage.cached_tokens,
    ) == (20, 4, 16)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"a": 1}', {"a": 1}),
        ('prose {"a": "}{"} more prose', {"a": "}{"}),
        ('{"a": "quote \\" brace }"}', {"a": 'quote " brace }'}),
        ('```json\n{"a": [1, {"b": 2}]}\n```', {"a": [1, {"b": 2}]}),
        ('<think>{"wrong": true}</think>{"a": 1}', {"a": 1}),
        ('reasoning without an opening tag</think>{"a": 2}', {"a": 2}),
        ('{not json} then {"a": 3}', {"a": 3}),
    ],
)
def test_extract_json(text: str, expected: Any) -> None:
    assert extract_json(text) == expected


@pytest.mark.parametrize("text", ["", "no json here", '{"a": 1', '<think>{"a": 1}'])
def test_extract_json_failures(text: str) -> None:
    with pytest.raises(InvalidReply):
        extract_json(text)


# ---------------------------------------------------------------- flat schema


def _keywords(node: Any) -> set[str]:
    """Every schema keyword used, skipping property names (a property may be called 'title')."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            found.add(key)
            if key == "properties":
                for sub in value.values():
                    found |= _keywords(sub)
            else:
                found |= _keywords(value)
    elif isinstance(node, list):
        for item in node:
            found |= _keywords(item)
    return found


@pytest.mark.parametrize("model_cls", [Verdict, PlanRound, InterviewPlan, RubricCriterion])
def test_flat_schema_is_portable(model_cls: type[BaseModel]) -> None:
    schema = flat_json_schema(model_cls)
    banned = {"$ref", "$defs", "title", "default", "minimum", "maximum", "minLength", "maxLength", "pattern",
              "format", "oneOf", "propertyNames"}  # fmt: skip
    assert not (_keywords(schema) & banned)
    assert schema["type"] == "object"
    json.dumps(schema)


def test_flat_schema_inlines_and_collapses_nullable() -> None:
    schema = flat_json_schema(PlanRound)
    assert "title" in schema["properties"]  # a property named title survives
    assert schema["properties"]["interviewer"] == {"type": "string"}
    source = schema["properties"]["source"]  # NoteLine | None, inlined from $defs
    assert source["type"] == "object" and set(source["properties"]) == {"text", "line"}
    assert source["description"] == "the line that introduced the round"
    assert schema["properties"]["focus"]["items"]["properties"]["line"] == {"type": "integer"}
    assert set(schema["required"]) == {"id", "title"}


def test_flat_schema_keeps_descriptions_and_required() -> None:
    schema = flat_json_schema(Verdict)
    assert schema["properties"]["score"] == {"type": "integer", "description": "1..5"}
    assert schema["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}
    assert schema["required"] == ["score", "reason"]


def test_a_plan_reply_without_rounds_is_re_asked(client: LLMClient, api: respx.MockRouter) -> None:
    """A small model that closes the plan after its company and role is asked again, not
    taken as a plan of no rounds; the schema lists the rounds first, for it to reach them."""
    from mockloop.notes.llm_plan import ExtractedPlan

    whole = '{"rounds": [{"kind": "recruiter", "title": "Recruiter call"}], "company": "X"}'
    route = api.post("/chat/completions").mock(
        side_effect=[reply('{"company": "X", "role": "PM"}'), reply(whole)]
    )
    result = complete_json(client, ASK, ExtractedPlan, name="plan")
    assert [r.title for r in result.value.rounds] == ["Recruiter call"]
    assert len(route.calls) == 2
    schema = sent(route, 0)["response_format"]["json_schema"]["schema"]
    assert next(iter(schema["properties"])) == "rounds" and "rounds" in schema["required"]
