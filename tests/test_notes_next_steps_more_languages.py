"""A mail's "next steps:" line over its numbered list says the list is the loop, in Slovenian,
Croatian, Estonian, Finnish, Danish, Czech, Polish, Romanian, Hungarian, Turkish and
Indonesian too; and the round words of Slovenian, Croatian, Estonian and Icelandic name their
kinds ("razgovor", "praktični del", "tehniline intervjuu", "süsteemidisain", "símaviðtal")."""

from __future__ import annotations

from tests.support.plans import plan_of

SLOVENSKO = """Veterina Breza — prijava

Mail od vodje ambulante:
> Pozdravljeni, hvala za pogovor. Naslednji koraki:
> 1) razgovor z dr. Petro Golob, vodjo male prakse (45 min)
> 2) praktični del: klinični primeri (60 min)
> 3) poskusni dan v ambulanti, 8–14h
"""

EESTI = """Tere Mart! Protsessi järgmised sammud:
1. Tehniline intervjuu (60 min) – Linux, Kubernetes
2. Süsteemidisain (60 min) – Toomas Rebane
3. Vestlus meeskonnajuhiga (45 min)
"""


def test_a_slovenian_mail_lists_the_steps() -> None:
    titles = [r.title for r in plan_of(SLOVENSKO).rounds]
    assert len(titles) == 3, titles
    assert titles[0].startswith("razgovor z dr. Petro Golob")


def test_estonian_steps_name_their_kinds() -> None:
    kinds = [r.kind for r in plan_of(EESTI).rounds]
    assert kinds == ["technical", "system-design", "hiring-manager"], kinds


ISLENSKA = """# Apótek Norðurlands

Ferlið:
1. ✔ Símaviðtal við Sigrúnu, mannauðsstjóra (18. nóv.)
2. ☐ Viðtal við Gunnar Bergsson, verðandi yfirmann minn (9. des. kl. 10)
3. ☐ Stutt samtal við Hildi Jónsdóttur, framkvæmdastjóra
"""


def test_icelandic_steps_with_ð_and_þ_name_their_kinds() -> None:
    plan = plan_of(ISLENSKA)
    assert not plan.default_loop
    assert [r.kind for r in plan.rounds] == ["recruiter", "hiring-manager", "executive"]
