"""Where notes written in a few common shapes name the company and the job, outside the title
line facts.py and job.py read first.

The block of short lines that opens notes written like a letter or a job ad: a title line that
names the job ("Interview – Social Worker (Band 6), Family Intervention Team"), the employer on
the line under it ("Mourne & Lough Health and Social Care Trust"). A role's label that ends on
the company ("VAGA: Desenvolvedora Android Pleno – Feirinha"). A pasted calendar invite's title
("Interview: Product Operations Manager - Hiring Manager"). A chat export's stamp before each
message ("02/12/26, 9:42 pm - Sneha Patil: role = …"), and a people list's honorifics ("mr
sanjay naidoo — transport manager"), neither part of a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .names import TITLE_SPLIT, clean_role, generic_title, has_job, split_name_line
from .parser import Item
from .vocab import ROUNDISH, has, tokens

__all__ = [
    "CHAT_STAMP", "INVITE", "RECORDING", "TITLED_PERSON", "invite_role", "org_under_title",
    "role_label_company", "subject_company", "with_rest",
]  # fmt: skip

_JOINING = frozenset({"of", "for", "and", "&", "de", "du", "des", "la", "le", "del", "der", "und"})
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|&")


def org_under_title(items: Sequence[Item]) -> str:
    """The name on the line right under a first line that names a job and no company: a
    capitalised name of two to ten words, with no job in it, that is not a sentence."""
    top = [it for it in items[:2] if it.kind in ("heading", "paragraph")]
    if len(top) < 2 or top[1].line != top[0].line + 1:
        return ""
    company, role = split_name_line(top[0].text)
    name = top[1].text.strip()
    words = name.split()
    if company or not has_job(role) or not 2 <= len(words) <= 10 or has_job(name):
        return ""
    named = all(_NAME_WORD.fullmatch(w) or w in _JOINING for w in words)
    return name if named and words[-1][:1].isupper() else ""


_DASH = re.compile(r"\s+[–—-]\s+")


def role_label_company(roles: Sequence[str], items: Sequence[Item]) -> str:
    """The name after the job in a role's label ("VAGA: Desenvolvedora Android Pleno –
    Feirinha"): a capitalised name of one to three words, no job in it, that the notes write
    again elsewhere (in any case: "@feirinha-eng"), not a team only the label names."""
    text = "\n".join(it.text for it in items[:3000])
    for value in roles:
        parts = _DASH.split(value.strip(" *"))
        if len(parts) != 2 or not has_job(parts[0]) or has_job(parts[1]):
            continue
        name = parts[1].strip(" *.")
        words = name.split()
        if not 1 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        if len(re.findall(rf"(?i)(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text)) >= 2:
            return name
    return ""


# a calendar invite's title: "Interview: Product Operations Manager - Hiring Manager"
INVITE = re.compile(
    r"(?i)^(?:interview|invitation|invite|meeting|entretien|entrevista|vorstellungsgespräch"
    r"|sollicitatiegesprek|colloquio)\s*:\s*(\S.{2,120})$"
)


def invite_role(items: Sequence[Item]) -> str:
    """The job a pasted invite's title names, before the round it is for ("… - Case"); "" if
    none."""
    for it in items[:3000]:
        if it.kind not in ("paragraph", "heading") or not (m := INVITE.match(it.text.strip())):
            continue
        parts = re.split(r"\s+[—–-]\s+|\s*\|\s*", m[1])
        if len(parts) < 2 or re.search(r"[(+,&]", parts[0]):
            continue  # "Interview: Chief Engineer (Graham Pike) + Superintendent": who
        if has_job(parts[0]) and not has(tokens(parts[0]), ROUNDISH):
            return clean_role(parts[0])
    return ""


# a chat export's stamp and sender before a message: "02/12/26, 9:42 pm - Sneha Patil: "
CHAT_STAMP = re.compile(
    r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\.?,?\s+\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?"
    r"\]?\s*(?:[-–]\s*)?[^\W\d][^:\n]{0,40}:\s+(?=\S)",
    re.IGNORECASE,
)
# a person named with an honorific ("mr sanjay naidoo — transport manager"): who, not the job
TITLED_PERSON = re.compile(r"(?i)^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+[^\W\d]")


def with_rest(items: Sequence[Item], name: str, full: str) -> str:
    """The full name with the name's other word before it when the notes write them so:
    "Peakline CU" is "Peakline Credit Union", not "Credit Union"."""
    first = name.split()[0]
    if len(name.split()) != 2 or first.lower() in full.lower():
        return full
    said = re.compile(rf"(?<!\w){re.escape(first)}\s+{re.escape(full)}(?!\w)")
    return f"{first} {full}" if any(said.search(it.text) for it in items[:400]) else full


def subject_company(subjects: Sequence[str]) -> str:
    """The company a subject names after its round and its job: "Screening call – Senior
    Radiographer (CT) – Knocknarea Imaging". The one capitalised part that is neither."""
    for subject in subjects[:20]:
        parts = [p.strip(" .") for p in TITLE_SPLIT.split(subject)]
        stock = [p for p in parts if has(tokens(p), ROUNDISH) or generic_title(p)]
        if len(parts) < 3 or not stock:
            continue  # "Procés de selecció – Dissenyador/a de Producte Sènior · Onyar Mobilitat"
        rest = [p for p in parts if not has_job(p) and p not in stock]
        rest = [p for p in rest if p[:1].isupper() and not any(c.isdigit() for c in p)]
        if len(rest) == 1 and len(rest[0].split()) <= 5:
            return rest[0]
    return ""


# the recording a transcript is of, never the role's title line ("gowrie_prep.m4a — transcribed
# with whisper (medium.en)"); its name may still name the company
RECORDING = re.compile(r"^\s*[\w.-]+\.(?:m4a|mp3|wav|aac|ogg|opus|mp4)\b")
