"""A round's kind: the one its title names outright, else what its line, its interviewer and
its focus lines vote for, else a custom round (split from roundmap.py, which makes the plan's
rounds)."""

from __future__ import annotations

import re

from mockloop.records import ROUND_IDS

from .names import has_job
from .rounds import Round
from .vocab import (
    WHO,
    folded,
    has,
    kind_weights,
    outside_brackets,
    split_points,
    split_title,
    tokens,
)
from .who import BRACKET_NAME, PERSON, WITH, WITH_HINT, interviewer_in, who_label

__all__ = ["is_named", "resolve_kind"]

_OF_DOMAIN = re.compile(
    r"(?i)\b(vp|svp|evp|head|director|chief\s+\w+\s+officer)\s+(?:of|for)\s+[^,;()]+"
    r"|\b(vp|svp|evp)\s+(?!of\b|for\b)[^,;()]+"  # "VP Sales": a person, not a sales round
)


def _office(m: re.Match[str]) -> str:
    """The office a title names, without its domain: "head of", not "head of Sales"."""
    office = m.group(1) or m.group(2)
    return f"{office} of" if office.lower() == "head" else office


def resolve_kind(r: Round) -> str:
    """The kind its title names outright ("Coding 2 — Team Lead" is coding); a title that
    names none, or only weakly ("final interview"), is weighed with the rest of its line,
    its interviewer (a co-founder outweighs a title's "final") and, faintly, its focus lines.
    A round nothing names clearly is a custom round ("Bug squash", "Design critique")."""
    title, rest = split_title(r.text)
    if WITH_HINT.search(folded(title)) and (m := WITH.search(title)):
        title, rest = title[: m.start()], f"{m.group(1)} {rest}"  # "coding w/ eng manager"
    if rest and not kind_weights(title):  # "Round 4 – Values interview": the rest names it
        head, _, tail = rest.partition(",")
        title, rest = f"{title} {head}", tail
    if _ROLE_PLAY.search(title):
        return "custom"  # "Escalation role play", "Mock discovery call": a scene, not a talk
    kinds = set(kind_weights(f"{title} {rest}"))  # not "Screening (live coding, 60 min)"
    if _BARE_SCREEN.match(_without_who(outside_brackets(title))) and kinds <= {"recruiter"}:
        r.guessed = True  # "screen → HM → onsite": a screen, most likely the recruiter's
        return "recruiter"
    # the title outside its brackets first: "coding 2 (js fundamentals)" is a coding round
    title = _OF_DOMAIN.sub(_office, title)  # "Interview with the VP of Sales": an executive
    named = kind_weights(outside_brackets(title)) or kind_weights(title)
    strong = {k: w for k, w in named.items() if w >= 1.0}
    if "coding" in strong and "recruiter" in strong:
        return "coding"  # "CoderPad phone screen": a recruiter does not watch you code
    if (
        set(strong) == {"recruiter"}
        and _PHONE.search(title)
        and max(kind_weights(_PHONE.sub(" ", title)).values(), default=0.0) < 1.0
    ):
        # "phone screen: 1 hr coderpad w/ an associate": a screen's kind is what it asks
        voted = _vote_kind(title, rest, r, focus_weight=1.0, floor=0.9, screen=True)
        r.guessed = voted is None
        return voted or "recruiter"
    bare = set(strong or named) == {"technical"} and len(title.split()) <= 2
    if bare and (how := _how_technical(rest)):
        return how  # "Technical — live coding", "tech 2: coding": the rest says which round
    if set(strong) == {"behavioral"} and (boss := _talk_with_boss(title, rest)):
        return boss  # "Behavioral w/ HM": the future boss's round
    if strong:
        best = max(strong.values())
        tied = [k for k in ROUND_IDS if strong.get(k) == best]
        return _head_kind(title, tied) if len(tied) > 1 else tied[0]
    voted = _vote_kind(title, rest, r)
    said = " ".join([r.text, *(n.text for n in r.focus[:4])])
    if voted in (None, "hiring-manager") and _A_CALL.search(title) and _screening(said):
        if _HIRING_MANAGER.search(said):
            return voted or "hiring-manager"  # "she's the hiring manager … my background"
        return "recruiter"  # "call w Wei Ling: … 2 mths notice …, expected 7.5k-8k"
    if voted is None and _TECH_N.match(title):
        return "technical"  # "## Tech 1" over "DSA mainly, OOPS": a technical round, by name
    if voted is None and (weak := {k: w for k, w in named.items() if k not in _NOT_BY_WEAK}):
        best = max(weak.values())  # "Final", "Practical": kept for after the merge
        r.weak = next(k for k in ROUND_IDS if weak.get(k) == best)
    return voted or "custom"


# a bare "case", "exercise" or "product" names no round: a take-home or a product-sense round
# is one only when the notes say so
_NOT_BY_WEAK = {"take-home", "product-sense"}


_TECH_N = re.compile(r"(?i)^\W*(?:tech|technical)\s*(?:round\s*)?#?\s*\d\b")


def _how_technical(rest: str) -> str | None:
    """Coding or a design round, when the first clause after a bare "Technical" names it."""
    first = re.split(r"[,;(]|\s[—–-]\s", rest.strip(), maxsplit=1)[0]
    named = kind_weights(first)
    found = [k for k in ("coding", "system-design", "ml-system-design") if named.get(k, 0.0) >= 1.0]
    return found[0] if len(found) == 1 else None


def _talk_with_boss(title: str, rest: str) -> str | None:
    """A behavioural talk the notes say is with the hiring manager ("Behavioral w/ HM") is the
    hiring-manager round. Only the title's own words say so: an engineering manager may run
    any panel, and a values chat with a VP stays a values round."""
    return "hiring-manager" if _HM.search(title) or _HM.match(rest) else None


_HM = re.compile(
    r"(?i)\b(?:w/|with)\s+(?:the\s+)?(?:hm|hiring\s+manager)\b|^\W*(?:the\s+)?(?:hm|hiring\s+manager)\b"
)
# who a screen is with, around it: "Brooke screen (done)", "screen con Camila"
_LEAD_NAME = re.compile(r"^(?-i:[A-Z][a-z'’-]+)\s+(?=screen)")
_TRAIL_WITH = re.compile(r"\s+(?:with|w/|con|com|mit|avec)\s+\S.*$")


def _without_who(title: str) -> str:
    """The title without the person it is with, named before or after it ("Brooke screen",
    "screen con Camila"); a word that names a kind or a job stays ("Recruiter screen …")."""
    title = _TRAIL_WITH.sub("", title)
    first = title.split(None, 1)[0] if title.strip() else ""
    if kind_weights(first) or has_job(first) or first.lower() in _SCREEN_WORDS:
        return title
    return _LEAD_NAME.sub("", title)


_SCREEN_WORDS = frozenset(("phone", "video", "zoom", "teams", "tech", "intro", "initial", "first"))
_BARE_SCREEN = re.compile(r"(?i)^\W*(?:(?:initial|first|1st|intro)\s+)?screen(?:ing)?\W*$")
_A_CALL = re.compile(r"(?i)\b(?:call|phone|video|chat|rang|called)\b")
_SCREENING = re.compile(
    r"(?i)\b(?:salary|notice|expected\s+(?:salary|pay|comp\w*)|expectations?\s+(?:on|for)\s+(?:pay"
    r"|salary|comp\w*)|availability|visa|start\s+date|relocat\w*|right\s+to\s+work|ctc|compensation"
    r"|pay\s+range|band|expected\s+\d)"
)
_HIRING_MANAGER = re.compile(r"(?i)\bhiring\s+manager\b|\bmy\s+(?:line\s+)?manager\b|\bmy\s+boss\b")


def _screening(text: str) -> bool:
    """Two or more of what a recruiter screen goes through: notice, salary, availability…"""
    return len({m.group(0).lower()[:6] for m in _SCREENING.finditer(text)}) >= 2


def _head_kind(title: str, tied: list[str]) -> str:
    """Of kinds a title names equally, the one named last: the head of the phrase
    ("Architecture presentation" is a presentation)."""
    words = title.split()
    for i in reversed(range(len(words))):
        named = kind_weights(" ".join(words[i:]))
        if found := [k for k in tied if named.get(k)]:
            return found[0]
    return tied[0]


def _vote_kind(
    title: str,
    rest: str,
    r: Round,
    focus_weight: float = 0.25,
    floor: float = 1.5,
    screen: bool = False,
) -> str | None:
    """The kind the title, the rest of its line, the interviewer and the focus lines vote
    for; None when no kind gets more than ``floor``. A phone screen's own words ("phone
    screen") do not vote."""
    who = r.who or interviewer_in([n.text for n in r.focus[:6]]) or ""
    if r.who and is_named(r.who) and (office := _OFFICE.match(rest)):
        who = f"{who}, {office.group(1)}"  # "Final w/ Denise Carter, General Manager — TBD"
    # a "VP of Product Design" is an executive, not a design round
    who = _RANK.sub("Director", _OF_DOMAIN.sub(r"\1\2", who))  # a firm's Partner: a rank
    who = _TRADE.sub("", who)  # "District Sales Manager": a manager, not a sales round
    score: dict[str, float] = {}
    title = _PHONE.sub(" ", title)
    # a screen's interviewer ("an engineer") says less than what the screen asks
    # "Director of Nursing (Karen Hollis), HR Business Partner (Josh Tan), …": no one title
    panel = sum(1 for p in split_points(who) if BRACKET_NAME.search(p) or is_named(p)) >= 2
    parts = (
        (title, 3.0),
        ("" if r.who and not screen else rest, 1.0),
        (who, 0.0 if panel else 1.0 if screen else 2.0),
    )
    for text, weight in parts:
        for kind, w in kind_weights(_PHONE.sub(" ", text)).items():
            score[kind] = score.get(kind, 0.0) + weight * w
    if _MANAGER.search(who) and not kind_weights(who) and not kind_weights(title):
        # "interview with the ops manager", "Darnell (site mgr)": not "Case with a Manager"
        score["hiring-manager"] = score.get("hiring-manager", 0.0) + 2.0
    # "RUNDE 1 — Di, 09.09., 10:00" over "HM + Teamgespräch: Dr. Katrin Vogel": a title and
    # line that name no kind leave the naming to the round's first line
    unnamed = not kind_weights(title) and not kind_weights(rest)
    first = next((n for n in r.focus if n.line != r.order[0] and not who_label(n.text)), None)
    for n in r.focus[:12]:
        weight = (
            2.0 if unnamed and n is first else 0.0 if panel and who_label(n.text) else focus_weight
        )
        text = _OF_DOMAIN.sub(r"\1\2", n.text) if weight > 1 else n.text  # a title, not a kind
        for kind, w in kind_weights(_PHONE.sub(" ", text)).items():
            score[kind] = score.get(kind, 0.0) + weight * w
    best = max(score.values(), default=0.0)
    if best <= floor:
        return None
    return next(k for k in ROUND_IDS if score.get(k) == best)


# the title after a bare name on the round's line: "General Manager" of " General Manager — TBD"
_OFFICE = re.compile(r"^\s*,?\s*([A-Z][^,;()—–]{2,40}?)\s*(?:$|[,;(]|\s[—–-]\s)")
# the trade in a commercial manager's title: "(District) Sales Manager", "Marketing Director"
_TRADE = re.compile(
    r"(?i)\b(?:(?:district|regional|area|territory|national|field)\s+)?(?:sales|marketing)\s+"
    r"(?=(?:manager|director|lead|supervisor)\b)"
)
# "Rebecca Thornhill, Partner", "(Managing Partner)": a rank at a firm, not partnerships work
_RANK = re.compile(
    r"(?:(?<=, )|(?<=\()|^)(?:Managing |Senior |Equity |Salaried |Founding )?Partner"
    r"(?=\s*(?:[),;]|$|\s+and\b))"
)
_MANAGER = re.compile(
    r"(?i)\b(?<!hr )(?<!talent )(?<!account )(?<!product )(?<!program )(?<!project )"
    r"(?<!recruitment )(?<!recruiting )(?<!acquisition )"
    r"(?:manager|mgr|boss|supervisor|superintendent|foreman|line lead)\b"
)
_ROLE_PLAY = re.compile(r"(?i)\brole[- ]?play|\bmock\s+(?:discovery|sales|customer|cold)\s+call")
_TECH_SCREEN = re.compile(r"(?i)\btech(?:nical)?\s+(?:phone\s+)?(?:screen|scrn)\b")
_PHONE = re.compile(r"(?i)\bphone\s+(?:screen|scrn|interview|call)s?\b|\bscreening\b")


def is_named(text: str) -> bool:
    """ "Jane Doe": a person's name, not a title in capitals ("Research Manager")."""
    return bool(PERSON.match(text)) and not has_job(text) and not has(tokens(text), WHO)
