"""`case`: the take-home case. `mockloop case NOTES` writes a brief grounded in the notes,
`mockloop case grade ANSWER.md` grades the written answer; `mockloop interview … --case-file`
(defence_inputs, below) rehearses its defence."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .common import (
    ModelFlags,
    NotesArg,
    app,
    emit,
    fail,
    friendly,
    judge_settings,
    live_settings,
    model_options,
)
from .plans import check_round, load_plan, plan_for


class _BriefByDefault(TyperGroup):
    """`mockloop case NOTES` is `mockloop case brief NOTES`: anything but a subcommand's name
    (or --help) is the brief's arguments."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["brief", *args]
        return super().parse_args(ctx, args)


case_app = typer.Typer(
    name="case",
    cls=_BriefByDefault,
    no_args_is_help=True,
    rich_markup_mode=None,
    help=(
        "The take-home case: a brief grounded in your notes (`mockloop case NOTES`, the same as "
        "`mockloop case brief NOTES`), then grading your written answer (`mockloop case grade "
        "ANSWER.md`). Rehearse its defence with `mockloop interview NOTES --round take-home "
        "--case-file ANSWER.md`.\n\n"
        "Example: mockloop case fixtures/notes/fireworks-fdpm.md -o brief.md --offline"
    ),
)
app.add_typer(case_app)

OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="No model: the offline case bank and heuristic scorer.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]


def _take_home(plan: Any) -> str:
    """The plan's take-home round, else the bare take-home kind."""
    return next((r.id for r in plan.rounds if r.kind_id == "take-home"), "take-home")


@case_app.command("brief")
@friendly
@model_options
def brief(
    notes: NotesArg,
    round_id: Annotated[
        str | None,
        typer.Option("--round", "-r", help="The round the case is for (default: the take-home)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the brief to this file.")
    ] = None,
    offline: OfflineOpt = False,
    variant: Annotated[
        int,
        typer.Option(
            "--variant", min=1, max=9, help="Offline: the Nth best-fitting case (1: the best)."
        ),
    ] = 1,
    as_json: JsonOpt = False,
    *,
    flags: ModelFlags,
) -> None:
    """Write a case brief for a round, grounded in your notes: a customer, the situation, its
    constraints and what to deliver, each deliverable tied to the notes' focus point it answers.

    Offline (or with no key): the best-fitting case from the bank for the round's kind and your
    role (prompts/cases/), filled with the company and role. With a model configured the model
    drafts the case; if it fails, the bank's case is used and one line says so.

    Example: mockloop case fixtures/notes/fireworks-fdpm.md -o brief.md --offline
    """
    from mockloop.case.brief import drafted_brief, offline_brief, render_markdown
    from mockloop.text import printable

    settings = live_settings(
        flags, offline, judging=False,
        note="mockloop: {env} is not set: the brief comes from the offline case bank. Pass --offline to hide this note.",
    )  # fmt: skip
    if settings is not None:
        _require_key(settings)
    plan = plan_for(notes, settings, cached_only=True) if settings else load_plan(notes)
    chosen = check_round(plan, round_id or _take_home(plan))
    if settings is None:
        case = offline_brief(plan, chosen, variant)
    else:
        case, why = drafted_brief(plan, chosen, settings, variant)
        if why:
            typer.echo(f"mockloop: the model could not draft the case ({printable(why)}): "
                       "using the offline case bank", err=True)  # fmt: skip
    if as_json or (output is not None and output.suffix.lower() == ".json"):
        emit(case.model_dump_json(indent=2) + "\n", output)
    else:
        emit(render_markdown(case, str(notes)), output)
    if case.source == "bank":
        typer.echo(
            f"mockloop: case {case.case_id} from the offline {case.bank} bank; "
            f"--variant {variant % 9 + 1} gives another", err=True,
        )  # fmt: skip


def _require_key(settings: Any) -> None:
    from mockloop.llm.settings import has_credentials

    if not has_credentials(settings):
        fail(f"{settings.api_key_env} is not set: export it, or pass --offline", 1)


@case_app.command("grade")
@friendly
@model_options
def grade(
    answer: Annotated[
        Path,
        typer.Argument(help="Your written answer (Markdown or plain text).", show_default=False),
    ],
    plan_path: Annotated[
        Path | None,
        typer.Option(
            "--plan", help="Your notes or plan: the company, role and pitch the judge may use."
        ),
    ] = None,
    as_json: JsonOpt = False,
    offline: OfflineOpt = False,
    *,
    flags: ModelFlags,
) -> None:
    """Grade a written take-home answer against the case rubric: problem framing, assumptions,
    solution and trade-offs, onboarding plan, success metrics and expansion, communication;
    each with evidence quoted verbatim from the document.

    Offline (or with no key): the heuristic scorer on the sections each criterion covers. With
    a model configured: the LLM judge on the whole document, its quotes checked against it.

    Example: mockloop case grade answer.md --plan fixtures/notes/fireworks-fdpm.md --offline
    """
    from mockloop.case.document import read_document
    from mockloop.case.grade import grade_live, grade_offline, render_text
    from mockloop.text import printable

    document = read_document(answer)
    plan = load_plan(plan_path) if plan_path is not None else None
    settings = judge_settings(flags, offline)
    if settings is None:
        result = grade_offline(document)
    else:
        _require_key(settings)
        result, why = grade_live(document, settings, plan)
        if why:
            typer.echo(f"mockloop: the judge could not grade the document ({printable(why)}): "
                       "heuristic scores instead", err=True)  # fmt: skip
    if as_json:
        typer.echo(printable(result.model_dump_json(indent=2)))
    else:
        typer.echo(printable(render_text(result)), nl=False)


def defence_inputs(
    case_file: Path, plan: Any, round_id: str, questions: int | None
) -> tuple[list[Any], str]:
    """(agenda, document) for `mockloop interview --case-file`: the defence of a take-home
    answer, asked about its own assumptions, trade-offs and numbers."""
    from mockloop.case.defence import defence_agenda, persona_document
    from mockloop.case.document import read_document
    from mockloop.errors import UsageError

    this = plan.round(round_id)
    kind = this.kind_id if this is not None else round_id
    if kind != "take-home":
        raise UsageError(
            f"--case-file defends a take-home answer, and {round_id!r} is a {kind} round: "
            f"use --round {_take_home(plan)}"
        )
    document = read_document(case_file)
    return defence_agenda(document, questions), persona_document(document)
