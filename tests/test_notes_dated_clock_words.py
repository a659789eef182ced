"""A dated line whose time is said with the language's clock word ("24.11 kl 10:", "12.3. um
10 Uhr:", "5/3 à 10h -") is a dated line like "Wed 12 Mar 10:00 -": the rest is the round."""

from __future__ import annotations

from tests.support.plans import plan_of

NORSK = """Saltvik Ferjer, styrmann

24.11 kl 10: intervju med Trond Bakken, nautisk inspektør
26.11 kl. 13: personlighetstest på nett, 40 min
"""


def test_a_date_and_a_clock_word_open_a_round() -> None:
    titles = [r.title for r in plan_of(NORSK).rounds]
    assert len(titles) == 2, titles
    assert titles[0].startswith("intervju med Trond Bakken")
    assert titles[1].startswith("personlighetstest")


BRACKETED = """Lanterne Market, data analyst

[18/11 – done] call with Thao from HR, 20 min: salary, notice period
[26/11 – 9h] SQL test online on HackerRank, 90 min
[3/12 – 14h] interview with Khoa, head of BI
"""


def test_a_day_in_brackets_opens_a_dated_line() -> None:
    titles = [r.title for r in plan_of(BRACKETED).rounds]
    assert len(titles) == 3, titles
    assert not any(t.startswith("[") for t in titles)
    assert titles[2].startswith("interview with Khoa")


WEEKDAY_IN_BRACKETS = """Shoresh Energy, data engineer

24/11 (Tue) 10:00 — intro call with Liat Shamir, recruiter
26/11 (Thu) 14:00 — Technical screen, Omer Halevi (Senior Data Engineer)
"""


def test_a_weekday_in_brackets_after_the_date_is_part_of_the_date() -> None:
    titles = [r.title for r in plan_of(WEEKDAY_IN_BRACKETS).rounds]
    assert len(titles) == 2, titles
    assert titles[0].startswith("intro call") and titles[1].startswith("Technical screen")
