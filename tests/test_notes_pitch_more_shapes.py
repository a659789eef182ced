"""The pitch in more shapes: 'My answer to "why us", as it stands: …', "what I'll say when they
ask why: …", "okay elevator pitch. um. …" said into a memo, "why I want this: …", and "why X"
in Slovak, Bulgarian, Malay ("Prečo Fatrapay: …", "защо Hexwood: …", "kenapa aku nak
KintaCare: …") or as a Chinese heading ("## 為什麼選他們"); the company after such a "why" is
the employer, never the pronoun before it ("bakit ako?", "kenapa aku nak …")."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

BODY = "I have spent six years building exactly this for people who need it, and I want more."

SHAPES = {
    "answer": f'# Brookfarm\n\nMy answer to "why us", as it stands: {BODY}\n',
    "say": f"# Brookfarm\n\nwhat I'll say when they ask why: {BODY}\n",
    "memo": f"0:00  okay recording.\n0:10  Brookfarm prep.\n0:20  okay elevator pitch. um. {BODY}\n",
    "want": f"# Brookfarm\n\nwhy I want this: {BODY}\n",
    "sk": f"# Brookfarm\n\nPrečo Brookfarm: {BODY}\n",
    "bg": f"# Brookfarm\n\nзащо Brookfarm: {BODY}\n",
    "ms": f"# Brookfarm\n\nkenapa aku nak Brookfarm: {BODY}\n",
    "zh": f"# Brookfarm\n\n## 為什麼選他們\n\n{BODY}\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_pitch_in_more_shapes(shape: str) -> None:
    plan = plan_of(SHAPES[shape])
    assert any("six years" in p.text for p in plan.pitch), plan.pitch


def test_a_pronoun_after_why_is_no_company() -> None:
    notes = f"05/11/2026, 20:58 - Farah: ready?\n05/11/2026, 21:02 - Nurul: kenapa aku nak KintaCare: {BODY}\n05/11/2026, 21:03 - Farah: ok\n05/11/2026, 21:04 - Nurul: ok\n"
    assert plan_of(notes).company in (None, "KintaCare")
    assert plan_of(f"# prep\n\nbakit ako? {BODY}\n").company != "Ako"
