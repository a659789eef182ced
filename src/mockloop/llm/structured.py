"""Validated JSON from any OpenAI-compatible server: json_schema, then json_object, then prompting.

Servers differ in what they honour: OpenAI and Fireworks enforce a json_schema
response_format, some vLLM and llama.cpp builds only know json_object, and some ignore both.
So the schema is kept flat and portable, the first mode a server refuses is remembered on
the client, and every reply is parsed and validated with pydantic whatever the mode, because
even an enforced schema can arrive wrapped in <think> blocks, fences or prose.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ValidationError

from mockloop.errors import BadRequestError, StructuredOutputError

if TYPE_CHECKING:
    from .client import LLMClient, Usage

Mode = Literal["json_schema", "json_object", "prompt"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "prompt")
MAX_LENGTH_RETRIES = 2  # doublings of max_tokens when a reply was cut off
MAX_REASKS = 1  # re-asks with the validation error appended

# Keywords some servers reject or ignore; the validator enforces them anyway.
_DROP = frozenset(
    {
        "$defs", "definitions", "title", "default", "format", "pattern", "examples",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties", "propertyNames", "discriminator",
        "readOnly", "writeOnly", "deprecated",
    }
)  # fmt: skip
_SUBSCHEMA = frozenset({"items", "additionalProperties", "not", "contains"})
_UNSUPPORTED_RE = re.compile(
    r"response_format|json_schema|json_object|schema|unsupported|not supported|grammar",
    re.IGNORECASE,
)
_THINK_RE = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_FENCE_RE = re.compile(r"```[a-zA-Z]*")


@dataclass(frozen=True)
class JsonResult:
    """A validated object, the raw reply it came from, and how it was obtained."""

    value: BaseModel
    raw: str
    mode: Mode
    attempts: int  # model calls that produced a reply (re-asks and length retries included)
    usage: Usage | None  # summed over those calls


class InvalidReply(ValueError):
    """The reply held no JSON object, or one that does not fit the schema."""


# ---------------------------------------------------------------- schema


def flat_json_schema(model_cls: type[BaseModel]) -> dict[str, Any]:
    """Pydantic's schema with $defs inlined, nullable unions collapsed, fussy keywords removed."""
    raw = model_cls.model_json_schema()
    return _flatten(raw, raw.get("$defs", {}), ())


def _flatten(node: dict[str, Any], defs: dict[str, Any], seen: tuple[str, ...]) -> dict[str, Any]:
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            raise ValueError(f"{name} refers to itself; a flat schema cannot express recursion")
        merged = {**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}
        return _flatten(merged, defs, (*seen, name))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP:
            continue
        if key == "properties":
            out[key] = {prop: _flatten(sub, defs, seen) for prop, sub in value.items()}
        elif key in _SUBSCHEMA and isinstance(value, dict):
            out[key] = _flatten(value, defs, seen)
        elif key == "prefixItems":
            out[key] = [_flatten(sub, defs, seen) for sub in value]
        elif key in ("anyOf", "oneOf", "allOf"):
            _merge_union(out, key, [_flatten(sub, defs, seen) for sub in value])
        else:
            out[key] = value
    return out


def _merge_union(out: dict[str, Any], key: str, options: list[dict[str, Any]]) -> None:
    """`X | None` becomes X; a single-member union is inlined; any other union becomes anyOf."""
    options = [o for o in options if o.get("type") != "null"] or options
    if len(options) == 1:
        for k, v in options[0].items():
            out.setdefault(k, v)
    elif key == "allOf":
        out["allOf"] = options
    else:
        out["anyOf"] = options


def schema_note(schema: dict[str, Any]) -> str:
    return (
        "Reply with one JSON object and nothing else: no prose and no Markdown fences. "
        f"It must match this JSON Schema:\n{json.dumps(schema, separators=(',', ':'))}"
    )


# ---------------------------------------------------------------- parsing


def _answer_text(text: str) -> str:
    """The reply past <think> blocks and Markdown fences."""
    text = _THINK_RE.sub("", text)
    if "</think>" in text.lower():  # the opening tag was in the prompt template
        text = re.split(r"</think>", text, flags=re.IGNORECASE)[-1]
    text = re.split(r"<think>", text, flags=re.IGNORECASE)[0]  # an unfinished thought
    return _FENCE_RE.sub("", text)


def outer_closed(text: str) -> bool:
    """The reply's first object is closed: a reply cut off inside it is not a whole answer,
    even when an inner object ({"title": …}) parses on its own."""
    text = _answer_text(text)
    start = text.find("{")
    return start != -1 and _balanced_end(text, start) is not None


def extract_json(text: str) -> Any:
    """The first balanced JSON object in a reply, past <think> blocks, fences and prose."""
    text = _answer_text(text)
    start = text.find("{")
    while start != -1:
        end = _balanced_end(text, start)
        if end is not None:
            try:
                return json.loads(text[start:end])
            except json.JSONDecodeError:
                pass
        start = text.find("{", start + 1)
    raise InvalidReply("the reply contains no JSON object")


def _balanced_end(text: str, start: int) -> int | None:
    """Index just past the brace closing the one at start, honouring strings and escapes."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def parse_reply(text: str, schema: type[BaseModel]) -> BaseModel:
    """Extract and validate; InvalidReply carries a short, model-readable reason."""
    data = extract_json(text)
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}"
            for err in exc.errors()[:5]
        ]
        raise InvalidReply("; ".join(problems)) from None


# ---------------------------------------------------------------- the call


def _response_format(mode: Mode, name: str, schema: dict[str, Any]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": name, "schema": schema, "strict": False},
        }
    if mode == "json_object":
        return {"type": "json_object"}
    return None


def _with_note(messages: list[dict[str, Any]], note: str) -> list[dict[str, Any]]:
    """Add the schema to the system message (or a new one) for modes that do not enforce it."""
    out = [dict(m) for m in messages]
    if out and out[0].get("role") == "system":
        out[0]["content"] = f"{out[0].get('content', '')}\n\n{note}"
    else:
        out.insert(0, {"role": "system", "content": note})
    return out


def _add_usage(total: Usage | None, more: Usage | None) -> Usage | None:
    from .client import Usage

    if more is None or total is None:
        return total or more

    def both(a: int | None, b: int | None) -> int | None:
        return None if a is None and b is None else (a or 0) + (b or 0)

    return Usage(
        total.prompt_tokens + more.prompt_tokens,
        total.completion_tokens + more.completion_tokens,
        both(total.cached_tokens, more.cached_tokens),
        both(total.reasoning_tokens, more.reasoning_tokens),
    )


def complete_json(
    client: LLMClient,
    messages: list[dict[str, Any]],
    schema: type[BaseModel],
    *,
    name: str,
    temperature: float = 0.0,
    max_tokens: int = 1500,
    model: str | None = None,
    reasoning_effort: str | None = None,
) -> JsonResult:
    """Ask for JSON matching schema, stepping down modes the server refuses.

    A reply cut off by max_tokens is retried with twice the budget (up to twice); a reply that
    does not validate is re-asked once with the error. Anything still invalid raises
    StructuredOutputError, which the caller records as "unscored" rather than crashing.
    Grading and reading notes may think longer than an interviewer turn: the reasoning effort
    defaults to the judge's setting.
    """
    effort = reasoning_effort or client.settings.judge_reasoning_effort
    flat = flat_json_schema(schema)
    note = schema_note(flat)
    mode: Mode = client.structured_mode if client.structured_mode in MODES else "json_schema"  # type: ignore[assignment]
    extra: list[dict[str, Any]] = []
    calls = doublings = reasks = 0
    usage: Usage | None = None
    while True:
        base = messages if mode == "json_schema" else _with_note(messages, note)
        try:
            result = client.stream_chat(
                base + extra,
                on_text=lambda _t: None,
                temperature=temperature,
                max_tokens=max_tokens,
                model=model,
                response_format=_response_format(mode, name, flat),
                reasoning_effort=effort,
            )
        except BadRequestError as exc:
            if mode == "prompt" or not _UNSUPPORTED_RE.search(str(exc)):
                raise
            mode = MODES[MODES.index(mode) + 1]
            client.structured_mode = mode
            continue
        calls += 1
        usage = _add_usage(usage, result.usage)
        try:
            if result.finish_reason == "length" and not outer_closed(result.text):
                raise InvalidReply("the reply was cut off at the token limit")
            value = parse_reply(result.text, schema)
        except InvalidReply as exc:
            if result.finish_reason == "length" and doublings < MAX_LENGTH_RETRIES:
                doublings += 1
                max_tokens *= 2
                continue
            if reasks < MAX_REASKS:
                reasks += 1
                extra = _reask(result.text, str(exc))
                continue
            raise StructuredOutputError(
                f"{name}: no valid JSON from model '{result.model}' after {calls} replies: {exc}; "
                "try again, or use another model"
            ) from None
        return JsonResult(value=value, raw=result.text, mode=mode, attempts=calls, usage=usage)


def _reask(bad_reply: str, problem: str) -> list[dict[str, Any]]:
    return [
        {"role": "assistant", "content": bad_reply},
        {
            "role": "user",
            "content": f"That reply could not be used: {problem}. "
            "Reply again with only the corrected JSON object.",
        },
    ]
