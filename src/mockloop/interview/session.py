"""Wire a plan, a round and an interviewer into a stored session, new or resumed."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from mockloop.catalog.library import round_for
from mockloop.catalog.persona import Persona, interviewer_name, plan_round, render_persona
from mockloop.catalog.prompts import text_hash
from mockloop.errors import StoreError
from mockloop.notes.bounds import bounded_plan
from mockloop.records import AgendaQuestion, InterviewPlan
from mockloop.store.db import Store

from .agenda import build_agenda
from .turns import Context, Interviewer


@dataclass
class Prepared:
    session_id: str
    ctx: Context
    persona: Persona
    coach: bool = False  # coach mode: feedback after each question, /retry and /next


def _agenda(plan: InterviewPlan, round_id: str, questions: int | None) -> list[AgendaQuestion]:
    return build_agenda(
        round_for(plan, round_id),
        plan_round(plan, round_id),
        company=plan.company or "the company",
        role=plan.role or "this role",
        count=questions,
    )


def live_system_prompt(plan: InterviewPlan, round_id: str, questions: int | None = None) -> str:
    """What a live session on this plan sends as its system prompt, then the agenda that its
    director notes hand out one question at a time (`mockloop persona`)."""
    from mockloop.interview.interviewers.live import agenda_text, system_prompt

    ctx = Context(plan=plan, round_id=round_id, persona=render_persona(plan, round_id).text,
                  agenda=_agenda(plan, round_id, questions))  # fmt: skip
    return system_prompt(ctx) + "\n" + agenda_text(ctx) + "\n"


def start_session(
    store: Store,
    plan: InterviewPlan,
    round_id: str,
    *,
    mode: str,
    model: str | None = None,
    questions: int | None = None,
    max_follow_ups: int = 2,
    minutes: float | None = None,
    endpoint: dict[str, Any] | None = None,
    agenda: list[AgendaQuestion] | None = None,
    coach: bool = False,
    brief: str | None = None,
    loop: tuple[str, int] | None = None,
    case_document: str | None = None,  # a take-home answer the persona holds, fenced
) -> Prepared:
    """A new stored session. ``endpoint`` (provider, base URL, models, the key's variable
    name, never the key) is kept so ``--resume`` talks to the same model. ``agenda``: exactly
    these main questions (a drill) instead of the round's usual choice. ``brief``: text that
    follows the persona in the system prompt (a loop's brief of its earlier rounds); ``loop``:
    the loop id and the round's position in it."""
    persona = render_persona(plan, round_id, case_document)
    if brief:
        text = persona.text.rstrip() + "\n\n" + brief.strip() + "\n"
        persona = persona.model_copy(update={"text": text, "prompt_hash": text_hash(text)})
    agenda = agenda or _agenda(plan, round_id, questions)
    settings: dict[str, Any] = {"max_follow_ups": max_follow_ups, "minutes": minutes}
    if coach:
        settings["coach"] = True
    if endpoint:
        settings["endpoint"] = endpoint
    session_id = store.create_session(
        round_id=round_id,
        mode=mode,
        plan=bounded_plan(plan),  # what the persona was rendered from, at a size a row can carry
        persona=persona.text,
        prompt_hash=persona.prompt_hash,
        agenda=[q.model_dump() for q in agenda],
        model=model,
        settings=settings,
        loop=loop,
    )
    ctx = Context(
        plan=plan,
        round_id=round_id,
        persona=persona.text,
        agenda=agenda,
        max_follow_ups=max_follow_ups,
        deadline=time.monotonic() + minutes * 60 if minutes else None,
    )
    return Prepared(session_id, ctx, persona, coach)


def resume_session(store: Store, session_id: str) -> Prepared:
    """The stored persona, agenda and turns, exactly as the session left them."""
    info = store.session(session_id)
    if info.plan is None:  # pragma: no cover - session() always loads the plan
        raise StoreError(f"session {session_id} has no plan")
    row = store.session_row(session_id)
    settings = store.settings(session_id)
    agenda = store.agenda(session_id)
    ctx = Context(
        plan=info.plan,
        round_id=info.round,
        persona=row["persona"],
        agenda=agenda,
        turns=store.turns(session_id),
        max_follow_ups=int(settings.get("max_follow_ups", 2)),
    )
    persona = Persona(
        round_id=info.round,
        interviewer=interviewer_name(info.plan, info.round),
        text=row["persona"],
        prompt_hash=info.prompt_hash,
    )
    return Prepared(session_id, ctx, persona, bool(settings.get("coach")))


def offline_interviewer(prepared: Prepared) -> Interviewer:
    from mockloop.interview.interviewers.offline import OfflineInterviewer

    return OfflineInterviewer.for_context(prepared.ctx, prepared.persona.interviewer)
