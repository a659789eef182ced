"""What every report format shows of practice: a question's attempts side by side (coach mode's
/retry) and the assessed reverse interview, as plain rows each format renders its own way."""

from __future__ import annotations

from typing import NamedTuple

from mockloop.records import Rubric
from mockloop.scoring.aggregate import SegmentScore, aggregate
from mockloop.scoring.reverse import AskedQuestion, ReverseInterview


class AttemptTable(NamedTuple):
    """One question answered more than once: a row per criterion, a column per attempt."""

    label: str  # "Q1 · the question"
    heads: list[str]  # "Attempt 1", "Attempt 2", …, "Change"
    rows: list[list[str]]  # criterion name, each attempt's score, "2 → 4"


def attempt_tables(attempts: list[SegmentScore], rubric: Rubric) -> list[AttemptTable]:
    """Every question with two attempts or more; criteria a question does not probe left out."""
    by_question: dict[int, list[SegmentScore]] = {}
    for score in sorted(attempts, key=lambda s: (s.question_index, s.attempt)):
        by_question.setdefault(score.question_index, []).append(score)
    tables = []
    for index, group in sorted(by_question.items()):
        if len(group) < 2:
            continue
        heads = [f"Attempt {s.attempt}" for s in group] + ["Change"]
        rows = []
        for criterion in rubric.criteria:
            cells = [_cell(s, criterion.id) for s in group]
            if all(c == "—" for c in cells):
                continue
            rows.append([criterion.name, *cells, _change(cells[0], cells[-1])])
        overall = [_overall(rubric, s) for s in group]
        rows.append(["Overall (weighted)", *overall, _change(overall[0], overall[-1])])
        tables.append(AttemptTable(f"Q{index + 1} · {group[-1].question_text}", heads, rows))
    return tables


def _cell(score: SegmentScore, criterion_id: str) -> str:
    if score.status != "scored" or criterion_id in score.not_assessed:
        return "—"
    found = next((c for c in score.criteria if c.criterion_id == criterion_id), None)
    return str(found.score) if found else "—"


def _overall(rubric: Rubric, score: SegmentScore) -> str:
    value = aggregate(rubric, [score]).overall
    return f"{value:.1f}" if value is not None else "—"


def _change(first: str, last: str) -> str:
    return f"{first} → {last}" if "—" not in (first, last) else "—"


# ---------------------------------------------------------------- the reverse interview


def reverse_summary(rev: ReverseInterview) -> list[tuple[str, str]]:
    """The headline facts: the two scores, the priorities, the suggestion from the notes."""
    rows = [
        ("Questions asked", str(len(rev.questions))),
        ("Tailored to the company and your notes", _five(rev.tailored)),
        ("Depth (not what a quick search answers)", _five(rev.depth)),
        ("What they show you care about", ", ".join(rev.priorities) or "—"),
    ]
    if rev.suggestion:
        where = f" (your notes, line {rev.suggestion_line})" if rev.suggestion_line else ""
        rows.append(("Ask next time", f"“{rev.suggestion}”{where}"))
    return rows


def question_why(q: AskedQuestion) -> str:
    """Why a question scored as it did, in one line built from what was found in it."""
    parts = [f"ties: {'; '.join(q.ties)}" if q.ties else "names nothing from your notes"]
    parts.append(f"asks about {', '.join(q.depth)}" if q.depth else "no trade-off or decision")
    if q.searchable:
        parts.append(q.searchable)
    return " · ".join(parts)


def _five(value: int | None) -> str:
    return f"{value} / 5" if value is not None else "—"


REVERSE_HEADS = ["Your question", "Tailored", "Depth", "Why"]


def reverse_rows(rev: ReverseInterview) -> list[list[str]]:
    return [
        [q.text, str(q.tailored_score), str(q.depth_score), question_why(q)] for q in rev.questions
    ]
