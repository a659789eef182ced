"""The report renderers: what a candidate reading each format would notice, checked by hand."""

from __future__ import annotations

import json
import re

import pytest
from rich.console import Console

from mockloop.catalog.library import load_round
from mockloop.records import InterviewPlan, SessionInfo, Turn
from mockloop.report.data import HEURISTIC_NOTE, ReportData, quote_spans
from mockloop.report.html import render_html
from mockloop.report.markdown import render_json, render_markdown
from mockloop.report.terminal import print_terminal
from mockloop.scoring.aggregate import CriterionScore, SegmentScore, aggregate

RUBRIC = load_round("technical").rubric
SCRIPT = "<script>alert(1)</script>"
ANSWER_1 = (
    f"It stores keys and values for previous tokens. {SCRIPT} The KV cache grows with context "
    "length and concurrent sequences, so it caps batch size."
)
QUOTE_1 = (
    "the kv cache grows with context length and concurrent sequences."  # case and period differ
)
ANSWER_2 = "Bigger batches raise throughput but per-token latency goes up.\nI'd load test it first."
QUOTE_2 = "Bigger batches raise throughput"
UNSCORED_REASON = "the judge returned invalid JSON twice"


def _criteria(
    scores: dict[str, int], quote: str, low: str = "", spread: dict[str, int] | None = None
) -> list[CriterionScore]:
    return [
        CriterionScore(
            criterion_id=c.id,
            name=c.name,
            score=scores[c.id],
            evidence=[quote],
            reasoning=f"Reasoning for {c.id}.",
            signals=[f"signal-{c.id} 0.50"],
            confidence="low" if c.id == low else "ok",
            spread=(spread or {}).get(c.id),
        )
        for c in RUBRIC.criteria
    ]


def _segments() -> list[SegmentScore]:
    heuristic = SegmentScore(
        question_index=0,
        question_id="kv-cache",
        question_text="What is the KV cache?",
        criteria=_criteria(
            {"accuracy": 4, "tradeoffs": 2, "customer-translation": 2, "clarity": 3},
            QUOTE_1,
            low="clarity",
        ),
        key_points_covered=["stores keys and values"],
        key_points_missed=["paged allocation"],
        errors=["it stores model weights"],
        strengths=["Concrete detail"],
        improvements=[
            "Cover the missing key point: paged allocation",
            "Add a number",
            "a third one",
        ],
        stronger_answer="- It stores keys and values.\n- add: paged allocation",
        scorer="heuristic",
    )
    llm = SegmentScore(
        question_index=1,
        question_id="batching",
        question_text="When does batching hurt latency?",
        criteria=_criteria(
            {"accuracy": 5, "tradeoffs": 3, "customer-translation": 4, "clarity": 4},
            QUOTE_2,
            spread={"tradeoffs": 2},
        ),
        improvements=["Give a number", "Name the customer"],
        scorer="llm",
        judge_model="judge-x",
    )
    unscored = SegmentScore(
        question_index=2,
        question_id="spec-decode",
        question_text="Explain speculative decoding.",
        status="unscored",
        unscored_reason=UNSCORED_REASON,
        scorer="llm",
    )
    return [heuristic, llm, unscored]


def _turn(seq: int, speaker: str, kind: str, text: str, index: int | None = None) -> Turn:
    return Turn(
        session_id="s-1", seq=seq, speaker=speaker, kind=kind, text=text, question_index=index
    )


TURNS = [
    _turn(1, "interviewer", "greeting", "Hi, I'm Dana."),
    _turn(2, "interviewer", "question", "What is the KV cache?", 0),
    _turn(3, "candidate", "answer", ANSWER_1, 0),
    _turn(4, "interviewer", "question", "When does batching hurt latency?", 1),
    _turn(5, "candidate", "answer", ANSWER_2, 1),
    _turn(6, "interviewer", "question", "Explain speculative decoding.", 2),
    _turn(7, "candidate", "answer", "A small model drafts tokens.", 2),
    _turn(8, "interviewer", "closing", "Thanks!"),
]


@pytest.fixture
def data() -> ReportData:
    segments = _segments()
    session = SessionInfo(
        id="s-1",
        round="technical",
        mode="llm",
        model="test-model",
        started_at="2025-05-01T10:30:00",
        status="ended",
        plan=InterviewPlan(company="Fireworks AI", role="FDPM"),
    )
    return ReportData(
        session=session,
        turns=TURNS,
        segments=segments,
        round_score=aggregate(RUBRIC, segments),
        rubric=RUBRIC,
        interviewer="Dana",
    )


def _terminal(data: ReportData) -> str:
    console = Console(record=True, width=120)
    print_terminal(data, console)
    return console.export_text()


def _section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def test_overall_and_signal_in_every_format(data: ReportData) -> None:
    rs = data.round_score
    assert rs.overall is not None and rs.signal is not None
    overall = f"{rs.overall:.1f} / 5"
    for text in (render_markdown(data), render_html(data), _terminal(data)):
        assert overall in text and rs.signal in text
        assert "Fireworks AI · FDPM" in text and "s-1" in text and "2025-05-01 10:30" in text
    assert json.loads(render_json(data))["round_score"]["signal"] == rs.signal


def test_unscored_segment_shows_its_reason_and_no_score(data: ReportData) -> None:
    md = render_markdown(data)
    q3 = _section(md, "### Q3.", "## Transcript")
    assert f"Not scored: {UNSCORED_REASON}" in q3 and not re.search(r"\d\s*/\s*5", q3)
    table_rows = [line for line in md.splitlines() if line.startswith("| Technical accuracy")]
    assert table_rows == ["| Technical accuracy (0.35) | 4 | 5 | — | 4.5 |"]
    html_q3 = _section(render_html(data), "<h3>Q3.", "</article>")
    assert UNSCORED_REASON in html_q3 and "/ 5" not in html_q3
    assert UNSCORED_REASON in _terminal(data)


def test_low_confidence_and_wide_spread_are_marked(data: ReportData) -> None:
    md = render_markdown(data)
    assert "| Structured explanation (0.15) | 3? | 4 | — |" in md
    assert "| Depth of trade-off analysis (0.3) | 2 | 3±2 uncertain | — |" in md
    assert "low confidence" in _section(md, "### Q1.", "### Q2.")


def test_evidence_is_highlighted_in_the_transcript(data: ReportData) -> None:
    md_transcript = render_markdown(data).split("## Transcript", 1)[1]
    assert "**The KV cache grows with context length and concurrent sequences**" in md_transcript
    assert f"**{QUOTE_2}**" in md_transcript
    html_transcript = render_html(data).split("<h2>Transcript</h2>", 1)[1]
    assert (
        "<mark>The KV cache grows with context length and concurrent sequences</mark>"
        in html_transcript
    )
    assert f"<mark>{QUOTE_2}</mark>" in html_transcript
    assert "<mark>Explain" not in html_transcript  # interviewer turns are never highlighted


def test_quote_spans_ignore_case_whitespace_and_curly_quotes() -> None:
    text = "We said it’s  FAST\nand cheap. Later: it's fast and cheap."
    spans = quote_spans(text, ["it's fast and cheap"])
    assert [text[a:b] for a, b in spans] == ["it’s  FAST\nand cheap", "it's fast and cheap"]
    assert quote_spans(text, ["", "...", "not there"]) == []
    assert quote_spans("a b c d", ["a b", "b c"]) == [(0, 5)]  # overlapping quotes merge


def test_heuristic_scoring_is_marked_in_title_and_per_segment(data: ReportData) -> None:
    md = render_markdown(data)
    assert HEURISTIC_NOTE in md.splitlines()[0]
    assert f"_Scored by {HEURISTIC_NOTE}_" in _section(md, "### Q1.", "### Q2.")
    assert "_Scored by LLM judge (judge-x)_" in _section(md, "### Q2.", "### Q3.")
    assert "Signals: signal-accuracy 0.50" in _section(md, "### Q1.", "### Q2.")
    html = render_html(data)
    assert HEURISTIC_NOTE in _section(html, "<h1>", "</h1>")
    assert f"Scored by {HEURISTIC_NOTE}" in _section(html, "<h3>Q1.", "</article>")
    terminal = _terminal(data)
    assert HEURISTIC_NOTE in terminal.splitlines()[0]
    assert f"scored by {HEURISTIC_NOTE}" in terminal
    assert json.loads(render_json(data))["segments"][0]["scorer"] == "heuristic"


def test_llm_only_report_has_no_heuristic_mark(data: ReportData) -> None:
    segments = [s.model_copy(update={"scorer": "llm"}) for s in data.segments]
    llm_only = data.model_copy(update={"segments": segments})
    for text in (render_markdown(llm_only), render_html(llm_only), _terminal(llm_only)):
        assert HEURISTIC_NOTE not in text


def test_html_is_self_contained_and_escapes_answers(data: ReportData) -> None:
    html = render_html(data)
    assert "<svg" in html and "<style>" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<article>") == html.count("</article>") == 3


def test_html_chart_draws_scored_questions_and_fades_low_confidence(data: ReportData) -> None:
    svg = re.search(r"<svg.*?</svg>", render_html(data), re.DOTALL)
    assert svg is not None
    chart = svg.group(0)
    assert ">Q1</text>" in chart and ">Q2</text>" in chart and ">avg</text>" in chart
    assert "Q3" not in chart  # the unscored question has no number to draw
    assert (
        "Q1 · Structured explanation: 3 (low confidence)" in chart
        and 'fill-opacity="0.45"' in chart
    )


def test_markdown_keeps_answer_html_inert(data: ReportData) -> None:
    md = render_markdown(data)
    assert SCRIPT not in md and "\\<script>alert(1)\\</script>" in md


def test_json_round_trips_with_numbers(data: ReportData) -> None:
    loaded = json.loads(render_json(data))
    assert set(loaded) == {
        "session", "round_score", "segments", "attempts", "reverse_interview", "delivery", "turns",
    }  # fmt: skip
    assert loaded["round_score"]["overall"] == data.round_score.overall
    assert (
        loaded["round_score"]["segments_scored"] == 2
        and loaded["round_score"]["segments_unscored"] == 1
    )
    assert [c["score"] for c in loaded["segments"][1]["criteria"]] == [5, 3, 4, 4]
    assert loaded["segments"][2]["unscored_reason"] == UNSCORED_REASON
    assert [t["seq"] for t in loaded["turns"]] == list(range(1, 9))
    assert SegmentScore.model_validate(loaded["segments"][0]) == data.segments[0]
    assert render_json(data) == render_json(data)


def test_terminal_shows_the_criteria_table_with_scores(data: ReportData) -> None:
    text = _terminal(data)
    assert "Scores by criterion" in text
    row = next(line for line in text.splitlines() if "Technical accuracy (0.35)" in line)
    assert re.search(r"4\s.*5\s.*—.*4\.5", row)
    assert "3±2 uncertain" in text and "3?" in text
    assert "“the kv cache grows with context length and concurrent sequences.”" in text
    assert "Two improvements" in text and "a third one" not in text


def test_report_without_a_plan_or_scores_still_renders(data: ReportData) -> None:
    unscored = [
        s.model_copy(update={"status": "unscored", "unscored_reason": "skipped"})
        for s in data.segments
    ]
    bare = data.model_copy(
        update={
            "session": data.session.model_copy(update={"plan": None, "model": None}),
            "segments": unscored,
            "round_score": aggregate(RUBRIC, unscored),
        }
    )
    for text in (render_markdown(bare), render_html(bare), _terminal(bare)):
        assert "not scored" in text and "Not scored: skipped" in text


# ---------------------------------------------------------------- reports that read well (issue 11)


def test_terminal_prints_a_quote_once_however_many_criteria_cite_it(data: ReportData) -> None:
    out = Console(width=200, record=True, highlight=False)
    print_terminal(data, out)
    text = out.export_text()
    assert text.count("“" + QUOTE_1) == 1  # cited by all four criteria of Q1
    assert "(and 1 quote(s) shown above)" in text


def test_transcripts_label_follow_ups_by_question(data: ReportData) -> None:
    from mockloop.report.export import to_markdown, turn_labels

    turns = [
        *TURNS[:3],
        _turn(10, "interviewer", "follow_up", "How big does it get?", 0),
        _turn(11, "candidate", "answer", "About 1 MB per token.", 0),
        _turn(12, "interviewer", "follow_up", "And with GQA?", 0),
        _turn(13, "candidate", "answer", "Eight times smaller.", 0),
        *TURNS[3:],
    ]
    labels = turn_labels(turns)
    assert [labels[t] for t in (2, 3, 10, 11, 12, 13, 4)] == [
        "Q1", "Answer to Q1", "Q1, follow-up 1", "Answer to Q1, follow-up 1",
        "Q1, follow-up 2", "Answer to Q1, follow-up 2", "Q2",
    ]  # fmt: skip
    with_follow_ups = data.model_copy(update={"turns": turns})
    assert "_Q1, follow-up 2_" in render_markdown(with_follow_ups)
    assert ">Q1, follow-up 2<" in render_html(with_follow_ups)
    assert "_Q1, follow-up 2_" in to_markdown(data.session, turns, "Dana")


def test_html_outlines_the_stronger_answer_as_a_list(data: ReportData) -> None:
    html = render_html(data)
    outline = html[html.index("A stronger answer, outlined") :]
    assert "<li>It stores keys and values.</li><li>add: paged allocation</li>" in outline
    assert "- add: paged allocation" not in html
