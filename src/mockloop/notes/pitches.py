"""The candidate's prepared pitch in the notes: pitch sections, "why X" / "tell me about
yourself" header lines with what they lead, and inline "Why X: …" lines. One pass over the
items, a substring test before any pattern. (Split from asks.py, which keeps the questions.)
"""

from __future__ import annotations

import re
from typing import Any

from .asks import _ASIDE, _header_body, _is_header, _prose_body, friend_asks
from .outline import Outline
from .parser import Item
from .vocab import WHY_WORDS, folded, unaccent

__all__ = ["pitch"]

_PITCH_LINE = re.compile(
    # (a tracker's key before it: "PER-65 Pitch draft: …"; "min pitch", "my spiel", "Elevator
    # speech", "my 60-sec intro")
    # "My pitch for why them, okay: I grew up on a farm …" (said into a voice memo)
    r"^\W*(?:[A-Z][A-Z0-9]{1,9}-\d{1,6}\s+)?(?:(?:my |min |mon |mijn |meu |mio |mój )?pitch(?: draft| for why \w+(?: \w+)?)?(?:,? (?:okay|ok|so|basically|roughly))?|mein pitch"
    r"|mi pitch|elevator pitch|elevator speech|(?:my )?spiel|(?:my )?\d{2,3}[- ]?(?:sec|second)s?"
    r" intro|tmay|tell me about yourself"
    rf"|(?:{WHY_WORDS})"
    rf"\s++[\w.&'/ -]{{2,30}}?\??[\"”]?"
    rf"(?:,[^:]{{0,50}})?){_ASIDE}"
    r"[*_]{0,2}\s*(?::|\s[—–-]>?|\s→|(?<=\?))\s+(\S.{30,})$",  # "pitch -> why Miro? I've …"
    re.IGNORECASE,
)
# 'My answer to "why us", as it stands: …', "what I'll say when they ask why: …", "okay
# elevator pitch. um. I've spent five years …" (said into a voice memo)
_PITCH_SAID = re.compile(
    r"^\W*(?:my answer to [\"“]?why \w+\??[\"”]?(?:,[^:]{0,30})?\s*:"
    r"|what I(?:'ll|’ll| will) say when they ask(?: why)?[^:]{0,30}:"
    r"|(?:okay |ok |so )?elevator pitch\.(?: (?:um|uh|ok|okay)[.,]?)+"
    r"|(?:and |so )?(?:the|my) why[- ]\w+(?: (?:line|thing|answer|bit|story))?\s*:"  # "the why-them line:"
    r")\s+(\S.{30,})$",
    re.IGNORECASE,
)
# "Why Larkspur. Um. Okay. Because …", said into a memo: a pitch when it is about the employer
# and the candidate (the company a memo names may come from this very line)
_PITCH_SPOKEN = re.compile(
    rf"^\W*(?:(?:and|so|ok|okay|now)[,.]? )?(?:{WHY_WORDS}) [^\s.?!,:]{{2,30}}(?: [^\s.?!,:]{{2,30}})?[.!]"
    r"(?: (?:um|uh|er|okay|ok|so|right|well)[.,]?)*(?: because)?\s+(\S.{30,})$",
    re.IGNORECASE,
)
_SPEAKS_AS_I = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)\b")
# "my pitch:" under a round is still the pitch (a round's own pitch is "pitch:", not "my pitch")
_MY_PITCH = re.compile(r"(?i)^\W*(?:my|meu|mein|mi|mon|mijn|min|mio|mój) pitch\b")
_PITCH_HAN = re.compile(  # "为什么选青羽（草稿）：…": why choose / join them (not "为什么用Kafka：")
    r"^\W*(?:为什么|為什麼|为何|為何)(?:选|選|加入|来|來|去)[^\s:：]{1,15}?(?:[（(][^）)]{0,12}[）)])?"
    r"\s*[:：]\s*(\S.{12,})$"
)
# why-words the pitch is read after only when they ask about the employer ("perché il progetto
# è fallito" is not a pitch); English "why X:" lines at the top level always were
_OTHER_WHY = ("por qu", "pourquoi", "perch", "dlaczego", "neden", "varf", "hvorfor", "prečo", "preco",
              "proč", "защо", "почему", "чому", "γιατί", "kodėl", "kenapa", "mengapa", "bakit",
              "miksi", "miért", "zašto", "miks", "zakaj", "hvers vegna", "چرا", "למה", "hoekom",
              "зошто", "зашто", "kāpēc", "kapec", "niyə", "niye", "რატომ")  # fmt: skip
# a line's first 20 characters hold one of these before any pitch pattern is tried
_PITCH_WORDS = ("why", "pitch", "warum", "waarom", "elevator", "narrative", "story", "intro", "spiel",
                "positioning", "なぜ", "志望", "tmay", "about me", "about you", "what i'll say",
                "what i will say", "为什么", "為什麼", "为何", "為何", *_OTHER_WHY)  # fmt: skip
_PITCH_HEAD = re.compile(
    rf"^\W*(?:{WHY_WORDS})\b"
    r"|\(why\b|\bmy pitch\b|tell (?:me|us) about yourself|志望動機|なぜ"
    r"|^\W*(?:if|when) (?:they|anyone|someone) asks?(?: me)? why\b"  # "if they ask why them:"
    r"|\belevator\b|\btmay\b|\babout me\b|über mich|sobre m[ií]|\b(?:mein|mi|mon) pitch\b"
    r"|\bmy (?:why|story|narrative)\b(?!\s*(?:bank|s\b|list|ideas))|^\W*narrative\b"
    r"|^\W*(?:my\s+)?(?:\d+[- ]?(?:second|sec|s|min(?:ute)?)\s+)?intro\s*(?:pitch)?\W*$"
    r"|^\W*(?:my\s+)?positioning\W*$",
    re.IGNORECASE,
)


_WHY_THEM = re.compile(
    rf"(?i)\b(?:{WHY_WORDS})"
    r"\s+(?:(?:us|them|here|this\s+(?:company|role|team|job)|the\s+(?:company|role|team)"
    r"|loro|eux|ellos|ellas|eles|elas|die|ihnen|oni|hen|zij"  # "perché loro", "warum die"
    r"|I\s+want\s+(?:this|it|the\s+job))\b|(?:(?:aku|saya|gue)\s+(?:nak|mau|pilih)\s+)?(\S+))"
)


def _about_them(text: str, company: str | None) -> bool:
    """ "why Limmat:", "por qué Almendra", "why them": about the employer, not "why Kafka over
    RabbitMQ" or "why I left my last job"."""
    if any(w in text for w in ("志望", "なぜ")):
        return True
    m = _WHY_THEM.search(text)
    if m is None:
        return False
    word = unaccent(folded((m[1] or "").strip("\"'“”:?,.()")))  # "Björkdungen" → bjorkdungen
    if m[1] is None or not company or len(word) < 2:
        return m[1] is None
    names = unaccent(folded(company)).replace(".", "").split()
    # "why MNI?" for Mokoena Naidoo Inc., "why KBA?" for Kruger Botha Attorneys Inc.: the
    # initials people shorten a firm's name to, with or without its legal form
    initials = "".join(n[0] for n in names)
    return (len(word) > 2 and word in names) or (
        len(names) > 1 and word in (initials, initials[:-1])
    )


def pitch(o: Outline, company: str | None = None) -> list[dict[str, Any]]:
    """Pitch sections, "why X" header lines with what they lead, and inline "Why X: …"."""
    out = []
    for k, sec in enumerate(o.notes.sections):
        if o.eff[k] != "pitch" or o.own[k] not in ("pitch", None):
            continue  # (a pitch section's own sub-heading too: a toggle's "60-second version")
        text = "\n".join(i.text for i in sec.items if i.kind != "heading")
        if text and not (_PLACEHOLDER.match(text) or _NOT_YET.search(text[:50])):  # "TODO …"
            out.append({"title": sec.heading or "", "text": text, "line": sec.line})
    seen = {p["line"] for p in out}
    for k, it in enumerate(o.items):
        if it.kind in ("heading", "quote") or o.eff[o.secs[k]] == "pitch":
            continue
        head = it.text[:20].lower()
        if not any(w in head for w in _PITCH_WORDS):
            continue
        header = _PITCH_HEAD.search(it.text) and it.text.rstrip().endswith((":", "↓", "👇"))
        if it.depth and not (header or _PITCH_LINE.match(it.text)):
            continue  # a note under a round, but "\t- why Limmat:" over its answer is the pitch
        nested = it.depth or head.lstrip("-*• ").startswith(_OTHER_WHY)
        if nested and not (_about_them(it.text, company) or _MY_PITCH.match(it.text)):
            continue  # "\t- why Kafka over RabbitMQ:", "perché il progetto è fallito:"
        told = it.text
        if len(told) < 200 and (more := _prose_body(o, k)):  # the pitch wraps onto more lines
            told = " ".join([told, *(o.items[j].text for j in more)])
        m = _PITCH_LINE.match(told) or _PITCH_SAID.match(told) or _PITCH_HAN.match(told)
        m = m or _spoken(told, company)
        if m and _NOT_YET.search(m.group(1)[:50]):
            continue  # "Kodėl Marlinga? Sąžiningai — dar nežinau, ką atsakyti."
        put = m is not None and told[: m.start(1)].rstrip().endswith("?") and not _WHY_I.match(told)
        if put and not _about_them(told, company):
            continue  # "Why is this role open? Want to know …": a question, not the pitch
        if m:
            title = told[: m.start(1)].strip().rstrip(":：—–-").strip()
            out.append({"title": title, "text": m.group(1), "line": it.line})
        elif _PITCH_HEAD.search(it.text) and it.line not in seen and _leads(it, company):
            body = [o.items[j].text for j in _header_body(o, k, prose=True)]
            if body and not (_PLACEHOLDER.match(body[0]) or _NOT_YET.search(body[0][:50])):
                out.append({"title": it.text.rstrip(":"), "text": "\n".join(body), "line": it.line})
    for k, it in enumerate(o.items):  # "If anyone asks me why Duolingo, my answer is this: …"
        if "why " not in it.text.lower() or it.line in seen or it.kind == "heading":
            continue
        joined = " ".join([it.text, *(o.items[j].text for j in _prose_body(o, k))])
        if m := _PROSE_PITCH.search(joined[:3000]):
            asked = m.group(2) or m.group(0)[m.group(0).lower().index("why") :]
            title = "Why " + asked.split()[1].strip(',.:("”')
            out.append({"title": title, "text": m.group(1) or m.group(3), "line": it.line})
    if o.notes.friends and not out:
        out += _answered(o)
    return sorted(out, key=lambda p: p["line"])


def _answered(o: Outline) -> list[dict[str, Any]]:
    """In a chat, a friend's "and if they ask why them, what r u saying" (in any language the
    why-words cover) and the candidate's answer in the next message: the pitch."""
    for asked, answer in friend_asks(o, _ASKS_WHY, 3):
        said = answer[0].text.strip() if answer else ""
        if len(said) >= 40 and "?" not in said and not _NOT_YET.search(said[:50]):
            why = _ASKS_WHY.search(asked.text)
            return [{"title": why[0] if why else "", "text": said, "line": answer[0].line}]
    return []


# a why and the word or two after it: "zašto baš Kvarnerlink", "why them", "por qué duerolab"
_ASKS_WHY = re.compile(rf"(?i)\b(?:{WHY_WORDS})\s+(?:\w+\s+)?\w+")


def _spoken(told: str, company: str | None) -> re.Match[str] | None:
    """ "Why Larkspur. Um. Because I …" said into a memo, about the employer and the candidate;
    not "Why Kafka. Because it is what they run …"."""
    m = _PITCH_SPOKEN.match(told)
    return m if m and _about_them(told, company) and _SPEAKS_AS_I.search(m.group(1)) else None


def _leads(it: Item, company: str | None) -> bool:
    """A pitch header line: a short label, or a short top-level "Why Saltwater?" asking why
    the employer, with the candidate's answer in the lines under it."""
    if _is_header(it):
        return True
    short = len(it.text) <= 40 and it.text.rstrip().endswith("?") and not it.depth
    return short and _about_them(it.text, company)


_PLACEHOLDER = re.compile(
    r"(?i)^\W*(?:todo|tbd|tk|xxx|to write|write (?:this|it|one)|fill in|empty\W+write)\b"
    r"|^\s*\?{2,}"  # "??? need something better than …", "(empty) Write it before 9 Dec"
)
_WHY_I = re.compile(r"(?i)^\W*\w+\s+(?:(?:do|would|should|did)\s+)?I\b")  # "Why do I even …?"
# an answer the candidate has not got yet, in the notes' language
_NOT_YET = re.compile(
    r"(?i)\b(?:(?:don'?t|do not) know (?:yet|what)|dunno|not sure yet|no idea yet|no sé|weiß (?:es )?nicht|nie wiem|ne znam"
    r"|nu știu|nem tudom|en tiedä|ei tiedä|ma ei tea|ei tea|nezinu|ek weet nie|nuk e di|не знам|не знаю"
    r"|nežinau|ne vem|nevím|neviem|weet ik niet|je ne sais pas|non lo so|não sei|bilmiyorum"
    r"|no answer yet|nimam odgovora|nemam odgovor|nie mam odpowiedzi|keine antwort|nincs válaszom)\b"
)
_PROSE_PITCH = re.compile(
    r"(?i)\bwhy\s+\S.{0,80}?\b(?:my\s+answer\s+is(?:\s+this)?|i(?:'d|’d|\s+will|'ll|’ll)?\s+say"
    r"|i\s+want\s+to\s+say(?:\s+something\s+like)?|answer\b[^:.]{0,60}(?=:)"
    r"|here'?s\s+my\s+answer|my\s+pitch\s+is)\s*[:,-]?\s*(\S.*)$"
    # "Here's roughly what I want to say when they ask why Brightwater and why me, …. I became"
    r"|\bwhat\s+i\s+(?:want|plan|'m\s+going|am\s+going)\s+to\s+say\s+when\s+they\s+ask\s+(why\s+\S+)"
    r"[^.]{0,120}\.\s+(\S.*)$"
)
