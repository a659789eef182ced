"""How well the offline scorer agrees with labelled answers it was not fitted on: the tuning
parts together, every held-out part apart and together, and each tuning part left out of the
fit.

    python bench/scorer_eval.py            # the tables
    python bench/scorer_eval.py --write    # and rewrite its section of BENCHMARKS.md

The held-out parts are only ever measured here and by `mockloop calibrate`: never fitted on,
never looked at answer by answer while the scorer changes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sections import replace_section  # bench/ is this script's folder

from mockloop.scoring import calibration as cal
from mockloop.scoring.fitting import left_out

HEADING = "## Offline scorer agreement"
_HEAD = [
    (
        "| set | answers | Spearman | QWK | exact | within one | length r (labels') | gaming > 2 "
        "| 5s below 3 | 1s above 2.5 |"
    ),
    "|---" * 10 + "|",
]
_GAMING = {"keyword-salad", "restated-question", "boilerplate-keypoints", "minimal",
           "grader-injection"}  # fmt: skip


def _row(name: str, items: list[cal.CalibrationItem], report: cal.CalibrationReport) -> str:
    category = {i.id: i.category for i in items}
    p = report.predictions
    gaming = sum(category[x.id] in _GAMING and x.predicted > 2 for x in p)
    fives = sum(x.label == 5 and x.predicted < 3 for x in p)
    ones = sum(x.label == 1 and x.predicted > 2.5 for x in p)
    return (f"| {name} | {report.count} | {report.spearman:.3f} | {report.qwk:.3f} | "
            f"{report.exact:.3f} | {report.within_one:.3f} | {report.length_correlation:.2f} "
            f"({report.label_length_correlation:.2f}) | {gaming} | {fives} | {ones} |")  # fmt: skip


def tables() -> list[str]:
    lines = list(_HEAD)
    groups = [("tuning, all parts (fitted on)", cal.TUNING_PARTS),
              ("**held-out, all parts**", cal.HELDOUT_PARTS),
              *((f"held-out: {p}", (p,)) for p in cal.HELDOUT_PARTS)]  # fmt: skip
    for name, parts in groups:
        items = cal.load_parts(cal.DEFAULT_SET, parts)
        lines.append(_row(name, items, cal.run_calibration(items, cal.heuristic_scorer)))
    lines += ["", "Each tuning part left out of the fit, the whole scorer then run on it:", ""]
    lines += ["| tuning part left out | answers | Spearman | QWK | exact | within one |",
              "|---|---|---|---|---|---|"]  # fmt: skip
    for part, r in left_out(cal.TUNING_PARTS):
        lines.append(f"| {part} | {r.count} | {r.spearman:.3f} | {r.qwk:.3f} | {r.exact:.3f} | "
                     f"{r.within_one:.3f} |")  # fmt: skip
    return lines


def section() -> list[str]:
    return [
        HEADING,
        "",
        "`bench/scorer_eval.py`: the offline (heuristic) scorer against the labelled answers in",
        "`fixtures/calibration/` (the overall level it gives one answer against the label a",
        "demanding interviewer gave). Its overall is a ridge fit on the tuning parts",
        "(`bench/fit_scorer.py`) over its named signals and the listed words of `scoring/wording.py`",
        "(hedges, absolutes, buzzwords, precise function words; never a topic's words). The held-out",
        "parts were written by helpers who had not read the scorer and are never fitted on",
        "(`heldout3` was written after `heldout` had been reported several times; `heldout4` while",
        "the fit changed, measured at the end; `heldout5` before the listed-word fit, measured when",
        "it was done (Spearman 0.734, QWK 0.751) and once more after an independent review's mends",
        "(single words, each capped; 'also' off the list), made for behaviour, not for this set;",
        "`heldout6` (90 answers) at the start of the next session, before its changes (labelled",
        "templates, the question said back, a 'string of terms' that needs under a fifth function",
        "words, reasoning words, a why-question with no reason), measured at its end (Spearman",
        "0.724, QWK 0.737), again after an independent review's mends (0.705 / 0.719: a story told",
        "as Situation/Task/Action/Result was no longer read as a template) and once more after",
        "template stories that only say their labels again were read as one (the row below);",
        "`heldout7` (90 answers, written with answer length kept apart from the label) at the end",
        "of that session and measured once at the end of the next, whose scorer changes were all",
        "tried and dropped; `heldout8` (90 answers) at the end of that next session, measured once",
        "at the end of the one after, with the scorer unchanged (Spearman 0.693, QWK 0.709): its row",
        "was the freshest; `heldout9` (90 answers, written the same way for the session after)",
        "measured once at the end of that session, the scorer again unchanged (Spearman 0.762, QWK",
        "0.781; above the Spearman target on its own, but with two gaming answers above 2, one 5",
        "below 3 and two 1s above 2.5); `heldout10` (90 answers, written the same way for a later",
        "session) measured once at the end of the session after, the scorer still unchanged",
        "(Spearman 0.729, QWK 0.777, no gaming answer above 2, one 5 below 3, five 1s above 2.5:",
        "its row was the freshest); `heldout11` (90 answers, written the same way, its answer length",
        "kept apart from the label) measured once on 2026-12-04, the scorer unchanged: Spearman",
        "0.606, QWK 0.609, two gaming answers above 2, two 5s below 3, nine 1s above 2.5 (its row is",
        "the freshest, and the lowest; the scorer meets none of its targets on it); `heldout12` (90",
        "answers, written the same way) measured once at the end of the next session, after its",
        "question-type and open9 changes: Spearman 0.761, QWK 0.768, no gaming answer above 2, no 5",
        "below 3, five 1s above 2.5 (the scorer at that session's start gave it 0.740 / 0.745, and",
        "all eleven held-out parts 0.708 / 0.726 against 0.718 / 0.735 then); `heldout13` (90",
        "answers, written the same way) measured once on 2026-12-05 with the scorer unchanged:",
        "Spearman 0.568, QWK 0.561, five gaming answers above 2, four 5s below 3, nine 1s above 2.5",
        "(its row is the freshest, and the lowest: the scorer meets none of its targets on it; the",
        "twelve parts together 0.706 / 0.721); `heldout14` (90 answers, written the same way)",
        "measured once at the end of the next session, after its question's-turn rules (an answer",
        "that never takes the turn its question asks for: the downside, a measure, a change, the",
        "cause), certainty and pride features, buzz-term and soft-number gaming and multilingual",
        "grader instructions: Spearman 0.648, QWK 0.642 (0.623 / 0.608 with the scorer at that",
        "session's start; the twelve older parts 0.727 / 0.739 against 0.706 / 0.721), and once",
        "more after an independent review's mends that narrowed the injection, soft-number and",
        "buzz-term rules (good answers scored 1 for 'Note that…' or '5 of 5'): 0.643 / 0.637, all",
        "thirteen parts 0.720 / 0.730 (the rows below; gaming above 2 rose from 7 to 11);",
        "`heldout15` (90 answers) and `heldout16` (96), written the same way, measured once on",
        "2026-12-05 at that session's start: Spearman 0.633 and 0.634, QWK 0.636 and 0.646, 12 of",
        "52 gaming answers above 2, one 5 below 3, 31 of 88 1s above 2.5 — the honest figure, far",
        "below the 0.75 target — and once after its review mends (question types, present-tense",
        "stories, tool names dropped into prose, method words applied to nothing): 0.637 / 0.635",
        "and 0.637 / 0.657, so the mends hardly carried over; `heldout17` (96 answers, written the",
        "same way) measured once on 2026-12-06 at the end of the session that fitted `open12`:",
        "Spearman 0.566, QWK 0.600, 9 of 30 gaming answers above 2, one 5 below 3, 18 of 48 1s",
        "above 2.5 (0.540 / 0.585 with the scorer at that session's start): its six off-topic",
        "answers averaged 3.67 and its pasted key points 3.00, while its genuine answers ranked in",
        "order; `heldout18` (96 answers, written the same way) measured once on 2026-12-06 at the",
        "end of the session that fitted `open13`: Spearman 0.645, QWK 0.646, 5 of 30 gaming answers",
        "above 2, no 5 below 3, 11 of 44 1s above 2.5 (0.634 / 0.650 with the scorer at that",
        "session's start): its genuine answers rank in order (mean score by label 1 to 5: 1.44,",
        "1.78, 3.70, 4.20, 4.70) while its calm wrong answers average 3.67, its pasted key points",
        "3.33 and its off-topic answers 3.17; `heldout19` (96 answers, written the same way)",
        "measured once on 2026-12-06 at the end of the session that added 106 known-wrong claims",
        "to the catalogue (tuning 0.759 / 0.787 -> 0.763 / 0.787, open14 0.311 / 0.346 -> 0.407 /",
        "0.430): Spearman 0.445, QWK 0.446, 2 gaming answers above 2, one 5 below 3, 14 of 44 1s",
        "above 2.5 (0.456 / 0.466 with the scorer at that session's start): the hardest set yet;",
        "its genuine answers by label 1 to 5 average 1.64, 2.50, 2.83, 3.67, 3.36 (its 5s are not",
        "told from its 4s), its off-topic answers 3.22 and its calm wrong answers 2.12, none of",
        "whose claims the enlarged catalogue lists); `heldout20` (96 answers, written the same",
        "way) measured once on 2026-12-06 with the scorer unchanged: Spearman 0.518, QWK 0.532, no",
        "gaming answer above 2, 3 of 13 5s below 3, 8 of 43 1s above 2.5 (genuine answers by label",
        "1 to 5 average 1.50, 1.83, 2.36, 3.50, 3.15; off-topic 2.89). Tuning part",
        "`open13` (128 answers: fluent answers to the question next door, calm wrong answers",
        "paired with calm right ones) was scored once before tuning (0.572 / 0.602) and joined the",
        "fit, with rules from its misses (five more turns a question takes: your own part, the",
        "case against, what to cut, what happens when a part fails, why you are leaving; a",
        "catalogue of well-known wrong claims across fields in `prompts/shared/misconceptions.yaml`;",
        "a sentence no longer ends inside 99.9%) and an independent review's mends to them (its",
        "first probes found 22 of 46 good answers capped by the new turns and 30 of 53 correct",
        "sentences quoted as errors; after the mends none): in the fit 0.76 / 0.78. Tuning part",
        "`open14` (128 answers written to be hard: fluent answers on another topic, long weak and",
        "terse strong answers, calm wrong answers outside tech) scored 0.311 / 0.346 at its first",
        "look and is not fitted on: in the fit it reached 0.442 and the other parts' mean left-out",
        "Spearman fell from 0.737 to 0.727. Tuning part `open12` (128 answers, 60%",
        "genuine: jobs outside tech, present tense, non-native English, calm correct against calm",
        "wrong) was scored once before any tuning on it (0.579 / 0.611) and then joined the fit,",
        "with rules from its misses (present-tense steps, a failure owned in one sentence, a cause",
        "claimed before looking, blame put on others, stock phrases, five frameworks named,",
        "before-and-after figures pasted after each step, a counter or an alarm the question asks",
        "for) and an independent review's mends to them: in the fit 0.733 / 0.769, left out of a",
        "fit on the others 0.702 / 0.738. Tuning part `open10` (150 answers: realistic",
        "gaming, fluent off-topic, confidently wrong, short plain strong) shaped those rules and is",
        "not fitted on (fitting it pulled a strong background answer from 4.0 to 3.4): first look",
        "0.258, now 0.398. Tuning part `open11` (150 answers, 60% genuine) was scored once before",
        "any tuning on it (0.649 / 0.677; 0.617 / 0.650 with the scorer at that session's start) and",
        "then joined the fit. Tuning",
        "part `open9` (160 answers written to the held-out sets' brief",
        "by a helper that never read the scorer) was first scored before any change (Spearman 0.466,",
        "QWK 0.525; its 14 off-topic and 12 confidently wrong answers, all labelled 1, averaged 3.4",
        "and 2.8) and then joined the fit: left out of a fit on the others it is still 0.466, and",
        "with it in the fit the other parts' left-out figures rose slightly (open2 0.814 -> 0.832,",
        "open4 0.744 -> 0.758, open8 0.438 -> 0.455). Tuning part",
        "`open7` (140 answers aimed at",
        "short strong, off-topic, confidently wrong and gaming answers) was first scored by the fit",
        "before that session's changes (Spearman 0.499, QWK 0.537; the fit before that, 0.445 /",
        "0.485) and then joined the fit. Tuning part `open8` (140 answers: long fluent vague,",
        "fluent off-topic, confidently wrong, gaming, strong answers in unusual forms, middling;",
        "length kept apart from the label) is used to choose between variants, not fitted on: the",
        "committed fit scores it Spearman 0.496, QWK 0.519 (0.455 / 0.480 before the question's-turn",
        "rules, 0.418 / 0.439 before open9 joined the fit). Two variants were tried against it and dropped:",
        "small regression trees on the fit's residuals (open8 0.428 / 0.477, but the pooled",
        "left-out figure over nine parts was unchanged at 0.673 and two strong hand-written answers",
        "fell to 3), and open8 in the fit (left-out on the other parts 0.719 against 0.717, but",
        "strong technical answers fell to 3: it taught the fit that technical words are wrong).",
        "Targets for the held-out set: Spearman >= 0.75, QWK >= 0.65, no 5 below 3, no 1 above 2.5,",
        "gaming <= 2.",
        "",
        *tables(),
        "",
        "For comparison, the hand-weighted scorer before any fit (heuristic-v2), on the same held-out",
        "parts: heldout Spearman 0.576 / QWK 0.547, heldout3 0.672 / 0.645, heldout4 0.726 / 0.693;",
        "the fit over named signals alone (before the listed words): heldout 0.585 / 0.582, heldout3",
        "0.680 / 0.723, heldout4 0.703 / 0.703, heldout5 0.613 / 0.620, open5 0.611 / 0.611, open6",
        "0.610 / 0.606 (the last three never seen by it). The listed words moved the ranking on every",
        "set it had not seen; what a lexical scorer still cannot see is an answer that is fluent,",
        "specific and about something else (off-topic answers average 3.0 when their part is left",
        "out), or confidently wrong (2.4). Topic overlap between question and answer was tried",
        "again with open7's off-topic answers and again measured no better.",
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the BENCHMARKS.md section")
    args = parser.parse_args()
    shown = section() if args.write else tables()  # each table computed once
    if args.write:
        replace_section(ROOT / "BENCHMARKS.md", shown)
    print("\n".join(shown))


if __name__ == "__main__":
    main()
