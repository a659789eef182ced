"""The model path of notes → plan (`mockloop rounds --llm`, notes/llm_plan.py) against the
heuristic parser, on labelled held-out notes (fixtures/notes/eval/<part>/), with a real
model behind an OpenAI-compatible server (by default llama.cpp on 127.0.0.1:18080).

Each file is read twice: by the parser (`extract_plan`, as tests/support/notes_eval.py
scores it) and by `plan_with_model` with a fresh plan cache, then both plans are scored
with the same scorer. When the model path raises (no valid JSON, no rounds, deadline) a
user gets the parser's plan: that file counts as "fell back". Per part, three rows:
heuristic (every file), model (only the files whose model plan was used) and model+fallback
(every file, as a user gets it). Every reply is kept: its finish reason, tokens, seconds and
what was wrong with it (cut off, invalid JSON or schema, no rounds).

    python bench/plan_llm.py                              # shipped budgets: slow on a CPU
    python bench/plan_llm.py --max-tokens 1500 --length-retries 0 --deadline 90 --misses
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root

from tests.support import notes_eval
from tests.support.notes_eval import FileScore, Summary, eval_files, score_file, summarise

COLUMNS = ("files", "recall", "precision", "merged", "kind", "company", "role", "pitch",
           "questions", "default loop")  # fmt: skip


@dataclass
class Reply:
    finish: str | None
    tokens: int | None
    seconds: float
    problem: str  # "ok", "cut off", "no rounds", or the validator's complaint


@dataclass
class Outcome:
    heuristic: FileScore
    model: FileScore | None  # None: the model path failed and the parser's plan was used
    seconds: float
    failure: str = ""
    replies: list[Reply] = field(default_factory=list)


def _problem(text: str, finish: str | None) -> str:
    from mockloop.llm.structured import InvalidReply, parse_reply
    from mockloop.notes.llm_plan import ExtractedPlan

    try:
        plan = parse_reply(text, ExtractedPlan)
    except InvalidReply as exc:
        return "cut off" if finish == "length" else f"invalid: {str(exc)[:70]}"
    found = "ok" if plan.rounds else "no rounds"  # type: ignore[attr-defined]
    return f"{found} (an inner object of a cut-off reply)" if finish == "length" else found


@contextlib.contextmanager
def instrumented(
    replies: list[Reply], max_tokens: int, length_retries: int, reasks: int
) -> Iterator[None]:
    """Record every reply; set the reply budget, length retries and re-asks of complete_json."""
    from mockloop.llm import client, structured

    stream_chat, complete_json = client.LLMClient.stream_chat, structured.complete_json
    saved = structured.MAX_LENGTH_RETRIES, structured.MAX_REASKS

    def recording(self: Any, *args: Any, **kwargs: Any) -> Any:
        t0, seen, on_text = time.monotonic(), [], kwargs["on_text"]

        def keep(text: str) -> None:
            seen.append(text)
            on_text(text)

        kwargs["on_text"] = keep
        try:
            result = stream_chat(self, *args, **kwargs)
        except Exception as exc:  # the text streamed before a deadline, for the record
            text = "".join(seen)
            problem = f"{type(exc).__name__} after {len(text)} chars: {text[:60]!r}…{text[-40:]!r}"
            replies.append(Reply(None, None, time.monotonic() - t0, problem))
            raise
        tokens = result.usage.completion_tokens if result.usage else None
        problem = _problem(result.text, result.finish_reason)
        replies.append(Reply(result.finish_reason, tokens, time.monotonic() - t0, problem))
        return result

    def budgeted(*args: Any, **kwargs: Any) -> Any:
        return complete_json(*args, **{**kwargs, "max_tokens": max_tokens})

    client.LLMClient.stream_chat = recording  # type: ignore[method-assign]
    structured.complete_json = budgeted
    structured.MAX_LENGTH_RETRIES, structured.MAX_REASKS = length_retries, reasks
    try:
        yield
    finally:
        client.LLMClient.stream_chat = stream_chat  # type: ignore[method-assign]
        structured.complete_json = complete_json
        structured.MAX_LENGTH_RETRIES, structured.MAX_REASKS = saved


def score_plan(notes: Path, labels: dict, plan: Any) -> FileScore:
    """score_file on a given plan: the scorer's own extract_plan, pointed at it for one call."""
    real = notes_eval.extract_plan
    notes_eval.extract_plan = lambda _doc: plan
    try:
        return score_file(notes, labels)
    finally:
        notes_eval.extract_plan = real


def run_file(notes: Path, labels: dict, settings: Any, args: argparse.Namespace) -> Outcome:
    from mockloop.errors import LLMError
    from mockloop.notes.llm_plan import plan_with_model
    from mockloop.notes.source import read_notes_text

    heuristic = score_file(notes, labels)
    text = read_notes_text(notes).removeprefix("\ufeff")[: args.max_chars]
    replies: list[Reply] = []
    t0 = time.monotonic()
    with instrumented(replies, args.max_tokens, args.length_retries, args.reasks):
        try:
            plan, cached = plan_with_model(text, settings, str(notes))
        except LLMError as exc:
            reason = f"{type(exc).__name__}: {str(exc)[:90]}"
            return Outcome(heuristic, None, time.monotonic() - t0, reason, replies)
    assert not cached, "the plan cache is fresh: nothing can be cached"
    return Outcome(heuristic, score_plan(notes, labels, plan), time.monotonic() - t0, "", replies)


def row(name: str, s: Summary) -> str:
    if not s.files:  # no file in this row: the scorer's 1.00s would read as perfect
        return f"| {name} | 0 |" + " — |" * (len(COLUMNS) - 1)
    cells = [str(s.files), f"{s.recall:.2f}", f"{s.precision:.2f}", str(s.merged),
             f"{s.kind:.2f}", f"{s.company:.0%}", f"{s.role:.0%}", f"{s.pitch:.0%}",
             f"{s.questions:.0%}", str(s.default_loop_wrongly)]  # fmt: skip
    return f"| {name} | " + " | ".join(cells) + " |"


def file_row(notes: Path, o: Outcome) -> str:
    def short(s: FileScore) -> str:
        return f"{s.matched}/{s.labelled} of {s.predicted} k{s.kind_right}"

    def names(s: FileScore) -> str:
        return "".join(c if ok else "-" for c, ok in zip("crpq", (s.company, s.role, s.pitch,
                       s.questions_found == s.questions_labelled), strict=True))  # fmt: skip

    model = f"{short(o.model)} {names(o.model)}" if o.model else "fell back"
    replies = ", ".join(f"{r.problem} ({r.tokens} tok, {r.seconds:.0f}s)" for r in o.replies)
    return (f"| {notes.stem[:40]} | {short(o.heuristic)} {names(o.heuristic)} | {model} | "
            f"{o.seconds:.0f} | {replies or o.failure} |")  # fmt: skip


def settings_for(args: argparse.Namespace, home: Path) -> Any:
    """Settings as `rounds --llm --provider llamacpp --base-url URL` resolves them, with no
    config file or MOCKLOOP_* variables of the user's in play."""
    from mockloop.llm.settings import resolve_settings

    settings = resolve_settings(provider=args.provider, model=args.model, base_url=args.base_url,
                                environ={}, path=home / "no-config.toml")  # fmt: skip
    return settings.model_copy(update={"deadline": args.deadline})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", nargs="+", default=["heldout30", "heldout29"])
    parser.add_argument("--limit", type=int, default=0, help="files per part (0: all)")
    parser.add_argument("--provider", default="llamacpp")
    parser.add_argument("--base-url", default="http://127.0.0.1:18080/v1")
    parser.add_argument("--model", default=None, help="default: the provider preset's")
    parser.add_argument("--max-tokens", type=int, default=4000, help="reply budget (shipped: 4000)")
    parser.add_argument("--length-retries", type=int, default=2,
                        help="doublings of the budget after a cut-off reply (shipped: 2)")  # fmt: skip
    parser.add_argument("--reasks", type=int, default=1, help="re-asks after an invalid reply (1)")
    parser.add_argument("--deadline", type=float, default=240.0, help="seconds per request (240)")
    parser.add_argument("--max-chars", type=int, default=60_000, help="notes characters sent")
    parser.add_argument("--misses", action="store_true", help="what each model plan got wrong")
    args = parser.parse_args()

    started = time.monotonic()
    home = Path(tempfile.mkdtemp(prefix="mockloop-plan-llm-"))
    os.environ["MOCKLOOP_HOME"] = str(home)  # a fresh plan cache, not the user's data dir
    for name in [k for k in os.environ if k.startswith("MOCKLOOP_") and k != "MOCKLOOP_HOME"]:
        del os.environ[name]
    settings = settings_for(args, home)
    print(f"# Plan extraction: model `{settings.model}` at {settings.base_url} vs the parser\n")
    print(f"max_tokens {args.max_tokens}, length retries {args.length_retries}, re-asks "
          f"{args.reasks}, deadline {args.deadline:.0f}s, notes clipped at {args.max_chars} "
          f"chars, plan cache in {home}\n")  # fmt: skip
    results: dict[str, list[tuple[Path, Outcome]]] = {}
    for part in args.parts:
        files = eval_files(part)[: args.limit or None]
        print(f"## {part}\n")
        print("| file | heuristic | model | s | model replies |\n|---|---|---|---|---|")
        results[part] = []
        for notes, labels in files:
            outcome = run_file(notes, labels, settings, args)
            results[part].append((notes, outcome))
            print(file_row(notes, outcome), flush=True)
        print()
    print("## Summary\n")
    print("| set | " + " | ".join(COLUMNS) + " |\n" + "|---" * (len(COLUMNS) + 1) + "|")
    for part, outs in results.items():
        used = [o for _, o in outs if o.model is not None]
        print(row(f"{part} heuristic", summarise([o.heuristic for _, o in outs])))
        print(row(f"{part} model (used)", summarise([o.model for o in used if o.model])))
        print(row(f"{part} heuristic (same files)", summarise([o.heuristic for o in used])))
        print(row(f"{part} model+fallback", summarise([o.model or o.heuristic for _, o in outs])))
    print(
        "\n| set | model plan used | fell back | s/file median | s/file max |\n|---|---|---|---|---|"
    )
    for part, outs in results.items():
        secs = sorted(o.seconds for _, o in outs)
        used_n = sum(o.model is not None for _, o in outs)
        print(f"| {part} | {used_n} | {len(outs) - used_n} | {secs[len(secs) // 2]:.0f} | "
              f"{secs[-1]:.0f} |")  # fmt: skip
    every = [r for outs in results.values() for _, o in outs for r in o.replies]
    kinds = Counter(r.problem.split(":")[0].split(" after")[0] for r in every)
    failures = Counter(o.failure.split(":")[0] for outs in results.values() for _, o in outs
                       if o.failure)  # fmt: skip
    print(f"\nReplies: {len(every)}; " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("Fallback causes: " + (", ".join(f"{k} {n}" for k, n in failures.items()) or "none"))
    if args.misses:
        print("\n## Model plan misses\n")
        for outs in results.values():
            for notes, o in outs:
                if o.model and o.model.misses:
                    print(f"- {notes.stem}: " + "; ".join(o.model.misses))
                elif o.failure:
                    print(f"- {notes.stem}: fell back ({o.failure})")
    print(f"\nTotal {time.monotonic() - started:.0f}s")


if __name__ == "__main__":
    main()
