"""MOCKLOOP_PROMPTS: a user's directory overrides only the files it holds, takes effect at once
(the catalog cache is keyed by the search path), and its templates cannot run code."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockloop.catalog import prompts
from mockloop.catalog.library import load_round, round_ids
from mockloop.catalog.persona import render_persona
from mockloop.errors import MockloopError
from mockloop.records import InterviewPlan

PLAN = InterviewPlan(company="Acme AI", role="Solutions Engineer")


def _override(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_override_persona_is_used_and_the_rest_falls_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MOCKLOOP_PROMPTS", raising=False)
    builtin = render_persona(PLAN, "recruiter").text
    builtin_rubric = load_round("recruiter").rubric
    _override(
        tmp_path, "rounds/recruiter/persona.md", "You are {{ interviewer }} at {{ company }}.\n"
    )
    monkeypatch.setenv("MOCKLOOP_PROMPTS", str(tmp_path))
    persona = render_persona(PLAN, "recruiter")
    assert persona.text.startswith("You are ") and "at Acme AI." in persona.text
    assert persona.text != builtin
    assert load_round("recruiter").rubric == builtin_rubric  # not overridden: the built-in file
    monkeypatch.delenv("MOCKLOOP_PROMPTS")
    assert render_persona(PLAN, "recruiter").text == builtin  # no stale cache either way


def test_an_override_can_add_a_round(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("round.yaml", "questions.yaml", "rubric.yaml", "persona.md"):
        text = prompts.read(f"rounds/recruiter/{name}")
        _override(tmp_path, f"rounds/portfolio-review/{name}", text)
    monkeypatch.setenv("MOCKLOOP_PROMPTS", str(tmp_path))
    assert round_ids()[-1] == "portfolio-review"
    assert load_round("portfolio-review").rubric.criteria


@pytest.mark.parametrize(
    "template",
    [
        "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    ],
)
def test_templates_cannot_reach_python(
    template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _override(tmp_path, "rounds/recruiter/persona.md", template)
    monkeypatch.setenv("MOCKLOOP_PROMPTS", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(MockloopError, match="persona.md"):
        render_persona(PLAN, "recruiter")
    assert not (tmp_path / "PWNED").exists()


def test_a_broken_template_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _override(tmp_path, "rounds/recruiter/persona.md", "Hello {% if company %}\n")
    monkeypatch.setenv("MOCKLOOP_PROMPTS", str(tmp_path))
    with pytest.raises(MockloopError, match=r"persona\.md is broken \(line \d+\)"):
        render_persona(PLAN, "recruiter")
