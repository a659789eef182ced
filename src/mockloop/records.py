"""The data shapes passed between stages: notes → plan → persona → turns → scores.

Every boundary is a pydantic model so a saved plan, a stored turn or a score is
validated the same way whether it came from the parser, a YAML file a user edited,
or the database.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# The built-in round kinds, in the order a loop usually runs them. A plan round names its kind;
# a kind the notes use twice gets numbered ids (coding-1, coding-2).
ROUND_IDS: tuple[str, ...] = (
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
)
# Kinds whose questions are technical (a mechanism, code or a design), not a story.
TECHNICAL_KINDS = frozenset({"technical", "coding", "system-design", "ml-system-design"})
# The six rounds of the first PM loop mockloop was built on: the default loop for PM notes.
PM_LOOP: tuple[str, ...] = (
    "recruiter",
    "pm-fundamentals",
    "take-home",
    "partnerships",
    "technical",
    "cofounders",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- the plan


class NoteLine(_Model):
    """A piece of text quoted from the notes, with the 1-based line it came from."""

    text: str
    line: int | None = None


class PitchBlock(_Model):
    """The candidate's own story for a prompt like "Why Fireworks" or the recruiter-call answer."""

    title: str
    text: str
    line: int | None = None


class PlanQuestion(_Model):
    """A question written into the plan for one round (drafted by a model, or by the user)."""

    text: str
    key_points: list[str] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)


class PlanRound(_Model):
    """One round of the loop as the notes describe it, mapped onto a catalog round kind."""

    id: str = Field(description="the round's id in this plan, e.g. 'technical' or 'coding-2'")
    title: str = Field(description="the notes' own name for the round")
    kind: str | None = Field(
        default=None, description="catalog round kind, e.g. 'coding'; the id when not given"
    )
    topic: str | None = Field(
        default=None, description="the topic its technical questions come from, e.g. 'security'"
    )
    interviewer: str | None = None
    focus: list[NoteLine] = Field(default_factory=list)
    source: NoteLine | None = Field(default=None, description="the line that introduced the round")
    questions: list[PlanQuestion] | None = Field(
        default=None, description="questions of this round's own, asked before the bank's"
    )

    @property
    def kind_id(self) -> str:
        """The catalog kind this round is run from."""
        return self.kind or self.id


class InterviewPlan(_Model):
    """Everything the interview needs from the notes; saved as YAML for the user to edit."""

    version: int = 1
    company: str | None = None
    role: str | None = None
    pitch: list[PitchBlock] = Field(default_factory=list)
    candidate_questions: list[NoteLine] = Field(default_factory=list)
    logistics: list[NoteLine] = Field(default_factory=list)
    research: list[NoteLine] = Field(default_factory=list)
    rounds: list[PlanRound] = Field(default_factory=list)
    default_loop: bool = Field(
        default=False,
        description="true when the notes named no rounds and the catalog loop was used",
    )
    source: str | None = Field(default=None, description="the notes file the plan came from")

    def round(self, round_id: str) -> PlanRound | None:
        return next((r for r in self.rounds if r.id == round_id), None)


# ---------------------------------------------------------------- the catalog


class BankQuestion(_Model):
    """A main question with what a strong answer covers and how to probe a thin one."""

    id: str
    text: str
    kind: Literal["behavioral", "technical", "case", "motivation", "logistics", "vision"] = (
        "behavioral"
    )
    key_points: list[str] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    tags: list[str] = Field(
        default_factory=list, description="words matched against the notes' focus points"
    )


class RubricCriterion(_Model):
    id: str
    name: str
    weight: float = 1.0
    description: str = ""
    levels: dict[int, str] = Field(description="an anchored descriptor for each score 1..5")


class Rubric(_Model):
    round: str
    criteria: list[RubricCriterion]


class RoundSpec(_Model):
    """A built-in round: who runs it, what they care about, how long it lasts."""

    id: str
    title: str
    interviewer: str
    cares_about: list[str] = Field(default_factory=list)
    default_questions: int = 4
    minutes: int = 30
    greeting: str = ""
    closing: str = ""


class Topic(_Model):
    """A subject a technical round can be about, with its own question bank (prompts/topics/)."""

    id: str
    title: str
    kinds: list[str] = Field(default_factory=list, description="round kinds it serves")
    match: list[str] = Field(default_factory=list, description="words that point to it")
    cares_about: list[str] = Field(default_factory=list)
    questions: list[BankQuestion] = Field(default_factory=list)


class CatalogRound(_Model):
    spec: RoundSpec
    questions: list[BankQuestion]
    rubric: Rubric
    persona_template: str
    topic: Topic | None = None


# ---------------------------------------------------------------- sessions

Speaker = Literal["interviewer", "candidate"]
TurnKind = Literal[
    "greeting",  # interviewer opens
    "question",  # a main question
    "follow_up",  # a probe on the last answer
    "answer",  # the candidate's answer to a main question or follow-up
    "invite",  # interviewer invites the candidate's questions
    "candidate_question",
    "reply",  # interviewer answers a candidate question
    "closing",
]


class Turn(_Model):
    """One utterance. question_index ties interviewer questions and answers into segments."""

    session_id: str
    seq: int
    speaker: Speaker
    kind: TurnKind
    text: str
    question_index: int | None = None
    follow_up: bool = False
    question_id: str | None = None
    attempt: int = Field(
        default=1, description="coach mode: 2 and up for a question answered again"
    )
    director: str | None = Field(
        default=None,
        description="the instruction mockloop sent the model before this interviewer turn",
    )
    created_at: str = ""


class SessionInfo(_Model):
    id: str
    round: str
    mode: Literal["offline", "llm"]
    model: str | None = None
    prompt_hash: str = ""
    started_at: str = ""
    ended_at: str | None = None
    status: Literal["active", "ended", "interrupted"] = "active"
    plan: InterviewPlan | None = None
    turn_count: int = 0
    overall: float | None = None
    signal: str | None = None


class AgendaQuestion(BaseModel):
    """A main question as the session will ask it."""

    id: str
    text: str
    kind: str = "behavioral"
    key_points: list[str] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    focus: NoteLine | None = Field(default=None, description="the notes' focus point it probes")
