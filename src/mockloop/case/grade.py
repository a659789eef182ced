"""`mockloop case grade`: a written take-home answer against the case rubric
(prompts/rounds/take-home/case-rubric.yaml), with evidence quoted verbatim from the document.

Offline, the interview's heuristic scorer (scoring/heuristic) grades each criterion on the part
of the document that covers it: the sections whose headings name it ("Key assumptions",
"Rollout plan"), or, when no heading does, the sentences across the document that speak to it.
Communication is graded section by section. A criterion the document never addresses scores 1
and says so. Live, the LLM judge reads the whole document against the same rubric and its quotes
are checked against the document as for any answer; a judge that cannot grade leaves the
heuristic's grade, and the caller says why. Every quote is located back in the document.
"""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from mockloop.catalog.prompts import MAX_ANSWER_CHARS
from mockloop.records import AgendaQuestion, InterviewPlan, Rubric
from mockloop.scoring.aggregate import CriterionScore, Exchange, Segment, SegmentScore, aggregate
from mockloop.scoring.heuristic import score_segment
from mockloop.scoring.signals import sentences
from mockloop.text import content_words, words

from .bank import CaseCriterion, CaseRubric, case_rubric
from .document import Document, Section, locate, section_of

if TYPE_CHECKING:
    from mockloop.llm.settings import Settings

COMMUNICATION = "communication"
MIN_WORDS = 25  # sentences scattered across the document that speak to a criterion, at least
SECTION_WORDS = 20  # a section shorter than this is not graded for communication on its own
LONG_DOCUMENT = 3000  # words: past this a take-home answer is no longer a few pages
UNHEADED_CAP = 3  # communication, for a document without a single heading
QUESTION = (
    "Grade the candidate's written answer to the take-home case as a whole document; the "
    "candidate's document is the answer."
)


class CriterionGrade(BaseModel):
    criterion_id: str
    name: str
    weight: float
    score: int | None = Field(description="1-5; None when the judge did not assess it")
    evidence: list[str] = Field(default_factory=list, description="verbatim from the document")
    reasoning: str = ""
    sections: list[str] = Field(default_factory=list, description="the parts of it read")
    signals: list[str] = Field(default_factory=list)
    confidence: Literal["ok", "low"] = "ok"


class CaseGrade(BaseModel):
    document: str
    words: int
    sections: list[str]
    scorer: Literal["heuristic", "llm"]
    judge_model: str | None = None
    overall: float | None = None
    signal: str | None = None
    criteria: list[CriterionGrade]
    strengths: list[str] = Field(default_factory=list)
    improvements: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


def _question(criterion: CaseCriterion) -> AgendaQuestion:
    return AgendaQuestion(
        id=criterion.id, text=criterion.asks, kind="case", key_points=criterion.key_points
    )


def _heuristic(
    criterion: CaseCriterion, rubric: CaseRubric, text: str, asked: CaseCriterion | None = None
) -> SegmentScore:
    """The interview scorer on one criterion, the part of the document as the answer to what
    ``asked`` (by default the criterion itself) asks of it."""
    question = _question(asked or criterion)
    segment = Segment(
        question_index=0, question=question, exchanges=[Exchange(prompt=question.text, answer=text)]
    )
    one = Rubric(
        round=rubric.round, criteria=[c for c in rubric.rubric().criteria if c.id == criterion.id]
    )
    return score_segment(segment, one, rubric.round)


def _part_for(document: Document, criterion: CaseCriterion) -> tuple[str, list[str], bool]:
    """(text, where, headed): the sections headed for the criterion, else the sentences that
    name its topic anywhere in the document."""
    headed = [s for s in document.sections if s.about(criterion.sections)]
    headed = [s for s in headed if s.words] or headed  # a title over other sections says nothing
    if headed:
        return "\n".join(s.prose for s in headed), [s.label for s in headed], True
    topic = content_words(" ".join(criterion.sections))
    found = [
        sentence
        for section in document.sections
        for sentence in sentences(section.prose)
        if content_words(sentence) & topic
    ]
    where = [f"{len(found)} sentence(s) across the document, no section of its own"]
    return "\n".join(found), where if found else [], False


def _verbatim(quotes: list[str], document: Document) -> list[str]:
    located = (locate(q, document.text) for q in quotes)
    return list(dict.fromkeys(q for q in located if q))


def _missing(criterion: CaseCriterion, why: str) -> CriterionScore:
    return CriterionScore(
        criterion_id=criterion.id,
        name=criterion.name,
        score=1,
        reasoning=f"Not addressed: {why}. {criterion.asks}",
        signals=["not addressed"],
    )


def _topic_score(
    document: Document, criterion: CaseCriterion, rubric: CaseRubric
) -> tuple[CriterionScore, list[str], list[str], list[str]]:
    """(score, sections read, strengths, improvements) for a topic criterion."""
    text, where, headed = _part_for(document, criterion)
    if len(words(text)) < (1 if headed else MIN_WORDS):
        why = "its section is empty" if headed else "no section and hardly a sentence on it"
        return _missing(criterion, why), where, [], [f"Add a section on it: {criterion.asks}"]
    graded = _heuristic(criterion, rubric, text)
    if graded.status != "scored" or not graded.criteria:
        return _missing(criterion, graded.unscored_reason or "nothing to grade"), where, [], []
    return graded.criteria[0], where, graded.strengths, graded.improvements


def _communication(
    document: Document, criterion: CaseCriterion, rubric: CaseRubric
) -> tuple[CriterionScore, list[str], list[str], list[str]]:
    """Each section graded for communication on its own, as the answer to what its topic asks,
    the mean kept; a document without headings, or far past a few pages, is capped."""
    graded = [
        (s, _heuristic(criterion, rubric, s.prose, _topic_of(s, rubric)))
        for s in document.sections
        if s.words >= SECTION_WORDS or len(document.sections) == 1
    ]
    graded = [(s, g) for s, g in graded if g.status == "scored" and g.criteria]
    if not graded:
        return _missing(criterion, "no section long enough to read"), [], [], []
    scores = [g.criteria[0].score for _, g in graded]
    _, best = max(graded, key=lambda sg: sg[1].criteria[0].score)
    score = int(statistics.mean(scores) + 0.5)
    gates = []
    if not document.headed:
        score, gates = min(score, UNHEADED_CAP), [f"no headings: capped at {UNHEADED_CAP}"]
    if document.words > LONG_DOCUMENT:
        score = min(score, UNHEADED_CAP)
        gates.append(f"{document.words:,} words, past a few pages: capped at {UNHEADED_CAP}")
    merged = best.criteria[0].model_copy(
        update={
            "score": max(1, score),
            "reasoning": f"Heuristic {max(1, score)}/5: the mean over {len(graded)} section(s) "
            f"({', '.join(map(str, scores))})" + (f"; {'; '.join(gates)}" if gates else ""),
            "signals": [*best.criteria[0].signals, *gates],
        }
    )
    own = [i for i in best.improvements if not i.startswith(("Cover the missing", "Also cover"))]
    improvements = (["Give it headings: a reader scans a written case by its sections."]
                    if not document.headed else []) + own  # fmt: skip
    return merged, [s.label for s, _ in graded], best.strengths, improvements


def _topic_of(section: Section, rubric: CaseRubric) -> CaseCriterion:
    """The topic criterion a section is about: the first its heading names, else the one whose
    key points share most words with its text."""
    topics = [c for c in rubric.criteria if c.sections]
    named = next((c for c in topics if section.about(c.sections)), None)
    if named is not None:
        return named
    said = content_words(section.prose)
    return max(topics, key=lambda c: len(content_words(" ".join(c.key_points)) & said))


def grade_offline(document: Document, rubric: CaseRubric | None = None) -> CaseGrade:
    rubric = rubric or case_rubric()
    results: list[CriterionGrade] = []
    segments: list[SegmentScore] = []
    strengths: list[tuple[int, str]] = []
    fixes: list[tuple[int, str]] = []
    for index, criterion in enumerate(rubric.criteria):
        scorer = _communication if criterion.id == COMMUNICATION else _topic_score
        score, where, good, bad = scorer(document, criterion, rubric)
        score = score.model_copy(update={"evidence": _verbatim(score.evidence, document)})
        segments.append(
            SegmentScore(question_index=index, question_id=criterion.id,
                         question_text=criterion.asks, criteria=[score])
        )  # fmt: skip
        results.append(_result(criterion, score, where))
        strengths += [
            (-score.score, f"{criterion.name}: {s}") for s in good[:1] if score.score >= 4
        ]
        fixes += [(score.score, f"{criterion.name}: {f}") for f in bad[:1]]
    return _finish(document, rubric, results, segments, strengths, fixes, "heuristic")


def _result(criterion: CaseCriterion, score: CriterionScore, where: list[str]) -> CriterionGrade:
    return CriterionGrade(
        criterion_id=criterion.id,
        name=criterion.name,
        weight=criterion.weight,
        score=score.score,
        evidence=score.evidence,
        reasoning=score.reasoning,
        sections=where,
        signals=score.signals,
        confidence=score.confidence,
    )


def _finish(
    document: Document,
    rubric: CaseRubric,
    results: list[CriterionGrade],
    segments: list[SegmentScore],
    strengths: list[tuple[int, str]],
    fixes: list[tuple[int, str]],
    scorer: Literal["heuristic", "llm"],
    judge_model: str | None = None,
    notes: list[str] | None = None,
) -> CaseGrade:
    total = aggregate(rubric.rubric(), segments)
    return CaseGrade(
        document=document.path,
        words=document.words,
        sections=[s.label for s in document.sections],
        scorer=scorer,
        judge_model=judge_model,
        overall=total.overall,
        signal=total.signal,
        criteria=results,
        strengths=[text for _, text in sorted(strengths, key=lambda x: x[0])][:3],
        improvements=[text for _, text in sorted(fixes, key=lambda x: x[0])][:3],
        notes=notes or [],
    )


# ---------------------------------------------------------------- the judge


def grade_live(
    document: Document, settings: Settings, plan: InterviewPlan | None = None
) -> tuple[CaseGrade, str | None]:
    """(grade, why the heuristic graded instead): the LLM judge on the whole document, its
    quotes checked against it; the heuristic's grade when the judge could not grade."""
    from mockloop.llm.client import LLMClient
    from mockloop.scoring.judge import Judge

    rubric = case_rubric()
    judge = Judge(
        LLMClient(settings), model=settings.judge_model, temperature=settings.judge_temperature
    )
    question = AgendaQuestion(
        id="case-document", text=QUESTION, kind="case", key_points=[c.asks for c in rubric.criteria]
    )
    segment = Segment(
        question_index=0,
        question=question,
        exchanges=[Exchange(prompt=QUESTION, answer=document.text)],
    )
    scored = judge.score(segment, rubric.rubric(), round_title=rubric.title, plan=plan)
    if scored.status != "scored":
        return grade_offline(document, rubric), scored.unscored_reason or "the judge gave no grade"
    results: list[CriterionGrade] = []
    for criterion in rubric.criteria:
        found = next((c for c in scored.criteria if c.criterion_id == criterion.id), None)
        if found is None:
            results.append(CriterionGrade(criterion_id=criterion.id, name=criterion.name,
                                          weight=criterion.weight, score=None,
                                          reasoning="The judge did not assess this criterion."))  # fmt: skip
            continue
        quotes = _verbatim(found.evidence, document)
        where = [s.label for s in _sections_of(quotes, document)]
        results.append(_result(criterion, found.model_copy(update={"evidence": quotes}), where))
    notes = []
    if len(document.text) > MAX_ANSWER_CHARS:
        notes.append(f"The judge read the first {MAX_ANSWER_CHARS:,} characters of the document.")
    strengths = [(0, s) for s in scored.strengths]
    fixes = [(0, s) for s in scored.improvements]
    return _finish(
        document, rubric, results, [scored], strengths, fixes, "llm", settings.judge_model, notes
    ), None


def _sections_of(quotes: list[str], document: Document) -> list[Section]:
    found = (section_of(q, document) for q in quotes)
    return list({id(s): s for s in found if s is not None}.values())


# ---------------------------------------------------------------- the terminal


def render_text(grade: CaseGrade) -> str:
    """The grade as plain text (the caller sanitises it for the terminal)."""
    who = "heuristic, offline" if grade.scorer == "heuristic" else f"LLM judge {grade.judge_model}"
    overall = (
        f"{grade.overall:.1f}/5 ({grade.signal})" if grade.overall is not None else "not graded"
    )
    head = f"Take-home answer {grade.document} · {grade.words:,} words · "
    lines = [
        f"{head}{len(grade.sections)} section(s) · {who}",
        f"Overall: {overall}",
        "",
    ]
    for c in grade.criteria:
        score = f"{c.score}/5" if c.score is not None else "not assessed"
        where = f" · read: {'; '.join(c.sections)}" if c.sections else ""
        lines.append(f"{c.name} (weight {c.weight:g}): {score}{where}")
        if c.reasoning:
            lines.append(f"  {c.reasoning}")
        lines += [f"  “{q}”" for q in c.evidence]
        lines.append("")
    for head, items in (("What landed", grade.strengths), ("To improve", grade.improvements),
                        ("Notes", grade.notes)):  # fmt: skip
        if items:
            lines += [f"{head}:", *(f"  - {item}" for item in items), ""]
    return "\n".join(lines).rstrip() + "\n"
