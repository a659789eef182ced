"""Delivery figures checked against known timings: WAV files synthesised with a tone per word,
timed by a transcription endpoint the way a server would (respx, the real SDK), then pace,
fillers, pauses, first word and length measured from what came back."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

from mockloop.voice.delivery import (
    SessionDelivery,
    count_fillers,
    length_band,
    line,
    measure,
    observations,
)
from mockloop.voice.endpoint import SttEndpoint
from mockloop.voice.transcribe import HttpTranscriber, Transcript, Word
from tests.support.loopback import _multipart
from tests.support.speech import synth_answer, voiced_segments

BASE = "http://stt.test/v1"

SAID = "Umm so at my last job I led the migration, like, to Postgres and uh we cut latency by half in six weeks"
ANSWER = SAID.split()


def _timing_server(router: respx.MockRouter, scripts: list[list[str]], timed: bool = True) -> None:
    """A transcription endpoint that hears the scripted words and times each by the next voiced
    stretch of the uploaded WAV."""

    def answer(request: httpx.Request) -> httpx.Response:
        _, audio = _multipart(request.content, request.headers["content-type"])
        words = scripts.pop(0)
        stretches, duration = voiced_segments(audio)
        body: dict[str, object] = {"text": " ".join(words), "duration": duration}
        if timed:
            body["words"] = [
                {"word": w, "start": a, "end": b}
                for w, (a, b) in zip(words, stretches, strict=True)
            ]
        return httpx.Response(200, json=body)

    router.post("/audio/transcriptions").mock(side_effect=answer)


def _hear(path: Path) -> Transcript:
    return HttpTranscriber(SttEndpoint(BASE, "whisper-1", None, "test")).transcribe(path)


@respx.mock(base_url=BASE)
def test_figures_match_the_synthesised_timings(
    respx_mock: respx.MockRouter, tmp_path: Path
) -> None:
    spoken = synth_answer(
        tmp_path / "a.wav", ANSWER, lead=2.0, word_s=0.3, gap_s=0.1, pauses={5: 2.6, 12: 3.1}
    )
    _timing_server(respx_mock, [list(ANSWER)])
    transcript = _hear(tmp_path / "a.wav")
    # the endpoint's word times are the tones' own, to the 10 ms frame
    assert [w.text for w in transcript.words] == ANSWER
    for word, tone in zip(transcript.words, spoken, strict=True):
        assert abs(word.start - tone.start) <= 0.011 and abs(word.end - tone.end) <= 0.011

    d = measure(transcript, seq=1, expected=length_band("behavioral"))
    speaking = spoken[-1].end - spoken[0].start  # 23 words: 6.9 s of tone, 20 short gaps, 2 long
    assert speaking == pytest.approx(23 * 0.3 + 20 * 0.1 + 2.6 + 3.1, abs=0.01)
    assert d.speaking_s == pytest.approx(speaking, abs=0.02)
    assert d.words == 23
    assert d.wpm == round(23 / (speaking / 60)) == 95
    assert d.fillers == 3 and d.filler_terms == {"um": 1, "like": 1, "uh": 1}
    assert d.fillers_per_100 == 13.0
    assert d.pauses == 2
    assert d.longest_pause_s == pytest.approx(3.1, abs=0.02)
    assert d.longest_pause_after == "Postgres"  # word 12
    assert d.first_word_s == pytest.approx(2.0, abs=0.011)
    assert d.expected_s == (60, 120) and d.timed

    shown = [line(o) for o in observations(d)]
    assert shown[0] == "Pace: 95 wpm — usual conversational range 120–160 wpm"
    assert shown[1].startswith("Fillers: 13.0 per 100 words (3 of 23: ")
    assert shown[2].startswith("Pauses over 2 s: 2, longest 3.1 s after “Postgres”")
    assert shown[3] == "First word after: 2.0 s — up to 5 s is a usual moment to think"
    assert (
        shown[4]
        == "Length: 15 s speaking, 23 words — an answer in this round usually runs 60–120 s"
    )
    assert [o.position for o in observations(d)] == ["below", "above", "above", "within", "below"]
    for text in shown:  # observations, never a verdict on the person
        assert not any(w in text.lower() for w in ("confiden", "nervous", "anxious", "poor"))


@respx.mock(base_url=BASE)
def test_no_word_timestamps_means_unavailable_not_invented(
    respx_mock: respx.MockRouter, tmp_path: Path
) -> None:
    synth_answer(tmp_path / "a.wav", ANSWER[:8], lead=1.0)
    _timing_server(respx_mock, [ANSWER[:8]], timed=False)
    d = measure(_hear(tmp_path / "a.wav"), seq=3, expected=length_band("recruiter"))
    assert not d.timed
    assert (d.wpm, d.pauses, d.longest_pause_s, d.first_word_s, d.speaking_s) == (None,) * 5
    assert d.fillers == 1 and d.words == 8  # fillers need only the text
    assert d.recording_s == pytest.approx(1.0 + 8 * 0.3 + 7 * 0.1 + 0.5, abs=0.01)  # the server's
    by = {o.name: o for o in observations(d)}
    assert by["Pace"].position == "unavailable" and "no word timestamps" in by["Pace"].value
    assert by["Pauses over 2 s"].position == "unavailable"
    assert by["First word after"].position == "unavailable"
    assert by["Length"].value.endswith("s recording, 8 words")  # the recording's length, named


def test_too_little_speech_has_no_pace() -> None:
    short = Transcript("Yes.", [Word("Yes.", 0.4, 0.7)], 1.0, "t")
    d = measure(short, seq=1)
    assert d.wpm is None and d.first_word_s == 0.4 and d.pauses == 0
    assert "too little speech" in observations(d)[0].value


@pytest.mark.parametrize(
    ("text", "fillers"),
    [
        ("I like Python.", {}),
        ("I'd like to add one thing.", {}),
        ("It looks like a cache miss.", {}),
        ("Which one do you like?", {}),
        ("We were, like, really behind.", {"like": 1}),
        ("Like, we shipped it anyway.", {"like": 1}),
        ("It was um like three weeks.", {"um": 1, "like": 1}),
        ("Ummm, uhhh, er, hmm... ah.", {"um": 1, "uh": 1, "er": 1, "hmm": 1, "ah": 1}),
        ("You know, it was hard, you know.", {"you know": 2}),
        ("Do you know the answer?", {}),
        ("If you know, tell me.", {}),
        ("You know the drill.", {}),
        ("I mean, we tried.", {"i mean": 1}),
        ("I mean the API, not the SDK.", {}),
        ("What kind of index would you use?", {}),
        ("This sort of bug is rare.", {}),
        ("It was kind of slow and we sort of agreed.", {"kind of": 1, "sort of": 1}),
        ("Basically we rewrote it.", {"basically": 1}),
        ("So, well, actually, right.", {}),
    ],
)
def test_the_filler_rule(text: str, fillers: dict[str, int]) -> None:
    assert count_fillers(text) == fillers


def test_length_bands_by_round_kind() -> None:
    assert length_band("behavioral") == (60, 120)
    assert length_band("system-design") == (120, 300)
    assert length_band("behavioral", follow_up=True) == (20, 90)
    assert length_band("something-new") == length_band(None) == (45, 120)


def test_a_session_weighs_answers_by_their_speaking_time() -> None:
    def timed(seq: int, n: int, seconds: float, first: float, pause: float | None) -> Transcript:
        step = seconds / n
        words = [Word(f"w{i}", first + i * step, first + i * step + step * 0.8) for i in range(n)]
        if pause:
            words = words[:1] + [Word(w.text, w.start + pause, w.end + pause) for w in words[1:]]
        return Transcript(" ".join(w.text for w in words) + " um", words, None, "t")

    one = measure(timed(1, 150, 60.0, 1.0, None), seq=1, expected=(60, 120))
    two = measure(timed(3, 40, 30.0, 4.0, 2.5), seq=3, expected=(60, 120))
    session = SessionDelivery(answers=[one, two])
    seconds = (one.speaking_s or 0) + (two.speaking_s or 0)
    assert session.wpm == round((150 + 40) / (seconds / 60))
    assert session.fillers_per_100 == round(100 * 2 / (one.words + two.words), 1)
    assert session.pauses == 1 and session.longest_pause_s == pytest.approx(2.5 + 0.15, abs=0.01)
    assert session.first_word_s == 2.5  # the median of 1.0 and 4.0
    assert session.in_band() == (0, 2)  # 59.9 s and 29.9 s of speech: both under 60 s
    names = [o.name for o in session.summary()]
    assert names == ["Pace", "Fillers", "Pauses over 2 s", "First word after (median)", "Length"]
