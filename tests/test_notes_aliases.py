"""A round the notes call by a second name in brackets ("case discussion (= "clinical
scenario" in the email)"), and an arrow chain behind a label ("Loop per Noa (recruiter): HM →
…") or followed by a sentence ("… → bar raiser. All onsite on the 17th"): the round is read
under its own name, and the chain's label and the sentence after it are no rounds."""

from __future__ import annotations

from tests.support.plans import plan_of

ALIAS = """# Barwon Limb & Brace — P&O job, interview prep

Dear Ngozi, we'd like to invite you to our clinic on Wednesday 17 December:

- 9:00 Morning tea and clinic tour
- 9:30 Panel interview (45 min)
- 10:30 Clinical scenario (30 min)
- 11:15 Practical assessment in the workshop (60 min)

## my notes

### panel interview
- competency Qs: difficult patient, disagreement with a surgeon

### case discussion (= "clinical scenario" in the email)
- Sione + Mei-Ling Ho (Senior P&O)
- they give a patient vignette, I talk through assessment → prescription → review

### practical assessment
- cast a below-knee on a volunteer, talk through trim lines
"""


def test_a_heading_with_its_other_name_in_brackets_is_the_round_with_its_notes() -> None:
    plan = plan_of(ALIAS)
    assert len(plan.rounds) == 3
    case = plan.rounds[1]
    assert case.title.startswith("case discussion")
    assert any("patient vignette" in f.text for f in case.focus)


def test_a_heading_that_is_only_the_email_stays_no_round() -> None:
    notes = ALIAS.replace('case discussion (= "clinical scenario" in the email)', "the email")
    titles = [r.title for r in plan_of(notes).rounds]
    assert not any("email" in t for t in titles)


CHAIN = """# Ezov — EM Checkout loop

Loop per Noa (recruiter): HM → system design → people leadership → bar raiser. All onsite on the 17th
except the HM one.

## HM — w/ Yael (Dir Eng)
- team = 7 engs + 1 QA, checkout conversion flat for a year

## system design
- probably "design checkout for flash sales"
"""


def test_a_chains_label_is_no_round_and_its_last_step_ends_at_the_full_stop() -> None:
    plan = plan_of(CHAIN)
    titles = [r.title for r in plan.rounds]
    assert titles == ["HM", "system design", "people leadership", "bar raiser"]
    assert plan.rounds[0].interviewer == "Yael (Dir Eng)"
    assert not any(r.kind == "recruiter" for r in plan.rounds)


SCREEN = """# Mavuno Link — Senior Product Manager

Loop: phone screen → product sense → execution → HM

## 1. Recruiter screen — done, Mon 3 Nov
- 30 min Google Meet. Comp: asked for KES 550k/month gross
"""


def test_a_screen_named_on_the_overview_is_the_recruiter_screen_below() -> None:
    plan = plan_of(SCREEN)
    assert [r.kind for r in plan.rounds] == [
        "recruiter",
        "product-sense",
        "execution",
        "hiring-manager",
    ]
    assert plan.rounds[0].title == "Recruiter screen"
