"""The job the notes are about: its title as the notes write it.

Read from the strongest place that has it: front matter, a label line ("Role:", "Position:",
"Job title:", "Puesto:", "Stelle:", "ポジション"), the notes' title line or first headings
("AWS Security Engineer II — Identity — interview notes"), an email's subject, the role named in
prose ("for the Software Engineer, Billing role", "…、シニアバックエンドエンジニアポジションの選考").
Every scan is one pass over the items with a cheap first test.
"""

from __future__ import annotations

import re

from . import names as _names
from .employer import mail_subjects
from .facts import ROLE_LABELS, company, front, labels, title_lines
from .header import RECORDING, invite_role, role_label_company
from .hiring import stated_job
from .names import JOB, clean_role, has_job, split_name_line, title_case, word_set
from .outline import Outline
from .parser import Item
from .stated import stated_role, titled_role
from .traces import tracker_row
from .vocab import ROUNDISH, folded, has, tokens

_WEAK_LABELS = frozenset({"title", "job", "req", "requisition", "level", "applied", "opening"})
_PROSE_ROLE = re.compile(
    r"\b(?:for|as|to|in|about|into)\s+(?:the|a|an|this|our|your)\s++((?:[^.;:!?()]|\([^()]{1,30}\))"
    r"{3,80}?)\s+"
    r"(?:role|position|opening|job|req|vacancy|spot|gig|post)\b"
    r"|\b(?:role|position|job|post|vacancy|stelle|position|puesto|poste|posto)\s+(?:of|as|als"
    r"|de|como|d'|di)\s+(?:an?\s+|el\s+|la\s+|un\s+|une\s+)?([^.;:!?()]{3,60}?)(?=[.;:!?()]|$"
    r"|\s+(?:at|in|with|bei|en|chez|for)\s)",
    re.IGNORECASE,
)
# "The role is Senior UX Researcher, Learning Experience, and it sits …"; 'Role is "Senior CSM"'
_ROLE_IS = re.compile(
    r"\b(?:role|position|job|title|job\s+title)\s+(?:is|was|would\s+be|will\s+be)\s+"
    r"(?:an?\s+|the\s+)?[\"“]?([A-Z][^\"”.;:!?()]{2,80}?)"
    r"(?=[\"”.;:!?()]|,\s+(?:and|which|but|so|it|on|in|at|with)\b|\s+[—–-]\s|$)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?i)\b(?:the|a|an|this|our|your)\s+")
_FOR_ROLE = re.compile(
    r"\b(?:interviewing|interview|applied|applying|apply|candidate|considered|hired|hiring)"
    r"\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?([A-Z][^.;:!?()]{2,80})"
    r"|\b(?:we(?:'re|’re|\s+are)|they(?:'re|’re|\s+are)|is|are)\s+(?:hiring|recruiting)\s+an?\s+"
    r"([A-Z][^.;:!?()]{2,80})",  # "we're hiring a Senior BI Developer for our finance team"
)
# "…様より、シニアバックエンドエンジニア（決済基盤チーム）ポジションの選考について": the role
# before the word for a position, in a Japanese mail
_JP_ROLE = re.compile(r"(?:^|[、。「：:\s])([^\s、。「」：:]{2,40}?)ポジション")
_JP_JOB = re.compile(
    r"エンジニア|マネージャー|デザイナー|アナリスト|コンサルタント|リード|営業|担当"
)
_ROLE_NOUN = re.compile(
    r"\b(product manager|program manager|pm|tpm|apm|engineer|developer|designer|scientist"
    r"|analyst|architect|researcher|consultant|manager|strategist|marketer|advocate"
    r"|representative|executive|specialist|owner|lead)s?\s+(?:role|position|opening|job)\b",
    re.IGNORECASE,
)
_ROLE_STOP = word_set(
    """the a an this that my your our their in for of to as is be at on and with w about clear
    new"""
)
_INLINE_LABEL = re.compile(r"(?:^|[.!?]\s+)([A-Za-zÀ-ÿ]{3,12})\s*[:=]\s*\*{0,2}([^.,;*]{3,80})")


def _before_round(role: str) -> str:
    """A title's role up to a part that names a round ("Solutions Architect — Technical
    Screen"); '' when it opens on one ("## Recruiter call" is no role)."""
    lead, comma, rest = role.partition(", ")  # "Interview Schedule, Senior Product Manager, …"
    if comma and len(lead.split()) <= 3 and has(tokens(lead), ROUNDISH) and has_job(rest):
        role = rest
    kept: list[str] = []
    for part in re.split(r"\s+[—–-]\s+", role):
        bare = re.sub(r"\s*\([^()]*\)", "", part).strip()  # "Branch Manager (assessment day, …)"
        if not bare or has(tokens(bare), ROUNDISH):
            break
        kept.append(bare if has(tokens(part), ROUNDISH) else part)
    return " — ".join(kept)


def _under_role_heading(o: Outline) -> str:
    """The first line under a heading that is a role's label ("## Vacancy", "## Stelle",
    "## vacature"), when it names a job: its quoted title, or the part before a place."""
    for sec, section in enumerate(o.notes.sections[:12]):
        head = (section.heading or "").strip(" :*").lower()
        if head not in ROLE_LABELS or section.pseudo:
            continue
        first = next((k for k in o.section_items(sec) if o.items[k].kind != "heading"), None)
        text = o.items[first].text if first is not None else ""
        quoted = re.search(r"[\"“]([^\"”]{3,80})[\"”]", text)
        text = quoted.group(1) if quoted else split_name_line(text)[1] or text
        if has_job(text) and len(text) <= 80:
            return clean_role(text)
    return ""


def role(o: Outline) -> str | None:
    keys = [k for k in o.notes.front_matter if k.lower() in ROLE_LABELS - _NOT_FRONT]  # "pozice:"
    for key in ("role", "position", "job", "job_title", "job title", *keys):
        if front(o, key):
            return front(o, key)
    for label, value, _ in labels(o):
        if label not in ROLE_LABELS or (label in _WEAK_LABELS and not has_job(value)):
            continue
        value = re.split(r"\.\s+(?=[A-Z][\w ]{0,25}:)", value, maxsplit=1)[0]
        found = split_name_line(value)[1] if has_job(value) else ""
        found = clean_role(found or _cut_at(value))
        if (named := role_label_company([value], o.items)) and found.endswith(f" — {named}"):
            found = found[: -len(named) - 3]  # "VAGA: Desenvolvedora Android Pleno – Feirinha"
        return found
    if found := _under_role_heading(o):
        return found  # "## vacature" over '– "Dierenarts gezelschapsdieren" – Gent'
    for it in o.items[:20]:  # "… aradı. Pozisyon: *Marka Yöneticisi – Ankastre*, Sütlüce …"
        for lab in _INLINE_LABEL.finditer(it.text):
            label, value = lab.group(1).lower(), lab.group(2).strip()
            strong = label in ROLE_LABELS and label not in _WEAK_LABELS
            if strong and value[:1].isupper() and has_job(value):
                return clean_role(value)
    if found := titled_role(o.items):
        return found  # "the title is Lead Data Scientist, Pricing" over "# the pricing DS thing"
    said = _position_is(o.items)  # "Posisinya QA Engineer (Automation), kontrak dulu 1 tahun"
    lines = title_lines(o)
    if o.notes.senders and (subjects := mail_subjects(o.items)):  # a mail forwarded in a chat:
        lines = sorted(lines, key=lambda t: t not in subjects)  # its subject over the messages
    titled = [
        f for n, t in enumerate(lines) if (f := split_name_line(t)[1]) and not _hirer(t, f, n)
    ]
    # not "## Recruiter call" or "## Coding interview" under "# Lumen — Recruiter": a round
    titled = [t for t in map(_before_round, titled) if t]
    if titled:  # a bare "SRE" says less than the subject's "Site Reliability Engineer, Infra"
        longer = [  # not "manager) called 21 Nov — they want to see me", torn from a line
            t for t in titled[1:] if 1 < len(t.split()) <= 8 and t.count("(") == t.count(")")
        ]
        found = longer[0] if len(titled[0].split()) == 1 and longer else titled[0]
        if said and not set(said.lower().split()) <= set(found.lower().split()):
            return said  # not "tam zamanlı,", torn from a title line
        return _or_stated(found, o)  # "# Halvo — search"
    if said:
        return said
    first = next(
        (
            t.text
            for t in o.items[:2]
            if t.kind in ("heading", "paragraph") and not RECORDING.match(t.text)
        ),
        "",
    )
    named = company(o) or ""
    if found := _names.title_role(first, named):  # "Nordhav Sjømat – driftsleder sjø"
        return _or_stated(found, o)
    for it in o.items[1:6]:  # "Ventaglio Assicurazioni S.p.A. — **Data Scientist, Pricing Motor**"
        found = _names.title_role(it.text, named) if len(it.text) <= 120 else ""
        if found and has_job(found):
            return found
    if found := invite_role(o.items):
        return found  # "Interview: Product Operations Manager - Hiring Manager", a pasted invite
    if (found := tracker_row(o.items)[1]) and has_job(found):
        return clean_role(found)  # the job of a pasted tracker's furthest row
    best: list[str] = []
    items = o.items
    for k, it in enumerate(items):  # "the forward deployed PM role" → Forward Deployed PM
        if (m := _FOR_ROLE.search(it.text)) and has_job(m.group(1) or m.group(2)):
            return _cut_at(_upto_job(m.group(1) or m.group(2)))
        if "ポジション" in it.text and (m := _JP_ROLE.search(it.text)) and _JP_JOB.search(m[1]):
            return m.group(1)
        text = it.text
        nxt = items[k + 1] if k + 1 < len(items) else None
        if more := _wrapped_onto(it, nxt, ("paragraph", "quote")):
            text = f"{text} {more.text}"[:400]  # "…move you forward for the / Ops Manager role."
        if _names_role(text):
            if (m := _ROLE_IS.search(text)) and has_job(m.group(1)):
                return clean_role(_cut_at(m.group(1)))
            if (m := _PROSE_ROLE.search(text)) and has_job(found := m.group(1) or m.group(2)):
                return clean_role(_ARTICLE.split(found)[-1].strip())
            best = _longest_role(it.text, best)
    if best:
        return title_case(" ".join(best))
    # "The seat: Chief Operating Officer."; "what: Founding Engineer (full-stack) at **Marulho**"
    return stated_role(o.items) or stated_job(o.items) or None


# who hires, not the job: "Callum Reid (Senior Talent Acquisition Partner)" at the top of a
# pasted mail, "TPM Hiring Manager — Gloria Hayes @ Tue Nov 10" (a title line's job only)
_RECRUITING = re.compile(
    r"(?i)\b(?:recruiter|recruiting\s+(?:contact|coordinator|lead)"
    r"|talent\s+(?:acquisition|partner|scout)|sourcer|people\s+partner|hr\s+business\s+partner"
    r"|hiring\s+manager)\b"
)


def _hirer(text: str, found: str, n: int) -> bool:
    """The title line names who hires, not the job: "Dana Whitcombe (Senior Technical
    Recruiter)", "Chat with Chiamaka (Recruiter, TalentBridge NG)", "TPM Hiring Manager — …";
    but "Zuma Health — Talent Acquisition Partner (Tech)" at the top is the job applied for."""
    said = re.split(r"\.\s", found, maxsplit=1)[0]  # not "…(backend). recruiter is Mo Akhtar"
    if not (m := _RECRUITING.search(said)):
        return False
    return m[0].lower() == "hiring manager" or n > 0 or bool(_NAME_BRACKET.match(text))


_NAME_BRACKET = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*\(")

# a page's "title:", "level:" or "req:" in front matter names no job
_NOT_FRONT = frozenset(("title", "level", "req", "requisition"))

# the post named in a sentence, in the languages notes are written in
_POSITION_IS = re.compile(
    r"(?:\b(?:the\s+(?:role|job|position|post|vacancy)\s+is|(?:the\s+)?job\s+is|posisi(?:nya)?"
    r"|stanowisko\s+to|a\s+vaga\s+é|la\s+vacante\s+es|el\s+puesto\s+es|de\s+vacature\s+heet"
    r"(?:\s+officieel)?|de\s+functie\s+is|pozisyon|die\s+stelle\s+ist|le\s+poste\s+est"
    r"|il\s+ruolo\s+è|advertises?\s+(?:it\s+)?as|the\s+posting\s+says|vị\s+trí|nafasi\s+ya"
    r"|(?:a\s+)?pozíció(?:\s+\w+){0,3}(?=:)|pozice|posisyon(?:g)?|posició|θέση"
    r"|pozícia\s+je|pozice\s+je|rolul\s+(?:e|este)|postul\s+(?:e|este)|o\s+posto\s+é|jie\s+ieško"
    r"|позицията\s+е|позиція|посада|должность|вакансия|it(?:'s|’s|\s+is)\s+for|die\s+pos\s+is"
    r"|applied(?:\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?)?\s+for(?:\s+the)?)(?-i::?)\s+)"
    r"[\"“*=]*((?-i:[A-Z])[^\"”*=;!?\n]{2,80}?)(?=[\"”*=]|,\s+(?-i:[a-z])|\.\s+(?-i:[A-Z])|\.?$|;"
    r"|\s+(?:at|in|on|with|for|bij|na|w|di)\s+(?:the\s+)?(?-i:[A-Z])|\s+į\s)",
    re.IGNORECASE,
)


def _wrapped_onto(it: Item, nxt: Item | None, kinds: tuple[str, ...]) -> Item | None:
    """The next line, ``nxt``, when ``it`` goes on onto it (not a chat's next message)."""
    if nxt is not None and it.kind == nxt.kind in kinds and nxt.line == it.line + 1:
        return None if nxt.opens else nxt
    return None


def _position_is(items: list[Item]) -> str:
    """ "The role is Lettings Negotiator, basic plus …", "A vaga é Product Manager Pleno — …",
    "Pozisyon: Uygulama Güvenliği Mühendisi (AppSec), tam zamanlı": the post a sentence names."""
    for k, it in enumerate(items[:60]):
        nxt = items[k + 1] if k + 1 < len(items) else None
        for m in _POSITION_IS.finditer(
            f"{it.text} {more.text}"[:600]
            if (more := _wrapped_onto(it, nxt, ("paragraph",)))
            else it.text
        ):
            if _SOMEONE_ELSES.search(it.text[max(0, m.start() - 30) : m.start()]):
                continue  # "My sister's job is Product Manager at Meta"
            if has_job(m.group(1)) and m.start() < len(it.text):
                return clean_role(m.group(1).strip())
    return ""


_SOMEONE_ELSES = re.compile(r"(?i)(?:['’]s|\b(?:his|her|their|my\s+(?:old|current|last)))\s*$")


def _or_stated(found: str, o: Outline) -> str:
    """A title line's job, unless it holds no job word and a sentence states the job."""
    return found if has_job(found) else stated_role(o.items) or found


def _cut_at(value: str) -> str:
    """ "Technical Writer at GitLab" → "Technical Writer"."""
    m = re.search(r"\s+(?:at|@|with|bei|chez|en)\s+[A-Z]", value)
    return clean_role(value[: m.start()] if m else value)


def _upto_job(text: str) -> str:
    """ "Sales Development Representative role at X" → up to the last job word (and the words
    that qualify it right after: ", Billing")."""
    last = None
    for m in JOB.finditer(text):
        last = m
    assert last is not None
    rest = text[last.end() :]
    tail = re.match(r"(?:,\s+[A-Z][\w&/-]*(?:\s+[A-Z(][\w&/)-]*){0,3})?", rest)
    return text[: last.end()] + (tail.group(0) if tail else "")


def _names_role(text: str) -> bool:
    """_ROLE_NOUN may match: first a sound look for the word every match ends in."""
    low = folded(text)
    hint = (
        "role" in low or "position" in low or "opening" in low or "job" in low or "req" in low
        or "post" in low or "vacanc" in low or "stelle" in low or "puesto" in low or "spot" in low
        or "gig" in low
    )  # fmt: skip
    return hint and bool(
        _ROLE_NOUN.search(text) or _PROSE_ROLE.search(text) or _ROLE_IS.search(text)
    )


def _longest_role(text: str, best: list[str]) -> list[str]:
    """The role noun with up to three words before it, if longer than the best so far."""
    for m in _ROLE_NOUN.finditer(text):
        words: list[str] = []
        for w in reversed(text[max(0, m.start() - 300) : m.start()].split()[-3:]):
            if w.lower() in _ROLE_STOP or not re.fullmatch(r"[A-Za-z][\w-]*", w):
                break
            words.insert(0, w)
        if len(words) + 1 > len(best):
            best = [*words, m.group(1)]
    return best
