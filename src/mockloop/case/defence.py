"""The defence of a take-home answer (`mockloop interview … --round take-home --case-file F`):
an agenda built from the document itself.

Each question quotes or points at a part of the document: its stated assumptions, the choices
it makes, its numbers, its onboarding and expansion sections, and a part it leaves out. The
same agenda drives the offline interviewer (which asks it word for word) and a live model
(which phrases it, with the document fenced in its persona). Key points stay generic: the
guard keeps them private, so they must never be words the interviewer is meant to quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mockloop.catalog.library import load_round
from mockloop.catalog.prompts import MAX_ANSWER_CHARS, clip
from mockloop.interview.agenda import from_bank
from mockloop.interview.interviewers.guard import Guard
from mockloop.records import AgendaQuestion
from mockloop.scoring.questions import ELEMENTS
from mockloop.scoring.signals import sentences
from mockloop.text import printable, words

from .bank import CaseRubric, case_rubric
from .document import Document, Section, line_of, locate

QUOTE_CHARS = 160
MAX_CASE_CHARS = MAX_ANSWER_CHARS  # of the document a live interviewer reads in its persona

_ASSUMPTION = re.compile(
    r"\b(?:assum\w*|we expect|i expect|expect(?:s|ed)? (?:to|that)|likely|presum\w*|probably|"
    r"we believe|i believe|estimat\w*|should (?:be|stay|hold|reach))\b",
    re.IGNORECASE,
)
_CHOICE = re.compile(
    r"\b(?:trade-?offs?|instead of|rather than|at the cost of|in exchange for|gives? up|gave up|"
    r"versus|vs\.?|chose|choose|prefer\w*|cheaper|costs? more|slower|faster|left out)\b",
    re.IGNORECASE,
)
_EXPANSION = re.compile(
    r"\b(?:expan\w*|upsell\w*|grow\w*|second use case|next use case)\b", re.IGNORECASE
)
_QUANTITY = ELEMENTS["quantities"]
# A sentence that leans on the one before ("This is the riskiest: …", "If it fails, …").
_FOLLOW_ON = re.compile(r"\W*(?:this|that|it|if|i would|we would|i'd|we'd|then)\b", re.IGNORECASE)
# The bank questions the agenda's fixed slots already cover, quoting or naming the gap.
_COVERED = {
    "walkthrough",
    "assumptions",
    "tradeoffs",
    "expansion-criteria",
    "onboarding",
    "success",
}
_SAFE = Guard()  # what a live turn may not say (rubric words, "criteria"…): never quoted


@dataclass(frozen=True)
class Statement:
    section: Section
    number: int  # the section's 1-based place in the document
    text: str  # verbatim from the document
    line: int


def _statements(document: Document) -> list[Statement]:
    """Every sentence of the document that can be quoted back: verbatim, a full thought (six
    words or more), not a question, and nothing a live turn's guard would stop."""
    out: list[Statement] = []
    for number, section in enumerate(document.sections, 1):
        body = "\n".join(t for _, t in section.lines)
        for sentence in sentences(section.prose):
            found = locate(sentence, body)
            if found is None or "?" in found or not 6 <= len(words(found)) <= 80:
                continue
            if _SAFE.check(found) is None:
                out.append(Statement(section, number, found, line_of(found, section)))
    return out


def _quote(text: str, around: re.Pattern[str] | None = None) -> str:
    """The statement in quotes; a long one cut at words to QUOTE_CHARS, keeping the part
    ``around`` matches (the number a question asks about)."""
    text = " ".join(printable(text).split())
    if len(text) <= QUOTE_CHARS:
        return f"\u201c{text}\u201d"
    found = around.search(text) if around else None
    start = 0
    if found is not None and found.end() > QUOTE_CHARS - 10:
        start = text.rfind(" ", 0, max(0, found.start() - 50)) + 1
    cut = text[start : start + QUOTE_CHARS]
    cut = cut if start + QUOTE_CHARS >= len(text) else cut.rsplit(" ", 1)[0] + "\u2026"
    lead = "\u2026" if start else ""
    return f"\u201c{lead}{cut}\u201d"


def _where(statement: Statement) -> str:
    title = " ".join(printable(statement.section.title).split())
    if not title:
        return "your opening"
    if _SAFE.check(title) is not None or len(title) > 60:
        return f"section {statement.number} of your document"
    return f"your section '{title}'"


def _question(qid: str, text: str, key_points: list[str], follow_ups: list[str]) -> AgendaQuestion:
    return AgendaQuestion(
        id=qid, text=text, kind="case", key_points=key_points, follow_ups=follow_ups
    )


def _assumption(s: Statement, n: int) -> AgendaQuestion:
    return _question(
        f"case-assumption-{n}",
        f"In {_where(s)} you wrote: {_quote(s.text)} What happens to your plan if that turns out "
        "to be wrong, and how would you find out early?",
        ["how likely it is to fail, and why",
         "a concrete way to test it with the customer or with data, and when",
         "what changes in the plan if it fails"],
        ["Which assumption would you test first with the customer, and how?",
         "What's the earliest signal that it's wrong?"],
    )  # fmt: skip


def _choice(s: Statement, n: int) -> AgendaQuestion:
    return _question(
        f"case-tradeoff-{n}",
        f"{_where(s)[0].upper()}{_where(s)[1:]} makes a choice: {_quote(s.text)} What did you "
        "give up with it, and what would make you choose the other way?",
        ["what the choice gives up, in numbers where possible",
         "why that is acceptable for this customer",
         "the condition that would make them revisit it"],
        ["How would you explain that trade-off to the customer's leadership?"],
    )  # fmt: skip


def _number(s: Statement, n: int) -> AgendaQuestion:
    return _question(
        f"case-number-{n}",
        f"You put a number on it in {_where(s)}: {_quote(s.text, _QUANTITY)} Where does that figure come "
        "from, and what happens to the plan if it's off by half?",
        ["where the number comes from: data, a benchmark or an estimate",
         "how sensitive the plan is to it", "how they would check it with the customer"],
        ["How would you check that number with the customer before committing to it?"],
    )  # fmt: skip


def _onboarding(s: Statement) -> AgendaQuestion:
    return _question(
        "case-onboarding",
        f"Take me through {_where(s)}. It says {_quote(s.text)} Who owns that on the customer's "
        "side, and what could stall it?",
        ["owners on both sides", "the riskiest step and how they would catch it early",
         "an escalation path"],
        ["What usually goes wrong in onboarding, and how would you catch it early?"],
    )  # fmt: skip


def _expansion(s: Statement) -> AgendaQuestion:
    return _question(
        "case-expansion",
        f"In {_where(s)} you wrote: {_quote(s.text)} What signal would tell you not to expand "
        "yet?",
        ["a measurable signal to hold off", "the health of the current deployment",
         "how they would tell the customer"],
        ["How would you decide between going deeper with this customer and moving on to new ones?"],
    )  # fmt: skip


_GAPS = {
    "assumptions": (
        "Your document doesn't list the assumptions it rests on. Which one is your proposal "
        "most exposed to, and how would you test it with the customer?"
    ),
    "solution-tradeoffs": (
        "Your document doesn't say what your proposal gives up. What's the biggest trade-off in "
        "it, and why is it the right one for this customer?"
    ),
    "onboarding": (
        "Your document stops before onboarding. How would the first 30 days with this customer "
        "go, and who owns what on each side?"
    ),
    "success-expansion": (
        "Your document doesn't say how you'd measure success. Which metric would you put in "
        "front of the customer's sponsor, and when would you expand?"
    ),
}


def _gap(criterion_id: str) -> AgendaQuestion:
    return _question(
        f"case-gap-{criterion_id}",
        _GAPS[criterion_id],
        ["a specific answer for this customer, not a general one", "how they would check it",
         "how the document would change"],
        ["Why did it stay out of the document?"],
    )  # fmt: skip


def _opener(document: Document, framed: list[Statement]) -> AgendaQuestion:
    title = (
        f" {_quote(document.title)}"
        if document.title and _SAFE.check(document.title) is None
        else ""
    )
    where = f" in {_where(framed[0])}" if framed else ""
    return _question(
        "case-open",
        f"I've read your proposal{title}. Give me the two-minute version: the customer's problem "
        f"as you framed it{where}, and the one thing you recommend.",
        ["restates the customer's problem and goal before the solution",
         "one clear recommendation", "why this recommendation over the alternatives"],
        ["If the customer could adopt only one part of it, which part and why?",
         "What did you decide to leave out, and why?"],
    )  # fmt: skip


def defence_agenda(
    document: Document, count: int | None = None, rubric: CaseRubric | None = None
) -> list[AgendaQuestion]:
    """``count`` main questions (default: the take-home round's): the opener; the riskiest
    stated assumption (or the missing assumptions), a choice and what it gives up, the
    onboarding and expansion sections (or their absence), a number; then more of the same,
    then the round's own bank when the document runs out. Deterministic."""
    rubric = rubric or case_rubric()
    count = count or load_round("take-home").spec.default_questions
    found = _statements(document)
    used: set[str] = set()

    def pick(pool: list[Statement]) -> Statement | None:
        chosen = next((s for s in pool if s.text not in used), None)
        if chosen is not None:
            used.add(chosen.text)
        return chosen

    def about(criterion_id: str) -> list[Statement]:
        return [s for s in found if s.section.about(rubric.criterion(criterion_id).sections)]

    assumed = about("assumptions") or [s for s in found if _ASSUMPTION.search(s.text)]
    assumed = sorted(assumed, key=lambda s: bool(_FOLLOW_ON.match(s.text)))  # claims first
    choices = [s for s in about("solution-tradeoffs") if _CHOICE.search(s.text)]
    choices += [s for s in found if _CHOICE.search(s.text) and s not in choices]
    numbers = [s for s in found if _QUANTITY.search(s.text)]
    onboarding, success = about("onboarding"), about("success-expansion")
    success = sorted(success, key=lambda s: not _EXPANSION.search(s.text))

    agenda = [_opener(document, about("problem-framing"))]
    first = pick(assumed)
    agenda.append(_assumption(first, 1) if first else _gap("assumptions"))
    first = pick(choices)
    agenda.append(_choice(first, 1) if first else _gap("solution-tradeoffs"))
    first = pick(onboarding)
    agenda.append(_onboarding(first) if first else _gap("onboarding"))
    first = pick(success)
    agenda.append(_expansion(first) if first else _gap("success-expansion"))
    made = {_number: 0, _assumption: 1, _choice: 1}  # how many of each the agenda holds
    for _ in range(3):
        for pool, make in ((numbers, _number), (assumed, _assumption), (choices, _choice)):
            more = pick(pool)
            if more is not None:
                made[make] += 1
                agenda.append(make(more, made[make]))
    bank = load_round("take-home").questions
    agenda += [from_bank(q, "the company", "the role") for q in bank if q.id not in _COVERED]
    return agenda[:count]


def persona_document(document: Document) -> str:
    """The document as a live interviewer reads it in its persona (clipped, saying so)."""
    return clip(document.text, MAX_CASE_CHARS)
