"""Does a learned company ranker generalise better than the hand-written rules? Measured here.

    .venv/bin/python bench/company_ranker.py                  # everything (about 10 minutes)
    .venv/bin/python bench/company_ranker.py --no-first-look  # without re-running old parsers
    .venv/bin/python bench/company_ranker.py --weights w.json # and write the weights fitted on all

Reads only fixtures/notes/eval/tuning/ (never a held-out set). Candidates and their features
come from bench/company_candidates.py; the model is a softmax over each file's candidates plus a
"no company" choice (listwise logistic regression), fitted in pure Python by Adam. A group is one
tuning batch: t2-, t3-, …, t30- files; unprefixed and x- files are the earliest group (t1).
Matching is the evaluator's own (tests/support/notes_eval.py _name_ok). Printed:

- the generator's oracle recall: files where some candidate matches the label;
- (a) leave-one-batch-out accuracy over all batches;
- (b) fitted on t1..t21, tested on t22..t30 batch by batch, beside the rules' first look: the
  recorded figure and the parser of the commit that added the batch, re-run on it (git archive
  into a temporary folder), with today's matching; also fitted on the batches before each one
  (what the rules had at their first look), and two mixes with the first-look rules: the ranker
  only when the rules give nothing ("fill"), or when the ranker scores the rules' pick 2 below
  its own ("override");
- (c) today's rules on the same files (inflated: they were tuned on every one of them).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "bench")]

from company_candidates import FEATURES, Candidate, candidates
from tests.support.notes_eval import _name_ok, eval_files

from mockloop.notes.outline import Outline
from mockloop.notes.plan import extract_plan
from mockloop.notes.source import read_notes

ORDER = [f"t{n}" for n in range(1, 31)]
HELD_BACK = ORDER[21:]  # t22..t30: the batches whose first look was recorded
FIRST_LOOK = {"t22": 50, "t24": 20, "t25": 15, "t26": 85, "t27": 50, "t28": 35, "t29": 30,
              "t30": 95}  # fmt: skip  # company %, BENCHMARKS.md and the T-READMEs (t23: none)
# the commit that added each batch (or recorded its first look): the parser before any tuning on it
FIRST_LOOK_COMMIT = {"t22": "7a58fcc", "t23": "38ecfa1", "t24": "f44a826", "t25": "852ea2d",
                     "t26": "86a2e18", "t27": "1d4e1c2", "t28": "879a907", "t29": "ed80542",
                     "t30": "3f335b8"}  # fmt: skip
NAMES = [*FEATURES, "no_company"]
EPOCHS, L2 = (
    200,
    0.0003,
)  # chosen by leave-one-batch-out on t1..t21 only (89.8% vs 88.9% at 100, 0.003)


@dataclass
class File:
    name: str
    group: str
    label: str | None
    rules: str | None
    cands: list[Candidate]
    good: set[int]  # matching candidates; len(cands) stands for "no company"
    rows: list[list[tuple[int, float]]]  # sparse features, the "no company" row last


def group_of(name: str) -> str:
    m = re.match(r"(t\d+)-", name)
    return m.group(1) if m else "t1"


def load() -> list[File]:
    files = []
    for notes, labels in eval_files("tuning"):
        parsed = read_notes(notes)
        cands = candidates(Outline(parsed))
        label = labels.get("company")
        good = {i for i, c in enumerate(cands) if label is not None and _name_ok(label, c.text)}
        rows = [[(i, v) for i, v in enumerate(c.x) if v and i] for c in cands]
        rows.append([(len(FEATURES), 1.0)])
        rules = extract_plan(parsed).company
        files.append(File(notes.name, group_of(notes.name), label, rules, cands,
                          good if label is not None else {len(cands)}, rows))  # fmt: skip
    return files


def fit(files: list[File], epochs: int = EPOCHS, l2: float = L2) -> list[float]:
    """Weights maximising the log of the probability the softmax puts on a file's matching
    candidates, summed over files (those with none are skipped), with an L2 penalty."""
    data = [(f.rows, f.good) for f in files if f.good]
    n = len(NAMES)
    w, m1, m2 = [0.0] * n, [0.0] * n, [0.0] * n
    lr, b1, b2 = 0.05, 0.9, 0.999
    for step in range(1, epochs + 1):
        grad = [l2 * wi for wi in w]
        for rows, good in data:
            scores = [sum(w[i] * v for i, v in r) for r in rows]
            top = max(scores)
            ex = [math.exp(s - top) for s in scores]
            z, zg = sum(ex), sum(ex[i] for i in good)
            for j, r in enumerate(rows):
                coef = (ex[j] / z - (ex[j] / zg if j in good else 0.0)) / len(data)
                if abs(coef) > 1e-9:
                    for i, v in r:
                        grad[i] += coef * v
        for i in range(n):
            m1[i] = b1 * m1[i] + (1 - b1) * grad[i]
            m2[i] = b2 * m2[i] + (1 - b2) * grad[i] ** 2
            w[i] -= lr * (m1[i] / (1 - b1**step)) / (math.sqrt(m2[i] / (1 - b2**step)) + 1e-8)
    return w


def scores(f: File, w: list[float]) -> list[float]:
    return [sum(w[i] * v for i, v in r) for r in f.rows]


def pick(f: File, w: list[float]) -> str | None:
    s = scores(f, w)
    best = max(range(len(s)), key=s.__getitem__)
    return f.cands[best].text if best < len(f.cands) else None


def mixed(f: File, w: list[float], rules: str | None, margin: float) -> str | None:
    """The rules' pick unless the ranker scores it ``margin`` below its own (or it is none)."""
    if not rules:
        return pick(f, w)
    s = scores(f, w)
    mine = [s[i] for i, c in enumerate(f.cands) if _name_ok(rules, c.text)]
    return rules if mine and max(mine) > max(s) - margin else pick(f, w)


def share(files: list[File], got: list[str | None]) -> float:
    """How many of ``files`` get their labelled company from ``got`` (one answer a file)."""
    return sum(_name_ok(f.label, g) for f, g in zip(files, got, strict=True)) / max(len(files), 1)


def first_look_rules(batch: str) -> dict[str, str | None]:
    """The company each file of ``batch`` gets from the parser of its first look."""
    script = (
        "import json, sys; from pathlib import Path; import mockloop; "
        "from mockloop.notes.plan import extract_plan; from mockloop.notes.source import read_notes; "
        "assert mockloop.__file__.startswith(sys.argv[1]); out = {}\n"
        "for p in sys.argv[2:]:\n"
        "    try: out[Path(p).name] = extract_plan(read_notes(p)).company\n"
        "    except Exception: out[Path(p).name] = None\n"
        "print(json.dumps(out))"
    )  # fmt: skip
    notes = [str(p) for p, _ in eval_files("tuning") if group_of(p.name) == batch]
    with tempfile.TemporaryDirectory() as tmp:
        tar = subprocess.run(["git", "-C", str(ROOT), "archive", FIRST_LOOK_COMMIT[batch], "src"],
                             check=True, capture_output=True).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", tmp], input=tar, check=True)
        done = subprocess.run([sys.executable, "-c", script, tmp, *notes], check=True,
                              capture_output=True, text=True, cwd=tmp,
                              env={"PYTHONPATH": f"{tmp}/src", "PATH": "/usr/bin:/bin"})  # fmt: skip
    return json.loads(done.stdout)


def pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-first-look", action="store_true", help="skip re-running old parsers")
    ap.add_argument("--weights", type=Path, help="write the weights fitted on all tuning files")
    args = ap.parse_args()
    files = load()
    groups = [g for g in ORDER if any(f.group == g for f in files)]
    by = {g: [f for f in files if f.group == g] for g in groups}
    print(f"{len(files)} tuning files, {len(groups)} batches, "
          f"{sum(len(f.cands) for f in files) / len(files):.0f} candidates a file")  # fmt: skip
    print(f"generator oracle recall: {pct(sum(bool(f.good) for f in files) / len(files))}")
    print("(a) leave one batch out:")
    loo = {}
    for g in groups:
        w = fit([f for f in files if f.group != g])
        loo[g] = share(by[g], [pick(f, w) for f in by[g]])
    print("    " + " ".join(f"{g} {100 * a:.0f}" for g, a in loo.items()))
    total = sum(loo[g] * len(by[g]) for g in groups) / len(files)
    late = sum(loo[g] * len(by[g]) for g in HELD_BACK) / sum(len(by[g]) for g in HELD_BACK)
    print(f"    ranker {pct(total)} over all batches; {pct(late)} over t22..t30")
    fixed = fit([f for f in files if f.group not in HELD_BACK])
    old = {} if args.no_first_look else {g: first_look_rules(g) for g in HELD_BACK}
    print("(b) t22..t30: ranker fitted on t1..t21 | fitted on the batches before | rules' first"
          " look (recorded, re-run) | fill | override | rules today")  # fmt: skip
    sums = dict.fromkeys(("fixed", "before", "first", "fill", "over", "today"), 0.0)
    for g in HELD_BACK:
        before = fit([f for f in files if ORDER.index(f.group) < ORDER.index(g)])
        fs, rules = by[g], [old.get(g, {}).get(f.name) for f in by[g]]
        mine = [pick(f, fixed) for f in fs]
        row = {
            "fixed": share(fs, mine),
            "before": share(fs, [pick(f, before) for f in fs]),
            "first": share(fs, rules),
            "fill": share(fs, [r or m for r, m in zip(rules, mine, strict=True)]),
            "over": share(fs, [mixed(f, fixed, r, 2.0) for f, r in zip(fs, rules, strict=True)]),
            "today": share(fs, [f.rules for f in fs]),
        }
        for k, v in row.items():
            sums[k] += v * len(fs)
        rec = f"{FIRST_LOOK[g]}%" if g in FIRST_LOOK else "-"
        print(f"    {g}  {pct(row['fixed'])} | {pct(row['before'])} | {rec:>4} {pct(row['first'])}"
              f" | {pct(row['fill'])} | {pct(row['over'])} | {pct(row['today'])}")  # fmt: skip
    n = sum(len(by[g]) for g in HELD_BACK)
    print("    all   " + " | ".join(f"{k} {pct(v / n)}" for k, v in sums.items()))
    today = share(files, [f.rules for f in files])
    print(f"(c) rules today on all {len(files)} tuning files: {pct(today)}")
    full = fit(files)
    fitted = ", ".join(f"{k} {v:+.2f}" for k, v in zip(NAMES, full, strict=True))
    print(f"    weights fitted on all: {fitted}")
    if args.weights:
        data = {"fitted_on": "fixtures/notes/eval/tuning", "files": len(files),
                "weights": {k: round(v, 4) for k, v in zip(NAMES, full, strict=True)}}  # fmt: skip
        args.weights.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
