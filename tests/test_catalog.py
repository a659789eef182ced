"""The built-in catalog under prompts/: every round kind and topic loads, is anchored and renders."""

from __future__ import annotations

import re
import string

import pytest

from mockloop.catalog import prompts
from mockloop.catalog.library import load_round, load_topic, round_for, round_ids, topic_ids
from mockloop.catalog.persona import render_persona
from mockloop.records import ROUND_IDS, InterviewPlan, NoteLine, PitchBlock, PlanRound

EXPECTED_IDS = [
    "recruiter",
    "hiring-manager",
    "pm-fundamentals",
    "product-sense",
    "execution",
    "behavioral",
    "take-home",
    "partnerships",
    "technical",
    "coding",
    "system-design",
    "ml-system-design",
    "presentation",
    "cofounders",
    "executive",
    "custom",
]
FORMAT_VALUES = {"company": "Acme AI", "role": "Forward Deployed PM", "interviewer": "Recruiter"}


@pytest.fixture(autouse=True)
def _builtin_prompts_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A user's MOCKLOOP_PROMPTS override must not leak into the built-in catalog's tests."""
    monkeypatch.delenv("MOCKLOOP_PROMPTS", raising=False)


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _notes_block(text: str) -> str:
    """The delimited notes section of a persona (the tags alone on their own lines)."""
    match = re.search(r"^<notes>$(.*?)^</notes>$", text, re.MULTILINE | re.DOTALL)
    assert match, "persona has no <notes> … </notes> block"
    return match.group(1)


def _plan() -> InterviewPlan:
    return InterviewPlan(
        company="Acme AI",
        role="Forward Deployed PM",
        pitch=[
            PitchBlock(
                title="Why Acme",
                text="I have run GPU infrastructure at scale and want to be closer to customers. "
                * 3,
                line=20,
            )
        ],
        logistics=[NoteLine(text="pref is new york", line=131)],
        rounds=[
            PlanRound(
                id="take-home",
                title="2nd take home",
                interviewer="PM",
                focus=[NoteLine(text="how u onboard new customes", line=110)],
            )
        ],
    )


# ---------------------------------------------------------------- loading


def test_catalog_has_every_kind_in_loop_order() -> None:
    assert EXPECTED_IDS == list(ROUND_IDS)
    assert [r.spec.id for r in map(load_round, round_ids())] == EXPECTED_IDS


@pytest.mark.parametrize("round_id", EXPECTED_IDS)
def test_round_loads_and_spec_is_complete(round_id: str) -> None:
    catalog_round = load_round(round_id)
    spec = catalog_round.spec
    assert spec.id == round_id
    assert catalog_round.rubric.round == round_id
    assert spec.title and spec.interviewer
    assert 4 <= len(spec.cares_about) <= 7
    assert 3 <= spec.default_questions <= 5
    assert spec.default_questions <= len(catalog_round.questions)
    assert spec.minutes > 0
    assert spec.greeting.strip() and spec.closing.strip()
    assert prompts.find(catalog_round.persona_template).is_file()


# ---------------------------------------------------------------- rubrics


@pytest.mark.parametrize("round_id", EXPECTED_IDS)
def test_rubric_weights_sum_to_one_and_levels_are_anchored(round_id: str) -> None:
    rubric = load_round(round_id).rubric
    assert 3 <= len(rubric.criteria) <= 5
    assert sum(c.weight for c in rubric.criteria) == pytest.approx(1.0, abs=0.01)
    assert len({c.id for c in rubric.criteria}) == len(rubric.criteria)
    for criterion in rubric.criteria:
        assert criterion.weight > 0
        assert criterion.name.strip() and criterion.description.strip()
        assert sorted(criterion.levels) == [1, 2, 3, 4, 5], criterion.id
        assert all(text.strip() for text in criterion.levels.values()), criterion.id


# ---------------------------------------------------------------- question banks


@pytest.mark.parametrize("round_id", EXPECTED_IDS)
def test_question_bank_shape(round_id: str) -> None:
    questions = load_round(round_id).questions
    assert 8 <= len(questions) <= 12
    ids = [q.id for q in questions]
    assert len(set(ids)) == len(ids), "question ids must be unique within a round"
    for q in questions:
        assert q.text.strip(), q.id
        assert 3 <= len(q.key_points) <= 6, q.id
        assert 1 <= len(q.follow_ups) <= 2, q.id
        assert 5 <= len(q.tags) <= 12, q.id
        for tag in q.tags:
            assert re.fullmatch(r"[a-z0-9]+", tag), f"{q.id}: tag {tag!r} is not one lowercase word"


@pytest.mark.parametrize("round_id", EXPECTED_IDS)
def test_placeholders_format_without_key_errors(round_id: str) -> None:
    catalog_round = load_round(round_id)
    spec = catalog_round.spec
    for text in (spec.greeting, spec.closing):
        assert _placeholders(text) <= {"company", "role", "interviewer"}, text
        formatted = text.format(**FORMAT_VALUES)
        assert "{" not in formatted and "}" not in formatted
    for q in catalog_round.questions:
        for text in (q.text, *q.follow_ups):
            assert _placeholders(text) <= {"company", "role"}, f"{q.id}: {text}"
            formatted = text.format(**FORMAT_VALUES)
            assert "{" not in formatted and "}" not in formatted


TECHNICAL_TERMS: dict[str, tuple[str, ...]] = {
    "TTFT": ("ttft",),
    "batching": ("batching",),
    "KV cache": ("kv cache",),
    "prefix caching": ("prefix caching",),
    "quantization": ("quantization",),
    "speculative decoding": ("speculative decoding",),
    "LoRA": ("lora",),
    "RAG": ("rag",),
    "structured output / JSON": ("structured output", "json"),
    "GPU": ("gpu",),
    "cost per million tokens": ("cost per million tokens",),
    "serverless": ("serverless",),
    "dedicated": ("dedicated",),
}


def test_the_inference_topic_covers_the_inference_techniques() -> None:
    corpus = " ".join(
        part for q in load_topic("llm-inference").questions for part in (q.text, *q.key_points)
    ).lower()
    missing = [
        name
        for name, spellings in TECHNICAL_TERMS.items()
        if not any(re.search(rf"\b{re.escape(s)}\b", corpus) for s in spellings)
    ]
    assert not missing, f"technical bank never mentions: {missing}"


# ---------------------------------------------------------------- personas


def test_rules_hold_the_interview_discipline() -> None:
    rules = prompts.read("shared/rules.md").lower()
    for phrase in (
        "one question at a time",
        "stay in character",
        "rubric",
        "<notes>",
        "don't know",
    ):
        assert phrase in rules, phrase


def test_take_home_persona_quotes_the_focus_with_its_line() -> None:
    text = render_persona(_plan(), "take-home").text
    assert "Acme AI" in text
    assert "Forward Deployed PM" in text
    assert "how u onboard new customes" in text
    assert "line 110" in text
    # the quoted focus sits inside the notes delimiters
    notes = _notes_block(text)
    assert "how u onboard new customes" in notes
    assert "line 110" in notes


def test_recruiter_persona_carries_logistics_and_the_rest_of_the_loop() -> None:
    text = render_persona(_plan(), "recruiter").text
    assert "pref is new york" in _notes_block(text)
    assert "line 131" in text
    assert "2nd take home" in text
    assert "Why Acme" in text


@pytest.mark.parametrize("round_id", EXPECTED_IDS)
def test_persona_states_the_rules_and_hides_the_rubric(round_id: str) -> None:
    text = render_persona(_plan(), round_id).text
    lowered = text.lower()
    assert "Acme AI" in text and "Forward Deployed PM" in text
    assert "one question at a time" in lowered
    assert "Why Acme" in _notes_block(text)  # every round sees at least the pitch summary
    # the only mention of the rubric is the rule that forbids revealing it
    rules = prompts.read("shared/rules.md").lower()
    assert lowered.count("rubric") == rules.count("rubric")
    rubric = load_round(round_id).rubric
    for criterion in rubric.criteria:
        assert criterion.name.lower() not in lowered, criterion.name
        assert criterion.description.lower() not in lowered, criterion.id
        for level_text in criterion.levels.values():
            assert level_text.lower() not in lowered, (criterion.id, level_text)
    # the interview content itself is not pasted into the system prompt either
    for q in load_round(round_id).questions:
        for point in q.key_points:
            assert point.lower() not in lowered, (q.id, point)


@pytest.mark.parametrize("round_id", EXPECTED_IDS)
def test_persona_renders_from_an_empty_plan(round_id: str) -> None:
    persona = render_persona(InterviewPlan(), round_id)
    assert persona.text.strip()
    _notes_block(persona.text)
    assert "one question at a time" in persona.text.lower()
    assert persona.interviewer == load_round(round_id).spec.interviewer
    # says plainly that the notes hold no focus points rather than leaving a blank list
    assert "none in the notes" in persona.text.lower()


def test_long_pitch_is_truncated_outside_the_pitch_rounds() -> None:
    long_text = "word " * 2000
    plan = InterviewPlan(
        company="Acme AI", role="PM", pitch=[PitchBlock(title="Story", text=long_text)]
    )
    for round_id in ("pm-fundamentals", "take-home", "partnerships", "technical"):
        assert len(render_persona(plan, round_id).text) < len(long_text), round_id


# ---------------------------------------------------------------- topics


@pytest.mark.parametrize("topic_id", topic_ids())
def test_topic_loads_with_a_bank_for_its_kinds(topic_id: str) -> None:
    topic = load_topic(topic_id)
    assert topic.id == topic_id and topic.title and topic.match
    assert set(topic.kinds) <= set(EXPECTED_IDS) and topic.kinds
    assert 4 <= len(topic.cares_about) <= 8
    assert 6 <= len(topic.questions) <= 14
    for q in topic.questions:
        assert 3 <= len(q.key_points) <= 6 and 1 <= len(q.follow_ups) <= 2, q.id


@pytest.mark.parametrize(
    ("focus", "topic"),
    [
        (["APIs, webhooks, rate limits", "auth (OAuth, API keys)"], "apis-integrations"),
        (["Spark jobs and Delta Lake", "data pipelines"], "data-platforms"),
        (["llms/inference", "KV cache and batching"], "llm-inference"),
        (["threat modeling", "IAM and least privilege"], "security"),
    ],
)
def test_a_technical_round_takes_the_topic_its_focus_names(focus: list[str], topic: str) -> None:
    plan = InterviewPlan(
        rounds=[
            PlanRound(id="technical", title="Technical", focus=[NoteLine(text=f) for f in focus])
        ]
    )
    chosen = round_for(plan, "technical")
    assert chosen.topic is not None and chosen.topic.id == topic
    assert chosen.questions[0].id in {q.id for q in load_topic(topic).questions}
    assert "customer" not in chosen.topic.title.lower()


def test_a_technical_round_with_no_topic_words_uses_the_neutral_bank() -> None:
    plan = InterviewPlan(rounds=[PlanRound(id="technical", title="Technical chat")])
    chosen = round_for(plan, "technical")
    assert chosen.topic is None
    assert [q.id for q in chosen.questions] == [q.id for q in load_round("technical").questions]
    assert "kv cache" not in render_persona(plan, "technical").text.lower()


def test_a_topic_named_in_the_plan_wins() -> None:
    focus = [NoteLine(text="webhooks")]  # would pick apis-integrations on its own
    plan = InterviewPlan(
        rounds=[PlanRound(id="technical", title="Technical", topic="security", focus=focus)]
    )
    chosen = round_for(plan, "technical")
    assert chosen.topic is not None and chosen.topic.id == "security"
    assert (
        f"This conversation is about {chosen.topic.title}" in render_persona(plan, "technical").text
    )
