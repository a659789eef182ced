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

# a step of a story told in the present ("so I go to her and I say", "Saturday I find one
# circuit reading low", _PRESENT adds "I am writing the suite"): I/we and a verb of doing, not
# "I think". It counts when the answer places it in one time (_ONE_OFF: "last spring", "that
# night", "at my last job"); "every Monday I check the rota" is a habit, not a story.
PRESENT_ACTION = (
    r"(?:(?<=[.!?;:,] )|(?<=^)|\b(?:so|then|and|now|next|later|(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day|tomorrow|tonight) )(?:i|we) (?:go|look|say|tell|offer|ask|call|ring|phone|pull|sit|"
    r"write|build|put|take|decide|start|push|check|bring|send|talk|suggest|propose|agree|find|make|"
    r"run|meet|email|escalate|book|open|walk|roll|move|explain|show|fix|change|replace|trace|"
    r"test|retest|pick|give|hand|flag|raise|stop|sort|draft|cancel|refuse|rewrite|redo|set up|"
    r"sit down|get (?:on|back|them|him|her))(?:s|es)?\b"
)
_PRESENT = re.compile(
    rf"{PRESENT_ACTION}|\b(?:i|we) (?:am|are) (?!(?:looking|hoping|trying|thinking|going|"
    r"excited)\b)\w+ing\b",
    re.IGNORECASE,
)
_ONE_OFF = re.compile(
    r"\b(?:last (?:week|month|year|spring|summer|autumn|fall|winter|quarter|term|christmas|"
    r"\w+day)|one (?:day|night|morning|afternoon|evening|shift|time|week|weekend)|in (?:19|20)"
    r"\d\d|that (?:day|night|morning|afternoon|evening|week|weekend)|yesterday|(?:a|two|three|"
    r"four|five|six|a few|a couple of) (?:\w+ )?(?:days?|weeks?|months?|years?) ago|this one time|"
    r"the (?:first|other) (?:day|time|week)|at my (?:last|previous|old|first|current) (?:job|role|"
    r"company|place|school|hospital|practice|firm|store|shop)|so this is|(?<!every )(?<!each )"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!s))",
    re.IGNORECASE,
)


def _told_now(text: str) -> bool:
    """A step told in the present, placed in one time."""
    return bool(_PRESENT.search(text) and _ONE_OFF.search(text))


def acted(text: str) -> bool:
    """Something the candidate did: a step told in the past, or in the present in one time."""
    return bool(ELEMENTS["action"].search(text)) or _told_now(text)


ELEMENTS: dict[str, re.Pattern[str]] = {
    "situation": _rx(
        r"\b(?:when i was|at (?:my|a|our) (?:last|previous|old|first)|in (?:19|20)\d\d|last "
        r"(?:year|quarter|month|spring|summer|fall|winter)|(?:a|one) (?:customer|client|team|"
        r"project|time) (?:where|that|who)|we had|there was|i was (?:leading|running|the|on)|"
        r"at [A-Z]\w+|had (?:lost|missed|fallen|been|failed|slipped|stalled|dropped))"
    ),
    "action": _rx(
        r"\b(?:i|we) (?:\w+ed|led|built|ran|made|took|wrote|set|put|sat|met|told|chose|drove|brought|"
        r"found|began|went|got|spent|kept|sent|held|cut|split|shipped|pushed|pulled|called|"
        r"owned|proposed|decided|asked|paired|reframed)\b"
    ),
    "result": _rx(
        r"\b(?:result(?:ed)?|outcome|which (?:cut|reduced|raised|increased|saved|meant)|went "
        r"from|(?:cut|reduced|increased|grew|saved|dropped|lifted|raised|halved|doubled) "
        r"(?:\w+ )?(?:by|to|from)|launched|shipped|closed|renewed|signed|adopted|recovered|won|"
        r"finished (?:\w+ )?(?:first|second|third|top|ahead)|hit (?:our|the|its) (?:target|goal)|"
        r"(?:is|was|are|were|came|went|got|coming) (?:\w+ )?(?:down|up) (?:to|from|by))\b"
    ),
    "reflection": _rx(
        r"\b(?:learn(?:ed|t)|lesson|in hindsight|(?:what )?i (?:take|took) (?:away )?from|"
        r"taught me|next time|differently|looking back|i now|"
        r"since then|changed how i|what i'd change|i should have|my mistake|now (?:i|every|each)|"
        r"i (?:tend to|under-?\w+|over-?\w+|struggle|default to)|i'm (?:working on|bad at|"
        r"too)|my weakness|i've started|these days i)\b"
    ),
    "reasoning": _rx(
        r"\b(?:because|so that|which means|that's why|therefore|since|the reason|so the|"
        r"that way|in order to|means|[,;] so|that is why|due to|so (?:it|they|we|one|nothing|no|"
        r"each|every|our|their|you|i) \w+)\b"
    ),
    "tradeoff": _rx(
        r"\b(?:trade-?offs?|trad(?:e|es|ing) (?:\w+ ){1,3}for|however|at the cost|downside|"
        r"instead of|versus|vs\.?|the risk|"
        r"risky|on the other hand|rather than|cheaper|costlier|slower|faster|but|if not|"
        r"otherwise|depends on|it depends|the costs?|in exchange|at the expense|the catch|"
        r"what it costs|you pay|fail(?:s|ing)? (?:open|closed)|fall ?back|if (?:\w+ ){1,3}(?:is|are|"
        r"goes|go) down)\b"
    ),
    "limits": _rx(
        r"\b(?:doesn'?t|does not|won'?t|isn'?t|stops? helping|breaks? down|unless|only "
        r"(?:if|when)|except|edge cases?|worst case|falls? over|not (?:worth|needed))\b"
    ),
    "quantities": _rx(
        r"\d[\d,.]*\s?(?:%|ms|s\b|sec|seconds|milliseconds|microseconds|nanoseconds|ns\b|µs|"
        r"minutes|hours|days|weeks|months|years|x\b|k\b|m\b|"
        r"gb|tb|mb|qps|rps|users|customers|requests|tokens|\$)|\$\d|\b(?:two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty|thirty|forty|fifty|"
        r"hundred|thousand|million|half|double|twice)\b (?:times|as|x|percent|weeks|days|"
        r"months|customers|people|engineers|requests|users|tickets|orders|hours|minutes)|"
        r"\b(?:two|three|four|five|ten|several|many)-?fold\b"
    ),
    "clarify": _rx(
        r"\b(?:first,? i'?d|i'?d (?:start|ask|check|look|clarify|confirm|want to know)|clarify|"
        r"confirm|check (?:whether|if)|look at|segment|break (?:it |that )?down|hypothes\w*|"
        r"ask (?:(?:some|a few|open|them|him|her|the \w+) )?(?:questions?|what|how|why|whether|if|"
        r"who|when)|find out|"
        r"rule out|reproduce|logs?|dashboards?|traces?|assum\w+|requirements?|is it real|"
        r"locali[sz]\w*|isolate|narrow (?:it |this )?down|separate \w+ from|what (?:does|do) "
        r"(?:they|the \w+|it) (?:want|need|mean))\b|[^.?!\n]{8,}\?"
    ),
    "steps": _rx(
        r"\b(?:first(?:ly)?|second(?:ly)?|then|next|after that|finally|step|start (?:from|with|by)|"
        r"week (?:one|two|\d)|"
        r"day (?:one|\d+)|phase|milestone|30|60|90)\b"
    ),
    "communicate": _rx(
        r"\b(?:tell|told|explain\w*|communicat\w*|stakeholders?|align\w*|update\w*|"
        r"write[s]? up|walk (?:them|him|her) through|set expectations|loop in|escalat\w*)\b"
    ),
    "measure": _rx(
        r"\b(?:measur\w+|metrics?|kpis?|success (?:looks|would be|means|is)|targets?|track\w*|"
        r"a/b|experiments?|baseline|conversion|retention|churn|nps|p\d\d|latency|recall|"
        r"precision|accuracy|error rate|hit rate|holdout|evaluat\w+|false (?:positives?|"
        r"negatives?))\b"
    ),
    "decision": _rx(
        r"\b(?:i'?d (?:pick|choose|go with|prioriti\w+|start with|ship|build|say no)|i "
        r"(?:picked|chose|prioriti\w+|decided)|decid\w+|my call|i recommend\w*|recommend\w*|"
        r"my (?:\w+ )?(?:view|answer|bet|call|recommendation) is|the bet is|(?:^|\. )(?:yes|no)\b|"
        r"won (?:clearly|easily|out|hands down)|we went with|(?:i|we) (?:chose|picked) (?:the|to)|"
        r"i(?:'d| would) (?:delay|hold|wait|launch|go|move|stop|keep|say (?:yes|no)))\b"
    ),
    "complexity": _rx(
        r"\b(?:o\(|complexity|linear|log ?n|n log|quadratic|constant time|memory|space|"
        r"bounded|heap|hash ?(?:map|set|table)|sort\w*|two pointers?|sliding window|index\w*)\b"
    ),
    "testing": _rx(
        r"\b(?:tests?|testing|edge cases?|empty|duplicates?|null|overflow|off-by-one|"
        r"assert\w*|unit test\w*|boundary)\b"
    ),
    "figures": _rx(r"\d|\b(?:hundred|thousand|million|billion|half|a third|a quarter)\b"),
    "sanity": _rx(
        r"\b(?:sanity[- ]?check\w*|cross-?check\w*|triangulat\w*|ballpark|order of magnitude|"
        r"seems (?:high|low|about right|plausible)|too (?:high|low)|(?:pull|push)(?:es)? it "
        r"(?:down|up)|compare (?:it |that )?(?:with|against|to)|check (?:it |that )?against)\b"
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
            r"\b(?:questions? (?:do you have|for (?:me|us))|(?:would you like|do you want|anything) "
            r"(?:you'?d like )?to ask)"
        ),
        QuestionType(
            "reverse",
            ("clarify", "company", "reasoning"),
            frozenset({"motivation", "communication", "judgement", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:salary|compensation|comp expectations|notice period|start date|relocat|visa|"
            r"other (?:processes|interviews|companies)|timeline|where are you (?:in|with)|when (?:could|can) "
            r"you start|talking to (?:anyone|other)|interviewing anywhere|days a week|"
            r"does that work for you)"
        ),
        QuestionType(
            "logistics",
            ("logistics", "candour", "reasoning"),
            frozenset({"plan", "communication", "motivation"}),
        ),
    ),
    (
        _rx(
            r"\b(?:(?:walk|take) (?:me|us) through your (?:background|resume|career|cv)|tell (?:me|us) "
            r"(?:a (?:bit|little) )?about yourself|"
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
            r"(?-i:[A-Z])\w+\b(?<!\bDoes)(?<!\bIs))|what draws|what attract\w*|interest(?:s|ed)? you|excites? you|"
            r"what do you want|why (?:a|an) \w+|why did you apply|what makes you want|what(?:'s| is) "
            r"prompting you|should we hire you|what do you know about)"
        ),
        QuestionType(
            "motivation",
            ("company", "reasoning", "action", "forward"),
            frozenset({"motivation", "communication", "blend"}),
        ),
    ),
    (
        _rx(
            # about the candidate: "your strengths", not "the strengths of microservices"
            r"^(?=[^?]*\byou)[^?]*?\b(?:weakness(?:es)?|strengths?\b|blind spots?|growth areas?|"
            r"areas? (?:to|for|of) "
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
            r"you ever|a time (?:when|you)|tell me about (?:a|an|something|someone)\b|tell me about "
            r"the (?:time|last|first|biggest|hardest|toughest|best|worst|most|moment|decision|"
            r"project|deal|launch|incident|conflict)\b|"
            r"walk me through (?:a|an|the) (?:time|project|decision|deal|launch|incident|"
            r"conflict)|most (?:proud|difficult|challenging)|biggest (?:mistake|failure)|"
            r"proud(?:est)? of|what (?:was|were) your (?:\w+ )?(?:role|part|contribution)|what did you "
            r"personally|have you personally|your (?:personal|specific) (?:role|contribution)|"
            r"(?:what|which) (?:results|impact|decision)\b[^?]*\b(?:deliver|made|have)|how did you "
            r"(?:measure|get|know|decide)|how do you know (?:it|that|this|they) (?:\w+ )?worked\b)"
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
            r"\b(?:write (?:a|an|the|me|some|code|out|pseudo)|implement|code\b|function|algorithm|"
            r"complexity|given (?:a|an) (?:list|array|string|stream|tree|graph|log)|return the|"
            r"find the \d|sql|(?:write|run) (?:a |the |an? \w+ )?query|bounded memory|"
            r"(?:check|detect|determine|decide) (?:whether|if) (?:a|an|the) (?:string|list|array|"
            r"number|tree|graph|linked list|word|input))"
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
            r"\d|what would you do(?! (?:\w+ )?differently)|how do you handle|how would you handle|"
            r"what's going on|"
            r"what would you try|what happened|what do you do|what would you (?:check|look at)|"
            r"(?:dropped|fell|dipped|spiked|rose|jumped|declined) (?:from|by|to|\d)|"
            r"how would you (?:investigate|diagnose)|(?:doubled|tripled|halved)\b|where do you start)"
        ),
        QuestionType(
            "scenario",
            ("clarify", "steps", "communicate", "measure"),
            frozenset({"accuracy", "judgement", "plan", "communication", "ownership", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:prioriti|decide (?:between|whether|if)|whether to|which (?:one|would you)|"
            r"trade-?off|three (?:customers|"
            r"asks|requests)|only (?:build|do|pick) one|say no|kill|cut scope|do you (?:ship|launch)|"
            r"would you (?:launch|ship)|should (?:we|i|you) (?:keep|expand|launch|ship|build)|what do "
            r"we do\b|defend it)"
        ),
        QuestionType(
            "judgement",
            ("decision", "reasoning", "tradeoff", "communicate"),
            frozenset({"judgement", "plan", "communication", "ownership", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:how many|how much (?:\w+ )?(?:would|does|do|is|will)|estimate (?:the|how)|"
            r"size (?:of )?the market|market size|guesstimate|back[- ]of[- ]the[- ]envelope)"
        ),
        QuestionType(
            "estimate",
            ("figures", "reasoning", "clarify", "sanity"),
            frozenset({"judgement", "plan", "accuracy", "communication", "blend"}),
        ),
    ),
    (
        _rx(
            r"\b(?:design|architect|estimate|size the|build a|scale (?:it|this)|"
            r"metrics? (?:for|would)|measure success|success metric|onboard|launch plan|"
            r"go-to-market|roadmap|critique|your (?:proposal|take(?!-)|plan|deck)\b|how would you "
            r"(?:improve|increase|grow|redesign|reduce|evaluate|test|validate|benchmark)|what would you "
            r"(?:build|change|improve))"
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
            r"when would you (?:use|not)|how would you|what does (?:a|an|the) |what happens)"
        ),
        QuestionType(
            "mechanism",
            ("reasoning", "tradeoff", "quantities", "limits"),
            frozenset({"accuracy", "judgement", "communication", "blend"}),
        ),
    ),
)
# At least one of these must be there for the answer to be an answer to this type of question.
# What an answer of a type cannot do without, in any words: a "why us / why this move" answer
# gives a reason or a want; a "tell me about a time" answer tells something that happened.
# An answer without it is most often a fluent answer to another question (model.py weighs it).
NEEDS: dict[str, re.Pattern[str]] = {
    "motivation": _rx(
        r"\b(?:want|wanted|excite[sd]?|exciting|drawn|draws|interest(?:ed|s|ing)?|love|care"
        r"|mission|because|reason|why|appeal\w*|attract\w*|passion\w*|curious|motivat\w*"
        r"|drives?|energi[sz]\w*|fascinat\w*|keen|looking for|hope)\b"
    ),
    "story": _rx(
        r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:\w+ed|was|were|had|did|led|built|ran|made|took|told|said"
        r"|went|got|found|wrote|saw|knew|thought|brought|sent|spent|began|chose|drove|gave|kept"
        r"|left|lost|met|paid|put|sold|won|grew|cut|set|shipped|became|stood|spoke|sat|felt"
        r"|held|heard|caught|fought|taught|bought)\b"
    ),
}


def misses_need(qtype: str, text: str) -> bool:
    """The answer lacks what its question type cannot do without (NEEDS)."""
    need = NEEDS.get(qtype)
    if need is None or need.search(text):
        return False
    return not (qtype == "story" and _told_now(text))


CORE: dict[str, tuple[str, ...]] = {
    "reverse": ("clarify",),
    "reflection": ("reflection", "action", "situation"),
    "logistics": ("logistics", "candour"),
    "background": ("situation", "action"),
    "motivation": ("reasoning", "forward", "company"),
    "story": ("action",),
    "code": ("steps", "complexity", "testing"),
    "scenario": ("clarify", "steps"),
    "judgement": ("decision", "reasoning"),
    "design": ("steps", "tradeoff", "clarify"),
    "estimate": ("figures",),
    "mechanism": ("reasoning", "tradeoff", "limits"),
}
_GENERAL = QuestionType("general", ("reasoning", "quantities", "action", "tradeoff"), _ALL)
_NAMED = {qtype.name: qtype for _, qtype in TYPES}
_BY_KIND = {
    "technical": _NAMED["mechanism"],
    "case": _NAMED["design"],
    "logistics": _NAMED["logistics"],
    "motivation": _NAMED["motivation"],
    "vision": _NAMED["motivation"],
}


def classify(question: AgendaQuestion) -> QuestionType:
    """The type the question's words ask for; the bank's kind when they say nothing clear."""
    text = question.text
    for pattern, qtype in TYPES:
        if pattern.search(text):
            return qtype
    if question.kind == "behavioral" and question.id != "custom":
        return _NAMED["reflection"]
    return _BY_KIND.get(question.kind, _GENERAL)


def elements_found(text: str, qtype: QuestionType) -> tuple[list[str], list[str]]:
    """(found, missing) among the elements a strong answer of this type holds."""
    found = [
        e for e in qtype.elements if (acted(text) if e == "action" else ELEMENTS[e].search(text))
    ]
    return found, [e for e in qtype.elements if e not in found]
