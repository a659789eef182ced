"""Asks told in prose: "also ask Gareth how …", "… — ask him how much …", "I'd like to ask who
owns the newsletter …" across a paragraph wrapped over several lines; never an ask meant for a
friend or a referrer, nor "They will / ask about …" (the interviewers' asking, wrapped)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .outline import Outline
from .parser import LIST_KINDS, Item

__all__ = ["PROSE_ASK", "asks_from", "goes_on", "paragraph_asks", "wrapped_paragraphs"]

# "ask the staff eng what they would redesign": a question to ask, told in prose
PROSE_ASK = re.compile(
    r"(?:^|[.;:,?!]\s+|\s[—–-]\s+|\balso\s+|\bremind\s+me\s+to\s+|\bI(?:'d|’d|'ll|’ll|'m|’m)?(?:\s+(?:would|will|want"
    r"|need|plan|should|must|might|could|like|love|also|really|definitely|going|to|gonna|wanna))*\s+)ask\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+(?:\.\w+)*:?\s+){0,3}?"
    r"((?:what|how|why|whether|if|when|where|who|which|about)\b[^.?!]{8,200}[.?!]?)",
    re.IGNORECASE,
)


def wrapped_paragraphs(o: Outline) -> dict[int, list[Item]]:
    """Each line of a top-level paragraph wrapped over several lines, to the paragraph's lines
    (outside questions sections, whose lines are read one by one)."""
    out: dict[int, list[Item]] = {}
    items, k = o.items, 0
    while k < len(items):
        j = k + 1
        if items[k].kind == "paragraph" and not items[k].depth:
            while j < len(items) and items[j].kind == "paragraph" and not items[j].depth:
                if items[j].line != items[j - 1].line + 1 or items[j].opens:
                    break  # (a transcript's next utterance is a paragraph of its own)
                j += 1
        if (j - k > 1 or items[k].opens) and o.eff[o.secs[k]] != "questions":
            para = items[k:j]
            out.update((it.line, para) for it in para)
        k = j
    return out


_GOES_ON = re.compile(
    r"(?i)\b(?:will|would|to|and|I|they|they'll|she|he|we|also|then|might|may|could|should|can"
    r"|must|probably|prob|likely)\W*$"
)


def goes_on(para: list[Item] | None, it: Item) -> bool:
    """A line of a wrapped paragraph that carries on the line before ("They will / ask about
    my portfolio"): its first word does not open a sentence."""
    if not para or para[0] is it:
        return False
    prev = para[it.line - para[0].line - 1]  # the lines run on: their index is their offset
    return _GOES_ON.search(prev.text) is not None


def paragraph_asks(
    out: dict[int, dict[str, Any]], told: set[int], wrapped: dict[int, list[Item]]
) -> list[dict[str, Any]]:
    """Asks told in a paragraph wrapped over several lines ("For Nick, I'd like to ask who
    owns the newsletter … For the panel I want to ask how content and performance share
    budget. And for Maria, I / want to ask what she'd want …"): every one, at the line it
    starts on, unless the line's own pass found it (its question then runs on to the next
    line); none from a paragraph whose questions a label before them already gave."""
    found: list[dict[str, Any]] = []
    for para in {id(p): p for p in wrapped.values()}.values():
        if any(it.line in told for it in para):
            continue
        text, starts = "", []
        for it in para:
            starts.append((len(text), it.line))
            text += it.text + " "
        if "ask" not in (low := text.lower()) and "question" not in low and "pregunt" not in low:
            continue
        offsets = [at for at, _ in starts]
        lead = _ASK_LEAD.search(text)
        counted = _COUNTED.finditer(text, lead.end()) if lead else ()
        for m in [*PROSE_ASK.finditer(text), *counted, *_REMIND.finditer(text)]:
            if _NOT_THEM.search(text, max(0, m.start() - 80), m.end() + 40):
                continue
            line = starts[bisect_right(offsets, m.start(1)) - 1][1]
            q = " ".join(m.group(1).rstrip(".").split())
            q = q[:1].upper() + q[1:]
            if line not in out:
                found.append({"text": q, "line": line})
            elif q.startswith(out[line]["text"]):  # "… would look like in six / months."
                out[line]["text"] = q
    return found


# "Things I want to ask them. One, how do they decide … Two, how big is the eng team, really.":
# asks counted off in a voice memo after the sentence that says they are asks
_ASK_LEAD = re.compile(
    r"(?i)\b(?:things|stuff|questions|what)\s+(?:(?:that\s+)?I\s+(?:want|need|'d\s+like|would\s+like"
    r"|wanna)\s+to\s+|to\s+)ask(?:\s+(?:them|him|her))?\s*[.:]\s|\bmy\s+questions(?:\s+for\s+them)?\s*[.:]\s"
    r"|\b(?:cousas|cosas|coisas)\s+que\s+(?:lles\s+|les\s+|lhes\s+)?(?:quero|quiero)\s+(?:preguntar|perguntar)\s*[.:]\s"
)
_COUNTED = re.compile(
    r"(?i)(?<![\w'’])(?<!no\s)(?:one|two|three|four|five|first|second|third|fourth|fifth|unha|dúas|duas|tres"
    r"|catro|una|dos|cuatro|uma)[,:]\s+([^.?!]{8,200}[.?!]?)"
)
# "remind me to ask: cum arată on-call-ul …": what follows, in any language
_REMIND = re.compile(r"(?i)\bremind\s+me\s+to\s+ask\s*:\s*(\S[^?!\n]{6,200}[?!]?)")
# "coffee w/ Dan (used to be at Wates) - ask him what Gareth's really like", "Ploy (friend at
# Kata Palm) — ask her …": an ask for a friend, a referrer or family, not for the interviewers
_NOT_THEM = re.compile(
    r"(?i)\b(?:friends?|mates?|brother|sister|cousin|mum|mom|dad|bhaiya|didi|referr\w*|mentor"
    r"|classmate|batchmate|ex-colleague|used to (?:be|work)|not them|for me, not|mock\b|ring"
    r"|coffee w|coach|wife|husband|spouse|my (?:old|former) \w+)\b"
)


# "- Coding - ask what the constraints are before starting": how to answer, not a question
_TIP = re.compile(r"(?i)\bask\b[^.]{0,80}\bbefore\s+(?:start|cod|you\s+start|answer|div|jump|writ)")


def asks_from(it: Item, at: int) -> bool:
    """An ask told in prose counts in a paragraph anywhere, in a list item only where it
    opens the item or a sentence of it ("wrap-up w/ Noor, not an interview. ask her then if
    …"); never one meant for a friend."""
    return (
        it.kind not in LIST_KINDS or at == 0 or it.text[at:].lstrip()[:1] in tuple(".;?!—–-")
    ) and not (_NOT_THEM.search(it.text) or _TIP.search(it.text))
