"""A recruiter's list of the next rounds under "posílám přehled dalších kol:" ("here is an
overview of the next rounds:") or "the next steps are:" is the loop, also when a detail line is
wrapped under one of its items: each numbered step is a round."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

CZECH = """Dobrý den, pane Hájku,

děkuji za Váš čas při včerejším telefonátu. Jak jsem slíbila, posílám přehled dalších kol:

1) Technický rozhovor (60 min, Teams) – Radek Šimek, vedoucí týmu ofenzivní bezpečnosti.
   Webové aplikace, Active Directory, psaní reportů.
2) Praktický úkol – přístup do našeho labu na 48 hodin, na konci stručný report.
3) Rozhovor s týmem (90 min, osobně u nás) – Radek a dva pentesteři.
4) Závěrečný rozhovor s CEO, panem Milanem Horákem (30 min).

S pozdravem
Klára Dvořáková
"""
ENGLISH = """Hi Ola,

thanks for the call yesterday. The next steps are:

1) Tech talk (60 min, Teams) – Radek Simek, head of offensive security.
   Web apps, Active Directory, report writing.
2) Lab task – 48 hours in our lab, a short report at the end.
3) Team interview (90 min, on site) – Radek and two pentesters.
4) Final chat with Milan, our CEO (30 min).
"""


@pytest.mark.parametrize("mail", [CZECH, ENGLISH], ids=["cs", "en"])
def test_each_announced_step_is_a_round_past_a_wrapped_detail_line(mail: str) -> None:
    assert len(plan_of(mail).rounds) == 4
