"""`feedback`, `score` and `calibrate`: rubric scores for one answer, a stored session, or a labelled set."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .common import (
    ModelFlags,
    SamplesOpt,
    app,
    check_round,
    fail,
    friendly,
    judge_settings,
    load_plan,
    model_options,
)


@app.command()
@friendly
@model_options
def feedback(
    round_id: Annotated[str, typer.Option("--round", "-r", help="Round whose rubric applies.")],
    question: Annotated[str, typer.Option("--question", "-q", help="The question you answered.")],
    answer: Annotated[
        str | None, typer.Option("--answer", "-a", help="Your answer (or --answer-file, or stdin).")
    ] = None,
    answer_file: Annotated[
        Path | None, typer.Option("--answer-file", help="Read the answer from a file.")
    ] = None,
    notes: Annotated[
        Path | None,
        typer.Option("--notes", help="Your notes or plan, for company, role and pitch."),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Heuristic scorer: no network, no key.")
    ] = False,
    samples: SamplesOpt = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    *,
    flags: ModelFlags,
) -> None:
    """Score one answer against a round's rubric and say how to make it stronger.

    Example: mockloop feedback -r technical -q "How does prefix caching cut cost?" --answer-file answer.txt --offline
    """
    from mockloop.scoring.feedback import question_from_text, single_segment
    from mockloop.scoring.grading import scorer_for

    check_round(None, round_id)
    text = _answer_text(answer, answer_file)
    plan = load_plan(notes) if notes else None
    asked = question_from_text(
        round_id,
        question,
        (plan.company if plan else None) or "the company",
        (plan.role if plan else None) or "the role",
    )
    settings = judge_settings(flags, offline)
    scorer = scorer_for(round_id, settings, plan, samples=samples)
    result = scorer(single_segment(asked, text))
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    from mockloop.report.terminal import print_segment

    print_segment(result)


def _answer_text(answer: str | None, answer_file: Path | None) -> str:
    if answer is not None:
        text = answer
    elif answer_file is not None:
        try:
            text = answer_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read the answer file {answer_file}: {exc}", 2)
    elif not sys.stdin.isatty():
        text = sys.stdin.read()
    else:
        fail("give the answer with --answer, --answer-file, or on stdin", 2)
    if not text.strip():
        fail("the answer is empty: give the answer with --answer, --answer-file, or on stdin", 2)
    return text


@app.command()
@friendly
@model_options
def score(
    session_id: Annotated[
        str, typer.Argument(help="Session id or a unique prefix.", show_default=False)
    ],
    regrade: Annotated[
        bool, typer.Option("--regrade", help="Score every answer again and show what changed.")
    ] = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="Heuristic scorer: no network, no key.")
    ] = False,
    samples: SamplesOpt = 1,
    *,
    flags: ModelFlags,
) -> None:
    """Score (or re-score) the answers of a stored session.

    Without --regrade only answers not yet scored are scored. With --regrade every answer is scored
    again with the current rubric (or another --judge-model) and the changes are shown.

    Example: mockloop score 20261127-0315 --regrade --judge-model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.scoring.grading import round_score, score_session, scorer_for
    from mockloop.store.db import Store

    from .views import print_regrade

    store = Store()
    full_id = store.resolve_id(session_id)
    info = store.session(full_id)
    settings = judge_settings(flags, offline)
    scorer = scorer_for(info.round, settings, info.plan, samples=samples, session_id=full_id)
    before, after = score_session(store, full_id, scorer, regrade=regrade)
    print_regrade(
        before,
        after,
        round_score(info.round, before, info.plan) if before else None,
        round_score(info.round, after, info.plan),
    )
    typer.echo(f"Full feedback: mockloop report {full_id}")
    unscored = [s for s in after if s.status != "scored"]
    if unscored:
        fail(
            f"{len(unscored)} answer(s) could not be scored ({unscored[0].unscored_reason}); "
            f"run `mockloop score {full_id}` again",
            1,
        )


@app.command()
@friendly
@model_options
def calibrate(
    set_dir: Annotated[
        Path | None, typer.Option("--set", help="Directory of labelled answers (YAML).")
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Calibrate the heuristic scorer.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    *,
    flags: ModelFlags,
) -> None:
    """Measure how well a scorer agrees with human-labelled answers before you trust it.

    Prints Spearman, quadratic-weighted kappa, exact and within-one agreement, and how much the
    score follows answer length (a judge that rewards length is a bad judge).

    Example: mockloop calibrate --set fixtures/calibration --judge-model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.scoring.calibration import DEFAULT_SET, load_set, run_calibration
    from mockloop.scoring.grading import item_scorer_for

    from .views import print_calibration

    directory = set_dir or DEFAULT_SET
    if not directory.is_dir():
        fail(
            f"no calibration set at {directory}: pass --set DIR (the repository ships fixtures/calibration)",
            2,
        )
    items = load_set(directory)
    if not items:
        fail(f"{directory} holds no labelled answers (*.yaml)", 2)
    settings = judge_settings(flags, offline)
    result = run_calibration(items, item_scorer_for(settings))
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    print_calibration(
        result, "heuristic (offline)" if settings is None else f"LLM judge {settings.judge_model}"
    )
