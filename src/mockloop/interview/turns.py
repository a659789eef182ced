"""The turn loop as plain logic over an Interviewer and a Console pair.

mockloop owns the agenda: which main question is current, how many follow-ups were asked,
when to move on, when to invite the candidate's questions. The interviewer (offline rules
or a live model) only phrases turns and says whether an answer deserves a probe. Every
turn is committed to the store before the next prompt is shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel

from mockloop.records import AgendaQuestion, InterviewPlan, Turn, TurnKind
from mockloop.scoring.reverse import NO_MORE as _NO_MORE
from mockloop.store.db import Store

from .coach import COACH_HELP

if TYPE_CHECKING:
    from .coach import Coach

COMMANDS_HELP = (
    "/help  this list · /repeat  hear the last question again · "
    "/skip  move to the next question · /end  finish the interview"
)


class Reply(BaseModel):
    """What the interviewer said, and what kind of turn it is."""

    kind: TurnKind
    text: str
    director: str | None = None  # the instruction the model was given for this turn (live mode)


@dataclass
class Context:
    """What an interviewer may look at when it phrases a turn."""

    plan: InterviewPlan
    round_id: str
    persona: str
    agenda: list[AgendaQuestion]
    turns: list[Turn] = field(default_factory=list)
    max_follow_ups: int = 2
    deadline: float | None = None  # time.monotonic() after which no new main question starts

    def time_left(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()


Sink = Callable[[str], None]


class Interviewer(Protocol):
    def open(self, ctx: Context, first: AgendaQuestion, sink: Sink) -> Reply: ...

    def after_answer(
        self,
        ctx: Context,
        current: AgendaQuestion,
        follow_ups_asked: int,
        next_question: AgendaQuestion | None,
        sink: Sink,
    ) -> Reply:
        """A follow_up (only while follow_ups_asked < ctx.max_follow_ups), the next question, or
        an invite for the candidate's questions when next_question is None."""

    def ask(self, ctx: Context, question: AgendaQuestion, sink: Sink) -> Reply: ...

    # An interviewer may set ``answer_limit``: it reads only that many characters of an answer
    # (the store keeps all of it); the loop tells the candidate when an answer was longer.

    def invite(self, ctx: Context, sink: Sink) -> Reply: ...

    def answer_candidate(self, ctx: Context, question: str, sink: Sink) -> Reply: ...

    def close(self, ctx: Context, sink: Sink) -> Reply: ...


class Console(Protocol):
    """The terminal side: show interviewer turns, read the candidate's input.

    A console may also have ``show_answer(text)``: the loop calls it with each input once it is
    handled (an answer only after it is stored), so a transcript on screen never shows an answer
    the store does not hold.
    """

    def interviewer_sink(self) -> Sink: ...

    def finish_interviewer_turn(self, reply: Reply) -> None: ...

    def read_answer(self) -> str | None:
        """The next input, or None when the candidate ended it (EOF, Ctrl-C)."""

    def info(self, message: str) -> None: ...


Phase = Literal["questions", "candidate_questions", "closed"]


@dataclass
class Position:
    """Where an interview stands, derived from its stored turns so a resume picks up exactly."""

    phase: Phase = "questions"
    index: int = 0
    follow_ups: int = 0
    awaiting_answer: bool = False
    attempt: int = 1  # coach mode: 2 and up once the candidate takes the question again

    @classmethod
    def from_turns(cls, turns: list[Turn]) -> Position:
        pos = cls()
        for turn in turns:
            if turn.kind in ("question", "follow_up"):
                pos.phase = "questions"
                pos.index = turn.question_index or 0
                pos.attempt = turn.attempt
                pos.follow_ups = pos.follow_ups + 1 if turn.kind == "follow_up" else 0
                pos.awaiting_answer = True
            elif turn.kind == "answer":
                pos.awaiting_answer = False
            elif turn.kind in ("invite", "reply"):
                pos.phase = "candidate_questions"
            elif turn.kind == "closing":
                pos.phase = "closed"
        return pos


class InterviewLoop:
    def __init__(
        self,
        store: Store,
        session_id: str,
        ctx: Context,
        interviewer: Interviewer,
        console: Console,
        on_turn: Callable[[list[Turn]], None] | None = None,
        coach: Coach | None = None,
    ) -> None:
        self.on_turn = on_turn
        self.coach = coach
        self._held: Reply | None = None  # coach mode: the next turn, said once /next is typed
        self.store = store
        self.session_id = session_id
        self.ctx = ctx
        self.interviewer = interviewer
        self.console = console
        self.pos = Position.from_turns(ctx.turns)

    # ------------------------------------------------------------ recording

    def _record(self, speaker: str, kind: TurnKind, text: str, director: str | None = None) -> Turn:
        in_questions = kind in ("question", "follow_up", "answer")
        question = self.ctx.agenda[self.pos.index] if in_questions else None
        turn = Turn(
            session_id=self.session_id,
            seq=len(self.ctx.turns),
            speaker=speaker,  # type: ignore[arg-type]
            kind=kind,
            text=text,
            question_index=self.pos.index if in_questions else None,
            follow_up=kind == "follow_up" or (kind == "answer" and self.pos.follow_ups > 0),
            question_id=question.id if question else None,
            attempt=self.pos.attempt if in_questions else 1,
            director=director,
        )
        stored = self.store.add_turn(turn)
        self.ctx.turns.append(stored)
        if self.on_turn is not None:
            self.on_turn(self.ctx.turns)
        return stored

    def _say(self, produce: Callable[[Sink], Reply]) -> Reply:
        reply = produce(self.console.interviewer_sink())
        if reply.kind == "question":
            self.pos.follow_ups = 0
        elif reply.kind == "follow_up":
            self.pos.follow_ups += 1
        self._record("interviewer", reply.kind, reply.text, reply.director)
        self.console.finish_interviewer_turn(reply)
        if reply.kind in ("question", "follow_up"):
            self.pos.awaiting_answer = True
        elif reply.kind == "invite":
            self.pos.phase = "candidate_questions"
        elif reply.kind == "closing":
            self.pos.phase = "closed"
        return reply

    # ------------------------------------------------------------ flow

    def _next_question(self) -> AgendaQuestion | None:
        nxt = self.pos.index + 1
        if nxt >= len(self.ctx.agenda):
            return None
        left = self.ctx.time_left()
        if left is not None and left <= 0:
            return None
        return self.ctx.agenda[nxt]

    def run(self) -> str:
        """Drive the interview to its end; returns the final status (ended or interrupted)."""
        if not self.ctx.turns:
            first = self.ctx.agenda[0]
            self._say(lambda sink: self.interviewer.open(self.ctx, first, sink))
        elif self.pos.phase == "questions" and not self.pos.awaiting_answer:
            self._move_on_after_answer()
        elif (
            self.pos.phase == "candidate_questions"
            and self.ctx.turns[-1].kind == "candidate_question"
        ):
            self._candidate_turn(self.ctx.turns[-1].text, record=False)
        elif self.pos.phase != "closed" and self.ctx.turns[-1].speaker == "interviewer":
            self._repeat()  # a resumed session: show the question the candidate is answering
        while self.pos.phase != "closed":
            # coach feedback waits for /retry or /next: a console with answers from elsewhere
            # (recorded audio) reads that typed command, not the next answer
            command = getattr(self.console, "read_command", None)
            if self._held is not None and command is not None:
                text = command()
            else:
                text = self.console.read_answer()
            if text is None:
                return "interrupted"
            if not self._handle(text):
                return "interrupted"
        return "ended"

    def _show(self, text: str) -> None:
        show = getattr(self.console, "show_answer", None)
        if show is not None:
            show(text)

    def _saved(self, text: str) -> None:
        """The candidate's text is stored: show it, and say so if the model will read only part of it."""
        self._show(text)
        limit = getattr(self.interviewer, "answer_limit", None)
        if limit and len(text) > limit:
            self.console.info(
                f"Your answer is {len(text):,} characters: all of it is saved, "
                f"but the interviewer reads only the first {limit:,}."
            )

    def _handle(self, raw: str) -> bool:
        text = raw.strip()
        command = text.lower()
        if not text:
            return True
        if command.startswith("/"):
            self._show(text)
        if command == "/help":
            self.console.info(COMMANDS_HELP + (f" · {COACH_HELP}" if self.coach else ""))
        elif self._held is not None and command in ("/next", "/skip"):
            self._release()
        elif self._held is not None and command == "/retry":
            self._retry()
        elif command in ("/retry", "/next"):
            when = (
                "once a question's feedback is shown" if self.coach else "in coach mode (--coach)"
            )
            self.console.info(f"{command} works {when}")
        elif command == "/repeat":
            self._repeat()
        elif command == "/end":
            self._say(lambda sink: self.interviewer.close(self.ctx, sink))
        elif command == "/skip":
            self._skip()
        elif command.startswith("/"):
            self.console.info(f"unknown command {text.split()[0]}; {COMMANDS_HELP}")
        elif self._held is not None:
            self.console.info(f"Your feedback is above: {COACH_HELP}")
        elif self.pos.phase == "questions":
            self._record("candidate", "answer", text)
            self._saved(text)
            self.pos.awaiting_answer = False
            if self.coach is not None:
                self.coach.answered(self.ctx.turns, self.pos.index, self.pos.attempt)
            self._move_on_after_answer()
        else:
            self._candidate_turn(text)
        return True

    def _repeat(self) -> None:
        last = next((t for t in reversed(self.ctx.turns) if t.speaker == "interviewer"), None)
        if last is not None:
            self.console.finish_interviewer_turn(Reply(kind=last.kind, text=last.text))

    def _skip(self) -> None:
        if self.pos.phase != "questions":
            self._say(lambda sink: self.interviewer.close(self.ctx, sink))
            return
        nxt = self._next_question()
        if nxt is None:
            self._say(lambda sink: self.interviewer.invite(self.ctx, sink))
            return
        self.pos.index, self.pos.attempt = self.pos.index + 1, 1
        self._say(lambda sink: self.interviewer.ask(self.ctx, nxt, sink))

    def _decide(self, sink: Sink) -> Reply:
        """The interviewer's turn after an answer, its kind kept within the agenda's limits."""
        nxt = self._next_question()
        current = self.ctx.agenda[self.pos.index]
        follow_ups = self.pos.follow_ups
        reply = self.interviewer.after_answer(self.ctx, current, follow_ups, nxt, sink)
        if reply.kind == "follow_up" and follow_ups >= self.ctx.max_follow_ups:
            reply = reply.model_copy(update={"kind": "question" if nxt else "invite"})
        if reply.kind == "question" and nxt is None:
            reply = reply.model_copy(update={"kind": "invite"})
        return reply

    def _advanced(self, reply: Reply) -> Reply:
        if reply.kind == "question":
            self.pos.index, self.pos.attempt = self.pos.index + 1, 1
        return reply

    def _move_on_after_answer(self) -> None:
        if self.coach is None:
            self._say(lambda sink: self._advanced(self._decide(sink)))
            return
        # coach mode: the feedback comes before whatever the interviewer says next
        thinking = getattr(self.console, "thinking", nullcontext)
        lines: list[str] | None = None
        with thinking():
            reply = self._decide(lambda _chunk: None)
            if reply.kind != "follow_up":
                lines = self.coach.feedback(self.ctx.turns, self.pos.index, self.pos.attempt)
        if reply.kind == "follow_up" or lines is None:
            self._say(lambda sink: self._advanced(_spoken(sink, reply)))
            return
        self._held = reply
        show = getattr(self.console, "feedback", None)
        if show is not None:
            show(lines)
        else:
            for line in lines:
                self.console.info(line)

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            self._say(lambda sink: self._advanced(_spoken(sink, held)))

    def _retry(self) -> None:
        """The same question again, as a new attempt with its own answers and score."""
        self._held = None
        question = self.ctx.agenda[self.pos.index]
        self.pos.attempt += 1
        again = Reply(kind="question", text=f"Let's take that one again. {question.text}",
                      director="coach: /retry, the same question as a new attempt")  # fmt: skip
        self._say(lambda sink: _spoken(sink, again))

    def _candidate_turn(self, text: str, record: bool = True) -> None:
        if record:
            self._record("candidate", "candidate_question", text)
            self._saved(text)
        if _NO_MORE.match(text):
            self._say(lambda sink: self.interviewer.close(self.ctx, sink))
        else:
            self._say(lambda sink: self.interviewer.answer_candidate(self.ctx, text, sink))


def _spoken(sink: Sink, reply: Reply) -> Reply:
    """Say a reply that was decided before it could be shown."""
    sink(reply.text)
    return reply
