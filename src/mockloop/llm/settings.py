"""Which endpoint and model to talk to: presets, a TOML file, environment, flags.

Precedence is flag > environment > config file > preset, field by field, and every resolved
field records where it came from so `mockloop config show` can explain itself. The API key
is never a field: it stays in its environment variable and is read at call time.

Default models (checked against provider model lists, 2026):
- fireworks, together, groq: gpt-oss-120b. It is the one strong open model all three serve
  under a stable id (Fireworks and Together have retired or renamed their Kimi/Llama/DeepSeek
  ids repeatedly; Groq is decommissioning llama-3.3-70b-versatile and names gpt-oss-120b as
  its replacement). It is cheap, has a 131K context, honours response_format json_schema, and
  accepts a temperature. Its reasoning arrives in `reasoning_content`, which the client keeps
  off the screen and out of the transcript; it takes `reasoning_effort`.
- openai: gpt-4.1-mini, not a gpt-5 model, because the gpt-5 family rejects temperature != 1
  and the interviewer runs at 0.7.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from pydantic import BaseModel, Field, ValidationError

from mockloop.errors import ConfigError
from mockloop.llm.redact import KEY_PREFIXES

Effort = Literal["off", "none", "minimal", "low", "medium", "high"]
KEYLESS_API_KEY = "not-needed"  # what the SDK gets for local servers; never shown
_CUSTOM = "custom"


@dataclass(frozen=True)
class Preset:
    """A known endpoint: where it lives, which variable holds its key, what model to use."""

    name: str
    base_url: str
    api_key_env: str | None  # None: a local server that needs no key
    model: str
    fireworks: bool = False  # send `x-session-affinity` so a session hits the same prompt cache


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "fireworks",
            "https://api.fireworks.ai/inference/v1",
            "FIREWORKS_API_KEY",
            "accounts/fireworks/models/gpt-oss-120b",
            fireworks=True,
        ),
        Preset("openai", "https://api.openai.com/v1", "OPENAI_API_KEY", "gpt-4.1-mini"),
        Preset(
            "together", "https://api.together.xyz/v1", "TOGETHER_API_KEY", "openai/gpt-oss-120b"
        ),
        Preset("groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY", "openai/gpt-oss-120b"),
        Preset("ollama", "http://127.0.0.1:11434/v1", None, "llama3.1"),
        Preset("vllm", "http://127.0.0.1:8000/v1", None, "default"),
        Preset("llamacpp", "http://127.0.0.1:8080/v1", None, "default"),
    )
}
DEFAULT_PROVIDER = "fireworks"

# Settings fields a user may set, and the environment variable for each.
_ENV_VARS: dict[str, str] = {
    "provider": "MOCKLOOP_PROVIDER",
    "model": "MOCKLOOP_MODEL",
    "judge_model": "MOCKLOOP_JUDGE_MODEL",
    "base_url": "MOCKLOOP_BASE_URL",
    "api_key_env": "MOCKLOOP_API_KEY_ENV",
    "temperature": "MOCKLOOP_TEMPERATURE",
    "timeout": "MOCKLOOP_TIMEOUT",
    "retries": "MOCKLOOP_RETRIES",
    "deadline": "MOCKLOOP_DEADLINE",
    "reasoning_effort": "MOCKLOOP_REASONING_EFFORT",
    "judge_reasoning_effort": "MOCKLOOP_JUDGE_REASONING_EFFORT",
    "context_window": "MOCKLOOP_CONTEXT_WINDOW",
}
_FILE_KEYS = frozenset(_ENV_VARS) | {"judge_temperature", "providers"}
_PROVIDER_KEYS = frozenset({"base_url", "model", "api_key_env"})
_DEFAULTS: dict[str, Any] = {
    "temperature": 0.7,
    "judge_temperature": 0.0,
    "timeout": 60.0,
    "retries": 4,
    "deadline": 240.0,
    "reasoning_effort": "low",
    "judge_reasoning_effort": "medium",
}
_OPTIONAL = ("context_window",)  # no default: unset means "ask the server"


def key_from(api_key_env: str | None) -> str | None:
    """The key from the environment now; a dummy for keyless servers; None when unset."""
    if api_key_env is None:
        return KEYLESS_API_KEY
    return os.environ.get(api_key_env, "").strip() or None


class Settings(BaseModel):
    """The resolved endpoint, models and knobs. Holds the key's variable name, never the key."""

    provider: str
    base_url: str
    model: str
    judge_model: str
    api_key_env: str | None = None
    temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    judge_temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    timeout: float = Field(default=60.0, gt=0)
    retries: int = Field(default=4, ge=0, le=10)
    # seconds one request may take from sending to its last token (a server that trickles
    # tokens forever must not hang a turn); the per-read timeout alone never fires then
    deadline: float = Field(default=240.0, gt=0)
    # sent as reasoning_effort where the server takes it; "off" sends nothing
    reasoning_effort: Effort = "low"
    judge_reasoning_effort: Effort = "medium"
    # tokens the model reads and writes per request; None: learned from the server
    context_window: int | None = Field(default=None, ge=512)
    source: dict[str, str] = Field(default_factory=dict)

    def api_key(self) -> str | None:
        return key_from(self.api_key_env)

    @property
    def keyless(self) -> bool:
        return self.api_key_env is None

    @property
    def is_fireworks(self) -> bool:
        """True for Fireworks, whether reached by preset or by a custom base URL."""
        host = urlparse(self.base_url).hostname or ""
        return (
            self.provider == "fireworks" or host == "fireworks.ai" or host.endswith(".fireworks.ai")
        )

    @property
    def host(self) -> str:
        return urlparse(self.base_url).netloc or self.base_url


def config_path() -> Path:
    """`MOCKLOOP_CONFIG` if set, else the per-user config directory's config.toml."""
    explicit = os.environ.get("MOCKLOOP_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("mockloop")) / "config.toml"


def load_config_file(path: Path) -> dict[str, Any]:
    """Read the TOML config; a missing file is empty, a broken one is a ConfigError."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}: fix the file or remove it") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    _check_file_keys(data, path)
    return data


def _check_file_keys(data: dict[str, Any], path: Path) -> None:
    """Refuse typos (they would silently do nothing) and keys (they belong in the environment)."""
    if "api_key" in data:
        raise ConfigError(
            f"{path}: do not store the API key in the config file: "
            'set api_key_env = "NAME" and export NAME instead'
        )
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key {unknown[0]!r}: valid keys are {', '.join(sorted(_FILE_KEYS))}"
        )
    providers = data.get("providers", {})
    if not isinstance(providers, dict):
        raise ConfigError(f"{path}: [providers] must be a table of [providers.NAME] tables")
    for name, table in providers.items():
        bad = sorted(set(table) - _PROVIDER_KEYS) if isinstance(table, dict) else ["(not a table)"]
        if bad:
            raise ConfigError(
                f"{path}: [providers.{name}] has unknown key {bad[0]!r}: "
                f"valid keys are {', '.join(sorted(_PROVIDER_KEYS))}"
            )


def _env_layer(environ: Mapping[str, str]) -> dict[str, Any]:
    return {
        field: environ[var].strip()
        for field, var in _ENV_VARS.items()
        if environ.get(var, "").strip()
    }


def _pick_provider(layers: list[tuple[str, dict[str, Any]]]) -> tuple[str, str]:
    """The first layer naming a provider or a base URL decides; a bare base URL means custom."""
    for origin, layer in layers:
        if layer.get("provider"):
            return str(layer["provider"]).lower(), origin
        if layer.get("base_url"):
            return _CUSTOM, origin
    return DEFAULT_PROVIDER, "default"


def _preset_for(name: str, file_providers: dict[str, Any]) -> Preset:
    """The built-in preset, with any [providers.NAME] overrides from the config file applied."""
    override = file_providers.get(name, {})
    if name == _CUSTOM:
        return Preset(_CUSTOM, "", None, "")
    if name in PRESETS:
        return replace(PRESETS[name], **override)
    if override.get("base_url"):
        return Preset(
            name, override["base_url"], override.get("api_key_env"), override.get("model", "")
        )
    valid = ", ".join([*PRESETS, *sorted(set(file_providers) - set(PRESETS))])
    raise ConfigError(f"unknown provider {name!r}: choose one of {valid}, or pass --base-url URL")


def resolve_settings(
    provider: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key_env: str | None = None,
    judge_model: str | None = None,
    temperature: float | None = None,
    timeout: float | None = None,
    retries: int | None = None,
    *,
    require_model: bool = True,
    environ: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> Settings:
    """Resolve every field from flags, then environment, then config file, then the preset.
    ``require_model=False`` (doctor) leaves a missing model empty instead of failing, so the
    server can still be asked which models it serves."""
    given = {
        "provider": provider, "model": model, "base_url": base_url, "api_key_env": api_key_env,
        "judge_model": judge_model, "temperature": temperature, "timeout": timeout, "retries": retries,
    }  # fmt: skip
    flags = {k: v for k, v in given.items() if v not in (None, "")}
    path = path or config_path()
    file_data = load_config_file(path)
    file_providers = file_data.get("providers", {})
    file_layer = {k: v for k, v in file_data.items() if k != "providers"}
    layers = [
        ("flag", flags),
        ("env", _env_layer(os.environ if environ is None else environ)),
        ("config", file_layer),
    ]

    name, name_origin = _pick_provider(layers)
    layers = _for_provider(layers, name)
    preset = _preset_for(name, file_providers)
    overridden = file_providers.get(name, {})
    base = {"base_url": preset.base_url, "model": preset.model, "api_key_env": preset.api_key_env}
    values: dict[str, Any] = {"provider": name}
    source: dict[str, str] = {"provider": name_origin}
    for field in ("base_url", "model", "api_key_env", "judge_model", *_DEFAULTS, *_OPTIONAL):
        origin, value = _first(field, layers)
        if origin is None and field in base:
            origin, value = ("config" if field in overridden else "preset"), base[field]
        elif origin is None and field in _DEFAULTS:
            origin, value = "default", _DEFAULTS[field]
        if origin is not None:
            values[field], source[field] = value, origin
    if "judge_model" not in values:
        values["judge_model"], source["judge_model"] = values.get("model"), "default"
    _check_key_env(values.get("api_key_env"), source.get("api_key_env"))
    _require(values, name, require_model)
    return _build(values, source, path)


_ENDPOINT_FIELDS = frozenset({"base_url", "model", "judge_model", "api_key_env"})
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_KEY_LIKE = re.compile(KEY_PREFIXES + r"$|Bearer\s", re.IGNORECASE)


def _check_key_env(name: Any, origin: str | None) -> None:
    """api_key_env names a variable. A value that cannot be one (a key pasted there by
    mistake) is refused without ever being shown: errors, `config show` and `doctor` would
    otherwise print it."""
    text = str(name) if name is not None else ""
    keyish = bool(_KEY_LIKE.match(text)) or (
        len(text) >= 20 and any(c.islower() for c in text) and any(c.isdigit() for c in text)
    )
    if name is None or (_ENV_NAME.fullmatch(text) and not keyish):
        return
    from mockloop.errors import ConfigError
    from mockloop.llm.redact import remember

    remember(str(name))  # in case it is a key: scrubbed from anything printed later
    where = {"flag": "--api-key-env", "env": "MOCKLOOP_API_KEY_ENV"}.get(
        origin or "", "api_key_env"
    )
    raise ConfigError(
        f"{where} takes the NAME of an environment variable (like FIREWORKS_API_KEY), not a key: "
        "export the key under a name and pass the name"
    )


def _for_provider(
    layers: list[tuple[str, dict[str, Any]]], name: str
) -> list[tuple[str, dict[str, Any]]]:
    """Drop endpoint fields from layers that named another provider.

    A config file saying provider = "fireworks" with a Fireworks model must not push that model
    onto `--provider ollama`; a layer that names no provider applies to whichever is chosen.
    """
    kept = []
    for origin, layer in layers:
        named = layer.get("provider") or (_CUSTOM if layer.get("base_url") else None)
        if named is not None and str(named).lower() != name:
            layer = {k: v for k, v in layer.items() if k not in _ENDPOINT_FIELDS}
        kept.append((origin, layer))
    return kept


def _first(field: str, layers: list[tuple[str, dict[str, Any]]]) -> tuple[str | None, Any]:
    for origin, layer in layers:
        if layer.get(field) not in (None, ""):
            return origin, layer[field]
    return None, None


def _require(values: dict[str, Any], provider: str, require_model: bool = True) -> None:
    if not values.get("base_url"):
        raise ConfigError(f"provider {provider!r} has no base URL: pass --base-url URL")
    if not require_model:
        values.setdefault("model", "")
        values["judge_model"] = values.get("judge_model") or values["model"]
    elif not values.get("model"):
        raise ConfigError(
            f"no model set for {values['base_url']}: pass --model NAME (the id your server serves; "
            "`mockloop doctor` lists them)"
        )
    values["base_url"] = str(values["base_url"]).rstrip("/")


def _build(values: dict[str, Any], source: dict[str, str], path: Path) -> Settings:
    try:
        return Settings(**values, source=source)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        where = source.get(field, "default")
        hint = {
            "env": _ENV_VARS.get(field, "the environment"),
            "config": str(path),
            "flag": "--" + field.replace("_", "-"),
        }
        raise ConfigError(
            f"invalid {field} {values.get(field)!r} (from {hint.get(where, where)}): {err['msg']}"
        ) from None


def has_credentials(settings: Settings) -> bool:
    """Keyless local servers always qualify; keyed providers need a non-empty variable."""
    return settings.keyless or settings.api_key() is not None


def key_status(settings: Settings) -> str:
    """A description of the key that shows no character of it."""
    if settings.keyless:
        return "not needed (keyless server)"
    state = "set" if settings.api_key() is not None else "not set"
    return f"{state} (in {settings.api_key_env}, value hidden)"


def redacted(settings: Settings) -> dict[str, dict[str, Any]]:
    """Every field with its value and source, for `mockloop config show`; never the key."""
    shown: dict[str, dict[str, Any]] = {}
    for field in Settings.model_fields:
        if field != "source":
            shown[field] = {
                "value": getattr(settings, field),
                "source": settings.source.get(field, "default"),
            }
    key_origin = "keyless" if settings.keyless else f"env {settings.api_key_env}"
    shown["api_key"] = {"value": key_status(settings), "source": key_origin}
    path = config_path()
    shown["config_file"] = {"value": str(path), "source": "found" if path.exists() else "not found"}
    return shown
