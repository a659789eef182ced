"""The pitch as people say or jot it when it has no "Why X:" label: "Why Larkspur. Um. Okay.
Because …" said into a voice memo (also under Whisper's "[00:01.500 --> 00:06.000]" stamps),
"If they ask why Larkspur, it's because …", "Quando me perguntarem por que a Larkspur: …",
"the why-them line: …", "meu pitch: …", "My pitch, basically: …", a "perché loro:" or "if
they ask why them (say it short):" header over its bullets. A "why" about anything but the
employer stays no pitch ("If they ask why I'm leaving …", "Why Kafka. Because …")."""

from __future__ import annotations

import pytest

from mockloop.notes.transcript import utterances
from tests.support.plans import plan_of

HEAD = "# Larkspur Health: Senior Product Manager prep\n\n## Recruiter screen\n- comp, timeline\n\n"
BODY = "I spent four years on clinic scheduling software and I want to fix it for rural patients."
MEMO = "0:00  okay recording, Larkspur Health prep, sorry about the road noise here.\n0:09  recruiter screen is done, that was fine, comp and timeline.\n"
WHISPER = (
    "[00:00.000 --> 00:04.200]  Okay, this is the Larkspur Health prep, Senior Product Manager.\n"
    "[00:04.200 --> 00:09.800]  The recruiter screen is done, it was with Dana, comp and timeline.\n"
    "[00:09.800 --> 00:15.100]  Next is the hiring manager round with Marcus Lee, the director.\n"
)

SHAPES = {
    "memo-why-x": MEMO + f"1:12  Why Larkspur. Um. Okay. Because {BODY}\n",
    "memo-and-why": MEMO + f"1:12  and why Larkspur. {BODY}\n",
    "whisper": WHISPER + f"[00:15.100 --> 00:22.400]  Why Larkspur. Um. {BODY}\n",
    "if-they-ask": HEAD + f"If they ask why Larkspur, it's because {BODY}\n",
    "if-they-ask-colon": HEAD + f"if anyone asks me why Larkspur: {BODY}\n",
    "pt-quando": HEAD + f"Quando me perguntarem por que a Larkspur: {BODY}\n",
    "why-them-line": HEAD + f"and the why-them line: {BODY}\n",
    "why-x-thing": HEAD + f"my why-larkspur thing: {BODY}\n",
    "pt-meu-pitch": HEAD + f"                meu pitch: {BODY}\n",
    "pitch-basically": HEAD + f"My pitch, basically: {BODY}\n",
    "it-perche-loro": HEAD + "- perché loro:\n  - four years on clinic scheduling software\n  - I want to fix it for rural patients\n",
    "if-they-ask-header": HEAD + "if they ask why them (say it short):\n- four years on clinic scheduling software\n- rural patients\n",
}  # fmt: skip


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_pitch_said_or_jotted_without_a_label(shape: str) -> None:
    plan = plan_of(SHAPES[shape])
    assert any("four years" in p.text for p in plan.pitch), plan.pitch


@pytest.mark.parametrize(
    "line",
    [
        "If they ask why I'm leaving Ridgeline, it's because the whole team was cut in the spring.",
        "1:12  Why Kafka. Um. Because it is what they run for the scheduling events, so read up.",
        "If they ask why the gap in 2023, it's because I was caring for my dad for most of that year.",
    ],
)
def test_a_why_about_anything_but_the_employer_is_no_pitch(line: str) -> None:
    notes = (MEMO if line.startswith("1:") else HEAD) + line + "\n"
    assert "Larkspur" in plan_of(HEAD).company
    assert plan_of(notes).pitch == []


def test_whisper_stamps_come_off_each_utterance() -> None:
    lines, opens = utterances(WHISPER.splitlines())
    assert lines[1] == "The recruiter screen is done, it was with Dana, comp and timeline."
    assert opens == {0, 1, 2}


def test_a_memo_read_under_whisper_stamps_gives_its_rounds() -> None:
    titles = [r.kind for r in plan_of(WHISPER).rounds]
    assert titles[:2] == ["recruiter", "hiring-manager"]


def test_the_recording_s_file_name_over_a_transcript_is_not_its_title() -> None:
    memo = "larkspur_prep_memo.m4a — transcribed with whisper (medium.en)\n\n" + WHISPER.replace(
        "prep, Senior Product Manager.",
        "prep. So it's the Senior Product Manager role at Larkspur Health.",
    )
    plan = plan_of(memo)
    assert (plan.company, plan.role) == ("Larkspur Health", "Senior Product Manager")
