"""Which main questions a session asks, chosen from the round's bank and the notes' focus points.

The agenda is fixed when a session starts and stored with it, so a resumed session and a
live model follow the same plan; the model only phrases and probes.
"""

from __future__ import annotations

from mockloop.records import AgendaQuestion, BankQuestion, CatalogRound, NoteLine, PlanRound
from mockloop.text import content_words


def _overlap(question: BankQuestion, focus: NoteLine) -> int:
    question_words = content_words(" ".join([question.text, *question.tags]))
    return len(question_words & content_words(focus.text))


def fill_placeholders(text: str, company: str, role: str) -> str:
    try:
        return text.format(company=company, role=role)
    except (KeyError, IndexError, ValueError):
        return text


def from_bank(
    q: BankQuestion, company: str, role: str, focus: NoteLine | None = None
) -> AgendaQuestion:
    return AgendaQuestion(
        id=q.id,
        text=fill_placeholders(q.text, company, role),
        kind=q.kind,
        key_points=q.key_points,
        follow_ups=[fill_placeholders(f, company, role) for f in q.follow_ups],
        focus=focus,
    )


_LOGISTICS = frozenset(
    [
        "schedul",
        "interview",
        "interviewer",
        "calendar",
        "zoom",
        "onsite",
        "minute",
        "min",
        "hour",
        "call",
        "email",
        "recruiter",
    ]
)


def _askable(focus: NoteLine, plan_round: PlanRound) -> bool:
    """A focus point worth its own question: substantive, and not who-and-when logistics
    ("scheduled w engineering leadership")."""
    words = content_words(focus.text)
    if len(words) < 3 or any(w.startswith(tuple(_LOGISTICS)) for w in words):
        return False
    who = content_words(plan_round.interviewer or "")
    return not who or len(words & who) < len(who)


def _from_focus(focus: NoteLine, index: int) -> AgendaQuestion:
    return AgendaQuestion(
        id=f"notes-{focus.line or index}",
        text=(
            f"Your prep notes say this round looks at \u201c{focus.text}\u201d. "
            "Walk me through how you approach that, with a concrete example from your work."
        ),
        kind="behavioral",
        key_points=["a specific situation", "what you did yourself", "a measurable result"],
        follow_ups=["What would you do differently next time?"],
        focus=focus,
    )


def build_agenda(
    catalog_round: CatalogRound,
    plan_round: PlanRound,
    *,
    company: str,
    role: str,
    count: int | None = None,
) -> list[AgendaQuestion]:
    """Pick ``count`` main questions. The bank's first question opens (it is the round's natural
    warm-up); then bank questions that match focus points, in the notes' order; a focus point no
    bank question covers becomes its own question (at most two); the bank's order fills the rest."""
    count = count or catalog_round.spec.default_questions
    bank = catalog_round.questions
    chosen: list[AgendaQuestion] = []
    used: set[str] = set()
    if bank and count > 1:
        chosen.append(from_bank(bank[0], company, role))
        used.add(bank[0].id)
    from_notes = 0
    for index, focus in enumerate(plan_round.focus):
        if len(chosen) >= count:
            break
        if chosen and _overlap(bank[0], focus) >= 2 and chosen[0].focus is None:
            chosen[0] = from_bank(bank[0], company, role, focus)  # the opener already covers it
            continue
        best = max(
            (q for q in bank if q.id not in used),
            key=lambda q: (_overlap(q, focus), -bank.index(q)),
            default=None,
        )
        if best is not None and _overlap(best, focus) >= 1:
            chosen.append(from_bank(best, company, role, focus))
            used.add(best.id)
        elif from_notes < 2 and _askable(focus, plan_round):
            chosen.append(_from_focus(focus, index))
            from_notes += 1
    for q in bank:
        if len(chosen) >= count:
            break
        if q.id not in used:
            chosen.append(from_bank(q, company, role))
            used.add(q.id)
    return chosen
