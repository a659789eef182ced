"""How long one hostile line costs the notes parser. Each case puts one line, of the shape that
once made a pattern backtrack (a long run of blanks, dots or capitals where a rule reads a
ticket row, a JSON key, a pitch or a question), in the middle of the sample notes, and times
notes → plan (``mockloop.notes.plan.load_plan_or_notes``) in a fresh process, capped.

    python bench/hostile_lines.py                     # the table
    python bench/hostile_lines.py --before ../old     # with a column for another checkout
    python bench/hostile_lines.py --write             # and rewrite its section of BENCHMARKS.md

The sample notes alone parse in a few tens of milliseconds; a case that costs seconds is a
pattern that rescans the line from many starting points.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sections import replace_section  # bench/ is this script's folder

HEADING = "## Notes → plan: one hostile line"
SAMPLE = ROOT / "fixtures" / "notes" / "fireworks-fdpm.md"

# (what it is, the line, how many copies): each line is one the parser once took seconds or
# hours on, found by a fuzzing audit of every pattern (2026-12-07)
CASES: list[tuple[str, str, int]] = [
    (
        "ticket row, 400 blanks before its status",
        "JOB-116  Architecture round" + " " * 400 + "todo",
        1,
    ),
    (
        "ticket row, 1,600 blanks before its status",
        "JOB-116  Architecture round" + " " * 1600 + "todo",
        1,
    ),
    ("JSON key, 1,600 blanks in its value", '"Notes": "' + " " * 1600 + 'x",', 1),
    ("heading, '(4' then 1,600 blanks", "### Tech interview (4" + " " * 1600 + "!", 1),
    ("heading question, 2,000 blanks", "## How does the" + " " * 2000 + "x? y?", 1),
    ("'Why' then 4,000 blanks", "Why" + " " * 4000 + "Acme!", 1),
    ("dot leaders, 12 lines of 16,000 characters", "Round 1 — Technical " + ". " * 8000 + "12", 12),
    ("'Ab-' repeated, 12 lines of 16,000 characters", "Ab-" * 5400 + "!", 12),
    ("'Ab ' repeated, a line of 16,000 characters", "Ab " * 5400, 1),
    ("72-space indent (a pasted PDF)", " " * 72 + "Onsite loop" + " " * 72 + "x", 1),
    ("a job, then '1 ' 30 times", "Staff Engineer - " + "1 " * 30 + "! at Acme", 1),
]

NOTE = (
    '"Seconds at 01b59e8" is the parser before the fixes of 2026-12-08 (possessive or bounded'
    " repeats in tickets, pasted, titlewords, asked, pitches, recruiters, traces, people, "
    "prose, job, facts, explicit and employer, and a bounded join in written). The last two "
    "rows hung before 51cfa56 and d6f11e5 (the session before): a drawn-tree pattern and a "
    "job's number pattern backtracked exponentially. Each of these lines came from a fuzzing "
    "audit of every pattern the parser compiles; about a hundred patterns remain quadratic on"
    " a run of blanks, each about 0.5 s on one line of 8,000 characters."
)

_RUN = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from mockloop.notes.plan import load_plan_or_notes
load_plan_or_notes(Path(sys.argv[3]))
started = time.perf_counter()
load_plan_or_notes(Path(sys.argv[1]))
print(time.perf_counter() - started)
"""


def time_case(line: str, copies: int, src: Path, cap: float, tmp: Path) -> float | None:
    """Seconds to parse the sample notes with ``copies`` of ``line`` in the middle, or None past
    ``cap``."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    middle = len(lines) // 2
    lines[middle:middle] = [line] * copies
    path = tmp / "notes.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        run = subprocess.run(
            [sys.executable, "-c", _RUN, str(path), str(src), str(SAMPLE)],
            capture_output=True,
            text=True,
            timeout=cap,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    return float(run.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", type=Path, help="another checkout, timed in a column of its own")
    ap.add_argument("--cap", type=float, default=60.0, help="seconds before a case counts as hung")
    ap.add_argument("--write", action="store_true", help="rewrite the section in BENCHMARKS.md")
    args = ap.parse_args()
    trees = [ROOT / "src"] + ([args.before.resolve() / "src"] if args.before else [])
    before = ""
    if args.before:  # the other checkout's commit names its column
        where = ["git", "-C", str(args.before), "rev-parse", "--short", "HEAD"]
        sha = subprocess.run(where, capture_output=True, text=True, check=False).stdout.strip()
        before = f" seconds at {sha or args.before.name} |"
    tmp = Path(tempfile.mkdtemp())
    out = [
        HEADING,
        "",
        (
            f"`bench/hostile_lines.py`: the sample notes with one hostile line (or twelve) in the"
            f" middle, notes → plan in a fresh process, one run each, capped at {args.cap:.0f} s."
            " The sample alone takes a few tens of milliseconds."
        ),
        "",
        "| line | characters | seconds |" + before,
        "|---|---|---|" + ("---|" if args.before else ""),
    ]
    started = time.perf_counter()
    for name, line, copies in CASES:
        size = f"{len(line):,}" + (f" × {copies}" if copies > 1 else "")
        cells = []
        for src in trees:
            seconds = time_case(line, copies, src, args.cap, tmp)
            cells.append(f"> {args.cap:.0f} (stopped)" if seconds is None else f"{seconds:.2f}")
        out.append(f"| {name} | {size} | {' | '.join(cells)} |")
        print(out[-1], flush=True)
    out += ["", NOTE, ""]
    print(f"({time.perf_counter() - started:.0f} s in all)", file=sys.stderr)
    if args.write:
        replace_section(ROOT / "BENCHMARKS.md", out)


if __name__ == "__main__":
    main()
