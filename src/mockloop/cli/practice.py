"""`progress`, `drill` and `stories`: practice across sessions, the scores over time per
criterion, interviews aimed at the weakest of them, and the stories told in the answers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import (
    FollowUpsOpt,
    ModelFlags,
    NotesArg,
    OfflineOpt,
    RoundOpt,
    app,
    emit,
    fail,
    format_for,
    friendly,
    live_settings,
    model_options,
    preflight_store,
    warn_skipped,
)
from .plans import HeuristicOpt, check_round, load_plan, plan_for

if TYPE_CHECKING:
    from mockloop.practice.drill import Pick
    from mockloop.records import AgendaQuestion

EMPTY = (
    "No scored sessions yet: run one (mockloop interview NOTES --offline) and progress shows "
    "your scores per criterion over time."
)


@app.command()
@friendly
def progress(
    round_id: Annotated[
        str | None,
        typer.Option("--round", "-r", help="Only this round kind or round id, e.g. behavioral."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write a page (.html, with a chart) or .json here."),
    ] = None,
) -> None:
    """Your scores per criterion and round across sessions, oldest first: a trend line, the
    change against your first sessions, the weakest criteria, and which scorer gave each score
    (heuristic and judge scores are never one series).

    Example: mockloop progress --round behavioral -o progress.html
    """
    from mockloop.practice.history import for_round, load_history, progress_json
    from mockloop.store.db import Store

    fmt = format_for("json" if as_json else None, output, ("terminal", "json", "html"), "terminal")
    if fmt == "terminal" and output is not None:
        fail(f"{output}: write progress as .html or .json", 2)
    with Store() as store:
        history = load_history(store)
        warn_skipped(store)
    if round_id is not None and history.sessions:
        history = for_round(history, round_id)
    if not history.series:
        typer.echo(EMPTY)
        return
    if fmt == "json":
        import json

        emit(json.dumps(progress_json(history), indent=2, ensure_ascii=False) + "\n", output)
    elif fmt == "html":
        from mockloop.practice.html import render_progress_html

        emit(render_progress_html(history), output)
    else:
        from mockloop.practice.terminal import print_progress

        print_progress(history)


NO_STORIES = (
    "No answers stored yet: run an interview (mockloop interview NOTES --offline) and stories "
    "collects the stories you tell."
)


@app.command()
@friendly
def stories(
    round_id: Annotated[
        str | None,
        typer.Option("--round", "-r", help="Only stories told in this round kind or round id."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the bank as .md or .json here."),
    ] = None,
) -> None:
    """The stories you tell across sessions (situation, action, result, numbers), where each was
    told, a story stretched over three or more different questions, and numbers that changed
    between sessions for the same thing ("team of 6" in one, "team of 12" in another).

    Example: mockloop stories --round behavioral -o stories.md
    """
    from mockloop.practice.answers import load_answers
    from mockloop.practice.stories import build_bank, only_round
    from mockloop.store.db import Store

    fmt = format_for("json" if as_json else None, output, ("terminal", "json", "md"), "terminal")
    if fmt == "terminal" and output is not None:
        fail(f"{output}: write stories as .md or .json", 2)
    with Store() as store:
        answers = load_answers(store)
        warn_skipped(store)
    if not answers:
        typer.echo(NO_STORIES)
        return
    bank = build_bank(answers)
    if round_id is not None:
        bank = only_round(bank, answers, round_id)
    if not bank.stories and not bank.contradictions:
        typer.echo(
            f"No stories in {bank.answers} answer{'s' if bank.answers != 1 else ''} yet: a story "
            "says what you did ('I led …') and what came of it (a result or a number)."
        )
        return
    if fmt == "json":
        import json

        emit(json.dumps(bank.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n", output)
    elif fmt == "md":
        from mockloop.practice.story_view import stories_markdown

        emit(stories_markdown(bank), output)
    else:
        from mockloop.practice.story_view import print_stories

        print_stories(bank)


@app.command()
@friendly
@model_options
def drill(
    notes: NotesArg,
    round_id: RoundOpt = None,
    count: Annotated[
        int, typer.Option("--questions", "-n", min=1, max=20, help="Questions to drill.")
    ] = 3,
    offline: OfflineOpt = False,
    follow_ups: FollowUpsOpt = 2,
    minutes: Annotated[
        float | None,
        typer.Option("--minutes", min=1, help="Start no new main question after this long."),
    ] = None,
    heuristic: HeuristicOpt = False,
    *,
    flags: ModelFlags,
) -> None:
    """Drill one round: N questions aimed at your weakest criteria in your stored sessions of
    that round kind, and at questions you have not practised yet; it says why it chose each,
    then interviews you on exactly those in coach mode (feedback after each question, /retry
    to answer again, /next to move on), live or --offline like `interview`.

    Example: mockloop drill fixtures/notes/fireworks-fdpm.md --round behavioral -n 3 --offline
    """
    from mockloop.interview.run import run_interview
    from mockloop.practice.drill import agenda_for, choose
    from mockloop.practice.history import kind_of, load_history
    from mockloop.store.db import Store

    settings = live_settings(
        flags, offline, judging=False,
        note="mockloop: {env} is not set: running the offline interviewer (deterministic, no "
        "network). Export {env} or pass --provider for a live model.",
    )  # fmt: skip
    plan = load_plan(notes) if heuristic else plan_for(notes, settings, cached_only=True)
    chosen = check_round(plan, round_id)
    with Store() as store:
        history = load_history(store)
        warn_skipped(store)
    picks = choose(plan, chosen, history, count)
    if not picks:
        fail(f"the {chosen} round has no bank questions to drill", 1)
    agenda = agenda_for(picks, plan)
    weak = bool(history.weakest(kind_of(plan, chosen)))
    _say_why(picks, agenda, chosen, count, weak)

    preflight_store()
    run_interview(
        plan=plan,
        round_id=chosen,
        settings=settings,
        overrides=None,
        offline=offline,
        follow_ups=follow_ups,
        minutes=minutes,
        agenda=agenda,
        coach=True,
    )


def _say_why(
    picks: list[Pick], agenda: list[AgendaQuestion], round_id: str, count: int, weak: bool
) -> None:
    """The drill's questions and why each was chosen, before the first one is asked."""
    from mockloop.text import printable

    lines = [f"Drill · {round_id} · {len(picks)} question{'s' if len(picks) != 1 else ''}"]
    if len(picks) < count:
        lines[0] += f" (the round's bank holds {len(picks)})"
    if not weak:
        lines.append(
            "  no weak criteria on record for this round yet: questions not practised first"
        )
    for n, (pick, question) in enumerate(zip(picks, agenda), 1):
        lines.append(f"  {n}. {question.text}")
        lines.append(f"     why: {'; '.join(pick.reasons)}")
    typer.echo(printable("\n".join(lines)))
