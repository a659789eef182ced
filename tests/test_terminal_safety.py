"""Text from notes, models and stored answers is data: no escape sequence reaches the terminal,
no rich markup is interpreted, and a failed write never truncates the user's file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.files import write_atomic
from mockloop.text import printable

runner = CliRunner()
OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
LINK = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
CLEAR = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;owned\x07"


@pytest.mark.parametrize("hostile", [OSC52, LINK, CLEAR, TITLE, "\x9b31m", "bell\x07"])
def test_printable_removes_every_escape(hostile: str) -> None:
    cleaned = printable(f"before {hostile} after")
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x9b" not in cleaned
    assert cleaned.startswith("before ") and cleaned.endswith(" after")


def test_notes_with_escapes_and_markup_show_as_text(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(
        f"# Acme {TITLE}prep\n\n## Why Acme [/tbd]\nBecause [bold]they[/bold] ship.\n\n"
        f"## Recruiter screen [onsite]\n- comp {OSC52}\n- timeline {CLEAR}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["rounds", str(notes)])
    assert result.exit_code == 0, result.output
    assert "\x1b]" not in result.output and "\x1b[2J" not in result.output
    assert "[/tbd]" in result.output or "Why Acme" in result.output
    persona = runner.invoke(app, ["persona", str(notes), "--round", "recruiter"])
    assert persona.exit_code == 0 and "\x1b" not in persona.output


def test_saving_a_plan_over_its_own_notes_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("## Recruiter screen\n- why us\n", encoding="utf-8")
    result = runner.invoke(app, ["rounds", str(notes), "--save", str(notes)])
    assert result.exit_code == 2
    assert notes.read_text(encoding="utf-8") == "## Recruiter screen\n- why us\n"


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text("<html>the old report</html>", encoding="utf-8")

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        write_atomic(target, "<html>" + "x" * 100_000)
    assert target.read_text(encoding="utf-8") == "<html>the old report</html>"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temp file left behind


@pytest.mark.slow
def test_a_models_escape_sequences_never_reach_the_screen(
    monkeypatch: pytest.MonkeyPatch, isolated_env: object
) -> None:
    from tests.support.loopback import LoopbackServer, Step
    from tests.test_guards import LONG, _run

    with LoopbackServer() as server:
        server.responder = lambda body: Step(
            f"[NEXT] Hi {OSC52}there. {LINK} What is the KV cache?{CLEAR}"
        )
        _, _, _, shown = _run(server, monkeypatch, [LONG, "/end"])
    assert "\x1b" not in shown and "\x07" not in shown
    assert "What is the KV cache?" in shown


@pytest.mark.slow
def test_bytes_that_are_not_utf8_on_stdin_are_an_answer_not_a_crash(isolated_env: Path) -> None:
    import subprocess

    from tests.test_cli import BIN, SEED_NOTES

    run = subprocess.run(
        [str(BIN), "interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1"],
        input=b"caf\xe9 \xff\xfe I led the launch\n/end\n", capture_output=True, timeout=60,
        check=False, env={**os.environ, "MOCKLOOP_HOME": str(isolated_env)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert b"Traceback" not in run.stderr and b"internal error" not in run.stderr
    assert b"saved" in run.stdout


@pytest.mark.slow
def test_a_notes_path_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    import subprocess

    from tests.test_cli import BIN

    bad = os.path.join(os.fsencode(tmp_path), b"notes\xff.md")
    with open(bad, "wb") as handle:
        handle.write(b"## Recruiter screen\n- why us\n")
    run = subprocess.run([os.fsencode(BIN), b"rounds", bad], capture_output=True, timeout=60,
                         check=False)  # fmt: skip
    assert run.returncode == 2
    assert run.stderr.strip().count(b"\n") == 0 and b"not valid UTF-8" in run.stderr


def test_a_plan_saved_on_a_full_disk_leaves_the_old_plan_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mockloop.errors import PlanError
    from mockloop.notes.plan import save_plan
    from mockloop.records import InterviewPlan

    target = tmp_path / "plan.yaml"
    save_plan(InterviewPlan(company="Old"), target)
    before = target.read_text(encoding="utf-8")

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(PlanError, match="No space left"):
        save_plan(InterviewPlan(company="New"), target)
    assert target.read_text(encoding="utf-8") == before
