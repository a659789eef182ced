"""One client process for the streaming-overhead benchmark (run by bench/run.py, not by hand).

Streams the same request from the same server, turn after turn, alternating between
  sdk       a bare openai-SDK streaming loop writing each chunk to the output and flushing,
  piped     mockloop's live interviewer turn as the CLI runs it with stdout not a terminal
            (LLMClient.stream_chat → TagFilter → StreamView writing raw chunks),
  terminal  the same turn rendered for a terminal (rich Live Markdown, throttled),
and prints {mode: [[wall seconds, cpu seconds], ...]} as JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", default="sdk,piped,terminal")
    args = parser.parse_args()
    os.environ["MOCKLOOP_BENCH_KEY"] = "bench-not-a-secret"

    import openai
    from rich.console import Console

    from mockloop.catalog.persona import render_persona
    from mockloop.interview.interviewers.live import DIRECTOR_CLOSE, LiveInterviewer, build_messages
    from mockloop.interview.turns import Context
    from mockloop.interview.ui import TerminalConsole
    from mockloop.llm.client import LLMClient
    from mockloop.llm.settings import resolve_settings
    from mockloop.notes.plan import load_plan_or_notes

    notes = Path(__file__).resolve().parent.parent / "fixtures" / "notes" / "fireworks-fdpm.md"
    plan = load_plan_or_notes(notes)
    persona = render_persona(plan, "technical").text
    ctx = Context(plan=plan, round_id="technical", persona=persona, agenda=[])
    settings = resolve_settings(
        base_url=args.base_url, api_key_env="MOCKLOOP_BENCH_KEY", model="loopback-model", retries=0
    )
    messages = build_messages(persona, [], DIRECTOR_CLOSE)
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - kept for the whole run

    sdk = openai.OpenAI(
        base_url=settings.base_url, api_key="bench-not-a-secret", max_retries=0, timeout=60
    )

    def bare() -> None:
        stream = sdk.chat.completions.create(
            model=settings.model, messages=messages, stream=True, temperature=settings.temperature,
            stream_options={"include_usage": True},
        )  # fmt: skip
        parts = []
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                text = chunk.choices[0].delta.content
                parts.append(text)
                sink.write(text)
                sink.flush()
        sink.write("\n")
        sink.flush()

    client = LLMClient(settings, session_id="bench-session")

    def through_mockloop(terminal: bool) -> None:
        out = (
            Console(file=sink, force_terminal=terminal, width=100, height=40, highlight=False)
            if terminal
            else Console(file=sink, highlight=False)
        )
        console = TerminalConsole(
            "Engineering leader", stdin=io.StringIO(""), console=out, interactive=False
        )
        interviewer = LiveInterviewer(client, "Engineering leader", on_reset=console.reset_stream)
        reply = interviewer.close(ctx, console.interviewer_sink())
        console.finish_interviewer_turn(reply)

    runners = {
        "sdk": bare,
        "piped": lambda: through_mockloop(False),
        "terminal": lambda: through_mockloop(True),
    }
    modes = [m for m in args.modes.split(",") if m]
    for mode in modes:  # warm-up: connections, imports, regex compilation
        runners[mode]()
    results: dict[str, list[list[float]]] = {m: [] for m in modes}
    for number in range(args.runs):
        order = modes if number % 2 == 0 else modes[::-1]
        for mode in order:
            wall, cpu = time.perf_counter(), time.process_time()
            runners[mode]()
            results[mode].append([time.perf_counter() - wall, time.process_time() - cpu])
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
