"""The candidate's questions under a heading or label in Estonian, Slovenian, Croatian,
Icelandic, Vietnamese and Persian: "minu küsimused neile:", "Moja vprašanja:", "## Spurningar
til þeirra", "câu em muốn hỏi họ:", "## سوالات من"."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

HEADINGS = [
    "minu küsimused neile:",
    "Moja vprašanja za njih:",
    "Moja pitanja za njih:",
    "## Spurningar til þeirra",
    "câu em muốn hỏi họ:",
    "## سوالات من",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_questions_under_a_heading_in_another_language(heading: str) -> None:
    notes = f"""# Kestrel Labs

## Recruiter screen
- done

{heading}
1. How many incidents a month, and who is on call?
2. How do you decide what runs on Kubernetes?
3. What is the SRE team's biggest pain right now?
"""
    assert len(plan_of(notes).candidate_questions) == 3
