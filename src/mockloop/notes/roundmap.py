"""The rounds found in the notes, made into the plan's rounds: a catalog id each, an
interviewer, and one round per id.

Each round takes a kind (roundkind.py); a technical screen for a role that writes code is a
coding round. The same round met twice (an overview line, then its own block) is merged;
distinct rounds of one kind stay apart with numbered ids (coding-1, coding-2). Rounds are listed
recruiter first, then in notes order. Notes that name no round get the usual loop (loops.py).
"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter

from mockloop.records import ROUND_IDS, PlanRound

from .breaks import counted_as_round, notes_say_none, said_not_a_round
from .generic import settle_generic
from .header import INVITE
from .loops import writes_code
from .merge import merge, names_someone, title_words
from .names import has_job
from .roundkind import is_named, resolve_kind
from .rounds import Round
from .schedule import short_label, step_name
from .shapes import dated, is_break, says_when, timed
from .vocab import (
    DASH,
    ROUNDISH,
    WORD,
    folded,
    has,
    kind_weights,
    outside_brackets,
    round_types,
    split_title,
    tokens,
    unaccent,
)
from .who import (
    BRACKET_NAME,
    NOT_A_PERSON,
    PERSON,
    PERSON_AFTER_COMMA,
    WITH,
    bracket_who,
    cut,
    interviewer_in,
    lower_name,
    named_below,
    person_after_dash,
    who_only,
)

__all__ = ["plan_rounds"]

_TECH_SCREEN = re.compile(r"(?i)\btech(?:nical)?\s+(?:phone\s+)?(?:screen|scrn)\b")


def _interviewer(r: Round) -> str | None:
    """Who a round is with, read from its own lines; a recruiter round defaults to one."""
    found = interviewer_in([r.text, split_title(r.text)[1]] + [n.text for n in r.focus])
    if found is not None:
        return found
    return "Recruiter" if r.id == "recruiter" else None


def plan_rounds(rounds: list[Round], role: str | None = None) -> list[PlanRound]:
    """The plan's rounds: a kind each, the same round met twice (an overview line, then its
    own block) merged, distinct rounds of one kind kept apart, recruiter first. A technical
    screen for a role that writes software is a coding round."""
    rounds = [r for r in rounds if r.heading_sec is None or round_types(r.title) or r.focus]
    # "Interview #3 – Partner interview — CANCELLED": its block stays out of the plan with it
    rounds = [r for r in rounds if not (_CANCELLED.search(r.text) or _is_break(r))]
    # "Where I heard:", "What I bring", "from Wei Ling": the candidate's own notes, no round
    rounds = [r for r in rounds if r.heading_sec is None or not _MINE.search(r.title)]
    rounds = [r for r in rounds if not _research_heading(r)]
    if all(r.pitch and not r.focus for r in rounds):
        return []  # only a pitch heading such as "Recruiter call": the notes describe no loop
    rounds.sort(key=attrgetter("order"))
    rounds = _without_called_off(rounds)
    coder = writes_code(role)
    for r in rounds:
        _tidy(r)
        r.who = (
            r.who or person_after_dash(r.text) or interviewer_in([r.text, split_title(r.text)[1]])
        ) or lower_name(r.text)  # "call w/ priya from eng", typed without capitals
        r.who = who_only(r.who) or None if r.who else None  # never "(Oct 2, 45 min)"
        if r.who and _NO_ONE.match(r.who) and not has_job(r.who):
            r.who = None  # "with her", "with a spreadsheet they send": no one to name
        if r.who is None or r.who.lower() in r.title.lower() or not names_someone(r.who):
            r.who = named_below(r) or r.who  # "Hiring manager" over "Nadia Rahimi, Manager, …"
        r.id = resolve_kind(r)
        if r.id == "technical" and coder and _TECH_SCREEN.search(r.title):
            r.id = "coding"  # "Tech phone screen" for a backend engineer
    rounds.sort(key=lambda r: r.id != "recruiter" or r.guessed)  # stable: notes order in each group
    merged = merge(rounds, _interviewer)
    for r in merged:  # (once merged: two rounds named by two people are not one round)
        r.who = r.who or _titled_person(r.title)  # "## Ken Watanabe (staff eng)": the person
    settle_generic(merged)  # "1st interview", "Final", "Sit-down with chef": by place and who
    for r in merged:
        r.id = r.weak if r.id == "custom" and r.weak else r.id  # "Practical (8am)": technical
    for r in merged:
        if name := step_name(r.title, r.text):
            r.title = f"{r.title} – {name}"  # "Round 2" alone tells the user nothing
    return [_plan_round(r, rid) for r, rid in zip(merged, _ids(merged), strict=True)]


_MET = re.compile(r"^(.{3,60}?\bwith\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(.+)$")


def _is_break(r: Round) -> bool:
    """A break or a step that is no interview, by its title's first clause or the name after its
    step label ("Étape 3 de 4 – Références")."""
    # is_break reads outside brackets: "INTERVIEW (after lunch, 1pm)" is the interview
    head = _CLAUSE.split(outside_brackets(r.title))[0].strip() or r.title
    first = r.text.split("\n", 1)[0]
    if counted_as_round(*(n.text for n in r.focus[:4])):
        return False  # "Coffee chat w/ Lisa" over "… honestly it was round 1"
    if notes_say_none(r.title, [n.text for n in r.focus[:3]]):
        return True  # "(other process, keep it as backup)"; "RIDE-ALONG" over '… "not graded"'
    return is_break(head) or is_break(step_name(r.title, r.text) or "") or said_not_a_round(first)


_MINE = re.compile(
    r"(?i)^\W*(?:(?:where|what|why|how|when)\s+(?:i|i'm|i’m|i've|i’ve|me|my)\b|my\s|about\s+me\b)"
    r"|^\W*(?:(?:tips|notes|advice|intel|info)\s+)?from\s+(?-i:[A-Z])"  # "from Wei Ling (for her)"
)
# "## Culture" over "- Glassdoor 4.3, small teams …": what the candidate read about them
_TOPIC = re.compile(
    r"(?i)^\W*(?:(?:company|their|the)\s+)?(?:culture|stakeholders|people|competitors|mission"
    r"|market|company|news|funding|customers)\W*$"
)


def _research_heading(r: Round) -> bool:
    """A heading that names a topic of the company, over notes that name no round."""
    return (
        r.heading_sec is not None
        and bool(_TOPIC.match(r.title))
        and not any(
            has(tokens(n.text), ROUNDISH) or says_when(n.text) or _MINUTES.search(n.text)
            or WITH.search(n.text) or PERSON_AFTER_COMMA.match(n.text)
            for n in r.focus[:8]
        )
    )  # fmt: skip


_MINUTES = re.compile(r"(?i)\b\d{1,3}\s*(?:min|mins|minutes|h|hr|hrs)\b")


_GAP = re.compile(r"\s{3,}|\t")
_A_WORD = re.compile(r"[^\W\d_]{3}")
_CLAUSE = re.compile(r"[.;,]\s")  # "phone screen 3/12 w/ Derek, 30 min. … travel tolerance"
_CANCELLED = re.compile(
    r"(?i)[-–—:(]\s*(?:cancell?ed|called off|dropped)\b|已取消|取消了|キャンセルになった|中止になった"
)
# "CEO Meeting:" over "Update 27 Nov – the CEO meeting is off. Not happening."
_OFF = re.compile(
    r"(?i)\b(?:meeting|interview|round|call|chat|session|stage|step)\s+(?:is|was|got|has\s+been)"
    r"\s+(?:off|cancell?ed|called\s+off|dropped|scrapped)\b(?![-‐]|\s+(?:site|track|the\s+table"
    r"|until|for\b|in\b))|\bnot\s+(?:in|part\s+of)\s+my\s+(?:loop|process)\b"  # a template's step
)


def _without_called_off(rounds: list[Round]) -> list[Round]:
    """Without a round whose own line or first notes say it is off ("the audience chat is
    canceled", "CEO Meeting:" over "the CEO meeting is off"), nor the earlier mentions it repeats
    ("2:30 chat with the head of audience", "Possible meeting with the CEO")."""
    off = [r for r in rounds if any(_OFF.search(n.text) for n in [r, *r.focus[:4]])]
    gone = {id(r) for r in off}
    for r in off:
        words = title_words(r)
        gone |= {id(o) for o in rounds if words and words <= title_words(o) and o.order < r.order}
    return [r for r in rounds if id(r) not in gone]


_LEADER = re.compile(r"\s*\.{4,}\s*")  # "Fachgespräch ........ Dr. Jonas Brenner"


# a step's label before the person a round is named by: "R1 – Vivek Menon", "1:1 Marcus Feld"
_STEP_LABEL = re.compile(
    r"(?i)^\s*(?:r\d+|round\s*\d+|interview\s*\d+|stage\s*\d+|1:1|\d+[.)])\s*(?:[–—:-]\s*)?"
)


def _titled_person(title: str) -> str | None:
    """The person a round is named by: "Ellie Park", "Charles Wu (Managing Director)", "Priya
    Raman, VP Sales ANZ", "R1 – Vivek Menon"; not "Product Sense" or "Final Round"."""
    head = DASH.split(_STEP_LABEL.sub("", title, count=1).strip(), maxsplit=1)[0].strip()
    name, _, job = head.partition(", ")
    if not PERSON.match(name) or (job and not has_job(job)):
        return None
    bare = name.split("(")[0].strip()
    if not is_named(bare) or round_types(bare) or kind_weights(bare) or NOT_A_PERSON.match(bare):
        return None
    return head


_NO_ONE = re.compile(
    r"(?i)^(?:(?:her|him|them|she|he|me|us|you|it)\b|an?\s(?!.*\b(?:team|panel|member|person)))"
)


def _tidy(r: Round) -> None:
    """The round's title and interviewer as its line gives them: a date or time before the
    title is not the title, and a person after a comma, a colon, dotted leaders or in brackets
    is who."""
    if "...." in r.title:
        title, who = [*_LEADER.split(r.title, maxsplit=1), ""][:2]
        if title and who[:1].isupper():  # not "Recruiter screen.... went fine"
            r.title, r.who = title, r.who or who
    told = timed(r.text) or dated(r.text)
    if told and r.title and r.title in r.text[: len(r.text) - len(told)]:
        r.text = told  # "Mon Mar 3, 10:30 AM PT — Recruiter screen": the title is the date
        r.title = split_title(told)[0] or r.title
        if r.who and told.startswith(r.who[:12]):
            r.who = None  # the round's name, read after the date as if it were a person
    slot = told or timed(r.source.text) is not None  # a schedule's columns, spaced out:
    gap = _GAP.search(r.title) if slot else None
    if gap and _A_WORD.search(r.title[: gap.start()]):
        rest = r.title[gap.end() :].strip()  # "Coding Interview       Sam Patel (Software …)"
        r.title = r.title[: gap.start()]
        if r.who is None and (PERSON.match(rest) or has_job(rest)):
            r.who = rest
    short = cut(r.title) if len(r.title.split()) > 8 else ""
    if short and round_types(short) and not short_label(short):
        r.title = short  # "HM interview w/ Kelsey Marsh (Director PMM), May 1, done. mostly …"
    elif len(r.title.split()) > 5 and (met := _MET.match(r.title)) and has_job(met.group(2)):
        r.title = met.group(1)  # "Interview with Thomas Reinholt, Associate Director. Your …"
        job = re.split(r"\.\s|;", met.group(2), maxsplit=1)[0]
        person = met.group(1).rsplit(" with ", 1)[-1]
        if r.who is None or r.who == person:
            r.who = f"{person}, {job}"  # who they are tells the round's kind
    invite = INVITE.match(r.title)  # a calendar invite's "Interview: <the job> - <the round>"
    rest = split_title(r.text)[1] if invite and has_job(invite.group(1)) else ""
    if rest and len(rest.split()) <= 4 and not has_job(split_title(rest)[0]) or round_types(rest):
        r.title = split_title(rest)[0]  # "Interview: Product Operations Manager - Case": the round
    named = PERSON_AFTER_COMMA.match(r.title) if r.who is None else None
    if named and round_types(named.group(1)):  # "Coding, Ana Ruiz (Staff SWE)"
        r.title, r.who = named.group(1), named.group(2)
    elif r.who is None and (person := PERSON.match(split_title(r.text)[1])):
        r.who = person.group(0)  # "Hiring manager: Ashwin Rao (Head of Developer Education)"
    elif r.who is None and WITH.search(r.title.split("(")[0]):
        pass  # "Phone screen with Priya Das (Teach North)": who follows "with", not the brackets
    elif r.who is None and (person := BRACKET_NAME.search(r.title)) and not has_job(person[1]):
        r.who = person.group(1)  # "Recruiter screen (Inés Moreno)"
    elif r.who is None and (found := bracket_who(r.title)) and is_named(found.split(",")[0]):
        r.who = found  # "Recruiter screen (Jane Doe, Talent)", "Coding (Bob Kim, Staff SWE)"
    elif (
        r.oneliner
        and (r.who is None or r.who.lower().startswith(r.title[:12].lower()))
        and (found := bracket_who(r.title))
    ):
        r.who = found  # "HM intro (Lukas Brenner, design manager, 45m)"
    if (tail := _TITLE_TAIL.search(r.title)) and tail.start() > 3:
        r.title = r.title[: tail.start()]  # "Final interview is booked", "… interview at 12"


# a title's tail that says how the round stands or when it is, not what it is
_TITLE_TAIL = re.compile(
    r"(?i)(?<!\s)\s+(?:(?:is|was|has\s+been|got)\s+(?:booked|done|moved|scheduled|confirmed|over"
    r"|cancell?ed|postponed|set)|at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)\s*$"
)


def _slug(text: str) -> str:
    words = WORD.findall(unaccent(folded(split_title(text)[0])))  # "métricas": metricas
    return "-".join(words[:4]) or "round"


def _ids(rounds: list[Round]) -> list[str]:
    """A kind used once is its own id; a kind used twice is numbered (coding-1, coding-2); a
    custom round is named after its title."""
    counts = Counter(str(r.id) for r in rounds if r.id != "custom")
    taken: set[str] = set()
    numbered: Counter[str] = Counter()
    out = []
    for r in rounds:
        kind = str(r.id)
        if kind == "custom":
            base = _slug(r.title)
            if base in ROUND_IDS:
                base = f"{base}-round"
        elif counts[kind] > 1:
            numbered[kind] += 1
            base = f"{kind}-{numbered[kind]}"
        else:
            base = kind
        rid, n = base, 2
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
        taken.add(rid)
        out.append(rid)
    return out


def _names_who(text: str, who: str | None) -> bool:
    """A "focus point" that is only the interviewer, on the round's own line ("Tomás Ortega"
    after a schedule entry's dash)."""
    bare = text.strip(" ,.;:-–—()").casefold()
    return bool(who) and bool(bare) and bare in str(who).casefold()


_CHECKBOX = re.compile(r"^(?:\[[ xX]\]|[☐☑✅✔]️?)\s*")


def _plan_round(r: Round, rid: str) -> PlanRound:
    """Validated once, with all its focus lines: one pydantic call instead of one per line."""
    return PlanRound.model_validate(
        {
            "id": rid,
            "title": _CHECKBOX.sub("", " ".join(r.title.split())),  # one space; no "[x] "
            "kind": r.id,
            "interviewer": " ".join(r.who.split()) if r.who else None,
            "focus": [
                {"text": n.text, "line": n.line}
                for n in r.focus
                if not (n.line == r.source.line and _names_who(n.text, r.who))
            ],
            "source": {"text": r.source.text, "line": r.source.line},
        },
        strict=True,
    )  # every value is already of its field's type: strict skips coercion
