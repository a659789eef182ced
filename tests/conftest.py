"""Shared fixtures: every test gets its own data directory and no API keys."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_NOTES = FIXTURES / "notes" / "fireworks-fdpm.md"

KEY_VARS = (
    "FIREWORKS_API_KEY",
    "OPENAI_API_KEY",
    "TOGETHER_API_KEY",
    "GROQ_API_KEY",
    "MOCKLOOP_PROVIDER",
    "MOCKLOOP_MODEL",
    "MOCKLOOP_BASE_URL",
    "MOCKLOOP_API_KEY_ENV",
    "MOCKLOOP_PROMPTS",
    "MOCKLOOP_JUDGE_MODEL",
    "MOCKLOOP_TEMPERATURE",
    "MOCKLOOP_TIMEOUT",
    "MOCKLOOP_RETRIES",
    "MOCKLOOP_STT_BASE_URL",
    "MOCKLOOP_STT_MODEL",
)

pytest_plugins = ["tests.support.llm_fixtures"]  # settings, rec, api for the LLM tests


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("MOCKLOOP_HOME", str(home))
    monkeypatch.setenv("MOCKLOOP_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("COLUMNS", "120")
    for name in KEY_VARS:
        monkeypatch.delenv(name, raising=False)
    return home
