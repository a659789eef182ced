"""The last resort before the default loop: rounds told sentence by sentence, in any of the
languages notes are written in ("Önce teknik mülakat var, … Burak Demir ile", "Po obiedzie
rozmowa z kierowniczką działu płac", "Terakhir ngobrol 15 menit sama direkturnya").

Read only when nothing else in the notes named a round. A sentence tells a round when it holds
a word for one (interview, gesprek, entrevista, rozmowa, görüşme, wawancara, …) and something
that places it in the loop: a step word (then, daarna, depois, potem, sonra, terus, …), who it
is with, a call that happened, or how long it took; or a step word with a date ("derde is een
meedraaidienst, zaterdag 13 december") or with a person ("als laatste een half uur met de
teamlead"). Questions, breaks, meals, pastimes and steps the notes say are no interview are
not rounds. It takes two rounds to make a loop (plan.extract_plan checks). When other rounds
were found, ``message_rounds`` reads only a chat's messages and a memo's utterances that open
on a step word ("apoi behavioral cu cineva …").
"""

from __future__ import annotations

import re

from .breaks import is_break, is_prep
from .found import Line, Round
from .jobwords import JOB
from .names import ALL_TIME_WORDS, word_set
from .outline import Outline
from .prose import paragraphs, sentences
from .vocab import round_types

__all__ = ["message_rounds", "sentence_rounds"]

# a word for a round, as a word of its own or the end of a compound ("cultuurgesprek")
_NOUN = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"interviews?|screen(?:ing)?|(?:phone\s+|video\s+|intro\s+)?calls?|chat|conversation|sessions?"
    r"|assessment|exercises?|presentation|practical|take[- ]home|case(?:\s+study)?|panel|tests?(?!\s+cases?)"
    r"|sit[- ]down|trial\s+(?:shift|day)|role[- ]play"
    r"|\w*gesprek(?:ken)?|sessie|\w*opdracht|presentatie|proefdag|meeloopdag"
    r"|\w*gespräch|telefonat|probetag|probearbeit"
    r"|entretien|échange|étude\s+de\s+cas|mise\s+en\s+situation"
    r"|entrevistas?|charla|llamada|prueba|conversa|bate-papo|liga[cç][aã]o|din[aâ]mica|sess[aã]o"
    r"|colloquio|chiamata"
    r"|rozmow[aęy]\w*|ćwiczeni[ea]\w*|zadani[ea]|prezentacj[aię]|spotkani[ea]"
    r"|görüşme\w*|mülakat\w*|oturum\w*|sunum\w*"
    r"|wawancara|psikotes|tes\s+\w+|tugas\s+rumah|presentasi|ngobrol|interview\s+user"
    r"|intervju\w*|samtal\w*"
    # Czech and Slovak, Bulgarian, Russian and Ukrainian, Greek, Lithuanian and Latvian,
    # Romanian, Galician and Catalan, Hungarian, Finnish
    r"|pohovor\w*|kol[oa]|rozhovor\w*|hovor|zadání|zadanie|prezentáci\w*|prezentaci\w*"
    r"|собеседовани\w*|интервю\w*|интервью|інтерв['’]ю|разговор\w*|розмов\w*|співбесід\w*"
    r"|задани\w*|завдання|презентаци\w*|презентаці\w*|созвон\w*|live\s+coding"
    r"|συνέντευξ\w*|τηλεφώνημα|δοκιμασία|διδασκαλία|κουβέντα|συζήτηση|παρουσίαση"
    r"|pokalb\w*|užduot\w*|pristatym\w*|interviu\w*|skambut\w*|intervij\w*|sarun\w*"
    r"|discuți[ae]\w*|discuti[ae]\w*|apel(?:ul)?|prob[aă]|tem[aă]\s+de\s+cas[aă]|prezentare\w*"
    r"|chamada|conversa|trucada|prova|xerrada|servizo\s+de\s+\w+"
    r"|interjú\w*|beszélgetés\w*|feladat\w*|prezentáció\w*|teszt\w*"
    r"|haastattelu\w*|puhelu\w*|ennakkotehtävä\w*|esitys\w*"
    # Afrikaans, Albanian, Macedonian and Serbian, Estonian, Welsh
    r"|onderhoud\w*|oefening|toets\w*|aanbieding|\w*ontwerp|intervist\w*|testin|prezantim\w*"
    r"|bised\w*|интервју\w*|средб\w*|тест\w*|дегустациј\w*|\w*vestlus\w*|kõne\w*|intervjuu\w*|cyfweliad\w*"
    r"|sgwrs|prawf"
    r")(?![\w-])"
)
# what places the sentence in the loop: a step word
_STEP = re.compile(
    r"(?i)(?<!\w)(?:first|then|next|after\s+that|afterwards|finally|last(?:ly)?|ends?\s+with"
    r"|the\s+only\s+real\s+thing|(?:in\s+the\s+)?morning|ilk|sabah|rano|pagi|eerste?|tweede|derde|vierde|laatste"
    r"|second|third|fourth|primeir[oa]|segund[oa]|terceir[oa]|últim[oa]|tercer[oa]|pierwsz\w*"
    r"|trzeci\w*|ostatni\w*|birinci|ikinci|üçüncü|pertama|kedua|ketiga|erste|zweite|dritte"
    r"|letzte|premi(?:er|ère)|deuxième|troisième|dernière?|secondo|terzo|ultimo|daarna|dan|vervolgens|als\s+laatste|tot\s+slot"
    r"|'s\s+(?:middags|ochtends)|zuerst|danach|dann|anschließend|zum\s+schluss|d'abord|ensuite"
    r"|puis|enfin|primero|luego|después|al\s+final|por\s+último|primeiro|depois|em\s+seguida"
    r"|no\s+fim|por\s+fim|se\s+passar|prima|poi|dopo|infine|najpierw|potem|następnie"
    r"|na\s+koniec|po\s+obiedzie|önce|sonra|ardından|en\s+son|öğleden\s+sonra|habis\s+itu"
    r"|terus|lalu|kemudian|setelah\s+itu|terakhir|kalau\s+lolos|tahap\s+berikutnya"
    r"|prvn[íé]|prv[éáý]|druh[éáý]|tretie|třetí|štvrt[éáý]|čtvrt[ýé]|potom|najprv|nejdřív"
    r"|nakoniec|nakonec|na\s+konci|ďalej|dále|posledn[éýí]"
    r"|после|потом|накрая|наконец|сначала|първ\w*|втор\w*|трет\w*|перш\w*|далі|потім"
    r"|наприкінці|спочатку|πρώτ\w*|δεύτερ\w*|τρίτ\w*|μετά|τέλος|έπειτα|ύστερα"
    r"|pirm\w*|antr(?:as|a|oji|ąjį|asis)|treči\w*|toliau|paskui|po\s+to|galiausiai|baigiam\w*"
    r"|primul|apoi|după\s+(?:asta|aceea)|la\s+final|în\s+final|ultim(?:ul|[oaă]|ii|ele)"
    r"|primeir[ao]|despois|ao\s+remate|finalmente|agora\s+vén|després|primer[ao]"
    r"|először|aztán|utána|végül|első|második|harmadik"
    r"|ensin|sitten|seuraavaksi|lopuksi|ensimmäi\w*|toinen|kolmas"
    r"|direk\s+daarna|laastens|hapi\s+i\s+(?:parë|dytë|tretë)|pastaj|më\s+pas"
    r"|прв\w*|потоа|истиот\s+ден|на\s+крај|esimene|teine|seejärel|lõpuks|wedyn|yn\s+olaf"
    r"|järgmine(?:\s+on)?|sama\s+päev(?:\s+pärast\s+lõunat)?"
    r"|(?:starts|begins|begint\s+het|começa|beginnt|commence|empieza|zaczyna\s+się)\s+(?:with|met"
    r"|com|mit|par|con|od))(?!\w)"
)
# who it is with: "with/met/com/z/ile/sama …" and a name or a job
_WITH = re.compile(
    r"(?i)(?<!\w)(?:with|w/|met|mit|avec|con|com|z|ze|sama|dengan)\s+(?:(?:the|de|het|a|o|la|le"
    r"|el|der|die|dem|pani[aą]?|panem|pan|mbak|mas|pak|bu)\s+)?(?-i:[A-Z])"
    r"|(?-i:[A-Z])[\w'’-]+\s+ile\b|\b\w+[aeıioöuü]yl[ae]\b"  # "Burak Demir ile", "yöneticiyle"
)
# a call that happened ("Vorige week belde Sanne de Vries, recruiter"), or how long one took
_RANG = re.compile(
    r"(?i)(?<!\w)(?:called|rang|phoned|spoke\s+(?:with|to)|talked\s+to|belde|sprak\s+(?:met)"
    r"|ligou|liguei|falei\s+com|llamó|hablé\s+con|zadzwoni\w*|rozmawiał\w*|aradı|konuştu\w*"
    r"|ditelepon|nelpon|angerufen|telefoniert|appelé|gebel|më\s+mori\s+në\s+telefon|ми\s+се\s+јави\w*"
    r"|helistas|ffoniodd)(?!\w)"
)
_LASTED = re.compile(
    r"(?i)(?<!\w)\d+\s*(?:min\w*|menit|minut\w*|dk|dakika|uur|hours?|saat|godzin\w*)(?!\w)"
)
_SOMEONE = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|\b(?:[Rr]ecruiter\w*|HR|İK)\b"
)
# a sentence about the round before it: "that's the interview bit i guess"
_BACK = re.compile(
    r"(?i)^(?:that|this|it|dat|dit|isso|essa|esse|to|bu|itu)(?:'s|’s|\s+(?:is|was|é|jest))\b"
)
# not a round: asked, negated, or a meal or a break
_NOT = re.compile(
    r"(?i)(?<!\w)(?:not\s+(?:an?\s+)?(?:interview|assessed|part)|didn'?t\s+(?:really\s+)?interview"
    r"|niet\s+beoordeeld|geen\s+sollicitatie|değerlendirme\s+yok|bukan\s+interview"
    r"|nie\s+jest\s+etap|nieoceniana|não\s+(?:é|conta)|no\s+cuenta|pas\s+évalué|nicht\s+bewertet"
    r"|lunch|almoço|almuerzo|obiad\b|öğle\s+yemeği|makan\s+siang|mittagessen|déjeuner|pranzo"
    r"|koffie|kahve|coffee|smoko(?=\W*$)"
    # a friend's own loop: "sy eie storie … Nie myne nie", "Не е поврзано"
    r"|(?:sy|haar)\s+eie|nie\s+myne\s+nie|не\s+е\s+поврзано)"
)
_TITLE_STOP = word_set(
    """is was the a an de het een o um uma os as el la los las le les der die das den dem
    ein eine var iki bir ada yang itu there's it's"""
)
_CLAUSE = re.compile(r"[,:;(—–]|\s-\s|[.!?]\s")
_QUOTED = re.compile(r"[\"“„«]([^\"”“„«»]{3,60})[\"”»]")
_TITLE_WORDS = 8


def _title(sentence: str, at: int) -> str:
    """The words around the round word at ``at``, inside its clause: up to three before it (not
    past a step word or an article), the rest of the clause after it; a quoted name holding it."""
    for q in _QUOTED.finditer(sentence):
        if q.start() <= at < q.end():
            return q.group(1).strip()
    start = max((m.end() for m in _CLAUSE.finditer(sentence, 0, at)), default=0)
    start = max((m.end() for m in _STEP.finditer(sentence, start, at)), default=start)
    end = next((m.start() for m in _CLAUSE.finditer(sentence, at + 1)), len(sentence))
    kept: list[str] = []
    for word in reversed(sentence[start:at].split()[-3:]):
        if word.lower() in _TITLE_STOP:
            break
        kept.insert(0, word)
    return " ".join([*kept, *sentence[at:end].split()][:_TITLE_WORDS]).strip(" .!\"'“”")


def _tells(sentence: str, after_round: bool) -> int | None:
    """Where the round word is in a sentence that tells a round of the loop, if it does. A
    sentence right after a round's, with no step word, says more about that round."""
    near = sentence[:160]  # a transcript's sentence can run on for a paragraph
    if "?" in near or _NOT.search(near) or is_prep(near) or _BACK.match(sentence):
        return None
    told = _QUOTED.sub("", sentence[:300])  # "we'll have a proper yarn then": not a step
    step = _STEP.search(told)
    if after_round and step is None:
        return None
    said = sentence[:300]
    if (noun := _NOUN.search(said)) is not None:
        if is_break(said[noun.start() : noun.start() + 60]):
            return None
        placed = step or _WITH.search(said, noun.start()) or _RANG.search(told)
        return noun.start() if placed or _LASTED.search(said) else None
    if (rang := _RANG.search(told)) and _SOMEONE.search(told):
        return rang.start()  # "We wtorek zadzwoniła pani Agnieszka Wójcik z działu HR"
    if step is None or step.start() > 4 or is_break(near) or _LEISURE.search(near):
        return None  # "Then dinner with Alex", "Daarna fietsen met Joost"
    if (be := _IS.match(told, step.end())) and _DATED.search(told):
        return be.end()  # "derde is een meedraaidienst, zaterdag 13 december" (not "First is
    if (meets := _MEETS.search(told, step.end())) and _someone(
        told[meets.end() : meets.end() + 40]
    ):
        return meets.start()  # money"); "en als laatste een half uur met de teamlead, Erik …"
    return None


_IS = re.compile(
    r"(?i)\s+(?:one\s+)?(?:is|was|será|é|jest|ist|est|es|adalah)\s+(?:(?:een|a|an|um|uma|un|une|ein|eine)\s+)?(?=\w)"
)
_MEETS = re.compile(r"(?i)(?<!\w)(?:with|met|mit|avec|con|com|z|ze|sama|dengan)\s+")


def _someone(whom: str) -> bool:
    """A name or a job in the first words after "with" ("the CTO", "de teamlead, Erik", "two
    engineers"), not a pastime's company ("the dog")."""
    first = " ".join(whom.split()[:3])
    return bool(_CAPITAL.search(first) or JOB.search(first) or _LEADS.search(first))


_CAPITAL = re.compile(r"(?<!\w)(?-i:[A-Z])")
_LEADS = re.compile(
    r"(?i)\w*(?:lead|leider|leiter|eigenaar|dono|dueñ[ao])\b|\b(?:someone|somebody|iemand|alguém"
    r"|alguien|ktoś|biri|seseorang|jemand|quelqu)"
)
_DATED = re.compile(r"\d")  # a date, a time or a length
_LEISURE = re.compile(
    r"(?i)(?<!\w)(?:gym|walk|run|dinner|drinks?|beer|party|cinema|movie|dog"
    r"|fietsen|wandelen|sporten|shopping|groceries)(?!\w)"
)
# a sentence that moves on to the next round after a comma: ", en als laatste een half uur …"
_NEXT_CLAUSE = re.compile(
    r"(?i),\s+(?:(?:and|en|e|y|i|ve|und|et|dan)\s+)?(?=" + _STEP.pattern.removeprefix("(?i)") + ")"
)


def sentence_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A round for each sentence of prose that tells one, with the sentences after it in its
    paragraph as its focus. The caller keeps them only when two or more are rounds."""
    found: list[Round] = []
    used: list[int] = []
    for para in paragraphs(o, set(claimed)):
        current: Round | None = None
        told = [
            (said, it) for whole, it in sentences(o, para) for said in _NEXT_CLAUSE.split(whole)
        ]
        for said, it in told:
            at = _tells(said, current is not None)
            if at is not None and (title := _title(said, at)):
                head = Line(said, it.line)
                current = Round(title, head, (it.line, 0), said, [head], told=para[0] + 1)
                found.append(current)
                used += para
            elif current is not None:
                current.focus.append(Line(said, it.line))
    claimed.update(used)
    return found


# a day's word, its last letter left off for the case endings: "ორშაბათს" (on Monday),
# "pirmdien", "utorkom"
_DAY_STEMS = frozenset(w[:-1] for w in ALL_TIME_WORDS if len(w) >= 7)  # not "martie": Martin
_LONG_DAYS = frozenset(w for w in ALL_TIME_WORDS if len(w) >= 7)
_FIRST_WORD = re.compile(r"\w+")


def _on_a_day(first: str) -> re.Match[str] | None:
    """The message opens on a day ("ორშაბათს live coding Go-ზე", "Dinsdag tegniese …")."""
    m = _FIRST_WORD.match(first)
    word = m[0].lower() if m else ""
    if word in ALL_TIME_WORDS or word[:-1] in _DAY_STEMS:
        return m  # "ორშაბათს"; "kolmapäeval", "esmaspäeval": the day and its case ending
    return m if word[:-2] in _LONG_DAYS or word[:-3] in _LONG_DAYS else None


_LEAD = re.compile(
    r"^(?:(?:da|ok|okay|haha|yes|ja|sí|si|tak|да|так|and|și|и|і|e|y|i|ir|és|so)\W+)*", re.IGNORECASE
)


_FIRST_CLAUSE_END = re.compile(r"[.!?;]\s|\s[—–]\s")


def message_rounds(o: Outline, claimed: set[int]) -> list[Round]:
    """A chat's message or a memo's utterance that opens on a step word and names a round in
    its first clause ("apoi behavioral cu cineva din altă echipă", "și la final hiring
    manager, Tobias Brandt", "после review на take-home-а"), in any of the languages above,
    when no other reading claimed it; it is its own round's focus."""
    found: list[Round] = []
    for k, it in enumerate(o.items):
        if not it.opens or it.kind != "paragraph" or it.depth or k in claimed:
            continue
        said = _LEAD.sub("", it.text, count=1)
        first = _FIRST_CLAUSE_END.split(said, maxsplit=1)[0][:160]
        if day := _on_a_day(first):  # "ორშაბათს live coding Go-ზე": the day is not the title
            first = first[day.end() :].lstrip(" ,:-–")
        step = _STEP.match(first)
        said_no = "?" in first or _NOT.search(first) or is_prep(first) or is_break(first)
        if not (step or day) or said_no:
            continue
        start = step.end() if step else 0  # a message that opens on a day starts once it is cut
        if later := _on_a_day(rest := first[start:].lstrip(" ,")):  # "järgmine on
            first, start = rest[later.end() :].lstrip(" ,:-–"), 0  # esmaspäeval: live pair …"
        if (noun := _NOUN.search(first, start)) is not None or round_types(first[start:]):
            at = noun.start() if noun else start
            if title := _title(first, at).strip(' ,"“”'):
                found.append(Round(title, it, (it.line, 0), it.text, [it]))
                claimed.add(k)
    return found
