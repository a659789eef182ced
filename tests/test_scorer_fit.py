"""The offline scorer's fitted combination (scoring/model.py): its weights are what the tuning
set fits (never edited by hand, never fitted on a held-out part), and a score says what moved it."""

from __future__ import annotations

import json
import random

import pytest

from mockloop.catalog.library import load_round
from mockloop.records import AgendaQuestion
from mockloop.scoring import fitting, model
from mockloop.scoring.aggregate import aggregate
from mockloop.scoring.calibration import HELDOUT_PARTS, TUNING_PARTS
from mockloop.scoring.feedback import single_segment
from mockloop.scoring.heuristic import score_segment


@pytest.mark.slow
def test_the_weights_file_is_what_the_tuning_set_fits() -> None:
    """Refit from the tuning parts as they stand: a weight edited by hand, or a tuning answer
    added without refitting (`python bench/fit_scorer.py --write`), fails here."""
    stored = json.loads(fitting.WEIGHTS_FILE.read_text())
    assert stored == fitting.fitted(TUNING_PARTS)
    assert not set(HELDOUT_PARTS) & set(stored["fitted_on"])


def test_every_feature_has_a_weight_and_the_estimate_is_a_weighted_sum() -> None:
    w = model.weights()
    assert set(model.FEATURES) <= set(w) and "bias" in w
    zero = dict.fromkeys(model.FEATURES, 0.0)
    centre, stretch = w["centre"], w["stretch"]
    assert model.quality(zero) == pytest.approx(centre + stretch * (w["bias"] - centre))
    more_hedging = zero | {"hedging": 1.0}
    assert model.quality(more_hedging) - model.quality(zero) == pytest.approx(
        stretch * w["hedging"]
    )


def test_the_fit_recovers_a_known_linear_rule_in_features_and_words() -> None:
    """Ridge by conjugate gradients: labels made from a known rule over named features and
    listed words come back as that rule."""
    draw, rows = random.Random(7), []
    for _ in range(300):
        f = {n: draw.random() for n in model.FITTED}
        words = frozenset(w for w in ("really", "per", "whether", "always") if draw.random() < 0.4)
        label = 1 + 2 * f["coverage"] + 1.5 * f["specificity"] - f["hedging"]
        label += 0.5 * ("per" in words) - 0.8 * ("really" in words)
        rows.append((f, words, label))
    got, words = model.fit(rows, 1e-6, ["always", "per", "really", "whether"], 1e-6)
    assert got["coverage"] == pytest.approx(2, abs=1e-3)
    assert got["specificity"] == pytest.approx(1.5, abs=1e-3)
    assert got["hedging"] == pytest.approx(-1, abs=1e-3)
    assert words["per"] == pytest.approx(0.5, abs=1e-3)
    assert words["really"] == pytest.approx(-0.8, abs=1e-3)
    assert words["always"] == pytest.approx(0, abs=1e-3)


def test_only_listed_words_count_so_a_topic_word_never_moves_a_score() -> None:
    """The wording reads how an answer is said: the words of its subject are never features."""
    from mockloop.scoring.wording import VOCABULARY, tokens

    found = tokens("I think the Kubernetes cluster really needs 3 replicas per zone.")
    assert {"think", "really", "per"} <= found
    assert not {"kubernetes", "cluster", "replicas", "zone"} & found
    stored = model.word_weights()
    assert (
        stored and set(stored) <= VOCABULARY
    )  # a stored weight only ever belongs to a listed word
    assert max(abs(w) for w in stored.values()) <= fitting.WORD_CAP


def _overall(question: str, answer: str, round_id: str = "behavioral") -> tuple[float, str]:
    rubric = load_round(round_id).rubric
    q = AgendaQuestion(id="q", text=question)
    scored = score_segment(single_segment(q, answer), rubric, round_id)
    overall = aggregate(rubric, [scored]).overall
    assert overall is not None
    return overall, scored.criteria[0].reasoning


def test_hedged_vague_talk_scores_below_the_same_story_told_plainly() -> None:
    question = "Tell me about a time you had to change a team's mind."
    plain = (
        "Our release checklist took two days, so I proposed cutting it to the six checks that had "
        "caught a bug in the past year. The QA lead objected because a missed check had once cost "
        "a customer, so I ran both lists side by side for four releases instead of arguing. The "
        "short list caught every issue the long one did, and we shipped in four hours, not two days."
    )
    hedged = (
        "I think maybe our release checklist was kind of long, so I guess I proposed, you know, "
        "making it shorter. I think the QA lead probably objected, so we had to figure out the "
        "right way and make sure all the stakeholders were aligned, and we would iterate on it. "
        "Honestly I feel like it sort of worked out and things got faster and so on."
    )
    (good, why), (weak, weak_why) = _overall(question, plain), _overall(question, hedged)
    assert good >= weak + 1, (good, weak)
    assert "fitted estimate" in why
    assert "wording ('" in weak_why  # the hedging words that pulled it down are named


def test_a_run_of_named_terms_joined_by_plus_and_maybe_is_a_string_of_terms() -> None:
    """'a hash map with a min-heap, plus MapReduce and a Bloom filter, maybe a trie, count-min
    sketch, HyperLogLog, …': terms named, none used; capped like a keyword string."""
    from mockloop.scoring.gaming import term_run

    salad = (
        "I'd use a min-heap, plus MapReduce and a Bloom filter, maybe a trie for prefixes, "
        "count-min sketch, HyperLogLog, consistent hashing, sliding window, two pointers."
    )
    assert term_run(salad) >= 6
    plain = (
        "I'd stream the log once, count URLs in a hash map, and keep the top hundred in a "
        "min-heap, so memory stays at the number of distinct URLs, which fits in 16 GB."
    )
    assert term_run(plain) < 6


def test_one_more_relevant_sentence_never_costs_a_strong_story_a_point() -> None:
    """A word such as "also" may not carry a point: the wording's words are capped and only
    hedges, absolutes, vague and precise words and pronouns are on the list."""
    question = "Tell me about a project you are proud of."
    story = (
        "I led the migration of our billing system to Postgres over six months because outages "
        "cost us customers. I planned it in three phases and wrote the runbook myself; we cut "
        "failed payments by 40 percent."
    )
    (before, _), (after, _) = (
        _overall(question, story),
        _overall(question, story + " I also mentored two engineers through it."),
    )
    assert after >= before - 0.5, (before, after)
