"""The company when the notes' most visible name is something else: the friend or recruiter who
writes in a pasted chat, the city of the onsite at the top of the page, or a product; the
employer is then the name a sentence near the top states ("Backend Engineer @ Tessellate
Robotics", "Client I mentioned is …", "sono Giulia dell'Enoteca Sabbioni")."""

from __future__ import annotations

from tests.support.plans import plan_of

WHATSAPP = """WhatsApp Chat with Priyanka (exported 03/03/2027)

01/03/2027, 20:11 - Dev: guess who called back. Halverson called back!!
01/03/2027, 20:12 - Priyanka: NO WAY. the audit firm?
01/03/2027, 20:12 - Dev: yes, Audit Associate, Leeds office
01/03/2027, 20:14 - Dev: 1) call w Fiona Marsh (talent) Thu 10am
01/03/2027, 20:14 - Dev: 2) technical interview with a manager, next week
01/03/2027, 20:15 - Priyanka: you'll smash it
01/03/2027, 20:16 - Dev: lol thanks
"""


def test_the_friend_and_the_candidate_who_write_in_a_chat_are_not_the_company() -> None:
    plan = plan_of(WHATSAPP)
    assert plan.company == "Halverson"


SMS = """Messaggi – Giulia Ferrante (Enoteca Sabbioni, personale)

lun 3 mar, 10:02
Giulia: Buongiorno Marco, sono Giulia dell'Enoteca Sabbioni. Abbiamo letto il suo CV per il posto di sommelier.
Io: Buongiorno! Grazie mille.
Giulia: 1) colloquio con il titolare giovedì alle 11
Giulia: 2) serata di prova venerdì
Io: Perfetto, a giovedì.
"""


def test_an_sms_thread_gives_the_employer_its_sender_writes_for() -> None:
    assert plan_of(SMS).company == "Enoteca Sabbioni"


CITY_TITLE = """Rotterdam onsite (Tue 9 Dec) - pasted from Outlook + my notes
Backend Engineer (Payments) @ Tessellate Robotics

Tue 09/12 10:00-11:00 System design – Joris Bakker
Tue 09/12 11:15-12:00 Coding – Fleur de Jong
Tue 09/12 13:00-13:45 Hiring manager – Sanne Visser

why Tessellate: the only robotics company I know that treats payments as a product
"""


def test_the_city_of_the_onsite_in_the_title_is_not_the_company() -> None:
    assert plan_of(CITY_TITLE).company == "Tessellate Robotics"


LEGAL_UNDER_CITY = """# Graz onsite — 16/12

Murtal Versicherung AG — **Actuarial Analyst, Motor Pricing**

1. Fachgespräch mit Dr. Eva Koller (Head of Pricing), 10:00
2. Case study: GLM für Kfz-Frequenz, 11:00
3. Gespräch mit HR, 13:00

- Graz: train from Vienna 07:33, office at Graz Hbf
- Graz team is 6 people, Vienna has the rest
"""


def test_a_legal_name_given_with_the_job_beats_the_city_in_the_title() -> None:
    assert plan_of(LEGAL_UNDER_CITY).company == "Murtal Versicherung AG"


OWN_JOB = """# Maison Orée – candidature Responsable de boutique

Moi : responsable adjointe chez Kalinka depuis 2021.

1. Entretien RH avec Claire (téléphone)
2. Journée d'immersion en boutique
3. Entretien final avec la directrice régionale
"""


def test_the_candidates_own_job_is_not_the_employer() -> None:
    assert plan_of(OWN_JOB).company == "Maison Orée"


SIGNATURE_CITY = """## Lyon – patent job – prep

Fwd mail from HR:

> Nous avons le plaisir de vous inviter à un entretien.
> Claire Dubois
> HR Manager | Rhône Brevets SA | Lyon

1. Entretien avec deux associés
2. Exercice écrit (rédaction de revendications)
"""


def test_the_city_after_the_company_in_a_signature_is_not_the_company() -> None:
    assert plan_of(SIGNATURE_CITY).company == "Rhône Brevets SA"


WHY_THEM = """Messaggi – Sara (Trattoria Brenta, risorse umane)

Sara: Buongiorno, sono Sara della Trattoria Brenta. Possiamo sentirci oggi?
Io: Certo!
Sara: 1) prova in cucina giovedì
Sara: 2) colloquio con lo chef venerdì

Marta: perché proprio loro?
Io: cucina di stagione, brigata piccola
"""


def test_why_them_in_italian_names_no_company() -> None:
    assert plan_of(WHY_THEM).company == "Trattoria Brenta"


TRIP = """# LISBON TRIP — interview 🌊

flights: OPO→LIS Tue 9 Dec 07:40, back Thu evening. they pay.

what: Mobile Engineer (React Native) at **Saudade Labs** — 8-person startup, surf bookings

1. coffee w/ Rui (CEO), Tue afternoon
2. pairing session with Ana, Wed morning
3. dinner with the team (not an interview)
"""


def test_the_job_stated_with_the_employer_under_a_trip_title_is_the_role() -> None:
    plan = plan_of(TRIP)
    assert (plan.company, plan.role) == ("Saudade Labs", "Mobile Engineer (React Native)")


def test_a_legal_name_line_gives_the_role_beside_it() -> None:
    assert plan_of(LEGAL_UNDER_CITY).role == "Actuarial Analyst, Motor Pricing"


SUBJECT = """Fwd mail, prep below

Subject: Interview invitation – Orthoptist (Band 6), Dundee clinic

Dear Aileen, thank you for applying to Tayside Eye Partners.
1. Panel interview, 10:00
2. Clinical scenario, 11:00
"""


def test_a_job_word_outside_tech_in_a_subject_is_the_role() -> None:
    plan = plan_of(SUBJECT)
    assert plan.role is not None and plan.role.startswith("Orthoptist (Band 6)")


TELEGRAM = """Telegram export — chat with Gohar Petrosyan
Gohar Petrosyan, [02.12.2026 10:15]
Hi Aram! Gohar from the People team at Zarmik. Thanks for the call today.

Gohar Petrosyan, [02.12.2026 10:17]
Next steps for the Senior Data Engineer (Payments) role:
1. Technical interview — 60 min, SQL and pipelines
2. System design — 60 min
3. Final with our CTO
"""


def test_a_telegram_export_gives_the_team_the_sender_writes_from_and_the_role() -> None:
    plan = plan_of(TELEGRAM)
    assert (plan.company, plan.role) == ("Zarmik", "Senior Data Engineer (Payments)")


SPANISH_CHAT = """WhatsApp Chat with Flor Giménez.txt
[28/11/26, 19:02:11] Flor Giménez: che me enteré que aplicaste a Quebracho!!
[28/11/26, 19:02:40] Tomás Ruiz: sí, ayer me llamó la recruiter
[28/11/26, 19:05:10] Flor Giménez: 1) screen con RRHH, 30 min
[28/11/26, 19:05:44] Flor Giménez: 2) coding, 1h, python
[28/11/26, 19:06:01] Flor Giménez: 3) system design con el tech lead
"""


def test_the_employer_a_friend_says_you_applied_to_is_the_company() -> None:
    assert plan_of(SPANISH_CHAT).company == "Quebracho"


SLACK_DM = """# Lisbon Python Meetup slack — DM with joana.m (pasted)

**joana.m**  10:14 AM
yes Ondaverde is hiring a Backend Engineer (Billing), I referred you just now
**joana.m**  10:15 AM
process is: recruiter screen → live coding → system design → chat with Rui (CTO)
"""


def test_a_slack_workspace_named_in_the_title_is_not_the_company() -> None:
    plan = plan_of(SLACK_DM)
    assert (plan.company, plan.role) == ("Ondaverde", "Backend Engineer (Billing)")


def test_names_that_look_like_a_chat_a_place_or_a_workspace_can_still_be_the_company() -> None:
    """The cues above must not take ordinary notes' companies away."""
    slack = (
        "# Slack — Senior Backend Engineer\n\nwhy Slack: I use it all day\n\n1. Recruiter screen\n"
    )
    assert plan_of(slack).company == "Slack"
    chat = "# Chat with Monzo — notes\n\nwhy Monzo: banking for everyone\n\n1. Recruiter screen\n"
    assert plan_of(chat).company == "Monzo"
    log = (
        "# Monzo — Data Analyst\n\n03/02/2026 14:00 - Monzo: phone screen booked\n"
        "05/02/2026 09:00 - Monzo: SQL test sent\n"
    )
    assert plan_of(log).company == "Monzo"
    amazon = (
        "# Amazon — Area Manager\n\nShift at the Amazon warehouse in Coventry\n\n1. Phone screen\n"
    )
    assert plan_of(amazon).company == "Amazon"


def test_an_agency_recruiter_or_a_remote_tag_is_not_the_employer() -> None:
    agency = (
        "# Data Engineer interviews\n\nRecruiter: Dana Lee, Senior Consultant at Hays\n"
        "The client is Brightwell Foods, a dairy co-op.\n\n1. Technical interview\n"
    )
    assert plan_of(agency).company == "Brightwell Foods"
    tags = "> Senior Data Engineer | London | Hybrid\n\nwhy Kestrel: payments\n\n1. Phone screen\n"
    assert plan_of(tags).company != "London"
    said = "# Notes\n\nApparently Quillbank is hiring a Data Analyst (Risk), starts Jan\n\n1. HR call\n"
    assert plan_of(said).company == "Quillbank"


LEGAL_LINE_UNDER_CITY = """# Trento onsite — 16/12

(ufficio di Trento, via Brennero; HQ is in Verona but the pricing team sits in Trento)
Dolomia Assicurazioni S.p.A. — **Data Scientist, Claims Reserving** (RAL 45–52k + welfare)

1. Colloquio tecnico con il responsabile pricing, 10:00
2. Case study: GLM per la frequenza sinistri, 11:30
3. Colloquio HR, 14:00
"""


def test_the_role_on_the_line_that_names_the_employer_below_a_city_title() -> None:
    plan = plan_of(LEGAL_LINE_UNDER_CITY)
    assert (plan.company, plan.role) == (
        "Dolomia Assicurazioni S.p.A.",
        "Data Scientist, Claims Reserving",
    )
