"""The terminal: rich output, prompt-toolkit input on a TTY, one answer per line when piped."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from rich.console import Console as RichConsole
from rich.markdown import Markdown
from rich.markup import escape

from mockloop.text import printable

from .turns import Reply, Sink

err_console = RichConsole(stderr=True, highlight=False)
ECHO_CHARS = 4_000  # a pasted answer longer than this is echoed in part


class StreamView:
    """One interviewer turn as it arrives.

    On a terminal: a quiet spinner until the first token, then Markdown re-rendered in a
    rich Live at most every ``min_interval`` seconds (like aider's mdstream), so a fast
    stream does not spend its time re-rendering. Elsewhere: raw text written and flushed
    the moment it arrives.
    """

    def __init__(self, out: RichConsole, live: bool, min_interval: float = 0.05) -> None:
        self.out = out
        self.text = ""
        self.min_interval = min_interval
        self._last = 0.0
        self._live = None
        if live:
            from rich.live import Live
            from rich.spinner import Spinner

            self._live = Live(
                Spinner("dots", text="[dim]thinking…[/]"),
                console=out,
                auto_refresh=True,
                refresh_per_second=8,
                transient=False,
            )
            self._live.start()

    def feed(self, chunk: str) -> None:
        chunk = printable(chunk)  # a model's escape sequences never reach the terminal
        if not chunk:
            return
        self.text += chunk
        if self._live is None:
            self.out.file.write(chunk)
            self.out.file.flush()
            return
        now = time.monotonic()
        if now - self._last >= self.min_interval:
            self._live.update(Markdown(self.text), refresh=True)
            self._last = now

    def reset(self) -> None:
        """A retried turn starts over: drop what the failed attempt showed."""
        if self._live is None and self.text:
            self.out.file.write("\n[the reply started over]\n")
        self.text = ""
        if self._live is not None:
            self._live.update(Markdown(""), refresh=True)

    def close(self, final: str) -> None:
        final = printable(final)
        if self._live is not None:
            self._live.update(Markdown(final), refresh=True)
            self._live.stop()
            return
        shown = self.text.rstrip()  # a turn cut after a sentence ends on its space
        if final.startswith(shown) and len(final) > len(shown):
            self.out.file.write(final[len(shown) :])
        elif final != shown:
            self.out.file.write("\n" + final)
        self.out.file.write("\n")
        self.out.file.flush()


class TerminalConsole:
    """Shows interviewer turns and reads answers.

    On an interactive terminal answers are edited with prompt-toolkit (Enter sends,
    Esc then Enter or Alt+Enter adds a line). Piped stdin gives one answer per line.
    """

    def __init__(
        self,
        interviewer_label: str,
        *,
        stdin: TextIO | None = None,
        console: RichConsole | None = None,
        interactive: bool | None = None,
    ) -> None:
        self.label = interviewer_label
        self.stdin = stdin or sys.stdin
        self.out = console or RichConsole(highlight=False)
        self.interactive = self.stdin.isatty() if interactive is None else interactive
        self._view: StreamView | None = None
        self._session: Any = None  # a prompt_toolkit PromptSession, made on first use

    # ------------------------------------------------------------ output

    def interviewer_sink(self) -> Sink:
        self.out.print(f"\n[bold cyan]{escape(self.label)}[/]")
        self._view = StreamView(self.out, live=self.out.is_terminal)
        return self._view.feed

    def reset_stream(self) -> None:
        if self._view is not None:
            self._view.reset()

    def finish_interviewer_turn(self, reply: Reply) -> None:
        if self._view is None:  # /repeat: a turn shown again, not streamed
            self.out.print(f"\n[bold cyan]{escape(self.label)}[/]")
            self.out.print(Markdown(printable(reply.text)))
            return
        self._view.close(reply.text)
        self._view = None

    def abandon_stream(self) -> None:
        """The turn failed for good: close the view without pretending it finished."""
        if self._view is not None:
            self._view.close(self._view.text)
            self._view = None

    def info(self, message: str) -> None:
        self.out.print(f"[dim]{escape(message)}[/]", highlight=False, soft_wrap=True)

    def feedback(self, lines: list[str]) -> None:
        """Coach mode's block after a question: a heading, the scores and advice, the commands."""
        head, *body, commands = [printable(line) for line in lines]
        self.out.print(f"\n[bold magenta]{escape(head)}[/]", highlight=False)
        for line in body:
            self.out.print(escape(line), highlight=False, soft_wrap=True)
        self.out.print(f"[dim]{escape(commands)}[/]", highlight=False)

    def thinking(self) -> Any:
        """A spinner while a turn is decided but not yet shown (coach mode); nothing when piped."""
        from contextlib import nullcontext

        return (
            self.out.status("thinking…", spinner="dots") if self.out.is_terminal else nullcontext()
        )

    # ------------------------------------------------------------ input

    def read_answer(self) -> str | None:
        try:
            if self.interactive:
                return self._read_interactive()
            line = self.stdin.readline()
        except (KeyboardInterrupt, EOFError):
            return None
        if line == "":
            return None
        return line.rstrip("\r\n")

    def show_answer(self, text: str) -> None:
        """Echo piped input once it is handled (answers once stored), so a piped run reads as a
        transcript; a very long answer is shown in part (the store holds all of it)."""
        if self.interactive:
            return  # prompt-toolkit left what was typed on the screen
        self.out.print("\n[bold green]You[/]")
        shown = text if len(text) <= ECHO_CHARS else text[:ECHO_CHARS]
        self.out.print(shown, markup=False)
        if len(shown) < len(text):
            self.info(f"[… {len(text) - len(shown):,} more characters not shown]")

    def _read_interactive(self) -> str:
        if self._session is None:
            from prompt_toolkit import PromptSession
            from prompt_toolkit.key_binding import KeyBindings

            bindings = KeyBindings()

            @bindings.add("escape", "enter")
            def _newline(event) -> None:
                event.current_buffer.insert_text("\n")

            @bindings.add("enter")
            def _submit(event) -> None:
                event.current_buffer.validate_and_handle()

            self._session = PromptSession(
                multiline=True,
                key_bindings=bindings,
                bottom_toolbar="Enter sends · Esc Enter new line · /help · /end",
            )
        self.out.print("\n[bold green]You[/]")
        return self._session.prompt("› ")
