"""The employer and the job where only the notes' sentences name them: who works there ("Hij
werkt sinds 2018 bij Kanaalzicht Logistiek"), what it has ("Tessarin's data team"), the post it
offers; the job as a sentence states it ("Pozisyon: …", "A vaga é …"). A client, a product, the
candidate's own employer and a title line in another language are not the employer."""

from __future__ import annotations

from tests.support.plans import plan_of

DUTCH = """sollicitatie — aantekeningen

Vorige week belde Tom Jansen, recruiter. Hij werkt sinds 2018 bij Kanaalzicht Logistiek en was
erg enthousiast. Brugvast is een klant van ze, niet verwarren. Hun app heet Wadlicht.

Volgende week een technisch gesprek met twee planners.
"""


def test_who_works_there_names_the_employer_not_the_client_or_the_app() -> None:
    assert plan_of(DUTCH).company == "Kanaalzicht Logistiek"


OWN_JOB = """notes to self, sunday

I've been at Orla Systems for six years and it is time. I applied for the Data Engineer post
with Farrow Health in October and they called back on Tuesday.
"""


def test_the_candidates_own_tenure_is_not_the_employer() -> None:
    assert plan_of(OWN_JOB).company == "Farrow Health"


POSSESSIVE = """jobb 🐟

finally heard back!! Tessarin's data team is five people and they sit with the product folks.
the recruiter said the loop is a call, then a case, then the team. why Tessarin: the maps.
"""


def test_a_name_that_has_a_data_team_is_the_employer_over_a_title_in_another_language() -> None:
    assert plan_of(POSSESSIVE).company == "Tessarin"


def test_the_job_a_sentence_states_in_turkish_and_in_portuguese() -> None:
    turkish = "iş görüşmeleri\n\nSelin aradı. Pozisyon: Veri Mühendisi (Platform), tam zamanlı.\n"
    assert plan_of(turkish).role == "Veri Mühendisi (Platform)"
    portuguese = "anotações — processo\n\nA vaga é Analista de Dados Pleno, híbrida, em Campinas.\n"
    assert plan_of(portuguese).role == "Analista de Dados Pleno"


def test_a_title_that_names_the_job_in_more_detail_keeps_it() -> None:
    notes = (
        "# The Lorne Rooms – Events Manager (Conference & Banqueting)\n\n"
        "The role is Events Manager, reporting to the Head of Events.\n"
    )
    assert plan_of(notes).role == "Events Manager (Conference & Banqueting)"
    plain = "lettings job — notes\n\nThe role is Lettings Negotiator, basic plus commission.\n"
    assert plan_of(plain).role == "Lettings Negotiator"


QUOTED = """thread pasted below

> On Fri 7 Nov 2026, Rory Byrne wrote:
> Hi Niamh, thanks for reaching out about the Engineering Manager, Platform role at
> Tallowmere. I'm based in Waterford so the hybrid setup suits. Happy to chat Friday.
"""


def test_the_employer_named_across_a_quoted_mails_wrapped_line() -> None:
    assert plan_of(QUOTED).company == "Tallowmere"
