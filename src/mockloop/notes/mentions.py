"""Rounds the notes only mention in passing, looked for last: a line that says when and names
an interview in one of its clauses ("screen was Fri 5 Apr — done", "call w/ Camilla Thu 3pm"),
kept only where no round found so far is of its kind or shares its title. Stages, negations
("no interview"), scheduling mail and sentence fragments are no rounds."""

from __future__ import annotations

import re

from .breaks import is_break, is_prep, is_todo
from .found import Round
from .outline import NOT_ROUNDS, Outline
from .prose import FULL_STOP
from .shapes import leads_with_round, says_when
from .vocab import CONTAINER, ROUNDISH, folded, has, kind_weights, outside_brackets, tokens

__all__ = ["CALL_WITH", "MET", "mention_rounds", "told_a_call"]

_CLAUSES = re.compile(
    r"\s*(?:[,;(=]|\s[-–—]+\s|\bthen\b|\band\b|(?=\b(?:after|before|since)\b))\s*"
)
_LEAD = re.compile(
    r"(?i)^(?:(?:there'?s|there is|is|was|will be|maybe|probably|also|next|the|a|an|my|then"
    r"|prob)\s+)+"
)
_TAIL = re.compile(  # "… was Fri 5 Apr", "Technical interview Wed 12 Feb"
    r"(?i) (?:was|is|on|at|will|went|done|tbc|tbd|\d|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat"
    r"|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b).*$"
)
_STAGE = re.compile(r"(?i)\b(?:day|days|centre|center|process|stage|stages)\b")
_NOISE = re.compile(
    r"(?i)\b(?:no|not|kein|keine|nicht|janai|isn'?t|wasn'?t|e-?mail(?:ed|s)?|portal|logistics"
    r"|scheduling|on call|call you|funding|info session|results?|sms|thanks?|thank you|notes"
    r"|podcast|earnings|keynote|webinar|launch|goes live|holiday)\b"
)
# a fragment; "written after the recruiter call on Monday 5/6" dates a note
_CUT = re.compile(r"(?i)[:.!]\s|:$|^(?:nach|after|before|since|whatsapp)\b")
# a status label before what was done: "Already done: …", "Also done: …", "Completed: …"
_STATUS_LABEL = re.compile(
    r"(?i)^(?:(?:already|also)\s+)?(?:done|completed|passed|finished|sat)\s*:\s+(?=\S)"
)
# a list item's letter or number in brackets: "(a) ", "(2) ", "a) "
_MARKER = re.compile(r"^\(?(?:[a-h]|\d{1,2}|[ivx]{1,4})\)\s+")
_BARE = frozenset({"round", "session", "call", "chat", "meeting", "recruiter", "hr"})


def _kind(text: str) -> str | None:
    """The kind a text names outright (a weak word alone names none)."""
    weights = kind_weights(outside_brackets(text))
    best = max(weights.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] >= 1.0 else None


def _titles(text: str) -> list[str]:
    """The clauses that name a round, in order, without what leads into them or says when."""
    out = []
    for clause in _CLAUSES.split(text):
        toks = tokens(clause)
        if (_kind(clause) or has(toks, ROUNDISH)) and not has(toks, CONTAINER):
            title = _TAIL.sub("", _LEAD.sub("", clause.strip(" .:-"))).strip(" .:-")
            if 1 <= len(title.split()) <= 5:
                out.append(title)
    return out


def _names_round(title: str, text: str, k: int) -> bool:
    """A clause that names a round: an interview word, a kind named by two words ("written
    exam") or leading the line ("Coding — Thu 6 Mar"); not "Dana from HR is on holiday", a
    stage, a break or a fragment."""
    if is_break(title) or _STAGE.search(title) or folded(title) in _BARE or _CUT.search(title):
        return False
    if title.count(")") > title.count("(") or (k == 0 and not text.startswith(title)):
        return False  # the first line names the job: "Vlinderhof Zorg — HR-adviseur (32-36 uur)"
    strong = max(kind_weights(outside_brackets(title)).values(), default=0.0) >= 2.0
    leads = text.startswith(title) and bool(_kind(title.split()[0]))
    return has(tokens(title), ROUNDISH) or strong or leads


def mention_rounds(o: Outline, rounds: list[Round], claimed: set[int]) -> list[Round]:
    """Rounds named only in passing, each of a kind (or title) not found yet; in the notes'
    first line only when the line opens on the round ("Interview Tue 4 Mar 10am")."""
    have = {_kind(r.title) or _kind(r.text) for r in rounds}
    titles = [set(tokens(r.title)) for r in rounds]
    out: list[Round] = []
    for k, it in enumerate(o.items):
        if k in claimed or o.cls[k] in NOT_ROUNDS or it.kind in ("table_row", "heading"):
            continue
        text = " ".join(it.text.split())  # one space: the clause patterns scan each run once
        done = _STATUS_LABEL.match(text)  # a label that says when: it was done
        if text.endswith("?") or not (done or says_when(text)) or is_prep(text[:80]):
            continue
        if is_todo(text):
            continue
        first = FULL_STOP.split(text, maxsplit=1)[0]
        if _NOISE.search(first) or is_break(first):  # "Repas … — pas un entretien"
            continue  # "no interview", "emailed about the portal" (in the sentence that says it)
        text = text[done.end() :] if done else text  # "Already done: video interview (HireVue)"
        text = _MARKER.sub("", text)  # "(a) telephonic screen — done": a list's letter
        # "discovery call w/ Jess = done. HM call w/ Dale = done": each sentence that opens on a
        # round and says it is done is one
        told = [
            p for p in FULL_STOP.split(text)[1:4] if _DONE_SAID.search(p) and leads_with_round(p)
        ]
        for said in (text, *told):
            title = next((t for t in _titles(said) if _names_round(t, said, k)), None)
            if title is None:
                continue
            kind, words = _kind(title), set(tokens(title))
            if (kind and kind in have) or any(words <= t or t <= words for t in titles if t):
                continue  # the same round, told again
            have.add(kind)
            titles.append(words)
            out.append(Round(title, it, (it.line, 0), said))
            claimed.add(k)
    return out


_DONE_SAID = re.compile(r"(?i)\b(?:done|finished|completed|passed)\b|[✅✔✓]")


# "talked to Dana …", "Shona (HR) rang me …", "meeting sams boss": a call or meeting told as
# it happened, by whom
MET = re.compile(
    r"(?i)^(?:talked|spoke|chatted)\s+(?:to|with)\s+(?-i:[A-Z])[\w'’-]+"
    r"|^(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?:\s+\([^()]{1,30}\))?\s+(?:rang|called"
    r"|phoned)\s+me\b(?!\s+back)"
    r"|^meeting\s+(?:with\s+)?(?:(?:\w+'?s|the|my\s+future)\s+)?(?:boss|manager|director|supervisor"
    r"|gm|owner|(?-i:[A-Z])[\w'’-]+)\b"
)
# "phone w/ Mette done. 20 min like she said.": a call with someone, done or dated
# "1st: call w/ Camilla (studio manager), Mon 10 Feb. done", "HM chat w/ Greta — 45m", "coffee
# w/ Chef Aubert (done, tues)", "had coffee w bec (owner) at the salon last fri"
CALL_WITH = re.compile(
    r"(?i)^(?:(?:\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}|first|done|\[done\]|had(?:\s+a)?)"
    r"[\s:.)–-]+){0,2}"
    r"(?:(?:phone|video|zoom|teams|informal|quick|intro|first|hm|short)\s+)?"
    r"(?:phone|call|zoom|teams|chat|coffee|video\s+call)\s+(?:w/|w|with)\s+"
    r"(?!(?:the|my|a|an|mum|mom|mam|dad|friends?|family|team|myself)\b)(?:chef\s+)?[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?=\s*\((?:done|\d)|\s*(?:\([^()]{1,60}\)\s*)?[,.]?\s*(?:[—–-]\s*)?(?:\d|(?:done|today"
    r"|yesterday|on|at|last|(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b))"
)
_NOT_A_CALL = re.compile(
    r"(?i)\b(?:luck|offer|congrat\w*|birthday|mum|mom|dad|(?:he|she|they)\s+(?:thinks?|says?|said))\b"
)


def told_a_call(o: Outline, k: int) -> bool:
    """ "Shona (HR) rang me Mon 3rd - quick chat": a call about the job, not "Mum called me Tue
    4th to wish me luck", "Priya called me with the offer!" or a friend's advice."""
    text = o.items[k].text
    if is_prep(text) or _NOT_A_CALL.search(text):
        return False
    rang = re.search(r"(?i)\b(?:rang|called|phoned)\s+me\b", text)
    # the lines its paragraph wraps onto say what the call was ("20 min on the phone, salary")
    wrapped = o.items[k : k + 3]
    said = " ".join(
        it.text
        for n, it in enumerate(wrapped)
        if it.kind == "paragraph" and it.line == wrapped[0].line + n
    )
    return (
        not rang or "(" in text[: rang.start()] or bool(o.types(k)) or bool(_ABOUT_JOB.search(said))
    )


_ABOUT_JOB = re.compile(
    r"(?i)\b(?:about|re)\s+(?:the\s+)?(?:role|job|position|vacancy)\b|\bscreen|\bchat\b"
    r"|\b\d+\s*min(?:ute)?s?\s+on\s+the\s+phone\b|\bsalary\b|\bnotice\b"
)
