"""How many tokens a request may hold: the `context_window` setting, else the server's own word.

llama.cpp says it at `GET /props` (default_generation_settings.n_ctx, beside /v1), Ollama at
`POST /api/show` (model_info's `<arch>.context_length`, or a num_ctx parameter, which wins),
vLLM in `GET /v1/models` (max_model_len). Hosted providers (Fireworks, OpenAI, Together, Groq)
serve 100K+ windows and say nothing portable, so they are not asked. Every probe is one short
request; any failure means "unknown" and the interviewer sends its full prompt, as before.
Token counts are estimates (no tokenizer): generous on purpose, since a server's own
overflow error is still caught and the history condensed.
"""

from __future__ import annotations

import re
from typing import Any

from .settings import Settings

CHARS_PER_TOKEN = 3.2  # English prose is ~4 characters a token; code and names run shorter
TOKENS_PER_MESSAGE = 8  # chat-template markers around each message
PROBE_TIMEOUT_S = 3.0
_HOSTED = frozenset({"fireworks", "openai", "together", "groq"})

# "available context size (8192 tokens)", "maximum context length is 4096 tokens",
# "context length (4096)", "model maximum context length: 131072"
_WINDOW_RE = re.compile(
    r"(?:context (?:size|length|window)|maximum context length)\D{0,24}?(\d{3,7})", re.IGNORECASE
)


# The context-overflow wordings of llama.cpp ("request (8271 tokens) exceeds the available
# context size (8192 tokens)", exceed_context_size_error), Ollama ("input length exceeds the
# context length"), vLLM ("This model's maximum context length is", "is too long to fit into
# the model"), OpenAI (context_length_exceeded) and Fireworks ("prompt is too long").
_OVERFLOW_RE = re.compile(
    r"context[ _-]?(length|window|size)|maximum context|too many tokens|prompt is too long|"
    r"input is too long|exceeds? the model|reduce the length|too long to fit into the model|"
    r"exceed_context_size",
    re.IGNORECASE,
)


def is_overflow(message: str) -> bool:
    """Does this server error say the request was longer than the model's context?"""
    return _OVERFLOW_RE.search(message) is not None


def estimate_tokens(messages: list[dict[str, Any]]) -> int:
    chars = sum(len(str(m.get("content") or "")) for m in messages)
    return int(chars / CHARS_PER_TOKEN) + TOKENS_PER_MESSAGE * len(messages)


def window_from_error(message: str) -> int | None:
    """The window a context-overflow error names, when it names one."""
    found = _WINDOW_RE.search(message)
    return int(found.group(1)) if found else None


def context_window(settings: Settings) -> int | None:
    """The setting, else what the server reports, else None (unknown)."""
    if settings.context_window:
        return settings.context_window
    local = settings.provider in ("llamacpp", "ollama", "vllm") or settings.keyless
    if settings.provider in _HOSTED or settings.is_fireworks or not local:
        return None  # hosted: large windows, and no portable way to ask
    probes = {
        "llamacpp": (_llamacpp,),
        "ollama": (_ollama,),
        "vllm": (_vllm,),
    }.get(settings.provider, (_vllm, _llamacpp, _ollama))
    for probe in probes:
        try:
            window = probe(settings)
        except Exception:  # noqa: BLE001 - any failure: this server does not say
            window = None
        if window:
            return window
    return None


def _root(settings: Settings) -> str:
    """The server's root: the base URL without its /v1."""
    return re.sub(r"/v1/?$", "", settings.base_url.rstrip("/"))


def _get(settings: Settings, url: str, payload: dict[str, Any] | None = None) -> Any:
    import httpx

    key = None if settings.keyless else settings.api_key()
    headers = {"authorization": f"Bearer {key}"} if key else {}
    with httpx.Client(timeout=min(PROBE_TIMEOUT_S, settings.timeout)) as http:
        if payload is None:
            response = http.get(url, headers=headers)
        else:
            response = http.post(url, json=payload, headers=headers)
    response.raise_for_status()
    return response.json()


def _positive(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and value > 0 else None


def _llamacpp(settings: Settings) -> int | None:
    props = _get(settings, _root(settings) + "/props")
    return _positive((props.get("default_generation_settings") or {}).get("n_ctx"))


def _ollama(settings: Settings) -> int | None:
    shown = _get(settings, _root(settings) + "/api/show", {"model": settings.model})
    num_ctx = re.search(r"\bnum_ctx\s+(\d+)", str(shown.get("parameters") or ""))
    if num_ctx:
        return int(num_ctx.group(1))
    info = shown.get("model_info") or {}
    return next(
        (_positive(v) for k, v in info.items() if k.endswith(".context_length") and _positive(v)),
        None,
    )


def _vllm(settings: Settings) -> int | None:
    listing = _get(settings, settings.base_url.rstrip("/") + "/models")
    for model in listing.get("data") or []:
        if isinstance(model, dict) and model.get("id") == settings.model:
            return _positive(model.get("max_model_len"))
    return None
