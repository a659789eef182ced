"""What a command writes and how it exits: formats from -o, feedback's overall and failures,
calibration that stops on a rejected key and never turns unscored answers into figures."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx
import yaml
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.scoring import calibration as cal

from .conftest import FIXTURES, SEED_NOTES
from .test_cli import ANSWERS

runner = CliRunner()
JUDGE = "http://judge.test/v1"
ANSWER = ANSWERS[1]


def _offline_session() -> str:
    done = runner.invoke(app, ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "2"],
                         input="\n".join(ANSWERS) + "\n")  # fmt: skip
    assert done.exit_code == 0, done.output
    return str(json.loads(runner.invoke(app, ["sessions", "--json"]).output)[0]["id"])


def test_report_and_export_take_the_format_from_the_extension(tmp_path: Path) -> None:
    sid = _offline_session()
    for name, starts in [("r.html", "<!doctype html"), ("r.md", "# "), ("r.json", "{")]:
        out = tmp_path / name
        assert runner.invoke(app, ["report", sid, "-o", str(out)]).exit_code == 0
        assert out.read_text().lower().startswith(starts), name
    forced = tmp_path / "forced.html"
    assert runner.invoke(app, ["report", sid, "-f", "md", "-o", str(forced)]).exit_code == 0
    assert forced.read_text().startswith("# ")  # --format says otherwise
    transcript = tmp_path / "t.json"
    assert runner.invoke(app, ["export", sid, "-o", str(transcript)]).exit_code == 0
    assert json.loads(transcript.read_text())["turns"]
    refused = runner.invoke(app, ["export", sid, "-o", str(tmp_path / "t.html")])
    assert refused.exit_code == 2 and "md, json" in refused.output


def test_feedback_json_holds_the_overall_and_the_signal() -> None:
    result = runner.invoke(app, ["feedback", "-r", "recruiter", "-q", "Walk me through your background.",
                                 "-a", ANSWER, "--offline", "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert 1 <= data["overall"] <= 5
    assert data["signal"] in ("strong no", "no", "lean", "yes", "strong yes")


def _judge_fails(status: int) -> respx.MockRouter:
    router = respx.mock(base_url=JUDGE, assert_all_called=False)
    router.post("/chat/completions").mock(
        return_value=httpx.Response(status, json={"error": {"message": "nope"}})
    )
    return router


def test_feedback_exits_non_zero_when_the_judge_cannot_score() -> None:
    with _judge_fails(400):
        result = runner.invoke(app, ["feedback", "-r", "recruiter", "-q", "Why us?", "-a", ANSWER,
                                     "--base-url", JUDGE, "--model", "m", "--json"])  # fmt: skip
    assert result.exit_code == 1
    assert "could not be scored" in result.output
    assert json.loads(result.output[: result.output.rindex("}") + 1])["status"] == "unscored"


def _small_set(tmp_path: Path, count: int = 4) -> Path:
    items = yaml.safe_load((FIXTURES / "calibration" / "technical.yaml").read_text())[:count]
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "technical.yaml").write_text(yaml.safe_dump(items))
    return tmp_path / "set"


@pytest.mark.parametrize("status", [401, 403, 404])
def test_calibrate_stops_at_the_first_rejected_key_or_unknown_model(
    tmp_path: Path, status: int
) -> None:
    with _judge_fails(status) as router:
        result = runner.invoke(app, ["calibrate", "--set", str(_small_set(tmp_path)),
                                     "--base-url", JUDGE, "--model", "m"])  # fmt: skip
        calls = router.calls.call_count
    assert result.exit_code == 1 and "Spearman" not in result.output
    assert calls == 1  # not once per labelled answer
    assert len(result.output.strip().splitlines()) == 1


def test_calibrate_with_a_judge_that_always_fails_prints_no_figures(tmp_path: Path) -> None:
    with _judge_fails(400):
        result = runner.invoke(app, ["calibrate", "--set", str(_small_set(tmp_path)),
                                     "--base-url", JUDGE, "--model", "m", "--json"])  # fmt: skip
    assert result.exit_code == 1
    shown = json.loads(result.output[: result.output.rindex("}") + 1])
    assert "spearman" not in shown and len(shown["unscored"]) == 4
    assert "none of the 4 answers could be scored" in result.output


def test_calibrate_reports_the_tuning_and_held_out_sets_apart() -> None:
    result = runner.invoke(app, ["calibrate", "--offline", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"tuning", "held-out"}
    tuning = len(cal.load_parts(cal.DEFAULT_SET, cal.TUNING_PARTS))
    heldout = len(cal.load_parts(cal.DEFAULT_SET, cal.HELDOUT_PARTS))
    assert (data["tuning"]["count"], data["held-out"]["count"]) == (tuning, heldout)
    assert tuning > len(cal.load_set(cal.DEFAULT_SET))  # open/ answers are in the tuning set
    table = runner.invoke(app, ["calibrate", "--offline"]).output
    assert "tuning set" in table and "held-out set" in table and table.count("Spearman") == 2


def test_sessions_show_company_mode_and_scorer() -> None:
    sid = _offline_session()
    listed = runner.invoke(app, ["sessions"], env={"COLUMNS": "160"}).output
    row = next(line for line in listed.splitlines() if sid in line)
    assert "Fireworks" in row and "offline" in row and "heuristic" in row
    shown = json.loads(runner.invoke(app, ["sessions", "--json"]).output)[0]
    assert shown["company"] and shown["scorer"] == "heuristic"
