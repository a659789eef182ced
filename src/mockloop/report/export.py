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


def turn_labels(turns: list[Turn]) -> dict[int, str]:
    """Each turn's label by seq, naming its question: 'Q1', 'Q1, follow-up 2', 'Answer to Q1,
    follow-up 2'; turns outside a question keep their kind ('Your questions', 'Closing'); a
    question answered again in coach mode is 'Q1, attempt 2'."""
    labels: dict[int, str] = {}
    follow_ups: dict[tuple[int, int], int] = {}
    current: dict[tuple[int, int], str] = {}
    for turn in sorted(turns, key=lambda t: t.seq):
        index = turn.question_index
        plain = TURN_LABELS.get(turn.kind, turn.kind.replace("_", " ").capitalize())
        if index is None:
            labels[turn.seq] = plain
            continue
        key = (index, turn.attempt)
        q = f"Q{index + 1}" + (f", attempt {turn.attempt}" if turn.attempt > 1 else "")
        if turn.kind == "question":
            current[key] = q
        elif turn.kind == "follow_up":
            follow_ups[key] = follow_ups.get(key, 0) + 1
            current[key] = f"{q}, follow-up {follow_ups[key]}"
        if turn.kind in ("question", "follow_up"):
            labels[turn.seq] = current[key]
        elif turn.kind == "answer":
            labels[turn.seq] = f"Answer to {current.get(key, q)}"
        else:
            labels[turn.seq] = f"{plain} · {q}"
    return labels


def to_json(info: SessionInfo, turns: list[Turn]) -> str:
    payload = {
        "session": info.model_dump(mode="json"),
        "turns": [t.model_dump(mode="json") for t in turns],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def md_text(text: str) -> str:
    """Keep external text inert in Markdown: an escaped '<' shows as is, never parsed as HTML."""
    return text.replace("<", "\\<")


def to_markdown(info: SessionInfo, turns: list[Turn], interviewer: str) -> str:
    """The transcript as Markdown; notes, answers and model replies never become raw HTML."""
    plan = info.plan
    title = " · ".join(filter(None, [plan.company if plan else None, plan.role if plan else None]))
    title = md_text(" ".join(title.split()))
    interviewer = md_text(interviewer)
    lines = [
        f"# Mock interview: {md_text(info.round)}" + (f" ({title})" if title else ""),
        "",
        f"- Session: `{info.id}`",
        f"- Mode: {info.mode}" + (f" ({md_text(info.model)})" if info.model else ""),
        f"- Started: {info.started_at}" + (f" · ended {info.ended_at}" if info.ended_at else ""),
        f"- Status: {info.status}",
        "",
    ]
    labels = turn_labels(turns)
    for turn in turns:
        who = interviewer if turn.speaker == "interviewer" else "You"
        label = labels[turn.seq]
        lines += [
            f"**{who}** · _{label}_",
            "",
            quote_block(md_text(turn.text)) if turn.speaker == "candidate" else md_text(turn.text),
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines() or [""])
