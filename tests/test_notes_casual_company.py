"""The employer where casual notes name it once: a careers address without its scheme, a
lower-case possessive ("it's for crêtelab's search team"); and what is never the employer: "Warum
die?" (why them), a Discord handle, "jobs 3/26"."""

from __future__ import annotations

from tests.support.plans import plan_of

ONENOTE = """Bewerbung Backend	Tuesday, 3 March 2026	09:14

Link : https://careers.fjordkante.at/jobs/4471-senior-backend-billing
Position : Senior Backend Engineer (Billing)

Runde 1 : Recruiter call mit Sabine

Warum die?  :
- Billing ist spannend
"""


def test_a_careers_address_names_the_employer_and_why_them_does_not() -> None:
    plan = plan_of(ONENOTE)
    assert plan.company == "Fjordkante"  # not "Die" from "Warum die?"


DISCORD = """nico_b — 03/03/2026 21:14
sooo did they call back
sol.vdb — 03/03/2026 21:16
yes!! recruiter call was today. it's for bergquell's search team, the title is "Senior ML Engineer"
nico_b — 03/03/2026 21:17
nice. next?
sol.vdb — 03/03/2026 21:18
tech screen with Priya on friday, then the onsite. Pixelwerk pays more tho
"""


def test_a_discord_handle_is_no_employer_and_a_lower_case_owner_is() -> None:
    assert plan_of(DISCORD).company == "Bergquell"


LOWER = """jobs 3/26

ok so the one that matters rn: tallmarsh's platform team. sr platform eng (infra)

loop per kayla: recruiter screen -> hm (dana) -> onsite
"""


def test_a_title_of_notes_words_and_a_date_is_no_employer() -> None:
    assert plan_of(LOWER).company == "Tallmarsh"  # not "Jobs 3"
