"""Answers that game a grader or say nothing settled: self-doubt aloud, a checklist of labels,
a number hung on every step or on morale, one sentence frame with the terms swapped, a string of
terms or of consultant buzzwords. The offline scorer caps what these flag (gates.gates_of)
and the advice names them."""

from __future__ import annotations

import re

from mockloop.text import words

from .signals import PROPER_WORD, content, sentences


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Signs of an answer that has not settled: it guesses, doubts itself aloud, or trails off.
UNSETTLED = _rx(
    r"\b(?:i'?m not sure|not sure (?:if|whether)|maybe(?! (?:\d|a few|a couple|around|about))|"
    r"i guess|hmm+|um+|uh+|actually,? wait|or something|kind of|sort of|i don'?t know|"
    r"probably just|no idea|whatever|i suppose|might be fine|i'?d have to think)\b"
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
    # "Efficiency improved by 40%.", "Customer satisfaction up 30%": an outcome that opens the
    # sentence and a bare percentage, no baseline ("from 71% to 83%" is a measurement)
    r"|^\W*(?:\d+[.)]\s*)?(?:[\w-]+\s+){1,3}(?:improved|increased|reduced|rose|grew|fell|dropped|"
    r"cut|up|down|uplift of)\s+(?:by\s+)?\d+(?:\.\d+)?\s*%(?![^.;]*\bfrom\b)"
)


def boilerplate_numbers(sentences: list[str]) -> int:
    """Sentences that each hang an improvement with a number on a step ("I set up a weekly
    sync, which improved communication by 45%"): when most sentences do, the numbers are
    stuffing, not results. 0 unless at least half of three or more sentences do."""
    said = [s for s in sentences[:60] if len(re.findall(r"[^\W\d_]{2,}", s)) >= 2]  # not "2."
    hits = sum(1 for s in said if _EFFECT.search(s))
    return hits if hits >= 3 and hits * 2 >= len(said) else 0


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
SALAD_SHARE = 0.2


def function_share(text: str) -> float:
    """Share of function words ('the', 'is', 'to', 'I'…): spoken sentences hold a third or
    more; a string of terms ("Prefill. Decode. KV cache.") holds almost none."""
    tokens = re.findall(r"[a-z']+", text.lower())
    return sum(t in _FUNCTION for t in tokens) / len(tokens) if len(tokens) >= 12 else 1.0


_JOINER = re.compile(r"^(?:and|plus|or|maybe|also|then)\s+", re.IGNORECASE)  # "plus MapReduce"


def term_run(text: str) -> int:
    """The longest run of short comma-separated items in one sentence ("a hash map, MapReduce,
    a Bloom filter, a trie, HyperLogLog, consistent hashing, …"): terms named, none used."""
    longest = 0
    for sentence in re.split(r"[.!?;:\n]+", text):
        parts = [_JOINER.sub("", p.strip()) for p in sentence.split(",")]
        run = best = 0
        for part in parts:
            term = 0 < len(part.split()) <= 5 and not re.search(r"[\d\[\](){}=<>]", part)
            run = run + 1 if term else 0
            best = max(best, run)
        longest = max(longest, best)
    return longest


# "Motivation: I am highly motivated… Background: my background is relevant…": a sentence in
# running prose that opens with a short capitalised label and a colon
_LABELLED = re.compile(r"([A-Z][A-Za-z'/&-]*)(?:\s+[A-Za-z'/&-]+){0,3}:\s")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# a story told in its own parts, and the openers of an ordinary sentence, are not a template
_NOT_LABELS = frozenset(
    [
        "situation",
        "task",
        "action",
        "actions",
        "result",
        "results",
        "learning",
        "learnings",
        "lesson",
        "context",
        "outcome",
        "impact",
        "problem",
        "approach",
        "the",
        "a",
        "an",
        "my",
        "our",
        "this",
        "that",
        "it",
        "i",
        "we",
        "so",
        "and",
        "but",
    ]
)
LABELLED_MIN = 5  # labelled sentences, and at least LABELLED_SHARE of all of them
LABELLED_SHARE = 0.6


def labelled(text: str) -> int:
    """How many sentences open with a label and a colon, when five or more do and they are most
    of the answer: one line under each heading a grader might look for ("Motivation: …
    Background: … Customer example: …"), a form that fits any question. A real answer that uses
    headings writes several sentences under each, lists them as bullets, or tells a story in
    its parts (Situation, Task, Action, Result): none of those counts, unless the parts only say
    their labels again ("Situation: I had a situation where … Task: my task was …")."""
    sentences = [s.strip() for s in _SENTENCE.split(text.strip())[:80] if s.strip()]
    labels = [(m.group(1).lower(), s[m.end() :]) for s in sentences if (m := _LABELLED.match(s))]
    # a story's parts count when they only say their label again ("Task: my task was to …")
    echoed = sum(1 for label, rest in labels if label[:5] in rest.lower())
    found = sum(1 for label, _ in labels if label not in _NOT_LABELS or echoed >= 2)
    return found if found >= LABELLED_MIN and found >= LABELLED_SHARE * len(sentences) else 0


# The words that carry a reason or a condition. A real answer laid out under labels ("1. Goal:
# … 2. Users: …") still reasons and gives detail under each; a checklist does neither.
_CONNECTIVE = _rx(
    r"\b(?:because|so|since|which means|but|rather than|instead|if|than|unless|otherwise|while|"
    r"when)\b"
)
_PERCENT = re.compile(r"\d\s?%")
ITEM_WORDS = 20  # words per labelled item, at least, for labels with an answer under them
# ... and with this many, detail alone will do, when no percentage is hung on it
LONG_ITEM_WORDS = 30


def checklist(text: str) -> int:
    """How many list items are a label and a colon (three or more read as a checklist): numbered
    labels ("One, data quality: …"), or labelled sentences that make up the answer. Labels with
    an answer under them are not a checklist: ITEM_WORDS or more words per label and two
    connectives of reasoning (because, so, if, rather than…), or LONG_ITEM_WORDS per label and
    no percentages."""
    found = max(len(_CHECKLIST_ITEM.findall(text)), labelled(text))
    if found < 3:
        return found
    per_item = len(words(text)) / found
    reasoned = len(_CONNECTIVE.findall(text)) >= 2
    detailed = per_item >= LONG_ITEM_WORDS and not _PERCENT.search(text)
    return 0 if per_item >= ITEM_WORDS and (reasoned or detailed) else found


ECHO_CAP = 0.45  # this share of an answer's content words from the question: it says it back


def echo(question: str, answer: str) -> float:
    """The share of the answer's content words (each time one is used) that are the question's
    own: a restated question ("A decision my manager disagreed with is a good example of what
    happens when two people see a decision differently…") is mostly made of them; a real
    answer, even one that names the question's subject, a third at most."""
    asked = content(question)
    used = [t for w in words(answer) for t in content(w)]
    return sum(t in asked for t in used) / len(used) if asked and used else 0.0


# "team morale improved by 30%", "alignment improved by 40%": a rise in percent on an outcome
# nobody measures that way (not satisfaction, engagement or velocity, which surveys and boards
# do measure); no real answer in the tuning sets says it, gamed ones often do
_SOFT_NUMBER = _rx(
    r"\b(?:morale|alignment|collaboration|teamwork|trust|cohesion|happiness|buy-in|transparency)"
    r"\s+(?:\w+\s+){0,2}(?:improved|increased|rose|went up|grew|boosted|up)\s+(?:by\s+)?\d+\s*"
    r"(?:%|percent)"
)


def soft_numbers(text: str) -> int:
    """Figures hung on soft outcomes (morale, alignment, collaboration…)."""
    return len(_SOFT_NUMBER.findall(text))


# consultant compounds and stock phrases: "hypothesis-led", "customer-centric", "north-star",
# "content flywheel"; not precise compounds ("event-driven", "depth-first", "object-oriented")
_BUZZ_TERM = _rx(
    r"\b\w+-(?:led|centric|focused|powered|enabled|minded)\b|\b(?:best-in-class|north-star|"
    r"go-to-market|deep-dive|best practices?|holistic|leverag(?:e|es|ing)\b|synerg\w+|flywheel)"
)
# per 100 words: no tuning answer labelled 4 or 5 reaches 2, most keyword salads pass 3
BUZZ_RATE = 3.0


def buzz_rate(text: str) -> float:
    """Buzz terms per 100 words."""
    return 100 * len(_BUZZ_TERM.findall(text)) / max(1, len(words(text)))


# product and tool names dropped into prose ("on Kafka with Flink, then Firebase and APNs, with
# Redis…"): in the tuning parts every answer with 6+ distinct names at 7.5+ per 100 words is
# labelled 1 or 2; a strong design answer names a few tools and says what each one does
NAMES_MIN, NAME_RATE = 6, 7.5


# a run of capitalised words is one name ("Forward Deployed PM"), and a word after a colon starts
# a sentence, not a name
_NAME_RUN = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*")
_NAME = re.compile(PROPER_WORD)


def name_drop(text: str) -> bool:
    """Many distinct names for the answer's length: tools listed, not used."""
    names = {m for m in _NAME_RUN.findall(text) if _NAME.fullmatch(m.split()[0])}
    return len(names) >= NAMES_MIN and 100 * len(names) / max(1, len(words(text))) >= NAME_RATE


# frameworks named, not used: "the SBI model, a RACI, Kotter's eight steps, then ADKAR". In the
# tuning parts every answer naming five or more is a keyword salad labelled 1 (and none names
# four); acronyms are read in capitals only, so "a north star", "keep it safe" and "a rapid fix"
# are no framework
_FRAMEWORK = re.compile(
    r"\b(?:STAR|RACI|DACI|RAPID|SBI|ADKAR|OKRs?|RICE|ICE|HEART|SWOT|PESTLE?|OODA|DMAIC|SAFe|MECE|"
    r"CIRCLES|GROW|AARRR)\b|\b(?i:moscow|kano|jtbd|jobs[- ]to[- ]be[- ]done|pirate metrics|"
    r"porter'?s five forces|five forces|cynefin|eisenhower matrix|kotter'?s?|lewin'?s?|tuckman'?s?|"
    r"thomas[- ]kilmann|cialdini'?s?|radical cando(?:u)?r|crucial conversations|six thinking hats|"
    r"lean canvas|business model canvas|blue ocean|design thinking|double diamond|six sigma|"
    r"kaizen|(?:5|five) whys|fishbone|ishikawa|pareto|situational leadership|power[- ]interest "
    r"grid|value proposition canvas|north star metric|flywheel|wardley|bcg matrix|ansoff|"
    r"mckinsey 7s|pyramid principle)\b"
)
# ... and that many for the answer's length: a PM who scores with RICE, takes reach from
# tickets and checks it against the quarter's OKRs applies them (the salads run 3.8 to 9 a 100
# words, answers that use theirs under 3.2)
FRAMEWORKS_MIN, FRAMEWORK_RATE = 5, 3.5
_SAME = {"jtbd": "jobs to be done", "jobs-to-be-done": "jobs to be done", "pirate metrics": "aarrr",
         "ice": "rice", "five forces": "porter's five forces"}  # fmt: skip


def frameworks(text: str) -> int:
    """How many distinct named frameworks the answer drops, when they are dense enough to be
    dropped rather than used (0 otherwise)."""
    found = {m.lower().removesuffix("'s").rstrip("s") for m in _FRAMEWORK.findall(text)}
    named = len({_SAME.get(f, f) for f in found})
    return named if 100 * named / max(1, len(words(text))) >= FRAMEWORK_RATE else 0


# the words of method, with nothing they are applied to: "first I'd assume a baseline and check
# per segment whether each hypothesis was tested". In the tuning parts no answer has more than a
# third of its content words from this list; stuffed meta-talk has most of them.
_METHOD = _rx(
    r"(?:first|second|then|next|finally|assum(?:e|ed|ing|ptions?)|baselines?|defin(?:e|ed|ing)|"
    r"(?:per-)?segment(?:s|ed)?|per|hypothes[ie]s|test(?:ed|ing)?|validat(?:e|ed|ion)|"
    r"clarif(?:y|ied|ying)|constraints?|check(?:ed|ing)?|trade-?offs?|cohorts?|metrics?|"
    r"approach|measur(?:e|ed|ing)|decid(?:e|ing)|decision|whether|steps?|framework|structure|"
    r"prioriti[sz]e|priority|success|criteria|goals?|outcomes?|impact|data|evaluat(?:e|ion)|"
    r"iterat(?:e|ion)|stakeholders?|align(?:ment)?|scope|requirements?|context|options?|risks?)"
)
METHOD_SHARE, METHOD_MIN = 0.5, 15


def method_talk(text: str) -> bool:
    """Most of the content words name a method step, none the matter it is applied to."""
    found = [t for t in re.findall(r"[a-z][a-z'-]+", text.lower()) if content(t)]
    return (
        len(found) >= METHOD_MIN
        and sum(bool(_METHOD.fullmatch(t)) for t in found) / len(found) >= METHOD_SHARE
    )


# "Win rate went from 14% to 31%." as a sentence of its own after each step: a before-and-after
# pasted on, not a result told. Real answers in the tuning parts give two at most; pasted ones
# give one a bullet.
_CHANGE = _rx(
    r"\b(?:went|gone|moved|rose|fell|dropped|grew|jumped|climbed|improved|increased|decreased|"
    r"reduced|cut|up|down)\s+(?:\w+\s+){0,2}from\s+[£$€]?\d[\d.,]*\s*(?:%|k|m|x)?(?:\s+\w+)?"
    r"\s+to\s+[£$€]?\d|\b(?:improved|rose|fell|dropped|grew|up|down|cut|increased|decreased) by "
    r"\d[\d.,]*\s*(?:points?|%|percentage points?|pp)\b[^.]{0,10}\bto\s+[£$€]?\d|\b(?:halved|"
    r"doubled|tripled) to\s+[£$€]?\d|\d[\d.,]*\s*%?\s*(?:→|->)\s*[£$€]?\d"
)
CHANGE_WORDS, CHANGES_MIN = 12, 3


def pasted_changes(text: str) -> int:
    """Runs of short sentences that are only a before-and-after figure, apart from each other
    (one after each step), or every such sentence when they are most of the answer. A results
    block that lists three figures together is one run."""
    said = sentences(text)[:60]
    hits = [len(words(s)) <= CHANGE_WORDS and bool(_CHANGE.search(s)) for s in said]
    runs = sum(1 for i, hit in enumerate(hits) if hit and (i == 0 or not hits[i - 1]))
    return sum(hits) if 2 * sum(hits) > len(said) else runs


def made_up_numbers(sentences: list[str], text: str) -> bool:
    """A number hung on every step, or on a soft outcome, or a before-and-after figure pasted
    after each step: the gate and the advice read this."""
    return (
        bool(boilerplate_numbers(sentences))
        or soft_numbers(text) > 0
        or pasted_changes(text) >= CHANGES_MIN
    )
