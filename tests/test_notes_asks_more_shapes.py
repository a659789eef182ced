"""The candidate's questions in more shapes: a questions heading in Bulgarian, Russian, Greek,
Lithuanian or Chinese ("въпроси към тях:", "想問的問題"); "remind me to ask: …" in a chat, in
any language after the colon; "my questions for them. one, … two, …" and "Cousas que lles quero
preguntar. Unha, …" counted off in a voice memo."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

HEADINGS = {
    "bg": "# Hexwood\n\nвъпроси към тях:\n- колко често пускат версии\n- имат ли дизайн система\n",
    "zh": "# 大度\n\n## 想問的問題\n\n- AppSec team 現在幾個人？\n- 可以遠端嗎\n",
    "lt": "# Marlinga\n\nKlausimai jiems:\n- kaip dažnai modeliai patenka į gamybą\n- kokia komanda\n",
}

REMIND = """[18/11/26, 21:21:10] Ioana: și tu ce-i întrebi?
[18/11/26, 21:23:55] Andrei: remind me to ask: cum arată on-call-ul (câte pagini pe săptămână)
[18/11/26, 21:24:10] Ioana: ok
[18/11/26, 21:25:00] Andrei: gata
"""

MEMO = """0:00  okay recording, Bosquet prep
0:20  recruiter call is done, that was Kyle.
3:24  my questions for them. one, how are SEs measured, is it quota or is it win rate. two, how
much of the work is procurement paperwork. three, do SEs get to pick their accounts.
4:01  okay that's it.
"""


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_a_questions_heading_in_more_languages(lang: str) -> None:
    assert len(plan_of(HEADINGS[lang]).candidate_questions) == 2


def test_remind_me_to_ask_in_a_chat() -> None:
    asked = [q.text for q in plan_of(REMIND).candidate_questions]
    assert len(asked) == 1 and asked[0].lower().startswith("cum arată on-call-ul"), asked


def test_my_questions_counted_off_in_a_voice_memo() -> None:
    asked = [q.text for q in plan_of(MEMO).candidate_questions]
    assert len(asked) == 3, asked
    assert asked[0].startswith("How are SEs measured")
