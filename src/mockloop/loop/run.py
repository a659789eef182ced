"""`mockloop loop`: the plan's rounds in order, each an ordinary stored session linked to the loop,
each later one briefed on the earlier ones and probing what the candidate said there.

A round runs through `interview`'s own machinery (run_interview), so every turn is on disk before
the next prompt and a stopped round resumes at its question. Between rounds the loop pauses on a
terminal (Enter goes on, /stop stops); with piped input it goes straight on. A loop stops when a
round does not end (end of input, Ctrl-C, a model failure) or at /stop, and `--resume` picks it up
at that round and question.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from rich.console import Console
from rich.markup import escape

from mockloop.catalog.persona import plan_round
from mockloop.errors import UsageError
from mockloop.records import AgendaQuestion, InterviewPlan
from mockloop.store.db import Store
from mockloop.store.loops import LoopInfo, create_loop, load_loop, set_loop_status
from mockloop.text import printable

from .brief import brief_text, build_brief
from .evidence import round_label
from .probes import PROBE_PREFIX, probes, with_probes

if TYPE_CHECKING:
    from mockloop.interview.ui import TerminalConsole
    from mockloop.llm.settings import Settings

FINAL_KINDS = frozenset({"executive", "cofounders"})
Pause = Callable[[str], bool]  # shows the line before a round; False: the candidate stopped


@dataclass
class LoopOptions:
    """What every round of the loop is run with (stored, so a resumed loop keeps it)."""

    questions: int | None = None
    follow_ups: int = 2
    minutes: float | None = None
    case_file: str | None = None  # a take-home answer the take-home round defends
    case_text: str | None = None


@dataclass
class LoopOutcome:
    loop_id: str
    status: Literal["ended", "stopped"]
    done: int
    total: int


def start_loop(
    plan: InterviewPlan, rounds: list[str], settings: Settings | None, options: LoopOptions
) -> str:
    """A new stored loop over ``rounds``; nothing is asked yet."""
    from mockloop.interview.run import endpoint_of
    from mockloop.notes.bounds import bounded_plan

    stored: dict[str, Any] = {
        "questions": options.questions,
        "follow_ups": options.follow_ups,
        "minutes": options.minutes,
    }
    if settings is not None:
        stored["endpoint"] = endpoint_of(settings)
    if options.case_text is not None:  # kept whole: a resumed loop defends what it started with
        stored["case"] = {"path": options.case_file or "", "text": options.case_text}
    with Store() as store:
        mode = "llm" if settings is not None else "offline"
        return create_loop(store, bounded_plan(plan), rounds, mode=mode, settings=stored)


def terminal_pause(out: Console) -> Pause:
    """On a terminal: wait for Enter, or /stop. Piped input goes straight on (a pause would eat
    an answer), saying so."""

    def pause(line: str) -> bool:
        if not sys.stdin.isatty():
            out.print(
                f"\n[bold]{escape(line)}[/] [dim](input is piped: starting now)[/]", soft_wrap=True
            )
            return True
        out.print(f"\n[bold]{escape(line)}[/]", soft_wrap=True)
        try:
            reply = input("› ")
        except (EOFError, KeyboardInterrupt):
            return False
        return reply.strip().lower() != "/stop"

    return pause


def run_loop(
    loop_id: str,
    *,
    settings: Settings | None = None,
    offline: bool = False,
    overrides: dict[str, Any] | None = None,
    resuming: bool = False,
    pause: Pause | None = None,
    out: Console | None = None,
    console_for: Callable[[str], TerminalConsole] | None = None,
) -> LoopOutcome:
    """Run (or continue) a stored loop until it ends or stops. ``settings``: the endpoint of a new
    loop; a resumed one talks to its own stored endpoint (flags in ``overrides`` beat it) unless
    ``offline``. ``console_for``: the console for a round, by interviewer (tests)."""
    from mockloop.store.file import SessionLock

    out = out or Console(highlight=False)
    pause = pause or terminal_pause(out)
    store = Store()
    try:
        with SessionLock(store.directory, loop_id):
            info = load_loop(store, loop_id)
            if info.status == "ended":
                raise UsageError(
                    f"loop {loop_id} has ended: see it with `mockloop debrief {loop_id}` or "
                    f"`mockloop report {loop_id}`, or start a new one with `mockloop loop NOTES`"
                )
            if resuming:
                settings = _loop_settings(info, overrides or {}, offline)
            return _run(store, info, settings, offline, overrides or {}, pause, out, console_for)
    finally:
        store.close()


def _loop_settings(info: LoopInfo, overrides: dict[str, Any], offline: bool) -> Settings | None:
    """A live loop resumes live on the endpoint it started with; an offline one offline."""
    if offline or info.mode != "llm":
        return None
    from mockloop.interview.run import endpoint_settings

    return endpoint_settings(info.settings.get("endpoint") or {}, overrides)


def _run(
    store: Store,
    info: LoopInfo,
    settings: Settings | None,
    offline: bool,
    overrides: dict[str, Any],
    pause: Pause,
    out: Console,
    console_for: Callable[[str], TerminalConsole] | None,
) -> LoopOutcome:
    total = len(info.rounds)
    ended = [p for p, sid in info.sessions.items() if store.session(sid).status == "ended"]
    start = next((p for p in range(total) if p not in ended), total)
    _say(out, _header(info, settings, start))
    set_loop_status(store, info.id, "active")
    for position in range(start, total):
        round_id = info.rounds[position]
        label = round_label(info.plan, round_id)
        if position > start and not pause(_next_line(info, position)):
            return _stopped(store, info, out, position, f"stopped before the {label}")
        info = load_loop(store, info.id)  # the sessions of the rounds run so far
        _run_round(store, info, position, settings, offline, overrides, console_for)
        session_id = load_loop(store, info.id).sessions.get(position)
        if session_id is None or store.session(session_id).status != "ended":
            return _stopped(store, info, out, position, f"stopped in the {label}")
    set_loop_status(store, info.id, "ended")
    _say(
        out,
        f"Loop {info.id} finished: {total} rounds. The committee's debrief follows; "
        f"every round in one file: mockloop report {info.id} -o loop.html",
    )
    return LoopOutcome(info.id, "ended", total, total)


def _run_round(
    store: Store,
    info: LoopInfo,
    position: int,
    settings: Settings | None,
    offline: bool,
    overrides: dict[str, Any],
    console_for: Callable[[str], TerminalConsole] | None,
) -> None:
    """One round: the stopped session resumed at its question, or a new one, briefed."""
    from mockloop.catalog.persona import interviewer_name
    from mockloop.interview.run import InterviewStopped, run_interview

    round_id = info.rounds[position]
    console = console_for(interviewer_name(info.plan, round_id)) if console_for else None
    hint = f"mockloop loop --resume {info.id}"
    options = info.settings
    common: dict[str, Any] = {
        "overrides": overrides,
        "offline": offline,
        "console": console,
        "resume_hint": hint,
    }
    try:
        existing = info.sessions.get(position)
        if existing is not None:
            run_interview(plan=None, round_id=None, settings=None, resume=existing, **common)
            return
        agenda, brief, case_document = _briefed_agenda(store, info, position)
        run_interview(
            plan=info.plan,
            round_id=round_id,
            settings=settings,
            questions=options.get("questions"),
            follow_ups=int(options.get("follow_ups", 2)),
            minutes=options.get("minutes"),
            agenda=agenda,
            brief=brief,
            loop_round=(info.id, position),
            case_document=case_document,
            **common,
        )
    except InterviewStopped:
        set_loop_status(store, info.id, "stopped")
        raise


def _briefed_agenda(
    store: Store, info: LoopInfo, position: int
) -> tuple[list[AgendaQuestion], str | None, str | None]:
    """The round's agenda with the probes of the earlier rounds after its opener, the brief for a
    live interviewer's system prompt (None for the first round), and the take-home answer the
    round defends (the take-home round of a loop started with --case-file)."""
    from mockloop.report.load import load_report

    plan, round_id = info.plan, info.rounds[position]
    agenda, case_document = _agenda(info, round_id)
    earlier_ids = [info.sessions[p] for p in range(position) if p in info.sessions]
    if not earlier_ids:
        return agenda, None, case_document
    earlier = [load_report(store, sid) for sid in earlier_ids]
    kind = plan_round(plan, round_id).kind_id
    final = kind in FINAL_KINDS or (position == len(info.rounds) - 1 and position > 0)
    agendas = {sid: store.agenda(sid) for sid in earlier_ids}
    brief = build_brief(plan, earlier, final, agendas)
    probed = [q.text for sid in earlier_ids for q in agendas[sid] if q.id.startswith(PROBE_PREFIX)]
    return with_probes(agenda, probes(brief, probed)), brief_text(brief), case_document


def _agenda(info: LoopInfo, round_id: str) -> tuple[list[AgendaQuestion], str | None]:
    """The round's usual agenda, or for the take-home round of a loop with a case file the
    defence of that document (case/defence.py), with the document for the persona."""
    from mockloop.catalog.library import round_for
    from mockloop.interview.agenda import build_agenda

    plan, count = info.plan, info.settings.get("questions")
    case = info.settings.get("case")
    if case and plan_round(plan, round_id).kind_id == "take-home":
        from mockloop.case.defence import defence_agenda, persona_document
        from mockloop.case.document import parse_document

        document = parse_document(case["text"], case.get("path", ""))
        return defence_agenda(document, count), persona_document(document)
    agenda = build_agenda(
        round_for(plan, round_id),
        plan_round(plan, round_id),
        company=plan.company or "the company",
        role=plan.role or "this role",
        count=count,
    )
    return agenda, None


def _header(info: LoopInfo, settings: Settings | None, start: int) -> str:
    mode = f"live · {settings.model}" if settings is not None else "offline"
    company = info.plan.company or "your loop"
    if start == 0:
        order = " → ".join(info.rounds)
        return f"Loop {info.id} · {company} · {len(info.rounds)} rounds: {order} · {mode}"
    label = round_label(info.plan, info.rounds[start])
    where = f"resuming at round {start + 1} of {len(info.rounds)}, the {label}"
    return f"Loop {info.id} · {company} · {where} · {mode}"


def _next_line(info: LoopInfo, position: int) -> str:
    from mockloop.catalog.persona import interviewer_name

    label = round_label(info.plan, info.rounds[position])
    who = interviewer_name(info.plan, info.rounds[position])
    return (
        f"Round {position + 1} of {len(info.rounds)} next: the {label} with {who} · "
        "press Enter, or /stop"
    )


def _stopped(store: Store, info: LoopInfo, out: Console, position: int, why: str) -> LoopOutcome:
    set_loop_status(store, info.id, "stopped")
    _say(
        out,
        f"Loop {info.id} {why} (round {position + 1} of {len(info.rounds)}): continue "
        f"with `mockloop loop --resume {info.id}`",
    )
    return LoopOutcome(info.id, "stopped", position, len(info.rounds))


def _say(out: Console, line: str) -> None:
    out.print(f"[bold magenta]{escape(printable(line))}[/]", soft_wrap=True)
