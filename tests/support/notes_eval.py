"""Score the notes → plan step against hand-written labels (fixtures/notes/eval/).

Used by the regression floor in tests/test_notes_eval.py and by bench/notes_eval.py, which
prints the table for BENCHMARKS.md. A predicted round matches a labelled round when its lines
(the line that introduced it and its focus lines) fall in the labelled block, or when their
titles share most of their words; each labelled round is matched at most once.

- recall: labelled rounds matched / labelled rounds; precision: predicted rounds matched /
  predicted rounds (a default loop on notes that name rounds counts as all wrong).
- merged: labelled rounds left unmatched whose block a matched predicted round also covers
  (two rounds became one); split: predicted rounds left unmatched whose lines sit in a
  matched labelled block (one round became two).
- kind: matched pairs whose kind agrees; company, role: the label's words found in the
  plan's (or the plan's in the label's); pitch: present or not as labelled; questions:
  min(found, labelled) summed over files / labelled summed.
- who: matched rounds whose labelled interviewer shares a word with the plan's (a name or a
  title; "the", "from", "team" and the like do not count) / matched rounds that have one.
- order: matched rounds in the labels' order / matched rounds (a round out of place is one
  that the longest run of matched rounds in the labels' order leaves out).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mockloop.notes.plan import extract_plan
from mockloop.notes.source import read_notes
from mockloop.records import InterviewPlan, PlanRound

EVAL_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "notes" / "eval"
_WORD = re.compile(r"[^\W_]+")  # words in any script: "デンソー", "técnica" (was ASCII only)
_STOP = {"the", "a", "an", "and", "of", "with", "round", "interview", "call", "chat", "w"}


# a Japanese legal form is a word of its own, as "GmbH" is: "株式会社ミズナラ" is Mizunara Inc.
_JP_FORM = re.compile(r"(株式会社|有限会社|合同会社)")


def _words(text: str | None) -> set[str]:
    text = _JP_FORM.sub(r" \1 ", (text or "").lower())
    return {w for w in _WORD.findall(text) if w not in _STOP}


_NOT_WHO = {"from", "team", "our", "my", "one", "two", "someone", "maybe", "probably", "tbd", "tbc"}


def _who_words(text: str | None) -> set[str]:
    return {w for w in _words(text) if w not in _NOT_WHO and len(w) > 1}


def _title_similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _lines(r: PlanRound) -> set[int]:
    found = {n.line for n in r.focus if n.line is not None}
    if r.source is not None and r.source.line is not None:
        found.add(r.source.line)
    return found


def _kind(r: PlanRound) -> str:
    return r.kind or r.id


@dataclass
class FileScore:
    name: str
    labelled: int = 0
    predicted: int = 0
    matched: int = 0
    merged: int = 0
    split: int = 0
    kind_right: int = 0
    misordered: int = 0
    who_labelled: int = 0
    who_right: int = 0
    default_loop_wrongly: bool = False
    company: bool = False
    role: bool = False
    pitch: bool = False
    questions_labelled: int = 0
    questions_found: int = 0
    misses: list[str] = field(default_factory=list)


def _name_ok(label: str | None, got: str | None) -> bool:
    if label is None:
        return got is None or not got.strip()
    want, have = _words(label), _words(got)
    return bool(have) and (want <= have or have <= want or len(want & have) >= 2)


def score_file(notes: Path, labels: dict) -> FileScore:
    plan: InterviewPlan = extract_plan(read_notes(notes))
    want = labels.get("rounds") or []
    s = FileScore(notes.name, labelled=len(want))
    s.company = _name_ok(labels.get("company"), plan.company)
    s.role = _name_ok(labels.get("role"), plan.role)
    s.pitch = bool(plan.pitch) == bool(labels.get("pitch"))
    s.questions_labelled = int(labels.get("questions_to_ask") or 0)
    s.questions_found = min(len(plan.candidate_questions), s.questions_labelled)
    if not want:
        return s
    if plan.default_loop:
        s.default_loop_wrongly = True
        s.misses = [f"default loop instead of {len(want)} rounds"]
        return s
    got = plan.rounds
    s.predicted = len(got)
    blocks = [set(range(w["lines"][0], w["lines"][1] + 1)) for w in want]
    pairs = []
    for i, r in enumerate(got):
        lines = _lines(r)
        for j, w in enumerate(want):
            hit = bool(lines & blocks[j])
            sim = _title_similarity(r.title, w["title"])
            if hit or sim >= 0.5:
                pairs.append((2 * hit + sim, i, j))
    pairs.sort(reverse=True)
    by_pred: dict[int, int] = {}
    by_label: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in by_pred and j not in by_label:
            by_pred[i], by_label[j] = j, i
    s.matched = len(by_label)
    s.kind_right = sum(_kind(got[i]) == want[j]["kind"] for i, j in by_pred.items())
    s.misordered = s.matched - _in_order([by_label[j] for j in sorted(by_label)])
    for i, j in by_pred.items():
        if want[j].get("interviewer"):
            s.who_labelled += 1
            s.who_right += bool(_who_words(want[j]["interviewer"]) & _who_words(got[i].interviewer))
    for j, w in enumerate(want):
        if j in by_label:
            continue
        if any(_lines(got[i]) & blocks[j] for i in by_pred):
            s.merged += 1
            s.misses.append(f"merged: {w['title']}")
        else:
            s.misses.append(f"missed: {w['title']}")
    for i, r in enumerate(got):
        if i in by_pred:
            continue
        if any(_lines(r) & blocks[j] for j in by_label):
            s.split += 1
            s.misses.append(f"split: {r.title}")
        else:
            s.misses.append(f"extra: {r.title}")
    for i, j in by_pred.items():
        if _kind(got[i]) != want[j]["kind"]:
            s.misses.append(f"kind: {want[j]['title']} is {want[j]['kind']}, got {_kind(got[i])}")
    if s.misordered:
        s.misses.append(f"order: {s.misordered} round(s) out of place")
    return s


def _in_order(positions: list[int]) -> int:
    """The length of the longest increasing run (not necessarily contiguous) of positions."""
    tails: list[int] = []
    for p in positions:
        k = bisect_left(tails, p)
        tails[k : k + 1] = [p]
    return len(tails)


def eval_files(part: str) -> list[tuple[Path, dict]]:
    folder = EVAL_DIR / part
    out = []
    for labels in sorted(folder.glob("*.labels.yaml")):
        stem = labels.name.removesuffix(".labels.yaml")
        notes = next(p for p in folder.iterdir() if p.stem == stem and p.suffix in (".md", ".txt"))
        out.append((notes, yaml.safe_load(labels.read_text(encoding="utf-8"))))
    return out


@dataclass
class Summary:
    files: int
    recall: float
    precision: float
    merged: int
    split: int
    kind: float
    order: float
    who: float
    company: float
    role: float
    pitch: float
    questions: float
    default_loop_wrongly: int
    scores: list[FileScore]


def summarise(scores: list[FileScore]) -> Summary:
    labelled = sum(s.labelled for s in scores)
    predicted = sum(s.predicted + (s.labelled if s.default_loop_wrongly else 0) for s in scores)
    matched = sum(s.matched for s in scores)
    n = len(scores) or 1
    q = sum(s.questions_labelled for s in scores)
    return Summary(
        files=len(scores),
        recall=matched / labelled if labelled else 1.0,
        precision=matched / predicted if predicted else 1.0,
        merged=sum(s.merged for s in scores),
        split=sum(s.split for s in scores),
        kind=sum(s.kind_right for s in scores) / matched if matched else 0.0,
        order=1 - sum(s.misordered for s in scores) / matched if matched else 1.0,
        who=sum(s.who_right for s in scores) / w
        if (w := sum(s.who_labelled for s in scores))
        else 1.0,
        company=sum(s.company for s in scores) / n,
        role=sum(s.role for s in scores) / n,
        pitch=sum(s.pitch for s in scores) / n,
        questions=sum(s.questions_found for s in scores) / q if q else 1.0,
        default_loop_wrongly=sum(s.default_loop_wrongly for s in scores),
        scores=scores,
    )


def evaluate(part: str) -> Summary:
    return summarise([score_file(notes, labels) for notes, labels in eval_files(part)])
