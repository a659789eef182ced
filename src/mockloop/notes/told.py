"""A loop told in a sentence or two of prose: "Simone said: intro call, then a technical
screen, then a final round of 3 interviews. Final round is code review, threat modeling, and a
chat with the HM." The steps joined by "then", and a container's own list in its place."""

from __future__ import annotations

import re

from .breaks import is_break
from .names import has_job
from .vocab import CONTAINER, ROUNDISH, has, outside_brackets, round_types, split_points, tokens
from .who import BRACKET_NAME, PERSON

__all__ = ["numbered_parts", "panel_people", "told_parts"]

_THEN = re.compile(r"(?i),?\s+(?:and\s+)?then\s+")
_IS_LIST = re.compile(
    r"(?i)^(?:the\s+)?(?P<label>[\w -]{2,30}?)\s+(?:is|are|will\s+be|consists\s+of|includes)"
    r"\s+(?P<rest>.+)$"
)
_LEAD = re.compile(r"(?i)^(?:[^:]{1,40}:\s*|first\s+|(?:a|an|the)\s+)+")


def told_parts(text: str) -> list[str]:
    """ "Simone said: intro call, then a technical screen, then a final round of 3 interviews.
    Final round is code review, threat modeling, and a chat with the HM." → the rounds, the
    container's own list in its place."""
    steps: list[str] = []
    inside: list[str] = []
    for sentence in re.split(r"(?<=[a-z0-9)])\.\s+", text[:600]):
        sentence = sentence.strip().rstrip(".")
        if not steps and _THEN.search(sentence):
            steps = [_LEAD.sub("", s).strip() for s in _THEN.split(_LEAD.sub("", sentence))]
        elif (m := _IS_LIST.match(sentence)) and has(tokens(m["label"]), CONTAINER):
            inside = [re.sub(r"(?i)^(?:and|or)\s+", "", q) for q in split_points(m["rest"])]
    if len(steps) < 3 and not inside:
        return []  # "the case Jan 21, then a panel the same afternoon": a note, not the loop
    parts: list[str] = []
    for step in steps:
        if inside and has(tokens(step), CONTAINER):
            parts += inside
        elif round_types(step) or has(tokens(step), ROUNDISH):
            parts.append(step)
        elif len(steps) >= 4 and _MET_SOMEONE.search(step) and not is_break(step):
            parts.append(step)  # "decomp w/ ben, then the "customer sim", then lunch, then …"
        elif len(steps) >= 4 and _QUOTED.match(step):
            parts.append(step[1:-1])  # the company's own name for it, without its quotes
    typed = sum(1 for p in parts if round_types(p))
    return parts if len(parts) >= 2 and (typed >= 2 or (typed and len(parts) >= 3)) else []


# a step of a long told chain that meets someone ("decomp w/ ben") or is named in quotes
_MET_SOMEONE = re.compile(r"(?i)^[\w -]{2,30}?\s+(?:w/|with)\s+\w")
_QUOTED = re.compile(r"^[\"“][^\"”]{3,30}[\"”]$")


_PLAN_WORD = re.compile(r"(?i)\b(?:plan|outline|structure|agenda|slides?|deck|talk)\b")
# what leads a list of the loop's steps ("Next steps:", "the process is"); not feedback, stories
# or focus areas numbered the same way
_STEP_WORD = re.compile(
    r"(?i)\b(?:steps?|process|rounds?|stages?|next|loop|interviews?|etapas?|schritte|pasos|fases"
    r"|tahap\w*|v[òo]ng|proces\w*|vaihee\w*|vaiheet|kola|körök|fordul\w*|etap\w*|rundy|runde\w*"
    r"|kroki|lépések|aşama\w*|hatua|hakbang|stappen|steg|trin|passos|passi|fasi|étapes)\b"
    r"|단계|選考|στάδια|этапы|етапи"
)
_ENUM = re.compile(r"(?:^|(?<=\s))\(?([1-9])\)\s+")  # "1) interview … 2) role play"


def numbered_parts(text: str) -> list[str]:
    """The steps of one line that numbers them ("Next steps: 1) interview w/ Andrés (SDR
    Manager) 2) cold call role play 3) final w/ our VP"), when most of them name a round and
    the line is no talk's plan ("Presentation plan 1) where researchers are now 2) …")."""
    marks = list(_ENUM.finditer(text))
    if len(marks) < 2 or [m[1] for m in marks] != [str(i + 1) for i in range(len(marks))]:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    parts = [text[m.end() : e].strip(" ,;") for m, e in zip(marks, ends, strict=True)]
    # "3) onsite (alla)": the day told below, not a round of its own
    parts = [p for p in parts if round_types(p) or not has(tokens(outside_brackets(p)), CONTAINER)]
    named = sum(
        1
        for p in parts
        if round_types(outside_brackets(p)) or has(tokens(outside_brackets(p)), ROUNDISH)
    )
    lead = text[: marks[0].start()]
    if (
        named >= 2
        and named * 2 > len(parts)
        and _STEP_WORD.search(lead)
        and not _PLAN_WORD.search(lead)
    ):
        return parts
    return []


def panel_people(label: str, rest: str) -> bool:
    """ "Panel: Conor Fahy (Head of Growth), Lisa Moran (…)", "panel: Head of Data,
    Underwriting Manager, someone from HR": who sits on one panel, not its rounds ("Panel:
    product sense (Ana), execution (Ben)" names rounds)."""
    if label.strip().lower() not in _WHO_LABELS:
        return False
    parts = split_points(rest.rstrip(". "))  # or "Director of Nursing (Karen Hollis), …"
    named = sum(1 for p in parts if PERSON.match(p) or BRACKET_NAME.search(p) or _a_job(p))
    return named * 2 >= len(parts) > 0


def _a_job(part: str) -> bool:
    """ "Underwriting Manager", "someone from HR": a seat on the panel, not a topic."""
    return _SOMEONE.match(part) is not None or (has_job(part) and not round_types(part))


_SOMEONE = re.compile(r"(?i)^(?:someone|somebody|a\s+person|one|two|a\s+rep\w*)\s+(?:from|in|of)\s")


_WHO_LABELS = frozenset(("panel", "the panel", "panelists", "panellists", "interviewers"))
