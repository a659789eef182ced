"""`mockloop stories` on the terminal and as Markdown: each story with its situation, action,
result and numbers, where it was told, the stories stretched over too many questions, and the
numbers that changed between sessions.

One outline serves both: a list of (style, text) lines. The answers are the candidate's own
words from the store: sanitised before the terminal, escaped in Markdown.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from mockloop.text import printable

from .stories import STRETCHED, Contradiction, Story, StoryBank, Use

if TYPE_CHECKING:
    from rich.console import Console

Style = Literal["title", "story", "field", "use", "warn", "note", "gap"]
WIDTH = 150  # a sentence longer than this is shortened on screen


def _short(text: str, width: int = WIDTH) -> str:
    return textwrap.shorten(" ".join(text.split()), width, placeholder=" …")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def where(use: Use) -> str:
    """'2026-03-01 · behavioral · 20260301-100000-a1b2 · "Tell me about a conflict"'."""
    round_ = use.round if use.round == use.kind else f"{use.round} ({use.kind})"
    attempt = f" · attempt {use.attempt}" if use.attempt > 1 else ""
    question = f'"{_short(use.question, 90)}"' if use.question else "(no question recorded)"
    return f"{use.started_at[:10]} · {round_} · {use.session_id}{attempt} · {question}"


def _story(story: Story) -> Iterator[tuple[Style, str]]:
    told = _plural(len(story.uses), "time").replace("1 time", "once")
    head = f"Story {story.number} · told {told}, to {_plural(len(story.questions), 'question')}"
    yield "story", head + (f" · {', '.join(story.names[:4])}" if story.names else "")
    for label, said in (
        ("situation", story.parts.situation),
        ("action", story.parts.action),
        ("result", story.parts.result),
    ):
        if said:
            yield "field", f"{label:<10} {_short(' '.join(said[:2]))}"
    if story.numbers:
        yield "field", f"{'numbers':<10} " + _short(" · ".join(c.text for c in story.numbers), 200)
    for use in story.uses:
        yield "use", where(use)
    if story.stretched:
        yield (
            "warn",
            (
                f"stretched: this one story answered {len(story.questions)} different questions "
                f"(more than {STRETCHED - 1}). Interviewers who compare notes hear the same story "
                "each round: have another ready for some of them."
            ),
        )


def _contradiction(found: Contradiction) -> Iterator[tuple[Style, str]]:
    said: dict[float | None, str] = {}
    for statement in found.statements:  # one phrase per value, in the order first said
        said.setdefault(statement.claim.value, statement.claim.text)
    yield "warn", " ≠ ".join(f'"{text}"' for text in said.values())
    for statement in found.statements:
        yield "use", f"{statement.claim.said:<8} {where(statement.use)}"


def outline(bank: StoryBank) -> Iterator[tuple[Style, str]]:
    count = _plural(len(bank.stories), "story").replace("storys", "stories")
    where_ = f" of round {bank.round}" if bank.round else ""
    yield (
        "title",
        (
            f"Story bank · {count} in {_plural(bank.answers, 'answer')} "
            f"from {_plural(bank.sessions, 'session')}{where_}"
        ),
    )
    for story in bank.stories:
        yield "gap", ""
        yield from _story(story)
    yield "gap", ""
    if bank.contradictions:
        yield (
            "title",
            "Numbers that changed between sessions (check which is right, then say it every time)",
        )
        for found in bank.contradictions:
            yield from _contradiction(found)
    else:
        yield "note", "No number changed between sessions for the same thing."
    if bank.untold:
        yield "gap", ""
        yield (
            "note",
            (
                f"{_plural(bank.untold, 'answer')} told no story: a story says what you did "
                "('I led …') and what came of it (a result or a number)."
            ),
        )


_INDENT = {"field": "  ", "use": "    ", "warn": "  ⚠ "}
_HANG = {"field": 13, "use": 6, "warn": 4}  # wrapped lines continue under the text, not the label
_STYLE = {"title": "bold", "story": "bold", "warn": "yellow", "note": "dim"}


def print_stories(bank: StoryBank, console: Console | None = None) -> None:
    from rich.console import Console
    from rich.text import Text

    out = console or Console(highlight=False)
    width = max(40, out.width)
    for style, line in outline(bank):
        text = textwrap.fill(
            _INDENT.get(style, "") + printable(line),
            width,
            subsequent_indent=" " * _HANG.get(style, 2),
            break_on_hyphens=False,
        )
        out.print(Text(text, style=_STYLE.get(style, "")), overflow="ignore", crop=False)


def stories_markdown(bank: StoryBank) -> str:
    """The same outline as Markdown; the candidate's words never become HTML or markup."""
    from mockloop.report.export import md_text

    def esc(text: str) -> str:
        return md_text(printable(text)).replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")

    lines: list[str] = []
    for style, line in outline(bank):
        if style == "title":
            lines += ["", f"{'##' if lines else '#'} {esc(line)}", ""]
        elif style == "story":
            lines += ["", f"### {esc(line)}", ""]
        elif style == "warn":
            lines.append(f"- **⚠** {esc(line)}")
        elif style == "use":
            lines.append(f"  - {esc(line)}")
        elif style != "gap":
            lines.append(f"- {esc(line)}" if style == "field" else f"\n{esc(line)}")
    return "\n".join(lines).strip().replace("\n\n\n", "\n\n") + "\n"
