"""Company candidates from the notes and the general features a learned ranker scores them on.

Every place a company's name can sit gives candidates: runs of capitalised words, the parts of
the title line and of the top headings, "Company:" and "Role: … at X" label values, the name
after "at", "@", "join", "with", "why", before "'s" or a legal form (Ltd, GmbH, Inc, …), an
email or web address's domain, and the long form of an abbreviation ("Northgate Pension
Trust" for "NPT"). Each candidate gets a feature vector (where it is first named, how often,
in which places, what stands before and after it, whether it looks like a person, a job, a
date or a common word); bench/company_ranker.py fits weights for them and measures the
ranker. No word list here is specific to one file: the job, date and notes-title words are the
package's own (names.py, jobwords.py, employer.py). It lives in bench/, not in the product:
on batches it was not fitted on it did not beat the rules (bench/company_ranker.md).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from mockloop.notes.employer import ROLE_ABBREVIATIONS
from mockloop.notes.names import (
    ROLE_WORDS,
    SELF_WORDS,
    TIME_WORDS,
    generic_title,
    has_job,
    word_set,
)
from mockloop.notes.notewords import NOTES_WORDS  # a notes page's title's words, no company
from mockloop.notes.outline import Outline
from mockloop.notes.parser import LIST_KINDS

__all__ = ["FEATURES", "Candidate", "candidates"]

MAX_ITEMS = 3000  # the top of a long file says who the employer is; the rest costs time
_WORD = re.compile(r"[^\W_](?:[\w&'’.+-]*[\w&+])?")
_JOIN = word_set("of & and de du des la le del der von van y e da do dos das for the für")
_FORMS = (
    r"pte\.?\s*ltd|pty\.?\s*ltd|ltd|limited|llp|llc|inc|corp|gmbh|ag|b\.?v|n\.?v|s\.?a|s\.?l"
    r"|s\.?p\.?a|s\.?r\.?l|sp\.? z o\.?o|oy|aps|a/s|as|ab|plc|kk|k\.k|co|se|sas|sarl"
)
_LEGAL = re.compile(rf"(?i)^(?:{_FORMS}|株式会社|有限会社)(?!\w)\.?")
_LEGAL_TAIL = re.compile(rf"(?i)[ ,]+(?:{_FORMS})\.?$")
_EMAIL = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)*)\.([a-z]{2,})\b", re.IGNORECASE)
_URL = re.compile(r"(?i)https?://([\w.-]+)|\b((?:[a-z0-9-]+\.)*[a-z0-9-]{3,}\.(?:com|io|ai|co|org"
                  r"|net|de|uk|nz|au|ca|fr|es|ng|in|jp|se|no|dk|fi|nl|eu|dev|app|ie|pl|ke|za))\b")  # fmt: skip
_SECOND_LEVEL = word_set("co com org net ac gov edu or ne www careers jobs kariera karriere apply")
_MAIL_HOSTS = word_set("gmail googlemail yahoo hotmail outlook live icloud me mail proton protonmail"
                       " gmx web aol zoho example company linkedin calendly zoom teams google")  # fmt: skip
_CUES = {
    "at": word_set("at @ bei chez en na w presso hos på"),
    "join": word_set("join joining joined for"),
    "with": word_set("with w/ w met cc"),
    "why": word_set("why warum pourquoi porque waarom hvorfor varför"),
    "past": word_set("ex ex- former formerly previously currently current was left from"),
    "in": word_set("in near to from"),
    "person": word_set("mr mrs ms dr prof hi hey dear thanks cheers ask asked told"),
}
_THEN = re.compile(
    r"(?i)\s*(?:(?P<paren>\()|(?P<colon>[^\w\s(]{0,4}\s?:)|(?P<says>(?:said|says|asked|told|mentioned|wants|thinks"
    r"|called|emailed|wrote|replied|messaged)\b)|(?P<office>office|campus|branch|site)\b)"
)
_FILE = re.compile(r"\w\.(?:csv|tsv|txt|md|pdf|docx?|xlsx?|pptx?|jpe?g|png|json|html?|ics|eml)$")
_POSSESSIVE = re.compile(r"(\w)['’]s\b")
_HUMPS = re.compile(r"(?<![\w])#?[A-Z][a-z]+(?:[A-Z][a-z]+)+(?=[\W_]|$)")
_KANA = re.compile(r"(?:株式会社|有限会社)([^\s、。「」（）()様の]{2,12})|([\u30a0-\u30ff]{3,12})")
_SEPARATORS = re.compile(r"\s+[-–—|·•:/]+\s+|\s*[|·•]\s*|:\s+|\s+(?:at|@)\s+|\s*@\s*|[()\[\]]")
_COMPANY_LABEL = re.compile(r"(?i)^\W*(?:company|employer|org|organi[sz]ation|firm|empresa"
                            r"|firma|unternehmen|entreprise|soci[eé]t[eé]|azienda|bedrijf"
                            r"|arbeitgeber|client|co|会社|企業|회사)\W*\s*[:：=]\s*(\S.*)$")  # fmt: skip
_ROLE_LABEL = re.compile(r"(?i)^\W*(?:role|position|job|title|job title|post|puesto|poste"
                         r"|stelle|vaga|applied for|applying for)\W*\s*[:：=]\s*(\S.*)$")  # fmt: skip
_SUBJECT = re.compile(r"(?i)^\W*(?:subject|betreff|objet|asunto|re|fwd?|aw|wg)\s*:")
_SIGN_OFF = re.compile(r"(?i)^\W*(?:best|kind|warm|many thanks|thanks|regards|cheers|sincerely"
                       r"|saludos|cordialement|mit freundlichen|viele grüße|atenciosamente)")  # fmt: skip
_AGENCY = word_set("talent recruitment recruiting recruiters staffing search headhunters"
                   " resourcing personnel consulting partners")  # fmt: skip
_COMMON = word_set(
    """the this that what when where which who why how and but for with from into about after
    before next last first second final okay ok yes no not notes note prep round rounds
    interview interviews call chat team role company recruiter manager hiring onsite virtual
    zoom teams meet star tldr todo questions question pitch research logistics timeline
    process loop overview background ask asked my me i we they he she you it our their his her
    monday tuesday wednesday thursday friday saturday sunday hr hm ceo cto cfo coo vp jd cv
    status stage stages schedule agenda summary email mail subject from to cc date re fwd
    hi hello dear thanks regards best update draft tips day week today tomorrow forwarded fw
    thread texts text card title journal memo memos voice copied pasted sheet board export chat
    job jobs hunt stuff thoughts apply applied booked nothing just sorry future me myself things
    misc random plan plans list todo to-do done tbd tbc n/a na info details contact re: page"""
)


FEATURES = (
    "bias", "log_count", "log_cap_count", "lower_share", "first_pos", "in_first_item",
    "in_top3", "in_front", "in_title_part", "in_heading", "in_top_heading", "company_label",
    "role_label", "after_at", "after_join", "after_why", "after_past", "after_in",
    "after_person", "possessive", "legal_form", "email_domain", "url_domain", "subject_line",
    "signature", "in_quote", "in_list", "sentence_start_only", "person_like", "job_like",
    "job_on_line", "time_like", "common_like", "agency_like", "all_caps", "abbr_expanded",
    "tokens1", "tokens2", "tokens3", "tokens4", "has_digit", "lowercase_only", "maximal",
    "inside_longer", "in_title_line", "then_paren", "then_colon", "then_says", "then_office",
    "title_first", "title_later", "top_part", "notes_words", "has_lower_word", "first_name",
    "camel", "kana", "after_with", "share_common", "share_job", "share_lower", "label_key",
    "email_local", "title_word", "share_notes", "share_time",
)  # fmt: skip


@dataclass
class Candidate:
    """One name the notes offer as the employer: its spellings and what the notes say around it."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    flags: set[str] = field(default_factory=set)
    first: int = 10**9
    extra: int = 0  # mentions under another spelling (its abbreviation)
    x: list[float] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The spelling the notes use most, a capitalised one first."""
        return max(self.forms.items(), key=lambda kv: (kv[0][:1].isupper(), kv[1], len(kv[0])))[0]


def _host(host: str) -> str:
    """The name part of a host: "shambapesa" in "shambapesa.co.ke", "kariera.brzozowa-logistyka.pl"."""
    parts = [p for p in host.lower().split(".") if p]
    if len(parts) > 1:
        parts = parts[:-1]
    while len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
        parts.pop()
    parts = [p for p in parts if p not in _SECOND_LEVEL]
    return parts[-1] if parts else ""


def _key(name: str) -> str:
    name = _LEGAL_TAIL.sub("", name.strip(" .,;:!?'\"’`*_#()[]")).strip(" .,")
    return " ".join(name.lower().replace("’", "'").split())


class _Pool:
    def __init__(self) -> None:
        self.found: dict[str, Candidate] = {}
        self.local: set[str] = set()  # the words of email addresses' local parts: people

    def add(self, name: str, k: int, *flags: str) -> None:
        name = name.strip(" .,;:!?'\"’`*_#()[]{}<>")
        key = _key(name)
        if not key or len(key) > 60 or len(key.split()) > 5 or not any(c.isalpha() for c in key):
            return
        if _FILE.search(key) or all(
            w in _COMMON or w in TIME_WORDS or w in SELF_WORDS for w in key.split()
        ):
            return  # "From", "Voice memo", "Monday": never a company
        c = self.found.setdefault(key, Candidate(key))
        c.forms[_LEGAL_TAIL.sub("", name).strip(" .,") or name] += 1
        c.flags.update(flags)
        c.first = min(c.first, k)


def _is_cap(w: str) -> bool:
    return w[:1].isupper() or (w[:1].isdigit() and any(ch.isupper() for ch in w))


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words (joining words inside): (start, end offsets, words)."""
    words = list(_WORD.finditer(text))
    out, run = [], []
    for m in [*words, None]:
        w = m.group() if m else ""
        if m and _is_cap(w) and (not run or text[run[-1].end() : m.start()].strip() in ("", "&")):
            run.append(m)
            continue
        if m and run and w.lower() in _JOIN and w.islower():
            gap = text[run[-1].end() : m.start()]
            if not gap.strip():
                run.append(m)
                continue
        while run and not _is_cap(run[-1].group()):
            run.pop()
        if run:
            out.append((run[0].start(), run[-1].end(), [r.group() for r in run]))
        run = [m] if m and _is_cap(w) else []
    return out


def _before(text: str, start: int) -> str:
    prev = text[:start].rstrip(' \t"“(*_')
    m = re.search(r"([\w/@-]+)\W*$", prev) if prev else None
    if prev.endswith("@"):
        return "@"
    return m.group(1).lower() if m else ""


def _add_spans(pool: _Pool, text: str, k: int, flags: tuple[str, ...]) -> None:
    text = _POSSESSIVE.sub(r"\1 's", text)  # "Fernhill's onsite": "Fernhill", then "'s"
    for start, end, words in _runs(text):
        cue = _before(text, start)
        after = text[end : end + 14]
        extra = [f"cue:{cue}"] if any(cue in cues for cues in _CUES.values()) else []
        if m := _THEN.match(after):
            extra.append("then_" + next(k for k, v in m.groupdict().items() if v))
        if _LEGAL.match(after.lstrip(" ,")):
            extra.append("legal_form")
        if after.startswith(" 's"):
            extra.append("possessive")
        opens = start == 0 or bool(re.search(r"[.!?:]\s*$|^\W*$", text[:start]))
        if opens and after.startswith(":") and not re.search(r"[.!?:]\s*$", text[:start]):
            extra.append("label_key")  # "From: …", "Sara: see you at 10"
        n = len(words)
        for i in range(n):
            for j in range(i + 1, min(n, i + 5) + 1):
                part = words[i:j]
                if part[-1].lower() in _JOIN or part[0].lower() in _JOIN:
                    continue
                name = " ".join(part)
                f = [*flags, "cap"]
                if i == 0:
                    f += extra if j == n else [e for e in extra if ":" in e]
                    f += ["opens"] if opens else ["mid"]
                else:
                    f.append("mid")
                if i == 0 and j == n:
                    f.append("maximal")
                pool.add(name, k, *f)


def _title_parts(text: str) -> list[str]:
    parts = [p.strip(" *_#-–—\t") for p in _SEPARATORS.split(text) if p and p.strip()]
    return [p for p in parts if 0 < len(p.split()) <= 5]


def candidates(o: Outline) -> list[Candidate]:
    """Every candidate for the employer, with its feature vector (in FEATURES' order)."""
    pool = _Pool()
    items = list(islice(o.items, MAX_ITEMS))
    fm = o.notes.front_matter
    for key in ("company", "employer", "organization", "org", "title"):
        value = fm.get(key)
        if isinstance(value, str):
            flag = "front_company" if key != "title" else "front_title"
            pool.add(value, -1, flag)
            for part in _title_parts(value):
                pool.add(part, -1, "title_part", "front_title")
    signed = -10
    for k, it in enumerate(items):
        text = it.text
        if len(text) > 2000:
            text = text[:2000]
        flags: list[str] = []
        if it.kind == "heading":
            flags.append("heading")
            if k < 12:
                flags.append("top_heading")
        if k == 0:
            flags.append("first_item")
        if k < 3:
            flags.append("top3")
        if it.kind in LIST_KINDS:
            flags.append("list")
        if it.kind == "quote":
            flags.append("quote")
        if _SUBJECT.match(text):
            flags.append("subject")
        if _SIGN_OFF.match(text):
            signed = k
        if 0 < k - signed <= 4 and len(text) < 80:
            flags.append("signature")
        if has_job(text):
            flags.append("job_line")
        if m := _COMPANY_LABEL.match(text):
            pool.add(m.group(1), k, "company_label", *flags)
            for part in _title_parts(m.group(1)):
                pool.add(part, k, "company_label", *flags)
        if m := _ROLE_LABEL.match(text):
            for part in _title_parts(m.group(1))[1:]:
                pool.add(part, k, "role_label", *flags)
        if (k < 12 and it.kind == "heading") or k == 0 or "subject" in flags:
            line = ["title_line"] if k == 0 else []
            for n, part in enumerate(_title_parts(_SUBJECT.sub("", text))):
                where = "title_first" if n == 0 else "title_later"
                pool.add(part, k, "title_part", where, *flags, *line)
                words = part.split()
                for i in range(len(words)):  # "dd sre", "MSR internship": each word, each pair
                    for j in range(i + 1, min(len(words), i + 2) + 1):
                        if j - i < len(words):
                            pool.add(" ".join(words[i:j]), k, "title_word", where, *flags, *line)
        elif k < 3 and len(text) < 100:
            for part in re.split(r"\s*[,;]\s*|\s+[-–—|·]+\s+", text):
                pool.add(part, k, "top_part", *flags)
        for m in _HUMPS.finditer(text):  # "#LifeAtKornfeld", "FormosaMotionControl_JD.pdf"
            _add_spans(pool, " ".join(re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", m.group())), k,
                       (*flags, "camel"))  # fmt: skip
        for m in _KANA.finditer(text):  # "株式会社ミズナラ様より", "なぜミズナラ"
            pool.add(m.group(1) or m.group(2), k, "kana", *flags)
        for m in _EMAIL.finditer(text):
            pool.local.update(re.split(r"[._+-]", m.group(1).lower()))
            if (host := _host(f"{m.group(2)}.{m.group(3)}")) and host not in _MAIL_HOSTS:
                pool.add(host.replace("-", " "), k, "email_domain", *flags)
        for m in _URL.finditer(text):
            host = _host(m.group(1) or m.group(2))
            if (
                host
                and host not in _MAIL_HOSTS
                and "@" not in text[max(0, m.start() - 1) : m.start()]
            ):
                pool.add(host.replace("-", " "), k, "url_domain", *flags)
        for m in re.finditer(r"(?:^|\s)@([a-z][\w-]{2,30})\b", text):
            pool.add(m.group(1), k, "cue:at", *flags)
        _add_spans(pool, text, k, tuple(flags))
    _expand_abbreviations(pool)
    body = "\n".join(it.text for it in items)[:200_000]
    out = list(pool.found.values())
    keys = set(pool.found)
    for c in out:
        c.x = _vector(c, body, keys, pool.local)
    return out


def _expand_abbreviations(pool: _Pool) -> None:
    """An abbreviation ("NPT") also counts for the name it stands for ("Northgate Pension Trust")."""
    found = pool.found
    for key, c in list(found.items()):
        letters = re.sub(r"[&+]", "", c.text)
        if not (2 <= len(letters) <= 5 and letters.isalpha()) or letters.istitle():
            continue  # "NPT", "K+N", "DfCC", "amzn"; not "Sara"
        for other in sorted(found.values(), key=lambda o: o.first):
            if other is not c and key in found and _stands_for(key, other.key):
                other.flags.update(f for f in c.flags if f not in ("cap", "maximal"))
                other.flags.add("abbr_expanded")
                other.first = min(other.first, c.first)
                other.extra += sum(c.forms.values())
                found.pop(key, None)
    for key, c in list(found.items()):  # "vaarikaspay" (vaarikaspay.ee) is "Vaarikas Pay"
        if c.flags & {"email_domain", "url_domain"}:
            squashed = re.sub(r"\W", "", key)
            for other in list(found.values()):
                if other is not c and key in found and re.sub(r"\W", "", other.key) == squashed:
                    other.flags.update(c.flags & {"email_domain", "url_domain"})
                    other.extra += sum(c.forms.values())
                    other.first = min(other.first, c.first)
                    found.pop(key, None)


def _stands_for(abbr: str, name: str) -> bool:
    """``abbr`` is ``name``'s initials ("npt": "northgate pension trust", "dfcc": "department
    for coastal communities") or its letters squeezed ("amzn": "amazon", "msr": "microsoft
    research"), first letter first."""
    abbr = re.sub(r"[&+]", "", abbr)
    words = re.findall(r"[^\W_]+", name)
    if len(words) == len(abbr) and "".join(w[0] for w in words) == abbr:
        return True
    bare = [w for w in words if w not in _JOIN]
    if len(bare) == len(abbr) and "".join(w[0] for w in bare) == abbr:
        return True
    flat = "".join(words)
    if len(flat) < len(abbr) + 2 or flat[0] != abbr[0]:
        return False
    rest = iter(flat[1:])
    return all(ch in rest for ch in abbr[1:])


def _count(name: str, body: str) -> tuple[int, int, int]:
    """How often the notes write ``name``: in all, capitalised, all in lower case."""
    found = re.findall(rf"(?<![\w@.]){re.escape(name)}(?!\w)", body, re.IGNORECASE)
    return len(found), sum(f[:1].isupper() for f in found), sum(f.islower() for f in found)


def _vector(c: Candidate, body: str, keys: set[str], local: set[str]) -> list[float]:
    text = c.text
    words = c.key.split()
    count, caps, lower = _count(text, body)
    count += c.extra
    f = c.flags
    cues = {fl.split(":", 1)[1] for fl in f if fl.startswith("cue")}
    person = len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in text.split())
    person_f = 1.0 if person and not any(w in ROLE_WORDS for w in words) else 0.0
    longer = sum(1 for k in keys if k != c.key and f" {c.key} " in f" {k} ")
    first_name = (
        len(words) == 1
        and text[:1].isupper()
        and any(k.startswith(c.key + " ") and len(k.split()) == 2 for k in keys)
    )
    lower_word = len(words) > 1 and any(w.islower() and w not in _JOIN for w in text.split())
    values = {
        "bias": 1.0,
        "log_count": math.log1p(count),
        "log_cap_count": math.log1p(caps),
        "lower_share": lower / count if count else 0.0,
        "first_pos": 1.0 - min(max(c.first, 0), 200) / 200,
        "in_first_item": float("first_item" in f),
        "in_top3": float("top3" in f or c.first < 3),
        "in_front": float("front_company" in f) * 2 + float("front_title" in f),
        "in_title_part": float("title_part" in f),
        "in_title_line": float("title_line" in f),
        "in_heading": float("heading" in f),
        "in_top_heading": float("top_heading" in f),
        "company_label": float("company_label" in f),
        "role_label": float("role_label" in f),
        "after_at": float(bool(cues & _CUES["at"])),
        "after_join": float(bool(cues & _CUES["join"])),
        "after_why": float(bool(cues & _CUES["why"])),
        "after_past": float(bool(cues & _CUES["past"])),
        "after_in": float(bool(cues & _CUES["in"])),
        "after_person": float(bool(cues & _CUES["person"])),
        "after_with": float(bool(cues & _CUES["with"])),
        "share_common": sum(w in _COMMON or w in SELF_WORDS for w in words) / len(words),
        "share_job": sum(w in ROLE_WORDS or bool(has_job(w)) for w in words) / len(words),
        "share_lower": sum(w.islower() for w in text.split()) / len(words),
        "label_key": float("label_key" in f),
        "email_local": float(words[0] in local),
        "title_word": float("title_word" in f and "title_part" not in f),
        "share_notes": sum(w in NOTES_WORDS for w in words) / len(words),
        "share_time": sum(w in TIME_WORDS or any(ch.isdigit() for ch in w) for w in words)
        / len(words),
        "possessive": float("possessive" in f),
        "legal_form": float("legal_form" in f),
        "email_domain": float("email_domain" in f),
        "url_domain": float("url_domain" in f),
        "subject_line": float("subject" in f),
        "signature": float("signature" in f),
        "in_quote": float("quote" in f),
        "in_list": float("list" in f and "heading" not in f),
        "sentence_start_only": float("opens" in f and "mid" not in f),
        "person_like": person_f,
        "job_like": float(
            has_job(text) or text in ROLE_ABBREVIATIONS or all(w in ROLE_WORDS for w in words)
        ),
        "job_on_line": float("job_line" in f),
        "time_like": float(any(w in TIME_WORDS for w in words)),
        "common_like": float(all(w in _COMMON for w in words)),
        "agency_like": float(any(w in _AGENCY for w in words)),
        "all_caps": float(text.isupper() and len(text) > 1),
        "abbr_expanded": float("abbr_expanded" in f),
        "tokens1": float(len(words) == 1),
        "tokens2": float(len(words) == 2),
        "tokens3": float(len(words) == 3),
        "tokens4": float(len(words) >= 4),
        "has_digit": float(any(ch.isdigit() for ch in text)),
        "lowercase_only": float(text.islower()),
        "maximal": float("maximal" in f),
        "inside_longer": math.log1p(longer),
        "then_paren": float("then_paren" in f),
        "then_colon": float("then_colon" in f),
        "then_says": float("then_says" in f),
        "then_office": float("then_office" in f),
        "title_first": float("title_first" in f),
        "title_later": float("title_later" in f),
        "top_part": float("top_part" in f),
        "notes_words": float(generic_title(text)),
        "has_lower_word": float(lower_word),
        "first_name": float(first_name),
        "camel": float("camel" in f),
        "kana": float("kana" in f),
    }
    return [values[name] for name in FEATURES]
