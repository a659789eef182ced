"""The questions a later round of a loop adds to its agenda, built from the brief: a probe of the
first claim no earlier round probed (else a question left open, else the weakest area), and in
the final round a consistency check. Their words are prompts/loop/probes.yaml, so the offline
interviewer asks them as written and a live one is handed them like any main question."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from mockloop.records import AgendaQuestion
from mockloop.text import normalise_quote

from .brief import Brief, Claimed

PROBE_PREFIX = "loop-"  # agenda ids of the questions a loop adds ("loop-result", …)
_IRREGULAR = frozenset(
    [
        "led",
        "ran",
        "built",
        "grew",
        "cut",
        "made",
        "took",
        "drove",
        "wrote",
        "won",
        "hit",
        "saw",
        "got",
        "sold",
        "shipped",
        "kept",
        "spent",
        "brought",
        "set",
        "rebuilt",
        "rewrote",
    ]
)


class ProbeTemplate(BaseModel):
    text: str
    key_points: list[str] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)


@cache
def _templates(search_path: tuple[Path, ...]) -> dict[str, ProbeTemplate]:
    import yaml

    from mockloop.catalog import prompts
    from mockloop.errors import MockloopError, describe

    try:
        raw = yaml.safe_load(prompts.read("loop/probes.yaml")) or {}
        return {k: ProbeTemplate.model_validate(v) for k, v in dict(raw).items()}
    except (OSError, yaml.YAMLError, ValueError, TypeError) as exc:
        why = describe(exc) if isinstance(exc, ValidationError) else str(exc)
        raise MockloopError(f"invalid prompt file loop/probes.yaml: {why}") from exc


def _template(name: str) -> ProbeTemplate:
    from mockloop.catalog import prompts
    from mockloop.errors import MockloopError

    found = _templates(tuple(prompts.search_path())).get(name)
    if found is None:
        raise MockloopError(f"prompt file loop/probes.yaml has no {name!r} entry")
    return found


def _question(name: str, **values: str) -> AgendaQuestion:
    template = _template(name)
    try:
        text = template.text.format(**values)
    except (KeyError, IndexError, ValueError):
        text = template.text
    return AgendaQuestion(
        id=PROBE_PREFIX + name,
        text=text,
        kind="behavioral",
        key_points=template.key_points,
        follow_ups=template.follow_ups,
    )


def said_back(claim: Claimed) -> str:
    """'you said you cut failed jobs by 40 percent', or 'you mentioned “5,000 H100 GPUs”'."""
    first = claim.text.split()[0].lower() if claim.text.split() else ""
    if claim.kind == "number" and (first.endswith("ed") or first in _IRREGULAR):
        return f"you said you {claim.text}"
    return f"you mentioned “{claim.text}”"


def _where(label: str) -> str:
    return "your pitch" if label == "pitch" else f"the {label}"


def probes(brief: Brief, probed: list[str]) -> list[AgendaQuestion]:
    """The questions this round adds: in the final round a consistency check first; then a
    probe of the first claim no earlier round probed (``probed``: the loop's earlier probe
    questions), else a question left open, else the weakest area so far."""
    asked = " ".join(normalise_quote(q) for q in probed)
    fresh = [c for c in brief.claims if normalise_quote(c.text) not in asked]
    out: list[AgendaQuestion] = []
    if brief.final:
        check = _consistency(brief, fresh or brief.claims)
        if check is not None:
            out.append(check)
    used = " ".join(normalise_quote(q.text) for q in out)
    fresh = [c for c in fresh if normalise_quote(c.text) not in used]
    if fresh:
        claim = fresh[0]
        kind = "name" if claim.kind == "name" else "result" if claim.change else "quantity"
        out.append(
            _question(kind, where=_where(claim.round), said=said_back(claim), claim=claim.text)
        )
    elif (skipped := [q for q in brief.open_questions if q.question]) and not out:
        out.append(
            _question("skipped", where=_where(skipped[0].round), question=skipped[0].question)
        )
    elif brief.weak_spots and not out:
        weak = brief.weak_spots[0]
        out.append(_question("weak", where=_where(weak.round), area=weak.area))
    return out


def _consistency(brief: Brief, fresh: list[Claimed]) -> AgendaQuestion | None:
    if brief.changed:
        c = brief.changed[0]
        return _question(
            "changed",
            where=_where(c.first.round),
            first=f"“{c.first.text}”",
            other=_where(c.second.round),
            second=f"“{c.second.text}”",
        )
    claim = next((c for c in fresh if c.kind == "number"), fresh[0] if fresh else None)
    if claim is None:
        return None
    values = {"where": _where(claim.round), "said": said_back(claim), "claim": claim.text}
    if brief.pitch:
        return _question("consistency", pitch=brief.pitch, **values)
    return _question("consistency_no_pitch", **values)


CLOSING = frozenset(
    {PROBE_PREFIX + "changed", PROBE_PREFIX + "consistency", PROBE_PREFIX + "consistency_no_pitch"}
)


def with_probes(agenda: list[AgendaQuestion], added: list[AgendaQuestion]) -> list[AgendaQuestion]:
    """The round's agenda with ``added`` in it, as long as it was (the probes take the places of
    its last questions, and are never cut): a probe right after the opener, a consistency check
    last ("before we finish")."""
    if not added:
        return agenda
    early = [q for q in added if q.id not in CLOSING]
    late = [q for q in added if q.id in CLOSING]
    keep = max(1, len(agenda) - len(added))
    return agenda[:1] + early + agenda[1:keep] + late
