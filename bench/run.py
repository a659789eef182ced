"""mockloop's benchmark suite: one command, a table on stdout, BENCHMARKS.md rewritten.

    python bench/run.py            # the full suite (about 3 minutes on 2 cores)
    python bench/run.py --quick    # fewer runs of each case (about 1 minute)
    python bench/run.py --only cold,store --no-write

Everything runs against a loopback OpenAI-compatible server (mockloop.loopback) that the
benchmark starts itself on 127.0.0.1, with a configurable time to first byte and token rate.
No network, no API key.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import CASES, Config, Result, Row

ROOT = Path(__file__).resolve().parent.parent

# Why a figure misses its target, written after measuring; shown only when it does miss.
GAPS: dict[str, str] = {
    "cold start: `mockloop --help`": (
        "The path imports nothing of mockloop but `mockloop.cli.app` and `mockloop.errors` (about 10 ms); "
        "the rest is the interpreter, typer, and typer's rich help formatter (`typer.rich_utils`), which "
        "imports `rich.markdown` (markdown-it) and `rich.traceback` (pygments) although mockloop uses "
        "neither: see the import floors under Details, which alone are at or above the target on this "
        "machine. Closing the gap means plain click help (`rich_markup_mode=None`, no panels or colour) or "
        "a lighter CLI framework: a product decision, not a lazy import."
    ),
    "cold start: `mockloop rounds": (
        "Every import on this path is used: typer 0.29 coerces CLI options through pydantic TypeAdapters, "
        "so pydantic (about 100-180 ms here) loads for any command with options; then mockloop's models, "
        "yaml (front matter), the notes parser and plan extractor (mostly regular-expression compilation), "
        "rich's console and table, the parse itself (about 30-50 ms on the 8 KB sample) and the render. "
        "The floor without any mockloop code (typer + pydantic + rich + yaml, Details) is already above "
        "250 ms on this machine. `openai`, jinja2, sqlite3 and httpx are not imported."
    ),
    "parse 10 MB": (
        "Linear at about 0.27 s per MB (it was about 1 s per MB: notes records are now plain dataclasses "
        "instead of pydantic models, and round detection scans each line once with combined precompiled "
        "patterns). What remains is per-line work in the tokenizer and round detection in pure Python; "
        "the figure sits near 2 s on an idle machine and above it under load. Real notes are 5-50 KB "
        "(a few milliseconds)."
    ),
    "notes parse, time per MB": (
        "The ratio compares the fastest run at each size; on a loaded machine a single slow 10 MB run can "
        "still tip it. Nothing in the parser is quadratic that the profile shows."
    ),
    "billed token-equivalents": (
        "The agenda left the system prompt (each main question now travels in the director note that "
        "asks it), past director notes are no longer replayed (each is sent once), the pitch in rounds "
        "that use it only as background is two excerpts of 300 characters, and the protocol is shorter: "
        "94,777 prompt tokens became about 68,000 and the bill at 10 % fell from 13,946 to about 10,800. "
        "What remains above the persona-only resend is the live protocol (the control tags, about 250 "
        "tokens a request), which that naive client does not send; given the same system prompt it bills "
        "within 3 % of mockloop (the rest is the <answer> framing; see Details). Closing the gap means "
        "dropping the tags and deciding follow-ups in code, which would take the choice to probe away "
        "from the model: not done."
    ),
    "`mockloop sessions`, 10,000": (
        "Was 11.5 s: rich laid out all 60,000 cells. Now rich lays out only the header and the widest "
        "cells and the rows are printed as plain padded text (identical output, checked by "
        "tests/test_perf_structure.py), and a covering index serves the listing query without reading "
        "the rows' plans. What remains: the import floor of any command with options (typer + pydantic + "
        "rich, above 250 ms here), building 10,000 validated `SessionInfo` models (100-250 ms) and "
        "formatting 10,000 lines (100-300 ms). `--limit N` shows the newest N at the floor."
    ),
}
DEFAULT_GAP = (
    "Not expected from the design; compare the min and max with the load average above (other "
    "processes share these cores) and rerun the case with `--only`."
)

# What the benchmark led to in the product, kept in BENCHMARKS.md for the next reader.
FIXES: list[str] = [
    (
        "**Report after /end was 2.6 s for 3 answers, 4.6 s for 6 and 6.5 s for 12** (judge 2 s): background "
        "scoring ran on 4 threads, so answers given faster than a judge call queued. `scoring/grading.py`'s `BackgroundScorer` "
        "now has a worker per agenda question (threads start only when needed), so every pending judge call "
        "runs at once: about 2.1 s, flat."
    ),
    (
        "**A live CLI process took 0.3-0.5 s to exit after printing the score**: the interpreter's final garbage "
        "collection walked the openai SDK's thousands of classes. Before a live interview the console script "
        "(`cli/interview.py`, `_settle_imports`) imports the SDK and freezes what is loaded (`gc.freeze`); objects created "
        "later, such as the store's connection, are still collected and closed at exit as before."
    ),
    (
        "**`mockloop sessions` with 10,000 sessions took 11.5 s**: see the store-scale row. "
        "`cli/views.py`'s `print_sessions` prints long lists as plain padded rows with the rich table's exact layout, "
        "and store migration 3 adds a covering index for the listing query."
    ),
]


def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": str(os.cpu_count()),
        "cpu": cpu or platform.processor() or "unknown",
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.release()}",
    }


def load() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "n/a"


def verdict(row: Row) -> str:
    return "—" if row.ok is None else ("pass" if row.ok else "**MISS**")


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| figure | median | min – max (n) | target | result | how |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.figure} | {r.value} | {r.spread} | {r.target} | {verdict(r)} | {r.how} |"
        )
    return lines


def print_table(rows: list[Row]) -> None:
    headers = ("figure", "median", "min – max (n)", "target", "result")
    cells = [
        (r.figure.replace("`", ""), r.value, r.spread, r.target, verdict(r).replace("*", ""))
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)))


def write_report(
    path: Path,
    command: str,
    cfg: Config,
    results: dict[str, Result],
    started: str,
    load_before: str,
    load_after: str,
    total_s: float,
) -> None:
    info = machine()
    rows = [r for res in results.values() for r in res.rows]
    missed = [r for r in rows if r.ok is False]
    lines = [
        "# mockloop benchmarks",
        "",
        (
            "Written by `bench/run.py`; do not edit by hand (rerun it). Every figure is the median of several "
            "runs with the min and max; per-turn figures pool every turn of every run. All model traffic goes "
            "to a loopback OpenAI-compatible server (`mockloop.loopback`) that the benchmark starts on "
            "127.0.0.1 with a fixed time to first byte and token rate, so the figures measure mockloop, "
            "not a provider."
        ),
        "",
        "Reproduce:",
        "",
        "```bash",
        command,
        "```",
        "",
        f"- Machine: {info['cores']} cores ({info['cpu']}), {info['platform']}, Python {info['python']}",
        f"- Run: {started}, {total_s:.0f} s in all; load average before {load_before}, after {load_after}",
        (
            f"- Server: time to first byte {cfg.ttfb:g} s, {cfg.tps:g} tokens/s; judge latency {cfg.judge_s:g} s "
            "in the report-latency case"
        ),
        "",
        "## Results",
        "",
        *table(rows),
        "",
    ]
    if missed:
        lines += ["## Targets missed", ""]
        for r in missed:
            reason = next(
                (text for key, text in GAPS.items() if r.figure.startswith(key)), DEFAULT_GAP
            )
            lines.append(f"- **{r.figure}**: {r.value} against {r.target}. {reason}")
        lines.append("")
    lines += ["## Details", ""]
    for name, res in results.items():
        for note in res.notes:
            lines += [
                f"**{name}.** " + note if not note.startswith(("|", "Scripted")) else note,
                "",
            ]
    lines += [
        "## How each figure is measured",
        "",
        (
            "- **cold start**: the installed `mockloop` console script as a whole process, output discarded, "
            "after one warm-up run. A test (`tests/test_perf_structure.py`) checks that `openai` is not imported "
            "by `--help`, `rounds` or an offline interview."
        ),
        (
            "- **first-token overhead**: `mockloop interview` as a subprocess against the loopback server; every "
            "scripted interviewer reply starts with a unique marker word glued to its control tag "
            "(`[NEXT]Mk0007 …`), so tag and marker arrive in the first content chunk. The server stamps "
            "`time.perf_counter()` when it has written that chunk; a thread reading the CLI's stdout unbuffered "
            "stamps each read; the overhead is the first read holding the marker minus the server's stamp "
            "(`perf_counter` is CLOCK_MONOTONIC on Linux, so the stamps compare across processes). Background "
            "judge calls run concurrently, as in a real session. The terminal row gives the CLI a pseudo-terminal "
            "as stdout (rich Live Markdown view)."
        ),
        (
            "- **streaming overhead**: one client process streams the same 400-token reply from the same server "
            "through (a) a bare openai-SDK loop writing each chunk and flushing, (b) mockloop's live interviewer "
            "turn with stdout piped, (c) the same turn rendered for a terminal; runs alternate and are paired."
        ),
        "- **prompt growth / prefix stability**: see Details.",
        (
            "- **report latency**: a live interview with a 2 s judge (only judge requests are slow); the answers "
            "are piped as fast as the interviewer replies (the worst case for background scoring), `/end` is "
            "written when the CLI waits for input after the last answer, and the figure is the time from writing "
            "`/end` until the process exits after printing the score line."
        ),
        (
            "- **memory**: peak RSS (`wait4` ru_maxrss) of a live interview of 60 question turns (10 questions, "
            "each asked, probed twice and answered three times) plus the closing exchange, with the LLM judge "
            "scoring in the background."
        ),
        (
            "- **notes scale**: notes generated from the fixtures (every style, headings numbered per copy) "
            "parsed to a plan in a fresh process after a warm-up parse."
        ),
        (
            "- **store scale**: 10,000 sessions with 12 turns each inserted by direct SQL into the real schema "
            "(created by `mockloop.store.db.Store`), then the CLI as a whole process."
        ),
        "",
    ]
    from notes_eval import section as notes_section

    lines += notes_section()
    lines += kept_sections(path, lines)
    if FIXES:
        lines += ["## Changes the benchmark led to", "", *[f"- {f}" for f in FIXES], ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def kept_sections(path: Path, written: list[str]) -> list[str]:
    """Sections of the existing file this run does not write (the self-test table measured by
    hand against a real server): kept as they are, so a benchmark run never drops them."""
    if not path.is_file():
        return []
    own = {line for line in written if line.startswith("## ")} | {"## Changes the benchmark led to"}
    kept: list[str] = []
    keeping = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("## "):
            keeping = line not in own
        if keeping:
            kept.append(line)
    return kept + ([""] if kept and kept[-1] else [])


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Run mockloop's benchmarks and write BENCHMARKS.md."
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs of each case")
    parser.add_argument("--only", default="", help=f"comma-separated cases: {', '.join(CASES)}")
    parser.add_argument(
        "--ttfb", type=float, default=0.2, help="server time to first byte, seconds"
    )
    parser.add_argument(
        "--tps", type=float, default=200.0, help="server token rate, tokens per second"
    )
    parser.add_argument(
        "--judge", type=float, default=2.0, help="judge latency in the report case, seconds"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args()
    chosen = [c for c in args.only.split(",") if c] or list(CASES)
    unknown = [c for c in chosen if c not in CASES]
    if unknown:
        parser.error(f"unknown case {', '.join(unknown)}: choose from {', '.join(CASES)}")
    cfg = Config(quick=args.quick, ttfb=args.ttfb, tps=args.tps, judge_s=args.judge)
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load_before = load()
    t0 = time.perf_counter()
    results: dict[str, Result] = {}
    for name in chosen:
        case_start = time.perf_counter()
        print(f"· {name} …", file=sys.stderr, flush=True)
        results[name] = CASES[name](cfg)
        results[name].seconds = time.perf_counter() - case_start
        print(f"  {name}: {results[name].seconds:.1f} s", file=sys.stderr, flush=True)
    total = time.perf_counter() - t0
    rows = [r for res in results.values() for r in res.rows]
    print()
    print_table(rows)
    info = machine()
    print(
        f"\n{info['cores']} cores, Python {info['python']}, {total:.0f} s, load {load_before} → {load()}"
    )
    flags = [f for f, on in (("--quick", args.quick),) if on]
    flags += [
        f"--{k} {v:g}"
        for k, v, d in (
            ("ttfb", args.ttfb, 0.2),
            ("tps", args.tps, 200.0),
            ("judge", args.judge, 2.0),
        )
        if v != d
    ]
    if args.only:
        flags.append(f"--only {args.only}")
    command = " ".join([".venv/bin/python bench/run.py", *flags])
    if not args.no_write and not args.only:
        write_report(args.output, command, cfg, results, started, load_before, load(), total)
        print(f"wrote {args.output}")
    elif not args.no_write:
        print("(--only: BENCHMARKS.md left as it was)")


if __name__ == "__main__":
    main()
