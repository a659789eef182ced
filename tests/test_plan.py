"""Notes → plan: the rounds a user would expect from their notes, and plan files that round-trip."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mockloop.errors import PlanError
from mockloop.notes import explicit as explicit_module
from mockloop.notes import loops, rounds, vocab
from mockloop.notes import plan as plan_module
from mockloop.notes.parser import parse_notes
from mockloop.notes.plan import extract_plan, load_plan_or_notes, save_plan
from mockloop.notes.source import read_notes
from mockloop.records import PM_LOOP, ROUND_IDS, InterviewPlan, NoteLine, PitchBlock, PlanRound

ROOT = Path(__file__).resolve().parent.parent
NOTES_DIR = ROOT / "fixtures" / "notes"


def plan_for(name: str) -> InterviewPlan:
    return load_plan_or_notes(NOTES_DIR / name)


def focus(plan: InterviewPlan, round_id: str) -> list[tuple[int | None, str]]:
    found = plan.round(round_id)
    assert found is not None, f"no {round_id} round"
    return [(n.line, n.text) for n in found.focus]


@pytest.fixture(scope="module")
def seed() -> InterviewPlan:
    return plan_for("fireworks-fdpm.md")


# ---------------------------------------------------------------- the user's notes


def test_seed_finds_the_six_rounds_in_loop_order(seed: InterviewPlan) -> None:
    assert [r.id for r in seed.rounds] == list(PM_LOOP)
    assert [r.kind for r in seed.rounds] == list(PM_LOOP)
    assert not seed.default_loop
    assert seed.source and seed.source.endswith("fireworks-fdpm.md")


@pytest.mark.parametrize(
    ("round_id", "title", "interviewer", "source_line"),
    [
        ("recruiter", "Recruiter Call", "Recruiter", 45),
        ("pm-fundamentals", "1st round", "PMs", 97),
        ("take-home", "2nd take home", None, 106),
        ("partnerships", "2nd round", "GPM of partnerships", 114),
        ("technical", "technical conversation/experience", "engineering leadership", 120),
        ("cofounders", "final interview", "co-founders", 127),
    ],
)
def test_seed_round_titles_and_interviewers(
    seed: InterviewPlan, round_id: str, title: str, interviewer: str | None, source_line: int
) -> None:
    found = seed.round(round_id)
    assert found is not None
    assert (found.title, found.interviewer) == (title, interviewer)
    assert found.source == NoteLine(text=title, line=source_line)


SEED_FOCUS = {
    "pm-fundamentals": [
        (98, "foundational pm skills"),
        (99, "chat w pms"),
        (100, "ur pm specific experience"),
        (101, "hw u work w customers"),
        (102, "how u drive conversations to gather requiremnts"),
        (103, "translate to align w business offerings"),
        (104, "prioritze requests"),
        (105, "success"),
    ],
    "take-home": [
        (107, "customer solutioning"),
        (108, "that will be the foundation of 2nd"),
        (109, "how do u define and propose customer solutions"),
        (110, "how u onboard new customes"),
        (111, "assessing ur assignment"),
        (112, "assumptions, tradeoffs, criteria to expand"),
    ],
    "partnerships": [
        (115, "cross functional partnerships"),
        (116, "gpm of partnerships"),
        (117, "sales team"),
        (118, "understanding how ud partner w customer strat"),
        (119, "how to break down complex customer needs"),
    ],
    "technical": [
        (121, "llms/inference"),
        (122, "optimization levels"),
        (123, "how r they used"),
        (124, "why r they used"),
        (125, "scheduled w engineeing leadership"),
    ],
    "cofounders": [
        (128, "co founders - share the vision - how theyve grown"),
        (129, "making sure that u understand the high and lows"),
    ],
}


@pytest.mark.parametrize("round_id", list(SEED_FOCUS))
def test_seed_round_focus_is_its_own_bullets(seed: InterviewPlan, round_id: str) -> None:
    assert focus(seed, round_id) == SEED_FOCUS[round_id]


def test_seed_recruiter_focus_is_role_and_team_points(seed: InterviewPlan) -> None:
    points = focus(seed, "recruiter")
    for expected in [
        (84, "being the foudning pm"),
        (87, "has strong technical bench"),
        (135, "multiple headcounts - multiple aspects"),
        (140, "3 pms - having that pm partnership is so critical"),
        (150, "u can wear so many hats"),
    ]:
        assert expected in points
    lines = {line for line, _ in points}
    assert not lines & set(range(97, 130)), "round bullets must not leak into the recruiter round"
    assert (
        131 not in lines and 132 not in lines
    )  # location and equity are logistics, not role points


def test_seed_company_role_and_pitch(seed: InterviewPlan) -> None:
    assert seed.company == "Fireworks AI"
    assert seed.role is not None and "Forward Deployed" in seed.role
    titles = [(b.title, b.line) for b in seed.pitch]
    assert titles == [
        ("Why Fireworks", 21),
        ("Why Fireworks?", 31),
        ("Why Now?", 39),
        ("Recruiter Call", 45),
        ("Why now? Why Fireworks?", 58),
    ]
    why = seed.pitch[0]
    assert "Microsoft" in why.text and why.text.endswith("problems I want to help solve.")
    assert "small team operating at frontier scale" in seed.pitch[1].text


def test_seed_candidate_questions(seed: InterviewPlan) -> None:
    questions = [(q.line, q.text) for q in seed.candidate_questions]
    assert [line for line, _ in questions] == [65, 66, 67, 68, 69]
    assert questions[0][1].startswith("How do you see Fireworks differentiating")
    assert (
        questions[2][1] == "What makes someone successful in this Forward Deployed PM role?"
    )  # quotes stripped


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (84, "being the foudning pm"),
        (85, "even tho series b"),
        (96, "3 rounds"),
        (131, "pref is new york"),
        (132, "equity is a big driver"),
        (135, "multiple headcounts - multiple aspects"),
        (140, "3 pms - having that pm partnership is so critical"),
    ],
)
def test_seed_logistics(seed: InterviewPlan, line: int, text: str) -> None:
    assert NoteLine(text=text, line=line) in seed.logistics


def test_seed_research_is_the_notes_section(seed: InterviewPlan) -> None:
    lines = [n.line for n in seed.research]
    assert lines == [6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19]
    assert seed.research[4].text == "headwinds:"


# ---------------------------------------------------------------- other ways to write a loop


@pytest.mark.parametrize(
    ("fixture", "ids", "company", "role"),
    [
        (
            "shorthand-swe-loop.md",
            [
                "recruiter",
                "hiring-manager",
                "partnerships",
                "technical",
                "take-home",
                "cofounders",
            ],
            "Lodestar DB",
            "Solutions Engineer",
        ),
        (
            "table-loop.md",
            ["recruiter", "hiring-manager", "take-home", "partnerships", "technical", "cofounders"],
            "Tidewater",
            "Integrations PM",
        ),
        (
            "plain-text-loop.txt",
            [
                "recruiter",
                "hiring-manager",
                "take-home",
                "product-sense",
                "execution",
                "technical",
                "cofounders",
            ],
            "Ledgerly",
            "Senior Product Manager, Bill Pay",
        ),
    ],
)
def test_fixture_rounds(fixture: str, ids: list[str], company: str, role: str) -> None:
    plan = plan_for(fixture)
    assert [r.id for r in plan.rounds] == ids
    assert (plan.company, plan.role) == (company, role)
    assert all(r.focus for r in plan.rounds), "every round found in notes should carry focus points"


@pytest.mark.parametrize(
    ("fixture", "round_id", "title", "interviewer", "sample"),
    [
        (
            "shorthand-swe-loop.md",
            "technical",
            "techincal deep dive",
            "staff engineer on the query team",
            (31, "design ingestion for 50M docs/day"),
        ),
        (
            "shorthand-swe-loop.md",
            "partnerships",
            "2nd round",
            "partnerships team",
            (28, "mutual action plans"),
        ),
        (
            "shorthand-swe-loop.md",
            "take-home",
            "3rd round take-home",
            None,
            (37, "write a mock POC plan for a fintech prospect (fraud search use case)"),
        ),
        (
            "shorthand-swe-loop.md",
            "cofounders",
            "final round",
            "co-founder (CTO) + VP sales",
            (42, "vision, why now, how i work w sales when the deal is technical"),
        ),
        (
            "shorthand-swe-loop.md",
            "recruiter",
            "recruiter screen notes",
            "recruiter",
            (14, "SE team is 3 ppl, reporting to head of solutions"),
        ),
        (
            "table-loop.md",
            "partnerships",
            "Partner panel",
            "Head of Partnerships + AE lead",
            (16, "rev share"),
        ),
        (
            "table-loop.md",
            "technical",
            "Technical",
            "Staff engineer",
            (17, "auth (OAuth, API keys)"),
        ),
        (
            "table-loop.md",
            "take-home",
            "Case study",
            "async, present to panel",
            (15, "design a partner onboarding flow"),
        ),
        (
            "plain-text-loop.txt",
            "recruiter",
            "phone screen with recruiter (30 min)",
            "recruiter",
            (11, "comp expectations"),
        ),
        (
            "plain-text-loop.txt",
            "hiring-manager",
            "hiring manager call w Priya (GPM, bill pay)",
            "Priya (GPM, bill pay)",
            (12, "past launches"),
        ),
        (
            "plain-text-loop.txt",
            "execution",
            "execution",
            None,
            (17, "execution - metrics for bill pay adoption, what to do if payment failures spike"),
        ),
        (
            "plain-text-loop.txt",
            "technical",
            "technical",
            "eng lead",
            (18, "technical - w eng lead, ERP sync (netsuite, quickbooks), idempotent payments"),
        ),
        (
            "plain-text-loop.txt",
            "cofounders",
            "leadership",
            "CPO + a co-founder",
            (19, "leadership - w CPO + a cofounder, vision, how i handle ambiguity"),
        ),
    ],
)
def test_fixture_round_details(
    fixture: str, round_id: str, title: str, interviewer: str | None, sample: tuple[int, str]
) -> None:
    found = plan_for(fixture).round(round_id)
    assert found is not None
    assert (found.title, found.interviewer) == (title, interviewer)
    assert sample in [(n.line, n.text) for n in found.focus]


def test_nested_technical_round_does_not_leak_into_its_parent() -> None:
    plan = plan_for("shorthand-swe-loop.md")
    assert {line for line, _ in focus(plan, "partnerships")} == {26, 27, 28, 29}
    assert {line for line, _ in focus(plan, "technical")} == {31, 32, 33, 34}


def test_fixture_questions_logistics_and_pitch() -> None:
    table = plan_for("table-loop.md")
    assert [q.line for q in table.candidate_questions] == [30, 31, 32, 33]
    assert (
        NoteLine(
            text="Comp band shared after the HM round; equity is meaningful at Series C.", line=22
        )
        in table.logistics
    )
    assert [b.title for b in table.pitch] == ["Why Tidewater"]
    plain = plan_for("plain-text-loop.txt")
    assert [q.line for q in plain.candidate_questions] == [24, 25, 26]
    assert [n.line for n in plain.logistics] == [21]
    swe = plan_for("shorthand-swe-loop.md")
    assert NoteLine(text="remote ok but sf preferred, 2 days in office", line=16) in swe.logistics


def test_notes_without_rounds_use_the_default_loop() -> None:
    plan = plan_for("no-rounds.md")
    assert plan.default_loop
    assert [r.id for r in plan.rounds] == list(PM_LOOP)  # a PM role: the PM loop
    assert all(r.title and not r.focus for r in plan.rounds)
    assert (plan.company, plan.role) == ("Northwind Robotics", "Product Manager, Fleet Software")
    assert [b.title for b in plan.pitch] == ["Tell me about yourself", "Why Northwind"]
    assert len(plan.research) == 5


PROCESS_LIST = """\
## Process
1. Recruiter screen (30 min) - background
2. Hiring manager - metrics
3. System design w/ staff eng
"""
HEADINGS = """\
## Round 1: Recruiter screen
- why us
## Onsite
### System design
- scale
### Leadership with CEO
- vision
"""


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            PROCESS_LIST,
            [
                ("recruiter", "Recruiter screen (30 min)"),
                ("hiring-manager", "Hiring manager"),
                ("system-design", "System design w/ staff eng"),
            ],
        ),
        (
            "onsite panel = product sense, execution, technical, leadership\n",
            [
                ("product-sense", "product sense"),
                ("execution", "execution"),
                ("technical", "technical"),
                ("executive", "leadership"),
            ],
        ),
        (
            HEADINGS,
            [
                ("recruiter", "Round 1: Recruiter screen"),
                ("system-design", "System design"),
                ("executive", "Leadership with CEO"),
            ],
        ),
        (
            "R1 - recruiter\nR2 - hm, product sense\nR3 - case study presentation\n",
            [
                ("recruiter", "R1 – recruiter"),
                ("hiring-manager", "R2 – hm, product sense"),
                ("presentation", "R3 – case study presentation"),
            ],
        ),
        (
            "onsite:\n- product sense\n- techincal w/ eng manager\n- partnrships\n",
            [
                ("product-sense", "product sense"),
                ("technical", "techincal w/ eng manager"),
                ("partnerships", "partnrships"),
            ],
        ),
        (
            "# Stripe - PM interview\n## Loop\n- HM screen: Alex\n- Onsite:\n  - xfn w/ eng\n",
            [("hiring-manager", "HM screen"), ("partnerships", "xfn w/ eng")],
        ),
    ],
)
def test_other_loop_shapes(notes: str, expected: list[tuple[str, str]]) -> None:
    plan = extract_plan(parse_notes(notes))
    assert [
        (r.id, r.title) for r in plan.rounds
    ] == expected  # recruiter first, then as in the notes


def test_an_overview_mention_merges_into_its_detailed_round() -> None:
    notes = "onsite = coding, system design\n\n## Coding\n- arrays\n\n## System design\n- scale\n"
    plan = extract_plan(parse_notes(notes))
    assert [(r.id, r.title) for r in plan.rounds] == [
        ("coding", "Coding"),
        ("system-design", "System design"),
    ]
    assert [n.text for n in focus_round(plan, "coding")] == ["arrays"]


def test_repeated_rounds_of_one_kind_stay_apart() -> None:
    notes = "## Coding 1 - Ana, SWE\n- graphs\n## Coding 2 - Bo, SWE\n- parsing\n"
    plan = extract_plan(parse_notes(notes))
    assert [(r.id, r.kind, r.title) for r in plan.rounds] == [
        ("coding-1", "coding", "Coding 1"),
        ("coding-2", "coding", "Coding 2"),
    ]
    assert [n.text for n in focus_round(plan, "coding-2")] == ["parsing"]


def focus_round(plan: InterviewPlan, round_id: str) -> list[NoteLine]:
    found = plan.round(round_id)
    assert found is not None
    return found.focus


# ---------------------------------------------------------------- plan files


def full_plan() -> InterviewPlan:
    return InterviewPlan(
        company="Fireworks AI",
        role="Forward Deployed PM",
        pitch=[
            PitchBlock(
                title="Why Fireworks", text="line one\nline two: “quoted”  \n\n- bullet", line=21
            )
        ],
        candidate_questions=[NoteLine(text="What's next?", line=65)],
        logistics=[NoteLine(text="pref is new york", line=131)],
        research=[NoteLine(text="headwinds:", line=11), NoteLine(text="yes")],
        rounds=[
            PlanRound(
                id="technical",
                title="tech: deep dive",
                interviewer=None,
                focus=[NoteLine(text="# not a comment", line=3)],
                source=NoteLine(text="x", line=2),
            )
        ],
        source="notes.md",
    )


@pytest.mark.parametrize("name", ["plan.yaml", "plan.yml", "plan.json"])
@pytest.mark.parametrize("which", ["full", "seed", "default"])
def test_save_and_load_round_trip(
    tmp_path: Path, name: str, which: str, seed: InterviewPlan
) -> None:
    plan = {"full": full_plan(), "seed": seed, "default": plan_for("no-rounds.md")}[which]
    path = save_plan(plan, tmp_path / "sub" / name)
    assert load_plan_or_notes(path) == plan
    text = path.read_text(encoding="utf-8")
    if name.endswith(".json"):
        assert json.loads(text)["rounds"]
    else:
        assert text.startswith("# mockloop interview plan") and "edit" in text.splitlines()[0]


def test_saved_yaml_is_readable(tmp_path: Path, seed: InterviewPlan) -> None:
    text = save_plan(seed, tmp_path / "plan.yaml").read_text(encoding="utf-8")
    assert "text: |" in text  # multi-line pitch as a block, not an escaped string
    assert "interviewer: GPM of partnerships" in text


def test_yaml_without_rounds_is_treated_as_notes(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text("- 1st round\n- hiring manager\n", encoding="utf-8")
    assert load_plan_or_notes(path).source == str(path)


@pytest.mark.parametrize(
    ("content", "needles"),
    [
        ("rounds: [\n", ["not valid YAML", "line"]),
        (
            "version: 1\nrounds:\n  - id: foo\n    title: x\n",
            ["rounds.0.id: unknown round 'foo'", "recruiter"],
        ),
        ("rounds: 3\n", ["rounds:", "list"]),
        ("rounds:\n  - title: no id\n", ["rounds.0.id", "required"]),
        ("version: 1\ncompany: [1]\n", ["company"]),
        ("version: 1\nsurprise: true\n", ["surprise"]),
        (
            "rounds:\n  - {id: technical, title: a}\n  - {id: technical, title: b}\n",
            ["rounds.1.id", "twice"],
        ),
    ],
)
def test_invalid_plans_name_the_field(tmp_path: Path, content: str, needles: list[str]) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PlanError) as err:
        load_plan_or_notes(path)
    message = str(err.value)
    assert message.startswith(str(path)) and "\n" not in message and " — " in message
    for needle in needles:
        assert needle in message


def test_invalid_json_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"rounds": [}', encoding="utf-8")
    with pytest.raises(PlanError, match="not valid JSON"):
        load_plan_or_notes(path)


def test_notes_path_goes_through_the_notes_reader() -> None:
    assert load_plan_or_notes(NOTES_DIR / "table-loop.md") == extract_plan(
        read_notes(NOTES_DIR / "table-loop.md"), source=str(NOTES_DIR / "table-loop.md")
    )


PIECES = [
    "- ",
    "\t- ",
    "1. ",
    "> ",
    "# ",
    "## ",
    "**",
    "|",
    "|---|",
    "\n",
    "\n\n",
    " ",
    ":",
    "?",
    "1st round",
    "final interview",
    "technical",
    "recruiter",
    "w pms",
    "co founders",
    "take home",
    "onsite = product sense, technical",
    "Process:\n",
    "Questions\n",
    "Why Acme",
    "x y",
    " - ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_notes_give_a_valid_plan_that_round_trips(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    plan = extract_plan(parse_notes(text))
    ids = [r.id for r in plan.rounds]
    assert ids and len(ids) == len(set(ids)) and {r.kind for r in plan.rounds} <= set(ROUND_IDS)
    assert ids[0] == "recruiter" or "recruiter" not in ids
    path = save_plan(plan, tmp_path_factory.mktemp("plan") / "plan.yaml")
    assert load_plan_or_notes(path) == plan


# ---------------------------------------------------------------- the extractor's speed-ups keep its results

# The plan each sample notes file gives, as the readable YAML `rounds --save` writes, in
# fixtures/plans/. A deliberate change to what the notes give shows up as a diff of these files
# (rewrite them with MOCKLOOP_UPDATE_GOLDEN=1); an optimisation must leave them as they are.
GOLDEN_DIR = NOTES_DIR.parent / "plans"
SAMPLES = sorted(p.name for p in NOTES_DIR.iterdir() if p.is_file())


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_notes_give_their_golden_plan(name: str, tmp_path: Path) -> None:
    plan = extract_plan(read_notes(NOTES_DIR / name))
    got = save_plan(plan, tmp_path / "plan.yaml").read_text(encoding="utf-8")
    golden = GOLDEN_DIR / f"{Path(name).stem}.yaml"
    if os.environ.get("MOCKLOOP_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert golden.is_file(), f"no golden plan {golden}: run with MOCKLOOP_UPDATE_GOLDEN=1"
    assert got == golden.read_text(encoding="utf-8")
    assert load_plan_or_notes(golden) == plan


def test_round_types_and_default_rounds_stay_importable_from_plan() -> None:
    assert plan_module.round_types is rounds.round_types is vocab.round_types
    assert plan_module.default_rounds is loops.default_rounds
    assert plan_module.round_types("2nd round - cross functional w partnrships team") == (
        "partnerships",
    )


# The old single pattern; vocab.explicit splits it in three behind substring tests. A step of
# the process may follow a box, bold or an emoji ("☐ Stage 2:", "**Step 3**", "-stage1").
EXPLICIT = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last)\s+(?:round"
    r"|interview|call|chat|screen|conversation|convo|take[\s-]?home|stage|onsite|panel)\b"
    r"|\b(?:round|interview|runde|ronda|entretien|entrevista|intervju|m[üu]lakat|wawancara"
    r"|haastattelu|pohovor|rozmowa|tur|etapa|part)\s*(?:#\s*|n[°º.]\s*)?"
    r"(?:\d+|one|two|three|four|five|six)\b|^r\d\b"
    r"|\b(?:conversation|convo|chat)(?:\s*#\s*|\s+)(?:\d+|one|two|three|four|five|six)"
    r"\b(?!\s*(?:days?|weeks?|months?|hours?|hrs?|min\w*|people|ppl|x|%)(?!\w))"
    r"|^(?:\[[ x]\]|[^\w\s])*\s*(?:stage|step|phase|etapa|[ée]tape|fase)\s*(?:#\s*|n[°º.]\s*)?(?:\d+|one|two|three"
    r"|four|five|six)\b",
    re.IGNORECASE,
)
WORDS = ["round", "Round", "ROUND", "r", "R", "1", "٣", "st", "nd", "th", "first", "Final", "LAST",
         "interview", "call", "chat", "screen", "convo", "take", "home", "-", "stage", "onsite",
         "panel", "#", " ", "\t", "İ", "ı", "ſ", "K", "x", "one", "six", "_", "stage", "Step",
         "étape", "fase", "ronda", "entretien", "n°", "PHASE", "2e", "gesprek", "finale",
         "colloquio", "kedua", "segunda", "mülakat", ".", "son", "Stn", "case", "Cas", "–",
         "days", "station"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8).map("".join))
def test_explicit_round_test_matches_the_single_pattern(text: str) -> None:
    # and the ordinals of other languages ("2e gesprek", "colloquio finale"), a pattern of its own
    expected = bool(
        EXPLICIT.search(text)
        or explicit_module.ORDINAL_FOREIGN.search(text)
        or explicit_module.LEAD_NUMBER.search(text)  # "Panel 2 – Lior", "Case 1: LBO"
    )
    assert vocab.explicit(text) == expected
    assert vocab.maybe_explicit(vocab.folded(text)) or not expected  # never rules a match out


def test_first_looks_rest_on_the_vocabulary() -> None:
    """The substring tests that skip patterns rely on these facts about the word tables."""
    assert not {w for ps in vocab.CONTAINER.index.values() for p in ps for w in p} & set(
        vocab._FUZZY
    )
    for phrases in vocab.STRONG.index.values():  # an untyped heading needs only the explicit test
        assert all(vocab.round_types(" ".join(p)) for p in phrases)
    # every other character IGNORECASE reads as an ASCII letter, folded() maps to that letter
    every = "".join(map(chr, [*range(128, 0xD800), *range(0xE000, 0x110000)]))
    odd = re.findall("[a-z]", every, re.IGNORECASE)
    assert odd and all(re.fullmatch(vocab.folded(c), c, re.IGNORECASE) for c in odd)
    assert all(len(vocab.folded(c)) == 1 and vocab.folded(c).isascii() for c in odd)


# ---------------------------------------------------------------- notes it has never seen


def rounds_of(notes: str) -> list[tuple[str, str, str | None]]:
    plan = extract_plan(parse_notes(notes))
    assert not plan.default_loop
    return [(r.kind_id, r.title, r.interviewer) for r in plan.rounds]


def test_arrow_chain_then_details() -> None:
    notes = (
        "process:\nrecruiter screen -> HM call (45m, Dan K., Eng Manager) -> virtual onsite\n"
        "onsite = coding, sys des, troubleshooting\n\n## HM call - Tue 3/14 2pm ET\n- SLOs\n"
    )
    got = rounds_of(notes)
    assert [k for k, _, _ in got] == [
        "recruiter", "hiring-manager", "coding", "system-design", "technical",
    ]  # fmt: skip
    assert got[1][1] == "HM call"  # the overview mention merged into its detailed block


def test_timed_schedule_skips_breaks_and_reads_interviewers() -> None:
    notes = (
        "Hi Marcus,\n\n10:00–10:45  Coding: Integration — Tomás Ortega, Software Engineer\n"
        "10:45–11:00  Break\n11:00–11:45  System Design — Priya Raman, Staff Engineer\n"
        "11:45–12:30  Lunch with Jordan Lee (informal, not evaluated)\n"
        "12:30–13:30  Bug Squash — Wen Zhao, Software Engineer\n"
    )
    assert rounds_of(notes) == [
        ("coding", "Coding: Integration", "Tomás Ortega, Software Engineer"),
        ("system-design", "System Design", "Priya Raman, Staff Engineer"),
        ("custom", "Bug Squash", "Wen Zhao, Software Engineer"),
    ]


def test_superday_list_after_a_date_and_numbered_repeats() -> None:
    notes = (
        "- superday: Thu Nov 21 = coding, coding, eng manager\n\n"
        "### Coding 1 (45m) — Arjun Mehta, Senior SWE\n- graphs\n"
        "### Coding 2 (45m) — Sofia Petrov, Team Lead\n- parsing\n"
    )
    got = extract_plan(parse_notes(notes)).rounds
    assert [(r.id, r.kind, r.title) for r in got] == [
        ("coding-1", "coding", "Coding 1"),
        ("coding-2", "coding", "Coding 2"),
        ("hiring-manager", "hiring-manager", "eng manager"),
    ]  # the overview's two "coding" are two rounds: each takes its detailed block, in loop order
    assert got[1].interviewer == "Sofia Petrov, Team Lead"


def test_notion_toggles_and_dated_headings() -> None:
    notes = (
        "▸ Virtual onsite — Tue 3/19, 4 x 45–60 min\n    ‣ Coding — 45m\n        - LC medium\n"
        "    ‣ ML System Design — 60m\n        - recs\n\n"
        "**Tue 16 Jul — intro call w/ Nadia Brennan, Head of DevRel (45 min)**\n- metrics\n"
    )
    got = rounds_of(notes)
    assert [(k, t) for k, t, _ in got] == [  # recruiter first, then in notes order
        ("recruiter", "intro call w/ Nadia Brennan, Head of DevRel"),
        ("coding", "Coding"),
        ("ml-system-design", "ML System Design"),
    ]
    assert got[0][2] == "Nadia Brennan"  # a person, never the date


def test_numbered_table_rounds_are_named_by_their_round_column() -> None:
    notes = "| # | Round | Who |\n|---|---|---|\n| 1 | Recruiter screen | Tyler |\n| 2 | VP conversation | Marcus Bell, VP |\n"
    assert rounds_of(notes) == [
        ("recruiter", "Recruiter screen", "Tyler"),
        ("executive", "VP conversation", "Marcus Bell, VP"),
    ]


def test_title_line_and_role_line_name_company_and_role() -> None:
    plan = extract_plan(
        parse_notes("AWS Security Engineer II — Identity (IAM) — interview notes\n")
    )
    assert (plan.company, plan.role) == ("AWS", "Security Engineer II — Identity (IAM)")
    plan = extract_plan(
        parse_notes(
            "dd sre - notes\n\nWhy Datadog: I have used it at two jobs and love the dashboards.\n"
        )
    )
    assert plan.company == "Datadog" and plan.pitch[0].title == "Why Datadog"
    plan = extract_plan(
        parse_notes("# Spotify\n\n💡 Role: **ML Engineer II**. Recruiter: Ingrid.\n")
    )
    assert plan.role == "ML Engineer II"
    plan = extract_plan(
        parse_notes("I'm excited about the onsite for the Software Engineer, Billing role.\n")
    )
    assert plan.role == "Software Engineer, Billing"


@pytest.mark.parametrize(
    ("notes", "asks"),
    [
        ("q's for them\n1. How is on-call run?\n2. Who owns the roadmap\n", 2),
        ("to ask:\n- how big is the team?\n- what ships next\n", 2),
        ("## Things I want to ask\n- Why now?\n- What is hard\n", 2),
        ("> [!question] Questions for them\n> - How do DS embed?\n> - Who owns metrics?\n", 2),
        ("## HM call\n- to ask: how is on-call structured?\n- q for Wei: build or buy?\n", 2),
        ("- 2 SQL q's on a bookings table: window funcs\n- expect q's on stats\n", 0),
    ],
)
def test_candidate_questions_under_any_spelling(notes: str, asks: int) -> None:
    assert len(extract_plan(parse_notes(notes)).candidate_questions) == asks


@pytest.mark.parametrize(
    ("role", "loop"),
    [
        ("role: Senior Software Engineer\n", ("recruiter", "coding", "system-design")),
        ("role: Product Designer\n", ("recruiter", "hiring-manager", "presentation")),
        ("role: Product Manager, Growth\n", PM_LOOP[:3]),
        ("some notes about the company\n", ("recruiter", "hiring-manager", "technical")),
    ],
)
def test_notes_without_rounds_get_the_usual_loop_for_the_role(role: str, loop: tuple) -> None:
    plan = extract_plan(parse_notes(role))
    assert plan.default_loop and tuple(r.id for r in plan.rounds[:3]) == loop


SUBJECT_EMAIL = (
    "Subject: Your interview with Atlassian\n\nThanks for your interest in the Senior"
    " Product Manager, Confluence role!\n"
)


@pytest.mark.parametrize(
    ("notes", "company", "role"),
    [
        ("# Interview prep – Datadog (SRE)\n", "Datadog", "SRE"),
        ("# Senior Backend Engineer @ Stripe\n", "Stripe", "Senior Backend Engineer"),
        ("Company: Figma\nJob title: Senior Product Designer\n", "Figma", "Senior Product Designer"),
        ("Subject: Interview invitation – Data Engineer at Zalando\n\nHi Ana,\n", "Zalando",
         "Data Engineer"),
        ("From: Kim <kim@ramp.com>\nSubject: Your onsite\n\nHi,\nFor the Account Executive role.\n",
         "Ramp", "Account Executive"),
        ("# Job search: Rippling\n\nposition: Customer Success Manager\n", "Rippling",
         "Customer Success Manager"),
        ("Puesto: Ingeniero de Datos Senior\nEmpresa: Mercado Libre\n", "Mercado Libre",
         "Ingeniero de Datos Senior"),
        ("Stelle: Data Analyst (m/w/d)\nFirma: N26\n", "N26", "Data Analyst"),
        ("# Notes\n\nApplying for: Technical Writer at GitLab\n", "GitLab", "Technical Writer"),
        ("# Atlassian\n## Senior Site Reliability Engineer\n", "Atlassian",
         "Senior Site Reliability Engineer"),
        ("# prep\nInterviewing with Snowflake for a Sales Development Representative role\n",
         "Snowflake", "Sales Development Representative"),
        ("# Anthropic - Member of Technical Staff\n", "Anthropic", "Member of Technical Staff"),
        ("GS Engineering Analyst — prep\ngoldman sachs, NYC\n", "Goldman Sachs", "Engineering Analyst"),
        ("# prep — spring 2024\n\nLinear called. Dana Okafor set it up.\nLinear is small.\n",
         "Linear", None),
    ],
)  # fmt: skip
def test_company_and_role_from_titles_labels_emails_and_prose(
    notes: str, company: str, role: str | None
) -> None:
    plan = extract_plan(parse_notes(notes))
    assert (plan.company, plan.role) == (company, role)


@pytest.mark.parametrize(
    "notes",
    [
        "## Warum Zalando\nMy pitch: I have built shops for five years and want that scale.\n",
        "why GS (for the VP): I liked that my code touched real money and real regulators.\n",
        "## Elevator pitch\n- payments engineer, five years, wants scale\n",
    ],
)
def test_pitch_under_any_spelling(notes: str) -> None:
    assert extract_plan(parse_notes(notes)).pitch


def test_an_intro_call_heading_is_a_round_not_a_pitch() -> None:
    plan = extract_plan(parse_notes("## Intro call w/ Nadia (Head of DevRel)\n- metrics\n"))
    assert not plan.pitch and plan.rounds[0].title.startswith("Intro call")


@pytest.mark.parametrize(
    ("notes", "asks"),
    [
        ("> [!question] Ask Rafael\n> - What is on-call like?\n> - How is coverage measured?\n\n"
         + "> [!question] They might ask me\n> - How would you detect tunnelling?\n", 2),
        ("ask the panel (if time): what is your stack?\n", 1),
        ("In the design round, ask the staff eng what they would redesign.\n"
         + "They walk through your career and ask why you made each move.\n", 1),
        ("## Reverse interview\n- team size\n- on-call\n", 2),
    ],
)  # fmt: skip
def test_candidate_questions_in_callouts_asides_and_prose(notes: str, asks: int) -> None:
    assert len(extract_plan(parse_notes(notes)).candidate_questions) == asks


def test_rounds_told_in_prose() -> None:
    notes = (
        "# Acme — Backend Engineer\n\nThe recruiter is Dana.\n\n"
        'The first one is the "Life Story" interview, an hour with an\nengineering manager.\n\n'
        "The second is a conversation with the hiring manager, Jonah Weiss, Director\n"
        "of Engineering. Hiring and delivery.\n\n"
        "After that, there's a 90-minute pair programming session. Tests matter.\n\n"
        "The last one was rough in my head: I keep rehearsing.\n"
    )
    got = rounds_of(notes)
    assert [t for _, t, _ in got] == [
        "Life Story interview", "Conversation with the hiring manager", "Pair programming session",
    ]  # fmt: skip
    assert got[1][0] == "hiring-manager"
    assert got[1][2] == "Jonah Weiss, Director of Engineering (hiring manager)"


def test_numbered_siblings_of_rounds_are_rounds_even_untyped() -> None:
    notes = (
        "## Ablauf\n\n1. Recruiter-Call — Gehalt\n2. Coding 1 — 60 min\n"
        "3. Bar Raiser — 45 min, jemand aus einem anderen Team\n4. Lunch\n\n"
        "## Rounds\n### 1. Recruiter screen\n- done\n### 2. Threat hunting practical\n- logs\n"
        "### 3. Coding\n- Python\n\n## Fragen an sie\n1. Wie groß ist das Team?\n"
    )
    titles = [t for _, t, _ in rounds_of(notes)]
    assert "Bar Raiser" in titles and "Threat hunting practical" in titles[-3:]
    assert "Lunch" not in titles and not any("Team" in t for t in titles)


def test_bracketed_numbering_that_starts_again_is_another_list() -> None:
    """'[n] Title' lines are one numbering across the file; a list of sources numbered again
    from [1] below the rounds is not more rounds."""
    notes = (
        "# Acme — Backend Engineer\n\n## Process\n[1] Recruiter call with Dana (30 min)\n"
        "[2] Phone technical #1 — system design\n\n## Research\n"
        "[1] Glassdoor review: they like candidates who ask about on-call\n"
        "[2] Blind post says the team is rebuilding billing\n"
        "[3] Engineering blog on their Kafka migration\n"
    )
    titles = [t for _, t, _ in rounds_of(notes)]
    assert len(titles) == 2 and not any("Glassdoor" in t or "Blind" in t for t in titles)


def test_arrow_chain_keeps_untyped_steps_but_not_applied_or_offer() -> None:
    notes = (
        "timeline\napplied -> hirevue (done 10/2) -> coderpad phone screen -> SQL round -> offer\n"
    )
    titles = [t for _, t, _ in rounds_of(notes)]
    assert titles == ["hirevue (done 10/2)", "coderpad phone screen", "SQL round"]


def test_custom_slots_of_a_schedule_stay_apart() -> None:
    notes = (
        "09:45 – 10:45   Bug Squash — Arjun Mehta, Software Engineer\n"
        "12:45 – 13:45   Incident Response — Marcus Oyelaran, Site Reliability Engineer\n"
    )
    assert [t for _, t, _ in rounds_of(notes)] == ["Bug Squash", "Incident Response"]


def test_numbered_stages_steps_and_other_languages() -> None:
    notes = (
        "Stage 1: Talent acquisition call with Johan (25 min)\n - motivation, notice period\n"
        "Stage 2: Interview with the hiring manager (Sara Lind, Head of Marketing)\n"
        "Stage 3: Meet the team (coffee, not evaluated)\nStage 4: Final with CMO\n"
    )
    assert [r[0] for r in rounds_of(notes)] == ["recruiter", "hiring-manager", "executive"]
    fr = "## Étapes\n1. Appel RH avec Claire\n2. Entretien technique : Cypress, CI\n"
    assert [r[0] for r in rounds_of(fr)] == ["recruiter", "technical"]


def test_dated_lines_are_schedule_entries() -> None:
    notes = (
        "timeline\nmon 3 mar - recruiter call (done)\nwed 12 mar - coding interview, 1h\n"
        "fri 21 mar - research discussion w/ Dr. Amara Osei, Staff Scientist\n"
    )
    got = rounds_of(notes)
    assert [r[0] for r in got] == ["recruiter", "coding", "custom"]
    assert got[2][2] == "Dr. Amara Osei"


def test_untyped_process_bullets_among_rounds_and_details_under_a_round_line() -> None:
    notes = (
        "## Interview process\n- Phone screen with recruiter\n- SQL assessment (live, 45 min)\n"
        "- Final interview with VP of Data\n\n## Process\nTechnical screen - 60 min\n"
        "  - maybe some SQL\n  - Tip from Lena: think aloud\n"
    )
    titles = [r[1] for r in rounds_of(notes)]
    assert "SQL assessment (live, 45 min)" in titles
    assert not any("SQL" in t and "maybe" in t for t in titles)


def test_a_paragraph_that_tells_the_whole_loop() -> None:
    notes = (
        "The process started with a call with the recruiter, who explained the timeline. Next"
        " is a portfolio review with the design manager where I walk through two projects."
        " After that comes an app critique with a senior designer. Finally there's a values"
        " chat with the Director of Design.\n"
    )
    got = rounds_of(notes)
    assert [r[0] for r in got] == ["recruiter", "presentation", "custom", "behavioral"]
    assert got[1][1] == "Portfolio review with the design manager"


def test_todo_lines_overview_headings_and_story_banks_are_not_rounds() -> None:
    notes = (
        "## El proceso según la recruiter (Valentina):\n1. Recruiter screen\n2. Hiring manager\n\n"
        "## 2 — Hiring manager (Sam)\n- first 90 days\n\n## STAR-Stories\n- conflict: designer\n\n"
        "## Process\nprep checklist\n- [ ] re-do 3 metric debug cases with Jules\n"
        "- [x] update portfolio doc w/ Loom numbers\n\n## logistics\n"
        "- 9:30 — water, charger, close slack\n"
    )
    assert [r[0] for r in rounds_of(notes)] == ["recruiter", "hiring-manager"]


def test_a_round_label_then_its_name() -> None:
    notes = "**Round 1 – Recruiter chat**\nTalked to Emma.\n\n**Round 2 – Values interview**\n- ownership\n"
    assert rounds_of(notes) == [
        ("recruiter", "Round 1 – Recruiter chat", "Recruiter"),
        ("behavioral", "Round 2 – Values interview", None),
    ]  # the label says where the round stands, the words after it what it is


def test_a_list_of_interviews_in_an_email_or_a_numbered_list() -> None:
    email = (
        "Thanks for your interest! Here's the plan:\n\n"
        "- Product craft interview (60 min) with Jordan Lee, Principal PM\n"
        "- Values interview (45 min) with Marie Chen\n"
        "- Leadership interview (45 min) with Raj Patel, Head of Product\n"
    )
    assert [r[2] for r in rounds_of(email)] == ["Jordan Lee", "Marie Chen", "Raj Patel"]
    numbered = (
        "1) Written assignment - explain snaps to a beginner\n2) Interview with the docs lead\n"
        "3) Psychometric test (GIA)\n4) Interview with the VP of Engineering\n"
    )
    assert len(rounds_of(numbered)) == 4
    prep = "## Reading\n- Eugene Yan — system design for recsys\n- a paper on ranking\n"
    assert extract_plan(parse_notes(prep)).default_loop


def test_a_coding_phone_screen_is_coding_and_spanish_list_entries_stay_apart() -> None:
    assert (
        rounds_of("timeline\n1. CoderPad phone screen\n2. Onsite: coding, system design\n")[0][0]
        == "coding"
    )
    notes = (
        "Proceso:\n- Entrevista con RRHH (hecha)\n- Entrevista con el líder del equipo\n"
        "- Entrevista final con el gerente\n"
    )
    assert len(rounds_of(notes)) == 3


@pytest.mark.parametrize(
    ("notes", "company", "role"),
    [
        ("Notes for Klarna — Product Marketing Manager\n", "Klarna", "Product Marketing Manager"),
        (
            "Interviewing with Monday.com for a Senior Frontend Engineer role.\n",
            "Monday.com",
            "Senior Frontend Engineer",
        ),
        ("# Entretiens – Doctolib (Ingénieur QA)\n", "Doctolib", "Ingénieur QA"),
        ("My interview at Figma (Product Designer, Editor team)\n", "Figma", "Product Designer"),
        ("# job hunt 2025 / HelloFresh\n\nposition: Senior Accountant\n", "HelloFresh", None),
        (
            SUBJECT_EMAIL,
            "Atlassian",
            "Senior Product Manager, Confluence",
        ),
        ("Hi Sam, we'd like you to interview for the position of Technical Author.\n", None,
         "Technical Author"),
    ],
)  # fmt: skip
def test_company_and_role_from_more_title_and_prose_shapes(
    notes: str, company: str | None, role: str | None
) -> None:
    plan = extract_plan(parse_notes(notes))
    if company:
        assert plan.company == company
    if role:
        assert plan.role and plan.role.startswith(role)


def test_ask_about_bullets_are_questions() -> None:
    plan = extract_plan(parse_notes("## HM chat\n- ask about on-call and team size\n- SLOs\n"))
    assert [q.text for q in plan.candidate_questions] == ["About on-call and team size"]


def test_lettered_lists_calendar_invites_and_a_pasted_message() -> None:
    lettered = (
        "A. Screening call (recruiter) – done\nB. Portfolio presentation (60 min)\n"
        "C. Research exercise: plan a study\nD. Final round with the Director of UX\n"
    )
    assert [r[0] for r in rounds_of(lettered)] == [
        "recruiter", "presentation", "take-home", "executive",
    ]  # fmt: skip
    invite = (
        "Interview: Hiring Manager – Ravi Kumar\nTuesday, March 4 · 10:00 – 10:45am\n\n"
        "Interview: Culture & Values – Panel\nFriday, March 7 · 11:00 – 11:45am\n"
    )
    assert [r[0] for r in rounds_of(invite)] == ["hiring-manager", "behavioral"]
    slack = (
        "Slack from recruiter (Mia, TA @ Pleo):\n> Hey! Super excited to move you forward 🎉"
        " Next up is a 45 min call with Jonas (Eng Manager), then a take-home (4h max), and"
        " finally a 3-hour onsite: system design, pairing, and a values interview.\n"
    )
    got = rounds_of(slack)
    assert [r[1] for r in got] == [
        "Call with Jonas", "Take-home", "system design", "pairing", "values interview",
    ]  # fmt: skip
    assert extract_plan(parse_notes(slack)).role is None


def test_a_property_table_and_what_they_call_a_round() -> None:
    notes = (
        "| Property | Value |\n| --- | --- |\n| Role | Senior Product Designer |\n"
        "| Recruiter | Mei Tanaka |\n\n## Process\n1. Recruiter screen\n2. Portfolio review\n"
    )
    assert [r[1] for r in rounds_of(notes)] == ["Recruiter screen", "Portfolio review"]
    prose = (
        "The first one is a chat with the recruiter about the role.\n\nNext up is what they call"
        ' the "Life Story" interview, 60 minutes with an engineering manager.\n'
    )
    assert rounds_of(prose)[1][:2] == ("behavioral", "Life Story interview")


def test_a_schedule_entry_does_not_list_its_interviewer_as_a_focus_point() -> None:
    notes = (
        "# Acme onsite\n\n10:00–10:45  Coding: Integration — Tomás Ortega, Software Engineer\n"
        "11:00–11:45  System Design — Priya Raman, Staff Engineer\n"
    )
    plan = extract_plan(parse_notes(notes))
    coding = next(r for r in plan.rounds if r.kind_id == "coding")
    assert coding.interviewer and "Tomás Ortega" in coding.interviewer
    assert all("Tomás" not in n.text for n in coding.focus)


def test_a_quote_from_the_model_is_found_in_notes_with_curly_quotes_and_dashes() -> None:
    from mockloop.notes.llm_plan import _locate

    notes = ["# Prep", "- Why “Fireworks” — now, not later"]
    assert _locate('why "fireworks" - now', notes).line == 2


def test_a_story_bank_is_not_the_pitch_but_my_story_is() -> None:
    notes = (
        "# Acme — PM\n\n## Recruiter screen\n- why Acme\n\nMy story bank:\n"
        "- launch of X: cut churn 10%\n- migration: saved $2M\n\n## My story\n"
        "I started in support and moved into product because I kept fixing the same problems.\n"
    )
    plan = extract_plan(parse_notes(notes))
    assert [p.title for p in plan.pitch] == ["My story"]


def test_calendar_invitations_are_rounds_named_by_their_last_segment() -> None:
    """Pasted calendar invites, each with notes under it: the round is the segment of the
    invite's title that names one, and two invites of different kinds are two rounds."""
    rule = "-" * 60 + "\n"
    notes = (
        "ACME SA LOOP - calendar pastes + my notes under each\n\n" + rule
        + "Invitation: Acme | Solutions Architect | Technical Screen\n"
        "Tue Feb 11, 2025 10am – 11am (Eastern Time)\n\nGuests:\n  Ravi S - Senior SA\n  me\n"
        + rule + "my notes:\n- data modeling: embed vs reference\n- indexes, sharding\n\n" + rule
        + "Invitation: Acme | Solutions Architect | Technical Presentation\n"
        "Wed Feb 19, 2025 11am – 12:15pm (Eastern Time)\n\nGuests:\n  Ravi S\n  me\n"
        + rule + "my notes:\n- structure: their pain -> target architecture -> live demo -> "
        "migration\n- keep the demo to 8 min\n"
    )  # fmt: skip
    plan = extract_plan(parse_notes(notes))
    assert [(r.title, r.kind) for r in plan.rounds] == [
        ("Technical Screen", "technical"),  # a solutions architect: not a coding screen
        ("Technical Presentation", "presentation"),
    ]


def test_a_bracketed_aside_does_not_decide_the_kind() -> None:
    plan = extract_plan(
        parse_notes("## Onsite\n- coding 2 (js fundamentals) with Kenta\n- system design\n")
    )
    assert [r.kind for r in plan.rounds] == ["coding", "system-design"]


def test_a_numbered_round_is_named_by_its_next_line_and_a_checkbox_is_never_a_round() -> None:
    notes = (
        "N26 — Compliance Analyst\n\n"
        "RUNDE 1 — Di, 09.09., 10:00–11:00, Google Meet\n"
        "HM + Teamgespräch: Dr. Katrin Vogel (Head of Transaction Monitoring) + Marco Rossi\n"
        "- Fragen zu AML-Fällen\n\n"
        "RUNDE 2 — Fallstudie + Präsentation (Termin folgt)\n- 20 Min Präsentation\n\n"
        "[ ] Zugticket Frankfurt → Berlin (Runde 2) buchen\n"
    )
    plan = extract_plan(parse_notes(notes))
    assert [r.kind for r in plan.rounds] == ["hiring-manager", "presentation"]


def test_a_prose_step_after_it_goes_okay_is_a_round() -> None:
    notes = (
        "Next comes the writing exercise. They send a brief on Tuesday and I get 48 hours.\n\n"
        "If that goes okay, the last step is a panel where I walk through the exercise with\n"
        "Arjun Mehta, who leads content design. Forty-five minutes, then questions.\n"
    )
    plan = extract_plan(parse_notes(notes))
    assert len(plan.rounds) == 2 and plan.rounds[1].interviewer == "Arjun Mehta"


def test_rounds_headed_by_the_interviewers_name_in_capitals() -> None:
    """An executive search's notes list the people: name in capitals, title, when."""
    notes = (
        "ACME — VP, CUSTOMER EXPERIENCE\n\nReports to the COO.\n\n" + "-" * 40 + "\n\n"
        "DARNELL OKAFOR-HUGHES\nChief Operating Officer — my would-be manager\n\n"
        "- 60 min, Zoom, Tue 9/2\n- will want cost per contact\n\n" + "-" * 40 + "\n\n"
        "CHRIS BRITT\nChief Executive Officer\n\n- 45 min, in person, Thu 9/11\n- mission\n\n"
        "MY NARRATIVE\nTwenty years in service operations.\n"
    )  # fmt: skip
    plan = extract_plan(parse_notes(notes))
    assert [(r.interviewer, r.kind) for r in plan.rounds] == [
        ("Darnell Okafor-Hughes", "executive"),
        ("Chris Britt", "executive"),
    ]
    assert not plan.default_loop


def test_plain_text_headers_in_capitals_and_a_numbered_interviews_list() -> None:
    notes = (
        "ACME — FIRMWARE ENGINEER\n\nTHE LOOP\n1. Recruiter screen - done\n"
        "2. Hiring manager conversation - Henrik Aas\n3. C coding - embedded flavoured\n\n"
        "C CODING\n60 min, ring buffer, bit fields\n- say where the static asserts go\n\n"
        "VRAGEN DIE IK WIL STELLEN\n- Hoe ziet een release naar productie er nu uit?\n"
        "- Hoe is de on-call geregeld?\n"
    )  # fmt: skip
    plan = extract_plan(parse_notes(notes))
    assert [r.kind for r in plan.rounds] == ["recruiter", "hiring-manager", "coding"]
    assert len(plan.candidate_questions) == 2  # "VRAGEN DIE IK WIL STELLEN"
    nested = (
        "Acme — Buyer\n\n1. Where things stand\n   1. Phone screen done Jan 9.\n\n"
        "2. The interviews\n   1. Phone screen — Jasmine Cole, Corporate Recruiter (done)\n"
        "      1. 30 minutes. Why Acme.\n"
        "   2. Panel — Rebecca Lindqvist (DMM), Marcus Bell (GMM)\n"
        "      1. 60 minutes, behavioral.\n"
    )  # fmt: skip
    plan = extract_plan(parse_notes(nested))
    # "Panel" names no kind, but sits in "The interviews" with bullets of its own
    assert [r.title for r in plan.rounds] == ["Phone screen", "Panel"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Values deep dive", "behavioral"),  # not a technical deep dive
        ("Googleyness & Leadership", "behavioral"),
        ("mgr chat", "hiring-manager"),
        ("Chapter Lead interview", "hiring-manager"),
        ("lab readout", "presentation"),
    ],
)
def test_round_names_seen_in_real_loops_get_their_kind(title: str, kind: str) -> None:
    notes = f"## Onsite\n- {title} (45 min)\n- System design (60 min)\n"
    plan = extract_plan(parse_notes(notes))
    assert plan.rounds[0].kind == kind, [(r.title, r.kind) for r in plan.rounds]
