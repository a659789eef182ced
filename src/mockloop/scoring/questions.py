"""What a question asks, read from its words: its type (background, motivation, a story, a
judgement call, a technical mechanism, code, a customer scenario, a design or case,
logistics), the elements a strong answer of that type holds, and which rubric families it
assesses. The offline scorer uses this for every question, so an answer to a question it was
never tuned on is judged by what was asked, not by words it happens to share with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mockloop.records import AgendaQuestion


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# ---------------------------------------------------------------- elements of a strong answer

ELEMENTS: dict[str, re.Pattern[str]] = {
    "situation": _rx(
        r"\b(?:when i was|at (?:my|a|our) (?:last|previous|old|first)|in (?:19|20)\d\d|last "
        r"(?:year|quarter|month|spring|summer|fall|winter)|(?:a|one) (?:customer|client|team|"
        r"project|time) (?:where|that|who)|we had|there was|i was (?:leading|running|the|on)|"
        r"at [A-Z]\w+)"
    ),
    "action": _rx(
        r"\bi (?:\w+ed|led|built|ran|made|took|wrote|set|put|sat|met|told|chose|drove|brought|"
        r"found|began|went|got|spent|kept|sent|held|cut|split|shipped|pushed|pulled|called|"
        r"owned|proposed|decided|asked|paired|reframed)\b"
    ),
    "result": _rx(
        r"\b(?:result(?:ed)?|outcome|which (?:cut|reduced|raised|increased|saved|meant)|went "
        r"from|(?:cut|reduced|increased|grew|saved|dropped|lifted|raised|halved|doubled) "
        r"(?:\w+ )?(?:by|to|from)|launched|shipped|closed|renewed|signed|adopted|recovered)\b"
    ),
    "reflection": _rx(
        r"\b(?:learn(?:ed|t)|lesson|in hindsight|next time|differently|looking back|i now|"
        r"since then|changed how i|what i'd change|i should have|my mistake|now (?:i|every|each)|"
        r"i (?:tend to|under-?\w+|over-?\w+|struggle|default to)|i'm (?:working on|bad at|"
        r"too)|my weakness|i've started|these days i)\b"
    ),
    "reasoning": _rx(
        r"\b(?:because|so that|which means|that's why|therefore|since|the reason|so the|"
        r"that way|in order to|means|[,;] so|that is why|due to)\b"
    ),
    "tradeoff": _rx(
        r"\b(?:trade-?offs?|however|at the cost|downside|instead of|versus|vs\.?|the risk|"
        r"risky|on the other hand|rather than|cheaper|costlier|slower|faster|but|if not|"
        r"otherwise|depends on|it depends)\b"
    ),
    "limits": _rx(
        r"\b(?:doesn'?t|does not|won'?t|isn'?t|stops? helping|breaks? down|unless|only "
        r"(?:if|when)|except|edge cases?|worst case|falls? over|not (?:worth|needed))\b"
    ),
    "quantities": _rx(
        r"\d[\d,.]*\s?(?:%|ms|s\b|sec|seconds|minutes|hours|days|weeks|months|years|x\b|k\b|m\b|"
        r"gb|tb|mb|qps|rps|users|customers|requests|tokens|\$)|\$\d|\b(?:two|three|four|five|"
        r"six|seven|eight|nine|ten|twenty|hundred|thousand|million|half|double|twice)\b (?:times|"
        r"as|x|percent|weeks|days|months|customers|people|engineers|requests)"
    ),
    "clarify": _rx(
        r"\b(?:first,? i'?d|i'?d (?:start|ask|check|look|clarify|confirm|want to know)|clarify|"
        r"confirm|check (?:whether|if)|look at|segment|break (?:it |that )?down|hypothes\w*|"
        r"rule out|reproduce|logs?|dashboards?|traces?|assum\w+|requirements?)\b"
    ),
    "steps": _rx(
        r"\b(?:first(?:ly)?|second(?:ly)?|then|next|after that|finally|step|week (?:one|two|\d)|"
        r"day (?:one|\d+)|phase|milestone|30|60|90)\b"
    ),
    "communicate": _rx(
        r"\b(?:tell|told|explain\w*|communicat\w*|stakeholders?|align\w*|update\w*|"
        r"write[s]? up|walk (?:them|him|her) through|set expectations|loop in|escalat\w*)\b"
    ),
    "measure": _rx(
        r"\b(?:measur\w+|metrics?|kpis?|success (?:looks|would be|means|is)|targets?|track\w*|"
        r"a/b|experiments?|baseline|conversion|retention|churn|nps|p\d\d|latency)\b"
    ),
    "decision": _rx(
        r"\b(?:i'?d (?:pick|choose|go with|prioriti\w+|start with|ship|build|say no)|i "
        r"(?:picked|chose|prioriti\w+|decided)|decid\w+|my call|i recommend\w*|recommend\w*)\b"
    ),
    "complexity": _rx(
        r"\b(?:o\(|complexity|linear|log ?n|n log|quadratic|constant time|memory|space|"
        r"bounded|heap|hash ?(?:map|set|table)|sort\w*|two pointers?|sliding window|index\w*)\b"
    ),
    "testing": _rx(
        r"\b(?:tests?|testing|edge cases?|empty|duplicates?|null|overflow|off-by-one|"
        r"assert\w*|unit test\w*|boundary)\b"
    ),
    "company": _rx(r"\b(?:your|you're|you've|you are|your team|this team|the product)\b"),
    "forward": _rx(
        r"\b(?:i want|i'?d (?:love|like)|next|this role|here i|over the next|excite\w*|the "
        r"chance to|i'm looking for|that's what i want)\b"
    ),
    "candour": _rx(
        r"\b(?:honest\w*|to be (?:clear|upfront)|transparent\w*|i'm also|in (?:other|final) "
        r"(?:processes|rounds)|my (?:range|expectation|notice)|flexible)\b"
    ),
    "logistics": _rx(
        r"\b(?:weeks?|notice|start\w*|available|salary|base|range|\$\d|\d+k\b|location|remote|"
        r"relocat\w*|visa|offer|process(?:es)?|timeline|onsite|hybrid)\b"
    ),
}


# Signs of an answer that has not settled: it guesses, doubts itself aloud, or trails off.
UNSETTLED = _rx(
    r"\b(?:i'?m not sure|not sure (?:if|whether)|maybe|i guess|hmm+|um+|uh+|actually,? wait|"
    r"or something|kind of|sort of|i don'?t know|probably just|no idea|whatever|i suppose|"
    r"might be fine|i'?d have to think)\b"
)


def unsettled(text: str) -> int:
    return len(UNSETTLED.findall(text))


# "One, data quality: … Two, stakeholder alignment: …": labels in a list, each with a line of
# boilerplate, that would fit any question.
_CHECKLIST_ITEM = _rx(
    r"\b(?:one|two|three|four|five|six|first|second|third|fourth|fifth|sixth|1|2|3|4|5|6)"
    r"[,.):]?\s+(?:[a-z][a-z-]*\s){0,2}[a-z][a-z-]*:"
)


# "…, which improved alignment by 50%": an effect with a number hung on a sentence
_EFFECT = _rx(
    r"(?:\bwhich|,|\band)\s+(?:would\s+|will\s+)?(?:\w+\s+){0,1}(?:improv|increas|reduc|cut|driv|"
    r"sav|grow|grew|rais|boost|lower|lift|halv|doubl|deliver|mak|creat)\w*\b[^.;]{0,60}?"
    r"\b\d+(?:\.\d+)?\s*(?:%|x\b|percent|points?\b|hours?\b)"
    r"|\b\d+(?:\.\d+)?\s*(?:%|x)\s+(?:improvement|increase|reduction|growth|boost|lift)\b"
)


def boilerplate_numbers(sentences: list[str]) -> int:
    """Sentences that each hang an improvement with a number on a step ("I set up a weekly
    sync, which improved communication by 45%"): when most sentences do, the numbers are
    stuffing, not results. 0 unless at least half of three or more sentences do."""
    hits = sum(1 for s in sentences[:60] if _EFFECT.search(s))
    return hits if hits >= 3 and hits * 2 >= len(sentences[:60]) else 0


def templated(sentences: list[str]) -> int:
    """How many sentences repeat one frame with a few words swapped ("I built a check showing
    X which cut latency 40% in 3 weeks", then Y, then Z): key points pasted into boilerplate.
    A sentence counts when most of its words match another's, or when it shares a run of five
    words with two others."""
    tokens = [re.findall(r"[a-z']+|\d+", s.lower()) for s in sentences[:60]]
    bags = [set(t) for t in tokens]
    runs: dict[tuple[str, ...], set[int]] = {}
    for i, toks in enumerate(tokens):
        for k in range(len(toks) - 4):
            runs.setdefault(tuple(toks[k : k + 5]), set()).add(i)
    framed = set().union(*(ids for ids in runs.values() if len(ids) >= 3)) if runs else set()
    alike = 0
    for i, bag in enumerate(bags):
        if i in framed or (
            len(bag) >= 6
            and any(
                j != i and len(bag & other) >= 0.6 * max(len(bag), len(other))
                for j, other in enumerate(bags)
            )
        ):
            alike += 1
    return alike


_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "to",
        "of",
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "for",
        "with",
        "that",
        "this",
        "it",
        "its",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "my",
        "our",
        "your",
        "their",
        "as",
        "by",
        "from",
        "so",
        "if",
        "then",
        "than",
        "which",
        "who",
        "what",
        "when",
        "how",
        "not",
        "no",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "would",
        "will",
        "should",
    ]
)
SALAD_SHARE = 0.26


def function_share(text: str) -> float:
    """Share of function words ('the', 'is', 'to', 'I'…): spoken sentences hold a third or
    more; a string of terms ("Prefill. Decode. KV cache.") holds almost none."""
    tokens = re.findall(r"[a-z']+", text.lower())
    return sum(t in _FUNCTION for t in tokens) / len(tokens) if len(tokens) >= 12 else 1.0


def checklist(text: str) -> int:
    """How many list items are a label and a colon (three or more read as a checklist)."""
    return len(_CHECKLIST_ITEM.findall(text))


@dataclass(frozen=True)
class QuestionType:
    name: str
    elements: tuple[str, ...]
    assesses: frozenset[str]  # criterion families (heuristic.family) the question assesses
    story: bool = False  # a concrete example of the candidate's own is the answer


_ALL = frozenset(
    {"communication", "accuracy", "ownership", "judgement", "motivation", "plan", "blend"}
)
TYPES: tuple[tuple[re.Pattern[str], QuestionType], ...] = (
    (
        _rx(
            r"\b(?:salary|compensation|comp expectations|notice period|start date|relocat|visa|"
            r"other (?:processes|interviews)|timeline|where are you in)"
        ),
        QuestionType(
            "logistics",
            ("logistics", "candour", "reasoning"),
            frozenset({"plan", "communication", "motivation"}),
        ),
    ),
    (
        _rx(
            r"\b(?:walk me through your (?:background|resume|career|cv)|tell me about yourself|"
            r"your background|introduce yourself|your (?:career|path) so far)"
        ),
        QuestionType(
            "background",
            ("situation", "action", "quantities", "forward"),
            frozenset({"communication", "ownership", "motivation", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:why (?:are you|do you|this|us|our|here|now|leave|move|join|manage|would you|"
            r"(?-i:[A-Z])\w+\b(?<!\bDoes)(?<!\bIs))|what draws|what attracts|interest(?:s|ed)? you|excites? you|"
            r"what do you want|why (?:a|an) \w+)"
        ),
        QuestionType(
            "motivation",
            ("company", "reasoning", "action", "forward"),
            frozenset({"motivation", "communication", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:weakness(?:es)?|strengths?\b|blind spots?|growth areas?|areas? (?:to|for|of) "
            r"(?:improve|improvement|growth|development)|what would your (?:manager|team|reports|"
            r"peers|colleagues) say|feedback (?:you(?:'ve| have)? (?:received|got|gotten))|"
            r"hardest feedback|what (?:are you|have you been) (?:doing|working) (?:on|about))"
        ),
        QuestionType(
            "reflection",
            ("reflection", "situation", "action", "forward"),
            frozenset({"ownership", "judgement", "communication", "motivation", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:tell me about a time|describe a (?:time|situation)|give me an example|have "
            r"you ever|a time (?:when|you)|tell me about (?:a|an|the|something|someone)|"
            r"walk me through (?:a|an|the) (?:time|project|decision|deal|launch|incident|"
            r"conflict)|most (?:proud|difficult|challenging)|biggest (?:mistake|failure))"
        ),
        QuestionType(
            "story",
            ("situation", "action", "result", "reflection"),
            frozenset({"ownership", "judgement", "communication", "motivation", "blend", "plan"}),
            story=True,
        ),
    ),
    (
        _rx(
            r"\b(?:write|implement|code|function|algorithm|complexity|given (?:a|an) (?:list|"
            r"array|string|stream|tree|graph|log)|return the|find the \d|sql|query|bounded memory)"
        ),
        QuestionType(
            "code",
            ("steps", "complexity", "testing", "tradeoff"),
            frozenset({"accuracy", "judgement", "communication", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:a customer (?:says|asks|wants|tells|complains|reports|is)|customer "
            r"(?:complains|reports|escalat)|client (?:says|wants|asks)|is (?:slow|down|failing|"
            r"broken)|errors?|outage|incident|debug|troubleshoot|(?:dropped|fell|dipped|spiked) "
            r"\d|what would you do|how do you handle|how would you handle|what's going on|"
            r"what would you try|what happened)"
        ),
        QuestionType(
            "scenario",
            ("clarify", "steps", "communicate", "measure"),
            frozenset({"accuracy", "judgement", "plan", "communication", "ownership", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:prioriti|decide between|which (?:one|would you)|trade-?off|three (?:customers|"
            r"asks|requests)|only (?:build|do|pick) one|say no|kill|cut scope)"
        ),
        QuestionType(
            "judgement",
            ("decision", "reasoning", "tradeoff", "communicate"),
            frozenset({"judgement", "plan", "communication", "ownership", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:design|architect|estimate|how many|size the|build a|scale (?:it|this)|"
            r"metrics? (?:for|would)|measure success|success metric|onboard|launch plan|"
            r"go-to-market|roadmap|critique|your (?:proposal|take|plan|deck))"
        ),
        QuestionType(
            "design",
            ("clarify", "steps", "tradeoff", "measure"),
            frozenset({"judgement", "plan", "accuracy", "communication", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:what is|what are|how does|how do|explain|why does|why is|difference between|"
            r"when would you (?:use|not)|how would you)"
        ),
        QuestionType(
            "mechanism",
            ("reasoning", "tradeoff", "quantities", "limits"),
            frozenset({"accuracy", "judgement", "communication", "blend"}),
        ),
    ),
)
# At least one of these must be there for the answer to be an answer to this type of question.
CORE: dict[str, tuple[str, ...]] = {
    "reflection": ("reflection", "action", "situation"),
    "logistics": ("logistics", "candour"),
    "background": ("situation", "action"),
    "motivation": ("reasoning", "forward", "company"),
    "story": ("action",),
    "code": ("steps", "complexity", "testing"),
    "scenario": ("clarify", "steps"),
    "judgement": ("decision", "reasoning"),
    "design": ("steps", "tradeoff", "clarify"),
    "mechanism": ("reasoning", "tradeoff", "limits"),
}
_GENERAL = QuestionType("general", ("reasoning", "quantities", "action", "tradeoff"), _ALL)
_BY_KIND = {
    "technical": TYPES[-1][1],
    "case": TYPES[-2][1],
    "logistics": TYPES[0][1],
    "motivation": TYPES[2][1],
    "vision": TYPES[2][1],
}


def classify(question: AgendaQuestion) -> QuestionType:
    """The type the question's words ask for; the bank's kind when they say nothing clear."""
    text = question.text
    for pattern, qtype in TYPES:
        if pattern.search(text):
            return qtype
    if question.kind == "behavioral" and question.id != "custom":
        return TYPES[3][1]
    return _BY_KIND.get(question.kind, _GENERAL)


def elements_found(text: str, qtype: QuestionType) -> tuple[list[str], list[str]]:
    """(found, missing) among the elements a strong answer of this type holds."""
    found = [e for e in qtype.elements if ELEMENTS[e].search(text)]
    return found, [e for e in qtype.elements if e not in found]
