"""Headings that title the page, not a round: "# Stripe PM interview" over nothing but
rounds, "# Casa Maresia Hotel – Lisbon" over the job, "Zweites Gespräch vor Ort:" over its
timetable."""

from __future__ import annotations

from bisect import bisect_right

from .found import Round
from .names import has_job, split_name_line
from .outline import Outline
from .vocab import ROUNDISH, explicit, has, round_types, tokens

__all__ = ["is_title_heading"]


def is_title_heading(o: Outline, r: Round, starts: list[int], slots: set[int]) -> bool:
    """ "# Stripe PM interview" over nothing but rounds; the first line naming the job."""
    if r.heading_sec is None:  # "Snowflake · Sales Engineer": the job, not one round
        return False
    name, job = split_name_line(r.text) if r.heading_sec == 0 and r.order[0] <= 2 else ("", "")
    if name and not job and r.focus and has_job(r.focus[0].text) and len(r.focus[0].text) < 90:
        job = r.focus[0].text  # "CASA MARESIA HOTEL – LISBON" over "Front Office Manager (5*)"
    if name and job and not (round_types(name) or explicit(r.text) or has(tokens(name), ROUNDISH)):
        return True
    after = bisect_right(starts, r.order[0])
    inside = [s for s in starts[after : after + 2] if s < o.ends[r.heading_sec]]
    if r.focus and inside:  # "Zweites Gespräch vor Ort:" over its timetable of rounds: their day
        own = min((n.line for n in r.focus if n.line is not None), default=inside[0])
        return len(inside) == 2 and slots.issuperset(inside) and own > inside[0]
    return bool(inside)  # a heading with nothing of its own whose next round is inside it
