"""What a question turns on, and an answer that sounds surer than it can be.

A question often asks for the less comfortable side of a subject: what did NOT work, what you
would stop doing, the weakest part, whom you would not build for, how you would tell whether it
worked. A fluent answer to the comfortable question next to it (what went well, what you would
start, how you would build it) shares the subject's words and passes every other check, yet an
interviewer marks it as not answering. An answer that takes the turn says so in its opening or
throughout, in any subject's words: "not", "didn't", "the risk", "worse"; "measured", "compared
with", "the rate". One that never does is most often answering the other question.

A missed turn caps the answer at 2 (heuristic._gate) and is a feature of the fitted estimate.

How the answer sounds (certainty, unasked pride, blame) is in tone.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mockloop.text import fold, words


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    name: str
    asked: re.Pattern[str]  # the question takes this turn
    taken: re.Pattern[str]  # words of an answer that takes it
    # an answer with fewer such words per 100, none in its opening, misses it (with
    # ``instead``, a density of 0 leaves the opening alone to decide)
    density: float
    says: str  # what the answer never does, for the advice
    # when set, the answer misses the turn only if its opening does this instead (and, with a
    # density, the rest of the answer stays under it)
    instead: re.Pattern[str] | None = None
    # an opening that denies there is anything to say ("Not much, to be honest.") misses it
    denied: re.Pattern[str] | None = None
    # words that take the turn outright wherever they stand ("that was my call, and it was the
    # wrong one"): one such sentence is enough, however long the story around it
    owned: re.Pattern[str] | None = None


# "Nothing really went wrong", "Honestly, I can't think of anything", "Not much, to be honest"
_DENIED = rx(
    r"^\W*(?:(?:to be |quite )?honestly,?\s*|well,?\s*|hmm,?\s*)?(?:not (?:much|a lot|really|"
    r"anything)|nothing(?: (?:really|much|major|big))?(?: went wrong| comes to mind|,|\.|!)|"
    r"i can'?t think of (?:anything|much|any)|none,? really|no regrets|i wouldn'?t change "
    r"(?:anything|a thing|much))"
)

# the candidate owning a failure in so many words: "it was the wrong one", "my mistake", "I missed"
OWNED = rx(
    r"\b(?:(?:was|were) (?:the |a |my )?(?:wrong (?:one|call|decision|choice)|mistake|bad call|"
    r"misjudg\w+)|my (?:mistake|fault|error|bad call)|i (?:got (?:it|that|this) wrong|was wrong|"
    r"missed (?:the|a|an|that|it|what|how|why|two|three|several|some|my)|should(?:n't| not)? "
    r"have|messed up|made (?:a|the) (?:mistake|wrong)|misjudged|misread|overlooked|"
    r"underestimated|overestimated|dropped the ball))\b"
)

# knowing the cause before looking: "straight away I know what it is", "it's obviously the homepage"
_JUMPED = rx(
    r"\b(?:straight away|right away|immediately|instantly) (?:i|we) (?:know|knew|could tell)\b|"
    r"\b(?:i|we) (?:know|knew) (?:straight away|right away|immediately|exactly what)|"
    # "it's obviously the homepage", not "obviously the first thing is to find out why"
    r"\b(?:it'?s obviously|obviously (?:it'?s|it was|the))\b(?! (?:first|worrying|important|"
    r"serious|a concern|bad|concerning|the first|a worry))"
)

TURNS: tuple[Turn, ...] = (
    Turn(
        "the downside",
        rx(
            r"(?-i:\b(?<![A-Z] )NOT\b(?! [A-Z]{2}))|\b(?:didn'?t|did not|doesn'?t|does not|won'?t|"
            r"wouldn'?t|would not|isn'?t|is not) (?:work|go (?:well|to plan|the way|as)|help|pay off)\b|"
            r"\bwhat (?:didn'?t|did not|wouldn'?t|would you not|are you not|went wrong|went badly"
            r"|fell short)\b|\b(?:would|should) (?:you|we) (?:not|never)\b|\bnot (?:want|build|be "
            r"responsible|enjoy|use|put|do)\b|\b(?:deliberately not|stop doing|weakest|worst part|"
            r"limitations?|downsides?|drawbacks?|pitfalls?|weak (?:spots?|points?)|the risks|"
            r"biggest risks?|go(?:es)? wrong|went wrong|went badly|fell short|fall short|failures?|"
            r"failed|a mistake|mistakes you|"
            r"the cons|pros and cons)\b|\bmakes? (?:it|things) worse\b|\b(?:like|enjoy)\w* "
            r"(?:the )?least\b|\bleast (?:favou?rite|enjoy\w*|like[ds]?)\b"
        ),
        rx(
            r"\b(?:not|\w+n't|never|no|stop\w*|without|limit\w*|weak\w*|downsides?|risk\w*|"
            r"worse|worst|fail\w*|wrong|problem\w*|issues?|mistakes?|miss(?:ed)?|lack\w*|"
            r"instead|however|although|though|unless|except|avoid\w*|hard(?:er|est)?|"
            r"struggl\w*|frustrat\w*|concern\w*|regret\w*|blame\w*|declin\w*|refus\w*|"
            r"disagree\w*|push(?:ed)? back|slipped|late|lost|broke|flaw\w*|hand\w* (?:it |that |"
            r"them )?(?:off|over|to)|someone else|delegat\w*|(?:bad|slow|weak) at|rather|sore|"
            r"backfir\w*|flop\w*|unfortunately|burn\w*[- ]?out|trouble\w*|painful|mess|messy|messed|"
            r"complain\w*|clunky|confus\w*|drop(?:ped)?|fell|cost|error\w*|forg[oe]t\w*|overlook\w*|"
            r"overstat\w*|understat\w*|bugs?|typo|misjudg\w*|misread|hated|disaster\w*|"
            r"scrap(?:ped)?|abandon\w*|rolled back|reverted|shut (?:it |that |them )?down|"
            r"cancel\w*|underperform\w*|embarrass\w*|my fault|blew|too (?:early|late|slow|much)|bin|"
            r"binned|giv\w* up|gave up)\b"
        ),
        2.0,
        "never speaks to the downside the question asks about",
        denied=_DENIED,
        owned=OWNED,
    ),
    Turn(
        "a measure",
        rx(
            r"\bhow (?:would|will|do|did|can|could) (?:you|we|i) (?:tell|know) (?:whether|if|"
            r"(?:that )?it(?:'s| is| was)? work\w*)\b|\bhow (?:would|will|do|did|can|could) (?:you|"
            r"we|i) (?:measure|validate|prove)\b|\bhow (?:would|will|do|did|can|could) (?:you|we|i) "
            # "evaluate the model", not a choice ("judge whether to build or buy", "evaluate which
            # vendor") or a person or an offer ("evaluate a candidate")
            r"evaluate\b(?! (?:whether|which|between|if (?:we|you|i) should|(?:a |an |the "
            r")?(?:candidate|offer|applicant|hire|trade-?off|option|vendor|supplier|person|people)s?"
            r"\b))|\bhow (?:would|will|do|did|can|could) (?:you|we|i) judge (?:the )?(?:success|"
            r"impact|whether it|if it)|"
            r"\b(?:what|which) (?:metrics?|"
            r"kpis?)\b|success look|measure success"
        ),
        rx(
            r"\b(?:measur\w*|metrics?|rates?|compar\w*|control|baseline|test\w*|experiment\w*|"
            r"track\w*|before and after|share|percent|count\w*|holdout|cohorts?|a/b|backtest\w*|"
            r"kpis?|signal|precision|recall|auc|kappa|survey\w*|fewer|more than|less than|at "
            r"least|threshold|target|goal|benchmark|reference|halv\w*|doubl\w*|by day|how "
            r"(?:many|often|much|long)|came back|went (?:up|down)|see (?:if|whether)|watch\w*|"
            r"ask(?:ed)? (?:them|the|each|every))\b|%"
        ),
        1.0,
        "never says how it would be measured or told apart",
    ),
    Turn(
        "a change",
        rx(
            r"\b(?:(?:would|will) you (?:\w+ )?do (?:\w+ )?differently|would you have done "
            r"differently|do (?:it |things )?differently next time|in hindsight|(?:if you|looking "
            r"back)[^?]{0,120}\b(?:again|change)|again\b[^?]{0,120}\bchange)\b"
        ),
        rx(
            # what would change, not any contrast: "instead of doubling back", "before", "not"
            # tell the story of the success again as easily
            r"\b(?:differently|(?:i'?d|would|to) change|next time|should(?:n'?t)? have|would(?:n'?t)? "
            r"have|i'?d|i would|i'll|i will|earlier|sooner|in hindsight|mistake|wrong|regret\w*|"
            r"missed|underestimat\w*|these days|since then|lesson\w*|learn\w*|wish\w*|if i "
            r"(?:did|were|had|could)|again)\b|"
            # an answer that opens on what to do: "Talk to the night nurses first."
            r"(?:^|[.!?:]\s+)\W*(?:honestly,? |probably |definitely )?(?:talk|start|move|ask|bring|"
            r"involve|pilot|test|launch|check|hire|plan|spend|push|tell|write|cut|drop|keep|skip|"
            r"delay|wait|consult|share|set|put|use|communicate|invest|measure|get|run|build|book|"
            r"give|make|fix|agree|train|hold|add|choose|pick|order|do)\b(?! (?:you|we|they)\b)"
        ),
        1.0,
        "never says what would be done differently",
        denied=_DENIED,
    ),
    Turn(
        "a counter",
        rx(
            r"\bwhat would (?:prove|make|show) (?:you|your \w+|it|this|that|us) [^?.]{0,40}?\b"
            r"(?:wrong|reverse|rethink|reconsider|change (?:your|the|this|that) (?:mind|view|"
            r"recommendation|decision|plan|call|bet))|what would (?:it take to )?change your mind|"
            r"reverse (?:that|the|this|your) (?:decision|call|bet)|what would have to be true|"
            r"(?:prove|show) (?:you|it|that|this) (?:were |was |are )?wrong|would make you (?:stop|"
            r"walk away|pull)"
        ),
        rx(
            r"\b(?:wrong|change (?:my|our) minds?|reverse\w*|revisit\w*|reconsider\w*|rethink\w*|"
            r"evidence|would (?:show|tell|mean|prove)|signs?|signals?|disprove\w*|falsif\w*|"
            r"(?:i|we)'?d (?:stop|kill|pull|abandon|walk away|drop)|if (?:\w+ ){0,8}(?:fell|falls|"
            r"drop\w*|rose|rises|stay\w*|don'?t|doesn'?t|isn'?t|aren'?t|is still|are still|below|"
            r"above|under|over|less|more|fewer))\b"
        ),
        1.0,
        "never says what would show the view wrong",
    ),
    Turn(
        "an alarm",
        rx(
            r"\bwhat would you (?:monitor|alert on|watch)|what (?:would|should) (?:you )?(?:alert|"
            r"page)|wake (?:someone|somebody|anyone|people|you) up|page (?:someone|on-?call)|how "
            r"(?:would|do|will) you (?:monitor|know (?:it|something|when \w+) (?:is|has|goes|went) "
            r"(?:broken|wrong|down))"
        ),
        rx(
            r"\b(?:monitor\w*|alert\w*|alarm\w*|paged|paging|page (?:someone|on-?call|the team)|"
            r"on-?call|dashboards?|thresholds?|slos?|slis?|error rates?|latenc\w*|p9\d|"
            r"health ?checks?|watch\w*|track\w*|wake\w*|drift\w*|degrad\w*|lag\w*)\b"
        ),
        1.0,
        "never says what would be watched or raise an alarm",
    ),
    Turn(
        "a cause",
        rx(
            r"\bwhy (?:is|are|was|were|did|does|do|might|would|could|has|have)\b(?! you\b)|"
            r"what(?:'s| is| might be| could be) (?:going on|happening|driving|behind|causing)|"
            r"what happened|what caus\w*|root cause|find out why|what explains|how would you "
            r"(?:investigate|diagnose|debug)|"
            # a figure that moved, then "what do you do?": the cause comes first
            r"(?:fell|dropped|dipped|declined|spiked|jumped|rose|doubled|halved) (?:by |from |to )?"
            r"\d[^?]{0,80}\b(?:what (?:do|would|should) (?:you|we) do|how (?:do|would) you "
            r"(?:respond|react|handle))"
        ),
        rx(
            r"\b(?:because|caus\w*|due to|reasons?|likely|probably|might|could|maybe|perhaps|"
            r"whether|suspect\w*|hypothes\w*|rule out|is it|are they|was it|did it|comes? from|"
            r"driven by|i'?d bet|my (?:guess|bet)|first|check\w*|look (?:at|for)|depends|if|"
            r"split|break\w* (?:it |that |the \w+ )?down|segment\w*|slice\w*)\b|\?"
        ),
        0.0,
        "goes straight to a fix without looking for the cause",
        rx(
            r"^\W*(?:i'?d|i would|we'?d|we should|the (?:fix|answer|solution) is|let'?s) (?:\w+ )?"
            r"(?:build|rebuild|launch|introduce|create|switch|redesign|replace|start a|roll out|"
            r"migrate)\b"
        ),
        denied=_JUMPED,
    ),
    Turn(
        "your own part",
        rx(
            r"\b(?:you personally|personally (?:decide|do|did|own|handle|change|contribute)|what "
            r"did you yourself|your (?:own|personal) (?:part|role|contribution|decision)|what was "
            # "your role in the project", not "your role at Northwind" (a job title)
            r"your (?:part|role (?:in|on)|call|decision|contribution)|(?:call|decision|mistake) you "
            r"(?:personally )?made)\b"
        ),
        # "I" acting, not "I think" or "I was involved" around what the team or the founders did;
        # "my call", "the decision was mine", "on me"; a terse line that opens on its verb
        # ("Wrote the pricing model. Ran the beta.") has dropped its "I"
        rx(
            r"\bi\b(?! (?:think|guess|mean|believe|remember|suppose|recall|heard|was (?:involved|"
            r"part|there|in the|on the|kept|consulted|informed|a member))\b)|\b(?:mine|myself|"
            r"(?:on|by|fell to|up to) me|my (?:own|call|decision|idea|choice|part|fault|mistake|"
            r"proposal|recommendation|suggestion|responsibility))\b|(?:^|[.!?;]\s+|\n\s*[-*\u2022]?"
            r"\s*)(?:[a-z]+ed|wrote|ran|led|built|made|set|took|chose|drove|sent|spoke|met|got|gave|"
            r"kept|put|sold|found|told|went|won|did|had|cut|brought|began|rebuilt)\b"
        ),
        1.0,
        "tells what others did, never what you did yourself",
    ),
    Turn(
        "a case against",
        rx(
            # not a story of one ("a time you made the case against a popular idea")
            r"\b(?<!made the )(?<!made a )(?:case|argument|arguments|argue|objections?) against\b|"
            r"\bstrongest objection|"
            r"\bargue the other side|\bplay devil'?s advocate|\bwhy (?:might|would|could) "
            r"(?:this|that|it|the plan|your plan) (?:fail|be wrong|be a mistake)"
        ),
        rx(
            r"\b(?:against|risks?|risky|downsides?|costs? (?:more|too)|could (?:fail|go wrong|"
            r"backfire|hurt|sink|cannibali[sz]e|overstretch|stretch)|would (?:hurt|fail|lose|cost|"
            r"strain|stretch)|dangers?|worr\w*|concerns?|weak\w*|threats?|cannibali\w*|exposed|"
            r"strain\w*|overstretch\w*|unproven|(?:biggest|main|real|first) (?:problem|issue|worry|"
            r"reason not)|we'?d be wrong|might be wrong|not (?:ready|proven|enough)|\w+n't|cannot|"
            r"los(?:e|s|ing)|expensive|distract\w*|too (?:early|soon|late|much|many|few|thin|small|"
            r"big|slow|risky|expensive))\b"
        ),
        # an argument against is in the subject's own words ("the chef cannot be in two kitchens",
        # "the mobile web is good enough"): an answer misses the turn only by opening on the case
        # for, or on there being none
        0.0,
        "argues for the plan instead of against it",
        # "the case for home care is compelling", "the pilot numbers make a strong case", "I don't
        # really see one"
        denied=rx(
            r"^\W*(?:(?:honestly|to be honest),?\s*)?(?:i )?(?:don'?t|do not|can'?t|cannot) (?:really )?"
            r"(?:see|think of|find) (?:one|any|much|a (?:real |strong )?(?:one|case))\b|"
            r"^(?![^\n]*\b(?:against|but|however|although|though|risks?|if|not|\w+n't)\b)[^\n]*(?:"
            r"\bthe case for\b|\bis compelling\b|\b(?:makes?|made) a strong case\b|\bstrong case "
            r"for\b|\b(?:gives|would give) (?:us|you|them)\b|\b(?:would|will) bring\b|\bis the right (?:move|call|time|thing|decision)\b|\bthe (?:benefits?|upside) "
            r"(?:is|are)\b)"
        ),
    ),
    Turn(
        "a cut",
        rx(
            r"\bwhat (?:would|will|do|should) (?:you|we) (?:cut|drop|remove|descope|deprioriti[sz]e|"
            # not "what goes first for you" (which of two deadlines)
            r"leave out|give up|stop doing|say no to)\b|\bwhat (?:gets|would get) (?:cut|dropped)\b"
        ),
        rx(
            r"\b(?:cut\w*|drop\w*|remov\w*|descop\w*|stop\w*|defer\w*|postpon\w*|delay\w*|later|"
            r"park\w*|skip\w*|leave (?:\w+ )?out|left out|without|lose|los(?:e|ing)|deprioriti\w*|"
            r"phase \w+|fewer|smaller|manual\w*|instead of|not (?:do|build|run|hire)|scrap\w*|"
            r"shelve\w*|trim\w*|reduc\w*|go|ditch\w*|kill\w*|paus\w*|axe\w*|sunset\w*|retir\w*|"
            r"freez\w*|say no|no to|let \w+ go|outsourc\w*|bin|binned|giv\w* up|gave up|wait\w*|by "
            r"hand|for now|not now|next (?:quarter|year|month|sprint|release|phase))\b"
        ),
        # what goes is often just named ("the polish tickets, then the refactoring"): an answer
        # misses the turn only by opening on there being nothing to cut
        0.0,
        "never says what would be cut",
        # "I'd push back on the idea that this has fat in it", "I don't think we should cut
        # anything", not "I wouldn't cut anything from the core, but I'd drop the trade show"
        denied=rx(
            _DENIED.pattern + r"|^(?![^\n]*\b(?:but|except|apart from|other than|besides|only)\b)"
            r"[^\n]*(?:\bpush "
            r"(?:\w+ )?back (?:\w+ )?on (?:the idea|cutting)|\bnothing (?:should|can|could|would|to) "
            r"(?:be )?cut|\b(?:not|\w+n't|never)\b[^.]{0,30}\b(?:cut|drop|remove|lose)\w* "
            r"(?:anything|any\b|a thing)|\balready (?:lean|tight|minimal)|\bevery(?:thing| piece| "
            r"part| bit| item| step| screen| line)\b[^.]{0,30}\b(?:is|are) (?:there|needed|essential|"
            r"necessary|doing its job))"
        ),
    ),
    Turn(
        "a failure",
        rx(
            r"\bwhat happens (?:when|if) (?:the |a |an |your |our |one )?[\w\- ]{1,40}? (?:is |are |"
            r"goes |go |went )?(?:down|fails?|unavailable|times? out|offline|crash\w*|breaks?|dies|"
            r"lost|unreachable)\b|\bhow (?:do|would|will) you (?:handle|deal with|cope with) (?:a |an "
            r"|the )?(?:[\w\-]+ )?(?:failure|outage|[\w\-]+ (?:going down|failing|outage))"
        ),
        rx(
            r"\b(?:fail\w*|down|outages?|retr(?:y|ies|ied)|fall ?back|fallback|queue\w*|timeouts?|"
            r"time out|degrad\w*|circuit|unavailab\w*|errors?|backups?|idempot\w*|pending|buffer\w*|"
            r"failover|switch\w* (?:to|over)|second (?:provider|region|supplier)|hold\w*|offline|"
            r"recover\w*|reconcil\w*|dead[- ]letter|alert\w*|manual\w*|back up|instead|without|"
            r"stale|spare|standby|promot\w*|replay\w*|graceful\w*|read[- ]only)\b"
        ),
        1.0,
        "never says what happens when it fails",
    ),
    Turn(
        "a reason to leave",
        rx(
            r"\bwhy (?:are you |do you want to |did you decide to |would you )?(?:leav\w*|move on|"
            # "why are you looking?", not "why are you looking at this role"
            r"moving on|looking(?: to (?:move|leave|change)| around| elsewhere| now|(?=\s*[?.!]|\s*$)))"
            r"\b|\bdecid\w* to leave\b|\bleave now\b|"
            r"\bwhy (?:leave|go) (?:now|your)\b"
        ),
        rx(
            r"\b(?:leav\w*|left|current\w*|my (?:job|role|team|manager|company|employer|contract|"
            r"boss|work)|outgrown|plateau\w*|stuck|promot\w*|restructur\w*|redundan\w*|"
            r"i(?:'?ve| have) been (?:at|with|in|there|here|doing|on)\b|after \w+ years|(?:\w+ )?years (?:at|in|with)|moved|moving|relocat\w*|"
            r"ready|frozen|freeze|no (?:next step|progression|room|path|budget)|merg\w*|offshor\w*)\b"
        ),
        # the opening sells the company, and the rest gives no reason either
        1.0,
        "says why the company appeals, never why you are leaving",
        # the opening sells the company: "what really draws me to Hartwell is ..."
        rx(
            r"^\W*(?:what (?:really |most |first )?(?:draws|attracts|excites|appeals to) me (?:to|"
            r"about)|i(?:'ve| have) (?:always )?(?:admired|loved|followed|been impressed)|(?:i )?"
            r"(?:really )?(?:love|admire) (?:your|the (?:company|product|mission|team))|(?:i'?m|i am) "
            r"(?:really |so |very |genuinely )?(?:passionate|excited|keen) (?:about|by)|(?:(?:honestly|"
            r"well|so),?\s*)?you(?:'re| are|'ve| have)\b|(?:(?:honestly|well|so),?\s*)?your \w+ "
            r"(?:is|are|has|have|makes?|builds?|does|do)\b|your "
            r"(?:company|product|mission|team) (?:is|has))"
        ),
    ),
)

# a sentence of fewer words than this ("Three main ones. 1.") is read with the next
_SHORT = 4


def _opening(answer: str) -> str:
    """The first two sentences of some length: where an answer says what it is answering."""
    parts, out = re.split(r"(?<=[.!?])\s+", answer.strip()), []
    for part in parts:
        out.append(part)
        if sum(len(words(p)) >= _SHORT for p in out) >= 2:
            break
    return " ".join(out)


def plain(text: str) -> str:
    """Curly apostrophes and dashes folded, non-breaking spaces plain: how the patterns read."""
    return fold(text).replace("\u00a0", " ")


def missed_turn(question: str, answer: str) -> Turn | None:
    """The first turn the question takes that the answer never does: none of its words in the
    opening and few in the whole answer (for a cause, an opening that goes straight to a fix),
    or an opening that denies there is anything to say."""
    question, answer = plain(question[:2000]), plain(answer)
    if len(words(question)) < 3:
        return None  # "NOT", a blank: nothing to turn on
    opening = _opening(answer)
    size = max(1, len(words(answer)))
    for turn in TURNS:
        if not turn.asked.search(question):
            continue
        if turn.denied is not None and turn.denied.search(opening):
            return turn
        if turn.taken.search(opening) or (turn.owned is not None and turn.owned.search(answer)):
            continue
        rate = 100 * len(turn.taken.findall(answer)) / size
        if turn.instead is not None:
            if turn.instead.search(opening) and (not turn.density or rate < turn.density):
                return turn
        elif rate < turn.density:
            return turn
    return None
