"""End to end: the installed CLI as a subprocess, chat and transcription both on the loopback
server (transcription at the chat's base URL, as --base-url without --stt-base-url says), then
`mockloop report` shows the delivery figures measured from the synthesised WAV timings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.loopback import LoopbackServer
from tests.support.speech import synth_answer

from .conftest import SEED_NOTES
from .test_cli import mockloop

pytestmark = pytest.mark.slow  # processes and real sockets

KEY = "lb-voice-SECRET-9876543210"
SAID = (
    "Umm so at my last job I led the migration, like, to Postgres and uh we cut latency by half",
    "I mean, the hardest part was the cutover plan and you know, getting buy-in from the team",
)


def test_answer_audio_through_the_loopback_then_the_report(
    isolated_env: Path, tmp_path: Path
) -> None:
    one, two = (said.split() for said in SAID)
    synth_answer(tmp_path / "a1.wav", one, lead=1.5, pauses={5: 2.6})
    synth_answer(tmp_path / "a2.wav", two, lead=0.8)
    with LoopbackServer() as server:
        server.speech = [one, two]
        env = {"MOCKLOOP_BASE_URL": server.base_url, "MOCKLOOP_MODEL": "loopback-model",
               "LB_KEY": KEY, "MOCKLOOP_API_KEY_ENV": "LB_KEY", "MOCKLOOP_RETRIES": "1"}  # fmt: skip
        result = mockloop(
            "interview", str(SEED_NOTES), "-r", "recruiter", "-n", "2", "--follow-ups", "0",
            "--answer-audio", str(tmp_path / "a1.wav"), "--answer-audio", str(tmp_path / "a2.wav"),
            stdin="no\n", env=env,
        )  # fmt: skip
        uploads = server.audio_requests
    assert result.returncode == 0, result.stderr
    assert [u["model"] for u in uploads] == [["whisper-1"], ["whisper-1"]]
    assert all(u["_headers"]["authorization"] == f"Bearer {KEY}" for u in uploads)
    assert [u["filename"] for u in uploads] == [["turn-0001.wav"], ["turn-0003.wav"]]  # kept copies
    sid = json.loads(mockloop("sessions", "--json").stdout)[0]["id"]
    report = mockloop("report", sid, env={"COLUMNS": "160"})
    assert report.returncode == 0, report.stderr
    out = report.stdout
    assert "Delivery (spoken answers)" in out
    # 20 + 18 words over 10.4 s + 7.1 s of speech (tones 0.3 s, gaps 0.1 s, one 2.6 s pause)
    assert "Pace: 130 wpm" in out and "usual conversational range 120–160 wpm" in out
    assert "Pauses over 2 s: 1, longest 2.6 s" in out
    assert "First word after (median): 1.1 s" in out
    assert "│ Q1     │ 10 s" in out and "115" in out and "15.0 (3)" in out and "1 (2.6 s)" in out
    everything = result.stdout + result.stderr + out
    assert KEY not in everything


def test_offline_answer_audio_without_the_local_model_is_one_line(tmp_path: Path) -> None:
    synth_answer(tmp_path / "a.wav", ["hello"])
    result = mockloop("interview", str(SEED_NOTES), "-r", "recruiter", "--offline",
                      "--answer-audio", str(tmp_path / "a.wav"))  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "mockloop[local-stt]" in result.stderr
    assert "Traceback" not in result.stderr
