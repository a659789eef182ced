"""What a loop's brief and its committee both read from a round: the round's name as an
interviewer says it, and the answers given in it (and in the pitch) as the story bank reads them."""

from __future__ import annotations

from mockloop.practice.stories import ToldAnswer
from mockloop.records import InterviewPlan
from mockloop.report.data import ReportData
from mockloop.scoring.aggregate import segments_from_turns

PITCH = "pitch"  # the session id and round the pitch's claims are filed under
_ROUND_NOUNS = frozenset({"screen", "conversation", "review", "interview", "round", "call", "chat"})


def round_label(plan: InterviewPlan | None, round_id: str) -> str:
    """'recruiter screen', 'PM fundamentals round', 'Bug Squash round': the catalog's title for a
    round of a known kind (the notes' titles are often '1st round'), the notes' for a custom one."""
    from mockloop.catalog.library import round_for
    from mockloop.errors import MockloopError

    planned = plan.round(round_id) if plan is not None else None
    try:
        title = round_for(plan, round_id).spec.title
    except MockloopError:
        title = planned.title if planned else round_id
    if planned is not None and planned.kind_id == "custom":
        title = planned.title
    elif title[:2] != title[:2].upper():
        title = title[:1].lower() + title[1:]
    last = title.split()[-1].lower() if title.split() else ""
    return title if last in _ROUND_NOUNS else f"{title} round"


def told_answers(data: ReportData) -> list[ToldAnswer]:
    """One answer per question asked in the session (its follow-ups' answers with it), the last
    attempt of a retried one, in question order."""
    info = data.session
    asked = {s.question_index: s.question_text for s in data.segments}
    plan = info.plan
    this = plan.round(info.round) if plan is not None else None
    out = []
    for segment in segments_from_turns(data.turns, []):  # each question as the transcript asked it
        out.append(
            ToldAnswer(
                text="\n".join(e.answer for e in segment.exchanges),
                question=asked.get(segment.question_index) or segment.question.text,
                session_id=info.id,
                started_at=info.started_at,
                round=info.round,
                kind=this.kind_id if this is not None else info.round,
                company=plan.company if plan is not None else None,
                attempt=segment.attempt,
            )
        )
    return out


def pitch_answers(plan: InterviewPlan | None) -> list[ToldAnswer]:
    """The pitch blocks of the notes, filed before every round, so a number that changed
    between the pitch and an answer is found like one that changed between two rounds."""
    if plan is None:
        return []
    return [
        ToldAnswer(
            text=block.text,
            question=block.title,
            session_id=PITCH,
            started_at="",
            round=PITCH,
            kind=PITCH,
            company=plan.company,
        )
        for block in plan.pitch
    ]
