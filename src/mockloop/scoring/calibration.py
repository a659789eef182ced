"""Check a scorer against answers a human graded: the labelled set and the agreement metrics.

The metrics are written out by hand (no scipy) because they are few and short, and because a
reader should be able to see exactly how ties, rounding and empty inputs are treated.
Any scorer, heuristic or LLM judge, plugs in as a function from an item to a 1-5 number.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from mockloop.catalog.library import kind_questions, load_round
from mockloop.errors import MockloopError
from mockloop.files import read_text_capped
from mockloop.interview.agenda import from_bank
from mockloop.records import AgendaQuestion

from .aggregate import Segment, aggregate
from .heuristic import score_segment


def _default_set() -> Path:
    """The labelled sets: the checkout's fixtures/calibration in development, the copy shipped
    inside the wheel (mockloop/calibration) otherwise."""
    package = Path(__file__).resolve().parents[1]
    checkout = package.parent.parent / "fixtures" / "calibration"
    return checkout if checkout.is_dir() else package / "calibration"


DEFAULT_SET = _default_set()
# bank answers, outside the bank, the first held-out set (open3), reported once and then tuned
# on; open8 (140 answers aimed at fluent off-topic and confidently wrong answers) is tuning data
# too but not fitted on: fitting it pulled strong technical answers down to 3 (see BENCHMARKS)
# open9 (160 answers written to the held-out sets' brief, 2026-12-04) joined the fit after its
# first look (Spearman 0.466): left out, the other parts' figures moved up slightly with it
# open10 (150 answers: realistic gaming, fluent off-topic, confidently wrong, short plain strong)
# shaped the question's-turn, certainty and pride features (turns.py) but is not fitted on:
# fitting it pulled a strong specific background answer from 4.0 to 3.4 (technical jargon and
# key-point coverage weighed less), the trade open8 showed before
# open11 (150 answers, 60% genuine, written without reading the scorer) joined the fit after its
# first look (Spearman 0.649): left out, the out-of-bank parts moved up (open6, open7, open9 by
# about 0.02) and the bank-heavy ones down by as much (open, open2, open3)
# open12 (128 answers: strong answers from outside tech, present-tense and non-native stories,
# calm technical talk) joined the fit after its first look (Spearman 0.579); open13 (128 answers:
# fluent answers to the question next door, calm wrong answers paired with calm right ones)
# joined it after its first look (Spearman 0.572)
# open14 (128 answers: fluent answers on another topic, long weak and terse strong answers, calm
# wrong answers outside tech; first look Spearman 0.311) is not fitted on: in the fit it scored
# 0.442 and the other twelve parts' mean left-out Spearman fell from 0.737 to 0.727
TUNING_PARTS = (".", "open", "open2", "open3", "open4", "open5", "open6", "open7", "open9", "open11", "open12", "open13")  # fmt: skip
# never tuned on, reported apart: heldout3 and heldout4 were written after heldout had been
# reported several times, heldout4 while the fitted scorer was still changing; heldout5 before
# the listed-word fit and measured once at its end; heldout6 and heldout7 (2026-12-03, later
# sessions) each before a session's changes, measured once at its end; heldout8 (written by a
# helper that never read the scorer, for the session after) measured once at that session's end
# with the scorer unchanged (Spearman 0.693, QWK 0.709); heldout9 (written the same way, for the
# session after) measured once at that session's end, the scorer again unchanged; heldout10
# (written the same way) measured once at the end of the session after, the scorer unchanged.
# heldout11 (written the same way) measured once on 2026-12-04, the scorer unchanged since
# heldout8; heldout12 (written the same way, 2026-12-04) measured once at the end of the next
# session, after its question-type and open9 changes (Spearman 0.761, QWK 0.768; the scorer at
# that session's start gave it 0.740 / 0.745); heldout13 (written the same way, 2026-12-04)
# measured once on 2026-12-05 with the scorer unchanged: Spearman 0.568, QWK 0.561; heldout14
# (written the same way) measured once at the end of the next session, after its question's-turn,
# gaming and injection changes: Spearman 0.648, QWK 0.642 (the scorer at that session's start gave
# it 0.623 / 0.608); heldout15 and heldout16 (written the same way) measured once on 2026-12-05
# at that session's start (0.633 / 0.636 and 0.634 / 0.646) and once after its review16 mends
# (0.637 / 0.635 and 0.637 / 0.657); heldout17 (written the same way) measured once on
# 2026-12-06 at the end of the session that fitted open12 (Spearman 0.566, QWK 0.600; the scorer
# at that session's start gave it 0.540 / 0.585); heldout18 (written the same way) measured once on
# 2026-12-06 at the end of the session that fitted open13 (Spearman 0.645, QWK 0.646; the scorer
# at that session's start gave it 0.634 / 0.650); heldout19 (written the same way) measured once
# on 2026-12-06 at the end of the session that grew the catalogue of wrong claims from 28 to 134
# (Spearman 0.445, QWK 0.446; the scorer at that session's start gave it 0.456 / 0.466);
# heldout20 (written the same way) measured once on 2026-12-06 with the scorer unchanged since
# (only made faster): Spearman 0.518, QWK 0.532.
HELDOUT_PARTS = (
    "heldout", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
    "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
    "heldout17", "heldout18", "heldout19", "heldout20",
)  # fmt: skip
LENGTH_MARGIN = 0.1  # how much more than the labels a score may follow length before a warning


class CalibrationItem(BaseModel):
    """An answer with the score a strong interviewer gave it, to a bank question
    (``question_id``) or to a question given as text (``question``)."""

    id: str
    round: str
    question_id: str | None = None
    question: str | None = None
    answer: str
    label: int = Field(ge=1, le=5)
    rationale: str
    category: str = "genuine"
    twin_of: str | None = Field(default=None, description="the concise answer this one pads")


class Prediction(BaseModel):
    id: str
    round: str
    label: int
    predicted: float
    words: int


class CalibrationReport(BaseModel):
    count: int
    spearman: float
    qwk: float = Field(description="quadratic-weighted Cohen's kappa on rounded 1-5 predictions")
    exact: float
    within_one: float
    length_correlation: float = Field(description="Pearson r of prediction against answer words")
    label_length_correlation: float = Field(
        default=0.0, description="Pearson r of the labels against answer words, for comparison"
    )

    @property
    def follows_length(self) -> bool:
        """The scorer follows answer length clearly more than the human labels do."""
        return self.length_correlation > self.label_length_correlation + LENGTH_MARGIN

    predictions: list[Prediction]


def load_set(directory: Path | str = DEFAULT_SET) -> list[CalibrationItem]:
    """Every item in every YAML file of ``directory``, in file then document order."""
    items: list[CalibrationItem] = []
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            raw = yaml.safe_load(read_text_capped(path)) or []
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise MockloopError(f"cannot read calibration file {path}: {exc}") from exc
        for entry in raw:
            item = CalibrationItem.model_validate(entry)
            if not (item.question_id or item.question):
                raise MockloopError(f"{path}: item {item.id} has neither question_id nor question")
            items.append(item)
    return items


def load_parts(root: Path | str, parts: Sequence[str]) -> list[CalibrationItem]:
    """The items of several sub-directories of ``root`` ("." is ``root`` itself)."""
    return [item for part in parts for item in load_set(Path(root) / part)]


# ---------------------------------------------------------------- metrics


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks; tied values share the average of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            out[order[k]] = (start + end) / 2 + 1
        start = end + 1
    return out


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson r; 0.0 when either side has no variance (nothing to correlate)."""
    if len(x) != len(y) or len(x) < 2:
        raise ValueError("pearson needs two sequences of equal length >= 2")
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return 0.0 if sxx == 0 or syy == 0 else sxy / math.sqrt(sxx * syy)


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rho as the Pearson correlation of average ranks (correct with ties)."""
    return pearson(ranks(x), ranks(y))


def quadratic_kappa(a: Sequence[int], b: Sequence[int], low: int = 1, high: int = 5) -> float:
    """Cohen's kappa with quadratic weights: disagreeing by 2 costs four times disagreeing by 1."""
    if len(a) != len(b) or not a:
        raise ValueError("kappa needs two non-empty sequences of equal length")
    k = high - low + 1
    observed = [[0.0] * k for _ in range(k)]
    for i, j in zip(a, b):
        observed[i - low][j - low] += 1
    n = len(a)
    rows = [sum(r) for r in observed]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    weight = [[(i - j) ** 2 / (k - 1) ** 2 for j in range(k)] for i in range(k)]
    num = sum(weight[i][j] * observed[i][j] for i in range(k) for j in range(k))
    den = sum(weight[i][j] * rows[i] * cols[j] / n for i in range(k) for j in range(k))
    return 1.0 if den == 0 else 1 - num / den


def exact_agreement(a: Sequence[int], b: Sequence[int]) -> float:
    return sum(x == y for x, y in zip(a, b)) / len(a)


def within_one(a: Sequence[int], b: Sequence[int]) -> float:
    return sum(abs(x - y) <= 1 for x, y in zip(a, b)) / len(a)


def to_level(value: float) -> int:
    """Round half up and clip to 1-5 (Python's round() would send 2.5 to 2)."""
    return max(1, min(5, math.floor(value + 0.5)))


# ---------------------------------------------------------------- running a scorer


def run_calibration(
    items: list[CalibrationItem], scorer: Callable[[CalibrationItem], float | int]
) -> CalibrationReport:
    """Score every item and compare with the labels."""
    predictions = [
        Prediction(
            id=item.id,
            round=item.round,
            label=item.label,
            predicted=float(scorer(item)),
            words=len(item.answer.split()),
        )
        for item in items
    ]
    labels = [p.label for p in predictions]
    scored = [p.predicted for p in predictions]
    levels = [to_level(p) for p in scored]
    return CalibrationReport(
        count=len(predictions),
        spearman=round(spearman(labels, scored), 4),
        qwk=round(quadratic_kappa(labels, levels), 4),
        exact=round(exact_agreement(labels, levels), 4),
        within_one=round(within_one(labels, levels), 4),
        length_correlation=round(pearson(scored, [p.words for p in predictions]), 4),
        label_length_correlation=round(pearson(labels, [p.words for p in predictions]), 4),
        predictions=predictions,
    )


def question_for(item: CalibrationItem) -> AgendaQuestion:
    """The question the item answers, as a session would ask it: the bank question it names,
    or its text matched against the bank the way `mockloop feedback` matches a typed question."""
    if item.question_id is None:
        from .feedback import question_from_text

        return question_from_text(item.round, item.question or "", "Fireworks", "the role")
    bank = kind_questions(item.round)
    question = next((q for q in bank if q.id == item.question_id), None)
    if question is None:
        raise MockloopError(
            f"calibration item {item.id}: no question {item.question_id!r} in {item.round}"
        )
    return from_bank(question, company="Fireworks", role="Forward Deployed PM")


def segment_for(item: CalibrationItem) -> Segment:
    from .feedback import single_segment

    return single_segment(question_for(item), item.answer)


def heuristic_scorer(item: CalibrationItem) -> int:
    """The offline scorer's verdict on one item: the rounded overall of its one-segment round."""
    rubric = load_round(item.round).rubric
    result = aggregate(rubric, [score_segment(segment_for(item), rubric, item.round)])
    return to_level(result.overall or 1.0)
