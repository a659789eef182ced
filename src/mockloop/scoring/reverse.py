"""The reverse interview, assessed: the questions the candidate asks at the end.

Deterministic and explainable, like the heuristic scorer: each question is read for what ties
it to this company and these notes (the company's name, the role, a term from the research or
pitch, each with its line), for depth (trade-offs, how decisions are made, what success looks
like) against what a quick search answers (benefits, the office, the founding date, what the
company does), and for the priorities it shows. The suggestion is a question from the notes
that was not asked.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, Field

from mockloop.records import InterviewPlan, NoteLine, Turn
from mockloop.text import content_words, stem, words

# "no", "that's all", "thanks": the candidate has no (more) questions; the turn loop uses it too
NO_MORE = re.compile(
    r"^(?:(?:no|nope|none|nothing( else)?|no( more)? questions?|not really|that'?s (all|it)|"
    r"i'?m (good|fine|all set)|all good|done|i think that'?s it|thanks?( you)?|cheers)[\s.!,]*)+$",
    re.IGNORECASE,
)

_SEARCHABLE: tuple[tuple[str, str], ...] = (
    (r"\b(benefits?|perks?|pto|vacation|holidays?|401k|pension|health ?care|insurance)\b",
     "benefits: the careers page or the recruiter answers it"),
    (r"\b(office|offices|located|location|headquarter(s|ed)?|hq)\b",
     "where the office is: a quick search answers it"),
    (r"\b(founded|founding|how old is|when did .{0,30}\b(start|begin))\b",
     "when the company was founded: a quick search answers it"),
    (r"\bwhat (does|do) (the company|your company|you guys|[A-Z][\w-]*(?: [A-Z][\w-]*)?) do\b",
     "what the company does: its website answers it"),
    (r"\b(how many (employees|people)|headcount|how big is the company)\b",
     "the company's size: a quick search answers it"),
)  # fmt: skip
_DEPTH: tuple[tuple[str, str], ...] = (
    (r"\b(trade-?offs?|balance|versus|vs\.?|instead of|at the expense)\b", "trade-offs"),
    (
        (
            r"\bhow (do|does|did|would) (you|the team|they|leadership|[a-z]+ team) (decide|choose"
            r"|prioriti[sz]e|make (that|the|these) (call|decision)s?|weigh)\b"
            r"|\bdecisions? (are|get|is) made\b|\bwho decides\b"
        ),
        "how decisions are made",
    ),
    (
        (
            r"\bsuccess\b|\bsuccessful\b|\bfirst (30|60|90|six|three)\b|\bgreat (looks|look) like\b"
            r"|\bexceed expectations\b|\bmeasure(d)?\b|\bmetrics?\b"
        ),
        "what success looks like",
    ),
    (
        (
            r"\b(hardest|biggest|toughest) (problem|challenge|risk|bet)|\bchallenges?\b|\brisks?\b"
            r"|\bkeeps? you up\b|\bwhat went wrong\b"
        ),
        "the hard problems",
    ),
    (
        (
            r"\bwhat (changed|surprised)\b|\bwhy did (you|the team)\b"
            r"|\bwhat would you (change|do differently)\b|\blearned\b"
        ),
        "why things are the way they are",
    ),
)
PRIORITIES: tuple[tuple[str, str], ...] = (
    ("impact and what success means", r"success|measure|metric|impact|expect|goal|first \d+"),
    ("the product and its strategy", r"product|roadmap|strateg|customer|market|compet|vision"),
    ("the team and how it works", r"team|manager|culture|collaborat|work with|engineer|feedback"),
    ("growth and learning", r"grow|career|learn|promot|develop|mentor"),
    (
        "pay and logistics",
        (
            r"salary|pay\b|equity|benefit|vacation|remote|office|hours|visa|start "
            r"date|next step|timeline|process|perk"
        ),
    ),
)
# words too common in notes to show a question was tailored to them
_GENERIC = content_words(
    "team company role work job people customer customers product products time year years day "
    "question questions interview process good great new make help look like want need know "
    "think feel next first best today week month plan role's company's business"
)


class AskedQuestion(BaseModel):
    """One question the candidate asked, and what it shows."""

    text: str
    ties: list[str] = Field(default_factory=list, description="what ties it to these notes")
    depth: list[str] = Field(default_factory=list, description="what makes it a deep question")
    searchable: str | None = Field(default=None, description="why a quick search answers it")
    priorities: list[str] = Field(default_factory=list)
    tailored_score: int = Field(ge=1, le=5)
    depth_score: int = Field(ge=1, le=5)


class ReverseInterview(BaseModel):
    """The candidate's questions as a whole: two scores, the priorities, one suggestion."""

    questions: list[AskedQuestion] = Field(default_factory=list)
    tailored: int | None = Field(default=None, description="1-5, the mean over questions")
    depth: int | None = Field(default=None, description="1-5, the mean over questions")
    priorities: list[str] = Field(default_factory=list, description="most shown first")
    notes: list[str] = Field(default_factory=list, description="what to take from it")
    suggestion: str | None = Field(default=None, description="a question from the notes not asked")
    suggestion_line: int | None = None
    scorer: str = "heuristic"


def candidate_questions(turns: list[Turn]) -> list[str]:
    """What the candidate asked, without their "no more questions"."""
    ordered = sorted(turns, key=lambda t: t.seq)
    texts = [t.text.strip() for t in ordered if t.kind == "candidate_question"]
    return [text for text in texts if text and not NO_MORE.match(text)]


def assess(turns: list[Turn], plan: InterviewPlan | None) -> ReverseInterview:
    """The reverse interview of a session, scored offline."""
    plan = plan or InterviewPlan()
    asked = [_one(text, plan) for text in candidate_questions(turns)]
    result = ReverseInterview(questions=asked)
    if asked:
        result.tailored = round(sum(q.tailored_score for q in asked) / len(asked))
        result.depth = round(sum(q.depth_score for q in asked) / len(asked))
        counts = Counter(p for q in asked for p in q.priorities)
        result.priorities = [p for p, _ in counts.most_common()]
    result.notes = _notes(result)
    suggestion = _suggestion(plan.candidate_questions, [q.text for q in asked])
    if suggestion is not None:
        result.suggestion, result.suggestion_line = suggestion.text, suggestion.line
    return result


def _one(text: str, plan: InterviewPlan) -> AskedQuestion:
    ties = _ties(text, plan)
    depth = [label for pattern, label in _DEPTH if re.search(pattern, text, re.IGNORECASE)]
    searchable = next(
        (why for pattern, why in _SEARCHABLE if re.search(pattern, text, re.IGNORECASE)), None
    )
    lowered = text.lower()
    priorities = [name for name, pattern in PRIORITIES if re.search(pattern, lowered)]
    kinds = {tie.split(":")[0] for tie in ties}
    tailored = 2 + min(3, len(kinds) + (1 if len(ties) > len(kinds) else 0))
    deep = 2 + min(3, len(depth) + (1 if depth else 0)) if depth else 2
    if searchable and not depth:
        tailored, deep = min(tailored, 2), 1
    return AskedQuestion(
        text=text, ties=ties, depth=depth, searchable=searchable, priorities=priorities,
        tailored_score=tailored, depth_score=deep,
    )  # fmt: skip


def _ties(text: str, plan: InterviewPlan) -> list[str]:
    """What ties a question to these notes, each named: 'company: Fireworks AI', 'role: PM',
    'notes line 12: inference'."""
    lowered, said = text.lower(), content_words(text)
    as_written = {stem(w.lower()): w for w in words(text)}
    ties = []
    company = (plan.company or "").strip()
    names = {company.lower(), *(w.lower() for w in words(company)[:1] if len(w) > 2)}
    own = content_words(company)
    if company and any(re.search(rf"\b{re.escape(n)}\b", lowered) for n in names if n):
        ties.append(f"company: {company}")
    role_words = content_words(plan.role or "") - _GENERIC
    if role_words & said:
        ties.append(f"role: {plan.role}")
    lines = [*plan.research, *(NoteLine(text=p.text, line=p.line) for p in plan.pitch)]
    seen: set[str] = set()
    for line in lines:
        shared = sorted((content_words(line.text) & said) - _GENERIC - role_words - own - seen)
        shared = [w for w in shared if len(w) > 3]
        if shared:
            seen |= set(shared)
            where = f"notes line {line.line}" if line.line else "notes"
            ties.append(f"{where}: {', '.join(as_written.get(w, w) for w in shared[:3])}")
        if len(ties) >= 4:
            break
    return ties


def _notes(result: ReverseInterview) -> list[str]:
    asked = result.questions
    if not asked:
        return [
            "You asked no questions: interviewers read that as low interest. Bring two or three."
        ]
    notes = []
    if len(asked) == 1:
        notes.append("One question: interviewers expect two or three.")
    plain = [q for q in asked if q.searchable]
    if plain:
        notes.append(
            f"{len(plain)} of {len(asked)} a quick search answers: ask what only they know."
        )
    if not any(q.ties for q in asked):
        notes.append("None names the company, the role or your research: tie one to your notes.")
    if not any(q.depth for q in asked):
        notes.append("None asks about trade-offs, decisions or what success looks like.")
    if result.priorities:
        notes.append(f"They show you care most about {result.priorities[0]}.")
    return notes


def _suggestion(in_notes: list[NoteLine], asked: list[str]) -> NoteLine | None:
    """A question from the notes not asked (sharing under half its words with every asked
    one), a deep one first."""
    said = [content_words(a) for a in asked]

    def was_asked(line: NoteLine) -> bool:
        mine = content_words(line.text)
        return bool(mine) and any(len(mine & s) * 2 >= len(mine) for s in said)

    left = [line for line in in_notes if not was_asked(line)]
    deep = [line for line in left if any(re.search(p, line.text, re.IGNORECASE) for p, _ in _DEPTH)]
    pick = deep or left
    return pick[0] if pick else None
