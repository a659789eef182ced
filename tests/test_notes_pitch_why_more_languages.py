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
    assert plan.pitch, plan.pitch


def test_a_chinese_why_line_with_a_full_width_colon_is_the_pitch() -> None:
    notes = """# 青羽科技

## 一面
- 算法工程师，约60分钟

为什么选青羽（草稿）：他们做的是县城电商推荐，数据稀疏但用户真实，我想做这个
"""
    assert plan_of(notes).pitch
