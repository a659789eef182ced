"""The deterministic interviewer: no network, no key, the same words for the same answers.

It greets in the round's voice, asks the agenda's questions, probes an answer that is thin
(very short, no example, no result, no number), and answers the candidate's questions from
what the notes record, saying plainly when they don't.
"""

from __future__ import annotations

import re

from mockloop.catalog.library import round_for
from mockloop.interview.turns import Context, Reply, Sink
from mockloop.records import AgendaQuestion, NoteLine, RoundSpec
from mockloop.text import content_words

_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|percent|half|double|triple)\b",
    re.IGNORECASE,
)
_EXAMPLE = re.compile(
    r"\b(for example|for instance|e\.g\.|when i|at my|in my (last|previous|current)|one time|"
    r"last (year|quarter|month)|i (led|built|shipped|ran|drove|owned|launched|designed|worked|managed|wrote|decided|created))\b",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"\b(result|resulted|outcome|impact|so that|which (led|meant|cut|saved|grew|reduced)|"
    r"reduced|increased|improved|saved|cut|grew|launched|shipped|delivered|adopted|measured|metric)\b",
    re.IGNORECASE,
)
THIN_WORDS = 30


def thin_signals(answer: str, kind: str) -> list[str]:
    """What an answer lacks, in the order a good interviewer would probe it."""
    missing: list[str] = []
    words = len(answer.split())
    if words < THIN_WORDS:
        missing.append("short")
    if kind in ("behavioral", "case") and not _EXAMPLE.search(answer):
        missing.append("example")
    if kind in ("behavioral", "case") and not _RESULT.search(answer):
        missing.append("result")
    if kind in ("technical", "case") and not _NUMBER.search(answer):
        missing.append("number")
    return missing


_GENERIC_PROBES = {
    "example": "Can you make that concrete? Pick one specific time and walk me through what you did.",
    "result": "What was the outcome, and how did you know it worked?",
    "number": "Can you put a number on that: latency, cost, volume, or whatever mattered most?",
    "short": "Say more about that. What was your own part in it?",
}


def _answered_turns(ctx: Context, question_index: int) -> list[str]:
    return [t.text for t in ctx.turns if t.kind == "answer" and t.question_index == question_index]


class OfflineInterviewer:
    """Rule-based; every choice is a pure function of the plan, the agenda and the answers."""

    def __init__(self, spec: RoundSpec, interviewer: str, company: str, role: str) -> None:
        self.spec = spec
        self.interviewer = interviewer
        self.company = company
        self.role = role

    @classmethod
    def for_context(cls, ctx: Context, interviewer: str) -> OfflineInterviewer:
        return cls(
            round_for(ctx.plan, ctx.round_id).spec,
            interviewer,
            ctx.plan.company or "the company",
            ctx.plan.role or "this role",
        )

    def _fill(self, text: str) -> str:
        try:
            return text.format(company=self.company, role=self.role, interviewer=self.interviewer)
        except (KeyError, IndexError, ValueError):
            return text

    @staticmethod
    def _emit(sink: Sink, kind: str, text: str) -> Reply:
        sink(text)
        return Reply(kind=kind, text=text)  # type: ignore[arg-type]

    # ------------------------------------------------------------ questions

    def open(self, ctx: Context, first: AgendaQuestion, sink: Sink) -> Reply:
        greeting = (
            self._fill(self.spec.greeting) or f"Hi, I'm the {self.interviewer} for this round."
        )
        return self._emit(sink, "question", f"{greeting}\n\n{first.text}")

    def ask(self, ctx: Context, question: AgendaQuestion, sink: Sink) -> Reply:
        return self._emit(sink, "question", f"Let's move on. {question.text}")

    def after_answer(
        self,
        ctx: Context,
        current: AgendaQuestion,
        follow_ups_asked: int,
        next_question: AgendaQuestion | None,
        sink: Sink,
    ) -> Reply:
        latest = _answered_turns(ctx, ctx.agenda.index(current))[-1:] or [""]
        missing = thin_signals(latest[0], current.kind)
        if missing and follow_ups_asked < ctx.max_follow_ups:
            return self._emit(sink, "follow_up", self._probe(current, follow_ups_asked, missing))
        if next_question is None:
            return self.invite(ctx, sink)
        return self._emit(sink, "question", f"Thanks. {next_question.text}")

    @staticmethod
    def _probe(current: AgendaQuestion, asked: int, missing: list[str]) -> str:
        if asked < len(current.follow_ups):
            return current.follow_ups[asked]
        return _GENERIC_PROBES[missing[0]]

    # ------------------------------------------------------------ the candidate's turn

    def invite(self, ctx: Context, sink: Sink) -> Reply:
        return self._emit(
            sink, "invite", "That's all I wanted to cover. What questions do you have for me?"
        )

    def answer_candidate(self, ctx: Context, question: str, sink: Sink) -> Reply:
        known = answer_from_notes(ctx, question)
        if known:
            text = f"From what I know: {known} Anything else you'd like to ask?"
        else:
            text = (
                "Good question. I don't have that in front of me, and I'd rather not guess: "
                "it's worth asking the recruiter directly. Anything else?"
            )
        return self._emit(sink, "reply", text)

    def close(self, ctx: Context, sink: Sink) -> Reply:
        closing = self._fill(self.spec.closing) or "Thanks for your time today."
        return self._emit(sink, "closing", closing)


_TOPICS: dict[str, tuple[str, ...]] = {
    "location": (
        "where",
        "location",
        "office",
        "remote",
        "hybrid",
        "based",
        "city",
        "relocat",
        "onsite",
    ),
    "process": (
        "process",
        "round",
        "next step",
        "interview",
        "stage",
        "timeline",
        "loop",
        "hear back",
    ),
    "team": ("team", "size", "headcount", "pms", "report", "hiring", "grow", "people"),
    "comp": ("equity", "salary", "comp", "pay", "stock", "option", "bonus", "benefit"),
    "stage": ("series", "funding", "raise", "raising", "stage", "startup", "runway", "growth"),
}
_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "location": (
        "new york",
        "nyc",
        "sf",
        "san francisco",
        "remote",
        "hybrid",
        "office",
        "london",
        "seattle",
        "pref",
        "based",
        "relocat",
        "onsite",
        "on-site",
    ),
    "process": (
        "round",
        "interview",
        "take home",
        "take-home",
        "final",
        "onsite",
        "screen",
        "process",
    ),
    "team": ("team", "pms", "pm ", "headcount", "engineer", "founding", "hire", "hiring"),
    "comp": ("equity", "salary", "comp", "bonus", "stock", "base"),
    "stage": ("series", "funding", "raise", "raising", "pmf", "startup", "grow"),
}


def _topic(question: str) -> str | None:
    lowered = question.lower()
    scores = {topic: sum(word in lowered for word in words) for topic, words in _TOPICS.items()}
    best = max(scores, key=lambda t: scores[t])
    return best if scores[best] else None


def _quote(lines: list[NoteLine], limit: int = 3) -> str:
    picked = lines[:limit]
    return "; ".join(f"\u201c{line.text.strip()}\u201d" for line in picked) + "."


def answer_from_notes(ctx: Context, question: str) -> str | None:
    """Answer from the recruiter's logistics and the plan's rounds, or None when the notes are silent."""
    plan = ctx.plan
    topic = _topic(question)
    if topic == "process" and plan.rounds and not plan.default_loop:
        titles = ", ".join(f"{r.title} ({r.interviewer or r.id})" for r in plan.rounds)
        return f"the loop has {len(plan.rounds)} parts: {titles}."
    if topic:
        words = _TOPIC_WORDS[topic]
        hits = [n for n in plan.logistics if any(w in f" {n.text.lower()} " for w in words)]
        if hits:
            return f"the notes from the recruiter say {_quote(hits)}"
    asked = content_words(question)
    scored = [(len(asked & content_words(n.text)), n) for n in [*plan.logistics, *plan.research]]
    best = [n for score, n in sorted(scored, key=lambda s: -s[0]) if score >= 2]
    if best:
        return f"the notes say {_quote(best, limit=2)}"
    return None
