"""A stored session as a readable Markdown transcript or JSON."""

from __future__ import annotations

import json

from mockloop.records import SessionInfo, Turn

TURN_LABELS = {
    "question": "Question",
    "follow_up": "Follow-up",
    "answer": "Answer",
    "invite": "Your questions",
    "candidate_question": "Candidate asks",
    "reply": "Reply",
    "closing": "Closing",
}


def to_json(info: SessionInfo, turns: list[Turn]) -> str:
    payload = {
        "session": info.model_dump(mode="json"),
        "turns": [t.model_dump(mode="json") for t in turns],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def to_markdown(info: SessionInfo, turns: list[Turn], interviewer: str) -> str:
    plan = info.plan
    title = " · ".join(filter(None, [plan.company if plan else None, plan.role if plan else None]))
    lines = [
        f"# Mock interview: {info.round}" + (f" ({title})" if title else ""),
        "",
        f"- Session: `{info.id}`",
        f"- Mode: {info.mode}" + (f" ({info.model})" if info.model else ""),
        f"- Started: {info.started_at}" + (f" · ended {info.ended_at}" if info.ended_at else ""),
        f"- Status: {info.status}",
        "",
    ]
    for turn in turns:
        who = interviewer if turn.speaker == "interviewer" else "You"
        label = TURN_LABELS.get(turn.kind, turn.kind)
        if turn.question_index is not None:
            label += f" {turn.question_index + 1}"
        lines += [
            f"**{who}** · _{label}_",
            "",
            quote_block(turn.text) if turn.speaker == "candidate" else turn.text,
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines() or [""])
