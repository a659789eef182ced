"""What the offline scorer reads in an answer: the substantive text (restated, buzzword-laden
and injected sentences removed, filler stripped) and the signals measured on it, each with
the sentences it rests on."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from mockloop.records import AgendaQuestion
from mockloop.text import content_words as text_content_words
from mockloop.text import stem as base_stem
from mockloop.text import words


@dataclass(frozen=True)
class Signal:
    """One measured property of an answer: a value in [0, 1] and a line saying why."""

    name: str
    value: float
    detail: str

    def cite(self) -> str:
        return f"{self.name}={self.value:.2f} ({self.detail})"


# ---------------------------------------------------------------- text basics

_I_FLAG = re.IGNORECASE
# a full stop inside a number or a name ("99.9%", "batches.remove(b)") ends no sentence
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\w)\.(?=\w))+(?:[.!?]+|$)")
# Stems that mean the same thing in an interview answer, folded to one head.
_CANON = {
    alias: head
    for head, aliases in {
        "decid": ("decision", "call", "chose", "choos", "choic"),
        "result": ("outcom", "impact", "turn", "end"),
        "custom": ("client", "prospect", "account", "buyer", "user"),
        "data": ("numb", "metric", "evidenc", "measur", "track"),
        "risk": ("stak", "bet", "danger"),
        "unknown": ("incomplet", "miss", "uncertain", "know", "unclear", "ambigu"),
        "learn": ("lesson", "taught"),
        "recov": ("fix", "repair", "rebuild"),
        "interest": ("need", "goal", "incentiv", "priority"),
        "own": ("responsib", "accountab"),
        "test": ("experiment", "pilot", "trial", "validat", "verify", "check"),
        "fast": ("speed", "quick", "slow", "faster", "latency"),
    }.items()
    for alias in aliases
}
# Stems key points use to describe an answer rather than its content ("names a specific ...").
_META = frozenset(
    re.findall(
        r"\S+",
        """candidat nam specific concret clear mention explain describ
    stat say list giv show identify real genuin instead least possibl rather someth""",
    )
)


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The shared stem, with answer synonyms folded to one head ('client' meets 'customer')."""
    w = base_stem(word)
    return _CANON.get(w, w)


def content(text: str) -> set[str]:
    """Stemmed content words with synonyms folded; words that describe an answer dropped."""
    return {_CANON.get(w, w) for w in text_content_words(text)} - _META


def sentences(text: str) -> list[str]:
    """Verbatim sentences (stripped), so any of them is a grounded quote."""
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if words(m.group(0))]


# ---------------------------------------------------------------- lexicons


def _rx(*alternatives: str, flags: int = _I_FLAG) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), flags)


_FILLER = _rx(
    r"\b(?:basically|literally|kind of|sort of|i guess|i suppose|i mean|you know|so yeah"
    r"|at the end of the day|maybe|to be honest|honestly|just saying)\b",
    r"(?:^|[,.]\s*)like,",
)  # "like, ..." is filler; "like code" is an example
_BUZZ = _rx(
    r"\b(?:synerg\w*|leverag\w*|holistic\w*|paradigm\w*|best[- ]in[- ]class|world[- ]class"
    r"|game[- ]chang\w*|move the needle|circle back|value[- ]add|data[- ]driven|passionate"
    r"|maximi[sz]\w* value|unlock\w* value|low[- ]hanging fruit|outside the box"
    r"|hit(?:ting)? the ground running|across the board)\b"
)
_GENERIC = _rx(
    r"\b(?:great (?:culture|company|things|team|relationship|fit)|amazing culture"
    r"|something big|make a difference|learn and grow|grow with the (?:team|company)"
    r"|wear many hats|big impact|exciting time|going to be huge|team effort"
    r"|customers? (?:liked|loved) it)\b"
)
_INJECTION = _rx(
    r"\b(?:ignore|disregard|forget)\b[^.]{0,40}"
    r"\b(?:rubric|instructions?|criteria|rules|prompt)\b",
    r"\bgive (?:me|this|it|us|the candidate)\b[^.]{0,30}"
    r"\b(?:5|five|full marks|top score)\b",
    r"\b(?:score|rate|grade|mark) (?:this|me|it)\b[^.]{0,20}\b(?:5|five)\b",
    r"^\W*(?:system|assistant)\s*:",
    r"\byou are now\b",
    r"\boverride mode\b",
    r"\bnew instructions\b",
    r"\balready passed\b",
    r"\b(?:note|message|instructions?) (?:to|for) (?:the )?(?:evaluator|grader|assessor|reviewer|"
    r"scorer|ai|model|llm|judge)\b",
    r"\b(?:record|assign|award|give|enter|mark)\b[^.]{0,30}\b(?:score|rating|grade|mark)s? of "
    r"(?:5|five)\b",
    r"\b(?:5|five)(?:/5| out of (?:5|five))? on (?:every|all|each) (?:criteri|dimension)",
    r"\bpre-?approved\b",
    r"\bif (?:an? |the )?(?:ai|llm|model|grader|evaluator|assessor|scorer|bot)s? (?:is |are )?"
    r"(?:grading|reading|scoring|evaluating|reviewing|marking)\b",
    r"\b(?:automatically|now) (?:receive|get|earn|score)s? (?:a |an )?(?:5|five|full|top|perfect)\b",
    r"\b(?:rubric|scoring|grading) (?:was|has been|is) (?:updated|changed)\b",
    r"^\W*(?:dear |hey |hi |to the |attention,? )?(?:ai |llm )?(?:grader|evaluator|assessor|"
    r"scorer|reviewer|judge)s?\s*[,:]",
    r"\b(?:award|give|assign|grant)\b[^.]{0,20}\b(?:full|maximum|max|top|perfect) "
    r"(?:credit|marks?|scores?|points?)\b",
    r"\b(?:mark|rate|score|grade)\b[^.]{0,25}\b(?:5/5|five out of five|10/10|100%)",
    r"\b(?:disregard|ignore|skip|bypass)\b[^.]{0,20}\b(?:scoring|grading|marking|evaluation) "
    r"(?:guide|guidelines|scheme|rules|criteria|rubric)\b",
    r"\b(?:deserves?|earns?|merits?)\b[^.]{0,20}\b(?:top|full|maximum|perfect) "
    r"(?:marks?|scores?|credit)\b",
    # a grade spelled as points in another language ("5 von 5 Punkten"), a note addressed to the
    # grader in any language ("Nota per il valutatore", "Hinweis für die automatische Bewertung")
    r"(?<![\d.,])(5|10)\s*(?:von|su|sur|de|van|z|na|af|av)\s*\1\s*(?:punkt\w*|punti|points?|puntos|"
    r"pontos|punten)",
    r"\b(?:note|nota|hinweis|remarque|opmerking|notatka|anmerkung|uwaga)\s+(?:for|to|per|für|pour"
    r"|para|voor|dla|à l'intention de)\s+(?:the |il |la |le |die |den |de |el |l')?(?:\w+ )?(?:"
    r"valutator\w*|bewertung|[ée]valuat\w*|evaluador\w*|avaliador\w*|beoordelaar\w*|oceniaj\w*|"
    r"grader|evaluator|assessor|correttor\w*|prüfer\w*)",
    # markup and data no spoken answer holds: an HTML comment about scoring, a JSON verdict
    r"^\W*--\s+\w+[^.]{0,40}\b(?:score|rubric|evaluat\w*|grader|grading|scoring)\b",
    r"\b(?:score|rubric|criteria|overall)\b[^.<>]{0,80}-->",
    r"\{[^{}]{0,300}\"(?:evaluation\w*|evaluator|rubric|criteria|grading|override|instruction)"
    r"\w*\"\s*:",
    r"\b(?:output|return|record|assign|give)\s+(?:a |an |the )?(?:score|rating|grade|mark|overall)"
    r"\s*(?:of|=|:|as)\s*(?:5|five)\b",
    r"\b(?:should|must|will) be (?:scored|rated|marked|graded) (?:at )?(?:a )?(?:5|five)\b",
    r"\bfor any (?:automated|ai)\b[^.]{0,30}\b(?:evaluat\w+|scor\w+|grad\w+|review\w*)",
    r"\b(?:evaluator|grader|scorer)s?\s+(?:instructions?|notes?)\s*:",
    r"\bwhoever or whatever is (?:reviewing|reading|grading|scoring)",
    # a note to whoever writes the verdict, in ordinary words or brackets
    r"\bfor (?:whoever|whomever|anyone who|the person who) (?:compiles|writes|reads|fills|scores|"
    r"grades|summari[sz]es|reviews|collates)\b",
    r"\[\s*(?:evaluation|assessment|scoring|grading|panel|rubric|reviewer|grader|interviewer)\b"
    r"[^\]]{0,40}:",
    r"\b(?:panel|scoring|grading|hiring committee|debrief)\b[^.]{0,30}\b(?:should|must|please) "
    r"(?:note|record|mark|reflect|score|rate)\b",
    # a verdict written in: "record as 5", "meets level 5", "notes (pre-filled by the panel)"
    r"(?:^|[.;:!]\s*|\b(?:please|should|must|to)\s+)(?:record|log|enter|score|mark|rate|grade) "
    r"(?:this |it |the answer |them )?as (?:a )?(?:5|five|level (?:5|five))\b|\b(?:meets|exceeds) "
    r"(?:the )?(?:level|band|tier) (?:5|five)\b[^.]{0,30}\b(?:criteri\w*|rubric|every|all)\b|"
    r"\bpre-?(?:filled|populated|completed) by (?:the )?(?:panel|reviewer|grader|committee)",
)
_STRUCTURE: dict[str, re.Pattern[str]] = {
    "context": _rx(
        r"\bthe (?:problem|goal|customer|context|situation|ask) (?:was|is)\b",
        r"\b(?:came to us|at the time|last (?:year|quarter|month)|i started"
        r"|the request)\b",
        r"\b(?:was|is) that\b",
    ),
    "action": _rx(
        r"\b(?:so i|i (?:decided|built|wrote|proposed|led|split|owned|designed|asked|sat"
        r"|got|brought|introduced|framed|sequenced|chose|planned|cut|checked|called)"
        r"|my (?:recommendation|approach|plan)"
        r"|i'd (?:ask|start|look|focus|split|make|get|validate|check))\b"
    ),
    "reasoning": _rx(
        r"\b(?:trade-?offs?|because|instead of|rather than|at the cost of|downside"
        r"|riskiest|versus|the tension|gave up|which means)\b"
    ),
    "result": _rx(
        r"\b(?:as a result|the result|outcome|it turned out|we ended|dropped"
        r"|success (?:is|was|means)|expected)\b",
        r"\b(?:cut|reduced|increased|closed|launched|shipped)\b[^.]{0,40}\d",
    ),
    "sequence": _rx(
        r"\b(?:first|second|third|finally|three (?:things|phases)|two priorities|then"
        r"|day \d+|week (?:one|two|\d))\b"
    ),
}
_NUMBER = re.compile(r"(?<![A-Za-z])\$?\d[\d,.]*(?:\s?(?:%|k\b|m\b|x\b))?")
_NUMBER_WORDS = _rx(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|double)\b"
)
_UNIT = _rx(
    r"\d[\d,.]*\s?(?:%|ms|s\b|seconds?|minutes?|hours?|days?|weeks?|months?|years?|tokens?"
    r"|gpus?|gb|tb|kb|k\b|m\b|x\b|percent|million|billion|thousand|dollars?|cents?)",
    r"\$\d",
)
# a name's word: "Postgres", "APNs", "S3"; after a lower-case word, so not a sentence's first
PROPER_WORD = r"[A-Z][a-z]+|[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*"
_PROPER = re.compile(rf"(?<=[a-z,;:] )(?:{PROPER_WORD})\b")
_EXAMPLE = re.compile(
    r"\b(?:(?i:when i|for example|for instance|a (?:specific |good )?example"
    r"|one customer|a (?:customer|prospect|retail|large|mid-size)"
    # a scene in time, the way a story without numbers is concrete ("that night", "on a late shift")
    r"|that (?:night|day|morning|afternoon|evening|week|weekend)|the (?:same|next|following) "
    r"(?:day|night|morning|afternoon|evening|week)|on (?:a|one|my) (?:\w+ )?(?:shift|call|visit|"
    r"round|night|morning)|the one time|one (?:night|morning|afternoon|evening|friday|monday))"
    r"|at [A-Z][a-z]+)\b"
)
_QUANTIFIED = _rx(r"\b(?:measurable|quantif\w*|with scale)\b")
FIRST_PERSON = _rx(r"\b(?:i|i'm|i'd|i've|i'll|me|my|myself)\b")
_WE = _rx(r"\b(?:we|we're|we'd|we've|our|us)\b")
_BANDS = {"technical": (60, 350), "case": (60, 350), "logistics": (20, 150)}
_DEFAULT_BAND = (80, 300)


# ---------------------------------------------------------------- preparing an answer


@dataclass(frozen=True)
class Prepared:
    """An answer split into the sentences that earn credit and the ones that never do."""

    raw: str
    kept: tuple[str, ...]
    dropped: tuple[str, ...]  # restated or buzzword-laden: no credit, counted as padding
    injected: tuple[str, ...]

    @property
    def text(self) -> str:
        """What positive signals read: kept sentences with filler phrases removed."""
        return _FILLER.sub(" ", " ".join(self.kept))

    @property
    def raw_words(self) -> int:
        return len(words(self.raw))


def prepare(answer: str) -> Prepared:
    kept: list[str] = []
    dropped: list[str] = []
    injected: list[str] = []
    seen = _Restatements()
    for sentence in sentences(answer):
        if _INJECTION.search(sentence):
            injected.append(sentence)
        elif len(_BUZZ.findall(sentence)) >= 2 or seen.restates(sentence):
            dropped.append(sentence)
        else:
            kept.append(sentence)
            seen.add(sentence)
    return Prepared(answer, tuple(kept), tuple(dropped), tuple(injected))


class _Restatements:
    """The kept sentences' content words, indexed by word, so telling whether a new sentence
    only restates one of them costs its own words, not a pass over every earlier sentence (a
    pasted answer of thousands of sentences stays linear)."""

    def __init__(self) -> None:
        self.by_word: dict[str, list[int]] = {}
        self.count = 0

    def add(self, sentence: str) -> None:
        for word in content(_FILLER.sub(" ", sentence)):
            self.by_word.setdefault(word, []).append(self.count)
        self.count += 1

    def restates(self, sentence: str) -> bool:
        """Its content words nearly all sit in one earlier kept sentence: it adds nothing new."""
        mine = content(_FILLER.sub(" ", sentence))
        if len(mine) < 3:
            return False
        need = 0.85 * len(mine)
        shared: dict[int, int] = {}
        for word in mine:
            postings = self.by_word.get(word, ())
            if len(postings) > 200:  # a word in most sentences: counted, but not per sentence
                postings = postings[-200:]
            for index in postings:
                shared[index] = shared.get(index, 0) + 1
        return any(n >= need for n in shared.values())


# ---------------------------------------------------------------- signals


def structure(text: str) -> Signal:
    """Markers of a told story or argued case: context, action, reasoning, result, sequence."""
    found = [name for name, pattern in _STRUCTURE.items() if pattern.search(text)]
    return Signal("structure", len(found) / len(_STRUCTURE), ", ".join(found) or "no markers")


def specificity(text: str) -> Signal:
    """Concrete detail: numbers, numbers with units, named systems, a specific example."""
    numbers = {n.strip(" ,.") for n in _NUMBER.findall(text)}
    numbers |= {w.lower() for w in _NUMBER_WORDS.findall(text)}
    units = {u.lower() for u in _UNIT.findall(text)}
    names = set(_PROPER.findall(text))
    examples = min(2, len(_EXAMPLE.findall(text)))
    mass = 0.3 * len(numbers) + 0.2 * len(units) + 0.2 * len(names) + 0.4 * examples
    detail = (
        f"{len(numbers)} numbers, {len(units)} with units, {len(names)} names, {examples} examples"
    )
    return Signal("specificity", round(1 - math.exp(-mass / 2.5), 3), detail)


@dataclass(frozen=True)
class Coverage:
    signal: Signal
    covered: list[str]
    missed: list[str]


def key_point_credit(text: str, key_point: str) -> float:
    """Share of the words needed (about a third of the core words; parenthetical examples count
    as hits, not as need). A key point asking for numbers is met by two quantities with units."""
    if _QUANTIFIED.search(key_point) and len(set(_UNIT.findall(text))) >= 2:
        return 1.0
    core = content(re.sub(r"\([^)]*\)", " ", key_point))
    need = min(len(core), max(2, math.ceil(0.3 * len(core))))
    return min(1.0, len(content(key_point) & content(text)) / need) if core else 0.0


def coverage(text: str, key_points: list[str]) -> Coverage:
    credit = {kp: key_point_credit(text, kp) for kp in key_points}
    covered = [kp for kp in key_points if credit[kp] >= 1.0]
    missed = [kp for kp in key_points if credit[kp] < 1.0]
    value = round(sum(credit.values()) / len(key_points), 3) if key_points else 0.5
    detail = f"{len(covered)}/{len(key_points)} key points covered"
    return Coverage(Signal("coverage", value, detail), covered, missed)


def ownership(text: str) -> Signal:
    """Share of first-person singular among personal pronouns: who did the work."""
    mine, ours = len(FIRST_PERSON.findall(text)), len(_WE.findall(text))
    value = mine / (mine + ours) if mine + ours else 0.5
    return Signal("ownership", round(value, 3), f"{mine} I/me/my vs {ours} we/our")


def concision(prepared: Prepared, kind: str) -> Signal:
    """Thin below the band (substantive words only); past the band every raw word costs."""
    low, high = _BANDS.get(kind, _DEFAULT_BAND)
    n, raw = len(words(prepared.text)), prepared.raw_words
    value = min(1.0, n / low) * max(0.0, 1 - max(0, raw - high) / high)
    return Signal("concision", round(value, 3), f"{raw} words, {n} substantive, band {low}-{high}")


def filler(prepared: Prepared) -> Signal:
    """Filler, hedges, buzzwords and dropped sentences per 100 words: a penalty, never credit."""
    hits = len(_FILLER.findall(prepared.raw)) + len(_BUZZ.findall(prepared.raw))
    hits += 2 * len(prepared.dropped)
    rate = 100 * hits / max(prepared.raw_words, 1)
    detail = f"{hits} filler/buzz hits, {len(prepared.dropped)} padded sentences"
    return Signal("filler", round(min(1.0, rate / 10), 3), detail)


def generic(text: str) -> Signal:
    found = _GENERIC.findall(text)
    return Signal("generic", min(1.0, len(found) / 2), ", ".join(found[:3]) or "none")


def dodging(text: str, question: AgendaQuestion, prompts: tuple[str, ...] = ()) -> Signal:
    """1 when the answer shares no words with the question, its key points and the follow-ups."""
    topic = content(" ".join([question.text, *question.key_points, *question.follow_ups, *prompts]))
    shared = content(text) & topic
    detail = f"{len(shared)} words shared with the question"
    return Signal("dodging", max(0.0, 1 - len(shared) / 5), detail)


def injection(prepared: Prepared) -> Signal:
    """Instructions aimed at the grader: flagged, excluded from credit, and the score floored."""
    found = prepared.injected
    detail = f"\u201c{found[0]}\u201d" if found else "none"
    return Signal("injection", 1.0 if found else 0.0, detail)
