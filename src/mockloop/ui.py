"""The terminal: rich output, prompt-toolkit input on a TTY, one answer per line when piped."""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console as RichConsole
from rich.markdown import Markdown

from .interview import Reply, Sink

err_console = RichConsole(stderr=True, highlight=False)


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
        self._buffer: list[str] = []
        self._session = None

    # ------------------------------------------------------------ output

    def interviewer_sink(self) -> Sink:
        self._buffer = []
        return self._buffer.append

    def finish_interviewer_turn(self, reply: Reply) -> None:
        self.out.print(f"\n[bold cyan]{self.label}[/]")
        self.out.print(Markdown(reply.text))

    def info(self, message: str) -> None:
        self.out.print(f"[dim]{message}[/]", highlight=False)

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
        answer = line.rstrip("\r\n")
        self.out.print("\n[bold green]You[/]")
        self.out.print(answer, markup=False)  # echoed so a piped run reads as a transcript
        return answer

    def _read_interactive(self) -> str:
        if self._session is None:
            from prompt_toolkit import PromptSession
            from prompt_toolkit.key_binding import KeyBindings

            bindings = KeyBindings()

            @bindings.add("escape", "enter")
            def _newline(event) -> None:  # noqa: ANN001
                event.current_buffer.insert_text("\n")

            @bindings.add("enter")
            def _submit(event) -> None:  # noqa: ANN001
                event.current_buffer.validate_and_handle()

            self._session = PromptSession(
                multiline=True,
                key_bindings=bindings,
                bottom_toolbar="Enter sends · Esc Enter new line · /help · /end",
            )
        self.out.print("\n[bold green]You[/]")
        return self._session.prompt("› ")
