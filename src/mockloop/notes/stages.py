"""Stages of the loop. A heading for one stage ("## panel", "## Group assessment day - Tue 16
April") reads like the loop's plan, so the round finder looks under it for rounds; when it
finds none there, the heading is a round itself. A step of the process list that is an
interview though it names no kind ("4. grup mülakatı") is a round too, and so is a step named
and dated over the bullets that describe it ("scenario - 18/02, 10am", "Achieng - Tue 11th
Feb 14:00"), but not an errand ("Flight - Wed 12 Feb 7am")."""

from __future__ import annotations

import re

from .breaks import is_break, is_prep
from .found import Round
from .outline import Outline
from .shapes import aside_heading
from .vocab import CONTAINER, ROUNDISH, has, is_date, outside_brackets, split_title, tokens
from .when import says_when

__all__ = ["round_noun", "stage_rounds", "stage_when"]

_OVERVIEW_WORDS = re.compile(
    r"(?i)\b(?:process|loop|rounds|stages|steps|pipeline|interviews|overview|how|timeline"
    r"|prozess|proceso|processus|etapas|fases|runden|étapes|rondas|tahapan|proses)\b"
)


# a heading about a stage, not the stage; and stages that hold several rounds of their own
_ABOUT_A_STAGE = re.compile(
    r"(?i)\b(?:wear|lessons?|learn(?:ed|t)?|after|before|what|how|recap|thoughts|reflections?"
    r"|tips|debrief|logistics|feedback)\b"
)
# (but "superday 1" is a round; "Onsite 5/20", "Superday 12 March" are dates, not numbers)
_SEVERAL_ROUNDS = re.compile(
    r"(?i)\b(?:onsite|on-site|superday|super day|loop)\b(?!\s*#?\d{1,2}\b(?!\s*(?:[/.:-]|jan|feb"
    r"|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)


def stage_rounds(o: Outline, rounds: list[Round], claimed: set[int]) -> list[Round]:
    """Stage headings with lines of their own and no round found under them, as rounds."""
    starts = sorted(r.source.line or 0 for r in rounds)
    out: list[Round] = []
    for sec, section in enumerate(o.notes.sections):
        heading = section.heading
        if heading is None or o.own[sec] != "process" or _OVERVIEW_WORDS.search(heading):
            continue  # "## Interview process": the loop's plan, even when nothing is typed
        if (
            aside_heading(heading)
            or _ABOUT_A_STAGE.search(heading)
            or _SEVERAL_ROUNDS.search(heading)
        ):
            continue  # "## Onsite logistics", "## Panel feedback", an onsite (but "superday 1")
        first = o.starts[sec]
        if first in claimed or o.items[first].kind != "heading":
            continue
        line, end = o.items[first].line, o.ends[sec]
        if any(line <= s < end for s in starts) or is_break(heading) or is_prep(heading):
            continue
        if not (first + 1 < len(o.items) and o.secs[first + 1] == sec):
            continue  # nothing under it
        claimed.add(first)
        it = o.items[first]
        title = split_title(heading)[0] or heading  # not "… - Tue 16 April 9am-12"
        out.append(Round(title, it, (it.line, 0), heading, heading_sec=sec))
    return out


def round_noun(text: str) -> bool:
    """A short title whose words say it is an interview though they name no kind ("grup
    mülakatı", "video mülakat (kayıtlı, 4 soru)"), and no break or step around one."""
    title = outside_brackets(split_title(text)[0])
    return (
        0 < len(title.split()) <= 4
        and has(tokens(title), ROUNDISH)
        and not has(tokens(title), CONTAINER)
        and not is_break(title)
        and not is_prep(title)
    )


_LABEL_WHEN = re.compile(r"^([^\s:–—-][^:–—]{0,40}?)\s+[-–—]+\s+(\S.*)$")
_DAY_OR_MONTH = re.compile(
    r"(?i)^(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|weeks?|days?"
    r"|today|tomorrow|morning|afternoon|evening)\b"
)


_NOT_A_STEP = re.compile(
    r"(?i)\b(?:day|days|centre|center|outline|prep|notes|plan|process|overview|timeline"
    # errands and news beside the loop: "Flight - Wed 12 Feb 7am", "Results - Fri 21 Feb"
    r"|flights?|hotels?|trains?|bus|taxi|uber|travel|results?|feedback|dentist|doctor|gym"
    r"|payday|reading|referral|deadline|visa|offer|holiday|vacation|appointment|haircut"
    r"|birthday|party|wedding|rent|bills?|shopping|laundry|packing|parking)\b"
)


def stage_when(text: str) -> bool:
    """ "<short name> - <when>" ("scenario - 18/02, 10am", "Achieng - Tue 11th Feb 14:00"): a
    step of the loop named and dated, over the lines that describe it; not a day of a diary
    or a study plan ("Tue - 3/4", "Week 2 - 5/20")."""
    m = _LABEL_WHEN.match(text)
    if not m or is_prep(text) or is_break(m.group(1)):
        return False
    if not says_when(m.group(2)):
        return False
    label = m.group(1).strip()
    return (
        len(label.split()) <= 4
        and not is_date(label)
        and not _DAY_OR_MONTH.match(label)
        and not _NOT_A_STEP.search(label)
        and not has(tokens(label), CONTAINER)  # "Virtual onsite — Tue 3/19, 4 x 45–60 min"
    )


# "the next steps are:", "i prossimi passi sono:", "les prochaines étapes :": a line that
# announces the list of the loop's steps under it
_NEXT_STEPS = re.compile(
    r"(?i)\b(?:next steps?|prossimi passi|prossime fasi|pr[óo]ximos pas(?:os|sos)"
    r"|pr[óo]ximas etapas|prochaines [ée]tapes|n[äa]chsten schritte|volgende stappen"
    r"|kolejne etapy|n[äa]sta steg|naslednji koraki|sledeči koraki|sljedeći koraci|sledeći koraci"
    r"|j[äa]rgmised sammud|seuraavat vaiheet|n[æa]ste skridt|neste steg|dal[šs][íi] kroky"
    r"|nast[ęe]pne kroki|kolejne kroki|urm[ăa]torii pa[șs]i|k[öo]vetkez[őo] l[ée]p[ée]sek"
    r"|sonraki ad[ıi]mlar|langkah selanjutnya|tahap selanjutnya"
    r"|(?:dal[šs][íi]ch|dal[šs][íi]|n[áa]sleduj[íi]c[íi](?:ch)?)\s+kol[ao]?"  # Czech: the next rounds
    r")\b[^:]{0,70}:\s*$"
    # "Deux étapes :", "The afternoon will consist of two parts:": a count of the steps, then the
    # list, on a line that opens on it or speaks of the day or the process (not "STAR answers
    # have 4 parts:", "What I learned from my last 2 interviews:")
    r"|(?:^\W*|[.!?]\s+|\b(?:day|afternoon|morning|process|processo|proceso|processus|verfahren|ablauf"
    r"|selection|s[ée]lection|sele[çc][ãa]o|selecci[óo]n|loop|assessment|invitation|consist\w*"
    r"|consta|comprend\w*|besteht)\b[^:]{0,40}?)"
    r"\b(?:two|three|four|deux|trois|quatre|zwei|drei|vier|dos|tres|cuatro|duas|tr[êe]s|quatro"
    r"|twee|drie|vier|due|tre|quattro|2|3|4)\s+(?:steps|stages|rounds|interviews|parts|[ée]tapes|tours"
    r"|entretiens|schritte|runden|gespr[äa]che|etapas|fases|pasos|rondas|entrevistas|stappen"
    r"|rondes|gesprekken|fasi|colloqui)\s*:\s*$"
)


def announced(o: Outline, k: int) -> bool:
    """Item ``k`` is in a list right under a line that announces the loop's steps ("Sara: the
    next steps are:" over "1) kitchen trial …", "2) interview with the chef …")."""
    j, kind = k, o.items[k].kind
    while j > max(0, k - 30) and (
        (o.items[j - 1].kind == kind and not o.items[j - 1].depth) or _detail(o, j - 1, kind)
    ):
        j -= 1
    return (
        j > 0
        and o.items[j - 1].line >= o.items[j].line - 2
        and bool(_NEXT_STEPS.search(o.items[j - 1].text))
    )


def _detail(o: Outline, i: int, kind: str) -> bool:
    """Item ``i`` is a detail line wrapped under the list item before it ("1) Technický
    rozhovor – Radek" over "   Webové aplikace, Active Directory")."""
    it = o.items[i]
    return (
        it.kind == "paragraph"
        and i > 0
        and o.items[i - 1].kind == kind
        and it.line == o.items[i - 1].line + 1
    )
