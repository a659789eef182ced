"""The labelled calibration set, the hand-written metrics, and the heuristic scorer's agreement."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mockloop.catalog.library import kind_questions
from mockloop.errors import MockloopError
from mockloop.records import PM_LOOP
from mockloop.scoring.calibration import (
    DEFAULT_SET,
    HELDOUT_PARTS,
    CalibrationItem,
    CalibrationReport,
    exact_agreement,
    heuristic_scorer,
    load_parts,
    load_set,
    pearson,
    quadratic_kappa,
    ranks,
    run_calibration,
    spearman,
    to_level,
    within_one,
)

ITEMS = load_set()


# ---------------------------------------------------------------- the set


def test_set_size_rounds_and_label_spread() -> None:
    assert len(ITEMS) >= 48
    assert {i.round for i in ITEMS} == set(PM_LOOP)  # the six rounds of the first loop
    for round_id in PM_LOOP:
        labels = Counter(i.label for i in ITEMS if i.round == round_id)
        assert sum(labels.values()) >= 8, round_id
        assert set(labels) == {1, 2, 3, 4, 5}, round_id


def test_ids_are_unique_and_questions_exist() -> None:
    assert len({i.id for i in ITEMS}) == len(ITEMS)
    for item in ITEMS:
        bank = {q.id for q in kind_questions(item.round)}
        assert item.question_id in bank, item.id
        assert item.rationale.strip() and item.answer.strip()


def test_twins_are_padded_copies_labelled_no_higher() -> None:
    by_id = {i.id: i for i in ITEMS}
    twins = [i for i in ITEMS if i.twin_of]
    assert len(twins) >= 4
    for padded in twins:
        concise = by_id[padded.twin_of]
        assert concise.question_id == padded.question_id
        assert padded.label <= concise.label
        assert len(padded.answer.split()) > len(concise.answer.split())


def test_set_includes_the_hard_cases() -> None:
    ids = " ".join(i.id for i in ITEMS)
    assert ids.count("injection") >= 2 and ids.count("offtopic") >= 2 and ids.count("wrong") >= 2
    assert all(i.label == 1 for i in ITEMS if "injection" in i.id)


def test_load_set_rejects_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "- id: x\n  round: technical\n  label: [\n", encoding="utf-8"
    )
    with pytest.raises(MockloopError):
        load_set(tmp_path)


# ---------------------------------------------------------------- metrics


def test_ranks_average_ties() -> None:
    assert ranks([10, 20, 20, 30]) == [1.0, 2.5, 2.5, 4.0]
    assert ranks([3, 1, 2]) == [3.0, 1.0, 2.0]


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ([1, 2, 3], [1, 2, 3], 1.0),
        ([1, 2, 3], [3, 2, 1], -1.0),
        ([1, 2, 3, 4], [10, 20, 30, 1000], 1.0),  # monotone, not linear
        ([1, 2, 3, 4], [1, 1, 2, 2], 0.894427),  # ties
        ([1, 2, 3], [5, 5, 5], 0.0),  # no variance
    ],
)
def test_spearman(x: list[float], y: list[float], expected: float) -> None:
    assert spearman(x, y) == pytest.approx(expected, abs=1e-6)


def test_pearson_known_value_and_bad_input() -> None:
    assert pearson([1, 2, 3, 4], [2, 4, 5, 9]) == pytest.approx(
        11 / 130**0.5
    )  # by hand: sxy 11, sxx 5, syy 26
    with pytest.raises(ValueError):
        pearson([1], [1])


def test_quadratic_kappa() -> None:
    assert quadratic_kappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]) == 1.0
    assert quadratic_kappa([1, 5], [5, 1]) == pytest.approx(-1.0)
    # one disagreement by one level out of four: high but below perfect
    near = quadratic_kappa([1, 2, 4, 5], [1, 2, 3, 5])
    assert 0.9 < near < 1.0
    # far disagreements cost more than near ones
    assert quadratic_kappa([1, 2, 4, 5], [1, 2, 1, 5]) < near


def test_agreement_rates_and_rounding() -> None:
    assert exact_agreement([1, 2, 3, 4], [1, 2, 4, 2]) == 0.5
    assert within_one([1, 2, 3, 4], [1, 2, 4, 2]) == 0.75
    assert [to_level(v) for v in (0.2, 1.49, 1.5, 2.5, 4.6, 7)] == [1, 1, 2, 3, 5, 5]


def test_run_calibration_with_a_fixed_scorer() -> None:
    items = [i for i in ITEMS if i.round == "technical"]
    report = run_calibration(items, lambda item: item.label)
    assert report.count == len(items) == len(report.predictions)
    assert report.spearman == 1.0 and report.qwk == 1.0 and report.exact == 1.0


# ---------------------------------------------------------------- the heuristic against the labels


@pytest.fixture(scope="module")
def heuristic_report() -> CalibrationReport:
    return run_calibration(ITEMS, heuristic_scorer)


def test_heuristic_meets_the_spearman_bar(heuristic_report: CalibrationReport) -> None:
    assert heuristic_report.count == len(ITEMS)
    assert heuristic_report.spearman >= 0.6
    assert heuristic_report.within_one >= 0.8


def test_heuristic_length_bias_is_no_worse_than_the_labels(
    heuristic_report: CalibrationReport,
) -> None:
    labels_vs_length = pearson([i.label for i in ITEMS], [len(i.answer.split()) for i in ITEMS])
    assert heuristic_report.length_correlation <= labels_vs_length + 0.1


def test_padded_answers_score_no_higher_than_their_twins(
    heuristic_report: CalibrationReport,
) -> None:
    predicted = {p.id: p.predicted for p in heuristic_report.predictions}
    for item in ITEMS:
        if item.twin_of:
            assert predicted[item.id] <= predicted[item.twin_of], item.id


def test_injection_and_wrong_answers_score_one(heuristic_report: CalibrationReport) -> None:
    # Only wrong claims on the scorer's known-misconception list are caught; te-prefix-wrong-ho
    # (a held-out wrong answer phrased differently) is a documented miss and is not asserted here.
    predicted = {p.id: p.predicted for p in heuristic_report.predictions}
    for item in ITEMS:
        if "injection" in item.id or item.id.endswith("-wrong"):
            assert predicted[item.id] == 1, item.id


def test_unknown_question_id_is_an_error() -> None:
    item = CalibrationItem(
        id="x", round="technical", question_id="nope", answer="a", label=1, rationale="r"
    )
    with pytest.raises(MockloopError):
        heuristic_scorer(item)


def test_a_scorer_that_follows_length_is_flagged() -> None:
    """calibrate warns when scores follow answer length more than the labels do."""
    from mockloop.scoring.calibration import CalibrationItem, run_calibration

    items = [
        CalibrationItem(
            id=f"i{n}",
            round="recruiter",
            question="Why us?",
            label=label,
            rationale="r",
            answer="word " * words,
        )
        for n, (label, words) in enumerate([(5, 10), (1, 200), (3, 50), (4, 20), (2, 120)])
    ]
    by_length = run_calibration(items, lambda item: min(5, 1 + len(item.answer.split()) // 40))
    assert by_length.follows_length and by_length.label_length_correlation < 0
    by_label = run_calibration(items, lambda item: item.label)
    assert not by_label.follows_length


# held-out agreement as last measured (2026-12-05, after checklists and term runs were told apart
# from answers laid out under labels: Spearman 0.765, QWK 0.778 over 1,126 answers; heldout11
# 0.744 / 0.741, heldout12 0.818 / 0.819, heldout13 0.670 / 0.661, heldout14 0.706 / 0.701), and
# with heldout15 and heldout16 first measured: all fifteen parts 0.747 / 0.761 over 1,312 answers,
# heldout15 0.637 / 0.635, heldout16 0.637 / 0.657; after open12 joined the fit (2026-12-06), with
# heldout17 measured once: all sixteen parts 0.742 / 0.753 over 1,408 answers, heldout15 0.642 /
# 0.644, heldout16 0.633 / 0.641, heldout17 0.566 / 0.600. A regression floor, not the target;
# at the end of the session that fitted open13 (2026-12-06), with heldout18 measured once: all
# seventeen parts 0.736 / 0.750 over 1,504 answers (the sixteen before 0.743 / 0.757), heldout14
# 0.715 / 0.714, heldout15 0.639 / 0.634, heldout16 0.640 / 0.651, heldout17 0.585 / 0.625,
# heldout18 0.645 / 0.646. At the end of the session that added 106 known-wrong claims
# (2026-12-06), with heldout19 measured once: all eighteen parts 0.722 / 0.734 over 1,600
# answers (the seventeen before 0.737 / 0.749: the pooled floor moved down because heldout19
# joined it, not because the seventeen fell), heldout19 0.445 / 0.446 (the scorer at that
# session's start 0.456 / 0.466), heldout17 0.609 / 0.646, heldout18 0.666 / 0.670. With
# heldout20 measured once (2026-12-06, the scorer unchanged): all nineteen parts 0.710 / 0.726
# over 1,696 answers (the eighteen before 0.722 / 0.734), heldout20 0.518 / 0.532
@pytest.mark.parametrize(
    ("parts", "min_rho", "min_qwk"),
    [(HELDOUT_PARTS, 0.70, 0.72), (HELDOUT_PARTS[:-1], 0.715, 0.725), (("heldout20",), 0.50, 0.52),
     (("heldout19",), 0.43, 0.43), (("heldout11",), 0.73, 0.73), (("heldout12",), 0.80, 0.80),
     (("heldout13",), 0.65, 0.645), (("heldout14",), 0.70, 0.69), (("heldout15",), 0.62, 0.62),
     (("heldout16",), 0.62, 0.63), (("heldout17",), 0.57, 0.61), (("heldout18",), 0.63, 0.63)],
)  # fmt: skip
def test_held_out_agreement_stays_above_its_floor(
    parts: tuple[str, ...], min_rho: float, min_qwk: float
) -> None:
    report = run_calibration(load_parts(DEFAULT_SET, parts), heuristic_scorer)
    assert report.spearman >= min_rho and report.qwk >= min_qwk
