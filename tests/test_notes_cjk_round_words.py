"""Korean and Chinese round words the glossary now reads: "시스템 설계" and "系统设计" (system
design), "라이브 코딩" and "手撕代码" (live coding), "코테" (coding test), "电话沟通" (a phone
screen), so a Korean loop's steps are rounds of their kinds, not one custom round."""

from __future__ import annotations

from tests.support.plans import plan_of

HANGUL = """# 봄내 물류 면접

## 채용 절차
- 코테: 프로그래머스 3문제
- 시스템 설계 - 백엔드 팀 리드 최은영님
- 라이브 코딩 - 시니어 개발자 2명
"""

HANZI = """# 青羽科技 面试

## 流程
1. 电话沟通（HR，已过）
2. 手撕代码 —— 两位算法工程师
3. 推荐系统设计 —— 王磊
"""


def test_korean_steps_are_rounds_of_their_kinds() -> None:
    kinds = [r.kind for r in plan_of(HANGUL).rounds]
    assert kinds == ["coding", "system-design", "coding"], kinds


def test_chinese_steps_are_rounds_of_their_kinds() -> None:
    kinds = [r.kind for r in plan_of(HANZI).rounds]
    assert kinds == ["recruiter", "coding", "system-design"], kinds
