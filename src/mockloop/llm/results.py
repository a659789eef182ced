"""What a chat call returns (text, usage, timings) and the errors only the client raises."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mockloop.errors import LLMError, RetriesExhaustedError


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int | None = None  # prompt tokens served from the provider's prompt cache
    reasoning_tokens: int | None = None  # completion tokens the model spent thinking, unseen


@dataclass(frozen=True)
class ChatResult:
    """One finished turn. Latencies: first token of the attempt that succeeded; total for the call."""

    text: str
    finish_reason: str | None
    usage: Usage | None
    model: str
    attempts: int
    latency_first_token_s: float | None
    latency_total_s: float


class ContentFilteredError(LLMError):
    """The provider's content filter withheld the reply (finish_reason content_filter)."""


class DeadlineError(LLMError):
    """A request was still streaming at its deadline (Settings.deadline); never retried."""


class WaitTooLongError(RetriesExhaustedError):
    """The server asked for a Retry-After beyond RETRY_AFTER_CAP_S."""


def usage_of(raw: Any) -> Usage:
    """Usage from a stream's usage object (a dict, or the SDK's model)."""

    def get(obj: Any, name: str) -> Any:
        return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)

    details = get(raw, "prompt_tokens_details")
    cached = get(details, "cached_tokens") if details is not None else None
    out = get(raw, "completion_tokens_details")
    reasoning = get(out, "reasoning_tokens") if out is not None else None
    return Usage(
        prompt_tokens=int(get(raw, "prompt_tokens") or 0),
        completion_tokens=int(get(raw, "completion_tokens") or 0),
        cached_tokens=cached,
        reasoning_tokens=int(reasoning) if isinstance(reasoning, int | float) else None,
    )
