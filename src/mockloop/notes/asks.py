"""The candidate's own material in the notes: the questions they mean to ask (the pitch is in
pitches.py, which shares the header-line helpers here).

Questions come from a questions section, a short header line of any spelling ("q's for
them", "to ask:", "Things I want to find out", a question callout) and the list it leads,
and inline asks ("q for Wei: …?", "to ask: …?"). One pass over the items, a substring test
before any pattern.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from .outline import Outline, might_ask, questions_header
from .parser import LIST_KINDS, Item
from .prose import FULL_STOP
from .proseasks import PROSE_ASK, asks_from, goes_on, paragraph_asks, wrapped_paragraphs
from .taken_up import taken_up

__all__ = ["questions"]

_QUOTE_MARKS = re.compile(r"^[“\"‘']+\s*|\s*[”\"’']+$")  # around a question
_QUOTES = frozenset("“\"‘'”’")
_ASIDE_END = re.compile(r"\s*\([^()]{0,60}\)\s*(?=:?$)")
_ASIDE = r"(?:\s*\([^()]{0,60}\))?"  # "ask the panel (if time): …"
_TO = r"\s*(?::|\s[-–—]|→|->)\s*"  # "ask him: …", "ask hayley - is parking covered …"
_INLINE_ASK = re.compile(
    r"^(?:my\s+)?(?:q|qs|q's|q’s|question|questions)\s+(?:for|to)\s+[^:?]{1,40}:\s*(\S.*)$"
    rf"|^to ask\s*(?::|\s[-–—])\s*(\S.*)$|^ask(?:\s+[\w.]+){{0,3}}{_ASIDE}{_TO}(\S.*\?)\W*$"
    # "ask him: what software do they use, how does mentoring work": a question without its "?"
    rf"|^ask(?:\s+[\w.]+){{0,3}}{_ASIDE}{_TO}((?:what|what's|whats|how|why|where|when|who"
    r"|which|whether|is|are|do|does|can|could|will|would)\b.{8,})$"
    # "EC2 notes allowed? ask HR", "tem estacionamento? perguntar pra Fernanda", "… không? → hỏi"
    r"|^(\S.{8,}?\?)\s*[^\w\s]*\s+(?:ask|tanya|tanyakan|perguntar|pergunta|hỏi|zapytać|zapytaj|fråga"
    r"|spør|spørg|vraag|vragen|chiedere|preguntar|fragen|demander)"
    r"(?:\s+(?:ke|pra|para|to|a|à|al|an|aan|with))?(?:\s+[\w.]+){0,2}\W*$",
    re.IGNORECASE,
)
# "For Sarah: how big is the team?", "aan het OR-lid: hoe ervaren zij HR nu?", "is there a
# transport allowance? → Rachel": a question put to someone
_PUT_TO = re.compile(
    r"^(?i:for|aan|an)\s+(?:the\s+|het\s+|die\s+|den\s+)?(?![^:?]*\b(?:not them|friend|referr|mentor"
    r"|cousin|sister|brother|mum|mom|dad|classmate|batchmate|ex-\w+|old boss|example|instance"
    r"|warm-?up|practice|practise|prep))"
    r"[^:?]{1,30}:\s*(\S.{6,}\?)\W*$"
    r"|^((?!.*\b(?i:you|your)\b)\S.{8,}?\?)\s*(?:→|->|=>)\s*(?:ask\s+)?(?:the\s+)?"
    r"(?!(?:Yes|No|Done|TBD|STAR|Pitch|Story|Answer|Check|See|Fine|OK|Ok)\b)"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?\W*$"
)
_QUESTION_WORD = re.compile(
    r"(?i)(?:what|what's|whats|how|why|where|when|who|which|whether|is|are|do|does|can|could"
    r"|will|would|should|did|has|have)\s"
)
_MINE = re.compile(
    r"(?i)^(?:my\s+)?(?:q's|q’s|qs|to ask|asks?)$"
)  # not "Qs I got", "Rapid questions"
_LABEL_ASK = re.compile(r"^([^:：?]{2,30}?)\s*[:：]\s*(\S.*)$")  # "역질문: 내년에 … 있나요?"


def _asks_inline(label: str) -> bool:
    """A label that says the question after it is the candidate's to ask ("역질문", "逆質問",
    "mau tanya"), not a bare "Question:" (a research question) or the interviewer's."""
    return questions_header(label) and label.strip().lower() not in ("question", "questions", "q")


def _several(text: str) -> list[str]:
    """The questions on one line, split after each '?' outside brackets ("what software do
    they use (Tekla? Prokon?)" is one)."""
    out, start, depth = [], 0, 0
    for m in re.finditer(r"[()\[\]]|\?(?:\s*/)?\s+(?=[\w\"“])", text):
        c = m.group(0)[0]
        depth += 1 if c in "([" else -1 if c in ")]" else 0
        if c == "?" and depth <= 0:
            out.append(text[start : m.start() + 1])
            start = m.end()
    pieces = [*out, text[start:]]
    # "is the role hybrid? I think 2 days a week": a remark after the question, not another
    return pieces if all(p.rstrip(' )]"”').endswith("?") for p in pieces) else [text]


# "vraag aan Hein: wat is zijn grootste zorg?", "chiedergli dei piani (nuova linea?)": a line
# that opens on asking, in another language, and holds a question
_VERB_ASK = re.compile(
    r"^(?:(?i:navragen|chiedere|chiedi|chiedergli|chiederle|domandare|domandargli|domandarle"
    r"|preguntar|preguntarle|pregúntale|preguntale|nachfragen|perguntar|perguntem|demander"
    r"|zapytać|zapytac|zapytaj|spytać|spytaj|hỏi|tanyakan|itanong|tanungin|uliza|spør|spørg"
    r"|spørge|kysy|poochna|puchna|pitati|pitaj|pitajte|upitati|vprašati|vprašaj)|tanya"  # "Tanya (HM): …" is a person
    # words that are also the noun "question" ask only before whom: "vraag aan Hein: …", not
    # "Vraag 1: Vertel iets over jezelf?" (the interviewer's)
    r"|(?i:vraag|vragen|fragen|frage|pergunta|demande|fråga)(?=\s+(?i:aan|an|a|ao|à|till|om"
    r"|nach|sobre|de)\b))\b(?:[^:?]{0,40}:)?\s*(\S.*)$"
)
# ---------------------------------------------------------------- header lines


def _header_body(o: Outline, k: int, prose: bool = False) -> list[int]:
    """The items a header-like line k leads: a list item's deeper items, or for a short
    paragraph or callout the list or quote lines right under it. [] when it leads none.
    ``prose``: a paragraph or quote right under a label line is its body too ("WHY GARMIN"
    over a paragraph; "why tessellate / why me:" over a quote)."""
    if prose and (body := _prose_body(o, k)):
        return body
    items, out = o.items, []
    it = items[k]
    if it.kind in LIST_KINDS:
        for j in range(k + 1, len(items)):
            if items[j].kind == "heading" or items[j].depth <= it.depth:
                break
            out.append(j)
        prev = it.line  # "C. > Vragen voor de commissie:" over "> - Hoeveel …?": a list of
        for j in range(k + 1, len(items)) if not out else ():  # another kind, not nested
            nxt = items[j]
            if nxt.kind not in LIST_KINDS or nxt.kind == it.kind or nxt.line != prev + 1:
                break
            out.append(j)
            prev = nxt.line
        return out
    want = ("quote", "callout") if it.kind == "callout" else (*LIST_KINDS, "paragraph")
    prev = it.line
    for j in range(k + 1, len(items)):
        nxt = items[j]
        if nxt.kind not in want or (nxt.kind == "paragraph" and not nxt.depth):
            break
        if nxt.line > prev + 1 and nxt.kind not in LIST_KINDS:
            break
        out.append(j)
        prev = nxt.line
    return out


def _prose_body(o: Outline, k: int) -> list[int]:
    items, it = o.items, o.items[k]
    if it.kind in LIST_KINDS or k + 1 >= len(items):
        return []
    first = items[k + 1]
    if first.kind not in ("paragraph", "quote") or first.line != it.line + 1 or first.depth:
        return []
    out = [k + 1]
    for j in range(k + 2, min(len(items), k + 60)):
        if items[j].kind != first.kind or items[j].line != items[out[-1]].line + 1:
            break
        out.append(j)
    return out


def _is_header(it: Item) -> bool:
    """Short, and reads as a label rather than a sentence."""
    text = it.text
    bare = _ASIDE_END.sub("", text)  # "QUESTIONS TO ASK (whoever I talk to)"
    return (
        it.kind != "heading"
        and len(text) <= 90
        and not text.endswith((".", "?"))
        and (text.endswith(":") or len(bare.split()) <= 8)
    )


def questions(o: Outline) -> list[dict[str, Any]]:
    """Questions sections (their first list and any line ending in '?'), header lines with
    the list they lead, and inline asks; each line once."""
    out: dict[int, dict[str, Any]] = {}
    prose: list[dict[str, Any]] = []  # several on one line: kept apart from ``out``
    wrapped = wrapped_paragraphs(o)
    for k, sec in enumerate(o.notes.sections):
        body = [i for i in sec.items if i.kind != "heading"] if o.eff[k] == "questions" else []
        if not body:
            continue
        first = body[:1]
        for it in body[1:]:
            listed = it.kind in LIST_KINDS and first[-1].kind in LIST_KINDS
            if not (listed or (it.kind == first[-1].kind and it.line == first[-1].line + 1)):
                break
            first.append(it)
        leading = {id(it) for it in first if it.depth == 0}
        for it in body:
            if it.header:
                continue  # "question | for | asked?": a table's header names its columns
            lead = id(it) in leading
            if it.kind == "table_row":  # a row of a questions table: its question cell
                cells = [c for c in it.cells if c.strip()]  # "What does the stack look like
                # (dbt? Looker?) | Joris": the cell that ends in '?', or else the first
                cell = next(
                    (c for c in cells if c.rstrip().endswith("?")), cells[0] if cells else ""
                )
                lead = lead or (bool(cells) and cell is cells[0] and "?" in cell)
                it = Item(cell, it.line, it.depth, "paragraph")
            asks = lead or it.text.rstrip("”\"' ").endswith("?")
            if asks and it.kind == "paragraph" and it.depth and it.line - 1 in out:
                prev = out[it.line - 1]  # a question wrapped onto a second line
                out[it.line - 1] = {**prev, "text": prev["text"] + " " + it.text}
            elif asks and not it.text.endswith(":"):
                text = it.text.lstrip("☐☑☒ ")  # "☐ ask: how many stores would I cover?"
                if text[:3].lower() == "ask" and (m := _INLINE_ASK.match(text)):  # "ask: …?"
                    text = next((g for g in m.groups() if g), text)
                out[it.line] = {"text": _unquote(text.strip()), "line": it.line}
    for k, it in enumerate(o.items):
        text = it.text.replace("？", "?")  # "逆質問：オンプレ撤去の予定はいつ頃？"
        if text[:1] in "☐☑☒":  # "☐ ask: how many stores would I cover?", a Keep checklist
            text = text[1:].lstrip()
        low = text[:40].lower()
        if it.line in out:
            continue
        if "?" in text and (m := _PUT_TO.match(text)):
            asked = _several(next(g for g in m.groups() if g))
            prose += [{"text": _unquote(a.strip()), "line": it.line} for a in asked]
            continue
        if not (might_ask(low) or might_ask(text[-24:].lower()) or " ask " in text):
            continue
        if o.eff[o.secs[k]] == "questions":  # "also ask Gareth how …" under "questions to ask:"
            if (m := PROSE_ASK.search(text)) and asks_from(it, m.start()):
                q = m.group(1).rstrip(".").strip()
                out[it.line] = {"text": q[:1].upper() + q[1:], "line": it.line}
            elif _is_header(it) and _asks_label(text):  # a second label, its own list
                _take_body(o, k, out)
            continue
        if (m := _INLINE_ASK.match(text)) and (q := next(g for g in m.groups() if g).strip()):
            asked = _several(q)  # "how are teams structured? how much site time …?"
            if len(asked) == 1 and ";" in q:  # "to ask — how the roadmap is set; what % is toil"
                asked = [a for a in q.split(";") if len(a.split()) >= 2] or asked
            if len(asked) > 1:
                prose += [{"text": _unquote(a.strip()), "line": it.line} for a in asked]
            else:
                out[it.line] = {"text": _unquote(q), "line": it.line}
        elif (
            (m := PROSE_ASK.search(text))
            and asks_from(it, m.start())
            and not (m.start() == 0 and goes_on(wrapped.get(it.line), it))
            and not (it.kind == "paragraph" and _opens_on_label(text))  # its label leads all
        ):
            q = m.group(1).rstrip(".").strip()
            out[it.line] = {"text": q[:1].upper() + q[1:], "line": it.line}
        elif (m := _VERB_ASK.match(text)) and "?" in m.group(1):
            q = m.group(1) if ":" in text[: m.start(1)] else text  # "chiedergli dei piani …?"
            prose += [{"text": _unquote(a.strip()), "line": it.line} for a in _several(q)]
        elif _is_header(it) and _asks_label(text) and (told := _prose_questions(o, k)):
            prose += told  # the questions told in the paragraph after the label
        elif (
            it.kind == "paragraph"
            and _opens_on_label(text)
            and (told := _prose_questions(o, k, itself=True))
        ):
            prose += told  # "Other things I want to find out. How many …? Is there …?"
        elif (
            (m := _LABEL_ASK.match(text))
            and (
                "?" in m.group(2) or (_MINE.match(m.group(1)) and _QUESTION_WORD.match(m.group(2)))
            )
            and _asks_inline(m.group(1))
        ):  # "q's: who decides when to freeze deploys (error budget policy)"
            prose += [{"text": _unquote(a.strip()), "line": it.line} for a in _several(m.group(2))]
        elif _is_header(it) and _asks_label(text.lstrip("> ")):
            _take_body(o, k, out)
    prose += paragraph_asks(out, {q["line"] for q in prose}, wrapped)
    if o.notes.friends:  # "what are you asking them": the candidate's answer in a chat
        prose += _answered(o, out.keys() | {q["line"] for q in prose})
        prose += taken_up(o, out.keys() | {q["line"] for q in prose})
    said = [q["text"].lower() for q in prose]  # a line's ask that a told sentence holds: once
    found = [q for line in sorted(out) if not _within((q := out[line])["text"], said)]
    return sorted([*found, *prose], key=lambda q: q["line"])  # stable: a line's own order kept


# a friend's "what are you asking them", "y q les vas a preguntar tú", "a co ich zapytasz?"
_WHAT_YOU_ASK = re.compile(
    r"(?i)\b(?:what|wat|was|que|qué|quoi|co|šta|što|sta|mit|vad|hvad|mitä|cosa|ce|q)\b.{0,30}"
    r"(?:\b(?:you|u|ya)\b.{0,15}\bask|\bask(?:ing)?\s+(?:them|her|him)\b|vas\s+a\s+preguntar"
    r"|vais\s+perguntar|zapytasz|fragst|vas\s+demander|ćeš\s+(?:ih\s+)?pitat|ga\s+je\s+vragen"
    r"|ska\s+du\s+fråga|vil\s+du\s+spørge|kysyt|chiederai)"
)
# what the candidate asks the friend in the same breath: "y a ti te pregunto: ¿…?", "and for you: …?"
_TO_FRIEND = re.compile(r"(?i)\b(?:for you|a ti|para ti|dla ciebie|für dich|pour toi|per te)\b")


def friend_asks(o: Outline, asking: re.Pattern[str], reach: int) -> list[tuple[Item, list[Item]]]:
    """In a chat, each short message a friend wrote that ``asking`` finds ("what are you asking
    them", "and if they ask why them what r u saying"), with the candidate's answer: their
    messages within ``reach`` items after it, up to the friend's next message once they have
    answered (a friend's second message before the answer is skipped)."""
    friends, out = o.notes.friends, []
    for k, it in enumerate(o.items):
        if it.line not in friends or len(it.text) > 160 or not asking.search(it.text):
            continue
        answer: list[Item] = []
        for reply in o.items[k + 1 : k + 1 + reach]:
            if reply.line in friends and answer:
                break
            if reply.line not in friends:
                answer.append(reply)
        out.append((it, answer))
    return out


_WH_SENTENCE = re.compile(
    r"(?i)(?:^|[.!;]\s+)(?:and\s+)?((?:what|how|who|whether|when|which|where|why)\b[^.!;?]{8,160})"
)


def _answered(o: Outline, taken: set[int]) -> list[dict[str, Any]]:
    """In a chat, the questions in the candidate's messages right after a friend asks what
    they will ask the interviewers."""
    found: list[dict[str, Any]] = []
    for _, answer in friend_asks(o, _WHAT_YOU_ASK, 11):
        for reply in answer:
            listed = reply.kind in LIST_KINDS  # "- how the offline maps redesign got decided"
            if reply.line in taken or _TO_FRIEND.search(reply.text):
                continue
            if "?" not in reply.text and not listed:  # "I have a list!! how many drivers each
                told = _WH_SENTENCE.finditer(reply.text)  # planner looks after. what TMS …"
                found += [{"text": t[1].strip(), "line": reply.line} for t in islice(told, 6)]
                continue
            asked = _several(reply.text.split(": ", 1)[-1].lstrip("-•* "))
            found += [{"text": _unquote(a.strip()), "line": reply.line} for a in asked]
    return found


def _take_body(o: Outline, k: int, out: dict[int, dict[str, Any]]) -> None:
    """The questions a header line k leads: its body's top-level lines and any deeper line
    that asks, a question wrapped onto a second line joined to its first."""
    under = _header_body(o, k)
    top = min((o.items[j].depth for j in under), default=0)
    for j in under:
        q = o.items[j]
        if q.line in out or not (q.depth == top or "?" in q.text):
            continue
        if q.depth > top and q.kind == "paragraph" and q.line - 1 in out:
            prev = out.pop(q.line - 1)  # a question wrapped onto a second line
            out[q.line - 1] = {**prev, "text": prev["text"] + " " + q.text}
            continue
        out[q.line] = {"text": _unquote(q.text.strip()), "line": q.line}


def _within(text: str, told: list[str]) -> bool:
    bare = text.lower().rstrip(".?! ")
    return bool(bare) and any(bare in t for t in told)


_ASKING = re.compile(
    r"(?i)\b(?:ask|want\s+to\s+know|wonder|curious|find\s+out|like\s+to\s+know|understand)\b"
)
_SENTENCE = re.compile(r"(?<=[?.!])\s+(?=[A-Z\"“])")
_ANY_SENTENCE = re.compile(r"(?<=[?!])\s+|(?<=[a-z0-9)]\.)\s+(?=[A-Za-z\"“])")


def _opens_on_label(text: str) -> bool:
    """A paragraph whose first sentence is a questions label ("Other things I want to find
    out, whenever there's a chance."), the questions after it."""
    first = _SENTENCE.split(text, maxsplit=1)
    label = first[0].split(": ", 1)[0] if ": " in first[0] else ""  # "Things I want to ask: …?"
    if label and len(label.split()) <= 16 and questions_header(label):
        return True
    return (
        len(first) == 2
        and first[0].endswith((".", ":"))
        and len(first[0].split()) <= 12
        and questions_header(first[0])
    )


def _prose_questions(o: Outline, k: int, itself: bool = False) -> list[dict[str, Any]]:
    """A label followed by a paragraph (not a list): the paragraph's sentences that are
    questions or say what the candidate wants to ask ("I'd like to ask the panel which …");
    with ``itself``, the paragraph that opens on the label, after its first sentence."""
    items = o.items
    if itself:
        k -= 1
    if k + 1 >= len(items) or items[k + 1].kind != "paragraph" or items[k + 1].depth:
        return []
    lines = [items[k + 1]]
    for it in items[k + 2 : k + 40]:
        if it.kind != "paragraph" or it.line != lines[-1].line + 1 or it.depth:
            break
        lines.append(it)
    out: list[dict[str, Any]] = []
    text, starts = "", []
    for it in lines:
        starts.append((len(text), it.line))
        text += it.text + " "
    pos = 0
    pieces = _ANY_SENTENCE.split(text)  # "…weekly? ask Luca how he decides …": any case
    if itself and ": " in pieces[0] and pieces[0].rstrip().endswith("?"):
        pieces[0] = pieces[0].split(": ", 1)[1]  # the label's own line goes on with a question
        itself = False
    for piece in pieces[1:] if itself else pieces:
        at = text.find(piece, pos)
        pos = at + len(piece)
        sentence = piece.strip()
        if sentence.endswith("?") or _ASKING.search(sentence):
            line = max(n for start, n in starts if start <= at)
            out.append({"text": _unquote(sentence), "line": line})
    return out if len(out) >= 2 else []


def _asks_label(text: str) -> bool:
    """A questions label: it ends in ':' or names questions in its first three words (of its
    last sentence: "30 min presenteren, 30 min vragen. Twee cases:" leads the cases)."""
    text = FULL_STOP.split(text)[-1]  # (not at "Mr. Lee", "Prof. Ahmed", "Dr. Patel")
    bare = _ASIDE_END.sub("", text)  # "things i wanna ask (if they ask me do i have qs)"
    return questions_header(text) and (
        text.endswith(":")
        or questions_header(" ".join(text.split()[:3]))
        or (bare != text and len(bare.split()) <= 5 and questions_header(bare))
    )


def _unquote(text: str) -> str:
    """Quote marks around a question dropped; the pattern runs only when there are some."""
    if text[:1] in _QUOTES or text[-1:] in _QUOTES:
        return _QUOTE_MARKS.sub("", text)
    return text
