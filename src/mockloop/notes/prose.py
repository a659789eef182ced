"""Rounds told in prose: a paragraph that opens on its place in the loop ("The first one is
the Life Story interview, …", "Next up is a pair programming session", "If those go well,
there's a final conversation with the VP") and names a round in its first sentence.

The paragraph (its hard-wrapped lines too) is the round's focus; the round's title is the
phrase that ends on a round word (interview, call, session, …) with what follows "with" up to
the next comma. Every pattern is anchored or bounded: a paragraph costs time linear in its
first few hundred characters.
"""

from __future__ import annotations

import re

from .outline import Outline
from .parser import Item
from .shapes import oneliner_parts
from .vocab import round_types

__all__ = ["prose_rounds"]

_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|next|last|final|other"
# where the paragraph opens: its place in the loop, then what the round "is"
_OPENING = re.compile(
    rf"^(?:(?:and|so|ok|okay)\W+)?(?:(?:the|that|this)\s+)?(?:{_ORDINALS})(?:\s+(?:one|round|step|stage"
    r"|interview|conversation|part|bit))?(?:\s+(?:left|up|that\s+(?:afternoon|morning|day)"
    r"|of\s+the\s+day))?\s+(?:is|was|will\s+be|would\s+be|happened|took\s+place"
    r"|'s|’s)\b"
    r"|^at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?=\s+(?:comes|I|we|is|there|it)\b)"
    r"|^(?:next(?:\s+up)?|then|(?:right\s+|straight\s+)?after\s+(?:that|this|lunch|the\s+break"
    r"|an?\s+[\w-]+(?:\s+[\w-]+)?\s+break)|afterwards|finally|lastly|(?:in\s+)?the\s+afternoon"
    r"|(?:in\s+)?the\s+morning|later(?:\s+on)?|if\s+(?:those|that|these"
    r"|it|all\s+that|all\s+of\s+that)\s+goe?s?\s+(?:well|ok|okay|fine|to\s+plan))\b",
    re.IGNORECASE,
)
_ROUND_NOUN = re.compile(
    r"\b(interview|round|call|chat|conversation|convo|session|screen|exercise|presentation"
    r"|take[- ]home|assignment|panel|case\s+study|deep[- ]dive|challenge|onsite|review|critique"
    r"|discussion|assessment|workshop|teardown|role[- ]play|one[- ]on[- ]one|1[:-]1|1on1)s?\b",
    re.IGNORECASE,
)
_BACK_STOP = re.compile(
    r"(?i)^(?:the|a|an|is|was|be|call|calls|what|there's|there|it's|it|one|which|:|of|up)$"
)
_FILLER = re.compile(
    r"(?i)^(?:\d+[- ]?(?:min(?:ute)?s?|hours?|hr)|hour[- ]long|~?\d+|min(?:ute)?s?|hours?|hrs?)$"
)
_WITH_TAIL = re.compile(
    r"\s+with\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?(?:(?!\s(?:where|who|which|that|to|for|about|on"
    r"|in|at|so|because)\b)[^,.;:()]){2,60})"
)


_PROSE = ("paragraph", "quote")  # a pasted message from the recruiter is prose too


def _paragraphs(o: Outline, claimed: set[int]) -> list[list[int]]:
    """Runs of plain paragraph lines, each from a line after a blank (or a heading) on."""
    out: list[list[int]] = []
    current: list[int] = []
    prev: Item | None = None
    for k, it in enumerate(o.items):
        joins = (
            current
            and prev is not None
            and it.kind == prev.kind
            and it.line == prev.line + 1
            and o.secs[k] == o.secs[current[0]]
        )
        if joins:
            current.append(k)
        else:
            if current:
                out.append(current)
            ok = it.kind in _PROSE and not it.depth and k not in claimed
            current = [k] if ok and o.cls[k] not in ("pitch", "questions") else []
        prev = it
    if current:
        out.append(current)
    return out


_NAMED = re.compile(r",\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+(?:,\s+[^,.;()]{2,60})?)")


_NOT_A_NOUN = frozenset(
    ("they", "we", "you", "i", "people", "so", "what", "to", "will", "can", "on", "share", "my")
)  # "what they call", "to call", "on screen", "share my screen"


def _noun(sentence: str) -> re.Match[str] | None:
    """The first round word that names a round: not "what they call", "to call"."""
    for m in _ROUND_NOUN.finditer(sentence, 0, 400):
        before = sentence[max(0, m.start() - 12) : m.start()].split()
        if not before or before[-1].lower().strip("\"'“") not in _NOT_A_NOUN:
            return m
    return None


def _who(sentence: str) -> str | None:
    """Who the round is with: "with the hiring manager, Jonah Weiss, Director of Eng" → the
    person (and the title after them); "with a senior staff engineer" → that."""
    m = _noun(sentence)
    tail = _WITH_TAIL.search(sentence, m.end()) if m else None
    if tail is None:
        return None
    who = re.sub(r"(?i)^(?:the|a|an|my)\s+", "", tail.group(1).strip())
    if named := _NAMED.match(sentence, tail.end()):  # the person, and the role they play here
        return f"{named.group(1).strip()} ({who})" if who[:1].islower() else named.group(1)
    if who[:1].isupper() and (more := _APPOSITIVE.match(sentence, tail.end())):
        # "with Halima Reyes, the VP of Product Design"; "with Oren (Staff UX Researcher)";
        # "with Mireille Dubois, who would be my manager (Research Manager, Learning)"
        said = next(g for g in more.groups() if g)
        return f"{who}, {said.strip()}"
    return who or None


_APPOSITIVE = re.compile(
    r"\s*\(([^()]{2,60})\)"
    r"|,\s+(?:the|our|my|their)\s+([^,.;()]{2,60})"
    r"|,\s+who\s+(?:would|will|'d|’d)\s+be\s+(my\s+(?:manager|boss|skip|skip-level|lead)\b"
    r"(?:\s*\([^()]{2,60}\))?)",
    re.IGNORECASE,
)


def _title(sentence: str) -> str:
    """The phrase that ends on the first round word, from its article on, with "with …"."""
    m = _noun(sentence)
    if m is None:
        return ""
    words = sentence[: m.start()].split()[-6:]
    kept: list[str] = []
    for w in reversed(words):
        bare = w.strip("\"'“”‘’,")
        if _BACK_STOP.match(bare) or w.endswith((":", ",", ".")):
            break
        if not _FILLER.match(bare):
            kept.insert(0, bare)
    title = " ".join([*kept, m.group(0)])
    if tail := _WITH_TAIL.match(sentence, m.end()):
        title += " with " + tail.group(1).strip()
    return title[:1].upper() + title[1:]


# a later sentence that moves the story on to the next round
_STEP = re.compile(
    r"^(?:(?:and|so)\W+)?(?:(?:it|the\s+(?:process|loop|day)|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day(?:\s+itself)?)\s+(?:starts|started|begins|began|kicks\s+off|kicked\s+off|opens"
    r"|opened)(?:\s+at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?\s+with|first\s+(?:up|off)|then|next"
    r"|after\s+that|afterwards|finally|lastly|last\s+(?:is|comes|up)|followed\s+by)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?<=[a-z0-9)\"”])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)[.!?]\s+"
    r"|,\s+(?=(?:and\s+)?(?:then|finally|lastly|followed\s+by"
    r"|after\s+that)\b)|\s+[\u2600-\u27bf\U0001f300-\U0001faff]+\s+"  # or an emoji
)
_ENDS = re.compile(r"[.!?]")
_LINE_END = re.compile(r"(?<=[a-z0-9)\"”])[.!?]$")
_AND = re.compile(r"(?i)^(?:and|or|&)\s+(?:an?\s+)?")


def _sentences(o: Outline, para: list[int]) -> list[tuple[str, Item]]:
    """The paragraph's sentences (its first 8,000 characters), each with the line it starts on."""
    out: list[tuple[str, Item]] = []
    pending, start, size = "", o.items[para[0]], 0
    for k in para:
        it = o.items[k]
        if (
            pending
            and (_OPENING.match(it.text) or _STEP.match(it.text))
            and not _ENDS.search(pending)
        ):
            out.append((pending, start))  # a transcript with no full stops: a step opens a line
            pending = ""
        if not pending:
            start = it
        pos = 0
        for m in _SENTENCE_END.finditer(it.text):
            out.append((f"{pending} {it.text[pos : m.start()]}".strip(), start))
            pending, pos, start = "", m.end(), it
        pending = f"{pending} {it.text[pos:]}".strip()
        if _LINE_END.search(pending):  # a sentence that ends where the line does
            out.append((pending, start))
            pending = ""
        size += len(it.text)
        if size > 8000:
            break
    if pending:
        out.append((pending, start))
    return out


# "it opens with the portfolio presentation": one sentence that is enough to start the loop
_STARTS = re.compile(
    r"^(?:(?:and|so)\W+)?(?:it|the\s+(?:process|loop|day|onsite)|(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day(?:\s+itself)?)\s+(?:starts|begins|kicks\s+off"
    r"|opens)\s+(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+)?with\b",
    re.IGNORECASE,
)


_FOR_A_ROUND = re.compile(
    r"(?i)\b(?:for|before|about|during|prep(?:are)?|review|practi[cs]e)\s+(?:the|my|a|an|this|that)?"
    r"\s*(?:[\w-]+\s+){0,2}$"
)


def _aside(sentence: str) -> bool:
    """The sentence's round is the object of something else ("review my notes for the
    coding interview"), not the thing the sentence introduces."""
    m = _noun(sentence)
    return m is not None and bool(_FOR_A_ROUND.search(sentence[max(0, m.start() - 50) : m.start()]))


# "two separate conversations", "three interviews back to back": a stage of several rounds
_MANY = (
    r"(?:actually\s+|really\s+)?(?:two|three|four|2|3|4)\s+(?:[\w-]+\s+)?(?:interviews"
    r"|conversations|rounds|sessions|chats|calls|meetings)\b"
)
_SEVERAL = re.compile(rf"(?i)\b(?:is|are|'s|’s)\s+{_MANY}")  # "the second stage is two …"
_SEVERAL_TITLE = re.compile(rf"(?i)^{_MANY}")  # a step titled "two separate conversations"
# "The first stage is a technical interview …": a sentence that opens on its place in the loop
_ORDINAL_OPENING = re.compile(
    r"(?i)^(?:the\s+)?(?:first|second|third|fourth|final|last)(?:\s+(?:one|round|step|stage"
    r"|interview|conversation|part)\b|\s+(?:is|was|will\s+be)\b)"
)

_THIS_IS = re.compile(r"(?i)^(?:this|that|it)(?:\s+is|'s|’s)\s+(?:the|a|an|what)\b")


# "is the hiring manager", "with the VP of Growth Marketing": the person a step is with
_MEETS = re.compile(
    r"(?i)\b(?:is|with)\s+(?:the|a|an|my|our)\s+((?:[\w-]+\s+){0,3}?(?:recruiter|hiring\s+manager"
    r"|vp|vice\s+president|director|head|ceo|cto|cpo|coo|cfo|founder|co-founder|gm)"
    r"(?:\s+of\s+(?:(?-i:[A-Z])[\w&-]*\s*){1,4}|\s+of\s+(?-i:[a-z]+))?)"
    r"(?=[,.;(]|\s+(?:who|and|for|to|on|at|in|it|it's|he|she|they|is|was|so|that|that's|this|next)\b|\s+(?-i:[A-Z])|$)"
)
_PERSON_NEXT = re.compile(r",\s+((?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b")
# "Mara Lindholm, the recruiter, called me on September 29": a call that happened
_CALLED = re.compile(
    r"^((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),\s+(?:the|our|my)\s+"
    r"(recruiter|hiring\s+manager|talent\s+partner)\b[^.]{0,20}?,?\s+(?:called|rang|phoned"
    r"|screened)\s+me\b"
)


def _met(sentence: str) -> tuple[str, str | None] | None:
    """(title, who) for a step told by whom it is with: "Next is the hiring manager, Ben
    Okafor" → ("Hiring manager", "Ben Okafor")."""
    m = _MEETS.search(sentence, 0, 300)
    if m is None:
        return None
    title = m.group(1).strip()
    person = _PERSON_NEXT.match(sentence, m.end())
    return title[:1].upper() + title[1:], person.group(1) if person else None


def _step_title(sentence: str) -> str:
    """A step's round: the person it is with when they come before any round word ("is with
    the regional director of pharmacy …"), else the phrase that ends on a round word."""
    met, noun = _MEETS.search(sentence, 0, 200), _noun(sentence)
    if met is not None and (noun is None or met.start() < noun.start()):
        title = met.group(1).strip()
        return title[:1].upper() + title[1:]
    return _title(sentence)


def _step_who(sentence: str) -> str | None:
    return _who(sentence) or ((_met(sentence) or ("", None))[1])


def _called(sentence: str) -> tuple[str, str] | None:
    """("Recruiter call", "Mara Lindholm") for "Mara Lindholm, the recruiter, called me …"."""
    m = _CALLED.match(sentence)
    if m is None:
        return None
    return f"{m.group(2).capitalize()} call", m.group(1)


def _focus(o: Outline, para: list[int]) -> list[Item]:
    """A paragraph's sentences, hard-wrapped lines joined, each on the line it starts on."""
    return [Item(sentence, it.line) for sentence, it in _sentences(o, para)]


def prose_rounds(o: Outline, claimed: set[int]) -> list[tuple[str, str | None, Item, list[Item]]]:
    """(title, interviewer, first line, the paragraph's sentences) for each paragraph that
    tells a round, or for each sentence that tells one in a paragraph that tells the loop
    ("The process started with a call with the recruiter. Next is a portfolio review …")."""
    out = []
    for para in _paragraphs(o, claimed):
        text = " ".join(o.items[k].text for k in para[:4])[:400]
        m = _OPENING.match(text)
        if m is not None and _SEVERAL.search(text, m.end(), m.end() + 140):
            m = None  # "the second stage is two separate conversations": told one by one
        if m is None and (told_one := _told(_sentences(o, para)[:2])):
            out.append((*told_one, o.items[para[0]], _focus(o, para)))
            claimed.update(para)
            continue
        if m is None:
            told = _sentences(o, para)
            steps = [
                (title, _step_who(sentence) if title == whole else None, it, sentence)
                for sentence, it in told
                if (step := _STEP.match(sentence) or _OPENING.match(sentence))
                and (whole := _step_title(sentence[step.end() :]))
                for title in [_AND.sub("", p) for p in oneliner_parts(sentence[step.end() :])]
                or [whole]
            ]
            steps = [
                s for s in steps if not _SEVERAL_TITLE.match(s[0]) and not _SEVERAL.search(s[3])
            ]
            if len(steps) >= 2:
                out += [(title, who, it, [Item(said, it.line)]) for title, who, it, said in steps]
                claimed.update(para)
            elif not steps and (
                called := next(filter(None, map(_called, [t for t, _ in told[:2]])), None)
            ):
                out.append((*called, o.items[para[0]], _focus(o, para)))
                claimed.update(para)
            elif len(steps) == 1 and (
                _STARTS.match(steps[0][3])
                or _ORDINAL_OPENING.match(steps[0][3])
                or (round_types(steps[0][0]) and not _aside(steps[0][3]))  # "Then at 10:00 comes
            ):  # the real one, the case interview with Dr. Samuel Okonjo"
                # "The loop is on Tuesday. It opens with the portfolio presentation, …": the
                # paragraph from that sentence on is the round
                title, who, it, said = steps[0]
                at = next(i for i, (sentence, _) in enumerate(told) if sentence == said)
                focus = [Item(sentence, line.line) for sentence, line in told[at:]]
                out.append((title, who or _who(said), it, focus))
                claimed.update(para)
            continue
        sentences = [sentence for sentence, _ in _sentences(o, para)[:2]]
        rest = text[m.end() :]
        first = re.split(r"(?<=[a-z0-9)\"”])[.!?]\s", rest, maxsplit=1)[0]
        if _aside(first):
            continue  # "Later I need to review my notes for the coding interview": a to-do
        title, who = _title(first), _who(first)
        if not title and _noun(m.group(0)):  # "The last conversation is thirty minutes with …"
            title, who = _title(m.group(0) + " " + first), _who(m.group(0) + " " + first)
        if not title and len(sentences) > 1 and _THIS_IS.match(sentences[1]):
            title = _title(sentences[1])  # "Right after that I meet … This is the partner round."
        if not title and (met := _met(m.group(0) + " " + first)):
            title, who = met  # "Next is the hiring manager, Ben Okafor, who leads …"
        if title:
            out.append((title, who, o.items[para[0]], _focus(o, para)))
            claimed.update(para)
    return out


# "The Lumio recruiter screen was today at 11.", "Take-home arrived.": a paragraph whose first
# sentence has a round for its subject, in a journal or a letter that tells the loop as it goes
_PLACE_WORDS = frozenset(
    (
        "first",
        "second",
        "third",
        "next",
        "last",
        "final",
        "step",
        "stage",
        "one",
        "the",
        "a",
        "an",
        "real",
    )
)  # "The first step, the phone screen, is"
_SUBJECT_VERB = re.compile(
    r"(?i),?\s+(?:already\s+)?(?:was|is|went|arrived|came|happened|will\s+be|got\s+moved|moved|got\s+pushed"
    r"|has\s+been|is\s+on|was\s+on|today|tomorrow|this\s+(?:morning|afternoon))\b"
)
_SUBJECT_START = re.compile(r"(?i)^(?:(?:the|my|our|their|today's|tomorrow's)\s+)?")


def _told(told: list[tuple[str, Item]]) -> tuple[str, str | None] | None:
    """(title, who) when the first sentence opens on a round of a kind as its subject."""
    for sentence, _ in told[:2]:  # "Couldn't sleep so writing. The … screen was today."
        if found := _told_in(sentence):
            return found
    return None


def _told_in(sentence: str) -> tuple[str, str | None] | None:
    noun = _noun(sentence)
    if noun is None or noun.start() > 60 or not _SUBJECT_VERB.match(sentence, noun.end()):
        return None
    lead = sentence[_SUBJECT_START.match(sentence).end() : noun.start()].split()  # type: ignore[union-attr]
    lead = [w.strip(",") for w in lead if w.strip(",").lower() not in _PLACE_WORDS]
    if len(lead) > 4 or any(w[:1].islower() and not round_types(w) for w in lead[:-1]):
        return None  # "I keep thinking the interview was …": not a subject that opens the line
    title = _title(sentence)
    if not (round_types(title) or noun.group(0).lower().replace("-", " ") == "take home"):
        return None
    return title, _who(sentence)
