"""Headings in the research before the first round ("## me", "## the paper") are not rounds,
unless they say who or when ("## Culture" over "Omar Sayeed, Head of People, 30 min")."""

from __future__ import annotations

from tests.support.plans import titles_of


def test_short_research_headings_before_the_rounds_are_not_rounds() -> None:
    notes = """reporter – notes

## me
- 4 yrs at a weekly, court and council
- the weekly is cutting staff

## the paper
- daily, 40 in the newsroom, paywall since 2022

## HR call – done 10 Mar
Declan Moore (HR), 15 min. Contract, salary, start date.

## writing test – Thu 20 Mar, 11:00
- 1 hour on their laptop, a press release into a 400-word story

## chat with the editor – same day, 12:30
Fionnuala Brady, Editor. Sourcing, a story I got wrong, data.
"""
    titles = [t.lower() for t in titles_of(notes)]
    assert not any(t in ("me", "the paper") for t in titles), titles
    assert len(titles) == 3, titles
