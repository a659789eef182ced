"""Updates later in the notes that change the loop: a round the company dropped, told on a
line of its own ("Email from Njeri: they're dropping the case presentation for this role").
A round whose own line says it is off is roundmap's; this reads the rest of the notes.
"""

from __future__ import annotations

import re

from .found import Round
from .names import word_set
from .outline import Outline

_ROUND_NOUNS = (
    r"presentation|case|interview|round|call|chat|test|exercise|assignment|take[- ]home|panel"
    r"|assessment|screen|meeting|session|task"
)
# the company drops it: "they're dropping the case presentation", "the SQL test has been
# scrapped" (not "I dropped the slides into the doc", "no longer doing the final interview
# prep on weekends", "are they dropping the case study?")
_DROPPED = re.compile(
    rf"(?i)\b(?:they(?:'re|’re|\s+are|\s+have|'ve|’ve)?|we(?:'re|’re|\s+are)?)\s+(?:now\s+|just\s+)?"
    rf"(?:dropping|dropped|cancel+ing|cancel+ed|scrapping|scrapped|skipping|skipped|removing|removed"
    rf"|no\s+longer\s+(?:doing|running|having))\s+(?:the\s+|their\s+)?"
    rf"((?:[\w-]+\s+){{0,3}}?(?:{_ROUND_NOUNS})s?)\b(?!\s+(?:prep|slides|deck|notes|doc|stage\s+last))"
    rf"|\b(?:the\s+)?((?:[\w-]+\s+){{0,3}}?(?:{_ROUND_NOUNS}))\s+(?:(?:has\s+been|was|is|got)\s+"
    rf"(?:dropped|cancel+ed|scrapped|removed)\b"
    # no verb: only a word in capitals or "for this role" says the company dropped it ("case
    # exercise DROPPED for this role"; not "final panel dropped the whiteboard part")
    rf"|(?-i:DROPPED|CANCELL?ED|SCRAPPED|REMOVED)\b|(?:dropped|cancel+ed|scrapped|removed)\s+for\s+"
    rf"(?:this|the)\s+(?:role|position|job|post)\b)"
)
# a line that says a step is no round: "Mike says ride-along is NOT scored", "the tour is not
# part of the interview"
_NOT_SCORED = re.compile(
    r"(?i)\b(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|was)\s+not\s+(?:scored|assessed"
    r"|graded|evaluated|an\s+interview|part\s+of\s+(?:the\s+(?:process|interview|assessment"
    r"|selection|loop)|it))\b(?![^.;]*\bbut\s+(?:it|they)\s+(?:is|are|will|do)\b)"
)
# doubt, a question, or someone else's loop: "unsure if", "Glassdoor: for some people …"
_NOT_SURE = re.compile(
    r"(?i)\?|\b(?:not|n't|never|might|maybe|(?-i:may)|if|whether|unsure|perhaps|glassdoor|reddit"
    r"|blind|some people|others|last year|used to|other compan\w*|rebook\w*|reschedul\w*"
    r"|new slot|new date|new time|moved to"
    r"|postpone\w*|moved|instead)\b"
)
# a round's kind word alone names no round: "the interview was cancelled and rebooked"
_GENERIC = word_set(
    "interview interviews call calls round rounds chat session meeting screen onsite final the my"
    " our first second third next last"
)
# a numbered step dropped, in the notes' language: "stap 5 vervalt", "Schritt 3 entfällt",
# "Step 4 is cancelled", "steg 3 utgår"
_STEP_OFF = re.compile(
    r"(?i)\b(stage|step|phase|stap|steg|schritt|stufe|etapa|étape|etape|fase|vaihe)\s*(\d{1,2})\s+"
    r"(?:vervalt|valt\s+weg|entf[äa]llt|f[äa]llt\s+weg|utg[åa]r|stryks|se\s+cancela|est\s+annul[ée]e"
    r"|(?:is|has\s+been|was)\s+(?:dropped|cancel+ed|scrapped|removed|off))\b"
)
_CUES = ("drop", "cancel", "scrap", "skip", "remov", "no longer")  # a cheap first look
_WORD = re.compile(r"[^\W\d_]{3,}")
_NOISE = frozenset({"the", "and", "for", "with", "their", "this", "that"})


def without_dropped(o: Outline, rounds: list[Round]) -> list[Round]:
    """The rounds but those a later line of the notes says the company dropped: every word of
    what it names is in the round's title ("case presentation" drops "Case presentation", not
    "Technical presentation"); and those in a section that says it is not the writer's."""
    gone: set[int] = set()
    theirs = {
        o.secs[k]
        for k, it in enumerate(o.items)
        if ("ine" in it.text or "INE" in it.text)
        and _NOT_MINE.search(it.text)
        and o.notes.sections[o.secs[k]].heading  # not the headless top: a memo, one paragraph
    }
    at = {it.line: k for k, it in enumerate(o.items)} if theirs else {}
    for r in rounds if theirs else ():  # "Jen's loop" over "…take-home… NOT MINE": a friend's
        if (k := at.get(r.order[0])) is not None and o.secs[k] in theirs:
            gone.add(id(r))
    for it in o.items:
        text = it.text[:2000]
        low = text.lower()
        for m in _STEP_OFF.finditer(text) if text[:1].isalpha() or "*" in text[:3] else ():
            step = re.compile(rf"(?i)^\W*{m.group(1)}\s*{m.group(2)}\b")
            gone.update(id(r) for r in rounds if r.order[0] != it.line and step.match(r.text))
        for m in _NOT_SCORED.finditer(text) if " not " in low else ():
            said = _words(m.group(1))  # "Mike says ride-along is NOT scored": the title's words
            gone.update(
                id(r) for r in rounds if (told := _words(r.title)) - _GENERIC and told <= said
            )
        if not any(word in low for word in _CUES):
            continue
        if _NOT_SURE.search(text):
            continue
        for m in _DROPPED.finditer(text):
            said = _words(m.group(1) or m.group(2))
            if not said - _GENERIC:
                continue
            for r in rounds:
                if r.order[0] != it.line and said <= _words(r.title):
                    gone.add(id(r))
    return [r for r in rounds if id(r) not in gone]


# said on its own, of what the section tells: "… Sun. NOT MINE", "(not mine)", "— isn't mine";
# not inside a sentence about something else ("their fee not mine")
_NOT_MINE = re.compile(r"(?i)(?:^|[.!(—–]\s*)(?:not|isn'?t|isn’t)\s+mine\b")


def _words(phrase: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(phrase.lower()) if w not in _NOISE)
