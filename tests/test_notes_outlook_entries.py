"""Calendar entries copied out of Outlook: "Subject:", "Start:", "Required Attendees:", each on
its own line, then the candidate's notes indented under them."""

from __future__ import annotations

from tests.support.plans import named_plan

OUTLOOK = (
    "Subject:\tScreening call – Senior Physiotherapist (MSK) – Benbulben Health\n"
    "Location:\tPhone\n"
    "Start:\tTue 03/03/2026 12:30\n"
    "End:\tTue 03/03/2026 12:50\n"
    "Organizer:\tNora Quinn (HR Business Partner)\n"
    "\t-> done. registration, rota, start date\n"
    "\n"
    "Subject:\tReference call – Dr. Walsh\n"
    "Start:\tWed 04/03/2026 17:00\n"
    "\tmy referee, just a heads-up. not an interview\n"
    "\n"
    "Subject:\tInterview – Competency-based panel\n"
    "Start:\tThu 12/03/2026 10:00\n"
    "Organizer:\tNora Quinn\n"
    "Required Attendees:\tMSK Lead (Eoin Ward); Clinical Specialist (Ruth Kane)\n"
    "\tcompetencies: patient safety, teamwork. STAR for each\n"
    "\n"
    "Subject:\tPresentation\n"
    "Start:\tThu 12/03/2026 11:45\n"
    "Required Attendees:\tEoin Ward\n"
    "\t10 min on a new low-back-pain pathway\n"
)


def test_each_outlook_entry_is_a_round_with_its_attendees_and_notes() -> None:
    plan = named_plan(OUTLOOK)
    titles = [r.title for r in plan.rounds]
    assert len(titles) == 3  # the reference call is "not an interview"
    assert any("panel" in t for t in titles)
    panel = next(r for r in plan.rounds if "panel" in r.title)
    assert "Eoin Ward" in (panel.interviewer or "")
    assert any("patient safety" in n.text for n in panel.focus)


def test_the_subject_names_the_company_after_the_round_and_the_job() -> None:
    plan = named_plan(OUTLOOK)
    assert plan.company == "Benbulben Health"  # not "Organizer", not "Screening call"
    assert plan.role == "Senior Physiotherapist (MSK)"
