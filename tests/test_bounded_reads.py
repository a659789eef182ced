"""Bounded reads (issue 13 item 9): notes, plans, answers, calibration sets and prompt files are
read at most the cap + 1 bytes, whatever size the file reports, so a device (/dev/zero), a pipe
(`yes | mockloop feedback`) or a file that grows stops with one line instead of the OOM killer."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mockloop import files
from mockloop.cli import scoring as scoring_cli
from mockloop.cli.app import app
from mockloop.errors import MockloopError, NotesError, PlanError
from mockloop.notes.plan import load_plan_or_notes
from mockloop.notes.source import read_notes
from mockloop.scoring.calibration import load_set

runner = CliRunner()
CAP = 4096
ZERO = Path("/dev/zero")
needs_dev_zero = pytest.mark.skipif(not ZERO.exists(), reason="no /dev/zero")


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(files, "MAX_BYTES", CAP)
    monkeypatch.setattr(scoring_cli, "MAX_ANSWER_BYTES", CAP)
    return CAP


def _one_error_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert "Traceback" not in output
    return lines[0]


def test_read_capped_stops_one_byte_past_the_cap() -> None:
    import io

    assert files.read_capped(io.BytesIO(b"x" * 10), 10) == b"x" * 10
    stream = io.BytesIO(b"x" * 100)
    with pytest.raises(files.TooLargeError, match="larger than 10 bytes"):
        files.read_capped(stream, 10)
    assert stream.tell() == 11  # never more than the cap + 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_notes_from_a_pipe_past_the_cap_are_refused(tmp_path: Path, small_cap: int) -> None:
    fifo = tmp_path / "notes.md"
    os.mkfifo(fifo)  # a pipe reports size 0: only a bounded read can see it is too big

    def writer() -> None:
        try:
            with open(fifo, "wb") as out:
                out.write(b"# Notes\n- one line\n" * (small_cap // 8))
        except BrokenPipeError:
            pass  # the reader stopped at the cap, as it should

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    with pytest.raises(NotesError, match="larger than 4096 bytes"):
        read_notes(fifo)
    thread.join(timeout=10)


@needs_dev_zero
def test_rounds_on_dev_zero_is_one_line_at_the_real_cap() -> None:
    result = runner.invoke(app, ["rounds", str(ZERO), "--heuristic"])
    assert result.exit_code == 2
    assert "/dev/zero is larger than 64 MB" in _one_error_line(result.output)


@needs_dev_zero
def test_answer_file_on_dev_zero_is_one_line(small_cap: int) -> None:
    args = ["feedback", "-r", "technical", "-q", "Why?", "--offline", "--answer-file", str(ZERO)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    line = _one_error_line(result.output)
    assert "the answer file /dev/zero is larger than 4096 bytes" in line


def test_endless_stdin_is_one_line(small_cap: int) -> None:
    """`yes | mockloop feedback ...`: the pipe is read to the cap + 1 bytes, then refused."""
    args = ["feedback", "-r", "technical", "-q", "Why?", "--offline"]
    result = runner.invoke(app, args, input="y\n" * small_cap)
    assert result.exit_code == 2
    assert "stdin is larger than 4096 bytes" in _one_error_line(result.output)


def test_stdin_under_the_cap_is_still_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scoring_cli, "MAX_ANSWER_BYTES", CAP)
    answer = "I would cache the prefix, because repeated system prompts dominate cost.\r\n"
    args = ["feedback", "-r", "technical", "-q", "Why?", "--offline", "--json"]
    result = runner.invoke(app, args, input=answer)
    assert result.exit_code == 0, result.output


def test_a_plan_file_past_the_cap_is_refused(tmp_path: Path, small_cap: int) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("rounds: []\n" + "# padding\n" * small_cap, encoding="utf-8")
    with pytest.raises(PlanError, match="larger than 4096 bytes"):
        load_plan_or_notes(plan)


def test_a_calibration_file_past_the_cap_is_refused(tmp_path: Path, small_cap: int) -> None:
    (tmp_path / "set.yaml").write_text("# padding\n" * small_cap, encoding="utf-8")
    with pytest.raises(MockloopError, match="larger than 4096 bytes"):
        load_set(tmp_path)
