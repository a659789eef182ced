"""`--debug`: a log of model requests, retries and errors in ``<data dir>/mockloop.log`` (0600).

Each request is logged with the provider host, the model, the message count and each message's
role and length, and the key only as ``NAME=[redacted]``. The candidate's words are logged only
with ``--debug-content``. Everything written goes through ``scrub``, which removes the key's
value and anything key-shaped, so not even a provider's error body can leak it.

llm.py calls ``attach`` (httpx event hooks on the SDK's client) and ``before_sleep`` (tenacity);
both do nothing unless ``configure`` ran.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from .redact import redact, remember

LOGGER = logging.getLogger("mockloop")
LOG_NAME = "mockloop.log"


class _State:
    content = False
    path: Path | None = None


def configure(directory: Path, *, content: bool = False) -> Path:
    """Start logging to ``directory/mockloop.log`` (appended, created 0600). Returns the path."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = directory / LOG_NAME
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.chmod(path, 0o600)
    handler = logging.StreamHandler(os.fdopen(fd, "a", encoding="utf-8"))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    for old in list(LOGGER.handlers):
        LOGGER.removeHandler(old)
        old.close()
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.DEBUG)
    LOGGER.propagate = False
    _State.content, _State.path = content, path
    return path


def enabled() -> bool:
    return _State.path is not None and LOGGER.isEnabledFor(logging.DEBUG)


def scrub(text: str) -> str:
    return redact(text)


def log(level: int, message: str) -> None:
    if enabled():
        LOGGER.log(level, scrub(message))


def error(message: str) -> None:
    log(logging.ERROR, message)


# ---------------------------------------------------------------- hooks llm.py installs


def attach(client: Any, settings: Any) -> None:
    """Add request/response hooks to the openai client's httpx client (no-op unless --debug)."""
    if not enabled():
        return
    key = settings.api_key()
    if key and len(key) >= 4 and not settings.keyless:
        remember(key)
    key_note = "none (keyless server)" if settings.keyless else f"{settings.api_key_env}=[redacted]"
    http = getattr(client, "_client", None)
    if http is None:
        return
    hooks = http.event_hooks
    hooks.setdefault("request", []).append(lambda request: _on_request(request, key_note))
    hooks.setdefault("response", []).append(_on_response)
    http.event_hooks = hooks


def before_sleep(state: Any) -> None:
    """tenacity's before_sleep: which attempt failed, why, and how long the backoff is."""
    if not enabled():
        return
    exc = state.outcome.exception() if state.outcome is not None else None
    wait = getattr(state.next_action, "sleep", None)
    log(
        logging.WARNING,
        f"retry: attempt {state.attempt_number} failed ({type(exc).__name__}: {_one_line(exc)}); "
        f"backing off {wait if wait is None else f'{wait:.2f}'}s",
    )


def _on_request(request: Any, key_note: str) -> None:
    request.extensions["mockloop_t0"] = time.monotonic()
    parts = [f"request {request.method} {request.url.host}{request.url.path}", f"key {key_note}"]
    body = _json_body(request)
    if isinstance(body, dict):
        messages = body.get("messages") or []
        parts.append(f"model {body.get('model')}")
        parts.append(f"stream {bool(body.get('stream'))}")
        parts.append(f"{len(messages)} messages")
        parts.append(
            "lengths "
            + ", ".join(f"{m.get('role')}:{len(str(m.get('content', '')))}" for m in messages)
        )
        if body.get("response_format"):
            parts.append(f"response_format {body['response_format'].get('type')}")
    log(logging.DEBUG, " · ".join(parts))
    if _State.content and isinstance(body, dict):
        for number, message in enumerate(body.get("messages") or []):
            log(
                logging.DEBUG, f"content [{number}] {message.get('role')}: {message.get('content')}"
            )


def _on_response(response: Any) -> None:
    started = response.request.extensions.get("mockloop_t0")
    took = f" after {time.monotonic() - started:.2f}s" if started else ""
    request = response.request
    line = f"response {response.status_code} {request.method} {request.url.host}{request.url.path}{took}"
    if response.status_code >= 400:
        try:
            response.read()
            line += f" · body: {_one_line(response.text)[:300]}"
        except Exception as exc:  # noqa: BLE001 - a body we cannot read is still worth the status line
            line += f" · body unreadable ({type(exc).__name__})"
    log(logging.DEBUG if response.status_code < 400 else logging.WARNING, line)


def _json_body(request: Any) -> Any:
    try:
        return json.loads(request.content or b"null")
    except (ValueError, RuntimeError):  # RuntimeError: a streaming body not read yet
        return None


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())
