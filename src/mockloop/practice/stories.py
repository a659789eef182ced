"""The story bank: the stories a candidate tells, gathered from answers across sessions.

An answer is a story when it says what the candidate did (a first-person action) and what came
of it (a result or a number). Answers that share enough distinctive content (names, the same
numbers, words no other answer uses) are one story told again. The bank flags a story stretched
over three or more different questions, and numbers that change between sessions for the same
quantity ("team of 6" in one, "team of 12" in another). Pure: answers in, records out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import cache
from itertools import combinations

from pydantic import BaseModel, Field

from mockloop.text import content_words, normalise_quote, printable, words

from .claims import READ_CHARS, Claim, claims, disagree, same_quantity
from .telling import Parts, sentences, split_parts

STRETCHED = 3  # distinct questions one story may answer before it reads as the only one
SAME_STORY = 0.3  # weighted share of distinctive content two tellings of one story hold
POSTINGS = 200  # earlier answers compared per shared feature
_WEIGHTS = {"n": 3.0, "q": 2.0, "w": 1.0}  # a shared name or number says more than a word
# Words every interview answer uses: never what makes a story this story.
_GENERIC = content_words(
    "team work worked project time decided decision problem result impact process company "
    "product people needed wanted made make got know think thought started help helped felt "
    "took take said asked told manager role job year month week day first second last new good "
    "great big better best lot still even actually basically going went ended end"
)


class Use(BaseModel):
    """Where an answer was given, and so where a story was told."""

    question: str = ""
    session_id: str = ""
    started_at: str = ""
    round: str = ""
    kind: str = ""
    company: str | None = None
    attempt: int = 1


class ToldAnswer(Use):
    """One question's answer as told (its follow-ups' answers included), and where."""

    text: str

    @property
    def question_key(self) -> str:
        return normalise_quote(self.question)


class Story(BaseModel):
    number: int
    title: str
    names: list[str]
    parts: Parts = Field(description="from its fullest telling")
    numbers: list[Claim]
    uses: list[Use]
    questions: list[str] = Field(description="the different questions it answered")
    stretched: bool = Field(description=f"it answered {STRETCHED} or more different questions")


class Statement(BaseModel):
    claim: Claim
    use: Use


class Contradiction(BaseModel):
    """One quantity stated with different values in different sessions."""

    what: str = Field(description="what is counted: its subject words and unit")
    statements: list[Statement] = Field(description="in time order, one per session and value")


class StoryBank(BaseModel):
    answers: int = Field(description="answers read")
    sessions: int = Field(description="sessions they came from")
    round: str | None = Field(default=None, description="--round: only stories told there")
    untold: int = Field(default=0, description="answers that told no story")
    stories: list[Story]
    contradictions: list[Contradiction]

    def stretched(self) -> list[Story]:
        return [s for s in self.stories if s.stretched]


def is_story(text: str, parts: Parts, found: list[Claim]) -> bool:
    """Something the candidate did, with what came of it or something concrete to check."""
    return (
        len(words(text[:READ_CHARS])) >= 15 and bool(parts.action) and bool(parts.result or found)
    )


# ---------------------------------------------------------------- one story told again


def _features(answer: ToldAnswer, found: list[Claim]) -> set[str]:
    """Distinctive content: words the question did not put in the answer's mouth, names, and
    numbers with their units."""
    asked = content_words(answer.question)
    out = {f"w:{w}" for w in content_words(answer.text[:READ_CHARS]) - asked - _GENERIC}
    for claim in found:
        if claim.kind == "name":
            out.add(f"n:{claim.text.lower()}")
        elif claim.value is not None:
            out.add(f"q:{claim.value:g}{claim.unit}")
    return out


def _weight(feature: str, idf: dict[str, float]) -> float:
    return _WEIGHTS[feature[0]] * idf[feature]


def group_stories(answers: list[ToldAnswer], found: list[list[Claim]]) -> list[list[int]]:
    """Indices of ``answers`` grouped into stories, each in the answers' order. Two answers are
    one story when the content they share carries at least SAME_STORY of the smaller one's
    (names weigh 3, numbers 2, words 1, each by how rare it is across answers) and that shared
    content includes a name, a number or five words. Each answer is compared with the earlier
    ones sharing a feature (the last POSTINGS per feature), and with one cluster only until
    it joins it, so a story told a hundred times stays linear."""
    feats = [_features(a, f) for a, f in zip(answers, found)]
    df: dict[str, int] = defaultdict(int)
    for one in feats:
        for f in one:
            df[f] += 1
    idf = {f: math.log(1 + len(feats) / n) for f, n in df.items()}
    mass = [sum(_weight(f, idf) for f in one) or 1.0 for one in feats]
    postings: dict[str, list[int]] = defaultdict(list)
    parent = list(range(len(answers)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, one in enumerate(feats):
        earlier: set[int] = set()
        for f in one:
            earlier.update(postings[f][-POSTINGS:])
            postings[f].append(i)
        for j in sorted(earlier, reverse=True):
            if root(j) == root(i):
                continue
            common = one & feats[j]
            weight = sum(_weight(f, idf) for f in common)
            telling = any(f[0] in "nq" for f in common) or len(common) >= 5
            if telling and weight >= SAME_STORY * min(mass[i], mass[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(answers)):
        groups[root(i)].append(i)
    return list(groups.values())


# ---------------------------------------------------------------- contradictions


def _use(answer: ToldAnswer) -> Use:
    return Use.model_validate(answer.model_dump(exclude={"text"}))


def _same_context(i: int, j: int, story: list[int], named: list[set[str]]) -> bool:
    """Two answers speak of the same thing (a team's size, a customer count): one story, a
    shared name, or neither names any."""
    return story[i] == story[j] or bool(named[i] & named[j]) or not (named[i] or named[j])


def contradictions(
    answers: list[ToldAnswer], found: list[list[Claim]], story: list[int]
) -> list[Contradiction]:
    """Quantities stated with different values in different sessions. Conservative: the same
    unit and role, one subject within the other, the same context (``_same_context``), and
    neither session also states the other's value for it. A value said again in one session
    is compared once, so a story told a hundred times costs its distinct statements."""
    named = [{c.text.lower() for c in f if c.kind == "name"} for f in found]
    said: dict[tuple[str, str, str, tuple[str, ...], float | None], list[int]] = defaultdict(list)
    claim_of: dict[tuple[str, str, str, tuple[str, ...], float | None], Claim] = {}
    for i, f in enumerate(found):
        for c in f:
            if c.kind == "number" and c.subject:
                key = (answers[i].session_id, c.unit, c.role, tuple(c.subject), c.value)
                said[key].append(i)
                claim_of.setdefault(key, c)
    keys = list(said)
    by_word: dict[tuple[str, str, str], list[int]] = defaultdict(list)  # unit, role, subject word
    by_session: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for n, stated in enumerate(keys):
        for word in stated[3]:
            by_word[(stated[1], stated[2], word)].append(n)
        by_session[stated[:3]].append(claim_of[stated])
    parent = list(range(len(keys)))
    linked: set[int] = set()

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    @cache
    def states(session: tuple[str, str, str], n: int) -> bool:
        """The session also gives statement ``n``'s value for the same quantity."""
        claim = claim_of[keys[n]]
        return any(same_quantity(c, claim) and not disagree(c, claim) for c in by_session[session])

    for group in by_word.values():  # one subject within the other: they share a word
        for x, y in combinations(group, 2):
            kx, ky = keys[x], keys[y]
            if kx[0] == ky[0] or root(x) == root(y):  # one session, or already linked
                continue
            a, b = claim_of[kx], claim_of[ky]
            if not same_quantity(a, b) or not disagree(a, b):
                continue
            if a.change or b.change:  # a project's result: only a retelling contradicts it
                if not any(story[i] == story[j] for i in said[kx] for j in said[ky]):
                    continue
            elif not any(_same_context(i, j, story, named) for i in said[kx] for j in said[ky]):
                continue
            if states(kx[:3], y) or states(ky[:3], x):
                continue
            parent[root(y)] = root(x)
            linked.update((x, y))
    components: dict[int, list[tuple[int, Claim]]] = defaultdict(list)
    for n in sorted(linked):
        components[root(n)] += [(i, claim_of[keys[n]]) for i in said[keys[n]]]
    out = [_contradiction(items, answers) for items in components.values()]
    return sorted(out, key=lambda c: c.statements[0].use.started_at)


def _contradiction(items: list[tuple[int, Claim]], answers: list[ToldAnswer]) -> Contradiction:
    ordered = sorted(items, key=lambda item: (answers[item[0]].started_at, item[0]))
    statements: list[Statement] = []
    seen: set[tuple[str, float | None]] = set()
    for i, claim in ordered:
        if (answers[i].session_id, claim.value) not in seen:
            seen.add((answers[i].session_id, claim.value))
            statements.append(Statement(claim=claim, use=_use(answers[i])))
    subject = set.intersection(*(set(s.claim.subject) for s in statements))
    unit = statements[0].claim.unit
    return Contradiction(
        what=" ".join(sorted(subject)) + (f" ({unit})" if unit else ""), statements=statements
    )


# ---------------------------------------------------------------- the bank


def _story(
    number: int,
    members: list[int],
    answers: list[ToldAnswer],
    found: list[list[Claim]],
    parts: list[Parts],
) -> Story:
    fullest = max(
        members,
        key=lambda i: (
            sum(bool(x) for x in (parts[i].situation, parts[i].action, parts[i].result)),
            len(answers[i].text),
        ),
    )
    said = parts[fullest]
    title = (said.situation or said.action or sentences(answers[fullest].text))[0]
    names: dict[str, str] = {}
    quantities: list[Claim] = []
    for i in members:
        for claim in found[i]:
            if claim.kind == "name":
                names.setdefault(claim.text.lower(), claim.text)
            elif len(quantities) < 40 and not any(_restates(claim, kept) for kept in quantities):
                quantities.append(claim)
    texts = [c.text for c in quantities]  # 'rose from 20%' is inside 'rose from 20% to 26%'
    quantities = [c for c in quantities if not any(c.text in t and c.text != t for t in texts)]
    questions = list(dict.fromkeys(answers[i].question_key for i in members))
    return Story(
        number=number,
        title=" ".join(title.split()),
        names=list(names.values()),
        parts=parts[fullest],
        numbers=quantities,
        uses=[_use(answers[i]) for i in members],
        questions=[
            next(answers[i].question for i in members if answers[i].question_key == q)
            for q in questions
        ],
        stretched=len(questions) >= STRETCHED,
    )


def _restates(claim: Claim, kept: Claim) -> bool:
    """The same number for the same thing, said again in another telling."""
    if (claim.value, claim.unit, claim.subject) == (kept.value, kept.unit, kept.subject):
        return True
    return same_quantity(claim, kept) and not disagree(claim, kept)


def build_bank(answers: list[ToldAnswer]) -> StoryBank:
    """Every story in ``answers`` (most told first), and the numbers that changed between
    sessions. Answers that tell no story still count for contradictions ("team of 6" said in a
    recruiter screen)."""
    answers = sorted(
        (a.model_copy(update={"text": printable(a.text[:READ_CHARS]), "question": printable(a.question)})
         for a in answers),
        key=lambda a: (a.started_at, a.session_id),
    )  # fmt: skip  # escape sequences are neither words nor numbers
    found = [claims(a.text) for a in answers]
    parts = [split_parts(a.text) for a in answers]
    told = [i for i, a in enumerate(answers) if is_story(a.text, parts[i], found[i])]
    groups = group_stories([answers[i] for i in told], [found[i] for i in told])
    story = [-1 - i for i in range(len(answers))]  # an answer with no story is its own context
    ordered = sorted(
        groups, key=lambda g: (-len({answers[told[k]].question_key for k in g}), -len(g), g[0])
    )
    stories = []
    for n, group in enumerate(ordered, 1):
        members = [told[k] for k in group]
        for i in members:
            story[i] = n
        stories.append(_story(n, members, answers, found, parts))
    return StoryBank(
        answers=len(answers),
        sessions=len({a.session_id for a in answers}),
        untold=len(answers) - len(told),
        stories=stories,
        contradictions=contradictions(answers, found, story),
    )


def _where(use: Use) -> tuple[str, str, int]:
    return use.session_id, use.question, use.attempt


def only_round(bank: StoryBank, answers: list[ToldAnswer], wanted: str) -> StoryBank:
    """The stories told at least once in a round kind or round id (``--round``), with all their
    uses, and the changed numbers said there at least once. A round with no stored answer is a
    one-line error naming the rounds that have some."""
    want = wanted.strip().lower()

    def there(use: Use) -> bool:
        return want in (use.kind.lower(), use.round.lower())

    if not any(there(_use(a)) for a in answers):
        from mockloop.errors import UsageError

        have = ", ".join(sorted({a.kind for a in answers} | {a.round for a in answers}))
        raise UsageError(f"no stored answers from round {wanted!r}: rounds with answers: {have}")
    told = {_where(u) for s in bank.stories for u in s.uses}
    mine = [_use(a) for a in answers if there(_use(a))]
    return StoryBank(
        answers=len(mine),
        sessions=len({u.session_id for u in mine}),
        round=wanted,
        untold=sum(_where(u) not in told for u in mine),
        stories=[s for s in bank.stories if any(there(u) for u in s.uses)],
        contradictions=[c for c in bank.contradictions if any(there(x.use) for x in c.statements)],
    )
