"""What a later round's interviewer knows of the earlier ones: the candidate's claims with their
numbers, the stories they told, their weak spots and the questions left open.

Pure: earlier rounds' report data in, records out. The brief reaches a live interviewer as fenced
data after its persona (prompts/loop/brief.md); the probes built from it (probes.py) reach every
interviewer as agenda questions, so the offline one asks them word for word.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from mockloop.practice.claims import Claim, claims
from mockloop.practice.stories import build_bank
from mockloop.practice.telling import sentences
from mockloop.records import AgendaQuestion, InterviewPlan
from mockloop.report.data import ReportData
from mockloop.text import normalise_quote

from .evidence import PITCH, pitch_answers, round_label, told_answers

SENTENCE_CHARS = 240
MAX_CLAIMS, MAX_NAMES, MAX_STORIES, MAX_WEAK, MAX_OPEN = 8, 4, 4, 3, 5
WEAK_BELOW = 3.5  # a criterion averaging under this is a weak spot


class Claimed(BaseModel):
    """One claim as the brief gives it: the phrase, where it was said, the sentence around it."""

    text: str
    kind: Literal["number", "name"]
    change: bool = False
    sentence: str = ""
    round: str = Field(description="where it was said: 'recruiter screen'")
    session_id: str = ""


class Told(BaseModel):
    title: str
    numbers: list[str] = Field(default_factory=list)
    rounds: list[str] = Field(default_factory=list)


class Changed(BaseModel):
    what: str
    said: list[str] = Field(description="each value with where: '6 (recruiter screen)'")
    first: Claimed
    second: Claimed


class WeakSpot(BaseModel):
    area: str = Field(description="the criterion's name, lower-cased")
    score: float
    round: str


class OpenQuestion(BaseModel):
    text: str
    why: str
    round: str
    question: str = Field(default="", description="the question itself, to ask again")


class Brief(BaseModel):
    rounds: list[str] = Field(description="the earlier rounds, in order")
    claims: list[Claimed] = Field(default_factory=list, description="most probe-worthy first")
    stories: list[Told] = Field(default_factory=list)
    changed: list[Changed] = Field(default_factory=list)
    weak_spots: list[WeakSpot] = Field(default_factory=list)
    open_questions: list[OpenQuestion] = Field(default_factory=list)
    pitch: str | None = Field(default=None, description="what the pitch leans on, as said")
    final: bool = False


# ---------------------------------------------------------------- the brief


def build_brief(
    plan: InterviewPlan | None,
    earlier: list[ReportData],
    final: bool,
    agendas: dict[str, list[AgendaQuestion]] | None = None,
) -> Brief:
    """The brief of ``earlier`` rounds (in the order they ran) for the round about to start;
    ``agendas`` (by session id) give a question left open in the words the agenda holds."""
    labels = {d.session.id: round_label(plan, d.session.round) for d in earlier}
    labels[PITCH] = "pitch"
    answers = [a for d in earlier for a in told_answers(d)]
    found = _claims(answers, labels)
    bank = build_bank(pitch_answers(plan) + answers)
    stories = [
        Told(
            title=_clip(s.title, 160),
            numbers=[c.text for c in s.numbers if c.kind == "number"][:3],
            rounds=list(dict.fromkeys(labels.get(u.session_id, u.round) for u in s.uses)),
        )
        for s in bank.stories
        if any(u.session_id != PITCH for u in s.uses)
    ][:MAX_STORIES]
    return Brief(
        rounds=[labels[d.session.id] for d in earlier],
        claims=found,
        stories=stories,
        changed=[_changed(c.what, c.statements, labels) for c in bank.contradictions][:3],
        weak_spots=_weak_spots(earlier, labels),
        open_questions=_open_questions(earlier, labels, agendas or {}),
        pitch=_pitch_phrase(plan),
        final=final,
    )


def _claims(answers: list, labels: dict[str, str]) -> list[Claimed]:
    """Claims worth holding the candidate to, most probe-worthy first: results with a number,
    then sizes with what they count (digits before words: 'six late ones' is rarely a claim),
    then names; within each, in the order they were said."""
    numbers: list[tuple[int, int, Claimed]] = []
    named: list[Claimed] = []
    seen: set[str] = set()
    for order, answer in enumerate(answers):
        said = claims(answer.text)
        texts = [c.text for c in said if c.kind == "number"]
        for claim in said:
            key = normalise_quote(claim.text)
            if key in seen or not _worth(claim, texts):
                continue
            seen.add(key)
            item = Claimed(
                text=claim.text,
                kind=claim.kind,
                change=claim.change,
                sentence=_sentence(answer.text, claim),
                round=labels.get(answer.session_id, ""),
                session_id=answer.session_id,
            )
            if claim.kind == "number":  # results first, then numbers written as digits
                rank = (0 if claim.change else 2) + (
                    0 if any(ch.isdigit() for ch in claim.said) else 1
                )
                numbers.append((rank, order, item))
            elif len(named) < MAX_NAMES:
                named.append(item)
    ranked = [item for _, _, item in sorted(numbers, key=lambda t: (t[0], t[1]))]
    return ranked[:MAX_CLAIMS] + named


def _worth(claim: Claim, texts: list[str]) -> bool:
    """A number with something counted (not 'six weeks' alone), not the start of a longer
    phrase said with it ('grew X from 20%' inside 'grew X from 20% to 26%'); a name of two
    words or with a digit ('Project Atlas', 'H100') rather than a bare company name."""
    if claim.kind == "name":
        return " " in claim.text or any(ch.isdigit() for ch in claim.text)
    if not claim.subject or set(claim.subject) <= {claim.unit}:
        return False
    return not any(claim.text in t and claim.text != t for t in texts)


def _sentence(text: str, claim: Claim) -> str:
    needle = claim.said if claim.kind == "number" else claim.text
    found = next((s for s in sentences(text) if needle in s), "")
    return _clip(found, SENTENCE_CHARS)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _changed(what: str, statements: list, labels: dict[str, str]) -> Changed:
    def claimed(s: object) -> Claimed:
        c, use = s.claim, s.use  # type: ignore[attr-defined]
        where = labels.get(use.session_id, use.round)
        return Claimed(
            text=c.text, kind="number", change=c.change, round=where, session_id=use.session_id
        )

    said = [f"{s.claim.said} ({claimed(s).round}: “{s.claim.text}”)" for s in statements]
    return Changed(
        what=what, said=said, first=claimed(statements[0]), second=claimed(statements[-1])
    )


def _weak_spots(earlier: list[ReportData], labels: dict[str, str]) -> list[WeakSpot]:
    spots = [
        WeakSpot(area=c.name[:1].lower() + c.name[1:], score=c.score, round=labels[d.session.id])
        for d in earlier
        for c in d.round_score.criteria
        if c.score is not None and c.score < WEAK_BELOW
    ]
    return sorted(spots, key=lambda w: w.score)[:MAX_WEAK]


def _open_questions(
    earlier: list[ReportData], labels: dict[str, str], agendas: dict[str, list[AgendaQuestion]]
) -> list[OpenQuestion]:
    """Questions asked and never answered, the weakest answer of each round, and the
    candidate's own questions (a later interviewer may be the one who can answer them)."""
    out: list[OpenQuestion] = []
    for d in earlier:
        where = labels[d.session.id]
        agenda = agendas.get(d.session.id, [])
        answered = {t.question_index for t in d.turns if t.kind == "answer"}
        for turn in d.turns:
            if turn.kind == "question" and turn.question_index not in answered:
                index = turn.question_index or 0
                question = agenda[index].text if index < len(agenda) else turn.text
                out.append(
                    OpenQuestion(
                        text=f"“{_clip(question, 200)}”",
                        why="not answered",
                        round=where,
                        question=question,
                    )
                )
        thin = [s for s in d.segments if s.status == "scored" and s.criteria]
        if thin:
            worst = min(thin, key=lambda s: sum(c.score for c in s.criteria) / len(s.criteria))
            mean = sum(c.score for c in worst.criteria) / len(worst.criteria)
            if mean < 3:
                why = f"answered thinly ({mean:.1f}/5)"
                text = f"“{_clip(worst.question_text, 200)}”"
                out.append(OpenQuestion(text=text, why=why, round=where))
        asked = [t.text for t in d.turns if t.kind == "candidate_question"]
        out += [
            OpenQuestion(text=f"they asked “{_clip(q, 200)}”", why="their question", round=where)
            for q in asked[:2]
        ]
    return out[:MAX_OPEN]


def _pitch_phrase(plan: InterviewPlan | None) -> str | None:
    """What the pitch leans on: its first counted number ('“5K+ H100/H200 GPUs”'), else its
    first title ('your answer to “Why Fireworks”')."""
    if plan is None or not plan.pitch:
        return None
    for block in plan.pitch:
        said = [c for c in claims(block.text) if c.kind == "number"]
        texts = [c.text for c in said]
        for claim in said:
            if _worth(claim, texts):
                return f"“{claim.text}”"
    return f"your answer to “{_clip(plan.pitch[0].title, 80)}”"


def brief_text(brief: Brief) -> str:
    """The brief as the live interviewer's system prompt carries it, every string neutralised
    so nothing the candidate said can close the <notes> fence."""
    from mockloop.catalog import prompts
    from mockloop.text import map_strings

    safe = Brief.model_validate(map_strings(prompts.neutralise, brief.model_dump()))
    return prompts.render("loop/brief.md", **safe.model_dump()).strip() + "\n"
