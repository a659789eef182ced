"""The job as the req or the job description quotes it, on a line the sentence wraps onto
('the req literally says / "Senior Machine Learning Engineer, Search Ranking"'), over a title
line whose part after the dash is no job ("Quillmere — where things stand")."""

from __future__ import annotations

from tests.support.plans import plan_of

NOTES = (
    "# Larkmoor — where things stand (Sun 29 Nov)\n\n"
    "Larkmoor is the grocery-delivery one. The job is the senior ML role on search — the req literally says\n"
    '"Senior Machine Learning Engineer, Search Ranking", Tamsin calls it "the ranking seat".\n\n'
    "The recruiter call happened two weeks ago with Tamsin Ogle.\n"
)


def test_the_req_quoted_on_the_next_line_is_the_role() -> None:
    assert plan_of(NOTES).role == "Senior Machine Learning Engineer, Search Ranking"


def test_a_job_description_says_it_too() -> None:
    notes = NOTES.replace("the req literally says", "the JD says")
    assert plan_of(notes).role == "Senior Machine Learning Engineer, Search Ranking"


def test_the_actual_title_after_a_colon_is_the_role_whole() -> None:
    notes = (
        "O&K – interview doc (keep updated!!)\n\n"
        "Quick context: this is the fraud job at O&K, the analyst thing Tasha reached out about.\n\n"
        "The actual title (took me until the HackerRank invite to see it written out): Senior\n"
        "Analyst, Fraud Strategy – Card Acquiring. So it's merchant-side fraud.\n"
    ).replace("Senior\nAnalyst", "Senior Analyst")
    assert plan_of(notes).role == "Senior Analyst, Fraud Strategy – Card Acquiring"
