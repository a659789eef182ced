"""The only place that builds an OpenAI client: streamed chat, one retry layer, error mapping.

Every OpenAI-compatible server (Fireworks, OpenAI, Together, Groq, vLLM, llama.cpp, Ollama)
is reached through the same SDK with its own retries off, so tenacity here is the single
place that decides what to retry and how long to wait. Provider failures become mockloop
errors with one-line messages that never contain the key. `openai` is imported inside the
methods so that importing this module stays cheap for commands that never call a model.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from mockloop.errors import (
    AuthError,
    BadRequestError,
    ContextLengthError,
    LLMError,
    MissingKeyError,
    MockloopError,
    ModelNotFoundError,
    RetriesExhaustedError,
)

from . import debuglog
from .context import is_overflow
from .redact import redact, remember
from .results import (
    ChatResult,
    ContentFilteredError,
    DeadlineError,
    Usage,
    WaitTooLongError,
    usage_of,
)
from .retry import (
    RETRY_AFTER_CAP_S,
    StreamBroke,
    asked_too_long,
    policy,
    retryable,
    server_message,
    wait_text,
)
from .settings import Settings
from .sse import Overdue, sse_chunks

__all__ = [
    "ChatResult", "ContentFilteredError", "DeadlineError", "LLMClient", "Usage", "WaitTooLongError",
]  # fmt: skip

T = TypeVar("T")

# Optional request fields some servers refuse (400 naming them): dropped once per client.
_OPTIONAL_PARAMS = ("stream_options", "reasoning_effort")


@dataclass
class _Turn:
    attempts: int = 0
    emitted: bool = False  # text of the current attempt has reached on_text


class LLMClient:
    """A chat client bound to one Settings and, optionally, one interview session.

    The session id goes out as `user` and, on Fireworks, as `x-session-affinity`, so every
    turn of a session lands on the same replica and reuses its prompt cache.
    """

    def __init__(
        self,
        settings: Settings,
        session_id: str | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        key = settings.api_key()
        if key is None:
            raise MissingKeyError(
                f"{settings.api_key_env} is not set: export it, or run with --offline"
            )
        import openai

        self.settings = settings
        self.session_id = session_id
        # complete_json lowers this when a server refuses a mode, so later calls skip it
        self.structured_mode = "json_schema"
        self._key = None if settings.keyless else key
        remember(self._key)
        self._sleep = sleep
        self._rand = rand
        self._refused: set[str] = set()  # optional fields this server rejected
        self.deadline_s = settings.deadline
        self.cutoff: float | None = None  # a time.monotonic() no request may outlast (doctor)
        self._window: int | None = None
        self._window_asked = False
        headers = (
            {"x-session-affinity": session_id} if session_id and settings.is_fireworks else None
        )
        self._client = openai.OpenAI(
            base_url=settings.base_url,
            api_key=key,
            max_retries=0,
            timeout=settings.timeout,
            default_headers=headers,
        )
        debuglog.attach(self._client, settings)  # --debug: log requests, never the key

    # ------------------------------------------------------------------ chat

    def stream_chat(
        self,
        messages: list[dict[str, Any]],
        *,
        on_text: Callable[[str], None],
        on_reset: Callable[[], None] | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        model: str | None = None,
        response_format: dict[str, Any] | None = None,
        reasoning_effort: str | None = None,
    ) -> ChatResult:
        """Stream one assistant turn to on_text; a broken stream calls on_reset and starts over.

        Reasoning deltas (``reasoning_content``, ``reasoning``) never reach on_text: the screen
        keeps its spinner and the transcript holds only the reply. ``reasoning_effort`` defaults
        to the interviewer's setting; "off" sends none.
        """
        model = model or self.settings.model
        params: dict[str, Any] = {
            "model": model,
            "messages": messages,
            "stream": True,
            "temperature": self.settings.temperature if temperature is None else temperature,
        }
        if max_tokens:
            params["max_tokens"] = max_tokens
        if self.session_id:
            params["user"] = self.session_id
        if response_format:
            params["response_format"] = response_format
        effort = reasoning_effort or self.settings.reasoning_effort
        if effort != "off":
            params["reasoning_effort"] = effort
        turn = _Turn()
        started = time.monotonic()

        def attempt() -> ChatResult:
            turn.attempts += 1
            return self._stream_once(params, turn, on_text, on_reset, started)

        return self._with_retries(attempt, model, turn)

    def context_window(self) -> int | None:
        """Tokens per request: the setting, else asked of the server once (None: unknown)."""
        if not self._window_asked:
            from .context import context_window

            self._window, self._window_asked = context_window(self.settings), True
        return self._window

    def list_models(self) -> list[str] | None:
        """Model ids the server lists, or None when it has no /models endpoint."""
        turn = _Turn()

        def attempt() -> list[str]:
            turn.attempts += 1
            return sorted(m.id for m in self._client.models.list())

        try:
            return self._with_retries(attempt, self.settings.model, turn, listing=True)
        except ModelNotFoundError:
            return None

    # ------------------------------------------------------------------ one attempt

    def _open_stream(self, params: dict[str, Any]) -> Any:
        """Create the stream; an optional field the server rejects (stream_options,
        reasoning_effort) is dropped, once for this client, and the request sent again."""
        import openai

        params = {**params, "stream_options": {"include_usage": True}}
        while True:
            sent = {k: v for k, v in params.items() if k not in self._refused}
            try:
                return self._client.chat.completions.create(**sent)
            except openai.BadRequestError as exc:
                text = server_message(exc).lower() + " " + str(getattr(exc, "param", "")).lower()
                named = [f for f in _OPTIONAL_PARAMS if f in sent and f in text]
                if not named:
                    raise
                debuglog.error(f"{self.settings.host} refused {named[0]}; sending without it")
                self._refused.add(named[0])

    def _stream_once(
        self,
        params: dict[str, Any],
        turn: _Turn,
        on_text: Callable[[str], None],
        on_reset: Callable[[], None] | None,
        started: float,
    ) -> ChatResult:
        import httpx
        import openai

        t0 = time.monotonic()
        deadline = t0 + self.deadline_s
        if self.cutoff is not None:
            deadline = min(deadline, self.cutoff)
        stream = self._open_stream(params)
        parts: list[str] = []
        finish: str | None = None
        usage: Usage | None = None
        served = params["model"]
        first: float | None = None
        try:
            for chunk in sse_chunks(stream.response, deadline):
                served = chunk.get("model") or served
                if isinstance(chunk.get("usage"), dict):
                    usage = usage_of(chunk["usage"])
                for choice in (chunk.get("choices") or [])[:1]:
                    delta = choice.get("delta") or {}
                    # reasoning_content / reasoning deltas are the model thinking: never shown
                    text = delta.get("content") if isinstance(delta, dict) else None
                    if text and isinstance(text, str):
                        first = time.monotonic() - t0 if first is None else first
                        parts.append(text)
                        turn.emitted = True
                        on_text(text)
                    finish = choice.get("finish_reason") or finish
            if finish is None:
                raise StreamBroke("the stream ended without a finish_reason")
        except Overdue:
            self._reset(turn, on_reset)
            raise DeadlineError(
                f"model '{params['model']}' at {self.settings.host} was still replying after "
                f"{deadline - t0:.0f}s: try again, use a faster --model, or raise MOCKLOOP_DEADLINE"
            ) from None
        except (httpx.TransportError, openai.APIError, StreamBroke) as exc:
            if finish is None or not isinstance(exc, httpx.TransportError):
                self._reset(turn, on_reset)
                raise self._stream_failure(exc, params["model"]) from exc
            # the turn was complete; only the trailing usage chunk or [DONE] was lost
        finally:
            stream.close()
        if finish == "content_filter":  # retrying the same request would be filtered again
            raise ContentFilteredError(
                f"the content filter at {self.settings.host} withheld the reply of model "
                f"'{params['model']}' (finish_reason content_filter): try again, or use another --model"
            )
        return ChatResult(
            text="".join(parts),
            finish_reason=finish,
            usage=usage,
            model=served,
            attempts=turn.attempts,
            latency_first_token_s=first,
            latency_total_s=time.monotonic() - started,
        )

    @staticmethod
    def _reset(turn: _Turn, on_reset: Callable[[], None] | None) -> None:
        """Tell the UI to discard the partial text the moment the stream breaks."""
        if turn.emitted and on_reset is not None:
            on_reset()
        turn.emitted = False

    def _stream_failure(self, exc: Exception, model: str) -> Exception:
        import openai

        if isinstance(exc, StreamBroke):
            return exc
        raw = server_message(exc) if isinstance(exc, openai.APIError) else str(exc)
        msg = self.scrub(raw or type(exc).__name__)
        if is_overflow(msg):
            return _too_long(model, msg)
        return StreamBroke(f"{type(exc).__name__}: {msg}")

    # ------------------------------------------------------------------ retries and errors

    def _with_retries(
        self, fn: Callable[[], T], model: str, turn: _Turn, *, listing: bool = False
    ) -> T:
        """Run fn under the one retry policy; map whatever finally escapes to a mockloop error."""
        retrying = policy(self.settings.retries, self._rand, self._sleep)
        try:
            return retrying(fn)
        except MockloopError:
            raise
        except Exception as exc:
            mapped = self._map_error(exc, model, turn.attempts, listing)
            if mapped is exc:
                raise
            raise mapped from exc

    def _map_error(self, exc: Exception, model: str, attempts: int, listing: bool) -> Exception:
        import openai

        asked = asked_too_long(exc)
        if asked is not None and isinstance(exc, openai.APIStatusError):
            return self._wait_too_long(exc, asked)
        if retryable(exc):
            return self._exhausted(exc, attempts)
        if isinstance(exc, openai.APIStatusError):
            if listing and exc.status_code in (404, 405):
                return ModelNotFoundError(f"{self.settings.base_url} does not list models")
            return self.status_error(exc.status_code, server_message(exc), model)
        if isinstance(exc, openai.APIError):
            return LLMError(f"{self.settings.host} failed: {self.scrub(server_message(exc))}")
        return exc

    def status_error(self, status: int, message: str, model: str) -> LLMError:
        """The mockloop error for a non-retryable HTTP status, with the fix in the message."""
        s = self.settings
        msg = self.scrub(message)
        if status in (401, 403):
            if s.keyless:
                return AuthError(
                    f"{s.base_url} wants an API key ({status}): pass --api-key-env NAME and export NAME"
                )
            return AuthError(
                f"the key in {s.api_key_env} was rejected by {s.base_url} ({status}): "
                "check it, or run `mockloop doctor`"
            )
        if status == 404:
            return ModelNotFoundError(
                f"model '{model}' was not found at {s.base_url}: check --model, or run `mockloop doctor`"
            )
        if status == 413 or (status in (400, 422) and is_overflow(msg)):
            return _too_long(model, msg)
        if status in (400, 422):
            return BadRequestError(f"{s.host} rejected the request ({status}): {msg}")
        return LLMError(f"{status} from {s.host}: {msg}")

    def _wait_too_long(self, exc: Any, asked: float) -> WaitTooLongError:
        """One line: how long the server asked to wait, and what to do instead of waiting."""
        from datetime import datetime, timedelta

        when = (datetime.now() + timedelta(seconds=asked)).strftime("%H:%M")
        why = "rate limited" if exc.status_code == 429 else f"{exc.status_code}"
        return WaitTooLongError(
            f"{self.settings.host} asked mockloop to wait {wait_text(asked)} before the next "
            f"request ({why}: {self.scrub(server_message(exc))}), longer than the "
            f"{RETRY_AFTER_CAP_S:g} s it waits by itself: try again after {when}, "
            "or use another --provider or --model"
        )

    def _exhausted(self, exc: Exception, attempts: int) -> RetriesExhaustedError:
        import openai

        s = self.settings
        tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
        if isinstance(exc, openai.APIStatusError):
            text = (
                f"{exc.status_code} from {s.host} {tries}: {self.scrub(server_message(exc))}; "
                + ("rate limited: wait a minute and try again" if exc.status_code == 429
                   else "the server is failing: try again later")
            )  # fmt: skip
        elif isinstance(exc, openai.APITimeoutError):
            text = (
                f"no answer from {s.host} within {s.timeout:g}s, {tries}: try again later, "
                "or raise the timeout (MOCKLOOP_TIMEOUT)"
            )
        elif isinstance(exc, openai.APIConnectionError):
            hint = ": is the server running?" if s.keyless else ": check your network or --base-url"
            text = f"could not connect to {s.base_url} {tries}{hint}"
        else:
            text = (
                f"the stream from {s.host} broke off {tries} ({self.scrub(str(exc))}): "
                "check your network, or try again later"
            )
        return RetriesExhaustedError(text)

    def scrub(self, text: str) -> str:
        """One line of provider text with the key (and anything key-shaped) removed."""
        text = redact(text, self._key)
        text = " ".join(text.split())
        return text if len(text) <= 300 else text[:297] + "..."


def _too_long(model: str, msg: str) -> ContextLengthError:
    return ContextLengthError(
        f"the conversation is too long for model '{model}': {msg}; "
        "use a model with a longer context (--model)"
    )
