"""A company and a job title read off one short line: a notes title ("AWS Security Engineer II
— Identity — interview notes", "Interview prep – Datadog (SRE)", "Senior Backend Engineer @
Stripe"), an email subject, a "Role:" value.

A line is cut into parts at its separators (dashes, bars, colons, "at" / "@", brackets); a part
holding a job word (engineer, manager, designer, representative, member of technical staff,
and their Spanish, German and French forms) is the role, with the parts after it that qualify
it; the first part that is neither a role nor a word like "notes" or "prep" is the company.
Every pattern is anchored or bounded: a line costs time linear in its length.
"""

from __future__ import annotations

import re
import unicodedata

from .calendarnames import ALL_TIME_WORDS, TIME_WORDS
from .explicit import gloss
from .jobwords import GENDER, JOB, ROLE_WORDS, TAIL_NOISE, clean_role, word_set
from .notewords import NOTES_WORDS
from .vocab import ROUNDISH, has, kind_weights, tokens

__all__ = [
    "ALL_TIME_WORDS",
    "JOB",
    "TIME_WORDS",
    "TITLE_SPLIT",
    "clean_role",
    "generic_title",
    "has_job",
    "split_name_line",
    "title_case",
    "title_name",
    "word_set",
]  # fmt: skip

# separators between a title's parts; " - " needs a space on both sides ("Sr-level" is a word)
_SPLIT = re.compile(r"\s+[-–—|·•/›»>]+\s+|:\s+|\s+[—–]|[—–]\s+|\s*\|\s*")
_AT = re.compile(r"\s+(?:at|@|chez|bei|en)\s+|\s*@\s*", re.IGNORECASE)
_NOISE = re.compile(
    r"(?i)\b(notes?|prep|preparation|interview|interviews|interviewing|loop|log|hub|running"
    r"|updated|draft|process|job search|search|application|applied|onsite|on-site|superday"
    r"|recap|debrief|tracker|status|invitation|invite|next steps|schedule|scheduling"
    r"|prochaines [ée]tapes|pr[óo]xim[oa]s (?:pasos|etapas|passos)|n[äa]chste schritte"
    r"|volgende stappen|prossimi passi"
    r"|confirmation|update|follow[- ]up|offer|my|mine|todo|to-do|overview|questions|stuff"
    r"|entretiens?|entrevistas?|vorstellungsgespr\w*|bewerbung\w*|notas|notizen|candidature"
    r"|pr[ée]paration|preparaci[oó]n|vorbereitung|job hunt|hunt|thoughts|before i|i'?m|i\s+(?:am|apply"
    r"|applied|think)|anteckningar|notatki|notities|notes)\b"
    r"|\d{1,2}[/.]\d{1,2}|^\W*$"
)
_TAIL = re.compile(
    r"(?<!\s)\s+(interview|interviews|notes|prep|loop|onsite|on-site|pm|tpm|product|role|swe|sre"
    r"|ds|devrel|mle|dev|eng|hub|running|process|superday|recap|final|finals|panel|screen"
    r"|internship|intern|tab|sheet|tracker|journal|diary|log|texts?|recruiting|hiring"
    r"|campus visit|visit|fly-?out)\b.*$",
    re.IGNORECASE,
)
_LEAD_NOISE = re.compile(
    r"(?i)^(?:re|fwd?|aw|wg|rv|subject|betreff|asunto|objet|card|page|ticket|doc)\s*:\s*"
    r"|^\[[A-Z][A-Z0-9]+-\d+\]\s*"
    r"|^(?:\W|\d)+(?=[A-Za-z])"
)
_UPPER = {"ai", "ml", "db", "api", "io", "hq", "vc", "llm", "pm", "aws", "ibm", "sap", "hp"}


def title_case(name: str) -> str:
    """'fireworks ai' → 'Fireworks AI'; a name the user capitalised is kept as written
    ("Department for Regional Growth", "Zielony Ład Opakowania sp. z o.o.")."""
    rest = name.split()[1:]
    if name[:1].isupper() and any(w.islower() for w in rest) and any(w[:1].isupper() for w in rest):
        return name
    return " ".join(
        w.upper() if w.lower() in _UPPER else w[:1].upper() + w[1:] if w.islower() else w
        for w in name.split()
    )


def has_job(text: str) -> bool:
    return JOB.search(text) is not None


def clean_name(name: str) -> str:
    """Text up to the first character that is not part of a name (an emoji, '!', '(')."""
    end = next((i for i, ch in enumerate(name) if not (ch.isalnum() or ch in " &.'’+-")), None)
    name = (name[:end] if end is not None else name).strip(" -")
    return name if _LEGAL_END.search(name) else name.strip(" .-")  # "Molenwiek B.V.", "Acme Inc."


_LEGAL_END = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Ltd|Co|Corp|Pty|S\.p\.A|N\.V|B\.V)\.)$")


_STOP = word_set(
    "for the a an to of in on my our your with and as is am i we hi hello dear journal diary texts"
)


_JOINING = frozenset({"of", "for", "and", "&", "de", "du", "des", "la", "le", "del", "der", "und"})


_POST = re.compile(
    r"(?i)lectureship|professorship|internship|traineeship|apprenticeship|residency|clerkship"
    r"|fellowship|studentship"
)


# a word that makes a capitalised name an organisation, not more of the job's title
_ORG_PART = re.compile(
    r"\b(?:Hospitals?|University|College|School|Bank|Airways|Airlines|Trust|Council|Ministry"
    r"|Department|Institute|Agency|Authority|Group|Capital|Foods|Holdings|Clinic|Hotels?"
    r"|Laboratories|Analytics|Logistics|Insurance|Pharma|Studios?|Credit Union|Building Society"
    r"|Cooperative|Co-op)\b"
)


def _company_part(part: str, beside_job: bool = False) -> str:
    """A part that can be a company: a name of up to four words, not a word like 'notes'.
    ``beside_job``: the line's other part is a job ("The Lorne Rooms – Events Manager"), so a
    capitalised name that opens on "The" is the firm."""
    name = clean_name(part)
    name = _TAIL.sub("", name).strip()
    words = name.split()
    capitalised = all(w[:1].isupper() or w in _JOINING for w in words[1:-1])
    ends = bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()
    longest = 6 if capitalised and ends else 4
    # "Cedar Valley Unified School District", "Halvorsen Institute of Marine Research"
    if not name[:1].isalpha() or len(words) > longest or _NOISE.search(name) or has_job(name):
        return ""
    if words and words[-1].lower() in ("mgr", "mngr", "mgmt"):
        return ""  # "store mgr interviews": the job
    if len(words) > 1 and _POST.fullmatch(words[-1]):  # "Eastmere lectureship": the post
        words = words[:-1]
        name = " ".join(words)
    if words[-1] in ("job", "jobs"):  # "Comfort Systems job"; "Lumen Jobs" is a name
        words = words[:-1]
        name = " ".join(words)
        if not words or (len(words) == 1 and words[0].isupper() and len(words[0]) <= 4):
            return ""  # "FNP job": the job, not a company
    if words[0].lower() == "the" and len(words) >= 3 and the_firm(name):
        return name  # "THE MARIGOLD HARBOUR HOTEL", "The Ivy Group" (not "The Big Day")
    if beside_job and words[0] == "The" and len(words) >= 2 and all(w[:1].isupper() for w in words):
        return name  # "The Lorne Rooms – Events Manager"
    if name.split()[0].lower() in _STOP or name.split()[-1].lower() in _STOP:
        return ""  # "For the" (Account Executive role) is no company
    return name


_FIRM = re.compile(
    r"(?i)\b(?:hotel|group|company|co|bank|hospital|school|college|university|trust|agency"
    r"|studios?|partners|foundation|institute|restaurant|inn|club|society|clinic|cent(?:re|er)"
    r"|museum|gallery|theatre|theater|stores?|market|press|times|post|guardian|works|labs?)\.?$"
)


def the_firm(name: str) -> bool:
    """ "The Marigold Harbour Hotel", "THE IVY GROUP": a name that opens on "The" and ends on a
    word for a firm or is written in capitals, all its words capitalised."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and (name.isupper() or bool(_FIRM.search(name)))


_SENIORITY = frozenset(
    ("senior", "sr", "staff", "principal", "lead", "junior", "jr", "head", "intermediate",
     "medior", "mid", "mid-level", "graduate", "trainee", "apprentice", "journeyman")
)  # fmt: skip


def _role_from(part: str) -> tuple[str, str]:
    """(words before the role, the role) of a part that holds a job word."""
    m = JOB.search(part)
    assert m is not None
    words = part[: m.start()].split()
    if words and words[0].lower().strip(".") in _SENIORITY:
        return "", part  # "Senior Delivery Manager": a title that opens on its seniority
    keep = 0
    while keep < len(words) and _role_word(words[len(words) - 1 - keep].strip(",")):
        keep += 1
    before = " ".join(words[: len(words) - keep])
    return before, " ".join([*words[len(words) - keep :], part[m.start() :]])


def _role_word(word: str) -> bool:
    """A word of the job's title: a known one ("senior", "data"), or a field of work by its
    form ("Localization", "Marketing", "Clinical", "Analytics"), not a name."""
    low = word.lower()
    return low in ROLE_WORDS or (len(low) > 6 and low.endswith(_FIELD_ENDINGS))


_FIELD_ENDINGS = ("ation", "ics", "ical", "ity", "ology", "ment")  # (not -ing: "Sterling")


# "Notes for Klarna", "Interviewing with Monday.com for …": the words before the company
_LEAD_WORDS = re.compile(
    r"(?i)^(?:my\s+)?(?:interview(?:s|ing)?|notes?|prep(?:aration)?|loop|prepping|applying)"
    r"(?:\s+(?:notes?|prep))?\s+(?:for|with|at|@|to)\s+(?=[A-Z0-9])"
)
# "Monday.com for a Senior Frontend Engineer role": the company, then the role
# the word for a job application, before the employer applied to ("candidature Clinique …")
_APPLIED = re.compile(
    r"(?i)(?:my\s+)?(?:(?:candidature|candidatura|sollicitatie|bewerbung|solicitud|ansökan|søknad"
    r"|ansøgning|hakemus|aplikacja|başvuru|başvurusu|prijava)(?:\s+(?:to|at|à|bei|bij|a|en|chez"
    r"|för|til|w|do)\b)?|application\s+(?:to|at)\b)\s*"  # not "Application Security Engineer"
)
_FOR_ROLE = re.compile(r"^(.{2,40}?)\s+(?:for|as)\s+(?:a|an|the|their)\s+(.+?)[.!]?$")


# a company's name after a role: two or more capitalised words, or one with a legal form
_NAMED = re.compile(r"^(?:[A-Z][\w&'’.-]+\s+){1,5}[A-Z][\w&'’.-]+$")
# "Slack from recruiter (Mia)", "call with the hiring manager": a person, not the role
_SAID = re.compile(
    r"(?i)\b(?:said|says|told|asked|mentioned|emailed|wrote)\b"
)  # "recruiter said …"
_FROM_SOMEONE = re.compile(r"(?i)\b(?:from|with|w/|by|my|our|the|your)\s+(?:the\s+)?recruiter\b")


# "… interview with branch manager Rosa": the job of whom a round is with
_WITH_WHO = re.compile(
    r"(?i)\b(?:interview|call|chat|meeting|meet|screen)\s+(?:with|w/)(?:\s+[a-z-]+){0,2}$"
)


def split_name_line(text: str) -> tuple[str, str]:
    """(company, role) named by a short line; either may be ''."""
    text = _LEAD_NOISE.sub("", GENDER.sub("", text.strip())).strip()
    if not text or len(text) > 200:
        return "", ""
    text = _LEAD_WORDS.sub("", text)
    if (m := _FOR_ROLE.match(text)) and has_job(m.group(2)) and not has_job(m.group(1)):
        return _company_part(m.group(1)), clean_role(TAIL_NOISE.sub("", m.group(2)))
    parts = [p.strip() for p in _SPLIT.split(text) if p and p.strip()]
    company, role, applied_as = "", "", ""
    for i, part in enumerate(parts):  # "orthoptiste – candidature Clinique Vision Limoilou"
        org = part[applied.end() :] if (applied := _APPLIED.match(part)) else ""
        if org[:1].isupper() and len(org.split()) <= 5 and not has_job(org):
            company = _company_part(org)  # the employer; a short part before it, the job
            applied_as = parts[0] if i == 1 and len(parts[0].split()) <= 4 else ""
            parts = [p for p in parts if p is not part]
            break
    parts = [p for p in parts if not _APPLIED.fullmatch(p)]  # "Sollicitatie — …"
    n = 0
    while n < len(parts):
        part = parts[n]
        n += 1
        if (at := _AT.search(part)) and at.start() > 0:
            left, right = part[: at.start()], part[at.end() :]
            if has_job(left) or _NOISE.search(left) or not left.strip() or at[0] == " @ ":
                company = company or _company_part(right)  # "Senior SWE at Stripe"
                inner = right.partition("(")[2].rstrip(") ")
                part = left if has_job(left) or not has_job(inner) else inner
                if (
                    at[0].startswith(" ") and at[0].strip() == "@" and not role
                    and part.count("(") == part.count(")") and len(part.split()) <= 6
                    and not has_job(part) and not _NOISE.search(part)
                    and part.split()[0].lower() not in TIME_WORDS
                    and not re.match(r"(?i)week\s*\d", part)
                ):  # fmt: skip
                    role = part  # "Maintenance Tech (Multi-skilled, Nights) @ Greyfield"
                    continue
        inner = ""
        if "(" in part and part.rstrip().endswith(")") and not has_job(part.split("(", 1)[0]):
            part, _, inner = part.partition("(")  # "Datadog (SRE)": the role in brackets
            inner = inner.rstrip(") ")
        if not role and has_job(part) and not _FROM_SOMEONE.search(part) and not _SAID.search(part):
            before, role = _role_from(part)
            if _WITH_WHO.search(before):
                role = ""  # "in person interview with branch manager Rosa Diaz": who, not the job
                continue
            if company and before and _all_role(before, part):
                before, role = "", part  # "Boston Dynamics – Perception Engineer": all the role
            # "Role | Company", a pasted ATS title or a calendar invite's ("Youth Worker – 32
            # hrs | Harbourside Youth Trust"): the first name after a bar ("Staff Nurse | Royal
            # Infirmary | Glasgow" is at the Royal Infirmary)
            piped = [p.strip() for p in text.split("|")[1:]]  # the parts after a bar, in order
            nxt = next((p for p in piped if p in parts[n:] and _NAMED.match(p)), "")
            if not company and len(before.split()) <= 1 and nxt and not has_job(nxt):
                before, role, company = "", part, nxt  # "Housing Policy Officer | Calder Council"
                parts.remove(nxt)
            for more in parts[n:]:
                if _NOISE.search(more) or _AT.search(f" {more}") or len(more.split()) > 6:
                    break
                if not company and _ORG_PART.search(more) and (org := _company_part(more)):
                    company = org  # "Senior Pharmacist, Oncology — Mater … University Hospital"
                    if before and _all_role(before, part):  # "Salesforce Administrator - …"
                        before, role = "", part
                    break
                role += " — " + more
                n += 1
            if not company and before:
                company = _company_part(before)
            continue
        if not company:
            beside = [p for p in parts if p is not part]  # a job; not "… Designer at Lumen"
            company = _company_part(part, any(has_job(p) and not _AT.search(p) for p in beside))
        if not role and inner and has_job(inner):
            role = inner
    role = role or applied_as  # "orthoptiste": a job the word list does not know
    return company, clean_role(role)


def _all_role(before: str, part: str) -> bool:
    """The words before a job word are the job's, with the company named before them:
    capitalised ("Perception Engineer"), or a lower-case part of one or two words
    ("thekwini cold logistics - transport planner")."""
    words = before.split()
    if all(w[:1].isupper() or w in _JOINING for w in words):
        return True
    return part.islower() and len(words) <= 2 and not any(w in _STOP for w in words)


# the candidate or the reader, in the languages notes mix in: "why me", "About Myself", "Über mich"
SELF_WORDS = word_set(
    """i me my myself us we you yo ich mich dich du wir uns sie mij ik wij ons mim eu nós voce você
    moi je tu nous vous eux meg mig jeg dig deg oss dem jag hen hun io noi loro mnie ja oni ona on
    nas ellos ellas eles elas nosotros ustedes mí mi nos"""
)
_HIRING_WORDS = re.compile(r"株式会社|\s*(?:中途採用|新卒採用|キャリア採用|经验社招|社招|校招)$")
_PERSON_TITLE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.\s|\.\s+I$")
_STATUS_WORDS = word_set("upcoming completed scheduled pending applied process questions interview")


def generic_title(name: str) -> bool:
    """A title made only of words for notes, job hunting or hiring, in any of the languages
    notes are written in: no company."""
    bare = unicodedata.normalize("NFKD", name.lower().replace("đ", "d"))
    words = re.findall(r"[^\W_]+", "".join(c for c in bare if not unicodedata.combining(c)))
    words = [w for w in words if not w.isdigit()]  # "jobs 3/26": a date beside the words
    return bool(words) and all(w in NOTES_WORDS for w in words)


def unhired(name: str) -> str:
    """A company name without "Inc." in Japanese or its hiring track ("中途採用"), or the
    sentence it ran into ("Thanks for applying to Jadran Hidro. We'd like …")."""
    return _RAN_ON.sub("", _HIRING_WORDS.sub("", name)).strip() or name


_RAN_ON = re.compile(r"\.\s+(?:We|We'd|We’d|I|I'd|They|You|Our|It|This|Please|Thanks?)\b.*$")


def not_a_company(name: str) -> bool:
    """A person ("Dr. Menezes"), a status ("UPCOMING") or a word of the notes, in English or
    glossed ("Quy trình" is "process"): never the company."""
    said = gloss(name).strip().lower()
    return (
        bool(_PERSON_TITLE.search(name)) or said in _STATUS_WORDS or name.lower() in _STATUS_WORDS
    )


def torn(name: str) -> bool:
    """Words torn from a sentence, never a company: "And I", "Gabe. So", "20 min", "Dobrý den"."""
    return _TORN.search(name) is not None


_TORN = re.compile(
    r"^(?i:and|so|but|or|then|i|we)\b|\.\s+(?:So|Said|And|But|Then|I|We|He|She|They|It)\b"
    r"|^\d+\s*(?i:min|mins|minutes|h|hrs?|hours)\b"
    r"|^(?i:dobr[ýy] den|guten tag|dzie[ńn] dobry|buenos d[íi]as|buongiorno|bom dia|god dag|goedendag"
    r"|good (?:morning|afternoon)|dear|hi|hello|hey)\b"  # a mail's greeting: "Dobrý den, pane …"
)
TITLE_SPLIT = re.compile(r"\s+[-–—|·]\s+")  # "Acme – Data Engineer · Berlin"
_NOT_A_ROLE = re.compile(
    r"(?i)\b(?:notes?|prep|interviews?|loop|process|journal|diary|log|to-?dos?|plan|research"
    r"|questions|tracker|updates?|status|draft|catatan|notater|notes de|apunts|notizen|schedule"
    r"|agenda|itinerary|onsite|confirm\w*|invit\w*|details|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b"
    r"|\d{4}|\d{1,2}[/.]\d{1,2}"
)


def title_role(first_line: str, company: str) -> str:
    """ "Nordhav Sjømat – driftsleder sjø (Frøya)", "Karoo Platinum - HRBP Mining Ops": the
    page title names the company, then the job in the notes' own words (no job word needed).
    '' when the rest is not a job ("Acme – interview prep", a date, a round)."""
    parts = TITLE_SPLIT.split(first_line.strip().lstrip("# "), maxsplit=1)
    named = re.sub(r"\([^()]*\)", "", parts[0]) if len(parts) == 2 else ""  # not "(GM, Acme)"
    if not company or company.casefold() not in named.casefold():
        return ""
    rest = re.sub(r"\s*\([^()]*\)\s*$", "", parts[1]).strip(" *_")
    rest = re.sub(r"(?i)\s+(?:job|role|position|application)$", "", rest)  # "CDP job"
    if len(rest.split()) > 6 and has_job(first := rest.split(", ", 1)[0]):
        rest = first  # "Credit Analyst II (Commercial Lending), Knoxville main office on Gay St."
    if not rest or len(rest.split()) > 6 or _NOT_A_ROLE.search(rest) or not rest[:1].isalpha():
        return ""
    strong = max(kind_weights(rest).values(), default=0.0) >= 1.0
    roundish = strong or has(tokens(rest), ROUNDISH) or _NOT_A_JOB.match(rest)
    if roundish and not has_job(rest):
        return ""  # "Hooli – final round", "– call with Gavin", "– my stories", "– offer …"
    return clean_role(rest)


_NOT_A_JOB = re.compile(
    r"(?i)^(?:my|what|how|why|who|offer|call|take[- ]?home|feedback|stories|story|the|a|an)\b"
)


_GENERIC_LEAD = re.compile(r"^(.{2,40}?)(?:\s+[-–—|·]+\s+|\s*[:：]\s*)(\S.*)$")


def title_name(line: str) -> str:
    """The name a title line gives, after any words for notes or hiring that lead it
    ("Processo seletivo - Distribuidora Ipê Roxo", "転職活動メモ：株式会社ミナトリンク",
    "Ứng tuyển: Chuyên viên Marketing – Công ty CP Thực phẩm Lúa Vàng")."""
    name = split_name_line(line)[0]
    m = _GENERIC_LEAD.match(line)
    if not (m and generic_title(m.group(1))):
        return name
    rest = m.group(2)
    bare = re.sub(r"\([^()]*\)", " ", rest)  # "(Wrocław, Bielany)": where, not who
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+|,\s+", bare)]
    named = [p for p in parts if p and not has_job(p) and not generic_title(p)]
    return named[0] if named else split_name_line(rest)[0]
