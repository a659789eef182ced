"""Plan + catalog round → the interviewer's system prompt.

The rendered text is the exact system prompt a model receives. It holds nothing that
changes between turns (no time, no counters), so providers' prefix caches can reuse it.
"""

from __future__ import annotations

from pydantic import BaseModel

from mockloop.records import InterviewPlan, PlanRound
from mockloop.text import map_strings

from . import prompts
from .library import load_round, round_for


class Persona(BaseModel):
    round_id: str
    interviewer: str
    text: str
    prompt_hash: str


def plan_round(plan: InterviewPlan, round_id: str) -> PlanRound:
    """The plan's round, or the catalog's bare round when the notes never mention it."""
    found = plan.round(round_id)
    if found is not None:
        return found
    spec = load_round(round_id).spec
    return PlanRound(id=round_id, title=spec.title, kind=round_id, interviewer=spec.interviewer)


def interviewer_name(plan: InterviewPlan | None, round_id: str) -> str:
    """Who interviews in this round: the notes' name, else the catalog's, else "Interviewer"."""
    if plan is not None:
        found = plan.round(round_id)
        if found is not None and found.interviewer:
            return found.interviewer
    try:
        return round_for(plan, round_id).spec.interviewer or "Interviewer"
    except Exception:  # noqa: BLE001 - a session from a round the catalog no longer has
        return "Interviewer"


def render_persona(plan: InterviewPlan, round_id: str, case_document: str | None = None) -> Persona:
    """Render the round's persona; text from the notes is neutralised so it cannot close <notes>.
    ``case_document``: the candidate's written take-home answer, fenced as data for the persona
    of a take-home defence (neutralised the same way)."""
    from mockloop.notes.bounds import bounded_plan

    plan = InterviewPlan.model_validate(
        map_strings(prompts.neutralise, bounded_plan(plan).model_dump())
    )
    catalog_round = round_for(plan, round_id)
    spec = catalog_round.spec
    this_round = plan_round(plan, round_id)
    text = prompts.render(
        catalog_round.persona_template,
        company=prompts.label(plan.company or "") or "the company",
        role=prompts.label(plan.role or "") or "the role",
        round=this_round,
        spec=spec,
        topic=catalog_round.topic,
        interviewer=interviewer_name(plan, round_id),
        pitch=plan.pitch,
        candidate_questions=plan.candidate_questions,
        logistics=plan.logistics,
        research=plan.research,
        other_rounds=[r for r in plan.rounds if r.id != round_id],
        minutes=spec.minutes,
        case_document=prompts.neutralise(case_document) if case_document else None,
    )
    text = text.strip() + "\n"
    return Persona(
        round_id=round_id,
        interviewer=interviewer_name(plan, round_id),
        text=text,
        prompt_hash=prompts.text_hash(text),
    )
