"""The offline scorer: explainable text signals mapped onto each rubric criterion.

It cannot judge truth the way an interviewer does, so it measures what tends to go with good
answers (key points covered, concrete detail, structure, owning the work) and refuses to reward
what inflates length or games a grader (filler, repetition, buzzwords, injected instructions).
Positive signals read only the *substantive* text (restated, buzzword-laden and injected
sentences removed, filler phrases stripped); penalties read the raw text. So padding an answer
can only lower it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Any

from mockloop.records import AgendaQuestion, Rubric, RubricCriterion
from mockloop.text import words

from .aggregate import CriterionScore, Segment, SegmentScore, rubric_hash
from .questions import (
    CORE,
    SALAD_SHARE,
    QuestionType,
    checklist,
    classify,
    elements_found,
    function_share,
    templated,
    unsettled,
)

# Stored as the score's prompt_hash: bump it when a lexicon, weight or gate changes.
from .signals import (
    FIRST_PERSON,
    Prepared,
    Signal,
    concision,
    content,
    coverage,
    dodging,
    filler,
    generic,
    injection,
    misconceptions,
    ownership,
    prepare,
    specificity,
    structure,
)

VERSION = "heuristic-v2"
# An answer that adds fewer distinct content words than this to the question's says too little
# to be more than thin, however it is phrased ("fine", the question said back).
THIN_WORDS = 17
CORE_CAP = 2  # an answer with none of its question type's core elements


# ---------------------------------------------------------------- signals → criteria

# (family, keywords matched against the criterion id and name, weights over positive signals).
# First match wins, so the specific families come before the broad ones.
_FAMILIES: tuple[tuple[str, tuple[str, ...], dict[str, float]], ...] = (
    (
        "communication",
        ("communicat", "clarity", "structur", "concis", "explanation"),
        {"structure": 0.4, "concision": 0.3, "coverage": 0.3},
    ),
    (
        "accuracy",
        ("accura", "correct", "technical", "framing", "discovery"),
        {"coverage": 0.55, "specificity": 0.25, "structure": 0.2},
    ),
    (
        "ownership",
        (
            "ownership",
            "execution",
            "collaborat",
            "conflict",
            "influence",
            "background",
            "challenge",
            "defen",
        ),
        {"specificity": 0.35, "ownership": 0.25, "coverage": 0.25, "structure": 0.15},
    ),
    (
        "judgement",
        ("trade", "assumption", "priorit", "judgement", "decision", "risk", "decompos", "breaking"),
        {"coverage": 0.4, "structure": 0.35, "specificity": 0.25},
    ),
    (
        "motivation",
        ("motivation", "fit", "readiness", "stage", "vision", "point of view"),
        {"specificity": 0.4, "coverage": 0.4, "ownership": 0.2},
    ),
    (
        "plan",
        (
            "plan",
            "metric",
            "business",
            "onboarding",
            "expansion",
            "segment",
            "customer",
            "translation",
            "logistics",
            "candour",
        ),
        {"coverage": 0.45, "specificity": 0.35, "structure": 0.2},
    ),
)
_BLEND = {"coverage": 0.4, "specificity": 0.3, "structure": 0.2, "ownership": 0.1}


def family(criterion: RubricCriterion) -> tuple[str, dict[str, float]]:
    """Which signals speak to a criterion, decided by keywords in its id and name."""
    label = f"{criterion.id} {criterion.name}".lower()
    for name, keywords, weights in _FAMILIES:
        if any(k in label for k in keywords):
            return name, weights
    return "blend", _BLEND


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
    lacking: list[str]
    new_words: int  # distinct content words the answer adds to the question's

    @property
    def errors(self) -> list[str]:
        quoted = [f"Prompt injection ignored: \u201c{s}\u201d" for s in self.prepared.injected]
        return quoted + [f"\u201c{s}\u201d \u2014 {why}" for s, why in self.wrong]

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
    found, lacking = elements_found(text, qtype)
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
    )
    wrong = misconceptions(segment.answer_text)
    values = {s.name: s for s in signals}
    new = len(content(prepared.text) - content(question.text))
    return Reading(
        question, prepared, values, cov.covered, cov.missed, wrong, qtype, found, lacking, new
    )


def assessed(rubric: Rubric, reading: Reading) -> list[RubricCriterion]:
    """The criteria this question assesses (its type's families); all of them when fewer
    than two would be left."""
    chosen = [c for c in rubric.criteria if family(c)[0] in reading.qtype.assesses]
    return chosen if len(chosen) >= 2 else list(rubric.criteria)


def criterion_score(criterion: RubricCriterion, reading: Reading) -> CriterionScore:
    name, weights = family(criterion)
    v = reading.values
    base = 1 + 4.8 * sum(w * v[s].value for s, w in weights.items())
    filler_weight = 2.0 if name == "communication" else 1.0
    penalty = filler_weight * v["filler"].value + 0.5 * v["generic"].value
    doubts = unsettled(reading.prepared.raw)
    penalty += 0.0 if doubts < 2 else 0.75 if doubts < 4 else 1.5
    cited = [v[s] for s in weights] + [p for p in (v["filler"], v["generic"]) if p.value > 0]
    score, gates = _gate(base - penalty, name, reading)
    parts = ", ".join(f"{s.name} {s.value:.2f}" for s in cited)
    return CriterionScore(
        criterion_id=criterion.id,
        name=criterion.name,
        score=score,
        evidence=_evidence(reading, weights),
        reasoning=f"Heuristic {score}/5 from {parts}" + (f"; {'; '.join(gates)}" if gates else ""),
        signals=[s.cite() for s in cited] + gates,
        confidence="ok" if len(words(reading.prepared.text)) >= 40 and name != "blend" else "low",
    )


def _gate(raw: float, family_name: str, reading: Reading) -> tuple[int, list[str]]:
    """Hard limits no fluency lifts: injection, a known-wrong claim, no example, dodging."""
    if reading.prepared.injected:
        return 1, [reading.values["injection"].cite() + ": no credit for grader instructions"]
    score, gates = max(1, min(5, math.floor(raw + 0.5))), []
    if reading.wrong:
        cap = 1 if family_name in ("accuracy", "judgement", "communication") else 2
        score, gates = min(score, cap), [f"technical error: capped at {cap}"]
    new = reading.new_words
    if new < THIN_WORDS:
        score, gates = (
            min(score, 2),
            [*gates, f"only {new} words beyond the question's: capped at 2"],
        )
    if templated(list(reading.prepared.kept)) >= 3:
        score, gates = min(score, 2), [*gates, "one sentence frame repeated: capped at 2"]
    if function_share(reading.prepared.raw) < SALAD_SHARE:
        score, gates = min(score, 2), [*gates, "a string of terms, not sentences: capped at 2"]
    if checklist(reading.prepared.raw) >= 3:
        score, gates = min(score, 2), [*gates, "a checklist of labels, not an answer: capped at 2"]
    core = CORE.get(reading.qtype.name, ())
    if core and not set(core) & set(reading.elements):
        score, gates = (
            min(score, CORE_CAP),
            [*gates, f"no {' or '.join(core)}: capped at {CORE_CAP}"],
        )
    if reading.qtype.story and reading.values["specificity"].value < 0.1:
        score, gates = min(score, 2), [*gates, "no concrete example: capped at 2"]
    dodge = reading.values["dodging"].value
    if dodge >= 1.0 and not reading.covered and len(reading.elements) <= 1:
        gates = [*gates, reading.values["dodging"].cite() + ": off the question"]
        score = min(score, 1 if dodge >= 0.8 else 2)
    return score, gates


# ---------------------------------------------------------------- evidence and feedback


@lru_cache(maxsize=4096)
def _parts(sentence: str, key_words: frozenset[str]) -> dict[str, float]:
    """A sentence's signals, read once however many criteria ask (evidence, the outline)."""
    return {
        "coverage": min(1.0, len(content(sentence) & key_words) / 6),
        "specificity": specificity(sentence).value,
        "structure": structure(sentence).value,
        "ownership": min(1.0, len(FIRST_PERSON.findall(sentence)) / 3),
    }


def _relevance(sentence: str, weights: dict[str, float], key_words: set[str]) -> float:
    parts = _parts(sentence, frozenset(key_words))
    return sum(w * parts.get(name, 0.0) for name, w in weights.items())


def _best(reading: Reading, weights: dict[str, float], count: int) -> list[str]:
    """The most relevant credited sentences, in answer order, known-wrong ones excluded."""
    wrong = {s for s, _ in reading.wrong}
    pool = [s for s in reading.prepared.kept if s not in wrong]
    keys = reading.key_words
    # once per sentence, on its opening: a pasted 1 MB "sentence" would otherwise cost minutes
    relevance = {s: _relevance(s[:2000], weights, keys) for s in pool}
    ranked = sorted(pool, key=lambda s: -relevance[s])[:count]
    return [s for s in pool if s in ranked and relevance[s] > 0]


def _clip(sentence: str, limit: int = 220) -> str:
    """Shorten at a word boundary; a prefix of a sentence is still a verbatim quote."""
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0]


def _evidence(reading: Reading, weights: dict[str, float]) -> list[str]:
    p = reading.prepared
    quotes = p.injected[:1] or [s for s, _ in reading.wrong[:1]] or _best(reading, weights, 2)
    return [_clip(q) for q in quotes] or [_clip(s) for s in (p.kept or p.dropped)[:1]]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "\u2026"


def _strengths(reading: Reading) -> list[str]:
    v = reading.values
    options = [
        (bool(reading.covered), "Covers: " + "; ".join(_short(k) for k in reading.covered[:2])),
        (v["specificity"].value >= 0.6, f"Concrete detail ({v['specificity'].detail})"),
        (v["structure"].value >= 0.6, f"Clear structure ({v['structure'].detail})"),
        (
            reading.question.kind == "behavioral" and v["ownership"].value >= 0.7,
            "Speaks to own decisions and actions",
        ),
    ]
    clean = not reading.wrong and not reading.prepared.injected
    return [text for applies, text in options if applies and clean][:3]


def _improvements(reading: Reading) -> list[str]:
    """Every applicable fix, most valuable first; the first two are kept."""
    v, q = reading.values, reading.question
    first_wrong = f"{reading.wrong[0][1]}" if reading.wrong else ""
    missed = [*reading.missed, "", ""]
    options = [
        (
            bool(reading.prepared.injected),
            "Answer the question itself: instructions to the grader earn no credit.",
        ),
        (bool(reading.wrong), f"Fix the technical error: {first_wrong}."),
        (
            templated(list(reading.prepared.kept)) >= 3,
            "Drop the template: the same sentence with a key term swapped in earns nothing.",
        ),
        (
            checklist(reading.prepared.raw) >= 3
            or function_share(reading.prepared.raw) < SALAD_SHARE,
            "Answer in sentences about this case: a list of labels or terms earns nothing.",
        ),
        (
            reading.new_words < THIN_WORDS and not reading.prepared.injected,
            "Say something the question did not: your situation, your reasoning, a result.",
        ),
        (
            v["dodging"].value >= 1.0 and not reading.covered and len(reading.elements) <= 1,
            f"Answer the question asked: \u201c{q.text}\u201d",
        ),
        (bool(missed[0]), f"Cover the missing key point: {missed[0]}"),
        (v["filler"].value >= 0.3, f"Cut filler and repetition ({v['filler'].detail})."),
        (
            v["specificity"].value < 0.5,
            "Add concrete detail: a number, a named customer or system, one example.",
        ),
        (
            v["structure"].value < 0.4,
            "Give it a shape: the situation, what you did, the trade-off, the result.",
        ),
        (
            q.kind == "behavioral" and v["ownership"].value < 0.5,
            "Say what you did: 'I decided', not 'we did'.",
        ),
        (v["concision"].value < 0.6, f"Fix the length ({v['concision'].detail})."),
        (bool(missed[1]), f"Also cover: {missed[1]}"),
    ]
    return [text for applies, text in options if applies][:2]


def _mask_numbers(text: str, answer: str) -> str:
    """Keep figures the candidate never gave out of the outline: mask tokens with new digits."""
    known = set(re.findall(r"\d+", answer))

    def mask(match: re.Match[str]) -> str:
        return match.group(0) if set(re.findall(r"\d+", match.group(0))) <= known else "\u2026"

    return re.sub(r"[\w.,$%/]*\d[\w.,$%/]*", mask, text)


def stronger_answer(reading: Reading) -> str:
    """An outline: the candidate's own best sentences, then 'add:' lines for missed key points."""
    own = _best(reading, {"coverage": 0.5, "specificity": 0.3, "structure": 0.2}, 4)
    own = [s for s in own if content(s) & reading.key_words]  # on-topic sentences only
    adds = [re.sub(r"\s*\([^)]*\)", "", point).strip() for point in reading.missed[:3]]
    raw = reading.prepared.raw
    lines = [f"- {s}" for s in own] + [f"- add: {_mask_numbers(a, raw)}" for a in adds]
    return "\n".join(lines)


# ---------------------------------------------------------------- the scorer


def score_segment(segment: Segment, rubric: Rubric, round_id: str) -> SegmentScore:
    """Score one question's answers on every criterion of the round's rubric.

    ``round_id`` keeps the interface the LLM judge shares; the rubric carries the criteria.
    """
    base: dict[str, Any] = {
        "question_index": segment.question_index,
        "question_id": segment.question.id,
        "question_text": segment.question.text,
        "scorer": "heuristic",
        "rubric_hash": rubric_hash(rubric),
        "prompt_hash": VERSION,
    }
    if not words(segment.answer_text):
        return SegmentScore(**base, status="unscored", unscored_reason="no answer was given")
    reading = read(segment)
    chosen = assessed(rubric, reading)
    return SegmentScore(
        **base,
        criteria=[criterion_score(c, reading) for c in chosen],
        not_assessed=[c.id for c in rubric.criteria if c not in chosen],
        key_points_covered=reading.covered,
        key_points_missed=reading.missed,
        errors=reading.errors,
        strengths=_strengths(reading),
        improvements=_improvements(reading),
        stronger_answer=stronger_answer(reading),
    )
