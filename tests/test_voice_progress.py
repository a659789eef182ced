"""`mockloop progress` over spoken sessions: a delivery point per session, the first → latest
change, in the terminal, the JSON and the HTML page; typed sessions add none."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.store.db import Store
from tests.support.loopback import _multipart
from tests.support.speech import synth_answer, voiced_segments

from .conftest import SEED_NOTES

runner = CliRunner()
STT = "http://stt.test/v1"
RUN = ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1",
       "--follow-ups", "0", "--stt-base-url", STT]  # fmt: skip
SAID = (
    "Umm so, like, I uh led the migration and um it went fine",
    "I led the billing migration to Postgres and we cut failed payments by forty percent",
)
HESITANT, FLUENT = (said.split() for said in SAID)


def _dated(day: int) -> None:
    """The newest session started on 2026-01-<day>: sessions made in one second keep order."""
    with Store() as store:
        newest = store.list_sessions()[0].id
        with store.transaction() as conn:
            conn.execute("UPDATE sessions SET started_at = ? WHERE id = ?",
                         (f"2026-01-{day:02d}T10:00:00+00:00", newest))  # fmt: skip


def _serve(router: respx.MockRouter, heard: list[list[str]]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        _, audio = _multipart(request.content, request.headers["content-type"])
        words, (stretches, _) = heard.pop(0), voiced_segments(audio)
        return httpx.Response(200, json={"text": " ".join(words), "words": [
            {"word": w, "start": a, "end": b} for w, (a, b) in zip(words, stretches, strict=False)]})  # fmt: skip

    router.post("/audio/transcriptions").mock(side_effect=answer)


def test_progress_shows_delivery_over_spoken_sessions(tmp_path: Path) -> None:
    plans = [(HESITANT, 3.0, {2: 2.5, 6: 3.0}), (HESITANT, 2.0, {2: 2.2}), (FLUENT, 1.0, {}),
             (FLUENT, 0.5, {})]  # fmt: skip
    heard = [words for words, _, _ in plans]
    with respx.mock(base_url=STT) as router:
        _serve(router, heard)
        for n, (words, lead, pauses) in enumerate(plans):
            wav = tmp_path / f"{n}.wav"
            synth_answer(wav, words, lead=lead, pauses=pauses)
            result = runner.invoke(app, [*RUN, "--answer-audio", str(wav)], input="no\n")
            assert result.exit_code == 0, result.output
            _dated(n + 1)
    typed = runner.invoke(app, RUN[:-2], input="I led a migration.\nno\n")
    assert typed.exit_code == 0, typed.output
    _dated(9)

    data = json.loads(runner.invoke(app, ["progress", "--json"]).output)["delivery"]
    assert len(data["sessions"]) == 4  # the typed session adds no point
    assert [s["pauses"] for s in data["sessions"]] == [2, 1, 0, 0]
    fillers = [s["fillers_per_100"] for s in data["sessions"]]
    assert fillers[0] == fillers[1] == pytest.approx(100 * 4 / 13, abs=0.1) and fillers[2] == 0.0
    assert data["change"]["pauses"] == {"first": 1.5, "latest": 0.0}
    assert data["change"]["first_word_s"] == {"first": 2.5, "latest": 0.8}
    out = runner.invoke(app, ["progress"]).output
    assert "Delivery · 4 spoken sessions, oldest first" in out
    assert "1.5 → 0" in out and "not a verdict" in out
    page = runner.invoke(app, ["progress", "--output", str(tmp_path / "p.html")])
    assert page.exit_code == 0
    assert "Delivery (spoken sessions)" in (tmp_path / "p.html").read_text()
