"""Where notes name the employer without saying "company:": the address of its job ad, a
welcome line from its recruiter, a signature under a pasted message, a sentence about the job
("the role I applied for at Ashdown Fielding").

Each reader returns the first name it finds, or ''. They come after labels, titles and "why X"
lines; the job ad's address also beats a title in lower case ("health reporter – cork"). Every
name still goes through employer.vetting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice, takewhile
from typing import Any

from .breaks import other_process
from .employer import LEGAL_FORMS, as_written
from .names import SELF_WORDS, clean_name, has_job, title_case, word_set
from .senders import chat_company
from .vocab import folded

# a job ad's address: a careers host ("kariera.brzozowa-logistyka.pl", "jobs.acme.com"), a
# careers path ("acme.com/careers/…", "leeside-echo.ie/news/we-are-hiring-…"), or a hiring
# tool that puts the employer in the address ("jobs.lever.co/acme", "acme.teamtailor.com").
# Every name part is bounded and starts where a run of its letters starts: linear on any line.
_CAREERS = (
    r"careers?|jobs|karriere|kariera|carreiras?|carrieres?|empleos?|werkenbij|vacatures?"
    r"|recrutement|lavora-con-noi|rekrytointi"
)
_NAME = r"(?<![\w.-])([a-z0-9][a-z0-9-]{1,40})"
_URL_HOST = re.compile(
    rf"(?i)(?:\bhttps?://|(?<![\w.@/-]))(?:www\.)?(?:{_CAREERS})\.([a-z0-9-]{{2,40}})\.[a-z.]{{2,12}}\b"
)
_URL_PATH = re.compile(
    rf"(?i)\bhttps?://(?:www\.)?([a-z0-9-]{{2,40}})\.[a-z.]{{2,12}}/(?:[\w.-]{{1,60}}/){{0,4}}"
    rf"(?:{_CAREERS}|[\w-]{{0,40}}we-are-hiring[\w-]{{0,40}})(?:[/?#]|$|\s)"
)
_ATS_PATH = re.compile(
    r"(?i)\b(?:jobs\.lever\.co|boards\.greenhouse\.io|job-boards\.greenhouse\.io|"
    r"jobs\.ashbyhq\.com|apply\.workable\.com|jobs\.personio\.\w+|jobs\.smartrecruiters\.com"
    r"|jobs\.jobvite\.com)/([a-z0-9-]{2,40})"
)
_ATS_HOST = re.compile(
    rf"(?i){_NAME}\.(?:teamtailor\.com|recruitee\.com|bamboohr\.com|breezy\.hr|"
    r"workable\.com|personio\.(?:de|com)|myworkdayjobs\.com|wd\d+\.myworkdayjobs\.com)\b"
)
# "~/Documents/sollicitaties/havenkade-foods/notes.txt" as the notes' first line: the folder
# kept for one application
_APPLICATION_DIR = re.compile(
    r"(?i)(?:^|[\s/\\])(?:applications?|sollicitaties|bewerbungen|candidaturas?|job[-_ ]?search)"
    r"[/\\]([a-z][a-z0-9-]{2,40})[/\\]"
)
# job boards, news sites and tools: an address there names no employer
_NOT_EMPLOYERS = word_set(
    """www linkedin indeed glassdoor google docs drive notion github gitlab medium youtube
    twitter x facebook instagram wikipedia careers jobs job apply talent news blog seek reed
    totaljobs hays wellfound angel ycombinator levels techcrunch theguardian bbc nytimes slack
    zoom gov monster stepstone xing welcometothejungle otta workatastartup dice ziprecruiter
    simplyhired jobindex jobsdb naukri pracuj infojobs computrabajo bumeran catho vagas
    jobstreet jobnet finn blocket arbetsformedlingen nav eures lever greenhouse ashbyhq
    workable personio teamtailor recruitee bamboohr breezy myworkdayjobs active archive
    current old done new tree main reddit hbr governmentjobs builtin karriere nhs usajobs embed
    smartrecruiters jobvite templates template drafts draft misc"""
)


_CAREERS_AFFIX = re.compile(
    r"^(?:lifeat|joinus|join|workat|careersat|jobsat)(?=\w{3})|(?<=\w{3})(?:careers|jobs)$"
)


def _slug(slug: str) -> str:
    """ "brzozowa-logistyka" → "Brzozowa Logistyka", "lifeatspotify" → "Spotify"; '' for a site
    that is no employer."""
    words = [_CAREERS_AFFIX.sub("", w) for w in re.split(r"[-_]+", slug.lower()[:40]) if w]
    if not words or words[0] in _NOT_EMPLOYERS or len("".join(words)) < 3:
        return ""
    if any(w.isdigit() for w in words):
        return ""  # "2025", "2025-q1": a folder of dates, not a name
    return title_case(" ".join(words))


def careers_company(items: Sequence[Any]) -> str:
    """The employer in the address of a job ad or an application's folder, spelled as the
    notes spell it where they do ("rolandberger.com/careers" → Roland Berger)."""
    for k, it in enumerate(items[:300]):
        text = it.text[:2000]
        if "/" not in text:
            continue
        patterns = (_ATS_PATH, _ATS_HOST, _URL_HOST, _URL_PATH) + (
            (_APPLICATION_DIR,) if k < 2 else ()
        )
        for pattern in patterns:
            for m in pattern.finditer(text):
                if name := _slug(m.group(1)):
                    return as_written(name, items)
    return ""


# "Welcome to the Bangkal Analytics process!", "welcome to the Acme family"
_WELCOME = re.compile(
    r"\b[Ww]elcome to (?:the )?((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
    r"(?:process|team|family)\b"
)
# a signature's line: "Merrowgate Holdings Pte. Ltd.", "People Operations | Lakeshore Ridge
# Hospital", or a first name and the company under a texted message ("- Tanya, Foothills Spark
# Electric")
_LEGAL_LINE = re.compile(rf"^\W*([A-Z][\w&.'’ -]{{1,50}}?\s(?:{LEGAL_FORMS}))\W*$")
_HR_LINE = re.compile(
    r"(?i)^\W*(?:people (?:ops|operations|team)|human resources|hr|talent(?: acquisition)?|"
    r"recruit(?:ing|ment)(?: team)?)\s*[|·]\s*((?-i:[A-Z])[\w&.'’ -]{2,50}?)\W*$"
)
# a signature's title line: "HR Manager | Rhône Brevets SA | Lyon" (the job, the company, a place)
_JOB_BAR = re.compile(
    r"^\W*([^|]{2,40}?)\s+\|\s+([A-Z][\w&.'’ -]{2,50}?)(?:\s+\|\s+[^|]{2,40})?\W*$"
)
_NAME_SIGN = re.compile(
    r"[-–—]\s*[A-Z][a-z]+,\s+((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){1,3})[\"”]\s*$"
)


def left_traces(items: Sequence[Any]) -> str:
    """The employer in a welcome line, a signature of a pasted message or a hiring tag (its
    words spelled apart: "#LifeAtQasrEnergy" is Qasr Energy)."""
    for it in items[:400]:
        text = it.text.strip()
        for pattern, anywhere in _TRACES:
            if not anywhere and it.kind not in ("quote", "paragraph"):
                continue  # "- Harbour Bank plc" in a list of clients
            m = pattern.search(text) if anywhere else pattern.match(text)
            if m and (name := clean_name(m.group(1).strip())):
                return _CAMEL.sub(" ", name) if pattern is _HASHTAG else name
        m = _JOB_BAR.match(text) if it.kind == "quote" else None  # a pasted mail's signature
        # "HR Manager | Rhône Brevets SA | Lyon", not "Senior Data Engineer | London | Hybrid"
        says = m is not None and len(m[2].split()) >= 2 and has_job(m[1]) and not has_job(m[2])
        if m and says and (name := clean_name(m[2])):
            return name
        if it.kind == "heading" and (m := _TAG_TITLE.match(text)) and has_job(m.group(2)):
            return _CAMEL.sub(" ", m.group(1))  # "#AmberLeafAgency  Senior Copywriter"
    return ""


# "#LifeAtKornfeld", "#JoinAcme": a hiring post's tag
_HASHTAG = re.compile(r"#(?:LifeAt|JoinUsAt|WorkAt|WorkingAt|TeamAt)([A-Z]\w{2,30})\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# a heading that opens with a tag of two or more capitalised words, then the job
_TAG_TITLE = re.compile(r"^#([A-Z][a-z]+(?:[A-Z][a-z]+){1,4})\s+(\S.{2,80})$")
# an agent's mail in Japanese: "株式会社ミズナラ様より、…のご案内" (from Mizunara Inc., with the
# honorific a company is given)
_JP_COMPANY = re.compile(
    r"((?:株式会社|有限会社|合同会社)[^\s、。,様（(の]{1,20}?(?=様|さま|御中|人事|採用|の)"
    r"|[^\s、。,（(の]{1,20}(?:株式会社|有限会社))"
    r"(?:[^\s、。,様]{0,12}?)(?:様|さま|御中)"
)
# a name joined to the word for its hiring process, as Nordic and German compound it:
# "Lingonpay-processen", "Fjordkraft-prosessen", "Kvadra-Bewerbungsprozess"
_COMPOUND = re.compile(
    r"\b((?-i:[A-Z])[\w&]{2,30})-(?:processen|prosessen|processet|prosessi|prozess|auswahlprozess"
    r"|bewerbungsprozess|rekryteringen|rekrytteringen|rekrytointi|intervjun|intervjuet)\b",
    re.IGNORECASE,
)
# a chat's sender with their employer and team: "Diane Uwase (Kivu Switch - Talent)"
_SENDER_ORG = re.compile(
    r"\b[A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){1,2}\s+\(([A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,3})\s+[-–|·]"
    r"\s+(?i:talent(?:\s+acquisition)?|recruit\w*|hr|people(?:\s+ops)?|ta)\)"
)
_TRACES = ((_WELCOME, True), (_HR_LINE, False), (_LEGAL_LINE, False), (_NAME_SIGN, True),
           (_HASHTAG, True), (_JP_COMPANY, True), (_COMPOUND, True), (_SENDER_ORG, True))  # fmt: skip


# a research heading: "## About Ridgeway", "**Om Nordhav**", "## Über Kvadra (Hintergrund)"
_ABOUT_HEADING = re.compile(
    r"(?i)^\W*(?:about|om|über|ueber|sobre|à propos de|a propos de|over|acerca de|o firmie|"
    r"informazioni su|tietoa)\s+((?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})"
    r"\s*(?:\((?!\s*my\b)[^)]{0,40}\))?\W*$"
)


def about_heading(items: Sequence[Any]) -> str:
    """The name in the first heading that is about a named employer ("## Om Halvorsen Marine AS
    (bakgrunn)")."""
    for it in islice(items, 400):
        m = _ABOUT_HEADING.match(it.text.strip()) if it.kind == "heading" else None
        if m and (name := clean_name(m.group(1))) and name.lower() not in SELF_WORDS:
            return name  # not "About Myself", "Über mich", "About Sarah (my interviewer)"
    return ""


_AT_COMPANY = re.compile(
    r"\b(?:at|with|@|joining|join|to|(?<=é )na|(?<=é )no|(?<=es )en)\s+"
    r"((?:[A-Z][\w&.'’-]*|AI|&)(?:\s+(?:[A-Z][\w&.'’-]*|AI|&)){0,3})"
)


_ABOUT_THE_JOB = ("role", "position", "interview", "appl", "job", "offer", "join", "vaga", "puesto",
                  "vacante", "stelle", "recruiter at", "hiring")  # fmt: skip


_THE_ONE = re.compile(
    r"\b(?:[Tt]his|[Ii]t)(?:\s+is|['’]s)\s+(?:for\s+)?the\s+((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*)"
    r"\s+one,?\s+not\s+the\b"
)


# "Die onderhoud by Karoostroom", "intervistë te Kolegji Kirë", "интервју во Kamen Most",
# "Vorstellungsgespräch bei Druselwerk": the interview and where it is, in the notes' language
_INTERVIEW_AT = re.compile(
    r"(?i)(?<!\w)(?:interview\w*|intervist\w*|интервју\w*|интервью|інтерв['’]ю|onderhoud\w*"
    r"|\w*gesprek\w*|\w*gespräch\w*|entrevista\w*|entretien\w*|colloquio|rozmow\w*|pohovor\w*"
    r"|intervij\w*|intervjuu\w*|intervju\w*|haastattelu\w*|görüşme\w*|müsahib\w*|cyfweliad\w*"
    r"|elkarrizket\w*|razgovor\w*|разговор\w*|собеседовани\w*|sollicitatie\w*|mülakat\w*)"
    r"\s+(?:\w+\s+){0,2}?(?:at|bei|chez|by|te|tek|во|в|у|na|u|w|pie|juures|bij|hos|på|en|presso"
    r"|yn|för|ved|hjá)\s+(\w[\w&.'’-]*(?:\s+\w[\w&.'’-]*){0,3})"  # (not "with": a person)
)


_NOT_AT = word_set(
    "zoom teams meet google webex skype whatsapp frau herr herrn mr mrs ms dr mme"
    " madame monsieur sr sra señor señora pani pan gospod gospa"
)


def interview_at(items: Sequence[Any], ok: Callable[[str], bool]) -> str:
    """The capitalised name right after an interview word and 'at' in any of the notes'
    languages, in the first lines ("Die onderhoud by Karoostroom begin volgende Dinsdag")."""
    for it in islice(items, 40):
        if other_process(it.text):
            continue  # "entrevista en Globant – ¡otra empresa, no mezclar!"
        for m in _INTERVIEW_AT.finditer(it.text):
            words = m[1].split()
            kept = list(takewhile(lambda w: w[:1].isupper(), words))  # not "… begin volgende"
            if kept and kept[0].lower().rstrip(".") in _NOT_AT:
                continue  # "Vorstellungsgespräch bei Frau Keller", "entrevista en Zoom"
            if kept and (name := clean_name(" ".join(kept))) and not has_job(name) and ok(name):
                return name
    return ""


def prose_company(
    items: Sequence[Any], ok: Callable[[str], bool], chat: frozenset[str] = frozenset()
) -> str:
    """ "interviewing with Snowflake", "the PM role at HubSpot", "a vaga é na Cordilha": a
    capitalised name after 'at' or 'with' on a line that speaks of the job, the first that
    passes ``ok`` ("I'm at Greyling & Marsh … the role I applied for at Ashdown Fielding");
    first, the one the notes say they are about ("this is the Owyhee Labs one, not the …")."""
    for it in islice(items, 60):
        if (m := _THE_ONE.search(it.text)) and (name := clean_name(m[1])) and ok(name):
            return name
    for it in islice(items, 60):
        low = folded(it.text)
        if not any(hint in low for hint in _ABOUT_THE_JOB):
            continue
        for m in _AT_COMPANY.finditer(it.text):
            name = clean_name(m.group(1))
            if name and not has_job(name) and ok(name):
                return name
    return chat_company("\n".join(it.text for it in islice(items, 3000)), ok, chat)


# a job-hunt tracker pasted as a table or CSV: "Company | Role | Applied | Status | Next step"
_COMPANY_HEADER = word_set("company employer organisation organization empresa firma entreprise "
                           "bedrijf företag azienda unternehmen")  # fmt: skip
_STATUS_HEADER = word_set("status stage estado statut stand etapa fase")
# how far a row's status has gone; a row rejected, withdrawn or not applied for is out
_STAGES = (
    (re.compile(r"(?i)reject|declin|withdr|not applying|current job|ghost|closed|no go"), -1),
    (re.compile(r"(?i)offer|angebot|oferta"), 5),
    (re.compile(r"(?i)final|onsite|on-site|superday|panel"), 4),
    (re.compile(r"(?i)interview|2nd|second|3rd|round|entrevista|gespr|entretien"), 3),
    (re.compile(r"(?i)screen|phone|call|recruiter"), 2),
)


_ROLE_HEADER = word_set("role position job title vaga puesto stelle poste functie rolle")


def tracker_row(items: Sequence[Any]) -> tuple[str, str]:
    """(company, role) of the tracker row that has gone furthest ("Thornbury Eyecare |
    Dispensing Optician | … | Interviewing"), when the notes hold a tracker with a company and
    a status column; ('', '') when they hold none."""
    best: tuple[int, str, str] = (0, "", "")
    cols: tuple[int, int, int, int] | None = None
    for it in islice(items, 400):
        if it.kind != "table_row":
            cols = None
            continue
        cells = [c.strip().lower() for c in it.cells]
        if cols is None:
            company = [k for k, c in enumerate(cells) if c in _COMPANY_HEADER]
            status = [k for k, c in enumerate(cells) if c in _STATUS_HEADER]
            role = [k for k, c in enumerate(cells) if c in _ROLE_HEADER] or [-1]
            nxt = [k for k, c in enumerate(cells) if c.startswith("next")] or [
                status[0] if status else -1
            ]
            cols = (company[0], status[0], role[0], nxt[0]) if company and status else None
            continue
        if max(cols) >= len(it.cells):
            continue
        # the status and the next step, not the notes column ("found via a recruiter")
        said = f"{it.cells[cols[1]]} {it.cells[cols[3]]}"
        stage = next((rank for p, rank in _STAGES if p.search(said)), 0)
        if stage > best[0] and (name := clean_name(it.cells[cols[0]])):
            best = (stage, name, it.cells[cols[2]].strip() if cols[2] >= 0 else "")
    return (best[1], best[2]) if best[0] >= 2 else ("", "")
