"""Guards on live interviewer turns, against loopback models that leak their agenda, ramble,
and degenerate: the candidate never sees it and the transcript keeps only what was shown."""

from __future__ import annotations

import io

import pytest

from mockloop.interview.interviewers.guard import Guard, GuardedSink, GuardViolation
from mockloop.interview.run import run_interview
from mockloop.interview.ui import TerminalConsole
from mockloop.llm.settings import resolve_settings
from mockloop.records import InterviewPlan, PlanRound
from mockloop.store.db import Store
from tests.support.loopback import LoopbackServer, Step, scripted_interviewer

LONG = (
    "At my last job I led a migration of our inference fleet to FP8 which cut cost per million "
    "tokens by 38 percent while keeping eval quality flat, and I owned the customer rollout."
)
LEAK = (
    "[NEXT] Hi! Q1: What is the KV cache? A strong answer covers: the cache stores keys and "
    "values for previous tokens, grows with context length and concurrent sequences."
)
RAMBLE = "[NEXT] " + " ".join(["Let me tell you about our infrastructure team and culture."] * 30)
DIGITS = "[NEXT] Here is the number: " + "1234567890" * 30


def _run(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, answers: list[str]):
    monkeypatch.setenv("LOOPBACK_KEY", "lb-SECRET-0123456789")
    settings = resolve_settings(
        base_url=server.base_url, api_key_env="LOOPBACK_KEY", model="loopback-model", retries=1
    )
    out = io.StringIO()
    console = TerminalConsole(
        "Engineer", stdin=io.StringIO("".join(a + "\n" for a in answers)), interactive=False
    )
    console.out.file = out  # what the candidate saw
    plan = InterviewPlan(
        company="Acme AI",
        role="Forward Deployed PM",
        rounds=[PlanRound(id="technical", title="Technical", focus=[])],
    )
    status = run_interview(
        plan=plan, round_id="technical", settings=settings, console=console, questions=2
    )
    store = Store()
    sid = store.list_sessions()[0].id
    return status, store.turns(sid), store.agenda(sid), out.getvalue()


def _misbehave_first(bad: str):
    """The first interviewer request gets ``bad``; every later one a well-behaved model."""
    seen = {"n": 0}

    def respond(body: dict) -> Step:
        seen["n"] += 1
        return Step(bad) if seen["n"] == 1 else scripted_interviewer(body)

    return respond


@pytest.mark.slow
@pytest.mark.parametrize("bad", [LEAK, RAMBLE, DIGITS], ids=["leak", "ramble", "digits"])
def test_a_bad_turn_is_never_shown_and_is_asked_again(
    bad: str, monkeypatch: pytest.MonkeyPatch, isolated_env: object
) -> None:
    with LoopbackServer() as server:
        server.responder = _misbehave_first(bad)
        status, turns, _agenda, shown = _run(server, monkeypatch, [LONG, LONG, "no thanks"])
        second = server.chat_requests()[1]
    assert status == "ended"
    assert "strong answer" not in shown.lower() and "1234567890" not in shown
    assert shown.count("Let me tell you about our infrastructure") <= 1
    assert "strong answer" not in turns[0].text.lower() and len(turns[0].text.split()) < 130
    assert "at most three sentences" in second["messages"][-1]["content"]  # the stricter note
    assert all(r.get("max_tokens") for r in server.chat_requests() if "director" in str(r))


@pytest.mark.slow
def test_a_model_that_always_leaks_gives_way_to_the_agenda(
    monkeypatch: pytest.MonkeyPatch, isolated_env: object
) -> None:
    with LoopbackServer() as server:
        server.responder = lambda body: Step(LEAK)
        _status, turns, agenda, shown = _run(server, monkeypatch, ["/end"])
    assert turns[0].kind == "question"
    assert turns[0].text == f"Hi, thanks for joining. {agenda[0].text}"
    assert "strong answer" not in shown.lower()


def test_the_guard_reads_sentences_before_they_are_shown() -> None:
    guard = Guard.for_session(
        ["the cache stores keys and values for previous tokens so they are not recomputed"], []
    )
    shown: list[str] = []
    sink = GuardedSink(guard, shown.append)
    sink.feed("Thanks for that. What would you ")
    assert "".join(shown) == "Thanks for that. What would you"  # harmless words stream at once
    sink.feed("do next? It stores keys and values for previous tokens so they are ")
    assert "".join(shown) == "Thanks for that. What would you do next? "  # held: could still leak
    with pytest.raises(GuardViolation) as caught:
        sink.feed("not recomputed. ")
    assert caught.value.kind == "leak"
    assert "".join(shown) == "Thanks for that. What would you do next? "


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Great. " + "word " * 140, "runaway"),
        ("The answer is " + "7" * 40, "degenerate"),
        ("Rate yourself: level 4 means you did well.", "leak"),
        ("Q2: How would you batch requests?", "leak"),
        (
            "and then we and then we and then we and then we and then we went home " * 2,
            "repetition",
        ),
    ],
)
def test_each_kind_of_violation_is_caught(text: str, kind: str) -> None:
    found = Guard.for_session([], []).check(text)
    assert found is not None and found.kind == kind


def test_an_ordinary_question_passes() -> None:
    guard = Guard.for_session(["the KV cache grows with context length and batch size"], [])
    assert guard.check("Thanks. What is the KV cache, and why does it matter for serving?") is None


@pytest.mark.parametrize(
    "tail",
    ["<|im_end|>\n<|im_start|>user\n<answer>\nIt grows", "<end_of_turn>", "\nCandidate: Sure, I"],
)
def test_a_model_that_writes_the_candidates_turn_is_cut_where_its_own_ends(tail: str) -> None:
    from mockloop.interview.interviewers.guard import TurnOver

    shown: list[str] = []
    sink = GuardedSink(Guard.for_session([], []), shown.append)
    with pytest.raises(TurnOver):
        sink.feed("What is continuous batching, and how does it affect latency?" + tail)
    assert "".join(shown) == "What is continuous batching, and how does it affect latency?"


def test_a_copied_turn_is_caught_after_a_quoted_sentence_end() -> None:
    """Gemma 3 270M copied its first turn ('…"feels slow." How do you…') into later turns; the
    earlier turn must be split into sentences exactly as new text is."""
    first = (
        'Hi, thanks for joining. A customer says their chat assistant "feels slow." How do you '
        "break down latency for an LLM application, step by step?"
    )
    sink = GuardedSink(Guard.for_session([], []), lambda chunk: None, [first])
    with pytest.raises(GuardViolation) as caught:
        for word in first.split(" "):
            sink.feed(word + " ")
        sink.finish()
    assert caught.value.kind == "repetition"


@pytest.mark.parametrize(
    "tail", ["<||im_end|>", "< |im_start| >user", "<user>I think", "</assistant>"]
)
def test_template_tokens_in_any_spelling_end_the_turn(tail: str) -> None:
    from mockloop.interview.interviewers.guard import TurnOver

    shown: list[str] = []
    sink = GuardedSink(Guard.for_session([], []), shown.append)
    with pytest.raises(TurnOver):
        sink.feed("What would you measure first? " + tail)
    assert "".join(shown).strip() == "What would you measure first?"


@pytest.mark.slow
def test_a_model_that_answers_its_own_question_is_asked_again_then_gives_way(
    monkeypatch: pytest.MonkeyPatch, isolated_env: object
) -> None:
    """A small model that plays the candidate in plain words ("Continuous batching is…") asks
    nothing: the turn is asked again, then the agenda's own question stands in."""
    answered = (
        "[NEXT] Continuous batching is when the server adds new requests to the running batch "
        "at every decode step. It raises throughput a lot."
    )
    with LoopbackServer() as server:
        server.responder = lambda body: Step(answered)
        _status, turns, agenda, _shown = _run(server, monkeypatch, ["/end"])
        requests = server.chat_requests()
    assert turns[0].text == f"Hi, thanks for joining. {agenda[0].text}"
    assert "at most three sentences" in requests[1]["messages"][-1]["content"]
    assert "It raises throughput a lot" not in turns[0].text


def test_a_closing_that_asks_a_question_is_asked_again_then_gives_way(
    monkeypatch: pytest.MonkeyPatch, isolated_env: object
) -> None:
    """The closing asks nothing: a small model that closes with a new question (seen with Gemma
    3 270M in every self-test script) is asked again, then the fixed closing stands in, and the
    candidate never sees the question."""
    from mockloop.interview.interviewers.live import FALLBACK_CLOSE

    def respond(body: dict) -> Step:
        if "Close the interview" in body["messages"][-1]["content"]:
            return Step("Thanks for coming in! What would you build first at Acme?")
        return scripted_interviewer(body)

    with LoopbackServer() as server:
        server.responder = respond
        _status, turns, _agenda, shown = _run(server, monkeypatch, ["/end"])
        closings = [
            r
            for r in server.chat_requests()
            if "Close the interview" in r["messages"][-1]["content"]
        ]
    assert (
        len(closings) == 2 and "at most three sentences" in closings[1]["messages"][-1]["content"]
    )
    assert turns[-1].text == FALLBACK_CLOSE
    assert "What would you build first" not in shown


@pytest.mark.parametrize(
    ("chunks", "shown"),
    [
        (
            ["What did you measure? ", "And how did you ", "pick the baseline?"],
            "What did you measure?",
        ),
        (
            ["Thanks. What did you measure? That helps. ", "Why that one?"],
            "Thanks. What did you measure? That helps.",
        ),
        (
            ["Can you give me one example, with the result?"],
            "Can you give me one example, with the result?",
        ),
    ],
    ids=["two-questions", "question-aside-question", "one-question"],
)
def test_a_second_question_ends_the_turn_at_the_first(chunks: list[str], shown: str) -> None:
    """One question a turn, in code: the second question never reaches the screen, not even
    its first words, and what came before it stays (seen with Gemma 3 270M answering the
    candidate's question and then asking two of its own)."""
    from mockloop.interview.interviewers.guard import TurnOver

    out: list[str] = []
    sink = GuardedSink(Guard.for_session([], []), out.append)
    try:
        for chunk in chunks:
            sink.feed(chunk)
        sink.finish()
    except TurnOver:
        pass
    assert "".join(out).strip() == shown


def _feed(sink: GuardedSink, text: str) -> None:
    sink.feed(text)
    sink.finish()


def test_a_turn_that_says_the_candidates_answer_back_is_stopped() -> None:
    """Gemma 3 270M answered gibberish with the gibberish ("asdf qwerty zxcv blorp 7777 ;;;
    ???"): a sentence of the candidate's, four words or more, is not the interviewer's turn."""
    said = "asdf qwerty zxcv blorp 7777 ;;; ???"
    with pytest.raises(GuardViolation, match="repetition"):
        _feed(GuardedSink(Guard.for_session([], []), [].append, echo=[said]), said)
    _feed(GuardedSink(Guard.for_session([], []), [].append, echo=["yes"]), "Yes. Why?")


def test_a_main_question_asked_again_in_other_words_is_stopped() -> None:
    asked = [
        "Thanks. What is continuous batching, and how does batching affect latency and throughput?"
    ]
    guard = Guard.for_session([], [])
    with pytest.raises(GuardViolation, match="earlier question"):
        _feed(
            GuardedSink(guard, [].append, questions=asked),
            "How does batching affect latency and throughput?",
        )
    # the same generic probe on another question is fine: probes are not main questions
    probe = "Staying with question 2: can you give me one specific example, with the result?"
    earlier = ["Staying with question 1: can you give me one specific example, with the result?"]
    out: list[str] = []
    _feed(GuardedSink(guard, out.append, earlier, questions=asked), probe)
    assert "".join(out) == probe


def test_an_imperative_ask_after_a_question_ends_the_turn_too() -> None:
    """Seen with Gemma 3 270M: "What is the purpose of this interview? Explain your answer:"."""
    from mockloop.interview.interviewers.guard import TurnOver

    out: list[str] = []
    sink = GuardedSink(Guard.for_session([], []), out.append)
    with pytest.raises(TurnOver):
        sink.feed("What is the purpose of this interview? Explain your answer in one sentence. ")
    assert "".join(out).strip() == "What is the purpose of this interview?"
    out.clear()
    sink = GuardedSink(Guard.for_session([], []), out.append)
    _feed(sink, "Tell me about the migration, and what you measured.")
    assert "".join(out).strip() == "Tell me about the migration, and what you measured."


def test_a_cut_turn_is_shown_once_when_output_is_piped() -> None:
    """A turn cut after its first question ended on the sentence's space; the piped view
    printed the whole turn a second time."""
    import io

    from rich.console import Console as RichConsole

    from mockloop.interview.ui import StreamView

    buffer = io.StringIO()
    view = StreamView(RichConsole(file=buffer, force_terminal=False), live=False)
    view.feed("What are the trade-offs for the customer? ")
    view.close("What are the trade-offs for the customer?")
    assert buffer.getvalue().count("trade-offs") == 1


def test_the_question_in_play_may_be_asked_again_when_the_candidate_asks_for_it() -> None:
    from mockloop.records import Turn

    asked = "What is continuous batching, and how does batching affect latency and throughput?"
    again = "How does batching affect latency and throughput?"  # Gemma 3 270M, as a follow-up
    turns = [
        Turn(session_id="s", seq=0, speaker="interviewer", kind="question", text=asked),
        Turn(
            session_id="s",
            seq=1,
            speaker="candidate",
            kind="answer",
            text="Sorry, could you repeat the question?",
            question_index=0,
        ),
    ]
    out: list[str] = []
    _feed(GuardedSink.for_turns(Guard.for_session([], []), out.append, turns), again)
    assert "".join(out) == again
    turns[1] = turns[1].model_copy(update={"text": "It batches requests."})
    with pytest.raises(GuardViolation, match="earlier question"):
        _feed(GuardedSink.for_turns(Guard.for_session([], []), [].append, turns), again)
