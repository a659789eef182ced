"""`rounds` and `persona`: what the notes say the loop is, and who interviews in each round."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    ModelFlags,
    NotesArg,
    RoundOpt,
    app,
    fail,
    friendly,
    model_options,
)
from .plans import HeuristicOpt, check_round, load_plan, plan_for

# ------------------------------------------------------------------ rounds


@app.command()
@friendly
@model_options
def rounds(
    notes: NotesArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
    save: Annotated[
        Path | None,
        typer.Option("--save", help="Write the plan to this .yaml or .json file to edit."),
    ] = None,
    llm: Annotated[
        bool,
        typer.Option("--llm", help="Let the model read the notes, failing if it cannot."),
    ] = False,
    heuristic: HeuristicOpt = False,
    *,
    flags: ModelFlags,
) -> None:
    """Read your notes and show the interview plan: rounds, interviewers, focus points.

    With a model configured (a key, or a keyless --base-url) the model reads the notes and the
    plan is cached; --heuristic uses the offline parser, which is also the fallback.

    Example: mockloop rounds fixtures/notes/fireworks-fdpm.md --save plan.yaml
    """
    if llm:
        from mockloop.notes.llm_plan import plan_with_model
        from mockloop.notes.source import read_notes_text

        text = read_notes_text(notes).removeprefix("\ufeff")  # one-line errors, bounded read
        settings = flags.settings()
        from mockloop.llm.settings import has_credentials

        if not has_credentials(settings):
            fail(
                f"{settings.api_key_env} is not set: export it, or drop --llm to use the parser", 1
            )
        plan, _ = plan_with_model(text, settings, str(notes))
    elif heuristic:
        plan = load_plan(notes)
    else:
        plan = plan_for(notes, flags.settings())
    if save is not None:
        from mockloop.notes.plan import save_plan

        if save.expanduser().resolve() == notes.expanduser().resolve():
            fail(f"--save {save} would overwrite the notes it reads: pick another file", 2)
        save_plan(plan, save)
    if as_json:
        typer.echo(plan.model_dump_json(indent=2))
        return
    from .views import print_plan

    print_plan(plan)
    if save is not None:
        typer.echo(f"Plan saved to {save}: edit it, then pass it instead of the notes.")


# ------------------------------------------------------------------ persona


@app.command()
@friendly
def persona(
    notes: NotesArg,
    round_id: RoundOpt = None,
    questions: Annotated[
        int | None,
        typer.Option("--questions", "-n", min=1, max=20, help="Main questions on the agenda."),
    ] = None,
) -> None:
    """Print the interviewer's system prompt for a round, exactly as a live model receives it
    (the persona, then the turn protocol), then the session's agenda, which a live session
    sends one question at a time in the note that asks it.

    Example: mockloop persona fixtures/notes/fireworks-fdpm.md --round technical
    """
    from mockloop.interview.session import live_system_prompt

    plan = load_plan(notes)
    from mockloop.text import printable

    typer.echo(
        printable(live_system_prompt(plan, check_round(plan, round_id), questions)), nl=False
    )
