"""Lines that name a round outright: "1st round", "final interview", "round 2", "R1",
"Stage 2:", "Etapa 1". Each pattern runs only where a substring test on the folded text says
it might match, so the test costs microseconds only on the few lines that could.
"""

from __future__ import annotations

import re

__all__ = ["explicit", "folded", "gloss", "maybe_explicit"]

# A line names a round outright when one of these matches: "1st round", "final interview",
# "2nd take home"; "round 2", "round #3"; "R1" at the start. Three patterns, not one
# alternation, so each runs only where a substring test says it might match (a quarter of
# the time of the alternation, which tries every branch at every position).
_ORDINAL_ROUND = re.compile(
    # (and the usual misspellings of interview: "1st intervew", "2nd interveiw")
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last)\s+(?:round"
    r"|interview|intervew|interveiw|interviw|intreview|inteview|call|chat|screen|conversation|convo|take[\s-]?home|stage|onsite|panel)\b",
    re.IGNORECASE,
)
_NUMBERED = r"\s*(?:#\s*|n[°º.]\s*)?(?:\d+|one|two|three|four|five|six)\b"
_ROUND_NUMBER = re.compile(
    rf"\b(?:round|interview|runde|ronda|entretien|entrevista|intervju|m[üu]lakat|wawancara"
    rf"|haastattelu|pohovor|rozmowa|tur|etapa|part){_NUMBERED}"
    # "Conversation 1, avec Mehdi Benali", "chat 2 w/ the CTO" (not "chat 2 days later")
    r"|\b(?:conversation|conversaci[oó]n|conversa|conversazione|convo|chat)(?:\s*#\s*|\s+)"
    r"(?:\d+|one|two|three|four|five|six)\b"
    r"(?!\s*(?:days?|weeks?|months?|hours?|hrs?|min\w*|people|ppl|x|%)(?!\w))",
    re.IGNORECASE,
)
# "Panel 2 – Lior", "Stn 3 – Teamwork", "Case 1: paper LBO", "Étude de cas n°2": a numbered
# interview, at the start of a line or a part of it (not "the panel 2 days later", "in case 2")
LEAD_NUMBER = re.compile(
    r"(?i)(?:^|[-–—:|(]\s*)[^\w\s]{0,8}\s*(?:(?:[ée]tude|estudo|estudio) de |business |written |mini[- ])?"
    r"(?:panel|stn|station|case|cas|caso|casus)\s*(?:#\s*|n[°º.]\s*)?(?:\d{1,2}|one|two|three|four)\b"
    r"(?!\s*(?:days?|weeks?|months?|people|ppl|persons?|min\w*|hrs?|hours?|x|%)(?!\w))"
)
# "Stage 2:", "Step 3 –", "Etapa 1": a numbered step of the process, at the start of a line
# (and "Steg 2", "Stap 2", "Schritt 2", "Vaihe 2": a step in Swedish, Dutch, German, Finnish)
_STAGES = ("stage", "step", "phase", "etap", "étape", "fase", "steg", "stap", "schritt", "vaihe")
_STAGE_NUMBER = re.compile(
    rf"(?:stage|step|phase|etapa|[ée]tape|fase|steg|stap|schritt|vaihe){_NUMBERED}", re.IGNORECASE
)
_R_NUMBER = re.compile(r"r\d\b", re.IGNORECASE)  # matched at the start only
# The letters an IGNORECASE pattern also reads as i, i, s, k; mapped before lower-casing so
# that a substring test on the folded text is a sound first look for those patterns.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|final|last")


def folded(text: str) -> str:
    """``text`` lower-cased as an IGNORECASE pattern reads it (see _FOLD; K lower-cases to k
    anyway, so only the other three need the slower translate)."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


# The words of a round in scripts the word tokens cannot read (Hangul, Devanagari, Han,
# kana), glossed in English so the same vocabulary reads them: "2차 면접" is "2nd interview",
# "राउंड 3" is "round 3", "二面" is "second interview".
_GLOSSES = {
    "면접": "interview", "임원": "executive", "역량": "competency", "인적성검사": "assessment",
    "인적성": "assessment", "코딩테스트": "coding test", "과제": "assignment", "발표": "presentation", "합격 발표": "offer", "합격자 발표": "offer",
    "최종 합격 발표": "offer",
    "인사팀": "hr", "실무": "technical", "최종": "final", "전형": "stage", "단계": "stage",
    "질문": "questions", "지원동기": "why", "지원 동기": "why", "서류전형": "application",
    "서류 전형": "application", "처우 협의": "offer discussion", "최종 합격": "offer",
    "채용 절차": "hiring process", "절차": "process",
    "건강검진": "medical check", "처우협의": "offer discussion", "1차": "1st", "2차": "2nd", "3차": "3rd",
    "시스템 설계": "system design", "시스템설계": "system design", "라이브 코딩": "live coding",
    "라이브코딩": "live coding", "코테": "coding test",
    "인성 면접": "behavioral interview", "대표이사": "ceo", "대표님": "ceo",
    "系统设计": "system design", "系統設計": "system design", "手撕代码": "live coding",
    "手写代码": "live coding", "电话沟通": "phone screen", "電話溝通": "phone screen",
    "电话面": "phone screen", "HR面": "hr interview", "hr面": "hr interview", "视频面": "video interview",
    "ステージ": "stage", "段階": "stage", "日付": "date", "担当": "who", "面接官": "interviewers",
    "試験官": "interviewers", "筆記試験": "written test", "グループ討議": "group discussion",
    "グループディスカッション": "group discussion", "シミュレーター審査": "sim check",
    "阶段": "stage", "环节": "stage", "轮次": "round", "日期": "date", "面试官": "interviewers",
    "날짜": "date", "일정": "date", "면접관": "interviewers",
    "昼食": "lunch", "身体検査": "medical check", "健康診断": "medical check", "説明会": "briefing",
    "午餐": "lunch", "体检": "medical check", "背调": "background check",
    "राउंड": "round", "इंटरव्यू": "interview", "साक्षात्कार": "interview", "मुलाक़ात": "meeting",
    "मुलाकात": "meeting", "प्रक्रिया": "process", "सवाल": "questions", "फ़ोन": "phone",
    "फोन": "phone", "स्क्रीनिंग": "screening", "एचआर": "hr", "मैनेजर": "manager",
    "面试": "interview", "一面": "first interview", "二面": "second interview",
    "三面": "third interview", "终面": "final interview", "笔试": "written test",
    "群面": "group interview", "面接": "interview", "一次面接": "first interview",
    "二次面接": "second interview", "最終面接": "final interview", "役員": "executive",
    "人事": "hr", "技術": "technical", "技术": "technical", "总监面": "executive interview", "总监": "director",
    "问题": "questions", "提问": "questions", "反问": "questions to ask", "为什么": "why",
    # the same words in traditional characters (Taiwan, Hong Kong)
    "問題": "questions", "提問": "questions", "反問": "questions to ask", "面試": "interview",
    "終面": "final interview", "筆試": "written test", "總監面": "executive interview",
    "總監": "director", "體檢": "medical check", "背調": "background check", "階段": "stage",
    "環節": "stage", "輪次": "round", "面試官": "interviewers", "自我介紹": "intro",
    "流程": "process", "自我介绍": "intro", "質問": "questions", "逆質問": "questions to ask",
    "志望動機": "why", "書類選考": "application", "简历筛选": "application", "自己紹介": "intro", "適性検査": "aptitude test", "選考": "process",
    "مقابلة": "interview", "المقابلة": "interview", "المقابلات": "interviews",
    "أسئلة": "questions", "لماذا": "why", "مراحل": "stages", "جولة": "round",
    "συνέντευξη": "interview", "ερωτήσεις": "questions", "γιατί": "why",
    "διαδικασία": "process", "δοκιμαστική": "trial", "στάδια": "stages", "στάδιο": "stage",
    "τηλεφωνική κουβέντα": "phone screen", "τηλεφωνική": "phone screen", "γραπτό τεστ": "written test",
    "τεστ": "test", "τελική": "final interview", "κουβέντα": "chat", "άμεσος προϊστάμενος": "direct manager",
    "έλεγχος συστάσεων": "reference check", "собеседование": "interview",
    "співбесіда": "interview", "співбесіди": "interviews", "интервью": "interview",
    "інтерв'ю": "interview", "вопросы": "questions", "питання": "questions", "почему": "why",
    "чому": "why", "этап": "stage", "етап": "stage", "процесс": "process", "процес": "process",
    "раунд": "round", "етапи": "stages", "этапы": "stages", "скринінг": "screening",
    "скрининг": "screening", "рекрутер": "recruiter", "тестове завдання": "take-home",
    "тестовое задание": "take-home", "захист": "defence", "компанія": "company",
    "компания": "company", "посада": "position", "должность": "position",
    "технічна": "technical", "техническое": "technical", "технический": "technical",
    "знайомство з командою": "meet the team", "знакомство с командой": "meet the team",
    "неформально": "informal", "захист тестового": "take home defence",
    "тестового завдання": "take-home", "тестового задания": "take-home",
    "защита тестового": "take home defence", "ראיון": "interview", "שאלות": "questions", "למה": "why",
    "phỏng vấn": "interview", "vòng": "round", "sơ vấn": "recruiter screen", "chuyên môn": "technical",
    "giới thiệu bản thân": "intro", "câu hỏi": "questions",
    "quy trình": "process", "thi tay nghề": "practical test", "giám đốc": "director",
    "tại sao": "why", "vì sao": "why", "สัมภาษณ์": "interview", "คำถาม": "questions", "ทำไม": "why",
    "שיחת סינון": "screening call", "מטלת בית": "take home",
    "מרכז הערכה": "assessment centre", "תהליך המיון": "process", "תהליך": "process",
    "על החברה": "about the company", "מבחן": "test", "מצגת": "presentation",
    "ทดสอบ": "test", "สอบข้อเขียน": "written test", "ขั้นตอน": "process", "นำเสนอ": "presentation",
    # accented Latin: Hungarian, Czech, Finnish, Catalan, Romanian, Polish round words
    "körök": "rounds", "beszélgetés": "conversation", "élő kódolás": "live coding",
    "kódolás": "coding", "helyszíni nap": "onsite", "csapatvezető": "team lead", "házi feladat": "take-home",
    "úkol": "assignment", "domácí úkol": "take-home", "naživo": "live", "průběh": "process",
    "kotitehtävä": "take-home", "tehtävä": "assignment", "esittely": "presentation",
    "presentació": "presentation", "procés": "process", "prova tècnica": "technical test",
    "entrevista tècnica": "technical interview", "prezentări": "presentation",
    "rozmowa kwalifikacyjna": "interview", "zadanie domowe": "take-home", "sınav": "exam",
    "esihenkilöhaastattelu": "hiring manager interview", "esihenkilö": "manager",
    "työhaastattelu": "interview",
}  # fmt: skip
_GLOSS = re.compile(
    "|".join(sorted(map(re.escape, _GLOSSES), key=len, reverse=True)), re.IGNORECASE
)
# accented Latin (Vietnamese, Turkish…), Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai,
# kana, Han, Hangul
_SCRIPTS = re.compile(
    "[\u00c0-\u024f\u1ea0-\u1ef9\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff"
    "\u0900-\u097f\u0e00-\u0e7f"
    "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


# looked up by the matched word's casefold: "Ερωτήσεισ" with a typo'd final sigma, "ΕΡΩΤΉΣΕΙΣ"
_BY_FOLD = {key.casefold(): value for key, value in _GLOSSES.items()}


def gloss(text: str) -> str:
    """``text`` with the round, question, pitch and process words of other scripts and of
    accented Latin in English (_GLOSSES), each spaced off; other text as it is. A character
    test first: most text is plain ASCII."""
    if text.isascii() or not _SCRIPTS.search(text):
        return text
    return _GLOSS.sub(lambda m: f" {_BY_FOLD.get(m.group().casefold(), m.group())} ", text)


# "2e gesprek", "secondo colloquio", "colloquio finale", "ikinci mülakat", "2. Gespräch",
# "entrevista final", "wawancara kedua": an ordinal and a round noun of another language,
# either way round
_FOREIGN_NOUN = (
    r"(?:gesprek|gespr[äa]ch|entrevista|colloquio|intervista|entretien|m[üu]lakat[ıi]?"
    r"|g[öo]r[üu]şme(?:si)?|gorusme(?:si)?|rozmowa|intervju|haastattelu|pohovor|wawancara"
    r"|ronda|runde|entrevue|sollicitatiegesprek|samtale|samtal|keskustelu)"
)
_FOREIGN_ORDINAL = (
    r"(?:(?<![\w.])\d\s*(?:e|de|ste|er|ère|ème|eme|º|ª|°)\s+|(?<![\w.])\d\.\s*|(?<!\w)(?:eerste|tweede"
    r"|derde|laatste|erste[sn]?|zweite[sn]?|dritte[sn]?|letzte[sn]?|primera|primer|segunda|segundo"
    r"|tercera|tercer|[úu]ltima|[úu]ltimo|primo|prima|secondo|seconda|terzo|terza|ultimo|finale?"
    r"|primeira|terceira|premier|premi[èe]re|deuxi[èe]me|seconde?|troisi[èe]me|derni[èe]re?|ilk"
    r"|ikinci|[üu][çc][üu]nc[üu]|son(?=\s+m)|pierwsza|druga|trzecia|ostatnia|pertama|kedua|ketiga"
    r"|terakhir|andre|tredje|f[øo]rste|sista|andra|f[öo]rsta)\s+)"
)
ORDINAL_FOREIGN = re.compile(
    rf"{_FOREIGN_ORDINAL}{_FOREIGN_NOUN}\b|\b{_FOREIGN_NOUN}\s+(?:finale?|kedua|ketiga|pertama"
    r"|terakhir|[úu]ltim[oa]|\d)(?!\w)",
    re.IGNORECASE,
)


def explicit(text: str) -> bool:
    """Names a round outright ("1st round", "round 2", "R1"). Each pattern takes microseconds
    a line, so a substring test on the folded text rules it out first."""
    text = gloss(text)
    low = folded(text)
    if _maybe_numbered(low) and _ROUND_NUMBER.search(text):
        return True
    if _maybe_lead(low) and LEAD_NUMBER.search(text):
        return True
    if (
        (lead := _lead(low)) is not None
        and len(low) == len(text)
        and _STAGE_NUMBER.match(text, lead)
    ):
        return True
    if low[:1] == "r" and low[1:2].isdecimal() and _R_NUMBER.match(text):
        return True
    if _maybe_ordinal(low) and _ORDINAL_ROUND.search(text):
        return True
    return _maybe_foreign(low) and bool(ORDINAL_FOREIGN.search(text))


# what may come before "Stage 2" at the start of a line: a box ("☐ ", "[x] "), bold, an emoji
_BEFORE_STAGE = re.compile(r"(?:\[[ x]\]|[^\w\s])*\s*")


def _lead(low: str) -> int | None:
    """Where a step of the process starts the line ("Stage 2:", "☐ Stage 2:", "**Step 3**"),
    or None."""
    at = _BEFORE_STAGE.match(low).end()  # type: ignore[union-attr]
    return at if low.startswith(_STAGES, at) else None


def _maybe_foreign(low: str) -> bool:
    return (
        "gespr" in low
        or "entrev" in low
        or "collo" in low
        or "intervi" in low
        or "entretien" in low
        or "lakat" in low
        or "şme" in low
        or "usme" in low
        or "rozmowa" in low
        or "intervju" in low
        or "haastattelu" in low
        or "pohovor" in low
        or "wawancara" in low
        or "ronda" in low
        or "runde" in low
        or "samtal" in low
        or "keskustelu" in low
    )


def maybe_explicit(low: str) -> bool:
    """False when ``explicit`` is false for certain, judged from the folded text alone."""
    return (
        _maybe_numbered(low)
        or _lead(low) is not None
        or (low[:1] == "r" and low[1:2].isdecimal())
        or _maybe_ordinal(low)
        or _maybe_foreign(low)
        or _maybe_lead(low)
    )


def _maybe_lead(low: str) -> bool:
    """False when LEAD_NUMBER cannot match."""
    return "panel" in low or "stn" in low or "station" in low or "cas" in low


def _maybe_numbered(low: str) -> bool:
    """False when _ROUND_NUMBER cannot match."""
    return (
        "round" in low
        or "interview" in low
        or "runde" in low
        or "ronda" in low
        or "entre" in low
        or "intervju" in low
        or "lakat" in low
        or "wawancara" in low
        or "haastattelu" in low
        or "pohovor" in low
        or "rozmowa" in low
        or "tur " in low
        or "etapa" in low
        or "part" in low
        or "conv" in low
        or "chat" in low
    )


def _maybe_ordinal(low: str) -> bool:
    """False when _ORDINAL_ROUND cannot match: no word that may follow an ordinal, or no
    ordinal."""
    return bool(
        (
            "round" in low
            or "interv" in low
            or "intreview" in low
            or "inteview" in low
            or "call" in low
            or "chat" in low
            or "screen" in low
            or "conv" in low
            or "take" in low
            or "stage" in low
            or "onsite" in low
            or "panel" in low
        )
        and _ORDINAL.search(low)
    )  # spelled out: 3x faster than any() over a tuple of words
