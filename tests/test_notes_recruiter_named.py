"""The recruiter round is with the recruiter the notes name elsewhere ("Recruiter: Emily Tran
(University Recruiting)", "RECRUITER = DEREK HOLLOWAY", "Danielle Fox (recruiter)"), not with
"Recruiter"; when the notes name two recruiters, neither is guessed."""

from __future__ import annotations

from tests.support.plans import named_plan

LABELLED = """# Roblox — SWE intern
Recruiter: Emily Tran (University Recruiting)

## Loop
1. Recruiter call — done
2. Technical interview — graphs
3. Final round — team match
"""

CAPS = """# Vestas — Site Lead
Applied 3/2 on the careers site. RECRUITER = DEREK HOLLOWAY

## Phone screen — done
- 20 min, shift pattern, salary

## Site visit interview
- with the site manager
"""

TWO = """# Loop
Recruiter: Emily Tran. Agency recruiter: Sam Ortiz (recruiter at Hirewell)

1. Recruiter call — done
2. Technical interview — graphs
"""


def test_the_recruiter_named_elsewhere_is_who_the_recruiter_round_is_with() -> None:
    assert named_plan(LABELLED).rounds[0].interviewer == "Emily Tran (University Recruiting)"
    assert named_plan(CAPS).rounds[0].interviewer == "DEREK HOLLOWAY"


def test_two_recruiters_named_leave_the_round_unnamed() -> None:
    assert named_plan(TWO).rounds[0].interviewer in (None, "Recruiter")


HM = """# Revolut — Data Scientist, Credit
HM: Kieran Doyle, Lead DS Credit

## Loop
1. Recruiter call — done
2. Hiring manager call
3. Take-home — credit model
"""


def test_the_hiring_manager_named_elsewhere_is_who_the_hm_round_is_with() -> None:
    hm = [r for r in named_plan(HM).rounds if r.kind == "hiring-manager"]
    assert hm and hm[0].interviewer == "Kieran Doyle"  # not "Hiring manager"
