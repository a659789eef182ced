"""The story bank: what one answer claims, how it tells its story, which answers are one story
told again, and which numbers changed between sessions; then `mockloop stories` on a store
seeded through the Store API and once by real offline interviews."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mockloop.cli.app import app
from mockloop.practice.claims import Claim, claims, disagree, names, numbers, same_quantity
from mockloop.practice.stories import ToldAnswer, build_bank, only_round
from mockloop.practice.telling import split_parts
from mockloop.records import InterviewPlan, PlanRound, Turn
from mockloop.store.db import Store

from .conftest import SEED_NOTES
from .test_progress import _ordered_clock  # noqa: F401 - sessions a second apart, in order

runner = CliRunner()

MIGRATION = (
    "At Acme my manager wanted to keep our inference fleet on A100s for another year. I disagreed "
    "because our p99 latency was 1.2s and enterprise customers were churning. I built a cost "
    "model, ran a two-week canary on 64 H100 GPUs, and brought the numbers to the staff meeting. "
    "We migrated the whole fleet, which cut p99 latency by 40% and saved $2M a year. My team of 6 "
    "did the rollout in eight weeks."
)
MIGRATION_AGAIN = (
    "The H100 migration at Acme. Our inference fleet was stuck on A100s and p99 latency sat at "
    "1.2s. I wrote the cost model, I ran the canary on 64 H100 GPUs, and I pushed it through the "
    "staff meeting. It cut p99 latency by 25% and saved $2M a year. I had a team of 12 for the "
    "rollout."
)
MIGRATION_SHORT = (
    "Same inference fleet story from Acme: I built a cost model comparing A100s and H100 GPUs, ran "
    "a canary on 64 H100 GPUs, and the data convinced leadership. The migration cut p99 latency "
    "by 40%."
)
BILLING = (
    "At Acme I launched a self-serve billing page without talking to the finance team. Two weeks "
    "later finance found that invoices for annual plans were wrong. I owned the mistake, I set up "
    "a weekly review with finance, and we rebuilt the flow, which reduced billing tickets by 30%."
)
ONBOARDING = (
    "At Globex a designer and I disagreed about the onboarding flow. I sat with her, we ran five "
    "user interviews together, and we shipped her version with my analytics. Activation rose "
    "from 20% to 26% in a month. I had a team of 12 at Globex."
)
BATCHER = "Our inference API timed out under load, so I rewrote the request batcher in Rust. "
GPU_COSTS = (
    "At Acme our GPU bill doubled in a quarter. I wrote a scheduler that packed batch jobs onto "
    "idle inference nodes overnight, I tested it on staging, and it cut costs by 30%."
)
CDN_COSTS = (
    "At Acme the CDN contract was up for renewal. I collected quotes from three vendors, I built "
    "a traffic forecast with finance, and I renegotiated it, which cut costs by 50%."
)
NO_STORY = "I like startups and I think Fireworks is a great place to grow."


def told(text: str, question: str, session: str, day: int, kind: str = "behavioral") -> ToldAnswer:
    return ToldAnswer(
        text=text, question=question, session_id=session,
        started_at=f"2026-03-{day:02d}T10:00:00+00:00", round=kind, kind=kind, company="Fireworks AI",
    )  # fmt: skip


def corpus() -> list[ToldAnswer]:
    return [
        told(MIGRATION, "Tell me about a time you disagreed with your manager.", "s1", 1),
        told(BILLING, "Tell me about a time you failed.", "s1", 1),
        told(
            MIGRATION_AGAIN, "What is the project you are proudest of?", "s2", 5, "hiring-manager"
        ),
        told(NO_STORY, "Why Fireworks?", "s2", 5, "hiring-manager"),
        told(
            MIGRATION_SHORT, "Tell me about a time you used data to decide.", "s3", 9, "execution"
        ),
        told(ONBOARDING, "Tell me about a conflict with a colleague.", "s3", 9, "execution"),
    ]


# ---------------------------------------------------------------- one answer's claims


@pytest.mark.parametrize(
    ("text", "said", "value", "unit", "subject", "phrase"),
    [
        ("I cut p99 latency by 40% in Q3.", "40%", 40, "%", ["latency", "p99"], "cut p99 latency by 40%"),
        ("We run on 5K+ H100 GPUs across three regions.", "5K+", 5000, "gpu", ["gpu", "h100"], "5K+ H100 GPUs"),
        ("I led a team of 6 through the launch.", "6", 6, "team", ["team"], "led a team of 6"),
        ("We saved $2M a year on hosting.", "$2M", 2e6, "$", ["year"], "saved $2M a year"),
        ("Our p99 latency was 1.2s before the fix.", "1.2s", 1.2, "s", ["latency", "p99"], "p99 latency was 1.2s"),
        ("The migration took six weeks.", "six", 6, "week", ["migr", "week"], "migration took six weeks"),
        ("We served 1,200 enterprise customers.", "1,200", 1200, "custom", ["custom", "enterpr"], "served 1,200 enterprise customers"),
    ],
)  # fmt: skip
def test_a_number_keeps_its_unit_and_the_words_it_counts(
    text: str, said: str, value: float, unit: str, subject: list[str], phrase: str
) -> None:
    claim = numbers(text)[0]
    assert (claim.said, claim.value, claim.unit, claim.subject, claim.text) == (
        said, value, unit, subject, phrase,
    )  # fmt: skip


def test_numbers_that_are_not_claims_are_left_out() -> None:
    text = (
        "In 2023 I moved our p99 dashboards to GPT-4 on H100 nodes, after a two-week canary; "
        "the other teams followed."
    )
    assert numbers(text) == []


def test_from_and_to_values_are_told_apart_and_approximations_marked() -> None:
    moved = numbers("Latency went from 800ms to 200ms after the rewrite.")
    assert [(c.value, c.role, c.subject) for c in moved] == [
        (800, "from", ["latency"]),
        (200, "to", ["latency"]),
    ]
    assert numbers("About 40% of tickets were billing.")[0].approx
    assert numbers("We ran 5K+ GPUs.")[0].approx
    assert not numbers("We ran 5,000 GPUs.")[0].approx


def test_names_are_projects_products_and_companies_not_sentence_openers() -> None:
    text = (
        "Acme's inference fleet moved to H100s. In March I pitched Project Atlas to Google Cloud "
        "and AWS. Later I managed the rollout in Q3. The API was fine."
    )
    assert [c.text for c in names(text)] == [
        "Acme",
        "H100s",
        "Project Atlas",
        "Google Cloud",
        "AWS",
    ]
    assert all(c.kind == "name" for c in names(text))
    assert [c.kind for c in claims("I cut costs 30% at Acme.")] == ["number", "name"]


def test_same_quantity_is_conservative() -> None:
    def n(text: str) -> Claim:
        return numbers(text)[0]

    assert same_quantity(n("cut p99 latency by 40%"), n("cut latency by 25%"))
    assert same_quantity(n("a team of 6"), n("my team of 12"))
    assert not same_quantity(n("p50 latency was 200ms"), n("p99 latency was 900ms"))
    assert not same_quantity(n("a team of 6"), n("6 engineers"))  # different units
    assert not same_quantity(n("it dropped 40%"), n("it dropped 25%"))  # no subject to compare
    assert not same_quantity(n("latency went from 800ms"), n("latency went to 300ms"))
    assert disagree(n("a team of 6"), n("a team of 12"))
    assert not disagree(n("about 5,000 GPUs"), n("5,600 GPUs"))  # within an approximation
    assert disagree(n("5,000 GPUs"), n("5,600 GPUs"))


def test_a_telling_splits_into_situation_action_and_result() -> None:
    parts = split_parts(
        "Our checkout p99 was 2.5s and enterprise deals stalled. I profiled the service and I "
        "rewrote the batcher, which cut p99 latency by 40%. Sales closed two deals that quarter."
    )
    assert parts.situation == ["Our checkout p99 was 2.5s and enterprise deals stalled."]
    assert parts.action == ["I profiled the service and I rewrote the batcher"]
    assert parts.result == ["which cut p99 latency by 40%."]
    team = split_parts("The launch slipped. We rebuilt the pipeline, resulting in 3x throughput.")
    assert team.action == ["We rebuilt the pipeline"] and team.result == [
        "resulting in 3x throughput."
    ]


# ---------------------------------------------------------------- the bank


def test_one_story_told_three_times_is_one_story_stretched_over_three_questions() -> None:
    bank = build_bank(corpus())
    assert (bank.answers, bank.sessions, bank.untold) == (6, 3, 1)
    assert len(bank.stories) == 3
    first = bank.stories[0]
    assert [u.session_id for u in first.uses] == ["s1", "s2", "s3"]
    assert len(first.questions) == 3 and first.stretched
    assert {"Acme", "H100"} <= set(first.names)
    assert first.parts.result == [
        "which cut p99 latency by 40% and saved $2M a year."
    ] or "cut p99 latency by 40%" in " ".join(first.parts.result)
    others = {s.uses[0].question: s for s in bank.stories[1:]}
    assert set(others) == {
        "Tell me about a time you failed.",
        "Tell me about a conflict with a colleague.",
    }  # the other Acme story is not merged into the migration, though both name Acme
    assert not any(s.stretched for s in bank.stories[1:])


def test_numbers_that_changed_between_sessions_are_flagged() -> None:
    found = build_bank(corpus()).contradictions
    flagged = [[(s.claim.said, s.use.session_id) for s in c.statements] for c in found]
    assert flagged == [
        [("40%", "s1"), ("25%", "s2"), ("40%", "s3")],
        [("6", "s1"), ("12", "s2")],  # Globex's team of 12 (s3) is another team: not in it
    ]
    assert found[1].what == "team (team)"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("I cut p99 latency by 40% at Acme.", "At Acme I cut p99 latency by 40% again."),
        ("Our p50 latency was 200ms at Acme.", "At Acme our p99 latency was 900ms."),
        ("At Acme I led a team of 6.", "At Globex I led a team of 12."),
        ("Latency went from 800ms to 200ms.", "Latency went from 800ms to 200ms in that project."),
        ("It dropped 40% after I shipped it.", "It dropped 25% after I shipped it."),
        ("I had a team of 6.", "I started with a team of 6 and grew it to a team of 12."),
        (GPU_COSTS, CDN_COSTS),  # two results at one company: only a retelling contradicts
    ],
)
def test_what_must_not_be_flagged(first: str, second: str) -> None:
    answers = [told(first, "Q one?", "s1", 1), told(second, "Q two?", "s2", 2)]
    assert build_bank(answers).contradictions == []


def test_only_the_changed_end_of_a_range_is_flagged_and_one_session_never_contradicts_itself() -> (
    None
):
    answers = [
        told(BATCHER + "I cut latency from 800ms to 200ms.", "Q one?", "s1", 1),
        told(BATCHER + "Latency went from 800ms to 300ms.", "Q two?", "s2", 2),
        told("We had a team of 6. Then I hired a team of 12 for Atlas.", "Q three?", "s3", 3),
    ]
    found = build_bank(answers).contradictions
    assert [[s.claim.said for s in c.statements] for c in found] == [["200ms", "300ms"]]


def test_a_standing_fact_is_compared_across_stories_a_result_only_within_one() -> None:
    assert numbers("which cut costs by 30%")[0].change and numbers("40% fewer tickets")[0].change
    assert not numbers("a team of 6")[0].change
    answers = [
        told(
            "I led a team of 6 on the billing rewrite, which I shipped in May.", "Q one?", "s1", 1
        ),
        told("My team of 12 owned search; I ran the relevance evals myself.", "Q two?", "s2", 2),
    ]
    found = build_bank(answers).contradictions
    assert [[s.claim.text for s in c.statements] for c in found] == [
        ["led a team of 6", "team of 12"]
    ]


def test_retelling_one_story_to_the_same_question_is_not_stretching() -> None:
    question = "Tell me about a time you disagreed with your manager."
    answers = [
        told(t, question, f"s{n}", n)
        for n, t in enumerate([MIGRATION, MIGRATION_AGAIN, MIGRATION_SHORT], 1)
    ]
    bank = build_bank(answers)
    assert len(bank.stories) == 1 and len(bank.stories[0].uses) == 3
    assert bank.stories[0].questions == [question] and not bank.stories[0].stretched


def test_only_round_keeps_stories_told_there_with_all_their_uses() -> None:
    answers = corpus()
    bank = only_round(build_bank(answers), answers, "hiring-manager")
    assert (bank.answers, bank.sessions, bank.untold, bank.round) == (2, 1, 1, "hiring-manager")
    assert len(bank.stories) == 1 and len(bank.stories[0].uses) == 3
    with pytest.raises(Exception, match="no stored answers from round 'nope'"):
        only_round(build_bank(answers), answers, "nope")


# ---------------------------------------------------------------- `mockloop stories`


def seed(store: Store, round_id: str, qa: list[tuple[str, str]]) -> str:
    """One ended session of ``round_id`` asking each question and storing its answer."""
    plan = InterviewPlan(
        company="Fireworks AI", role="PM",
        rounds=[PlanRound(id=round_id, title=round_id.title(), kind="behavioral")],
    )  # fmt: skip
    agenda = [{"id": f"q{n}", "text": q, "kind": "behavioral"} for n, (q, _) in enumerate(qa)]
    sid = store.create_session(
        round_id=round_id, mode="offline", plan=plan, persona="p", prompt_hash="h", agenda=agenda
    )
    for n, (question, answer) in enumerate(qa):
        for speaker, kind, text in (
            ("interviewer", "question", question),
            ("candidate", "answer", answer),
        ):
            store.add_turn(
                Turn(session_id=sid, seq=0, speaker=speaker, kind=kind, text=text,  # type: ignore[arg-type]
                     question_index=n, question_id=f"q{n}")
            )  # fmt: skip
    store.end_session(sid)
    return sid


@pytest.fixture
def sessions() -> list[str]:
    with Store() as store:
        return [
            seed(
                store,
                "values",
                [("Tell me about a disagreement.", MIGRATION), ("A failure?", BILLING)],
            ),
            seed(
                store,
                "manager",
                [("Your proudest project?", MIGRATION_AGAIN), ("Why us?", NO_STORY)],
            ),
            seed(store, "execution", [("A decision made with data?", MIGRATION_SHORT)]),
        ]


def test_an_empty_store_is_one_friendly_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stories"])
    assert result.exit_code == 0
    assert result.output.strip().count("\n") == 0 and "No answers stored yet" in result.output
    out = tmp_path / "stories.md"
    assert runner.invoke(app, ["stories", "-o", str(out)]).exit_code == 0 and not out.exists()


def test_stories_lists_uses_flags_the_stretched_story_and_changed_numbers(
    sessions: list[str],
) -> None:
    result = runner.invoke(app, ["stories"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Story bank · 2 stories in 5 answers from 3 sessions" in out
    assert "Story 1 · told 3 times, to 3 questions · Acme" in out
    story = out.split("Story 2")[0]
    assert all(sid in story for sid in sessions)
    assert '"Your proudest project?"' in story and "stretched: this one story answered 3" in story
    changed = out.split("Numbers that changed between sessions")[1]
    assert '"cut p99 latency by 40%" ≠ "cut p99 latency by 25%"' in changed
    assert '"team of 6" ≠ "team of 12"' in changed
    assert "1 answer told no story" in out


def test_json_round_filter_and_bad_input(sessions: list[str]) -> None:
    data = json.loads(runner.invoke(app, ["stories", "--json"]).output)
    assert [len(s["uses"]) for s in data["stories"]] == [3, 1]
    assert data["stories"][0]["stretched"] is True
    assert {c["what"] for c in data["contradictions"]} == {"latency p99 (%)", "team (team)"}
    only = json.loads(runner.invoke(app, ["stories", "--json", "--round", "values"]).output)
    assert only["round"] == "values" and only["answers"] == 2 and len(only["stories"]) == 2
    bad = runner.invoke(app, ["stories", "--round", "nope"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    assert "no stored answers from round 'nope'" in bad.output and "values" in bad.output
    assert runner.invoke(app, ["stories", "-o", "stories.html"]).exit_code == 2


def test_the_candidates_words_are_inert_on_the_terminal_and_in_markdown(tmp_path: Path) -> None:
    hostile = (
        "At <script>alert(1)</script> Acme I rebuilt the \x1b]0;pwned\x07 billing flow, "
        "which cut refunds by 30% for *all* customers."
    )
    with Store() as store:
        seed(store, "values", [("A failure?\x1b[2J", hostile)])
    shown = runner.invoke(app, ["stories"]).output
    assert "\x1b" not in shown and "\x07" not in shown and "billing flow" in shown
    out = tmp_path / "stories.md"
    assert runner.invoke(app, ["stories", "-o", str(out)]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert re.search(r"(?<!\\)<script", page) is None and "\\<script>" in page
    assert "\\*all\\*" in page and "\x1b" not in page
    assert page.startswith("# Story bank · 1 story in 1 answer from 1 session")


def test_real_offline_interviews_build_the_bank() -> None:
    for answers in (f"{MIGRATION}\n{BILLING}\n/end\n", f"{MIGRATION_AGAIN}\n/end\n"):
        args = ["interview", str(SEED_NOTES), "-r", "recruiter", "--offline", "-n", "2"]
        done = runner.invoke(app, [*args, "--follow-ups", "0"], input=answers)
        assert done.exit_code == 0, done.output
    data = json.loads(runner.invoke(app, ["stories", "--json"]).output)
    assert data["sessions"] == 2 and len(data["stories"]) == 2
    assert len(data["stories"][0]["uses"]) == 2
    assert [[s["claim"]["said"] for s in c["statements"]] for c in data["contradictions"]] == [
        ["40%", "25%"],
        ["6", "12"],
    ]
