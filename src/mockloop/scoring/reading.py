"""One answer read once: the substantive text, the question's type and the elements of a
strong answer it holds, and every signal, shared by all the criteria the question assesses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from mockloop.records import AgendaQuestion

from .aggregate import Segment
from .misconceptions import misconceptions
from .questions import (
    QuestionType,
    classify,
    elements_found,
)
from .signals import (
    Prepared,
    Signal,
    concision,
    content,
    coverage,
    dodging,
    filler,
    generic,
    injection,
    ownership,
    prepare,
    specificity,
    structure,
)
from .style import style_signals
from .turns import Turn, missed_turn

# An answer that adds fewer distinct content words than this to the question's says too little
# to be more than thin, however it is phrased ("fine", the question said back).
THIN_WORDS = 17


@dataclass(frozen=True)
class Reading:
    """All signals for one answer, computed once and shared by every criterion."""

    question: AgendaQuestion
    prepared: Prepared
    values: dict[str, Signal]
    covered: list[str]
    missed: list[str]
    wrong: list[tuple[str, str]]
    qtype: QuestionType
    elements: list[str]  # the elements of a strong answer of this type that it holds
    new_words: int  # distinct content words the answer adds to the question's

    @property
    def errors(self) -> list[str]:
        quoted = [f"Prompt injection ignored: \u201c{s}\u201d" for s in self.prepared.injected]
        return quoted + [f"\u201c{s}\u201d \u2014 {why}" for s, why in self.wrong]

    @cached_property
    def turn(self) -> Turn | None:
        """The turn the question takes that the answer never does (turns.py)."""
        return missed_turn(self.question.text, self.prepared.raw)

    @cached_property
    def key_words(self) -> set[str]:
        return content(" ".join(self.question.key_points))


def _without_restated_question(prepared: Prepared, question: str) -> Prepared:
    """Sentences that only say the question back earn nothing and count as padding."""
    asked = content(question)
    if len(asked) < 3:
        return prepared
    kept: list[str] = []
    dropped = list(prepared.dropped)
    for sentence in prepared.kept:
        mine = content(sentence)
        (dropped if len(mine) >= 3 and len(mine & asked) >= 0.8 * len(mine) else kept).append(
            sentence
        )
    return replace(prepared, kept=tuple(kept), dropped=tuple(dropped))


def read(segment: Segment) -> Reading:
    question = segment.question
    prepared = _without_restated_question(prepare(segment.answer_text), question.text)
    text = prepared.text
    qtype = classify(question)
    found, _ = elements_found(text, qtype)
    cov = coverage(text, question.key_points)
    if question.key_points:
        share = 0.75 * cov.signal.value + 0.25 * len(found) / len(qtype.elements)
    else:  # a question outside the bank: what its type asks for
        share = len(found) / len(qtype.elements)
    cov_signal = Signal("coverage", round(share, 3), f"{cov.signal.detail}; {qtype.name}: "
                        f"{', '.join(found) or 'none'} of {', '.join(qtype.elements)}")  # fmt: skip
    signals = (
        structure(text),
        specificity(text),
        cov_signal,
        ownership(text),
        concision(prepared, question.kind),
        filler(prepared),
        generic(text),
        dodging(text, question, tuple(e.prompt for e in segment.exchanges)),
        injection(prepared),
        *style_signals(text),
    )
    wrong = misconceptions(segment.answer_text)
    values = {s.name: s for s in signals}
    new = len(content(prepared.text) - content(question.text))
    return Reading(question, prepared, values, cov.covered, cov.missed, wrong, qtype, found, new)
