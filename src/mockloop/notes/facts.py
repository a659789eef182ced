"""What the notes say about the job rather than the rounds: the company (the role: job.py).

Each is read from the strongest place that has it: front matter, a label line ("Role:",
"Position:", "Job title:", "Company:", "Puesto:", "Stelle:"), the notes' title line or first
headings ("AWS Security Engineer II — Identity — interview notes", "Interview prep – Datadog
(SRE)"), an email's subject or sender's domain, a "Why X" heading or line, the role named in prose
("for the Software Engineer, Billing role", "interviewing with Snowflake for a Sales Development
Representative role"). Every scan is one pass over the items with a cheap first test.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import islice

from . import header as _header
from . import names as _names
from .affiliation import affiliated
from .employer import (
    ROLE_ABBREVIATIONS,
    SHORT_NAMES,
    frequent_names,
    mail_company,
    mail_subjects,
    mine,
    says_size,
    signature_company,
    spelled_out,
    vetting,
)
from .hiring import stated_employer
from .inline import strip_inline
from .names import (
    clean_name,
    generic_title,
    has_job,
    title_case,
    word_set,
)
from .notewords import CHAT_APPS
from .outline import Outline
from .parser import LIST_KINDS, Item
from .traces import (
    about_heading,
    careers_company,
    interview_at,
    left_traces,
    prose_company,
    tracker_row,
)
from .vocab import ROUNDISH, explicit, has, kind_weights, tokens
from .when import timed
from .whynames import why_names
from .written import legal_name, nicknamed, squeezed, titled_abbreviation, written_out

__all__ = ["company"]

_LABEL = re.compile(r"^([^\W\d][\w .'/-]{0,24}?)\s*(?:::?|：|=|\s[-–—]\s)\s*(\S.*)$")
_COMPANY_LABELS = word_set(
    "company|employer|org|organisation|organization|firm|the firm|empresa|firma|unternehmen|entreprise"
    "|société|societe|azienda|compañía|compania|bedrijf|werkgever|organisatie|arbeitgeber"
    "|employeur|şirket|sirket|företag|foretag|virksomhet|會社|会社|企業|회사|công ty|společnost"
    "|spolecnost|spółka|cég|yritys|työnantaja|kampuni|kompanya|εταιρεία|perusahaan|empresa",
    "|",
)
ROLE_LABELS = word_set(
    "role|position|job|job title|title|opening|the role|role applied|applying for|applied for"
    "|applied to|applied|position applied for|req|requisition|puesto|rol|cargo|stelle|rolle"
    "|poste|posición|posicion|vacante|vacancy|jobtitel|intitulé du poste|my role|target role"
    "|level|team / role|role / team|pozisyon|pozisyonu|tjänst|tjanst|stilling|posisi|jabatan"
    "|ruolo|functie|stanowisko|직무|포지션|पद|post|vaga|posto|posizione|mansione|ポジション|職種"
    "|応募職種|募集職種|応募ポジション|지원 직무|지원직무|应聘职位|职位"
    "|görev|vacature|vacatures|pozice|pozíció|munkakör|vị trí|nafasi|posisyon|tehtävä|θέση"
    "|posició|pozycja|pracovní pozice",
    "|",
)
_NOT_COMPANY = word_set(
    """hi hello hey dear thanks thank subject from to cc date re fwd notes interview i we my the a an this
    that our team role recruiter your why warum pourquoi pasted copied forwarded fw written draft
    updated last my dm dms slack inmail whatsapp imessage message messages chat email mail linkedin
    text sms voicemail call journal diary log tab sheet tracker texts candidate voice memo memos login
    working jobsearch infobox me home welcome dashboard inbox untitled copy från von kimden dari od
    teams zoom meet webex calendly their gespräche saved key legend begin vcalendar vevent future
    myself self speaker jobb organizer organiser location start end attendees required optional
    virtual onsite gesprache gespräch early intervju minutes bujo scan ocr export transcript"""
)
# a file ("rounds.csv") or the app a page was exported from ("Teams – chat export"): no employer
_FILE = re.compile(
    r"(?i)[\w-]\.(?:csv|tsv|txt|md|pdf|docx?|xlsx?|pptx?|jpe?g|png|heic|json|html?|ics|eml)\b"
)
_EXPORTED = (
    r"\s*(?:[-–—:|·(]\s*)?(?:(?:chat|channel|text|plain)\s+)?(?:export|exported|transcript)\b"
)


def front(o: Outline, key: str) -> str:
    """A front-matter scalar as text; a list or mapping there (or a YAML alias bomb) is ignored."""
    value = o.notes.front_matter.get(key)
    ok = isinstance(value, str | int | float) and not isinstance(value, bool)
    return strip_inline(str(value).strip()) if ok else ""


def labels(o: Outline) -> list[tuple[str, str, Item]]:
    """Label lines near the top ("Role: …", "**Company:** …", "Puesto — …"): (label, value)."""
    out = []
    for it in islice(o.items, 400):
        text = _header.CHAT_STAMP.sub("", it.text)  # "02/12/26, 9:42 pm - Sneha: role = …"
        text = text.lstrip("💡👉📌🎯🏢💼*-•> \t") if not text[:1].isalnum() else text
        if it.kind == "table_row" and len(it.cells) == 2 and not it.header:
            text = " : ".join(it.cells)  # "| Role | Senior Product Designer |"
        if len(text) > 300 or not any(c in text[:30] for c in ":：= "):
            continue
        for part in _COLUMNS.split(text):  # a PDF's "Candidate: Jo Ames      Position: SWE II"
            if (m := _LABEL.match(part)) and ((label := m[1].strip().lower()) in _FACT_LABELS):
                if it.kind in LIST_KINDS and label in ROLE_LABELS and _latin_no_job(m[2]):
                    continue  # "- poste : poisson (féra, beurre blanc)": the trial's station
                out.append((label, m.group(2).strip(), it))
            elif (m := _ROLE_LABEL_LINE.match(part)) and has_job(m[1]):  # "Role per the JD: …"
                out.append(("role", m.group(1).strip(), it))
    return out


_COLUMNS = re.compile(r"(?<!\s)\s{8,}(?=\S)")  # the gap between two columns of a pasted PDF
_FACT_LABELS = _COMPANY_LABELS | ROLE_LABELS


def _latin_no_job(value: str) -> bool:
    """A value in Latin letters that names no job (a job in another script is not tested)."""
    return value[:1].isascii() and value[:1].isalpha() and not has_job(value)


_ROLE_LABEL_LINE = re.compile(
    r"(?i)^(?:role|position|job\s+title|jd\s+title|title)\b(?:\s+(?:per|on|in|from|as|at|title"
    r"|would|will|is)\b[^:]{0,40})?\s*:\s*(\S.*)$"
)


def _is_label(text: str) -> bool:
    """A known label line ("Role: …", "Subject: …", "From: …"), not a title."""
    m = _LABEL.match(text)
    if m is None:
        return False
    label = m.group(1).strip().lower()
    colon = ":" in text[: m.end(1) + 2]
    return (
        label in _COMPANY_LABELS
        or label in ROLE_LABELS
        or (label in _NOT_COMPANY and (colon or not has_job(m.group(2))))
        or (colon and len(label.split()) == 1 and not m.group(1)[:1].isupper())
    )


def _title_like(text: str) -> bool:
    """Short, or a longer line that is not a sentence ("Microsoft Research, Redmond · Research
    Intern – Systems for ML (Summer 2026)")."""
    n = len(text.split())
    return n <= 10 or (n <= 14 and ". " not in text and not text.endswith("."))


def title_lines(o: Outline) -> list[str]:
    """Lines that may be the notes' title: front matter's title, the first line, the first
    headings and short lines of the top, and email subjects."""
    return _top_lines(o) + mail_subjects(o.items)


def _top_lines(o: Outline, said: bool = True) -> list[str]:  # said: with a chat's messages
    out = [front(o, "title")] if front(o, "title") else []
    numbered = {s.line for s in o.notes.sections[:9] if s.numbered}
    # not "[scan_0043.jpg -> text, auto OCR]", "<!-- copied from my repo -->": about the file
    top = [it for it in islice(o.items, 9) if not _ABOUT_FILE.match(it.text)][:8]
    for n, it in enumerate(top):
        text = _COLUMNS.split(_header.CHAT_STAMP.sub("", it.text), maxsplit=1)[0]  # 1st column
        text = m[1] if n == 0 and (m := _NOTES_ON.match(text)) else _TICKET_KEY.sub("", text)
        if n and (rest := timed(text)) is not None:  # a slot: "Intro call: Developer Advocate"
            if ": " not in rest:  # names the job; not "12:30 – 1:00pm  Naches Ridge — screen"
                continue
            text = rest
        if it.kind not in ("heading", "paragraph") or len(text) > 160 or _is_label(text):
            continue
        if it.opens and not said and it.kind == "paragraph":
            continue
        if mail_subjects([it]) or o.notes.stack.get(it.line) == "mail":
            continue  # "Assumpte del correu (enganxat): …": a subject, read as one (not a title)
        if text.strip(" :*#").lower() in _COMPANY_LABELS or explicit(text):
            continue  # "EMPRESA:", a heading over what the notes know; "Interview 1/4: …"
        if n and (it.line in numbered or _STAMP.match(text) or _header.TITLED_PERSON.match(text)):
            continue  # a section, a chat's message, who someone is: not the title
        if n == 0 or it.kind == "heading" or (_title_like(text) and has_job(text)):
            out.append(text)
    return out


_ABOUT_FILE = re.compile(r"^\s*(?:\[[^\]]*\]|<!--.*-->)\s*$")  # about the notes' file
_STAMP = re.compile(r"^\[[^\]]{4,30}\]\s*\S")
_TICKET_KEY = re.compile(r"^[A-Z][A-Z0-9]{1,9}-\d{1,6}\s+(?=\S)")  # "JOB-112  FMC onsite loop"


# "Notes: Policy Analyst (EC-04), Employment and Social Development Canada": the title after it
_NOTES_ON = re.compile(r"(?i)^(?:notes?|prep|notas|notizen|apuntes|memo)\s*:\s*(\S.*)$")


def company(o: Outline, people: frozenset[str] = frozenset()) -> str | None:
    """The employer the notes are about; ``people`` are the interviewers' names (employer.people)."""
    text = "\n".join(it.text for it in o.items)
    vet = vetting(text, people, next(iter(title_lines(o)), ""), o.notes.senders)
    app = CHAT_APPS if o.notes.senders else frozenset()  # "Signal — eksport czatu …": the app
    name = _company(o, lambda n, later=0: n.lower() not in app and vet(_finished(o, n), later))
    if name and _names.not_a_company(_names.unhired(name)):
        return None  # "Dr. Menezes. I", "Quy Trình" (process), "UPCOMING": no company at all
    return (_finished(o, name) or None) if name else None


def _finished(o: Outline, name: str) -> str:
    """The candidate as the company is written: without a hiring track, a ticker spelled out."""
    name = _names.unhired(name)  # "株式会社デンソー 中途採用"
    if name in ROLE_ABBREVIATIONS:
        return ""  # "EM loop — Madrid": the job, not "EMs Measured" spelled out from it
    if _names.not_a_company(name):
        return name
    if full := SHORT_NAMES.get(name.lower()):
        return full
    if full := written_out(o.items, name) or nicknamed(o.items, name):
        return _header.with_rest(
            o.items, name, full
        )  # "KK", with "Kiranakart Commerce Pvt. Ltd." in a signature
    if len(name) <= 3 and name.isalpha() and name.isupper():  # "GS": "goldman sachs"
        return spelled_out(o.items, name) or squeezed(title_lines(o), name) or name
    return name


def _company(o: Outline, ok: Callable[..., bool]) -> str | None:
    keys = [k for k in o.notes.front_matter if k.lower() in _COMPANY_LABELS]  # "firma:"
    for key in ("company", "employer", "organization", "org", *keys):
        if name := front(o, key):
            return title_case(name)
    found_labels = labels(o)
    for label, value, it in found_labels:
        if label in _COMPANY_LABELS and not says_size(value) and (name := clean_name(value)):
            if it.kind == "heading" and name.islower():
                continue  # "## Firma – was ich wissen muss": a heading about the company
            return name
    for label, value, _ in found_labels:  # "Applying for: Technical Writer at GitLab"
        m = _AT_NAME.search(value) if label in ROLE_LABELS else None
        if m and (name := clean_name(m[1])) and ok(title_case(name)):
            return title_case(name)
    legal = legal_name(o.items[:6])
    legal = legal if legal and not legal.isupper() and ok(legal) else ""
    top = [t for t in _top_lines(o, said=False) if not _PATH.match(t)]
    lines = top + mail_subjects(o.items)
    titles = [(_names.title_name(t), (k > 0) + (0 < k < len(top)), t) for k, t in enumerate(lines)]
    roles = [value for label, value, _ in found_labels if label in ROLE_LABELS]
    titled, below = next(
        ((t, later == 2) for t, later, line in titles if t and not _not_a_name(t, line)
         and not generic_title(t) and not _initials_of(t, roles) and ok(title_case(t), later)
         and (len(t.split()) < 5 or _proper(t) or _echoed(o, t))
         and max(kind_weights(t).values(), default=0.0) < (1.0 if later else 2.0)  # a round
         and not ((later or kind_weights(t)) and has(tokens(t), ROUNDISH))),  # "Trucada RRHH"
        ("", False),
    )  # fmt: skip
    said = stated_employer(o.items, ok)  # "Detection Engineer @ Ostria Security" under a city
    if (
        said
        and (not titled or _named_more(o, said, titled))
        and not (titled and _named_more(o, titled, said))
    ):
        return said
    if (org := _header.org_under_title(o.items)) and ok(org):
        return org  # "Interview – Social Worker (Band 6)" over "Mourne & Lough … Care Trust"
    if legal and (below or _named_more(o, legal, titled) or _beside_job(o, legal)):
        return legal  # "Kowal Logistics sp. z o.o." near the top over "Trello Board Export"
    why = Counter({n: c for n, c in why_names(o).items() if ok(n)})
    in_title = [n for n in why if any(n.lower() in t.lower() for t in lines)]
    if titled and any(n.lower() in titled.lower() for n in in_title):
        return title_case(titled)  # "fireworks ai" over "Why Fireworks"
    if in_title and not _opens_title(titled, in_title[0], lines):
        return in_title[0]
    if why and below:
        return why.most_common(1)[0][0]  # "## porquê a Casa Alvorada" over "## Marta (RH)"
    if titled and titled[:1].isupper() and titled.lower() not in _NOT_COMPANY:
        return title_case(titled)
    if why:
        return why.most_common(1)[0][0]
    if (ad := careers_company(o.items)) and ok(ad):
        return ad  # the job ad's address over a title in lower case ("health reporter – cork")
    if not titled and (at := interview_at(o.items, ok)):
        return at  # "Die onderhoud by Karoostroom begin", under "Notas – Desember"
    if aff := affiliated(o.items, ok, 3 if titled else 1):  # "Ze zit sinds 2019 bij Wierde
        return aff  # Energie", "Lyngbo's design team", over "catatan lamaran kerja" (lower case)
    if titled and titled.lower() not in _NOT_COMPANY:
        return title_case(titled)
    found = (
        titled_abbreviation(next(iter(top), ""), o.items, ROLE_ABBREVIATIONS),
        signature_company(o.items),
        ad,  # read once, above
        left_traces(o.items),
        about_heading(o.items),
        # "Kalahari Sun Power (Pty) Ltd" in the attendees when the title names none (not "-
        # Harbour Bank plc" in a list of clients)
        legal and legal_name([it for it in o.items[:6] if it.kind not in LIST_KINDS]),
        tracker_row(o.items)[0],
        prose_company(o.items, lambda n: n.lower() not in _NOT_COMPANY and ok(n), o.notes.senders),
        _header.subject_company(mail_subjects(o.items)),  # "Screening call – … – Knocknarea"
        mail_company(o.items),
        *frequent_names(o.items)[:1],
    )
    # "SLP" spelled out from "Role: Speech Language …" (the job, before any "at X")
    in_role = [_JOB_PART.split(r, maxsplit=1)[0].lower() for r in roles]
    named = next(
        (n for n in found if n and not _not_a_name(n) and ok(n)
         and not any(n.lower() in r for r in in_role)),
        None,
    )  # fmt: skip
    if named is None and (n := _header.role_label_company(roles, o.items)) and ok(n):
        return n  # "VAGA: Desenvolvedora Android Pleno – Feirinha"
    return named


def _proper(name: str) -> bool:
    """Written as a name is ("Olkokola Safaris", "Công ty CP Thực phẩm Lúa Vàng"), not as a
    sentence ("thread pasted below so I stop digging through Gmail")."""
    words = name.split()
    lower = sum(w[:1].islower() for w in words[1:] if len(w) > 3)  # "Công ty CP Thực phẩm …"
    return not words[0][:1].islower() and lower <= 1


def _echoed(o: Outline, name: str) -> bool:
    """The notes name it again below their first lines: "stripe" under "# stripe – swe"."""
    low = name.lower()
    return sum(low in it.text.lower() for it in o.items[:400]) >= 2


def _opens_title(titled: str, why: str, lines: list[str]) -> bool:
    """The title's name opens the title line the "why" name sits later in: "NANS - ATC
    Trainee" with "why ATC" names the job after the employer."""
    low = titled.lower()
    return (
        bool(titled)
        and why.isupper()
        and any(
            t.lower().lstrip("#*📌 ").startswith(low) and why.lower() in t.lower()[len(low) + 1 :]
            for t in lines
        )
    )


def _initials_of(name: str, roles: list[str]) -> bool:
    """The name opens with the initials of a role the labels give: "CRA II" for "Clinical
    Research Associate II", "EA to the CEO" for "Executive Assistant to the CEO"."""
    first = name.split(None, 1)[0]
    if not (2 <= len(first) <= 5 and first.isalpha() and first.isupper()):
        return False
    for role in roles:
        words = [w for w in role.split() if w[:1].isalpha()]
        if len(words) >= len(first) and "".join(w[0] for w in words[: len(first)]) == first:
            return True
    return False


def _beside_job(o: Outline, legal: str) -> bool:
    """A line near the top gives the legal name with the job: "Ventaglio Assicurazioni S.p.A.
    — **Data Scientist, Pricing Motor**" under "# Bergamo onsite"."""
    return any(
        legal in it.text
        and len(it.text) <= 120
        and has_job(it.text.replace(legal, " "))
        and not mine(legal, it.text)
        for it in o.items[:6]
    )


def _named_more(o: Outline, legal: str, titled: str) -> bool:
    """The notes come back to the legal name's first word (twice or more) at least as often as
    to the name the title gives: the employer, not a brand's parent or a past employer."""
    text = "\n".join(it.text for it in o.items[:3000])

    def count(word: str) -> int:
        return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) if word else 0

    first = count(legal.split()[0])
    return first >= 2 and first >= count(titled)


_AT_NAME = re.compile(r"\s(?:at|@|bei|chez)\s+([A-Z][\w&.'’ -]{0,40})")
_JOB_PART = re.compile(r"\s(?:at|@|bei|chez|·|\|)\s")  # where a role's job part ends
_PATH = re.compile(r"^\s*(?:~?/|[A-Za-z]:\\|https?://)\S*\s*$")  # a file's path or an address


# a greeting that opens notes in the candidate's language ("Kia ora — notes for the MCR job")
_GREETINGS = word_set(
    "kia ora|hola|bonjour|hallo|ciao|olá|ola|merhaba|namaste|salaam|salam|habari|jambo|hej|moin"
    "|servus|grüezi|ahoj|cześć|szia|sawubona|mabuhay|xin chào|selamat pagi|annyeong|konnichiwa",
    "|",
)


def _not_a_name(name: str, line: str = "") -> bool:
    """A date, a season or a greeting, not a company (``line``: the title it is from)."""
    words = name.lower().split()
    day = bool(words) and words[0].strip(".,") in _names.ALL_TIME_WORDS  # "TREŠD. 19"
    the = words[:1] == ["the"] and (_names.the_firm(name) or _the_beside_job(name, line))
    return (
        not words
        or " ".join(words) in _GREETINGS
        or not {"you", "your", "me", "us", "him", "her"}.isdisjoint(words[1:])  # "… with you!"
        or words[0] in _names.TIME_WORDS
        or (day and (len(words) == 1 or name[-1].isdigit()))
        or (words[0] in _NOT_COMPANY and not the)
        or bool(re.search(r"\b(?:19|20)\d\d\b", name))
        or (len(words) > 1 and words[-1] in _names.TIME_WORDS)  # "Αιτήσεις Δεκέμβριος"
        or bool(_FILE.search(name))
        or bool(line and re.search(re.escape(name) + _EXPORTED, line, re.IGNORECASE))
    )


def _the_beside_job(name: str, line: str) -> bool:
    """``line`` splits into this name and a job ("The Lorne Rooms – Events Manager")."""
    company, job = _names.split_name_line(line) if line else ("", "")
    return company == name and bool(job)
