"""The live interviewer: a model phrases every turn; mockloop keeps the agenda.

Each request is the system prompt (persona + protocol, fixed for the session) followed by the
stored history, rebuilt byte-for-byte from the turns, so a provider's prefix cache reuses all
of it. Before each interviewer turn mockloop ends the request with a one-line director note
saying what the turn must do (ask Q3, quoting it, or probe if the answer deserves it); the
note is sent once and left out of the history after it. The model starts its reply with a
control tag ([FOLLOW-UP], [NEXT], [INVITE]); the tag is parsed and never shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mockloop.catalog.prompts import MAX_ANSWER_CHARS, clip, neutralise
from mockloop.interview.turns import Context, Reply, Sink
from mockloop.records import AgendaQuestion, Turn, TurnKind
from mockloop.text import content_words

from .budget import Budget, compact_persona
from .guard import Guard, GuardedSink, GuardViolation, TurnOver, turn_max_tokens

if TYPE_CHECKING:
    from mockloop.llm.client import LLMClient

CONDENSED_ANSWER_CHARS = 400

_TAG_WORD = r"(follow[\s_-]*up|next|invite)"
_TAG = re.compile(r"\[\s*" + _TAG_WORD + r"\s*\]", re.IGNORECASE)
_LEADING_TAG = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:\[\s*" + _TAG_WORD + r"\s*\]|" + _TAG_WORD + r"\s*:)\s*(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
# text that may still become a leading tag once more characters arrive
_TAG_PREFIX = re.compile(
    r"(?:\*\*|__|\*|_)?\s*(?:\[[^\]]{0,14}|f(?:o(?:l(?:l(?:o(?:w(?:[\s_-]?(?:u(?:p)?)?)?)?)?)?)?)?"
    r"|n(?:e(?:x(?:t)?)?)?|i(?:n(?:v(?:i(?:t(?:e)?)?)?)?)?|<(?:t(?:h(?:i(?:n(?:k)?)?)?)?)?)",
    re.IGNORECASE,
)
# a turn that puts something to the candidate: a question mark, or an ask in the imperative
_ASKS = re.compile(
    r"\?|\b(?:tell|walk|talk)\s+(?:me|us)\b|\b(?:describe|explain|share|outline|sketch|give\s+me"
    r"|take\s+me|help\s+me\s+understand|go\s+ahead|pick|imagine|i'?d\s+(?:like|love)\s+to\s+hear"
    r"|i'?m\s+curious)\b",
    re.IGNORECASE,
)
_THINK = re.compile(r"<think>.*?(</think>|$)", re.DOTALL | re.IGNORECASE)
_TAG_KIND: dict[str, TurnKind] = {"followup": "follow_up", "next": "question", "invite": "invite"}


# ---------------------------------------------------------------- system prompt and director notes


def system_prompt(ctx: Context, compact: bool = False) -> str:
    """The persona with the live protocol, byte-identical on every request of a session (and
    after a resume). The persona's shared rules are replaced by their live version, which folds
    the protocol (fences, director notes, control tags, when to probe) into the same rules
    instead of repeating them; a persona whose template has its own rules gets the protocol
    appended. The agenda is not in it: each main question travels in the director note
    of the turn that asks it, so no request carries the questions still to come (nothing to
    read out early, and the fixed cost of every request stays small).
    ``compact`` (a small context window) keeps only the round's own lines of the notes.
    """
    from mockloop.catalog.prompts import render

    persona = compact_persona(ctx.persona) if compact else ctx.persona
    shared = render("shared/rules.md").strip()
    if shared and shared in persona:  # the rules, rewritten for live mode with the turn protocol
        return persona.replace(shared, render("live/rules.md").strip(), 1)
    return persona.rstrip() + "\n" + render("live/protocol.md")  # a persona with its own rules


def agenda_text(ctx: Context) -> str:
    """The session's main questions as `mockloop persona` shows them (never sent as a block)."""
    lines = [f"Q{n}: {q.text}" for n, q in enumerate(ctx.agenda, 1)]
    return "# The agenda (each question is sent in the director note that asks it)\n" + "\n".join(
        lines
    )


def _ask(question: AgendaQuestion, ctx: Context) -> str:
    text = " ".join(neutralise(question.text).split())
    return f'ask Q{ctx.agenda.index(question) + 1} [NEXT]: "{text}"'


def director_open(ctx: Context, first: AgendaQuestion, interviewer: str) -> str:
    return f"The candidate has joined. Greet them in one sentence as the {interviewer}, then {_ask(first, ctx)}"


def director_after_answer(
    ctx: Context, current: AgendaQuestion, can_follow_up: bool, nxt: AgendaQuestion | None
) -> str:
    move_on = _ask(nxt, ctx) if nxt is not None else "invite the candidate's questions [INVITE]."
    if not can_follow_up:
        return "No more follow-ups on this question: " + move_on
    return f"Follow up on Q{ctx.agenda.index(current) + 1} [FOLLOW-UP] if the answer deserves it; otherwise {move_on}"


def director_skip(ctx: Context, question: AgendaQuestion) -> str:
    return f"The candidate skipped. Without comment, {_ask(question, ctx)}"


DIRECTOR_INVITE = "That covers the agenda: invite the candidate's questions. [INVITE]"
DIRECTOR_CANDIDATE_QUESTION = (
    "Answer the candidate's question in character in two to four sentences, using only what your "
    "notes record; if they do not say, say so plainly and suggest who could answer. Then ask "
    "whether they have other questions."
)
DIRECTOR_CLOSE = "Close the interview in one or two warm sentences. Ask nothing."
STRICTER = (
    " Say only this turn, in at most three sentences. Never mention the agenda, key points, "
    "the rubric, scores or what a good answer contains."
)
FALLBACK_REPLY = (
    "That isn't something I have in front of me; your recruiter can answer it. Any other questions?"
)
FALLBACK_CLOSE = "Thanks for your time today. The team will be in touch about next steps."
FALLBACK_INVITE = "That's all I wanted to ask. What questions do you have for me?"


# ---------------------------------------------------------------- the message history


def _candidate_block(turn: Turn) -> str:
    tag = "question" if turn.kind == "candidate_question" else "answer"
    return f"<{tag}>\n{neutralise(clip(turn.text, MAX_ANSWER_CHARS))}\n</{tag}>"


def build_messages(
    persona: str, turns: list[Turn], director: str, condensed: bool = False
) -> list[dict[str, str]]:
    """System prompt, then the history as user/assistant pairs, then the new director note.

    Past turns are rebuilt from the store, so the prefix is identical every time; only the
    new director note is sent (a past one only where it is the whole user message).
    ``condensed`` shortens old answers when the provider reported the context was too long.
    """
    messages: list[dict[str, str]] = [{"role": "system", "content": persona}]
    pending: list[str] = []
    keep_from = max(0, len(turns) - 6) if condensed else 0
    for position, turn in enumerate(turns):
        if turn.speaker == "candidate":
            block = _candidate_block(turn)
            if position < keep_from:
                block = clip(block, CONDENSED_ANSWER_CHARS)
            pending.append(block)
            continue
        # a past director note is replayed only where the candidate said nothing before the
        # turn (the opening): elsewhere it is dropped, so each note is paid for once, and the
        # prefix a cache can reuse still runs to the end of the last answer
        note = None if pending else (turn.director or "Continue the interview.")
        messages.append({"role": "user", "content": _user_message(pending, note)})
        messages.append({"role": "assistant", "content": turn.text})
        pending = []
    messages.append({"role": "user", "content": _user_message(pending, director)})
    return messages


def _user_message(blocks: list[str], director: str | None) -> str:
    # a director note quotes agenda questions, which can quote the notes: neutralised like answers
    if director is None:
        return "\n\n".join(blocks)
    return "\n\n".join([*blocks, f"<director>{neutralise(director)}</director>"])


# ---------------------------------------------------------------- reply parsing


class TagFilter:
    """Streams text through to the sink, holding back a control tag that may be arriving and
    any <think> block, so neither reaches the terminal. Ordinary text passes at once."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink
        self.restart()

    def restart(self) -> None:
        """Forget what was streamed: the server is sending the turn again from its start."""
        self.raw = ""
        self.emitted = 0

    def feed(self, chunk: str) -> None:
        self.raw += chunk
        self._emit(self.visible(final=False))

    def finish(self) -> str:
        visible = self.visible(final=True)
        self._emit(visible)
        return visible.rstrip()

    def _emit(self, visible: str) -> None:
        if len(visible) > self.emitted:
            self.sink(visible[self.emitted :])
            self.emitted = len(visible)

    def visible(self, final: bool) -> str:
        text = _THINK.sub("", self.raw).lstrip()
        if not final:
            lowered = text.lower()
            if "<think" in lowered:
                text = text[: lowered.index("<think")]
            if self.emitted == 0 and _TAG_PREFIX.fullmatch(text):
                return ""
        text = _TAG.sub("", _LEADING_TAG.sub("", text, count=1)).lstrip()
        if not final:
            cut = text.rfind("[")  # a tag arriving in pieces mid-text
            if cut != -1 and "]" not in text[cut:] and len(text) - cut < 16:
                text = text[:cut]
        return text


def decide_kind(raw: str, can_follow_up: bool, nxt: AgendaQuestion | None) -> TurnKind:
    """The kind of turn the model produced, from its tag, or from its words when it forgot one."""
    thought_free = _THINK.sub("", raw)
    found = _LEADING_TAG.match(thought_free) or _TAG.search(thought_free)
    word = next((g for g in found.groups() if g), None) if found else None
    if word:
        kind = _TAG_KIND[re.sub(r"[\s_-]", "", word.lower())]
    elif nxt is not None:
        wanted = content_words(nxt.text)
        shared = len(wanted & content_words(raw)) / max(1, len(wanted))
        kind = "question" if shared >= 0.4 or not can_follow_up else "follow_up"
    else:
        kind = "invite" if not can_follow_up or "question" in raw.lower() else "follow_up"
    if kind == "follow_up" and not can_follow_up:
        kind = "question" if nxt is not None else "invite"
    if kind == "question" and nxt is None:
        kind = "invite"
    return kind


# ---------------------------------------------------------------- the interviewer


def _complete_turn(visible: str, result: Any) -> str:
    """The text to store for a finished stream. A reply cut off by the output limit keeps what
    was said, marked with an ellipsis; a reply with nothing to show is an error, never a turn."""
    from mockloop.errors import LLMError

    cut = result.finish_reason == "length"
    if not visible.strip():
        why = "was cut off (finish_reason length) before" if cut else "ended without"
        raise LLMError(
            f"the reply of model '{result.model}' {why} any text to show: "
            "try again, or use another --model" + (" with a larger output limit" if cut else "")
        )
    return visible + " …" if cut else visible


class LiveInterviewer:
    answer_limit = MAX_ANSWER_CHARS  # the loop tells the candidate when an answer is clipped

    def __init__(self, client: LLMClient, interviewer: str, *, on_reset: Any = None) -> None:
        self.client = client
        self.interviewer = interviewer
        self.on_reset = on_reset
        self.usage: list[Any] = []
        self.violations: list[GuardViolation] = []
        self._guard: Guard | None = None
        self._budget: Budget | None = None

    def guard(self, ctx: Context) -> Guard:
        """The session's guard: its agenda's key points and its rubric stay private."""
        if self._guard is None:
            from mockloop.catalog.library import round_for

            rubric = round_for(ctx.plan, ctx.round_id).rubric
            criteria = [c.description for c in rubric.criteria]
            criteria += [text for c in rubric.criteria for text in c.levels.values()]
            key_points = [k for q in ctx.agenda for k in q.key_points]
            self._guard = Guard.for_session(key_points, criteria)
        return self._guard

    def _call(
        self,
        ctx: Context,
        director: str,
        sink: Sink,
        fallback: str = "",
        asks: bool = False,
        quiet: bool = False,
    ) -> tuple[str, str]:
        """(shown text, raw text) of one guarded turn: on a leak or a runaway the stream stops,
        the turn is asked again once with a stricter note, then the agenda's own words stand in.
        ``asks``: the turn must put a question to the candidate; a reply with none (a small
        model answering its own question, or musing) is a violation too; ``quiet``: the turn
        must ask nothing (the closing: a question there leaves the candidate with no turn to
        answer it, seen with Gemma 3 270M in every self-test script)."""
        from mockloop.llm import debuglog

        for note in (director, director + STRICTER):
            guarded = GuardedSink.for_turns(self.guard(ctx), sink, ctx.turns, quiet=quiet)
            try:
                text, raw = self._stream(ctx, note, guarded)
                if asks and not _ASKS.search(text) and not text.endswith("…"):
                    raise GuardViolation("no question", text[:80])
                return text, raw
            except GuardViolation as violation:
                self.violations.append(violation)
                debuglog.error(f"interviewer turn stopped by the guard: {violation}")
                if self.on_reset is not None and guarded.shown:
                    self.on_reset()  # the screen drops what the stopped attempt showed
        if not fallback:
            from mockloop.errors import LLMError

            raise LLMError(
                "the model's reply broke the interview's rules twice: try another --model"
            )
        sink(fallback)
        return fallback, fallback

    def _request(self, ctx: Context, director: str) -> tuple[list[dict[str, str]], int]:
        """(messages, max_tokens) fitted to the model's context window (budget.py)."""
        if self._budget is None:
            self._budget = Budget(window=self.client.context_window())

        answering = len(ctx.turns) - max(
            (i + 1 for i, t in enumerate(ctx.turns) if t.speaker == "interviewer"), default=0
        )  # what the candidate said since the last interviewer turn always goes

        def build(level: int, keep: int | None) -> list[dict[str, str]]:
            kept = len(ctx.turns) if keep is None else max(keep, answering)
            turns = ctx.turns[len(ctx.turns) - kept :]
            return build_messages(system_prompt(ctx, level >= 1), turns, director, level >= 2)

        return self._budget.fit(build, turn_max_tokens(), len(ctx.turns))

    def _stream(self, ctx: Context, director: str, guarded: GuardedSink) -> tuple[str, str]:
        """(visible text, raw text) of one streamed turn; asked once more, tighter, if the
        server says the request is longer than its context."""
        from mockloop.errors import ContextLengthError

        refused = False
        tag_filter = TagFilter(guarded.feed)

        def reset() -> None:
            tag_filter.restart()
            guarded.restart()
            if self.on_reset is not None:
                self.on_reset()

        while True:
            messages, max_tokens = self._request(ctx, director)
            try:
                result = self.client.stream_chat(
                    messages, on_text=tag_filter.feed, on_reset=reset, max_tokens=max_tokens
                )
            except ContextLengthError as exc:
                if refused or self._budget is None:
                    raise
                refused = True
                self._budget.refused(str(exc), messages)
                reset()
                continue
            except TurnOver as over:
                if not guarded.shown.strip():
                    raise GuardViolation("impersonation", "no turn of its own") from None
                if over.args:  # cut, not asked again: what was shown stands
                    from mockloop.llm import debuglog

                    cut = GuardViolation(str(over.args[0]), "the turn was cut before it")
                    self.violations.append(cut)
                    debuglog.error(f"interviewer turn cut by the guard: {cut}")
                return guarded.shown.strip(), tag_filter.raw
            except KeyboardInterrupt:
                tag_filter.finish()
                partial = guarded.shown.strip()
                if not partial:
                    raise
                return partial + " …", tag_filter.raw
            self.usage.append(result.usage)
            tag_filter.finish()
            return _complete_turn(guarded.finish(), result), result.text

    def _reply(
        self, ctx: Context, director: str, sink: Sink, kind: TurnKind, fallback: str
    ) -> Reply:
        asks = kind in ("question", "follow_up", "invite")
        text, _ = self._call(ctx, director, sink, fallback, asks=asks, quiet=kind == "closing")
        return Reply(kind=kind, text=text, director=director)

    def open(self, ctx: Context, first: AgendaQuestion, sink: Sink) -> Reply:
        fallback = f"Hi, thanks for joining. {first.text}"
        director = director_open(ctx, first, self.interviewer)
        return self._reply(ctx, director, sink, "question", fallback)

    def ask(self, ctx: Context, question: AgendaQuestion, sink: Sink) -> Reply:
        return self._reply(ctx, director_skip(ctx, question), sink, "question", question.text)

    def after_answer(
        self,
        ctx: Context,
        current: AgendaQuestion,
        follow_ups_asked: int,
        next_question: AgendaQuestion | None,
        sink: Sink,
    ) -> Reply:
        can_follow_up = follow_ups_asked < ctx.max_follow_ups
        director = director_after_answer(ctx, current, can_follow_up, next_question)
        fallback = next_question.text if next_question is not None else FALLBACK_INVITE
        text, raw = self._call(ctx, director, sink, fallback, asks=True)
        if text == fallback:  # the agenda's words stood in: the turn does what they say
            kind: TurnKind = "question" if next_question is not None else "invite"
        else:
            kind = decide_kind(raw, can_follow_up, next_question)
        return Reply(kind=kind, text=text, director=director)

    def invite(self, ctx: Context, sink: Sink) -> Reply:
        return self._reply(ctx, DIRECTOR_INVITE, sink, "invite", FALLBACK_INVITE)

    def answer_candidate(self, ctx: Context, question: str, sink: Sink) -> Reply:
        return self._reply(ctx, DIRECTOR_CANDIDATE_QUESTION, sink, "reply", FALLBACK_REPLY)

    def close(self, ctx: Context, sink: Sink) -> Reply:
        return self._reply(ctx, DIRECTOR_CLOSE, sink, "closing", FALLBACK_CLOSE)
