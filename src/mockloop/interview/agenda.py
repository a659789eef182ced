"""Which main questions a session asks, chosen from the round's bank and the notes' focus points.

The agenda is fixed when a session starts and stored with it, so a resumed session and a
live model follow the same plan; the model only phrases and probes.
"""

from __future__ import annotations

from functools import lru_cache

from mockloop.records import (
    TECHNICAL_KINDS,
    AgendaQuestion,
    BankQuestion,
    CatalogRound,
    NoteLine,
    PlanRound,
)
from mockloop.text import content_words, words


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
        "salary",
        "comp",
        "compensation",
        "equity",
        "offer",
        "timeline",
        "visa",
        "relocat",
        "remote",
        "office",
    ]
)
# Words that make a focus point a remark or a fact rather than a topic to be asked about:
# "has strong technical bench", "they said the team is small", "is series C".
_REMARK = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "they",
        "them",
        "their",
        "he",
        "she",
        "we",
        "our",
        "us",
        "said",
        "says",
        "told",
        "mentioned",
        "wants",
        "want",
        "looking",
        "asked",
        "asks",
        "will",
        "would",
        "should",
        "must",
        "might",
        "i",
        "my",
        "me",
        "u",
        "ur",
        "you",
        "your",
        "yours",
    ]
)
_NO_FOCUS_QUESTIONS = frozenset({"recruiter"})  # its focus points are the recruiter's remarks


def _askable(focus: NoteLine, plan_round: PlanRound) -> bool:
    """A focus point worth its own question: a topic ("webhook retries", "customer
    onboarding"), not logistics ("scheduled w engineering leadership"), not a remark or a
    fact about the company ("has strong technical bench"), not a question of the candidate's."""
    text = focus.text.strip()
    raw = {w.lower() for w in words(text)}
    if "?" in text or any(ch.isdigit() for ch in text) or raw & _REMARK:
        return False
    topic = content_words(text)
    if not 1 <= len(topic) <= 7 or any(w.startswith(tuple(_LOGISTICS)) for w in topic):
        return False
    who = content_words(plan_round.interviewer or "")
    return not who or len(topic & who) < len(who)


def _topic_phrase(text: str, known: frozenset[str]) -> str:
    """The focus point as a topic an interviewer would say: list marks and trailing
    punctuation gone, words one typo away from a word the catalog knows corrected."""
    text = text.strip().strip("-*•·:;,. ").strip()
    out = []
    for token in text.split():
        core = token.strip(".,;:!()").lower()
        if len(core) >= 5 and core not in known:
            fix = _nearest(core, known)
            if fix is not None:
                token = token.lower().replace(core, fix)
        out.append(token)
    phrase = " ".join(out)
    return phrase[:1].lower() + phrase[1:] if phrase[:2] != phrase[:2].upper() else phrase


def _nearest(word: str, known: frozenset[str]) -> str | None:
    """A known word one edit or one swap of neighbours away, same first letter; else None."""
    for cand in known:
        if cand[0] != word[0] or abs(len(cand) - len(word)) > 1 or len(cand) < 5:
            continue
        if len(cand) == len(word):
            diff = [i for i in range(len(word)) if cand[i] != word[i]]
            if len(diff) == 1 or (
                len(diff) == 2
                and diff[1] == diff[0] + 1
                and cand[diff[0]] == word[diff[1]]
                and cand[diff[1]] == word[diff[0]]
            ):
                return cand
        else:
            short, long_ = (cand, word) if len(cand) < len(word) else (word, cand)
            if any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_))):
                return cand
    return None


def _from_focus(focus: NoteLine, index: int, kind: str, known: frozenset[str]) -> AgendaQuestion:
    topic = _topic_phrase(focus.text, known)
    if kind in TECHNICAL_KINDS:
        text = (
            f"Let's go deeper on {topic}. How does it work in a system you've built or run, "
            "and what trade-offs did you have to make?"
        )
        key_points = ["how it works, in their own words", "a real system they built or ran",
                      "a trade-off with its cost", "a number: scale, latency or cost"]  # fmt: skip
        qkind = "technical"
    else:
        text = (
            f"Tell me about a time {topic} was at the heart of your work. "
            "What was the situation, what did you do yourself, and what came of it?"
        )
        key_points = ["a specific situation", "what they did themselves", "a measurable result"]
        qkind = "behavioral"
    return AgendaQuestion(
        id=f"notes-{focus.line or index}",
        text=text,
        kind=qkind,
        key_points=key_points,
        follow_ups=["What would you do differently next time?"],
        focus=focus,
    )


def _known_words(catalog_round: CatalogRound) -> frozenset[str]:
    """Words the catalog spells right: every round kind's and topic's text, and this round's."""
    from mockloop.catalog import prompts

    texts = [catalog_round.spec.title, *catalog_round.spec.cares_about]
    for q in catalog_round.questions:
        texts += [q.text, *q.key_points, *q.follow_ups, *q.tags]
    return _catalog_words(tuple(prompts.search_path())) | {
        w.lower() for t in texts for w in words(t)
    }


@lru_cache(maxsize=4)
def _catalog_words(search_path: tuple[object, ...]) -> frozenset[str]:
    from mockloop.catalog.library import kind_questions, load_round, round_ids

    texts: list[str] = []
    for kind in round_ids():
        texts += load_round(kind).spec.cares_about
        for q in kind_questions(kind):
            texts += [q.text, *q.key_points, *q.follow_ups]
    return frozenset(w.lower() for t in texts for w in words(t))


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
    kind = plan_round.kind_id
    known = _known_words(catalog_round)
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
        elif from_notes < 2 and kind not in _NO_FOCUS_QUESTIONS and _askable(focus, plan_round):
            chosen.append(_from_focus(focus, index, kind, known))
            from_notes += 1
    for q in bank:
        if len(chosen) >= count:
            break
        if q.id not in used:
            chosen.append(from_bank(q, company, role))
            used.add(q.id)
    return chosen
