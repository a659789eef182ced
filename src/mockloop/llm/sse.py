"""Reading a chat completion's server-sent events from the raw HTTP response."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any


class Overdue(Exception):
    """The stream was still going at its deadline (a server trickling tokens, or keep-alives)."""


def sse_chunks(response: Any, deadline: float | None = None) -> Iterator[dict[str, Any]]:
    """The JSON objects of a chat SSE body, up to ``data: [DONE]``.

    Read from the raw httpx response rather than the SDK's iterator, which gives up on the first
    line that is not JSON: a keep-alive ``event: ping``, a proxy's stray text. Such lines are
    skipped here. An ``{"error": ...}`` event raises openai.APIError, as the SDK would. Past
    ``deadline`` (a time.monotonic() value) the next line raises Overdue, keep-alives included.
    """
    import openai

    data: list[str] = []

    def dispatch() -> dict[str, Any] | None:
        payload = "\n".join(data)
        data.clear()
        try:
            obj = json.loads(payload)
        except ValueError:
            return None
        if not isinstance(obj, dict):
            return None
        error = obj.get("error")
        if error:
            message = error.get("message") if isinstance(error, dict) else None
            raise openai.APIError(
                message if isinstance(message, str) and message else "an error event in the stream",
                request=response.request,
                body=error,
            )
        return obj

    for line in response.iter_lines():
        if deadline is not None and time.monotonic() > deadline:
            raise Overdue
        if line:
            name, _, value = line.partition(":")
            if name == "data":
                data.append(value.removeprefix(" "))
            continue  # comments (":"), event:, id:, retry: carry nothing a chat turn needs
        if not data:
            continue
        if data[0].startswith("[DONE]"):
            return
        chunk = dispatch()
        if chunk is not None:
            yield chunk
    if data and not data[0].startswith("[DONE]"):  # a last event without its blank line
        chunk = dispatch()
        if chunk is not None:
            yield chunk
