"""Can an offline scorer tell an answer to another question from a real answer? Two probes
of "is the answer on the question's topic", each scored by how well it separates the genuine
answers labelled 3 to 5 from the fluent answers to the question next door ("off-topic"):

- the question's own words in the answer: the share of the question's content words (stemmed,
  question scaffolding such as "tell me about a time" dropped) found in the answer, each word
  weighted by how rare it is among all the answers (so "memory leak" counts and "team" hardly);
- a static sentence embedding (WordLlama's 256-dimension model, whose weights ship inside its
  wheel, so it runs offline): the cosine of the question and the answer. Only when
  `wordllama` is installed (`pip install wordllama`); it is not a mockloop dependency.

    python bench/topic_probe.py            # the table
    python bench/topic_probe.py --write    # and rewrite its section of BENCHMARKS.md

Only the tuning parts and the unfitted open parts are read: the held-out parts are never looked
at answer by answer. AUC is the chance that a random genuine answer scores above a random
off-topic one (0.5 is a coin, 1.0 a perfect separation).
"""

from __future__ import annotations

import argparse
import math
import shutil
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sections import replace_section  # bench/ is this script's folder

from mockloop.scoring import calibration as cal
from mockloop.scoring.calibration import segment_for
from mockloop.scoring.signals import content

HEADING = "## Can the offline scorer see an off-topic answer?"
PARTS = (*cal.TUNING_PARTS, "open8", "open10", "open14")
_SCAFFOLD = content(
    """tell me about a time you when describe walk through how would why what which who where
    approach handle think example experience situation your us our we work job role team give
    talk explain do did does make made get got go went have had one two first last recent
    recently most best biggest share favourite favorite like want need take thing things way
    ways something someone kind sort bit lot please quick quickly briefly minutes minute say
    said know new current previous could should can will might may ever again back over out up
    down into about after before design build plan decide decision deal manage improve"""
)


def _overlap(items: list[cal.CalibrationItem]) -> Callable[[str, str], float]:
    df: Counter[str] = Counter()
    for item in items:
        df.update(content(item.answer))
    n = len(items)

    def score(question: str, answer: str) -> float:
        asked = content(question) - _SCAFFOLD
        weight = {w: math.log((n + 1) / (1 + df[w])) for w in asked}
        total = sum(weight.values())
        return sum(weight[w] for w in asked & content(answer)) / total if total else 1.0

    return score


def _embedding() -> Callable[[str, str], float] | None:
    try:
        from wordllama import WordLlama  # type: ignore[import-not-found]
    except ImportError:
        return None
    # wordllama 0.4 looks for its bundled tokenizer under tokenizer/ and ships it under
    # tokenizers/: hand it a cache folder (read from tokenizers/) that has it, so it never
    # tries the network
    import wordllama

    cache = Path(tempfile.mkdtemp())
    (cache / "tokenizers").mkdir()
    for f in (Path(wordllama.__file__).parent / "tokenizers").glob("*.json"):
        shutil.copy(f, cache / "tokenizers" / f.name)
    model = WordLlama.load(cache_dir=cache, disable_download=True)
    return lambda q, a: float(model.similarity(q, a[:3000]))


def _auc(high: list[float], low: list[float]) -> float:
    wins = sum((a > b) + 0.5 * (a == b) for a in high for b in low)
    return wins / (len(high) * len(low))


def probe(
    name: str, score: Callable[[str, str], float], items: list[cal.CalibrationItem]
) -> list[str]:
    by: dict[str, list[float]] = defaultdict(list)
    for item in items:
        key = item.category if item.category != "genuine" else f"genuine, label {item.label}"
        by[key].append(score(segment_for(item).question.text, item.answer))
    good = [
        x
        for k, v in by.items()
        if k in ("genuine, label 3", "genuine, label 4", "genuine, label 5")
        for x in v
    ]
    off = by["off-topic"]
    rows = [
        f"**{name}**: AUC genuine (3-5) against off-topic **{_auc(good, off):.2f}** ({len(good)} and {len(off)} answers)",
        "",
    ]
    rows += [
        "| answers | n | 10th percentile | median | 90th percentile |",
        "|---|---|---|---|---|",
    ]
    for key in sorted(by):
        v = sorted(by[key])
        rows.append(
            f"| {key} | {len(v)} | {v[len(v) // 10]:.2f} | {statistics.median(v):.2f} | {v[9 * len(v) // 10]:.2f} |"
        )
    return [*rows, ""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help="rewrite the section in BENCHMARKS.md")
    args = ap.parse_args()
    items = cal.load_parts(cal.DEFAULT_SET, PARTS)
    out = [
        HEADING,
        "",
        f"`bench/topic_probe.py` over {len(items)} answers of the tuning and unfitted open parts ({', '.join(PARTS)}); held-out parts are not read.",
        "",
    ]
    out += probe("The question's own words, weighted by rarity", _overlap(items), items)
    embed = _embedding()
    if embed is None:
        out += [
            "**Static sentence embedding**: not measured (`pip install wordllama` to run it).",
            "",
        ]
    else:
        out += probe(
            "Static sentence embedding (WordLlama 256-d), cosine of question and answer",
            embed,
            items,
        )
    out += [
        (
            "Neither probe separates them well enough to cap an answer on: a cap at AUC near 0.6 would"
            " mark down about as many strong answers as off-topic ones. A strong answer uses fewer of"
            " the question's words than a weak one (see the medians by label), and an answer to the"
            " question next door is about the same field, so its words and its embedding sit as close"
            " to the question as a real answer's. The offline scorer therefore keeps only its narrow"
            " 'off the question' gate (no word of the question, its key points or its follow-ups, and"
            " none of what its type asks for) and the question-type turns; telling a fluent answer to"
            " another question apart needs a model that reads the answer (the judge)."
        ),
        "",
    ]
    print("\n".join(out))
    if args.write:
        replace_section(ROOT / "BENCHMARKS.md", out)


if __name__ == "__main__":
    main()
