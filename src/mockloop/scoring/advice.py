"""What the offline scorer tells the candidate: the evidence it quotes per criterion, the
strengths, the two most valuable improvements (gaming named first) and a stronger-answer
outline built only from the candidate's own sentences and the key points they missed."""

from __future__ import annotations

import re
from functools import lru_cache

from .gaming import BUZZ_RATE, FRAMEWORKS_MIN, buzz_rate, frameworks, name_drop
from .reading import Reading
from .signals import (
    FIRST_PERSON,
    content,
    specificity,
    structure,
)
from .tone import sure


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


def evidence(reading: Reading, weights: dict[str, float]) -> list[str]:
    p = reading.prepared
    quotes = p.injected[:1] or [s for s, _ in reading.wrong[:1]] or _best(reading, weights, 2)
    return [_clip(q) for q in quotes] or [_clip(s) for s in (p.kept or p.dropped)[:1]]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "\u2026"


def strengths(reading: Reading) -> list[str]:
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


def improvements(reading: Reading, flags: dict[str, bool]) -> list[str]:
    """Every applicable fix, most valuable first; the first two are kept. A hard limit the
    answer trips (``flags``, gates.gates_of) is named by what tripped it."""
    v, q, raw = reading.values, reading.question, reading.prepared.raw
    first_wrong = f"{reading.wrong[0][1]}" if reading.wrong else ""
    missed = [*reading.missed, "", ""]
    turn = reading.turn
    says = turn.says if turn else ""
    salad = flags["salad"]
    buzz = salad and buzz_rate(raw) >= BUZZ_RATE
    dropped = salad and name_drop(raw)
    named = salad and frameworks(raw) >= FRAMEWORKS_MIN
    options = [
        (
            bool(reading.prepared.injected),
            "Answer the question itself: instructions to the grader earn no credit.",
        ),
        (bool(reading.wrong), f"Fix the technical error: {first_wrong}."),
        (turn is not None, f"Answer what the question turns on: the answer {says}."),
        (
            flags["blame"],
            "Own your part: say what you did and would change, not whose fault it was.",
        ),
        (
            bool(sure(raw)),
            "Show the reasoning instead of waving the hard part away: "
            + "the interviewer is testing that part.",
        ),
        (
            flags["templated"],
            "Drop the template: the same sentence with a key term swapped in earns nothing.",
        ),
        (
            flags["boilerplate"],
            (
                "Give the numbers you measured, and how: a figure on every step or on morale "
                "or alignment reads as made up."
            ),
        ),
        (
            buzz,
            (
                "Say what you would actually do, in plain words: buzzwords name an approach "
                "without taking one."
            ),
        ),
        (
            flags["checklist"] or (salad and not (buzz or dropped or named)),
            "Answer in sentences about this case: a list of labels or terms earns nothing.",
        ),
        (
            dropped,
            "Say what each tool does in your design and why: a list of names earns nothing.",
        ),
        (
            named,
            "Show the thinking on this case: frameworks named, not used, earn nothing.",
        ),
        (
            flags["method"],
            "Apply the method to this case: name what you would assume, test and measure here.",
        ),
        (
            flags["echo"],
            "Say what happened or what you would do: the question said back earns nothing.",
        ),
        (
            flags["thin"] and not reading.prepared.injected,
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
            # no order words, and most of what its question type asks for missing: a story
            # told in order without "first" or "as a result" already has its shape
            v["structure"].value < 0.4 and 2 * len(reading.elements) < len(reading.qtype.elements),
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
