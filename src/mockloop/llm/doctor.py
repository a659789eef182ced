"""Endpoint checks for `mockloop doctor`: each step says what passed and, if not, the fix.

The steps run in the order a user would debug by hand (key set, server reachable, key
accepted, model served, a streamed reply, structured output) and stop at the first failure
that makes the later ones meaningless. Retries are cut to one so a dead server fails fast,
each check has a deadline (CHECK_DEADLINE_S, backoff waits included) and doctor as a whole
another (DOCTOR_DEADLINE_S): a server that trickles tokens or asks to wait fails its check.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from mockloop.errors import (
    AuthError,
    LLMError,
    ModelNotFoundError,
    RetriesExhaustedError,
    StructuredOutputError,
)

from .client import ChatResult, LLMClient
from .settings import Settings
from .structured import complete_json

SLOW_FIRST_TOKEN_S = 5.0
SLOW_TOTAL_S = 10.0
CHECK_DEADLINE_S = 30.0
DOCTOR_DEADLINE_S = 90.0


class _OutOfTime(Exception):
    """A backoff wait would run past the check's deadline."""


class _Clock:
    """The deadline of the check under way, and of doctor as a whole."""

    def __init__(self, sleep: Callable[[float], None], total: float, per_check: float) -> None:
        self._sleep = sleep
        self.per_check = per_check
        self.ends = time.monotonic() + total
        self.check_ends = self.ends

    def start(self, client: LLMClient) -> None:
        """A new check: its deadline is the sooner of its own and doctor's."""
        left = self.ends - time.monotonic()
        if left <= 0:
            raise _OutOfTime
        self.check_ends = time.monotonic() + min(self.per_check, left)
        client.cutoff = self.check_ends

    def sleep(self, seconds: float) -> None:
        if time.monotonic() + seconds > self.check_ends:
            raise _OutOfTime
        self._sleep(seconds)


def _late(name: str, clock: _Clock) -> Check:
    return Check(
        name,
        False,
        f"no result within {clock.per_check:g}s (doctor stops after {DOCTOR_DEADLINE_S:g}s in all)",
        "the server is overloaded, rate limited or very slow: try again later, or use a faster "
        "--model or another --provider",
    )


@dataclass(frozen=True)
class Check:
    """One line of `mockloop doctor`: what was checked, whether it passed, and the fix if not."""

    name: str
    ok: bool
    detail: str
    fix: str | None = None


class _Probe(BaseModel):
    word: str
    count: int


def check_endpoint(
    settings: Settings, *, sleep: Callable[[float], None] = time.sleep
) -> list[Check]:
    """Probe the configured endpoint and model; never raises for endpoint failures."""
    s = settings.model_copy(
        update={"retries": min(settings.retries, 1), "timeout": min(settings.timeout, 20.0)}
    )
    key = _key_check(s)
    if not key.ok:
        return [key]
    checks = [key]
    clock = _Clock(sleep, DOCTOR_DEADLINE_S, CHECK_DEADLINE_S)
    client = LLMClient(s, sleep=clock.sleep)
    listed: list[str] | None = None
    step = "server"
    try:
        clock.start(client)
        listed = client.list_models()
        checks.append(Check("server", True, f"{s.base_url} answered" + _listing(listed)))
        if not s.model:
            return [*checks, Check("model", False, "no model is set", _pick(listed, "--model"))]
        step = "streamed reply"
        clock.start(client)
        reply = client.stream_chat(
            [{"role": "user", "content": "Reply with the single word: ready"}],
            on_text=lambda _t: None,
            temperature=0.0,
            max_tokens=32,
        )
    except _OutOfTime:
        return [*checks, _late(step, clock)]
    except LLMError as exc:
        return [*checks, _failure(exc, s, listed)]
    if not s.keyless:
        checks.append(Check("key accepted", True, f"{s.host} accepted the key in {s.api_key_env}"))
    where = "is listed by the server" if listed and s.model in listed else "answered a chat call"
    checks.append(Check("model", True, f"interviewer '{s.model}' {where}"))
    checks.append(Check("streamed reply", True, f"finish_reason={reply.finish_reason}"))
    checks.append(_latency(reply))
    try:
        clock.start(client)
        checks.append(_judge_check(client, s, listed))
    except _OutOfTime:
        checks.append(_late("judge model", clock))
    return checks


def _pick(listed: list[str] | None, flag: str, limit: int = 10) -> str:
    """The fix for a missing or wrong model: the ids the server serves (GET /models)."""
    if not listed:
        return f"pass {flag} with a model id the server serves (it does not list them)"
    more = f" (and {len(listed) - limit} more)" if len(listed) > limit else ""
    return f"pass {flag} with one of: {', '.join(listed[:limit])}{more}"


def _key_check(s: Settings) -> Check:
    if s.keyless:
        return Check("key", True, "not needed (keyless server)")
    if s.api_key() is None:
        return Check(
            "key",
            False,
            f"{s.api_key_env} is not set",
            f"export {s.api_key_env}=<your key>, or pass --provider or --base-url for another endpoint",
        )
    return Check("key", True, f"{s.api_key_env} is set")


def _listing(listed: list[str] | None) -> str:
    return " (it does not list models)" if listed is None else f" and lists {len(listed)} model(s)"


def _failure(exc: LLMError, s: Settings, listed: list[str] | None) -> Check:
    """The check that failed, with a one-line fix chosen by error type."""
    if isinstance(exc, AuthError):
        fix = (
            f"check the key in {s.api_key_env}, or create a new one"
            if s.api_key_env
            else ("pass --api-key-env NAME and export NAME")
        )
        return Check("key accepted", False, str(exc), fix)
    if isinstance(exc, ModelNotFoundError):
        return Check("model", False, str(exc), _pick(listed, "--model"))
    if isinstance(exc, RetriesExhaustedError):
        return Check(
            "server", False, str(exc), f"check --base-url ({s.base_url}) and that the service is up"
        )
    return Check("streamed reply", False, str(exc), "try another --model or --provider")


def _latency(reply: ChatResult) -> Check:
    first = reply.latency_first_token_s
    detail = (
        f"first token {first:.2f}s, " if first is not None else ""
    ) + f"total {reply.latency_total_s:.2f}s"
    slow = reply.latency_total_s > SLOW_TOTAL_S or (
        first is not None and first > SLOW_FIRST_TOKEN_S
    )
    fix = "a smaller model or a nearer provider answers faster" if slow else None
    return Check("latency", not slow, detail, fix)


def _judge_check(client: LLMClient, s: Settings, listed: list[str] | None) -> Check:
    """Whether the judge model is served and returns schema-valid JSON, and by which mode."""
    ask = [
        {
            "role": "user",
            "content": 'Return a JSON object with "word" set to "ready" and "count" set to 3.',
        }
    ]
    who = "the judge (same model)" if s.judge_model == s.model else f"judge '{s.judge_model}'"
    try:
        result = complete_json(
            client, ask, _Probe, name="probe", max_tokens=400, model=s.judge_model
        )
    except ModelNotFoundError as exc:
        return Check("judge model", False, str(exc), _pick(listed, "--judge-model"))
    except StructuredOutputError as exc:
        return Check("judge model", False, str(exc), "use a stronger judge: --judge-model NAME")
    except LLMError as exc:
        return Check(
            "judge model", False, str(exc), "run `mockloop doctor` again, or try --judge-model NAME"
        )
    if result.mode == "json_schema":
        return Check("judge model", True, f"{who} honours response_format json_schema")
    return Check(
        "judge model", True, f"{who}: json_schema refused; the {result.mode} fallback works"
    )
