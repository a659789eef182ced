"""Where notes of some common shapes name the company and the job (tuning batch t31): a letter-
like header (the job on the first line, the employer under it), a lower-case title with a
people list under it, a job's hours and start after its title, a chat export's stamps, a role
whose product word stands before the job ("Salesforce Administrator - … Credit Union"), a
role's label ending on the company, an accented name behind a mail's domain, a signature's
"name | title | company", a pasted calendar invite, and a bank teller whose round is "with
branch manager Rosa Diaz"."""

from __future__ import annotations

from tests.support.plans import plan_of

ROUNDS = """
Rounds
1. Phone screen with Maya
2. Panel interview
"""


def test_the_employer_on_the_line_under_a_job_title_is_the_company() -> None:
    plan = plan_of(
        "Interview – Social Worker (Band 6), Family Intervention Team\n"
        "Mourne & Lough Health and Social Care Trust\n"
        "Ref: MLT/FIT/26/118 – Shortlisted 27 Nov\n\n"
        "1.\tThe day – Thursday 10 December\n"
        "a.\t1.30pm – written exercise (45 mins)\n"
        "b.\t2.30pm – interview panel (approx. 40 mins)\n"
    )
    assert plan.company == "Mourne & Lough Health and Social Care Trust"
    assert plan.role == "Social Worker (Band 6), Family Intervention Team"


def test_a_lower_case_title_keeps_the_words_before_the_job() -> None:
    plan = plan_of(
        "thekwini cold logistics - transport planner\n"
        "depot: prospecton, durban south\n\n"
        "phone screen w/ zandile - done 30/11\n- 15 min\n"
    )
    assert plan.role == "transport planner"


def test_a_people_list_with_honorifics_names_no_job() -> None:
    plan = plan_of(
        "acme freight - planner\n\n"
        "mr sanjay naidoo — transport manager. would be my boss\n"
        "ms leigh-ann pillay — operations manager, dc side\n\n"
        "phone screen w/ zandile - done\n"
    )
    assert plan.role == "planner"


def test_the_hours_and_start_after_a_title_are_not_the_job() -> None:
    plan = plan_of(
        "Wirtshaus Lindengrund – Küchenchef (m/w/d), 40 Std., ab Februar\n"
        "Josefstadt, 8. Bezirk\n\n"
        "Telefonat mit Frau Hofer (Inhaberin) – war am Montag, erledigt\n"
        "- 40 min\n"
    )
    assert plan.company == "Wirtshaus Lindengrund"
    assert plan.role == "Küchenchef"


def test_a_chat_exports_stamps_do_not_hide_a_role_label() -> None:
    plan = plan_of(
        "02/12/26, 9:41 pm - Sneha Patil: Tiffinly interview stuff. dumping here\n"
        "02/12/26, 9:42 pm - Sneha Patil: role = QA Automation Engineer (SDET II), Baner office,"
        " hybrid 3 days/wk\n"
        "02/12/26, 9:44 pm - Sneha Patil: HR call with Pooja today, done. 20 mins only\n"
    )
    assert plan.role == "QA Automation Engineer (SDET II)"


def test_a_product_word_before_the_job_stays_with_it_before_the_employer() -> None:
    plan = plan_of(
        "Peakline CU interview\nDecember 3, 2026 at 8:14 PM\n\n"
        "Salesforce Administrator - Peakline Credit Union (Lakewood HQ)\n"
        "Posted range $78–92k, hybrid 3 days\n\n"
        "• Phone screen w Courtney (HR recruiter) - done 12/1\n"
        "• Hiring manager - Mon 12/7 1pm, Teams\n"
    )
    assert plan.role == "Salesforce Administrator"
    assert plan.company == "Peakline Credit Union"


def test_a_role_label_that_ends_on_the_company_names_it() -> None:
    plan = plan_of(
        "VAGA: Desenvolvedora Android Pleno – Feirinha\n"
        "(app de mercado com entrega em 30 min)\n\n"
        "EMPRESA:\n- fundada 2021, ~300 pessoas\n\n"
        "ETAPAS (o que a Bianca do RH passou):\n"
        "1) bate-papo com RH – feito\n2) teste técnico pra fazer em casa\n\n"
        "TESTE TÉCNICO:\n- github privado, convidar @feirinha-eng\n"
    )
    assert plan.company == "Feirinha"
    assert plan.role == "Desenvolvedora Android Pleno"


def test_a_mail_domain_is_the_accented_name_the_notes_write() -> None:
    plan = plan_of(
        "From: Élodie Tremblay <elodie.tremblay@herisson.ai>\n"
        "Subject: Research Scientist, Speech & Audio\n\n"
        "Hérisson is one of the few labs doing on-device speech.\n" + ROUNDS
    )
    assert plan.company == "Hérisson"


def test_a_signature_of_name_title_and_company_names_the_company() -> None:
    plan = plan_of(
        "Subject: Re: Research Scientist, Speech & Audio – prochaines étapes\n\n"
        "Bonjour Karim,\n\nC'est confirmé pour le mardi 15 décembre.\n\n"
        "Bonne fin de journée,\nÉlodie\n\n"
        "Élodie Tremblay | Partenaire acquisition de talents | Hérisson AI\n" + ROUNDS
    )
    assert plan.company == "Hérisson AI"
    assert plan.role == "Research Scientist, Speech & Audio"


def test_a_pasted_calendar_invites_title_names_the_job() -> None:
    plan = plan_of(
        "Pakketpunt interviews - pasted the invites so everything is in one place\n\n"
        "(recruiter call with Sanne Visser was last Thursday - done.)\n\n-----\n"
        "Interview: Product Operations Manager - Hiring Manager\n"
        "Tuesday 8 December 2026 · 10:00 – 10:45\n-----\n\n"
        "Interview: Product Operations Manager - Case\n"
        "Thursday 10 December 2026 · 14:00 – 15:30\n"
    )
    assert plan.role == "Product Operations Manager"


def test_a_bank_teller_is_the_job_not_the_branch_manager_met() -> None:
    plan = plan_of(
        "Acme Bank - Teller\nMon 10am: phone interview with HR\n"
        "Wed 2pm: in person interview with branch manager Rosa Diaz\n"
    )
    assert plan.company == "Acme Bank"
    assert plan.role == "Teller"


def test_whom_a_round_is_with_is_not_the_job() -> None:
    plan = plan_of(
        "Acme Bank\nMon 10am: phone interview with HR\n"
        "Wed 2pm: in person interview with branch manager Rosa Diaz\n"
    )
    assert not plan.role or "Rosa" not in plan.role
