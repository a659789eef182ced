"""Well-known wrong claims, from prompts/shared/misconceptions.yaml.

An answer that states one ("adding an index speeds up the inserts", "p = 0.04, so a 96% chance
it works", "alcohol gel is enough for norovirus") is wrong at its core however calmly and
fluently it is put, and an offline scorer has no other way to know: the sentence is quoted as an
error with its correction, and the score is capped (heuristic._gate). The catalogue is data (a
user's copy under MOCKLOOP_PROMPTS replaces it), and each entry carries a wrong and a right
sentence that the tests read. A sentence that denies or debunks the claim is never a hit.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from mockloop.catalog import prompts
from mockloop.errors import MockloopError
from mockloop.files import read_text_capped

from .signals import sentences

CATALOGUE = "shared/misconceptions.yaml"

# a negation or a debunking in the claim's own clause: "an index does not speed up writes",
# "it's a myth that replicas add write capacity", "many juniors assume UDP guarantees delivery",
# the claim told as the past or as a mistake ("the rules used to allow 40 days", "I made the
# mistake of measuring on the training data")
_DENIED = re.compile(
    r"\b(?:not|never|no longer|nor|myth|misconception|misconceived|mistaken(?:ly)?|wrong(?:ly)? "
    r"(?:to|that)|(?:people|many|some|most|others|everyone|folks|juniors?|beginners|newcomers|"
    r"candidates|developers|engineers|customers|clients|patients|users|teams|students|they) "
    r"(?:\w+ )?(?:think|assume|believe|expect|claim|say|ask for)|contrary to|mistakes?|common "
    r"(?:error|trap)|naive(?:ly)?|used to|previously|formerly)\b|n't\b",
    re.IGNORECASE,
)
# the claim named as wrong just after it: "removing while iterating is a classic bug", "a 20%
# markup and a 20% margin are different things"
_DEBUNKED_AFTER = re.compile(
    r"^[^.]{0,40}?\b(?:is|are|was|were|'s)\s+(?:\w+\s+){0,2}(?:bug|mistake|myth|trap|pitfall|"
    r"fallacy|misconception|anti-?pattern|wrong|false|untrue|error|different|distinct)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[,;:\u2014()]|\b(?:but|and|so|because|while)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Misconception:
    id: str
    claims: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None
    correction: str
    wrong: str
    right: str
    # a claim in code reads across lines ("for b in xs:" ... "xs.remove(b)"): matched on the
    # whole answer, quoted by the line it starts on
    code: bool = False
    # every claim in one alternation: most sentences make none of them, and one search says so
    # (the exclusions, often long, are read only after a claim is found)
    any_claim: re.Pattern[str] | None = None

    def said_in(self, sentence: str) -> bool:
        """The sentence makes this claim, and neither denies it nor says the true thing."""
        if self.any_claim is not None and not self.any_claim.search(sentence):
            return False
        if self.unless is not None and self.unless.search(sentence):
            return False
        for claim in self.claims:
            for m in claim.finditer(sentence):
                before = sentence[: m.start()]
                cut = max((b.end() for b in _CLAUSE.finditer(before)), default=0)
                if _DENIED.search(before[cut:] + m.group(0)):
                    continue
                if not _DEBUNKED_AFTER.search(sentence[m.end() :]):
                    return True
        return False


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    # "within one sentence" ([^.]) reads on past a decimal point ("kills 99.9% of germs") but
    # not past a semicolon: "antibiotics treat it; for the viral ones we don't prescribe"
    pattern = pattern.replace("[^.]", r"(?:[^.;]|\.(?=\d))")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as e:
        raise MockloopError(f"{CATALOGUE}: {where}: not a regular expression ({e})") from None


def _any(claims: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    # a group would be renumbered in the alternation and break a backreference ("by (\d+)% …
    # \1% more"): such an entry is read claim by claim
    if any(c.groups for c in claims):
        return None
    return re.compile("|".join(f"(?:{c.pattern})" for c in claims), re.IGNORECASE)


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[Misconception, ...]:
    try:
        entries = yaml.safe_load(read_text_capped(path))
    except yaml.YAMLError as bad:
        first = str(bad).splitlines()[0]
        raise MockloopError(f"{CATALOGUE}: not valid YAML ({first})") from None
    if not isinstance(entries, list):
        raise MockloopError(f"{CATALOGUE}: expected a list of entries")
    out = []
    for n, e in enumerate(entries, 1):
        if not isinstance(e, dict) or not isinstance(e.get("claim"), list) or not e.get("id"):
            raise MockloopError(f"{CATALOGUE}: entry {n} needs an id and a list of claims")
        where = f"entry {e['id']}"
        claims = tuple(_compile(str(c), where) for c in e["claim"])
        out.append(
            Misconception(
                id=str(e["id"]),
                claims=claims,
                any_claim=_any(claims),
                unless=_compile(str(e["unless"]), where) if e.get("unless") else None,
                correction=str(e.get("correction", "")),
                wrong=str(e.get("wrong", "")),
                right=str(e.get("right", "")),
                code=bool(e.get("code", False)),
            )
        )
    return tuple(out)


def catalogue() -> tuple[Misconception, ...]:
    """The catalogue on the prompt search path (a user's override first)."""
    return _load(str(prompts.find(CATALOGUE)))


def catalogue_digest() -> str:
    """The first 8 hex digits of the catalogue in use's SHA-256: a score names the list of
    wrong claims it was capped by, since a user's copy can differ from the shipped one."""
    return _digest(str(prompts.find(CATALOGUE)))


@lru_cache(maxsize=4)
def _digest(path: str) -> str:
    return hashlib.sha256(read_text_capped(path).encode()).hexdigest()[:8]


def misconceptions(text: str) -> list[tuple[str, str]]:
    """(sentence, correction) for each sentence stating a known-wrong claim."""
    prose = [m for m in catalogue() if not m.code]
    found = [(s, m.correction) for s in sentences(text) for m in prose if m.said_in(s)]
    for m in catalogue():
        if m.code and not (m.unless and m.unless.search(text)):
            hit = next(filter(None, (c.search(text) for c in m.claims)), None)
            line = hit.group(0).splitlines()[0].strip() if hit else ""
            if line:
                found.append((line, m.correction))
    return list({s: (s, why) for s, why in found}.values())
