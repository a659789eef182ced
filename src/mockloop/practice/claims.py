"""What one answer claims: each number with its unit and the words it counts ("cut p99 latency by
40%", "5K+ H100 GPUs", "team of 6"), and the names it drops (projects, products, companies).

Pure text in, records out, so anything that holds a candidate to what they said (the story bank,
an interviewer briefing a later round) reads answers the same way. Deliberately conservative:
a number whose subject cannot be told keeps an empty subject and is never compared.
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from pydantic import BaseModel, Field

from mockloop.text import STOP, WORD, fold, stem

READ_CHARS = 20_000  # an answer's opening that is read; a pasted essay's tail adds no story


def _split(text: str) -> list[str]:
    return re.findall(r"\S+", text)


# ---------------------------------------------------------------- numbers

_NUMBER = re.compile(
    r"(?<![\w.$€£])(?<!\w-)"
    r"(?P<cur>[$€£])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>[kKmMbB]|bn|mm|thousand|million|billion)(?![A-Za-z]))?"
    r"(?P<plus>\+)?"
    r"(?:\s?(?P<unit>%|percent|pp|x|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hrs?|hours?"
    r"|days?|weeks?|months?|years?|tb|gb|qps|rps)(?![A-Za-z0-9]))?"
    r"(?![A-Za-z0-9])",
)
_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_WORD_NUMBERS) + r")\b", re.IGNORECASE)
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6}
_SCALES |= {"b": 1e9, "bn": 1e9, "billion": 1e9}
_UNITS = {"percent": "%", "pp": "%", "milliseconds": "ms", "millisecond": "ms", "sec": "s"}
_UNITS |= {"secs": "s", "seconds": "s", "second": "s", "min": "minute", "mins": "minute"}
_UNITS |= {"hr": "hour", "hrs": "hour", "€": "€", "£": "£"}
_APPROX = re.compile(
    r"(?:~|\b(?:about|around|roughly|nearly|almost|over|more than|under|less than|up to"
    r"|approximately|at least|close to|some))\s*$",
    re.IGNORECASE,
)
# Where the phrase a number qualifies stops: punctuation (not a decimal point or a thousands
# comma) and the conjunctions that start another clause.
_CLAUSE_END = re.compile(
    r"[;:!?()\n\"]|\.(?!\d)|,(?!\d{3})|\s[-\u2013\u2014]\s"
    r"|\s(?:and|but|which|so|because|while|whereas|then|after|before|when)\s",
    re.IGNORECASE,
)
# Words after a number that end the counted noun ("40% in Q3", "12 engineers who ...").
_BREAK = frozenset(
    _split(
        "in at for on during after before since within across by with and but which so because "
        "while when than to from over under per into that who where it we i they was were is are "
        "has had have did do does doing be been being can could would will should together later "
        "ago earlier each apiece total overall alone instead"
    )
)
# Verbs of change and light verbs say how a number moved, not what it counts.
_VERBS = frozenset(
    stem(w)
    for w in _split(
        "cut grew grow ran run led lead made make took take brought bring got get saw see hit "
        "drove drive went go shrank shrink rose rise fell fall won win kept keep spent spend built "
        "build reduce increase improve drop save double halve triple lift raise lower boost shave "
        "bump slash trim reach achieve deliver manage scale hire grow sat sit stood stand stay "
        "hover peak"
    )
)
_CHANGES = frozenset(
    stem(w)
    for w in _split(
        "cut reduce increase improve grew grow drop dropped save saved double halve triple lift "
        "raise lower boost shave slash trim shrank shrink rose rise fell fall went jump jumped "
        "climb climbed doubled halved tripled reduced increased improved lifted raised lowered "
        "boosted shaved slashed trimmed"
    )
)
_APPROX_WORDS = frozenset(
    _split("about around roughly nearly almost approximately least close some")
)
# A preposition right before a number starts a phrase of its own ('across three regions'), unlike
# 'by 40%', 'was 1.2s' or 'team of 6', where the number is the value of what comes before.
_OWN_PHRASE = frozenset(
    _split("in on for across within with during after before since into per than over under")
)
_UNIT_WORDS = {w: w.rstrip("s") for w in _split("days weeks months years hours minutes seconds")}
_UNIT_WORDS |= {w.rstrip("s"): w.rstrip("s") for w in _UNIT_WORDS} | {"percent": "%"}
_ARTICLES = frozenset(_split("a an the our my their your its his her of"))
_COMPARED = frozenset(
    _split("more less fewer faster slower higher lower cheaper bigger smaller additional extra")
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_PRONOUNS = frozenset(_split("i we they he she you it"))


class Claim(BaseModel):
    """One thing an answer asserts: a quantity, or a name it drops."""

    kind: Literal["number", "name"]
    text: str = Field(description="the phrase as said: 'cut p99 latency by 40%', 'Project Atlas'")
    said: str = Field(default="", description="the number as written: '5K+', '40%', 'six'")
    value: float | None = None
    unit: str = Field(default="", description="'%', '$', 'x', 'ms'… or the counted noun's stem")
    subject: list[str] = Field(
        default_factory=list, description="stems of what is counted, verbs and pronouns left out"
    )
    role: Literal["", "from", "to"] = Field(default="", description="'from X to Y' numbers")
    approx: bool = Field(default=False, description="'~', 'about', 'over', '5K+'")
    change: bool = Field(
        default=False,
        description="a change reported ('cut … by 40%', 'from 800ms to 200ms'): one project's "
        "result, so only another telling of that story can contradict it",
    )


_Bounds = tuple[list[int], list[int]]


def _clauses(text: str) -> _Bounds:
    """Starts and ends of the clause breaks, for bisecting a number's clause."""
    found = list(_CLAUSE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _clause(bounds: _Bounds, start: int, end: int, size: int) -> tuple[int, int]:
    starts, ends = bounds
    i = bisect.bisect_right(ends, start) - 1
    j = bisect.bisect_left(starts, end)
    return (ends[i] if i >= 0 else 0), (starts[j] if j < len(starts) else size)


def _is_verb(token: str) -> bool:
    low = token.lower()
    return stem(low) in _VERBS or (low.endswith("ed") and len(low) > 4)


def _before(text: str, lo: int, start: int, role: str) -> list[re.Match[str]]:
    """The words a number follows in its clause, back to a pronoun ('At Acme we served 1,200'),
    a preposition before them ('across') or another number (except the 'from' of 'from 800ms
    to 200ms'), at most six."""
    out: list[re.Match[str]] = []
    crossed, content = role != "to", False
    for m in reversed(list(WORD.finditer(text, lo, start))):
        low = m.group(0).lower()
        if low[0].isdigit() or low in _WORD_NUMBERS:
            if crossed:
                break
            crossed, content = True, False
            continue
        if low in _PRONOUNS or len(out) == 6 or (content and low in _BREAK):
            break
        if not out and low in _OWN_PHRASE:
            break  # 'across three regions': the number starts its own phrase
        content = content or (low not in STOP and low not in _BREAK)
        out.append(m)
    return out[::-1]


def _after(text: str, end: int, hi: int) -> list[re.Match[str]]:
    """The counted noun after a number ('5K+ H100 GPUs', '40% of tickets'): up to three words,
    stopping at a preposition, a verb or another number."""
    out: list[re.Match[str]] = []
    for m in WORD.finditer(text, end, hi):
        low = m.group(0).lower()
        if low in _BREAK or low[0].isdigit() or len(out) == 3:
            break
        if low in _ARTICLES or low in _COMPARED:
            continue  # '40% of our tickets', '40% fewer tickets' count tickets
        if low in STOP:
            break  # 'a team of 6 through the launch'
        if _is_verb(low) or (low.endswith("ing") and out):
            break
        out.append(m)
    return out


def _subject(words: list[str]) -> list[str]:
    keep = []
    for i, w in enumerate(words):
        low = w.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if low in STOP or low in _BREAK or low in _APPROX_WORDS or _is_verb(low):
            continue
        if low.endswith("ing") and (not nxt or nxt in STOP or nxt in _BREAK):
            continue  # 'running on': a verb; 'onboarding time': a noun
        keep.append(stem(w))
    return sorted(set(keep))


def _number(
    text: str, span: tuple[int, int], said: str, value: float, unit: str, bounds: _Bounds
) -> Claim | None:
    """The claim a number at text[span] makes: its unit, role and subject, from its clause."""
    start, end = span
    lo, hi = _clause(bounds, start, end, len(text))
    lo, hi = max(lo, start - 120), min(hi, end + 80)  # a clause that never ends reads as a phrase
    previous = [m.group(0).lower() for m in WORD.finditer(text, max(lo, start - 6), start)]
    role = previous[-1] if previous and previous[-1] in ("from", "to") else ""
    before = [m for m in _before(text, lo, start, role) if m.group(0).lower() not in ("from", "to")]
    after = _after(text, end, hi)
    if not unit and after and after[0].group(0).lower() in _UNIT_WORDS:
        unit, after = _UNIT_WORDS[after[0].group(0).lower()], after[:1]  # 'two weeks later'
    counted = [m for m in after if not m.group(0).lower().endswith("ing")]
    if not unit and counted:
        unit = stem(counted[-1].group(0))
    elif not unit and len(before) >= 2 and before[-1].group(0).lower() == "of":
        unit = stem(before[-2].group(0))  # "team of 6"
    if not unit and not before and not after:
        return None
    following = WORD.search(text, end, hi)
    compared = following is not None and following.group(0).lower() in _COMPARED
    first = next((m.start() for m in before if m.group(0).lower() not in STOP), start)
    last = after[-1].end() if after else end
    approx = bool(_APPROX.search(text[max(0, start - 14) : start])) or said.endswith("+")
    return Claim(
        kind="number",
        text=" ".join(text[first:last].split())[:100],
        said=said,
        value=value,
        unit=unit,
        subject=_subject([m.group(0) for m in before + after]),
        role=role,  # type: ignore[arg-type]
        approx=approx,
        change=bool(role) or compared or any(stem(m.group(0)) in _CHANGES for m in before + after),
    )


def numbers(text: str) -> list[Claim]:
    """Every number an answer states, with what it counts; years and bare words are not claims."""
    text = fold(text[:READ_CHARS])
    bounds = _clauses(text)
    found: list[tuple[int, Claim]] = []
    for m in _NUMBER.finditer(text):
        raw, scale, unit = m.group("num"), (m.group("scale") or "").lower(), m.group("unit") or ""
        if _YEAR.fullmatch(raw) and not (scale or unit or m.group("cur") or m.group("plus")):
            continue
        value = float(raw.replace(",", "")) * _SCALES.get(scale, 1)
        unit = (
            "$"
            if m.group("cur") == "$"
            else (m.group("cur") or _UNITS.get(unit.lower(), unit.lower()))
        )
        unit = unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit  # "days" -> "day"
        claim = _number(text, m.span(), m.group(0).strip(), value, unit, bounds)
        if claim is not None:
            found.append((m.start(), claim))
    for m in _NUMBER_WORD.finditer(text):
        if text[m.end() : m.end() + 1] == "-":
            continue  # 'a two-week canary' describes the canary
        value = _WORD_NUMBERS[m.group(0).lower()]
        claim = _number(text, m.span(), m.group(0), value, "", bounds)
        if claim is not None and claim.unit:  # "the other two" counts nothing
            found.append((m.start(), claim))
    return [claim for _, claim in sorted(found, key=lambda pair: pair[0])]


# ---------------------------------------------------------------- names

_NOT_NAMES = frozenset(
    _split(
        """i i'm i've i'd i'll ok okay monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    api apis sql ceo cto cfo coo vp vps pm pms em ems tpm pmm ic ics sre sres swe ae sdr bd ml ai
    ui ux qa kpi kpis okr okrs sla slas slo slos b2b b2c saas mvp roi poc rfc prd prds eta faq
    rca p0 p1 p2 sev sev1 sev2 us eu uk eng hr it os db dbs ci cd pr prs gpu gpus cpu cpus tpu
    tpus llm llms sdk sdks json http https rest url urls pdf csv nps arr mrr dau mau wau ltv cac
    gmv gtm ga sso oss"""
    )
)
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY\d{2,4})")  # quarters and halves, not products
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[\"'(]\s*)$")


def _core(token: str) -> str:
    return token.removesuffix("'s")


def _name_like(token: str) -> bool:
    """Capitalised, or mixed case and digits ('H100', 'PostgreSQL'), and not a common word."""
    core = _core(token)
    if core.lower() in _NOT_NAMES or core.lower() in STOP or _PERIOD.fullmatch(core):
        return False
    return core[:1].isupper() or (core[:1].isalpha() and any(c.isupper() for c in core[1:]))


def names(text: str) -> list[Claim]:
    """Names the answer drops: runs of capitalised or mixed-case words ('Project Atlas', 'H100',
    'Acme'). A capitalised first word of a sentence counts only when the answer also writes it
    mid-sentence, it is possessive ('Acme's') or it starts a longer name."""
    text = fold(text[:READ_CHARS])
    tokens = list(WORD.finditer(text))
    likely = [_name_like(m.group(0)) for m in tokens]
    initial = [
        bool(_SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])) for m in tokens
    ]
    inside = {
        _core(m.group(0)) for m, ok, first in zip(tokens, likely, initial) if ok and not first
    }
    out: dict[str, Claim] = {}
    run: list[re.Match[str]] = []

    def close() -> None:
        if run:
            name = " ".join(_core(m.group(0)) for m in run)
            out.setdefault(name.lower(), Claim(kind="name", text=name))
        run.clear()

    for i, m in enumerate(tokens):
        token = m.group(0)
        if run and text[run[-1].end() : m.start()] != " ":
            close()
        if not likely[i]:
            close()
            continue
        starts_name = (
            i + 1 < len(tokens) and likely[i + 1] and text[m.end() : tokens[i + 1].start()] == " "
        )
        if (
            initial[i]
            and _core(token) not in inside
            and not token.endswith("'s")
            and not starts_name
        ):
            continue
        run.append(m)
        if token.endswith("'s"):
            close()
    close()
    return list(out.values())


def claims(text: str) -> list[Claim]:
    """What one answer claims: its numbers (in the order said), then the names it drops."""
    return numbers(text) + names(text)


# ---------------------------------------------------------------- comparing claims


def same_quantity(a: Claim, b: Claim) -> bool:
    """Two numbers count the same thing: same unit and role, and one's subject holds the
    other's (p99 latency / latency). Differing subjects ('p50 latency', 'p99 latency') or an
    empty subject never match: better a missed contradiction than a false one."""
    if a.kind != "number" or b.kind != "number" or (a.unit, a.role) != (b.unit, b.role):
        return False
    sa, sb = set(a.subject), set(b.subject)
    return bool(sa and sb) and (sa <= sb or sb <= sa)


def disagree(a: Claim, b: Claim) -> bool:
    """The values differ beyond rounding: 5% apart, 25% when either is approximate ('5K+')."""
    if a.value is None or b.value is None:
        return False
    top = max(abs(a.value), abs(b.value)) or 1.0
    slack = 0.25 if a.approx or b.approx else 0.05
    return abs(a.value - b.value) / top > slack
