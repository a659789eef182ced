"""Slots on a schedule that are no interview: breaks, lunch, tours, socials and meeting the
team, in the languages notes mix in; and the steps of a hiring process around the interviews
(applying, the offer, reference and background checks), in any script the gloss reads; and
practice on the calendar (a mock, a drill, a study block), which is no round either."""

from __future__ import annotations

import re

from .explicit import gloss
from .vocab import ROUNDISH, has, outside_brackets, round_types, tokens
from .when import says_when

__all__ = [
    "counted_as_round",
    "is_break",
    "is_todo",
    "notes_say_none",
    "other_process",
    "said_not_a_round",
]

_BREAK = re.compile(
    r"(?i)\b(break(?![/ -]?fix)|lunch|breakfast|brunch|tea|arrive|dinner|coffee|koffie|kaffee|caf[ée]|tour|social|informal"
    r"|not evaluated|not an interview|not part of the (?:process|loop)|inte en del av processen"
    r"|fika|m[üu]lakat değil|gezisi|pauze|pausa|mittagessen|lunchpauze|almuerzo|ob[ěe]d"
    r"|(?:werks|betriebs|haus)rundgang|visita (?:guiada|às instala)|repas|d[îi]ner"
    r"|pas (?:un|d')entretien|kein (?:vorstellungs)?gespr[äa]ch|no es una entrevista"
    r"|\(optional\b|^\W*optional\b|\boptional\s+(?:coffee|lunch|tour|social|meet|chat|drinks|dinner)"
    r"|n[ãa]o [ée] (?:uma )?entrevista|geen sollicitatiegesprek|non [èe] un colloquio"
    r"|prohl[íi]dka|rundvisning|frokost|lounas|tutustuminen|eb[ée]d|pr[âa]nz|ikke en del"
    r"|ei arvioida|nem része|not assessed|nu e interviu|si usaili|si sehemu ya usaili"
    r"|meet the team|happy hour|welcome|wrap[ -]?up|check[ -]?in|travel|arrival|badge|join(?:ing)? link|test (?:your |my )?(?:camera|mic|audio|setup)|tech check"
    r"|cancell?ed|canceled|annul[ée]e?|abgesagt|cancelad[oa]|annullat[oa]|geannuleerd|inst[äa]lld"
    r"|anulowan[aey]|أُلغي|ألغي|ملغى|取消|中止|キャンセル|скасовано|отменен[оа]?|ακυρώθηκε|pause"
    r"|kaffeepause|mittagspause|begr[üu](?:ß|ss)ung|rundgang|laborf[üu]hrung"
    r"|werksf[üu]hrung|verabschiedung|abschluss(?=\s*(?:&|und)\s*feedback)|pranzo|cena|giro del"
    r"|giro in|giro dell|visita (?:al|del|della|alla|ai)|rondleiding|visite (?:du|de la|des)|recorrido"
    r"|comida|almo[çc]o|d[ée]jeuner|obiad|[öo][ğg]le yeme[ğg]i|ak[şs]am yeme[ğg]i|non fa parte"
    r"|non [èe] valutat[oa]|no (?:es|se) eval[úu]a|niet beoordeeld|telt niet mee|nicht bewertet"
    r"|non [ée]valu[ée]|n[ãa]o (?:é|conta como) avaliad[oa]|nie jest oceniane|de[ğg]erlendirilmiyor"
    r"|ba[şs]vuru|sa[ğg]l[ıi]k kontrol\w*|y[üu]zme testi|visita medica|medische keuring"
    r"|reconocimiento m[ée]dico|examen m[ée]dic\w*|badania lekarskie|[äa]rztliche untersuchung"
    r"|exame admissional|exame m[ée]dico|info(?:rmation)? session|webinar|feedback (?:call|session)"
    r"|open (?:day|evening)|(?:job|career) fair|just scheduling|set up a time|scheduling call"
    r"|document (?:check|verification)|accueil|d[ée]brief(?!\s+(?:du|de l'|of the|on the)\s*(?:test|exercice|case|take))|fin de journ[ée]e|rece[çc][ãa]o"
    r"|boas-vindas|intervalo|bienvenida|recepci[óo]n|empfang|welkom|ontvangst"
    r"|dentist|zahnarzt|tandarts|dentista|dentiste|tandl[äa]kare|hammasl[äa][äa]k[äa]ri|dentysta"
    r"|fogorvos|zuba[řr]|(?:kita|daycare|school|nursery)\s+pick-?up|school run)\b"
)


# steps of a hiring process that are no interview: applying, the offer, checks after it
_NOT_INTERVIEW = re.compile(
    r"(?i)^\W*(?:(?:done|todo|next|x)\]\s*)?"  # a checklist's "[done] offer call"
    r"(?:\d{1,2}[.)]\s*|(?:name|title)\s*:\s*)?"
    r"(?:(?:stage|step|phase|round|[ée]tape|etapa)\s*\d+(?:\s*(?:of|de|von)\s*\d+)?\W+)?"
    r"(?:applied(?=\s*$|\s+(?:on|to|via|through|online|for)\b|\s*[-–—,(])"
    r"|application(?:\s+(?:sent|submitted))?(?=\s*$|\s*[-–—,(→:])"
    r"|(?:conditional\s+)?(?:job\s+)?offer(?:\s+(?:call|stage|letter|discussion))?"
    r"|references?(?:\s+(?:checks?|calls?))?(?=\s*$|\s*[-–—+,(&]|\s+(?:after|before|only|and)\b)"
    r"|r[ée]f[ée]rences?(?=\s*$|\s*[-–—+,(&])|v[ée]rification\s+des\s+r[ée]f[ée]rences"
    r"|(?:enqu[êe]te\s+de\s+)?s[ée]curit[ée](?=\s*$|\s*[-–—,(])|security\s+(?:check|clearance|screening|vetting)"
    r"|refs?(?=\s*$|\s*[-–—+,(&])|references?\s+(?:checks?|calls?)|background\s+(?:checks?|verification|screening)|background\s*/\s*mvr|mvr\b"
    r"|referenstagning|referans\w*|referenz\w*|referenci\w*|bakgrunds\w*|drug\s+(?:screen|test)|medical(?:\s+(?:check|exam|review)\w*)?$"
    r"|onboarding|start\s+date|rejected|withdrew|offering(?:\s+letter)?|mcu\b|medical\s+check-?up"
    r"|results?(?=\s*:)|decision(?=\s*:)"  # "12:30 result: who continues to the interview"
    r"|seleksi\s+administrasi|administrative\s+screening|(?:cv|resume)\s+screening|(?:(?<!\d )done|end|finish(?:ed)?|end of (?:the )?day"
    r"|leave|depart\w*)(?=\W*$))\b(?!\s*(?:interview|round))"
)


# the candidate's word that an informal step was an interview all the same: "'informal' but
# honestly it was round 1", "so I'm counting it", "not an interview but it kind of is"
_COUNTED = re.compile(
    r"(?i)\bit\s+was\s+(?:really\s+|basically\s+|honestly\s+|effectively\s+)?(?:round|stage)\s*\d"
    r"|\bit\s+was\s+(?:really|basically|honestly|effectively)\s+an?\s+interview\b"
    r"|\b(?:i'?m|i\s+am|i'?ll)\s+count(?:ing)?\s+it\b|\bcounts?\s+as\s+(?:a\s+|an\s+|the\s+first\s+)?"
    r"(?:round|interview|stage)\b|\bbut\s+(?:it\s+)?(?:it'?s\s+|is\s+)?(?:kind\s+of|kinda|sort\s+of|really"
    r"|basically|actually)\s+is\b"
)


def counted_as_round(*texts: str) -> bool:
    """The notes say a coffee, an informal chat or a step "not an interview" counted as one."""
    return any(_COUNTED.search(t) for t in texts)


def said_not_a_round(line: str) -> bool:
    """The line says its step is no interview, after its name ("Charla en el ITBA — informativa,
    no cuenta", "offer call … Not an interview.")."""
    # its own clause only: not the "(not an interview)" of "…, then lunch (not an interview)"
    own = re.split(r"\bthen\b|\bafterwards\b|;", line, maxsplit=1)[0]
    return bool(_NEGATED.search(own))


def notes_say_none(title: str, notes: list[str]) -> bool:
    """A round's own notes say it is none: another company's process kept as a backup ("(other
    process, keep it going as backup)"), or, for a title that names no round, a first note that
    opens on or quotes "not graded", "not interviews" (not "after lunch (lunch … is not an
    interview)")."""
    if any(_OTHER_PROCESS.search(n) for n in notes[:3]):
        return True
    return bool(notes) and not round_types(title) and bool(_NOT_GRADED.search(notes[0]))


_NOT_GRADED = re.compile(
    r"(?i)(?:^\W*|[\"“'‘])not\s+(?:an?\s+)?(?:interviews?|graded|scored|assessed|part\s+of\s+the"
    r"\s+(?:assessment|process|selection))\b"
)
_OTHER_PROCESS = re.compile(
    r"(?i)\(\s*(?:an)?other\s+(?:process|company|application|job)\b"
    r"|\bkeep\s+it\s+going\s+as\s+(?:a\s+)?backup\b"
)
# "entrevista en Globant – ¡otra empresa, no mezclar!", "(outra vaga, NÃO confundir)": said of
# a line, not of a round's notes ("why do I want another job?" is a recruiter's question)
_ANOTHER = re.compile(
    r"(?i)\b(?:otra\s+empresa|outra\s+(?:vaga|empresa)|altra\s+azienda|autre\s+(?:entreprise|boîte)"
    r"|andere[sn]?\s+(?:firma|unternehmen)|inna\s+firma|druga\s+firma)\b[^?]*(?:no|não|nicht|pas"
    r"|non|nie|ne)\s+(?:mezclar|confundir|verwechseln|confondre|confondere|mylić|miješati)"
)


def other_process(text: str) -> bool:
    """The line is about another employer's process: "(other process, keep it as backup)"."""
    return bool(_OTHER_PROCESS.search(text) or _ANOTHER.search(text))


def is_break(text: str) -> bool:
    """Breaks, lunch, tours and social sessions are on the schedule but are not rounds; nor
    are applying, the offer and the checks after it."""
    if counted_as_round(text):
        return False  # "Team matching: 'not an interview but it kind of is'"
    if (
        _NEGATED.search(text)
        or _ELSEWHERE.match(text)
        or _FAMILY_CALL.match(text)
        or (_MAYBE.match(text) and not says_when(text))
    ):
        return True  # "drug screen + MVR (not an interview)", "maybe a hello w/ the GM" (undated)
    # "Simulator assessment (… incl. briefing …)": what the brackets add does not make a break;
    # gloss: "Знайомство з командою" is meeting the team
    said = gloss(outside_brackets(text).strip() or text)
    if _SOFT_BREAK.search(said) and not (has(tokens(said), ROUNDISH) or round_types(said)):
        return True  # "Registration, document verification"; not "Briefing exercise (written)"
    if _QUOTED_INFORMAL.match(text):
        return False  # "koffie met Daan" - do 20/3: the company's own name for a round
    kinds = (
        set(round_types(said))
        if (m := _BREAK.search(said)) and m[0][:4].lower() == "wrap"
        else set()
    )
    if kinds & {"executive", "hiring-manager"}:
        return False  # "Wrap-up with our CRO, Angela Price": a talk with someone who decides
    return bool(m or _NOT_INTERVIEW.match(said.strip()))


# an informal slot named in quotes, the way the company calls it: "\"koffie met Daan\" - do 20/3",
# "Steg 2 – \"Fika med Elsa\"", "\"Lunch interview\""
_QUOTED_INFORMAL = re.compile(
    r"^(?:[^\"“”]{0,30}[-–—:]\s*)?[\"“](?=[^\"”]{0,40}\b(?i:coffee|koffie|kaffee|caf[ée]|fika|lunch"
    r"|dinner|walk)\b)(?=[^\"”]{0,40}(?:\b(?i:interview)\b|\b(?:with|w/|met|mit|med|com|con|z)\s+"
    r"(?:(?:Chef|Dr\.?)\s+)?(?:[A-Z]|(?i:the\s+)?(?i:cto|ceo|coo|cfo|vp|hiring\s+manager|hm|head|founder"
    r"|director|manager|chef|partner|owner))))[^\"”]{3,50}[\"”]"
    r"|^(?:[^\"“”]{0,30}[-–—:]\s*)?[\"“][^\"”]{0,40}\b(?i:coffee|koffie|fika|lunch|walk)\b[^\"”]{0,20}[\"”]"
    r"\s+(?:with|w/)\s+[A-Z]"
)


_SOFT_BREAK = re.compile(
    r"(?i)\b(?:registration|(?:company )?briefing|orientation|induction|walk(?:ed)?\s+(?:round|around)"
    r"|^\W*reporting(?=[\s,]+(?:time|at|\d|id\b))|id\s+check|check-?in\b"  # "8:30 reporting, ID check"
    r"|(?:site|office|plant|ship|factory|warehouse|lab|facility|clinic|floor)\s+(?:visit|walk"
    r"(?:through)?|tour)|referee(?:s|\s+checks?)|pre-?employment\s+(?:med\w*|checks?|screening)"
    r"|to\s+discuss\s+the\s+(?:package|offer|contract)|decision\s+(?:by|due|expected|deadline)|stand-?up|(?<=\w\s)meet-?up(?!\s+with))\b"
)  # but "technical + site walk" is the technical round


# a step the notes only think might happen: "maybe a hello w/ the GM 'if he has time'",
# "Ewentualnie krótka rozmowa z CFO"
_MAYBE = re.compile(
    r"(?i)^\W*(?:maybe|possibly|perhaps|might|ewentualnie|eventuell|evtl\.?|evt\.?|quiz[aá]s"
    r"|talvez|forse|misschien|mungkin|peut-[êe]tre)\b|^\W*(?:likely|probably)\s*:"
)
# another company's process: "Also talking to Strömma Resor (2nd round maybe in April)"
_ELSEWHERE = re.compile(
    r"(?i)^\W*(?:(?:i'?m|i am|am)\s+)?also\s+(?:talking|interviewing|in\s+(?:a\s+)?process|applying"
    r"|in\s+touch)\s+(?:to|with|at|for)\s+(?!the\b|a\b|an\b|our\b|their\b|her\b|his\b)(?-i:[A-Z])"
)
# "call with mum on sunday about the move": family, not the employer
_FAMILY_CALL = re.compile(
    r"(?i)^\W*(?:call|chat|coffee|drinks|dinner|lunch|catch-?up)\s+(?:w/|w|with)\s+(?:my\s+)?"
    r"(?:mum|mom|mam|dad|parents|family|friends?|partner|wife|husband|sister|brother|cousin)\b"
    r"|^1:1\s+(?!(?i:interview|behaviou?ral|technical|coding|panel|screen|chat|call|director"
    r"|manager|lead|founder|ceo|cto|cfo|coo|vp|hm|hr)\b)(?-i:[A-Z][a-z]+)$"  # "1:1 Gabe": a work 1:1
)
_NEGATED = re.compile(
    r"(?i)\bnot (?:an? )?(?:interview|evaluated|assessed|scored|graded|part of)|\bno scoring|(?:^|[.!(—–]\s*)not mine\b"
    r"|\bjust paperwork|\bkein interview|\bgeen (?:gesprek|sollicitatie)|\bno es (?:una )?entrevista"
    r"|\bpas d'(?:entretien|[ée]valuation)|\bn[ãa]o (?:é|conta como) entrevista|\bsin entrevista"
    r"|\bno interview\b(?!\s+\w)|\bno cuenta\b|\bgörüşme yok\b"  # "(it) doesn't count"
    r"|\bpas [ée]valu[ée]e?s?\b|\bnon [ée]valu[ée]e?s?\b|\bno evaluad[oa]\b|\bnicht bewertet\b"
    r"|面接ではない|面接ではありません|面接じゃない|不是面试|면접\s?아님|면접이\s?아님"  # CJK
)


_TODO = re.compile(
    r"(?i)^(?:please\s+|pls\s+|kindly\s+)?(?:re-?do|redo|update|practi[cs]e|re-?read|read|prepare|prep|write|re-?write|print"
    r"|buy|book|send|e-?mail|look\s+up|sign\s+up|do|make|check|finish|learn|study"
    # "research the team", not a "Research talk" or a "Research deep dive"
    r"|research(?!\s+(?:talk|deep\s+dive|presentation|seminar|interview|round|chat|panel"
    r"|conversation|discussion|review)\b)"
    r"|watch|follow\s+up|reach\s+out|pack|charge|bring|memori[sz]e|rehearse|record|draft"
    r"|polish|build|try|find|get|set\s+up|think|list|reply|confirm|remember|don'?t|dont|avoid"
    r"|clean|close|install|run|drink|sleep|eat|refresh|brush\s+up|go\s+over|skim|revise"
    r"|re-?watch|ping|thank|schedule|add|fix|finali[sz]e|mock|dry[- ]run|delete|remove|cancel)"
    r"\b(?!\s*[:=-])"
)


def is_todo(text: str) -> bool:
    """A to-do line ("re-do 3 metric cases with Jules", "update portfolio doc"): it opens on a
    verb, the way a task is written, not the name of a round."""
    if text.startswith(("[ ]", "[x]", "[X]", "☐", "☑", "✓", "✔")):  # "[ ] book the train (round 2)"
        rest = text[1:].lstrip("] xX").strip() if text[0] == "[" else text[1:].strip()
        # "[x] HR screen - Renee, 28 Aug": a tracked round; "[ ] Zugticket Frankfurt": a task
        return not rest or is_todo(rest) or not (round_types(rest) or has(tokens(rest), ROUNDISH))
    if not text[:1].isalpha():
        return False
    if _TODO.match(text):
        return True
    # a verb at the end of a task told German- or Dutch-style, on a line that does not open on
    # a round ("Telefoninterview 11.03. – Recruiterin will mich anrufen" is a round)
    return bool(_TODO_VERB.search(text)) and not round_types(" ".join(text.split()[:2]))


# a task told with its verb at the end, as German and Dutch put it: "Zugticket Frankfurt →
# Berlin (Runde 2) buchen sobald Termin da ist", "Präsentation vorbereiten"
_TODO_VERB = re.compile(
    r"(?i)\b(?:buchen|üben|durchgehen|zusammenfassen|vorbereiten|ausdrucken|anrufen|besorgen"
    r"|mitnehmen|boeken|oefenen|voorbereiden|uitprinten|opzoeken|nalezen)"
    r"(?=\W*$|\s+(?:sobald|wenn|bis|bevor|zodra|voor|asap)\b)"
)


# practice, not an interview: "Sat 5/10: mock interview w/ Priya", "Mon: practise coding 2h"
_PRACTICE = re.compile(
    # "mock interview w/ Priya" is practice; a "Mock discovery call" or a "Mock QBR" is a role play
    r"(?i)\b(?:mock(?:s|ed)?(?!\s+(?:discovery|sales|customer|cold|qbr|pitch|negotiation|client"
    r"|demo|business|escalation)\b)|(?<!dental\s)(?<!vet\s)(?<!gp\s)(?<!law\s)(?<!medical\s)"
    r"practi[cs](?:e|es|ed|ing)(?!\s+(?:lead|manager|director|nurse|owner|partner|head|area|development|educator)\b)|drills?|rehears\w*|dry[- ]run|leetcode\s+grind"
    r"|(?<!case\s)study(?:ing)?\b(?!\s+(?:presentation|review|round|interview))|references?(?:\s+checks?)?|background\s+checks?"
    r"|entretien\s+blanc|simulacro|simulaci[oó]n|simulado|(?<!prueba\s)(?<!proba\s)(?<!prova\s)pr[aá]ctica|oefen\w*|proefgesprek"
    r"|(?<!schriftliche\s)(?<!praktische\s)[üu]bung|probeinterview|interview\s+prep(?:aration)?)\b"
)


def is_prep(text: str) -> bool:
    """Practice, a mock, a study block, a reference check: on the calendar, not a round."""
    return bool(_PRACTICE.search(text))
