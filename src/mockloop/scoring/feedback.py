"""Rubric feedback on one answer, outside an interview: `mockloop feedback`."""

from __future__ import annotations

from mockloop.catalog.library import kind_questions
from mockloop.interview.agenda import fill_placeholders, from_bank
from mockloop.records import TECHNICAL_KINDS, AgendaQuestion
from mockloop.text import content_words

from .aggregate import Exchange, Segment

MATCH_SHARE = 0.5  # share of the bank question's words the asked question must contain


def question_from_text(round_id: str, text: str, company: str, role: str) -> AgendaQuestion:
    """The bank question the text asks (so its key points apply), or the text as a custom question."""
    bank = kind_questions(round_id)
    asked = content_words(text)
    best, best_share = None, 0.0
    for question in bank:
        words = content_words(fill_placeholders(question.text, company, role))
        share = len(words & asked) / max(1, len(words))
        if share > best_share:
            best, best_share = question, share
    if best is not None and best_share >= MATCH_SHARE:
        return from_bank(best, company, role).model_copy(update={"text": text})
    kind = "technical" if round_id in TECHNICAL_KINDS else "behavioral"
    return AgendaQuestion(id="custom", text=text, kind=kind)


def single_segment(question: AgendaQuestion, answer: str) -> Segment:
    return Segment(
        question_index=0,
        question=question,
        exchanges=[Exchange(prompt=question.text, answer=answer)],
    )
