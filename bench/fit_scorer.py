"""Fit the offline scorer's weights on the tuning answers and show how the fit does on each
tuning part when that part is left out (the held-out parts are never read here).

    python bench/fit_scorer.py            # the left-out table
    python bench/fit_scorer.py --write    # and write src/mockloop/scoring/weights.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from mockloop.scoring.calibration import TUNING_PARTS
from mockloop.scoring.fitting import RIDGE, fitted, left_out, write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write weights.json")
    parser.add_argument("--ridge", type=float, default=RIDGE)
    args = parser.parse_args()
    data = fitted(TUNING_PARTS, ridge=args.ridge)
    if args.write:
        write(data)
    print("| tuning part left out | answers | Spearman | QWK | exact | within one |")
    print("|---|---|---|---|---|---|")
    for part, report in left_out(TUNING_PARTS, ridge=args.ridge):
        print(f"| {part} | {report.count} | {report.spearman:.3f} | {report.qwk:.3f} | "
              f"{report.exact:.3f} | {report.within_one:.3f} |")  # fmt: skip
    print("weights:", ", ".join(f"{k} {v:+.2f}" for k, v in data["weights"].items()))
    print("wrote weights.json" if args.write else "(not written: --write)")


if __name__ == "__main__":
    main()
