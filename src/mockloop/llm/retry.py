"""The one retry policy (tenacity drives it; the SDK runs with max_retries=0): which failures are
retried, how long to wait (exponential backoff with jitter, never less than the server's
Retry-After), and the provider's own error text for the message the user sees."""

from __future__ import annotations

import email.utils
import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

RETRYABLE_STATUS = frozenset({408, 409, 429} | set(range(500, 600)))
BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 20.0
RETRY_AFTER_CAP_S = 60.0


class StreamBroke(Exception):
    """A stream that died after it started; the whole turn is retried."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def retryable(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, StreamBroke):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS and asked_too_long(exc) is None
    return isinstance(exc, openai.APIConnectionError)  # includes APITimeoutError


def asked_too_long(exc: BaseException) -> float | None:
    """The server's Retry-After when it is beyond RETRY_AFTER_CAP_S: then the user is told how
    long it asked instead of mockloop sleeping through it (or retrying early, in vain)."""
    response = getattr(exc, "response", None)
    hint = retry_after_s(response.headers) if response is not None else None
    return hint if hint is not None and hint > RETRY_AFTER_CAP_S else None


def wait_text(seconds: float) -> str:
    """3600 -> 'about 1 h', 150 -> 'about 3 min'."""
    if seconds >= 3600:
        return f"about {seconds / 3600:.0f} h"
    if seconds >= 90:
        return f"about {seconds / 60:.0f} min"
    return f"{seconds:.0f} s"


def retry_after_s(headers: Any) -> float | None:
    """Seconds the server asked us to wait: retry-after-ms, Retry-After seconds or HTTP date."""
    try:
        return float(headers.get("retry-after-ms")) / 1000
    except (TypeError, ValueError):
        pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def backoff_s(
    attempt: int, exc: BaseException | None, rand: Callable[[], float] = random.random
) -> float:
    """Exponential backoff with equal jitter, but never shorter than the server's Retry-After."""
    step = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** (attempt - 1))
    delay = step / 2 + rand() * step / 2
    response = getattr(exc, "response", None)
    hint = retry_after_s(response.headers) if response is not None else None
    if hint is not None and hint > 0:
        delay = max(delay, min(hint, RETRY_AFTER_CAP_S))
    return delay


def server_message(exc: Any) -> str:
    """The provider's own error text, from the JSON body when there is one."""
    body = getattr(exc, "body", None)
    msg: Any = None
    if isinstance(body, dict):
        msg = body.get("message") or body.get("detail") or body.get("error")
        if isinstance(msg, dict):
            msg = msg.get("message")
    elif isinstance(body, str):
        msg = body
    if not msg and getattr(exc, "response", None) is not None:
        try:
            msg = exc.response.text
        except Exception:  # noqa: BLE001 - an unread stream; fall back to the SDK's message
            msg = None
    return str(msg or getattr(exc, "message", "") or type(exc).__name__)


def policy(
    retries: int,
    rand: Callable[[], float],
    sleep: Callable[[float], None],
    deadline: float | None = None,
) -> Any:
    """The one retry policy (tenacity; the SDK's own retries are off): ``retries`` more tries
    of what `retryable` allows, backoff_s between them (Retry-After honoured), the debug log
    told before each wait, and no new try after ``deadline`` seconds. Chat, listing and
    transcription requests all run under it."""
    from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_after_delay

    from . import debuglog

    stop = stop_after_attempt(retries + 1)
    return Retrying(
        stop=stop if deadline is None else stop | stop_after_delay(deadline),
        wait=lambda state: backoff_s(
            state.attempt_number, state.outcome.exception() if state.outcome else None, rand
        ),
        retry=retry_if_exception(retryable),
        sleep=sleep,
        before_sleep=debuglog.before_sleep,
        reraise=True,
    )
