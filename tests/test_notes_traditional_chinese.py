"""Notes in traditional Chinese (Taiwan, Hong Kong): "要問的問題" heads the questions to ask,
"面試", "終面", "總監面" name rounds, as their simplified forms ("问题", "面试", "终面") do."""

from __future__ import annotations

from tests.support.plans import plan_of

NOTES = """# 晶碩科技 面試準備 (Senior Firmware Engineer)

## 面試流程
- 一面：HR 電話 (Amy)
- 二面：技術面試，白板 + C 語言 (Eric)
- 終面：總監面 (Kevin)

## 要問的問題
1. 團隊多大？多少人做 BMC？
2. on-call 怎麼排？
3. 新人 onboarding 多久？
"""


def test_traditional_chinese_questions_to_ask_are_found() -> None:
    assert [q.text for q in plan_of(NOTES).candidate_questions] == [
        "團隊多大？多少人做 BMC？", "on-call 怎麼排？", "新人 onboarding 多久？",
    ]  # fmt: skip


def test_traditional_chinese_round_words_give_each_round_its_kind() -> None:
    assert [r.kind for r in plan_of(NOTES).rounds] == ["recruiter", "technical", "executive"]
