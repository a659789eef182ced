"""What a question turns on, and an answer that sounds surer than it can be.

A question often asks for the less comfortable side of a subject: what did NOT work, what you
would stop doing, the weakest part, whom you would not build for, how you would tell whether it
worked. A fluent answer to the comfortable question next to it (what went well, what you would
start, how you would build it) shares the subject's words and passes every other check, yet an
interviewer marks it as not answering. An answer that takes the turn says so in its opening or
throughout, in any subject's words: "not", "didn't", "the risk", "worse"; "measured", "compared
with", "the rate". One that never does is most often answering the other question.

An answer that waves the question away with certainty ("that's overkill", "you don't need a
stack", "it's simpler than people make it", "that's completely normal") is how a confidently
wrong answer tends to sound; a strong answer rarely dismisses the hard part in those words.
Both are features of the fitted estimate (model.py), not gates: the fit decides how much each
is worth, and the advice names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mockloop.text import words


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    name: str
    asked: re.Pattern[str]  # the question takes this turn
    taken: re.Pattern[str]  # words of an answer that takes it
    density: float  # an answer with fewer such words per 100, none in its opening, misses it
    says: str  # what the answer never does, for the advice
    # when set, the answer misses the turn only if its opening does this instead
    instead: re.Pattern[str] | None = None


TURNS: tuple[Turn, ...] = (
    Turn(
        "the downside",
        _rx(
            r"(?-i:\bNOT\b)|\b(?:didn'?t|did not|doesn'?t|does not|won'?t|wouldn'?t|would not|"
            r"isn'?t|is not) (?:work|go|help|pay off)\b|\bwhat (?:didn'?t|did not|wouldn'?t|"
            r"would you not|are you not|you'?re not)\b|\b(?:would|should|do|did) (?:you|we) "
            r"(?:not|never|stop)\b|\bnot (?:want|build|be|do|enjoy|getting|good|use|put)\b|"
            r"\b(?:deliberately not|stop doing|weakest|worst|limitations?|downsides?|drawbacks?|"
            r"go(?:es)? wrong|went wrong|reverse|say no|said no|push(?:ed)? back|disagree\w*|"
            r"least)\b|\bmakes? (?:it|things) worse\b|\bwhat (?:would|could) make you\b"
        ),
        _rx(
            r"\b(?:not|\w+n't|never|no|stop\w*|without|limit\w*|weak\w*|downsides?|risk\w*|"
            r"worse|worst|fail\w*|wrong|problem\w*|issues?|mistakes?|miss(?:ed)?|lack\w*|"
            r"instead|however|although|though|unless|except|avoid\w*|hard(?:er|est)?|"
            r"struggl\w*|frustrat\w*|concern\w*|regret\w*|blame\w*|declin\w*|refus\w*|"
            r"disagree\w*|push(?:ed)? back|slipped|late|lost|broke|flaw\w*|hand\w* (?:it |that |them )?"
            r"(?:off|over|to)|someone else|delegat\w*|(?:bad|slow|weak) at|rather)\b"
        ),
        2.0,
        "never speaks to the downside the question asks about",
    ),
    Turn(
        "a measure",
        _rx(
            r"\bhow (?:would|will|do|did|can|could) (?:you|we|i) (?:tell|know|measure|validate|"
            r"evaluate|judge|prove)\b|\b(?:what|which) (?:metrics?|kpis?|numbers?)\b|"
            r"success look|measure success|\bevaluate\b"
        ),
        _rx(
            r"\b(?:measur\w*|metrics?|rates?|compar\w*|control|baseline|test\w*|experiment\w*|"
            r"track\w*|before and after|share|percent|count\w*|number of|holdout|cohorts?|a/b|"
            r"kpis?|signal|precision|recall|auc|survey\w*|data)\b|%"
        ),
        1.0,
        "never says how it would be measured or told apart",
    ),
    Turn(
        "a change",
        _rx(
            r"\b(?:(?:do|done|have done) (?:\w+ )?differently|in hindsight|(?:if you|looking "
            r"back)[^?]*\b(?:again|change)|again\b[^?]*\bchange)\b"
        ),
        _rx(
            r"\b(?:differently|change\w*|instead|next time|should(?:n'?t)? have|would(?:n'?t)? "
            r"have|i'?d|i would|i'll|i will|earlier|sooner|in hindsight|"
            r"mistake|wrong|regret\w*|missed|underestimat\w*)\b"
        ),
        0.5,
        "never says what would be done differently",
    ),
    Turn(
        "a cause",
        _rx(
            r"\bwhy (?:is|are|was|were|did|does|do|might|would|could|has|have)\b(?! you\b)|"
            r"what(?:'s| is| might be| could be) (?:going on|happening|driving|behind|causing)|"
            r"what happened|what caus\w*|root cause|find out why|what explains|how would you "
            r"(?:investigate|diagnose|debug)"
        ),
        _rx(
            r"\b(?:because|caus\w*|due to|reasons?|likely|probably|might|could|maybe|perhaps|"
            r"whether|suspect\w*|hypothes\w*|rule out|is it|are they|was it|did it|comes? from|"
            r"driven by|i'?d bet|my (?:guess|bet)|first|check\w*|look (?:at|for)|depends|if)\b|\?"
        ),
        0.0,
        "goes straight to a fix without looking for the cause",
        _rx(
            r"^\W*(?:i'?d|i would|we'?d|we should|the (?:fix|answer|solution) is|let'?s) (?:\w+ )?"
            r"(?:build|rebuild|run|move|launch|introduce|add|create|switch|redesign|replace|put|"
            r"start a|roll out|migrate|set up|use)\b"
        ),
    ),
)

_OPENING = re.compile(r"(?<=[.!?])\s+")


def missed_turn(question: str, answer: str) -> Turn | None:
    """The first turn the question takes that the answer never does: none of its words in the
    first two sentences, and few in the whole answer (or, for a cause, an opening that goes
    straight to a fix)."""
    opening = " ".join(_OPENING.split(answer.strip(), maxsplit=2)[:2])
    size = max(1, len(words(answer)))
    for turn in TURNS:
        if not turn.asked.search(question) or turn.taken.search(opening):
            continue
        if turn.instead is not None:
            if turn.instead.search(opening):
                return turn
        elif 100 * len(turn.taken.findall(answer)) / size < turn.density:
            return turn
    return None


# Waving the hard part away with certainty.
_SURE = _rx(
    r"\b(?:(?:this|that|it)(?:'s| is)(?: (?:actually|really|just|all|pretty|completely|"
    r"totally|mostly))? (?:straightforward|simple|easy|overkill|expected|normal|impossible|"
    r"a (?:common )?myth|handled for you|fine)\b|(?:this|that) one'?s straightforward|"
    r"simpler than|less dramatic than|nothing to worry|there'?s no (?:need|risk)|no need "
    r"(?:for|to)|you don'?t (?:need|have) to|don'?t need (?:a|an|to)|(?:always|never) "
    r"(?:works|fails|true|the case)|out of the box|by definition|objectively|definitely|"
    r"obviously|of course|the (?:standard|right|correct|only) (?:approach|answer|way|solution|"
    r"metric) is|(?:it'?s|is) just (?:a|an|the)|just (?:means|count))"
)


def sure(answer: str) -> int:
    """How many times the answer waves the hard part away with certainty."""
    return len(_SURE.findall(answer))


# Pride the question did not ask for: "the thing I'm proudest of", "that reminds me of", "it
# went really well" where nothing asked for a success. It is how a fluent answer to another
# question, or a pitch in place of an answer, most often opens.
_ASKS_PRIDE = _rx(
    r"\b(?:proud\w*|best|success\w*|win|won|achievement\w*|favou?rite|went well|accomplish\w*|"
    r"impact|strengths?|background|yourself|resume|career|highlights?)\b"
)
_PRIDE = _rx(
    r"\b(?:proud(?:est)?|biggest win|reminds me|the best example|went really well|i was "
    r"(?:really )?pleased)\b"
)


def unasked_pride(question: str, answer: str) -> bool:
    """The answer praises the work where the question asked for no success."""
    return not _ASKS_PRIDE.search(question) and bool(_PRIDE.search(answer))
