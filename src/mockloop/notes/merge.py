"""The same round met twice (an overview line, then its own block; a schedule entry, then its
notes) made one, and distinct rounds of one kind kept apart (Coding 1, Coding 2). Each round
is compared only with the earlier rounds it shares a kind, a title word or an interviewer word
with, so notes with thousands of rounds stay linear."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from .names import ROLE_WORDS, has_job
from .parser import Item
from .rounds import Round
from .shapes import oneliner_parts, timed
from .slots import done, done_apart, mention, scheduled, scheduled_after
from .titlewords import numbers as _numbers
from .titlewords import ordinals as _ordinals
from .titlewords import step_of as _step_of
from .titlewords import title_words, when_said, words_of_title
from .vocab import ROUNDISH, WHO, WORD, has, outside_brackets, round_types, tokens


def _same_round(a: Round, b: Round) -> bool:
    """b repeats a: the same kind, no clash of numbers ("Coding 1" is not "Coding 2") or of
    named interviewers, and either most title words shared or one of them only a mention
    (no focus lines: an overview line or a schedule entry)."""
    if a.told and b.told:  # told in prose: one round again only when said again in its words
        return a.told != b.told and sum(len(w) > 3 for w in title_words(a) & title_words(b)) > 1
    if _two_people(a.who, b.who):
        return False  # "1:1 | Ravi Subramanian" and "1:1 | Dr. Helen Park": two slots
    numbered = isinstance(a.source, Item) and a.source.kind == "ordered"
    short = all(len(outside_brackets(r.title).split()) <= 2 for r in (a, b)) and a.title != b.title
    if (numbered or short) and mention(a) and mention(b) and _listed_together(a, b):
        return False  # "1. Coding (Ivan again?)", "2. Coding — Lina Ortiz": two entries, two rounds
    if _numbered_row(a, b) or _numbered_row(b, a):
        return True  # "| 3 | entrevista con la gerente | Mtra. Ugalde |", then "## 3 Mtra. Ugalde"
    if _one_person(a, b) or _titled_by(a, b) or _titled_by(b, a) or _same_step(a, b):
        return True  # "Interview Dr. Jonas Weber (Hiring Manager)" on the calendar and in notes
    if a.id != b.id and not (a.guessed or b.guessed):
        # a mention whose words all recur in a detailed title ("metrics case")
        wa, wb = title_words(a), title_words(b)
        # (two mentions of two kinds are two rounds: "… | Technical Screen", "… | Technical Talk")
        if sum(w.isalpha() for w in wa) >= 3 and wa == wb and a.source.line != b.source.line:
            return True  # "13:00  Meeting with the Lab Director", then its own heading
        if mention(a) == mention(b) or not wa:
            return False
        # "4. Final round with Head of Product" in the overview, then "Final (date after case
        # round)" over "Nabin Adhikari, Head of Product": one word and the interviewer shared
        who = f"{a.who} {b.who}".lower()
        own = {w for w in wa & wb if w not in who}  # a word of the round, not of the person
        return wa <= wb or wb <= wa or (bool(own) and _same_who(a.who, b.who))
    if (a.oneliner and b.oneliner and a.source.line == b.source.line) or _slots(a, b):
        return False  # "superday = coding, coding, eng manager": one list, distinct rounds
    na, nb = _numbers(a.title), _numbers(b.title)
    if na and nb and na != nb:
        return False
    wa_when, wb_when = when_said(a.title), when_said(b.title)
    if wa_when and wb_when and wa_when != wb_when:
        return False  # "Coding interview (Tue 10am)" and "Coding interview (Thu 2pm)": two

    who_a, who_b = _who_words(a.who or ""), _who_words(b.who or "")
    names_a, names_b = _name_words(a.who or ""), _name_words(b.who or "")
    if names_a and names_b and not (who_a & who_b):
        return False  # two people: "Hana Sato" and "Greg"; "recruiter (done)" names no one
    if done_apart(a, b) or done_apart(b, a):
        return False  # a round already done is not one on the day's schedule
    if _follow_up(a, b) or (_follow_up(b, a) and not mention(a)):
        return False  # "Creative test" then "Creative test review": the task, then its review
        # (but "4. Demo presentation" in the overview, then "### 4. Demo": one round)
    # who by name, not by title or a note on the round ("Responsabile …", "if panel goes well")
    named = _named_in(who_a, title_words(b)) or _named_in(who_b, title_words(a))
    # "System Design — Priya Raman" and "## sys design (Priya Raman)"; but not "- Thu: interview
    # with Rob", "- then a store walk with Rob": two steps of one list
    if named and not _listed_together(a, b) and not _panel_of(a, b):
        return True
    wa, wb = title_words(a), title_words(b)
    shared = len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0
    if a.id == "custom" or a.guessed or b.guessed or _neighbours(a, b):
        # one round only by name ("Bug Squash"); a screen whose kind is only a guess (but
        return shared >= 0.6 or _overview_screen(a, b)  # "Loop: phone screen → …" is one)
    if scheduled_after(a, b):  # "10:15 whiteboard problem" is not the phone screen before it
        return shared >= 0.6
    return shared >= 0.6 or mention(a) or mention(b)


_AFTER_WORDS = frozenset(("review", "debrief", "defence", "defense", "presentation", "readout",
                          "playback", "walkthrough", "feedback", "discussion"))  # fmt: skip


def _overview_screen(a: Round, b: Round) -> bool:
    """b, a screen only named on an overview line, is the recruiter round a has notes for."""
    steps = [p for p in oneliner_parts(b.source.text) if p.strip() != b.title.strip()]
    other = _listed_together(a, b) or any("recruiter" in round_types(p) for p in steps)
    return a.id == "recruiter" and not a.guessed and b.guessed and mention(b) and not other


def _same_who(a: str | None, b: str | None) -> bool:
    """Both name an interviewer, and one's words are all in the other's."""
    wa, wb = _who_words(a or ""), _who_words(b or "")
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _follow_up(a: Round, b: Round) -> bool:
    """b's title is a's and a word for going over it: "Creative test" → "… test review"."""
    wa, wb = title_words(a), title_words(b)
    said = words_of_title(outside_brackets(b.title))  # not "Seminar (45 min presentation)"
    return bool(wa) and wa < wb and bool((said - wa) & _AFTER_WORDS) and not mention(a)


def _slots(a: Round, b: Round) -> bool:
    """Two slots of one schedule, a line or two apart or at two different times ("09:15-10:00
    Fachgespräch Testautomatisierung", "11:00-11:45 Fachgespräch Funktionale Sicherheit"):
    never one round."""
    sa, sb = a.source, b.source
    if not (isinstance(sa, Item) and isinstance(sb, Item)):
        return False
    if timed(sa.text) is None or timed(sb.text) is None:
        return False
    ca, cb = _CLOCK.match(sa.text.strip()), _CLOCK.match(sb.text.strip())
    at = [(int(c[1]), int(c[2])) for c in (ca, cb) if c]  # "9:15" is "09:15"
    return abs(sa.line - sb.line) <= 2 or (len(at) == 2 and at[0] != at[1])


_CLOCK = re.compile(r"(\d{1,2})[:.](\d\d)")


def _neighbours(a: Round, b: Round) -> bool:
    """Two bare entries of one list ("- Interview with the team lead", "- Final with the
    manager"), or two slots of one schedule: rounds of their own, however alike their kinds."""
    sa, sb = a.source, b.source
    return _slots(a, b) or (
        isinstance(sa, Item)
        and isinstance(sb, Item)
        and sa.kind == sb.kind
        and sa.kind in ("bullet", "ordered", "table_row")
        and abs(sa.line - sb.line) <= 2
        and mention(a)
        and mention(b)
    )


def _listed_together(a: Round, b: Round) -> bool:
    """Two entries next to each other in one list: steps of a loop, even with one person."""
    sa, sb = a.source, b.source
    return (
        isinstance(sa, Item)
        and isinstance(sb, Item)
        and sa.kind == sb.kind
        and sa.kind in ("bullet", "ordered")
        and sa.depth == sb.depth
        and 0 < abs(sa.line - sb.line) <= 2
    )


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


@lru_cache(maxsize=1 << 14)
def _person_words(title: str) -> frozenset[str]:
    """The full names in a title ("Jonas Weber" in "Interview Dr. Jonas Weber (Hiring
    Manager)"), as their words: two capitalised words in a row, neither a round's or a job's."""
    out: set[str] = set()
    for m in _PAIR.finditer(title):
        pair = m.group(1, 2)
        if not any(has(tokens(w), WHO) or has(tokens(w), ROUNDISH) or round_types(w) for w in pair):
            out.update(w.lower() for w in pair)
    return frozenset(out)


def _one_person(a: Round, b: Round) -> bool:
    """Two conversations whose titles name the same person in full, with no number or
    done-and-scheduled clash ("Interview 1 with Linda Park" is not "Interview 2 with …")."""
    if not {a.id, b.id} <= _CONVERSATIONS:
        return False
    if len(_person_words(a.title) & _person_words(b.title)) < 2:
        return False
    na, nb = _numbers(a.title) | _ordinals(a.title), _numbers(b.title) | _ordinals(b.title)
    clash = (na and nb and na != nb) or (scheduled(b) and done(a)) or (scheduled(a) and done(b))
    return not clash


_SEVERAL = re.compile(r"\+|&|/|\band\b|\bund\b|\by\b|\bet\b|\bpanel\b", re.IGNORECASE)


def _same_step(a: Round, b: Round) -> bool:
    """ "Round 5 - Hiring manager + values, Rajesh Menon" in the overview, then "### Round 5 -
    HM + values (Rajesh Menon)": the same numbered step, whatever kind each reads as ("Round 3"
    is part of "Round 3+4" when the notes merged them)."""
    if mention(a) == mention(b):
        return False  # two list entries or two blocks: numbering that starts again (Day 2)
    sa, sb = _step_of(a.title), _step_of(b.title)
    if sa is None or sb is None or sa[0] != sb[0]:
        return False
    return (sa[1] <= sb[1] or sb[1] <= sa[1]) and not _two_people(a.who, b.who)


def _numbered_row(a: Round, b: Round) -> bool:
    """a is a numbered table row or list item ("5. GM interview": of b's kind or a title word)
    and b a block of its own titled by the same number."""
    if not (a.step and mention(a) and not mention(b) and _numbers(b.title) == {a.step}):
        return False
    listed = isinstance(a.source, Item) and a.source.kind == "ordered"
    return not listed or a.id == b.id or bool(title_words(a) & title_words(b))


def _unnumbered(r: Round) -> Round:
    return replace(r, title=re.sub(r"^\W*\d{1,2}[.):]?\s+", "", r.title))


def _titled_by(a: Round, b: Round) -> bool:
    """b is titled only by a's interviewer: "### 2. Craig" after "2. Hiring manager — Craig
    Dunstan, SE Manager" (b's own interviewer, if any, is the same person)."""
    if not a.who or _SEVERAL.search(a.who):
        return False  # "case study w/ Leah + Dev" is not "### Leah"
    names = _name_words(a.who)
    words = title_words(b)
    return bool(names and words) and words <= names and not _two_people(a.who, b.who)


_CONVERSATIONS = frozenset(("hiring-manager", "executive", "custom"))
_PAIR = re.compile(
    r"(?=(?<![\w-])(?!(?:Dr|Mr|Mrs|Ms|Prof|Capt)\b)([A-Z][a-z'’]+) ([A-Z][a-z'’]+)\b(?![.-]))"
)


def _name_words(who: str) -> frozenset[str]:
    """The capitalised words of an interviewer that are not a role or a title word ("Account
    Executive", "VP Operations", "the Lab Director" name no one)."""
    if who.lower().startswith(("the ", "our ", "my ")):
        return frozenset()
    return frozenset(
        w.lower()
        for w in _CAPITALISED.findall(who)
        if len(w) > 2
        and not (has(tokens(w), WHO) or round_types(w) or w.lower() in ROLE_WORDS or has_job(w))
    )


def _panel_of(a: Round, b: Round) -> bool:
    """One of the two is a panel and the other is not ("Formal panel" with "Professor Hamish
    Grant, Fiona"; "First video interview with Fiona"): a panel she sits on is not her
    interview."""
    return ("panel" in title_words(a)) != ("panel" in title_words(b))


def names_someone(who: str | None) -> bool:
    """ "Sushma Gurung, HR Executive" names a person; "Recruiter", "Head of Product" do not."""
    return bool(who) and bool(_name_words(who or ""))


@lru_cache(maxsize=1 << 14)
def _who_words(who: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(who.lower()) if len(w) > 2 and w not in _HONORIFIC)


_HONORIFIC = frozenset(("doctor", "mrs", "prof", "capt", "sir"))


def _named_in(who: frozenset[str], title: frozenset[str]) -> bool:
    """The title names the interviewer: by a name, or by their whole title ("Recruiter")."""
    who = who - _NOT_WHO
    by_name = {w for w in who if w not in ROLE_WORDS and not has_job(w)}
    return bool(by_name & title) or (bool(who) and who <= title)


# words a note on who may hold that name a round, not a person ("if panel goes well")
_NOT_WHO = frozenset(("panel", "final", "interview", "round", "call", "screen", "onsite", "case"))


def merge(rounds: list[Round], interviewer: Callable[[Round], str | None]) -> list[Round]:
    """A later mention of a round already met adds its focus lines (and names the
    interviewer if the first did not); anything else is a round of its own."""
    out: list[Round] = []
    seen: dict[int, set[tuple[str, int | None]]] = {}
    by_key: dict[str, list[int]] = {}  # kind, title word or interviewer word → rounds in out
    promoted: set[int] = set()  # overview lines whose own block came later
    for r in rounds:
        # of the rounds met before that this one repeats, the one whose title it shares most
        # ("Values interview (Ruth)" repeats the schedule's "Values interview", not the
        # "People management" entry before it, though both are behavioural)
        first, best, words = None, -1, title_words(r)
        for i in _candidates(r, by_key):
            shared = len(title_words(out[i]) & words)
            if shared > best and _same_round(out[i], r):
                first, best = out[i], shared
                if shared == len(words):
                    break  # every title word met: no earlier round can share more
        if first is None:
            for key in _keys(r):
                by_key.setdefault(key, []).append(len(out))
            out.append(
                replace(r, focus=list(r.focus), who=r.who or interviewer(r), heading_sec=None)
            )
            seen[id(out[-1])] = {(n.text, n.line) for n in r.focus}
            continue
        if mention(first) and not mention(r) and not first.pitch:
            promoted.add(id(first))
            first.focus = [n for n in first.focus if n.line != first.source.line]
            named = first.title  # "| 3 | entrevista con la gerente |" over "## 3 Mtra. Ugalde"
            first.title, first.source, first.text = r.title, r.source, r.text
            if first.step and _titled_by(first, _unnumbered(r)):
                first.title = named
            if first.id == "custom":
                first.id, first.weak = (
                    r.id,
                    r.weak,
                )  # the block's kind, over the overview line's none
        if first.guessed and not r.guessed and r.id != "custom":
            first.id, first.guessed = r.id, False  # the screen's recap says what it asked
        known, focus = seen[id(first)], r.focus or [r.source]
        keys = [(n.text, n.line) for n in focus]
        first.focus += [n for n, key in zip(focus, keys, strict=True) if key not in known]
        known.update(keys)
        if not first.who:
            first.who = r.who or interviewer(r)
        elif r.who and _name_words(r.who) and not _name_words(first.who):
            first.who = r.who  # "Panel with Account Executive", then who: "Mariana Costa (AE)"
    return _joined_steps(_blocks_in_place(out, promoted))


def _blocks_in_place(rounds: list[Round], promoted: set[int]) -> list[Round]:
    """A block no overview line named goes where the notes put it among the blocks: "two
    technical interviews, then a values chat" over "tech 1", "tech 2", "values chat" gives tech 2
    before the values chat, not after it. Quadratic in the rounds, so it runs only when some
    overview line took its block's place."""
    if not promoted:
        return rounds  # nearly all notes: the merge's order is the notes' order
    out: list[Round] = []
    for r in rounds:
        at = _place(r)
        before = [j for j, x in enumerate(out) if not mention(x) and _place(x) < at]
        if id(r) in promoted or mention(r) or not at or not before:
            out.append(r)
            continue
        after = out[before[-1] + 1 :]
        if id(out[before[-1]]) in promoted and any(
            id(x) in promoted and _place(x) > at for x in after
        ):
            out.insert(before[-1] + 1, r)
            promoted.add(id(r))  # the next block may follow it
        else:
            out.append(r)
    return out


def _place(r: Round) -> int:
    """Where a round's own notes start: a table row's block below the table, not its row."""
    lines = [n.line for n in r.focus if n.line is not None]
    return max(r.source.line or 0, min(lines, default=0))


def _joined_steps(rounds: list[Round]) -> list[Round]:
    """ "### Round 3+4 – Design & Debug (merged)": the overview's "Round 4" is in it too."""
    steps = [_step_of(r.title) for r in rounds]
    gone = {
        id(other)
        for r, step in zip(rounds, steps, strict=True)
        if step and len(step[1]) > 1
        for other, seen in zip(rounds, steps, strict=True)
        if other is not r and seen and seen[0] == step[0] and seen[1] < step[1] and mention(other)
    }
    return [r for r in rounds if id(r) not in gone]


_MAX_CANDIDATES = 64  # a real loop has a few dozen rounds; huge notes stay linear


def _keys(r: Round) -> set[str]:
    """What a later mention of this round must share with it: its kind, a title word, or a
    word of its interviewer (every way _same_round can say yes)."""
    found = _step_of(r.title)
    steps = {f"step:{found[0]}{n}" for n in found[1]} if found else set()
    steps |= {f"row:{n}" for n in ({r.step} if r.step else _numbers(r.title))}
    return {f"kind:{r.id}"} | set(title_words(r)) | _who_words(r.who or "") | steps


def _candidates(r: Round, by_key: dict[str, list[int]]) -> list[int]:
    """The earlier rounds ``r`` could repeat, in notes order, at most _MAX_CANDIDATES."""
    found: set[int] = set()
    for key in _keys(r):
        found.update(by_key.get(key, ())[:_MAX_CANDIDATES])
    return sorted(found)[:_MAX_CANDIDATES]


_FULL_NAME = re.compile(r"^(?:(?i:dr|mr|mrs|ms|prof)\.?\s+)?([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)\b")


def _two_people(a: str | None, b: str | None) -> bool:
    """Both interviewers open on a full name and they share neither part: "Julia Costa, QC
    (Analytical Quality)" and "Dr. Helen Park, Director, Analytical Development" share a title
    word, not a person ("a VP" and "VP" are no clash: no name)."""
    ma, mb = _FULL_NAME.match(a or ""), _FULL_NAME.match(b or "")
    a, b = " ".join(ma.groups()) if ma else "", " ".join(mb.groups()) if mb else ""
    if not (ma and mb) or any(round_types(n) or has(tokens(n), WHO) for n in (a, b)):
        return False
    return (ma.group(1), ma.group(2)) != (mb.group(1), mb.group(2))  # "Dean Miller", "Dean Chen"
