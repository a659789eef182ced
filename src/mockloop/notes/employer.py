"""The employer beyond the notes' title and labels, and whether a candidate can be it.

facts.company reads candidates from the strongest place down (front matter, labels, the
title, "why X", prose, a pasted mail's signature or domain, the most frequent name); the
places after the title live here. A candidate that is plainly something else is passed over
for the next one:

- a job ("Claims Team Leader" from an invitation's subject, "Solutions Engineer" spelled out
  from "SE interviews");
- a person the plan names as an interviewer ("Priya Raman — HM, Sr Director");
- a requisition number ("REQ-2231 Senior Data Analyst"), a recruiting agency ("Redpath
  Talent", "redpathtalent.co.nz");
- a phrase in the candidate's voice ("what Lorraine said:", "Where I'm at", "I'd …");
- a section heading below the title that the notes never name again ("## Pitch",
  "## Ablauf"): a company's name comes back in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import islice
from typing import Any

from .names import ROLE_WORDS, TIME_WORDS, clean_name, has_job, title_case, torn, word_set
from .places import a_place, numbered
from .senders import a_sender, senders
from .vocab import WHO, has, tokens

__all__ = [
    "ROLE_ABBREVIATIONS", "SHORT_NAMES", "frequent_names", "mail_company", "mail_subjects",
    "mine", "people", "says_size", "signature_company", "spelled_out", "vetting",
]  # fmt: skip

# "REQ-2231"; a person with a time after them from a chat paste ("Tobi Adeyemi 9"), not
# "Channel 4" or "Forever 21"
_REQUISITION = re.compile(r"\b[A-Z]{1,5}[-_#]?\d{3,}\b|^[A-Z][a-z]+ [A-Z][a-z]+ \d{1,2}$")
# a recruiting agency places the candidate with its client: "Redpath Talent", "Hays Recruitment"
_AGENCY = re.compile(  # (and in the candidate's language, with a legal form after it)
    r"(?i)(?:talent|recruit(?:ment|ing|ers)?|staffing|resourcing|headhunt(?:ers|ing)?|executive"
    r"\s+search|search\s+partners|personnel|personalberatung|rekruttering|rekrytering|rekrytointi"
    r"|rekrutacja|werving|reclutamento|reclutamiento|recrutement|recrutamento)"
    r"(?:[ ,]+(?:ltd|limited|llc|inc|gmbh|ag|as|ab|a/s|oy|b\.?v|s\.?a|pty|pte|plc)\.?)*$"
)
# a job in its usual letters: "EM loop — Madrid", "TPM prep", "QS interview"
ROLE_ABBREVIATIONS = word_set(
    "EM EMs PM PMs TPM APM GPM SWE SDE SRE AE SE SA SDR BDR CSM DS MLE QA UX UXR HRBP QS RN NP FDE"
)  # (compared as written: "Em" and "Sa" are names)
_CLIENT = re.compile(r"(?i)\b(?:client|placing|on behalf of|recruiting for|hiring for)\b")
_STEP_WORDS = word_set(  # (and "nd" of "2nd stage - Carrick Claims - …")
    "final last first second third next stage stages step steps round rounds interview interviews"
    " st nd rd th"
)
# "FUNCHAL TRIP", "Bratislava Data Meetup slack", "Telegram export", "Spraakmemo 07-12": a
# trip, a chat or a recording, named by its place or workspace
_NOT_ENDS = word_set("trip slack export spraakmemo sprachmemo")
_VOICE = word_set("i i'd i'm i’m i’d me my mine we we're what where how when who which whom")


_LEAD = re.compile(r"\s*(?:[,(+/&]|\s[-–—]\s|\s(?:and|und|y|et|e)\s)")
_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}$")


def people(interviewers: list[str | None]) -> frozenset[str]:
    """The interviewers' names as the plan gives them ("Priya", "Karthik Iyer"), in lower
    case: the part of each interviewer before a title or a second person, when it is a name."""
    out = set()
    for who in interviewers:
        lead = _LEAD.split(who or "", maxsplit=1)[0].strip()
        if (
            _NAME.match(lead)
            and not has_job(lead)
            and not all(w.lower() in ROLE_WORDS for w in lead.split())
        ):
            out.add(lead.lower())
    return frozenset(out)


def _titled(name: str, text: str) -> bool:
    """ "Priya Raman — HM, Sr Director": the name is followed by an interviewer's title."""
    m = re.search(rf"{re.escape(name)}\s*(?:[-–—,(:]\s*)([^\n]{{0,40}})", text[:50_000])
    return bool(m and has(tokens(m[1]), WHO))


def vetting(
    text: str, people: frozenset[str], first_title: str, known: frozenset[str] = frozenset()
) -> Callable[[str, int], bool]:
    """A test for a candidate company of these notes. ``later`` is 1 for a mail subject, 2 for
    a heading below the title: a word of either that the notes also write in lower case is a
    common word ("RE: Registered Nurse – ICU"), and such a heading must name something the
    notes come back to. ``known`` are a chat's senders read before its messages lost them."""
    chat = senders(text) | known

    def plausible(name: str, later: int = 0) -> bool:
        words = name.split()
        if not words or words[0].lower() in _VOICE or a_sender(name, chat) or torn(name):
            return False  # "I'd …"; "Tasha" who writes "Cooley called back!!!"; "Gabe. So"
        if has_job(name) or all(w.lower() in ROLE_WORDS for w in words):
            return False
        if all(w.lower() in _STEP_WORDS for w in words) or (
            words[1:] and {words[0].lower(), words[-1].lower()} & _NOT_ENDS
        ):
            return False  # "Next steps – final stage interviews": the loop's step, not a company
        if _REQUISITION.search(name) or (
            _AGENCY.search(name) and (_CLIENT.search(text) or len(words) > 1)
        ):
            return False  # "Redpath Talent — Sarah (consultant)" placing me with a client
        if numbered(words[0], text):
            return False  # "4 North (Medicine)": a ward numbered in the title, not a company
        if mine(name, text):
            return False  # "current: PM at Bokhylla", "why leave Lagerwerk": the candidate's job
        if len(words) <= 2 and name not in first_title and _a_person(words[0], text):
            return False  # "with Carys Hughes, practice manager at the Canton branch"
        if len(words) <= 2 and a_place(name, text):
            return False  # "# Bergamo onsite", where "the pricing team sits in Bergamo"
        named = name.lower() in people and name.lower() not in first_title.lower()
        named = named and not _org_apposition(name, text)  # "with Brightwell, the dairy co-op"
        if named or (words[0].lower() in people and _titled(name, text)):
            return False  # an interviewer ("Priya Raman — HM" when a round is "with Priya")
        if not later or name.lower() in first_title.lower():
            return True
        low = rf"(?<![\w@./]){re.escape(name.lower())}(?![\w@]|\.\w)"  # not "hubspot.com"
        if len(words) == 1 and name != name.lower() and re.search(low, text):
            return False  # "Claims" of "Claims Team Leader", where the notes say "claims"
        return later < 2 or len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= 2

    return plausible


# words for an organisation, in "Brightwell, the dairy co-op" or "Kestrel is a fintech"
_ORG_NOUNS = (
    r"co-?op(?:erative)?|company|startup|start-up|firm|business|bank|agency|charity|trust"
    r"|hospital|clinic|practice|school|university|college|hotel|brewery|bakery|chain|retailer"
    r"|manufacturer|studio|lab|council|fintech|scale-?up|non-?profit|nonprofit|group|brand"
    r"|consultancy|insurer|airline|publisher|restaurant|maker"
)


def _org_apposition(name: str, text: str) -> bool:
    """The notes describe ``name`` as an organisation: "Brightwell, the dairy co-op"."""
    said = re.compile(
        rf"(?<!\w){re.escape(name)}(?:\s*,\s*|\s+(?:is|was)\s+)(?:the|a|an|our)\s+"
        rf"(?:[\w-]+\s+){{0,3}}(?:{_ORG_NOUNS})\b"
    )
    return bool(said.search(text[:50_000]))


# how notes speak of the candidate's own employer: "current: Dhanvi Retail Tech", "me: 3 yrs AE
# at Lagerwerk", "I'm 4 PQE at Greyling & Marsh", "why leave Bokhylla" (not "Luis = 8 yrs at
# Rivian": an interviewer's years; not "I'm onsite at Acme", "Today: Acme final round")
_MINE = (
    (
        r"(?i)\b(?:why (?:leave|leaving|i'?m leaving|quit|move on from)|pourquoi quitter|warum weg von"
        r"|por qu[ée] dejar|porque sair d[aoe]|waarom weg bij|perch[ée] lasciare)\s+(?:l'|la\s+|le\s+)?"
        r"{n}|\b(?:notice(?:\s+period)?|pr[ée]avis|k[üu]ndigungsfrist|opzegtermijn|preaviso|aviso\s+"
        r"pr[ée]vio)[^.\n]{{0,40}}?\b(?:at|à|a|bei|bij|en|na|no|with)\s+(?:l'|la\s+|le\s+)?{n}"
    ),
    (
        r"(?i)\b(?:current(?:ly)?|aktuell|actualmente|obecnie|huidig)(?:\s+(?:job|employer|company"
        r"|role|gig))?[ \t]*[:=][ \t]*(?:(?:(?!interview|final|onsite|prep|round|loop|reading|research)"
        r"[\w./-]+[ \t]+){{0,4}}?(?:at|@|bei|en|na|no|w)[ \t]+)?{n}"
        r"(?![ \t]*(?:final|loop|interviews?|round|process|onsite|application|status|stage|prep))"
        r"|\b(?:currently|i\s+(?:currently\s+)?work|i'?ve\s+(?:been\s+)?work(?:ed|ing))\s+(?:at|for)"
        r"\s+{n}|\bcurrent\s+(?:employer|company|job)\s*[-–—:=]\s*{n}"
    ),
    (
        r"(?i)(?:^|\n|[.;][ \t]*)(?:me|i'?m|i am|i'?ve been|i was)\b(?:[ \t]*:)?[ \t]+"
        r"([^\n.;]{{0,60}}?)(?:at|@)[ \t]+{n}"
    ),
)
_MY_JOB = re.compile(r"(?i)\d+(?:[.,]\d+)?\s*(?:yrs?|years?|pqe|months?|mos?)\b")
_NOT_MY_JOB = re.compile(
    r"(?i)\b(?:interview\w*|onsite|on-site|appl\w*|final|round|meeting|excited|talking|hoping"
    r"|up\s+for|position|job)\b"
)
# a job title and nothing else between "me:" and "at X": "me: AE at Lagerwerk"
_JUST_A_JOB = re.compile(r"^\W*(?:an?\s+)?(?:[\w&/-]+\s+){0,2}?[\w&/-]+[\s,]*$")
# a company's legal form as it ends its name ("Merrowgate Holdings Pte. Ltd.", "Kvadra Cloud GmbH")
LEGAL_FORMS = (
    r"Pte\.?\s*Ltd\.?|Pty\.?\s*Ltd\.?|Ltd\.?|Limited|LLP|LLC|Inc\.?|GmbH|AG|B\.V\.|N\.V\.|"
    r"S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|Sp\. z o\.o\.|Oy|ApS|A/S|plc|PLC"
)
# stripped before a name is compared ("Pellworth Logistics Ltd" is "Pellworth Logistics"); here
# "SA" and "AB" count too, which a line of their own would not make a company ("Advanced SAS")
_LEGAL_FORM = re.compile(rf"(?i)(?<![ ,])[ ,]+(?:{LEGAL_FORMS}|s\.?a\.?|ab)$")


def mine(name: str, text: str) -> bool:
    """The notes speak of ``name`` (without its legal form) as the candidate's current or past
    employer. Reads the first 50,000 characters, as vetting does."""
    n = rf"{re.escape(_LEGAL_FORM.sub('', name))}(?!\w)"
    text = text[:50_000]
    if re.search(_MINE[0].format(n=n), text) or re.search(_MINE[1].format(n=n), text):
        return True
    for m in re.finditer(_MINE[2].format(n=n), text):  # "me: 4 yrs AE at X", not "I'm onsite at X"
        gap = m.group(1)
        if _NOT_MY_JOB.search(gap):
            continue
        if _MY_JOB.search(gap) or (has_job(gap) and _JUST_A_JOB.match(gap)):
            return True
    return False


_SIGN_OFF = re.compile(
    r"(?i)^(?:(?:kind|best|warm|many)\s+)?(?:regards|wishes)|^(?:best|thanks|cheers|sincerely"
    r"|mit freundlichen grüßen|viele grüße|saludos|cordialement|un saludo|atenciosamente"
    r"|bonne (?:fin de )?journée|bien à vous|met vriendelijke groet|groeten|pozdrawiam"
    r"|distinti saluti|cordiali saluti|un abrazo|abraços|hälsningar|venlig hilsen)\b"
)
# a recruiter's title in a signature, in the languages mails are written in
_TALENT = re.compile(
    r"(?i)\b(?:talent|recruit\w*|recrut\w*|reclut\w*|hiring|people|hr|rh|rrhh|personal\w*"
    r"|acquisition|adquisi\w*)\b"
)
_TITLE_COMPANY = re.compile(r"^(.{3,60}?)\s*(?:\||,|\s[-–—]\s|\s(?:at|@)\s)\s*(\S.{1,60})$")


def signature_company(items: Sequence[Any]) -> str:
    """The company in a pasted mail's signature: "Kind regards, / Tomasz Wójcik / Talent
    Partner | Greyfield Insurance Services"."""
    for k, it in enumerate(items[:400]):
        if len(it.text) > 40 or not _SIGN_OFF.match(it.text):
            continue
        for after in items[k + 1 : k + 4]:
            m = _TITLE_COMPANY.match(after.text)
            if m and has_job(m[1]) and not has_job(m[2]) and (name := clean_name(m[2])):
                return name
            bars = [p.strip() for p in after.text.split(" | ")]  # "Élodie T. | Partenaire … | X"
            talent = len(bars) == 3 and not has_job(bars[0]) and _TALENT.search(bars[1])
            if talent and not has_job(bars[2]) and (name := clean_name(bars[2])):
                return name
    return ""


_EMAIL = re.compile(r"[\w.+-]+@([a-z0-9-]+)(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.IGNORECASE)
_MAIL_HOSTS = word_set(
    "gmail googlemail outlook hotmail live yahoo icloud me proton protonmail aol gmx web mail"
    " greenhouse lever ashbyhq ashby workday myworkday smartrecruiters calendly zoom google"
    " linkedin hey fastmail example email noreply no-reply"
)


_SIZE = re.compile(r"(?i)^\W*~?\d[\d,.]*\s*\+?\s*(?:people|employees|staff|ppl|persons?|fte)\b")


def says_size(value: str) -> bool:
    """ "company: 120 people, B2B assistant …": what the company is, not its name."""
    return _SIZE.match(value) is not None


def mail_company(items: Sequence[Any]) -> str:
    """The domain of an address in the notes ("kelsey@stripe.com" → Stripe), not a mail host."""
    for it in items[:300]:
        if "@" in it.text and (m := _EMAIL.search(it.text)):
            host = m.group(1).lower()
            if host not in _MAIL_HOSTS and len(host) > 1:
                name = title_case(host.replace("-", " "))
                parts = name.split()  # "deleie-dierenkliniek": "Dierenkliniek De Leie"
                for turned in [name, " ".join(parts[::-1])] if len(parts) == 2 else [name]:
                    if written := _written(turned, items):
                        return written
                return name
    return ""


def as_written(name: str, items: Sequence[Any]) -> str:
    """``name`` as the notes write it outside an address: "Roland Berger" for "Rolandberger"."""
    return _written(name, items) or name


def _written(name: str, items: Sequence[Any]) -> str:
    letters = [c for c in name.lower() if c.isalnum()]
    spelled = re.compile(
        r"(?<![\w/.@-])" + r"[\s.&'’-]{0,2}".join(map(re.escape, letters)) + r"(?![\w/.@-])",
        re.IGNORECASE,
    )
    for it in items[:300]:
        bare = "".join(_base(c) for c in it.text)  # "Hérisson" for "herisson.ai": one a letter
        for m in spelled.finditer(bare):
            if (found := it.text[m.start() : m.end()])[:1].isupper():
                return found
    return ""


def _base(c: str) -> str:
    """The letter without its accent ("é" → "e"), one character for one."""
    return unicodedata.normalize("NFD", c)[0] if ord(c) > 127 else c


# how people shorten well-known employers in their own notes (tickers, nicknames)
SHORT_NAMES = {
    "amzn": "Amazon", "goog": "Google", "googl": "Google", "msft": "Microsoft", "aapl": "Apple",
    "fb": "Meta", "nflx": "Netflix", "pltr": "Palantir", "tsla": "Tesla", "nvda": "NVIDIA",
    "crm": "Salesforce", "orcl": "Oracle", "ibm": "IBM", "jpm": "JPMorgan", "ms": "Morgan Stanley",
    "uber": "Uber", "abnb": "Airbnb", "shop": "Shopify", "sq": "Block", "snow": "Snowflake",
}  # fmt: skip


def spelled_out(items: Sequence[Any], abbr: str) -> str:
    """The words near the top whose initials spell ``abbr`` ("goldman sachs" for GS)."""
    n, want = len(abbr), abbr.lower()
    for it in items[:30]:
        words = re.findall(r"[A-Za-z][\w&'-]*", it.text)
        if "_" in it.text or ".pdf" in it.text:  # "FormosaMotionControl_JD.pdf": a file's name
            words = re.findall(r"[A-Z][a-z]+|[A-Za-z][a-z&'-]*", it.text)
        for i in range(len(words) - n + 1):
            if "".join(w[0] for w in words[i : i + n]).lower() == want and n > 1:
                return title_case(" ".join(words[i : i + n]))
    return ""


_CAPITAL = re.compile(r"\b[A-Z][A-Za-z0-9&]{2,}\b")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
_COMMON = word_set(
    """the this that these those then there they their what when where which while who why how
    also and but for from with into about after before during next last first second third
    final okay ok yes not notes note prep round rounds interview call chat team role company
    recruiter manager engineer hiring onsite virtual zoom star tldr todo random stuff things
    questions question pitch research logistics timeline process loop overview background
    ask asked asks still just maybe probably really very will would should could can"""
)


def frequent_names(items: Sequence[Any]) -> list[str]:
    """The capitalised words the notes use most (twice or more) that are never written in
    lower case and are not a common word, a day or a month: in prose notes, the company."""
    seen, lower, pairs = Counter[str](), set[str](), Counter[tuple[str, str]]()
    for it in islice(items, 3000):
        text = it.text
        words = [w for w in _CAPITAL.findall(text) if w.lower() not in _COMMON]
        seen.update(words)
        lower.update(re.findall(r"\b[a-z][a-z0-9&]{2,}\b", text))
        pairs.update(_FULL_NAME.findall(text))
    given = {  # "Dana Okafor", not "Orrin Security" or "Corrigan Foods"
        first
        for (first, last), n in pairs.items()
        if n == seen[last] and last.lower() not in _BUSINESS
    }
    text = "\n".join(it.text for it in islice(items, 3000))[:200_000]
    return [
        name
        for name, count in seen.most_common(6)
        if count >= 2
        and name.lower() not in lower
        and name.lower() not in TIME_WORDS
        and name not in given
        and not _JARGON.match(name)
        and not _a_person(name, text)
    ]


_SPEAKS = r"hinted|reckons|thinks|laughed|joked"  # not "said": "Linear said" is the company


def _a_person(name: str, text: str) -> bool:
    """The notes speak of ``name`` as of a person: "Mrs Funmi Alade", "Kiri hinted", "with
    Carys Hughes, practice manager", "Jenny (HR)", "DM con Caro", a chat's "**Caro** 10:14"."""
    n = re.escape(name)
    cues = (
        rf"\b(?:Mrs?|Ms|Miss|Mx|Dr)\.?\s+{n}\b",
        rf"\b{n}(?:\s+[A-Z][\w'’-]+)?\s+(?:{_SPEAKS})\b",
        rf"\b(?:DM|chat|chatted|call|texts?|messages?)\s+(?:with|con|com|mit|avec)\s+{n}\b(?!['’])",
        rf"(?m)^\W*{n}\W*\s\d{{1,2}}:\d\d\b",
        # "Carys Hughes, practice manager at …" (not "Monzo, the hiring manager is Tom Reed")
        (
            rf"\b{n}(?:\s+[A-Z][\w'’-]+)?,\s+(?:an?\s+|our\s+|their\s+)?(?=[a-z])"
            r"((?:(?!\s(?:is|was|are|were|has|had|will)\b)[\w' -]){2,40}?)"
            r"(?=\s*(?:[,;.)]|$|\s+(?:at|from|of|who|in)\b))"
        ),
        rf"\b{n}(?:\s+[A-Z][\w'’-]+)?\s*\(((?:my\s+)?[\w' -]{{2,30}})\)",  # "Jenny (HR)"
    )
    for k, cue in enumerate(cues):
        for m in re.finditer(cue, text):
            said = m.group(1).strip().lower() if k > 3 else ""
            if k < 4 or (k == 4 and has_job(said)) or said in _HR_WORDS or said.startswith("my "):
                return True
    return False


_HR_WORDS = word_set("hr rh ta talent recruiter recruiting people ops rrhh personal hm she he her")


# the word a company's name often ends in
_BUSINESS = word_set(
    """security cloud foods ferries systems software technologies technology tech health energy
    insurance logistics freight capital pay payments bio biologics robotics analytics services
    solutions industries motors airlines air bank labs group holdings partners media studios
    games networks therapeutics pharma medical brewing coffee retail digital data ai"""
)
# "API", "SaaS", "CoC", "FP&A", "E2E", "PMs": a field's shorthand, not a company's name (but
# "IKEA", "KPMG" are names)
_JARGON = re.compile(r"^(?:[A-Z]{2,3}s?|(?![a-z])(?=\S{0,6}$)(?=\S*(?:[a-z][A-Z]|[&0-9]))[\w&]+)$")


# a mail's subject, or a calendar invite's title ("Invitation: …", "Interview: Role | Company")
_SUBJECT = re.compile(
    r"(?i)^(?:subject|betreff|asunto|objet|assunto|onderwerp|re|fwd?|(?:updated )?invitation|"
    r"einladung|invitación|convite|uitnodiging|(?:interview|entrevista)(?=:[^|]+\|)"
    r"|(?:assumpte|oggetto|temat|předmět|tárgy|aihe|ämne|emne|konu|subiect|θέμα|tiêu đề|perihal)"
    r"(?:\s+(?:del|de|do|of\s+the)\s+(?:correu|correo|e-?mail|mail))?(?:\s*\([^()]{1,20}\))?)"
    r"\s*:\s*[\"“]?(\S.*?)[\"”]?$"
)


def mail_subjects(items: Sequence[Any]) -> list[str]:
    """The subjects of mails pasted into the notes, without their stock words."""
    return [
        _SUBJECT_WORDS.sub("", m.group(1))
        for it in islice(items, 200)
        if it.text[:1] in "sSbBaAoOrRfFiIeEcCuUtTpPäÄkKθΘ" and (m := _SUBJECT.match(it.text))
    ]


# "Re: Your HubSpot Final Interviews – …": the company sits between a subject's stock words
_SUBJECT_WORDS = re.compile(
    r"(?i)^(?:(?:re|fwd?)\s*:\s*)*(?:your|our)\s+|\s+(?:final\s+|virtual\s+|onsite\s+)?"
    r"(?:interviews?|onsite|loop|schedule|next\s+steps|invitation)(?=\s*(?:[-–—:|,]|$))"
)
