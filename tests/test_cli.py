"""The CLI as a user drives it: real commands, real files, piped answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app

from .conftest import FIXTURES, SEED_NOTES

runner = CliRunner()
BIN = Path(sys.executable).with_name("mockloop")
ANSWERS = [
    "I run GPU infrastructure programs.",
    (
        "At Microsoft I led orchestration for 5,000 H100 GPUs serving OpenAI training; I built the "
        "runbooks, drove the incident reviews, and we cut failed jobs by 40 percent in one quarter, "
        "which was adopted across the org."
    ),
    (
        "I want to be closer to customers and models. For example, when I shipped a multi-agent copilot "
        "for a genomics customer, I owned discovery and we launched in six weeks with measurable impact."
    ),
    "/skip",
    "Where is the team based?",
    "What is the parental leave policy?",
    "no, that's all",
]


def mockloop(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the installed console script as a user would."""
    return subprocess.run(
        [str(BIN), *args], check=False, input=stdin, capture_output=True, text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


@pytest.mark.parametrize(
    "command", [[], ["rounds"], ["persona"], ["interview"], ["sessions"], ["export"]]
)
def test_every_command_explains_itself_with_an_example(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example: mockloop" in result.output


def test_rounds_on_seed_lists_six_rounds_with_line_numbers() -> None:
    result = runner.invoke(app, ["rounds", str(SEED_NOTES)])
    assert result.exit_code == 0, result.output
    for rid in (
        "recruiter",
        "pm-fundamentals",
        "take-home",
        "partnerships",
        "technical",
        "cofounders",
    ):
        assert rid in result.output
    assert "foundational pm skills" in result.output and "L98" in result.output


def test_rounds_json_save_and_edited_plan_is_used(tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.yaml"
    result = runner.invoke(app, ["rounds", str(SEED_NOTES), "--json", "--save", str(plan_file)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [r["id"] for r in data["rounds"]][:2] == ["recruiter", "pm-fundamentals"]
    edited = plan_file.read_text().replace("Fireworks AI", "Edited Corp")
    plan_file.write_text(edited)
    persona = runner.invoke(app, ["persona", str(plan_file), "--round", "recruiter"])
    assert persona.exit_code == 0, persona.output
    assert "Edited Corp" in persona.output


def test_default_loop_is_announced() -> None:
    result = runner.invoke(app, ["rounds", str(FIXTURES / "notes" / "no-rounds.md")])
    assert result.exit_code == 0
    assert "usual loop for the role" in result.output


def test_persona_is_grounded_in_the_notes() -> None:
    result = runner.invoke(app, ["persona", str(SEED_NOTES), "--round", "technical"])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Fireworks" in text and "optimization levels" in text and "line 122" in text
    assert "one question" in text.lower()


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "binary.md"
    path.write_bytes(b"\x00\x01\x02 notes")
    return path


def _latin1(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.md"
    path.write_bytes("caf\xe9 notes about the round".encode("latin-1"))
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.md"
    path.write_text("  \n\n")
    return path


def _bad_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text("version: 1\nrounds:\n  - id: nonsense\n    title: x\n")
    return path


@pytest.mark.parametrize(
    ("make_path", "needle"),
    [
        (lambda tmp: tmp / "missing.md", "not found"),
        (lambda tmp: tmp, "directory"),
        (_empty, "empty"),
        (_binary, "binary"),
        (_latin1, "UTF-8"),
        (_bad_plan, "nonsense"),
    ],
    ids=["missing", "directory", "empty", "binary", "non-utf8", "invalid-plan"],
)
@pytest.mark.slow
def test_bad_notes_give_one_line_and_exit_2(tmp_path: Path, make_path, needle: str) -> None:
    path = make_path(tmp_path)
    for command in (["rounds", str(path)], ["persona", str(path), "-r", "recruiter"],
                    ["interview", str(path), "--offline"]):  # fmt: skip
        result = mockloop(*command)
        assert result.returncode == 2, (command, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and needle.lower() in lines[0].lower(), result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_unknown_round_names_the_valid_ones() -> None:
    result = mockloop("persona", str(SEED_NOTES), "--round", "bar-raiser")
    assert result.returncode == 2
    assert "technical" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_offline_interview_through_the_real_cli_stores_every_turn(isolated_env: Path) -> None:
    result = mockloop(
        "interview", str(SEED_NOTES), "--round", "recruiter", "--offline", "-n", "3",
        stdin="\n".join(ANSWERS) + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Fireworks" in result.stdout
    listing = json.loads(mockloop("sessions", "--json").stdout)
    assert len(listing) == 1 and listing[0]["status"] == "ended" and listing[0]["mode"] == "offline"
    sid = listing[0]["id"]
    exported = json.loads(mockloop("export", sid, "--format", "json").stdout)
    turns = exported["turns"]
    kinds = [t["kind"] for t in turns]
    assert kinds[:3] == ["question", "answer", "follow_up"]  # a thin first answer is probed
    assert "invite" in kinds and kinds[-1] == "closing"
    replies = [t["text"] for t in turns if t["kind"] == "reply"]
    assert "new york" in replies[0].lower()  # answered from the recruiter notes
    assert "rather not guess" in replies[1]  # honest when the notes are silent
    assert all(
        t["question_index"] is not None
        for t in turns
        if t["kind"] in ("question", "answer", "follow_up")
    )
    markdown = mockloop("export", sid[:12]).stdout
    assert (
        "# Mock interview: recruiter" in markdown
        and "> At Microsoft I led orchestration" in markdown
    )


@pytest.mark.slow
def test_no_key_falls_back_to_offline_with_a_banner(isolated_env: Path) -> None:
    result = mockloop("interview", str(SEED_NOTES), "--round", "recruiter", stdin="")
    assert result.returncode == 0, result.stderr
    assert "FIREWORKS_API_KEY is not set" in result.stderr and "offline" in result.stderr


@pytest.mark.slow
def test_eof_midway_keeps_turns_and_resume_continues(isolated_env: Path) -> None:
    first = mockloop(
        "interview",
        str(SEED_NOTES),
        "-r",
        "technical",
        "--offline",
        "-n",
        "2",
        stdin=ANSWERS[1] + "\n",
    )
    assert first.returncode == 0 and "--resume" in first.stdout
    sid = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
    before = json.loads(mockloop("export", sid, "-f", "json").stdout)["turns"]
    resumed = mockloop(
        "interview", "--resume", sid, stdin=ANSWERS[2] + "\n" + ANSWERS[2] + "\nno\n"
    )
    assert resumed.returncode == 0, resumed.stderr
    after = json.loads(mockloop("export", sid, "-f", "json").stdout)["turns"]
    assert [t["text"] for t in after[: len(before)]] == [t["text"] for t in before]
    assert [t["seq"] for t in after] == list(range(len(after)))
    assert after[-1]["kind"] == "closing"


@pytest.mark.slow
def test_export_to_file_and_unknown_session(tmp_path: Path, isolated_env: Path) -> None:
    mockloop(
        "interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1", stdin="/end\n"
    )
    sid = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
    out = tmp_path / "t.md"
    assert mockloop("export", sid, "-o", str(out)).returncode == 0
    assert out.read_text().startswith("# Mock interview")
    missing = mockloop("export", "nope")
    assert missing.returncode != 0 and "mockloop sessions" in missing.stderr


@pytest.mark.slow
def test_wheel_ships_prompts_and_runs_from_any_directory(tmp_path: Path) -> None:
    """A non-editable install must carry prompts/: build the wheel, run it from elsewhere."""
    root = Path(__file__).resolve().parent.parent
    wheel_dir = tmp_path / "wheel"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheel_dir), str(root)],
        check=False, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    if build.returncode != 0 and "hatchling" in build.stderr:
        pytest.skip("hatchling is not installed in this environment")
    assert build.returncode == 0, build.stderr
    import zipfile

    wheel = next(wheel_dir.glob("mockloop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mockloop/prompts/rounds/technical/persona.md" in names
    assert "mockloop/prompts/judge/system.md" in names
    assert "mockloop/calibration/technical.yaml" in names
    assert "mockloop/calibration/heldout/technical.yaml" in names
    assert "mockloop/scoring/weights.json" in names  # the offline scorer's fitted weights
    assert "mockloop/calibration/open/technical.yaml" in names
    assert not [n for n in names if "loopback" in n or n.startswith(("tests/", "mockloop/tests/"))]
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    notes = elsewhere / "notes.md"
    notes.write_text(SEED_NOTES.read_text())
    run = subprocess.run(
        [sys.executable, "-m", "mockloop", "interview", "notes.md", "-r", "technical", "--offline", "-n", "1"],
        check=False, input="/end\n", capture_output=True, text=True, cwd=elsewhere, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    calibrated = subprocess.run(
        [sys.executable, "-m", "mockloop", "calibrate", "--offline", "--json"],
        check=False, capture_output=True, text=True, cwd=elsewhere, env=env, timeout=120,
    )  # fmt: skip
    assert calibrated.returncode == 0, calibrated.stderr
    assert set(json.loads(calibrated.stdout)) == {"tuning", "held-out"}
    assert str(unpacked) in subprocess.run(
        [sys.executable, "-c", "import mockloop.catalog.prompts as p; print(p.builtin_prompts_dir())"],
        check=False, capture_output=True, text=True, cwd=elsewhere, env=env,
    ).stdout  # fmt: skip
