"""The job as the notes state it in a sentence, when no label or title line gives it.

Candidates write down what the recruiter or the ad called the job: "the title is Lead Data
Scientist, Pricing" (from the recruiter), 'The ad on Wuzzuf said "Key Account Manager –
Private & University Hospitals"', "The seat: Chief Operating Officer.", or, in a voice memo,
"so the job, um, it's learning experience designer, in the …". Such a statement names the job
more exactly than a vague title line ("the pricing DS thing").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from .names import clean_role, has_job
from .parser import Item

__all__ = ["stated_role", "titled_role"]

_TAIL = r"(?:,\s+[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})?"  # ", Pricing"
_END = r"(?=[\"”.;:!?(),]|\s+[—–-]\s|\s+(?:at|in|with|for|and|but)\s|$)"
# "the title is X": the job's name as the recruiter gave it
_TITLE_IS = re.compile(
    rf"\b(?:[Tt]he|[Jj]ob|[Oo]fficial|[Ee]xact)\s+title\s+(?:is|was|will\s+be|would\s+be)\s+"
    rf"[\"“]?([A-Z][^\"”.;:!?(),]{{2,80}}?{_TAIL}){_END}"
)
# "the seat: X", "the job, um, it's X", "the role would be X"
_IT_IS = re.compile(
    rf"(?i)\bthe\s+(?:seat|job|role|position)\s*(?::|,?\s*(?:(?:um|uh|so|well|like)\W+)*"
    rf"(?:it's|it’s|it\s+is|is|will\s+be|would\s+be))\s+(?:an?\s+|the\s+)?[\"“]?"
    rf"([^\"”.;:!?(),]{{3,80}}?(?-i:{_TAIL})){_END}"
)
# 'the ad on Wuzzuf said "Key Account Manager – …"', 'the req literally says "…"': the job as a
# posting quotes it
_AD_SAID = re.compile(
    r"(?i)\b(?:ad|advert|advertisement|posting|listing|job\s+post|req|requisition|jd|job\s+description)\b"
    r"[^\"“\n]{0,40}?"
    r"\b(?:said|says|reads|read|titled|is\s+for|was\s+for)\s*:?\s*[\"“]([^\"”]{3,100})[\"”]"
)


# "The actual title (took me until the HackerRank invite to see it): Senior Analyst, Fraud
# Strategy – Card Acquiring." : the whole title, up to the sentence's end
_TITLE_COLON = re.compile(
    r"\b(?:[Tt]he\s+|[Mm]y\s+)?(?:[Aa]ctual|[Oo]fficial|[Ee]xact|[Ff]ull|[Rr]eal|[Pp]roper)\s+(?:job\s+)?title"
    r"(?:\s*\([^()]{0,100}\))?\s*:\s*[\"“*]*([A-Z][^\"”*.;!?()\n]{2,100}?)\s*(?=[\"”*]|\.(?:\s|$)|[;!?(]|$)"
)


def titled_role(items: Sequence[Item]) -> str:
    """A job named by "the title is X" or "the actual title: X": what the recruiter or the
    invite calls the job, stronger than the notes' own title line."""
    return _first(items, (_TITLE_IS, _TITLE_COLON))


def stated_role(items: Sequence[Item]) -> str:
    """A job named in a sentence: "the title is X", an ad's quoted title, "the seat: X"."""
    return _first(items, (_TITLE_IS, _AD_SAID, _IT_IS))


def _first(items: Sequence[Item], patterns: Sequence[re.Pattern[str]]) -> str:
    for k, it in enumerate(islice(items, 3000)):
        text = it.text
        if k + 1 < len(items) and (nxt := items[k + 1]).line == it.line + 1 and nxt.kind == it.kind:
            text = f"{text} {nxt.text[:120]}"  # 'the req literally says / "Senior ML Engineer"'
        if (
            "title" not in text
            and '"' not in text
            and "“" not in text
            and "the " not in text.lower()
        ):
            continue  # the cheap first test: every pattern needs one of these
        for pattern in patterns:
            for m in pattern.finditer(text):
                if has_job(found := m.group(1).strip()):
                    return clean_role(found)
    return ""
