"""The client-level fixtures the LLM tests share (test_llm, test_reasoning, test_deadlines):
settings for Fireworks with the test key, a Recorder for sleeps and UI callbacks, and respx
routing the real SDK's requests. Registered in conftest.py; a module's own fixture of the same
name wins."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from mockloop.llm.settings import Settings, resolve_settings
from tests.test_llm import BASE, KEY, Recorder


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("FIREWORKS_API_KEY", KEY)
    return resolve_settings(provider="fireworks")


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router
