"""How an answer sounded, measured from its transcript and word timestamps: pace, fillers,
long pauses, time to the first word, length against what the round expects.

Every figure is an observation beside the range it is usually found in, never a verdict on
the candidate (nothing here says "nervous" or "confident"). A figure that needs word
timestamps is None when the server sent none: it is reported unavailable, never estimated.

Which words count as fillers (the rule, so the counts can be checked by hand):
- always: um, uh, er, erm, ah, hmm (stretched spellings too: umm, uhh, hmmm) and "basically";
- "like" only when punctuation sets it off (", like," / "Like, we…" / "like…"), when it
  follows another filler ("um like") or is doubled ("like like"): "I like Python", "looks
  like a cache", "like I said" are not counted;
- "you know" and "I mean" only when a comma, dash, ellipsis or the end follows them ("you
  know, the", "I mean, we"), and "you know" not after do/did/if/as ("if you know, tell me");
- "sort of" and "kind of" unless a determiner or question word comes before ("what kind of
  index", "this sort of bug" are not counted; "it was kind of slow" is).
Not counted: so, well, right, actually, literally (too often meant).
"""

from __future__ import annotations

import itertools
import re
import statistics
from typing import Literal, NamedTuple

from pydantic import BaseModel, Field

from .transcribe import Transcript

PAUSE_S = 2.0  # a silence between words longer than this is a pause listeners notice
PACE = (120, 160)  # words per minute: the usual conversational range
FILLERS_USUAL = 3.0  # per 100 words: prepared answers usually stay under this
FIRST_WORD_USUAL = 5.0  # seconds: a usual thinking pause before starting
MIN_TIMED_S = 3.0  # shorter speech gives no meaningful pace
FOLLOW_UP_LENGTH = (20, 90)  # seconds: a follow-up asks for less than a main question

# Seconds a main answer usually runs, by round kind; others get DEFAULT_LENGTH.
ROUND_LENGTH: dict[str, tuple[int, int]] = {
    "behavioral": (60, 120),  # a STAR story: one to two minutes
    "recruiter": (30, 90),
    "hiring-manager": (60, 120),
    "executive": (45, 90),  # executives ask for the headline first
    "partnerships": (60, 120),
    "cofounders": (60, 120),
    "pm-fundamentals": (60, 150),
    "product-sense": (90, 180),  # a product case walks through users, options, a choice
    "execution": (90, 180),
    "technical": (60, 150),
    "coding": (30, 120),  # talking through an approach
    "system-design": (120, 300),  # a design is laid out in parts
    "ml-system-design": (120, 300),
    "presentation": (60, 180),
    "take-home": (60, 150),
}
DEFAULT_LENGTH = (45, 120)

Position = Literal["below", "within", "above", "unavailable"]


def length_band(kind: str | None, follow_up: bool = False) -> tuple[int, int]:
    """The seconds an answer of this round kind usually takes (a follow-up's: shorter)."""
    if follow_up:
        return FOLLOW_UP_LENGTH
    return ROUND_LENGTH.get((kind or "").lower(), DEFAULT_LENGTH)


class AnswerDelivery(BaseModel):
    """The delivery figures of one spoken answer. None: not measurable from what the server
    returned (no word timestamps, or too little speech)."""

    seq: int = Field(description="the answer's turn in the session")
    question_index: int | None = None
    attempt: int = 1
    follow_up: bool = False
    words: int = Field(description="words in the transcript")
    timed: bool = Field(description="the server returned word timestamps")
    speaking_s: float | None = Field(None, description="first word to last word, seconds")
    recording_s: float | None = Field(None, description="the whole recording, seconds")
    wpm: float | None = None
    timed_words: int = Field(0, description="words with timestamps: what pace counts")
    fillers: int = 0
    filler_terms: dict[str, int] = Field(default_factory=dict)
    pauses: int | None = Field(None, description=f"silences over {PAUSE_S:g} s between words")
    longest_pause_s: float | None = None
    longest_pause_after: str | None = Field(None, description="the word before the longest")
    first_word_s: float | None = Field(None, description="recording start to the first word")
    expected_s: tuple[int, int] = DEFAULT_LENGTH
    edited: bool = Field(False, description="the text sent was edited after transcription")
    source: str = ""

    @property
    def fillers_per_100(self) -> float | None:
        return round(100 * self.fillers / self.words, 1) if self.words else None

    @property
    def length_s(self) -> float | None:
        """The answer's length: speaking time when timed, else the recording's length."""
        return self.speaking_s if self.speaking_s is not None else self.recording_s


class Observation(NamedTuple):
    """One figure beside its usual range: 'Pace', '150 wpm', 'usual conversational range
    120–160 wpm', 'within'."""

    name: str
    value: str
    usual: str
    position: Position


# ---------------------------------------------------------------- measuring


def _words(text: str) -> list[str]:
    return text.split()


_TOKEN = re.compile(r"[A-Za-z0-9']+|[,.;:!?…—–-]+")
_ALWAYS = {
    "um": "um", "umm": "um", "erm": "er", "er": "er", "uh": "uh", "uhm": "um",
    "ah": "ah", "hmm": "hmm", "hm": "hmm", "basically": "basically",
}  # fmt: skip
_DETERMINERS = frozenset(
    _words("a an the this that these those what which any some every each one same")
    + _words("different other right wrong best whatever no")
)
_YOU_KNOW_NOT_AFTER = frozenset(_words("do did don't didn't if as whether would could will might"))
_LIKE_IS_A_VERB_AFTER = frozenset(
    _words("i you we they he she would i'd we'd you'd they'd to don't didn't doesn't")
)
_STRETCH = re.compile(r"(.)\1+")


def _normal(word: str) -> str:
    """'Ummm' -> 'um', 'uhhh' -> 'uh', "don't" kept."""
    low = word.lower()
    squeezed = _STRETCH.sub(r"\1", low)
    if squeezed in {"um", "uh", "hm", "ah", "er", "uhm"} or low in _ALWAYS:
        return squeezed if squeezed in _ALWAYS else low
    return low


def count_fillers(text: str) -> dict[str, int]:
    """Filler counts by term, by the rule in the module docstring."""
    tokens = [_normal(t) for t in _TOKEN.findall(text)]
    found: dict[str, int] = {}

    def at(i: int) -> str:
        return tokens[i] if 0 <= i < len(tokens) else "."

    def punct(i: int) -> bool:
        return not at(i)[0].isalnum()

    def soft(i: int) -> bool:  # a comma, dash or ellipsis: speech running on
        return at(i)[0] in ",…—–-" or at(i).startswith("..")

    for i, token in enumerate(tokens):
        term = None
        if token in _ALWAYS:
            term = _ALWAYS[token]
        elif token == "like":
            after_filler = at(i - 1) in _ALWAYS or (punct(i - 1) and at(i - 2) in _ALWAYS)
            set_off = soft(i + 1) and at(i - 1) not in _LIKE_IS_A_VERB_AFTER
            term = "like" if set_off or after_filler or at(i + 1) == "like" else None
        elif token == "know" and at(i - 1) == "you":
            if punct(i + 1) and at(i - 2) not in _YOU_KNOW_NOT_AFTER:
                term = "you know"
        elif token == "mean" and at(i - 1) == "i":
            term = "i mean" if punct(i + 1) else None
        elif token == "of" and at(i - 1) in ("sort", "kind") and at(i - 2) not in _DETERMINERS:
            term = f"{at(i - 1)} of"
        if term:
            found[term] = found.get(term, 0) + 1
    return found


def word_count(text: str) -> int:
    return sum(1 for t in _TOKEN.findall(text) if t[0].isalnum())


def measure(
    transcript: Transcript,
    *,
    seq: int,
    expected: tuple[int, int] = DEFAULT_LENGTH,
    question_index: int | None = None,
    attempt: int = 1,
    follow_up: bool = False,
    recording_s: float | None = None,
    edited: bool = False,
) -> AnswerDelivery:
    """The figures of one answer: fillers from the transcript's text (it keeps the
    punctuation the filler rule reads), timing from its words when the server sent them."""
    terms = count_fillers(transcript.text)
    words = transcript.words
    timed = bool(words)
    speaking = round(words[-1].end - words[0].start, 2) if timed else None
    gaps = [(b.start - a.end, a.text) for a, b in itertools.pairwise(words)]
    long = [(round(g, 2), after) for g, after in gaps if g > PAUSE_S]
    longest = max(long, default=None)
    enough = speaking is not None and speaking >= MIN_TIMED_S and len(words) >= 3
    return AnswerDelivery(
        seq=seq,
        question_index=question_index,
        attempt=attempt,
        follow_up=follow_up,
        words=word_count(transcript.text) or len(words),
        timed=timed,
        speaking_s=speaking,
        recording_s=transcript.duration if transcript.duration is not None else recording_s,
        wpm=round(len(words) / (speaking / 60)) if enough and speaking else None,
        timed_words=len(words),
        fillers=sum(terms.values()),
        filler_terms=terms,
        pauses=len(long) if timed else None,
        longest_pause_s=longest[0] if longest else None,
        longest_pause_after=longest[1] if longest else None,
        first_word_s=round(words[0].start, 2) if timed else None,
        expected_s=expected,
        edited=edited,
        source=transcript.source,
    )


# ---------------------------------------------------------------- observations


def _where(value: float | None, low: float, high: float) -> Position:
    if value is None:
        return "unavailable"
    return "below" if value < low else "above" if value > high else "within"


def _secs(value: float) -> str:
    return f"{value:.0f} s" if value >= 10 else f"{value:.1f} s"


UNAVAILABLE = "unavailable: the transcription server sent no word timestamps"


def observations(d: AnswerDelivery) -> list[Observation]:
    """The answer's figures, each beside its usual range."""
    low, high = d.expected_s
    kind = "a follow-up answer" if d.follow_up else "an answer in this round"
    out = [_pace(d.wpm, d.timed, d.speaking_s)]
    per100 = d.fillers_per_100
    terms = ", ".join(f"{t} ×{n}" for t, n in sorted(d.filler_terms.items(), key=lambda x: -x[1]))
    out.append(
        Observation(
            "Fillers",
            f"{per100:.1f} per 100 words ({d.fillers} of {d.words}{': ' + terms if terms else ''})"
            if per100 is not None
            else "no words",
            f"prepared answers usually stay under {FILLERS_USUAL:g} per 100 words",
            "unavailable" if per100 is None else "above" if per100 > FILLERS_USUAL else "within",
        )
    )
    if d.pauses is None:
        out.append(Observation(f"Pauses over {PAUSE_S:g} s", UNAVAILABLE, "", "unavailable"))
    else:
        longest = (
            f", longest {_secs(d.longest_pause_s)} after “{d.longest_pause_after}”"
            if d.longest_pause_s is not None
            else ""
        )
        out.append(
            Observation(
                f"Pauses over {PAUSE_S:g} s",
                f"{d.pauses}{longest}",
                "a pause under 2 s reads as thinking",
                "within" if d.pauses == 0 else "above",
            )
        )
    first = d.first_word_s
    out.append(
        Observation(
            "First word after",
            _secs(first) if first is not None else UNAVAILABLE,
            f"up to {FIRST_WORD_USUAL:g} s is a usual moment to think" if first is not None else "",
            _where(first, 0, FIRST_WORD_USUAL),
        )
    )
    length = d.length_s
    what = "speaking" if d.speaking_s is not None else "recording"
    out.append(
        Observation(
            "Length",
            f"{_secs(length)} {what}, {d.words} words"
            if length is not None
            else f"{d.words} words",
            f"{kind} usually runs {low}–{high} s",
            _where(length, low, high),
        )
    )
    return out


def _pace(wpm: float | None, timed: bool, speaking: float | None) -> Observation:
    usual = f"usual conversational range {PACE[0]}–{PACE[1]} wpm"
    if wpm is None:
        why = UNAVAILABLE if not timed else f"too little speech to measure ({_secs(speaking or 0)})"
        return Observation("Pace", why, usual if timed else "", "unavailable")
    return Observation("Pace", f"{wpm:.0f} wpm", usual, _where(wpm, *PACE))


# ---------------------------------------------------------------- a session


class SessionDelivery(BaseModel):
    """Every spoken answer of a session, and the figures over all of them."""

    answers: list[AnswerDelivery]

    @property
    def timed(self) -> list[AnswerDelivery]:
        return [a for a in self.answers if a.timed and a.speaking_s]

    @property
    def words(self) -> int:
        return sum(a.words for a in self.answers)

    @property
    def wpm(self) -> float | None:
        """Timed words over speaking time, all measurable answers together."""
        timed = [a for a in self.timed if a.wpm is not None]
        seconds = sum(a.speaking_s or 0 for a in timed)
        return round(sum(a.timed_words for a in timed) / (seconds / 60)) if seconds else None

    @property
    def fillers_per_100(self) -> float | None:
        words = self.words
        return round(100 * sum(a.fillers for a in self.answers) / words, 1) if words else None

    @property
    def pauses(self) -> int | None:
        timed = [a.pauses for a in self.answers if a.pauses is not None]
        return sum(timed) if timed else None

    @property
    def longest_pause_s(self) -> float | None:
        return max((a.longest_pause_s for a in self.answers if a.longest_pause_s), default=None)

    @property
    def first_word_s(self) -> float | None:
        """The median time to the first word."""
        found = [a.first_word_s for a in self.answers if a.first_word_s is not None]
        return round(statistics.median(found), 1) if found else None

    def in_band(self) -> tuple[int, int]:
        """(answers whose length is within their usual range, answers with a length)."""
        measured = [a for a in self.answers if a.length_s is not None]
        inside = [a for a in measured if _where(a.length_s, *a.expected_s) == "within"]
        return len(inside), len(measured)

    def summary(self) -> list[Observation]:
        """The session's figures over every spoken answer."""
        wpm, per100 = self.wpm, self.fillers_per_100
        pauses, longest, first = self.pauses, self.longest_pause_s, self.first_word_s
        inside, measured = self.in_band()
        n = len(self.answers)
        return [
            _pace(wpm, bool(self.timed), sum(a.speaking_s or 0 for a in self.timed)),
            Observation(
                "Fillers",
                f"{per100:.1f} per 100 words over {n} answer{'s' if n != 1 else ''}"
                if per100 is not None
                else "no words",
                f"prepared answers usually stay under {FILLERS_USUAL:g} per 100 words",
                "unavailable"
                if per100 is None
                else "above"
                if per100 > FILLERS_USUAL
                else "within",
            ),
            Observation(
                f"Pauses over {PAUSE_S:g} s",
                UNAVAILABLE
                if pauses is None
                else f"{pauses}" + (f", longest {_secs(longest)}" if longest else ""),
                "" if pauses is None else "a pause under 2 s reads as thinking",
                "unavailable" if pauses is None else "within" if pauses == 0 else "above",
            ),
            Observation(
                "First word after (median)",
                _secs(first) if first is not None else UNAVAILABLE,
                f"up to {FIRST_WORD_USUAL:g} s is a usual moment to think"
                if first is not None
                else "",
                _where(first, 0, FIRST_WORD_USUAL),
            ),
            Observation(
                "Length",
                f"{inside} of {measured} answers within their usual range"
                if measured
                else "unavailable",
                "by round kind; follow-ups 20–90 s",
                "unavailable" if not measured else "within" if inside == measured else "below",
            ),
        ]


def line(obs: Observation) -> str:
    """'Pace: 150 wpm — usual conversational range 120–160 wpm'."""
    return f"{obs.name}: {obs.value}" + (f" — {obs.usual}" if obs.usual else "")
