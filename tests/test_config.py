from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mockloop.errors import ConfigError
from mockloop.llm.settings import (
    KEYLESS_API_KEY,
    PRESETS,
    Settings,
    config_path,
    has_credentials,
    redacted,
    resolve_settings,
)

SECRET = "fw-SECRET-1234567890"
ENV_VARS = (
    "MOCKLOOP_JUDGE_MODEL",
    "MOCKLOOP_TEMPERATURE",
    "MOCKLOOP_TIMEOUT",
    "MOCKLOOP_RETRIES",
    "CUSTOM_KEY",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def write_config(text: str) -> Path:
    path = Path(os.environ["MOCKLOOP_CONFIG"])
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- precedence

LAYERS = ("flag", "env", "config")


@pytest.mark.parametrize(
    "present, expected",
    [
        ((), "preset"),
        (("config",), "config"),
        (("env",), "env"),
        (("env", "config"), "env"),
        (("flag",), "flag"),
        (("flag", "config"), "flag"),
        (("flag", "env"), "flag"),
        (("flag", "env", "config"), "flag"),
    ],
)
def test_model_precedence_flag_env_config_preset(
    present: tuple[str, ...], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if "config" in present:
        write_config('model = "from-config"\n')
    if "env" in present:
        monkeypatch.setenv("MOCKLOOP_MODEL", "from-env")
    settings = resolve_settings(model="from-flag" if "flag" in present else None)
    want = PRESETS["fireworks"].model if expected == "preset" else f"from-{expected}"
    assert settings.model == want
    assert settings.source["model"] == expected
    assert settings.judge_model == want  # judge follows the model unless set
    assert settings.source["judge_model"] == "default"


@pytest.mark.parametrize(
    "field, flag_value, env_var, env_value, file_line, want_env, want_file",
    [
        ("temperature", 0.1, "MOCKLOOP_TEMPERATURE", "0.2", "temperature = 0.3", 0.2, 0.3),
        ("timeout", 11.0, "MOCKLOOP_TIMEOUT", "22", "timeout = 33", 22.0, 33.0),
        ("retries", 1, "MOCKLOOP_RETRIES", "2", "retries = 3", 2, 3),
        (
            "judge_model",
            "j-flag",
            "MOCKLOOP_JUDGE_MODEL",
            "j-env",
            'judge_model = "j-file"',
            "j-env",
            "j-file",
        ),
    ],
)
def test_each_field_layers(
    field: str,
    flag_value: object,
    env_var: str,
    env_value: str,
    file_line: str,
    want_env: object,
    want_file: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_config(file_line + "\n")
    assert getattr(resolve_settings(), field) == want_file
    monkeypatch.setenv(env_var, env_value)
    assert getattr(resolve_settings(), field) == want_env
    settings = resolve_settings(**{field: flag_value})
    assert getattr(settings, field) == flag_value
    assert settings.source[field] == "flag"


def test_defaults() -> None:
    s = resolve_settings()
    assert (s.provider, s.temperature, s.judge_temperature, s.timeout, s.retries) == (
        "fireworks",
        0.7,
        0.0,
        60.0,
        4,
    )
    assert s.source["provider"] == "default"
    assert s.source["temperature"] == "default"
    assert s.is_fireworks


# ---------------------------------------------------------------- presets and custom servers


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_each_preset_resolves(name: str) -> None:
    preset = PRESETS[name]
    s = resolve_settings(provider=name)
    assert (s.provider, s.base_url, s.model, s.api_key_env) == (
        name,
        preset.base_url,
        preset.model,
        preset.api_key_env,
    )
    assert s.source["base_url"] == "preset"
    assert s.is_fireworks == (name == "fireworks")
    if preset.api_key_env is None:
        assert s.keyless and has_credentials(s) and s.api_key() == KEYLESS_API_KEY
    else:
        assert not has_credentials(s) and s.api_key() is None


def test_fireworks_default_model_is_a_fireworks_id() -> None:
    assert PRESETS["fireworks"].model.startswith("accounts/fireworks/models/")


def test_keyed_provider_has_credentials_iff_env_var_non_empty(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = resolve_settings(provider="groq")
    monkeypatch.setenv("GROQ_API_KEY", "   ")
    assert not has_credentials(s)
    monkeypatch.setenv("GROQ_API_KEY", "gsk-abc")
    assert has_credentials(s)
    assert s.api_key() == "gsk-abc"  # read at call time, not at resolve time


def test_base_url_without_provider_means_custom(monkeypatch: pytest.MonkeyPatch) -> None:
    s = resolve_settings(base_url="http://10.0.0.5:9000/v1/", model="my-model")
    assert (s.provider, s.base_url, s.model, s.api_key_env) == (
        "custom",
        "http://10.0.0.5:9000/v1",
        "my-model",
        None,
    )
    assert has_credentials(s)
    s = resolve_settings(base_url="http://10.0.0.5:9000/v1", model="m", api_key_env="CUSTOM_KEY")
    assert s.api_key_env == "CUSTOM_KEY" and not has_credentials(s)
    monkeypatch.setenv("CUSTOM_KEY", "k")
    assert has_credentials(s)


def test_custom_base_url_needs_a_model() -> None:
    with pytest.raises(ConfigError, match="--model"):
        resolve_settings(base_url="http://127.0.0.1:9999/v1")


def test_base_url_flag_with_provider_keeps_the_preset_key() -> None:
    s = resolve_settings(provider="openai", base_url="http://proxy.local/v1")
    assert (s.provider, s.api_key_env, s.base_url) == (
        "openai",
        "OPENAI_API_KEY",
        "http://proxy.local/v1",
    )
    assert s.source["base_url"] == "flag"


def test_env_base_url_beats_config_provider(monkeypatch: pytest.MonkeyPatch) -> None:
    write_config('provider = "groq"\nmodel = "m"\n')
    monkeypatch.setenv("MOCKLOOP_BASE_URL", "http://127.0.0.1:5000/v1")
    with pytest.raises(ConfigError, match="--model"):  # the groq model is not carried over
        resolve_settings()
    monkeypatch.setenv("MOCKLOOP_MODEL", "local")
    s = resolve_settings()
    assert (s.provider, s.model, s.api_key_env) == ("custom", "local", None)
    assert s.source["provider"] == "env"


def test_provider_table_overrides_a_preset_and_defines_new_ones() -> None:
    write_config(
        '[providers.ollama]\nmodel = "qwen3:8b"\n\n'
        '[providers.lab]\nbase_url = "http://gpu-box:8000/v1"\nmodel = "lab-model"\napi_key_env = "LAB_KEY"\n'
    )
    s = resolve_settings(provider="ollama")
    assert s.model == "qwen3:8b" and s.source["model"] == "config"
    assert s.base_url == PRESETS["ollama"].base_url and s.source["base_url"] == "preset"
    lab = resolve_settings(provider="lab")
    assert (lab.base_url, lab.model, lab.api_key_env) == (
        "http://gpu-box:8000/v1",
        "lab-model",
        "LAB_KEY",
    )


def test_provider_name_is_case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKLOOP_PROVIDER", "OpenAI")
    assert resolve_settings().provider == "openai"


# ---------------------------------------------------------------- errors


def test_unknown_provider_lists_valid_ones() -> None:
    with pytest.raises(ConfigError) as info:
        resolve_settings(provider="fireworx")
    message = str(info.value)
    assert "fireworx" in message
    for name in PRESETS:
        assert name in message


def test_bad_toml_names_file_and_line() -> None:
    path = write_config('model = "ok"\nthis is not toml\n')
    with pytest.raises(ConfigError) as info:
        resolve_settings()
    assert str(path) in str(info.value)
    assert "line 2" in str(info.value)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ('modle = "x"\n', "unknown key 'modle'"),
        ('api_key = "fw-123"\n', "do not store the API key"),
        ('[providers.groq]\nkey = "x"\n', "[providers.groq] has unknown key 'key'"),
        ('temperature = "hot"\n', "invalid temperature"),
        ("retries = 99\n", "invalid retries"),
    ],
)
def test_config_file_mistakes_are_reported(text: str, fragment: str) -> None:
    write_config(text)
    with pytest.raises(ConfigError) as info:
        resolve_settings()
    assert fragment in str(info.value)
    assert "fw-123" not in str(info.value)


def test_bad_env_number_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKLOOP_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="MOCKLOOP_TIMEOUT"):
        resolve_settings()


def test_missing_config_file_is_fine() -> None:
    assert not config_path().exists()
    assert resolve_settings().provider == "fireworks"


def test_config_path_defaults_to_user_config_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MOCKLOOP_CONFIG")
    assert config_path().name == "config.toml"
    assert "mockloop" in str(config_path())


# ---------------------------------------------------------------- redaction


def test_redacted_never_shows_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIREWORKS_API_KEY", SECRET)
    s = resolve_settings()
    shown = redacted(s)
    dumped = json.dumps(shown, default=str)
    assert SECRET not in dumped
    assert SECRET[-4:] not in dumped  # not even the last four characters
    assert "SECRET" not in dumped
    assert shown["api_key"]["value"].startswith("set")
    assert "FIREWORKS_API_KEY" in shown["api_key"]["value"]
    assert SECRET not in repr(s) and SECRET not in s.model_dump_json()


def test_redacted_lists_every_field_with_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKLOOP_MODEL", "m-env")
    shown = redacted(resolve_settings(provider="together"))
    fields = set(Settings.model_fields) - {"source"}
    assert fields <= set(shown)
    assert shown["provider"] == {"value": "together", "source": "flag"}
    assert shown["model"] == {"value": "m-env", "source": "env"}
    assert shown["api_key"]["value"].startswith("not set")
    assert shown["config_file"]["source"] == "not found"


def test_redacted_keyless() -> None:
    shown = redacted(resolve_settings(provider="ollama"))
    assert "not needed" in shown["api_key"]["value"]
    assert KEYLESS_API_KEY not in json.dumps(shown, default=str)


def test_endpoint_fields_for_another_provider_are_not_carried_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_config(
        'provider = "fireworks"\nmodel = "accounts/fireworks/models/x"\ntemperature = 0.4\n'
    )
    s = resolve_settings(provider="ollama")
    assert s.model == PRESETS["ollama"].model and s.source["model"] == "preset"
    assert s.temperature == 0.4  # knobs that are not about the endpoint still apply
    monkeypatch.setenv("MOCKLOOP_PROVIDER", "groq")
    monkeypatch.setenv("MOCKLOOP_MODEL", "groq-model")
    assert resolve_settings().model == "groq-model"
    assert resolve_settings(provider="openai").model == PRESETS["openai"].model


def test_model_without_provider_applies_to_any_provider() -> None:
    write_config('model = "shared"\n')
    assert resolve_settings(provider="ollama").model == "shared"


@pytest.mark.parametrize(
    "pasted",
    ["fw_3kQ9vZxL2mN8pR4tY7wB1cD6", "sk-proj-abcdefghijklmnop", "gsk_9f8e7d6c5b4a39281706"],
)
def test_a_key_pasted_where_its_variable_name_belongs_is_refused_unshown(pasted: str) -> None:
    from mockloop.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        resolve_settings(api_key_env=pasted)
    message = str(caught.value)
    assert pasted not in message and pasted[:8] not in message
    assert "--api-key-env takes the NAME" in message


def test_an_ordinary_variable_name_is_accepted() -> None:
    assert resolve_settings(api_key_env="MY_FIREWORKS_KEY").api_key_env == "MY_FIREWORKS_KEY"
