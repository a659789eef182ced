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
from typing import Any

from mockloop.records import Rubric, RubricCriterion
from mockloop.text import words

from .advice import evidence, improvements, strengths, stronger_answer
from .aggregate import CriterionScore, Segment, SegmentScore, rubric_hash
from .gates import gates_of
from .misconceptions import catalogue_digest
from .model import LABELS, features, fit_digest, moved_by, quality, word_weights
from .questions import CORE, QuestionType
from .reading import Reading, read
from .wording import strongest, tokens

# Stored as the score's prompt_hash with the fit's digest (version()): bump it when the way
# signals become scores changes without a refit (the rounding, the caps' values).
VERSION = "heuristic-v7"
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


def assessed(rubric: Rubric, qtype: QuestionType) -> list[RubricCriterion]:
    """The criteria a question of this type assesses (its families); all of them when fewer
    than two would be left. `mockloop drill` aims its questions by the same rule."""
    chosen = [c for c in rubric.criteria if family(c)[0] in qtype.assesses]
    return chosen if len(chosen) >= 2 else list(rubric.criteria)


SPREAD = 0.5  # how far a criterion's own signals move it from the answer's fitted estimate


def _family_raw(criterion: RubricCriterion, reading: Reading) -> tuple[float, float]:
    """The criterion's own signals on the 1-5 scale, and its penalties: what sets it apart
    from the other criteria of the same answer."""
    name, weights = family(criterion)
    v = reading.values
    base = 1 + 4.8 * sum(w * v[s].value for s, w in weights.items())
    filler_weight = 2.0 if name == "communication" else 1.0
    return base, filler_weight * v["filler"].value + 0.5 * v["generic"].value


def criterion_scores(
    chosen: list[RubricCriterion], reading: Reading, flags: dict[str, bool]
) -> list[CriterionScore]:
    """Each assessed criterion: the answer's fitted estimate (model.py), moved by how the
    criterion's own signals stand against the other criteria's, then the gates."""
    if not chosen:  # a rubric of one's own that lists no criteria
        return []
    named = features(reading, flags)
    estimate = quality(named)
    moved = ", ".join(f"{_label(n, p, reading)} {'+' if p >= 0 else '-'}{abs(p):.1f}"
                      for n, p in moved_by(named) if abs(p) >= 0.05)  # fmt: skip
    raws = {c.id: _family_raw(c, reading) for c in chosen}
    mean = sum(base for base, _ in raws.values()) / len(raws)
    why = f"fitted estimate {estimate:.1f}" + (f" (most moved by {moved})" if moved else "")
    # signals are centred on the answer's own mean; penalties are not, so filler that costs
    # one criterion more than another never lifts the other
    out = []
    for c in chosen:
        base, penalty = raws[c.id]
        out.append(
            criterion_score(c, reading, estimate + SPREAD * (base - mean - penalty), flags, why)
        )
    return out


def _label(name: str, moved: float, reading: Reading) -> str:
    """A feature as a score names it; the wording with the words that moved it most."""
    if name != "wording":
        return LABELS.get(name, name.replace("_", " "))
    found = strongest(tokens(reading.prepared.text), word_weights(), 1.0 if moved >= 0 else -1.0)
    return "wording" + (f" ({', '.join(repr(w) for w in found)})" if found else "")


def criterion_score(
    criterion: RubricCriterion, reading: Reading, raw: float, flags: dict[str, bool], why: str
) -> CriterionScore:
    name, weights = family(criterion)
    v = reading.values
    cited = [v[s] for s in weights] + [p for p in (v["filler"], v["generic"]) if p.value > 0]
    score, gates = _gate(raw, name, reading, flags)
    parts = ", ".join(f"{s.name} {s.value:.2f}" for s in cited)
    return CriterionScore(
        criterion_id=criterion.id,
        name=criterion.name,
        score=score,
        evidence=evidence(reading, weights),
        reasoning=f"Heuristic {score}/5: {why}; this criterion's signals {parts}"
        + (f"; {'; '.join(gates)}" if gates else ""),
        signals=[s.cite() for s in cited] + gates,
        confidence="ok" if len(words(reading.prepared.text)) >= 40 and name != "blend" else "low",
    )


def _gate(
    raw: float, family_name: str, reading: Reading, flags: dict[str, bool]
) -> tuple[int, list[str]]:
    """Hard limits no fluency lifts: injection, a known-wrong claim, no example, dodging."""
    if reading.prepared.injected:
        return 1, [reading.values["injection"].cite() + ": no credit for grader instructions"]
    score, gates = max(1, min(5, math.floor(raw + 0.5))), []
    if reading.wrong:
        cap = 1 if family_name in ("accuracy", "judgement", "communication") else 2
        score, gates = min(score, cap), [f"technical error: capped at {cap}"]
    capped = {
        "thin": f"only {reading.new_words} words beyond the question's: capped at 2",
        "boilerplate": "numbers hung on every step or on soft outcomes: capped at 2",
        "templated": "one sentence frame repeated: capped at 2",
        "salad": "a string of terms or buzzwords, not reasoning: capped at 2",
        "checklist": "a checklist of labels, not an answer: capped at 2",
        "echo": "mostly the question's own words said back: capped at 2",
        "method": "the steps of a method named, applied to nothing: capped at 2",
        "blame": "the blame put on others, no part of one's own: capped at 2",
    }
    for flag, why in capped.items():
        if flags[flag]:
            score, gates = min(score, 2), [*gates, why]
    core = CORE.get(reading.qtype.name, ())
    if core and not set(core) & set(reading.elements):
        score, gates = (
            min(score, CORE_CAP),
            [*gates, f"no {' or '.join(core)}: capped at {CORE_CAP}"],
        )
    if reading.turn is not None:
        score, gates = min(score, 2), [*gates, f"{reading.turn.says}: capped at 2"]
    if reading.qtype.story and reading.values["specificity"].value < 0.1:
        score, gates = min(score, 2), [*gates, "no concrete example: capped at 2"]
    dodge = reading.values["dodging"].value
    # no word of the question, its key points or its follow-ups, and none of what its type asks
    # for: off the question. A question outside the bank has only its own few words to share,
    # and a strong answer often uses none of them, so there one element found is enough to stay.
    allowed = 1 if reading.question.key_points else 0
    if dodge >= 1.0 and not reading.covered and len(reading.elements) <= allowed:
        gates = [*gates, reading.values["dodging"].cite() + ": off the question"]
        score = 1
    return score, gates


# ---------------------------------------------------------------- the scorer


def version() -> str:
    """The scorer a stored score came from: "heuristic-v7+1a2b3c4d+5e6f7a8b" (VERSION, the fit,
    and the catalogue of wrong claims in use, which a user's copy can replace)."""
    return f"{VERSION}+{fit_digest()}+{catalogue_digest()}"


SCORED_CHARS = 100_000  # far past any spoken answer; a pasted book is scored on its opening


def _clipped(segment: Segment) -> tuple[Segment, bool]:
    """The segment with its answers cut to SCORED_CHARS in all, so scoring a pasted multi-MB
    answer takes about a second and a Ctrl-C is never held up by it."""
    if len(segment.answer_text) <= SCORED_CHARS:
        return segment, False
    room, kept = SCORED_CHARS, []
    for exchange in segment.exchanges:
        if room <= 0:
            break
        kept.append(exchange.model_copy(update={"answer": exchange.answer[:room]}))
        room -= len(exchange.answer)
    return segment.model_copy(update={"exchanges": kept}), True


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
        "prompt_hash": version(),
    }
    if not words(segment.answer_text):
        return SegmentScore(**base, status="unscored", unscored_reason="no answer was given")
    segment, clipped = _clipped(segment)
    reading = read(segment)
    flags = gates_of(reading)
    chosen = assessed(rubric, reading.qtype)
    note = [f"Only the first {SCORED_CHARS:,} characters of this answer were scored."]
    return SegmentScore(
        **base,
        criteria=criterion_scores(chosen, reading, flags),
        not_assessed=[c.id for c in rubric.criteria if c not in chosen],
        key_points_covered=reading.covered,
        key_points_missed=reading.missed,
        errors=reading.errors + (note if clipped else []),
        strengths=strengths(reading),
        improvements=improvements(reading, flags),
        stronger_answer=stronger_answer(reading),
    )
