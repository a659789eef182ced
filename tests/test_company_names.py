"""Where notes name the employer when the title does not: a name in the title's place that is
a job, an interviewer, a requisition number, a recruiting agency or a section heading is not
the company, and the company is found further on (a mail signature, the name the notes keep
using, "Acme Foods" even though it reads like a first and last name)."""

from __future__ import annotations

from tests.support.plans import named_plan, plan_of

ROLE_TITLE = """# Senior Data Engineer

Notes for next week. The Quarrel Labs folks run everything on dbt; at Quarrel the data team
is four people and they want someone to own the warehouse.

## Pitch
Six years of pipelines, the last two owning a Snowflake migration.

## Rounds
1. Recruiter call with Dana Ruiz
2. SQL exercise with Omar Haddad, Staff Engineer
3. Hiring manager, Lena Fox (Head of Data)
"""


def test_a_section_heading_under_a_job_title_is_not_the_company() -> None:
    plan = named_plan(ROLE_TITLE)
    assert plan.company == "Quarrel"
    assert plan.role == "Senior Data Engineer"


INTERVIEWER_FIRST = """Hana Kowalczyk — HM, Director of Clinical Operations. Intro call done.

She said the team runs trials for Brightfield Health across three sites.

## Loop
1. Intro call with Hana — done
2. Panel with the study coordinators
3. Final with the VP Clinical, Tomasz Berg
"""


def test_the_interviewer_on_the_first_line_is_not_the_company() -> None:
    plan = named_plan(INTERVIEWER_FIRST)
    assert plan.company != "Hana Kowalczyk"


SIGNATURE = """# Interview prep (Leeds)

Pasting the email:

> Subject: Interview invitation – Warehouse Shift Leader (Nights)
>
> Dear Sam,
>
> We would like to invite you to the next stages:
>
> - Interview with me (HR), 30 minutes – Monday 3 May, Teams
> - Site walk and practical task, 60 minutes – Thursday 6 May
> - Interview with Priti Shah, Operations Manager – 6 May, after the task
>
> Kind regards,
> Colin Moss
> Talent Partner | Brindle Cold Chain Ltd

## me
Shift supervisor, 4 years, chilled distribution.
"""


def test_a_mail_signature_names_the_company_and_the_subject_the_role() -> None:
    plan = named_plan(SIGNATURE)
    assert plan.company == "Brindle Cold Chain Ltd"
    assert plan.role and "Shift Leader" in plan.role


REQUISITION = """Interview prep – JR-40817 Payroll Specialist

1. Overview
Tamsin Water Services is moving payroll off a legacy bureau. Tamsin Water Services has
about 900 staff.

1.1 Schedule
Stage 1 – screening call with Gavin (done)
Stage 2 – Excel test (online, 60 min)
Stage 3 – competency interview with the payroll manager
"""


def test_a_requisition_number_is_not_the_company() -> None:
    plan = plan_of(REQUISITION)
    assert plan.company is None or "JR-40817" not in plan.company


AGENCY = """Hartwell Recruitment — Joe Blake (consultant), 0161 555 0100

Joe is placing me with a client he finally named: Pellow Foods, the bakery group in Bolton.
Pellow Foods makes own-label bread for two supermarkets.

Role: Production Manager

### 1st interview – Ruth Amos, Operations Director
- safety, yield, how I run a shift handover
"""


def test_a_recruiting_agency_is_not_the_company() -> None:
    plan = plan_of(AGENCY)
    assert plan.company == "Pellow Foods" or plan.company == "Pellow"


POST = """Tues 9 March

Call from Mhari at Kinross Dental Group, they want me in on the 19th.
Post: Practice Manager, Perth branch
10:00 competency interview with the Area Manager, then a tour of the practice.
"""


def test_a_post_label_names_the_role() -> None:
    plan = plan_of(POST)
    assert plan.role and plan.role.startswith("Practice Manager")


def test_company_and_role_labels_in_more_languages_and_a_full_width_colon() -> None:
    dutch = plan_of(
        "# Sollicitatie – notities\n\nFunctie: HR Business Partner\nBedrijf: Molenwiek Zuivel B.V.\n"
    )
    assert dutch.company == "Molenwiek Zuivel B.V."
    japanese = plan_of("# 転職メモ\n\n- 会社：株式会社サクラ物流\n- ポジション：データエンジニア\n")
    assert japanese.company and "サクラ物流" in japanese.company
    assert japanese.role == "データエンジニア"
    italian = plan_of("# Colloqui\n\nPosto: docente di Matematica, liceo scientifico\n")
    assert italian.role and italian.role.lower().startswith("docente di matematica")


def test_a_job_in_letters_or_a_numbered_ward_is_not_the_company() -> None:
    em = plan_of("# EM loop — Madrid (Jan)\n\n- why Brisa Grid: forecasting that operators trust\n")
    assert em.company == "Brisa Grid"
    ward = plan_of(
        "Nurse Manager – 4 North (Medicine) – interview prep\n\n"
        "Kestrel Valley Health, Grace Street site.\n"
    )
    assert ward.company != "North"


def test_a_bold_mail_subject_names_the_firm_after_the_schedule() -> None:
    plan = plan_of(
        "**Subject: RE: Litigation Paralegal – Interview Schedule | Hadley Moss & Quinn**\n\n"
        "> Hi Jordan — confirming Thursday at 10:00.\n"
    )
    assert plan.company and plan.company.startswith("Hadley Moss")
    assert plan.role and plan.role.startswith("Litigation Paralegal")


def test_a_firm_that_opens_on_the_beside_the_job_is_the_company() -> None:
    plan = named_plan(
        "# The Copper Kettle – Front of House Manager\n\n"
        "## Phone screen\nwith Ruth Adler (Ops Director)\n- why leaving my current place\n\n"
        "## Trial shift\n- Friday dinner service\n"
    )
    assert plan.company == "The Copper Kettle"
    assert plan.role == "Front of House Manager"
    # a title that only opens on "The" is no firm
    plan = plan_of("# The Big Week\n\n## Phone screen\n- why leaving\n\n## Trial shift\n- dinner\n")
    assert plan.company is None


def test_a_calendar_export_or_a_message_thread_is_not_the_company() -> None:
    for title in ("Calendar - Agenda view (copied Sun 08.03.2026)", "Messaggi", "Research dump"):
        plan = plan_of(
            f"{title}\n\nInterview at Harwell Instruments for the QA Lead job.\n\n"
            "1. Phone screen with Priya Nair, recruiter\n2. Panel with the QA team\n"
        )
        assert plan.company == "Harwell Instruments", title
