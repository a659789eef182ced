"""The employer as the first lines of the notes state it in a sentence, which says more than a
bare word at the top of the notes ("# Bergamo onsite", "# Pinfold interviews", "android job -
Nottingham"):

    Detection Engineer (Mid/Senior) @ Ostria Security
    what: Founding Engineer (full-stack) at **Marulho** — 6-person startup
    Client I mentioned is Fennick Mobility (EV charging app, …)
    yes Parkomat is hiring a Data Analyst (Pricing & Occupancy)
    company is Quokka Works, ~25 ppl.

A job before "at" is what makes the sentence about the employer: "lunch at Mercado" or "meet
at Ryrie St" name no job. The candidate's own job ("current: PM at Bokhylla") is passed over
by employer.vetting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice
from typing import Any

from .names import JOB, clean_name, clean_role

__all__ = ["stated_employer", "stated_job"]

_ORG = (
    r"\**((?:[A-ZÀ-ÖØ-Þ][\w&.'’-]{0,40}|&)(?:[ \t]+(?:(?:of|for|de|del|der|für|and|&)[ \t]+)?"
    r"[A-ZÀ-ÖØ-Þ][\w&.'’-]{0,40}){0,3})\**"
)
_STOP = re.compile(r"(?<=[a-z]{2}|[A-Z]{2})\.[ \t]+(?=[A-Z])")
# "Founding Engineer (full-stack) at **Marulho**", "Data Scientist @ Ostria Security"
_AT = re.compile(rf"[ \t](?:at|@|bei|chez|presso|en|na|w)[ \t]+(?:the[ \t]+)?{_ORG}")
# "Client I mentioned is Fennick Mobility", "company is Quokka Works", "the client: Brightwell"
_IS = re.compile(
    r"(?i:\b(?:client|company|employer|firm|the\s+hiring\s+company|empresa|firma|entreprise"
    r"|cliente|klant|kunde)\b(?:[ \t]+(?:I|we|you)[ \t]+(?:mentioned|said|told\s+you))?"
    rf"[ \t]+(?:is|=|es|est|ist|è|é)[ \t]+){_ORG}"
)
# "aplicaste a Sonora!!", "applied to Kestrel", "postulé chez Brume", "beworben bei Elbsand"
_APPLIED = re.compile(
    r"(?i:\b(?:applied|applying|apply)[ \t]+(?:to|at|with)|\baplic\w*[ \t]+(?:a|en|na)|\bpostul\w*"
    rf"[ \t]+(?:a|en|à|chez)|\bcandidat\w*[ \t]+(?:à|chez)|\bbeworben[ \t]+bei)[ \t]+{_ORG}"
)
_IS_HIRING = rf"{_ORG}[ \t]+(?:is|are)[ \t]+(?:hiring|recruiting|looking[ \t]+for)"
_HIRING = re.compile(rf"(?<![\w&.'’*-]){_IS_HIRING}\b")  # "Parkomat is hiring a Data Analyst"
_TEAM = re.compile(r"(?i)\b(?:people|talent|hr|recruiting|recruitment|hiring)[ \t]+team[ \t]*$")
_PER_LINE = 12  # the "at"s of a line looked at: a sentence states its employer early
_LOOK = 12  # the first lines of the notes, where the job is set out
# a line about the candidate's own job: "Moi : responsable adjointe chez Kalista", "Atual:
# supervisor na TransSul", "me: … before that 2 yrs at Loomwell"
_MINE = re.compile(
    r"(?i)^\W*(?:me|moi|ich|yo|eu|io|ja|atual(?:mente)?|actual(?:mente)?|aktuell|derzeit"
    r"|current(?:ly)?|now|background|about me|i'?m|i am|i work|i've|previous(?:ly)?|ex)\b"
)
_BEFORE = re.compile(
    r"(?i)\b(?:before|previously|formerly|former|ex-|avant|antes|vorher|prior|years|yrs|jahre"
    r"|años|anos|ans)\b"
)
# what may stand between the job and "at": "(Mid/Senior)", ", full-stack", not "Assessment"
# (possessive, the longest alternative first, " II" or " 12": "(?:…|[ \t]|\s[1-3])*" split
# "- 1 1 1 … !" in exponentially many ways before it failed)
_BETWEEN = re.compile(r"^(?:\s(?:I+(?!\w)|\w{1,3})|s|\s*\([^()]{0,30}\)|[ \t,/&+-])*+\s*$")


# a recruiter's job, whose firm may be an agency; a sentence's opening word before a name
_AGENT = re.compile(r"(?i)recruit|consultant|talent|sourcer|headhunter|search")
_AGENCY_SAID = re.compile(r"(?i)\bagency\b|\brecruitment\b")
_SENTENCE_WORD = re.compile(
    r"^(?:Apparently|Yes|Yeah|So|Now|Also|Actually|Well|Oh|And|But|Okay|Ok|Btw|FYI|Update)\s+"
)


def _job_before(left: str) -> bool:
    """``left`` ends on a job ("Founding Engineer (full-stack)"), not on the candidate's past
    ("before that 2 yrs", "Eight years on the wards as …") or a round ("Pilot Assessment")."""
    if _TEAM.search(left[-40:]):
        return True  # "Anna from the People team at Tsirani"
    jobs = list(JOB.finditer(left[-80:]))
    if not jobs or not (jobs[-1][0][:1].isupper() or left[-80:].islower()):
        return False  # not "… fund a managed-retreat pilot at Wattle Point"
    if _AGENT.search(jobs[-1][0]) or _AGENCY_SAID.search(left):
        return False  # "Dana Lee, Senior Consultant at Hays": a recruiter's firm may be an agency
    return bool(_BETWEEN.match(left[-80:][jobs[-1].end() :])) and not _BEFORE.search(left[-60:])


def stated_employer(items: Sequence[Any], ok: Callable[[str], bool]) -> str:
    """The first employer the notes' first lines state in a sentence that passes ``ok``."""
    for it in islice(items, _LOOK):
        text = it.text
        if _MINE.match(text):
            continue
        if _AGENCY_SAID.search(text):
            continue  # "Talent Partner at Harnham (agency)"
        found = [
            m
            for m in islice(_AT.finditer(text), _PER_LINE)
            if _job_before(text[max(0, m.start() - 80) : m.start()])
        ]
        found += [*_IS.finditer(text), *_HIRING.finditer(text), *_APPLIED.finditer(text)]
        for m in sorted(found, key=lambda m: m.start()):
            name = _SENTENCE_WORD.sub("", clean_name(_STOP.split(m.group(1), 1)[0]))  # not
            # "Apparently Monzo", nor "Havbris AS. Skagerak Ventures put money in": one name
            if name and not JOB.search(name) and ok(name):
                return name
    return ""


# where the job's words begin on a line: after a label, a dash, a bar or a bullet
_JOB_START = re.compile(r"(?:^|[:|·•]|\s[—–-]\s|\*\*|\b(?:a|an|the|as|is|for)\s)\s*(?=\S)")
# a sentence about a round or a person, not the job: "1st interview (done) was with Carys
# Hughes, practice manager at Thornbury"
_NOT_JOB = re.compile(r"(?i)\b(?:with|w/|was|were|mit|con|avec|interview\w*|call|round|screen)\b")
_HIRING_JOB = re.compile(  # "Parkomat is hiring a Data Analyst (Pricing & Occupancy), I …"
    rf"{_IS_HIRING}[ \t]+(?:an?[ \t]+)?"
    r"([A-Z][^.,;!?\n]{2,60}?(?:\([^()\n]{1,40}\))?)(?=[.,;!?\n]|$|[ \t]+(?:to|for|in|at)\b)"
)


def stated_job(items: Sequence[Any]) -> str:
    """The job that the first lines state with the employer: "Founding Engineer (full-stack)"
    of "what: Founding Engineer (full-stack) at **Marulho**", "Data Analyst (Pricing &
    Occupancy)" of "Parkomat is hiring a Data Analyst (Pricing & Occupancy)"; '' when none."""
    for it in islice(items, _LOOK):
        text = it.text
        if _MINE.match(text):
            continue
        if (m := _HIRING_JOB.search(text)) and JOB.search(m[2]):
            return clean_role(m[2].strip())
        for m in islice(_AT.finditer(text), _PER_LINE):
            left = text[max(0, m.start() - 80) : m.start()]
            if not _job_before(left):
                continue
            start = [s.end() for s in _JOB_START.finditer(left)]
            job = left[start[-1] if start else 0 :].strip(" *_")
            while start and not JOB.search(job):  # "Detection Engineer (Mid/Senior)"
                start.pop()
                job = left[start[-1] if start else 0 :].strip(" *_")
            if JOB.search(job) and len(job.split()) <= 8 and not _NOT_JOB.search(job):
                return clean_role(job)
    return ""
