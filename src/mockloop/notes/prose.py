"""Rounds told in prose: a paragraph that opens on its place in the loop ("The first one is
the Life Story interview, …", "Next up is a pair programming session", "If those go well,
there's a final conversation with the VP") and names a round in its first sentence.

The paragraph (its hard-wrapped lines too) is the round's focus; the round's title is the
phrase that ends on a round word (interview, call, session, …) with what follows "with" up to
the next comma. Every pattern is anchored or bounded: linear in a paragraph's first 400 chars.
"""

from __future__ import annotations

import re

from .breaks import is_break
from .outline import Outline
from .parser import Item
from .phrases import round_noun, round_title, round_who, subject_round
from .prosesteps import ONE_WITH, SOCIAL, met, step_title, step_who
from .prosewho import CALLED_IT, MEET, MEET_WHO, WITH_EARLY, called_by
from .shapes import oneliner_parts
from .vocab import outside_brackets, round_types

__all__ = ["FULL_STOP", "paragraphs", "prose_rounds", "sentences"]

_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|next|last|final|other"
# where the paragraph opens: its place in the loop, then what the round "is"
_OPENING = re.compile(
    rf"^(?:(?:and|so|ok|okay)\W+)?(?:(?:the|that|this)\s+)?(?:{_ORDINALS})(?:\s+(?:one|round|step|stage"
    r"|interview|conversation|part|bit|case|session|call|chat|meeting|panel|test))?(?:\s+(?:left|up|that\s+(?:afternoon|morning|day)"
    r"|of\s+the\s+day))?(?:,[^,]{3,40},)?\s+(?:is|was|will\s+be|would\s+be|happened|took\s+place"
    r"|'s|’s)\b"
    # dictated: "Round to is the technical phone interview"; "Onsite part two, the design review"
    r"|^round\s+(?:one|two|to|too|three|four|five|\d)\s+(?:is|was|will\s+be)\b"
    r"|^(?:the\s+)?(?:onsite|on-site|final\s+round|day\s+\w+)\s+part\s+(?:one|two|three|four|\d)\b,?"
    r"|^from\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:to|until|till|[-–])\s+\d{1,2}(?:[:.]\d\d)?"
    r"\s*(?:[ap]\.?m\.?)?\s+(?:is|comes|there\s+is|I\s+have)\b(?=[^.]{0,80}?\b(?:interview|practical"
    r"|screen|call|panel|presentation|test|assessment|session|review|case|meeting|chat)\b)"
    r"|^(?:finally\s+)?(?:at|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+at)?)\s+\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:[ap]\.?m\.?)?(?=\s+(?:comes|I|we|is|there|it)\b)"
    # "First, a written exercise", "First a 30 min video call", "Last, half an hour with the
    # Chief Executive" (not "First, where things stand.")
    # "Second, the execution round, …", "First the product sense round": the round right after
    r"|^(?:and\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|last(?:ly)?|finally)(?:,(?!\s+the\b)|(?=\s+an?\s)"
    r"|,?(?=\s+the\s+(?:[\w-]+\s+){1,2}?(?:round|interview|call|exercise|test|session|panel)\b))"
    r"(?=\s+(?:[\w-]+\s+){0,5}?"
    r"(?:interview|call|exercise|test|chat|conversation|meeting|panel|presentation|assessment"
    r"|session|case|review|round|sit[- ]down|hour|\d+[- ]?min\w*)\b)"
    r"|^(?:and\s+)?(?:next(?:\s+up)?|then(?:\s+straight\s+after)?|(?:we(?:'ll|’ll|\s+will)\s+)?(?:finish|end|close)\s+with|(?:right\s+|straight\s+)?after\s+(?:that|this|lunch|the\s+break"
    r"|an?\s+[\w-]+(?:\s+[\w-]+)?\s+break)|afterwards|finally|lastly|(?:in\s+)?the\s+afternoon"
    r"|(?:in\s+)?the\s+morning|later(?:\s+on)?|if\s+(?:those|that|these"
    r"|it|both|they|all\s+that|all\s+of\s+that|(?-i:[A-Z])\w+|the\s+[\w-]+(?:\s+(?:one|round|test|task))?)\s+goe?s?"
    r"\s+(?:well|ok|okay|fine|to\s+plan|through))\b"
    # "Last Tuesday (18/11) I spoke with Eleni Markou", "On Friday the 28th I have the call with
    # my future manager", "The same day, after the demo, there is a technical interview"; "and
    # last there's a chat with the CRO"; "I did the recruiter call with Brianna last Tuesday"
    r"|^(?:(?:last|this|next|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^,.]{0,24}?,?"
    r"(?=\s+I\s+(?:spoke|talked|met|had|have|will\s+have)\b)"
    r"|^(?:the|that)\s+same\s+(?:day|afternoon|morning)\b"
    r"|^(?:and\s+)?(?:last|finally|then|after\s+that),?\s+there(?:'s|’s|\s+is|\s+will\s+be)\b"
    r"|^I\s+(?:did|had)\s+(?=(?:the|a|an|my)\s+(?:[\w-]+\s+){0,3}(?:call|interview|screen|chat)\b)"
    # "now a proper interview Weds with Leanne": a chat message on the next round
    r"|^(?:and\s+)?now\s+(?:it's\s+|its\s+|comes\s+|there's\s+)?(?=(?:an?|the|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:interview|call|chat|panel|assessment|test|meeting|presentation|screen)\b)"
    # "there might be a fifth slot with the VP Eng": a round that may still come
    r"|^there\s+(?:might|may|could|will|would)\s+(?:also\s+)?be\s+(?=an?\s+(?:[\w+-]+\s+){0,2}?(?:slot|round"
    r"|interview|conversation|chat|call|meeting|panel)\s+with\b)",
    re.IGNORECASE,
)
_PROSE = ("paragraph", "quote")  # a pasted message from the recruiter is prose too
_STAMP = re.compile(r"^[\w .'’-]{1,30}?\s+\d{1,2}:\d\d(?::\d\d)?$")  # "Speaker 1  0:41" (Otter)


def _paragraphs(o: Outline, claimed: set[int]) -> list[list[int]]:
    """Runs of plain paragraph lines, each from a line after a blank (or a heading) on."""
    out: list[list[int]] = []
    current: list[int] = []
    prev: Item | None = None
    for k, it in enumerate(o.items):
        joins = (
            current
            and not it.opens
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
            ok = ok and o.cls[k] not in ("pitch", "questions") and not _STAMP.match(it.text)
            current = [k] if ok else []
        prev = it
    if current:
        out.append(current)
    return [p for para in out for p in _utterances(o, para)]


def _utterances(o: Outline, para: list[int]) -> list[list[int]]:
    """A transcript's or a dictation's run of lines, each a whole utterance, is a paragraph per
    line; wrapped prose is not (its lines stop mid-sentence, most at the text's width)."""
    if len(para) < 8:
        return [para]
    whole = sum(1 for k in para if o.items[k].text.rstrip().endswith((".", "?", "!", '"', "”")))
    sizes = [len(o.items[k].text) for k in para[:-1]]
    wrapped = sum(n >= 0.8 * max(sizes) for n in sizes) >= 0.7 * len(sizes)  # a text's width
    return [[k] for k in para] if whole >= 0.8 * len(para) or not wrapped else [para]


# a later sentence that moves the story on to the next round
_STEP = re.compile(
    r"^(?:(?:and|so)\W+)?(?:(?:it|the\s+(?:process|loop|day)|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day(?:\s+itself)?)\s+(?:starts|started|begins|began|kicks\s+off|kicked\s+off|opens"
    r"|opened)(?:\s+at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?\s+with|first\s+(?:up|off)|first(?=,?\s+an?\s|\s+the\s+(?:[\w-]+\s+)?(?:interview|call|chat)\b|\s+I\s+(?:present|give|pitch|demo)\b)|last(?=,?\s+an?\s)|then|next"
    r"|after\s+that|afterwards|finally|lastly|last\s+(?:is|comes|up)|followed\s+by)\b",
    re.IGNORECASE,
)
# a full stop that ends a sentence, not the one after "Dr" or "Capt"
# (or an acronym's: "a rate limiter for their public API. Last a behavioral …")
_STOP = r"(?:(?<=[a-z0-9)\"”ß-öø-ÿā-žа-яёіїєґά-ώ])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<!\bCapt)|(?<=[A-Z]{2}))[.!?]\s"
_SENTENCE_END = re.compile(
    rf"{_STOP}+"
    r"|,\s+(?=(?:and\s+)?(?:then|finally|lastly|followed\s+by"
    r"|after\s+that)\b)|(?<!\s)\s+[\u2600-\u27bf\U0001f300-\U0001faff]+\s+"  # or an emoji
)
_ENDS = re.compile(r"[.!?]")
_LINE_END = re.compile(
    r"(?:(?<=[a-z0-9)\"”ß-öø-ÿā-žа-яёіїєґά-ώ])|(?<=[A-Z]{2}))[.!?]$"
)  # any script's small letter
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


paragraphs, sentences = _paragraphs, _sentences  # read by the last resort (sentences.py) too
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
    m = round_noun(sentence)
    return m is not None and bool(_FOR_A_ROUND.search(sentence[max(0, m.start() - 50) : m.start()]))


# "two separate conversations", "three interviews back to back": a stage of several rounds
_MANY = (
    r"(?:actually\s+|really\s+)?(?:two|three|four|2|3|4)\s+(?:[\w-]+\s+)?(?:interviews"
    r"|conversations|rounds|sessions|chats|calls|meetings|parts|stages|steps|blocks)\b"
)
# "the second stage is two …", "Then the virtual onsite on the 9th, four blocks."
_SEVERAL = re.compile(rf"(?i)(?:\b(?:is|are|'s|’s)\s+|,\s+){_MANY}")
_SEVERAL_TITLE = re.compile(rf"(?i)^{_MANY}")  # a step titled "two separate conversations"
# "The first stage is a technical interview …": a sentence that opens on its place in the loop
_ORDINAL_OPENING = re.compile(
    r"(?i)^(?:the\s+)?(?:first|second|third|fourth|final|last)(?:\s+(?:one|round|step|stage"
    r"|interview|conversation|part)\b|\s+(?:is|was|will\s+be)\b)"
)

_THIS_IS = re.compile(r"(?i)^(?:this|that|it)(?:\s+is|'s|’s)\s+(?:the|a|an|what)\b")


def _steps(told: list[tuple[str, Item]]) -> list[tuple[str, str | None, Item, str]]:
    """(title, who, line, sentence) for each sentence that moves the story on to a round."""
    steps = [
        (title, step_who(sentence) if title == whole else None, it, said)
        for n, (said, it) in enumerate(told)  # (what a message opens on: "she said next is …")
        if (sentence := _LEAD_LABEL.sub("", said, count=1) if n == 0 else said)
        and (step := _STEP.match(sentence) or _OPENING.match(sentence))
        and (whole := step_title(sentence[step.end() :]))
        for title in [_AND.sub("", p) for p in oneliner_parts(sentence[step.end() :])] or [whole]
    ]
    return [
        s
        for s in steps
        if not _SEVERAL_TITLE.match(s[0])
        and not _SEVERAL.search(s[3])
        # "a leaving party with Sam, not an interview" (not "After lunch (not part of it) …")
        and not (_NOT_PART.search(outside_brackets(s[3])) and not round_types(s[0]))
    ]


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
        text = _LEAD_LABEL.sub("", text)  # "Where I am: the first step was the HR screening call"
        m = _OPENING.match(text)
        if m is not None and _SEVERAL.search(text, m.end(), m.end() + 140):
            m = None  # "the second stage is two separate conversations": told one by one
        told = _sentences(o, para)
        if m is None and (told_one := subject_round(told[:2])):
            # "Written assessment is Dec 8, … Then the panel interview is Dec 10, …": the
            # sentences that move on to a later round are rounds of their own
            later = [s for s in _steps(told) if s[3] not in {said for said, _ in told[:2]}]
            at = next(
                (i for i, (said, _) in enumerate(told) if later and said == later[0][3]), None
            )
            out.append((*told_one, o.items[para[0]], _focus(o, para)[:at]))
            out += [(title, who, it, [Item(said, it.line)]) for title, who, it, said in later]
            claimed.update(para)
            continue
        steps = _steps(told)
        if m is not None and len(steps) >= 2 and steps[0][2].line == o.items[para[0]].line:
            m = None  # "At 2:30 I meet the … leads. At 3:30 I have 45 minutes with Dr. Caldwell"
        if m is None:
            firsts = [t for t, _ in told[:3]]
            called = next(filter(None, map(called_by, firsts[:2], [*firsts[1:3], ""])), None)
            if called and steps:  # "Njeri from their talent team rang. Quick screen, …. Next is
                out.append((*called, o.items[para[0]], _focus(o, para)[:2]))  # what it covered
            if len(steps) >= 2:
                out += [(title, who, it, [Item(said, it.line)]) for title, who, it, said in steps]
                claimed.update(para)
            elif not steps and called:
                out.append((*called, o.items[para[0]], _focus(o, para)))
                claimed.update(para)
            elif (
                len(steps) == 1
                and (
                    _STARTS.match(steps[0][3])
                    or _ORDINAL_OPENING.match(steps[0][3])
                    or ((round_types(steps[0][0]) or len(para) == 1) and not _aside(steps[0][3]))
                )
            ):  # "Then at 10:00 comes the real one, the case interview with Dr. Okonjo"; an utterance
                # "The loop is on Tuesday. It opens with the portfolio presentation, …": the
                # paragraph from that sentence on is the round
                title, who, it, said = steps[0]
                at = next(i for i, (sentence, _) in enumerate(told) if sentence == said)
                focus = [Item(sentence, line.line) for sentence, line in told[at:]]
                out.append((title, who or round_who(said), it, focus))
                claimed.update(para)
            continue
        sentences = [sentence for sentence, _ in _sentences(o, para)[:2]]
        rest = text[m.end() :]
        first = FULL_STOP.split(rest, maxsplit=1)[0]
        if _aside(first):
            continue  # "Later I need to review my notes for the coding interview": a to-do
        title, who = round_title(first), round_who(first)
        if (
            not title and round_noun(m.group(0)) and " part " not in m.group(0).lower()
        ):  # "The last conversation is thirty minutes with …"
            title, who = round_title(m.group(0) + " " + first), round_who(m.group(0) + " " + first)
        if not title and len(sentences) > 1 and _THIS_IS.match(sentences[1]):
            title = round_title(
                sentences[1]
            )  # "Right after that I meet … This is the partner round."
        if not title and (whom := met(m.group(0) + " " + first)):
            title, who = whom  # "Next is the hiring manager, Ben Okafor, who leads …"
        if not title and (nth := _NTH.match(m.group(0))):  # "The second case is after a break,
            title = f"{nth.group(1).capitalize()} {nth.group(2).lower()}"  # with Bisola Martins"
            who = (ONE_WITH.search(first[first.find(" with ") :]) or [None, None])[1]
        # "I meet Grandma for lunch"; not what a trial shift holds after its dash ("— cooking
        # dinner with the young people")
        sociable = SOCIAL.search(_DASH.split(first, maxsplit=1)[0])
        social = is_break(first) or sociable
        if not title and not social and (mw := MEET_WHO.match(first)):  # "at 1:30 I'll have …"
            title, who = f"Meeting with {mw.group(1) or mw.group(2)}", mw.group(2)
        if not title and not social and (early := WITH_EARLY.match(first)):
            # "Then Nov 19 with Marcus Oyelaran, the Director of Engineering, who …"
            title, who = f"Conversation with {early.group(1)}", early.group(1)
            who += f", {early.group(2)}" if early.group(2) else ""
        if (
            not title and not social and (meet := MEET.search(first))
        ):  # "Thursday 2pm I go in to meet Luca.
            quoted = CALLED_IT.search(" ".join(sentences[1:2]))  # Hannah called it 'a sit-down'"
            named = quoted.group(1) if quoted and round_noun(quoted.group(1)) else ""
            title = named or f"Meeting with {meet[1]}"
            title = title[:1].upper() + title[1:]
            who = meet.group(1)
        if title and not (
            (sociable or _NOT_PART.search(first)) and not round_types(title)
        ):  # "That last call was
            out.append((title, who, o.items[para[0]], _focus(o, para)))  # with my old boss"
            claimed.update(para)
        elif not title and steps and not social:  # "Next, Thursday at ten I go in. First the
            out += [(t, w, it, [Item(said, it.line)]) for t, w, it, said in steps]  # interview
            claimed.update(para)  # with the Chef Concierge, that's Martin Dubois"
    return _past_screen(o, claimed) + out


# "Thank you … for the phone screen last Thursday": a screen that happened, thanked for
_PAST_SCREEN = re.compile(
    r"(?i)\b(?:thank\w*|thanks)\b[^.;]{0,80}?\bfor\s+(?:the|our)\s+(phone\s+screen|recruiter\s+(?:call|screen)"
    r"|screening\s+call|intro(?:ductory)?\s+call)\b[^.;]{0,30}?\b(?:last\s+\w+|yesterday|ago"
    r"|earlier|this\s+week|on\s+(?:mon|tue|wed|thu|fri)\w*)"
    # "the recruiter (Hannah Kowalski) already did the intro call on the 19th"
    r"|\balready\s+(?:did|had|done)\s+(?:the|my|our|an?)\s+(phone\s+screen|recruiter\s+(?:call|screen)"
    r"|screening\s+call|intro(?:ductory)?\s+call)\b"
)


def _past_screen(o: Outline, claimed: set[int]) -> list[tuple[str, str | None, Item, list[Item]]]:
    """The first sentence, in the first few paragraphs, that thanks for or refers back to a
    screen that already happened; [] when there is none."""
    for para in _paragraphs(o, claimed)[:6]:
        for sentence, it in _sentences(o, para)[:4]:
            if (m := _PAST_SCREEN.search(sentence)) and not SOCIAL.search(sentence):
                return [
                    ((m.group(1) or m.group(2)).capitalize(), None, it, [Item(sentence, it.line)])
                ]
    return []


_LEAD_LABEL = re.compile(
    r"(?i)^(?:so\s+)?(?:where i am|so far|status|update|(?:the )?process):\s+"
    # "she said next is the Director of Rooms, then a role play": what the recruiter said
    r"|^(?:and\s+)?(?:she|he|they|(?-i:[A-Z])[\w'’-]+)\s+(?:said|says|told\s+me)(?:\s+that)?\s+(?=next\b|then\b|after\s+that\b|there\s+(?:might|may|could|will|would)\b)"
)
# the end of a sentence, not of "Dr." or "Mr. Lee": read by asks and mentions too
FULL_STOP = re.compile(_STOP)
_NTH = re.compile(
    r"(?i)^(?:the\s+)?(first|second|third|fourth|last|final)\s+(case|session|call|chat|meeting|panel"
    r"|test|interview|conversation)\b"
)
# "… informally for a coffee; this is not part of the assessment": no round
_NOT_PART = re.compile(r"(?i)\bnot (?:part of|an? (?:interview|assessment))|\bnot assessed\b")
_DASH = re.compile(r"\s[—–-]\s")


def tells_more(o: Outline, k: int) -> bool:
    """The paragraph that item ``k`` opens goes on to tell another round in a sentence of its
    own ("First a coding round with Dave. … Then ML system design with Priyanka Rao — …"): it is
    prose to read sentence by sentence, not one round led by its first line."""
    items, it = o.items, o.items[k]
    if it.kind != "paragraph" or it.depth:
        return False
    if k and items[k - 1].kind == "paragraph" and items[k - 1].line == it.line - 1 and not it.opens:
        return False  # not the paragraph's first line: the sentence before leads it
    told, j = [it.text], k + 1
    while j < len(items) and j < k + 30 and items[j].kind == "paragraph" and not items[j].depth:
        if items[j].line != items[j - 1].line + 1 or items[j].opens:
            break
        told.append(items[j].text)
        j += 1
    later = _NEXT_SENTENCE.split(" ".join(told))[1:]
    return any((m := _THEN.match(s)) and round_types(s[m.end() : m.end() + 60]) for s in later)


_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_THEN = re.compile(
    r"(?i)(?:then|next|after that|afterwards|finally|last(?:ly)?|second(?:ly)?|third)\b,?\s+"
)
