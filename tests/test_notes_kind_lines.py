"""A line that opens on a round's kind and says who or how long ("system design w/ Rosa
Lindqvist (staff SRE): alerting …", "coding, 45 min, practical scripting"), in a Keep
checklist or a plain list, is a round of its own, not notes of the round above it."""

from __future__ import annotations

from tests.support.plans import plan_of

CHECKLIST = """interview stuff

☑ recruiter call w/ Tasha Greene, done Mon. went fine
☐ hiring manager chat w/ Dev Malhotra (Manager, Reliability) — Thu 11am PT
   he wrote the incident-review post on their blog, reread it
☐ system design w/ Rosa Lindqvist (staff SRE): alerting for a multi-region queue service,
   SLOs + error budgets, what pages a human
☐ coding, 45 min, "practical scripting not leetcode". log parsing in python or go
☐ buy a headset that isn't held together with tape
"""


def test_kind_lines_in_a_keep_checklist_are_rounds_of_their_own() -> None:
    plan = plan_of(CHECKLIST)
    kinds = [r.kind for r in plan.rounds]
    assert kinds[:2] == ["recruiter", "hiring-manager"]
    assert "system-design" in kinds and "coding" in kinds
    assert len(plan.rounds) == 4
    design = next(r for r in plan.rounds if r.kind == "system-design")
    assert design.interviewer and "Rosa Lindqvist" in design.interviewer
    manager = plan.rounds[1]
    assert not any("alerting" in f.text for f in manager.focus)


APPLE = """Jobb

- [x] intro call with Ingrid Solheim (talent partner) — Tue, 25 min
- [ ] tech deep dive / architecture round w/ Lars + Priyanka Rao (backend)
      → design offline sync for a boat with no signal for 3 days
- [ ] behavioural with Kari Berg (EM, Mobile) — ownership, a conflict
"""


def test_a_long_kind_with_two_interviewers_is_a_round() -> None:
    plan = plan_of(APPLE)
    assert len(plan.rounds) == 3
    assert plan.rounds[1].title.startswith("tech deep dive / architecture round")


NAMED_BY_PEOPLE = """# Modern Treasury — backend loop, by interviewer

### Ken Watanabe (staff eng) — Thu 5/15, 12:30–1:30
- ledger design, idempotency keys, double entry

### Priya Raman, VP Sales ANZ
- how I'd run a territory plan

## Final
- an hour on why here, why now
"""


def test_a_round_named_by_its_interviewer_has_that_interviewer() -> None:
    """A heading that is a person ("Ken Watanabe (staff eng) — Thu 5/15") says who the round
    is with; two such rounds stay two, and a bare "Final" that nothing else names is the
    executive's round, not a custom one."""
    rounds = plan_of(NAMED_BY_PEOPLE).rounds
    assert [r.interviewer for r in rounds[:2]] == [
        "Ken Watanabe (staff eng)",
        "Priya Raman, VP Sales ANZ",
    ]
    assert rounds[2].kind == "executive"


SCREENS = """# Pelican Payroll — AE, mid-market

## Brooke screen (done)
- comp, territory, start date

## Phone screen with the hiring manager
- my pipeline numbers
"""


def test_a_screen_named_by_whom_it_is_with_is_the_recruiter_s() -> None:
    """ "Brooke screen": a screen and a person, most likely the recruiter's (not a custom
    round); a phone screen with the hiring manager is still the hiring manager's."""
    kinds = [r.kind for r in plan_of(SCREENS).rounds]
    assert kinds == ["recruiter", "hiring-manager"]
