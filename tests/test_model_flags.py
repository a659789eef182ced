"""One set of model flags on every command that talks to a model, with one meaning."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app
from tests.support.loopback import LoopbackServer

from .conftest import SEED_NOTES
from .test_cli import ANSWERS, mockloop

runner = CliRunner()
MODEL_FLAGS = (
    "--provider", "--base-url", "--api-key-env", "--model", "--judge-model", "--temperature", "--timeout",
)  # fmt: skip
COMMANDS = (
    ["interview"], ["rounds"], ["feedback"], ["score"], ["calibrate"], ["doctor"], ["config", "show"],
)  # fmt: skip


def _help(command: list[str]) -> str:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_model_command_takes_the_same_flags(command: list[str]) -> None:
    text = _help(command)
    for flag in MODEL_FLAGS:
        assert re.search(rf"(^|[\s,]){flag}\b", text, re.MULTILINE), (
            f"{' '.join(command)} lacks {flag}"
        )


@pytest.mark.parametrize(
    ("command", "args"),
    [
        (["feedback"], ["-r", "technical", "-q", "Why?", "-a", "Because."]),
        (["calibrate"], []),
        (["rounds"], [str(SEED_NOTES), "--llm"]),
        (["config", "show"], []),
    ],
    ids=lambda c: c[0] if c else "",
)
def test_a_base_url_without_a_model_names_a_flag_the_command_has(
    command: list[str], args: list[str]
) -> None:
    """The error names --model, and --model is a flag of that very command."""
    result = runner.invoke(app, [*command, *args, "--base-url", "http://127.0.0.1:9/v1"])
    assert result.exit_code != 0
    message = result.output + str(result.stderr if result.stderr_bytes else "")
    named = set(re.findall(r"--[a-z][a-z-]+", message))
    assert "--model" in named
    assert named <= {f for f in re.findall(r"--[a-z][a-z-]+", _help(command))}
    assert "Traceback" not in message


def test_judge_model_alone_needs_no_model_for_scoring_commands() -> None:
    result = runner.invoke(
        app, ["config", "show", "--base-url", "http://127.0.0.1:9/v1", "--judge-model", "j"]
    )
    assert result.exit_code != 0  # config show resolves the interviewer too: --model is needed
    from mockloop.cli.common import ModelFlags

    settings = ModelFlags(base_url="http://127.0.0.1:9/v1", judge_model="j").settings(judging=True)
    assert settings.judge_model == "j" and settings.model == "j"


def test_model_alone_sets_the_judge_and_flags_reach_the_settings() -> None:
    result = runner.invoke(
        app,
        ["config", "show", "--json", "--base-url", "http://127.0.0.1:9/v1", "--model", "m",
         "--temperature", "0.3", "--timeout", "12"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown["model"]["value"] == shown["judge_model"]["value"] == "m"
    assert shown["temperature"] == {"value": 0.3, "source": "flag"}
    assert shown["timeout"] == {"value": 12.0, "source": "flag"}


@pytest.mark.slow
def test_base_url_and_model_are_enough_to_grade_and_to_doctor(isolated_env: Path) -> None:
    """The README's 'anything else' row: a keyless server, --base-url and --model, no env."""
    with LoopbackServer(models=("served-a", "served-b")) as server:
        url = ["--base-url", server.base_url]
        fb = mockloop("feedback", "-r", "technical", "-q", "How does prefix caching cut cost?",
                      "-a", ANSWERS[1], "--json", *url, "--model", "served-a")  # fmt: skip
        judged = [r["model"] for r in server.judge_requests()]
        mockloop("interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1",
                 stdin=ANSWERS[1] + "\n/end\n")  # fmt: skip
        sid = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
        sc = mockloop("score", sid, "--regrade", *url, "--model", "served-b")
        doctor = mockloop("doctor", *url)
    assert fb.returncode == 0, fb.stderr
    assert json.loads(fb.stdout)["scorer"] == "llm" and judged == ["served-a"]
    assert sc.returncode == 0, sc.stderr
    assert doctor.returncode == 1
    assert (
        "served-a" in doctor.stdout and "served-b" in doctor.stdout and "--model" in doctor.stdout
    )
