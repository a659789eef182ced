"""The hiring committee: a loop's rounds (or any chosen sessions) read together into one decision,
with each round's reasons and the quotes they rest on, where the rounds disagree, and what would
change the decision. Pure: report data in, a Debrief out; the renderers live in report/debrief.py.

The decision, in code so it can be read and tested:

1. The mean of the rounds' overalls (1-5, each round weighted alike) gives a label on the session
   signal's own scale (scoring/aggregate.py SIGNAL_BOUNDS), with its "lean" band split at its
   midpoint into "lean no" and "lean yes": a committee does not leave a lean undecided.
2. Caps, as committees apply them: a round that was a strong no holds the decision at lean no; a
   round that was a no, or a number the candidate changed between rounds (or against the pitch),
   holds it at lean yes; strong yes needs every round at yes or better.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from mockloop.practice.stories import Use, build_bank
from mockloop.records import InterviewPlan
from mockloop.report.data import ReportData
from mockloop.scoring.aggregate import SIGNAL_BOUNDS, SegmentScore

from .evidence import PITCH, pitch_answers, round_label, told_answers

Decision = Literal["strong no", "no", "lean no", "lean yes", "yes", "strong yes"]
DECISIONS: tuple[Decision, ...] = ("strong no", "no", "lean no", "lean yes", "yes", "strong yes")
STRONG, WEAK = 3.5, 2.5  # a criterion family this high in one round and this low in another
QUOTE_CHARS = 220
_BOUND = {name: bound for bound, name in SIGNAL_BOUNDS}
DECISION_BOUNDS: tuple[tuple[float, Decision], ...] = (
    (_BOUND["strong no"], "strong no"),
    (_BOUND["no"], "no"),
    (round((_BOUND["no"] + _BOUND["lean"]) / 2, 3), "lean no"),
    (_BOUND["lean"], "lean yes"),
    (_BOUND["yes"], "yes"),
)
# Criteria of different rounds that judge one thing: a round strong and another weak on the same
# family is a disagreement. A criterion not listed is its own family.
FAMILIES: dict[str, str] = {
    **dict.fromkeys(["motivation", "fit", "stage-fit"], "motivation and fit"),
    **dict.fromkeys(["vision", "strategy"], "strategic view"),
    **dict.fromkeys(["communication", "clarity", "structure", "story"], "communication"),
    **dict.fromkeys(
        ["ownership", "execution", "operating", "plan", "customer-execution"], "ownership"
    ),
    **dict.fromkeys(
        ["judgement", "tradeoffs", "assumptions-tradeoffs", "prioritisation", "experimentation"],
        "judgement and trade-offs",
    ),
    **dict.fromkeys(
        [
            "specificity",
            "evidence",
            "results",
            "background",
            "business-impact",
            "metrics",
            "success",
        ],
        "evidence and results",
    ),
    **dict.fromkeys(
        ["customer-discovery", "user-problem", "customer-translation", "segments"],
        "customer insight",
    ),
    **dict.fromkeys(["collaboration", "conflict"], "collaboration"),
    **dict.fromkeys(
        [
            "accuracy",
            "depth",
            "architecture",
            "scaling",
            "reliability",
            "complexity",
            "code-quality",
            "testing",
            "problem-solving",
            "decomposition",
            "framing",
            "data",
            "evaluation",
            "production",
            "requirements",
            "problem-framing",
            "diagnosis",
            "solution",
        ],
        "technical depth",
    ),
    **dict.fromkeys(["reflection", "self-awareness", "defence"], "reflection"),
}
_BY_KIND = {("behavioral", "judgement"): "collaboration"}  # "judgement with people"


class Evidence(BaseModel):
    criterion: str
    score: int
    question: str
    quote: str


class RoundVerdict(BaseModel):
    session_id: str
    round: str
    label: str = Field(description="the round as said: 'recruiter screen'")
    kind: str
    overall: float | None = None
    signal: str | None = None
    scorer: str | None = None
    reasons: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    unscored: int = 0


class Disagreement(BaseModel):
    kind: Literal["criteria", "number", "signal"]
    summary: str
    details: list[str] = Field(default_factory=list)


class Debrief(BaseModel):
    loop_id: str | None = None
    company: str | None = None
    role: str | None = None
    decision: Decision | None = Field(description="None when no round was scored")
    mean: float | None = None
    base: Decision | None = Field(default=None, description="the mean's label, before caps")
    caps: list[str] = Field(default_factory=list, description="each cap that applied, and why")
    rounds: list[RoundVerdict]
    disagreements: list[Disagreement] = Field(default_factory=list)
    would_change: list[str] = Field(default_factory=list)
    scorers: list[str] = Field(default_factory=list)


def label_for(mean: float) -> Decision:
    return next((name for bound, name in DECISION_BOUNDS if mean < bound), "strong yes")


# ---------------------------------------------------------------- one round


def _kind(data: ReportData) -> str:
    plan, rid = data.session.plan, data.session.round
    this = plan.round(rid) if plan is not None else None
    return this.kind_id if this is not None else rid


def _quote(segments: list[SegmentScore], cid: str, best: bool) -> Evidence | None:
    found = [
        (c, s)
        for s in segments
        if s.status == "scored"
        for c in s.criteria
        if c.criterion_id == cid and c.evidence
    ]
    if not found:
        return None
    c, s = (max if best else min)(found, key=lambda pair: pair[0].score)
    quote = " ".join(c.evidence[0].split())
    quote = quote if len(quote) <= QUOTE_CHARS else quote[: QUOTE_CHARS - 1] + "…"
    return Evidence(criterion=c.name, score=c.score, question=s.question_text, quote=quote)


def verdict(data: ReportData) -> RoundVerdict:
    """A round's overall, signal, the criteria it rests on (strongest and weakest) and a quote
    behind each."""
    rs = data.round_score
    rated = sorted((c for c in rs.criteria if c.score is not None), key=lambda c: -(c.score or 0))
    picks = []
    if rated:
        picks.append(("Strongest", rated[0], True))
        if len(rated) > 1 and (rated[-1].score or 0) < (rated[0].score or 0):
            picks.append(("Weakest", rated[-1], False))
    reasons = [f"{name}: {c.name} {c.score:.1f}/5" for name, c, _ in picks]
    evidence = [e for _, c, best in picks if (e := _quote(data.segments, c.criterion_id, best))]
    return RoundVerdict(
        session_id=data.session.id,
        round=data.session.round,
        label=round_label(data.session.plan, data.session.round),
        kind=_kind(data),
        overall=rs.overall,
        signal=rs.signal,
        scorer=rs.scorer,
        reasons=reasons,
        evidence=evidence,
        unscored=rs.segments_unscored,
    )


# ---------------------------------------------------------------- disagreements


def family_scores(rounds: list[ReportData]) -> dict[str, list[tuple[str, float, list[str]]]]:
    """family → per round: (round label, mean of its criteria in the family, 'name score')."""
    out: dict[str, list[tuple[str, float, list[str]]]] = {}
    for data in rounds:
        kind = _kind(data)
        by_family: dict[str, list[tuple[str, float]]] = {}
        for c in data.round_score.criteria:
            if c.score is not None:
                family = _BY_KIND.get((kind, c.criterion_id)) or FAMILIES.get(
                    c.criterion_id, c.criterion_id
                )
                by_family.setdefault(family, []).append((c.name, c.score))
        label = round_label(data.session.plan, data.session.round)
        for family, scored in by_family.items():
            mean = sum(s for _, s in scored) / len(scored)
            out.setdefault(family, []).append((label, mean, [f"{n} {s:.1f}" for n, s in scored]))
    return out


def _criteria_disagreements(rounds: list[ReportData]) -> list[Disagreement]:
    found = []
    for family, per_round in family_scores(rounds).items():
        high = max(per_round, key=lambda r: r[1])
        low = min(per_round, key=lambda r: r[1])
        if high[1] >= STRONG and low[1] <= WEAK:
            found.append(
                Disagreement(
                    kind="criteria",
                    summary=f"{family}: strong in the {high[0]} ({high[1]:.1f}), weak in the "
                    f"{low[0]} ({low[1]:.1f})",
                    details=[f"the {r[0]}: {', '.join(r[2])}" for r in (high, low)],
                )
            )
    return found


def _number_disagreements(
    rounds: list[ReportData], plan: InterviewPlan | None
) -> list[Disagreement]:
    labels = {d.session.id: round_label(d.session.plan, d.session.round) for d in rounds}
    answers = [a for d in rounds for a in told_answers(d)]
    bank = build_bank(pitch_answers(plan) + answers)
    out = []
    for c in bank.contradictions:
        if all(s.use.session_id == PITCH for s in c.statements):
            continue
        said = [f"{s.claim.said} in {_where(s.use, labels)}" for s in c.statements]
        details = [f"“{s.claim.text}”" for s in c.statements]
        out.append(
            Disagreement(
                kind="number", summary=f"{c.what}: " + ", then ".join(said), details=details
            )
        )
    return out


def _where(use: Use, labels: dict[str, str]) -> str:
    if use.session_id == PITCH:
        return "your pitch"
    return "the " + labels.get(use.session_id, use.round)


def _signal_split(verdicts: list[RoundVerdict]) -> list[Disagreement]:
    order = ("strong no", "no", "lean", "yes", "strong yes")
    rated = [v for v in verdicts if v.signal in order]
    high = [v for v in rated if order.index(v.signal or "") >= order.index("yes")]
    low = [v for v in rated if order.index(v.signal or "") <= order.index("no")]
    if not (high and low):
        return []
    names = "; ".join(f"{v.signal} in the {v.label}" for v in high + low)
    return [Disagreement(kind="signal", summary=f"The rounds split: {names}")]


# ---------------------------------------------------------------- the decision


def _caps(
    verdicts: list[RoundVerdict], numbers: list[Disagreement]
) -> list[tuple[Decision, str, str]]:
    """(the highest decision allowed, why, what would lift it), for each cap that applies."""
    caps: list[tuple[Decision, str, str]] = []
    for v in verdicts:
        if v.signal == "strong no":
            why = f"the {v.label} was a strong no ({v.overall:.1f})"
            lift = f"Retake the {v.label}: while it is a strong no, the decision stays at lean no."
            caps.append(("lean no", why, lift))
        elif v.signal == "no":
            why = f"the {v.label} was a no ({v.overall:.1f})"
            lift = f"Retake the {v.label}: a no there holds the decision at lean yes at most."
            caps.append(("lean yes", why, lift))
    for d in numbers:
        lift = f"Explain the changed number ({d.summary}): until then, lean yes at most."
        caps.append(("lean yes", f"a number changed: {d.summary}", lift))
    below = [v.label for v in verdicts if v.signal and v.signal not in ("yes", "strong yes")]
    if below:
        lift = (
            f"Strong yes needs every round at yes or better; not yet: the {', the '.join(below)}."
        )
        caps.append(("yes", "strong yes needs every round at yes or better", lift))
    return caps


def _route_up(verdicts: list[RoundVerdict], rounds: list[ReportData], mean: float) -> list[str]:
    """How far the mean must rise for the next label, and the round that could carry it."""
    base = label_for(mean)
    if base == "strong yes":
        return []
    bound = next(b for b, n in DECISION_BOUNDS if n == base)
    nxt = DECISIONS[DECISIONS.index(base) + 1]
    rated = [(v, d) for v, d in zip(verdicts, rounds, strict=True) if v.overall is not None]
    weakest, data = min(rated, key=lambda pair: pair[0].overall or 0)
    target = (weakest.overall or 0) + (bound - mean) * len(rated)
    if target > 5:
        return [
            f"To reach {nxt}: the mean must rise from {mean:.2f} to {bound:g}, more than any one "
            + "round can carry: several rounds must improve."
        ]
    scored = [c for c in data.round_score.criteria if c.score is not None]
    crit = min(scored, key=lambda c: c.score or 0) if scored else None
    on = f" (its weakest: {crit.name} {crit.score:.1f})" if crit is not None else ""
    return [
        f"To reach {nxt}: raise the {weakest.label} from {weakest.overall:.1f} to {target:.1f}"
        + f"{on}, and the mean crosses {bound:g}."
    ]


def _close_call(mean: float) -> list[str]:
    """A mean just over its label's lower line: one weaker round moves the decision down."""
    base = label_for(mean)
    lower = next((b for b, _ in reversed(DECISION_BOUNDS) if b <= mean), None)
    if lower is None or mean - lower >= 0.2:
        return []
    below = DECISIONS[DECISIONS.index(base) - 1]
    return [
        f"It is close to {below}: the mean ({mean:.2f}) is {mean - lower:.2f} above that line, "
        + "so one weaker round moves it down."
    ]


def debrief(
    rounds: list[ReportData], *, plan: InterviewPlan | None = None, loop_id: str | None = None
) -> Debrief:
    """The committee's reading of ``rounds`` (in the order they ran)."""
    plan = plan or next((d.session.plan for d in rounds if d.session.plan), None)
    verdicts = [verdict(d) for d in rounds]
    numbers = _number_disagreements(rounds, plan)
    out = Debrief(
        loop_id=loop_id,
        company=plan.company if plan else None,
        role=plan.role if plan else None,
        decision=None,
        rounds=verdicts,
        disagreements=_criteria_disagreements(rounds) + numbers + _signal_split(verdicts),
        scorers=sorted({str(v.scorer) for v in verdicts if v.scorer}),
    )
    rated = [v.overall for v in verdicts if v.overall is not None]
    if not rated:
        out.would_change = ["Nothing was scored: answer at least one question in a round."]
        return out
    mean = round(sum(rated) / len(rated), 2)
    base = label_for(mean)
    rank = DECISIONS.index
    binding = [cap for cap in _caps(verdicts, numbers) if rank(cap[0]) < rank(base)]
    decision = min((cap[0] for cap in binding), key=DECISIONS.index, default=base)
    out.decision, out.mean, out.base = decision, mean, base
    out.caps = [why for _, why, _ in binding]
    if binding:
        out.would_change = list(dict.fromkeys(lift for _, _, lift in binding))
    else:
        out.would_change = _route_up(verdicts, rounds, mean) + _close_call(mean)
    return out
