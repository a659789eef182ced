"""`mockloop progress`: the scores a candidate sees over time, from a store seeded through the
Store API (and once by real offline interviews), on the terminal, as JSON and as a page."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.records import InterviewPlan, PlanRound, Turn
from mockloop.scoring.aggregate import CriterionScore, SegmentScore
from mockloop.store.db import Store

from .conftest import SEED_NOTES

runner = CliRunner()
NAMES = {
    "specificity": "Specific examples from their background",
    "ownership": "Personal actions and ownership",
    "judgement": "Judgement with people",
    "reflection": "Reflection and learning from decisions",
}


@pytest.fixture(autouse=True)
def _ordered_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sessions a second apart, so their time order is the order they were seeded in."""
    ticks = count()

    def now() -> str:
        n = next(ticks)
        return f"2026-03-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}+00:00"

    monkeypatch.setattr("mockloop.store.db.now", now)


def _plan(company: str = "Acme AI") -> InterviewPlan:
    return InterviewPlan(
        company=company,
        role="PM",
        rounds=[PlanRound(id="values", title="Values interview", kind="behavioral")],
    )


def seed(
    store: Store,
    scores: dict[str, int],
    *,
    scorer: str = "heuristic",
    round_id: str = "values",
    company: str = "Acme AI",
    asked: tuple[str, ...] = ("conflict",),
) -> str:
    """One ended session whose one answer scored ``scores`` (criteria not named: not assessed)."""
    sid = store.create_session(
        round_id=round_id, mode="offline" if scorer == "heuristic" else "llm",
        plan=_plan(company), persona="p", prompt_hash="h", agenda=[],
    )  # fmt: skip
    for n, qid in enumerate(asked):
        store.add_turn(
            Turn(session_id=sid, seq=0, speaker="interviewer", kind="question",
                 text=f"Question {qid}?", question_index=n, question_id=qid)
        )  # fmt: skip
    store.add_score(
        sid,
        SegmentScore(
            question_index=0,
            question_id=asked[0] if asked else "q",
            question_text="Tell me about a time…",
            criteria=[
                CriterionScore(criterion_id=cid, name=NAMES.get(cid, cid), score=s)
                for cid, s in scores.items()
            ],
            not_assessed=[c for c in NAMES if c not in scores],
            scorer=scorer,  # type: ignore[arg-type]
            judge_model="judge-x" if scorer == "llm" else None,
        ),
    )
    store.end_session(sid)
    return sid


@pytest.fixture
def history() -> Iterator[list[str]]:
    """Four heuristic behavioral sessions: specificity climbs 1 → 4, ownership stays at 2,
    reflection is assessed only twice; then one judge-scored session."""
    with Store() as store:
        ids = [
            seed(store, {"specificity": 1, "ownership": 2, "judgement": 4}),
            seed(store, {"specificity": 2, "ownership": 2, "judgement": 4, "reflection": 3}),
            seed(store, {"specificity": 3, "ownership": 2, "judgement": 5}),
            seed(store, {"specificity": 4, "ownership": 2, "judgement": 5, "reflection": 5}),
            seed(store, {"specificity": 5, "ownership": 3, "judgement": 5}, scorer="llm"),
        ]
    yield ids


def test_an_empty_store_is_one_friendly_line_and_exit_0(tmp_path: Path) -> None:
    result = runner.invoke(app, ["progress"])
    assert result.exit_code == 0
    assert result.output.strip().count("\n") == 0
    assert "No scored sessions yet" in result.output
    out = tmp_path / "progress.html"
    assert runner.invoke(app, ["progress", "-o", str(out)]).exit_code == 0
    assert not out.exists()


def test_terminal_table_shows_scores_in_time_order_trend_and_weakest(history: list[str]) -> None:
    result = runner.invoke(app, ["progress"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "behavioral · 5 sessions" in out
    spec = next(
        line for line in out.splitlines() if "Specific examples" in line and "heuristic" in line
    )
    assert "▁▃▅▆" in spec and "1.0 2.0 3.0 4.0" in spec
    assert "1.5 → 3.5 (↑ +2.0)" in spec  # the last two sessions against the first two
    own = next(
        line for line in out.splitlines() if "Personal actions" in line and "heuristic" in line
    )
    assert "2.0 → 2.0 (→ +0.0)" in own
    weakest = out.split("Weakest criteria")[1]
    assert "Personal actions and ownership averages 2.0 over 4 sessions (heuristic)" in weakest
    assert "Judgement" not in weakest  # averages 4.5: not weak


def test_judge_and_heuristic_scores_are_separate_series_and_said_so(history: list[str]) -> None:
    out = runner.invoke(app, ["progress"]).output
    rows = [line for line in out.splitlines() if "Specific examples" in line and "│" in line]
    assert len(rows) == 2 and any("judge" in r and "5.0" in r for r in rows)
    assert "separate rows" in out
    data = json.loads(runner.invoke(app, ["progress", "--json"]).output)
    spec = [s for s in data["series"] if s["criterion_id"] == "specificity"]
    assert [(s["scorer"], len(s["points"])) for s in spec] == [("llm", 1), ("heuristic", 4)]
    for one in data["series"]:
        assert {p["scorer"] for p in one["points"]} == {one["scorer"]}
    assert spec[0]["points"][0]["judge_model"] == "judge-x"
    assert [p["session_id"] for p in spec[1]["points"]] == history[:4]  # oldest first


def test_a_criterion_not_assessed_has_no_point_for_that_session(history: list[str]) -> None:
    data = json.loads(runner.invoke(app, ["progress", "--json"]).output)
    reflection = next(s for s in data["series"] if s["criterion_id"] == "reflection")
    assert [p["score"] for p in reflection["points"]] == [3.0, 5.0]
    assert [p["session_id"] for p in reflection["points"]] == [history[1], history[3]]
    assert data["weakest"][0] == {
        "kind": "behavioral", "criterion_id": "ownership", "criterion": NAMES["ownership"],
        "scorer": "heuristic", "mean": 2.0, "sessions": 4,
    }  # fmt: skip


def test_round_filter_and_an_unknown_round(history: list[str]) -> None:
    with Store() as store:
        seed(store, {"motivation": 2, "communication": 3}, round_id="recruiter", asked=())
    both = runner.invoke(app, ["progress"]).output
    assert "recruiter · 1 session" in both and "behavioral · 5 sessions" in both
    only = runner.invoke(app, ["progress", "--round", "values"]).output
    assert "recruiter" not in only and "behavioral · 5 sessions" in only
    bad = runner.invoke(app, ["progress", "--round", "nope"])
    assert bad.exit_code == 2
    assert "no stored sessions of round 'nope'" in bad.output
    assert "behavioral" in bad.output and "Traceback" not in bad.output
    assert runner.invoke(app, ["progress", "-o", "x.md"]).exit_code == 2


def test_html_page_is_self_contained_escaped_and_marks_the_scorer(
    history: list[str], tmp_path: Path
) -> None:
    with Store() as store:
        seed(store, {"specificity": 2, "ownership": 1}, company='<script>alert(1)</script>"&')
    out = tmp_path / "progress.html"
    result = runner.invoke(app, ["progress", "-o", str(out)])
    assert result.exit_code == 0 and f"Wrote {out}" in result.output
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http" not in page  # no external assets
    assert "<svg" in page and "<polyline" in page
    assert "stroke-dasharray" in page and "<circle" in page  # heuristic dashed, judge round
    assert "Personal actions and ownership averages" in page
    assert "heuristic · 2026-03-01" in page  # each point's tooltip names its scorer


def test_real_offline_interviews_show_up(tmp_path: Path) -> None:
    for answers in (
        "I like startups.\n/end\n",
        "At my last job I led a migration and cut cost 30 percent.\n/end\n",
    ):
        done = runner.invoke(
            app, ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1"], input=answers
        )  # fmt: skip
        assert done.exit_code == 0, done.output
    data = json.loads(runner.invoke(app, ["progress", "--json", "--round", "recruiter"]).output)
    assert len(data["sessions"]) == 2
    assert data["series"] and all(len(s["points"]) == 2 for s in data["series"])
    assert all(s["scorer"] == "heuristic" for s in data["series"])


# ---------------------------------------------------------------- the page in a real browser


def _browser() -> str | None:
    return next(
        (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
    )


def _pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit PNG, unfiltered."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, data, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        chunk = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8
            channels = {2: 3, 6: 4}[color]
        elif kind == b"IDAT":
            data += chunk
        pos += 12 + length
    raw, stride, rows = zlib.decompress(data), width * channels, []
    prev = bytearray(stride)
    for y in range(height):
        ftype, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


@pytest.mark.slow
@pytest.mark.skipif(_browser() is None, reason="no headless Chromium installed")
def test_progress_page_renders_in_headless_chromium(history: list[str], tmp_path: Path) -> None:
    page, shot = tmp_path / "progress.html", tmp_path / "progress.png"
    assert runner.invoke(app, ["progress", "-o", str(page)]).exit_code == 0
    subprocess.run(
        [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1100,1300",
         f"--screenshot={shot}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    width, height, rows = _pixels(shot.read_bytes())
    assert (width, height) == (1100, 1300)
    channels = len(rows[0]) // width
    colours = {row[i : i + 3] for row in rows[::4] for i in range(0, len(row), channels * 4)}
    assert len(colours) > 20  # text, grid, four criterion colours: not a blank page
    dark = sum(
        1
        for row in rows[::2]
        for i in range(0, len(row), channels * 2)
        if sum(row[i : i + 3]) < 300
    )
    assert dark > 500  # the heading, the table and the chart are drawn
    if (out := Path(os.environ.get("MOCKLOOP_SCREENSHOT", ""))).suffix == ".png":
        shutil.copy(
            shot, out
        )  # to look at it: MOCKLOOP_SCREENSHOT=/tmp/progress.png pytest -k chromium
