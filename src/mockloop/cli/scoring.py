"""`feedback`, `score` and `calibrate`: rubric scores for one answer, a stored session, or a labelled set."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .common import (
    ModelFlags,
    SamplesOpt,
    app,
    fail,
    friendly,
    judge_settings,
    model_options,
)
from .plans import check_round, load_plan


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
    from mockloop.scoring.grading import round_score, scorer_for

    check_round(None, round_id)
    if not question.strip():
        fail("the question is empty: give the question you answered with --question", 2)
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
    overall = round_score(round_id, [result], plan)
    if as_json:
        import json

        shown = {"overall": overall.overall, "signal": overall.signal, **result.model_dump()}
        typer.echo(json.dumps(shown, indent=2))
    else:
        from mockloop.report.terminal import print_segment

        print_segment(result)
        if overall.overall is not None:
            typer.echo(f"Overall: {overall.overall:.1f}/5 ({overall.signal})")
    if result.status != "scored":
        fail(f"the answer could not be scored: {result.unscored_reason}", 1)


MAX_ANSWER_BYTES = 16 * 1024 * 1024  # a pasted answer is KB; 16 MB still scores in seconds


def _answer_text(answer: str | None, answer_file: Path | None) -> str:
    """The answer from the flag, the file or stdin; a file, a device or a pipe is read at most
    MAX_ANSWER_BYTES + 1 bytes, so `yes | mockloop feedback` stops with one line, not the OOM killer."""
    from mockloop.files import TooLargeError, read_capped

    if answer is not None:
        text = answer
    elif answer_file is not None or not sys.stdin.isatty():
        where = f"the answer file {answer_file}" if answer_file is not None else "stdin"
        try:
            source = answer_file if answer_file is not None else sys.stdin.buffer
            errors = "strict" if answer_file is not None else "replace"  # as stdin is set up
            data = read_capped(source, MAX_ANSWER_BYTES).decode("utf-8", errors)
            text = data.replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads it
        except TooLargeError as exc:
            fail(f"{where} is {exc}: give a shorter answer", 2)
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read {where}: {exc}", 2)
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
    score follows answer length (a judge that rewards length is a bad judge). Without --set, the
    shipped sets: the tuning set and the held-out set, one table each. Answers the judge could
    not grade are counted apart; a rejected key or an unknown model stops at the first call.

    Example: mockloop calibrate --model accounts/fireworks/models/gpt-oss-120b
    """
    from mockloop.scoring import calibration as cal
    from mockloop.scoring.grading import item_scorer_for

    from .views import print_calibration

    if set_dir is not None and not set_dir.is_dir():
        fail(f"no calibration set at {set_dir}: pass --set DIR, a directory of labelled *.yaml", 2)
    if set_dir is None and not cal.DEFAULT_SET.is_dir():
        fail(f"the calibration sets are missing from {cal.DEFAULT_SET}: reinstall mockloop", 1)
    sets = (
        [(str(set_dir), cal.load_set(set_dir))]
        if set_dir is not None
        else [
            ("tuning", cal.load_parts(cal.DEFAULT_SET, cal.TUNING_PARTS)),
            ("held-out", cal.load_parts(cal.DEFAULT_SET, cal.HELDOUT_PARTS)),
        ]
    )
    if not any(items for _, items in sets):
        fail(f"{set_dir} holds no labelled answers (*.yaml)", 2)
    settings = judge_settings(flags, offline)
    scorer = item_scorer_for(settings)
    who = "heuristic (offline)" if settings is None else f"LLM judge {settings.judge_model}"
    results = {name: _calibrate_set(items, scorer) for name, items in sets if items}
    if as_json:
        import json

        shown = {
            name: {**(r.model_dump() if r else {}), "unscored": u}
            for name, (r, u) in results.items()
        }
        typer.echo(json.dumps(shown[str(set_dir)] if set_dir is not None else shown, indent=2))
    else:
        for name, (result, unscored) in results.items():
            print_calibration(result, who, name, unscored)
    if all(result is None for result, _ in results.values()):
        total = sum(len(u) for _, u in results.values())
        fail(f"none of the {total} answers could be scored by the {who}: run `mockloop doctor`", 1)


def _calibrate_set(items: list[Any], scorer: Any) -> tuple[Any, list[str]]:
    """The agreement over the answers the scorer graded, and the ids of those it could not
    (kept out of the figures: an ungraded answer is not a score of zero)."""
    from mockloop.scoring.calibration import run_calibration

    levels: dict[str, int] = {}
    unscored: list[str] = []
    for item in items:
        level = scorer(item)
        if level is None:
            unscored.append(item.id)
        else:
            levels[item.id] = level
    graded = [item for item in items if item.id in levels]
    if len(graded) < 2:
        return None, unscored
    return run_calibration(graded, lambda item: levels[item.id]), unscored
