"""Where spoken answers are transcribed: one rule, decided here.

`--stt-base-url` / `--stt-model` win (or MOCKLOOP_STT_BASE_URL / MOCKLOOP_STT_MODEL); else a
chat endpoint given by URL (`--base-url`, MOCKLOOP_BASE_URL, a config file's base_url) is
asked too; else the provider preset's own audio endpoint. The key is the chat's: the same
variable, read at call time, never stored.

Audio presets (checked against the providers' documentation, 2026):
- fireworks: its audio API lives on its own host, https://audio-prod.api.fireworks.ai/v1,
  model whisper-v3 (audio-turbo.api.fireworks.ai serves whisper-v3-turbo).
- openai: whisper-1. gpt-4o-mini-transcribe and gpt-4o-transcribe return no word timestamps
  (they accept only response_format json or text), so delivery figures would be unavailable.
- groq: whisper-large-v3-turbo on its OpenAI-compatible base URL.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from mockloop.errors import ConfigError
from mockloop.llm.settings import key_from

if TYPE_CHECKING:
    from mockloop.llm.settings import Settings

DEFAULT_CUSTOM_MODEL = "whisper-1"  # the id most OpenAI-compatible speech servers answer to

AUDIO_PRESETS: dict[str, tuple[str | None, str]] = {
    # provider: (its audio base URL, or None for the chat base URL; the model)
    "fireworks": ("https://audio-prod.api.fireworks.ai/v1", "whisper-v3"),
    "openai": (None, "whisper-1"),
    "groq": (None, "whisper-large-v3-turbo"),
}


@dataclass(frozen=True)
class SttEndpoint:
    """A resolved transcription endpoint. Holds the key's variable name, never the key."""

    base_url: str
    model: str
    api_key_env: str | None  # None: a server that needs no key
    origin: str  # "flag", "env", "chat base URL" or "<provider> preset": what `config` would say

    def api_key(self) -> str | None:
        return key_from(self.api_key_env)

    @property
    def keyless(self) -> bool:
        return self.api_key_env is None

    @property
    def host(self) -> str:
        return urlparse(self.base_url).netloc or self.base_url

    @property
    def label(self) -> str:
        """'whisper-v3 at audio-prod.api.fireworks.ai': what a transcript says it came from."""
        return f"{self.model} at {self.host}"


def stt_endpoint(
    settings: Settings | None,
    *,
    base_url: str | None = None,
    model: str | None = None,
    api_key_env: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> SttEndpoint:
    """The endpoint spoken answers go to. ``settings``: the chat's resolved settings (None when
    the interview runs offline: then only an explicit STT URL, with ``api_key_env`` if given)."""
    env = os.environ if environ is None else environ
    url = base_url or env.get("MOCKLOOP_STT_BASE_URL", "").strip() or None
    chosen = model or env.get("MOCKLOOP_STT_MODEL", "").strip() or None
    key_env = settings.api_key_env if settings is not None else api_key_env
    if url:
        origin = "flag" if base_url else "env"
        return SttEndpoint(_clean(url), chosen or DEFAULT_CUSTOM_MODEL, key_env, origin)
    if settings is None:
        raise ConfigError(
            "no transcription endpoint without a model endpoint: pass --stt-base-url URL, "
            "or --offline for local transcription"
        )
    preset = AUDIO_PRESETS.get(settings.provider)
    if settings.source.get("base_url") in ("flag", "env", "config"):  # a URL the user gave
        fallback = preset[1] if preset else DEFAULT_CUSTOM_MODEL
        return SttEndpoint(settings.base_url, chosen or fallback, key_env, "chat base URL")
    if preset is None:
        raise ConfigError(
            f"provider {settings.provider!r} has no known transcription endpoint: pass "
            "--stt-base-url URL --stt-model NAME, or --offline for local transcription"
        )
    audio_url, preset_model = preset
    return SttEndpoint(
        audio_url or settings.base_url,
        chosen or preset_model,
        key_env,
        f"{settings.provider} preset",
    )


def _clean(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(
            f"--stt-base-url {url!r} is not an http(s) URL: pass one like http://127.0.0.1:8000/v1"
        )
    return url.rstrip("/")
