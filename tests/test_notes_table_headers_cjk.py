"""A table whose header is Japanese or Chinese ("| 日付 | ステージ | 担当 | 内容 |", "| 日期 | 阶段
| 面试官 |") names its rounds' column, as "| Date | Stage | Who |" does; its lunch row is no
round."""

from __future__ import annotations

from tests.support.plans import plan_of

JAPANESE = """# 転職メモ — Kitakata Air

| 日付 | ステージ | 担当 | 内容・メモ |
|------|----------|------|-----------|
| 11/27 | 一次面接 | 人事 佐藤さん | 志望動機、転居OKか |
| 12/5 | 筆記試験 | — | 航空法規・気象 |
| 12/12 | 会社説明会・昼食 | 運航本部の方々 | 評価対象外 |
| 12/19 | 技術面接 | Capt. 石田 | 下に詳細 |
| 1/15 | 最終面接（役員） | 社長 | 12/19 が通れば |
"""

CHINESE = """# 青羽科技

| 日期 | 阶段 | 面试官 |
|---|---|---|
| 11/26 | 一面 | 算法工程师 |
| 11/30 | 二面 | 王磊 |
| 12/3 | 终面 | 陈静 |
"""


def test_a_japanese_table_header_names_the_rounds() -> None:
    rounds = plan_of(JAPANESE).rounds
    assert [r.title for r in rounds] == ["一次面接", "筆記試験", "技術面接", "最終面接（役員）"]
    assert rounds[0].interviewer == "人事 佐藤さん"


def test_a_chinese_table_header_names_the_rounds() -> None:
    rounds = plan_of(CHINESE).rounds
    assert [r.title for r in rounds] == ["一面", "二面", "终面"]
    assert rounds[1].interviewer == "王磊"
