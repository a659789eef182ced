"""A Notion export keeps each round in a toggle: "<details><summary>✅ Shortlisting call — done
3 Dec</summary>" over what it folds, then "</details>". Each summary is a round's heading (no
"<summary>" in a title), the toggles' pitch and questions are read as such, and no line moves."""

from __future__ import annotations

from tests.support.plans import plan_of

NOTES = """# Ribblemere BC — Senior Planning Officer

<details>
<summary>✅ Shortlisting call — done 3 Dec</summary>

Karen Whitworth from HR. 15 min. Confirmed MRTPI status and current grade.

</details>

<details>
<summary>📝 Written exercise (on the day, 9:30)</summary>

90 minutes on a council laptop: a delegated officer report on a householder application.

</details>

<details>
<summary>💬 Why Ribblemere</summary>

I live here and I want to shape the next ten years of the seafront, not read about it.

</details>
"""


def test_each_summary_heads_a_round_without_its_tags() -> None:
    rounds = plan_of(NOTES).rounds
    assert [r.title for r in rounds] == ["Shortlisting call", "Written exercise (on the day, 9:30)"]
    assert [r.kind for r in rounds] == ["recruiter", "take-home"]


def test_a_toggle_titled_why_x_is_the_pitch_and_lines_stay_put() -> None:
    plan = plan_of(NOTES)
    assert plan.pitch and "seafront" in plan.pitch[0].text
    written = plan.rounds[1]
    assert written.source is not None and written.source.line == 11


def test_a_toggle_under_a_pitch_heading_is_the_pitch() -> None:
    notes = (
        "# Tessellate — Staff Backend\n\n## Elevator pitch\n\n<details>\n"
        "<summary>60-second version</summary>\n\n"
        "I've spent nine years on backend systems where correctness matters more than latency.\n\n"
        "</details>\n\n## The loop\n\n1. Recruiter screen — Jules Marin\n2. Coding — pairing\n"
    )
    pitch = plan_of(notes).pitch
    assert pitch and "nine years" in pitch[0].text
