"""The case bank (prompts/cases/<kind>.yaml) and the written-answer rubric
(prompts/rounds/take-home/case-rubric.yaml): loading them, and choosing the case that fits a
plan's round, role and notes best."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mockloop.catalog import prompts
from mockloop.catalog.library import read_yaml
from mockloop.errors import MockloopError, describe
from mockloop.records import InterviewPlan, PlanRound, Rubric, RubricCriterion
from mockloop.text import content_words

# Round kinds without a bank of their own that borrow a neighbour's; any other kind without a
# file of its own uses generic.yaml.
BORROWS = {
    "ml-system-design": "system-design",
    "technical": "system-design",
    "coding": "system-design",
    "pm-fundamentals": "product-sense",
}
ROLE_FIT = 3  # a case written for the role outweighs a few words the notes share with it
CASE_RUBRIC = "rounds/take-home/case-rubric.yaml"


class CaseTemplate(BaseModel):
    """One case of the bank; {company} and {role} are filled from the plan."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    roles: list[str] = Field(default_factory=list, description="job-title words it suits")
    match: list[str] = Field(default_factory=list, description="notes words that point to it")
    customer: str
    profile: str
    situation: str
    constraints: list[str] = Field(min_length=1)
    deliverables: list[str] = Field(min_length=1)
    timebox: str = ""


class CaseBank(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str
    cases: list[CaseTemplate] = Field(min_length=1)


class CaseCriterion(RubricCriterion):
    """A rubric criterion with what the written answer's grading needs besides."""

    sections: list[str] = Field(default_factory=list, description="heading words it grades")
    asks: str = ""
    key_points: list[str] = Field(default_factory=list)


class CaseRubric(BaseModel):
    model_config = ConfigDict(extra="forbid")

    round: str
    title: str
    criteria: list[CaseCriterion] = Field(min_length=1)

    def rubric(self) -> Rubric:
        """The plain rubric the scorers and the aggregation take."""
        fields = set(RubricCriterion.model_fields)
        return Rubric(
            round=self.round,
            criteria=[RubricCriterion(**c.model_dump(include=fields)) for c in self.criteria],
        )

    def criterion(self, criterion_id: str) -> CaseCriterion:
        return next(c for c in self.criteria if c.id == criterion_id)


def bank_kind(kind: str) -> str:
    """The bank a round of ``kind`` draws from."""
    name = BORROWS.get(kind, kind)
    return name if name in prompts.list_files("cases", ".yaml") else "generic"


def load_bank(name: str) -> CaseBank:
    return _load_bank(name, tuple(prompts.search_path()))


@cache
def _load_bank(name: str, search_path: tuple[Path, ...]) -> CaseBank:
    relative = f"cases/{name}.yaml"
    try:
        return CaseBank.model_validate(read_yaml(relative))
    except ValidationError as exc:
        raise MockloopError(f"invalid prompt file {relative}: {describe(exc)}") from exc


def case_rubric() -> CaseRubric:
    return _case_rubric(tuple(prompts.search_path()))


@cache
def _case_rubric(search_path: tuple[Path, ...]) -> CaseRubric:
    try:
        return CaseRubric.model_validate(read_yaml(CASE_RUBRIC))
    except ValidationError as exc:
        raise MockloopError(f"invalid prompt file {CASE_RUBRIC}: {describe(exc)}") from exc


def _stems(items: list[str]) -> set[str]:
    return set().union(*(content_words(item) for item in items))


def notes_context(plan: InterviewPlan, this: PlanRound) -> str:
    """What else in the notes can point to a case: the round, its focus and the research."""
    return " ".join([this.title, *(f.text for f in this.focus), *(n.text for n in plan.research)])


def rank_cases(bank: CaseBank, role: str, company: str, context: str) -> list[CaseTemplate]:
    """The bank's cases, best fit first: written for the role (ROLE_FIT), then the words of
    the notes they match, the company's name and the role counting twice (they say what the
    company sells); the bank's own order breaks ties, so the choice is deterministic."""
    role_words = _stems([role])
    named = content_words(f"{company} {role}")
    said = content_words(context)

    def fit(case: CaseTemplate) -> float:
        roles = _stems(case.roles)
        score = ROLE_FIT if roles & role_words else 1 if "any" in case.roles else 0
        words = _stems(case.match)
        return score + 2 * len(words & named) + len(words & said)

    order = {case.id: n for n, case in enumerate(bank.cases)}
    return sorted(bank.cases, key=lambda c: (-fit(c), order[c.id]))
