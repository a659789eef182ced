"""Spoken answers in an interview as a user meets them (in process, the real SDK under respx
for transcription): --answer-audio files in order, the delivery stored and in every report
format, coach mode's delivery block, the audio kept 0600 or deleted, the microphone's
accept / re-record / edit, --speak before the microphone opens, and the one-line failures."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.interview.run import run_interview
from mockloop.interview.ui import TerminalConsole
from mockloop.notes.plan import load_plan_or_notes
from mockloop.store.db import Store
from mockloop.store.voice import load_delivery, load_words
from mockloop.voice.answers import VoiceSetup
from mockloop.voice.endpoint import SttEndpoint
from mockloop.voice.transcribe import HttpTranscriber
from tests.support.loopback import _multipart
from tests.support.speech import synth_answer, voiced_segments

from .conftest import SEED_NOTES

runner = CliRunner()
STT = "http://stt.test/v1"
KEY = "sk-voice-SECRET-0123456789abcdef"
SAID = (
    "Umm so at my last job I led the migration, like, to Postgres and we cut latency by half",
    "I mean, the hardest part was the cutover plan and getting the team behind it",
)
ONE, TWO = (said.split() for said in SAID)
BASE = ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "2",
        "--follow-ups", "0", "--stt-base-url", STT]  # fmt: skip


@pytest.fixture
def stt() -> Iterator[list[list[str]]]:
    """A transcription endpoint hearing the scripted word lists in turn, each word timed by the
    next voiced stretch of the uploaded WAV; it echoes nothing but what it was scripted."""
    scripts: list[list[str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        _, audio = _multipart(request.content, request.headers["content-type"])
        words = scripts.pop(0)
        stretches, duration = voiced_segments(audio)
        return httpx.Response(200, json={
            "text": " ".join(words), "duration": duration,
            "words": [{"word": w, "start": a, "end": b} for w, (a, b) in zip(words, stretches, strict=False)],
        })  # fmt: skip

    with respx.mock(base_url=STT) as router:
        router.post("/audio/transcriptions").mock(side_effect=answer)
        yield scripts


@pytest.fixture
def answers(tmp_path: Path) -> list[Path]:
    synth_answer(tmp_path / "1.wav", ONE, lead=1.5, pauses={5: 2.4})
    synth_answer(tmp_path / "2.wav", TWO, lead=0.6)
    return [tmp_path / "1.wav", tmp_path / "2.wav"]


def _latest() -> str:
    return str(json.loads(runner.invoke(app, ["sessions", "--json"]).output)[0]["id"])


def _files(answers: list[Path]) -> list[str]:
    return [arg for path in answers for arg in ("--answer-audio", str(path))]


def test_recorded_answers_are_transcribed_stored_and_in_every_report(
    stt: list[list[str]], answers: list[Path], isolated_env: Path
) -> None:
    stt += [ONE, TWO]
    result = runner.invoke(app, [*BASE, *_files(answers)], input="no\n")
    assert result.exit_code == 0, result.output
    assert (
        "spoken answers" in result.output
        and "1.wav: transcribed by whisper-1 at stt.test" in result.output
    )
    sid = _latest()
    with Store() as store:
        turns = [t for t in store.turns(sid) if t.kind == "answer"]
        assert [t.text for t in turns] == [" ".join(ONE), " ".join(TWO)]
        delivery = load_delivery(store, sid)
        assert delivery is not None and [a.seq for a in delivery.answers] == [t.seq for t in turns]
        assert [w.text for w in load_words(store, sid, turns[0].seq)] == ONE
    first = delivery.answers[0]
    assert first.first_word_s == pytest.approx(1.5, abs=0.011)
    assert first.pauses == 1 and first.longest_pause_s == pytest.approx(2.4, abs=0.02)
    assert first.fillers == 2 and first.expected_s == (30, 90)  # um, like; a recruiter round

    # kept beside the store, private
    kept = sorted((isolated_env / "audio" / sid).iterdir())
    assert [p.suffix for p in kept] == [".wav", ".wav"]
    assert kept[0].read_bytes() == answers[0].read_bytes()
    assert stat.S_IMODE((isolated_env / "audio" / sid).stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)

    terminal = runner.invoke(app, ["report", sid]).output
    assert "Delivery (spoken answers)" in terminal and f"Pace: {delivery.wpm:.0f} wpm" in terminal
    md = runner.invoke(app, ["report", sid, "--format", "md"]).output
    assert "## Delivery (spoken answers)" in md and "| Q1 |" in md and "1 (2.4 s)" in md
    html = runner.invoke(app, ["report", sid, "--format", "html"]).output
    assert "Delivery (spoken answers)</h2>" in html and "<td>1 (2.4 s)</td>" in html
    data = json.loads(runner.invoke(app, ["report", sid, "--format", "json"]).output)
    assert data["delivery"]["pauses_over_2s"] == 1
    assert data["delivery"]["answers"][0]["fillers_per_100_words"] == first.fillers_per_100


def test_coach_mode_shows_delivery_after_each_answer(
    stt: list[list[str]], answers: list[Path]
) -> None:
    stt += [ONE]
    result = runner.invoke(app, [*BASE, "--coach", *_files(answers[:1])], input="/next\n/end\n")
    assert result.exit_code == 0, result.output
    out = result.output
    block = out.index("Delivery · Q1")
    assert block < out.index("Feedback · Q1, attempt 1")  # how it sounded, then what it said
    assert "Pace:" in out[block:] and "usual conversational range 120–160 wpm" in out
    assert "Pauses over 2 s: 1, longest 2.4 s after “job”" in out
    assert "not a verdict" in out


def test_coach_feedback_waits_for_a_typed_command_not_the_next_recording(
    stt: list[list[str]], answers: list[Path]
) -> None:
    """With recorded answers in coach mode, /next is typed at the feedback: the second file
    answers the second question instead of being spent on the feedback prompt."""
    stt += [ONE, TWO]
    result = runner.invoke(app, [*BASE, "--coach", *_files(answers)], input="/next\n/next\nno\n")
    assert result.exit_code == 0, result.output
    assert "Your feedback is above" not in result.output
    with Store() as store:
        said = [t.text for t in store.turns(_latest()) if t.kind == "answer"]
    assert said == [" ".join(ONE), " ".join(TWO)]
    assert "Delivery · Q2" in result.output and "Feedback · Q2, attempt 1" in result.output


def test_no_keep_audio_keeps_nothing_and_never_touches_the_given_files(
    stt: list[list[str]], answers: list[Path], isolated_env: Path
) -> None:
    stt += [ONE, TWO]
    before = [p.read_bytes() for p in answers]
    result = runner.invoke(app, [*BASE, "--no-keep-audio", *_files(answers)], input="no\n")
    assert result.exit_code == 0, result.output
    sid = _latest()
    audio = isolated_env / "audio" / sid
    assert not audio.exists() or not any(audio.iterdir())
    assert [p.read_bytes() for p in answers] == before
    with Store() as store:
        delivery = load_delivery(store, sid)
        stored = store.query("SELECT audio FROM deliveries WHERE session_id = ?", (sid,))
    assert delivery is not None and len(delivery.answers) == 2
    assert [r[0] for r in stored] == [None, None]


def test_a_key_never_reaches_the_store_or_the_screen(
    tmp_path: Path, answers: list[Path], isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STT_KEY", KEY)
    calls = []

    def echo(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:  # a server that echoes the key into the transcript
            return httpx.Response(200, json={"text": f"I led it Bearer {KEY} ok {KEY}",
                                             "words": [{"word": KEY, "start": 1.0, "end": 1.4}]})  # fmt: skip
        return httpx.Response(401, json={"error": {"message": f"invalid key {KEY}"}})

    with respx.mock(base_url=STT) as router:
        router.post("/audio/transcriptions").mock(side_effect=echo)
        result = runner.invoke(
            app, [*BASE, "--api-key-env", "STT_KEY", *_files(answers)], input="no\n"
        )
    assert result.exit_code == 1
    assert "the key in STT_KEY was rejected by http://stt.test/v1 (401)" in result.output
    assert calls[0].headers["authorization"] == f"Bearer {KEY}"
    everything = result.output + (isolated_env / "mockloop.db").read_bytes().decode("latin-1")
    for side in isolated_env.glob("mockloop.db-*"):
        everything += side.read_bytes().decode("latin-1")
    assert KEY not in everything and KEY[:16] not in everything
    assert "I led it" in everything  # the transcript itself was stored


def test_the_microphone_accept_rerecord_and_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    """Push-to-talk with a fake microphone: the first take is recorded again (r), the second
    edited (e), a typed line at the record prompt is an answer as typed, /end ends."""
    takes = iter([(ONE[:6], {}), (ONE, {5: 2.4}), (TWO, {})])
    recorded: list[Path] = []

    def fake_record(path: Path, *, prompt=input, samplerate=16000) -> Path:
        prompt("Press Enter to start speaking ")  # the loop answers this one itself
        prompt("Recording… press Enter to stop ")
        words, pauses = next(takes)
        synth_answer(path, words, pauses=pauses)
        recorded.append(path)
        return path

    monkeypatch.setattr("mockloop.voice.record.record_answer", fake_record)
    said = iter(["", "", "r", "", "", "e", "A typed answer about the team.", "/end"])
    asked: list[str] = []

    def prompt(message: str) -> str:
        asked.append(message)
        return next(said)

    heard = [ONE[:6], ONE, TWO]
    with respx.mock(base_url=STT) as router:
        router.post("/audio/transcriptions").mock(
            side_effect=lambda request: httpx.Response(
                200, json={"text": " ".join(heard.pop(0)), "words": []}
            )
        )
        setup = VoiceSetup(
            transcriber=HttpTranscriber(SttEndpoint(STT, "whisper-1", None, "t")),
            mic=True,
            prompt=prompt,
            edit=lambda text: text.replace("Postgres", "PostgreSQL"),
        )
        plan = load_plan_or_notes(SEED_NOTES)
        out = io.StringIO()
        from rich.console import Console

        console = TerminalConsole(
            "Recruiter", stdin=io.StringIO(""), console=Console(file=out, width=200)
        )
        run_interview(plan=plan, round_id="recruiter", settings=None, questions=3, follow_ups=0,
                      console=console, score=False, voice=setup)  # fmt: skip
    with Store() as store:
        sid = store.list_sessions()[0].id
        answers = [t for t in store.turns(sid) if t.kind == "answer"]
        delivery = load_delivery(store, sid)
    assert answers[0].text == " ".join(ONE).replace("Postgres", "PostgreSQL")
    assert answers[1].text == "A typed answer about the team."  # typed: no delivery
    assert delivery is not None and [a.seq for a in delivery.answers] == [answers[0].seq]
    assert delivery.answers[0].edited and not delivery.answers[0].timed
    assert "Heard" in out.getvalue() and " ".join(ONE[:6]) in out.getvalue()
    kept = sorted(recorded[1].parent.iterdir())  # the take recorded again is gone
    assert kept == [recorded[1]] and stat.S_IMODE(recorded[1].stat().st_mode) == 0o600
    assert len(voiced_segments(recorded[1].read_bytes())[0]) == len(ONE)  # the second take
    assert asked.count("Enter sends · r records again · e edits › ") == 2


def test_a_take_the_microphone_could_not_record_is_said_and_the_interview_goes_on(
    monkeypatch: pytest.MonkeyPatch, isolated_env: Path
) -> None:
    """Enter pressed twice at once (no sound yet), or the device busy for a moment: one line,
    then record again or type, not the session stopped."""
    from mockloop.voice.record import VoiceUnavailable

    def silent(path: Path, *, prompt=input, samplerate=16000) -> Path:
        prompt("Press Enter to start speaking ")
        raise VoiceUnavailable("the microphone gave no sound: check that it is not muted")

    monkeypatch.setattr("mockloop.voice.record.record_answer", silent)
    said = iter(["", "A typed answer about the team.", "/end"])
    setup = VoiceSetup(
        transcriber=HttpTranscriber(SttEndpoint(STT, "whisper-1", None, "t")),
        mic=True,
        prompt=lambda message: next(said),
    )
    out = io.StringIO()
    from rich.console import Console

    console = TerminalConsole(
        "Recruiter", stdin=io.StringIO(""), console=Console(file=out, width=200)
    )
    status = run_interview(plan=load_plan_or_notes(SEED_NOTES), round_id="recruiter",
                           settings=None, questions=2, follow_ups=0, console=console,
                           score=False, voice=setup)  # fmt: skip
    assert status == "ended"
    assert "the microphone gave no sound" in out.getvalue()
    with Store() as store:
        sid = store.list_sessions()[0].id
        answers = [t.text for t in store.turns(sid) if t.kind == "answer"]
    assert answers == ["A typed answer about the team."]


def test_speak_says_each_turn_before_the_next_answer_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[str] = []

    class Speaker:
        def say(self, text: str, persona: str | None = None) -> None:
            events.append(f"say:{persona}:{text[:20]}")

    monkeypatch.setattr("mockloop.voice.speak.speaker_for", lambda *a, **k: Speaker())

    read = TerminalConsole.read_answer

    def reading(self: TerminalConsole) -> str | None:
        events.append("read")
        return read(self)

    monkeypatch.setattr(TerminalConsole, "read_answer", reading)
    result = runner.invoke(
        app,
        ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "1", "--speak"],
        input="I led a migration.\n/end\n",
    )
    assert result.exit_code == 0, result.output
    assert "spoken questions" in result.output
    kinds = [e.split(":")[0] for e in events]
    assert kinds[:2] == ["say", "read"] and kinds.count("say") >= 3
    assert events[0].startswith("say:Recruiter:")


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--answer-audio", "missing.wav"], "--answer-audio missing.wav: no such file"),
        (["--answer-audio", "NOTES"], "not an audio file"),
        (["--stt-model", "whisper-1"], "go with --voice or --answer-audio"),
        (["--voice", "--answer-audio", "A"], "choose one"),
        (
            ["--voice"],
            "the microphone needs the sounddevice package: pip install 'mockloop[voice]'",
        ),
    ],
)
def test_voice_usage_errors_are_one_line_and_create_no_session(
    extra: list[str], words: str, answers: list[Path]
) -> None:
    extra = [str(SEED_NOTES) if x == "NOTES" else str(answers[0]) if x == "A" else x for x in extra]
    result = runner.invoke(
        app, ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", *extra]
    )
    assert result.exit_code == 2, result.output
    assert words in result.output and "Traceback" not in result.output
    assert json.loads(runner.invoke(app, ["sessions", "--json"]).output) == []


def test_offline_voice_without_the_local_model_says_how_to_get_it(answers: list[Path]) -> None:
    result = runner.invoke(
        app, ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", *_files(answers)]
    )
    assert result.exit_code != 0
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "mockloop[local-stt]" in lines[0], result.output
