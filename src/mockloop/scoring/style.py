"""How an answer is argued, sentence by sentence: hedging, vague process talk, trade-offs named,
sentence length, content density and technical tokens.

These read the substantive text (restated and injected sentences already removed). None of them
is a verdict alone; the fitted combination in `model.py` weighs them with the other signals,
and the gates in `heuristic.py` still cap what no style can lift (keyword strings, a restated
question, a known-wrong claim, grader instructions).
"""

from __future__ import annotations

import re

from mockloop.text import words

from .signals import Signal, content, sentences


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# Saying less than one means: the answer commits to nothing.
_HEDGE = _rx(
    r"i think", r"probably", r"maybe", r"i guess", r"kind of", r"sort of", r"i'?d say",
    r"honestly", r"i feel like", r"i believe", r"hopefully", r"you know", r"i suppose",
    r"more or less", r"something like that",
)  # fmt: skip
# A process named without its content: "look at the data", "iterate", "make sure it works".
_VAGUE = _rx(
    r"look (?:at|into) (?:the|our|some) (?:data|numbers|metrics)", r"see (?:if|whether|what)",
    r"iterate", r"make sure", r"figure (?:it |things |that )?out", r"it depends",
    r"things like that", r"and so on", r"stuff", r"a lot of", r"various", r"etc",
    r"all the (?:things|stakeholders)", r"best practices?", r"the right (?:thing|way|people)",
)  # fmt: skip
# Naming the other side of a choice: what it costs, when it stops helping.
_CONTRAST = _rx(
    r"but", r"versus", r"vs\.?", r"instead of", r"rather than", r"trade-?offs?", r"at the cost",
    r"unless", r"except", r"whereas", r"however", r"the downside", r"the risk", r"only if",
    r"on the other hand", r"in exchange",
)  # fmt: skip
# A number, an acronym or a complexity: the tokens dense technical or business talk carries.
_TECH = re.compile(r"\b(?:\d[\d.,%]*\w*|[A-Z]{2,}\w*|O\(\w+\)|p\d\d)\b")
_LONG_SENTENCE = 40  # words: beyond this a sentence is a run-on, not more argument
# Stock phrases of business writing: what an answer says when it names no thing of its own
# ("engaged the key stakeholders end to end, drove efficiency and got their buy-in"). In the
# tuning parts keyword salads and pasted key points use them at 30 to 60 times the rate of
# real answers at any level.
# Words with a precise meaning (root cause, robust, scalable, governance, ownership) are not on
# it: a strong engineering story uses them well.
_CLICHE = _rx(
    r"end[- ]to[- ]end", r"buy-in", r"(?:key|senior|all the|relevant|internal) stakeholders",
    r"streamlin\w+", r"continuous improvement", r"cross[- ]functional", r"business as usual",
    r"best practices?", r"clear (?:communication|roadmap|vision|objectives)",
    r"significant (?:budget|impact|improvement)", r"quick wins?", r"low[- ]hanging fruit",
    r"synerg\w+", r"leverag\w+", r"holistic", r"seamless\w*", r"transform\w*", r"empower\w*",
    r"drive (?:efficiency|growth|value|results|impact|alignment)", r"deliver(?:ing)? value",
    r"value[- ]add(?:ed)?", r"alignment", r"north[- ]star", r"data[- ]driven",
    r"customer[- ]centric\w*", r"user[- ]centr\w+", r"best[- ]in[- ]class", r"world[- ]class",
    r"game[- ]chang\w+", r"move the needle", r"thought leadership", r"paradigm", r"innovat\w+",
    r"excellence", r"high[- ]performing", r"lessons learned", r"key learnings?", r"big impact",
    r"going forward", r"moving forward", r"on the same page",
)  # fmt: skip
CLICHE_RATE = 6.0  # per 100 words: the signal's full value


def _per_sentence(pattern: re.Pattern[str], text: str, name: str, what: str) -> Signal:
    found = pattern.findall(text)
    count = max(1, len(sentences(text)))
    value = round(min(1.0, len(found) / count), 3)
    return Signal(name, value, f"{len(found)} {what} in {count} sentences")


def hedging(text: str) -> Signal:
    return _per_sentence(_HEDGE, text, "hedging", "hedges")


def vagueness(text: str) -> Signal:
    return _per_sentence(_VAGUE, text, "vagueness", "vague process phrases")


def contrast(text: str) -> Signal:
    return _per_sentence(_CONTRAST, text, "contrast", "trade-off or contrast markers")


def sentence_length(text: str) -> Signal:
    """Mean words per sentence, capped: argued answers join claims with their reasons."""
    count = max(1, len(sentences(text)))
    mean = len(words(text)) / count
    return Signal(
        "sentence_length", round(min(mean, _LONG_SENTENCE) / _LONG_SENTENCE, 3),
        f"{mean:.0f} words a sentence",
    )  # fmt: skip


def density(text: str) -> Signal:
    """Distinct content words per word: what is said, not how long it takes to say it."""
    n = len(words(text))
    distinct = len(content(text))
    return Signal("density", round(distinct / n, 3) if n else 0.0, f"{distinct} of {n} words")


def technical(text: str) -> Signal:
    """Numbers, acronyms and complexities per ten words."""
    n = max(1, len(words(text)))
    found = _TECH.findall(text)
    return Signal("technical", round(min(1.0, 10 * len(found) / n), 3), f"{len(found)} tokens")


def cliche(text: str) -> Signal:
    """Stock phrases per 100 words, as a share of CLICHE_RATE."""
    found = _CLICHE.findall(text)
    rate = 100 * len(found) / max(1, len(words(text)))
    return Signal("cliche", round(min(1.0, rate / CLICHE_RATE), 3), ", ".join(found[:3]) or "none")


def style_signals(text: str) -> tuple[Signal, ...]:
    return (
        hedging(text),
        vagueness(text),
        contrast(text),
        sentence_length(text),
        density(text),
        technical(text),
        cliche(text),
    )
