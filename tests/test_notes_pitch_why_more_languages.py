"""A "why X:" pitch in Estonian (miks), Slovenian (zakaj) and Persian (چرا) is read as "Why
X: …" is in English."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

WHY = [
    "miks Rannapilv: väike Eesti pilv, mis konkureerib suurtega, ja ma tahan olla seal",
    "zakaj Rannapilv: majhna ekipa, sodobna oprema in mentorstvo prvo leto",
    "چرا Rannapilv: پدرم دو سال با صورتحساب بیمارستان درگیر بود و می‌خواهم این را درست کنم",
]


@pytest.mark.parametrize("line", WHY)
def test_a_why_line_in_another_language_is_the_pitch(line: str) -> None:
    notes = f"""# Rannapilv

## Recruiter screen
- done, salary and notice period

{line}
"""
    plan = plan_of(notes)
    assert len(plan.pitch) == 1, plan.pitch
    assert plan.pitch[0].text == line.split(": ", 1)[1]


def test_a_chinese_why_line_with_a_full_width_colon_is_the_pitch() -> None:
    notes = """# 青羽科技

## 一面
- 算法工程师，约60分钟

为什么选青羽（草稿）：他们做的是县城电商推荐，数据稀疏但用户真实，我想做这个
"""
    pitch = plan_of(notes).pitch
    assert len(pitch) == 1 and pitch[0].text.startswith("他们做的是县城电商推荐")
    assert not pitch[0].title.endswith("：")


def test_why_they_use_a_tool_is_no_pitch() -> None:
    notes = (
        "# 青羽科技\n\n## 一面\n- 算法\n\n为什么用Kafka：吞吐量高，支持回放，消费者组可以水平扩展\n"
    )
    assert not plan_of(notes).pitch
