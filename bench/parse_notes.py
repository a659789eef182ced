"""Time notes → plan (mockloop.plan.load_plan_or_notes) in a fresh process (run by bench/run.py).

    python bench/parse_notes.py --runs 3 big-1mb.md big-5mb.md big-10mb.md@2 ...

(``FILE@N`` parses that file N times instead of --runs.)

Prints {file: [seconds, ...]} as JSON, after one warm-up parse of the sample notes so that
imports and the round catalog are not counted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    from mockloop.notes.plan import load_plan_or_notes

    load_plan_or_notes(
        Path(__file__).resolve().parent.parent / "fixtures" / "notes" / "fireworks-fdpm.md"
    )
    results: dict[str, list[float]] = {}
    for spec in args.files:
        name, _, count = spec.partition("@")
        path = Path(name)
        times = []
        for _ in range(int(count or args.runs)):
            started = time.perf_counter()
            plan = load_plan_or_notes(path)
            times.append(time.perf_counter() - started)
        results[str(path)] = times
        print(
            f"{path.name}: {len(plan.rounds)} rounds, {sum(len(r.focus) for r in plan.rounds)} focus points",
            file=sys.stderr,
        )
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
