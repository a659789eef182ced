"""How an answer sounds, apart from what it says: certainty that waves the hard part away,
pride the question did not ask for, and blame put on others.

An answer that waves the question away with certainty ("that's overkill", "you don't need a
stack", "it's simpler than people make it") is how a confidently wrong answer tends to sound; a
strong answer rarely dismisses the hard part in those words. That, and pride the question did
not ask for, are features of the fitted estimate only (model.py): the fit decides how much each
is worth, and the advice names them. Blame caps the answer (heuristic._gate) and is named in
the advice.
"""

from __future__ import annotations

import re

from .turns import OWNED, plain, rx

# Waving the hard part away with certainty: dismissals, not a calm "it's impossible to say".
_SURE = rx(
    r"\b(?:(?:this|that|it)(?:'s| is)(?: (?:actually|really|just|all|pretty|completely|"
    r"totally|mostly))? (?:straightforward|simple|easy|overkill|a (?:common )?myth|handled "
    r"for you)\b|(?:this|that) one'?s straightforward|simpler than (?:people|you|it)|less "
    r"dramatic than|nothing to worry about|you don'?t (?:need|have) to (?:worry|bother|"
    r"calculate|check|test)|don'?t need (?:a|an)\b|(?:always|never) (?:works|fails)|"
    r"objectively|the (?:right|correct|only) (?:answer|solution|metric) is|just means|"
    r"(?:it|this|that)(?:'s| is) just (?:a|an|the)\b|\beasy one\b(?! to (?:get wrong|miss|"
    r"forget|overlook|trip)))"
)


def sure(answer: str) -> int:
    """How many times the answer waves the hard part away with certainty."""
    return len(_SURE.findall(plain(answer)))


# Pride the question did not ask for: "the thing I'm proudest of", "that reminds me of", "it
# went really well" where nothing asked for a success. It is how a fluent answer to another
# question, or a pitch in place of an answer, most often opens.
_ASKS_PRIDE = rx(
    r"\b(?:proud\w*|best|success\w*|win|won|achievement\w*|favou?rite|went well|accomplish\w*|"
    r"impact|strengths?|background|yourself|resume|career|highlights?)\b"
)
_PRIDE = rx(
    r"(?<!not )(?<!n't )(?<!never )\b(?:proud(?:est)?|biggest win|reminds me|went really well|"
    r"i was (?:really )?pleased)\b"
)


def unasked_pride(question: str, answer: str) -> bool:
    """The answer praises the work where the question asked for no success ("I'm not proud of
    it" is no pride)."""
    return not _ASKS_PRIDE.search(plain(question)) and bool(_PRIDE.search(plain(answer)))


# Blame put on others or on luck: "whose fault it was", "none of it was in our control", "the
# marketing team kept changing the requirements". In the tuning parts every answer that
# blames() is labelled 1 or 2: the question asked for the candidate's own part.
_BLAME = rx(
    r"\b(?:whose fault|(?:wasn'?t|was not|isn'?t|is not|weren'?t|not) (?:really )?(?:my|our|my "
    r"team'?s|our team'?s) (?:fault|responsibility|call|problem|doing)|none of (?:it|this|that) "
    r"was (?:in )?(?:my|our) (?:control|fault|doing)|(?:out of|outside|beyond) (?:my|our) "
    r"(?:control|hands)|(?:their|his|her) fault|blam(?:e|ed|ing) (?:the|them|it on|him|her)|"
    r"(?:kept|keep|keeps) changing|always the same story|nothing (?:i|we) could (?:have )?do(?:ne)?)\b"
)


# second cues: they count only beside one of the above ("sales overpromised", "the vendor was
# slow", "there wasn't much I could do")
_BLAME_TOO = rx(
    r"\b(?:overpromis\w*|(?:were|was) (?:very |really |so )?slow|down to (?:the|them|him|her)|"
    r"(?:wasn'?t|was not|not) (?:much|a lot|anything) (?:i|we) could|didn'?t give us|refused to|"
    r"(?:wasn'?t|not) my area)\b"
)
_NOT_BEFORE = re.compile(r"(?:n'?t|not|no one'?s)\s+$", re.IGNORECASE)  # "it wasn't his fault"
# "rather than blame her", "I didn't want to blame the team"
_SPARED = re.compile(
    r"(?:rather than|instead of|not to|didn'?t want to|without|never)\s+$", re.IGNORECASE
)
# what the candidate did next, within two sentences: "..., so I rang three wholesalers"
_ACTED = re.compile(
    r"^[^.!?]*[.!?]?[^.!?]*?(?:^|[,;:.]\s*|\b(?:so|but|and)\s+)(?:then\s+)?(?:i|we)\s+(?!(?:missed|"
    r"failed|slipped|ended|lost|waited|struggled|tried|had|shipped|finished|delivered|launched|"
    r"completed|managed|worked)\b)(?:\w+ed|took|rang|drove|made|set|"
    r"sent|began|put|ran|spoke|told|built|wrote|swapped)\b",
    re.IGNORECASE,
)


def blames(answer: str) -> bool:
    """The answer puts the blame on someone or something else: two cues, or one the candidate
    neither acts on next nor owns ("it was outside our control, so I rang three wholesalers"
    is no blame)."""
    text = plain(answer)
    acted = []
    for m in _BLAME.finditer(text):
        hit, before = m.group(0).lower(), text[max(0, m.start() - 30) : m.start()]
        if hit.endswith(" fault") and not hit.startswith("whose") and _NOT_BEFORE.search(before):
            continue
        if hit.startswith("blam") and _SPARED.search(before):
            continue
        acted.append(bool(_ACTED.search(text[m.end() :])))
    if not acted:
        return False
    if len(acted) + len(_BLAME_TOO.findall(text)) >= 2:
        return True
    return not (acted[0] or OWNED.search(text))
